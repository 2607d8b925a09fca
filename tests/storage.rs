//! The stored-progress envelope: written and read back, and every kind of bad data handled.

use mlpath::content::content;
use mlpath::quiz::Answers;
use mlpath::state::Progress;
use mlpath::storage::{envelope, parse_envelope, Stored};
use proptest::prelude::*;

fn sample() -> Progress {
    let mut answers = Answers::new();
    for question in content().questions.iter().take(5) {
        answers.answer(question.id.clone(), question.choices[1].id.clone());
    }
    Progress { at: 5, answers }
}

#[test]
fn progress_round_trips_through_its_envelope() {
    let progress = sample();
    let text = envelope(&progress, content());
    assert!(text.starts_with("1:5:"), "{text}");
    assert_eq!(parse_envelope(&text, content()), Stored::Found(progress));
}

#[test]
fn newer_envelopes_are_recognised_whatever_follows_the_version() {
    for text in ["2:0:BAB", "99:future data", "7"] {
        assert_eq!(parse_envelope(text, content()), Stored::Newer, "{text}");
    }
}

#[test]
fn damaged_envelopes_are_corrupt() {
    let good = envelope(&sample(), content());
    let past_the_end = format!("1:{}:{}", content().questions.len(), &good[4..]);
    let cut = &good[..good.len() - 2];
    for text in [
        "",
        "1",
        "1:",
        "0:1:BAB",
        "x:1:BAB",
        "1:-1:BAB",
        "1:abc:BAB",
        "1:2:???",
        cut,
        &past_the_end,
    ] {
        assert_eq!(parse_envelope(text, content()), Stored::Corrupt, "{text:?}");
    }
}

proptest! {
    #[test]
    fn any_text_gives_an_answer_and_never_panics(text in ".*") {
        let _ = parse_envelope(&text, content());
    }

    #[test]
    fn envelope_like_text_never_panics(text in "[0-9]{1,3}:[0-9]{1,3}:[A-Za-z0-9_-]{0,70}") {
        let _ = parse_envelope(&text, content());
    }
}

#[test]
fn the_own_result_round_trips_and_rejects_codes_that_do_not_decode() {
    use mlpath::quiz::ShareCode;
    use mlpath::storage::{parse_result_envelope, result_envelope};
    let code = ShareCode::encode(content(), &sample().answers).to_string();
    assert_eq!(
        parse_result_envelope(&result_envelope(&code), content()),
        Stored::Found(code.clone())
    );
    assert_eq!(
        parse_result_envelope("3:anything", content()),
        Stored::Newer
    );
    for text in ["", "1:", "1:nonsense", "x:1", &code] {
        assert_eq!(
            parse_result_envelope(text, content()),
            Stored::Corrupt,
            "{text:?}"
        );
    }
}
