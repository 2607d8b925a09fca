//! The start-up, in one place: mounting the app, and the landing page rendered at build time, which
//! stands in until then next to the app's mount point. Where it is what the app would show, the app
//! keeps it (and listens to its Start link); otherwise the app replaces it, carrying focus across
//! the switch, so a keyboard user who tabbed into that page before the wasm arrived keeps their
//! place. The boot script (`src/boot.js`, inlined into `index.html`) runs before all this: it
//! hides that page where the app will not keep it, and says so if the app never starts.

use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement};
use yew::prelude::*;

use super::{App, AppProps};
use crate::components::record_start;
use crate::context::{address_route, focus_heading, Opened, QuizHandle};
use crate::route::{shows_prerendered_page, Route};
use crate::state::QuizState;
use crate::web;

/// Mounts the app into `#app`, falling back to `<body>` if the page lacks it. On a share page
/// showing its prerendered result, once the browser has recorded that page's paint as its largest
/// (the app's render of the same first screen, the same size in the same place, is then no larger
/// paint). Replaced sooner, on a busy main thread, the prerendered nodes could go before their
/// paint was recorded, and the app's copy counted as the page's largest paint instead, as late as
/// the app.
pub fn mount() {
    let showing_prerendered_result = web::is_share_page() && !web::root_has_class("wait-for-app");
    if showing_prerendered_result {
        wasm_bindgen_futures::spawn_local(async {
            web::largest_paint_recorded(500).await;
            mount_now();
        });
    } else {
        mount_now();
    }
}

fn mount_now() {
    // Before the first render, so an embed's first frame already has its accent and embed styles,
    // and the first render already shows the quiz kept in storage.
    web::enter_embed_mode();
    let opened = Opened::read();
    let Some(root) = gloo::utils::document().get_element_by_id("app") else {
        let props = AppProps {
            opened: Some(opened),
            kept: None,
        };
        yew::Renderer::<App>::with_props(props).render();
        return;
    };
    // A share page's prerendered result is never kept: the app shows the code's own result in its
    // place (focus carried across), as it shows any other page.
    let keep = is_prerendered(&address_route(), opened.state()) && !web::is_share_page();
    // The boot script may have hidden the page (`#/?ref=x` is the landing page too): the app
    // shows it now.
    if let Some(html) = gloo::utils::document().document_element() {
        let _ = html.class_list().remove_1("wait-for-app");
    }
    let (kept, focus) = match Kept::find() {
        Some(page) if keep => (Some(page), None),
        Some(page) => (None, page.remove()),
        None => (None, None),
    };
    let props = AppProps {
        opened: Some(opened),
        kept,
    };
    yew::Renderer::<App>::with_root_and_props(root.clone(), props).render();
    // The app renders after this returns.
    if let Some(focus) = focus {
        wasm_bindgen_futures::spawn_local(async move { focus.restore(&root) });
    }
}

/// Whether the page the app shows at `route` is the landing page as rendered at build time: where
/// it may show at all ([`shows_prerendered_page`]), with no quiz to continue.
fn is_prerendered(route: &Route, quiz: &QuizState) -> bool {
    shows_prerendered_page(route, web::is_embedded(), false) && quiz.resumable().is_none()
}

/// The landing page rendered at build time, while the app keeps it: it stays as the browser laid
/// it out, its links work as they did, and the app only records a press of Start
/// ([`use_kept_page`]). Rendering the same page again would build, style and lay out every node a
/// second time.
#[derive(Clone, PartialEq)]
pub struct Kept(Element);

impl Kept {
    /// The page rendered at build time, if it is still there.
    fn find() -> Option<Self> {
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
    fn start(&self) -> Option<Element> {
        self.find_in("main .actions a.primary")
    }

    /// Takes the page out of the document, for the app to render another, and tells where focus
    /// was in it.
    pub fn remove(self) -> Option<Focus> {
        let focus = focus_in(&self.0);
        self.0.remove();
        focus
    }
}

/// The landing page rendered at build time, for as long as the app keeps it: while the app shows
/// that page unchanged ([`is_prerendered`]), given the page `mount` found (`kept`). The first move
/// away, or a quiz to continue, takes it out of the document for good, before the next page is
/// built, so the two never show together and the next page's heading is the only one to take
/// focus. (Focus in it is not carried over: a move focuses the next page's heading, and after a
/// traversal, Back, Forward or an edited address, focus is left to the browser, as on any page.)
/// While it is kept, a plain click on its Start link records the start, as the app's own link
/// does ([`record_start`]); the router follows the link.
#[hook]
pub fn use_kept_page(kept: Option<Kept>, route: &Route, quiz: &QuizHandle) -> Option<Kept> {
    let kept = use_mut_ref(|| kept);
    if !is_prerendered(route, quiz) {
        if let Some(page) = kept.borrow_mut().take() {
            page.remove();
        }
    }
    let page = kept.borrow().clone();
    let quiz = quiz.clone();
    use_effect_with(page.clone(), move |page| {
        let listener = page.as_ref().and_then(Kept::start).map(|start| {
            gloo::events::EventListener::new(&start, "click", move |event| {
                if let Some(click) = event.dyn_ref::<web_sys::MouseEvent>() {
                    record_start(&quiz, click);
                }
            })
        });
        move || drop(listener)
    });
    page
}

const FOCUSABLE: &str = "a[href], button, input, select, textarea, [tabindex]";

/// Where focus is inside the page rendered at build time: the focused control's text, and what it
/// does (its `href` and whether it is the primary action).
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
    /// On the landing page (and on a share page's result, whose first screen the prerendered page
    /// previews), focuses the control with the same text, or else the one doing the same ("Start
    /// the quiz" may have become "Continue at question 3": the primary link to the quiz), or else
    /// the heading. On any other page (a link followed before the app ran), focuses its heading, as
    /// a move does.
    fn restore(self, root: &Element) {
        // The page the app shows in place of the prerendered one: the same one (the landing page),
        // or on a share page the code's result, whose first screen has the same links.
        let route = address_route();
        let same_page =
            route == Route::Home || (web::is_share_page() && matches!(route, Route::Result { .. }));
        let all = if same_page {
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
            None => focus_heading(),
        }
    }
}
