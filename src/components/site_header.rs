//! The slim bar at the top of every page: the name, home, and the roles explainer.

use crate::app::Route;
use crate::embed::{use_is_embedded, FullPageLink};
use yew::prelude::*;

/// The site header with its navigation; in an embed, only the link to the full page.
#[function_component]
pub fn SiteHeader() -> Html {
    if use_is_embedded() {
        return html! {
            <header class="embed-bar"><FullPageLink /></header>
        };
    }
    html! {
        <header class="site-header">
            <a href={Route::Home.href()} class="brand">{ "mlpath" }</a>
            <nav aria-label="Site">
                <a href={Route::Roles.href()}>{ "The two roles" }</a>
            </nav>
        </header>
    }
}
