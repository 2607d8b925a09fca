//! The page for addresses the app does not know.

use yew::prelude::*;

use crate::components::fixed_markup;
use crate::content::ui;

/// Says the address is unknown and offers the way back to the start; and the page's title.
pub fn not_found() -> (String, Html) {
    let page = html! {
        <main key="not-found" class="page" id="main" aria-label={super::main_label()}>
            { fixed_markup(concat!(
                r#"<h1 tabindex="-1">"#, ui!(site.not_found_heading), "</h1>",
                "<p>", ui!(site.not_found_text), "</p>",
                r##"<a href="#/" class="button">"##, ui!(site.not_found_home), "</a>",
            )) }
        </main>
    };
    (ui!(site.not_found_title).to_owned(), page)
}
