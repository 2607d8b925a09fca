//! The slim bar at the top of every page: the name, home, and the roles explainer.

use yew::prelude::*;

use super::{fixed_markup, FullPageLink, LanguageSwitch};
use crate::content::ui;
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
                { fixed_markup(concat!(
                    // The name is `view::SITE_NAME`; the addresses are the home page's and the
                    // roles page's (`tests/pages.rs` checks both).
                    r##"<a href="#/" class="brand">mlpath</a>"##,
                    r##"<nav aria-label=""##, ui!(site.nav_label), r##""><a href="#/roles">"##,
                    ui!(site.roles_link), "</a></nav>",
                )) }
                { LanguageSwitch { label: ui!(site.languages_label) }.view() }
            </header>
        }
    }
}
