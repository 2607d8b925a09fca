//! The first screen: what the quiz tells you, how long it takes, and that it stays private.

use yew::prelude::*;

use super::to_quiz;
use crate::app::{is_plain_click, Navigator, QuizHandle, Route};
use crate::components::{text, EmbedCode};
use crate::embed::is_embedded;
use crate::state::{Action, Phase, QuizState};

/// The landing page: the intro copy, a time estimate, a privacy note and the Start (or Continue) link.
/// Start is a link to the quiz, so the page rendered at build time works before the wasm has loaded:
/// the app opens the address it finds. Once it runs, the click also records what was chosen.
/// Returns the page's title too: the intro's.
pub fn landing(quiz: QuizHandle, navigator: Option<Navigator>) -> (String, Html) {
    let intro = &quiz.content().intro;
    let total = quiz.total();
    let minutes = total.div_ceil(3).max(1);
    let resumable = resumable(&quiz);

    let start_over = to_quiz(quiz.clone(), navigator, Action::StartedOver);
    let go = |action: Action| {
        let quiz = quiz.clone();
        Callback::from(move |click: MouseEvent| record_start(&quiz, action.clone(), &click))
    };
    let quiz_href = Route::Quiz.href();

    let page = html! {
        <main key="landing" class="page landing" id="main" aria-label={super::main_label()}>
            <p class="eyebrow">{ "A career quiz that runs in your browser" }</p>
            <h1 tabindex="-1">{ text(&intro.title) }</h1>
            <p class="lede">{ text(&intro.lead) }</p>
            <ul class="facts">
                <li><strong>{ format!("{total} questions") }</strong>{ format!(", about {minutes} minutes") }</li>
                <li><strong>{ "Four paths" }</strong>{ ", with the reasons drawn from your answers" }</li>
                <li><strong>{ "Private" }</strong>{ ": no account, no cookies, nothing sent anywhere" }</li>
            </ul>
            <div class="actions">
                if let Some(question) = resumable {
                    <a href={quiz_href} class="button primary" onclick={go(Action::Started)}>
                        { format!("Continue at question {question}") }
                    </a>
                    // A button: it forgets answers, which a link opened in a new tab must never do.
                    // Only the running app shows it, so it needs no prerendered form.
                    <button type="button" class="button" onclick={start_over}>{ "Start over" }</button>
                } else {
                    <a href={quiz_href} class="button primary" onclick={go(Action::Started)}>
                        { "Start the quiz" }
                    </a>
                }
            </div>
            // The details come after the button, so a phone shows how to start without scrolling.
            <section class="about" aria-labelledby="about-heading">
                <h2 id="about-heading">{ "About the quiz" }</h2>
                { for intro.paragraphs.iter().map(|p| html! { <p>{ text(p) }</p> }) }
            </section>
            <p><a href={Route::Roles.href()}>{ "How the two roles differ" }</a></p>
            if !is_embedded() {
                <div class="embed-slot"><EmbedCode /></div>
            }
        </main>
    };
    (intro.title.to_string(), page)
}

/// The question a quiz under way would continue at (counting from 1), which the landing page offers
/// in place of Start; none when there is nothing to continue.
pub(super) fn resumable(quiz: &QuizState) -> Option<usize> {
    matches!(quiz.phase, Phase::Answering { .. }).then(|| quiz.at() + 1)
}

/// Whether the page the app shows at `route` is the landing page as rendered at build time: not
/// in an embed (whose header differs), with no quiz to continue.
pub fn is_prerendered(route: &Route, quiz: &QuizState) -> bool {
    *route == Route::Home && !is_embedded() && resumable(quiz).is_none()
}

/// What a click on the Start (or Continue) link records: `action`, for a plain click. The router
/// follows the link; a modified click (a new tab or window) leaves this page's quiz as it is.
pub fn record_start(quiz: &QuizHandle, action: Action, click: &MouseEvent) {
    if is_plain_click(click) {
        quiz.dispatch(action);
    }
}
