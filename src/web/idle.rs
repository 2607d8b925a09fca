//! Work that can wait: run once the browser is idle, so it never competes with the app's start-up.

use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;

/// Runs `work` once the browser is next idle, or after `timeout_ms` on a page that never is. Safari
/// has no `requestIdleCallback`: there, after a second at most. Outside a browser, never.
pub fn when_idle(timeout_ms: u32, work: impl FnOnce() + 'static) {
    if !cfg!(target_arch = "wasm32") {
        return;
    }
    let Some(window) = web_sys::window() else {
        return;
    };
    let work = Closure::once_into_js(work);
    let options = web_sys::IdleRequestOptions::new();
    options.set_timeout(timeout_ms);
    if window
        .request_idle_callback_with_options(work.unchecked_ref(), &options)
        .is_err()
    {
        let delay = i32::try_from(timeout_ms.min(1000)).unwrap_or(1000);
        let _ = window
            .set_timeout_with_callback_and_timeout_and_arguments_0(work.unchecked_ref(), delay);
    }
}
