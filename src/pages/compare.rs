//! Two results side by side, from a comparison link; or why its link cannot show them. Markup
//! only: what it says is [`ComparePageView`]'s.

use std::rc::Rc;

use yew::prelude::*;

use crate::components::{text, CompareShare, EmblemMark, ProfileChart, QuizLink};
use crate::context::QuizHandle;
use crate::route::{ResultCode, Route};
use crate::view::{BadPair, ComparePageView, CompareView, FIT_MEANING};

/// The page of a comparison address with `codes`, and its title.
pub fn compare_page(quiz: &QuizHandle, codes: &[ResultCode]) -> (String, Html) {
    let view = ComparePageView::new(
        quiz.content(),
        codes,
        quiz.own_result.as_deref(),
        quiz.keeping,
    );
    match view {
        ComparePageView::Compare(view) => (view.title().to_owned(), compared(quiz, view)),
        ComparePageView::BadPair { problem, alone } => (
            "Comparison link cannot be opened".to_owned(),
            bad_pair(quiz, &problem, alone),
        ),
    }
}

/// The two results.
fn compared(quiz: &QuizHandle, view: Rc<CompareView>) -> Html {
    let labels = view.voice.labels();
    let eyebrows = view.voice.eyebrows();
    html! {
        <main class="page compared" id="main" aria-label={super::main_label()}>
            <h1 tabindex="-1">{ view.voice.heading() }</h1>
            <p class="lede">{ view.lede.clone() }</p>
            <figure class="chart-figure">
                { ProfileChart { chart: &view.chart }.view() }
            </figure>
            <div class="table-scroll" role="region" aria-label="Fit per path" tabindex="0">
                <table class="compare fits">
                    <caption>{ FIT_MEANING }</caption>
                    <thead>
                        <tr>
                            <th scope="col">{ "Path" }</th>
                            { for labels.iter().map(|label| html! { <th scope="col">{ *label }</th> }) }
                        </tr>
                    </thead>
                    <tbody>
                        { for view.fits.iter().map(|row| html! {
                            <tr>
                                <th scope="row">{ text(&row.path) }</th>
                                { for row.fits.iter().zip(labels).map(|(fit, label)| html! {
                                    <td data-label={label}>{ fit.clone() }</td>
                                }) }
                            </tr>
                        }) }
                    </tbody>
                </table>
            </div>

            <section aria-labelledby="best-fits">
                <h2 id="best-fits">{ "Best fits" }</h2>
                <div class="best-fits">
                    { for view.sides.iter().zip(eyebrows).map(|(side, eyebrow)| html! {
                        <div class="card path">
                            <div class="path-heading">
                                { EmblemMark { emblem: side.path.emblem }.view() }
                                <div class="emblem-title">
                                    <p class="eyebrow">{ eyebrow }</p>
                                    <h3>{ text(&side.path.name) }</h3>
                                </div>
                            </div>
                            <p>{ text(&side.path.result.headline) }</p>
                            <p><a href={Route::Result { code: side.code.clone() }.href()}>
                                { "See this result in full" }
                                <span class="visually-hidden">{ format!(": {eyebrow}") }</span>
                            </a></p>
                        </div>
                    }) }
                </div>
            </section>

            <section aria-labelledby="differ">
                <h2 id="differ">{ view.voice.differ_heading() }</h2>
                <p>{ view.widest.clone() }</p>
                <p>{ view.differ_count.clone() }</p>
                if !view.differences.is_empty() {
                    <ul class="differences">
                        { for view.differences.iter().map(|d| html! {
                            <li>
                                <strong>{ text(&d.prompt) }</strong>
                                { for d.answers.iter().map(|a| html! { <span>{ a.clone() }</span> }) }
                            </li>
                        }) }
                    </ul>
                }
            </section>

            <section class="share-now" aria-labelledby="share-heading">
                <h2 id="share-heading">{ "Share this comparison" }</h2>
                <CompareShare view={Rc::clone(&view)} />
                <p class="share-privacy">{ super::result::SHARE_PRIVACY }</p>
            </section>

            <div class="actions">
                { QuizLink::or_continue(quiz.clone(), "Take the quiz").view() }
                <a href={Route::Roles.href()} class="button">{ "How the two roles differ" }</a>
            </div>
        </main>
    }
}

/// What a comparison link that cannot be compared gets: what is wrong, a way into the quiz, and a
/// result of it that opens on its own, if one does.
fn bad_pair(quiz: &QuizHandle, problem: &BadPair, alone: Option<ResultCode>) -> Html {
    html! {
        <main class="page bad-link" id="main" aria-label={super::main_label()}>
            <h1 tabindex="-1">{ "This comparison link cannot be opened" }</h1>
            <div class="alert" role="alert">
                { for problem.messages().into_iter().map(|message| html! { <p>{ message }</p> }) }
            </div>
            <p>{ "You can take the quiz yourself: it takes a few minutes and nothing leaves your browser." }</p>
            <div class="actions">
                { QuizLink::or_continue(quiz.clone(), "Start the quiz").view() }
                if let Some(code) = alone {
                    <a href={Route::Result { code }.href()} class="button">{ "See the one result" }</a>
                }
            </div>
        </main>
    }
}
