//! Embedding the quiz in other pages: the options an embed passes, the safe use of its accent, the
//! snippets to copy, and the frame's side of the resize protocol.

mod frame;
mod full_page_link;
mod palette;
mod params;
mod snippet;

pub use frame::{current_directory, enter, is_embedded, RESIZE_MESSAGE, RESIZE_VERSION};
pub use full_page_link::FullPageLink;
pub use palette::{
    contrast, relative_luminance, AccentPalette, DARK_BACKGROUNDS, LIGHT_BACKGROUNDS,
    MIN_TEXT_CONTRAST, MIN_UI_CONTRAST,
};
pub use params::{hosted_directory, page_address, EmbedParams, Rgb};
pub use snippet::{escape_html, iframe_snippet, script_snippet, FRAME_TITLE, PLAIN_FRAME_HEIGHT};
