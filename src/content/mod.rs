//! What the quiz says: the content file, the types it is read into ([`model`]), and the value
//! compiled from it, in the build's language ([`LANG`]); and the interface's words, the `ui!`
//! macro. The lowest layer: it uses nothing else of the crate.

pub mod languages;
pub mod model;
#[cfg(not(target_arch = "wasm32"))]
pub mod overlay;
pub mod shell;

use std::fmt;

use model::Content;

// `LANG` and `macro_rules! ui`, from content.toml's `[ui]` table in the build's language.
include!(concat!(env!("OUT_DIR"), "/ui.rs"));

/// The interface's words, in the build's language: `ui!(group.key)` is a text's literal (a
/// `&'static str`, which `concat!` takes); `ui!(group.key, a = …, b = …)` fills a template's
/// placeholders, named in alphabetical order, into a `String`; `ui!(group.key[n], …)` picks a
/// count's form, `one` for 1 and `other` for the rest (the rule of English, Spanish and German),
/// and fills it; `ui!(one_of [group.a, group.b][i], …)` fills the `i`th of templates that take the
/// same placeholders, with one call. Naming a key the table lacks, a placeholder its template
/// lacks, or leaving one out, fails to compile.
pub(crate) use ui;

/// `template` with each placeholder replaced by its value: U+0001 by `values[0]`, U+0002 by
/// `values[1]` and so on, as build.rs compiles a template's `{name}`s (in their names' alphabetical
/// order); a marker without a value is dropped. `ui!` calls it with exactly the template's
/// placeholders, in that order.
pub fn fill(template: &str, values: &[&dyn fmt::Display]) -> String {
    use fmt::Write as _;
    let mut filled = String::with_capacity(template.len() + 16);
    let mut rest = template;
    while let Some(at) = rest.find(|c: char| c < '\u{10}') {
        filled.push_str(&rest[..at]);
        if let Some(value) = usize::from(rest.as_bytes()[at])
            .checked_sub(1)
            .and_then(|index| values.get(index))
        {
            let _ = write!(filled, "{value}");
        }
        rest = &rest[at + 1..];
    }
    filled.push_str(rest);
    filled
}

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

/// Parses content text in TOML, as editors write it, leaving out the interface's words (`[ui]`,
/// compiled apart into `ui!`). Only the file's shape is checked here; call
/// [`Content::validate`] for the cross-references and other invariants. Native builds only.
#[cfg(not(target_arch = "wasm32"))]
pub fn parse(text: &str) -> Result<Content, ContentError> {
    let mut table: toml::Table = text.parse().map_err(|e| ContentError(format!("{e}")))?;
    table.remove("ui");
    from_table(table)
}

/// The content of `source` (content text, as [`parse`] reads it) in the language of
/// `translation` (a `lang/<code>.toml`'s text), as that language's build compiles it: the
/// translation's texts laid over the source's structure ([`overlay::lay_over`]). Native builds
/// only; the tests check every language's content with it.
#[cfg(not(target_arch = "wasm32"))]
pub fn translated(source: &str, translation: &str) -> Result<Content, ContentError> {
    let mut table: toml::Table = source.parse().map_err(|e| ContentError(format!("{e}")))?;
    let translation: toml::Table = translation
        .parse()
        .map_err(|e| ContentError(format!("{e}")))?;
    overlay::lay_over(&mut table, &translation)
        .map_err(|problems| ContentError(problems.join("\n")))?;
    table.remove("ui");
    from_table(table)
}

#[cfg(not(target_arch = "wasm32"))]
fn from_table(table: toml::Table) -> Result<Content, ContentError> {
    use serde::Deserialize as _;
    Content::deserialize(toml::Value::Table(table)).map_err(|e| ContentError(e.to_string()))
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

#[cfg(test)]
mod tests {
    use crate::content::{fill, LANG};

    #[test]
    fn fill_puts_each_value_in_its_place_and_leaves_other_braces() {
        let number = 3;
        assert_eq!(
            fill("Question \u{1} of \u{2}", &[&number, &"19"]),
            "Question 3 of 19"
        );
        assert_eq!(fill("\u{2}\u{1}\u{1} {b}", &[&"x", &"y"]), "yxx {b}");
        assert_eq!(fill("\u{3}{other} {}\u{0}", &[&1]), "{other} {}");
        assert_eq!(LANG, "en");
        assert_eq!(
            ui!(landing.continue_at, number = 4),
            "Continue at question 4"
        );
        assert_eq!(
            ui!(question.cleared[1], count = 1),
            "You started over, so your earlier answer was cleared."
        );
        assert_eq!(
            ui!(question.cleared[2], count = 2),
            "You started over, so your 2 earlier answers were cleared."
        );
    }
}
