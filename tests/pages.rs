//! Server-side-rendered tests of each page: headings, roles and visible text, as the browser gets them.

mod common;
use common::ssr::*;
use mlpath::content::content;
use mlpath::quiz::{Answers, ShareCode};
use mlpath::route::{ResultCode, Route};
use mlpath::view::{sample_answers, EmblemDrawing, ExampleResult};

fn result_route(answers: &Answers) -> Route {
    Route::Result {
        code: ResultCode::from(&ShareCode::encode(content(), answers)),
    }
}

#[tokio::test]
async fn landing_has_one_heading_and_a_start_link() {
    let page = render(Route::Home).await;
    assert_eq!(texts(&page, "h1"), [&*content().intro.title]);
    // A link, so the page rendered at build time starts the quiz before the wasm has loaded.
    assert_eq!(
        texts(&page, "main .actions a[href='#/quiz']"),
        ["Start the quiz"]
    );
    assert!(texts(&page, "main button").is_empty());
    assert_eq!(
        texts(&page, "main a[href='#/roles']"),
        ["How the two roles differ"]
    );
}

#[tokio::test]
async fn landing_says_how_long_it_takes_and_that_answers_stay_private() {
    let page = render(Route::Home).await;
    let facts = texts(&page, "main .facts li").join("\n");
    let total = content().questions.len();
    assert!(
        facts.contains(&format!("{total} questions, about")),
        "{facts}"
    );
    assert!(facts.contains("nothing sent anywhere"), "{facts}");
}

/// The levels of the page's headings, in document order.
fn outline(page: &scraper::Html) -> Vec<u8> {
    let headings = scraper::Selector::parse("h1, h2, h3, h4, h5, h6").unwrap();
    page.select(&headings)
        .map(|h| h.value().name()[1..].parse().unwrap())
        .collect()
}

#[tokio::test]
async fn landing_shows_an_example_result_that_reads_as_one() {
    let page = render(Route::Home).await;
    let example = ExampleResult::new(content()).expect("the sample answers recommend a path");
    let path = example.path;
    // Marked as an example by its heading, a level below the page's own, the path's name below it.
    assert_eq!(
        texts(&page, "main section.example > h2"),
        ["Example result"]
    );
    assert_eq!(
        attr(&page, "section.example", "aria-labelledby").as_deref(),
        Some("example-heading")
    );
    assert_eq!(texts(&page, "section.example h3"), [&*path.name]);
    let levels = outline(&page);
    assert_eq!(levels.first(), Some(&1));
    assert!(
        levels.windows(2).all(|pair| pair[1] <= pair[0] + 1),
        "no heading level skipped: {levels:?}"
    );
    // A result's first screen: the emblem, the hook, the chart; drawn, not a picture of one.
    let mark = format!(
        "section.example svg.emblem.{}",
        EmblemDrawing::of(path.emblem).class
    );
    assert_eq!(attr(&page, &mark, "aria-hidden").as_deref(), Some("true"));
    assert_eq!(texts(&page, "section.example q"), [&*path.result.headline]);
    assert_eq!(
        attr(&page, "section.example svg.chart", "role").as_deref(),
        Some("img")
    );
    assert_eq!(
        texts(&page, "section.example svg.chart .chart-row").len(),
        content().paths.len()
    );
    assert!(texts(&page, "section.example img").is_empty());
    // It never speaks as if it were the reader's.
    let said = texts(&page, "section.example").join(" ");
    assert!(said.contains("From a sample set of answers"), "{said}");
    assert!(
        !said.contains("Your best fit") && !said.contains("Your profile"),
        "{said}"
    );
    assert_eq!(texts(&page, "section.example .chart-you"), ["Answers"]);
}

#[test]
fn the_example_leans_toward_the_first_path_without_extremes() {
    let example = ExampleResult::new(content()).unwrap();
    assert_eq!(example.path.id, content().paths[0].id);
    let fits: Vec<u32> = example.chart.bars.iter().map(|bar| bar.percent).collect();
    // A plausible sheet: every path has something, none has everything.
    assert!(fits.iter().all(|&fit| fit > 0 && fit < 100), "{fits:?}");
    let primary: Vec<bool> = example
        .chart
        .bars
        .iter()
        .map(|bar| bar.is_primary)
        .collect();
    assert_eq!(primary.iter().filter(|&&p| p).count(), 1);
    assert!(primary[0], "the first path's bar is the recommended one");
    assert!(example.chart.axis > 0.0 && example.chart.axis < 1.0);
    // Every question but the skipped none: the sample answers them all.
    assert_eq!(sample_answers(content()).len(), content().questions.len());
}

#[tokio::test]
async fn every_page_but_an_embed_has_the_footer_link_to_the_embed_code() {
    for route in [
        Route::Home,
        Route::Quiz,
        Route::Roles,
        Route::Embed,
        Route::NotFound,
        result_route(&content().answers_toward(&content().paths[1].id)),
    ] {
        let page = render(route.clone()).await;
        assert_eq!(
            texts(&page, "footer.site-footer a[href='#/embed']"),
            ["Put this quiz on your site"],
            "{route:?}"
        );
    }
}

#[tokio::test]
async fn the_first_question_is_a_heading_over_a_group_of_radios() {
    let page = render(Route::Quiz).await;
    let first = &content().questions[0];
    let total = content().questions.len();
    // The heading says which step this is (read with it when focus moves there), then the prompt,
    // which alone names the group of choices.
    assert_eq!(
        texts(&page, "h1"),
        [format!("Question 1 of {total}: {}", first.prompt)]
    );
    assert_eq!(texts(&page, "h1 #question-prompt"), [&*first.prompt]);
    assert_eq!(
        attr(&page, "fieldset", "aria-labelledby").as_deref(),
        Some("question-prompt")
    );
    assert_eq!(
        texts(&page, "fieldset label"),
        first
            .choices
            .iter()
            .map(|c| c.label.clone())
            .collect::<Vec<_>>()
    );
    assert_eq!(
        texts(&page, "fieldset input[type=radio]:not([checked])").len(),
        first.choices.len()
    );
    assert_eq!(
        attr(&page, "[role=progressbar]", "aria-valuenow").as_deref(),
        Some("0")
    );
    assert_eq!(
        attr(&page, "[role=progressbar]", "aria-valuemax"),
        Some(content().questions.len().to_string())
    );
    assert_eq!(
        texts(&page, ".step[aria-hidden=true]"),
        [format!("Question 1 of {total}")]
    );
    assert!(
        texts(&page, "[aria-live]").is_empty(),
        "no second announcement of the step"
    );
    assert_eq!(texts(&page, ".quiz-nav button"), ["Back", "Skip", "Next"]);
    assert!(
        attr(&page, ".quiz-nav button", "disabled").is_some(),
        "Back is disabled on the first question"
    );
}

#[tokio::test]
async fn a_result_link_names_its_path_and_explains_it() {
    let mut cost_notes = Vec::new();
    for path in content().paths.iter() {
        let page = render(result_route(&content().answers_toward(&path.id))).await;
        assert_eq!(texts(&page, "h1"), [&*path.name]);
        assert_eq!(
            texts(&page, "h2"),
            [
                "Share this result",
                "Why this path",
                "Skills to build",
                "Courses and books"
            ]
        );
        assert!(!texts(&page, ".reasons li").is_empty(), "{}", path.name);
        assert_eq!(attr(&page, "svg.chart", "role").as_deref(), Some("img"));
        // The path's emblem beside its name, hidden from screen readers: the name says it.
        let emblem = mlpath::view::EmblemDrawing::of(path.emblem);
        let mark = format!(".path-heading svg.emblem.{}", emblem.class);
        assert_eq!(attr(&page, &mark, "aria-hidden").as_deref(), Some("true"));
        let description = texts(&page, "svg.chart desc").join("");
        assert!(description.contains(&*path.name), "{description}");
        assert!(!texts(&page, ".resource-list li").is_empty());
        assert_eq!(
            texts(&page, ".resource-list a .visually-hidden").len(),
            texts(&page, ".resource-list li").len(),
            "every course link says it opens a new tab"
        );
        cost_notes.extend(texts(&page, ".resource-list .cost-note"));
        // Rendered without a remembered own result, every result page is a shared one: nothing on
        // it offers to wipe the viewer's own quiz: its way into the quiz is a link, which keeps a
        // quiz under way, and which then offers to compare the two results.
        assert_eq!(
            texts(&page, "main > .actions a.primary"),
            ["Take the quiz and compare"]
        );
        assert_eq!(
            texts(&page, ".shared-note a.primary"),
            ["Take the quiz and compare"]
        );
        assert!(
            !texts(&page, "main button").contains(&"Retake the quiz".to_owned()),
            "no Retake on a result that may be someone else's"
        );
        // Where no storage has been read (as in a server-side render) a result is nobody's in
        // particular: the page claims neither "your" nor "their".
        assert_eq!(texts(&page, ".eyebrow"), ["Best fit"]);
        // Someone else's answers are not spoken of as the viewer's.
        assert_eq!(
            texts(&page, "svg.chart title"),
            ["Profile of these answers"]
        );
        for line in texts(&page, ".gaps .gap-detail") {
            assert!(!line.contains("You "), "{line}");
            assert!(line.contains("; this path asks for "), "{line}");
        }
    }
    // A course's cost note (an audit that is free, a certificate that is not) is shown with it.
    assert!(!cost_notes.is_empty());
    for note in &cost_notes {
        assert!(
            content()
                .resources
                .iter()
                .any(|r| r.cost_note.as_deref() == Some(note.as_str())),
            "{note}"
        );
    }
}

#[tokio::test]
async fn a_result_with_no_preference_answered_recommends_nothing() {
    let mut ratings_only = Answers::new();
    ratings_only.answer("rate-maths".into(), "expert".into());
    for answers in [Answers::new(), ratings_only] {
        let page = render(result_route(&answers)).await;
        assert_eq!(
            texts(&page, "h1"),
            ["Not enough answers for a recommendation"]
        );
        assert!(
            texts(&page, "h2").is_empty(),
            "no reasons, chart or courses"
        );
        assert!(texts(&page, "svg.chart").is_empty());
        assert_eq!(
            texts(&page, "main .actions a.primary"),
            ["Take the quiz yourself"]
        );
    }
}

#[tokio::test]
async fn a_link_pasted_with_sentence_punctuation_still_opens() {
    let answers = content().answers_toward(&content().paths[0].id);
    let code = ShareCode::encode(content(), &answers).to_string();
    for pasted in [
        format!("{code}."),
        format!("{code})."),
        format!("{code}%20"),
    ] {
        let page = render(Route::recognize(&format!("/result/{pasted}"))).await;
        assert_eq!(texts(&page, "h1"), [&*content().paths[0].name], "{pasted}");
    }
}

#[tokio::test]
async fn a_damaged_link_says_so_and_offers_a_start() {
    let route = Route::recognize("/result/not-a-code!");
    assert!(
        matches!(route, Route::Result { .. }),
        "result routes accept any text"
    );
    let page = render(route).await;
    assert_eq!(texts(&page, "h1"), ["This result link cannot be opened"]);
    assert_eq!(texts(&page, "[role=alert]").len(), 1);
    assert_eq!(texts(&page, "main a[href='#/quiz']"), ["Start the quiz"]);
}

#[tokio::test]
async fn a_result_link_that_lost_its_code_says_so() {
    for path in ["/result/", "/result"] {
        let route = Route::recognize(path);
        assert_eq!(route.to_path(), "/result/", "{path}");
        let page = render(route).await;
        assert_eq!(texts(&page, "h1"), ["This result link cannot be opened"]);
        assert_eq!(
            texts(&page, "[role=alert]"),
            ["This link has no quiz answers in it."]
        );
    }
}

#[tokio::test]
async fn the_roles_page_sets_every_distinction_side_by_side() {
    let page = render(Route::Roles).await;
    assert_eq!(texts(&page, "h1"), ["The two roles"]);
    let rows = texts(&page, "table.compare tbody th[scope=row]");
    let topics: Vec<String> = content()
        .distinctions
        .iter()
        .map(|d| d.topic.to_string())
        .collect();
    assert_eq!(rows, topics);
    assert_eq!(texts(&page, "table.compare thead th").len(), 3);
    assert_eq!(
        texts(&page, "section.path h3").len(),
        3,
        "the three ML-engineer paths"
    );
}

#[tokio::test]
async fn unknown_routes_offer_the_way_back() {
    assert_eq!(Route::recognize("/no/such/page"), Route::NotFound);
    let page = render(Route::NotFound).await;
    assert_eq!(texts(&page, "h1"), ["This page does not exist"]);
    assert_eq!(texts(&page, "main a[href='#/']"), ["Go to the start"]);
}

#[test]
fn routes_round_trip_through_their_paths() {
    let code = ResultCode::from(&ShareCode::encode(
        content(),
        &content().answers_toward(&content().paths[0].id),
    ));
    for route in [
        Route::Home,
        Route::Quiz,
        Route::Roles,
        Route::Embed,
        Route::Result { code },
    ] {
        assert_eq!(
            Route::recognize(&route.to_path()),
            route.clone(),
            "{route:?}"
        );
    }
    assert_eq!(Route::Home.to_path(), "/");
    assert_eq!(Route::Embed.href(), "#/embed");
    assert_eq!(Route::recognize("/results"), Route::NotFound);
}

#[test]
fn fragments_are_read_as_browsers_write_them() {
    assert_eq!(Route::from_hash(""), Route::Home);
    assert_eq!(Route::from_hash("#"), Route::Home);
    assert_eq!(Route::from_hash("#/"), Route::Home);
    assert_eq!(Route::from_hash("#/quiz"), Route::Quiz);
    assert_eq!(Route::from_hash("#/quiz/"), Route::Quiz);
    assert_eq!(Route::from_hash("#/roles?utm=x"), Route::Roles);

    // A quiz link may carry progress; it is still the quiz page.
    let href = Route::resume_href("1:5:BABx-_");
    assert_eq!(Route::from_hash(&href), Route::Quiz);
    assert_eq!(Route::resume_param(&href).as_deref(), Some("1:5:BABx-_"));
    assert_eq!(
        Route::resume_param("#/quiz?utm=x&progress=1%3A2%3AAB").as_deref(),
        Some("1:2:AB")
    );
    assert_eq!(Route::resume_param("#/quiz"), None);
    assert_eq!(Route::resume_param("#/roles?progress=1:2:AB"), None);
    assert_eq!(Route::resume_param("#/quiz?progresses=1"), None);
    assert_eq!(Route::from_hash("#/quizzes"), Route::NotFound);
    assert_eq!(Route::from_hash("#/result/a/b"), Route::NotFound);
    // A code is percent-decoded as the address bar may have encoded it, and encoded back.
    let route = Route::from_hash("#/result/ab%20c%F0%9F%98%80");
    assert_eq!(
        route,
        Route::Result {
            code: ResultCode::from("ab c\u{1F600}")
        }
    );
    assert_eq!(route.href(), "#/result/ab%20c%F0%9F%98%80");
    assert_eq!(Route::Roles.href(), "#/roles");
}

#[tokio::test]
async fn the_chart_marker_is_labelled_and_described_where_it_is_seen() {
    use mlpath::components::ProfileChart;
    use mlpath::view::{ChartBar, ChartView, Whose};
    use yew::prelude::*;

    #[derive(Properties, PartialEq)]
    struct ChartProps {
        axis: f32,
    }

    /// The chart alone, at one point of the axis.
    #[function_component]
    fn Chart(props: &ChartProps) -> Html {
        let bars = vec![ChartBar::new("Data scientist".into(), 0.5, true)];
        let chart = ChartView::of(&content().roles, Whose::Own, props.axis, bars);
        ProfileChart { chart: &chart }.view()
    }

    let axis_text = |lean: &str| {
        format!("On the axis from data scientist to machine-learning engineer, your answers {lean}. Fit per path: Data scientist 50%.")
    };
    for (axis, anchor, lean) in [
        (-1.0, "start", "lean strongly toward data scientist, 100% of the way from the middle to that end"),
        (-0.06, "middle", "lean slightly toward data scientist, 6% of the way from the middle to that end"),
        (0.0, "middle", "sit in the middle"),
        (0.004, "middle", "sit in the middle"),
        (0.5, "middle", "lean clearly toward machine-learning engineer, 50% of the way from the middle to that end"),
        (1.0, "end", "lean strongly toward machine-learning engineer, 100% of the way from the middle to that end"),
    ] {
        let html = yew::ServerRenderer::<Chart>::with_props(move || ChartProps { axis })
            .hydratable(false)
            .render()
            .await;
        let page = scraper::Html::parse_document(&html);
        assert_eq!(
            attr(&page, "text.chart-you", "text-anchor").as_deref(),
            Some(anchor),
            "axis {axis}"
        );
        // Read aloud, the description places the marker as it is seen: from the middle.
        assert_eq!(texts(&page, "svg.chart desc"), [axis_text(lean)], "axis {axis}");
    }
}

#[tokio::test]
async fn an_unrated_skill_is_told_apart_as_skipped_or_never_asked() {
    let core = content()
        .path(&"core-ml-engineer".into())
        .expect("the core path");
    let mut answers = content().answers_toward(&core.id);
    assert!(answers.skip(&"rate-maths".into()).is_some());
    let page = render(result_route(&answers)).await;
    let lines = texts(&page, ".gaps li");
    // Maths has a rating question, which these answers skip; deep learning has none.
    assert!(content().asks_to_rate(&"maths".into()));
    assert!(!content().asks_to_rate(&"deep-learning".into()));
    assert!(
        lines.iter().any(
            |l| l.starts_with("Linear algebra and maths") && l.contains("Skipped in the quiz;")
        ),
        "{lines:?}"
    );
    // Skills the quiz never asks about are no gap it found: a line of their own, after the list.
    assert!(
        lines.iter().all(|l| !l.starts_with("Deep learning")),
        "{lines:?}"
    );
    assert_eq!(
        texts(&page, ".gaps + .unasked"),
        ["Not asked about in the quiz, but this path leans on them too: data modelling and evaluation (3 of 3 expected) and deep learning (3 of 3 expected)."]
    );
    // A result that may be someone else's speaks of whoever gave the answers, in one voice.
    assert_eq!(
        texts(&page, ".runner-up").len(),
        1,
        "one paragraph before the runner-up"
    );
    assert!(texts(&page, "p").contains(&core.result.body_theirs.to_string()));
    assert!(!texts(&page, "p").contains(&core.result.body.to_string()));
}

#[tokio::test]
async fn a_tie_for_best_fit_is_called_a_tie() {
    use mlpath::quiz::{percent, Answers};
    // Every sheet of one or two answers: some leave the best two paths level, most do not.
    let mut sheets: Vec<Answers> = Vec::new();
    for (i, first) in content().questions.iter().enumerate() {
        for a in first.choices.iter() {
            sheets.push(common::sheet(&[(first.id.as_str(), a.id.as_str())]));
            for second in content().questions.iter().skip(i + 1) {
                for b in second.choices.iter() {
                    sheets.push(common::sheet(&[
                        (first.id.as_str(), a.id.as_str()),
                        (second.id.as_str(), b.id.as_str()),
                    ]));
                }
            }
        }
    }
    let level = |answers: &Answers| {
        let profile = content().score(answers);
        let rec = content().recommend(&profile);
        let score = |path| percent(profile.path_score(path).unwrap_or(0.0));
        profile
            .has_direction()
            .then(|| score(&rec.primary) == score(&rec.runner_up))
    };
    let top_count = |answers: &Answers| {
        let profile = content().score(answers);
        let fits: Vec<u32> = profile.paths.iter().map(|p| percent(p.score)).collect();
        let top = fits.iter().copied().max().unwrap_or(0);
        fits.iter().filter(|&&f| f == top).count()
    };
    let tie = sheets
        .iter()
        .find(|s| level(s) == Some(true) && top_count(s) == 2)
        .expect("a tie of two");
    // Three level at the top: all named.
    let three = &common::sheet(&[
        ("raw-data", "build-pipeline"),
        ("stakeholder-meeting", "report"),
        ("ideal-week", "derive"),
    ]);
    assert_eq!(top_count(three), 3);
    let page = render(result_route(three)).await;
    assert_eq!(texts(&page, "h1"), ["Data scientist"]);
    assert_eq!(
        texts(&page, ".runner-up"),
        ["Tied with ML software engineer and core ML engineer at 33% fit: any of these paths suits these answers."]
    );
    let clear = sheets
        .iter()
        .find(|s| level(s) == Some(false))
        .expect("a clear lead");
    for (answers, is_tie) in [(tie, true), (clear, false)] {
        let profile = content().score(answers);
        let rec = content().recommend(&profile);
        let runner_up = &content().path(&rec.runner_up).expect("a path").name;
        let score = percent(profile.path_score(&rec.runner_up).unwrap_or(0.0));
        let expected = if is_tie {
            format!(
                "Tied with {} at {score}% fit: either path suits these answers.",
                mlpath::view::in_sentence(runner_up)
            )
        } else {
            format!("Runner-up: {runner_up} ({score}% fit).")
        };
        let page = render(result_route(answers)).await;
        assert_eq!(texts(&page, ".runner-up"), [expected]);
    }
}

#[tokio::test]
async fn top_ratings_in_every_asked_skill_leave_no_gap_to_build() {
    let core = content()
        .path(&"core-ml-engineer".into())
        .expect("the core path");
    let mut answers = content().answers_toward(&core.id);
    for question in content().questions.iter() {
        if question.id.as_str().starts_with("rate-") {
            answers.answer(question.id.clone(), "expert".into());
        }
    }
    let page = render(result_route(&answers)).await;
    assert!(texts(&page, ".gaps li").is_empty());
    assert_eq!(
        texts(&page, "#gaps + p"),
        ["The ratings in these answers already meet what this path expects in the skills the quiz asked about."]
    );
    assert_eq!(texts(&page, ".unasked").len(), 1);
}

#[tokio::test]
async fn fixed_markup_names_the_addresses_and_the_name_the_code_defines() {
    // The header, footer and pages write their unchanging links as literal markup
    // (`components::fixed_markup`): each must be the address `Route` gives, and the brand the
    // site's name.
    let landing = render(Route::Home).await;
    assert_eq!(
        texts(
            &landing,
            &format!("header a.brand[href='{}']", Route::Home.href())
        ),
        [mlpath::view::SITE_NAME]
    );
    assert_eq!(
        texts(
            &landing,
            &format!("header nav a[href='{}']", Route::Roles.href())
        ),
        ["The two roles"]
    );
    assert_eq!(
        texts(
            &landing,
            &format!("footer a[href='{}']", Route::Embed.href())
        ),
        ["Put this quiz on your site"]
    );
    assert_eq!(
        texts(&landing, &format!("main a[href='{}']", Route::Roles.href())),
        ["How the two roles differ"]
    );
    let missing = render(Route::from_hash("#/nowhere")).await;
    assert_eq!(
        texts(&missing, &format!("main a[href='{}']", Route::Home.href())),
        ["Go to the start"]
    );
    let result = render(result_route(
        &content().answers_toward(&content().paths[0].id),
    ))
    .await;
    assert_eq!(
        texts(
            &result,
            &format!("main a.button[href='{}']", Route::Roles.href())
        ),
        ["How the two roles differ"]
    );
}
