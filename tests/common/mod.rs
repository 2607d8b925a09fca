//! Helpers shared by the native tests: answer sheets, and server-side rendering of pages.
// Each test crate uses only some of these.
#![allow(dead_code)]

mod mixed;
pub mod ssr;

use mlpath::content::content;
use mlpath::quiz::{Answers, ChoiceId, QuestionId};
use proptest::prelude::*;

/// Answers from `(question id, choice id)` pairs.
pub fn sheet(pairs: &[(&str, &str)]) -> Answers {
    pairs
        .iter()
        .map(|(q, c)| (QuestionId::from(*q), ChoiceId::from(*c)))
        .collect()
}

/// A realistic full sheet: some wrong role guesses, middling ratings, mixed preferences.
pub fn mixed() -> Answers {
    sheet(&mixed::MIXED)
}

/// Any subset of questions answered with any of their choices.
pub fn any_answers() -> impl Strategy<Value = Answers> {
    let c = content();
    proptest::collection::vec(proptest::option::of(0usize..8), c.questions.len()).prop_map(
        move |picks| {
            c.questions
                .iter()
                .zip(picks)
                .filter_map(|(q, pick)| {
                    let choice = q.choices.get(pick? % q.choices.len())?;
                    Some((q.id.clone(), choice.id.clone()))
                })
                .collect()
        },
    )
}
