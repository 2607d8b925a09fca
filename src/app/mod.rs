//! The application shell: routes, the quiz state and the top-level component that provides both.

mod provider;
mod route;
mod router;
mod title;

pub use provider::{use_quiz, use_quiz_store, Opened, QuizHandle};
pub use route::{ResultCode, Route};
pub(crate) use router::show_new_page;
pub use router::{
    is_plain_click, static_navigator, use_hash_router, use_navigator, use_route, Navigator,
};
pub use title::{page_title, use_title};

use yew::prelude::*;

use wasm_bindgen::JsCast;

use crate::components::{site_header, EmbedCode};
use crate::pages::{
    is_prerendered, landing, not_found, record_start, roles_page, QuestionPage, ResultPage,
};

/// Mounts the app into `#app`, falling back to `<body>` if the shell lacks it.
pub fn mount() {
    // Before the first render, so an embed's first frame already has its accent and embed styles,
    // and the first render already shows the quiz kept in storage.
    crate::embed::enter();
    let opened = Opened::read();
    let Some(root) = gloo::utils::document().get_element_by_id("app") else {
        let props = AppProps {
            opened: Some(opened),
            kept: None,
        };
        yew::Renderer::<App>::with_props(props).render();
        return;
    };
    // The landing page rendered at build time stands in until now, next to the app's mount point.
    // Where it is what the app would show, the app keeps it; otherwise the app replaces it, and
    // gives focus back to whatever had it there (the app renders after this returns).
    let keep = is_prerendered(&Route::from_hash(&router::address_hash()), opened.state());
    // The address may still hide the page (`#/?ref=x` is the landing page too): the app shows it now.
    if let Some(html) = gloo::utils::document().document_element() {
        let _ = html.class_list().remove_1("wait-for-app");
    }
    let (kept, focus) = match prerendered::Kept::find() {
        Some(page) if keep => (Some(page), None),
        Some(page) => (None, page.remove()),
        None => (None, None),
    };
    let props = AppProps {
        opened: Some(opened),
        kept,
    };
    yew::Renderer::<App>::with_root_and_props(root.clone(), props).render();
    if let Some(focus) = focus {
        wasm_bindgen_futures::spawn_local(async move { focus.restore(&root) });
    }
}

mod prerendered {
    //! The page rendered at build time, once the app runs: kept while it is what the app would
    //! show, else replaced, with focus carried across the switch (a keyboard user who tabbed into
    //! that page before the wasm arrived keeps their place).
    use wasm_bindgen::JsCast;
    use web_sys::{Element, HtmlElement};

    use super::Route;

    /// The landing page rendered at build time, while the app keeps it: it stays as the browser
    /// laid it out, its links work as they did, and the app only adds the embed section and
    /// records a press of Start. Rendering the same page again cost the start-up a third of its work
    /// (building, styling and laying out every node a second time).
    #[derive(Clone, PartialEq)]
    pub struct Kept(Element);

    impl Kept {
        /// The page rendered at build time, if it is still there.
        pub fn find() -> Option<Self> {
            let document = gloo::utils::document();
            document
                .query_selector("[data-prerendered]")
                .ok()?
                .map(Self)
        }

        fn find_in(&self, selector: &str) -> Option<Element> {
            self.0.query_selector(selector).ok()?
        }

        /// The Start link.
        pub fn start(&self) -> Option<Element> {
            self.find_in("main .actions a.primary")
        }

        /// The empty place of the embed section.
        pub fn embed_slot(&self) -> Option<Element> {
            self.find_in(".embed-slot")
        }

        /// Takes the page out of the document, for the app to render another, and tells where
        /// focus was in it.
        pub fn remove(self) -> Option<Focus> {
            let focus = focus_in(&self.0);
            self.0.remove();
            focus
        }
    }

    const FOCUSABLE: &str = "a[href], button, input, select, textarea, [tabindex]";

    /// Where focus is inside `root`: the focused control's text, and what it does (its `href`
    /// and whether it is the primary action).
    pub struct Focus {
        text: String,
        href: Option<String>,
        is_primary: bool,
    }

    fn is_primary(element: &Element) -> bool {
        element.class_list().contains("primary")
    }

    fn focusables(root: &Element) -> Vec<Element> {
        let Ok(list) = root.query_selector_all(FOCUSABLE) else {
            return Vec::new();
        };
        (0..list.length())
            .filter_map(|i| list.get(i)?.dyn_into().ok())
            .collect()
    }

    fn focus_in(root: &Element) -> Option<Focus> {
        let active = gloo::utils::document().active_element()?;
        if !focusables(root).contains(&active) {
            return None;
        }
        Some(Focus {
            text: active.text_content().unwrap_or_default(),
            href: active.get_attribute("href"),
            is_primary: is_primary(&active),
        })
    }

    impl Focus {
        /// On the landing page, focuses the control with the same text, or else the one doing
        /// the same ("Start the quiz" may have become "Continue at question 3": the primary link
        /// to the quiz), or else the heading. On any other page (a link followed before the app
        /// ran), focuses its heading, as a move does.
        pub fn restore(self, root: &Element) {
            let hash = gloo::utils::window().location().hash().unwrap_or_default();
            let on_landing = Route::from_hash(&hash) == Route::Home;
            let all = if on_landing {
                focusables(root)
            } else {
                Vec::new()
            };
            let same_text = all
                .iter()
                .find(|el| el.text_content().unwrap_or_default() == self.text);
            let same_job = || {
                all.iter().find(|el| {
                    el.get_attribute("href") == self.href && is_primary(el) == self.is_primary
                })
            };
            match same_text
                .or_else(same_job)
                .and_then(|el| el.dyn_ref::<HtmlElement>())
            {
                Some(target) => drop(target.focus()),
                None => super::router::focus_heading(),
            }
        }
    }
}

/// Props of [`App`].
#[derive(Properties, PartialEq, Default)]
pub struct AppProps {
    /// What the browser held when the page opened; none outside a browser.
    #[prop_or_default]
    pub opened: Option<Opened>,
    /// The landing page rendered at build time, where the app opens on it unchanged.
    #[prop_or_default]
    pub kept: Option<prerendered::Kept>,
}

/// What every page can reach: where the app is and the quiz. One context rather than one each, as
/// every context type costs the wasm its own provider component and lookup (about 3 KB).
#[derive(Clone, PartialEq)]
struct Shell {
    navigator: Navigator,
    quiz: QuizHandle,
}

/// The site header and the page, given the [`Shell`].
fn shell(navigator: Navigator, quiz: QuizHandle) -> Html {
    html! {
        <ContextProvider<Shell> context={Shell { navigator, quiz }}>
            { site_header() }
            <Pages />
        </ContextProvider<Shell>>
    }
}

/// The whole app behind a hash router, so any static host can serve it. While it stays on the
/// landing page it opened on, unchanged, that page is the one rendered at build time ([`AppProps::kept`]);
/// the first move away (or a quiz to continue) replaces it for good.
#[function_component]
pub fn App(props: &AppProps) -> Html {
    let navigator = use_hash_router();
    let quiz = use_quiz_store(props.opened.clone());
    let kept = use_mut_ref(|| props.kept.clone());
    if !is_prerendered(navigator.route(), &quiz) {
        // Out of the document before the next page is built, so the two never show together and
        // the next page's heading is the only one to take focus.
        // Focus in it is not carried over: a move focuses the next page's heading, and after a
        // traversal (Back, Forward, an edited address) focus is left to the browser, as on any page.
        if let Some(page) = kept.borrow_mut().take() {
            page.remove();
        }
    }
    let page = kept.borrow().clone();
    {
        // Start records the start, as the app's own link does; the router follows the link.
        let quiz = quiz.clone();
        use_effect_with(page.clone(), move |page| {
            let listener = page
                .as_ref()
                .and_then(prerendered::Kept::start)
                .map(|start| {
                    gloo::events::EventListener::new(&start, "click", move |event| {
                        if let Some(click) = event.dyn_ref::<web_sys::MouseEvent>() {
                            record_start(&quiz, crate::state::Action::Started, click);
                        }
                    })
                });
            move || drop(listener)
        });
    }
    match page {
        Some(page) => page.embed_slot().map_or_else(Html::default, |host| {
            create_portal(html! { <EmbedCode /> }, host)
        }),
        None => shell(navigator, quiz),
    }
}

/// Props of [`StaticApp`].
#[derive(Properties, PartialEq)]
pub struct StaticAppProps {
    /// The route to render.
    pub route: Route,
}

/// The app fixed at one route: what server-side rendering (the build-time landing page, native
/// page tests) renders instead of [`App`], which needs a browser.
#[function_component]
pub fn StaticApp(props: &StaticAppProps) -> Html {
    let quiz = use_quiz_store(None);
    shell(static_navigator(props.route.clone()), quiz)
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
            router::show_new_page();
        }
    });
    // The pages that are components set their own titles.
    let titled = |(title, page): (String, Html)| (Some(title), page);
    let (title, page) = match route {
        Route::Home => titled(landing(quiz, navigator)),
        Route::Roles => titled(roles_page(&quiz)),
        Route::NotFound => titled(not_found()),
        Route::Quiz => (None, html! { <QuestionPage /> }),
        Route::Result { code } => (None, html! { <ResultPage {code} /> }),
    };
    use_title(title);
    page
}
