//! The two embed snippets a blogger copies, built from where the app is really hosted.

use crate::content::ui;

/// The iframe's accessible name, the same one `static/embed.js` gives.
pub const FRAME_TITLE: &str = ui!(embedding.frame_title);

/// The height of the plain iframe, which cannot follow its content: enough for a question on a phone.
pub const PLAIN_FRAME_HEIGHT: u32 = 720;

/// `text` made safe as HTML text or inside a double-quoted HTML attribute.
pub fn escape_html(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('"', "&quot;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

/// The script snippet: `embed.js` next to the app, which inserts an iframe that sizes itself.
/// `directory` is the app's directory with its trailing `/`.
pub fn script_snippet(directory: &str) -> String {
    format!(
        r#"<script src="{}embed.js" async data-theme="auto"></script>"#,
        escape_html(directory)
    )
}

/// The plain iframe snippet, for hosts that strip scripts: a fixed height, scrolling inside.
pub fn iframe_snippet(directory: &str) -> String {
    format!(
        r#"<iframe src="{}index.html?embed=1" title="{FRAME_TITLE}" width="100%" height="{PLAIN_FRAME_HEIGHT}" allow="clipboard-write; web-share" loading="lazy" referrerpolicy="no-referrer"></iframe>"#,
        escape_html(directory)
    )
}
