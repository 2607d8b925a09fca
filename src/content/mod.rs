//! The content file and its loader.

use std::fmt;
use std::sync::OnceLock;

use crate::quiz::Content;

/// The text of `content.toml`, the file content editors change.
pub const SOURCE: &str = include_str!("content.toml");

/// The quiz content, built on first use and kept for the life of the program.
///
/// `build.rs` compiles `content.toml` into the Rust code that builds this value, so nothing is
/// parsed at start-up. Invariant: it equals what [`parse`] makes of [`SOURCE`] and passes
/// [`Content::validate`]; the content tests fail otherwise.
pub fn content() -> &'static Content {
    static CONTENT: OnceLock<Content> = OnceLock::new();
    CONTENT.get_or_init(compiled::compiled)
}

mod compiled {
    //! The generated code: one function that builds the content value.
    use std::string::String;

    use crate::quiz::{
        Choice, ChoiceId, Content, Cost, Distinction, DistinctionId, Intro, Level, Path, PathId,
        Question, QuestionId, QuestionKind, Resource, ResourceId, ResultCopy, Role, RoleCopy,
        Roles, Skill, SkillId, SkillTarget,
    };

    include!(concat!(env!("OUT_DIR"), "/content.rs"));
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
