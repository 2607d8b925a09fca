//! The result card: a 1200×630 PNG drawn on a canvas, with the path, the profile chart and the quiz's address.

use wasm_bindgen::JsCast;
use web_sys::{CanvasRenderingContext2d, HtmlCanvasElement, Path2d};

use crate::view::{percent_text, CardContent, ChartView, EmblemDrawing, EMBLEM_BOX};

/// Card width in pixels: the size social networks preview.
pub const CARD_WIDTH: u32 = 1200;
/// Card height in pixels.
pub const CARD_HEIGHT: u32 = 630;

const FONT: &str = "system-ui, sans-serif";
const INK: &str = "#1c1b22";
const MUTED: &str = "#4d4b57";
const ACCENT: &str = "#0b5fad";
const TRACK: &str = "#e6e3dc";
const PAPER: &str = "#fbfaf7";
/// The sign inside an emblem, as on the page in the light theme.
const PAPER_WHITE: &str = "#ffffff";

fn context(canvas: &HtmlCanvasElement) -> Option<CanvasRenderingContext2d> {
    canvas.get_context("2d").ok()??.dyn_into().ok()
}

/// Breaks `text` into lines no wider than `width` in the current font.
fn wrap(ctx: &CanvasRenderingContext2d, text: &str, width: f64) -> Vec<String> {
    let mut lines = Vec::new();
    let mut line = String::new();
    for word in text.split_whitespace() {
        let candidate = if line.is_empty() {
            word.to_owned()
        } else {
            format!("{line} {word}")
        };
        let fits = ctx
            .measure_text(&candidate)
            .map(|m| m.width() <= width)
            .unwrap_or(true);
        if fits || line.is_empty() {
            line = candidate;
        } else {
            lines.push(std::mem::replace(&mut line, word.to_owned()));
        }
    }
    if !line.is_empty() {
        lines.push(line);
    }
    lines
}

/// Draws the card, with the result's link (`address`) at its foot, on a fresh canvas and returns it as a
/// PNG `data:` URL.
pub fn draw_card(card: &CardContent, address: &str) -> Option<String> {
    let document = web_sys::window()?.document()?;
    let canvas: HtmlCanvasElement = document.create_element("canvas").ok()?.dyn_into().ok()?;
    canvas.set_width(CARD_WIDTH);
    canvas.set_height(CARD_HEIGHT);
    let ctx = context(&canvas)?;
    let (width, height) = (f64::from(CARD_WIDTH), f64::from(CARD_HEIGHT));

    ctx.set_fill_style_str(PAPER);
    ctx.fill_rect(0.0, 0.0, width, height);
    ctx.set_fill_style_str(card.emblem.fill);
    ctx.fill_rect(0.0, 0.0, 16.0, height);
    ctx.set_text_baseline("alphabetic");

    ctx.set_fill_style_str(MUTED);
    ctx.set_font(&format!("700 28px {FONT}"));
    let _ = ctx.fill_text(&card.heading, 64.0, 84.0);
    draw_emblem(&ctx, &card.emblem, 64.0, 122.0, 64.0);
    ctx.set_fill_style_str(MUTED);
    ctx.set_font(&format!("32px {FONT}"));
    let _ = ctx.fill_text(card.eyebrow, 148.0, 166.0);
    ctx.set_fill_style_str(INK);
    ctx.set_font(&format!("700 64px {FONT}"));
    let mut y = 244.0;
    for line in wrap(&ctx, card.path_name, 560.0) {
        let _ = ctx.fill_text(&line, 64.0, y);
        y += 72.0;
    }
    ctx.set_fill_style_str(MUTED);
    ctx.set_font(&format!("italic 34px {FONT}"));
    y += 8.0;
    for line in wrap(&ctx, card.hook, 540.0).into_iter().take(3) {
        let _ = ctx.fill_text(&line, 64.0, y);
        y += 46.0;
    }
    // The result link, on one line across the foot (shrunk to fit where it is long).
    ctx.set_font(&format!("22px {FONT}"));
    let _ = ctx.fill_text_with_max_width(address, 64.0, height - 26.0, width - 128.0);

    draw_chart(&ctx, card.chart, 680.0, 140.0, 456.0);
    ctx.set_font(&format!("20px {FONT}"));
    ctx.set_fill_style_str(MUTED);
    let mut y = height - 88.0;
    for line in wrap(&ctx, card.fit_note, 456.0).into_iter().take(2) {
        let _ = ctx.fill_text(&line, 680.0, y);
        y += 26.0;
    }
    canvas.to_data_url_with_type("image/png").ok()
}

/// The emblem in a `size`-wide square at (`left`, `top`), from the same path data as the page's.
fn draw_emblem(
    ctx: &CanvasRenderingContext2d,
    emblem: &EmblemDrawing,
    left: f64,
    top: f64,
    size: f64,
) {
    let (Ok(shape), Ok(sign)) = (
        Path2d::new_with_path_string(emblem.shape),
        Path2d::new_with_path_string(emblem.sign),
    ) else {
        return;
    };
    ctx.save();
    let _ = ctx.translate(left, top);
    let _ = ctx.scale(size / f64::from(EMBLEM_BOX), size / f64::from(EMBLEM_BOX));
    ctx.set_fill_style_str(emblem.fill);
    ctx.fill_with_path_2d(&shape);
    ctx.set_stroke_style_str(PAPER_WHITE);
    ctx.set_line_width(3.5);
    ctx.set_line_cap("round");
    ctx.set_line_join("round");
    ctx.stroke_with_path(&sign);
    ctx.restore();
}

/// The axis and one bar per path, in a column `width` wide starting at (`left`, `top`).
fn draw_chart(ctx: &CanvasRenderingContext2d, chart: &ChartView, left: f64, top: f64, width: f64) {
    ctx.set_font(&format!("24px {FONT}"));
    ctx.set_fill_style_str(MUTED);
    let _ = ctx.fill_text(&chart.ends[0], left, top);
    ctx.set_text_align("end");
    let _ = ctx.fill_text(&chart.ends[1], left + width, top);
    ctx.set_text_align("start");
    ctx.set_fill_style_str(MUTED);
    ctx.fill_rect(left, top + 30.0, width, 4.0);
    let marker = left + (f64::from(chart.axis.clamp(-1.0, 1.0)) + 1.0) / 2.0 * width;
    ctx.set_fill_style_str(ACCENT);
    ctx.begin_path();
    let _ = ctx.arc(marker, top + 32.0, 14.0, 0.0, std::f64::consts::TAU);
    ctx.fill();
    // The marker's label under it ("You" on one's own card), kept inside the column.
    ctx.set_font(&format!("700 22px {FONT}"));
    ctx.set_fill_style_str(INK);
    ctx.set_text_align("center");
    let label_x = marker.clamp(left + 30.0, left + width - 30.0);
    let _ = ctx.fill_text(chart.marker, label_x, top + 74.0);
    ctx.set_text_align("start");

    let mut y = top + 112.0;
    for bar in &chart.bars {
        let is_primary = bar.is_primary;
        let score = f64::from(bar.score.clamp(0.0, 1.0));
        ctx.set_fill_style_str(INK);
        ctx.set_font(&format!(
            "{} 24px {FONT}",
            if is_primary { "700" } else { "400" }
        ));
        let _ = ctx.fill_text(&bar.label, left, y);
        ctx.set_text_align("end");
        let _ = ctx.fill_text(&percent_text(bar.percent), left + width, y);
        ctx.set_text_align("start");
        ctx.set_fill_style_str(TRACK);
        ctx.fill_rect(left, y + 12.0, width, 22.0);
        ctx.set_fill_style_str(if is_primary { ACCENT } else { MUTED });
        ctx.fill_rect(left, y + 12.0, width * score, 22.0);
        y += 76.0;
    }
}
