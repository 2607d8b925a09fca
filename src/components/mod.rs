//! Leaf components: props in, callbacks out.

mod choice_list;
mod embed_code;
mod profile_chart;
mod progress_bar;
mod resource_list;
mod share_panel;
mod site_header;

pub use choice_list::ChoiceList;
pub use embed_code::EmbedCode;
pub use profile_chart::{ChartBar, ProfileChart, ProfileChartProps};
pub use progress_bar::ProgressBar;
pub use resource_list::{ListedResource, ResourceList};
pub use share_panel::SharePanel;
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
