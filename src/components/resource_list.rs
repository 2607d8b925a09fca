//! Courses and books for the skill gaps, with filters for free ones and for level.

use std::rc::Rc;

use yew::prelude::*;

use super::text;

use crate::content::ui;
use crate::quiz::{Level, Resource};
use crate::view::{
    cost_name, level_name, level_range, ListedResource, ENGLISH_TITLE, IN_ENGLISH, NEW_TAB,
};

/// Props of [`ResourceList`].
#[derive(Properties)]
pub struct ResourceListProps {
    /// Resources, best first.
    pub items: Rc<[ListedResource]>,
}

/// The result page makes the list once per result: the same list is the same `Rc`, compared by
/// address, never item by item.
impl PartialEq for ResourceListProps {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.items, &other.items)
    }
}

/// A course's or book's title as a link to it, in a new tab, marked as English for screen readers
/// on a page in another language; there, with `note`, followed by the note that it is in English
/// ([`IN_ENGLISH`]).
pub fn title_link(resource: &Resource, note: bool) -> Html {
    let link = html! {
        <a href={resource.url.clone()} rel="noopener noreferrer" target="_blank" lang={ENGLISH_TITLE}>
            { text(&resource.title) }
            <span class="visually-hidden">{ NEW_TAB }</span>
        </a>
    };
    // Decided at compile time: an English build has no note, and no wrapper for one.
    if IN_ENGLISH.is_empty() || !note {
        link
    } else {
        html! { <span>{ link }{ " " }<span class="in-english">{ IN_ENGLISH }</span></span> }
    }
}

/// The filterable list; filters only hide items, the ranking stays the same.
#[function_component]
pub fn ResourceList(props: &ResourceListProps) -> Html {
    // Shut at first: the plan above names where to start; the whole list is one press away (and
    // always on paper).
    let is_open = use_state(|| false);
    let on_toggle = {
        let is_open = is_open.clone();
        Callback::from(move |_: MouseEvent| is_open.set(!*is_open))
    };
    let free_only = use_state(|| false);
    let level = use_state(|| None::<Level>);
    let on_free = {
        let free_only = free_only.clone();
        Callback::from(move |event: Event| {
            let input: web_sys::HtmlInputElement = event.target_unchecked_into();
            free_only.set(input.checked());
        })
    };
    let on_level = {
        let level = level.clone();
        Callback::from(move |event: Event| {
            let select: web_sys::HtmlSelectElement = event.target_unchecked_into();
            level.set(Level::from_key(&select.value()));
        })
    };
    let shown: Vec<&ListedResource> = props
        .items
        .iter()
        .filter(|item| !*free_only || item.resource.is_free())
        .filter(|item| level.is_none_or(|level| item.resource.suits(level)))
        .collect();
    let total = props.items.len();
    let count = ui!(resources.showing, shown = shown.len(), total = total);

    let toggle_label = if *is_open {
        ui!(resources.hide).to_owned()
    } else {
        ui!(resources.show_all[total], count = total)
    };
    html! {
        <div class="resources">
            <button type="button" class="button" aria-expanded={is_open.to_string()} aria-controls="all-resources" onclick={on_toggle}>
                { toggle_label }
            </button>
            <div id="all-resources" class="all-resources" hidden={!*is_open}>
            <div class="filters">
                <label class="check">
                    <input type="checkbox" checked={*free_only} onchange={on_free} />
                    { ui!(resources.free_only) }
                </label>
                <label class="select">
                    { ui!(resources.level) }
                    <select onchange={on_level}>
                        <option value="" selected={level.is_none()}>{ ui!(resources.any_level) }</option>
                        { for Level::ALL.into_iter().map(|l| html! {
                            <option value={l.key()} selected={*level == Some(l)}>{ level_name(l) }</option>
                        }) }
                    </select>
                </label>
                <p class="count" role="status">{ count }</p>
            </div>
            if shown.is_empty() {
                <p>{ ui!(resources.nothing) }</p>
            }
            <ul class="resource-list">
                { for shown.into_iter().map(|item| html! {
                    <li class="resource">
                        { title_link(item.resource, true) }
                        <span class="provider">{ text(&item.resource.provider) }</span>
                        <span class="tags">
                            <span class={if item.resource.is_free() { "tag is-free" } else { "tag" }}>{ cost_name(item.resource.cost) }</span>
                            <span class="tag">{ level_range(item.resource.level, item.resource.up_to) }</span>
                        </span>
                        if let Some(note) = &item.resource.cost_note {
                            <span class="cost-note">{ text(note) }</span>
                        }
                        if !item.covers.is_empty() {
                            <span class="covers">{ ui!(resources.builds, skills = item.covers.join(ui!(words.list_separator))) }</span>
                        }
                    </li>
                }) }
            </ul>
            </div>
        </div>
    }
}
