//! Embedding the quiz in other pages, the pure part: the options an embed passes in the address, the
//! safe use of its accent, the snippets a blogger copies, the messages between frame and page, the
//! oEmbed document for sites that embed a pasted link, the policy's public origin for frames that
//! sandbox it, and WordPress's protocol for its frames.
//! The browser side (embed mode, the height reporter) is [`crate::web::frame`]; the "Open the full
//! page" link is [`crate::components::FullPageLink`]. `docs/EMBEDDING.md` describes the protocols.

mod oembed;
mod palette;
mod params;
mod policy;
mod snippet;
mod wordpress;

pub use oembed::{
    discovery_link, with_discovery_link, DiscoveryError, OEmbed, FRAME_WIDTH, OEMBED_FILE,
    OEMBED_TYPE, THUMBNAIL,
};
pub use palette::{
    contrast, relative_luminance, AccentPalette, DARK_BACKGROUNDS, LIGHT_BACKGROUNDS,
    MIN_TEXT_CONTRAST, MIN_UI_CONTRAST,
};
pub use params::{hosted_directory, page_address, EmbedParams, Rgb};
pub use policy::{with_public_origin, PolicyError};
pub use snippet::{escape_html, iframe_snippet, script_snippet, FRAME_TITLE, PLAIN_FRAME_HEIGHT};
pub use wordpress::{HostSecret, HEIGHT_MESSAGE, LINK_MESSAGE};

/// The `type` of the app's own message: its height, to the page around its frame (WordPress gets
/// its own, [`HEIGHT_MESSAGE`]).
pub const RESIZE_MESSAGE: &str = "mlpath:resize";

/// The version of the resize message's shape, `{ type, version, height }`.
pub const RESIZE_VERSION: u32 = 1;
