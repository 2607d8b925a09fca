//! Embedding the quiz in other pages: the options an embed passes, the safe use of its accent, the
//! snippets to copy, and the frame's side of the resize protocol.

mod frame;
mod full_page_link;
mod palette;
mod params;
mod snippet;

pub use frame::{current_directory, enter, RESIZE_MESSAGE, RESIZE_VERSION};
pub use full_page_link::FullPageLink;
pub use palette::{
    contrast, relative_luminance, AccentPalette, DARK_BACKGROUNDS, LIGHT_BACKGROUNDS,
    MIN_TEXT_CONTRAST, MIN_UI_CONTRAST,
};
pub use params::{hosted_directory, page_address, EmbedParams, Rgb, Theme};
pub use snippet::{iframe_snippet, script_snippet, FRAME_TITLE, PLAIN_FRAME_HEIGHT};

use yew::prelude::*;

/// Whether the app is shown in embed mode: from the [`EmbedParams`] context that `App` provides.
/// Without one (server-side rendering, tests) it is the ordinary page.
#[hook]
pub fn use_is_embedded() -> bool {
    use_context::<EmbedParams>().is_some_and(|params| params.is_embedded)
}
