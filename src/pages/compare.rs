//! Two results side by side, from a comparison link; or why its link cannot show them. Markup
//! only: what it shows is [`ComparePageView`]'s, and the words that depend only on the voice (or on
//! whether any answers differ) are here, as parsed markup (`DIFFER`, `DIFFER_INTRO`).
//!
//! Written for a small wasm: each element of an `html!` body is code of its own, so everything
//! but the pieces that are Yew's (the chart, the share panel, the way into the quiz) is markup
//! strings the browser parses, built in plain loops, its text escaped
//! ([`crate::embed::escape_html`]). Yew keeps an unchanged string's elements as they are. What
//! is done for each of the two results is a function called twice, not a loop over them (the
//! compiler unrolls such a loop, its body twice in the wasm); and words the app has elsewhere are
//! used as they are, not copied into a longer literal (gzip weighs each copy).

use yew::prelude::*;

use crate::components::{fixed_markup, markup, ProfileChart, QuizLink, SharePanel, Shared};
use crate::content::ui;
use crate::context::QuizHandle;
use crate::embed::escape_html;
use crate::route::{ResultCode, Route};
use crate::view::{percent_text, ChartBar, ComparePageView, CompareView};

/// The fits' table, up to its first column's heading, the path's; its caption is `FIT_MEANING`'s
/// words.
const TABLE: &str = concat!(
    r#"<table class="compare fits"><caption>"#,
    ui!(site.fit_meaning),
    r#"</caption><thead><tr><th scope="col">"#,
    ui!(compare.path),
    r#"</th><th scope="col">"#
);

/// The region of where the two differ: its heading, for each voice.
const DIFFER: [&str; 2] = [
    concat!(
        r#"<section aria-labelledby="differ"><h2 id="differ">"#,
        ui!(compare.differ),
        "</h2><p>"
    ),
    concat!(
        r#"<section aria-labelledby="differ"><h2 id="differ">"#,
        ui!(compare.differ_own),
        "</h2><p>"
    ),
];

/// What it says under its heading, where some answers differ (then their list), then where none
/// does (no list: an empty one is still announced as a list).
const DIFFER_INTRO: [&str; 2] = [
    concat!(ui!(compare.differ_intro), r#"</p><ul class="differences">"#),
    concat!(ui!(compare.differ_none), "</p>"),
];

/// The end of that region, after its list or without one.
const DIFFER_END: [&str; 2] = ["</ul></section>", "</section>"];

/// The region to share the comparison from: its heading.
const SHARE_HEADING: &str = concat!(
    r#"<h2 id="share-heading">"#,
    ui!(compare.share_heading),
    "</h2>"
);

/// The page of a comparison address with `codes`, and its title.
pub fn compare_page(quiz: &QuizHandle, codes: [&ResultCode; 2]) -> (String, Html) {
    let view = ComparePageView::new(quiz.content(), codes, quiz.own_result.as_deref());
    let start = QuizLink::or_continue(quiz.clone(), ui!(compare.take_quiz)).view();
    // The markup before the chart and after it, and the links after the way into the quiz.
    let (mut before, mut after, mut links) = (String::new(), String::new(), String::new());
    let (title, compared) = match view {
        ComparePageView::Compare(view) => {
            compared(&view, [&mut before, &mut after, &mut links]);
            (view.voice.heading(), Some(view))
        }
        ComparePageView::BadPair { problem, alone } => {
            // The interface's words and a number only (what `BadPair::message` says).
            before.push_str(concat!(
                r#"<h1 tabindex="-1">"#,
                ui!(compare.bad_heading),
                r#"</h1><div class="alert" role="alert"><p>"#
            ));
            problem.say(&mut before);
            before.push_str(concat!("</p></div><p>", ui!(compare.bad_offer), "</p>"));
            if let Some(code) = &alone {
                link(&mut links, code, ui!(compare.see_one));
            }
            (ui!(compare.bad_title), None)
        }
    };
    let page = html! {
        <main class="page" id="main" aria-label={super::main_label()}>
            { markup(before) }
            if let Some(view) = compared {
                <figure class="chart-figure">
                    { ProfileChart { chart: &view.chart }.view() }
                </figure>
                { markup(after) }
                <section class="share-now" aria-labelledby="share-heading">
                    { fixed_markup(SHARE_HEADING) }
                    <SharePanel shared={Shared::Compare(view)} />
                    <p class="share-privacy">{ ui!(result.share_privacy) }</p>
                </section>
            }
            <div class="actions">{ start }{ markup(links) }</div>
        </main>
    };
    (title.to_owned(), page)
}

/// The markup of two results: the heading and both best fits (`before` the chart), the fits side
/// by side and where they differ most (`after` it), and the links to each result on its own.
fn compared(view: &CompareView, [before, after, links]: [&mut String; 3]) {
    let voice = view.voice.index();
    let labels = view.voice.labels();
    before.push_str(r#"<h1 tabindex="-1">"#);
    before.push_str(view.voice.heading());
    before.push_str(r#"</h1><p class="lede">"#);
    text(before, &view.best_fits);
    before.push_str("</p>");
    // Never wider than the page (a column of short figures; rows of their own on a narrow
    // screen): no scrolling region around it.
    after.push_str(TABLE);
    after.push_str(labels[0]);
    after.push_str(r#"</th><th scope="col">"#);
    after.push_str(labels[1]);
    after.push_str("</th></tr></thead><tbody>");
    let [first, second] = &view.results;
    for (a, b) in first.chart.bars.iter().zip(&second.chart.bars) {
        after.push_str(r#"<tr><th scope="row">"#);
        text(after, &a.label);
        after.push_str("</th>");
        fit(after, a, labels[0]);
        fit(after, b, labels[1]);
        after.push_str("</tr>");
    }
    after.push_str("</tbody></table>");
    after.push_str(DIFFER[voice]);
    let alike = usize::from(view.differences.is_empty());
    after.push_str(DIFFER_INTRO[alike]);
    for difference in &view.differences {
        after.push_str("<li><strong>");
        text(after, difference.prompt);
        after.push_str("</strong>");
        answer(after, difference.answers[0], labels[0]);
        answer(after, difference.answers[1], labels[1]);
        after.push_str("</li>");
    }
    after.push_str(DIFFER_END[alike]);
    let see = view.voice.see();
    link(links, &view.codes[0], see[0]);
    link(links, &view.codes[1], see[1]);
}

/// `text`, escaped, at the end of `markup`. (One call where it is used: inlined, the temporary
/// string's push and drop would be code at each place.)
#[inline(never)]
fn text(markup: &mut String, text: &str) {
    markup.push_str(&escape_html(text));
}

/// One result's fit in a row of the table, in the column of its `label` (one of the interface's
/// words, which hold no quote: `tests/compare.rs`); "best fit" on its recommended path.
#[inline(never)]
fn fit(after: &mut String, bar: &ChartBar, label: &str) {
    let percent = percent_text(bar.percent);
    after.push_str(r#"<td data-label=""#);
    after.push_str(label);
    after.push_str(r#"">"#);
    after.push_str(&if bar.is_primary {
        ui!(compare.best_fit, percent = percent)
    } else {
        percent
    });
    after.push_str("</td>");
}

/// One result's answer to a question answered differently, after its `label`.
#[inline(never)]
fn answer(after: &mut String, answer: &str, label: &str) {
    after.push_str("<span>");
    text(after, &ui!(compare.answer, answer = answer, label = label));
    after.push_str("</span>");
}

/// A link to the result of `code` on its own, as a button saying `label`. (A code that opens as a
/// result holds only the share code's letters: nothing in it to escape.)
fn link(links: &mut String, code: &ResultCode, label: &str) {
    links.push_str(r#"<a class="button" href=""#);
    links.push_str(&Route::Result { code: code.clone() }.href());
    links.push_str(r#"">"#);
    links.push_str(label);
    links.push_str("</a>");
}
