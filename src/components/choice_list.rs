//! A question's choices as native radio buttons: arrow keys move between them, Space selects.

use yew::prelude::*;

use super::text;

use crate::quiz::{ChoiceId, Question};

/// A question's choices, named and described by other elements of the page.
pub struct ChoiceList {
    /// The question whose choices to show.
    pub question: &'static Question,
    /// The choice picked so far, if any.
    pub selected: Option<ChoiceId>,
    /// Whether the choice picked is final: the others are then disabled.
    pub is_final: bool,
    /// Id of the element that names the group (the question's prompt).
    pub labelled_by: &'static str,
    /// Id of the element that describes the group, if any.
    pub described_by: Option<&'static str>,
    /// Called when the person picks a choice.
    pub on_choose: Callback<ChoiceId>,
}

impl ChoiceList {
    /// The choices inside a fieldset named by the question's prompt.
    pub fn view(self) -> Html {
        let name = format!("q-{}", self.question.id);
        html! {
            <fieldset class="choices" aria-labelledby={self.labelled_by} aria-describedby={self.described_by}>
                { for self.question.choices.iter().map(|choice| {
                    let id = choice.id.clone();
                    let onchange = self.on_choose.reform(move |_: Event| id.clone());
                    let is_checked = self.selected.as_ref() == Some(&choice.id);
                    let is_locked = self.is_final && !is_checked;
                    html! {
                        // Keyed by question and choice: the radios of one question are never reused for
                        // the next, where a radio still checked would join the new group and uncheck
                        // its answer.
                        <label key={format!("{}/{}", self.question.id, choice.id)} class={if is_checked { "choice is-checked" } else if is_locked { "choice is-locked" } else { "choice" }}>
                            <input type="radio" name={name.clone()} value={choice.id.to_string()} checked={is_checked} disabled={is_locked} {onchange} />
                            <span>{ text(&choice.label) }</span>
                        </label>
                    }
                }) }
            </fieldset>
        }
    }
}
