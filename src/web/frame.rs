//! The browser side of embed mode: embed styles and accent on `<html>`, the height reported to the
//! parent, and WordPress's messages where WordPress framed the quiz (the protocols' pure half is
//! [`crate::embed`]).

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{Element, HtmlElement, Window};

use crate::embed::{
    AccentPalette, EmbedParams, HostSecret, HEIGHT_MESSAGE, LINK_MESSAGE, RESIZE_MESSAGE,
    RESIZE_VERSION,
};

/// Batches the resize observations of one layout change into one message.
const DEBOUNCE_MS: i32 = 30;

thread_local! {
    /// Whether [`enter_embed_mode`] put this page in embed mode; for the page's whole life.
    static EMBEDDED: Cell<bool> = const { Cell::new(false) };
    /// The parent and WordPress's secret, when the embed's address had one: read once, before the
    /// app moves to another address (which drops it from the address bar), kept for the page's life.
    static WORDPRESS: RefCell<Option<(Window, HostSecret)>> = const { RefCell::new(None) };
}

/// Whether the app is shown in embed mode, as [`enter_embed_mode`] found it before the first render. Outside
/// a browser (server-side rendering, tests) it is the ordinary page.
pub fn is_embedded() -> bool {
    EMBEDDED.with(Cell::get)
}

/// Reads the embed options from the address and, when they ask for embed mode inside a frame, applies
/// them and starts reporting the height. A top-level page ignores them, so a link copied out of an
/// embed opens the ordinary app.
pub fn enter_embed_mode() {
    let Some(window) = web_sys::window() else {
        return;
    };
    let query = window.location().search().unwrap_or_default();
    let params = EmbedParams::from_query(&query);
    let parent = parent_of(&window);
    let (true, Some(parent)) = (params.is_embed_mode(parent.is_some()), parent) else {
        return;
    };
    EMBEDDED.with(|embedded| embedded.set(true));
    if let Some(root) = root_element(&window) {
        apply(&root, &params);
    }
    let hash = window.location().hash().unwrap_or_default();
    if let Some(secret) = HostSecret::from_hash(&hash) {
        WORDPRESS.with(|host| *host.borrow_mut() = Some((parent.clone(), secret)));
    }
    report_height(window, parent);
}

/// Whether the page has an opaque origin: it is framed in a sandbox without `allow-same-origin`
/// (as WordPress frames a pasted link), where the site around it, not the browser, refuses it
/// storage. Outside a browser (server-side rendering, tests), no.
pub fn is_sandboxed() -> bool {
    cfg!(target_arch = "wasm32")
        && web_sys::window().is_some_and(|window| window.origin() == "null")
}

/// Whether WordPress framed the quiz (the address had its secret): it then opens the quiz's own
/// addresses in the reader's tab on request ([`open_in_host`]), as the sandbox it puts the frame
/// in opens no new tab.
pub fn host_opens_links() -> bool {
    WORDPRESS.with(|host| host.borrow().is_some())
}

/// Asks WordPress to open `href` (an address of the quiz's own host) in the reader's tab: WordPress
/// follows it only for the frame that has focus, which the click that asks has just given it.
/// Does nothing, and says so, where WordPress did not frame the quiz.
pub fn open_in_host(href: &str) -> bool {
    WORDPRESS.with(|host| {
        let host = host.borrow();
        let Some((parent, secret)) = host.as_ref() else {
            return false;
        };
        post_to_wordpress(parent, secret, LINK_MESSAGE, &JsValue::from_str(href));
        true
    })
}

/// Posts `{ message, value, secret }` to the parent, the one window that gave the secret.
fn post_to_wordpress(parent: &Window, secret: &HostSecret, message: &str, value: &JsValue) {
    let data = object(&[
        ("message", JsValue::from_str(message)),
        ("value", value.clone()),
        ("secret", JsValue::from_str(secret.as_str())),
    ]);
    // Target "*": the parent's origin is unknown here, and the frame's own is "null". The secret
    // goes nowhere else: `parent` is the window whose page put it in this frame's address.
    let _ = parent.post_message(&data, "*");
}

/// A plain object with these properties.
fn object(fields: &[(&str, JsValue)]) -> js_sys::Object {
    let object = js_sys::Object::new();
    for (key, value) in fields {
        let _ = js_sys::Reflect::set(&object, &JsValue::from_str(key), value);
    }
    object
}

/// The window this one is framed in, if any.
fn parent_of(window: &Window) -> Option<Window> {
    let parent = window.parent().ok().flatten()?;
    let is_framed = JsValue::from(&parent) != JsValue::from(window);
    is_framed.then_some(parent)
}

fn root_element(window: &Window) -> Option<HtmlElement> {
    window.document()?.document_element()?.dyn_into().ok()
}

/// Marks `<html>` for the embed styles; colours go through the CSSOM, which a strict CSP allows.
fn apply(root: &HtmlElement, params: &EmbedParams) {
    let _ = root.set_attribute("data-embed", "");
    if params.is_parent_sized {
        let _ = root.set_attribute("data-autosize", "");
    }
    if let Some(accent) = params.accent {
        let style = root.style();
        for (name, value) in AccentPalette::new(accent).custom_properties() {
            let _ = style.set_property(name, &value);
        }
        let _ = root.set_attribute("data-accent", "");
    }
}

/// Posts `{ type, version, height }` to the parent whenever the content's height changes, from
/// when web fonts are ready (earlier heights would be wrong), and WordPress's
/// `{ message: "height", value, secret }` too where it framed the quiz. The app itself listens to
/// no messages (the boot script, `src/boot.js`, takes a blog's theme changes).
fn report_height(window: Window, parent: Window) {
    wasm_bindgen_futures::spawn_local(async move {
        let Some(document) = window.document() else {
            return;
        };
        if let Ok(ready) = document.fonts().ready() {
            let _ = JsFuture::from(ready).await;
        }
        let Some(root) = document.document_element() else {
            return;
        };
        let reporter = Rc::new(HeightReporter {
            window,
            parent,
            root,
            last: Cell::new(None),
            is_pending: Cell::new(false),
        });
        reporter.observe();
    });
}

struct HeightReporter {
    window: Window,
    parent: Window,
    root: Element,
    /// The last height posted: an unchanged height is never posted again, which is what stops a
    /// parent's resize from feeding back into another message.
    last: Cell<Option<i32>>,
    is_pending: Cell<bool>,
}

impl HeightReporter {
    fn observe(self: Rc<Self>) {
        let measure = {
            let reporter = Rc::clone(&self);
            Closure::<dyn FnMut()>::new(move || {
                reporter.is_pending.set(false);
                reporter.post_if_changed();
            })
        };
        let on_resize = {
            let reporter = Rc::clone(&self);
            let measure: JsValue = measure.as_ref().clone();
            Closure::<dyn FnMut()>::new(move || {
                if reporter.is_pending.replace(true) {
                    return;
                }
                let scheduled = reporter
                    .window
                    .set_timeout_with_callback_and_timeout_and_arguments_0(
                        measure.unchecked_ref(),
                        DEBOUNCE_MS,
                    );
                if scheduled.is_err() {
                    reporter.is_pending.set(false);
                }
            })
        };
        // The root's box is the content's height: `html` is never stretched to the frame.
        if let Ok(observer) = web_sys::ResizeObserver::new(on_resize.as_ref().unchecked_ref()) {
            observer.observe(&self.root);
            // All three live as long as the page does.
            std::mem::forget(observer);
            on_resize.forget();
            measure.forget();
        }
    }

    /// The content's height in whole CSS pixels, clamped, so the cast can neither overflow nor see
    /// NaN (which casts to 0).
    fn height(&self) -> i32 {
        let height = self.root.get_bounding_client_rect().height().ceil();
        height.clamp(0.0, 1_000_000.0) as i32
    }

    fn post_if_changed(&self) {
        let height = self.height();
        if self.last.replace(Some(height)) == Some(height) {
            return;
        }
        let message = object(&[
            ("type", JsValue::from_str(RESIZE_MESSAGE)),
            ("version", JsValue::from(RESIZE_VERSION)),
            ("height", JsValue::from(height)),
        ]);
        // Target "*": a height is no secret, and the embedding page's origin is unknown here (and
        // an embed may be sandboxed).
        let _ = self.parent.post_message(&message, "*");
        // WordPress's own, where it framed the quiz; it clamps the height to 200-1000 px, and the
        // page scrolls inside past that.
        WORDPRESS.with(|host| {
            if let Some((parent, secret)) = host.borrow().as_ref() {
                post_to_wordpress(parent, secret, HEIGHT_MESSAGE, &height.into());
            }
        });
    }
}
