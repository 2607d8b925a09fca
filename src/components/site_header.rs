//! The slim bar at the top of every page: the name, home, and the roles explainer.

use yew::prelude::*;
use yew_router::prelude::*;

use crate::app::Route;
use crate::embed::{use_is_embedded, FullPageLink};

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
            <Link<Route> to={Route::Home} classes="brand">{ "mlpath" }</Link<Route>>
            <nav aria-label="Site">
                <Link<Route> to={Route::Roles}>{ "The two roles" }</Link<Route>>
            </nav>
        </header>
    }
}
