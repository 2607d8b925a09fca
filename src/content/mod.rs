//! What the quiz says: the content file, the types it is read into ([`model`]), and the value
//! compiled from it. The lowest layer: it uses nothing else of the crate.

pub mod languages;
pub mod model;

use std::fmt;

use model::Content;

/// The text of `content.toml`, the file content editors change.
pub const SOURCE: &str = include_str!("content.toml");

/// The quiz content, compiled into the program.
///
/// `build.rs` writes `content.toml` out as a Rust `static`, so nothing is parsed or built at
/// start-up: the text and lists are data in the binary. Invariant: it equals what [`parse`] makes
/// of [`SOURCE`] and passes [`Content::validate`]; the content tests fail otherwise.
pub fn content() -> &'static Content {
    &compiled::CONTENT
}

mod compiled {
    //! The generated code: the content value as a `static`, and the arrays its lists borrow.
    use super::model::{
        Choice, ChoiceId, Content, Cost, Distinction, DistinctionId, Emblem, Intro, Level, List,
        Path, PathId, Question, QuestionId, QuestionKind, Resource, ResourceId, ResultCopy, Role,
        RoleCopy, Roles, Skill, SkillId, SkillTarget, Text, Weights, Who,
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
