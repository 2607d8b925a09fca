//! The only code that touches `localStorage`: a versioned envelope around quiz progress, every call fallible.
#![deny(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing)]

use crate::quiz::{Answers, Content, ShareCode};

/// The key progress is kept under.
pub const KEY: &str = "mlpath.progress";

/// The envelope version this build writes. Data of a newer version is never overwritten.
pub const VERSION: u32 = 1;

/// Where the person was in the quiz: the question on screen and the answers so far.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Progress {
    /// Index of the question on screen.
    pub at: usize,
    /// The answers given so far.
    pub answers: Answers,
}

/// What reading the stored envelope found.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Stored {
    /// Nothing stored: a first visit, or progress cleared after a result.
    Nothing,
    /// Progress to resume.
    Progress(Progress),
    /// Unreadable data (edited by hand, cut short, from a content version that no longer fits): to be dropped.
    Corrupt,
    /// Written by a newer version of the app: kept as it is and never overwritten.
    Newer,
}

impl Progress {
    /// The envelope text: `VERSION:at:share-code`. The share code carries its own checksum and content version.
    pub fn to_envelope(&self, content: &Content) -> String {
        format!(
            "{VERSION}:{}:{}",
            self.at,
            ShareCode::encode(content, &self.answers)
        )
    }
}

/// Reads an envelope; total: any text gives a [`Stored`], never a panic.
pub fn parse_envelope(text: &str, content: &Content) -> Stored {
    let mut parts = text.splitn(3, ':');
    // The version comes first and alone decides how to read the rest: a newer layout may differ entirely.
    match parts.next().map(str::parse::<u32>) {
        Some(Ok(VERSION)) => {}
        Some(Ok(v)) if v > VERSION => return Stored::Newer,
        _ => return Stored::Corrupt,
    }
    let (Some(at), Some(code)) = (parts.next(), parts.next()) else {
        return Stored::Corrupt;
    };
    let Ok(at) = at.parse::<usize>() else {
        return Stored::Corrupt;
    };
    if at >= content.questions.len() {
        return Stored::Corrupt;
    }
    match ShareCode::decode_str(code, content) {
        Ok(answers) => Stored::Progress(Progress { at, answers }),
        Err(_) => Stored::Corrupt,
    }
}

/// Access to the browser's storage. Blocked storage (sandboxed frames, "block all cookies") makes every
/// method a no-op: the quiz then works from memory.
pub struct ProgressStore {
    storage: Option<web_sys::Storage>,
    /// Set once newer data is seen, so this session never overwrites it.
    is_read_only: std::cell::Cell<bool>,
}

impl ProgressStore {
    /// Opens `localStorage` if the browser allows it; the getter itself throws when storage is blocked.
    pub fn open() -> Self {
        let storage = web_sys::window().and_then(|window| window.local_storage().ok().flatten());
        Self {
            storage,
            is_read_only: std::cell::Cell::new(false),
        }
    }

    /// Reads saved progress; corrupt data is removed, newer data is left alone.
    pub fn load(&self, content: &Content) -> Stored {
        let Some(storage) = &self.storage else {
            return Stored::Nothing;
        };
        let Ok(Some(text)) = storage.get_item(KEY) else {
            return Stored::Nothing;
        };
        let stored = parse_envelope(&text, content);
        match stored {
            Stored::Corrupt => {
                let _ = storage.remove_item(KEY);
            }
            Stored::Newer => self.is_read_only.set(true),
            Stored::Nothing | Stored::Progress(_) => {}
        }
        stored
    }

    /// Saves progress; quota or security errors are ignored because memory still holds everything.
    pub fn save(&self, progress: &Progress, content: &Content) {
        if let Some(storage) = self.writable() {
            let _ = storage.set_item(KEY, &progress.to_envelope(content));
        }
    }

    /// Forgets saved progress, e.g. once the result is shown or the person starts over.
    pub fn clear(&self) {
        if let Some(storage) = self.writable() {
            let _ = storage.remove_item(KEY);
        }
    }

    fn writable(&self) -> Option<&web_sys::Storage> {
        if self.is_read_only.get() {
            return None;
        }
        self.storage.as_ref()
    }
}
