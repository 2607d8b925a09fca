//! The slim bar at the top of every page: the name, home, and the roles explainer.

use crate::app::Route;
use crate::embed::{is_embedded, FullPageLink};
use yew::prelude::*;

/// The site header with its navigation; in an embed, only the link to the full page.
pub fn site_header() -> Html {
    if is_embedded() {
        // Not a banner: the blog around the frame has its own, and one link is no site header.
        return html! {
            <div class="embed-bar"><FullPageLink /></div>
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
