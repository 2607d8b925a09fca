//! Writes the server-rendered landing page into a built `index.html`: `prerender path/to/index.html`.
//! Trunk runs it as a post_build hook on the staged file.

use std::process::ExitCode;

use mlpath::app::{StaticApp, StaticAppProps};
use mlpath::content::languages::Language;
use mlpath::content::shell::{
    manifest_in, with_boot_words, with_noscript_note, BOOT_WORDS, MANIFEST_DESCRIPTION,
    MANIFEST_NAME, NOSCRIPT_NOTE, PAGE_DESCRIPTION,
};
use mlpath::quiz::Path;
use mlpath::route::Route;
use mlpath::view::{with_tags_after_title, with_title_and_description, PreviewMeta};

/// The empty mount point as written in `index.html`, and as Trunk's minifier leaves it.
const MOUNT_POINTS: [&str; 2] = [r#"<div id="app"></div>"#, "<div id=app></div>"];

#[tokio::main(flavor = "current_thread")]
async fn main() -> ExitCode {
    let Some(path) = std::env::args().nth(1) else {
        eprintln!("usage: prerender INDEX_HTML");
        return ExitCode::FAILURE;
    };
    let page = match std::fs::read_to_string(&path) {
        Ok(page) => page,
        Err(error) => {
            eprintln!("prerender: {path}: {error}");
            return ExitCode::FAILURE;
        }
    };
    let Some(mount) = MOUNT_POINTS.iter().find(|m| page.contains(*m)) else {
        eprintln!("prerender: {path} has no empty <div id=\"app\"></div> to fill");
        return ExitCode::FAILURE;
    };
    let page = match in_words(&page) {
        Ok(page) => page,
        Err(error) => {
            eprintln!("prerender: {path}: {error}");
            return ExitCode::FAILURE;
        }
    };
    // The app keeps the landing page while it opens on it unchanged, title included (write_pages).
    let filled = prerendered(&page, mount, None).await;
    let mut shares = Vec::new();
    for share in mlpath::content::content().paths.iter() {
        shares.push(prerendered(&page, mount, Some(share)).await);
    }
    let index = std::path::Path::new(&path);
    match write_pages(index, &filled, &shares).and_then(|()| write_manifest(index)) {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            eprintln!("prerender: {error}");
            ExitCode::FAILURE
        }
    }
}

/// `page` with its empty `mount` filled by the app rendered at the landing page's route, or as the
/// share page of `share_page`, marked as rendered at build time (`data-prerendered`).
async fn prerendered(page: &str, mount: &str, share_page: Option<&'static Path>) -> String {
    let body = yew::ServerRenderer::<StaticApp>::with_props(move || StaticAppProps {
        route: Route::Home,
        share_page,
    })
    .hydratable(false)
    .render()
    .await;
    page.replacen(
        mount,
        &format!(r#"<div data-prerendered>{body}</div><div id="app"></div>"#),
        1,
    )
}

/// Writes `index.html` (the prerendered `page`) with the landing page's link preview, and next to
/// it a share page per path (`<path-id>.html`): the same page, marked as that path's
/// (`data-share-page` on `<html>`), whose head previews the path ([`PreviewMeta`]). Each is in the
/// build's language (`<html lang>`), with a link to each language's version of it (`hreflang`),
/// which the boot script also follows to the reader's language.
fn write_pages(index: &std::path::Path, page: &str, shares: &[String]) -> Result<(), String> {
    let content = mlpath::content::content();
    let language = Language::current();
    let dir = index.parent().unwrap_or(std::path::Path::new("."));
    let page = in_language(page, language.code)
        .ok_or_else(|| format!("{} has no <html lang=\"en\">", index.display()))?;
    let previewed = |page: &str, meta: &PreviewMeta, file: &str| -> Result<String, String> {
        // A search engine shows the landing page's own description; a link preview, the
        // preview's. A share page's is its preview's: it is the page of that path. And a share
        // page's first paint waits until it is parsed up to its footer (Chromium; others ignore
        // it), so it paints whole: on a partial first paint the text under the first screen, in
        // view on a wide screen, came a paint later, and the link's largest paint with it.
        let (description, whole) = if file.is_empty() {
            (PAGE_DESCRIPTION, "")
        } else {
            (
                meta.description.as_str(),
                r##"<link rel="expect" href="#site-footer" blocking="render">"##,
            )
        };
        let tags = format!("{}{}{whole}", meta.tags(), language.alternate_links(file));
        with_title_and_description(page, &meta.title, description)
            .and_then(|page| with_tags_after_title(&page, &tags))
            .ok_or_else(|| format!("{} has no <title>", index.display()))
    };
    let landing = previewed(&page, &PreviewMeta::landing(content), "")?;
    for (path, share) in content.paths.iter().zip(shares) {
        let meta = PreviewMeta::path(path);
        let share = in_language(share, language.code)
            .ok_or_else(|| format!("{} has no <html lang=\"en\">", index.display()))?;
        let share = previewed(&share, &meta, &meta.file)?;
        let marked = share.replacen(
            "<html",
            &format!(r#"<html data-share-page="{}""#, path.id),
            1,
        );
        let file = dir.join(&meta.file);
        std::fs::write(&file, marked).map_err(|e| format!("{}: {e}", file.display()))?;
    }
    std::fs::write(index, landing).map_err(|e| format!("{}: {e}", index.display()))
}

/// `page` with its `<html lang="en">` (as `index.html` has it, or as Trunk's minifier writes it)
/// in `code`; none if the page has no such tag.
fn in_language(page: &str, code: &str) -> Option<String> {
    ["<html lang=\"en\"", "<html lang=en"]
        .iter()
        .find(|tag| page.contains(*tag))
        .map(|tag| page.replacen(tag, &format!(r#"<html lang="{code}""#), 1))
}

/// `page` (Trunk's `index.html`) in the build's language before the app starts: the boot
/// script's messages, for it to read as it runs, and the note for browsers without scripts.
fn in_words(page: &str) -> Result<String, String> {
    let page = with_boot_words(page, &BOOT_WORDS)
        .ok_or("no <script> (the boot script) to put its words before, or its words already")?;
    with_noscript_note(&page, NOSCRIPT_NOTE).ok_or_else(|| "no <noscript><p>…</p>".to_owned())
}

/// The web manifest next to `index` (`manifest.webmanifest`, copied by Trunk) in the build's
/// language: its name, description and `lang`.
fn write_manifest(index: &std::path::Path) -> Result<(), String> {
    let file = index
        .parent()
        .unwrap_or(std::path::Path::new("."))
        .join("manifest.webmanifest");
    let template =
        std::fs::read_to_string(&file).map_err(|e| format!("{}: {e}", file.display()))?;
    let code = Language::current().code;
    let manifest = manifest_in(&template, code, MANIFEST_NAME, MANIFEST_DESCRIPTION)
        .ok_or_else(|| format!("{} lacks a name, description or lang", file.display()))?;
    std::fs::write(&file, manifest).map_err(|e| format!("{}: {e}", file.display()))
}
