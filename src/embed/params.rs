//! The embed options in the app's own query string (`?embed=1&autosize=1&accent=0b5fad`), parsed totally.
#![deny(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing)]

use std::fmt;

/// An sRGB colour. The only colour the app takes from outside, and only as six hex digits, so nothing
/// but a re-serialised `#rrggbb` ever reaches CSS.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Rgb {
    /// Red, 0..=255.
    pub r: u8,
    /// Green, 0..=255.
    pub g: u8,
    /// Blue, 0..=255.
    pub b: u8,
}

impl Rgb {
    /// Black, `#000000`.
    pub const BLACK: Rgb = Rgb::new(0x00, 0x00, 0x00);
    /// White, `#ffffff`.
    pub const WHITE: Rgb = Rgb::new(0xff, 0xff, 0xff);

    /// The colour with these channels.
    pub const fn new(r: u8, g: u8, b: u8) -> Self {
        Self { r, g, b }
    }

    /// Exactly six ASCII hex digits (`^[0-9a-fA-F]{6}$`, no `#`); anything else is `None`.
    ///
    /// ```
    /// use mlpath::embed::Rgb;
    /// assert_eq!(Rgb::from_hex("0B5fad"), Some(Rgb::new(0x0b, 0x5f, 0xad)));
    /// assert_eq!(Rgb::from_hex("red;}"), None);
    /// ```
    pub fn from_hex(text: &str) -> Option<Self> {
        // Checked first: `from_str_radix` would also take a leading `+`.
        if text.len() != 6 || !text.bytes().all(|byte| byte.is_ascii_hexdigit()) {
            return None;
        }
        let value = u32::from_str_radix(text, 16).ok()?;
        let [_, r, g, b] = value.to_be_bytes();
        Some(Self::new(r, g, b))
    }
}

impl fmt::Display for Rgb {
    /// `#rrggbb`, lower case.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "#{:02x}{:02x}{:02x}", self.r, self.g, self.b)
    }
}

/// What the query string asks of the app. Anything missing, repeated after its first use, badly
/// encoded or not exactly valid leaves the default in place.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct EmbedParams {
    /// `embed=1`: shown inside another page (compact, no site chrome, height reported to the parent).
    pub is_embedded: bool,
    /// `autosize=1`: the parent sizes the frame to the content (embed.js does), so the page needs
    /// no scrollbar of its own. A plain iframe of fixed height lacks it and keeps scrolling.
    pub is_parent_sized: bool,
    /// `accent=rrggbb`.
    pub accent: Option<Rgb>,
}

/// Values longer than this are no valid option; they are skipped without being decoded.
const MAX_VALUE_LEN: usize = 32;

impl EmbedParams {
    /// Parses a query string, with or without its leading `?`. Total: any text gives params.
    /// The boot script (`src/boot.js`) reads `embed=1` before the first paint by the same rules
    /// (first occurrence, exact values); `tests/start-up.json` holds both to them. The theme
    /// (`theme=light|dark|auto`) is that script's alone: it sets it before the first paint and
    /// follows a blog that switches theme.
    pub fn from_query(query: &str) -> Self {
        let query = query.strip_prefix('?').unwrap_or(query);
        let mut embed = None;
        let mut autosize = None;
        let mut accent = None;
        for pair in query.split('&') {
            let (key, value) = pair.split_once('=').unwrap_or((pair, ""));
            let slot = match decode(key).as_deref() {
                Some("embed") => &mut embed,
                Some("autosize") => &mut autosize,
                Some("accent") => &mut accent,
                _ => continue,
            };
            // Like URLSearchParams.get: the first occurrence of a key is the one that counts.
            slot.get_or_insert(value);
        }
        let value = |raw: Option<&str>| raw.and_then(decode);
        Self {
            is_embedded: value(embed).as_deref() == Some("1"),
            is_parent_sized: value(autosize).as_deref() == Some("1"),
            accent: value(accent).as_deref().and_then(Rgb::from_hex),
        }
    }

    /// Whether the page is in embed mode: asked for, and inside a frame (`framed`: its window has
    /// a parent). A top-level page ignores the options, so a link copied out of an embed opens
    /// the ordinary app.
    pub fn is_embed_mode(&self, framed: bool) -> bool {
        self.is_embedded && framed
    }
}

/// Percent-decodes one key or value; overlong text or bytes that are not UTF-8 give `None`.
fn decode(raw: &str) -> Option<String> {
    if raw.len() > MAX_VALUE_LEN * 3 {
        return None;
    }
    let text = urlencoding::decode(raw).ok()?;
    (text.len() <= MAX_VALUE_LEN).then(|| text.into_owned())
}

/// The page's address without its query and fragment: where the full page lives.
pub fn page_address(href: &str) -> &str {
    let end = href.find(['?', '#']).unwrap_or(href.len());
    href.get(..end).unwrap_or(href)
}

/// The directory the app is served from (its address up to and including the last `/` of the path),
/// the base of `embed.js` and `index.html` in the embed snippets.
pub fn hosted_directory(href: &str) -> String {
    let address = page_address(href);
    // Searched past the scheme's `//`, so a bare `https://example.org` keeps its host.
    let path_start = address.find("//").map_or(0, |i| i + 2);
    match address.get(path_start..).and_then(|rest| rest.rfind('/')) {
        Some(slash) => address
            .get(..path_start + slash + 1)
            .unwrap_or(address)
            .to_owned(),
        None => format!("{address}/"),
    }
}
