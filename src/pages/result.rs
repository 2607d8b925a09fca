//! The result of a share code: the recommended path, why, the profile chart, gaps and resources.

use yew::prelude::*;

use super::to_quiz;
use crate::app::{use_navigator, use_quiz, use_title, Navigator, QuizHandle, ResultCode, Route};
use crate::components::{text, ChartBar, ListedResource, ProfileChart, ResourceList, SharePanel};
use crate::quiz::{percent, Content, DecodeError, Profile, Recommendation};
use crate::share::{in_sentence, CardContent};
use crate::state::{Action, Keeping};

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
    let outcome = use_memo(props.code.clone(), |code| {
        code.decode(content).map(|answers| {
            let profile = content.score(&answers);
            let recommendation = content.recommend(&profile);
            (profile, recommendation)
        })
    });
    let whose = whose(&quiz, &props.code);
    let (title, page) = match &*outcome {
        Ok((profile, _)) if !profile.has_direction() => undirected(quiz, navigator, whose),
        Ok((profile, recommendation)) => {
            result_view(quiz, navigator, whose, &props.code, profile, recommendation)
        }
        Err(error) => bad_link(&quiz, error),
    };
    use_title(Some(title));
    page
}

/// Whose result a result page shows.
#[derive(Clone, Copy, PartialEq)]
enum Whose {
    /// The one this browser reached.
    Own,
    /// Someone else's, shared with this person.
    Shared,
    /// Not known: without storage, where a reloaded page cannot tell the person's own result from
    /// another, and outside a browser (server-side rendering), where none has been read.
    Unknown,
}

fn whose(quiz: &QuizHandle, code: &ResultCode) -> Whose {
    if quiz.own_result.as_deref() == Some(code.to_string().as_str()) {
        Whose::Own
    } else if quiz.keeping == Keeping::Kept {
        Whose::Shared
    } else {
        Whose::Unknown
    }
}

/// "Take the quiz yourself" under someone else's result: continues the viewer's own quiz if they
/// have one under way (never wipes it), else starts one.
fn own_quiz_label(quiz: &QuizHandle) -> String {
    super::continue_label(quiz).unwrap_or_else(|| "Take the quiz yourself".to_owned())
}

/// A sheet with every preference question skipped: nothing points to a path (all would tie at 0%),
/// so no path is recommended, and the page says what would make one. Returns the page's title too.
fn undirected(quiz: QuizHandle, navigator: Option<Navigator>, whose: Whose) -> (String, Html) {
    let shared = whose != Whose::Own;
    let (why, label) = if shared {
        (
            "The answers in this link skip every question about the work one would rather do, and a path is chosen from those.",
            own_quiz_label(&quiz),
        )
    } else {
        (
            "You skipped every question about the work you would rather do, and a path is chosen from those.",
            "Take the quiz again".to_owned(),
        )
    };
    let page = html! {
        <main class="page result" id="main" aria-label={super::main_label()}>
            <h1 tabindex="-1">{ "Not enough answers for a recommendation" }</h1>
            <p class="lede">{ why }</p>
            <p>{ "Answer a few of them and the quiz recommends a path, explains why from your answers, and lists what to learn next." }</p>
            <div class="actions">
                <button type="button" class="button primary" onclick={to_quiz(quiz, navigator, Action::Started)}>{ label }</button>
                <a href={Route::Roles.href()} class="button">{ "How the two roles differ" }</a>
            </div>
        </main>
    };
    ("No recommendation yet".to_owned(), page)
}

/// What a damaged, future or foreign link gets: a plain message and a way to start. Returns the
/// page's title too.
fn bad_link(quiz: &QuizHandle, error: &DecodeError) -> (String, Html) {
    let page = html! {
        <main class="page bad-link" id="main" aria-label={super::main_label()}>
            <h1 tabindex="-1">{ "This result link cannot be opened" }</h1>
            <div class="alert" role="alert">
                <p>{ error.to_string() }</p>
            </div>
            <p>{ "You can take the quiz yourself: it takes a few minutes and nothing leaves your browser." }</p>
            { super::quiz_link(quiz, "Start the quiz") }
        </main>
    };
    ("Result link cannot be opened".to_owned(), page)
}

fn chart_bars(
    content: &Content,
    profile: &Profile,
    recommendation: &Recommendation,
) -> Vec<ChartBar> {
    content
        .paths
        .iter()
        .map(|path| ChartBar {
            label: path.name.clone().into(),
            score: profile.path_score(&path.id).unwrap_or(0.0),
            is_primary: path.id == recommendation.primary,
        })
        .collect()
}

fn listed_resources(
    content: &'static Content,
    recommendation: &Recommendation,
) -> Vec<ListedResource> {
    recommendation
        .resources
        .iter()
        .filter_map(|ranked| {
            let resource = content.resource(&ranked.resource)?;
            let covers = ranked
                .covers
                .iter()
                .filter_map(|s| content.skill(s))
                .map(|s| s.name.clone().into())
                .collect();
            Some(ListedResource { resource, covers })
        })
        .collect()
}

/// `items` as a sentence lists them: "a", "a and b", "a, b and c".
fn in_list(items: &[String]) -> String {
    match items {
        [] => String::new(),
        [only] => only.clone(),
        [rest @ .., last] => format!("{} and {last}", rest.join(", ")),
    }
}

/// The result itself, and the page's title.
fn result_view(
    quiz: QuizHandle,
    navigator: Option<Navigator>,
    whose: Whose,
    code: &ResultCode,
    profile: &Profile,
    rec: &Recommendation,
) -> (String, Html) {
    let content = quiz.content();
    let primary_name = content
        .path(&rec.primary)
        .map_or("Your result", |p| &*p.name);
    let own = whose == Whose::Own;
    let title = match whose {
        Whose::Own => format!("{primary_name}: your result"),
        Whose::Shared => format!("{primary_name}: a shared result"),
        Whose::Unknown => format!("{primary_name}: a result"),
    };
    let (Some(primary), Some(runner_up)) =
        (content.path(&rec.primary), content.path(&rec.runner_up))
    else {
        return (title, html! {});
    };
    let runner_up_score = percent(profile.path_score(&runner_up.id).unwrap_or(0.0));
    let fit = |id| percent(profile.path_score(id).unwrap_or(0.0));
    let primary_score = fit(&primary.id);
    // Every path level with the best (two or three may be), in the content's order.
    let tied: Vec<String> = content
        .paths
        .iter()
        .filter(|p| p.id != primary.id && fit(&p.id) == primary_score)
        .map(|p| in_sentence(&p.name))
        .collect();
    let runner_up_line = if tied.is_empty() {
        format!("Runner-up: {} ({runner_up_score}% fit).", runner_up.name)
    } else {
        format!(
            "Tied with {} at {primary_score}% fit: {} suits these answers.",
            in_list(&tied),
            if tied.len() == 1 {
                "either path"
            } else {
                "any of these paths"
            }
        )
    };
    let knowledge = profile.role_knowledge;
    let bars = chart_bars(content, profile, rec);
    let card = CardContent {
        eyebrow: if own { "My best fit" } else { "Best fit" },
        path_name: primary.name.to_string(),
        tagline: primary.tagline.to_string(),
        axis: profile.axis,
        bars: bars
            .iter()
            .map(|b| (b.label.to_string(), b.score, b.is_primary))
            .collect(),
        address: String::new(),
    };
    // Gaps in skills the quiz asks about (rated, or skipped), then a line for those it never asks
    // about: it cannot know them, so they are no verdict on the person.
    let (rated_gaps, unasked): (Vec<_>, Vec<_>) = rec
        .gaps
        .iter()
        .filter_map(|gap| content.skill(&gap.skill).map(|skill| (gap, skill)))
        .partition(|(gap, _)| content.asks_to_rate(&gap.skill));
    let unasked = in_list(
        &unasked
            .iter()
            .map(|(gap, skill)| {
                format!("{} ({} of 3 expected)", in_sentence(&skill.name), gap.need)
            })
            .collect::<Vec<_>>(),
    );
    let own_quiz = own_quiz_label(&quiz);
    let take_own = to_quiz(quiz.clone(), navigator.clone(), Action::Started);
    let retake = to_quiz(quiz, navigator, Action::StartedOver);

    let page = html! {
        <main class="page result" id="main" aria-label={super::main_label()}>
            if !own {
                <aside class="shared-note" aria-label="Shared result">
                    <p>{ if whose == Whose::Unknown {
                        "This result comes from the answers in its link. If someone shared it with you, they are their answers, not yours."
                    } else {
                        "Someone shared this result with you. It shows their answers, not yours."
                    } }</p>
                    <button type="button" class="button primary" onclick={take_own.clone()}>{ own_quiz.clone() }</button>
                </aside>
            }
            <p class="eyebrow">{ match whose { Whose::Own => "Your best fit", Whose::Shared => "Their best fit", Whose::Unknown => "Best fit" } }</p>
            <h1 tabindex="-1">{ text(&primary.name) }</h1>
            if !own {
                // The path's texts speak to whoever answered; here that may be someone else.
                <p class="told">{ "What the quiz tells whoever gave these answers:" }</p>
            }
            <p class="lede">{ text(&primary.result.headline) }</p>
            <p>{ text(&primary.result.body) }</p>
            <p class="runner-up">{ runner_up_line }</p>

            <section aria-labelledby="why">
                <h2 id="why">{ "Why this path" }</h2>
                if rec.reasons.is_empty() {
                    <p>{ if own {
                        "You skipped the questions that would explain it, so this is a best guess from the rest."
                    } else {
                        "These answers skip the questions that would explain it, so this is a best guess from the rest."
                    } }</p>
                } else {
                    <ul class="reasons">{ for rec.reasons.iter().map(|r| html! { <li>{ text(&r.text) }</li> }) }</ul>
                }
            </section>

            <section aria-labelledby="profile">
                <h2 id="profile">{ if own { "Your profile" } else { "Profile of these answers" } }</h2>
                <figure class="chart-figure">
                    { ProfileChart { axis: profile.axis, bars, own }.view() }
                </figure>
                if knowledge.asked > 0 {
                    <p>{ format!("{} {} of {} tasks with the role that usually does them.", if own { "You placed" } else { "The answers placed" }, knowledge.correct, knowledge.asked) }</p>
                }
            </section>

            <section aria-labelledby="gaps">
                <h2 id="gaps">{ "Skills to build" }</h2>
                if rated_gaps.is_empty() {
                    <p>{ if own {
                        "Your ratings already meet what this path expects in the skills the quiz asked about. Keep them sharp."
                    } else {
                        "The ratings in these answers already meet what this path expects in the skills the quiz asked about."
                    } }</p>
                } else {
                    <ul class="gaps">
                        { for rated_gaps.iter().map(|(gap, skill)| html! {
                            <li>
                                <strong>{ text(&skill.name) }</strong>
                                { match gap.have {
                                    Some(have) if own => format!(": you rated yourself {have} of 3; the path expects {} of 3.", gap.need),
                                    Some(have) => format!(": rated {have} of 3; the path expects {} of 3.", gap.need),
                                    None => format!(": skipped in the quiz; the path expects {} of 3.", gap.need),
                                } }
                            </li>
                        }) }
                    </ul>
                }
                if !unasked.is_empty() {
                    <p class="unasked">{ format!("Not asked about in the quiz, but this path leans on them too: {unasked}.") }</p>
                }
            </section>

            <section aria-labelledby="share-heading">
                <h2 id="share-heading">{ "Share this result" }</h2>
                <p>{ "The link carries the answers in a short code after the # sign, which browsers never send to a server: whoever has the link can open it, and nobody else. Post it publicly only if you want anyone to see them." }</p>
                <SharePanel code={code.clone()} {card} {own} />
            </section>

            <section aria-labelledby="learn">
                <h2 id="learn">{ "Courses and books" }</h2>
                <ResourceList items={listed_resources(content, rec)} />
            </section>

            <div class="actions">
                if !own {
                    <button type="button" class="button primary" onclick={take_own}>{ own_quiz }</button>
                } else {
                    <button type="button" class="button primary" onclick={retake}>{ "Retake the quiz" }</button>
                }
                <a href={Route::Roles.href()} class="button">{ "How the two roles differ" }</a>
            </div>
        </main>
    };
    (title, page)
}
