//! Hash routing: the current [`Route`] for every page, and the links and moves between routes.
//!
//! About 120 lines of code instead of yew-router: the app has five fixed routes in the fragment, and
//! yew-router, with gloo-history, route-recognizer and serde-wasm-bindgen behind it, was a sixth of
//! the gzipped wasm. Links are ordinary `<a href={Route::….href()}>`, which the browser follows by
//! itself: they work in the prerendered page before the wasm has loaded, and open in a new tab like
//! any link.

use yew::prelude::*;

use super::Route;

/// Where the app is, and how pages move it elsewhere. Provided by [`HashRouter`] in the browser and
/// by [`StaticRouter`] for server-side rendering.
#[derive(Clone, PartialEq)]
pub struct Navigator {
    route: Route,
    go: Callback<(Route, bool)>,
}

impl Navigator {
    /// The route being shown.
    pub fn route(&self) -> &Route {
        &self.route
    }

    /// Goes to `route`, adding a history entry (Back returns here).
    pub fn push(&self, route: Route) {
        self.go.emit((route, false));
    }

    /// Goes to `route` in place of the current history entry.
    pub fn replace(&self, route: Route) {
        self.go.emit((route, true));
    }
}

/// The navigator of the router around the component.
#[hook]
pub fn use_navigator() -> Option<Navigator> {
    use_context::<Navigator>()
}

/// The route being shown; the landing page outside any router.
#[hook]
pub fn use_route() -> Route {
    use_navigator().map_or(Route::Home, |navigator| navigator.route)
}

/// Props of the routers.
#[derive(Properties, PartialEq)]
pub struct RouterProps {
    /// The app.
    pub children: Html,
}

/// The router of the page in a browser: the route is `location.hash`, followed through links,
/// Back and Forward and edits of the address.
#[function_component]
pub fn HashRouter(props: &RouterProps) -> Html {
    let route = use_state_eq(|| Route::from_hash(&browser::hash()));
    use_effect_with((), {
        let route = route.clone();
        move |_| browser::on_navigation(move || route.set(Route::from_hash(&browser::hash())))
    });
    let go = {
        let route = route.clone();
        Callback::from(move |(to, replace): (Route, bool)| {
            browser::set_hash(&to.href(), replace);
            route.set(to);
        })
    };
    let navigator = Navigator {
        route: (*route).clone(),
        go,
    };
    html! {
        <ContextProvider<Navigator> context={navigator}>
            { props.children.clone() }
        </ContextProvider<Navigator>>
    }
}

/// Props of [`StaticRouter`].
#[derive(Properties, PartialEq)]
pub struct StaticRouterProps {
    /// The route to show.
    pub route: Route,
    /// The app.
    pub children: Html,
}

/// A router fixed at one route, for rendering outside a browser; moves are ignored.
#[function_component]
pub fn StaticRouter(props: &StaticRouterProps) -> Html {
    let navigator = Navigator {
        route: props.route.clone(),
        go: Callback::noop(),
    };
    html! {
        <ContextProvider<Navigator> context={navigator}>
            { props.children.clone() }
        </ContextProvider<Navigator>>
    }
}

/// After a move to another page: scrolls to the top and focuses the page's `h1` (pages give it
/// `tabindex="-1"`), which also makes screen readers announce the new page.
pub(super) fn show_new_page() {
    browser::show_new_page();
}

#[cfg(target_arch = "wasm32")]
mod browser {
    //! The few browser calls routing needs.
    use gloo::events::EventListener;

    /// `location.hash`, or empty when it cannot be read.
    pub fn hash() -> String {
        gloo::utils::window().location().hash().unwrap_or_default()
    }

    /// Shows `href` (a fragment) in the address bar, as a new history entry or in place of the
    /// current one. No event fires: the router sets its route itself.
    pub fn set_hash(href: &str, replace: bool) {
        let Ok(history) = gloo::utils::window().history() else {
            return;
        };
        let _ = if replace {
            history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(href))
        } else {
            history.push_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(href))
        };
    }

    pub fn show_new_page() {
        use wasm_bindgen::JsCast;

        let window = gloo::utils::window();
        window.scroll_to_with_x_and_y(0.0, 0.0);
        let heading = gloo::utils::document()
            .query_selector("main h1")
            .ok()
            .flatten()
            .and_then(|element| element.dyn_into::<web_sys::HtmlElement>().ok());
        if let Some(heading) = heading {
            let _ = heading.focus();
        }
    }

    /// Calls `changed` whenever the fragment may have changed: a followed link, Back or Forward,
    /// an edited address. Listening stops when the returned guard is dropped.
    pub fn on_navigation(changed: impl Fn() + 'static) -> impl FnOnce() {
        let changed = std::rc::Rc::new(changed);
        let window = gloo::utils::window();
        let listeners = ["hashchange", "popstate"].map(|event| {
            let changed = std::rc::Rc::clone(&changed);
            EventListener::new(&window, event, move |_| changed())
        });
        move || drop(listeners)
    }
}

#[cfg(not(target_arch = "wasm32"))]
mod browser {
    //! Outside a browser there is no address bar: the landing page, and moves go nowhere.

    pub fn hash() -> String {
        String::new()
    }

    pub fn set_hash(_href: &str, _replace: bool) {}

    pub fn show_new_page() {}

    pub fn on_navigation(_changed: impl Fn() + 'static) -> impl FnOnce() {
        || ()
    }
}
