//! The first screen: what the quiz tells you, how long it takes, that it stays private, and what a
//! result looks like. In an embed, only a short start card: the blog around it has said the rest.

use yew::prelude::*;

use crate::components::{fixed_markup, markup, text, ExampleCard, QuizLink, StartOver};
use crate::content::ui;
use crate::context::{Navigator, QuizHandle};
use crate::view::{count_word_at_start, ExampleResult};
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
            || ui!(landing.start).to_owned(),
            |question| ui!(landing.continue_at, number = question),
        ),
    };
    // Only the running app offers to start over, so it needs no prerendered form.
    let start_over = resumable.map(|_| StartOver {
        quiz,
        navigator,
        label: ui!(landing.start_over),
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
                <p class="facts-line">{ ui!(landing.facts_line[total], minutes = minutes, total = total) }</p>
                { actions }
            </main>
        }
    } else {
        let count = content.paths.len();
        let paths = ui!(
            landing.paths_html[count],
            Count = count_word_at_start(count)
        );
        let questions = ui!(
            landing.questions_html[total],
            minutes = minutes,
            total = total
        );
        let example = ExampleResult::new(content);
        html! {
            <main key="landing" class="page landing" id="main" aria-label={super::main_label()}>
                { fixed_markup(concat!(r#"<p class="eyebrow">"#, ui!(landing.eyebrow), "</p>")) }
                <h1 tabindex="-1">{ text(&intro.title) }</h1>
                <p class="lede">{ text(&intro.lead) }</p>
                <ul class="facts">
                    // Counts and the content's own numbers are all these templates are filled with.
                    <li>{ markup(questions) }</li>
                    <li>{ markup(paths) }</li>
                    { fixed_markup(concat!("<li>", ui!(landing.private_html), "</li>")) }
                </ul>
                { actions }
                // The example and the details come after the button, so a phone shows how to start
                // without scrolling.
                { example.as_ref().map_or_else(Html::default, |example| ExampleCard { example }.view()) }
                <section class="about" aria-labelledby="about-heading">
                    <h2 id="about-heading">{ ui!(landing.about_heading) }</h2>
                    { for intro.paragraphs.iter().map(|p| html! { <p>{ text(p) }</p> }) }
                </section>
                { fixed_markup(concat!(r##"<p><a href="#/roles">"##, ui!(landing.roles_link), "</a></p>")) }
            </main>
        }
    };
    (intro.title.to_string(), page)
}
