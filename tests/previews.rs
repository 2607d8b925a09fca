//! The link previews (`view::preview`, rendered by `bin/previews` with its own code, included
//! here): one per path and one for the landing page, 1200×630 PNGs under 300 KB, the same bytes
//! on every render, their text inside the picture and clear of each other, and nothing in them
//! that could come from anyone's answers.

#[path = "../src/bin/previews/raster.rs"]
mod raster;

mod common;

use std::borrow::Cow;

use mlpath::content::{content, model::Content, parse, SOURCE};
use mlpath::route::Route;
use mlpath::view::preview::{
    preview_heading, previews, quiz_facts, Preview, PREVIEW_HEIGHT, PREVIEW_SKILLS, PREVIEW_WIDTH,
    QUIZ_PREVIEW,
};
use mlpath::view::{ResultPageView, Whose};
use raster::Renderer;
use resvg::usvg::{Node, Rect};

/// The most a preview may weigh: unfurlers refuse or shrink larger images.
const MOST_BYTES: usize = 300 * 1024;

/// The width and height a PNG's header gives; panics on anything else.
fn png_size(png: &[u8]) -> (u32, u32) {
    assert_eq!(&png[..8], b"\x89PNG\r\n\x1a\n", "a PNG signature");
    assert_eq!(&png[12..16], b"IHDR", "the header chunk first");
    let number = |at: usize| u32::from_be_bytes(png[at..at + 4].try_into().unwrap());
    (number(16), number(20))
}

/// The box of every line of text in `svg`, as the renderer lays it out.
fn text_boxes(renderer: &Renderer, svg: &str) -> Vec<(String, Rect)> {
    fn walk(group: &resvg::usvg::Group, boxes: &mut Vec<(String, Rect)>) {
        for node in group.children() {
            match node {
                Node::Group(group) => walk(group, boxes),
                Node::Text(text) => {
                    let words: String = text.chunks().iter().map(|c| c.text()).collect();
                    // The ink, not the line box: lines of large type set close have overlapping line boxes.
                    boxes.push((words, text.flattened().abs_bounding_box()));
                }
                _ => {}
            }
        }
    }
    let tree = renderer.tree(svg).expect("the preview parses");
    let mut boxes = Vec::new();
    walk(tree.root(), &mut boxes);
    boxes
}

/// Every line of text lies inside the picture's margins, and no two lines touch.
fn assert_laid_out(renderer: &Renderer, preview: &Preview) {
    let boxes = text_boxes(renderer, &preview.svg);
    assert!(
        boxes.len() >= 8,
        "{}: {} lines of text",
        preview.name,
        boxes.len()
    );
    let (width, height) = (PREVIEW_WIDTH as f32, PREVIEW_HEIGHT as f32);
    for (text, area) in &boxes {
        assert!(
            area.left() >= 56.0 && area.right() <= width - 56.0,
            "{}: {text:?} runs from x {} to {}",
            preview.name,
            area.left(),
            area.right()
        );
        assert!(
            area.top() >= 40.0 && area.bottom() <= height - 24.0,
            "{}: {text:?} runs from y {} to {}",
            preview.name,
            area.top(),
            area.bottom()
        );
    }
    for (i, (a, first)) in boxes.iter().enumerate() {
        for (b, second) in &boxes[i + 1..] {
            let apart = first.right() <= second.left()
                || second.right() <= first.left()
                || first.bottom() <= second.top()
                || second.bottom() <= first.top();
            assert!(apart, "{}: {a:?} overlaps {b:?}", preview.name);
        }
    }
}

#[test]
fn every_path_and_the_landing_page_has_a_preview() {
    let c = content();
    let renderer = Renderer::new();
    let names: Vec<String> = previews(c, &renderer).into_iter().map(|p| p.name).collect();
    let mut expected: Vec<String> = c.paths.iter().map(|p| p.id.to_string()).collect();
    expected.push(QUIZ_PREVIEW.to_owned());
    assert_eq!(names, expected);
}

#[test]
fn previews_are_1200_by_630_pngs_under_300_kb_and_the_same_every_time() {
    let first = Renderer::new();
    let second = Renderer::new();
    assert_eq!(
        first.faces(),
        2,
        "only the two DejaVu Sans faces are loaded"
    );
    let made = previews(content(), &first);
    assert_eq!(
        made,
        previews(content(), &second),
        "the same SVG every time"
    );
    for preview in &made {
        let png = first.render(&preview.svg).unwrap();
        assert_eq!(png_size(&png), (1200, 630), "{}", preview.name);
        assert!(
            png.len() < MOST_BYTES,
            "{}: {} bytes",
            preview.name,
            png.len()
        );
        assert!(
            png == second.render(&preview.svg).unwrap(),
            "{}: the same bytes on a second render",
            preview.name
        );
    }
}

#[test]
fn previews_show_the_path_and_never_anyones_answers() {
    let c = content();
    let renderer = Renderer::new();
    let made = previews(c, &renderer);
    for preview in &made {
        let svg = &preview.svg;
        // A fit, a marker, the card's owner: what only answers give.
        for answer_derived in [
            "%",
            "You",
            "My best fit",
            "Answers",
            "Fit:",
            "fit:",
            "Rated",
        ] {
            assert!(
                !svg.contains(answer_derived),
                "{}: {answer_derived:?}",
                preview.name
            );
        }
    }
    for (path, preview) in c.paths.iter().zip(&made) {
        let texts: Vec<String> = text_boxes(&renderer, &preview.svg)
            .into_iter()
            .map(|(text, _)| text)
            .collect();
        let all = texts.join(" ");
        // The path's preview speaks to no one: no "you" at all.
        assert!(!all.to_lowercase().contains("you"), "{all}");
        assert!(texts.contains(&preview_heading()), "{all}");
        assert!(texts.iter().any(|t| t == "Best fit"), "{all}");
        assert!(all.contains(&*path.name) || all.contains(path.name.split(' ').next().unwrap()));
        assert!(all.contains(&*path.result.headline), "{}: {all}", path.id);
        assert!(all.contains("Skills it leans on most"), "{all}");
        for target in path.skills.iter().take(PREVIEW_SKILLS) {
            let skill = c.skill(&target.skill).unwrap();
            assert!(
                all.contains(&*skill.name),
                "{}: {} in {all}",
                path.id,
                skill.name
            );
            assert!(
                svg_has_meter(&preview.svg, target.level),
                "{}: {}",
                path.id,
                skill.name
            );
        }
    }
    let landing = made.last().unwrap();
    let all: String = text_boxes(&renderer, &landing.svg)
        .into_iter()
        .map(|(text, _)| text)
        .collect::<Vec<_>>()
        .join(" ");
    assert!(all.contains(&*c.intro.lead), "{all}");
    assert!(all.contains(&quiz_facts(c)), "{all}");
    for path in c.paths.iter() {
        assert!(all.contains(&*path.name), "{} in {all}", path.name);
    }
}

/// Whether `svg` holds a three-step meter with `level` steps filled: three rounded steps in a
/// row, the filled ones first.
fn svg_has_meter(svg: &str, level: u8) -> bool {
    let steps: Vec<&str> = svg
        .split("<rect ")
        .filter(|rect| rect.contains(r#"rx="8""#))
        .map(|rect| {
            rect.split(r#"fill=""#)
                .nth(1)
                .unwrap_or("")
                .split('"')
                .next()
                .unwrap_or("")
        })
        .collect();
    steps.chunks(3).any(|meter| {
        meter.len() == 3
            && meter.iter().filter(|fill| **fill != "#e6e3dc").count() == usize::from(level)
            && meter[usize::from(level)..]
                .iter()
                .all(|fill| *fill == "#e6e3dc")
    })
}

#[test]
fn every_line_of_text_fits_the_picture_and_stays_clear_of_the_others() {
    let renderer = Renderer::new();
    for preview in previews(content(), &renderer) {
        assert_laid_out(&renderer, &preview);
    }
}

/// The content with every text a preview shows made far longer than any today.
fn long_winded() -> Content {
    let mut c = parse(SOURCE).unwrap();
    let long = |text: &str| Cow::Owned(format!("{text} {text} {text} {text}"));
    c.intro.title = long(&c.intro.title);
    c.intro.lead = long(&c.intro.lead);
    c.roles.data_scientist.short_name = long(&c.roles.data_scientist.short_name);
    for path in c.paths.to_mut() {
        path.name = long(&path.name);
        path.result.headline = long(&path.result.headline);
    }
    for skill in c.skills.to_mut() {
        skill.name = long(&skill.name);
    }
    c
}

#[test]
fn long_texts_are_cut_short_with_an_ellipsis_and_never_overflow() {
    let renderer = Renderer::new();
    let c = long_winded();
    for preview in previews(&c, &renderer) {
        assert_laid_out(&renderer, &preview);
        assert!(preview.svg.contains('…'), "{}", preview.name);
    }
}

#[test]
fn the_heading_is_the_cards_and_the_facts_are_the_landing_pages() {
    let c = content();
    let code =
        mlpath::route::ResultCode::from(&mlpath::quiz::ShareCode::encode(c, &common::mixed()));
    let ResultPageView::Result(view) = ResultPageView::new(c, &code, Whose::Shared) else {
        panic!("the mixed sheet has a result");
    };
    assert_eq!(preview_heading(), view.card().heading);

    let page = tokio::runtime::Builder::new_current_thread()
        .build()
        .unwrap()
        .block_on(common::ssr::render(Route::Home));
    let facts = common::ssr::texts(&page, ".facts li").join(" ");
    let (questions, minutes) = (c.questions.len(), c.questions.len().div_ceil(3));
    assert!(
        facts.contains(&format!("{questions} questions, about {minutes} minutes")),
        "{facts}"
    );
    assert_eq!(
        quiz_facts(c),
        format!("{questions} questions · about {minutes} minutes · private")
    );
}
