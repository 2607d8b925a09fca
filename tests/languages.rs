//! The languages: the list the app has (`content::languages`), the translations in
//! `src/content/lang/`, which `./x build` builds one folder each from, and the addresses between
//! each page's versions.

use mlpath::content::languages::{Language, LANGUAGES};
use mlpath::route::PublicUrl;

#[test]
fn every_translation_is_a_language_of_the_app_and_every_language_but_english_has_one() {
    let mut files: Vec<String> = std::fs::read_dir("src/content/lang")
        .expect("src/content/lang")
        .map(|entry| {
            entry
                .expect("entry")
                .file_name()
                .to_string_lossy()
                .into_owned()
        })
        .filter_map(|name| name.strip_suffix(".toml").map(str::to_owned))
        .collect();
    files.sort();
    let mut codes: Vec<String> = LANGUAGES
        .iter()
        .filter(|language| !language.is_default())
        .map(|language| language.code.to_owned())
        .collect();
    codes.sort();
    assert_eq!(
        files, codes,
        "src/content/lang/*.toml against content::languages::LANGUAGES"
    );
    assert_eq!(
        LANGUAGES[0].code, "en",
        "English is the default, at the top of dist/"
    );
}

#[test]
fn a_page_links_its_version_in_every_language_relative_to_itself() {
    let [en, es, de] = LANGUAGES;
    assert_eq!(en.address_of("", &en), "./");
    assert_eq!(en.address_of("", &es), "es/");
    assert_eq!(es.address_of("", &en), "../");
    assert_eq!(es.address_of("", &de), "../de/");
    assert_eq!(
        de.address_of("data-scientist.html", &de),
        "../de/data-scientist.html"
    );
    assert_eq!(
        en.address_of("data-scientist.html", &de),
        "de/data-scientist.html"
    );
    assert_eq!(
        es.alternate_links("core-ml-engineer.html"),
        concat!(
            r#"<link rel="alternate" hreflang="en" href="../core-ml-engineer.html">"#,
            r#"<link rel="alternate" hreflang="es" href="../es/core-ml-engineer.html">"#,
            r#"<link rel="alternate" hreflang="de" href="../de/core-ml-engineer.html">"#,
            r#"<link rel="alternate" hreflang="x-default" href="../core-ml-engineer.html">"#,
        )
    );
    assert_eq!(Language::of("de"), Some(&LANGUAGES[2]));
    assert_eq!(Language::of("fr"), None);
    // A build without MLPATH_LANG is English.
    if option_env!("MLPATH_LANG").is_none_or(str::is_empty) {
        assert_eq!(Language::current().code, "en");
    }
}

#[test]
fn embed_js_knows_every_language_and_its_folder() {
    let script = std::fs::read_to_string("static/embed.js").expect("static/embed.js");
    let listed = LANGUAGES
        .iter()
        .map(|language| format!("{}: '{}'", language.code, language.folder()))
        .collect::<Vec<_>>()
        .join(", ");
    assert!(
        script.contains(&format!("var LANGUAGES = {{ {listed} }};")),
        "static/embed.js's LANGUAGES should read {{ {listed} }}"
    );
}

#[test]
fn with_the_sites_address_a_page_links_its_versions_absolutely_from_the_top_of_the_site() {
    let [en, es, de] = LANGUAGES;
    // Each language's build is told its own folder's address (./x build); the links start from the top.
    let spanish = PublicUrl::parse("https://example.org/quiz/es").unwrap();
    let top = spanish.top(&es).unwrap();
    assert_eq!(top.as_str(), "https://example.org/quiz/");
    assert_eq!(
        PublicUrl::parse("https://example.org/quiz/")
            .unwrap()
            .top(&en)
            .unwrap()
            .as_str(),
        "https://example.org/quiz/"
    );
    // Not in the language's folder: no top to link from.
    assert_eq!(spanish.top(&de), None);
    assert_eq!(
        PublicUrl::parse("https://example.org/quizes/")
            .unwrap()
            .top(&es),
        None
    );
    assert_eq!(
        es.absolute_alternate_links("core-ml-engineer.html", top.as_str()),
        concat!(
            r#"<link rel="alternate" hreflang="en" href="https://example.org/quiz/core-ml-engineer.html">"#,
            r#"<link rel="alternate" hreflang="es" href="https://example.org/quiz/es/core-ml-engineer.html">"#,
            r#"<link rel="alternate" hreflang="de" href="https://example.org/quiz/de/core-ml-engineer.html">"#,
            r#"<link rel="alternate" hreflang="x-default" href="https://example.org/quiz/core-ml-engineer.html">"#,
        )
    );
    // The landing page's: the folders themselves, the same from every language's pages.
    for language in LANGUAGES {
        assert_eq!(
            language.absolute_alternate_links("", "https://example.org/"),
            concat!(
                r#"<link rel="alternate" hreflang="en" href="https://example.org/">"#,
                r#"<link rel="alternate" hreflang="es" href="https://example.org/es/">"#,
                r#"<link rel="alternate" hreflang="de" href="https://example.org/de/">"#,
                r#"<link rel="alternate" hreflang="x-default" href="https://example.org/">"#,
            )
        );
    }
}
