//! The small link an embed shows in place of the site header: the same page, full size, in a new tab.

use super::frame::current_page_address;
use crate::app::{use_quiz, use_route, Route};
use yew::prelude::*;

/// "Open the full page": the current route without the embed options, so a reader can continue
/// there. A quiz under way travels in the link: the new tab cannot count on the frame's storage,
/// which a blog on another site keeps apart (or refuses).
#[function_component]
pub fn FullPageLink() -> Html {
    let route = use_route();
    let quiz = use_quiz();
    // The page's address, read once in a browser; server-side rendering shows no link.
    let address = use_memo((), |_| current_page_address());
    let Some(address) = &*address else {
        return html! {};
    };
    let link = match (&route, quiz.progress()) {
        (Route::Quiz, Some(progress)) => Route::resume_href(&progress.to_envelope(quiz.content())),
        _ => route.href(),
    };
    html! {
        <a class="full-page-link" href={format!("{address}{link}")} target="_blank" rel="noopener">
            { "Open the full page" }
            <span class="visually-hidden">{ " (opens in a new tab)" }</span>
        </a>
    }
}
