//! The example result on the landing page: what a result looks like, from a sample sheet of answers.

use super::result::{ChartView, Whose};
use crate::quiz::{Answers, Content, Path, QuestionKind};

/// A result as the landing page shows it, to say what the quiz gives: the path, its emblem and hook,
/// and the chart. Scored like any result, so it shows what a real one would, and changes with the
/// content.
#[derive(Clone, Debug, PartialEq)]
pub struct ExampleResult {
    /// The path recommended for the sample answers.
    pub path: &'static Path,
    /// Their profile chart: it speaks of "the answers", never of the reader.
    pub chart: ChartView,
}

impl ExampleResult {
    /// The result of [`sample_answers`]; none if the content recommends nothing for them (the
    /// content tests rule that out).
    pub fn new(content: &'static Content) -> Option<Self> {
        let profile = content.score(&sample_answers(content));
        if !profile.has_direction() {
            return None;
        }
        let recommendation = content.recommend(&profile);
        let path = content
            .paths
            .iter()
            .find(|path| path.id == recommendation.primary)?;
        Some(Self {
            path,
            chart: ChartView::new(content, Whose::Unknown, &profile, &recommendation),
        })
    }
}

/// A plausible sheet rather than an extreme one: someone leaning toward the first path (the usual
/// way into the field), whose every third preference answer goes to another path in turn, so that
/// every bar of the chart has something to show. Skill ratings and "who usually does this?" items
/// as that first path's sheet has them.
pub fn sample_answers(content: &Content) -> Answers {
    let sheets: Vec<Answers> = content
        .paths
        .iter()
        .map(|path| content.answers_toward(&path.id))
        .collect();
    let mut answers = Answers::new();
    let Some((first, others)) = sheets.split_first() else {
        return answers;
    };
    let mut preferences = 0;
    for question in content.questions.iter() {
        let mut sheet = first;
        if question.kind == QuestionKind::Preference {
            preferences += 1;
            if preferences % 3 == 0 && !others.is_empty() {
                sheet = &others[(preferences / 3 - 1) % others.len()];
            }
        }
        if let Some(choice) = sheet.get(&question.id) {
            answers.answer(question.id.clone(), choice.clone());
        }
    }
    answers
}
