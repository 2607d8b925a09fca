//! A worked example for humans: `cargo test --test domain_example -- --nocapture` prints a full
//! answer sheet, its share code and the recommendation it yields.

use mlpath::content::content;
use mlpath::quiz::{Answers, ChoiceId, QuestionId, ShareCode};

#[test]
fn a_full_sheet_from_answers_to_advice() {
    let c = content();
    let answers: Answers = [
        ("project-part", "train-model"),
        ("who-defines-problem", "data-scientist"),
        ("raw-data", "check-bias"),
        ("who-cleans-data", "ml-engineer"),
        ("rate-statistics", "confident"),
        ("stakeholder-meeting", "prototype"),
        ("who-shows-stakeholders", "ml-engineer"),
        ("rate-programming", "confident"),
        ("ideal-week", "compare-libraries"),
        ("who-goes-deep", "data-scientist"),
        ("rate-maths", "basics"),
        ("after-hours", "stuck-accuracy"),
        ("rate-ml-frameworks", "basics"),
        ("proud-of", "feature"),
        ("who-tunes-models", "ml-engineer"),
        ("rate-software-engineering", "basics"),
        ("free-month", "new-framework"),
        ("team-role", "sceptic"),
        ("rate-communication", "confident"),
    ]
    .into_iter()
    .map(|(q, ch)| (QuestionId::from(q), ChoiceId::from(ch)))
    .collect();

    let code = ShareCode::encode(c, &answers).to_string();
    let profile = c.score(&answers);
    let rec = c.recommend(&profile);

    println!("share code: {code} ({} characters)", code.len());
    println!("axis: {:+.2}", profile.axis);
    for p in &profile.paths {
        println!("  {:<22} {:.2}", p.path.as_str(), p.score);
    }
    let k = profile.role_knowledge;
    println!("who-does-it: {}/{} right", k.correct, k.asked);
    println!("primary: {}, runner-up: {}", rec.primary, rec.runner_up);
    for r in &rec.reasons {
        println!("  why: {}", r.text);
    }
    for g in &rec.gaps {
        println!("  gap: {} have {:?} need {}", g.skill, g.have, g.need);
    }
    for r in &rec.resources {
        let free = if r.is_free { "free" } else { "paid" };
        println!("  resource: {} [{free}] covers {:?}", r.resource, r.covers);
    }

    assert_eq!(code, "BABZaZThSTSMYHPp");
    assert_eq!(rec.primary.as_str(), "applied-ml-engineer");
    assert_eq!(ShareCode::decode_str(&code, c), Ok(answers));
}
