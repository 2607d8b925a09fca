//! Two results side by side, from a comparison link; or why its link cannot show them. Markup
//! only: what it shows is [`ComparePageView`]'s, but for the headings and the intro that depend
//! only on the voice, which are parsed markup here (`HEADINGS`, `DIFFER`: the view's
//! `Voice::differ_heading` and `CompareView::differ_intro` say the same words for the tests).
//!
//! Written for a small wasm: what depends only on the voice is markup parsed from one string
//! (each element of an `html!` body is code of its own), and repeated elements are built in loops.

use std::rc::Rc;

use yew::prelude::*;
use yew::virtual_dom::VList;

use crate::components::{fixed_markup, markup, text, ProfileChart, QuizLink, SharePanel, Shared};
use crate::content::ui;
use crate::context::QuizHandle;
use crate::quiz::Text;
use crate::route::{ResultCode, Route};
use crate::view::{ChartBar, ComparePageView, CompareView, FIT_MEANING};

/// The heading of each voice, as [`crate::view::Voice::index`] orders them.
const HEADINGS: [&str; 2] = [
    concat!(r#"<h1 tabindex="-1">"#, ui!(compare.heading), "</h1>"),
    concat!(r#"<h1 tabindex="-1">"#, ui!(compare.heading_own), "</h1>"),
];

/// The heading over where the two differ and what follows it, for each voice: where some answers
/// differ, then where none does.
const DIFFER: [[&str; 2]; 2] = [
    [
        concat!(
            r#"<h2>"#,
            ui!(compare.differ),
            "</h2><p>",
            ui!(compare.differ_intro),
            "</p>"
        ),
        concat!(
            r#"<h2>"#,
            ui!(compare.differ),
            "</h2><p>",
            ui!(compare.differ_none),
            "</p>"
        ),
    ],
    [
        concat!(
            r#"<h2>"#,
            ui!(compare.differ_own),
            "</h2><p>",
            ui!(compare.differ_intro),
            "</p>"
        ),
        concat!(
            r#"<h2>"#,
            ui!(compare.differ_own),
            "</h2><p>",
            ui!(compare.differ_none),
            "</p>"
        ),
    ],
];

/// The page of a comparison address with `codes`, and its title.
pub fn compare_page(quiz: &QuizHandle, codes: [&ResultCode; 2]) -> (String, Html) {
    let view = ComparePageView::new(
        quiz.content(),
        codes,
        quiz.own_result.as_deref(),
        quiz.keeping,
    );
    let start = QuizLink::or_continue(quiz.clone(), ui!(compare.take_quiz)).view();
    match view {
        ComparePageView::Compare(view) => (view.voice.heading().to_owned(), compared(view, start)),
        ComparePageView::BadPair { problem, alone } => {
            // Markup of the interface's words and a number only (what `BadPair::message` says).
            let mut said = String::from(concat!(
                r#"<h1 tabindex="-1">"#,
                ui!(compare.bad_heading),
                r#"</h1><div class="alert" role="alert"><p>"#
            ));
            said.push_str(&problem.message());
            said.push_str(concat!("</p></div><p>", ui!(compare.bad_offer), "</p>"));
            let page = html! {
                <main class="page bad-link" id="main" aria-label={super::main_label()}>
                    { markup(said) }
                    <div class="actions">
                        { start }
                        if let Some(code) = alone {
                            <a href={Route::Result { code }.href()} class="button">{ ui!(compare.see_one) }</a>
                        }
                    </div>
                </main>
            };
            (ui!(compare.bad_title).to_owned(), page)
        }
    }
}

/// The two results: the axis with both markers, the fits side by side, both best fits, where they
/// differ most, and the comparison's link to share.
fn compared(view: Rc<CompareView>, start: Html) -> Html {
    let voice = view.voice.index();
    let labels = view.voice.labels();
    // Cells, rows and links pushed in plain loops: an iterator in `html!` costs the wasm code of
    // its own, and so does each element written out.
    let mut columns = Vec::new();
    for label in [ui!(compare.path), labels[0], labels[1]] {
        columns.push(html! { <th scope="col">{ label }</th> });
    }
    let [first, second] = &view.results;
    let mut fits = Vec::new();
    for (a, b) in first.chart.bars.iter().zip(&second.chart.bars) {
        fits.push(html! {
            <tr>
                <th scope="row">{ text(&a.label) }</th>
                { fit(a, labels[0]) }
                { fit(b, labels[1]) }
            </tr>
        });
    }
    let mut differences = Vec::new();
    for difference in &view.differences {
        differences.push(html! {
            <li>
                <strong>{ text(difference.prompt) }</strong>
                { answered(labels[0], difference.answers[0]) }
                { answered(labels[1], difference.answers[1]) }
            </li>
        });
    }
    let mut actions = vec![start];
    for (code, see) in view.codes.iter().zip(view.voice.see()) {
        actions.push(html! {
            <a href={Route::Result { code: code.clone() }.href()} class="button">{ see }</a>
        });
    }
    html! {
        <main class="page compared" id="main" aria-label={super::main_label()}>
            { fixed_markup(HEADINGS[voice]) }
            <p class="lede">{ view.best_fits.clone() }</p>
            <figure class="chart-figure">
                { ProfileChart { chart: &view.chart }.view() }
            </figure>
            // Never wider than the page (a column of short figures; rows of their own on a narrow
            // screen): no scrolling region around it.
            <table class="compare fits">
                <caption>{ FIT_MEANING }</caption>
                <thead><tr>{ VList::from(columns) }</tr></thead>
                <tbody>{ VList::from(fits) }</tbody>
            </table>
            { fixed_markup(DIFFER[voice][usize::from(view.differences.is_empty())]) }
            <ul class="differences">{ VList::from(differences) }</ul>
            <section class="share-now" aria-labelledby="share-heading">
                { fixed_markup(concat!(r#"<h2 id="share-heading">"#, ui!(compare.share_heading), "</h2>")) }
                <SharePanel shared={Shared::Compare(Rc::clone(&view))} />
                { markup(format!(r#"<p class="share-privacy">{}</p>"#, super::result::SHARE_PRIVACY)) }
            </section>
            <div class="actions">{ VList::from(actions) }</div>
        </main>
    }
}

/// A result's fit for a path, in the table: with "best fit" on its recommended path.
fn fit(bar: &ChartBar, label: &'static str) -> Html {
    let fit = if bar.is_primary {
        ui!(compare.best_fit, percent = bar.percent)
    } else {
        ui!(compare.fit, percent = bar.percent)
    };
    html! { <td data-label={label}>{ fit }</td> }
}

/// A result's answer to a question the two answered differently, after its label.
fn answered(label: &'static str, answer: &Text) -> Html {
    html! { <span>{ ui!(compare.answer, answer = answer, label = label) }</span> }
}
