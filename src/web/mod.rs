//! The browser without Yew: embed mode and its height reports, the share channels, the result
//! card's canvas, idle work and the offline worker. Every call is fallible and a no-op outside a
//! browser, so server-side rendering and native tests never reach web-sys.

pub mod card;
pub mod device;
pub mod frame;
pub mod idle;
pub mod offline;

pub use card::{draw_card, CARD_HEIGHT, CARD_WIDTH};
pub use device::{
    can_share_natively, copy_to_clipboard, download_data_url, share_natively, Unavailable,
};
pub use frame::{enter_embed_mode, host_opens_links, is_embedded, is_sandboxed, open_in_host};

/// The page's full address; none outside a browser (server-side rendering), where there is none
/// to read and web-sys would panic.
fn current_href() -> Option<String> {
    if !cfg!(target_arch = "wasm32") {
        return None;
    }
    web_sys::window()?.location().href().ok()
}

/// The page's address without query or fragment, e.g. `https://example.org/blog/quiz/`: where the
/// full page lives. Links made from it inside an embed (`?embed=1…`) open the ordinary page. Taken
/// from `href`, not `origin`, which reads "null" in a sandboxed frame.
pub fn page_address() -> Option<String> {
    Some(crate::embed::page_address(&current_href()?).to_owned())
}

/// Resolves once the browser has recorded the page's largest contentful paint so far (at once if
/// it already has), or after `cap_ms` where none comes (a page opened in the background reports
/// none); at once in a browser that does not report them (Safari), where there is nothing to wait
/// for.
pub async fn largest_paint_recorded(cap_ms: i32) {
    use js_sys::Reflect;
    use wasm_bindgen::JsCast;
    const LCP: &str = "largest-contentful-paint";
    let Some(window) = web_sys::window() else {
        return;
    };
    let reported = Reflect::get(&window, &"PerformanceObserver".into())
        .and_then(|class| Reflect::get(&class, &"supportedEntryTypes".into()))
        .is_ok_and(|types| js_sys::Array::from(&types).includes(&LCP.into(), 0));
    if !reported {
        return;
    }
    let mut observer = None;
    let recorded = js_sys::Promise::new(&mut |resolve, _| {
        let _ = window.set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, cap_ms);
        let Ok(watch) = web_sys::PerformanceObserver::new(&resolve) else {
            return;
        };
        let options = js_sys::Object::new();
        let _ = Reflect::set(&options, &"type".into(), &LCP.into());
        let _ = Reflect::set(&options, &"buffered".into(), &true.into());
        watch.observe(options.unchecked_ref());
        observer = Some(watch);
    });
    let _ = wasm_bindgen_futures::JsFuture::from(recorded).await;
    if let Some(watch) = observer {
        watch.disconnect();
    }
}

/// Whether the boot script is moving to this page's version in another language (`src/boot.js`).
pub fn is_changing_language() -> bool {
    cfg!(target_arch = "wasm32") && root_has_class("changing-language")
}

/// Whether `<html>` has this class: how the boot script (`src/boot.js`) tells the app what it
/// decided before the first paint (`wait-for-app`, `changing-language`).
pub fn root_has_class(name: &str) -> bool {
    gloo::utils::document()
        .document_element()
        .is_some_and(|html| html.class_list().contains(name))
}

/// The file name of the page's address (`index.html`, `data-scientist.html`; empty for a folder's
/// own page, or outside a browser): what the language switch links to in each language.
pub fn page_file() -> String {
    current_href().map_or_else(String::new, |href| file_of(&href).to_owned())
}

/// The file name an address ends in, its query and fragment dropped (empty for a folder).
fn file_of(href: &str) -> &str {
    let page = href.split(['#', '?']).next().unwrap_or_default();
    page.rsplit('/').next().unwrap_or_default()
}

/// The directory the app is served from, with its trailing `/`: the base of the embed snippets.
pub fn hosted_directory() -> Option<String> {
    Some(crate::embed::hosted_directory(&current_href()?))
}

/// Whether this document is a path's share page (`<path-id>.html`, marked `data-share-page` on
/// `<html>` by the build), where an address without a fragment is a result link without its code.
pub fn is_share_page() -> bool {
    if !cfg!(target_arch = "wasm32") {
        return false;
    }
    web_sys::window()
        .and_then(|window| window.document())
        .and_then(|document| document.document_element())
        .is_some_and(|html| html.has_attribute("data-share-page"))
}

/// Whether the address shown is a path's share page (`…/data-scientist.html`), where a result
/// moved it ([`show_address`]), rather than `index.html` or its directory.
pub fn at_share_page_address() -> bool {
    let Some(href) = current_href() else {
        return false;
    };
    let page = crate::embed::page_address(&href);
    let file = page.rsplit('/').next().unwrap_or_default();
    file.ends_with(".html") && file != "index.html"
}

/// Shows `address` (relative to the page's, e.g. `data-scientist.html#/result/CODE`) in the
/// address bar in place of the current one: no history entry, no navigation, no event.
pub fn show_address(address: &str) {
    if !cfg!(target_arch = "wasm32") {
        return;
    }
    if let Some(history) = web_sys::window().and_then(|window| window.history().ok()) {
        let _ = history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(address));
    }
}

#[cfg(test)]
mod tests {
    use super::file_of;

    #[test]
    fn an_address_gives_its_file() {
        let cases = [
            ("https://a.example/quiz/", ""),
            ("https://a.example/quiz/index.html", "index.html"),
            (
                "https://a.example/es/data-scientist.html#/result/AB",
                "data-scientist.html",
            ),
            ("https://a.example/?lang=es#/quiz", ""),
            (
                "https://a.example/index.html?embed=1&theme=dark#/",
                "index.html",
            ),
            (
                "https://a.example/index.html#/compare/A/B?x=/y",
                "index.html",
            ),
            ("https://a.example/de/index.html?a=/b.html", "index.html"),
        ];
        for (href, file) in cases {
            assert_eq!(file_of(href), file, "{href}");
        }
    }
}
