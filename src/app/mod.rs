//! The application shell, the top layer: provides the context (where the app is, and the quiz),
//! puts the site header over the page for the current route, and starts it all ([`mount`]).

mod startup;

pub use startup::mount;

use yew::prelude::*;

use crate::components::{SiteFooter, SiteHeader};
use crate::context::{
    show_new_page, static_navigator, use_hash_router, use_navigator, use_quiz, use_quiz_store,
    use_title, Navigator, Opened, QuizHandle, Shell,
};
use crate::pages::{
    compare_page, embedding_page, landing, not_found, roles_page, shared_path_page, QuestionPage,
    ResultPage,
};
use crate::quiz::Path;
use crate::route::Route;
use startup::{use_kept_page, Kept};

/// Props of [`App`].
#[derive(Properties, PartialEq, Default)]
pub struct AppProps {
    /// What the browser held when the page opened; none outside a browser.
    #[prop_or_default]
    pub opened: Option<Opened>,
    /// The landing page rendered at build time, where the app opens on it unchanged.
    #[prop_or_default]
    pub kept: Option<Kept>,
}

/// The site header and the page, given the context.
fn shell(navigator: Navigator, quiz: QuizHandle) -> Html {
    html! {
        <ContextProvider<Shell> context={Shell { navigator, quiz }}>
            { SiteHeader.view() }
            <Pages />
            { SiteFooter.view() }
        </ContextProvider<Shell>>
    }
}

/// The whole app behind a hash router, so any static host can serve it. While it stays on the
/// landing page it opened on, unchanged, that page is the one rendered at build time
/// ([`AppProps::kept`]); the first move away (or a quiz to continue) replaces it for good.
#[function_component]
pub fn App(props: &AppProps) -> Html {
    let navigator = use_hash_router();
    let quiz = use_quiz_store(props.opened.clone());
    match use_kept_page(props.kept.clone(), navigator.route(), &quiz) {
        // The page rendered at build time is what shows; the app adds nothing to it.
        Some(_) => Html::default(),
        None => shell(navigator, quiz),
    }
}

/// Props of [`StaticApp`].
#[derive(Properties, PartialEq)]
pub struct StaticAppProps {
    /// The route to render.
    pub route: Route,
    /// Renders this path's share page instead ([`shared_path_page`]), at the route.
    #[prop_or_default]
    pub share_page: Option<&'static Path>,
}

/// The app fixed at one route: what server-side rendering (the build-time landing page, native
/// page tests) renders instead of [`App`], which needs a browser.
#[function_component]
pub fn StaticApp(props: &StaticAppProps) -> Html {
    let quiz = use_quiz_store(None);
    let navigator = static_navigator(props.route.clone());
    match props.share_page {
        Some(path) => html! {
            <ContextProvider<Shell> context={Shell { navigator, quiz: quiz.clone() }}>
                { SiteHeader.view() }
                { shared_path_page(quiz.content(), path) }
                { SiteFooter.view() }
            </ContextProvider<Shell>>
        },
        None => shell(navigator, quiz),
    }
}

/// The page for the current route, and the title of the pages that are plain functions. A page
/// reached by a move (not the one the app opened on, nor one reached by Back or Forward) starts at
/// its top with focus on its heading, so keyboard and screen-reader users land where sighted users
/// look.
#[function_component]
fn Pages() -> Html {
    let navigator = use_navigator();
    let quiz = use_quiz();
    let route = navigator
        .as_ref()
        .map_or(Route::Home, |navigator| navigator.route().clone());
    let by_move = navigator
        .as_ref()
        .is_some_and(|navigator| navigator.arrived_by_move());
    use_effect_with(route.clone(), move |_| {
        if by_move {
            show_new_page();
        }
    });
    // The pages that are components set their own titles.
    let titled = |(title, page): (String, Html)| (Some(title), page);
    let (title, page) = match route {
        Route::Home => titled(landing(quiz, navigator)),
        Route::Roles => titled(roles_page(&quiz)),
        Route::Embed => titled(embedding_page()),
        Route::NotFound => titled(not_found()),
        Route::Quiz => (None, html! { <QuestionPage /> }),
        Route::Result { code } => (None, html! { <ResultPage {code} /> }),
        Route::Compare { first, second } => titled(compare_page(&quiz, [&first, &second])),
    };
    use_title(title);
    page
}
