//! oEmbed, natively: the site's public address as the build reads it, the oEmbed document and its
//! discovery link, the origin in the page's policy, and `src/bin/publish.rs`, which writes them
//! into a built dist (run here as the build runs it, on a directory of its own).

use std::path::{Path, PathBuf};
use std::process::Command;

use mlpath::content::languages::Language;
use mlpath::embed::{
    discovery_link, iframe_snippet, with_discovery_link, with_public_origin, DiscoveryError,
    OEmbed, PolicyError, FRAME_TITLE, FRAME_WIDTH, OEMBED_FILE, OEMBED_TYPE, PLAIN_FRAME_HEIGHT,
    THUMBNAIL,
};
use mlpath::route::{PublicUrl, PublicUrlError};
use mlpath::view::{share_page_file, with_tags_after_title, PreviewMeta};
use scraper::{Html, Selector};
use serde_json::Value;

const STYLE_CSS: &str = include_str!("../static/style.css");

fn site(text: &str) -> PublicUrl {
    PublicUrl::parse(text).unwrap()
}

#[test]
fn the_public_address_is_an_absolute_directory() {
    for (text, read) in [
        ("https://example.org/quiz/", "https://example.org/quiz/"),
        ("https://example.org/quiz", "https://example.org/quiz/"),
        ("https://example.org", "https://example.org/"),
        ("https://example.org/", "https://example.org/"),
        ("  https://example.org/q/  ", "https://example.org/q/"),
        ("HTTPS://Example.ORG/Quiz/", "https://example.org/Quiz/"),
        ("http://127.0.0.1:8080/", "http://127.0.0.1:8080/"),
        (
            "https://quiz-1.example.co.uk:8443/a/b/",
            "https://quiz-1.example.co.uk:8443/a/b/",
        ),
        (
            "https://example.org/my%20quiz/",
            "https://example.org/my%20quiz/",
        ),
        ("https://example.org/v1.2", "https://example.org/v1.2/"),
    ] {
        assert_eq!(
            PublicUrl::parse(text).map(|u| u.to_string()),
            Ok(read.to_owned()),
            "{text}"
        );
    }
    for (text, why) in [
        ("", PublicUrlError::Empty),
        ("   ", PublicUrlError::Empty),
        ("example.org/quiz/", PublicUrlError::Scheme),
        ("//example.org/quiz/", PublicUrlError::Scheme),
        ("ftp://example.org/", PublicUrlError::Scheme),
        (
            "javascript://example.org/%0aalert(1)",
            PublicUrlError::Scheme,
        ),
        ("./", PublicUrlError::Scheme),
        ("https://", PublicUrlError::NoHost),
        ("https:///quiz/", PublicUrlError::NoHost),
        ("https://:8080/", PublicUrlError::NoHost),
        ("https://me:pw@example.org/", PublicUrlError::Credentials),
        (
            "https://example.org/quiz/?ref=x",
            PublicUrlError::QueryOrFragment,
        ),
        (
            "https://example.org/quiz/#/",
            PublicUrlError::QueryOrFragment,
        ),
        ("https://example.org/my quiz/", PublicUrlError::Character),
        (
            "https://example.org/\"><script>/",
            PublicUrlError::Character,
        ),
        ("https://example.org/it's/", PublicUrlError::Character),
        ("https://example.org/a\\b/", PublicUrlError::Character),
        ("https://exämple.org/", PublicUrlError::Character),
        ("https://example.org/quiz/index.html", PublicUrlError::Page),
        ("https://example.org/quiz.htm", PublicUrlError::Page),
        // A policy's host source cannot name these.
        ("https://[::1]:8443/a/b/", PublicUrlError::Host),
        ("https://exa;mple.org/", PublicUrlError::Host),
        ("https://example..org/", PublicUrlError::Host),
        ("https://example.org:/", PublicUrlError::Host),
        ("https://example.org:80a/", PublicUrlError::Host),
        ("https://example.org:123456/", PublicUrlError::Host),
    ] {
        assert_eq!(PublicUrl::parse(text), Err(why), "{text}");
        assert!(!why.to_string().is_empty());
    }
    assert_eq!(
        site("https://example.org/quiz").join("oembed.json"),
        "https://example.org/quiz/oembed.json"
    );
    for (text, origin) in [
        ("https://Example.org/quiz/", "https://example.org"),
        ("https://example.org", "https://example.org"),
        ("http://127.0.0.1:8080/a/b/", "http://127.0.0.1:8080"),
    ] {
        assert_eq!(site(text).origin(), origin, "{text}");
    }
}

/// A policy as `tools/csp.mjs` writes it, in a page.
const POLICY_PAGE: &str = r#"<head><title>Quiz</title><meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src 'self' 'sha256-abc=' 'wasm-unsafe-eval'; connect-src 'self'; img-src 'self' data: blob:; base-uri 'none'"><script>1</script></head>"#;

#[test]
fn the_origin_goes_next_to_self_in_each_directive_that_has_it() {
    let policy_of = |page: &str| {
        let html = Html::parse_document(page);
        let meta = Selector::parse("meta[http-equiv=Content-Security-Policy]").unwrap();
        let found: Vec<_> = html.select(&meta).collect();
        assert_eq!(found.len(), 1);
        found[0].value().attr("content").unwrap().to_owned()
    };
    let told = with_public_origin(POLICY_PAGE, &site("http://127.0.0.1:8080/quiz/")).unwrap();
    assert_eq!(
        policy_of(&told),
        "default-src 'none'; script-src 'self' http://127.0.0.1:8080 'sha256-abc=' 'wasm-unsafe-eval'; \
         connect-src 'self' http://127.0.0.1:8080; img-src 'self' http://127.0.0.1:8080 data: blob:; \
         base-uri 'none'"
    );
    // Nothing else of the page changes.
    assert_eq!(
        told.replace(" http://127.0.0.1:8080", ""),
        POLICY_PAGE,
        "{told}"
    );
    // Told twice, the origin is named once.
    assert_eq!(
        with_public_origin(&told, &site("http://127.0.0.1:8080/other/")).unwrap(),
        told
    );
    assert_eq!(
        with_public_origin(
            "<head><title>Quiz</title></head>",
            &site("https://example.org/")
        ),
        Err(PolicyError::NoPolicy)
    );
    assert_eq!(
        with_public_origin(
            r#"<meta http-equiv="Content-Security-Policy" content="default-src 'none'">"#,
            &site("https://example.org/")
        ),
        Err(PolicyError::NoSelf)
    );
}

/// The document for `https://example.org/quiz/`, parsed as any consumer parses it.
fn document() -> (OEmbed, Value) {
    let oembed = OEmbed::new(&site("https://example.org/quiz/"), "A \"quiz\"\n", "mlpath");
    let json = serde_json::from_str(&oembed.to_json()).expect("valid JSON");
    (oembed, json)
}

#[test]
fn the_document_is_a_rich_oembed_1_0_response() {
    let (_, json) = document();
    let object = json.as_object().expect("a JSON object");
    // oEmbed 1.0, section 2.3.4: every response has `version` "1.0" and a `type`; a `rich` one has
    // `html`, `width` and `height` (integers, in pixels).
    assert_eq!(object["version"], "1.0");
    assert_eq!(object["type"], "rich");
    assert!(object["html"].is_string());
    assert_eq!(object["width"].as_u64(), Some(u64::from(FRAME_WIDTH)));
    assert_eq!(
        object["height"].as_u64(),
        Some(u64::from(PLAIN_FRAME_HEIGHT))
    );
    // The optional fields it has, with their types; text escaped as JSON needs it.
    assert_eq!(object["title"], "A \"quiz\"\n");
    assert_eq!(object["provider_name"], "mlpath");
    assert_eq!(object["provider_url"], "https://example.org/quiz/");
    // A thumbnail's three fields come together.
    assert_eq!(
        object["thumbnail_url"],
        "https://example.org/quiz/icons/icon-512.png"
    );
    assert_eq!(object["thumbnail_width"].as_u64(), Some(512));
    assert_eq!(object["thumbnail_height"].as_u64(), Some(512));
    let mut keys: Vec<&str> = object.keys().map(String::as_str).collect();
    keys.sort_unstable();
    assert_eq!(
        keys,
        [
            "height",
            "html",
            "provider_name",
            "provider_url",
            "thumbnail_height",
            "thumbnail_url",
            "thumbnail_width",
            "title",
            "type",
            "version",
            "width"
        ]
    );
    let without = OEmbed {
        thumbnail: None,
        ..document().0
    };
    let json: Value = serde_json::from_str(&without.to_json()).unwrap();
    assert!(json.get("thumbnail_url").is_none() && json.get("thumbnail_width").is_none());
}

#[test]
fn the_html_is_one_iframe_the_plain_snippet_at_the_public_address() {
    let (oembed, json) = document();
    let html = json["html"].as_str().unwrap();
    assert_eq!(
        html,
        iframe_snippet("https://example.org/quiz/", Language::current())
    );
    assert_eq!(html, oembed.html);
    let fragment = Html::parse_fragment(html);
    let elements: Vec<_> = fragment
        .root_element()
        .descendants()
        .filter_map(|node| node.value().as_element())
        .map(|element| element.name())
        .collect();
    // The fragment's own root, then the one element.
    assert_eq!(elements, ["html", "iframe"]);
    let texts: String = fragment.root_element().text().collect();
    assert_eq!(texts.trim(), "", "nothing but the iframe");
    let iframe = fragment
        .select(&Selector::parse("iframe").unwrap())
        .next()
        .unwrap();
    assert_eq!(
        iframe.attr("src"),
        Some("https://example.org/quiz/index.html?embed=1")
    );
    assert_eq!(iframe.attr("title"), Some(FRAME_TITLE));
    // WordPress keeps src, width, height and title of a frame, and drops the rest: what it needs
    // is in those.
    assert_eq!(iframe.attr("height"), Some("720"));
}

#[test]
fn the_frame_width_is_the_quizs_column() {
    assert!(STYLE_CSS.contains("--measure: 42rem;"));
    assert_eq!(FRAME_WIDTH, 42 * 16);
}

#[test]
fn the_thumbnail_is_a_file_of_the_build_with_its_real_size() {
    let (file, width, height) = THUMBNAIL;
    let png = std::fs::read(Path::new("static").join(file)).expect("copied into dist/ as it is");
    // A PNG's size is in its IHDR chunk, right after the signature: width, then height.
    assert_eq!(&png[..8], b"\x89PNG\r\n\x1a\n");
    assert_eq!(&png[12..16], b"IHDR");
    let read = |at: usize| u32::from_be_bytes(png[at..at + 4].try_into().unwrap());
    assert_eq!((read(16), read(20)), (width, height));
    let index = include_str!("../index.html");
    assert!(index.contains(r#"<link data-trunk rel="copy-dir" href="static/icons">"#));
}

#[test]
fn the_discovery_link_names_the_document_by_its_absolute_address() {
    let link = discovery_link(&site("https://example.org/quiz"), "Data & \"AI\"");
    let page = Html::parse_document(&format!("<head>{link}</head>"));
    let found: Vec<_> = page
        .select(&Selector::parse(r#"link[rel="alternate"]"#).unwrap())
        .collect();
    assert_eq!(found.len(), 1);
    assert_eq!(found[0].attr("type"), Some(OEMBED_TYPE));
    assert_eq!(OEMBED_TYPE, "application/json+oembed");
    assert_eq!(
        found[0].attr("href"),
        Some("https://example.org/quiz/oembed.json")
    );
    assert_eq!(found[0].attr("title"), Some("Data & \"AI\""));
}

#[test]
fn the_discovery_link_goes_right_after_the_title_once() {
    let page = "<!doctype html><html><head><meta charset=utf-8><title>Quiz</title><script>x</script></head><body></body></html>";
    let link =
        r#"<link rel="alternate" type="application/json+oembed" href="https://x.org/oembed.json">"#;
    let linked = with_discovery_link(page, link).unwrap();
    assert_eq!(
        linked,
        format!("<!doctype html><html><head><meta charset=utf-8><title>Quiz</title>{link}<script>x</script></head><body></body></html>")
    );
    assert_eq!(
        with_discovery_link(&linked, link),
        Err(DiscoveryError::Present)
    );
    assert_eq!(
        with_discovery_link("<html><head></head></html>", link),
        Err(DiscoveryError::NoTitle)
    );
}

/// Runs the `publish` binary on `dir` with `setting` as `MLPATH_PUBLIC_URL` (unset if `None`).
fn publish(dir: &Path, setting: Option<&str>) -> (bool, String) {
    let mut command = Command::new(env!("CARGO_BIN_EXE_publish"));
    command.arg(dir).env_remove("MLPATH_PUBLIC_URL");
    if let Some(setting) = setting {
        command.env("MLPATH_PUBLIC_URL", setting);
    }
    let output = command.output().expect("the publish binary runs");
    (
        output.status.success(),
        String::from_utf8_lossy(&output.stderr).into_owned(),
    )
}

/// The policy `tools/csp.mjs` puts in a built page, before `publish` runs.
const CSP_META: &str = r#"<meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'">"#;

/// A small built page, `file` of `dist/` (`""` for `index.html`), with its links to its versions
/// in every language, relative, as the prerender step writes them.
fn built_page(file: &str) -> String {
    let links = Language::current().alternate_links(file);
    format!("<!doctype html><html lang=en><head><meta charset=utf-8><title>Quiz · mlpath</title>{links}{CSP_META}<link rel=stylesheet href=./style.css></head><body><div id=app></div></body></html>")
}

/// A directory of its own holding a small built `index.html` and the share pages; the former's text.
fn built_dist(name: &str) -> (PathBuf, String) {
    let dir = std::env::temp_dir().join(format!("mlpath-publish-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    let page = built_page("");
    std::fs::write(dir.join("index.html"), &page).unwrap();
    // The share pages the prerender step writes next to it.
    for path in mlpath::content::content().paths.iter() {
        let file = share_page_file(path);
        std::fs::write(dir.join(&file), built_page(&file)).unwrap();
    }
    (dir, page)
}

/// `page` (a page of `file`) with its links to the other languages' versions absolute, on `top`.
fn with_absolute_alternates(page: &str, file: &str, top: &str) -> String {
    let language = Language::current();
    let relative = language.alternate_links(file);
    assert!(page.contains(&relative), "{page}");
    page.replacen(&relative, &language.absolute_alternate_links(file, top), 1)
}

#[test]
fn publish_writes_the_document_and_its_link_for_the_setting() {
    let (dir, page) = built_dist("set");
    let (ok, said) = publish(&dir, Some("https://example.org/blog/quiz"));
    assert!(ok, "{said}");
    assert!(said.contains("https://example.org/blog/quiz/"), "{said}");
    let json: Value =
        serde_json::from_str(&std::fs::read_to_string(dir.join(OEMBED_FILE)).unwrap()).unwrap();
    let title = &mlpath::content::content().intro.title;
    let expected = OEmbed::new(&site("https://example.org/blog/quiz/"), title, "mlpath");
    assert_eq!(
        json,
        serde_json::from_str::<Value>(&expected.to_json()).unwrap()
    );
    let address = site("https://example.org/blog/quiz/");
    let linked = std::fs::read_to_string(dir.join("index.html")).unwrap();
    let discovered = with_discovery_link(&page, &discovery_link(&address, title)).unwrap();
    let previewed = with_tags_after_title(
        &with_public_origin(&discovered, &address).unwrap(),
        &PreviewMeta::landing(mlpath::content::content()).absolute_tags(&address),
    )
    .unwrap();
    let previewed = with_absolute_alternates(&previewed, "", address.as_str());
    assert_eq!(linked, previewed);
    assert!(
        linked.contains(
            r#"<link rel="alternate" hreflang="es" href="https://example.org/blog/quiz/es/">"#
        ),
        "{linked}"
    );
    assert!(linked.contains("script-src 'self' https://example.org 'wasm-unsafe-eval'; style-src 'self' https://example.org\""), "{linked}");
    // Each share page: its absolute preview tags, the discovery link, and the origin in its policy.
    for path in mlpath::content::content().paths.iter() {
        let file = share_page_file(path);
        let shared = std::fs::read_to_string(dir.join(&file)).unwrap();
        let tags = format!(
            "{}{}",
            PreviewMeta::path(path).absolute_tags(&address),
            discovery_link(&address, title)
        );
        let expected = with_public_origin(
            &with_tags_after_title(&built_page(&file), &tags).unwrap(),
            &address,
        )
        .unwrap();
        let expected = with_absolute_alternates(&expected, &file, address.as_str());
        assert_eq!(shared, expected);
        assert!(
            shared.contains(&format!(
                r#"hreflang="de" href="https://example.org/blog/quiz/de/{file}""#
            )),
            "{shared}"
        );
    }
    // Run twice on one build, it fails rather than link twice.
    let (again, said) = publish(&dir, Some("https://example.org/blog/quiz/"));
    assert!(!again && said.contains("already"), "{said}");
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn publish_without_the_setting_writes_nothing_and_says_oembed_needs_it() {
    for setting in [None, Some(""), Some("  ")] {
        let (dir, page) = built_dist("unset");
        let (ok, said) = publish(&dir, setting);
        assert!(ok, "{said}");
        assert!(said.contains("MLPATH_PUBLIC_URL is not set"), "{said}");
        assert!(said.contains("oEmbed"), "{said}");
        assert!(!dir.join(OEMBED_FILE).exists());
        assert_eq!(
            std::fs::read_to_string(dir.join("index.html")).unwrap(),
            page
        );
        std::fs::remove_dir_all(&dir).unwrap();
    }
}

#[test]
fn publish_refuses_a_page_without_a_policy_and_writes_nothing() {
    let (dir, page) = built_dist("no-policy");
    let bare = page.replace(CSP_META, "");
    std::fs::write(dir.join("index.html"), &bare).unwrap();
    let (ok, said) = publish(&dir, Some("https://example.org/quiz/"));
    assert!(!ok && said.contains("no content security policy"), "{said}");
    assert!(!dir.join(OEMBED_FILE).exists());
    assert_eq!(
        std::fs::read_to_string(dir.join("index.html")).unwrap(),
        bare
    );
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn publish_refuses_an_address_it_cannot_use_and_writes_nothing() {
    for setting in ["example.org/quiz/", "https://example.org/quiz/?x=1", "./"] {
        let (dir, page) = built_dist("bad");
        let (ok, said) = publish(&dir, Some(setting));
        assert!(!ok, "{setting}: {said}");
        assert!(said.contains("MLPATH_PUBLIC_URL"), "{said}");
        assert!(!dir.join(OEMBED_FILE).exists());
        assert_eq!(
            std::fs::read_to_string(dir.join("index.html")).unwrap(),
            page
        );
        std::fs::remove_dir_all(&dir).unwrap();
    }
}
