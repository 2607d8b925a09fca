//! Server-side-rendered tests of each page: headings, roles and visible text, as the browser gets them.

use mlpath::app::{switch, Route};
use scraper::{Html as Document, Selector};
use yew::prelude::*;
use yew_router::history::{AnyHistory, History, MemoryHistory};
use yew_router::prelude::*;

#[derive(Properties, PartialEq)]
struct AtRouteProps {
    route: Route,
}

/// Renders the page for a route inside a memory-history router, as the app's `Switch` would.
#[function_component]
fn AtRoute(props: &AtRouteProps) -> Html {
    let history = AnyHistory::from(MemoryHistory::new());
    history.push(props.route.to_path());
    html! {
        <Router history={history}>
            { switch(props.route.clone()) }
        </Router>
    }
}

async fn render(route: Route) -> String {
    yew::ServerRenderer::<AtRoute>::with_props(move || AtRouteProps { route })
        .hydratable(false)
        .render()
        .await
}

/// The visible text of every element matching `selector`, whitespace collapsed.
fn texts(html: &str, selector: &str) -> Vec<String> {
    let document = Document::parse_document(html);
    let selector = Selector::parse(selector).expect("a valid selector");
    document
        .select(&selector)
        .map(|element| element.text().collect::<String>().split_whitespace().collect::<Vec<_>>().join(" "))
        .collect()
}

#[tokio::test]
async fn landing_has_one_heading_and_a_start_button() {
    let html = render(Route::Home).await;
    assert_eq!(texts(&html, "main h1"), ["Data scientist or machine-learning engineer?"]);
    assert_eq!(texts(&html, "main button[type=button]"), ["Start the quiz"]);
}

#[tokio::test]
async fn landing_says_how_long_it_takes_and_that_answers_stay_private() {
    let html = render(Route::Home).await;
    let promises = texts(&html, "main li").join("\n");
    assert!(promises.contains("About five minutes."), "{promises}");
    assert!(promises.contains("never sent anywhere"), "{promises}");
}

#[tokio::test]
async fn unknown_routes_offer_the_way_back() {
    assert_eq!(Route::recognize("/no/such/page"), Some(Route::NotFound));
    let html = render(Route::NotFound).await;
    assert_eq!(texts(&html, "main h1"), ["This page does not exist"]);
    assert_eq!(texts(&html, "main a[href='/']"), ["Go to the start"]);
}
