//! View models: what a page shows, worked out in plain Rust from the content, the domain and the
//! state, so that pages are markup only and every wording is tested natively. No Yew, no browser.

mod compare;
mod emblem;
mod example;
pub mod preview;
mod preview_meta;
mod result;
mod share;
mod words;

use crate::state::Keeping;

pub use compare::{
    BadPair, ComparePageView, CompareView, Difference, Problem, Voice, MOST_DIFFERENT,
};
pub use emblem::{EmblemDrawing, EMBLEM_BOX};
pub use example::{sample_answers, ExampleResult};
pub use preview_meta::{
    preview_image_file, share_page_file, with_tags_after_title, with_title_and_description,
    PreviewMeta, LANDING_PREVIEW_IMAGE, PREVIEW_HEIGHT, PREVIEW_WIDTH,
};
pub use result::{
    CardContent, ChartBar, ChartView, GapLine, ListedResource, ResultPageView, ResultView, Whose,
};
pub use share::ShareMessage;
pub use words::{
    cost_name, count_word, count_word_at_start, in_list, in_sentence, level_name, level_range,
    percent_text, ENGLISH_TITLE, IN_ENGLISH, NEW_TAB,
};

use crate::content::ui;

/// What a fit is, said where the fits are shown: each path's own score, not a share of a whole.
pub const FIT_MEANING: &str = ui!(site.fit_meaning);

/// What the question page says where its answers are not kept across a reload, naming who refuses
/// them storage: the browser, or the site that frames the quiz in a sandbox (where blaming the
/// browser would be wrong, and changing its settings would not help). Nothing where they are kept,
/// or where nothing is known (server-side rendering).
pub fn keeping_note(keeping: Keeping) -> Option<&'static str> {
    match keeping {
        Keeping::Unknown | Keeping::Kept => None,
        Keeping::Refused => Some(ui!(question.not_kept_browser)),
        Keeping::Sandboxed => Some(ui!(question.not_kept_site)),
    }
}

/// The product name every document title ends with.
pub const SITE_NAME: &str = "mlpath";

/// The document title of `page`: "`page` · mlpath".
pub fn page_title(page: &str) -> String {
    format!("{page} · {SITE_NAME}")
}
