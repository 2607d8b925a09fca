//! The example result on the landing page: a result's first screen, marked as an example.

use yew::prelude::*;

use super::{fixed_markup, text, EmblemMark, ProfileChart};
use crate::content::ui;
use crate::view::ExampleResult;

/// What a result looks like: the path with its emblem, its hook and the chart, under a heading that
/// says it is an example, so that nobody takes it for their own.
pub struct ExampleCard<'a> {
    /// The example.
    pub example: &'a ExampleResult,
}

impl ExampleCard<'_> {
    /// The card, a section of the page: its heading is an `h2`, the path's name an `h3`.
    pub fn view(self) -> Html {
        let path = self.example.path;
        html! {
            <section class="example" aria-labelledby="example-heading">
                { fixed_markup(concat!(r#"<h2 id="example-heading" class="example-label">"#, ui!(example.heading), "</h2>")) }
                <div class="example-body">
                    <div>
                        <div class="path-heading">
                            { EmblemMark { emblem: path.emblem }.view() }
                            <div class="emblem-title">
                                { fixed_markup(concat!(r#"<p class="eyebrow">"#, ui!(example.best_fit), "</p>")) }
                                <h3>{ text(&path.name) }</h3>
                            </div>
                        </div>
                        <p class="example-hook"><q>{ text(&path.result.headline) }</q></p>
                        { fixed_markup(concat!(r#"<p class="example-note">"#, ui!(example.note), "</p>")) }
                    </div>
                    { ProfileChart { chart: &self.example.chart }.view() }
                </div>
            </section>
        }
    }
}
