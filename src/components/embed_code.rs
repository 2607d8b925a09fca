//! "Embed this quiz": the script and plain iframe snippets for where the app is hosted, with Copy buttons.

use std::cell::RefCell;

use yew::prelude::*;

use crate::embed::{current_directory, iframe_snippet, script_snippet};
use crate::share;

thread_local! {
    /// Where the app is hosted, once read: a later visit to the landing page shows the snippets
    /// from its first render.
    static DIRECTORY: RefCell<Option<String>> = const { RefCell::new(None) };
}

/// The embed section. The snippets need the page's real address, so server-side rendering shows the
/// heading and the explanation with an empty place for them; in a browser [`EmbedSnippets`] fills it.
pub fn embed_code() -> Html {
    html! {
        <section class="embed-code" aria-labelledby="embed-heading">
            <h2 id="embed-heading">{ "Embed this quiz" }</h2>
            <p>{ "Paste the script tag where the quiz should appear on your blog. The quiz sizes itself to its content and sends nothing anywhere." }</p>
            <div class="snippets"><EmbedSnippets /></div>
            <p class="embed-options">
                { "Options on the script tag: " }
                <code>{ "data-theme" }</code>{ " (light, dark or auto), " }
                <code>{ "data-accent" }</code>{ " (six hex digits, e.g. 0b5fad) and " }
                <code>{ "data-max-width" }</code>{ " (e.g. 40rem)." }
            </p>
        </section>
    }
}

/// The script and iframe snippets. They follow once the browser is idle after the app's start,
/// below the fold where they cost the first frame no layout (two text fields and their buttons
/// were about a quarter of the app's start-up work at 1× CPU). The address is read once: a later
/// visit to the landing page shows them from its first render.
#[function_component]
pub fn EmbedSnippets() -> Html {
    let directory = use_state(|| DIRECTORY.with(|known| known.borrow().clone()));
    {
        let directory = directory.clone();
        use_effect_with((), move |_| {
            if directory.is_none() {
                crate::idle::when_idle(1000, move || {
                    let read = current_directory();
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
        <>
            <Snippet id="embed-script" label="Script tag" copy_label="Copy script tag" code={script_snippet(directory)} />
            <Snippet id="embed-iframe" label="Plain iframe of fixed height, for sites that strip scripts" copy_label="Copy iframe" code={iframe_snippet(directory)} />
        </>
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
    let status = use_state(|| "");
    let field = use_node_ref();
    let on_copy = {
        let (status, field, code) = (status.clone(), field.clone(), props.code.clone());
        Callback::from(move |_: MouseEvent| {
            let (status, field, code) = (status.clone(), field.clone(), code.clone());
            wasm_bindgen_futures::spawn_local(async move {
                if share::copy_to_clipboard(&code).await.is_ok() {
                    status.set("Copied to the clipboard.");
                } else if let Some(field) = field.cast::<web_sys::HtmlTextAreaElement>() {
                    let _ = field.focus();
                    field.select();
                    status.set("Your browser did not allow copying. The code is selected: press Ctrl+C (or ⌘C) to copy it.");
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
                <p class="snippet-status" role="status">{ *status }</p>
            </div>
        </div>
    }
}
