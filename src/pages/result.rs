//! The result of a share code: the recommended path, why, the profile chart, gaps and resources.
//! Markup only: what it says is [`ResultPageView`]'s.

use std::rc::Rc;

use yew::prelude::*;

use crate::components::{
    fixed_markup, share_placeholder, text, title_link, EmblemMark, FullPageLink, ProfileChart,
    QuizLink, ResourceList, SharePanel, Shared, StartOver,
};
use crate::content::ui;
use crate::context::{use_navigator, use_quiz, use_title, Navigator, QuizHandle};
use crate::quiz::{Content, DecodeError, Path, Resource};
use crate::route::{ResultCode, Route};
use crate::view::{
    cost_name, in_sentence, level_range, share_page_file, ChartBar, ChartView, ResultPageView,
    ResultView, Whose, FIT_MEANING,
};
use crate::web::{self, is_embedded};

/// Under the share actions: what a result link carries, and who can see it.
pub(super) const SHARE_PRIVACY: &str = ui!(result.share_privacy);

/// Props of [`ResultPage`].
#[derive(Properties, PartialEq)]
pub struct ResultPageProps {
    /// The code from the address; the page shows whatever answers it carries.
    pub code: ResultCode,
}

/// Decodes the address's share code and shows its result, or says why the link cannot be read.
#[function_component]
pub fn ResultPage(props: &ResultPageProps) -> Html {
    let quiz = use_quiz();
    let navigator = use_navigator();
    let content = quiz.content();
    let whose = Whose::of(&props.code, quiz.own_result.as_deref(), quiz.keeping);
    let view = use_memo((props.code.clone(), whose), |(code, whose)| {
        ResultPageView::new(content, code, *whose)
    });
    let (title, page) = match &*view {
        ResultPageView::Result(view) => (
            view.title.clone(),
            result_view(quiz, navigator, &props.code, Rc::clone(view)),
        ),
        ResultPageView::Undirected(whose) => undirected(quiz, *whose),
        ResultPageView::BadLink(error) => bad_link(quiz, error),
    };
    use_title(Some(title));
    // The address bar shows the result link as every way to share gives it: the path's share
    // page with the code (an old `#/result/CODE` link, or a share page of another path, moves to
    // it). Not in an embed, whose frame's address is its own.
    let shown = match &*view {
        ResultPageView::Result(view) if !is_embedded() => Some(format!(
            "{}{}",
            share_page_file(view.path),
            Route::Result {
                code: props.code.clone()
            }
            .href()
        )),
        _ => None,
    };
    use_effect_with(shown, |shown| {
        if let Some(address) = shown {
            web::show_address(address);
        }
    });
    page
}

/// The link into the quiz under a result that may be someone else's: continues the viewer's own
/// quiz if they have one under way (never wipes it), else starts one.
fn own_quiz(quiz: QuizHandle) -> QuizLink {
    QuizLink::or_continue(quiz, ui!(result.take_quiz_yourself))
}

/// A sheet with every preference question skipped: nothing points to a path, so no path is
/// recommended, and the page says what would make one. Returns the page's title too.
fn undirected(quiz: QuizHandle, whose: Whose) -> (String, Html) {
    let start = if whose.is_own() {
        QuizLink {
            quiz,
            label: ui!(result.take_again).to_owned(),
        }
    } else {
        own_quiz(quiz)
    };
    let page = html! {
        <main class="page result" id="main" aria-label={super::main_label()}>
            <h1 tabindex="-1">{ ui!(result.undirected_heading) }</h1>
            <p class="lede">{ whose.undirected_why() }</p>
            { fixed_markup(ui!(result.undirected_html)) }
            <div class="actions">
                { start.view() }
                { fixed_markup(ROLES_BUTTON) }
            </div>
        </main>
    };
    (ui!(result.undirected_title).to_owned(), page)
}

/// What a damaged, future or foreign link gets: a plain message and a way to start. Returns the
/// page's title too.
fn bad_link(quiz: QuizHandle, error: &DecodeError) -> (String, Html) {
    let page = html! {
        <main class="page bad-link" id="main" aria-label={super::main_label()}>
            <h1 tabindex="-1">{ ui!(result.bad_link_heading) }</h1>
            <div class="alert" role="alert">
                <p>{ error.to_string() }</p>
            </div>
            { fixed_markup(ui!(result.bad_link_html)) }
            { QuizLink::or_continue(quiz, ui!(landing.start)).view() }
        </main>
    };
    (ui!(result.bad_link_title).to_owned(), page)
}

/// The way from someone else's result to comparing it: with a result of one's own, at once;
/// without, after taking the quiz, which remembers this one to compare with.
fn compare_entry(quiz: &QuizHandle, code: &ResultCode) -> Html {
    match &quiz.own_result {
        Some(own) => compare_link(&own.as_str().into(), code, ui!(result.compare_yours)),
        None => QuizLink::or_continue(quiz.clone(), ui!(result.take_and_compare)).comparing(code),
    }
}

/// A link to the comparison of `codes`, as a primary action; in an embed, to the full page, as
/// "See the full result" is.
fn compare_link(first: &ResultCode, second: &ResultCode, label: &'static str) -> Html {
    let route = Route::Compare {
        first: first.clone(),
        second: second.clone(),
    };
    if is_embedded() {
        html! { <FullPageLink {label} route={Some(route)} /> }
    } else {
        html! { <a href={route.href()} class="button primary">{ label }</a> }
    }
}

/// The result itself.
fn result_view(
    quiz: QuizHandle,
    navigator: Option<Navigator>,
    code: &ResultCode,
    view: Rc<ResultView>,
) -> Html {
    let whose = view.whose;
    let path = view.path;
    // In a blog's frame, the first screen and the strongest reasons; the rest is one link away, on
    // the full page.
    let embedded = is_embedded();
    let reasons = if embedded {
        view.top_reasons()
    } else {
        &view.reasons
    };
    // Under someone else's result, the way to compare with one's own comes first and last; under
    // one's own, the way to take it again.
    let next = if whose.is_own() {
        StartOver {
            quiz: quiz.clone(),
            navigator,
            label: ui!(result.retake),
            is_primary: true,
        }
        .view()
    } else {
        compare_entry(&quiz, code)
    };
    // Over someone else's result, what it is and the way to compare; over one's own, after
    // opening someone else's, the way to compare with theirs. In a blog's frame without storage,
    // the result is almost surely the reader's own, just reached: no note that it may be someone
    // else's.
    let note = if whose.is_own() {
        quiz.friend_result
            .as_deref()
            .filter(|friend| *friend != code.as_str())
            .map(|friend| {
                (
                    ui!(result.compare_label),
                    ui!(result.compare_note),
                    compare_link(code, &friend.into(), ui!(result.compare_theirs)),
                )
            })
    } else {
        whose
            .shared_note()
            .filter(|_| !(embedded && whose == Whose::Unknown))
            .map(|note| (ui!(result.shared_label), note, compare_entry(&quiz, code)))
    };
    html! {
        <main class="page result" id="main" aria-label={super::main_label()}>
            if let Some((label, note, link)) = note {
                <aside class="shared-note" aria-label={label}>
                    <p>{ note }</p>
                    { link }
                </aside>
            }
            // The first screen is the result: who it fits, the hook, the chart, and the way to share it.
            <div class="first-screen">
                <div class="path-heading">
                    { EmblemMark { emblem: path.emblem }.view() }
                    <div class="emblem-title">
                        <p class="eyebrow">{ whose.eyebrow() }</p>
                        <h1 tabindex="-1">{ text(&path.name) }</h1>
                    </div>
                </div>
                <p class="lede">{ text(&path.result.headline) }</p>
                <figure class="chart-figure">
                    { ProfileChart { chart: &view.chart }.view() }
                    <figcaption class="fit-meaning">{ FIT_MEANING }</figcaption>
                </figure>
                <section class="share-now" aria-labelledby="share-heading">
                    { fixed_markup(concat!(r#"<h2 id="share-heading" class="visually-hidden">"#, ui!(result.share_heading), "</h2>")) }
                    <SharePanel shared={Shared::Result(code.clone(), Rc::clone(&view))} />
                    <p class="share-privacy">{ SHARE_PRIVACY }</p>
                </section>
            </div>

            if !embedded {
                <p>{ text(view.body) }</p>
                <p class="runner-up">{ view.runner_up.clone() }</p>
            }
            <section aria-labelledby="why">
                { fixed_markup(concat!(r#"<h2 id="why">"#, ui!(result.why_heading), "</h2>")) }
                if view.reasons.is_empty() {
                    <p>{ whose.no_reasons() }</p>
                } else {
                    <ul class="reasons">{ for reasons.iter().map(|r| html! { <li>{ text(r) }</li> }) }</ul>
                }
                if let Some(knowledge) = view.knowledge.as_ref().filter(|_| !embedded) {
                    <p>{ knowledge.clone() }</p>
                }
            </section>
            if embedded {
                <p class="full-result">
                    <FullPageLink label={ui!(result.full_result)} />
                </p>
            } else {
                { gaps_and_resources(&view) }
            }
            <div class="actions">
                { next }
                { fixed_markup(ROLES_BUTTON) }
            </div>
        </main>
    }
}

/// The skills to build and the courses and books, on the full page only.
fn gaps_and_resources(view: &ResultView) -> Html {
    let whose = view.whose;
    html! {
        <>
            <section aria-labelledby="gaps">
                { fixed_markup(concat!(r#"<h2 id="gaps">"#, ui!(result.gaps_heading), "</h2>")) }
                if view.gaps.is_empty() {
                    <p>{ whose.gaps_met() }</p>
                } else {
                    <ul class="gaps">
                        { for view.gaps.iter().map(|gap| html! {
                            <li>
                                <span class="gap-skill">
                                    <strong>{ text(&gap.skill) }</strong>
                                    { meter(gap.have, gap.need, &gap.meter) }
                                </span>
                                <span class="gap-detail">{ gap.detail.clone() }</span>
                                if let Some(resource) = gap.start_with {
                                    { start_with(resource) }
                                }
                            </li>
                        }) }
                    </ul>
                }
                if let Some(unasked) = &view.unasked {
                    <p class="unasked">{ unasked.clone() }</p>
                }
            </section>

            <section aria-labelledby="learn">
                { fixed_markup(concat!(r#"<h2 id="learn">"#, ui!(result.resources_heading), "</h2>")) }
                <ResourceList items={Rc::clone(&view.resources)} />
            </section>
        </>
    }
}

/// "Start with" a course or book: its title as a link, in the sentence around it (which, on a page
/// not in English, says that the course or book is).
fn start_with(resource: &Resource) -> Html {
    // The sentence is whole in `[ui]`; its title's place is marked to split it around the link,
    // by a character no text has (nor the template markers of `content::fill`, U+0001 and on).
    const TITLE: char = '\u{FFFC}';
    let sentence = ui!(
        result.start_with,
        cost = in_sentence(cost_name(resource.cost)),
        level = in_sentence(level_range(resource.level, resource.up_to)),
        provider = resource.provider,
        title = TITLE
    );
    let (before, after) = sentence.split_once(TITLE).unwrap_or((&sentence, ""));
    html! {
        <span class="start-with">
            { before.to_owned() }
            { title_link(resource, false) }
            { after.to_owned() }
        </span>
    }
}

/// The way to the roles page, as a button; its address is `Route::Roles`'s (`tests/pages.rs`).
const ROLES_BUTTON: &str = concat!(
    r##"<a href="#/roles" class="button">"##,
    ui!(landing.roles_link),
    "</a>"
);

/// A gap's meter: three steps, those rated filled, those still to reach outlined.
fn meter(have: Option<u8>, need: u8, label: &str) -> Html {
    let have = have.unwrap_or(0);
    html! {
        <span class="meter" role="img" aria-label={label.to_owned()}>
            { for (1..=3u8).map(|step| {
                let class = if step <= have {
                    "step have"
                } else if step <= need {
                    "step need"
                } else {
                    "step"
                };
                html! { <span {class}></span> }
            }) }
        </span>
    }
}

/// A path's share page as the build renders it (`<path-id>.html`), before the app has read the
/// code after the `#`: the result's first screen as far as the path alone tells it (the note of a
/// shared result, the emblem, the name, the hook), the places of the chart and the share panel
/// kept, the paragraph a visitor's result has under it, and what the path is. The app then shows
/// the code's own result in its place, the same layout with the answers in it. What link previews
/// show is this page's head ([`crate::view::PreviewMeta`]).
pub fn shared_path_page(content: &'static Content, path: &'static Path) -> Html {
    let whose = Whose::Shared;
    let bars = content
        .paths
        .iter()
        .map(|p| ChartBar::new(p.name.clone(), 0.0, p.id == path.id))
        .collect();
    let chart = ChartView::of(&content.roles, whose, 0.0, bars);
    html! {
        <main class="page result" id="main">
            <aside class="shared-note" aria-label={ui!(result.shared_label)}>
                <p>{ whose.shared_note().unwrap_or_default() }</p>
                <a href={Route::Quiz.href()} class="button primary">{ ui!(result.take_quiz_yourself) }</a>
            </aside>
            <div class="first-screen">
                <div class="path-heading">
                    { EmblemMark { emblem: path.emblem }.view() }
                    <div class="emblem-title">
                        <p class="eyebrow">{ Whose::Unknown.eyebrow() }</p>
                        <h1 tabindex="-1">{ text(&path.name) }</h1>
                    </div>
                </div>
                <p class="lede">{ text(&path.result.headline) }</p>
                // Where the answers' chart goes: kept, empty, until the app has read them.
                <figure class="chart-figure pending" aria-hidden="true">
                    <p class="pending-note">{ ui!(result.reading) }</p>
                    { ProfileChart { chart: &chart }.view() }
                    <figcaption class="fit-meaning">{ FIT_MEANING }</figcaption>
                </figure>
                <section class="share-now pending" aria-hidden="true">
                    { share_placeholder() }
                    <p class="share-privacy">{ SHARE_PRIVACY }</p>
                </section>
            </div>
            // Under it, the paragraph the app shows there, so nothing larger paints in its place when the
            // app comes (a new largest paint): a visitor's, or (by the boot script's `own-result`) the
            // person's own; then what the path is.
            <p class="body-theirs">{ text(whose.body(path)) }</p>
            <p class="body-own">{ text(Whose::Own.body(path)) }</p>
            <p>{ text(&path.tagline) }</p>
            <p>{ text(&path.description) }</p>
        </main>
    }
}
