//! Two results side by side, from a comparison link; or why its link cannot show them. Markup
//! only: what it says is [`ComparePageView`]'s.

use std::rc::Rc;

use yew::prelude::*;
use yew::virtual_dom::VList;

use crate::components::{text, ProfileChart, QuizLink, SharePanel, Shared};
use crate::context::QuizHandle;
use crate::quiz::Text;
use crate::route::{ResultCode, Route};
use crate::view::{ChartBar, ComparePageView, CompareView, FIT_MEANING};

/// The page of a comparison address with `codes`, and its title.
pub fn compare_page(quiz: &QuizHandle, codes: [&ResultCode; 2]) -> (String, Html) {
    let view = ComparePageView::new(
        quiz.content(),
        codes,
        quiz.own_result.as_deref(),
        quiz.keeping,
    );
    let start = QuizLink::or_continue(quiz.clone(), "Take the quiz").view();
    match view {
        ComparePageView::Compare(view) => (view.voice.heading().to_owned(), compared(view, start)),
        ComparePageView::BadPair { problem, alone } => {
            let page = html! {
                <main class="page bad-link" id="main" aria-label={super::main_label()}>
                    <h1 tabindex="-1">{ "This comparison link cannot be opened" }</h1>
                    <div class="alert" role="alert">
                        <p>{ problem.message() }</p>
                    </div>
                    <p>{ "You can take the quiz yourself: it takes a few minutes and nothing leaves your browser." }</p>
                    <div class="actions">
                        { start }
                        if let Some(code) = alone {
                            <a href={Route::Result { code }.href()} class="button">{ "See the one result" }</a>
                        }
                    </div>
                </main>
            };
            ("Comparison link cannot be opened".to_owned(), page)
        }
    }
}

/// The two results: the axis with both markers, the fits side by side, both best fits, where they
/// differ most, and the comparison's link to share.
fn compared(view: Rc<CompareView>, start: Html) -> Html {
    let (labels, see) = (view.voice.labels(), view.voice.see());
    let [first, second] = &view.results;
    // Rows pushed in plain loops: an iterator in `html!` costs the wasm code of its own.
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
                { answer(labels[0], difference.answers[0]) }
                { answer(labels[1], difference.answers[1]) }
            </li>
        });
    }
    html! {
        <main class="page compared" id="main" aria-label={super::main_label()}>
            <h1 tabindex="-1">{ view.voice.heading() }</h1>
            <p class="lede">{ view.best_fits.clone() }</p>
            <figure class="chart-figure">
                { ProfileChart { chart: &view.chart }.view() }
            </figure>
            // Never wider than the page (a column of short figures; rows of their own on a narrow
            // screen): no scrolling region around it.
            <table class="compare fits">
                <caption>{ FIT_MEANING }</caption>
                <thead>
                    <tr>
                        <th scope="col">{ "Path" }</th>
                        <th scope="col">{ labels[0] }</th>
                        <th scope="col">{ labels[1] }</th>
                    </tr>
                </thead>
                <tbody>{ VList::from(fits) }</tbody>
            </table>

            <section aria-labelledby="differ">
                <h2 id="differ">{ view.voice.differ_heading() }</h2>
                <p>{ view.differ_intro() }</p>
                <ul class="differences">{ VList::from(differences) }</ul>
            </section>

            <section class="share-now" aria-labelledby="share-heading">
                <h2 id="share-heading">{ "Share this comparison" }</h2>
                <SharePanel shared={Shared::Compare(Rc::clone(&view))} />
                <p class="share-privacy">{ super::result::SHARE_PRIVACY }</p>
            </section>

            <div class="actions">
                { start }
                <a href={Route::Result { code: view.codes[0].clone() }.href()} class="button">{ see[0] }</a>
                <a href={Route::Result { code: view.codes[1].clone() }.href()} class="button">{ see[1] }</a>
            </div>
        </main>
    }
}

/// A result's fit for a path, in the table: with "best fit" on its recommended path.
fn fit(bar: &ChartBar, label: &'static str) -> Html {
    html! {
        <td data-label={label}>
            { format!("{}%{}", bar.percent, if bar.is_primary { ", best fit" } else { "" }) }
        </td>
    }
}

/// A result's answer to a question the two answered differently, after its label.
fn answer(label: &'static str, answer: &Text) -> Html {
    html! { <span>{ format!("{label}: {answer}") }</span> }
}
