//! Server-side rendering of the app at a route, and queries on the HTML it gives.

use mlpath::app::{StaticApp, StaticAppProps};
use mlpath::route::Route;
use scraper::{Html as Document, Selector};

/// The app rendered at `route`, as a queryable document.
pub async fn render(route: Route) -> Document {
    render_props(StaticAppProps {
        route,
        share_page: None,
    })
    .await
}

/// The share page of `path` as the build renders it, as a queryable document.
#[allow(dead_code)] // Not every test file that shares this module renders share pages.
pub async fn render_share_page(path: &'static mlpath::quiz::Path) -> Document {
    render_props(StaticAppProps {
        route: Route::Home,
        share_page: Some(path),
    })
    .await
}

async fn render_props(props: StaticAppProps) -> Document {
    let html = yew::ServerRenderer::<StaticApp>::with_props(move || props)
        .hydratable(false)
        .render()
        .await;
    Document::parse_document(&html)
}

/// The visible text of every element matching `selector`, whitespace collapsed.
pub fn texts(document: &Document, selector: &str) -> Vec<String> {
    let selector = Selector::parse(selector).expect("a valid selector");
    document
        .select(&selector)
        .map(|element| {
            element
                .text()
                .collect::<String>()
                .split_whitespace()
                .collect::<Vec<_>>()
                .join(" ")
        })
        .collect()
}

/// The attribute `name` of the first element matching `selector`.
pub fn attr(document: &Document, selector: &str, name: &str) -> Option<String> {
    let selector = Selector::parse(selector).expect("a valid selector");
    document
        .select(&selector)
        .next()?
        .value()
        .attr(name)
        .map(str::to_owned)
}
