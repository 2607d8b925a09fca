//! View models: what a page shows, worked out in plain Rust from the content, the domain and the
//! state, so that pages are markup only and every wording is tested natively. No Yew, no browser.

mod emblem;
mod result;
mod share;
mod words;

pub use emblem::{EmblemDrawing, EMBLEM_BOX};
pub use result::{
    CardContent, ChartBar, ChartView, GapLine, ListedResource, ResultPageView, ResultView, Whose,
};
pub use share::ShareMessage;
pub use words::{
    cost_name, count_of, count_word, in_list, in_sentence, level_name, level_range, sentence_start,
    NEW_TAB,
};

/// The product name every document title ends with.
pub const SITE_NAME: &str = "mlpath";

/// The document title of `page`: "`page` · mlpath".
pub fn page_title(page: &str) -> String {
    format!("{page} · {SITE_NAME}")
}
