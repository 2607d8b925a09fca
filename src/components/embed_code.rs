//! An embed snippet (the script tag or the plain iframe) in a read-only field, with its Copy button.

use yew::prelude::*;

use super::copy::{copy_text, select_field};
use crate::content::ui;

/// Props of [`Snippet`].
#[derive(Properties, PartialEq)]
pub struct SnippetProps {
    /// The field's id, for its label.
    pub id: AttrValue,
    /// What the field holds.
    pub label: AttrValue,
    /// What the Copy button says.
    pub copy_label: AttrValue,
    /// The code to paste.
    pub code: AttrValue,
}

/// One snippet in a read-only field and its Copy button. Where the clipboard refuses, the text is
/// selected for copying by hand.
#[function_component]
pub fn Snippet(props: &SnippetProps) -> Html {
    let status = use_state(String::new);
    let field = use_node_ref();
    let on_copy = {
        let (status, field, code) = (status.clone(), field.clone(), props.code.clone());
        Callback::from(move |_: MouseEvent| {
            let (status, field) = (status.clone(), field.clone());
            copy_text(code.to_string(), move |copied| {
                if copied {
                    status.set(ui!(copy.copied).to_owned());
                } else {
                    select_field(&field);
                    status.set(ui!(copy.code_by_hand).to_owned());
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
