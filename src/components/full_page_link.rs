//! The small link an embed shows in place of the site header: the same page, full size, in a new tab.

use yew::prelude::*;

use crate::context::{use_quiz, use_route};
use crate::route::Route;
use crate::storage;
use crate::view::NEW_TAB;
use crate::web;

/// "Open the full page": the current route without the embed options, so a reader can continue
/// there. A quiz under way travels in the link: the new tab cannot count on the frame's storage,
/// which a blog on another site keeps apart (or refuses).
#[function_component]
pub fn FullPageLink() -> Html {
    let route = use_route();
    let quiz = use_quiz();
    // The page's address, read once in a browser; server-side rendering shows no link.
    let address = use_memo((), |_| web::page_address());
    let Some(address) = &*address else {
        return html! {};
    };
    let link = match (&route, quiz.progress()) {
        (Route::Quiz, Some(progress)) => {
            Route::resume_href(&storage::envelope(&progress, quiz.content()))
        }
        _ => route.href(),
    };
    html! {
        <a class="full-page-link" href={format!("{address}{link}")} target="_blank" rel="noopener">
            { "Open the full page" }
            <span class="visually-hidden">{ NEW_TAB }</span>
        </a>
    }
}
