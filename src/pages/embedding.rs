//! "Put this quiz on your site": the embed code for site owners, with its options explained.

use yew::prelude::*;

use crate::components::{fixed_markup, markup, Snippet};
use crate::content::languages::Language;
use crate::content::ui;
use crate::embed::{iframe_snippet, script_snippet, PLAIN_FRAME_HEIGHT};
use crate::web;

/// The script tag and the plain iframe for where the app is really hosted (asking for this page's
/// language, if it is not the default), each with a Copy button, the script tag's options, and where to read more; and the page's title. The snippets
/// need the page's address, so they are left out where there is none (server-side rendering):
/// the page is never rendered at build time, and in a browser there always is one.
pub fn embedding_page() -> (String, Html) {
    let directory = web::hosted_directory();
    let snippet = |id: &'static str,
                   label: &'static str,
                   copy_label: &'static str,
                   code: fn(&str, &Language) -> String| {
        directory
            .as_deref()
            .map_or_else(Html::default, |directory| {
                html! { <Snippet {id} {label} {copy_label} code={code(directory, Language::current())} /> }
            })
    };
    let page = html! {
        <main key="embed" class="page embedding" id="main" aria-label={super::main_label()}>
            { fixed_markup(concat!(
                r#"<h1 tabindex="-1">"#, ui!(embedding.title), "</h1>",
                r#"<p class="lede">"#, ui!(embedding.lede), "</p>",
            )) }
            <section aria-labelledby="script-heading">
                { fixed_markup(concat!(
                    r#"<h2 id="script-heading">"#, ui!(embedding.script_heading), "</h2>",
                    "<p>", ui!(embedding.script_text), "</p>",
                )) }
                { snippet("embed-script", ui!(embedding.script_label), ui!(embedding.copy_script), script_snippet) }
                { fixed_markup(concat!(
                    "<h3>", ui!(embedding.options_heading), "</h3>",
                    "<p>", ui!(embedding.options_text), "</p>",
                    r#"<dl class="embed-options">"#,
                    r#"<dt><code>data-theme</code></dt>"#,
                    "<dd>", ui!(embedding.theme_html), "</dd>",
                    r#"<dt><code>data-accent</code></dt>"#,
                    "<dd>", ui!(embedding.accent_html), "</dd>",
                    r#"<dt><code>data-max-width</code></dt>"#,
                    "<dd>", ui!(embedding.max_width_html), "</dd>",
                    r#"<dt><code>data-lang</code></dt>"#,
                    "<dd>", ui!(embedding.lang_html), "</dd>",
                    r#"</dl>"#,
                )) }
            </section>
            <section aria-labelledby="iframe-heading">
                { fixed_markup(concat!(
                    r#"<h2 id="iframe-heading">"#, ui!(embedding.iframe_heading), "</h2>",
                )) }
                { markup(format!("<p>{}</p>", ui!(embedding.iframe_text, height = PLAIN_FRAME_HEIGHT))) }
                { snippet("embed-iframe", ui!(embedding.iframe_label), ui!(embedding.copy_iframe), iframe_snippet) }
            </section>
            { fixed_markup(concat!(
                r#"<section aria-labelledby="more-heading">"#,
                r#"<h2 id="more-heading">"#, ui!(embedding.more_heading), "</h2>",
                r#"<ul>"#,
                "<li>", ui!(embedding.demo_html), "</li>",
                "<li>", ui!(embedding.docs_html), "</li>",
                r#"</ul>"#,
                r#"</section>"#,
            )) }
        </main>
    };
    (ui!(embedding.title).to_owned(), page)
}
