//! The share pages and their link previews: the tags a pasted link unfurls from, the result link's
//! form, and how a share page's address is read.

mod common;

use common::ssr::{render_share_page, texts};
use mlpath::content::content;
use mlpath::route::{PublicUrl, ResultCode, Route};
use mlpath::view::{
    share_page_file, with_tags_after_title, with_title_and_description, PreviewMeta,
};

/// The `content` of the `<meta>` with this `property` or `name` in `html`, unescaped.
fn meta(html: &str, key: &str) -> Option<String> {
    let doc = scraper::Html::parse_document(html);
    let selector =
        scraper::Selector::parse(&format!(r#"meta[property="{key}"], meta[name="{key}"]"#))
            .unwrap();
    doc.select(&selector)
        .next()
        .and_then(|m| m.value().attr("content").map(str::to_owned))
}

const PAGE: &str = r#"<!doctype html><html lang=en><head><meta charset=utf-8><title>Old</title><meta content="Old words" name=description><link href=x.css rel=stylesheet></head><body><main><h1>Hi</h1></main></body></html>"#;

fn previewed(meta: &PreviewMeta) -> String {
    let page = with_title_and_description(PAGE, &meta.title, &meta.description).unwrap();
    with_tags_after_title(&page, &meta.tags()).unwrap()
}

#[test]
fn each_path_previews_as_itself_and_never_as_anyones_answers() {
    let c = content();
    let mut files = Vec::new();
    for path in c.paths.iter() {
        let preview = PreviewMeta::path(path);
        let html = previewed(&preview);
        assert_eq!(preview.file, format!("{}.html", path.id));
        assert_eq!(preview.file, share_page_file(path));
        assert_eq!(preview.image, format!("preview/{}.png", path.id));
        let og_title = meta(&html, "og:title").unwrap();
        assert!(og_title.contains(&*path.name), "{og_title}");
        assert_eq!(meta(&html, "twitter:title").as_deref(), Some(&*og_title));
        let description = meta(&html, "og:description").unwrap();
        assert!(
            description.contains(&*path.result.headline),
            "{description}"
        );
        assert_eq!(meta(&html, "description").as_deref(), Some(&*description));
        assert_eq!(
            meta(&html, "twitter:card").as_deref(),
            Some("summary_large_image")
        );
        assert_eq!(meta(&html, "og:type").as_deref(), Some("website"));
        assert_eq!(meta(&html, "og:image:width").as_deref(), Some("1200"));
        assert_eq!(meta(&html, "og:image:height").as_deref(), Some("630"));
        assert!(meta(&html, "og:image:alt").unwrap().contains(&*path.name));
        // No fit, no person: a preview says what the path is, not how anyone scored.
        for text in [&og_title, &description] {
            assert!(
                !text.contains('%') && !text.contains("You ") && !text.contains("My "),
                "{text}"
            );
        }
        // One title and one description: the old ones replaced, not doubled.
        let doc = scraper::Html::parse_document(&html);
        let titles: Vec<String> = doc
            .select(&scraper::Selector::parse("title").unwrap())
            .map(|t| t.text().collect())
            .collect();
        assert_eq!(titles.as_slice(), std::slice::from_ref(&preview.title));
        assert!(preview.title.starts_with(&*path.name));
        let descriptions = doc
            .select(
                &scraper::Selector::parse(r#"meta[name="description"], meta[name=description]"#)
                    .unwrap(),
            )
            .count();
        assert_eq!(descriptions, 1);
        assert!(!html.contains("Old words"));
        files.push(preview.file);
    }
    files.sort();
    files.dedup();
    assert_eq!(
        files.len(),
        c.paths.len(),
        "a page of its own for each path"
    );
}

#[test]
fn the_landing_page_previews_the_quiz() {
    let preview = PreviewMeta::landing(content());
    let html = previewed(&preview);
    assert_eq!(preview.file, "index.html");
    assert_eq!(preview.image, "preview/quiz.png");
    assert_eq!(
        meta(&html, "og:title").as_deref(),
        Some(&*content().intro.title)
    );
    assert!(meta(&html, "og:image:alt")
        .unwrap()
        .contains("Core ML engineer"));
}

#[test]
fn text_in_a_preview_is_escaped() {
    let page = with_title_and_description(PAGE, "A <b> & \"c\"", "d > e").unwrap();
    assert!(
        page.contains("<title>A &lt;b&gt; &amp; &quot;c&quot;</title>"),
        "{page}"
    );
    assert!(
        page.contains(r#"<meta name="description" content="d &gt; e">"#),
        "{page}"
    );
    // A page without a description gets one after its title.
    let bare = "<html><head><title>x</title></head></html>";
    let page = with_title_and_description(bare, "y", "z").unwrap();
    assert!(
        page.contains(r#"<title>y</title><meta name="description" content="z">"#),
        "{page}"
    );
    assert!(with_title_and_description("<html></html>", "y", "z").is_none());
}

#[test]
fn absolute_tags_name_the_page_and_image_on_the_public_address() {
    let site = PublicUrl::parse("https://example.org/quiz").unwrap();
    let path = &content().paths[0];
    let tags = PreviewMeta::path(path).absolute_tags(&site);
    let html = format!("<html><head>{tags}</head></html>");
    let page = format!("https://example.org/quiz/{}.html", path.id);
    let image = format!("https://example.org/quiz/preview/{}.png", path.id);
    assert_eq!(meta(&html, "og:url"), Some(page.clone()));
    assert_eq!(meta(&html, "og:image"), Some(image.clone()));
    assert_eq!(meta(&html, "twitter:image"), Some(image));
    assert!(tags.contains(&format!(r#"<link rel="canonical" href="{page}">"#)));
    // The landing page's own address is the directory.
    let landing = PreviewMeta::landing(content()).absolute_tags(&site);
    assert!(
        landing.contains(r#"<meta property="og:url" content="https://example.org/quiz/">"#),
        "{landing}"
    );
}

#[test]
fn a_result_link_is_the_share_page_with_the_code_after_the_hash() {
    let code = ResultCode::from("BADZqZDhSTSMaFHD");
    assert_eq!(
        Route::result_link("https://example.org/quiz/", "data-scientist.html", &code),
        "https://example.org/quiz/data-scientist.html#/result/BADZqZDhSTSMaFHD"
    );
}

#[test]
fn a_share_page_without_its_code_is_a_result_link_whose_code_was_lost() {
    let lost = Route::Result {
        code: ResultCode::from(""),
    };
    assert_eq!(Route::from_address("", true), lost);
    assert_eq!(Route::from_address("#", true), lost);
    assert_eq!(Route::from_address("", false), Route::Home);
    assert_eq!(Route::from_address("#/", true), Route::Home);
    assert_eq!(Route::from_address("#/quiz", true), Route::Quiz);
    assert_eq!(
        Route::from_address("#/result/ABC", true),
        Route::Result {
            code: ResultCode::from("ABC")
        }
    );
}

#[tokio::test]
async fn a_share_page_shows_its_path_before_the_app_has_read_the_code() {
    for path in content().paths.iter() {
        let page = render_share_page(path).await;
        assert_eq!(texts(&page, "main h1"), [path.name.to_string()]);
        assert_eq!(
            texts(&page, ".first-screen .lede"),
            [path.result.headline.to_string()]
        );
        let paragraphs = texts(&page, "main > p");
        assert!(
            paragraphs.contains(&path.tagline.to_string()),
            "{paragraphs:?}"
        );
        assert!(
            paragraphs.contains(&path.description.to_string()),
            "{paragraphs:?}"
        );
        // Under the first screen, the paragraph the app puts there: a visitor's, or the person's
        // own, which the stylesheet shows instead where the boot script finds it is theirs.
        assert_eq!(
            texts(&page, "main > p.body-theirs"),
            [path.result.body_theirs.to_string()]
        );
        assert_eq!(
            texts(&page, "main > p.body-own"),
            [path.result.body.to_string()]
        );
        // The chart's and the share panel's places are kept, hidden from everyone: no numbers
        // that no answers gave, no button that does nothing.
        assert_eq!(texts(&page, ".pending[aria-hidden=true]").len(), 2);
        // (Copy link, Download result card, and Share… for where the boot script finds a share
        // sheet, as the app's panel has it only there.)
        assert_eq!(
            texts(&page, "main [aria-hidden=true] button[disabled]").len(),
            3
        );
        assert_eq!(
            texts(&page, "main [aria-hidden=true] button.if-can-share"),
            ["Share…"]
        );
        // Whoever opens a shared link is told whose answers it shows, as the app tells them.
        assert_eq!(
            texts(&page, ".shared-note p"),
            ["Someone shared this result with you: their answers, not yours."]
        );
    }
}
