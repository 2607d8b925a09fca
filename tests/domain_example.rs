//! A worked example for humans: `cargo test --test domain_example -- --nocapture` prints a full
//! answer sheet, its share code and the recommendation it yields.

use mlpath::content::content;
use mlpath::quiz::ShareCode;

mod common;
use common::mixed;

#[test]
fn a_full_sheet_from_answers_to_advice() {
    let c = content();
    let answers = mixed();

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

    assert_eq!(code, "BACZaZThSTSMYKug");
    assert_eq!(rec.primary.as_str(), "applied-ml-engineer");
    assert_eq!(ShareCode::decode_str(&code, c), Ok(answers));
}
