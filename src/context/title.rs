//! The document title follows the page, so tabs, history and screen readers name where you are.

use yew::prelude::*;

use crate::view::page_title;

/// Sets `document.title` to [`page_title`] whenever `page` changes; `None` leaves the title to
/// another part of the page.
#[hook]
pub fn use_title(page: Option<String>) {
    use_effect_with(page, |page| {
        if let Some(page) = page {
            gloo::utils::document().set_title(&page_title(page));
        }
    });
}
