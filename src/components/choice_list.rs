//! A question's choices as native radio buttons: arrow keys move between them, Space selects.

use yew::prelude::*;

use super::text;

use crate::quiz::{ChoiceId, Question};

/// Props of [`ChoiceList`].
#[derive(Properties, PartialEq)]
pub struct ChoiceListProps {
    /// The question whose choices to show.
    pub question: &'static Question,
    /// The choice picked so far, if any.
    pub selected: Option<ChoiceId>,
    /// Id of the element that names the group (the question's heading).
    pub labelled_by: AttrValue,
    /// Id of the element that describes the group, if any.
    #[prop_or_default]
    pub described_by: Option<AttrValue>,
    /// Called when the person picks a choice.
    pub on_choose: Callback<ChoiceId>,
}

/// The choices inside a fieldset named by the question's heading.
#[function_component]
pub fn ChoiceList(props: &ChoiceListProps) -> Html {
    let name = format!("q-{}", props.question.id);
    html! {
        <fieldset class="choices" aria-labelledby={props.labelled_by.clone()} aria-describedby={props.described_by.clone()}>
            { for props.question.choices.iter().map(|choice| {
                let id = choice.id.clone();
                let onchange = props.on_choose.reform(move |_: Event| id.clone());
                let is_checked = props.selected.as_ref() == Some(&choice.id);
                html! {
                    <label class={classes!("choice", is_checked.then_some("is-checked"))}>
                        <input type="radio" name={name.clone()} value={choice.id.to_string()} checked={is_checked} {onchange} />
                        <span>{ text(&choice.label) }</span>
                    </label>
                }
            }) }
        </fieldset>
    }
}
