//! A worked example for humans: `cargo run --example worked_example` prints a full answer sheet's
//! share code, its scores and the recommendation it yields.
//!
//! The sheet is the native tests' `mixed()`, from `tests/common/mixed.rs`;
//! `tests/domain_scoring.rs` checks what this prints about it (the share code, the primary path,
//! the round trip).

use mlpath::content::content;
use mlpath::quiz::{Answers, ShareCode};

#[path = "../tests/common/mixed.rs"]
mod mixed;

fn main() {
    let c = content();
    let mut answers = Answers::new();
    for (question, choice) in mixed::MIXED {
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
