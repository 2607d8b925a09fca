//! The profile picture of a result: where the answers sit on the axis, and a bar per path.

use yew::prelude::*;

use crate::quiz::percent;

/// One bar of the chart.
#[derive(Clone, PartialEq)]
pub struct ChartBar {
    /// Path name.
    pub label: AttrValue,
    /// 0.0..=1.0.
    pub score: f32,
    /// Whether this is the recommended path (drawn darker).
    pub is_primary: bool,
}

/// The profile picture of one set of answers.
pub struct ProfileChart {
    /// -1.0 (data scientist) ..= 1.0 (ML engineer).
    pub axis: f32,
    /// One bar per path, in display order.
    pub bars: Vec<ChartBar>,
    /// Whether these are the person's own answers ("You") or a shared result's ("Answers").
    pub own: bool,
}

// Whole pixels in a 360-wide viewBox: integer coordinates keep float formatting out of the wasm.
const WIDTH: u32 = 360;
const AXIS_HEIGHT: u32 = 92;
const ROW_HEIGHT: u32 = 52;

/// `share` (0..=1) of `length`, in whole units.
fn part_of(length: u32, share: f32) -> u32 {
    (share.clamp(0.0, 1.0) * length as f32).round() as u32
}

impl ProfileChart {
    /// The chart as one SVG with a title and a full text description for screen readers. Sizes are
    /// attributes, not styles, so a strict CSP leaves them alone; colours come from CSS classes.
    pub fn view(self) -> Html {
        let axis = self.axis.clamp(-1.0, 1.0);
        let height = AXIS_HEIGHT + ROW_HEIGHT * self.bars.len() as u32;
        // The marker's label stays inside the picture: near either end it is aligned to that end.
        let marker_x = 10 + part_of(WIDTH - 20, (axis + 1.0) / 2.0);
        let (label_x, label_anchor) = match marker_x {
            x if x < 70 => (x.saturating_sub(9), "start"),
            x if x > WIDTH - 70 => ((x + 9).min(WIDTH), "end"),
            x => (x, "middle"),
        };
        let label_x = label_x.to_string();
        let toward = if axis < 0.0 {
            "data scientist"
        } else {
            "machine-learning engineer"
        };
        let scores = self
            .bars
            .iter()
            .map(|bar| format!("{} {}%", bar.label, percent(bar.score)))
            .collect::<Vec<_>>()
            .join(", ");
        let (title, marker, whose) = if self.own {
            ("Your profile", "You", "your")
        } else {
            ("Profile of these answers", "Answers", "the")
        };
        // Measured from the middle, as the marker is seen: "6%" alone would read as near an end.
        let lean = match percent(axis.abs()) {
            0 => "sit in the middle".to_owned(),
            p => format!(
                "lean {} toward {toward}, {p}% of the way from the middle to that end",
                match p {
                    1..=33 => "slightly",
                    34..=66 => "clearly",
                    _ => "strongly",
                }
            ),
        };
        let description = format!(
            "On the axis from data scientist to machine-learning engineer, {whose} answers {lean}. Fit per path: {scores}."
        );
        let (width, middle, axis_end) = (
            WIDTH.to_string(),
            (WIDTH / 2).to_string(),
            (WIDTH - 10).to_string(),
        );
        html! {
            <svg class="chart" viewBox={format!("0 0 {WIDTH} {height}")} role="img" aria-labelledby="chart-title" aria-describedby="chart-desc">
                <title id="chart-title">{ title }</title>
                <desc id="chart-desc">{ description }</desc>
                <text class="chart-label" x="0" y="16">{ "Data scientist" }</text>
                <text class="chart-label" x={width.clone()} y="16" text-anchor="end">{ "ML engineer" }</text>
                <line class="chart-axis" x1="10" y1="40" x2={axis_end} y2="40" />
                <line class="chart-tick" x1={middle.clone()} y1="32" x2={middle} y2="48" />
                <circle class="chart-marker" cx={marker_x.to_string()} cy="40" r="9" />
                <text class="chart-you" x={label_x} y="70" text-anchor={label_anchor}>{ marker }</text>
                { for self.bars.iter().enumerate().map(|(i, bar)| {
                    let top = AXIS_HEIGHT + ROW_HEIGHT * i as u32;
                    let (label_y, bar_y) = ((top + 14).to_string(), (top + 22).to_string());
                    html! {
                        <g class={classes!("chart-row", bar.is_primary.then_some("is-primary"))}>
                            <text class="chart-label" x="0" y={label_y.clone()}>{ &bar.label }</text>
                            <text class="chart-value" x={width.clone()} y={label_y} text-anchor="end">
                                { format!("{}%", percent(bar.score)) }
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
