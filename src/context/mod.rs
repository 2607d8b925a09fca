//! What every page and component can reach, through one Yew context: where the app is (the
//! [`Navigator`] of the hash router) and the quiz (a [`QuizHandle`] on the one reducer, whose
//! changes are kept in storage). The app shell provides it; pages and components use the hooks.

mod router;
mod store;
mod title;

pub use router::{
    address_hash, address_route, focus_heading, is_plain_click, show_new_page, static_navigator,
    use_hash_router, Navigator,
};
pub use store::{use_quiz_store, Opened, QuizHandle};
pub use title::use_title;

use yew::prelude::*;

use crate::route::Route;

/// What the context holds. One context rather than one each: every context type costs the wasm a
/// provider component and a lookup of its own.
#[derive(Clone, PartialEq)]
pub struct Shell {
    /// Where the app is.
    pub navigator: Navigator,
    /// The quiz.
    pub quiz: QuizHandle,
}

/// The app's navigator; none outside the app.
#[hook]
pub fn use_navigator() -> Option<Navigator> {
    use_context::<Shell>().map(|shell| shell.navigator)
}

/// The route being shown; the landing page outside any router.
#[hook]
pub fn use_route() -> Route {
    use_navigator().map_or(Route::Home, |navigator| navigator.route().clone())
}

/// The quiz state, to read and to dispatch what the person did.
#[hook]
pub fn use_quiz() -> QuizHandle {
    use_context::<Shell>()
        .expect("pages are rendered inside the app")
        .quiz
}
