//! The pieces pages are made of: data in, callbacks out. Those with state of their own (a filter, a
//! copy status) or that read the quiz are Yew components; the others are plain functions, or structs
//! with a `view`, rendered as part of their page's component, since each Yew component type costs
//! about a kilobyte of wasm for its lifecycle and a little work at every render.

mod choice_list;
mod embed_code;
mod profile_chart;
mod progress_bar;
mod resource_list;
mod share_panel;
mod site_header;

pub use choice_list::ChoiceList;
pub use embed_code::EmbedCode;
pub use profile_chart::{ChartBar, ProfileChart};
pub use progress_bar::ProgressBar;
pub use resource_list::{ListedResource, ResourceList};
pub use share_panel::SharePanel;
pub use site_header::site_header;

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
