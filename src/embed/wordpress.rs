//! WordPress's protocol for the frames it embeds, the pure part. For a provider it does not list,
//! found through oEmbed discovery, WordPress keeps only the `<iframe>` of the oEmbed `html`,
//! sandboxes it with `allow-scripts` alone, appends `#?secret=<random letters and digits>` to its
//! address, and sizes it when the frame posts `{ message: "height", value, secret }` to its parent,
//! within 200–1000 px. The frame may also post `{ message: "link", value: url, secret }`, which opens
//! an address on the frame's own host in the reader's tab, if the frame has focus. The browser side
//! is [`crate::web::frame`]; `docs/EMBEDDING.md` describes it all.
#![deny(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing)]

/// The `message` of the height a frame posts to its parent.
pub const HEIGHT_MESSAGE: &str = "height";

/// The `message` a frame posts to have its parent open an address in the reader's tab.
pub const LINK_MESSAGE: &str = "link";

/// Longer than any secret WordPress makes (ten letters and digits), and short enough to compare.
const MAX_SECRET_LEN: usize = 64;

/// The secret WordPress appended to the frame's address: what tells its parent that a message comes
/// from this frame. Only ASCII letters and digits, as WordPress makes them (its parent ignores a
/// message whose secret has anything else); never shown, never in a link.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct HostSecret(String);

impl HostSecret {
    /// The secret in an address's fragment, as `location.hash` gives it (`#?secret=abc`, or
    /// `#/quiz#?secret=abc` where the frame's address had a fragment of its own): the value of the
    /// first `secret` after the last `#?`, if it is 1 to 64 ASCII letters and digits. Anything else
    /// (no `#?`, an empty, overlong or odd value, a third `#` after it) is no secret: the frame then
    /// posts no WordPress message at all, and the route is read as ever.
    ///
    /// ```
    /// use mlpath::embed::HostSecret;
    /// assert_eq!(HostSecret::from_hash("#/quiz#?secret=a1B2").unwrap().as_str(), "a1B2");
    /// assert!(HostSecret::from_hash("#?secret=a%20b").is_none());
    /// ```
    pub fn from_hash(hash: &str) -> Option<Self> {
        // Bytes, not `str` patterns: the app carries this into the wasm, where a substring
        // search would bring a searcher's code along for one two-byte needle.
        let bytes = hash.as_bytes();
        let start = bytes.windows(2).rposition(|pair| pair == b"#?")?;
        let query = bytes.get(start + 2..)?;
        let value = query.split(|&byte| byte == b'&').find_map(|pair| {
            let key_end = pair
                .iter()
                .position(|&byte| byte == b'=')
                .unwrap_or(pair.len());
            let (key, value) = pair.split_at(key_end);
            (key == b"secret").then(|| value.get(1..).unwrap_or_default())
        })?;
        let valid = (1..=MAX_SECRET_LEN).contains(&value.len())
            && value.iter().all(u8::is_ascii_alphanumeric);
        // Letters and digits only, so the bytes are text.
        valid.then(|| Self(value.iter().map(|&byte| char::from(byte)).collect()))
    }

    /// The secret's text, to post to the parent (and to nothing else).
    pub fn as_str(&self) -> &str {
        &self.0
    }
}
