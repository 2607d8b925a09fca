//! The result page's view model, natively: what it says about a share code for whoever looks at
//! it, without rendering anything.

use mlpath::content::content;
use mlpath::quiz::{percent, Answers, DecodeError, ShareCode};
use mlpath::route::ResultCode;
use mlpath::state::Keeping;
use mlpath::view::{keeping_note, ResultPageView, ResultView, Whose};

mod common;
use common::{mixed, sheet};

fn code_of(answers: &Answers) -> ResultCode {
    ResultCode::from(&ShareCode::encode(content(), answers))
}

fn view_of(answers: &Answers, whose: Whose) -> std::rc::Rc<ResultView> {
    match ResultPageView::new(content(), &code_of(answers), whose) {
        ResultPageView::Result(view) => view,
        other => panic!("expected a result, got {other:?}"),
    }
}

#[test]
fn whose_result_it_is_comes_from_the_own_result_and_whether_storage_works() {
    let code = code_of(&mixed());
    let own = code.to_string();
    assert_eq!(Whose::of(&code, Some(&own), Keeping::Kept), Whose::Own);
    // Storage may be gone after the result was reached: still the person's own.
    assert_eq!(Whose::of(&code, Some(&own), Keeping::Refused), Whose::Own);
    assert_eq!(Whose::of(&code, Some("BACZ"), Keeping::Kept), Whose::Shared);
    assert_eq!(Whose::of(&code, None, Keeping::Kept), Whose::Shared);
    // Without storage, a reloaded page cannot tell: nobody's in particular.
    assert_eq!(Whose::of(&code, None, Keeping::Refused), Whose::Unknown);
    assert_eq!(Whose::of(&code, None, Keeping::Sandboxed), Whose::Unknown);
    assert_eq!(Whose::of(&code, None, Keeping::Unknown), Whose::Unknown);
}

#[test]
fn the_keeping_note_names_who_refuses_storage() {
    assert_eq!(keeping_note(Keeping::Kept), None);
    assert_eq!(keeping_note(Keeping::Unknown), None);
    let browser = keeping_note(Keeping::Refused).unwrap();
    assert!(browser.starts_with("This browser does not let the page keep your answers"));
    // In a sandbox, the site that frames the quiz refuses it storage: the browser is not to blame.
    let site = keeping_note(Keeping::Sandboxed).unwrap();
    assert!(site.starts_with("The site showing this quiz does not let it keep your answers"));
    assert!(!site.contains("browser"), "{site}");
    // Either way, what is lost and what still holds the answers.
    for note in [browser, site] {
        assert!(note.contains("lost if this page is reloaded"), "{note}");
        assert!(note.contains("Your result link will carry them."), "{note}");
    }
}

#[test]
fn every_path_gets_its_title_chart_and_card_for_each_reader() {
    let c = content();
    for path in c.paths.iter() {
        let answers = c.answers_toward(&path.id);
        let profile = c.score(&answers);
        for (whose, title, eyebrow, card, chart, marker) in [
            (
                Whose::Own,
                "your result",
                "Your best fit",
                "My best fit",
                "Your profile",
                "You",
            ),
            (
                Whose::Shared,
                "a shared result",
                "Their best fit",
                "Best fit",
                "Profile of these answers",
                "Answers",
            ),
            (
                Whose::Unknown,
                "a result",
                "Best fit",
                "Best fit",
                "Profile of these answers",
                "Answers",
            ),
        ] {
            let view = view_of(&answers, whose);
            assert_eq!(view.path.id, path.id);
            assert_eq!(view.title, format!("{}: {title}", path.name));
            assert_eq!(whose.eyebrow(), eyebrow);
            assert_eq!(view.card().eyebrow, card);
            assert_eq!(view.card().path_name, &*path.name);
            // One voice: the hook speaks to no one, the paragraph to the person or about them.
            assert_eq!(view.card().hook, &*path.result.headline);
            let body = if whose.is_own() {
                &path.result.body
            } else {
                &path.result.body_theirs
            };
            assert_eq!(view.body, body);
            assert!(
                std::ptr::eq(view.card().chart, &view.chart),
                "the card draws the page's chart"
            );
            assert_eq!(view.chart.title, chart);
            assert_eq!(view.chart.marker, marker);
            assert_eq!(whose.profile_heading(), chart);
            // One bar per path, in content order, the recommended one marked, as percent.
            let labels: Vec<&str> = view.chart.bars.iter().map(|bar| &*bar.label).collect();
            let names: Vec<&str> = c.paths.iter().map(|p| &*p.name).collect();
            assert_eq!(labels, names);
            for (bar, p) in view.chart.bars.iter().zip(c.paths.iter()) {
                assert_eq!(bar.is_primary, p.id == path.id);
                assert_eq!(bar.percent, percent(profile.path_score(&p.id).unwrap()));
            }
            assert_eq!(view.chart.ends[0], "Data scientist");
            assert_eq!(view.chart.ends[1], "ML engineer");
            for bar in &view.chart.bars {
                assert!(
                    view.chart
                        .description
                        .contains(&format!("{} {}%", bar.label, bar.percent)),
                    "{}",
                    view.chart.description
                );
            }
            let whose_answers = if whose == Whose::Own {
                "your answers"
            } else {
                "the answers"
            };
            assert!(
                view.chart.description.starts_with(&format!(
                    "On the axis from data scientist to machine-learning engineer, {whose_answers} "
                )),
                "{}",
                view.chart.description
            );
            assert!(!view.reasons.is_empty(), "{}", path.name);
            assert!(!view.resources.is_empty(), "{}", path.name);
        }
    }
}

#[test]
fn the_runner_up_line_names_a_runner_up_or_every_path_tied_with_the_best() {
    let c = content();
    // A clear lead: the runner-up and its fit.
    let view = view_of(&mixed(), Whose::Own);
    let rec = c.recommend(&c.score(&mixed()));
    assert!(rec.tied.is_empty());
    let runner_up = c.path(&rec.runner_up).unwrap();
    let fit = percent(c.score(&mixed()).path_score(&runner_up.id).unwrap());
    assert_eq!(
        view.runner_up,
        format!("Runner-up: {} ({fit}% fit).", runner_up.name)
    );
    // Three level at the top: both others named, in content order, in the sentence's case.
    let three = sheet(&[
        ("raw-data", "build-pipeline"),
        ("stakeholder-meeting", "report"),
        ("ideal-week", "derive"),
    ]);
    let view = view_of(&three, Whose::Shared);
    assert_eq!(&*view.path.name, "Data scientist");
    assert_eq!(
        view.runner_up,
        "Tied with ML software engineer and core ML engineer at 33% fit: any of these paths suits these answers."
    );
    // Two level: "either path".
    let preferences: Vec<_> = c
        .questions
        .iter()
        .filter(|q| matches!(q.kind, mlpath::quiz::QuestionKind::Preference))
        .collect();
    let mut pairs = Vec::new();
    for (i, first) in preferences.iter().enumerate() {
        for second in &preferences[i + 1..] {
            for a in first.choices.iter() {
                for b in second.choices.iter() {
                    pairs.push(sheet(&[
                        (first.id.as_str(), a.id.as_str()),
                        (second.id.as_str(), b.id.as_str()),
                    ]));
                }
            }
        }
    }
    let two = pairs
        .into_iter()
        .find(|answers| c.recommend(&c.score(answers)).tied.len() == 1)
        .expect("a two-answer sheet with a tie of two");
    let rec = c.recommend(&c.score(&two));
    let other = mlpath::view::in_sentence(&c.path(&rec.tied[0]).unwrap().name);
    let fit = percent(c.score(&two).path_score(&rec.primary).unwrap());
    assert_eq!(
        view_of(&two, Whose::Own).runner_up,
        format!("Tied with {other} at {fit}% fit: either path suits these answers.")
    );
}

#[test]
fn gaps_speak_to_the_person_only_on_their_own_result() {
    let c = content();
    let core = c.path(&"core-ml-engineer".into()).unwrap();
    let mut answers = c.answers_toward(&core.id);
    answers.answer("rate-maths".into(), "basics".into());
    answers.skip(&"rate-programming".into());
    let own = view_of(&answers, Whose::Own);
    let shared = view_of(&answers, Whose::Shared);
    assert_eq!(&*own.path.name, "Core ML engineer");
    let gap = |view: &ResultView, skill: &str| {
        view.gaps
            .iter()
            .find(|gap| &*gap.skill == skill)
            .cloned()
            .unwrap_or_else(|| panic!("no gap in {skill}: {:?}", view.gaps))
    };
    let maths = gap(&own, "Linear algebra and maths");
    assert_eq!((maths.have, maths.need), (Some(1), 3));
    assert_eq!(
        maths.detail,
        "You know the basics; this path asks for deep knowledge."
    );
    assert_eq!(maths.meter, "1 of 3, where this path asks for 3 of 3");
    assert_eq!(
        gap(&shared, "Linear algebra and maths").detail,
        "Rated at the basics; this path asks for deep knowledge."
    );
    let programming = gap(&own, "Programming");
    assert_eq!(programming.have, None);
    assert!(programming
        .detail
        .starts_with("Skipped in the quiz; this path asks for "));
    assert!(programming
        .meter
        .starts_with("not rated, where this path asks for "));
    // The skills no question rates are no verdict on anyone: one line, after the gaps.
    let unasked = own
        .unasked
        .as_deref()
        .expect("skills the quiz does not ask about");
    assert!(
        unasked.starts_with("Not asked about in the quiz, but this path leans on them too: "),
        "{unasked}"
    );
    assert!(unasked.ends_with(" expected)."), "{unasked}");
    for gap in &own.gaps {
        assert!(c
            .skills
            .iter()
            .any(|s| s.name == gap.skill && c.asks_to_rate(&s.id)));
    }
}

#[test]
fn the_role_items_are_told_only_when_answered() {
    let c = content();
    let answers = c.answers_toward(&"data-scientist".into());
    let view = view_of(&answers, Whose::Own);
    let asked = c
        .questions
        .iter()
        .filter(|q| matches!(q.kind, mlpath::quiz::QuestionKind::WhoDoesIt { .. }))
        .count();
    // It says what it counts: which questions, against what, and which answer.
    assert_eq!(
        view.knowledge.as_deref(),
        Some(&*format!(
            "Your answers to \"Who usually does this?\": {asked} of {asked} matched how the two roles usually split the work. Each counts as you gave it, before its explanation."
        ))
    );
    // Partly right answers are told apart: neither matched nor wrong.
    let mut hedged = answers.clone();
    hedged.answer("who-defines-problem".into(), "both".into());
    hedged.answer("who-cleans-data".into(), "ml-engineer".into());
    assert_eq!(
        view_of(&hedged, Whose::Own).knowledge.as_deref(),
        Some(&*format!(
            "Your answers to \"Who usually does this?\": {} of {asked} matched how the two roles usually split the work, and 1 more was partly right. Each counts as you gave it, before its explanation.",
            asked - 2
        ))
    );
    assert_eq!(
        view_of(&hedged, Whose::Shared).knowledge.as_deref(),
        Some(&*format!(
            "The answers to \"Who usually does this?\": {} of {asked} matched how the two roles usually split the work, and 1 more was partly right. Each counts as given, before its explanation.",
            asked - 2
        ))
    );
    hedged.answer("who-shows-progress".into(), "data-scientist".into());
    let told = view_of(&hedged, Whose::Own)
        .knowledge
        .clone()
        .unwrap_or_default();
    assert!(told.contains(", and 2 more were partly right."), "{told}");
    let preferences_only = sheet(&[("raw-data", "build-pipeline")]);
    assert_eq!(view_of(&preferences_only, Whose::Shared).knowledge, None);
}

#[test]
fn a_sheet_without_preferences_or_a_damaged_link_is_no_result() {
    let c = content();
    let ratings_only = sheet(&[("rate-maths", "expert")]);
    assert_eq!(
        ResultPageView::new(c, &code_of(&ratings_only), Whose::Own),
        ResultPageView::Undirected(Whose::Own)
    );
    assert_eq!(
        ResultPageView::new(c, &ResultCode::from(""), Whose::Unknown),
        ResultPageView::BadLink(DecodeError::Empty)
    );
    assert!(matches!(
        ResultPageView::new(c, &ResultCode::from("not-a-code!"), Whose::Unknown),
        ResultPageView::BadLink(_)
    ));
}

#[test]
fn each_path_has_an_emblem_of_its_own_drawn_alike_on_the_page_and_the_card() {
    use mlpath::view::EmblemDrawing;
    let c = content();
    let style = include_str!("../static/style.css");
    let mut seen = Vec::new();
    for path in c.paths.iter() {
        let drawing = EmblemDrawing::of(path.emblem);
        assert!(!seen.contains(&drawing), "{} shares its emblem", path.name);
        assert!(
            seen.iter()
                .all(|other: &EmblemDrawing| other.shape != drawing.shape),
            "{}: the shapes differ, not only the colours",
            path.name
        );
        seen.push(drawing);
        // The card draws the fill the stylesheet gives the page in the light theme.
        let rule = format!(".{} {{\n  --emblem-light: {};", drawing.class, drawing.fill);
        assert!(style.contains(&rule), "static/style.css lacks `{rule}`");
        let view = view_of(&c.answers_toward(&path.id), Whose::Own);
        assert_eq!(view.card().emblem, drawing);
    }
}

#[test]
fn each_gap_names_one_course_or_book_to_start_with() {
    use mlpath::quiz::Level;
    let c = content();
    let mut proposals = 0;
    for path in c.paths.iter() {
        for rating in ["none", "basics"] {
            let mut answers = c.answers_toward(&path.id);
            for q in c
                .questions
                .iter()
                .filter(|q| q.id.as_str().starts_with("rate-"))
            {
                if q.choice(&rating.into()).is_some() {
                    answers.answer(q.id.clone(), rating.into());
                }
            }
            let view = view_of(&answers, Whose::Own);
            let rec = c.recommend(&c.score(&answers));
            for (gap, line) in rec
                .gaps
                .iter()
                .filter(|gap| c.asks_to_rate(&gap.skill))
                .zip(&view.gaps)
            {
                let teaching: Vec<_> = rec
                    .resources
                    .iter()
                    .filter(|r| r.covers.contains(&gap.skill))
                    .map(|r| c.resource(&r.resource).unwrap())
                    .collect();
                let Some(start) = line.start_with else {
                    assert!(teaching.is_empty(), "{}: {:?}", path.name, line.skill);
                    continue;
                };
                proposals += 1;
                assert!(
                    teaching.contains(&start),
                    "{} teaches {}",
                    start.title,
                    line.skill
                );
                let level = match gap.have {
                    None | Some(0) => Level::Beginner,
                    Some(1) => Level::Intermediate,
                    Some(_) => Level::Advanced,
                };
                // Nothing closer to the level, or as close and free where it is not, was passed over.
                let distance = |r: &mlpath::quiz::Resource| {
                    let (low, high) = (r.level as u8, r.up_to.unwrap_or(r.level) as u8);
                    let at = level as u8;
                    low.saturating_sub(at).max(at.saturating_sub(high))
                };
                for other in &teaching {
                    assert!(
                        distance(other) >= distance(start),
                        "{} over {}",
                        start.title,
                        other.title
                    );
                    if distance(other) == distance(start) && !start.is_free() {
                        assert!(
                            !other.is_free(),
                            "{} over the free {}",
                            start.title,
                            other.title
                        );
                    }
                }
            }
        }
    }
    assert!(proposals >= 8, "{proposals}");
}
