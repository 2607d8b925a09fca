//! Writes the server-rendered landing page into a built `index.html`: `prerender path/to/index.html`.
//! Trunk runs it as a post_build hook on the staged file.

use std::process::ExitCode;

use mlpath::app::{StaticApp, StaticAppProps};
use mlpath::route::Route;
use mlpath::view::page_title;

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
    let landing =
        yew::ServerRenderer::<StaticApp>::with_props(|| StaticAppProps { route: Route::Home })
            .hydratable(false)
            .render()
            .await;
    // The app keeps this page while it opens on it unchanged, title included.
    let title = page_title(&mlpath::content::content().intro.title);
    let Some(titled) = with_title(&page, &title) else {
        eprintln!("prerender: {path} has no <title> to set");
        return ExitCode::FAILURE;
    };
    let filled = titled.replacen(
        mount,
        &format!(r#"<div data-prerendered>{landing}</div><div id="app"></div>"#),
        1,
    );
    match std::fs::write(&path, filled) {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            eprintln!("prerender: {path}: {error}");
            ExitCode::FAILURE
        }
    }
}

/// `page` with its `<title>` set to `title` (escaped for HTML); none if it has no title.
fn with_title(page: &str, title: &str) -> Option<String> {
    let start = page.find("<title>")?;
    let end = page[start..].find("</title>")? + start;
    let escaped = mlpath::embed::escape_html(title);
    Some(format!(
        "{}<title>{escaped}{}",
        &page[..start],
        &page[end..]
    ))
}
