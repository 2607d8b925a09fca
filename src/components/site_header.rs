//! The slim bar at the top of every page: the name, home, and the roles explainer.

use yew::prelude::*;
use yew_router::prelude::*;

use crate::app::Route;

/// The site header with its navigation.
#[function_component]
pub fn SiteHeader() -> Html {
    html! {
        <header class="site-header">
            <Link<Route> to={Route::Home} classes="brand">{ "mlpath" }</Link<Route>>
            <nav aria-label="Site">
                <Link<Route> to={Route::Roles}>{ "The two roles" }</Link<Route>>
            </nav>
        </header>
    }
}
