//! A quiz-taker's answers: which choice they picked for each question they did not skip.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use super::model::{ChoiceId, QuestionId};

/// Answers keyed by question id; a question that is absent was skipped (or not reached yet).
///
/// Keyed by id, never by position, so reordering questions in the content keeps saved answers
/// meaningful. Serialises as a plain JSON object `{ "question-id": "choice-id" }`.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(transparent)]
pub struct Answers {
    choices: BTreeMap<QuestionId, ChoiceId>,
}

impl Answers {
    /// No answers.
    pub fn new() -> Self {
        Self::default()
    }

    /// Records `choice` for `question`, returning the choice it replaces.
    pub fn answer(&mut self, question: QuestionId, choice: ChoiceId) -> Option<ChoiceId> {
        self.choices.insert(question, choice)
    }

    /// The choice picked for `question`.
    pub fn get(&self, question: &QuestionId) -> Option<&ChoiceId> {
        self.choices.get(question)
    }

    /// Whether `question` has an answer.
    pub fn is_answered(&self, question: &QuestionId) -> bool {
        self.choices.contains_key(question)
    }

    /// Forgets the answer to `question`, returning it.
    pub fn skip(&mut self, question: &QuestionId) -> Option<ChoiceId> {
        self.choices.remove(question)
    }

    /// Forgets every answer.
    pub fn clear(&mut self) {
        self.choices.clear();
    }

    /// How many questions have an answer.
    pub fn len(&self) -> usize {
        self.choices.len()
    }

    /// Whether nothing is answered.
    pub fn is_empty(&self) -> bool {
        self.choices.is_empty()
    }

    /// Answers in question-id order.
    pub fn iter(&self) -> impl Iterator<Item = (&QuestionId, &ChoiceId)> {
        self.choices.iter()
    }
}

impl FromIterator<(QuestionId, ChoiceId)> for Answers {
    fn from_iter<I: IntoIterator<Item = (QuestionId, ChoiceId)>>(iter: I) -> Self {
        Self {
            choices: iter.into_iter().collect(),
        }
    }
}
