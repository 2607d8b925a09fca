//! One page per route: a component where the page has state or effects of its own, else a function
//! that returns the page and its title.

mod landing;
mod not_found;
mod question;
mod result;
mod roles;

pub use landing::{is_prerendered, landing, record_start};
pub use not_found::not_found;
pub use question::QuestionPage;
pub use result::{ResultPage, ResultPageProps};
pub use roles::roles_page;

use yew::prelude::*;

use crate::app::{Navigator, QuizHandle, Route};
use crate::state::Action;

/// A button's click that records `action` and moves to the quiz: [`Action::Started`] keeps a quiz
/// under way, [`Action::StartedOver`] starts a fresh one.
fn to_quiz(quiz: QuizHandle, navigator: Option<Navigator>, action: Action) -> Callback<MouseEvent> {
    Callback::from(move |_: MouseEvent| {
        quiz.dispatch(action.clone());
        if let Some(navigator) = &navigator {
            navigator.push(Route::Quiz);
        }
    })
}

/// The accessible name of a page's `main` in an embed: the blog around the frame has a `main` of
/// its own, and two unnamed ones would be one landmark twice. None on the full page.
fn main_label() -> Option<AttrValue> {
    crate::embed::is_embedded().then_some(AttrValue::Static("Career quiz"))
}

/// "Continue your quiz at question N" where a quiz is under way, for pages that offer the quiz
/// besides the landing page (whose own "Continue at question N" sits under the intro).
fn continue_label(quiz: &QuizHandle) -> Option<String> {
    landing::resumable(quiz).map(|question| format!("Continue your quiz at question {question}"))
}

/// A link into the quiz for pages other than the landing page: "Continue your quiz at question N"
/// when one is under way (never wiping it), else `fresh`. A link, so it also opens in a new tab;
/// a plain click records the start, as the landing page's Start does.
fn quiz_link(quiz: &QuizHandle, fresh: &'static str) -> Html {
    let label = continue_label(quiz).unwrap_or_else(|| fresh.to_owned());
    let onclick = {
        let quiz = quiz.clone();
        Callback::from(move |click: MouseEvent| record_start(&quiz, Action::Started, &click))
    };
    html! {
        <a href={Route::Quiz.href()} class="button primary" {onclick}>{ label }</a>
    }
}
