//! Share codes: frozen golden links, typed errors for every kind of damage, round trips and
//! content evolution.

use mlpath::content::{content, parse, SOURCE};
use mlpath::quiz::{Answers, Content, DecodeError, ShareCode};
use proptest::prelude::*;

mod common;
use common::{any_answers, mixed, sheet};

const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

/// CRC-16/CCITT-FALSE, written here independently of the crate so the format is pinned twice.
fn crc16(bytes: &[u8]) -> u16 {
    let mut crc = 0xFFFFu16;
    for &b in bytes {
        crc ^= u16::from(b) << 8;
        for _ in 0..8 {
            crc = if crc & 0x8000 != 0 {
                (crc << 1) ^ 0x1021
            } else {
                crc << 1
            };
        }
    }
    crc
}

/// Appends the three checksum characters to a hand-made body.
fn seal(body: &str) -> String {
    let crc = usize::from(crc16(body.as_bytes()));
    let mut text = body.to_owned();
    for shift in [12, 6, 0] {
        text.push(char::from(ALPHABET[(crc >> shift) & 63]));
    }
    text
}

fn body(code: &str) -> &str {
    &code[..code.len() - 3]
}

/// A full sheet as versions 1 and 2 of the content asked it: the eight preference answers given,
/// every skill rated "expert", every "who usually does this?" item answered correctly.
fn full(preferences: [&str; 8]) -> Answers {
    let [project, raw, meeting, week, hours, proud, month, team] = preferences;
    sheet(&[
        ("project-part", project),
        ("who-defines-problem", "data-scientist"),
        ("raw-data", raw),
        ("who-cleans-data", "data-scientist"),
        ("rate-statistics", "expert"),
        ("stakeholder-meeting", meeting),
        ("who-shows-stakeholders", "ml-engineer"),
        ("rate-programming", "expert"),
        ("ideal-week", week),
        ("who-goes-deep", "ml-engineer"),
        ("rate-maths", "expert"),
        ("after-hours", hours),
        ("rate-ml-frameworks", "expert"),
        ("proud-of", proud),
        ("who-tunes-models", "ml-engineer"),
        ("rate-software-engineering", "expert"),
        ("free-month", month),
        ("team-role", team),
        ("rate-communication", "expert"),
    ])
}

/// `mixed()` as versions 1 and 2 of the content asked it.
fn mixed_as_made() -> Answers {
    let mut answers = mixed();
    answers.skip(&"who-shows-progress".into());
    answers.answer("who-shows-stakeholders".into(), "ml-engineer".into());
    answers.answer("raw-data".into(), "check-bias".into());
    answers
}

/// Answers that older versions of the content could hold and a later one retired, with the
/// version that retired them: a question (any choice) or one of its choices. Links holding them
/// still open, without them.
const RETIRED: [(u16, &str, Option<&str>); 2] = [
    (3, "who-shows-stakeholders", None),
    (3, "raw-data", Some("check-bias")),
];

/// What this content reads of `made`: the answers to retired questions and choices dropped.
fn read_now(made: &Answers) -> Answers {
    made.iter()
        .filter(|(question, choice)| {
            !RETIRED
                .iter()
                .any(|(_, q, c)| question.as_str() == *q && c.is_none_or(|c| choice.as_str() == c))
        })
        .map(|(question, choice)| (question.clone(), choice.clone()))
        .collect()
}

/// Links already shared, with the answers they were made from. If this test fails, a change broke old links: undo it, or follow the
/// evolution rules in `share_code.rs` (retire keys, bump the version) instead.
fn golden() -> Vec<(&'static str, Answers, &'static str)> {
    vec![
        ("empty", Answers::new(), "BABOkq"),
        (
            "partial",
            sheet(&[
                ("project-part", "frame-problem"),
                ("rate-statistics", "basics"),
                ("who-goes-deep", "ml-engineer"),
                ("team-role", "bridge"),
            ]),
            "BABIAQACAAABKVr",
        ),
        (
            "last question only",
            sheet(&[("rate-communication", "expert")]),
            "BABAAAAAAAAAgDvi",
        ),
        (
            "applied",
            full([
                "train-model",
                "ask-for-clean",
                "prototype",
                "compare-libraries",
                "stuck-accuracy",
                "feature",
                "new-framework",
                "quick-builder",
            ]),
            "BABZhhUiijUKgI7m",
        ),
        (
            "data scientist",
            full([
                "frame-problem",
                "dig-in",
                "report",
                "end-to-end",
                "regional-customers",
                "decision",
                "experiment-design",
                "bridge",
            ]),
            "BABJRiUKhiURgHAX",
        ),
        (
            "ML software engineer",
            full([
                "build-service",
                "build-pipeline",
                "architecture",
                "speed-up",
                "traffic",
                "platform",
                "distributed-systems",
                "reviewer",
            ]),
            "BABRJjUajhUjgBG_",
        ),
        (
            "core",
            full([
                "new-algorithm",
                "check-bias",
                "evaluation",
                "derive",
                "new-model",
                "method",
                "optimisation-maths",
                "sceptic",
            ]),
            "BABhZkUSkkUcgBMR",
        ),
        ("mixed", mixed_as_made(), "BABZaZThSTSMYHPp"),
        // Made with version 2 of the content.
        ("empty, version 2", Answers::new(), "BACPkL"),
        (
            "applied, version 2",
            full([
                "train-model",
                "ask-for-clean",
                "prototype",
                "compare-libraries",
                "stuck-accuracy",
                "feature",
                "new-framework",
                "quick-builder",
            ]),
            "BACZhhUiijUKgFav",
        ),
        (
            "core, version 2",
            full([
                "new-algorithm",
                "check-bias",
                "evaluation",
                "derive",
                "new-model",
                "method",
                "optimisation-maths",
                "sceptic",
            ]),
            "BAChZkUSkkUcgMtY",
        ),
        ("mixed, version 2", mixed_as_made(), "BACZaZThSTSMYKug"),
    ]
}

#[test]
fn golden_codes_are_frozen() {
    // Codes made with versions 1 and 2 of the content keep opening to the same answers, less
    // those to questions and choices retired since; today's codes for those answers differ only
    // in the content version they carry (and so their checksum) where nothing was retired.
    let c = content();
    assert_eq!(c.version, 3);
    assert!(RETIRED.iter().all(|(version, ..)| *version <= c.version));
    for (name, made, text) in golden() {
        let answers = read_now(&made);
        assert_eq!(
            ShareCode::decode_str(text, c),
            Ok(answers.clone()),
            "decoding the `{name}` code"
        );
        let code: ShareCode = text.parse().unwrap();
        assert_eq!(code.to_string(), text);
        assert_eq!(
            code.content_version(),
            if name.ends_with("version 2") { 2 } else { 1 }
        );
        assert_eq!(code.format_version(), 1);
        let today = ShareCode::encode(c, &answers).to_string();
        assert_eq!(&today[..3], "BAD", "encoding the `{name}` sheet");
        assert_eq!(ShareCode::decode_str(&today, c), Ok(answers.clone()));
        if answers == made {
            assert_eq!(
                today[3..today.len() - 3],
                text[3..text.len() - 3],
                "encoding the `{name}` sheet"
            );
        }
    }
}

#[test]
fn golden_sheets_recommend_their_paths() {
    let c = content();
    let expected = [
        ("applied", "applied-ml-engineer"),
        ("data scientist", "data-scientist"),
        ("ML software engineer", "ml-software-engineer"),
        ("core", "core-ml-engineer"),
    ];
    for (name, answers, _) in golden() {
        let made_as = name.trim_end_matches(", version 2");
        if let Some((_, path)) = expected.iter().find(|(n, _)| *n == made_as) {
            assert_eq!(c.recommend(&c.score(&answers)).primary.as_str(), *path);
        }
    }
}

#[test]
fn a_full_quiz_fits_in_forty_url_safe_characters() {
    let c = content();
    for path in c.paths.iter() {
        let text = ShareCode::encode(c, &c.answers_toward(&path.id)).to_string();
        assert!(text.len() <= 40, "{text}");
        assert!(text.bytes().all(|b| ALPHABET.contains(&b)), "{text}");
    }
}

#[test]
fn empty_text_is_empty() {
    assert_eq!("".parse::<ShareCode>(), Err(DecodeError::Empty));
}

#[test]
fn overlong_text_is_rejected_before_anything_else() {
    assert_eq!(
        "A".repeat(100).parse::<ShareCode>(),
        Err(DecodeError::TooLong)
    );
    assert_eq!(
        "!".repeat(65).parse::<ShareCode>(),
        Err(DecodeError::TooLong)
    );
    assert_eq!(
        "A".repeat(64).parse::<ShareCode>(),
        Err(DecodeError::BadChecksum)
    );
}

#[test]
fn characters_outside_the_alphabet_are_reported_with_their_position() {
    let code = ShareCode::encode(content(), &mixed()).to_string();
    for (position, bad) in [(0, '!'), (5, '='), (9, '+'), (15, '/'), (3, 'é'), (7, ' ')] {
        let mut chars: Vec<char> = code.chars().collect();
        chars[position] = bad;
        let text: String = chars.into_iter().collect();
        assert_eq!(
            text.parse::<ShareCode>(),
            Err(DecodeError::BadCharacter { position }),
            "{text}"
        );
    }
}

#[test]
fn truncated_text_is_too_short_or_damaged() {
    assert_eq!("BAB".parse::<ShareCode>(), Err(DecodeError::TooShort));
    assert_eq!("BABAB".parse::<ShareCode>(), Err(DecodeError::TooShort));
    let code = ShareCode::encode(content(), &mixed()).to_string();
    for len in 6..code.len() {
        assert_eq!(
            code[..len].parse::<ShareCode>(),
            Err(DecodeError::BadChecksum)
        );
    }
}

#[test]
fn any_single_changed_character_breaks_the_checksum() {
    for (_, _, code) in golden() {
        for position in 0..code.len() {
            for &replacement in ALPHABET {
                let mut bytes = code.as_bytes().to_vec();
                if bytes[position] == replacement {
                    continue;
                }
                bytes[position] = replacement;
                let text = String::from_utf8(bytes).unwrap();
                assert_eq!(
                    text.parse::<ShareCode>(),
                    Err(DecodeError::BadChecksum),
                    "{text}"
                );
            }
        }
    }
}

#[test]
fn a_newer_format_is_reported_as_such() {
    let code = ShareCode::encode(content(), &mixed()).to_string();
    let newer = seal(&format!("C{}", &body(&code)[1..]));
    assert_eq!(newer.parse::<ShareCode>(), Err(DecodeError::NewerFormat));
    let never = seal(&format!("A{}", &body(&code)[1..]));
    assert_eq!(never.parse::<ShareCode>(), Err(DecodeError::UnknownFormat));
}

#[test]
fn a_newer_content_version_is_reported_as_such() {
    let c = content();
    let code = ShareCode::encode(c, &mixed()).to_string();
    let newer = seal(&format!("BAE{}", &body(&code)[3..]));
    let parsed: ShareCode = newer.parse().unwrap();
    assert_eq!(parsed.content_version(), 4);
    assert_eq!(parsed.decode(c), Err(DecodeError::NewerContent));
    let much_newer = seal(&format!("B__{}", &body(&code)[3..]));
    assert_eq!(
        ShareCode::decode_str(&much_newer, c),
        Err(DecodeError::NewerContent)
    );
}

#[test]
fn answers_that_do_not_fit_the_content_are_reported() {
    let c = content();
    // Question key 1, choice key 7: the first question has only four choices.
    let unknown_choice = seal("BAB4");
    assert_eq!(
        ShareCode::decode_str(&unknown_choice, c),
        Err(DecodeError::DoesNotFit)
    );
    // Question key 40: the content has no such question, retired or not.
    let unknown_question = seal(&format!("BAB{}I", "A".repeat(19)));
    assert_eq!(
        ShareCode::decode_str(&unknown_question, c),
        Err(DecodeError::DoesNotFit)
    );
    // The largest payload that fits: every slot filled.
    let overfull = seal(&format!("BAB{}", "J".repeat(58)));
    assert_eq!(
        ShareCode::decode_str(&overfull, c),
        Err(DecodeError::DoesNotFit)
    );
}

#[test]
fn trailing_skipped_slots_are_accepted_and_dropped() {
    let c = content();
    let answers = sheet(&[("project-part", "frame-problem")]);
    let canonical = ShareCode::encode(c, &answers).to_string();
    let padded = seal(&format!("{}AAA", body(&canonical)));
    assert_eq!(ShareCode::decode_str(&padded, c), Ok(answers));
    assert_eq!(padded.parse::<ShareCode>().unwrap().to_string(), canonical);
}

#[test]
fn answers_the_content_lacks_are_left_out_of_codes() {
    let c = content();
    let mut answers = sheet(&[("project-part", "frame-problem")]);
    let expected = answers.clone();
    answers.answer("no-such-question".into(), "x".into());
    answers.answer("team-role".into(), "no-such-choice".into());
    let text = ShareCode::encode(c, &answers).to_string();
    assert_eq!(ShareCode::decode_str(&text, c), Ok(expected));
}

#[test]
fn errors_read_as_plain_sentences() {
    let all = [
        DecodeError::Empty,
        DecodeError::TooLong,
        DecodeError::TooShort,
        DecodeError::BadCharacter { position: 3 },
        DecodeError::BadChecksum,
        DecodeError::NewerFormat,
        DecodeError::UnknownFormat,
        DecodeError::NewerContent,
        DecodeError::DoesNotFit,
    ];
    for error in all {
        let text = error.to_string();
        assert!(
            text.starts_with("This link") && text.ends_with('.'),
            "{text}"
        );
    }
    assert!(DecodeError::NewerContent
        .to_string()
        .contains("newer version"));
    assert!(DecodeError::BadChecksum.to_string().contains("damaged"));
    assert!(DecodeError::BadCharacter { position: 3 }
        .to_string()
        .contains('4'));
    let boxed: Box<dyn std::error::Error> = Box::new(DecodeError::TooLong);
    assert!(!boxed.to_string().is_empty());
}

// Content evolution: edits that follow the rules keep old links decoding.

fn edited(edits: &[(&str, &str)]) -> Content {
    let mut text = SOURCE.to_owned();
    for (from, to) in edits {
        assert!(text.contains(from), "fixture text `{from}` not found");
        text = text.replacen(from, to, 1);
    }
    let content = parse(&text).unwrap();
    if let Err(problems) = content.validate() {
        panic!("edited content is invalid: {problems:?}");
    }
    content
}

/// The text of the question block with this id, from its header to the next question.
fn question_block(id: &str) -> String {
    let start = SOURCE
        .find(&format!("[[questions]]\nid = \"{id}\""))
        .unwrap();
    let end = SOURCE[start + 1..]
        .find("[[questions]]\n")
        .map_or(SOURCE.len(), |i| start + 1 + i);
    SOURCE[start..end].to_owned()
}

#[test]
fn retiring_a_question_keeps_old_links_decoding() {
    let old = golden().into_iter().find(|(n, ..)| *n == "mixed").unwrap();
    let block = question_block("free-month");
    let retired = edited(&[
        ("version = 3\n", "version = 4\n"),
        (
            "retired_question_keys = [7]",
            "retired_question_keys = [7, 17]",
        ),
        (&block, ""),
    ]);
    let mut expected = read_now(&old.1);
    expected.skip(&"free-month".into());
    assert_eq!(ShareCode::decode_str(old.2, &retired), Ok(expected));

    // Deleting without retiring the key is exactly what the rules forbid.
    let mut careless = parse(&SOURCE.replacen(&block, "", 1)).unwrap();
    careless.version = 3;
    assert_eq!(
        ShareCode::decode_str(old.2, &careless),
        Err(DecodeError::DoesNotFit)
    );
}

#[test]
fn retiring_a_choice_keeps_old_links_decoding() {
    let old = golden().into_iter().find(|(n, ..)| *n == "mixed").unwrap();
    let block = question_block("free-month");
    let choice_start = block
        .find("[[questions.choices]]\nid = \"new-framework\"")
        .unwrap();
    let choice_end = choice_start + block[choice_start..].find("\n\n").unwrap() + 2;
    let without_choice = format!("{}{}", &block[..choice_start], &block[choice_end..]).replacen(
        "kind = \"preference\"\n",
        "kind = \"preference\"\nretired_choice_keys = [1]\n",
        1,
    );
    let retired = edited(&[
        ("version = 3\n", "version = 4\n"),
        (&block, &without_choice),
    ]);
    let mut expected = read_now(&old.1);
    expected.skip(&"free-month".into());
    assert_eq!(ShareCode::decode_str(old.2, &retired), Ok(expected));
}

#[test]
fn adding_a_question_keeps_old_links_and_refuses_new_ones_on_old_content() {
    let old = golden().into_iter().find(|(n, ..)| *n == "mixed").unwrap();
    let added = edited(&[
        ("version = 3\n", "version = 4\n"),
        (
            "[[questions]]\nid = \"rate-communication\"",
            "[[questions]]\nid = \"rate-deep-learning\"\nkey = 21\nkind = \"skill-rating\"\n\
             skill = \"deep-learning\"\nprompt = \"How well do you know deep learning?\"\n\n\
             [[questions.choices]]\nid = \"none\"\nkey = 1\nlabel = \"Not yet.\"\nlevel = 0\n\n\
             [[questions.choices]]\nid = \"basics\"\nkey = 2\nlabel = \"The basics.\"\nlevel = 1\n\n\
             [[questions.choices]]\nid = \"confident\"\nkey = 3\nlabel = \"Confidently.\"\nlevel = 2\n\n\
             [[questions.choices]]\nid = \"expert\"\nkey = 4\nlabel = \"Deeply.\"\nlevel = 3\n\n\
             [[questions]]\nid = \"rate-communication\"",
        ),
    ]);
    assert_eq!(ShareCode::decode_str(old.2, &added), Ok(read_now(&old.1)));

    let mut newer_answers = read_now(&old.1);
    newer_answers.answer("rate-deep-learning".into(), "confident".into());
    let newer = ShareCode::encode(&added, &newer_answers).to_string();
    assert_eq!(ShareCode::decode_str(&newer, &added), Ok(newer_answers));
    assert_eq!(
        ShareCode::decode_str(&newer, content()),
        Err(DecodeError::NewerContent)
    );
}

fn parse_and_decode(text: &str) -> Result<Answers, DecodeError> {
    let result = ShareCode::decode_str(text, content());
    if let Ok(answers) = &result {
        // Whatever decodes re-encodes to a code that decodes to the same answers.
        let again = ShareCode::encode(content(), answers).to_string();
        assert_eq!(
            ShareCode::decode_str(&again, content()).as_ref(),
            Ok(answers)
        );
    }
    result
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(10_000))]

    #[test]
    fn decode_inverts_encode(answers in any_answers()) {
        let c = content();
        let code = ShareCode::encode(c, &answers);
        let text = code.to_string();
        prop_assert!(text.len() <= 40);
        let parsed: ShareCode = text.parse().unwrap();
        prop_assert_eq!(&parsed, &code);
        prop_assert_eq!(parsed.decode(c), Ok(answers));
    }

    #[test]
    fn arbitrary_text_never_panics(text in ".*") {
        let _ = parse_and_decode(&text);
    }

    #[test]
    fn arbitrary_alphabet_text_never_panics(text in "[A-Za-z0-9_-]{0,80}") {
        let _ = parse_and_decode(&text);
    }

    #[test]
    fn sealed_arbitrary_bodies_never_panic(body in "B[A-Za-z0-9_-]{2,58}") {
        // Valid checksums reach the payload decoder, which the other generators rarely do.
        let _ = parse_and_decode(&seal(&body));
    }
}

#[test]
fn a_damaged_link_says_what_may_have_happened_to_it() {
    let code = ShareCode::encode(content(), &mixed()).to_string();
    // Cut off (here from 16 characters to 12): damaged, and the message says it may be cut off.
    let cut = ShareCode::decode_str(&code[..code.len() - 4], content());
    assert_eq!(cut, Err(DecodeError::BadChecksum));
    assert!(cut.unwrap_err().to_string().contains("cut off"));
    // Padded beyond any code of this quiz: too long, as a link pasted twice is.
    for padded in [format!("{code}AAAA"), format!("{code}{code}")] {
        assert_eq!(
            ShareCode::decode_str(&padded, content()),
            Err(DecodeError::TooLong),
            "{padded}"
        );
    }
    // A complete code is as long as codes of this quiz get.
    let mut everything = mixed();
    for question in content().questions.iter() {
        if everything.get(&question.id).is_none() {
            everything.answer(question.id.clone(), question.choices[0].id.clone());
        }
    }
    let full = ShareCode::encode(content(), &everything).to_string();
    assert!(ShareCode::decode_str(&full, content()).is_ok());
    let longer = format!("{}A", &full);
    assert_eq!(
        ShareCode::decode_str(&longer, content()),
        Err(DecodeError::TooLong)
    );
}
