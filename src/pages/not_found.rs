//! The page for addresses the app does not know.

use yew::prelude::*;

use crate::components::fixed_markup;

/// Says the address is unknown and offers the way back to the start; and the page's title.
pub fn not_found() -> (String, Html) {
    let page = html! {
        <main key="not-found" class="page" id="main" aria-label={super::main_label()}>
            { fixed_markup(concat!(
                r#"<h1 tabindex="-1">This page does not exist</h1>"#,
                r#"<p>The address may be mistyped or come from an older version of the quiz.</p>"#,
                r##"<a href="#/" class="button">Go to the start</a>"##,
            )) }
        </main>
    };
    ("Page not found".to_owned(), page)
}
