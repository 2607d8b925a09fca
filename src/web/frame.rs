//! The browser side of embed mode: embed styles and accent on `<html>`, and the height reported to
//! the parent (the protocol's pure half is [`crate::embed`]).

use std::cell::Cell;
use std::rc::Rc;

use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{Element, HtmlElement, Window};

use crate::embed::{AccentPalette, EmbedParams, RESIZE_MESSAGE, RESIZE_VERSION};

/// Batches the resize observations of one layout change into one message.
const DEBOUNCE_MS: i32 = 30;

thread_local! {
    /// Whether [`enter_embed_mode`] put this page in embed mode; for the page's whole life.
    static EMBEDDED: Cell<bool> = const { Cell::new(false) };
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
    report_height(window, parent);
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
/// when web fonts are ready (earlier heights would be wrong). The app itself listens to no messages
/// (the boot script, `src/boot.js`, takes a blog's theme changes).
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

    fn post_if_changed(&self) {
        let height = self.root.get_bounding_client_rect().height().ceil();
        // Clamped, so the cast can neither overflow nor see NaN (which casts to 0).
        let height = height.clamp(0.0, 1_000_000.0) as i32;
        if self.last.replace(Some(height)) == Some(height) {
            return;
        }
        let message = js_sys::Object::new();
        for (key, value) in [
            ("type", JsValue::from_str(RESIZE_MESSAGE)),
            ("version", JsValue::from(RESIZE_VERSION)),
            ("height", JsValue::from(height)),
        ] {
            let _ = js_sys::Reflect::set(&message, &JsValue::from_str(key), &value);
        }
        // Target "*": a height is no secret, and the embedding page's origin is unknown here (and
        // an embed may be sandboxed).
        let _ = self.parent.post_message(&message, "*");
    }
}
