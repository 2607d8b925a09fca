//! How a path's emblem is drawn: one description, in a 48 × 48 box, for the page's SVG and the
//! card's canvas. Each emblem is a different shape, filled in its own colour, with a sign inside
//! stroked in a colour that reads on that fill.

use crate::quiz::Emblem;

/// The side of the square box the emblems are drawn in.
pub const EMBLEM_BOX: u32 = 48;

/// One emblem's drawing.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct EmblemDrawing {
    /// The CSS class that gives it its colours (`static/style.css`, both themes).
    pub class: &'static str,
    /// The outline, as SVG path data: filled.
    pub shape: &'static str,
    /// The sign inside, as SVG path data: stroked, with round ends.
    pub sign: &'static str,
    /// Its fill in the light theme, which the card uses (`style.css` says the same).
    pub fill: &'static str,
}

impl EmblemDrawing {
    /// The drawing of `emblem`.
    pub fn of(emblem: Emblem) -> Self {
        match emblem {
            // A bar chart: the data scientist's.
            Emblem::Circle => Self {
                class: "emblem-circle",
                shape: "M2 24a22 22 0 1 0 44 0a22 22 0 1 0-44 0Z",
                sign: "M15 32V25M22 32V16M29 32V21M34 32V13",
                fill: "#0f766e",
            },
            // A bolt: proven tools put to work.
            Emblem::Shield => Self {
                class: "emblem-shield",
                shape: "M24 1L44 8.5V23C44 34.5 35.5 42.5 24 47C12.5 42.5 4 34.5 4 23V8.5Z",
                sign: "M27 10L17 26H25L21 38L31 22H23Z",
                fill: "#1d4ed8",
            },
            // Angle brackets: code.
            Emblem::Hexagon => Self {
                class: "emblem-hexagon",
                shape: "M24 1L44 12.5V35.5L24 47L4 35.5V12.5Z",
                sign: "M19 16L12 24L19 32M29 16L36 24L29 32",
                fill: "#6d28d9",
            },
            // A sigma: the maths beneath.
            Emblem::Diamond => Self {
                class: "emblem-diamond",
                shape: "M24 1L47 24L24 47L1 24Z",
                sign: "M30 15H18L25 24L18 33H30",
                fill: "#b3420d",
            },
        }
    }
}
