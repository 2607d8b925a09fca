//! Writes the server-rendered landing page into a built `index.html`: `prerender path/to/index.html`.
//! Trunk runs it as a post_build hook on the staged file.

use std::process::ExitCode;

use mlpath::app::{StaticApp, StaticAppProps};
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
    let landing = yew::ServerRenderer::<StaticApp>::with_props(|| StaticAppProps {
        route: Route::Home,
        share_page: None,
    })
    .hydratable(false)
    .render()
    .await;
    // The app keeps this page while it opens on it unchanged, title included (write_pages).
    let filled = page.replacen(
        mount,
        &format!(r#"<div data-prerendered>{landing}</div><div id="app"></div>"#),
        1,
    );
    let mut shares = Vec::new();
    for share in mlpath::content::content().paths.iter() {
        let body = yew::ServerRenderer::<StaticApp>::with_props(move || StaticAppProps {
            route: Route::Home,
            share_page: Some(share),
        })
        .hydratable(false)
        .render()
        .await;
        let page = page.replacen(
            mount,
            &format!(r#"<div data-prerendered>{body}</div><div id="app"></div>"#),
            1,
        );
        shares.push(page);
    }
    match write_pages(std::path::Path::new(&path), &filled, &shares) {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            eprintln!("prerender: {error}");
            ExitCode::FAILURE
        }
    }
}

/// Writes `index.html` (the prerendered `page`) with the landing page's link preview, and next to
/// it a share page per path (`<path-id>.html`): the same page, marked as that path's
/// (`data-share-page` on `<html>`), whose head previews the path ([`PreviewMeta`]).
fn write_pages(index: &std::path::Path, page: &str, shares: &[String]) -> Result<(), String> {
    let content = mlpath::content::content();
    let dir = index.parent().unwrap_or(std::path::Path::new("."));
    let previewed = |page: &str, meta: &PreviewMeta| -> Result<String, String> {
        with_title_and_description(page, &meta.title, &meta.description)
            .and_then(|page| with_tags_after_title(&page, &meta.tags()))
            .ok_or_else(|| format!("{} has no <title>", index.display()))
    };
    let landing = previewed(page, &PreviewMeta::landing(content))?;
    for (path, share) in content.paths.iter().zip(shares) {
        let meta = PreviewMeta::path(path);
        let share = previewed(share, &meta)?;
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
