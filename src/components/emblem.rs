//! A path's emblem, as an SVG beside its name.

use yew::prelude::*;

use crate::quiz::Emblem;
use crate::view::{EmblemDrawing, EMBLEM_BOX};

/// The emblem of a path. Decorative: the path's name is always beside it, so it is hidden from
/// screen readers.
pub struct EmblemMark {
    /// Which emblem.
    pub emblem: Emblem,
}

impl EmblemMark {
    /// The SVG; its size comes from CSS (`.emblem`), its colours from the emblem's class.
    pub fn view(self) -> Html {
        let drawing = EmblemDrawing::of(self.emblem);
        html! {
            <svg class={format!("emblem {}", drawing.class)} viewBox={format!("0 0 {EMBLEM_BOX} {EMBLEM_BOX}")} aria-hidden="true" focusable="false">
                <path class="emblem-shape" d={drawing.shape} />
                <path class="emblem-sign" d={drawing.sign} />
            </svg>
        }
    }
}
