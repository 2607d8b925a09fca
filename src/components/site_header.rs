//! The slim bar at the top of every page: the name, home, and the roles explainer.

use yew::prelude::*;

use super::FullPageLink;
use crate::route::Route;
use crate::view::SITE_NAME;
use crate::web::is_embedded;

/// The site header with its navigation; in an embed, only the link to the full page.
pub struct SiteHeader;

impl SiteHeader {
    /// The header.
    pub fn view(self) -> Html {
        if is_embedded() {
            // Not a banner: the blog around the frame has its own, and one link is no site header.
            return html! {
                <div class="embed-bar"><FullPageLink /></div>
            };
        }
        html! {
            <header class="site-header">
                <a href={Route::Home.href()} class="brand">{ SITE_NAME }</a>
                <nav aria-label="Site">
                    <a href={Route::Roles.href()}>{ "The two roles" }</a>
                </nav>
            </header>
        }
    }
}
