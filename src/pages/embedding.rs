//! "Put this quiz on your site": the embed code for site owners, with its options explained.

use yew::prelude::*;

use crate::components::Snippet;
use crate::embed::{iframe_snippet, script_snippet, PLAIN_FRAME_HEIGHT};
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
            <h1 tabindex="-1">{ "Put this quiz on your site" }</h1>
            <p class="lede">{ "Your readers can take the quiz right in a post or a page. It fits your column, can follow your theme, and sends nothing anywhere: no account, no cookies, no tracking." }</p>

            <section aria-labelledby="script-heading">
                <h2 id="script-heading">{ "The script tag" }</h2>
                <p>{ "Paste it where the quiz should appear, in an HTML block of the post. It puts the quiz in a frame as wide as the column, which grows and shrinks with the quiz, so readers never scroll inside it." }</p>
                { snippet("embed-script", "Script tag", "Copy script tag", script_snippet) }
                <h3>{ "Options" }</h3>
                <p>{ "Attributes to add to the tag. A value that is not exactly valid is ignored." }</p>
                <dl class="embed-options">
                    <dt><code>{ "data-theme" }</code></dt>
                    <dd>
                        <code>{ "light" }</code>{ ", " }<code>{ "dark" }</code>{ " or " }<code>{ "auto" }</code>
                        { " (the default: the reader's own setting). Set it again when your site switches theme, and the quiz follows without reloading." }
                    </dd>
                    <dt><code>{ "data-accent" }</code></dt>
                    <dd>{ "A colour in six hex digits, such as " }<code>{ "0b5fad" }</code>{ ", for bars, buttons and links, wherever it keeps enough contrast with the theme." }</dd>
                    <dt><code>{ "data-max-width" }</code></dt>
                    <dd>{ "The widest the quiz may be, such as " }<code>{ "40rem" }</code>{ " or " }<code>{ "600" }</code>{ " (pixels); it is centred." }</dd>
                </dl>
            </section>

            <section aria-labelledby="iframe-heading">
                <h2 id="iframe-heading">{ "Where scripts are not allowed" }</h2>
                <p>{ format!("Some site builders strip scripts. A plain iframe works there instead: it is {PLAIN_FRAME_HEIGHT} pixels tall and scrolls inside.") }</p>
                { snippet("embed-iframe", "Plain iframe of fixed height, for sites that strip scripts", "Copy iframe", iframe_snippet) }
            </section>

            <section aria-labelledby="more-heading">
                <h2 id="more-heading">{ "More" }</h2>
                <ul>
                    <li><a href="demo.html">{ "A sample blog post with the quiz in it" }</a>{ ", and a theme switch to try." }</li>
                    <li>{ "WordPress and Ghost, sandboxed frames, and what each platform does with the quiz: " }<code>{ "docs/EMBEDDING.md" }</code>{ " in the quiz's source code." }</li>
                </ul>
            </section>
        </main>
    };
    ("Put this quiz on your site".to_owned(), page)
}
