//! How far through the quiz the person is, for eyes and for screen readers.

use yew::prelude::*;

/// Props of [`ProgressBar`].
#[derive(Properties, PartialEq)]
pub struct ProgressBarProps {
    /// Questions answered so far.
    pub answered: usize,
    /// Questions in the quiz.
    pub total: usize,
}

/// A `role="progressbar"` whose value is the number of questions answered. The bar is an SVG rect
/// sized by attribute, since a strict CSP drops `style` attributes.
#[function_component]
pub fn ProgressBar(props: &ProgressBarProps) -> Html {
    let total = props.total.max(1);
    let percent = props.answered.min(total) * 100 / total;
    html! {
        <div
            class="progress"
            role="progressbar"
            aria-label="Questions answered"
            aria-valuemin="0"
            aria-valuemax={total.to_string()}
            aria-valuenow={props.answered.to_string()}
            aria-valuetext={format!("{} of {} answered", props.answered, props.total)}
        >
            <svg class="progress-track" viewBox="0 0 100 4" preserveAspectRatio="none" aria-hidden="true" focusable="false">
                <rect class="progress-fill" x="0" y="0" height="4" width={percent.to_string()} />
            </svg>
        </div>
    }
}
