//! The link previews: a 1200×630 picture per path and one for the landing page, as SVG in the
//! downloadable card's design (`web/card.rs`), for `bin/previews` to render at build time. They are
//! drawn from the content alone: a path's preview shows what the path leans on, never anyone's
//! answers.

use crate::content::shell::escape_html;
use std::fmt::Write;

use super::{EmblemDrawing, EMBLEM_BOX, SITE_NAME};
use crate::content::model::{Content, Path};
use crate::content::ui;

/// The size of every preview, as the pages' tags say it ([`super::PreviewMeta`]).
pub use super::preview_meta::{PREVIEW_HEIGHT, PREVIEW_WIDTH};
/// The family the previews are set in; the renderer loads its two faces and no other font.
pub const FONT_FAMILY: &str = "DejaVu Sans";
/// The file name of the landing page's preview, without `.png`.
pub const QUIZ_PREVIEW: &str = "quiz";
/// How many of a path's skills its preview shows: its first, the ones it leans on most.
pub const PREVIEW_SKILLS: usize = 4;

const INK: &str = "#1c1b22";
const MUTED: &str = "#4d4b57";
const TRACK: &str = "#e6e3dc";
const PAPER: &str = "#fbfaf7";
const PAPER_WHITE: &str = "#ffffff";
const WIDTH: f32 = PREVIEW_WIDTH as f32;
const HEIGHT: f32 = PREVIEW_HEIGHT as f32;
/// The left margin, as on the card.
const LEFT: f32 = 64.0;
/// The right-hand column, where the card has its chart.
const COLUMN_LEFT: f32 = 656.0;
const COLUMN_WIDTH: f32 = 480.0;
/// The slant of the hook's false italic (the renderer has no italic face), in degrees.
const SLANT: f32 = -10.0;

/// A face of [`FONT_FAMILY`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Face {
    /// Book weight.
    Regular,
    /// Bold.
    Bold,
}

impl Face {
    fn weight(self) -> u16 {
        match self {
            Face::Regular => 400,
            Face::Bold => 700,
        }
    }
}

/// How wide a line of text is set, in pixels: the renderer knows the font, so it measures.
pub trait Measure {
    /// The width of `text` in `face` at `size` pixels.
    fn width(&self, text: &str, face: Face, size: f32) -> f32;
}

/// One preview, ready to render.
#[derive(Clone, Debug, PartialEq)]
pub struct Preview {
    /// Its file name without `.png`: the path's id, or [`QUIZ_PREVIEW`] for the landing page.
    pub name: String,
    /// The picture, as an SVG document [`PREVIEW_WIDTH`] by [`PREVIEW_HEIGHT`].
    pub svg: String,
}

/// Every preview: one per path, in the content's order, then the landing page's.
pub fn previews(content: &Content, measure: &impl Measure) -> Vec<Preview> {
    content
        .paths
        .iter()
        .map(|path| path_preview(content, path, measure))
        .chain([quiz_preview(content, measure)])
        .collect()
}

/// The line at the top of a path's preview, as on the card: the site and its question.
pub fn preview_heading() -> String {
    ui!(preview.heading, site = SITE_NAME)
}

/// The quiz's length and promise in a line, counted as the landing page counts them:
/// "19 questions · about 7 minutes · private".
pub fn quiz_facts(content: &Content) -> String {
    let total = content.questions.len();
    let minutes = total.div_ceil(3).max(1);
    ui!(preview.facts[total], minutes = minutes, total = total)
}

/// A type style: face, size in pixels, colour, and whether it slants as italic type does.
#[derive(Clone, Copy)]
struct Type {
    face: Face,
    size: f32,
    fill: &'static str,
    is_slanted: bool,
}

impl Type {
    const fn new(face: Face, size: f32, fill: &'static str) -> Self {
        Self {
            face,
            size,
            fill,
            is_slanted: false,
        }
    }
}

/// The line at the top, as on the card.
const HEADING: Type = Type::new(Face::Bold, 28.0, MUTED);
const EYEBROW: Type = Type::new(Face::Regular, 32.0, MUTED);
const PATH_NAME: Type = Type::new(Face::Bold, 64.0, INK);
/// The hook, in italic as on the card (set slanted: the renderer has no italic face).
const HOOK: Type = Type {
    is_slanted: true,
    ..Type::new(Face::Regular, 34.0, MUTED)
};
const FOOT: Type = Type::new(Face::Regular, 24.0, MUTED);
const COLUMN_HEADING: Type = Type::new(Face::Bold, 30.0, INK);
const SKILL: Type = Type::new(Face::Regular, 28.0, INK);
const NOTE: Type = Type::new(Face::Regular, 20.0, MUTED);
const TITLE: Type = Type::new(Face::Bold, 56.0, INK);
const LEAD: Type = Type::new(Face::Regular, 30.0, MUTED);
const EMBLEM_NAME: Type = Type::new(Face::Bold, 26.0, INK);
const FACTS: Type = Type::new(Face::Regular, 26.0, MUTED);

/// The width of one step of a skill's meter, and the gap between steps.
const METER_STEP: f32 = 32.0;
const METER_GAP: f32 = 6.0;

/// The preview of a link to `path`'s result: the card's left half (its colour, emblem, "Best
/// fit", name and hook), and on the right the skills it leans on most, each with a meter of the
/// depth it expects.
pub fn path_preview(content: &Content, path: &Path, measure: &impl Measure) -> Preview {
    let emblem = EmblemDrawing::of(path.emblem);
    let mut svg = Svg::new(measure);
    svg.rect(0.0, 0.0, 16.0, HEIGHT, emblem.fill);
    svg.lines(
        &preview_heading(),
        (LEFT, 84.0),
        HEADING,
        WIDTH - 2.0 * LEFT,
        0.0,
        1,
    );
    svg.emblem(&emblem, LEFT, 122.0, 64.0);
    svg.text(ui!(preview.best_fit), (148.0, 166.0), EYEBROW);
    let below = svg.lines(&path.name, (LEFT, 244.0), PATH_NAME, 560.0, 72.0, 2);
    svg.lines(
        &path.result.headline,
        (LEFT, below + 8.0),
        HOOK,
        540.0,
        46.0,
        3,
    );
    svg.text(&quiz_facts(content), (LEFT, HEIGHT - 48.0), FOOT);

    svg.text(
        ui!(preview.skills_heading),
        (COLUMN_LEFT, 140.0),
        COLUMN_HEADING,
    );
    let meter_width = 3.0 * METER_STEP + 2.0 * METER_GAP;
    let meter_left = COLUMN_LEFT + COLUMN_WIDTH - meter_width;
    let note_top = HEIGHT - 70.0 - NOTE.size;
    let mut y = 200.0;
    for target in path.skills.iter().take(PREVIEW_SKILLS) {
        let Some(skill) = content.skill(&target.skill) else {
            continue;
        };
        let name_width = COLUMN_WIDTH - meter_width - 20.0;
        let lines = svg.wrap(&skill.name, SKILL, name_width, 3);
        // Long names leave room for fewer skills: the column stops above the note.
        let last = y + 34.0 * (lines.len().max(1) - 1) as f32;
        if last + 10.0 > note_top {
            break;
        }
        svg.meter(meter_left, y - 19.0, target.level, emblem.fill);
        y = svg.draw_lines(&lines, (COLUMN_LEFT, y), SKILL, 34.0) + 18.0;
    }
    svg.lines(
        ui!(preview.meter_note),
        (COLUMN_LEFT, HEIGHT - 70.0),
        NOTE,
        COLUMN_WIDTH,
        26.0,
        2,
    );
    Preview {
        name: path.id.to_string(),
        svg: svg.finish(),
    }
}

/// The landing page's preview: the quiz's title and lead, the paths' emblems and names, and how
/// long it takes.
pub fn quiz_preview(content: &Content, measure: &impl Measure) -> Preview {
    let intro = &content.intro;
    let paths = &content.paths;
    let mut svg = Svg::new(measure);
    // The left bar in every path's colour, a band each.
    let band = HEIGHT / paths.len().max(1) as f32;
    for (i, path) in paths.iter().enumerate() {
        let fill = EmblemDrawing::of(path.emblem).fill;
        svg.rect(0.0, band * i as f32, 16.0, band, fill);
    }
    let heading = ui!(preview.quiz_heading, site = SITE_NAME);
    svg.lines(&heading, (LEFT, 84.0), HEADING, WIDTH - 2.0 * LEFT, 0.0, 1);
    let text_width = WIDTH - 2.0 * LEFT;
    let below = svg.lines(&intro.title, (LEFT, 156.0), TITLE, text_width, 64.0, 2);
    let below = svg.lines(&intro.lead, (LEFT, below + 2.0), LEAD, 960.0, 40.0, 2);
    let column = text_width / paths.len().max(1) as f32;
    let top = below + 6.0;
    for (i, path) in paths.iter().enumerate() {
        let left = LEFT + column * i as f32;
        svg.emblem(&EmblemDrawing::of(path.emblem), left, top, 60.0);
        svg.lines(
            &path.name,
            (left, top + 96.0),
            EMBLEM_NAME,
            column - 24.0,
            32.0,
            2,
        );
    }
    svg.text(&quiz_facts(content), (LEFT, HEIGHT - 48.0), FACTS);
    Preview {
        name: QUIZ_PREVIEW.to_owned(),
        svg: svg.finish(),
    }
}

/// An SVG document being written, with the measure that wraps its text.
struct Svg<'m, M> {
    out: String,
    measure: &'m M,
}

impl<'m, M: Measure> Svg<'m, M> {
    fn new(measure: &'m M) -> Self {
        let out = format!(
            r#"<svg xmlns="http://www.w3.org/2000/svg" width="{PREVIEW_WIDTH}" height="{PREVIEW_HEIGHT}" viewBox="0 0 {PREVIEW_WIDTH} {PREVIEW_HEIGHT}" font-family="{FONT_FAMILY}">"#
        );
        let mut svg = Self { out, measure };
        svg.rect(0.0, 0.0, WIDTH, HEIGHT, PAPER);
        svg
    }

    fn finish(mut self) -> String {
        self.out.push_str("</svg>");
        self.out
    }

    fn rect(&mut self, x: f32, y: f32, width: f32, height: f32, fill: &str) {
        let _ = write!(
            self.out,
            r#"<rect x="{x}" y="{y}" width="{width}" height="{height}" fill="{fill}"/>"#
        );
    }

    /// One line of text with its start at `at` on the baseline.
    fn text(&mut self, text: &str, at: (f32, f32), style: Type) {
        let (x, y) = at;
        // A slanted line leans from its own baseline, as italic type does.
        let place = if style.is_slanted {
            format!(r#"transform="translate({x} {y}) skewX({SLANT})""#)
        } else {
            format!(r#"x="{x}" y="{y}""#)
        };
        let _ = write!(
            self.out,
            r#"<text {place} font-size="{}" font-weight="{}" fill="{}">{}</text>"#,
            style.size,
            style.face.weight(),
            style.fill,
            escape_html(text)
        );
    }

    /// `text` broken into lines no wider than `width`, at most `most` of them (the last one
    /// shortened with an ellipsis if the text goes on), the first baseline at `at` and each next
    /// one `step` lower. Returns the baseline after the last line.
    fn lines(
        &mut self,
        text: &str,
        at: (f32, f32),
        style: Type,
        width: f32,
        step: f32,
        most: usize,
    ) -> f32 {
        let lines = self.wrap(text, style, width, most);
        self.draw_lines(&lines, at, style, step)
    }

    /// `text` broken into lines as [`Svg::lines`] breaks it.
    fn wrap(&self, text: &str, style: Type, width: f32, most: usize) -> Vec<String> {
        wrap(self.measure, text, style, width, most)
    }

    /// `lines`, the first baseline at `at` and each next one `step` lower. Returns the baseline
    /// after the last line.
    fn draw_lines(&mut self, lines: &[String], at: (f32, f32), style: Type, step: f32) -> f32 {
        let (x, mut y) = at;
        for line in lines {
            self.text(line, (x, y), style);
            y += step;
        }
        y
    }

    /// `emblem` in a `size`-wide square at (`left`, `top`), from the same path data as the page's.
    fn emblem(&mut self, emblem: &EmblemDrawing, left: f32, top: f32, size: f32) {
        let scale = size / EMBLEM_BOX as f32;
        let _ = write!(
            self.out,
            r#"<g transform="translate({left} {top}) scale({scale})"><path d="{}" fill="{}"/><path d="{}" fill="none" stroke="{PAPER_WHITE}" stroke-width="3.5" stroke-linecap="round" stroke-linejoin="round"/></g>"#,
            emblem.shape, emblem.fill, emblem.sign
        );
    }

    /// A three-step meter with its top-left at (`left`, `top`), `level` steps filled in `fill`.
    fn meter(&mut self, left: f32, top: f32, level: u8, fill: &str) {
        for step in 0..3u8 {
            let x = left + f32::from(step) * (METER_STEP + METER_GAP);
            let colour = if step < level { fill } else { TRACK };
            let _ = write!(
                self.out,
                r#"<rect x="{x}" y="{top}" width="{METER_STEP}" height="16" rx="8" fill="{colour}"/>"#
            );
        }
    }
}

/// `text` broken at spaces into at most `most` lines no wider than `width`; a word wider than
/// the line gets one of its own. Text left over ends the last line with an ellipsis.
fn wrap(measure: &impl Measure, text: &str, style: Type, width: f32, most: usize) -> Vec<String> {
    let fits = |line: &str| measure.width(line, style.face, style.size) <= width;
    let mut lines: Vec<String> = Vec::new();
    let mut words = text.split_whitespace().peekable();
    while let Some(word) = words.next() {
        let mut line = word.to_owned();
        while let Some(next) = words.peek() {
            let candidate = format!("{line} {next}");
            if !fits(&candidate) {
                break;
            }
            line = candidate;
            words.next();
        }
        if lines.len() + 1 == most && words.peek().is_some() {
            // Whole words go first; a single word too long for the line loses letters.
            while !line.is_empty() && !fits(&format!("{line}…")) {
                match line.rfind(' ') {
                    Some(space) => line.truncate(space),
                    None => {
                        line.pop();
                    }
                }
            }
            let cut = line.trim_end_matches([' ', ',', '.', ';', ':']);
            lines.push(format!("{cut}…"));
            break;
        }
        lines.push(line);
    }
    lines
}
