//! The content file and its loader.

use std::fmt;
use std::sync::OnceLock;

use crate::quiz::Content;

/// The text of `content.toml`, compiled in so the quiz works offline and loads with no request.
pub const SOURCE: &str = include_str!("content.toml");

/// The quiz content, parsed on first use and kept for the life of the program.
///
/// Invariant: `SOURCE` parses and passes [`Content::validate`]; the content tests fail
/// otherwise, which is why a failure here may panic instead of returning an error.
pub fn content() -> &'static Content {
    static CONTENT: OnceLock<Content> = OnceLock::new();
    CONTENT.get_or_init(|| match parse(SOURCE) {
        Ok(content) => content,
        Err(error) => panic!("src/content/content.toml: {error}"),
    })
}

/// Parses content text. Only the file's shape is checked here; call [`Content::validate`] for
/// the cross-references and other invariants.
pub fn parse(text: &str) -> Result<Content, ContentError> {
    toml::from_str(text).map_err(|e| ContentError(e.to_string()))
}

/// The content text is not valid TOML or does not have the expected shape.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ContentError(pub String);

impl fmt::Display for ContentError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for ContentError {}
