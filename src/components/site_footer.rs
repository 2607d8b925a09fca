//! The small footer under every page: the way to the embed code, for site owners.

use yew::prelude::*;

use super::fixed_markup;
use crate::content::ui;
use crate::web::is_embedded;

/// The site footer; none in an embed, where the blog has its own and the quiz is not the site.
pub struct SiteFooter;

impl SiteFooter {
    /// The footer.
    pub fn view(self) -> Html {
        if is_embedded() {
            return Html::default();
        }
        html! {
            <footer class="site-footer" id="site-footer">
                { fixed_markup(concat!(r##"<p><a href="#/embed">"##, ui!(site.embed_link), "</a></p>")) }
            </footer>
        }
    }
}
