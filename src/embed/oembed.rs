//! The oEmbed document: what a site that embeds by pasted link (WordPress, Ghost) reads to embed
//! the quiz. It is a static file, `oembed.json`, written at build time for the site's public
//! address (`src/bin/publish.rs`), and found through a discovery link in the landing page's head.
//! A `rich` response of oEmbed 1.0 (<https://oembed.com>): its `html` is the plain iframe snippet,
//! one `<iframe>` and nothing else, which is all WordPress keeps of it.
#![deny(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing)]

use super::snippet::{escape_html, iframe_snippet, PLAIN_FRAME_HEIGHT};
use crate::content::languages::Language;
use crate::content::shell::json_string;
use crate::route::PublicUrl;

/// The document's file name, next to `index.html`.
pub const OEMBED_FILE: &str = "oembed.json";

/// The media type of a JSON oEmbed document, as the discovery link names it.
pub const OEMBED_TYPE: &str = "application/json+oembed";

/// The width the frame needs, in CSS pixels: the quiz's column (`--measure: 42rem` in
/// `static/style.css`). The frame itself is `width="100%"` and fits narrower columns too.
pub const FRAME_WIDTH: u32 = 672;

/// An image of the quiz, as a file of `dist/` with its size in pixels: the app's icon, the only
/// image the site has.
pub const THUMBNAIL: (&str, u32, u32) = ("icons/icon-512.png", 512, 512);

/// A `rich` oEmbed 1.0 response for the quiz at one public address.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct OEmbed {
    /// The quiz's title.
    pub title: String,
    /// Who provides it: the site's name.
    pub provider_name: String,
    /// The site's public address.
    pub provider_url: String,
    /// One `<iframe>`: the plain iframe snippet at the public address.
    pub html: String,
    /// The width the frame needs (see [`FRAME_WIDTH`]).
    pub width: u32,
    /// The frame's height until something sizes it (see [`PLAIN_FRAME_HEIGHT`]).
    pub height: u32,
    /// The image's absolute address, width and height.
    pub thumbnail: Option<(String, u32, u32)>,
}

impl OEmbed {
    /// The document for the quiz at `site`, called `title`, from the site `provider_name`.
    pub fn new(site: &PublicUrl, title: &str, provider_name: &str) -> Self {
        let (file, width, height) = THUMBNAIL;
        Self {
            title: title.to_owned(),
            provider_name: provider_name.to_owned(),
            provider_url: site.as_str().to_owned(),
            html: iframe_snippet(site.as_str(), Language::current()),
            width: FRAME_WIDTH,
            height: PLAIN_FRAME_HEIGHT,
            thumbnail: Some((site.join(file), width, height)),
        }
    }

    /// The document as JSON, one field to a line, in the order oEmbed 1.0 lists them.
    pub fn to_json(&self) -> String {
        let mut fields = vec![
            ("version", json_string("1.0")),
            ("type", json_string("rich")),
            ("title", json_string(&self.title)),
            ("provider_name", json_string(&self.provider_name)),
            ("provider_url", json_string(&self.provider_url)),
            ("html", json_string(&self.html)),
            ("width", self.width.to_string()),
            ("height", self.height.to_string()),
        ];
        if let Some((url, width, height)) = &self.thumbnail {
            fields.push(("thumbnail_url", json_string(url)));
            fields.push(("thumbnail_width", width.to_string()));
            fields.push(("thumbnail_height", height.to_string()));
        }
        let body: Vec<String> = fields
            .into_iter()
            .map(|(name, value)| format!("  \"{name}\": {value}"))
            .collect();
        format!("{{\n{}\n}}\n", body.join(",\n"))
    }
}

/// The discovery link for the landing page's head: where the document for `site` is, by its
/// absolute address, as oEmbed discovery requires.
pub fn discovery_link(site: &PublicUrl, title: &str) -> String {
    format!(
        r#"<link rel="alternate" type="{OEMBED_TYPE}" href="{}" title="{}">"#,
        escape_html(&site.join(OEMBED_FILE)),
        escape_html(title)
    )
}

/// Why a page cannot take the discovery link.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DiscoveryError {
    /// The page has no `</title>` to put it after.
    NoTitle,
    /// The page has a discovery link already (the build ran twice on it).
    Present,
}

/// `page` (a built `index.html`) with `link` right after its `</title>`, early in the head, where
/// a consumer that reads only the start of a page finds it.
pub fn with_discovery_link(page: &str, link: &str) -> Result<String, DiscoveryError> {
    if page.contains(OEMBED_TYPE) {
        return Err(DiscoveryError::Present);
    }
    let end = page.find("</title>").ok_or(DiscoveryError::NoTitle)? + "</title>".len();
    let (head, rest) = page.split_at(end);
    Ok(format!("{head}{link}{rest}"))
}
