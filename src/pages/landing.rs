//! The first screen: what the quiz tells you, how long it takes, that it stays private, and what a
//! result looks like. In an embed, only a short start card: the blog around it has said the rest.

use yew::prelude::*;

use crate::components::{fixed_markup, text, ExampleCard, QuizLink, StartOver};
use crate::context::{Navigator, QuizHandle};
use crate::view::{count_of, sentence_start, ExampleResult};
use crate::web::is_embedded;

/// The landing page: the intro copy, a time estimate, a privacy note and the Start (or Continue)
/// link, then an example result and the details. Start is a link to the quiz, so the page rendered
/// at build time works before the wasm has loaded: the app opens the address it finds. Returns the
/// page's title too: the intro's.
pub fn landing(quiz: QuizHandle, navigator: Option<Navigator>) -> (String, Html) {
    let content = quiz.content();
    let intro = &content.intro;
    let total = quiz.total();
    let minutes = total.div_ceil(3).max(1);
    let resumable = quiz.resumable();
    let start = QuizLink {
        quiz: quiz.clone(),
        label: resumable.map_or_else(
            || "Start the quiz".to_owned(),
            |question| format!("Continue at question {question}"),
        ),
    };
    // Only the running app offers to start over, so it needs no prerendered form.
    let start_over = resumable.map(|_| StartOver {
        quiz,
        navigator,
        label: "Start over",
        is_primary: false,
    });
    let actions = html! {
        <div class="actions">
            { start.view() }
            { start_over.map_or_else(Html::default, StartOver::view) }
        </div>
    };
    let page = if is_embedded() {
        // The blog shows its own title over the frame: one line says what this is, one what it
        // takes, and Start comes next.
        html! {
            <main key="landing" class="page landing is-compact" id="main" aria-label={super::main_label()}>
                <h1 tabindex="-1" class="start-line">{ text(&intro.lead) }</h1>
                <p class="facts-line">{ format!("{total} questions, about {minutes} minutes. Your answers stay in your browser.") }</p>
                { actions }
            </main>
        }
    } else {
        let paths = sentence_start(&count_of(content.paths.len(), "path", "paths"));
        let example = ExampleResult::new(content);
        html! {
            <main key="landing" class="page landing" id="main" aria-label={super::main_label()}>
                { fixed_markup(r#"<p class="eyebrow">A career quiz that runs in your browser</p>"#) }
                <h1 tabindex="-1">{ text(&intro.title) }</h1>
                <p class="lede">{ text(&intro.lead) }</p>
                <ul class="facts">
                    <li><strong>{ format!("{total} questions") }</strong>{ format!(", about {minutes} minutes") }</li>
                    <li><strong>{ paths }</strong>{ ", with the reasons drawn from your answers" }</li>
                    { fixed_markup("<li><strong>Private</strong>: no account, no cookies, nothing sent anywhere</li>") }
                </ul>
                { actions }
                // The example and the details come after the button, so a phone shows how to start
                // without scrolling.
                { example.as_ref().map_or_else(Html::default, |example| ExampleCard { example }.view()) }
                <section class="about" aria-labelledby="about-heading">
                    <h2 id="about-heading">{ "About the quiz" }</h2>
                    { for intro.paragraphs.iter().map(|p| html! { <p>{ text(p) }</p> }) }
                </section>
                { fixed_markup(r##"<p><a href="#/roles">How the two roles differ</a></p>"##) }
            </main>
        }
    };
    (intro.title.to_string(), page)
}
