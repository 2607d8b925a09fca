//! Share codes: short, checked, URL-safe text that carries a set of answers.
#![deny(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing)]

use std::fmt;
use std::str::FromStr;

use super::answers::Answers;
use crate::content::model::Content;
use crate::content::ui;

/// The share-code format this build writes and reads.
pub const FORMAT_VERSION: u8 = 1;

/// Longest text accepted; anything longer is rejected before any other work.
pub const MAX_LEN: usize = 64;

/// Highest question key a share code can carry.
pub const MAX_QUESTION_KEY: u8 = 63;

/// Highest choice key a share code can carry (a slot holds 3 bits; 0 means skipped).
pub const MAX_CHOICE_KEY: u8 = 7;

/// Highest content version a share code can carry (two characters of 6 bits).
pub const MAX_CONTENT_VERSION: u16 = 4095;

const HEADER_LEN: usize = 3;
const CHECKSUM_LEN: usize = 3;
const MIN_LEN: usize = HEADER_LEN + CHECKSUM_LEN;

/// A set of answers in a form that fits in a URL.
///
/// It records *answers*, not the result, so a link shared today shows whatever a later, better
/// scoring makes of the same answers.
///
/// # Text format
///
/// Characters come from the base64url alphabet (`A–Z a–z 0–9 - _`, values 0 to 63):
///
/// | chars | meaning |
/// |---|---|
/// | 1 | format version ([`FORMAT_VERSION`]) |
/// | 2 | content version, high 6 bits then low 6 bits |
/// | n | payload: two 3-bit slots per character, high bits first |
/// | 3 | CRC-16/CCITT-FALSE of the ASCII of all preceding characters, high bits first |
///
/// Slot *i* (from 0) holds the `key` of the choice picked for the question whose `key` is
/// *i* + 1, or 0 when it was skipped. Trailing skipped slots are left out, so an empty sheet is
/// six characters and a full quiz of 20 questions is 16. The first character and the closing
/// checksum are the permanent envelope: every future format keeps them, so damage is always
/// told apart from "made by a newer version".
///
/// # How content may change while old links keep decoding
///
/// * Question keys and choice keys are permanent and are never reused, not even after deletion.
/// * Deleting a question moves its key to `retired_question_keys`; deleting a choice moves its
///   key to its question's `retired_choice_keys`. Old answers to retired keys are dropped
///   silently; the rest of the link still decodes.
/// * A new question or choice takes a key never used before.
/// * Reordering, rewording and reweighting keep links decoding: codes hold keys, not positions
///   or scores. A reweighting still raises `version` (below), so a build that would score the
///   answers differently from the one that made the link says it is older instead.
/// * The content `version` goes up by one with every change to questions or choices. A code made
///   with a higher version than ours fails with [`DecodeError::NewerContent`]; any lower one
///   decodes, because every key it can hold is either still here or retired.
///
/// # Example
///
/// ```
/// use mlpath::content::content;
/// use mlpath::quiz::{Answers, ShareCode};
///
/// let content = content();
/// let mut answers = Answers::new();
/// let question = &content.questions[0];
/// answers.answer(question.id.clone(), question.choices[1].id.clone());
///
/// let text = ShareCode::encode(content, &answers).to_string();
/// let code: ShareCode = text.parse()?;
/// assert_eq!(code.decode(content)?, answers);
/// # Ok::<(), mlpath::quiz::DecodeError>(())
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct ShareCode {
    format: u8,
    content_version: u16,
    // Invariant: no trailing zeros, so equal answers give equal codes.
    slots: Vec<u8>,
}

/// Why a share code could not be read. `Display` gives a sentence fit to show a user, in the
/// build's language.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum DecodeError {
    /// Nothing to read.
    Empty,
    /// Longer than [`MAX_LEN`].
    TooLong,
    /// Too short to hold even a header and checksum: part of it was cut off.
    TooShort,
    /// A character outside the alphabet, at this 0-based character position.
    BadCharacter {
        /// 0-based index of the offending character.
        position: usize,
    },
    /// The checksum does not match: the text was damaged.
    BadChecksum,
    /// Made by a later share-code format than this build knows.
    NewerFormat,
    /// Checksum fine but a format number no version of the quiz ever wrote.
    UnknownFormat,
    /// Made with a later version of the content than this build has.
    NewerContent,
    /// Names a question or choice the content never had.
    DoesNotFit,
}

/// What is wrong, in the build's language: one whole sentence (or two) per case, from
/// `[ui.link]`, said of "this link".
impl fmt::Display for DecodeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            DecodeError::Empty => ui!(link.empty),
            DecodeError::TooLong => ui!(link.too_long),
            DecodeError::TooShort => ui!(link.too_short),
            DecodeError::BadCharacter { position } => {
                return f.write_str(&ui!(
                    link.bad_character,
                    position = position.saturating_add(1)
                ));
            }
            DecodeError::BadChecksum => ui!(link.bad_checksum),
            DecodeError::NewerFormat | DecodeError::NewerContent => ui!(link.newer),
            DecodeError::UnknownFormat => ui!(link.unknown_format),
            DecodeError::DoesNotFit => ui!(link.does_not_fit),
        })
    }
}

impl std::error::Error for DecodeError {}

impl ShareCode {
    /// The code for `answers`. Answers naming a question or choice that `content` lacks are left
    /// out, as are keys beyond what the format can hold (the content tests rule those out).
    pub fn encode(content: &Content, answers: &Answers) -> ShareCode {
        let mut slots: Vec<u8> = Vec::new();
        for question in content.questions.iter() {
            let Some(choice) = answers.get(&question.id).and_then(|c| question.choice(c)) else {
                continue;
            };
            if question.key == 0
                || question.key > MAX_QUESTION_KEY
                || choice.key == 0
                || choice.key > MAX_CHOICE_KEY
            {
                continue;
            }
            let slot = usize::from(question.key - 1);
            if slots.len() <= slot {
                slots.resize(slot + 1, 0);
            }
            if let Some(value) = slots.get_mut(slot) {
                *value = choice.key;
            }
        }
        ShareCode::from_slots(FORMAT_VERSION, content.version, slots)
    }

    /// Parses `text` and decodes it against `content` in one step. A damaged code longer than
    /// any code of `content` can be is called too long rather than damaged: text was added to it.
    pub fn decode_str(text: &str, content: &Content) -> Result<Answers, DecodeError> {
        match text.parse::<ShareCode>() {
            Err(DecodeError::BadChecksum) if text.len() > Self::longest(content) => {
                Err(DecodeError::TooLong)
            }
            parsed => parsed?.decode(content),
        }
    }

    /// The length of the longest code of `content`: every question answered, retired keys
    /// included (codes made before they were retired may still hold them).
    fn longest(content: &Content) -> usize {
        let highest_key = content
            .questions
            .iter()
            .map(|q| q.key)
            .chain(content.retired_question_keys.iter().copied())
            .max()
            .unwrap_or(0);
        MIN_LEN + usize::from(highest_key).div_ceil(2)
    }

    /// The answers this code carries, checked against `content`.
    ///
    /// Answers to retired question or choice keys are dropped; a key `content` never had is
    /// [`DecodeError::DoesNotFit`].
    pub fn decode(&self, content: &Content) -> Result<Answers, DecodeError> {
        if self.content_version > content.version {
            return Err(DecodeError::NewerContent);
        }
        let mut answers = Answers::new();
        for (slot, &choice_key) in self.slots.iter().enumerate() {
            if choice_key == 0 {
                continue;
            }
            let key = slot
                .checked_add(1)
                .and_then(|key| u8::try_from(key).ok())
                .ok_or(DecodeError::DoesNotFit)?;
            if content.retired_question_keys.contains(&key) {
                continue;
            }
            let question = content
                .question_by_key(key)
                .ok_or(DecodeError::DoesNotFit)?;
            match question.choice_by_key(choice_key) {
                Some(choice) => {
                    answers.answer(question.id.clone(), choice.id.clone());
                }
                None if question.retired_choice_keys.contains(&choice_key) => {}
                None => return Err(DecodeError::DoesNotFit),
            }
        }
        Ok(answers)
    }

    /// The share-code format it was written in.
    pub fn format_version(&self) -> u8 {
        self.format
    }

    /// The content version it was written against.
    pub fn content_version(&self) -> u16 {
        self.content_version
    }

    fn from_slots(format: u8, content_version: u16, mut slots: Vec<u8>) -> ShareCode {
        while slots.last() == Some(&0) {
            slots.pop();
        }
        ShareCode {
            format,
            content_version,
            slots,
        }
    }
}

impl fmt::Display for ShareCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let version = u32::from(self.content_version);
        let mut text = String::with_capacity(MIN_LEN + self.slots.len().div_ceil(2));
        text.push(digit(u32::from(self.format)));
        text.push(digit(version >> 6));
        text.push(digit(version));
        for pair in self.slots.chunks(2) {
            let high = u32::from(pair.first().copied().unwrap_or(0) & 7);
            let low = u32::from(pair.get(1).copied().unwrap_or(0) & 7);
            text.push(digit((high << 3) | low));
        }
        let checksum = u32::from(crc16(text.as_bytes()));
        text.push(digit(checksum >> 12));
        text.push(digit(checksum >> 6));
        text.push(digit(checksum));
        f.write_str(&text)
    }
}

impl FromStr for ShareCode {
    type Err = DecodeError;

    /// Checks, in order: empty, length, alphabet, minimum length, checksum, format version.
    /// Fitting the answers to the content is [`ShareCode::decode`]'s job.
    fn from_str(text: &str) -> Result<Self, DecodeError> {
        if text.is_empty() {
            return Err(DecodeError::Empty);
        }
        if text.len() > MAX_LEN {
            return Err(DecodeError::TooLong);
        }
        let values = text
            .chars()
            .enumerate()
            .map(|(position, c)| value(c).ok_or(DecodeError::BadCharacter { position }))
            .collect::<Result<Vec<u8>, DecodeError>>()?;
        let body_len = values
            .len()
            .checked_sub(CHECKSUM_LEN)
            .filter(|_| values.len() >= MIN_LEN)
            .ok_or(DecodeError::TooShort)?;
        // Every character is in the ASCII alphabet by now, so bytes and characters coincide.
        let (body, checksum) = values
            .split_at_checked(body_len)
            .ok_or(DecodeError::TooShort)?;
        let body_text = text
            .as_bytes()
            .get(..body_len)
            .ok_or(DecodeError::TooShort)?;
        let stored = checksum
            .iter()
            .fold(0u32, |acc, &v| (acc << 6) | u32::from(v));
        if stored != u32::from(crc16(body_text)) {
            return Err(DecodeError::BadChecksum);
        }
        let [format, version_high, version_low, payload @ ..] = body else {
            return Err(DecodeError::TooShort);
        };
        match *format {
            0 => return Err(DecodeError::UnknownFormat),
            f if f > FORMAT_VERSION => return Err(DecodeError::NewerFormat),
            _ => {}
        }
        let content_version = (u16::from(*version_high) << 6) | u16::from(*version_low);
        let slots = payload.iter().flat_map(|&v| [v >> 3, v & 7]).collect();
        Ok(ShareCode::from_slots(*format, content_version, slots))
    }
}

const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

/// The character for the low 6 bits of `value`.
fn digit(value: u32) -> char {
    let index = usize::try_from(value & 63).unwrap_or(0);
    ALPHABET.get(index).map_or('A', |&b| char::from(b))
}

/// The value of an alphabet character.
fn value(c: char) -> Option<u8> {
    let b = u8::try_from(c).ok()?;
    match b {
        b'A'..=b'Z' => Some(b - b'A'),
        b'a'..=b'z' => Some(b - b'a' + 26),
        b'0'..=b'9' => Some(b - b'0' + 52),
        b'-' => Some(62),
        b'_' => Some(63),
        _ => None,
    }
}

/// CRC-16/CCITT-FALSE (polynomial 0x1021, initial value 0xFFFF): it catches every change to a
/// single character, which a plain sum of values would not.
fn crc16(bytes: &[u8]) -> u16 {
    let mut crc: u16 = 0xFFFF;
    for &byte in bytes {
        crc ^= u16::from(byte) << 8;
        for _ in 0..8 {
            crc = if crc & 0x8000 == 0 {
                crc << 1
            } else {
                (crc << 1) ^ 0x1021
            };
        }
    }
    crc
}
