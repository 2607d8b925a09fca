//! Embedding the quiz in other pages, the pure part: the options an embed passes in the address, the
//! safe use of its accent, the snippets a blogger copies, and the messages between frame and page.
//! The browser side (embed mode, the height reporter) is [`crate::web::frame`]; the "Open the full
//! page" link is [`crate::components::FullPageLink`]. `docs/EMBEDDING.md` describes the protocols.

mod palette;
mod params;
mod snippet;

pub use palette::{
    contrast, relative_luminance, AccentPalette, DARK_BACKGROUNDS, LIGHT_BACKGROUNDS,
    MIN_TEXT_CONTRAST, MIN_UI_CONTRAST,
};
pub use params::{hosted_directory, page_address, EmbedParams, Rgb};
pub use snippet::{escape_html, iframe_snippet, script_snippet, FRAME_TITLE, PLAIN_FRAME_HEIGHT};

/// The `type` of the one message the app ever posts: its height, to the page around its frame.
pub const RESIZE_MESSAGE: &str = "mlpath:resize";

/// The version of the resize message's shape, `{ type, version, height }`.
pub const RESIZE_VERSION: u32 = 1;
