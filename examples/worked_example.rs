//! A worked example for humans: `cargo run --example worked_example` prints a full answer sheet's
//! share code, its scores and the recommendation it yields.
//!
//! The sheet is the native tests' `mixed()` (tests/common/mod.rs), written out here because an
//! example cannot use the tests' helpers; tests/domain_scoring.rs checks what this prints about it
//! (the share code, the primary path, the round trip).

use mlpath::content::content;
use mlpath::quiz::{Answers, ShareCode};

/// A realistic full sheet: some wrong role guesses, middling ratings, mixed preferences.
const SHEET: [(&str, &str); 19] = [
    ("project-part", "train-model"),
    ("who-defines-problem", "data-scientist"),
    ("raw-data", "represent-it"),
    ("who-cleans-data", "ml-engineer"),
    ("rate-statistics", "confident"),
    ("stakeholder-meeting", "prototype"),
    ("who-shows-progress", "ml-engineer"),
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
];

fn main() {
    let c = content();
    let mut answers = Answers::new();
    for (question, choice) in SHEET {
        answers.answer(question.into(), choice.into());
    }

    let code = ShareCode::encode(c, &answers).to_string();
    let profile = c.score(&answers);
    let rec = c.recommend(&profile);

    println!("share code: {code} ({} characters)", code.len());
    println!("axis: {:+.2}", profile.axis);
    for p in &profile.paths {
        println!("  {:<22} {:.2}", p.path.as_str(), p.score);
    }
    let k = profile.role_knowledge;
    println!(
        "who-does-it: {}/{} right, {} partly right",
        k.correct, k.asked, k.partly
    );
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
}
