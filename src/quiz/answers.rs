//! A quiz-taker's answers: which choice they picked for each question they did not skip.

use crate::content::model::{ChoiceId, QuestionId};

/// Answers keyed by question id; a question that is absent was skipped (or not reached yet).
///
/// Keyed by id, never by position, so reordering questions in the content keeps saved answers
/// meaningful. Kept as a list sorted by question id: a quiz has a few dozen questions at most, and
/// a list costs far less wasm than a `BTreeMap`.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Answers {
    /// Sorted by question id, each id at most once.
    choices: Vec<(QuestionId, ChoiceId)>,
}

impl Answers {
    /// No answers.
    pub fn new() -> Self {
        Self::default()
    }

    fn find(&self, question: &QuestionId) -> Result<usize, usize> {
        self.choices.binary_search_by(|(q, _)| q.cmp(question))
    }

    /// Records `choice` for `question`, returning the choice it replaces.
    pub fn answer(&mut self, question: QuestionId, choice: ChoiceId) -> Option<ChoiceId> {
        match self.find(&question) {
            Ok(at) => self
                .choices
                .get_mut(at)
                .map(|(_, old)| std::mem::replace(old, choice)),
            Err(at) => {
                self.choices.insert(at, (question, choice));
                None
            }
        }
    }

    /// The choice picked for `question`.
    pub fn get(&self, question: &QuestionId) -> Option<&ChoiceId> {
        let at = self.find(question).ok()?;
        self.choices.get(at).map(|(_, choice)| choice)
    }

    /// Whether `question` has an answer.
    pub fn is_answered(&self, question: &QuestionId) -> bool {
        self.find(question).is_ok()
    }

    /// Forgets the answer to `question`, returning it.
    pub fn skip(&mut self, question: &QuestionId) -> Option<ChoiceId> {
        let at = self.find(question).ok()?;
        Some(self.choices.remove(at).1)
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
        self.choices
            .iter()
            .map(|(question, choice)| (question, choice))
    }
}

/// Later pairs for the same question replace earlier ones, as with [`Answers::answer`].
impl FromIterator<(QuestionId, ChoiceId)> for Answers {
    fn from_iter<I: IntoIterator<Item = (QuestionId, ChoiceId)>>(iter: I) -> Self {
        let mut answers = Self::new();
        for (question, choice) in iter {
            answers.answer(question, choice);
        }
        answers
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn behaves_as_a_map_whatever_the_order_of_answering() {
        let q = |id: &str| QuestionId::from(id);
        let c = |id: &str| ChoiceId::from(id);
        let mut answers = Answers::new();
        assert_eq!(answers.answer(q("b"), c("1")), None);
        assert_eq!(answers.answer(q("a"), c("2")), None);
        assert_eq!(answers.answer(q("c"), c("3")), None);
        assert_eq!(answers.answer(q("a"), c("4")), Some(c("2")));
        assert_eq!(answers.len(), 3);
        assert_eq!(answers.get(&q("a")), Some(&c("4")));
        assert!(!answers.is_answered(&q("d")));
        let order: Vec<_> = answers.iter().map(|(q, _)| q.as_str()).collect();
        assert_eq!(order, ["a", "b", "c"]);
        assert_eq!(answers.skip(&q("b")), Some(c("1")));
        assert_eq!(answers.skip(&q("b")), None);
        let same: Answers = [(q("c"), c("3")), (q("a"), c("9")), (q("a"), c("4"))]
            .into_iter()
            .collect();
        assert_eq!(answers, same);
        answers.clear();
        assert!(answers.is_empty());
    }
}
