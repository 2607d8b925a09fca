//! Content invariants: the data file parses, every reference resolves and the seed is covered.

use std::collections::BTreeSet;

use mlpath::content::{content, parse, SOURCE};
use mlpath::quiz::{Content, QuestionKind, Role, Verdict, Who};

fn ids<'a>(ids: impl Iterator<Item = &'a str>) -> (usize, BTreeSet<&'a str>) {
    let all: Vec<&str> = ids.collect();
    let unique = all.iter().copied().collect();
    (all.len(), unique)
}

fn assert_unique<'a>(kind: &str, list: impl Iterator<Item = &'a str>) {
    let (count, unique) = ids(list);
    assert_eq!(count, unique.len(), "{kind} ids must be unique");
}

#[test]
fn the_file_parses_and_passes_validation() {
    let parsed = parse(SOURCE).expect("content.toml parses");
    assert_eq!(&parsed, content());
    if let Err(problems) = content().validate() {
        panic!(
            "content.toml breaks its invariants:\n{}",
            problems.join("\n")
        );
    }
}

#[test]
fn ids_are_unique_per_kind() {
    let c = content();
    assert_unique("distinction", c.distinctions.iter().map(|d| d.id.as_str()));
    assert_unique("path", c.paths.iter().map(|p| p.id.as_str()));
    assert_unique("skill", c.skills.iter().map(|s| s.id.as_str()));
    assert_unique("resource", c.resources.iter().map(|r| r.id.as_str()));
    assert_unique("question", c.questions.iter().map(|q| q.id.as_str()));
    for q in c.questions.iter() {
        assert_unique("choice", q.choices.iter().map(|ch| ch.id.as_str()));
    }
}

#[test]
fn keys_are_unique_in_range_and_never_retired() {
    let c = content();
    let keys: Vec<u8> = c.questions.iter().map(|q| q.key).collect();
    let unique: BTreeSet<u8> = keys.iter().copied().collect();
    assert_eq!(keys.len(), unique.len(), "question keys must be unique");
    assert!(keys.iter().all(|k| (1..=63).contains(k)));
    assert!(keys.iter().all(|k| !c.retired_question_keys.contains(k)));
    for q in c.questions.iter() {
        let keys: Vec<u8> = q.choices.iter().map(|ch| ch.key).collect();
        let unique: BTreeSet<u8> = keys.iter().copied().collect();
        assert_eq!(keys.len(), unique.len(), "choice keys of `{}`", q.id);
        assert!(
            keys.iter().all(|k| (1..=7).contains(k)),
            "choice keys of `{}`",
            q.id
        );
        assert!(keys.iter().all(|k| !q.retired_choice_keys.contains(k)));
    }
}

#[test]
fn every_reference_resolves() {
    let c = content();
    for p in c.paths.iter() {
        for t in p.skills.iter() {
            assert!(
                c.skill(&t.skill).is_some(),
                "path `{}` -> `{}`",
                p.id,
                t.skill
            );
            assert!((1..=3).contains(&t.level));
        }
    }
    for r in c.resources.iter() {
        assert!(
            r.skills.iter().all(|s| c.skill(s).is_some()),
            "resource `{}`",
            r.id
        );
        assert!(
            r.paths.iter().all(|p| c.path(p).is_some()),
            "resource `{}`",
            r.id
        );
    }
    for q in c.questions.iter() {
        assert!(q.distinctions.iter().all(|d| c.distinction(d).is_some()));
        if let QuestionKind::SkillRating { skill } = &q.kind {
            assert!(c.skill(skill).is_some(), "question `{}`", q.id);
        }
        for ch in q.choices.iter() {
            assert!(
                ch.weights.keys().all(|p| c.path(p).is_some()),
                "`{}`",
                ch.id
            );
        }
    }
}

#[test]
fn the_four_paths_are_there_on_the_right_sides() {
    let c = content();
    let paths: Vec<(&str, Role)> = c.paths.iter().map(|p| (p.id.as_str(), p.role)).collect();
    assert_eq!(
        paths,
        [
            ("applied-ml-engineer", Role::MlEngineer),
            ("data-scientist", Role::DataScientist),
            ("ml-software-engineer", Role::MlEngineer),
            ("core-ml-engineer", Role::MlEngineer),
        ]
    );
    for p in c.paths.iter() {
        assert!(p.responsibilities.len() >= 3, "path `{}`", p.id);
        assert!(!p.result.body.is_empty() && !p.result.headline.is_empty());
    }
}

#[test]
fn paths_lean_on_the_skills_the_seed_gives_them() {
    let c = content();
    let leans_on = |path: &str, skill: &str, at_least: u8| {
        let path = c.path(&path.into()).expect("path exists");
        let target = path.skills.iter().find(|t| t.skill.as_str() == skill);
        assert!(
            target.is_some_and(|t| t.level >= at_least),
            "`{}` should lean on `{skill}` at level {at_least} or more",
            path.id
        );
    };
    leans_on("data-scientist", "statistics", 3);
    leans_on("data-scientist", "communication", 3);
    leans_on("core-ml-engineer", "maths", 3);
    leans_on("core-ml-engineer", "data-modelling", 3);
    leans_on("core-ml-engineer", "deep-learning", 3);
    leans_on("ml-software-engineer", "software-engineering", 3);
    leans_on("ml-software-engineer", "programming", 3);
    leans_on("applied-ml-engineer", "ml-frameworks", 3);
    leans_on("applied-ml-engineer", "programming", 3);
}

#[test]
fn the_skills_are_the_seeds_nine() {
    let ids: Vec<&str> = content().skills.iter().map(|s| s.id.as_str()).collect();
    assert_eq!(
        ids,
        [
            "statistics",
            "maths",
            "programming",
            "ml-frameworks",
            "software-engineering",
            "data-modelling",
            "deep-learning",
            "distributed-computing",
            "communication",
        ]
    );
}

#[test]
fn every_seed_distinction_is_covered_by_a_question() {
    let c = content();
    let ids: Vec<&str> = c.distinctions.iter().map(|d| d.id.as_str()).collect();
    assert_eq!(
        ids,
        [
            "problem-and-data",
            "data-cleaning",
            "scope",
            "stakeholders",
            "focus"
        ]
    );
    for d in c.distinctions.iter() {
        assert!(
            c.questions_on(&d.id).next().is_some(),
            "distinction `{}` has no question",
            d.id
        );
        // A "who usually does this?" item states outright how the roles usually split it.
        assert!(
            c.questions_on(&d.id)
                .any(|q| matches!(q.kind, QuestionKind::WhoDoesIt { .. })),
            "distinction `{}` has no who-does-it item",
            d.id
        );
    }
}

#[test]
fn question_count_and_mix() {
    let c = content();
    assert!((12..=20).contains(&c.questions.len()));
    let count = |f: fn(&QuestionKind) -> bool| c.questions.iter().filter(|q| f(&q.kind)).count();
    assert!(count(|k| matches!(k, QuestionKind::Preference)) >= 6);
    assert!((4..=7).contains(&count(|k| matches!(k, QuestionKind::SkillRating { .. }))));
    assert!((3..=5).contains(&count(|k| matches!(k, QuestionKind::WhoDoesIt { .. }))));
    let rated: BTreeSet<&str> = c
        .questions
        .iter()
        .filter_map(|q| match &q.kind {
            QuestionKind::SkillRating { skill } => Some(skill.as_str()),
            _ => None,
        })
        .collect();
    assert!(rated.len() >= 5, "at least five skills are self-rated");
}

#[test]
fn who_does_it_items_offer_both_and_have_one_right_answer_and_an_explanation() {
    for q in content().questions.iter() {
        if let QuestionKind::WhoDoesIt {
            answer,
            explanation,
        } = &q.kind
        {
            assert!(!explanation.trim().is_empty());
            assert!(
                q.help.is_some(),
                "question `{}` says whose \"usually\" it means",
                q.id
            );
            let offered: Vec<Option<Who>> = q.choices.iter().map(|c| c.role).collect();
            assert_eq!(
                offered,
                Who::ALL.map(Some),
                "question `{}`: the data scientist, the ML engineer and both, in that order",
                q.id
            );
            let verdicts: Vec<Verdict> = q
                .choices
                .iter()
                .map(|c| q.verdict(&c.id).unwrap())
                .collect();
            let right = |v: &&Verdict| **v == Verdict::Right;
            assert_eq!(verdicts.iter().filter(right).count(), 1, "`{}`", q.id);
            assert_eq!(q.correct_choice().unwrap().role, Some(*answer));
            // "Both" is never wrong, and only the other role is.
            let both = q
                .choices
                .iter()
                .find(|c| c.role == Some(Who::Both))
                .unwrap();
            assert_ne!(q.verdict(&both.id), Some(Verdict::Wrong), "`{}`", q.id);
            let wrong = verdicts.iter().filter(|v| **v == Verdict::Wrong).count();
            assert_eq!(wrong, usize::from(*answer != Who::Both), "`{}`", q.id);
        }
    }
}

#[test]
fn a_verdict_is_right_partly_right_or_wrong() {
    use Verdict::*;
    use Who::*;
    for (answer, picked, verdict) in [
        (DataScientist, DataScientist, Right),
        (DataScientist, Both, Partly),
        (DataScientist, MlEngineer, Wrong),
        (MlEngineer, MlEngineer, Right),
        (MlEngineer, Both, Partly),
        (MlEngineer, DataScientist, Wrong),
        (Both, Both, Right),
        (Both, DataScientist, Partly),
        (Both, MlEngineer, Partly),
    ] {
        assert_eq!(answer.verdict(picked), verdict, "{picked:?} for {answer:?}");
    }
    assert_eq!(
        content().questions[0].verdict(&"frame-problem".into()),
        None
    );
}

/// Each preference choice is the best choice of exactly one path (3 points for it, less for every
/// other), and each path has exactly one best choice in each question: the four paths' answers
/// differ in every question.
#[test]
fn every_preference_question_tells_the_paths_apart() {
    let c = content();
    for q in c
        .questions
        .iter()
        .filter(|q| q.kind == QuestionKind::Preference)
    {
        for choice in q.choices.iter() {
            let best_for: Vec<&str> = c
                .paths
                .iter()
                .filter(|p| choice.weight(&p.id) == 3)
                .map(|p| p.id.as_str())
                .collect();
            assert_eq!(
                best_for.len(),
                1,
                "`{}` in `{}` is the best choice of {best_for:?}",
                choice.id,
                q.id
            );
        }
        for p in c.paths.iter() {
            let best = q.choices.iter().filter(|ch| ch.weight(&p.id) == 3).count();
            assert_eq!(best, 1, "`{}` has {best} best choices in `{}`", p.id, q.id);
        }
    }
}

#[test]
fn resources_are_real_links_with_tags() {
    let c = content();
    assert!(c.resources.len() >= 15);
    for r in c.resources.iter() {
        assert!(r.url.starts_with("https://"), "`{}`", r.id);
        assert!(!r.url.chars().any(char::is_whitespace), "`{}`", r.id);
        assert!(!r.skills.is_empty() && !r.paths.is_empty(), "`{}`", r.id);
    }
    assert!(c.resources.iter().any(|r| r.is_free()));
    assert!(c.resources.iter().any(|r| !r.is_free()));
    for s in c.skills.iter() {
        assert!(
            c.resources.iter().any(|r| r.skills.contains(&s.id)),
            "no resource teaches `{}`",
            s.id
        );
    }
}

#[test]
fn every_reason_speaks_to_the_reader() {
    // English's form of the rule each translation keeps in its own way (content_translations).
    for q in content().questions.iter() {
        for c in q.choices.iter() {
            if let Some(reason) = &c.reason {
                assert!(reason.starts_with("You "), "{}.{}: {reason}", q.id, c.id);
            }
        }
    }
}

#[test]
fn no_unfinished_text_anywhere_in_the_file() {
    let text = SOURCE.to_lowercase();
    for word in ["todo", "lorem", "placeholder", "tbd", "fixme", "xxx"] {
        assert!(!text.contains(word), "content.toml contains `{word}`");
    }
    // One text is empty on purpose: English says nothing after an English course's title, which
    // other languages say is in English ([ui.resources] in_english).
    for line in SOURCE.lines().filter(|line| line.contains("\"\"")) {
        assert_eq!(
            line, "in_english = \"\"",
            "content.toml has an empty string"
        );
    }
}

#[test]
fn no_empty_text_is_reported_by_validation() {
    let broken = SOURCE.replacen(
        "title = \"Data scientist or machine-learning engineer?\"",
        "title = \"  \"",
        1,
    );
    let problems = parse(&broken).unwrap().validate().unwrap_err();
    assert!(
        problems.iter().any(|p| p.contains("intro title")),
        "{problems:?}"
    );
}

#[test]
fn unknown_fields_are_rejected() {
    let broken = SOURCE.replacen("version = 3\n", "version = 3\ncolour = \"red\"\n", 1);
    assert!(parse(&broken).is_err());
    // A choice's field too: the retired `lean` (the axis now follows the weights) among them.
    let broken = SOURCE.replacen(
        "weights = { data-scientist = 3 }\n",
        "weights = { data-scientist = 3 }\nlean = -2\n",
        1,
    );
    assert!(parse(&broken).is_err());
}

#[test]
fn kind_specific_fields_must_match_the_kind() {
    let broken = SOURCE.replacen(
        "kind = \"preference\"\n",
        "kind = \"preference\"\nskill = \"maths\"\n",
        1,
    );
    let error = parse(&broken).unwrap_err();
    assert!(error.to_string().contains("project-part"), "{error}");
}

fn problems_after(from: &str, to: &str) -> Vec<String> {
    assert!(SOURCE.contains(from), "fixture text `{from}` not found");
    let changed: Content = parse(&SOURCE.replacen(from, to, 1)).unwrap();
    changed.validate().unwrap_err()
}

#[test]
fn validation_catches_broken_invariants() {
    let cases = [
        ("key = 19\n", "key = 18\n", "used twice"),
        (
            "retired_question_keys = [7]",
            "retired_question_keys = [7, 3]",
            "retired",
        ),
        (
            "url = \"https://d2l.ai/\"",
            "url = \"http://d2l.ai/\"",
            "https",
        ),
        (
            "skill = \"communication\"\nprompt",
            "skill = \"rhetoric\"\nprompt",
            "unknown skill",
        ),
        (
            "distinctions = [\"stakeholders\"]",
            "distinctions = [\"charts\"]",
            "unknown distinction",
        ),
        (
            "weights = { data-scientist = 3 }",
            "weights = { data-scientist = 4 }",
            "0..=3",
        ),
        ("id = \"mlcourse-ai\"", "id = \"mlcourse.ai\"", "kebab-case"),
        (
            "id = \"kaggle-python\"",
            "id = \"mlcourse-ai\"",
            "used twice",
        ),
        ("up_to = \"advanced\"", "up_to = \"intermediate\"", "up_to"),
        (
            "emblem = \"diamond\"",
            "emblem = \"circle\"",
            "share the emblem Circle",
        ),
        (
            "level = 3\n\n[[questions]]",
            "level = 2\n\n[[questions]]",
            "levels 0, 1, 2 and 3",
        ),
        // The scene and the question each in their field: the page sets them apart.
        (
            "scenario = \"A retailer wants fewer customers to leave.\"\nprompt = \"Who",
            "prompt = \"A retailer wants fewer customers to leave. Who",
            "question `who-defines-problem`: its prompt is the question alone",
        ),
        (
            "scenario = \"A retailer wants fewer customers to leave.\"\nprompt = \"Who usually decides exactly what to predict, and gathers the data for it?\"",
            "scenario = \"A retailer wants fewer customers to leave. Who usually decides exactly what to predict, and gathers the data for it?\"\nprompt = \"Who?\"",
            "question `who-defines-problem`: its scenario sets the scene",
        ),
        (
            "scenario = \"A retailer wants fewer customers to leave.\"",
            "scenario = \" \"",
            "question `who-defines-problem` has empty text",
        ),
        // Every who-does-it item offers the honest "both".
        (
            "role = \"both\"",
            "role = \"ml-engineer\"",
            "the data scientist, the ML engineer and both, once each",
        ),
    ];
    for (from, to, expect) in cases {
        let problems = problems_after(from, to);
        assert!(
            problems.iter().any(|p| p.contains(expect)),
            "changing `{from}` to `{to}` should report `{expect}`, got {problems:?}"
        );
    }
}

#[test]
fn validation_catches_an_untagged_distinction() {
    let text = SOURCE
        .replacen(
            "distinctions = [\"problem-and-data\", \"focus\"]",
            "distinctions = [\"focus\"]",
            1,
        )
        .replacen(
            "distinctions = [\"problem-and-data\"]",
            "distinctions = []",
            1,
        );
    let problems = parse(&text).unwrap().validate().unwrap_err();
    assert!(
        problems
            .iter()
            .any(|p| p.contains("problem-and-data") && p.contains("not tagged")),
        "{problems:?}"
    );
}

#[test]
fn the_compiled_content_is_the_toml_file() {
    let from_toml = mlpath::content::parse(mlpath::content::SOURCE).expect("content.toml parses");
    assert_eq!(mlpath::content::content(), &from_toml);
}

#[test]
fn a_resource_suits_every_level_from_where_it_starts_to_where_it_ends() {
    use mlpath::quiz::Level;
    let c = content();
    let d2l = c
        .resource(&"dive-into-deep-learning".into())
        .expect("in the file");
    // "intermediate–advanced" in the reference list.
    assert_eq!(
        (d2l.level, d2l.up_to),
        (Level::Intermediate, Some(Level::Advanced))
    );
    assert!(
        !d2l.suits(Level::Beginner) && d2l.suits(Level::Intermediate) && d2l.suits(Level::Advanced)
    );
    let kaggle = c.resource(&"kaggle-python".into()).expect("in the file");
    assert!(kaggle.suits(Level::Beginner) && !kaggle.suits(Level::Intermediate));
    let advanced = c
        .resources
        .iter()
        .filter(|r| r.suits(Level::Advanced))
        .count();
    assert_eq!(
        advanced, 5,
        "the four intermediate-to-advanced ones and Deep Learning"
    );
}
