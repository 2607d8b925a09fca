//! The two embed snippets a blogger copies, built from where the app is really hosted.

use crate::content::languages::Language;
pub use crate::content::shell::escape_html;
use crate::content::ui;

/// The iframe's accessible name, the same one `static/embed.js` gives.
pub const FRAME_TITLE: &str = ui!(embedding.frame_title);

/// The height of the plain iframe, which cannot follow its content: enough for a question on a phone.
pub const PLAIN_FRAME_HEIGHT: u32 = 720;

/// The script snippet: `embed.js` next to the app, which inserts an iframe that sizes itself.
/// `directory` is the app's directory with its trailing `/`; a `language` other than the default
/// is asked for (`data-lang`), so a snippet copied from the Spanish pages opens in Spanish.
pub fn script_snippet(directory: &str, language: &Language) -> String {
    format!(
        r#"<script src="{}embed.js" async data-theme="auto"{}></script>"#,
        escape_html(directory),
        if language.is_default() {
            String::new()
        } else {
            format!(r#" data-lang="{}""#, language.code)
        }
    )
}

/// The plain iframe snippet, for hosts that strip scripts: a fixed height, scrolling inside. A
/// `language` other than the default is asked for in the address (`lang`), as `embed.js` asks.
pub fn iframe_snippet(directory: &str, language: &Language) -> String {
    format!(
        r#"<iframe src="{}index.html?embed=1{}" title="{FRAME_TITLE}" width="100%" height="{PLAIN_FRAME_HEIGHT}" allow="clipboard-write; web-share" loading="lazy" referrerpolicy="no-referrer"></iframe>"#,
        escape_html(directory),
        if language.is_default() {
            String::new()
        } else {
            format!("&amp;lang={}", language.code)
        }
    )
}
