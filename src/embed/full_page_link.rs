//! The small link an embed shows in place of the site header: the same page, full size, in a new tab.

use super::frame::current_page_address;
use crate::app::{use_route, Route};
use yew::prelude::*;

/// "Open the full page": the current route without the embed options, so a reader can continue there.
#[function_component]
pub fn FullPageLink() -> Html {
    let route = use_route();
    let href = use_state(|| None::<String>);
    use_effect_with(route, {
        let href = href.clone();
        move |route: &Route| {
            href.set(current_page_address().map(|address| format!("{address}{}", route.href())));
        }
    });
    let Some(href) = (*href).clone() else {
        return html! {};
    };
    html! {
        <a class="full-page-link" {href} target="_blank" rel="noopener">
            { "Open the full page" }
            <span class="visually-hidden">{ " (opens in a new tab)" }</span>
        </a>
    }
}
