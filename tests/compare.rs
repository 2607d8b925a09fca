//! Comparing two results (#/compare/A/B): the route, the view model for each reader, every kind of
//! link that cannot be compared, and the page as the browser gets it.

use mlpath::content::content;
use mlpath::quiz::{percent, Answers, DecodeError, Question, QuestionKind, ShareCode};
use mlpath::route::{ResultCode, Route};
use mlpath::state::Keeping;
use mlpath::view::{
    BadPair, ComparePageView, CompareView, ResultPageView, Whose, FIT_MEANING, MOST_DIFFERENT,
};

mod common;
use common::ssr::*;
use common::{mixed, sheet};

fn code_of(answers: &Answers) -> ResultCode {
    ResultCode::from(&ShareCode::encode(content(), answers))
}

/// The codes of two results with different best fits: the first path's and the last's.
fn two_codes() -> [ResultCode; 2] {
    let paths = &content().paths;
    [
        code_of(&content().answers_toward(&paths[0].id)),
        code_of(&content().answers_toward(&paths[paths.len() - 1].id)),
    ]
}

fn compare(codes: &[ResultCode], own: Option<&ResultCode>) -> ComparePageView {
    let own = own.map(ToString::to_string);
    ComparePageView::new(content(), codes, own.as_deref(), Keeping::Kept)
}

fn compared(codes: &[ResultCode], own: Option<&ResultCode>) -> std::rc::Rc<CompareView> {
    match compare(codes, own) {
        ComparePageView::Compare(view) => view,
        other => panic!("expected a comparison, got {other:?}"),
    }
}

fn bad_pair(codes: &[ResultCode]) -> (BadPair, Option<ResultCode>) {
    match compare(codes, None) {
        ComparePageView::BadPair { problem, alone } => (problem, alone),
        other => panic!("expected a bad pair, got {other:?}"),
    }
}

#[test]
fn a_comparison_route_carries_the_codes_as_the_address_gives_them() {
    let codes = |path: &str| match Route::recognize(path) {
        Route::Compare { codes } => codes.iter().map(ToString::to_string).collect::<Vec<_>>(),
        other => panic!("{path}: {other:?}"),
    };
    assert_eq!(codes("/compare/AB/CD"), ["AB", "CD"]);
    // As a result's code is read: percent-decoded, without a sentence's punctuation, one trailing
    // slash and any query ignored.
    assert_eq!(codes("/compare/A%42/CD)."), ["AB", "CD"]);
    assert_eq!(codes("/compare/AB/CD/"), ["AB", "CD"]);
    assert_eq!(codes("/compare/AB/CD?ref=x"), ["AB", "CD"]);
    // However many there are: the page says what is wrong with them.
    assert!(codes("/compare").is_empty());
    assert!(codes("/compare/").is_empty());
    assert_eq!(codes("/compare/AB"), ["AB"]);
    assert_eq!(codes("/compare/AB/CD/EF"), ["AB", "CD", "EF"]);
    assert_eq!(codes("/compare//CD"), ["", "CD"]);
    assert_eq!(
        Route::from_hash("#/compare/AB/CD"),
        Route::recognize("/compare/AB/CD")
    );
    // Older routes read as before.
    assert_eq!(Route::recognize("/result/a/b"), Route::NotFound);
    assert_eq!(Route::recognize("/compared/AB/CD"), Route::NotFound);
    assert!(matches!(
        Route::recognize("/result/AB"),
        Route::Result { .. }
    ));
}

#[test]
fn a_comparison_route_round_trips_and_its_link_opens_the_landing_page() {
    let [a, b] = two_codes();
    for codes in [
        vec![a.clone(), b.clone()],
        vec![],
        vec![a.clone()],
        vec![a.clone(), b.clone(), a.clone()],
        vec!["a b/c".into(), "é".into()],
    ] {
        let route = Route::Compare { codes };
        assert_eq!(Route::recognize(&route.to_path()), route);
    }
    assert_eq!(
        Route::compare_link("https://example.org/quiz/", &a, &b),
        format!("https://example.org/quiz/index.html#/compare/{a}/{b}")
    );
}

#[test]
fn two_results_are_compared_in_one_voice_with_the_persons_own_first() {
    let [a, b] = two_codes();
    let paths = &content().paths;
    // Neither is the person's own: both named alike, in the link's order.
    let view = compared(&[a.clone(), b.clone()], None);
    assert!(!view.voice.is_own);
    assert_eq!(view.voice.labels(), ["First", "Second"]);
    assert_eq!(view.voice.heading(), "Two results side by side");
    assert_eq!(view.title(), "Two results side by side");
    assert_eq!(view.sides[0].code, a);
    assert_eq!(view.sides[1].path.id, paths[paths.len() - 1].id);
    // One is: "You" and "Them", the person's own first, whichever place it has in the link.
    for (codes, own) in [([&a, &b], &a), ([&b, &a], &a), ([&a, &b], &b)] {
        let view = compared(&[codes[0].clone(), codes[1].clone()], Some(own));
        assert!(view.voice.is_own);
        assert_eq!(view.sides[0].code, *own);
        assert_eq!(view.voice.labels(), ["You", "Them"]);
        assert_eq!(view.voice.eyebrows(), ["Your best fit", "Their best fit"]);
        assert_eq!(view.voice.heading(), "Your result and theirs");
        assert_eq!(view.chart.marker, "You");
        assert_eq!(view.chart.second.map(|(_, label)| label), Some("Them"));
        assert!(
            view.chart.description.contains(", you lean "),
            "{}",
            view.chart.description
        );
        assert!(
            view.chart.description.contains("; they lean "),
            "{}",
            view.chart.description
        );
        assert!(view.widest.contains("for you,"), "{}", view.widest);
        for difference in &view.differences {
            assert!(difference.answers[0].starts_with("You: "));
            assert!(difference.answers[1].starts_with("Them: "));
        }
        let message = view.share_message("https://example.org/quiz/index.html#/compare/x/y");
        assert_eq!(message.title, "Our mlpath results side by side");
    }
    // Never a mixed voice: nothing neutral says "you".
    let view = compared(&[a, b], None);
    let said = [
        view.lede.clone(),
        view.widest.clone(),
        view.differ_count.clone(),
        view.chart.description.clone(),
    ]
    .join(" ")
    .to_lowercase();
    assert!(!said.contains("you"), "{said}");
    assert!(view
        .differences
        .iter()
        .all(|d| d.answers[0].starts_with("First: ")));
    assert_eq!(view.voice.differ_heading(), "Where they differ most");
}

#[test]
fn the_fits_chart_and_best_fits_are_each_results_own() {
    let [a, b] = two_codes();
    let view = compared(&[a.clone(), b.clone()], None);
    let single = |code: &ResultCode| match ResultPageView::new(content(), code, Whose::Unknown) {
        ResultPageView::Result(view) => view,
        other => panic!("{other:?}"),
    };
    let (first, second) = (single(&a), single(&b));
    assert_eq!(view.sides[0].path.id, first.path.id);
    assert_eq!(view.sides[1].path.id, second.path.id);
    assert_ne!(first.path.id, second.path.id);
    assert_eq!(view.chart.axis, first.chart.axis);
    assert_eq!(
        view.chart.second.map(|(axis, _)| axis),
        Some(second.chart.axis)
    );
    assert!(view.chart.bars.is_empty(), "the table has the fits");
    assert_eq!(view.fits.len(), content().paths.len());
    for (i, row) in view.fits.iter().enumerate() {
        assert_eq!(row.path, first.chart.bars[i].label);
        for (fit, single) in row.fits.iter().zip([&first, &second]) {
            let bar = &single.chart.bars[i];
            let expected = if bar.is_primary {
                format!("{}%, best fit", bar.percent)
            } else {
                format!("{}%", bar.percent)
            };
            assert_eq!(*fit, expected);
        }
    }
    assert_eq!(
        view.lede,
        format!(
            "Different best fits: the {} path for the first, the {} path for the second.",
            mlpath::view::in_sentence(&first.path.name),
            mlpath::view::in_sentence(&second.path.name)
        )
    );
    // The same best fit, from different answers.
    let mut other = content().answers_toward(&content().paths[0].id);
    let rating = content()
        .questions
        .iter()
        .find(|q| matches!(q.kind, QuestionKind::SkillRating { .. }))
        .unwrap();
    other.answer(rating.id.clone(), rating.choices[0].id.clone());
    let view = compared(&[a, code_of(&other)], None);
    assert!(
        view.lede.starts_with("The same best fit for both: the "),
        "{}",
        view.lede
    );
}

/// The points `choice` labels give each path apart, summed: how far apart two answers pull the fits.
fn apart(question: &Question, labels: [&str; 2]) -> u32 {
    let [a, b] = labels.map(|label| {
        question
            .choices
            .iter()
            .find(|c| &*c.label == label)
            .unwrap()
    });
    content()
        .paths
        .iter()
        .map(|p| u32::from(a.weight(&p.id).abs_diff(b.weight(&p.id))))
        .sum()
}

#[test]
fn where_they_differ_most_lists_the_answers_that_pull_the_fits_furthest_apart() {
    let [a, b] = two_codes();
    let view = compared(&[a, b], None);
    let c = content();
    let preference = |q: &&Question| matches!(q.kind, QuestionKind::Preference);
    let answers = |path: usize| c.answers_toward(&c.paths[path].id);
    let (first, second) = (answers(0), answers(c.paths.len() - 1));
    let differing: Vec<(&Question, u32)> = c
        .questions
        .iter()
        .filter(preference)
        .filter(|q| first.get(&q.id) != second.get(&q.id))
        .map(|q| {
            let label =
                |answers: &Answers| q.choice(answers.get(&q.id).unwrap()).unwrap().label.clone();
            (q, apart(q, [&label(&first), &label(&second)]))
        })
        .collect();
    assert!(differing.len() > MOST_DIFFERENT, "enough to choose from");
    assert_eq!(view.differences.len(), MOST_DIFFERENT);
    let listed: Vec<u32> = view
        .differences
        .iter()
        .map(|d| {
            let q = c.questions.iter().find(|q| q.prompt == d.prompt).unwrap();
            let [x, y] = d.answers.each_ref().map(|a| a.split_once(": ").unwrap().1);
            apart(q, [x, y])
        })
        .collect();
    assert!(listed.windows(2).all(|w| w[0] >= w[1]), "{listed:?}");
    let unlisted_max = differing
        .iter()
        .filter(|(q, _)| view.differences.iter().all(|d| d.prompt != q.prompt))
        .map(|(_, apart)| *apart)
        .max()
        .unwrap();
    assert!(unlisted_max <= *listed.last().unwrap());
    let total = c.questions.iter().filter(preference).count();
    assert!(
        view.differ_count.contains(&format!(
            "of the {} questions about the work that both answered got different answers",
            mlpath::view::count_word(total)
        )),
        "{}",
        view.differ_count
    );
    // The path whose fits differ most, with both fits.
    let widest = c
        .paths
        .iter()
        .map(|p| {
            let fit = |answers: &Answers| percent(c.score(answers).path_score(&p.id).unwrap());
            (fit(&first).abs_diff(fit(&second)), p)
        })
        .max_by_key(|(gap, _)| *gap)
        .unwrap()
        .1;
    assert!(
        view.widest.starts_with(&format!(
            "The fits differ most for the {} path: ",
            mlpath::view::in_sentence(&widest.name)
        )),
        "{}",
        view.widest
    );
    // Answers alike in every preference: nothing listed, and said so.
    let mut alike = first.clone();
    let rating = c
        .questions
        .iter()
        .find(|q| matches!(q.kind, QuestionKind::SkillRating { .. }))
        .unwrap();
    alike.answer(rating.id.clone(), rating.choices[0].id.clone());
    let view = compared(&[code_of(&first), code_of(&alike)], None);
    assert!(view.differences.is_empty());
    assert_eq!(view.widest, "The fits are the same for every path.");
    assert!(
        view.differ_count
            .ends_with("both answered got the same answers."),
        "{}",
        view.differ_count
    );
}

/// A link's codes, what is wrong with them, the result offered alone, how each message begins.
type Case<'a> = (
    Vec<ResultCode>,
    BadPair,
    Option<&'a ResultCode>,
    Vec<&'a str>,
);

#[test]
fn every_kind_of_bad_pair_says_what_is_wrong_in_words_of_its_own() {
    let [a, b] = two_codes();
    let damaged = ResultCode::from("ABC+DEFGHIJ");
    let short = ResultCode::from("AB");
    let newer = newer_content(&ShareCode::encode(content(), &mixed()).to_string());
    let newer = ResultCode::from(newer.as_str());
    assert_eq!(newer.decode(content()), Err(DecodeError::NewerContent));
    let undirected = code_of(&sheet(&[("rate-maths", "expert")]));

    let cases: Vec<Case> = vec![
        (vec![], BadPair::Missing { has_one: false }, None, vec!["This comparison link has no results in it."]),
        (vec![a.clone()], BadPair::Missing { has_one: true }, Some(&a), vec!["This comparison link has only one result in it."]),
        (vec![a.clone(), b.clone(), a.clone()], BadPair::Extra, None, vec!["This comparison link has more than two results in it."]),
        (
            vec![damaged.clone(), b.clone()],
            BadPair::Unreadable([Some(DecodeError::BadCharacter { position: 3 }), None]),
            Some(&b),
            vec!["The first result in this link is damaged: character 4 is not one quiz links use."],
        ),
        (
            vec![a.clone(), short.clone()],
            BadPair::Unreadable([None, Some(DecodeError::TooShort)]),
            Some(&a),
            vec!["The second result in this link is too short to be a quiz result."],
        ),
        (
            vec![damaged.clone(), short.clone()],
            BadPair::Unreadable([Some(DecodeError::BadCharacter { position: 3 }), Some(DecodeError::TooShort)]),
            None,
            vec!["The first result in this link is damaged", "The second result in this link is too short"],
        ),
        (
            vec![a.clone(), newer.clone()],
            BadPair::Unreadable([None, Some(DecodeError::NewerContent)]),
            Some(&a),
            vec!["The second result in this link was made by a newer version of the quiz. Reload the page to get it."],
        ),
        (vec![a.clone(), a.clone()], BadPair::Same, Some(&a), vec!["Both results in this link carry the same answers"]),
        (
            vec![undirected.clone(), b.clone()],
            BadPair::Undirected([true, false]),
            Some(&b),
            vec!["The first result in this link skips every question about the work one would rather do"],
        ),
        (
            vec![ResultCode::from(""), b.clone()],
            BadPair::Unreadable([Some(DecodeError::Empty), None]),
            Some(&b),
            vec!["The first result in this link has no quiz answers in it."],
        ),
    ];
    let mut every_message = Vec::new();
    for (codes, problem, alone, says) in cases {
        let (got, got_alone) = bad_pair(&codes);
        assert_eq!(got, problem, "{codes:?}");
        assert_eq!(got_alone.as_ref(), alone, "{codes:?}");
        let messages = problem.messages();
        assert_eq!(messages.len(), says.len(), "{messages:?}");
        for (message, says) in messages.iter().zip(says) {
            assert!(message.starts_with(says), "{message}");
        }
        every_message.push(messages.join(" "));
    }
    let distinct: std::collections::BTreeSet<_> = every_message.iter().collect();
    assert_eq!(
        distinct.len(),
        every_message.len(),
        "each kind its own words"
    );
    // A single link's words are as before.
    assert_eq!(
        DecodeError::BadChecksum.to_string(),
        "This link is damaged: part of it may have been cut off, or some characters have changed. Try copying it again."
    );
}

/// `code` with its content version raised past any this build knows, the checksum made again
/// (CRC-16/CCITT-FALSE, as `tests/domain_share_code.rs` pins it).
fn newer_content(code: &str) -> String {
    const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
    let body = format!("B__{}", &code[3..code.len() - 3]);
    let mut crc = 0xFFFFu16;
    for &byte in body.as_bytes() {
        crc ^= u16::from(byte) << 8;
        for _ in 0..8 {
            crc = if crc & 0x8000 != 0 {
                (crc << 1) ^ 0x1021
            } else {
                crc << 1
            };
        }
    }
    let mut sealed = body;
    for shift in [12, 6, 0] {
        sealed.push(char::from(ALPHABET[(usize::from(crc) >> shift) & 63]));
    }
    sealed
}

#[tokio::test]
async fn the_comparison_page_shows_both_results_and_a_way_to_share_them() {
    let [a, b] = two_codes();
    let page = render(Route::Compare {
        codes: vec![a.clone(), b.clone()],
    })
    .await;
    assert_eq!(texts(&page, "h1"), ["Two results side by side"]);
    assert_eq!(
        texts(&page, "h2"),
        [
            "Best fits",
            "Where they differ most",
            "Share this comparison"
        ]
    );
    assert_eq!(texts(&page, "table.fits caption"), [FIT_MEANING]);
    assert_eq!(
        texts(&page, "table.fits thead th"),
        ["Path", "First", "Second"]
    );
    assert_eq!(
        texts(&page, "table.fits tbody tr").len(),
        content().paths.len()
    );
    assert_eq!(attr(&page, "svg.chart", "role").as_deref(), Some("img"));
    assert_eq!(texts(&page, "svg.chart .chart-you"), ["First", "Second"]);
    assert_eq!(texts(&page, "svg.chart rect.chart-marker.second").len(), 1);
    assert_eq!(texts(&page, ".best-fits h3").len(), 2);
    assert_eq!(
        attr(&page, ".best-fits a", "href"),
        Some(Route::Result { code: a }.href())
    );
    assert_eq!(texts(&page, ".differences li").len(), MOST_DIFFERENT);
    assert!(texts(&page, "[role=alert]").is_empty());
    assert_eq!(texts(&page, "main > .actions a.primary"), ["Take the quiz"]);
}

#[tokio::test]
async fn a_bad_pair_page_says_why_and_offers_the_quiz_and_the_one_result() {
    let [a, _] = two_codes();
    let page = render(Route::recognize(&format!("/compare/{a}"))).await;
    assert_eq!(
        texts(&page, "h1"),
        ["This comparison link cannot be opened"]
    );
    assert_eq!(
        texts(&page, "[role=alert]"),
        ["This comparison link has only one result in it. The second may have been cut off."]
    );
    assert_eq!(texts(&page, "main a[href='#/quiz']"), ["Start the quiz"]);
    assert_eq!(
        attr(&page, "main .actions a:not([href='#/quiz'])", "href"),
        Some(Route::Result { code: a }.href())
    );
    let page = render(Route::recognize("/compare/not-a-code!/AB")).await;
    assert_eq!(texts(&page, "[role=alert] p").len(), 2);
    assert_eq!(
        texts(&page, "main .actions a").len(),
        1,
        "no result opens alone"
    );
}
