//! The application shell: routes, the quiz state provider and the top-level component.

mod provider;
mod route;
mod title;

pub use provider::{use_quiz, QuizHandle, QuizProvider};
pub use route::{ResultCode, Route};
pub use title::use_title;

use yew::prelude::*;
use yew_router::prelude::*;

use crate::components::SiteHeader;
use crate::pages::{Landing, NotFound, QuestionPage, ResultPage, RolesPage};

/// Mounts the app into `#app`, falling back to `<body>` if the shell lacks it.
pub fn mount() {
    let root = gloo::utils::document().get_element_by_id("app");
    match root {
        Some(element) => yew::Renderer::<App>::with_root(element).render(),
        None => yew::Renderer::<App>::new().render(),
    };
}

/// The whole app behind a hash router, so any static host can serve it.
#[function_component]
pub fn App() -> Html {
    html! {
        <HashRouter>
            <QuizProvider>
                <SiteHeader />
                <Switch<Route> render={switch} />
            </QuizProvider>
        </HashRouter>
    }
}

/// Renders the page for a route; used by [`App`] and by tests with a memory history.
pub fn switch(route: Route) -> Html {
    match route {
        Route::Home => html! { <Landing /> },
        Route::Quiz => html! { <QuestionPage /> },
        Route::Result { code } => html! { <ResultPage {code} /> },
        Route::Roles => html! { <RolesPage /> },
        Route::NotFound => html! { <NotFound /> },
    }
}
