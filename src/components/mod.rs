//! The pieces pages are made of: data in, callbacks out.
//!
//! **The idiom.** A piece is a Yew function component (`#[function_component]`, with props) only
//! when it needs hooks: state of its own (a filter, a copy status), effects, or the context.
//! Otherwise it is a plain struct whose public fields are its arguments, with
//! `fn view(self) -> Html`, rendered inside its page's component: it has no lifecycle of its own,
//! and every component type costs the wasm its own lifecycle code and each render a props
//! comparison. Wordings shared across pages come from [`crate::view`]; browser calls from
//! [`crate::web`].

mod choice_list;
mod copy;
mod embed_code;
mod emblem;
mod example_card;
mod full_page_link;
mod language_switch;
mod profile_chart;
mod progress_bar;
mod quiz_entry;
mod resource_list;
mod share_panel;
mod site_footer;
mod site_header;

pub use choice_list::ChoiceList;
pub use embed_code::{Snippet, SnippetProps};
pub use emblem::EmblemMark;
pub use example_card::ExampleCard;
pub use full_page_link::FullPageLink;
pub use language_switch::LanguageSwitch;
pub use profile_chart::ProfileChart;
pub use progress_bar::ProgressBar;
pub use quiz_entry::{continue_label, record_start, QuizLink, StartOver};
pub use resource_list::{title_link, ResourceList};
pub use share_panel::{share_placeholder, SharePanel, Shared};
pub use site_footer::SiteFooter;
pub use site_header::SiteHeader;

use std::borrow::Cow;

use yew::AttrValue;

use crate::quiz::Text;

/// Content text as a Yew value: text compiled into the program is shared, never copied.
pub fn text(value: &Text) -> AttrValue {
    match value {
        Cow::Borrowed(text) => AttrValue::Static(text),
        Cow::Owned(text) => AttrValue::from(text.clone()),
    }
}

/// Markup filled in at run time: the interface's words with inline tags (a key ending in
/// `_html`, or tags written in the source), filled with counts or numbers, or with other text only
/// once escaped ([`crate::content::shell::escape_html`]).
pub fn markup(markup: String) -> yew::Html {
    yew::Html::from_html_unchecked(AttrValue::from(markup))
}

/// Markup that never changes, as one string the browser parses, rather than a tree of `html!`
/// nodes each built by code of its own: the cheaper form for a page's fixed prose. Only for
/// literal markup written in the source, never for text from elsewhere.
pub fn fixed_markup(markup: &'static str) -> yew::Html {
    yew::Html::from_html_unchecked(AttrValue::Static(markup))
}
