//! "Embed this quiz": the script and plain iframe snippets for where the app is hosted, with Copy buttons.

use std::cell::RefCell;

use yew::prelude::*;

use super::copy::{copy_by_hand, copy_text, select_field};
use crate::embed::{iframe_snippet, script_snippet};
use crate::web;

thread_local! {
    /// Where the app is hosted, once read: a later visit to the landing page shows the snippets
    /// from its first render.
    static DIRECTORY: RefCell<Option<String>> = const { RefCell::new(None) };
}

/// The embed section: the script and iframe snippets for where the app is hosted, and the options.
/// It needs the page's real address, and without the app it would offer nothing to copy, so it is
/// never rendered at build time (server-side rendering leaves its place empty), and in a browser it
/// follows once the browser is idle after the app's start: it is below the fold, and its text
/// fields, buttons and monospace text would weigh on the first layout. The address is read once: a
/// later visit to the landing page shows it from its first render.
#[function_component]
pub fn EmbedCode() -> Html {
    let directory = use_state(|| DIRECTORY.with(|known| known.borrow().clone()));
    {
        let directory = directory.clone();
        use_effect_with((), move |_| {
            if directory.is_none() {
                web::idle::when_idle(1000, move || {
                    let read = web::hosted_directory();
                    DIRECTORY.with(|known| known.borrow_mut().clone_from(&read));
                    directory.set(read);
                });
            }
        });
    }
    let Some(directory) = &*directory else {
        return Html::default();
    };
    html! {
        <section class="embed-code" aria-labelledby="embed-heading">
            <h2 id="embed-heading">{ "Embed this quiz" }</h2>
            <p>{ "Paste the script tag where the quiz should appear on your blog. The quiz sizes itself to its content and sends nothing anywhere." }</p>
            <Snippet id="embed-script" label="Script tag" copy_label="Copy script tag" code={script_snippet(directory)} />
            <Snippet id="embed-iframe" label="Plain iframe of fixed height, for sites that strip scripts" copy_label="Copy iframe" code={iframe_snippet(directory)} />
            <p class="embed-options">
                { "Options on the script tag: " }
                <code>{ "data-theme" }</code>{ " (light, dark or auto; set it again when your blog switches theme and the quiz follows), " }
                <code>{ "data-accent" }</code>{ " (six hex digits, e.g. 0b5fad) and " }
                <code>{ "data-max-width" }</code>{ " (e.g. 40rem or 600)." }
            </p>
        </section>
    }
}

#[derive(Properties, PartialEq)]
struct SnippetProps {
    id: AttrValue,
    label: AttrValue,
    copy_label: AttrValue,
    code: AttrValue,
}

/// One snippet in a read-only field and its Copy button. Where the clipboard refuses, the text is
/// selected for copying by hand.
#[function_component]
fn Snippet(props: &SnippetProps) -> Html {
    let status = use_state(String::new);
    let field = use_node_ref();
    let on_copy = {
        let (status, field, code) = (status.clone(), field.clone(), props.code.clone());
        Callback::from(move |_: MouseEvent| {
            let (status, field) = (status.clone(), field.clone());
            copy_text(code.to_string(), move |copied| {
                if copied {
                    status.set("Copied to the clipboard.".to_owned());
                } else {
                    select_field(&field);
                    status.set(copy_by_hand("The code is selected"));
                }
            });
        })
    };
    html! {
        <div class="snippet">
            <label for={&props.id}>{ &props.label }</label>
            <textarea id={&props.id} ref={field} readonly=true rows="4" spellcheck="false" value={props.code.clone()} />
            <div class="snippet-actions">
                <button type="button" class="button" onclick={on_copy}>{ &props.copy_label }</button>
                <p class="snippet-status" role="status">{ (*status).clone() }</p>
            </div>
        </div>
    }
}
