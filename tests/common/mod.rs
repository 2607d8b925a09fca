//! Helpers shared by the native tests: answer sheets, and server-side rendering of pages.
// Each test crate uses only some of these.
#![allow(dead_code)]

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
    sheet(&[
        ("project-part", "train-model"),
        ("who-defines-problem", "data-scientist"),
        ("raw-data", "represent-it"),
        ("who-cleans-data", "ml-engineer"),
        ("rate-statistics", "confident"),
        ("stakeholder-meeting", "prototype"),
        ("who-shows-progress", "ml-engineer"),
        ("rate-programming", "confident"),
        ("ideal-week", "compare-libraries"),
        ("who-goes-deep", "data-scientist"),
        ("rate-maths", "basics"),
        ("after-hours", "stuck-accuracy"),
        ("rate-ml-frameworks", "basics"),
        ("proud-of", "feature"),
        ("who-tunes-models", "ml-engineer"),
        ("rate-software-engineering", "basics"),
        ("free-month", "new-framework"),
        ("team-role", "sceptic"),
        ("rate-communication", "confident"),
    ])
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
