//! The document title follows the page, so tabs, history and screen readers name where you are.

use yew::prelude::*;

/// The product name every title ends with.
pub const SITE_NAME: &str = "mlpath";

/// Sets `document.title` to "`page` · mlpath" whenever `page` changes.
#[hook]
pub fn use_title(page: String) {
    use_effect_with(page, |page| {
        gloo::utils::document().set_title(&format!("{page} · {SITE_NAME}"));
    });
}
