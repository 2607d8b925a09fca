//! The words of the files around the app (`index.html`, the boot script, the web manifest), in
//! the build's language, and how the build writes them in: content.toml's `[ui.boot]`,
//! `[ui.page]` and `[ui.manifest]`. `src/bin/prerender.rs` puts them into every page and the
//! manifest of a build, so each language's files speak it before the app has started.

use super::ui;

/// The id of the element that carries the boot script's messages in each page.
pub const BOOT_WORDS_ID: &str = "boot-words";

/// The boot script's messages (`[ui.boot]`), by key, in the build's language. `src/boot.js`
/// reads each as `words.<key>`, and says nothing else.
pub const BOOT_WORDS: [(&str, &str); 8] = [
    ("loading", ui!(boot.loading)),
    ("no_wasm", ui!(boot.no_wasm)),
    ("not_loaded", ui!(boot.not_loaded)),
    ("own_page", ui!(boot.own_page)),
    ("refused", ui!(boot.refused)),
    ("refused_in_frame", ui!(boot.refused_in_frame)),
    ("slow", ui!(boot.slow)),
    ("try_again", ui!(boot.try_again)),
];

/// The note for a browser that runs no scripts (`<noscript>`), in the build's language.
pub const NOSCRIPT_NOTE: &str = ui!(page.noscript);

/// What a search engine shows under the landing page's title, in the build's language.
pub const PAGE_DESCRIPTION: &str = ui!(page.description);

/// The installed app's name, in the build's language.
pub const MANIFEST_NAME: &str = ui!(manifest.name);

/// What the installed app is, in the build's language.
pub const MANIFEST_DESCRIPTION: &str = ui!(manifest.description);

/// `text` as a JSON string literal, quotes included, that may also stand inside an HTML
/// `<script>` element: `<` is escaped, so no `</script>` or `<!--` can end or change it; so are the
/// line and paragraph separators, which old JavaScript engines read as line ends. The one JSON
/// writer of the build (the boot words, the manifest, `oembed.json`).
pub fn json_string(text: &str) -> String {
    use std::fmt::Write as _;
    let mut json = String::with_capacity(text.len() + 2);
    json.push('"');
    for c in text.chars() {
        match c {
            '"' => json.push_str("\\\""),
            '\\' => json.push_str("\\\\"),
            '\n' => json.push_str("\\n"),
            '<' => json.push_str("\\u003c"),
            c if u32::from(c) < 0x20 || c == '\u{2028}' || c == '\u{2029}' => {
                let _ = write!(json, "\\u{:04x}", u32::from(c));
            }
            c => json.push(c),
        }
    }
    json.push('"');
    json
}

/// `text` made safe as HTML text or inside a double-quoted HTML attribute: the one escape of the
/// markup the app and the build write.
pub fn escape_html(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('"', "&quot;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

/// The element that carries `words` (key and text) for the boot script: a JSON object in a
/// `<script type="application/json">`, which the browser never runs (so the page's security
/// policy, which hashes each script it may run, leaves it out: `tools/csp.mjs`).
pub fn boot_words_element(words: &[(&str, &str)]) -> String {
    let object = words
        .iter()
        .map(|(key, text)| format!("{}:{}", json_string(key), json_string(text)))
        .collect::<Vec<_>>()
        .join(",");
    format!(r#"<script type="application/json" id="{BOOT_WORDS_ID}">{{{object}}}</script>"#)
}

/// `page` with `words` for the boot script right before its first `<script>` (the boot script,
/// which reads them as it runs); none if it has no script, or has the words already.
pub fn with_boot_words(page: &str, words: &[(&str, &str)]) -> Option<String> {
    if page.contains(&format!(r#"id="{BOOT_WORDS_ID}""#)) {
        return None;
    }
    let at = page.find("<script")?;
    Some(format!(
        "{}{}{}",
        &page[..at],
        boot_words_element(words),
        &page[at..]
    ))
}

/// `page` with the text of the paragraph in its `<noscript>` replaced by `note` (escaped); none
/// if it has no `<noscript>` holding a `<p>`.
pub fn with_noscript_note(page: &str, note: &str) -> Option<String> {
    let start = page.find("<noscript>")?;
    let end = start + page[start..].find("</noscript>")?;
    let paragraph = start + page[start..end].find("<p")?;
    let text = paragraph + page[paragraph..end].find('>')? + 1;
    let text_end = text + page[text..end].find("</p>")?;
    Some(format!(
        "{}{}{}",
        &page[..text],
        escape_html(note),
        &page[text_end..]
    ))
}

/// The web manifest `template` (`static/manifest.webmanifest`, a JSON object) with its `name`,
/// `description` and `lang` set to these; none if it lacks one of them.
pub fn manifest_in(template: &str, lang: &str, name: &str, description: &str) -> Option<String> {
    let manifest = with_json_string(template, "name", name)?;
    let manifest = with_json_string(&manifest, "description", description)?;
    with_json_string(&manifest, "lang", lang)
}

/// `json` with the string value of its first member named `key` replaced by `value`; none if it
/// has no such member with a string value.
fn with_json_string(json: &str, key: &str, value: &str) -> Option<String> {
    let name = json_string(key);
    let mut from = 0;
    loop {
        let at = from + json[from..].find(&name)?;
        let after = json[at + name.len()..].trim_start();
        let Some(rest) = after.strip_prefix(':') else {
            from = at + name.len();
            continue;
        };
        let rest = rest.trim_start();
        let value_start = json.len() - rest.len();
        let value_end = value_start + string_length(rest)?;
        return Some(format!(
            "{}{}{}",
            &json[..value_start],
            json_string(value),
            &json[value_end..]
        ));
    }
}

/// The length in bytes of the JSON string literal at the start of `text`, quotes included.
fn string_length(text: &str) -> Option<usize> {
    let mut chars = text.char_indices();
    if chars.next()?.1 != '"' {
        return None;
    }
    let mut escaped = false;
    for (at, c) in chars {
        match c {
            _ if escaped => escaped = false,
            '\\' => escaped = true,
            '"' => return Some(at + 1),
            _ => {}
        }
    }
    None
}
