//! Hash routing: the current [`Route`] for every page, and the links and moves between routes.
//!
//! A few hooks instead of yew-router: the app has five fixed routes in the fragment, and
//! yew-router, with gloo-history, route-recognizer and serde-wasm-bindgen behind it, weighed far
//! more in the wasm than these. Links are ordinary `<a href={Route::….href()}>`: before the wasm has loaded
//! (in the prerendered page) the browser follows them by itself, and they open in a new tab like any
//! link; once the app runs, a plain click on one is a move like a button's.
//!
//! A *move* (a followed link, Start, Retake, the finished quiz) opens the new page at its top with
//! focus on its heading. A *traversal* (Back, Forward, an edited address) only changes the page: the
//! browser keeps its own scroll restoration, and focus is not pulled anywhere, which also keeps an
//! embedded quiz from taking focus when the blog's reader presses Back.

use yew::prelude::*;

use crate::route::Route;

/// Where the app is, and how pages move it elsewhere: from [`use_hash_router`] in the browser, and
/// [`static_navigator`] for server-side rendering. Pages reach it through
/// [`use_navigator`](super::use_navigator).
#[derive(Clone, PartialEq)]
pub struct Navigator {
    place: Place,
    go: Callback<(Route, bool)>,
}

/// The route shown, and whether a move (rather than opening the app or a traversal) led there.
#[derive(Clone, Debug, PartialEq)]
struct Place {
    route: Route,
    by_move: bool,
}

impl Navigator {
    /// The route being shown.
    pub fn route(&self) -> &Route {
        &self.place.route
    }

    /// Whether the route was reached by a move: a followed link, [`Navigator::push`] or
    /// [`Navigator::replace`]. Not when the app opened on it, nor after Back, Forward or an edited
    /// address.
    pub fn arrived_by_move(&self) -> bool {
        self.place.by_move
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

/// The router of the page in a browser: the route is `location.hash`, followed through links,
/// Back and Forward and edits of the address.
#[hook]
pub fn use_hash_router() -> Navigator {
    let place = use_state_eq(|| Place {
        route: address_route(),
        by_move: false,
    });
    let go = {
        let place = place.clone();
        Callback::from(move |(route, replace): (Route, bool)| {
            browser::set_hash(&route.href(), replace);
            place.set(Place {
                route,
                by_move: true,
            });
        })
    };
    use_effect_with((), {
        let (place, go) = (place.clone(), go.clone());
        move |_| {
            let traversed = move || {
                place.set(Place {
                    route: address_route(),
                    by_move: false,
                })
            };
            // The address may have changed between the first render and now (a link followed
            // natively while the app was starting): read it again once listening.
            traversed();
            browser::on_navigation(traversed, move |route| go.emit((route, false)))
        }
    });
    Navigator {
        place: (*place).clone(),
        go,
    }
}

/// A navigator fixed at one route, for rendering outside a browser; moves are ignored.
pub fn static_navigator(route: Route) -> Navigator {
    Navigator {
        place: Place {
            route,
            by_move: false,
        },
        go: Callback::noop(),
    }
}

/// After a move to another page, or to the next question: scrolls to the top (in an embed, the
/// frame's top into the blog's view) and focuses the page's `h1` (pages give it `tabindex="-1"`),
/// which also makes screen readers announce the new page.
pub fn show_new_page() {
    browser::show_new_page();
}

/// Focuses the page's `h1`, as a move does, without scrolling to the top first.
pub fn focus_heading() {
    browser::focus_heading();
}

/// Whether a click is a plain primary click, one that follows a link in this tab; a modified
/// click (new tab, new window, download) is left to the browser.
pub fn is_plain_click(click: &web_sys::MouseEvent) -> bool {
    let modified = click.ctrl_key() || click.meta_key() || click.shift_key() || click.alt_key();
    click.button() == 0 && !modified
}

/// The address's fragment as it is, query included (`#/quiz?progress=…`).
pub fn address_hash() -> String {
    browser::hash()
}

/// The route of the address shown, read as [`Route::from_address`] reads it.
pub fn address_route() -> Route {
    Route::from_address(&browser::hash(), crate::web::is_share_page())
}

/// Replaces the address with `route`'s plain link, adding no history entry and moving nowhere: for
/// tidying away a query the app has read.
pub(super) fn tidy_address(route: &Route) {
    browser::set_hash(&route.href(), true);
}

#[cfg(target_arch = "wasm32")]
mod browser {
    //! The few browser calls routing needs.
    use gloo::events::{EventListener, EventListenerOptions};
    use wasm_bindgen::JsCast;

    use crate::route::Route;

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
        // Away from a result whose path's share page the address shows, back to `index.html` (the
        // same app, next to it): the landing or embed page's address, copied, must not preview as
        // that result.
        let moved;
        let href = if !href.starts_with("#/result/") && crate::web::at_share_page_address() {
            moved = format!("index.html{href}");
            moved.as_str()
        } else {
            href
        };
        let _ = if replace {
            history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(href))
        } else {
            history.push_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(href))
        };
    }

    pub fn show_new_page() {
        gloo::utils::window().scroll_to_with_x_and_y(0.0, 0.0);
        // In an embed the frame has no scroll of its own: the blog's page scrolls, where needed, so
        // that the frame's top (its header, then the progress bar) shows, not just the heading.
        if let Ok(Some(top)) = gloo::utils::document().query_selector("#app > *") {
            let options = web_sys::ScrollIntoViewOptions::new();
            options.set_block(web_sys::ScrollLogicalPosition::Nearest);
            top.scroll_into_view_with_scroll_into_view_options(&options);
        }
        focus_heading_at(false);
    }

    pub fn focus_heading() {
        focus_heading_at(true);
    }

    /// Focuses the page's `h1` (the one a page makes focusable: not the loading page's, which the
    /// boot script (`src/boot.js`) may not have removed yet), scrolling it into view only if
    /// `may_scroll`.
    fn focus_heading_at(may_scroll: bool) {
        let heading = gloo::utils::document()
            .query_selector("main h1[tabindex]")
            .ok()
            .flatten()
            .and_then(|element| element.dyn_into::<web_sys::HtmlElement>().ok());
        if let Some(heading) = heading {
            let options = web_sys::FocusOptions::new();
            options.set_prevent_scroll(!may_scroll);
            let _ = heading.focus_with_options(&options);
        }
    }

    /// Calls `traversed` whenever the fragment may have changed without the app moving (Back,
    /// Forward, an edited address), and `follow` with the route of an in-app link a plain click
    /// follows (whose default the listener prevents). Listening stops when the guard is dropped.
    pub fn on_navigation(
        traversed: impl Fn() + 'static,
        follow: impl Fn(Route) + 'static,
    ) -> impl FnOnce() {
        let traversed = std::rc::Rc::new(traversed);
        let window = gloo::utils::window();
        let history = ["hashchange", "popstate"].map(|event| {
            let traversed = std::rc::Rc::clone(&traversed);
            EventListener::new(&window, event, move |_| traversed())
        });
        let clicks = EventListener::new_with_options(
            &gloo::utils::document(),
            "click",
            EventListenerOptions::enable_prevent_default(),
            move |event| {
                if let Some(route) = followed_link(event) {
                    event.prevent_default();
                    // A link to the page being shown adds no history entry, as in the browser.
                    if super::address_route() != route {
                        follow(route);
                    }
                }
            },
        );
        move || drop((history, clicks))
    }

    /// The route of the in-app link a click follows, when the app should follow it itself: a plain
    /// primary click on an `<a href="#/…">` without `target` or `download`. Modified clicks (new
    /// tab, new window, download) are left to the browser.
    fn followed_link(event: &web_sys::Event) -> Option<Route> {
        let click = event.dyn_ref::<web_sys::MouseEvent>()?;
        if click.default_prevented() || !super::is_plain_click(click) {
            return None;
        }
        let target = click.target()?.dyn_into::<web_sys::Element>().ok()?;
        let link = target.closest("a[href^='#/']").ok()??;
        if link.has_attribute("target") || link.has_attribute("download") {
            return None;
        }
        Some(Route::from_hash(&link.get_attribute("href")?))
    }
}

#[cfg(not(target_arch = "wasm32"))]
mod browser {
    //! Outside a browser there is no address bar: the landing page, and moves go nowhere.
    use crate::route::Route;

    pub fn hash() -> String {
        String::new()
    }

    pub fn set_hash(_href: &str, _replace: bool) {}

    pub fn show_new_page() {}

    pub fn focus_heading() {}

    pub fn on_navigation(
        _traversed: impl Fn() + 'static,
        _follow: impl Fn(Route) + 'static,
    ) -> impl FnOnce() {
        || ()
    }
}
