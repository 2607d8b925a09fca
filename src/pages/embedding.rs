//! "Put this quiz on your site": the embed code for site owners, with its options explained.

use yew::prelude::*;

use crate::components::{fixed_markup, Snippet};
use crate::embed::{iframe_snippet, script_snippet};
use crate::web;

/// The script tag and the plain iframe for where the app is really hosted, each with a Copy
/// button, the script tag's options, and where to read more; and the page's title. The snippets
/// need the page's address, so they are left out where there is none (server-side rendering):
/// the page is never rendered at build time, and in a browser there always is one.
pub fn embedding_page() -> (String, Html) {
    let directory = web::hosted_directory();
    let snippet = |id: &'static str,
                   label: &'static str,
                   copy_label: &'static str,
                   code: fn(&str) -> String| {
        directory
            .as_deref()
            .map_or_else(Html::default, |directory| {
                html! { <Snippet {id} {label} {copy_label} code={code(directory)} /> }
            })
    };
    let page = html! {
        <main key="embed" class="page embedding" id="main" aria-label={super::main_label()}>
            { fixed_markup(concat!(
                r#"<h1 tabindex="-1">Put this quiz on your site</h1>"#,
                r#"<p class="lede">Your readers can take the quiz right in a post or a page. It fits your column, can follow your theme, and sends nothing anywhere: no account, no cookies, no tracking.</p>"#,
            )) }
            <section aria-labelledby="script-heading">
                { fixed_markup(concat!(
                    r#"<h2 id="script-heading">The script tag</h2>"#,
                    r#"<p>Paste it where the quiz should appear, in an HTML block of the post. It puts the quiz in a frame as wide as the column, which grows and shrinks with the quiz, so readers never scroll inside it.</p>"#,
                )) }
                { snippet("embed-script", "Script tag", "Copy script tag", script_snippet) }
                { fixed_markup(concat!(
                    r#"<h3>Options</h3>"#,
                    r#"<p>Attributes to add to the tag. A value that is not exactly valid is ignored.</p>"#,
                    r#"<dl class="embed-options">"#,
                    r#"<dt><code>data-theme</code></dt>"#,
                    r#"<dd><code>light</code>, <code>dark</code> or <code>auto</code> (the default: the reader's own setting). Set it again when your site switches theme, and the quiz follows without reloading.</dd>"#,
                    r#"<dt><code>data-accent</code></dt>"#,
                    r#"<dd>A colour in six hex digits, such as <code>0b5fad</code>, for bars, buttons and links, wherever it keeps enough contrast with the theme.</dd>"#,
                    r#"<dt><code>data-max-width</code></dt>"#,
                    r#"<dd>The widest the quiz may be, such as <code>40rem</code> or <code>600</code> (pixels); it is centred.</dd>"#,
                    r#"</dl>"#,
                )) }
            </section>
            <section aria-labelledby="iframe-heading">
                { fixed_markup(concat!(
                    r#"<h2 id="iframe-heading">Where scripts are not allowed</h2>"#,
                    r#"<p>Some site builders strip scripts. A plain iframe works there instead: it is "#,
                    // PLAIN_FRAME_HEIGHT, checked by a test of this page.
                    "720",
                    r#" pixels tall and scrolls inside.</p>"#,
                )) }
                { snippet("embed-iframe", "Plain iframe of fixed height, for sites that strip scripts", "Copy iframe", iframe_snippet) }
            </section>
            { fixed_markup(concat!(
                r#"<section aria-labelledby="more-heading">"#,
                r#"<h2 id="more-heading">More</h2>"#,
                r#"<ul>"#,
                r#"<li><a href="demo.html">A sample blog post with the quiz in it</a>, and a theme switch to try.</li>"#,
                r#"<li>WordPress and Ghost, sandboxed frames, and what each platform does with the quiz: <code>docs/EMBEDDING.md</code> in the quiz's source code.</li>"#,
                r#"</ul>"#,
                r#"</section>"#,
            )) }
        </main>
    };
    ("Put this quiz on your site".to_owned(), page)
}
