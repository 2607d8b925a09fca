//! Comparing two results (#/compare/A/B): the route, the view model for each reader, every kind of
//! link that cannot be compared, and the page as the browser gets it.

use mlpath::content::content;
use mlpath::quiz::{Answers, DecodeError, Question, QuestionKind, ShareCode};
use mlpath::route::{ResultCode, Route};
use mlpath::view::{
    BadPair, ComparePageView, CompareView, Problem, ResultPageView, ShareMessage, Whose,
    FIT_MEANING, MOST_DIFFERENT,
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
    ComparePageView::new(content(), [&codes[0], &codes[1]], own.as_deref())
}

/// The page view of a comparison address, as the route reads it.
fn compare_path(path: &str) -> ComparePageView {
    let Route::Compare { first, second } = Route::recognize(path) else {
        panic!("{path} is a comparison route");
    };
    ComparePageView::new(content(), [&first, &second], None)
}

fn compared(codes: &[ResultCode], own: Option<&ResultCode>) -> std::rc::Rc<CompareView> {
    match compare(codes, own) {
        ComparePageView::Compare(view) => view,
        other => panic!("expected a comparison, got {other:?}"),
    }
}

fn bad_pair(path: &str) -> (BadPair, Option<ResultCode>) {
    match compare_path(path) {
        ComparePageView::BadPair { problem, alone } => (problem, alone),
        other => panic!("expected a bad pair, got {other:?}"),
    }
}

#[test]
fn a_comparison_route_carries_both_codes_as_the_address_gives_them() {
    let codes = |path: &str| match Route::recognize(path) {
        Route::Compare { first, second } => [first.to_string(), second.to_string()],
        other => panic!("{path}: {other:?}"),
    };
    assert_eq!(codes("/compare/AB/CD"), ["AB", "CD"]);
    // As a result's code is read: percent-decoded, without a sentence's punctuation; one trailing
    // slash and any query ignored.
    assert_eq!(codes("/compare/A%42/CD)."), ["AB", "CD"]);
    assert_eq!(codes("/compare/AB/CD/"), ["AB", "CD"]);
    assert_eq!(codes("/compare/AB/CD?ref=x"), ["AB", "CD"]);
    // A missing code is an empty one; more than two stay in the second, for the page to tell.
    assert_eq!(codes("/compare"), ["", ""]);
    assert_eq!(codes("/compare/"), ["", ""]);
    assert_eq!(codes("/compare/AB"), ["AB", ""]);
    assert_eq!(codes("/compare//CD"), ["", "CD"]);
    assert_eq!(codes("/compare/AB/CD/EF"), ["AB", "CD/EF"]);
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
    for (first, second) in [
        (a.clone(), b.clone()),
        ("".into(), "".into()),
        (a.clone(), "".into()),
        ("".into(), b.clone()),
        (a.clone(), "CD/EF".into()),
        ("a b".into(), "é".into()),
    ] {
        let route = Route::Compare { first, second };
        assert_eq!(Route::recognize(&route.to_path()), route, "{route:?}");
    }
    assert_eq!(
        Route::compare_link("https://example.org/quiz/", &a, &b),
        format!("https://example.org/quiz/index.html#/compare/{a}/{b}")
    );
}

#[test]
fn two_results_are_compared_in_one_voice_with_the_persons_own_first() {
    let [a, b] = two_codes();
    // Neither is the person's own: both named alike, in the link's order.
    let view = compared(&[a.clone(), b.clone()], None);
    assert!(!view.voice.is_own);
    assert_eq!(view.voice.labels(), ["First", "Second"]);
    // The labels go into the table's markup as they are, attributes included.
    for is_own in [false, true] {
        let labels = mlpath::view::Voice { is_own }.labels();
        for label in labels {
            assert!(!label.contains(['"', '<', '&']), "{label:?}");
        }
    }
    assert_eq!(view.voice.heading(), "Two results side by side");
    assert_eq!(view.codes, [a.clone(), b.clone()]);
    assert_eq!(
        view.results.each_ref().map(|r| r.whose),
        [Whose::Unknown; 2]
    );
    assert!(view.best_fits.starts_with("The first result's best fit: "));
    let neutral = [view.best_fits.clone(), view.chart.description.clone()]
        .join(" ")
        .to_lowercase();
    assert!(!neutral.contains("you"), "never a mixed voice: {neutral}");
    assert_eq!(view.chart.marker, "First");
    // One is: "You" and "Them", the person's own first, whichever place it has in the link.
    for (codes, own) in [([&a, &b], &a), ([&b, &a], &a), ([&a, &b], &b)] {
        let view = compared(&[codes[0].clone(), codes[1].clone()], Some(own));
        assert!(view.voice.is_own);
        assert_eq!(view.codes[0], *own);
        assert_eq!(
            view.results.each_ref().map(|r| r.whose),
            [Whose::Own, Whose::Shared]
        );
        assert_eq!(view.voice.labels(), ["You", "Them"]);
        assert_eq!(view.voice.see(), ["See your result", "See their result"]);
        assert_eq!(view.voice.heading(), "Your result and theirs");
        assert!(
            view.best_fits.starts_with("Your best fit: "),
            "{}",
            view.best_fits
        );
        assert_eq!(view.chart.marker, "You");
        assert_eq!(view.chart.second.map(|(_, label)| label), Some("Them"));
        let message = ShareMessage::compare(
            view.voice.is_own,
            "https://example.org/quiz/index.html#/compare/x/y",
        );
        assert_eq!(message.title, "mlpath: Our results side by side");
        assert_eq!(
            message.url,
            "https://example.org/quiz/index.html#/compare/x/y"
        );
    }
}

#[test]
fn the_chart_and_fits_are_each_results_own() {
    let [a, b] = two_codes();
    let view = compared(&[a.clone(), b.clone()], None);
    let single = |code: &ResultCode| match ResultPageView::new(content(), code, Whose::Unknown) {
        ResultPageView::Result(view) => view,
        other => panic!("{other:?}"),
    };
    let (first, second) = (single(&a), single(&b));
    assert_eq!(view.results[0].path.id, first.path.id);
    assert_eq!(view.results[1].path.id, second.path.id);
    assert_ne!(first.path.id, second.path.id);
    assert_eq!(view.results[1].chart.bars, second.chart.bars);
    assert_eq!(
        view.best_fits,
        format!(
            "The first result's best fit: {}. The second's: {}.",
            first.path.name, second.path.name
        )
    );
    // Both markers on the axis, each where its result puts it, and both in words.
    assert_eq!(view.chart.axis, first.chart.axis);
    assert_eq!(view.chart.second, Some((second.chart.axis, "Second")));
    assert!(view.chart.bars.is_empty(), "the table has the fits");
    assert_eq!(
        view.chart.description,
        format!(
            "First: {} Second: {}",
            first.chart.description, second.chart.description
        )
    );
    // The same best fit, from different answers: named for each.
    let mut other = content().answers_toward(&content().paths[0].id);
    let rating = content()
        .questions
        .iter()
        .find(|q| matches!(q.kind, QuestionKind::SkillRating { .. }))
        .unwrap();
    other.answer(rating.id.clone(), rating.choices[0].id.clone());
    let view = compared(&[a, code_of(&other)], None);
    let name = &first.path.name;
    assert_eq!(
        view.best_fits,
        format!("The first result's best fit: {name}. The second's: {name}.")
    );
}

/// How far apart the choices labelled `labels` pull the fits: the points they give each path,
/// apart, summed.
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
    let answers = |path: usize| c.answers_toward(&c.paths[path].id);
    let (first, second) = (answers(0), answers(c.paths.len() - 1));
    let differing: Vec<(&Question, u32)> = c
        .questions
        .iter()
        .filter(|q| matches!(q.kind, QuestionKind::Preference))
        .filter(|q| first.get(&q.id) != second.get(&q.id))
        .map(|q| {
            let label = |answers: &Answers| {
                q.choice(answers.get(&q.id).unwrap())
                    .unwrap()
                    .label
                    .to_string()
            };
            (q, apart(q, [&label(&first), &label(&second)]))
        })
        .collect();
    assert!(differing.len() > MOST_DIFFERENT, "enough to choose from");
    assert_eq!(view.differences.len(), MOST_DIFFERENT);
    let listed: Vec<u32> = view
        .differences
        .iter()
        .map(|d| {
            let q = c.questions.iter().find(|q| &q.prompt == d.prompt).unwrap();
            apart(q, d.answers.map(|a| &**a))
        })
        .collect();
    assert!(listed.windows(2).all(|w| w[0] >= w[1]), "{listed:?}");
    let unlisted = differing
        .iter()
        .filter(|(q, _)| view.differences.iter().all(|d| d.prompt != &q.prompt))
        .map(|(_, apart)| *apart)
        .max()
        .unwrap();
    assert!(unlisted <= *listed.last().unwrap());
    // Answers alike in every preference: nothing listed (the page says so, below).
    assert!(compared(&alike_codes(), None).differences.is_empty());
}

/// Two results whose answers differ only in a skill rating: no question about the work differs.
fn alike_codes() -> [ResultCode; 2] {
    let c = content();
    let first = c.answers_toward(&c.paths[0].id);
    let mut alike = first.clone();
    let rating = c
        .questions
        .iter()
        .find(|q| matches!(q.kind, QuestionKind::SkillRating { .. }))
        .unwrap();
    alike.answer(rating.id.clone(), rating.choices[0].id.clone());
    [code_of(&first), code_of(&alike)]
}

/// A link's path, what is wrong with it, the result offered alone, how its message begins.
type Case<'a> = (String, BadPair, Option<&'a ResultCode>, &'a str);

#[test]
fn every_kind_of_bad_pair_says_what_is_wrong_in_words_of_its_own() {
    let [a, b] = two_codes();
    let newer = newer_content(&ShareCode::encode(content(), &mixed()).to_string());
    assert_eq!(
        ShareCode::decode_str(&newer, content()),
        Err(DecodeError::NewerContent)
    );
    let undirected = code_of(&sheet(&[("rate-maths", "expert")]));
    let damaged = "ABC+DEFGHIJ";
    let cases: Vec<Case> = vec![
        ("/compare".into(), BadPair::Missing { has_one: false }, None, "This comparison link has no results in it."),
        (format!("/compare/{a}"), BadPair::Missing { has_one: true }, Some(&a), "This comparison link has only one result in it."),
        (format!("/compare/{a}/{b}/{a}"), BadPair::Extra, None, "This comparison link has more than two results in it."),
        (format!("/compare/{a}/{a}"), BadPair::Same, Some(&a), "Both results in this link are the same result"),
        (
            format!("/compare/{damaged}/{b}"),
            BadPair::Results([Some(Problem::Unreadable(DecodeError::BadCharacter { position: 3 })), None]),
            Some(&b),
            "The first result in this link cannot be compared. It is damaged: character 4 is not one quiz links use.",
        ),
        (
            format!("/compare/{a}/AB"),
            BadPair::Results([None, Some(Problem::Unreadable(DecodeError::TooShort))]),
            Some(&a),
            "The second result in this link cannot be compared. It is too short to be a quiz result:",
        ),
        (
            format!("/compare/{damaged}/AB"),
            BadPair::Results([
                Some(Problem::Unreadable(DecodeError::BadCharacter { position: 3 })),
                Some(Problem::Unreadable(DecodeError::TooShort)),
            ]),
            None,
            "The first result in this link cannot be compared. It is damaged: character 4 is not one quiz links use. The second result in this link cannot be compared. It is too short",
        ),
        (
            format!("/compare/{a}/{newer}"),
            BadPair::Results([None, Some(Problem::Unreadable(DecodeError::NewerContent))]),
            Some(&a),
            "The second result in this link cannot be compared. It was made by a newer version of the quiz. Reload the page to get it.",
        ),
        (
            format!("/compare/{undirected}/{b}"),
            BadPair::Results([Some(Problem::Undirected), None]),
            Some(&b),
            "The first result in this link cannot be compared. It skips every question about the work one would rather do",
        ),
        (
            format!("/compare//{b}"),
            BadPair::Results([Some(Problem::Unreadable(DecodeError::Empty)), None]),
            Some(&b),
            "The first result in this link cannot be compared. It has no quiz answers in it.",
        ),
    ];
    let mut messages = Vec::new();
    for (path, problem, alone, says) in cases {
        let (got, got_alone) = bad_pair(&path);
        assert_eq!(got, problem, "{path}");
        assert_eq!(got_alone.as_ref(), alone, "{path}");
        let message = problem.message();
        assert!(message.starts_with(says), "{message}");
        messages.push(message);
    }
    let distinct: std::collections::BTreeSet<_> = messages.iter().collect();
    assert_eq!(distinct.len(), messages.len(), "each kind its own words");
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
    let page = render(Route::recognize(&format!("/compare/{a}/{b}"))).await;
    assert_eq!(texts(&page, "h1"), ["Two results side by side"]);
    assert_eq!(
        texts(&page, "h2"),
        ["Where they differ most", "Share this comparison"]
    );
    // Each part a region named by its heading.
    assert_eq!(
        texts(&page, "section[aria-labelledby=differ] > h2#differ"),
        ["Where they differ most"]
    );
    assert_eq!(
        texts(
            &page,
            "section[aria-labelledby=share-heading] > h2#share-heading"
        ),
        ["Share this comparison"]
    );
    let intro = texts(&page, "#differ + p");
    assert!(
        intro[0].starts_with("The questions about the work that got different answers"),
        "{intro:?}"
    );
    // Each fit as the result page writes a percentage ([ui.words] percent).
    for fit in texts(&page, "table.fits td") {
        let percent = fit.trim_end_matches(", best fit").strip_suffix('%');
        assert!(percent.is_some_and(|p| p.parse::<u32>().is_ok()), "{fit}");
    }
    assert_eq!(texts(&page, "table.fits caption"), [FIT_MEANING]);
    assert_eq!(
        texts(&page, "table.fits thead th"),
        ["Path", "First", "Second"]
    );
    let rows = texts(&page, "table.fits tbody tr");
    assert_eq!(rows.len(), content().paths.len());
    assert_eq!(
        rows.iter().filter(|row| row.contains("best fit")).count(),
        2,
        "{rows:?}"
    );
    assert_eq!(attr(&page, "svg.chart", "role").as_deref(), Some("img"));
    assert_eq!(texts(&page, "svg.chart .chart-you"), ["First", "Second"]);
    assert_eq!(texts(&page, "svg.chart rect.chart-marker.second").len(), 1);
    assert_eq!(texts(&page, ".differences li").len(), MOST_DIFFERENT);
    assert!(texts(&page, "[role=alert]").is_empty());
    assert_eq!(
        texts(&page, "main > .actions a"),
        [
            "Take the quiz",
            "See the first result",
            "See the second result"
        ]
    );
    assert_eq!(
        attr(&page, "main > .actions a.button:not(.primary)", "href"),
        Some(Route::Result { code: a }.href())
    );
}

#[tokio::test]
async fn where_no_question_about_the_work_differs_the_page_says_so_in_place_of_the_list() {
    let [a, b] = alike_codes();
    let page = render(Route::recognize(&format!("/compare/{a}/{b}"))).await;
    assert_eq!(texts(&page, "#differ"), ["Where they differ most"]);
    let intro = texts(&page, "#differ + p");
    assert!(
        intro[0]
            .starts_with("Every question about the work that both answered got the same answer"),
        "{intro:?}"
    );
    assert!(texts(&page, ".differences li").is_empty());
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
    assert_eq!(texts(&page, "main a[href='#/quiz']"), ["Take the quiz"]);
    assert_eq!(
        attr(&page, "main .actions a:not([href='#/quiz'])", "href"),
        Some(Route::Result { code: a }.href())
    );
    let page = render(Route::recognize("/compare/ABC+DEFGHIJ/AB")).await;
    assert_eq!(texts(&page, "[role=alert]").len(), 1);
    assert_eq!(
        texts(&page, "main .actions a").len(),
        1,
        "no result opens alone"
    );
}

#[tokio::test]
async fn hostile_codes_in_a_comparison_link_never_reach_the_page_as_markup() {
    // The compare page is markup strings the browser parses: a code from the address must never
    // become an element or an attribute there, raw or percent-encoded, beside a good code or not.
    let [good, _] = two_codes();
    let hostile = [
        r#"<img src=x onerror=alert(1)>"#,
        r#""><b>x</b>"#,
        "%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E",
        "%22%3E%3Cb%3Ex%3C%2Fb%3E",
    ];
    for bad in hostile {
        for path in [
            format!("/compare/{bad}/{good}"),
            format!("/compare/{good}/{bad}"),
            format!("/compare/{bad}/{bad}"),
        ] {
            let page = render(Route::recognize(&path)).await;
            assert!(texts(&page, "main img, main b").is_empty(), "{path}");
            let main = texts(&page, "main").join(" ");
            assert!(!main.is_empty(), "{path}: the page says something");
            let html = page.root_element().html();
            assert!(!html.contains("onerror"), "{path}: {html}");
        }
    }
}
