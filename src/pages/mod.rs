//! One component per route.

mod landing;
mod not_found;
mod question;
mod result;
mod roles;

pub use landing::Landing;
pub use not_found::NotFound;
pub use question::QuestionPage;
pub use result::{ResultPage, ResultPageProps};
pub use roles::RolesPage;

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
