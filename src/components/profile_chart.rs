//! The profile picture of a result: where the answers sit on the axis, and a bar per path.

use yew::prelude::*;

use super::text;
use crate::view::{percent_text, ChartView};

/// The profile chart of a [`ChartView`].
pub struct ProfileChart<'a> {
    /// What it shows.
    pub chart: &'a ChartView,
}

// Whole pixels in a 360-wide viewBox: integer coordinates keep float formatting out of the wasm.
const WIDTH: u32 = 360;
const AXIS_HEIGHT: u32 = 84;
const ROW_HEIGHT: u32 = 46;

/// `share` (0..=1) of `length`, in whole units.
fn part_of(length: u32, share: f32) -> u32 {
    (share.clamp(0.0, 1.0) * length as f32).round() as u32
}

/// Where a marker at `axis` goes, and its label under it: the label stays inside the picture, so
/// near either end it is aligned to that end.
fn place(axis: f32) -> (u32, u32, &'static str) {
    let x = 10 + part_of(WIDTH - 20, (axis + 1.0) / 2.0);
    match x {
        x if x < 70 => (x, x.saturating_sub(9), "start"),
        x if x > WIDTH - 70 => (x, (x + 9).min(WIDTH), "end"),
        x => (x, x, "middle"),
    }
}

/// The second marker of a chart that compares two results, with its label on the row below the
/// first's.
fn second_marker(axis: f32, label: &'static str) -> Html {
    let (x, label_x, anchor) = place(axis);
    html! {
        <>
            <rect class="chart-marker second" x={(x - 8).to_string()} y="32" width="16" height="16" />
            <text class="chart-you" x={label_x.to_string()} y="90" text-anchor={anchor}>{ label }</text>
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
        let (marker_x, label_x, label_anchor) = place(chart.axis);
        let (width, middle, axis_end) = (
            WIDTH.to_string(),
            (WIDTH / 2).to_string(),
            (WIDTH - 10).to_string(),
        );
        html! {
            <svg class="chart" viewBox={format!("0 0 {WIDTH} {height}")} role="img" aria-labelledby="chart-title" aria-describedby="chart-desc">
                <title id="chart-title">{ chart.title }</title>
                <desc id="chart-desc">{ chart.description.clone() }</desc>
                <text class="chart-label" x="0" y="16">{ text(&chart.ends[0]) }</text>
                <text class="chart-label" x={width.clone()} y="16" text-anchor="end">{ text(&chart.ends[1]) }</text>
                <line class="chart-axis" x1="10" y1="40" x2={axis_end} y2="40" />
                <line class="chart-tick" x1={middle.clone()} y1="32" x2={middle} y2="48" />
                <circle class="chart-marker" cx={marker_x.to_string()} cy="40" r="9" />
                <text class="chart-you" x={label_x.to_string()} y="70" text-anchor={label_anchor}>{ chart.marker }</text>
                if let Some((axis, label)) = chart.second {
                    // A hollow square, not a second dot: the two tell apart without colour, and
                    // both show where they meet.
                    { second_marker(axis, label) }
                }
                { for chart.bars.iter().enumerate().map(|(i, bar)| {
                    let top = AXIS_HEIGHT + second_row + ROW_HEIGHT * i as u32;
                    let (label_y, bar_y) = ((top + 14).to_string(), (top + 22).to_string());
                    html! {
                        <g class={if bar.is_primary { "chart-row is-primary" } else { "chart-row" }}>
                            <text class="chart-label" x="0" y={label_y.clone()}>{ text(&bar.label) }</text>
                            <text class="chart-value" x={width.clone()} y={label_y} text-anchor="end">
                                { percent_text(bar.percent) }
                            </text>
                            <rect class="chart-track" x="0" y={bar_y.clone()} width={width.clone()} height="16" rx="3" />
                            <rect class="chart-fill" x="0" y={bar_y} width={part_of(WIDTH, bar.score).to_string()} height="16" rx="3" />
                        </g>
                    }
                }) }
            </svg>
        }
    }
}
