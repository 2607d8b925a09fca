//! The browser's share channels: clipboard, the native share sheet, downloads, and the page's own address.
//! Every call is fallible: APIs missing in a browser or blocked in a frame give `Err`, never a throw.

use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

/// The browser lacks the API, or refused the call (a cancelled share sheet, a blocked clipboard).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Unavailable;

fn navigator() -> Option<web_sys::Navigator> {
    web_sys::window().map(|window| window.navigator())
}

/// The property `name` of `target`, when it exists.
fn property(target: &JsValue, name: &str) -> Option<JsValue> {
    js_sys::Reflect::get(target, &JsValue::from_str(name))
        .ok()
        .filter(|value| !value.is_undefined())
}

/// Whether the page's permissions policy allows `feature`, where the browser says (Chromium's
/// `document.featurePolicy`); elsewhere assumed. A frame whose `allow` attribute does not grant it
/// (WordPress drops the attribute from the frames it embeds) is refused it, and a call that tries
/// anyway logs a policy violation on top.
fn policy_allows(feature: &str) -> bool {
    let Some(document) = web_sys::window().and_then(|window| window.document()) else {
        return true;
    };
    let Some(policy) = property(&document, "featurePolicy") else {
        return true;
    };
    let Some(allows) =
        property(&policy, "allowsFeature").and_then(|f| f.dyn_into::<js_sys::Function>().ok())
    else {
        return true;
    };
    allows
        .call1(&policy, &JsValue::from_str(feature))
        .map_or(true, |allowed| allowed.as_bool() != Some(false))
}

/// Copies `text` with the async Clipboard API; `Err` where it is missing (plain http) or refused.
pub async fn copy_to_clipboard(text: &str) -> Result<(), Unavailable> {
    if !policy_allows("clipboard-write") {
        return Err(Unavailable);
    }
    let navigator = navigator().ok_or(Unavailable)?;
    // The getter is absent outside secure contexts; calling through `undefined` would throw.
    let clipboard: web_sys::Clipboard = property(&navigator, "clipboard")
        .ok_or(Unavailable)?
        .dyn_into()
        .map_err(|_| Unavailable)?;
    JsFuture::from(clipboard.write_text(text))
        .await
        .map(|_| ())
        .map_err(|_| Unavailable)
}

/// Whether the browser offers a native share sheet, and lets this page open it.
pub fn can_share_natively() -> bool {
    cfg!(target_arch = "wasm32")
        && navigator().is_some_and(|navigator| property(&navigator, "share").is_some())
        && policy_allows("web-share")
}

/// Opens the native share sheet; `Err` when the person cancels or the browser refuses.
pub async fn share_natively(title: &str, text: &str, url: &str) -> Result<(), Unavailable> {
    let navigator = navigator().ok_or(Unavailable)?;
    if property(&navigator, "share").is_none() {
        return Err(Unavailable);
    }
    let data = web_sys::ShareData::new();
    data.set_title(title);
    data.set_text(text);
    data.set_url(url);
    JsFuture::from(navigator.share_with_data(&data))
        .await
        .map(|_| ())
        .map_err(|_| Unavailable)
}

/// Saves a `data:` URL as a file named `filename` through a temporary download link.
pub fn download_data_url(data_url: &str, filename: &str) -> Result<(), Unavailable> {
    let document = web_sys::window()
        .and_then(|window| window.document())
        .ok_or(Unavailable)?;
    let link: web_sys::HtmlAnchorElement = document
        .create_element("a")
        .map_err(|_| Unavailable)?
        .dyn_into()
        .map_err(|_| Unavailable)?;
    link.set_href(data_url);
    link.set_download(filename);
    link.set_class_name("visually-hidden");
    let body = document.body().ok_or(Unavailable)?;
    body.append_child(&link).map_err(|_| Unavailable)?;
    link.click();
    link.remove();
    Ok(())
}
