//! The small link an embed shows in place of the site header: the same page, full size, in a new tab
//! (or, where WordPress framed the quiz, in the reader's tab).

use yew::prelude::*;

use crate::content::ui;
use crate::context::{is_plain_click, use_quiz, use_route};
use crate::route::Route;
use crate::storage;
use crate::view::NEW_TAB;
use crate::web;

/// Props of [`FullPageLink`].
#[derive(Properties, PartialEq)]
pub struct FullPageLinkProps {
    /// The link's text; "Open the full page" when none.
    #[prop_or(ui!(site.full_page))]
    pub label: &'static str,
    /// The page to open in full, when not the one shown (a comparison, from a result).
    #[prop_or_default]
    pub route: Option<Route>,
}

/// "Open the full page": the current route without the embed options, so a reader can continue
/// there. A quiz under way travels in the link: the new tab cannot count on the frame's storage,
/// which a blog on another site keeps apart (or refuses).
///
/// WordPress sandboxes its frames without `allow-popups`, so no new tab can open from one: there a
/// click asks WordPress to open the page in the reader's tab instead (its `link` message), and the
/// link says nothing of a new tab.
#[function_component]
pub fn FullPageLink(props: &FullPageLinkProps) -> Html {
    let shown = use_route();
    let route = props.route.clone().unwrap_or(shown);
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
    let href = format!("{address}{link}");
    let in_tab = web::host_opens_links();
    let onclick = in_tab.then(|| {
        let href = href.clone();
        Callback::from(move |click: MouseEvent| {
            if is_plain_click(&click) && web::open_in_host(&href) {
                click.prevent_default();
            }
        })
    });
    html! {
        <a class="full-page-link" {href} {onclick} target={(!in_tab).then_some("_blank")} rel="noopener">
            { props.label }
            if !in_tab {
                <span class="visually-hidden">{ NEW_TAB }</span>
            }
        </a>
    }
}
