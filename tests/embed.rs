//! Embedding, natively: the query-string parser, the accent's contrast rules, the snippets, the page
//! for site owners that offers them, and what embed.js and the stylesheet must agree on with the app.

mod common;
use common::ssr::*;
use mlpath::content::languages::LANGUAGES;
use mlpath::embed::{
    contrast, hosted_directory, iframe_snippet, page_address, script_snippet, AccentPalette,
    EmbedParams, HostSecret, Rgb, DARK_BACKGROUNDS, FRAME_TITLE, LIGHT_BACKGROUNDS,
    MIN_TEXT_CONTRAST, MIN_UI_CONTRAST, PLAIN_FRAME_HEIGHT, RESIZE_MESSAGE, RESIZE_VERSION,
};
use mlpath::route::{shows_prerendered_page, Route};
use proptest::prelude::*;

const EMBED_JS: &str = include_str!("../static/embed.js");
const STYLE_CSS: &str = include_str!("../static/style.css");
const INDEX_HTML: &str = include_str!("../index.html");

fn params(is_embedded: bool, accent: Option<&str>) -> EmbedParams {
    EmbedParams {
        is_embedded,
        is_parent_sized: false,
        accent: accent.and_then(Rgb::from_hex),
    }
}

#[test]
fn the_query_parser_takes_only_exact_values() {
    let long = format!("embed=1&accent={}", "d".repeat(100_000));
    let cases: Vec<(&str, EmbedParams)> = vec![
        ("", EmbedParams::default()),
        ("?", EmbedParams::default()),
        ("?embed=1", params(true, None)),
        ("embed=1", params(true, None)),
        ("?embed=0", params(false, None)),
        ("?embed=true", params(false, None)),
        ("?embed", params(false, None)),
        ("?embed=1%00", params(false, None)),
        ("?embed=%FF%FE", params(false, None)),
        ("?embed=%", params(false, None)),
        ("?%65mbed=%31", params(true, None)),
        // The theme is the boot script's (src/boot.js), not the app's.
        ("?embed=1&theme=dark", params(true, None)),
        (long.as_str(), params(true, None)),
        ("?embed=1&accent=0b5fad", params(true, Some("0b5fad"))),
        ("?embed=1&accent=FFFF00", params(true, Some("ffff00"))),
        ("?embed=1&accent=%230b5fad", params(true, None)),
        ("?embed=1&accent=0b5fa", params(true, None)),
        ("?embed=1&accent=0b5fadd", params(true, None)),
        ("?embed=1&accent=+b5fad", params(true, None)),
        ("?embed=1&accent=red", params(true, None)),
        ("?embed=1&accent=red;}body{display:none", params(true, None)),
        ("?embed=1&accent=0b5f%00d", params(true, None)),
        ("?embed=1&accent=%3Cscript%3E", params(true, None)),
        ("?embed=1&accent=ｆｆｆｆｆｆ", params(true, None)),
        // The first occurrence of a key counts, valid or not.
        (
            "?accent=123abc&accent=0b5fad&embed=1",
            params(true, Some("123abc")),
        ),
        ("?accent=zzzzzz&accent=0b5fad&embed=1", params(true, None)),
        ("?embed=0&embed=1", params(false, None)),
        ("&&&==&embed=1&&", params(true, None)),
        (
            "?other=x&embed=1&theme=light&accent=123abc&utm_source=blog",
            params(true, Some("123abc")),
        ),
    ];
    for (query, expected) in cases {
        let shown: String = query.chars().take(60).collect();
        assert_eq!(EmbedParams::from_query(query), expected, "{shown}");
    }
    let sized = EmbedParams::from_query("?embed=1&autosize=1");
    assert!(sized.is_embedded && sized.is_parent_sized);
    assert!(!EmbedParams::from_query("?embed=1&autosize=yes").is_parent_sized);
}

#[test]
fn accents_are_exactly_six_hex_digits_and_reserialise_in_lower_case() {
    assert_eq!(Rgb::from_hex("0B5fAd"), Some(Rgb::new(0x0b, 0x5f, 0xad)));
    assert_eq!(
        Rgb::from_hex("0B5fAd").map(|c| c.to_string()),
        Some("#0b5fad".to_owned())
    );
    for bad in [
        "", "#0b5fad", "0b5fa", "0b5fad0", "-b5fad", "+b5fad", " b5fad", "0x5fad", "gggggg",
        "é5fad",
    ] {
        assert_eq!(Rgb::from_hex(bad), None, "{bad}");
    }
}

#[test]
fn contrast_follows_wcag() {
    assert!((contrast(Rgb::BLACK, Rgb::WHITE) - 21.0).abs() < 1e-9);
    assert!((contrast(Rgb::WHITE, Rgb::BLACK) - 21.0).abs() < 1e-9);
    let accent = Rgb::new(0x0b, 0x5f, 0xad);
    assert!((contrast(accent, accent) - 1.0).abs() < 1e-9);
    // The app's own accent on white: about 6.5:1.
    let ratio = contrast(accent, Rgb::WHITE);
    assert!((6.3..6.7).contains(&ratio), "{ratio}");
}

#[test]
fn the_accent_text_and_links_are_chosen_for_contrast() {
    let yellow = AccentPalette::new(Rgb::new(0xff, 0xff, 0x00));
    assert_eq!(yellow.brand_text, Rgb::BLACK);
    assert_eq!(
        yellow.link_light, None,
        "yellow links would not read on white"
    );
    assert_eq!(yellow.link_dark, Some(Rgb::new(0xff, 0xff, 0x00)));

    let blue = AccentPalette::new(Rgb::new(0x0b, 0x5f, 0xad));
    assert_eq!(blue.brand_text, Rgb::WHITE);
    assert_eq!(blue.link_light, Some(Rgb::new(0x0b, 0x5f, 0xad)));
    assert_eq!(blue.link_dark, None);

    let names: Vec<_> = yellow
        .custom_properties()
        .into_iter()
        .map(|(name, _)| name)
        .collect();
    assert_eq!(
        names,
        [
            "--brand-fill-dark",
            "--brand-fill-dark-text",
            "--brand-link-dark"
        ]
    );
    // This blue is too dark to stand out on the dark theme: fills and links there keep its accent.
    assert_eq!(
        blue.custom_properties(),
        [
            ("--brand-fill-light", "#0b5fad".to_owned()),
            ("--brand-fill-light-text", "#ffffff".to_owned()),
            ("--brand-link-light", "#0b5fad".to_owned()),
        ]
    );

    // A navy accent would vanish into the dark theme: there the theme's own accent stays.
    let navy = AccentPalette::new(Rgb::new(0x13, 0x31, 0x5c));
    assert_eq!(navy.fill_light, Some(Rgb::new(0x13, 0x31, 0x5c)));
    assert_eq!(navy.fill_dark, None);
}

#[test]
fn every_accent_keeps_text_readable() {
    for r in (0..=255u8).step_by(15) {
        for g in (0..=255u8).step_by(15) {
            for b in (0..=255u8).step_by(15) {
                let accent = Rgb::new(r, g, b);
                let palette = AccentPalette::new(accent);
                assert!(
                    contrast(accent, palette.brand_text) >= MIN_TEXT_CONTRAST,
                    "{accent} button text"
                );
                for (link, backgrounds) in [
                    (palette.link_light, LIGHT_BACKGROUNDS),
                    (palette.link_dark, DARK_BACKGROUNDS),
                ] {
                    for background in backgrounds.iter().filter(|_| link.is_some()) {
                        assert!(contrast(accent, *background) >= MIN_TEXT_CONTRAST);
                    }
                }
                for (fill, backgrounds) in [
                    (palette.fill_light, LIGHT_BACKGROUNDS),
                    (palette.fill_dark, DARK_BACKGROUNDS),
                ] {
                    for background in backgrounds.iter().filter(|_| fill.is_some()) {
                        assert!(
                            contrast(accent, *background) >= MIN_UI_CONTRAST,
                            "{accent} fill on {background}"
                        );
                    }
                }
            }
        }
    }
}

#[test]
fn the_contrast_backgrounds_are_the_stylesheets() {
    let names = ["--bg", "--surface", "--accent-soft"];
    for (backgrounds, scheme) in [(LIGHT_BACKGROUNDS, "light"), (DARK_BACKGROUNDS, "dark")] {
        let block = STYLE_CSS
            .split(&format!(":root[data-theme=\"{scheme}\"] {{"))
            .nth(1)
            .and_then(|rest| rest.split('}').next())
            .expect("a forced-theme block per scheme");
        for (name, colour) in names.iter().zip(backgrounds) {
            let declaration = format!("{name}: {colour};");
            assert!(block.contains(&declaration), "{scheme}: {declaration}");
            assert!(
                STYLE_CSS.matches(&declaration).count() >= 2,
                "{declaration} also in the default theme"
            );
        }
    }
}

#[test]
fn addresses_drop_query_and_fragment() {
    let cases = [
        (
            "https://example.org/blog/quiz/index.html?embed=1#/quiz",
            "https://example.org/blog/quiz/index.html",
            "https://example.org/blog/quiz/",
        ),
        (
            "https://example.org/blog/quiz/#/result/abc",
            "https://example.org/blog/quiz/",
            "https://example.org/blog/quiz/",
        ),
        (
            "https://example.org/",
            "https://example.org/",
            "https://example.org/",
        ),
        (
            "https://example.org",
            "https://example.org",
            "https://example.org/",
        ),
        (
            "http://127.0.0.1:8080/index.html?a=/b/c",
            "http://127.0.0.1:8080/index.html",
            "http://127.0.0.1:8080/",
        ),
        ("", "", "/"),
    ];
    for (href, page, directory) in cases {
        assert_eq!(page_address(href), page, "{href}");
        assert_eq!(hosted_directory(href), directory, "{href}");
    }
}

#[test]
fn the_snippets_point_at_the_hosted_app() {
    let directory = "https://example.org/blog/quiz/";
    let [english, ..] = LANGUAGES;
    assert_eq!(
        script_snippet(directory, &english),
        r#"<script src="https://example.org/blog/quiz/embed.js" async data-theme="auto"></script>"#
    );
    let iframe = iframe_snippet(directory, &english);
    for part in [
        r#"src="https://example.org/blog/quiz/index.html?embed=1""#,
        &format!(r#"title="{FRAME_TITLE}""#),
        r#"width="100%""#,
        &format!(r#"height="{PLAIN_FRAME_HEIGHT}""#),
        r#"allow="clipboard-write; web-share""#,
        r#"loading="lazy""#,
        // The blog's address is none of the quiz's business, as with embed.js.
        r#"referrerpolicy="no-referrer""#,
    ] {
        assert!(iframe.contains(part), "{part} in {iframe}");
    }
    assert!(!iframe.contains("style="), "a strict CSP would drop it");
    let odd = script_snippet(r#"https://x.org/a"b<c>&d/"#, &english);
    assert!(
        odd.contains(r#"src="https://x.org/a&quot;b&lt;c&gt;&amp;d/embed.js""#),
        "{odd}"
    );
}

#[test]
fn the_snippets_of_another_languages_pages_ask_for_it() {
    // The English pages' snippets leave the language to the reader's browser; the Spanish and
    // German pages' ask for theirs, so a site owner who copies them gets the quiz in it.
    let [_, spanish, german] = LANGUAGES;
    assert_eq!(
        script_snippet("https://example.org/quiz/es/", &spanish),
        r#"<script src="https://example.org/quiz/es/embed.js" async data-theme="auto" data-lang="es"></script>"#
    );
    let iframe = iframe_snippet("https://example.org/quiz/de/", &german);
    assert!(
        iframe.contains(r#"src="https://example.org/quiz/de/index.html?embed=1&amp;lang=de""#),
        "{iframe}"
    );
    // The address the frame opens, as a browser reads the attribute: the boot script's `lang`.
    let doc = scraper::Html::parse_fragment(&iframe);
    let src = doc
        .select(&scraper::Selector::parse("iframe").unwrap())
        .next()
        .and_then(|frame| frame.value().attr("src"))
        .unwrap();
    assert_eq!(
        src,
        "https://example.org/quiz/de/index.html?embed=1&lang=de"
    );
    // embed.js takes exactly these values of data-lang.
    for language in LANGUAGES {
        assert!(
            EMBED_JS.contains(&format!("{}: '{}'", language.code, language.folder())),
            "{}",
            language.code
        );
    }
}

#[test]
fn embed_js_and_the_app_agree_on_the_protocol() {
    assert!(EMBED_JS.contains(&format!("var MESSAGE_TYPE = '{RESIZE_MESSAGE}';")));
    assert!(EMBED_JS.contains(&format!("var MESSAGE_VERSION = {RESIZE_VERSION};")));
    assert!(EMBED_JS.contains(&format!("var TITLE = '{FRAME_TITLE}';")));
    assert!(!EMBED_JS.contains("innerHTML") && !EMBED_JS.contains("querySelector"));
    // The theme message, from embed.js to the boot script, is tested where it runs: in
    // tests/browser/boot.test.mjs, and end to end in tests/browser/embed.test.mjs.
    for file in [
        "static/embed.js",
        "static/demo.html",
        "static/demo.css",
        "static/demo.js",
    ] {
        assert!(
            INDEX_HTML.contains(&format!(
                r#"<link data-trunk rel="copy-file" href="{file}">"#
            )),
            "{file} is copied into dist/"
        );
    }
}

#[tokio::test]
async fn the_embed_code_has_a_page_of_its_own_for_site_owners() {
    // The landing page is for quiz-takers: no code boxes, a footer link to them instead.
    let landing = render(Route::Home).await;
    assert!(texts(&landing, "textarea").is_empty());
    assert!(texts(&landing, "h2")
        .iter()
        .all(|heading| !heading.contains("Embed")));
    assert_eq!(
        texts(&landing, "footer a[href='#/embed']"),
        ["Put this quiz on your site"]
    );
    // The page is not embedded when rendered outside the app: the site navigation is there.
    assert_eq!(
        texts(&landing, "header nav[aria-label='Site'] a"),
        ["The two roles"]
    );
    // And the language switch: each other language's name, the current one marked.
    assert_eq!(
        texts(&landing, "header nav[aria-label='Language'] a"),
        ["Español", "Deutsch"]
    );
    assert_eq!(
        texts(&landing, "header nav[aria-label='Language'] [aria-current]"),
        ["English"]
    );

    let page = render(Route::Embed).await;
    assert_eq!(texts(&page, "h1"), ["Put this quiz on your site"]);
    assert_eq!(
        texts(&page, "main h2"),
        ["The script tag", "Where scripts are not allowed", "More"]
    );
    // Every option of the script tag, explained.
    assert_eq!(
        texts(&page, ".embed-options dt"),
        ["data-theme", "data-accent", "data-max-width", "data-lang"]
    );
    let iframe = texts(&page, "main section:nth-of-type(2) p").join(" ");
    assert!(
        iframe.contains(&format!("{PLAIN_FRAME_HEIGHT} pixels tall")),
        "{iframe}"
    );
    assert_eq!(
        texts(&page, "main a[href='demo.html']"),
        ["A sample blog post with the quiz in it"]
    );
    assert!(texts(&page, "main").join(" ").contains("docs/EMBEDDING.md"));
    // The snippets need the page's real address, known only in the browser, and the page is never
    // rendered at build time: server-side rendering leaves them out rather than showing a guess.
    assert!(texts(&page, "textarea").is_empty());
}

proptest! {
    #[test]
    fn any_query_parses_without_panicking(query in ".{0,200}") {
        let params = EmbedParams::from_query(&query);
        if let Some(accent) = params.accent {
            prop_assert_eq!(accent.to_string().len(), 7);
        }
    }

    #[test]
    fn anything_after_the_route_leaves_it_alone_and_any_secret_read_is_letters_and_digits(
        path in ".{0,60}",
        tail in ".{0,60}",
    ) {
        let hash = format!("#{path}");
        let with_tail = format!("{hash}#?secret={tail}");
        prop_assert_eq!(Route::from_hash(&with_tail), Route::from_hash(&hash));
        prop_assert_eq!(Route::resume_param(&with_tail), Route::resume_param(&hash));
        if let Some(secret) = HostSecret::from_hash(&with_tail) {
            prop_assert!((1..=64).contains(&secret.as_str().len()));
            prop_assert!(secret.as_str().bytes().all(|b| b.is_ascii_alphanumeric()));
        }
    }

    #[test]
    fn any_valid_accent_round_trips(r: u8, g: u8, b: u8) {
        let colour = Rgb::new(r, g, b);
        let text = colour.to_string();
        prop_assert_eq!(Rgb::from_hex(&text[1..]), Some(colour));
        let query = format!("?embed=1&accent={}", &text[1..]);
        prop_assert_eq!(EmbedParams::from_query(&query).accent, Some(colour));
    }
}

#[test]
fn wordpress_secrets_are_read_from_the_end_of_the_fragment_only_when_exact() {
    let secret = |hash: &str| HostSecret::from_hash(hash).map(|s| s.as_str().to_owned());
    for (hash, expected) in [
        ("#?secret=Ab3dE6gH9k", Some("Ab3dE6gH9k")),
        ("#/quiz#?secret=Ab3dE6gH9k", Some("Ab3dE6gH9k")),
        ("#/result/BACZaZThSTSMYKug#?secret=x1", Some("x1")),
        ("#/quiz?progress=1%3A2%3AABC#?secret=abc", Some("abc")),
        ("##?secret=abc", Some("abc")),
        ("#?other=1&secret=abc&more=2", Some("abc")),
        ("#?secret=abc&secret=def", Some("abc")),
        ("#?secret=abc#?secret=def", Some("def")),
        (
            &format!("#?secret={}", "a".repeat(64)),
            Some(&*"a".repeat(64)),
        ),
        // No secret, or none WordPress would make: nothing is read.
        ("", None),
        ("#", None),
        ("#/quiz", None),
        ("#/quiz?secret=abc", None),
        ("#?secret=", None),
        ("#?secret", None),
        ("#?Secret=abc", None),
        ("#?secret=ab-cd", None),
        ("#?secret=ab%20cd", None),
        ("#?secret=<script>", None),
        ("#?secret=abc#more", None),
        ("#?secret=ｆｕｌｌ", None),
        ("#?secret=é", None),
        (&format!("#?secret={}", "a".repeat(65)), None),
        ("#?secret=abc#?secret=", None),
    ] {
        assert_eq!(secret(hash).as_deref(), expected, "{hash}");
    }
}

#[test]
fn a_secret_or_a_second_fragment_never_changes_the_route() {
    let code = "BACZaZThSTSMYKug";
    for route in [
        Route::Home,
        Route::Quiz,
        Route::Roles,
        Route::NotFound,
        Route::Result { code: code.into() },
    ] {
        let href = route.href();
        for tail in [
            "#?secret=Ab3dE6gH9k",
            "#?secret=",
            "#?secret=<b>",
            "#?secret=a#b",
            "#",
            "##",
            "#?",
            "#/roles",
        ] {
            assert_eq!(
                Route::from_hash(&format!("{href}{tail}")),
                route,
                "{href}{tail}"
            );
        }
    }
    // The landing page, when WordPress frames the quiz's plain address.
    assert_eq!(Route::from_hash("#?secret=Ab3dE6gH9k"), Route::Home);
    assert_eq!(Route::from_hash("##?secret=Ab3dE6gH9k"), Route::Home);
    // The result's code is the code, never the secret after it.
    assert_eq!(
        Route::from_hash(&format!("#/result/{code}#?secret=x1")),
        Route::Result { code: code.into() }
    );
    // A quiz link carrying progress keeps it, and only it.
    let carried = format!("{}#?secret=Ab3dE6gH9k", Route::resume_href("1:5:BABx-_"));
    assert_eq!(Route::from_hash(&carried), Route::Quiz);
    assert_eq!(Route::resume_param(&carried).as_deref(), Some("1:5:BABx-_"));
    assert_eq!(Route::resume_param("#/quiz#?progress=1:5:BABx-_"), None);
}

/// One row of `tests/start-up.json`.
#[derive(serde::Deserialize)]
struct StartUpCase {
    address: String,
    framed: bool,
    /// Whether the document is a path's share page (`data-share-page`).
    #[serde(default)]
    share_page: bool,
    embedded: bool,
    waits: bool,
    /// WordPress's secret, where the app takes one: only in an embed.
    #[serde(default)]
    secret: Option<String>,
    why: String,
}

#[test]
fn the_app_reads_every_address_of_the_start_up_table_as_the_boot_script_does() {
    #[derive(serde::Deserialize)]
    struct Table {
        cases: Vec<StartUpCase>,
    }
    let table: Table = serde_json::from_str(include_str!("start-up.json")).unwrap();
    assert!(table.cases.len() >= 20);
    for case in table.cases {
        let (before_fragment, hash) = match case.address.split_once('#') {
            Some((before, after)) => (before, format!("#{after}")),
            None => (case.address.as_str(), String::new()),
        };
        let search = before_fragment
            .split_once('?')
            .map_or("", |(_, query)| query);
        // As web::frame::enter_embed_mode decides.
        let embedded = EmbedParams::from_query(search).is_embed_mode(case.framed);
        let route = Route::from_address(&hash, case.share_page);
        let shows = shows_prerendered_page(&route, embedded, case.share_page);
        // Read in embed mode only, as enter_embed_mode does.
        let secret = HostSecret::from_hash(&hash).filter(|_| embedded);
        let name = format!(
            "{} (framed: {}, share page: {}): {}",
            case.address, case.framed, case.share_page, case.why
        );
        assert_eq!(embedded, case.embedded, "embedded? {name}");
        assert_eq!(!shows, case.waits, "waits for the app? {name}");
        assert_eq!(
            secret.as_ref().map(HostSecret::as_str),
            case.secret.as_deref(),
            "WordPress's secret? {name}"
        );
    }
}
