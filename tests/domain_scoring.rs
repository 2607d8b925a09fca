//! Scoring and recommendation: every path reachable, empty sheets safe, ties deterministic.

use mlpath::content::{content, parse};
use mlpath::quiz::{
    Answers, Content, PathId, Profile, Question, QuestionKind, ShareCode, SkillLevel,
};
use proptest::prelude::*;

mod common;
use common::{any_answers, mixed, sheet};

/// Written independently of `Content::answers_toward` so the two check each other.
fn answer_everything_toward(c: &Content, path: &PathId) -> Answers {
    let mut answers = Answers::new();
    for q in c.questions.iter() {
        let mut best = &q.choices[0];
        for choice in q.choices.iter() {
            let better = match &q.kind {
                QuestionKind::Preference => choice.weight(path) > best.weight(path),
                QuestionKind::SkillRating { .. } => choice.level > best.level,
                QuestionKind::WhoDoesIt { answer, .. } => choice.role == Some(*answer),
            };
            if better {
                best = choice;
            }
        }
        answers.answer(q.id.clone(), best.id.clone());
    }
    answers
}

#[test]
fn answering_everything_toward_a_path_recommends_it() {
    let c = content();
    for path in c.paths.iter() {
        let answers = answer_everything_toward(c, &path.id);
        assert_eq!(answers, c.answers_toward(&path.id));
        assert_eq!(answers.len(), c.questions.len());
        let profile = c.score(&answers);
        let rec = c.recommend(&profile);
        assert_eq!(rec.primary, path.id);
        assert_ne!(rec.runner_up, path.id);
        assert_eq!(profile.path_score(&path.id), Some(1.0));
        let runner_up = profile.path_score(&rec.runner_up).unwrap();
        assert!(runner_up < 0.5, "`{}` wins clearly, not by a hair", path.id);
        assert_eq!(profile.role_knowledge.correct, profile.role_knowledge.asked);
        let expected_side = match path.role {
            mlpath::quiz::Role::DataScientist => profile.axis < -0.5,
            mlpath::quiz::Role::MlEngineer => profile.axis > 0.5,
        };
        assert!(expected_side, "`{}` axis {}", path.id, profile.axis);
    }
}

#[test]
fn nothing_answered_scores_zero_without_nan() {
    let c = content();
    let profile = c.score(&Answers::new());
    assert_eq!(profile.axis, 0.0);
    assert_eq!(profile.answered, 0);
    assert!(!profile.has_direction(), "an empty sheet points nowhere");
    assert_eq!(profile.paths.len(), c.paths.len());
    assert!(profile.paths.iter().all(|p| p.score == 0.0));
    assert!(profile.skills.iter().all(|s| s.level.is_none()));
    assert_eq!(profile.role_knowledge.asked, 0);

    let rec = c.recommend(&profile);
    // All paths tie at zero, so the first two in the file win.
    assert_eq!(rec.primary, c.paths[0].id);
    assert_eq!(rec.runner_up, c.paths[1].id);
    assert!(rec.reasons.is_empty());
    let primary = c.path(&rec.primary).unwrap();
    assert_eq!(rec.gaps.len(), primary.skills.len());
    assert!(rec.gaps.iter().all(|g| g.have.is_none()));
    assert!(!rec.resources.is_empty());
}

#[test]
fn skipped_questions_do_not_count() {
    let c = content();
    let one = sheet(&[("project-part", "frame-problem")]);
    let profile = c.score(&one);
    assert_eq!(profile.answered, 1);
    assert_eq!(profile.preferences, 1);
    assert!(profile.has_direction());
    assert_eq!(profile.path_score(&"data-scientist".into()), Some(1.0));
    assert_eq!(profile.path_score(&"core-ml-engineer".into()), Some(0.0));
    assert_eq!(profile.axis, -1.0);

    // Ratings and who-does-it items add skill levels and knowledge, not path points.
    let mut more = one.clone();
    more.answer("rate-maths".into(), "expert".into());
    more.answer("who-tunes-models".into(), "data-scientist".into());
    let profile_more = c.score(&more);
    assert_eq!(profile_more.paths, profile.paths);
    assert_eq!(profile_more.axis, profile.axis);
    assert_eq!(profile_more.skill_level(&"maths".into()), Some(3));
    assert_eq!(profile_more.role_knowledge.asked, 1);
    assert_eq!(profile_more.role_knowledge.correct, 0);
    assert_eq!((profile_more.answered, profile_more.preferences), (3, 1));

    // Ratings and who-does-it items alone give no direction: every path would tie at 0%.
    let mut no_preference = more.clone();
    no_preference.skip(&"project-part".into());
    let undirected = c.score(&no_preference);
    assert_eq!((undirected.answered, undirected.preferences), (2, 0));
    assert!(!undirected.has_direction());

    // Skipping it again restores the earlier profile.
    more.skip(&"rate-maths".into());
    more.skip(&"who-tunes-models".into());
    assert_eq!(c.score(&more), profile);
}

#[test]
fn answers_the_content_lacks_are_ignored() {
    let c = content();
    let answers = sheet(&[
        ("no-such-question", "frame-problem"),
        ("project-part", "no-such-choice"),
    ]);
    let profile = c.score(&answers);
    assert_eq!(profile, c.score(&Answers::new()));
}

#[test]
fn who_does_it_items_count_right_and_partly_right_answers() {
    let c = content();
    let answers = sheet(&[
        ("who-defines-problem", "data-scientist"),
        ("who-cleans-data", "ml-engineer"),
        ("who-tunes-models", "ml-engineer"),
    ]);
    let knowledge = c.score(&answers).role_knowledge;
    assert_eq!(
        (knowledge.correct, knowledge.partly, knowledge.asked),
        (2, 0, 3)
    );
    // An honest "both" where one role usually does the work is partly right, not wrong.
    let mut hedged = answers.clone();
    hedged.answer("who-cleans-data".into(), "both".into());
    hedged.answer("who-tunes-models".into(), "both".into());
    let knowledge = c.score(&hedged).role_knowledge;
    assert_eq!(
        (knowledge.correct, knowledge.partly, knowledge.asked),
        (1, 2, 3)
    );
}

/// The sheet `cargo run --example worked_example` walks through (`mixed()`, written out there):
/// what it prints about it holds.
#[test]
fn the_worked_example_s_sheet_from_answers_to_advice() {
    let c = content();
    let answers = mixed();
    let code = ShareCode::encode(c, &answers).to_string();
    let rec = c.recommend(&c.score(&answers));
    assert_eq!(code, "BADZqZDhSTSMaFHD");
    assert_eq!(rec.primary.as_str(), "applied-ml-engineer");
    assert_eq!(ShareCode::decode_str(&code, c), Ok(answers));
}

const TIE_CONTENT: &str = r#"
version = 1
distinctions = []
skills = []
resources = []

[intro]
title = "Tie"
lead = "Two paths."
paragraphs = ["Checks the tie rule."]

[roles.data_scientist]
name = "Data scientist"
short_name = "Data scientist"
summary = "Analyses."

[roles.ml_engineer]
name = "ML engineer"
short_name = "ML engineer"
summary = "Builds."

[[paths]]
id = "FIRST"
name = "First"
role = "data-scientist"
emblem = "circle"
tagline = "First listed."
description = "First listed."
responsibilities = ["Wins ties."]
skills = []
result = { headline = "First", body = "First wins.", body_theirs = "First wins." }

[[paths]]
id = "SECOND"
name = "Second"
role = "ml-engineer"
emblem = "diamond"
tagline = "Second listed."
description = "Second listed."
responsibilities = ["Loses ties."]
skills = []
result = { headline = "Second", body = "Second loses.", body_theirs = "Second loses." }

[[questions]]
id = "q"
key = 1
kind = "preference"
prompt = "Either?"

[[questions.choices]]
id = "both"
key = 1
label = "Both"
weights = { first = 2, second = 2 }
reason = "You picked both."

[[questions.choices]]
id = "first-only"
key = 2
label = "First"
weights = { first = 2 }
reason = "You picked the first."
"#;

fn tie_content(first: &str, second: &str) -> Content {
    parse(
        &TIE_CONTENT
            .replace("FIRST", first)
            .replace("SECOND", second),
    )
    .unwrap()
}

#[test]
fn exact_ties_go_to_the_path_listed_first() {
    let both = sheet(&[("q", "both")]);
    for (first, second) in [("first", "second"), ("second", "first")] {
        let c = tie_content(first, second);
        let profile = c.score(&both);
        assert_eq!(profile.path_score(&"first".into()), Some(1.0));
        assert_eq!(profile.path_score(&"second".into()), Some(1.0));
        let rec = c.recommend(&profile);
        assert_eq!(rec.primary.as_str(), first);
        assert_eq!(rec.runner_up.as_str(), second);
        assert_eq!(rec.tied, [second.into()], "the tie is told");
        // Deterministic: same input, same output, every time.
        for _ in 0..10 {
            assert_eq!(c.recommend(&c.score(&both)), rec);
        }
    }
    let c = tie_content("second", "first");
    let rec = c.recommend(&c.score(&sheet(&[("q", "first-only")])));
    assert_eq!(
        rec.primary.as_str(),
        "first",
        "a real lead beats file order"
    );
    assert!(rec.tied.is_empty(), "{:?}", rec.tied);
}

#[test]
fn reasons_come_from_the_answers_that_pushed_the_primary_path() {
    let c = content();
    let answers = sheet(&[
        ("project-part", "new-algorithm"),
        ("raw-data", "represent-it"),
        ("ideal-week", "derive"),
        ("after-hours", "stuck-accuracy"),
        ("proud-of", "method"),
        ("free-month", "optimisation-maths"),
        ("team-role", "quick-builder"),
    ]);
    let profile = c.score(&answers);
    let rec = c.recommend(&profile);
    assert_eq!(rec.primary.as_str(), "core-ml-engineer");
    assert!(!rec.reasons.is_empty() && rec.reasons.len() <= mlpath::quiz::MAX_REASONS);
    let mut last = u8::MAX;
    for reason in &rec.reasons {
        assert_eq!(answers.get(&reason.question), Some(&reason.choice));
        let choice = c.choice(&reason.question, &reason.choice).unwrap();
        assert_eq!(choice.reason.as_deref(), Some(&*reason.text));
        let weight = choice.weight(&rec.primary);
        assert!(weight > 0 && weight <= last, "strongest reasons first");
        last = weight;
    }
    // The quick-builder answer gave core nothing, so it never explains a core result.
    assert!(rec
        .reasons
        .iter()
        .all(|r| r.choice.as_str() != "quick-builder"));
}

#[test]
fn gaps_are_shortfalls_against_the_primary_paths_targets() {
    let c = content();
    let mut answers = c.answers_toward(&"data-scientist".into());
    answers.answer("rate-statistics".into(), "basics".into());
    answers.answer("rate-communication".into(), "none".into());
    let profile = c.score(&answers);
    let rec = c.recommend(&profile);
    assert_eq!(rec.primary.as_str(), "data-scientist");
    let gaps: Vec<(&str, Option<u8>, u8)> = rec
        .gaps
        .iter()
        .map(|g| (g.skill.as_str(), g.have, g.need))
        .collect();
    assert_eq!(
        gaps,
        [
            ("communication", Some(0), 3),
            ("statistics", Some(1), 3),
            ("data-modelling", None, 2),
            ("distributed-computing", None, 1),
        ]
    );
}

#[test]
fn resources_teach_the_gaps_in_the_documented_order_with_free_ones_marked() {
    let c = content();
    for path in c.paths.iter() {
        let mut answers = c.answers_toward(&path.id);
        answers.answer("rate-maths".into(), "none".into());
        answers.answer("rate-programming".into(), "basics".into());
        let rec = c.recommend(&c.score(&answers));
        assert!(!rec.gaps.is_empty());
        assert!(!rec.resources.is_empty());
        let size = |skill| {
            rec.gaps
                .iter()
                .find(|g| &g.skill == skill)
                .map_or(0, |g| u32::from(g.size()))
        };
        let keys: Vec<_> = rec
            .resources
            .iter()
            .map(|ranked| {
                let r = c.resource(&ranked.resource).unwrap();
                assert_eq!(ranked.is_free, r.is_free());
                assert!(!ranked.covers.is_empty());
                assert!(ranked
                    .covers
                    .iter()
                    .all(|s| r.skills.contains(s) && size(s) > 0));
                // Gaps in asked skills first, then in skills the quiz never asks about.
                let coverage = |asked: bool| -> u32 {
                    ranked
                        .covers
                        .iter()
                        .filter(|s| c.asks_to_rate(s) == asked)
                        .map(size)
                        .sum()
                };
                (
                    std::cmp::Reverse(coverage(true)),
                    std::cmp::Reverse(coverage(false)),
                    std::cmp::Reverse(r.paths.contains(&rec.primary)),
                    std::cmp::Reverse(r.is_free()),
                    r.level,
                    c.resources.iter().position(|x| x.id == r.id),
                )
            })
            .collect();
        assert!(keys.windows(2).all(|w| w[0] <= w[1]), "{keys:?}");
        // Every resource teaching a gap is offered.
        let teaching = c
            .resources
            .iter()
            .filter(|r| rec.gaps.iter().any(|g| r.skills.contains(&g.skill)))
            .count();
        assert_eq!(teaching, rec.resources.len());
    }
    let rec = c.recommend(&c.score(&c.answers_toward(&"data-scientist".into())));
    let marks: Vec<(&str, bool)> = rec
        .resources
        .iter()
        .map(|r| (r.resource.as_str(), r.is_free))
        .collect();
    assert!(marks.contains(&("learning-spark", false)), "{marks:?}");
    assert!(marks.contains(&("spark-documentation", true)), "{marks:?}");
}

#[test]
fn with_no_gaps_the_primary_paths_resources_are_offered() {
    let c = content();
    let mut profile: Profile = c.score(&c.answers_toward(&"ml-software-engineer".into()));
    profile.skills = c
        .skills
        .iter()
        .map(|s| SkillLevel {
            skill: s.id.clone(),
            level: Some(3),
        })
        .collect();
    let rec = c.recommend(&profile);
    assert!(rec.gaps.is_empty());
    assert!(!rec.resources.is_empty());
    for ranked in &rec.resources {
        let r = c.resource(&ranked.resource).unwrap();
        assert!(r.paths.contains(&rec.primary));
    }
    let free_first = rec
        .resources
        .iter()
        .skip_while(|r| r.is_free)
        .all(|r| !r.is_free);
    assert!(free_first);
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2_000))]

    #[test]
    fn scores_are_always_finite_and_in_range(answers in any_answers()) {
        let c = content();
        let profile = c.score(&answers);
        prop_assert!(profile.axis.is_finite() && (-1.0..=1.0).contains(&profile.axis));
        for p in &profile.paths {
            prop_assert!(p.score.is_finite() && (0.0..=1.0).contains(&p.score));
        }
        prop_assert_eq!(profile.answered, answers.len());
        let rec = c.recommend(&profile);
        prop_assert_ne!(&rec.primary, &rec.runner_up);
        prop_assert!(profile.path_score(&rec.primary) >= profile.path_score(&rec.runner_up));
        prop_assert!(rec.reasons.len() <= mlpath::quiz::MAX_REASONS);
        prop_assert_eq!(c.recommend(&c.score(&answers)), rec);
    }
}

/// Every sheet of answers to `questions`, each answered with any of its choices or skipped, one at
/// a time: an odometer with a digit per question (0 for skipped, `i + 1` for its choice `i`), the
/// last question turning fastest. Only the sheet under the odometer is held, never all of them.
fn every_sheet<'a>(questions: &'a [&'a Question]) -> impl Iterator<Item = Answers> + 'a {
    let mut digits = vec![0usize; questions.len()];
    let mut sheet = Answers::new();
    let mut done = false;
    std::iter::from_fn(move || {
        if done {
            return None;
        }
        let current = sheet.clone();
        // Turn the odometer: a digit past its question's last choice goes back to skipped and
        // carries into the question before; when the first carries out, every sheet has been seen.
        done = true;
        for (question, digit) in questions.iter().zip(digits.iter_mut()).rev() {
            *digit += 1;
            if let Some(choice) = question.choices.get(*digit - 1) {
                sheet.answer(question.id.clone(), choice.id.clone());
                done = false;
                break;
            }
            *digit = 0;
            sheet.skip(&question.id);
        }
        Some(current)
    })
}

/// The questions that move the path scores, in quiz order.
fn preference_questions(c: &Content) -> Vec<&mlpath::quiz::Question> {
    c.questions
        .iter()
        .filter(|q| matches!(q.kind, QuestionKind::Preference))
        .collect()
}

/// The chart and the headline never disagree: on every sheet of preference answers (each question
/// answered with any of its choices, or skipped: 5^8 sheets), the recommended path is of the role
/// the axis leans to, and the axis sits in the middle only when the best path of each role ties.
#[test]
fn the_axis_always_points_to_the_recommended_path_s_role() {
    use mlpath::quiz::Role;
    let c = content();
    let preferences = preference_questions(c);
    let mut sheets = 0usize;
    let mut sides = [0usize; 3];
    for answers in every_sheet(&preferences) {
        sheets += 1;
        let profile = c.score(&answers);
        if !profile.has_direction() {
            continue;
        }
        let rec = c.recommend(&profile);
        let role = c.path(&rec.primary).unwrap().role;
        let best = |role: Role| {
            c.paths
                .iter()
                .filter(|p| p.role == role)
                .map(|p| profile.path_score(&p.id).unwrap())
                .fold(0.0f32, f32::max)
        };
        if profile.axis < 0.0 {
            sides[0] += 1;
            assert_eq!(role, Role::DataScientist, "{answers:?}");
        } else if profile.axis > 0.0 {
            sides[2] += 1;
            assert_eq!(role, Role::MlEngineer, "{answers:?}");
        } else {
            sides[1] += 1;
            assert_eq!(
                best(Role::DataScientist),
                best(Role::MlEngineer),
                "{answers:?}"
            );
        }
    }
    let expected: usize = preferences.iter().map(|q| q.choices.len() + 1).product();
    assert_eq!(sheets, expected, "each sheet once");
    assert!(sheets > 100_000, "{sheets} sheets");
    assert!(sides.iter().all(|&n| n > 0), "{sides:?}");
}

/// No path wins by default and none is starved: of every full sheet of preference answers (each
/// question answered with any of its choices: 4^8 sheets), each of the four paths is recommended
/// for between a fifth and a third.
#[test]
fn every_path_wins_a_fair_share_of_full_sheets() {
    let c = content();
    let preferences = preference_questions(c);
    let sheets: usize = preferences.iter().map(|q| q.choices.len()).product();
    let mut wins = vec![0usize; c.paths.len()];
    for n in 0..sheets {
        // `n` in mixed radix: one digit per question, its choice.
        let mut rest = n;
        let answers: Answers = preferences
            .iter()
            .map(|q| {
                let choice = &q.choices[rest % q.choices.len()];
                rest /= q.choices.len();
                (q.id.clone(), choice.id.clone())
            })
            .collect();
        let primary = c.recommend(&c.score(&answers)).primary;
        wins[c.path_index(&primary).unwrap()] += 1;
    }
    assert_eq!(sheets, 4usize.pow(8));
    for (path, won) in c.paths.iter().zip(&wins) {
        assert!(
            (sheets / 5..=sheets / 3).contains(won),
            "`{}` wins {won} of {sheets} sheets: {wins:?}",
            path.id
        );
    }
}

/// A fit reads 0% or 100% only when it is exactly that: nearly nothing is 1%, nearly all 99%.
#[test]
fn percent_says_none_or_all_only_when_it_is() {
    use mlpath::quiz::percent;
    assert_eq!(percent(0.0), 0);
    assert_eq!(percent(0.001), 1);
    assert_eq!(percent(0.25), 25);
    assert_eq!(percent(0.999), 99);
    assert_eq!(percent(1.0), 100);
    assert_eq!(percent(-3.0), 0);
    assert_eq!(percent(7.0), 100);
}
