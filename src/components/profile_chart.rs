//! The profile picture of a result: where the answers sit on the axis, and a bar per path.

use yew::prelude::*;

use super::text;
use crate::view::{percent_text, ChartView};

/// The profile chart of a [`ChartView`].
pub struct ProfileChart<'a> {
    /// What it shows.
    pub chart: &'a ChartView,
}

// Across, places are in tenths of a percent of the chart's width, written as percentages, so the
// SVG is as wide as its box without a viewBox and its text is never scaled: it is set in the page's
// own sizes and weights, which the page has already set up (each further size is a font instance to
// set up before the first layout, and a scaled SVG's text lands on fractional sizes). Down, places
// are sixteenths of the chart's text size (pixels at 16 px), written in em, so the rows grow with
// the text: a reader's larger default font leaves the labels as clear of the bars. Integers keep
// float formatting out of the wasm.
const WIDTH: u32 = 1000;
/// Where the axis starts and ends: far enough in that a marker at either end (10 px to the outer
/// edge of its stroke) and its label, which then starts or ends at the marker's edge, stay inside a
/// chart 225 px wide or wider.
const AXIS_INSET: u32 = 45;
/// How far a path's bar reaches: its fit is written after it, so the path's name above it has the
/// whole width (Spanish's longest name needs it on a phone); the fifth left over holds "100 %" in
/// bold down to a chart 225 px wide.
const BAR_LENGTH: u32 = 800;
/// The markers are drawn in pixels (a 9 px dot, a 16 px square), so a marker's label sits a line's
/// worth of em below the axis plus this many pixels: clear of the marker at every text size.
const MARKER_CLEARANCE: &str = "18";
const AXIS_HEIGHT: u32 = 84;
const ROW_HEIGHT: u32 = 46;

/// `share` (0..=1) of `length`, in whole units.
fn part_of(length: u32, share: f32) -> u32 {
    (share.clamp(0.0, 1.0) * length as f32).round() as u32
}

/// `units` tenths of a percent, as an SVG length.
fn across(units: u32) -> String {
    format!("{}.{}%", units / 10, units % 10)
}

/// `units` sixteenths of an em, as an SVG length.
fn down(units: u32) -> String {
    let ten_thousandths = units * 625;
    format!(
        "{}.{:04}em",
        ten_thousandths / 10000,
        ten_thousandths % 10000
    )
}

/// Where a marker at `axis` goes, and how its label under it is aligned: the label stays inside
/// the picture, so near either end it starts (or ends) at the marker's outer edge, its radius from
/// its centre.
fn place(axis: f32) -> (String, &'static str, &'static str) {
    let x = AXIS_INSET + part_of(WIDTH - 2 * AXIS_INSET, (axis + 1.0) / 2.0);
    let (anchor, dx) = match x {
        x if x < 190 => ("start", "-9"),
        x if x > WIDTH - 190 => ("end", "9"),
        _ => ("middle", "0"),
    };
    (across(x), anchor, dx)
}

/// The second marker of a chart that compares two results, with its label on the row below the
/// first's.
fn second_marker(axis: f32, label: &'static str) -> Html {
    let (x, anchor, dx) = place(axis);
    html! {
        <>
            <rect class="chart-marker second" x={x.clone()} y={down(40)} width="16" height="16" transform="translate(-8 -8)" />
            <text class="chart-you" x={x} dx={dx} y={down(72)} dy={MARKER_CLEARANCE} text-anchor={anchor}>{ label }</text>
        </>
    }
}

impl ProfileChart<'_> {
    /// The chart as one SVG named by its title and described by the chart's words. Sizes are
    /// attributes, not styles, so a strict CSP leaves them alone; colours come from CSS classes.
    pub fn view(self) -> Html {
        let chart = self.chart;
        // A second marker's label goes on a row of its own, so the two never overlap.
        let second_row = if chart.second.is_some() { 20 } else { 0 };
        let height = AXIS_HEIGHT + second_row + ROW_HEIGHT * chart.bars.len() as u32;
        let (marker_x, label_anchor, label_dx) = place(chart.axis);
        html! {
            <svg class="chart" width="100%" height={down(height)} role="img" aria-labelledby="chart-title" aria-describedby="chart-desc">
                <title id="chart-title">{ chart.title }</title>
                <desc id="chart-desc">{ chart.description.clone() }</desc>
                <text class="chart-label" x="0" y={down(16)}>{ text(&chart.ends[0]) }</text>
                <text class="chart-label" x="100%" y={down(16)} text-anchor="end">{ text(&chart.ends[1]) }</text>
                <line class="chart-axis" x1={across(AXIS_INSET)} y1={down(40)} x2={across(WIDTH - AXIS_INSET)} y2={down(40)} />
                <line class="chart-tick" x1="50%" y1={down(32)} x2="50%" y2={down(48)} />
                <circle class="chart-marker" cx={marker_x.clone()} cy={down(40)} r="9" />
                <text class="chart-you" x={marker_x} dx={label_dx} y={down(52)} dy={MARKER_CLEARANCE} text-anchor={label_anchor}>{ chart.marker }</text>
                if let Some((axis, label)) = chart.second {
                    // A hollow square, not a second dot: the two tell apart without colour, and
                    // both show where they meet.
                    { second_marker(axis, label) }
                }
                { for chart.bars.iter().enumerate().map(|(i, bar)| {
                    let top = AXIS_HEIGHT + second_row + ROW_HEIGHT * i as u32;
                    html! {
                        <g class={if bar.is_primary { "chart-row is-primary" } else { "chart-row" }}>
                            <text class="chart-label" x="0" y={down(top + 14)}>{ text(&bar.label) }</text>
                            <rect class="chart-track" x="0" y={down(top + 22)} width={across(BAR_LENGTH)} height={down(16)} rx="3" />
                            <rect class="chart-fill" x="0" y={down(top + 22)} width={across(part_of(BAR_LENGTH, bar.score))} height={down(16)} rx="3" />
                            <text class="chart-value" x="100%" y={down(top + 35)} text-anchor="end">
                                { percent_text(bar.percent) }
                            </text>
                        </g>
                    }
                }) }
            </svg>
        }
    }
}
