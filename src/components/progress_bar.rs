//! How far through the quiz the person is, for eyes and for screen readers.

use yew::prelude::*;

use crate::content::ui;

/// How many of the questions are answered.
pub struct ProgressBar {
    /// Questions answered so far.
    pub answered: usize,
    /// Questions in the quiz.
    pub total: usize,
}

impl ProgressBar {
    /// A `role="progressbar"` whose value is the number of questions answered. The bar is an SVG
    /// rect sized by attribute, since a strict CSP drops `style` attributes.
    pub fn view(self) -> Html {
        let total = self.total.max(1);
        let percent = self.answered.min(total) * 100 / total;
        html! {
            <div
                class="progress"
                role="progressbar"
                aria-label={ui!(question.progress_label)}
                aria-valuemin="0"
                aria-valuemax={total.to_string()}
                aria-valuenow={self.answered.to_string()}
                aria-valuetext={ui!(question.progress_value, answered = self.answered, total = self.total)}
            >
                <svg class="progress-track" viewBox="0 0 100 4" preserveAspectRatio="none" aria-hidden="true" focusable="false">
                    <rect class="progress-fill" x="0" y="0" height="4" width={percent.to_string()} />
                </svg>
            </div>
        }
    }
}
