//! Offline use: registers the service worker that `tools/service-worker.mjs` writes into release builds.

use wasm_bindgen::{JsCast, JsValue};

/// Registers `sw.js` next to the page (so a sub-path deployment gets a sub-path scope), once the page
/// has loaded and then the browser is idle ([`super::idle::when_idle`]): the worker's install fetches
/// every asset again, which must not compete with the first render, and the page has often loaded
/// before the app starts, so `load` alone would register it in the middle of start-up. Only release
/// builds ship a worker. Where service workers are missing or forbidden (a sandboxed frame's getter
/// throws), nothing happens: the quiz simply needs the network on the next visit.
pub fn register_service_worker() {
    if cfg!(debug_assertions) {
        return;
    }
    let Some(window) = web_sys::window() else {
        return;
    };
    let container = js_sys::Reflect::get(&window.navigator(), &JsValue::from_str("serviceWorker"))
        .ok()
        .filter(|value| !value.is_undefined())
        .and_then(|value| value.dyn_into::<web_sys::ServiceWorkerContainer>().ok());
    let Some(container) = container else {
        return;
    };
    // A refused registration (a frame on another site, blocked storage) only means no offline copy:
    // nothing to tell the person, and handled here so it is no uncaught error on a blog's page.
    let register = move || {
        let registration = wasm_bindgen_futures::JsFuture::from(container.register("sw.js"));
        wasm_bindgen_futures::spawn_local(async move { drop(registration.await) });
    };
    // Within 5 s even on a page that is never idle.
    let when_idle = move || super::idle::when_idle(5000, register);
    let loaded = window
        .document()
        .is_none_or(|document| document.ready_state() == "complete");
    if loaded {
        when_idle();
    } else {
        gloo::events::EventListener::once(&window, "load", move |_| when_idle()).forget();
    }
}
