//! WordPress's protocol for the frames it embeds, the pure part. For a provider it does not list,
//! found through oEmbed discovery, WordPress keeps only the `<iframe>` of the oEmbed `html`,
//! sandboxes it with `allow-scripts` alone, appends `#?secret=<random letters and digits>` to its
//! address, and sizes it when the frame posts `{ message: "height", value, secret }` to its parent,
//! within 200–1000 px. The frame may also post `{ message: "link", value: url, secret }`, which opens
//! an address on the frame's own host in the reader's tab, and WordPress may post
//! `{ message: "ready", secret }` to the frame, which answers with its height. The browser side is
//! [`crate::web::frame`]; `docs/EMBEDDING.md` describes it all.
#![deny(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing)]

/// The `message` of the height a frame posts to its parent.
pub const HEIGHT_MESSAGE: &str = "height";

/// The `message` a frame posts to have its parent open an address in the reader's tab.
pub const LINK_MESSAGE: &str = "link";

/// The `message` a parent may post to its frame, which answers with its height.
pub const READY_MESSAGE: &str = "ready";

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
        let start = hash.rfind("#?")?;
        let query = hash.get(start + 2..)?;
        let value = query.split('&').find_map(|pair| {
            let (key, value) = pair.split_once('=').unwrap_or((pair, ""));
            (key == "secret").then_some(value)
        })?;
        let valid = (1..=MAX_SECRET_LEN).contains(&value.len())
            && value.bytes().all(|byte| byte.is_ascii_alphanumeric());
        valid.then(|| Self(value.to_owned()))
    }

    /// The secret's text, to post to the parent (and to nothing else).
    pub fn as_str(&self) -> &str {
        &self.0
    }
}
