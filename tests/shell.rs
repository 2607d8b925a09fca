//! The words around the app (`content::shell`): the boot script's messages as the build writes
//! them into each page, the note for browsers without scripts, and the web manifest, each in the
//! build's language and each the content file's `[ui.boot]`, `[ui.page]` and `[ui.manifest]`.

use std::collections::BTreeMap;

use mlpath::content::shell::{
    boot_words_element, json_string, manifest_in, with_boot_words, with_noscript_note, BOOT_WORDS,
    BOOT_WORDS_ID, MANIFEST_DESCRIPTION, MANIFEST_NAME, NOSCRIPT_NOTE, PAGE_DESCRIPTION,
};
use mlpath::content::SOURCE;
use mlpath::view::SITE_NAME;
use serde_json::Value;

const BOOT_JS: &str = include_str!("../src/boot.js");
const INDEX_HTML: &str = include_str!("../index.html");
const MANIFEST: &str = include_str!("../static/manifest.webmanifest");

/// The English texts of the content file's `[ui.<group>]` table.
fn table(group: &str) -> BTreeMap<String, String> {
    let content: toml::Table = SOURCE.parse().unwrap();
    content["ui"][group]
        .as_table()
        .unwrap()
        .iter()
        .map(|(key, text)| (key.clone(), text.as_str().unwrap().to_owned()))
        .collect()
}

/// The JSON object inside the boot words' element.
fn words_in(element: &str) -> BTreeMap<String, String> {
    let open = format!(r#"<script type="application/json" id="{BOOT_WORDS_ID}">"#);
    let json = element
        .strip_prefix(&open)
        .and_then(|rest| rest.strip_suffix("</script>"))
        .unwrap_or_else(|| panic!("{element}"));
    serde_json::from_str(json).unwrap()
}

#[test]
fn the_boot_script_says_every_message_of_ui_boot_and_nothing_of_its_own() {
    let english = table("boot");
    let words: BTreeMap<String, String> = BOOT_WORDS
        .iter()
        .map(|(key, text)| ((*key).to_owned(), (*text).to_owned()))
        .collect();
    // This is the English build: the words are content.toml's, every one of them.
    assert_eq!(words, english);
    let read: std::collections::BTreeSet<&str> = BOOT_JS
        .match_indices("words.")
        .map(|(at, _)| {
            let rest = &BOOT_JS[at + "words.".len()..];
            let end = rest
                .find(|c: char| !(c.is_ascii_alphanumeric() || c == '_'))
                .unwrap_or(rest.len());
            &rest[..end]
        })
        .collect();
    assert_eq!(
        read,
        english.keys().map(String::as_str).collect(),
        "the keys src/boot.js reads as words.<key>"
    );
    // Said in the page's language, so never in the script's own English.
    for text in english.values() {
        assert!(
            !BOOT_JS.contains(&format!("\"{text}\"")),
            "src/boot.js still says {text:?}"
        );
    }
    assert!(BOOT_JS.contains(&format!(r#"document.getElementById("{BOOT_WORDS_ID}")"#)));
}

#[test]
fn the_words_go_in_as_json_right_before_the_boot_script_once() {
    let page = r#"<html lang=en><head><title>Quiz</title><link rel=stylesheet href=s.css><script>boot()</script><script type=module>app()</script></head><body></body></html>"#;
    let worded = with_boot_words(page, &BOOT_WORDS).unwrap();
    let element = boot_words_element(&BOOT_WORDS);
    assert_eq!(
        worded,
        page.replacen("<script>", &format!("{element}<script>"), 1)
    );
    assert_eq!(words_in(&element)["loading"], "Loading the quiz…");
    assert_eq!(with_boot_words(&worded, &BOOT_WORDS), None, "twice");
    assert_eq!(
        with_boot_words("<html><head></head></html>", &BOOT_WORDS),
        None
    );
    // A translation's text cannot end the element or open a comment in it, and reads back whole.
    let odd = [("slow", "a </script><!-- \"b\" \\ c\nd")];
    let element = boot_words_element(&odd);
    let inner = &element[..element.len() - "</script>".len()];
    assert!(
        !inner.contains("</") && !inner.contains("<!--"),
        "{element}"
    );
    assert_eq!(words_in(&element)["slow"], odd[0].1);
    assert_eq!(json_string("«ü»\u{1}"), "\"«ü»\\u0001\"");
}

#[test]
fn the_note_without_scripts_is_written_in_escaped() {
    // index.html holds the English one, which the build replaces with its language's.
    assert_eq!(NOSCRIPT_NOTE, table("page")["noscript"]);
    assert!(INDEX_HTML.contains(&format!(r#"<p class="page">{NOSCRIPT_NOTE}</p>"#)));
    let page = r#"<body><noscript><p class=page>English.</p></noscript><p>Other.</p></body>"#;
    assert_eq!(
        with_noscript_note(page, "Tú & <yo>").unwrap(),
        r#"<body><noscript><p class=page>Tú &amp; &lt;yo&gt;</p></noscript><p>Other.</p></body>"#
    );
    assert_eq!(with_noscript_note("<body><p>x</p></body>", "y"), None);
    assert_eq!(
        with_noscript_note("<noscript>x</noscript><p>y</p>", "z"),
        None
    );
}

#[test]
fn the_manifest_is_named_and_described_in_the_builds_language() {
    let english = table("manifest");
    assert_eq!(MANIFEST_NAME, english["name"]);
    assert_eq!(MANIFEST_DESCRIPTION, english["description"]);
    // The file Trunk copies carries the English texts, and the site's name as the short name.
    let template: Value = serde_json::from_str(MANIFEST).unwrap();
    assert_eq!(template["name"], english["name"].as_str());
    assert_eq!(template["description"], english["description"].as_str());
    assert_eq!(template["short_name"], SITE_NAME);
    let spanish = manifest_in(MANIFEST, "es", "mlpath: ¿«sí»?", "Dice \"hola\" \\ adiós.").unwrap();
    let read: Value = serde_json::from_str(&spanish).unwrap();
    assert_eq!(read["name"], "mlpath: ¿«sí»?");
    assert_eq!(read["description"], "Dice \"hola\" \\ adiós.");
    assert_eq!(read["lang"], "es");
    // Everything else as it was.
    let mut rest = read.as_object().unwrap().clone();
    let mut was = template.as_object().unwrap().clone();
    for key in ["name", "description", "lang"] {
        rest.remove(key);
        was.remove(key);
    }
    assert_eq!(rest, was);
    assert_eq!(manifest_in("{\"name\": \"x\"}", "es", "a", "b"), None);
}

#[test]
fn the_landing_pages_description_is_ui_page() {
    assert_eq!(PAGE_DESCRIPTION, table("page")["description"]);
    assert!(INDEX_HTML.contains(&format!(
        r#"<meta name="description" content="{PAGE_DESCRIPTION}">"#
    )));
}
