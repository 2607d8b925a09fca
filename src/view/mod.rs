//! View models: what a page shows, worked out in plain Rust from the content, the domain and the
//! state, so that pages are markup only and every wording is tested natively. No Yew, no browser.

mod emblem;
pub mod preview;
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

/// What a fit is, said where the fits are shown: each path's own score, not a share of a whole.
pub const FIT_MEANING: &str = "Fit: of the points these answers could give a path, the share it got. Each path is scored on its own, so the fits do not add up to 100%.";

/// The product name every document title ends with.
pub const SITE_NAME: &str = "mlpath";

/// The document title of `page`: "`page` · mlpath".
pub fn page_title(page: &str) -> String {
    format!("{page} · {SITE_NAME}")
}
