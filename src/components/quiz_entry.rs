//! The one way into the quiz, from every page: a link that keeps a quiz under way, and a button
//! that starts a fresh one.

use yew::prelude::*;

use crate::content::ui;
use crate::context::{is_plain_click, Navigator, QuizHandle};
use crate::route::{ResultCode, Route};
use crate::state::{Action, QuizState};

/// A link into the quiz: to the question a quiz under way is at (never wiping it), else a fresh
/// quiz after a result, else the first question. A link, so it works in the page rendered at
/// build time before the app runs, and opens in a new tab like any link; the router follows a
/// plain click, which also records the start ([`record_start`]).
pub struct QuizLink {
    /// The quiz.
    pub quiz: QuizHandle,
    /// What the link says.
    pub label: String,
}

impl QuizLink {
    /// "Continue your quiz at question N" where a quiz is under way, else `fresh`.
    pub fn or_continue(quiz: QuizHandle, fresh: &str) -> Self {
        let label = continue_label(&quiz).unwrap_or_else(|| fresh.to_owned());
        Self { quiz, label }
    }

    /// The link, as the page's primary action.
    pub fn view(self) -> Html {
        self.view_with(None)
    }

    /// The link, which also remembers `friend`, someone else's result, to compare with once the
    /// quiz is done ("Take the quiz and compare"). On any click, a new tab's too: it only adds an
    /// offer to the person's own result.
    pub fn comparing(self, friend: &ResultCode) -> Html {
        self.view_with(Some(friend.to_string()))
    }

    fn view_with(self, friend: Option<String>) -> Html {
        let quiz = self.quiz;
        let onclick = Callback::from(move |click: MouseEvent| {
            if let Some(code) = &friend {
                quiz.dispatch(Action::ChoseToCompare(code.clone()));
            }
            record_start(&quiz, &click);
        });
        html! {
            <a href={Route::Quiz.href()} class="button primary" {onclick}>{ self.label }</a>
        }
    }
}

/// "Continue your quiz at question N", where a quiz is under way.
pub fn continue_label(quiz: &QuizState) -> Option<String> {
    quiz.resumable()
        .map(|question| ui!(site.continue_quiz, number = question))
}

/// What a click on a link into the quiz records: the start, for a plain click. The router follows
/// the link; a modified click (a new tab or window) leaves this page's quiz as it is. The landing
/// page rendered at build time has its Start link call this too, while the app keeps that page.
pub fn record_start(quiz: &QuizHandle, click: &MouseEvent) {
    if is_plain_click(click) {
        quiz.dispatch(Action::Started);
    }
}

/// A button that forgets every answer and starts the quiz afresh ("Start over", "Retake the
/// quiz"). A button, not a link: a link opened in a new tab must never wipe anything.
pub struct StartOver {
    /// The quiz.
    pub quiz: QuizHandle,
    /// Where the app is; none outside the app.
    pub navigator: Option<Navigator>,
    /// What the button says.
    pub label: &'static str,
    /// Whether it is the page's primary action.
    pub is_primary: bool,
}

impl StartOver {
    /// The button.
    pub fn view(self) -> Html {
        let Self {
            quiz, navigator, ..
        } = self;
        let onclick = Callback::from(move |_: MouseEvent| {
            quiz.dispatch(Action::StartedOver);
            if let Some(navigator) = &navigator {
                navigator.push(Route::Quiz);
            }
        });
        html! {
            <button type="button" class={if self.is_primary { "button primary" } else { "button" }} {onclick}>
                { self.label }
            </button>
        }
    }
}
