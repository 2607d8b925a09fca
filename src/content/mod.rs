//! The content file and its loader.

use std::fmt;
use std::sync::OnceLock;

use crate::quiz::Content;

/// The text of `content.toml`, the file content editors change.
pub const SOURCE: &str = include_str!("content.toml");

/// `content.toml` as JSON, written by `build.rs`: the form the app parses at start-up, because
/// a JSON parser costs the wasm far fewer bytes than a TOML one.
pub const COMPILED: &str = include_str!(concat!(env!("OUT_DIR"), "/content.json"));

/// The quiz content, parsed on first use and kept for the life of the program.
///
/// Invariant: `COMPILED` parses and passes [`Content::validate`], and equals what `SOURCE`
/// parses to; the content tests fail otherwise, which is why a failure here may panic instead
/// of returning an error.
pub fn content() -> &'static Content {
    static CONTENT: OnceLock<Content> = OnceLock::new();
    CONTENT.get_or_init(|| match parse_compiled(COMPILED) {
        Ok(content) => content,
        Err(error) => panic!("src/content/content.toml: {error}"),
    })
}

/// Parses the JSON form of the content.
pub fn parse_compiled(json: &str) -> Result<Content, ContentError> {
    serde_json::from_str(json).map_err(|e| ContentError(e.to_string()))
}

/// Parses content text in TOML, as editors write it. Only the file's shape is checked here; call
/// [`Content::validate`] for the cross-references and other invariants. Native builds only.
#[cfg(not(target_arch = "wasm32"))]
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
