//! The slim bar at the top of every page: the name, home, and the roles explainer.

use crate::app::Route;
use crate::embed::FullPageLink;
use yew::prelude::*;

/// The header of every page.
pub struct SiteHeader {
    /// Whether the page is embedded in another site's frame.
    pub embedded: bool,
}

impl SiteHeader {
    /// The site header with its navigation; in an embed, only the link to the full page.
    pub fn view(self) -> Html {
        if self.embedded {
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
}
