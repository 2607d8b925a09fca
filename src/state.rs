//! The quiz state: one reducer, phases as an enum, actions named after what the person did. Plain
//! Rust: Yew takes the reducer through `context::store`.

use std::rc::Rc;

use crate::quiz::{Answers, ChoiceId, Content, Question, QuestionId, ShareCode};

/// Where the person is in a quiz under way: the question on screen and the answers so far. What
/// storage keeps, and what an embed's "Open the full page" carries.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Progress {
    /// Index of the question on screen.
    pub at: usize,
    /// The answers given so far.
    pub answers: Answers,
}

/// Where the person is in the quiz.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Phase {
    /// Not started (or nothing to resume).
    Intro,
    /// On the question at this index.
    Answering { at: usize },
    /// Past the last question: the result can be shown.
    Finished,
}

/// Whether the browser lets the page keep answers across a reload.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Keeping {
    /// Not known: outside a browser (server-side rendering), where no storage has been read.
    #[default]
    Unknown,
    /// Storage works: progress and the person's own result survive a reload.
    Kept,
    /// The browser refuses storage (blocked cookies, storage turned off or full, a frame on another
    /// site where the browser refuses it): everything lives in memory.
    Refused,
    /// The site around the quiz refuses it storage: it frames the quiz in a sandbox without
    /// `allow-same-origin`, as WordPress frames a pasted link. Everything lives in memory.
    Sandboxed,
}

/// Everything the quiz remembers. Side effects (storage, navigation, focus) live in effects, not here.
#[derive(Clone, Debug)]
pub struct QuizState {
    content: &'static Content,
    /// The current phase.
    pub phase: Phase,
    /// The answers so far; kept through Back and Next, cleared only by starting over.
    pub answers: Answers,
    /// The share code of the last result this person reached themselves: a result page showing any
    /// other code is someone else's, shared with them.
    pub own_result: Option<String>,
    /// The share code of someone else's result this person chose to compare with their own, once
    /// they have one ("Take the quiz and compare"): their own result page then offers it. It
    /// waits for that result: a quiz begun after it (Start, Retake) forgets it, and choosing
    /// another result to compare with replaces it.
    pub friend_result: Option<String>,
    /// Whether answers survive a reload.
    pub keeping: Keeping,
    /// The quiz under way that "Start over" just cleared, until the fresh one is begun: one press
    /// of Undo brings it back.
    pub cleared: Option<Progress>,
    /// A choice picked on the question on screen, one whose answer is checked before it counts
    /// (see [`Question::is_final_once_checked`]), and not checked yet: it can still change. Never
    /// kept: only a checked answer is an answer.
    pub unchecked: Option<ChoiceId>,
}

/// The same content is the same `static`: compared by address, never field by field (Yew compares
/// the state whenever the provider renders).
impl PartialEq for QuizState {
    fn eq(&self, other: &Self) -> bool {
        std::ptr::eq(self.content, other.content)
            && self.phase == other.phase
            && self.answers == other.answers
            && self.own_result == other.own_result
            && self.friend_result == other.friend_result
            && self.keeping == other.keeping
            && self.cleared == other.cleared
            && self.unchecked == other.unchecked
    }
}

/// What the person did.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Action {
    /// Pressed "Start the quiz", "Take the quiz" or a "Continue …": keeps any answers under way
    /// and goes to the current question (after a finished quiz, a fresh one). With no quiz to
    /// continue after one's own result, it also forgets the result waiting to be compared with.
    Started,
    /// Pressed "Start over" or "Retake the quiz": forgets every answer (a quiz under way can be
    /// brought back with [`Action::UndidStartOver`] until the fresh one is begun), and after one's
    /// own result, the result waiting to be compared with.
    StartedOver,
    /// Pressed "Undo" after starting over: the cleared quiz comes back where it was.
    UndidStartOver,
    /// Saved progress was found when the page loaded.
    Resumed(Progress),
    /// Picked a choice. On a question whose answer is checked, only the question on screen takes
    /// one, and only until its answer is checked.
    Chose {
        question: QuestionId,
        choice: ChoiceId,
    },
    /// Pressed "Check" on the question on screen: the choice picked becomes its answer, for good,
    /// and the explanation shows.
    Checked,
    /// Pressed "Next" (or "See my result" on the last question).
    PressedNext,
    /// Pressed "Skip": forgets this question's answer (or a pick not checked yet) and moves on. A
    /// checked answer is final, so it stays.
    Skipped,
    /// Pressed "Back".
    PressedBack,
    /// Storage remembered the code of a result this person reached earlier.
    RecalledOwnResult(String),
    /// Pressed "Take the quiz and compare" on someone else's result, whose code this is.
    ChoseToCompare(String),
    /// Storage remembered the code of someone else's result this person chose to compare with.
    RecalledFriendResult(String),
    /// Storage was opened, or a write to it failed: whether the page may keep anything, and whether
    /// it is in a sandbox without storage (an opaque origin), where the site around it said no.
    OpenedStorage { available: bool, sandboxed: bool },
}

impl QuizState {
    /// A fresh quiz over `content`.
    pub fn new(content: &'static Content) -> Self {
        Self {
            content,
            phase: Phase::Intro,
            answers: Answers::new(),
            own_result: None,
            friend_result: None,
            keeping: Keeping::Unknown,
            cleared: None,
            unchecked: None,
        }
    }

    /// The content the quiz asks from.
    pub fn content(&self) -> &'static Content {
        self.content
    }

    /// How many questions there are.
    pub fn total(&self) -> usize {
        self.content.questions.len()
    }

    /// The index of the question to show: the current one, or the first before starting.
    pub fn at(&self) -> usize {
        match self.phase {
            Phase::Answering { at } => at,
            Phase::Intro => 0,
            Phase::Finished => self.total().saturating_sub(1),
        }
    }

    /// The question to show.
    pub fn question(&self) -> Option<&'static Question> {
        self.content.questions.get(self.at())
    }

    /// The choice to show picked on the question on screen: a pick not checked yet, or its answer.
    pub fn shown_choice(&self) -> Option<&ChoiceId> {
        self.unchecked
            .as_ref()
            .or_else(|| self.answers.get(&self.question()?.id))
    }

    /// Whether the question on screen has a checked answer, which is final: its choices no
    /// longer change, and Skip keeps it.
    pub fn is_checked(&self) -> bool {
        self.question()
            .is_some_and(|q| q.is_final_once_checked() && self.answers.is_answered(&q.id))
    }

    /// Whether the question on screen has a pick waiting for "Check".
    pub fn awaits_check(&self) -> bool {
        self.unchecked.is_some()
    }

    /// Whether the question on screen is the last one.
    pub fn is_last(&self) -> bool {
        self.at() + 1 >= self.total()
    }

    /// The progress worth saving, if the quiz is under way.
    pub fn progress(&self) -> Option<Progress> {
        match self.phase {
            Phase::Answering { at } => Some(Progress {
                at,
                answers: self.answers.clone(),
            }),
            Phase::Intro | Phase::Finished => None,
        }
    }

    /// The question a quiz under way would continue at, counting from 1, which pages offer in place
    /// of a fresh start; none when there is nothing to continue.
    pub fn resumable(&self) -> Option<usize> {
        matches!(self.phase, Phase::Answering { .. }).then(|| self.at() + 1)
    }

    /// The progress storage keeps: while a start over can still be undone, the quiz it cleared (so
    /// a reload or a closed tab loses nothing); otherwise the quiz under way.
    pub fn progress_to_keep(&self) -> Option<Progress> {
        self.cleared.clone().or_else(|| self.progress())
    }

    /// An empty sheet at the first question.
    fn begin_fresh(&mut self) {
        self.answers = Answers::new();
        self.unchecked = None;
        self.phase = Phase::Answering { at: 0 };
    }

    /// Moves `next` to question `at`; past the last one the quiz finishes and the result becomes its own.
    fn move_to(&self, next: &mut Self, at: usize) {
        next.unchecked = None;
        if at >= self.total() {
            next.phase = Phase::Finished;
            next.own_result = Some(ShareCode::encode(self.content, &next.answers).to_string());
        } else {
            next.phase = Phase::Answering { at };
        }
    }
}

impl QuizState {
    /// The state after `action`: the same `Rc` when nothing changed, so nothing re-renders.
    /// (`context::store` hands this to Yew as the reducer.)
    pub fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut next = (*self).clone();
        // The offer to undo a start over lasts until the fresh quiz is begun.
        if matches!(
            action,
            Action::Chose { .. }
                | Action::Checked
                | Action::PressedNext
                | Action::Skipped
                | Action::Started
        ) {
            next.cleared = None;
        }
        // The result to compare with was waiting for one of the person's own: a quiz begun after
        // that result (a start over, or a start with no quiz to continue) is a new one, without it.
        let begins = match action {
            Action::StartedOver => true,
            Action::Started => self.resumable().is_none(),
            _ => false,
        };
        if begins && self.own_result.is_some() {
            next.friend_result = None;
        }
        match action {
            // After a result, starting again means a fresh sheet, not the last question.
            Action::Started if self.phase == Phase::Finished => next.begin_fresh(),
            Action::Started => next.phase = Phase::Answering { at: self.at() },
            Action::StartedOver => {
                // Pressed again on the fresh quiz, it keeps the one it can still bring back.
                if let Some(under_way) = self.progress().filter(|p| !p.answers.is_empty()) {
                    next.cleared = Some(under_way);
                }
                next.begin_fresh();
            }
            Action::UndidStartOver => {
                if let Some(cleared) = next.cleared.take() {
                    next.answers = cleared.answers;
                    self.move_to(&mut next, cleared.at);
                }
            }
            Action::Resumed(progress) => {
                // Only when nothing happened yet: a late storage read must not undo fresh answers.
                if self.phase != Phase::Intro || !self.answers.is_empty() {
                    return self;
                }
                next.answers = progress.answers;
                self.move_to(&mut next, progress.at);
            }
            Action::Chose { question, choice } => {
                let Some(asked) = self.content.question(&question) else {
                    return self;
                };
                if asked.choice(&choice).is_none() {
                    return self;
                }
                if asked.is_final_once_checked() {
                    // Its explanation gives the answer away: a pick counts once checked, and a
                    // checked answer is the one that counts.
                    let on_screen = self.question().is_some_and(|q| q.id == question);
                    if !on_screen || self.answers.is_answered(&question) {
                        return self;
                    }
                    next.unchecked = Some(choice);
                } else {
                    next.answers.answer(question, choice);
                }
                next.phase = Phase::Answering { at: self.at() };
            }
            Action::Checked => {
                let (Some(question), Some(choice)) = (self.question(), next.unchecked.take())
                else {
                    return self;
                };
                next.answers.answer(question.id.clone(), choice);
            }
            Action::PressedNext => self.move_to(&mut next, self.at() + 1),
            Action::Skipped => {
                if let Some(question) = self.question().filter(|_| !self.is_checked()) {
                    next.answers.skip(&question.id);
                }
                self.move_to(&mut next, self.at() + 1);
            }
            Action::PressedBack => {
                if self.at() > 0 {
                    next.unchecked = None;
                }
                next.phase = Phase::Answering {
                    at: self.at().saturating_sub(1),
                }
            }
            Action::RecalledOwnResult(code) => {
                if self.own_result.is_none() {
                    next.own_result = Some(code);
                }
            }
            Action::ChoseToCompare(code) => next.friend_result = Some(code),
            Action::RecalledFriendResult(code) => {
                if self.friend_result.is_none() {
                    next.friend_result = Some(code);
                }
            }
            Action::OpenedStorage {
                available,
                sandboxed,
            } => {
                next.keeping = match (available, sandboxed) {
                    (true, _) => Keeping::Kept,
                    (false, true) => Keeping::Sandboxed,
                    (false, false) => Keeping::Refused,
                };
            }
        }
        if next == *self {
            self
        } else {
            Rc::new(next)
        }
    }
}
