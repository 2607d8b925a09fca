//! The only code that touches `localStorage`: versioned envelopes around quiz progress (the state's
//! [`Progress`]), the person's own last result and someone else's to compare it with, every call fallible.
#![deny(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing)]

use std::cell::Cell;

use crate::quiz::{Content, ShareCode};
use crate::state::Progress;

/// The key progress is kept under.
pub const KEY: &str = "mlpath.progress";

/// The key the code of the person's own last result is kept under.
pub const RESULT_KEY: &str = "mlpath.result";

/// The key the code of someone else's result, to compare with once the quiz is done, is kept under.
pub const FRIEND_KEY: &str = "mlpath.compare";

/// The key of the one-character write that tells, as storage opens, whether writes work at all.
const PROBE_KEY: &str = "mlpath.probe";

/// The envelope version this build writes. Data of a newer version is never overwritten.
pub const VERSION: u32 = 1;

/// What reading one stored envelope found.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Stored<T> {
    /// Nothing stored: a first visit, or data cleared on purpose.
    Nothing,
    /// Data to use.
    Found(T),
    /// Unreadable data (edited by hand, cut short, from content that no longer fits): to be dropped.
    Corrupt,
    /// Written by a newer version of the app: kept as it is and never overwritten.
    Newer,
}

/// The envelope text of `progress`: `VERSION:at:share-code`. The share code carries its own
/// checksum and content version.
pub fn envelope(progress: &Progress, content: &Content) -> String {
    format!(
        "{VERSION}:{}:{}",
        progress.at,
        ShareCode::encode(content, &progress.answers)
    )
}

/// The part of an envelope after its version, or what the version says about it. The version
/// comes first and alone decides how to read the rest: a newer layout may differ entirely.
fn open_envelope<T>(text: &str) -> Result<&str, Stored<T>> {
    let (version, body) = text.split_once(':').unwrap_or((text, ""));
    match version.parse::<u32>() {
        Ok(VERSION) => Ok(body),
        Ok(v) if v > VERSION => Err(Stored::Newer),
        _ => Err(Stored::Corrupt),
    }
}

/// Reads a progress envelope; total: any text gives a [`Stored`], never a panic.
pub fn parse_envelope(text: &str, content: &Content) -> Stored<Progress> {
    let body = match open_envelope(text) {
        Ok(body) => body,
        Err(stored) => return stored,
    };
    let Some((at, code)) = body.split_once(':') else {
        return Stored::Corrupt;
    };
    match (at.parse::<usize>(), ShareCode::decode_str(code, content)) {
        (Ok(at), Ok(answers)) if at < content.questions.len() => {
            Stored::Found(Progress { at, answers })
        }
        _ => Stored::Corrupt,
    }
}

/// The envelope text for the code of the person's own result.
pub fn result_envelope(code: &str) -> String {
    format!("{VERSION}:{code}")
}

/// Reads an own-result envelope: a share code that decodes against `content`.
pub fn parse_result_envelope(text: &str, content: &Content) -> Stored<String> {
    match open_envelope(text) {
        Ok(code) if ShareCode::decode_str(code, content).is_ok() => Stored::Found(code.to_owned()),
        Ok(_) => Stored::Corrupt,
        Err(stored) => stored,
    }
}

/// Access to the browser's storage. Blocked storage (sandboxed frames, "block all cookies") makes every
/// method a no-op: the quiz then works from memory.
pub struct ProgressStore {
    storage: Option<web_sys::Storage>,
    /// Whether writes succeed: false where a probe at opening or any later write threw (storage
    /// full, or a browser that gives private windows no quota), though reads may still work.
    is_writable: Cell<bool>,
    /// Set once newer data is seen under a key, so this session never overwrites it.
    is_progress_read_only: Cell<bool>,
    is_result_read_only: Cell<bool>,
    is_friend_read_only: Cell<bool>,
}

impl ProgressStore {
    /// Opens `localStorage` if the browser allows it (the getter itself throws when storage is
    /// blocked), and tries one small write, which throws where storage is full or has no quota.
    pub fn open() -> Self {
        let storage = web_sys::window().and_then(|window| window.local_storage().ok().flatten());
        let is_writable = storage.as_ref().is_some_and(|storage| {
            storage.set_item(PROBE_KEY, "1").is_ok() && storage.remove_item(PROBE_KEY).is_ok()
        });
        Self {
            storage,
            is_writable: Cell::new(is_writable),
            is_progress_read_only: Cell::new(false),
            is_result_read_only: Cell::new(false),
            is_friend_read_only: Cell::new(false),
        }
    }

    /// Whether what the page saves survives a reload: storage opened, and no write has failed.
    pub fn is_available(&self) -> bool {
        self.storage.is_some() && self.is_writable.get()
    }

    /// Reads saved progress; corrupt data is removed, newer data is left alone.
    pub fn load(&self, content: &Content) -> Stored<Progress> {
        self.read(KEY, &self.is_progress_read_only, |text| {
            parse_envelope(text, content)
        })
    }

    /// Reads the code of the person's own last result.
    pub fn load_own_result(&self, content: &Content) -> Stored<String> {
        self.read(RESULT_KEY, &self.is_result_read_only, |text| {
            parse_result_envelope(text, content)
        })
    }

    /// Reads the code of someone else's result this person chose to compare with; kept in the
    /// own result's envelope.
    pub fn load_friend_result(&self, content: &Content) -> Stored<String> {
        self.read(FRIEND_KEY, &self.is_friend_read_only, |text| {
            parse_result_envelope(text, content)
        })
    }

    /// Remembers `code` as someone else's result to compare with, so the comparison is still
    /// offered after a reload or in another tab.
    pub fn save_friend_result(&self, code: &str) {
        self.write(
            FRIEND_KEY,
            &self.is_friend_read_only,
            Some(&result_envelope(code)),
        );
    }

    /// Forgets someone else's result to compare with, once the state no longer has it.
    pub fn forget_friend_result(&self) {
        self.write(FRIEND_KEY, &self.is_friend_read_only, None);
    }

    /// Saves progress. A quota or security error leaves everything in memory and makes
    /// [`ProgressStore::is_available`] false, so the page can say that answers are not kept.
    pub fn save(&self, progress: &Progress, content: &Content) {
        self.write(
            KEY,
            &self.is_progress_read_only,
            Some(&envelope(progress, content)),
        );
    }

    /// Forgets saved progress, e.g. once the result is shown.
    pub fn clear(&self) {
        self.write(KEY, &self.is_progress_read_only, None);
    }

    /// Remembers `code` as the person's own result, so a reload still knows it is theirs.
    pub fn save_own_result(&self, code: &str) {
        self.write(
            RESULT_KEY,
            &self.is_result_read_only,
            Some(&result_envelope(code)),
        );
    }

    fn read<T>(
        &self,
        key: &str,
        read_only: &Cell<bool>,
        parse: impl Fn(&str) -> Stored<T>,
    ) -> Stored<T> {
        let Some(storage) = &self.storage else {
            return Stored::Nothing;
        };
        let Ok(Some(text)) = storage.get_item(key) else {
            return Stored::Nothing;
        };
        let stored = parse(&text);
        match stored {
            Stored::Corrupt => {
                let _ = storage.remove_item(key);
            }
            Stored::Newer => read_only.set(true),
            Stored::Nothing | Stored::Found(_) => {}
        }
        stored
    }

    /// Sets `key` to `value`, or removes it for `None`, unless newer data lives there.
    fn write(&self, key: &str, read_only: &Cell<bool>, value: Option<&str>) {
        let Some(storage) = self.storage.as_ref().filter(|_| !read_only.get()) else {
            return;
        };
        let written = match value {
            Some(value) => storage.set_item(key, value),
            None => storage.remove_item(key),
        };
        if written.is_err() {
            self.is_writable.set(false);
            // What is stored is now older than what is on screen: a reload must not resume it as if
            // it were current (removing works where a full storage refuses to set).
            let _ = storage.remove_item(key);
        }
    }
}
