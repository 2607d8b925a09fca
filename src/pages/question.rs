//! One question at a time, with progress, Back, Skip and Next.

use yew::prelude::*;

use crate::components::{text, ChoiceList, ProgressBar};
use crate::content::ui;
use crate::context::{show_new_page, use_navigator, use_quiz, use_title};
use crate::quiz::{ChoiceId, Question, QuestionKind, Role, Verdict, Who};
use crate::route::{ResultCode, Route};
use crate::state::{Action, Phase};
use crate::view::keeping_note;

/// The question screen. Focus moves to the heading at every step, which names the step and the question.
#[function_component]
pub fn QuestionPage() -> Html {
    let quiz = use_quiz();
    let navigator = use_navigator();
    let at = quiz.at();
    let step = ui!(question.step, number = at + 1, total = quiz.total());
    use_title(Some(step.clone()));

    // Each next question starts at the top, as a new page does, so the progress bar (and in an embed
    // the frame's top) is in view, with focus on its heading. The first one is shown as any page is:
    // focused after a move, left alone after Back or Forward (see the router).
    let is_mounted = use_mut_ref(|| false);
    use_effect_with(at, move |_| {
        if is_mounted.replace(true) {
            show_new_page();
        }
    });
    use_effect_with(quiz.phase.clone(), {
        let quiz = quiz.clone();
        move |phase| {
            // The finished quiz's code is the person's own result (the state sets both at once).
            if let (Phase::Finished, Some(navigator), Some(code)) =
                (phase, navigator, &quiz.own_result)
            {
                navigator.replace(Route::Result {
                    code: ResultCode::from(code.as_str()),
                });
            }
        }
    });

    let Some(question) = quiz.question() else {
        return html! {};
    };
    let selected = quiz.shown_choice().cloned();
    let is_checked = quiz.is_checked();
    let dispatch = |action: Action| {
        let quiz = quiz.clone();
        Callback::from(move |_: MouseEvent| quiz.dispatch(action.clone()))
    };
    let cleared = quiz.cleared.as_ref().map(|cleared| {
        let count = cleared.answers.len();
        (
            ui!(question.cleared[count], count = count),
            ui!(question.bring_back[count], count = count),
        )
    });
    // The button goes with the note: focus moves to the heading (which stays, whichever question
    // comes back), not to nowhere.
    let undo = {
        let quiz = quiz.clone();
        Callback::from(move |_: MouseEvent| {
            quiz.dispatch(Action::UndidStartOver);
            show_new_page();
        })
    };
    let on_choose = {
        let quiz = quiz.clone();
        let question = question.id.clone();
        Callback::from(move |choice: ChoiceId| {
            quiz.dispatch(Action::Chose {
                question: question.clone(),
                choice,
            })
        })
    };
    // One button moves on, and where a pick is checked first, the same button checks it (so focus
    // stays on it): "Check", then "Next".
    let (primary, primary_name, on_primary) = if quiz.awaits_check() {
        (
            ui!(question.check),
            Some(ui!(question.check_name)),
            dispatch(Action::Checked),
        )
    } else if quiz.is_last() {
        (
            ui!(question.see_result),
            None,
            dispatch(Action::PressedNext),
        )
    } else {
        (ui!(question.next), None, dispatch(Action::PressedNext))
    };
    // The choices are named by the question, and by its scene where it has one ("them" in "Who
    // usually shows them?" needs the sentence before it).
    let labelled_by = if question.scenario.is_some() {
        "question-scenario question-prompt"
    } else {
        "question-prompt"
    };
    let help_id = question.help.as_ref().map(|_| "question-help");

    html! {
        <main class="page question" id="main" aria-label={super::main_label()}>
            { ProgressBar { answered: quiz.answers.len(), total: quiz.total() }.view() }
            <p class="step" aria-hidden="true">{ &step }</p>
            // Focus moves to the heading at every step, and to the first one when the quiz is entered
            // from another page: a screen reader reads the step with the prompt, once. (Opened
            // directly at `#/quiz`, the page is read from the top, the heading included.) The choices
            // are named by the prompt alone.
            // The scene in regular weight, the question in bold: both in the heading, which names the
            // step and the question wherever focus lands on it.
            <h1 id="question-heading" tabindex="-1" aria-describedby={cleared.as_ref().map(|_| "cleared-note")}>
                <span class="visually-hidden">{ ui!(question.step_heading, step = step) }</span>
                if let Some(scenario) = &question.scenario {
                    <span id="question-scenario" class="scenario">{ text(scenario) }</span>{ " " }
                }
                <span id="question-prompt" class="ask">{ text(&question.prompt) }</span>
            </h1>
            if let Some(help) = &question.help {
                <p id="question-help" class="help">{ text(help) }</p>
            }
            if let Some((note, bring_back)) = cleared {
                // "Start over" is one press: it can be taken back until the fresh quiz is begun. The
                // heading, where focus arrives, is described by the note, so it is heard.
                <div class="cleared-note">
                    <p id="cleared-note">{ note }</p>
                    <button type="button" class="button" onclick={undo}>{ bring_back }</button>
                </div>
            }
            { ChoiceList { question, selected: selected.clone(), is_final: is_checked, labelled_by, described_by: help_id, on_choose }.view() }
            // Right under the choices, and the explanation below them: what appears after "Check"
            // never pushes Next away (on a phone the row also stays at the screen's foot).
            <div class="actions quiz-nav">
                <button type="button" class="button" onclick={dispatch(Action::PressedBack)} disabled={at == 0}>{ ui!(question.back) }</button>
                // A checked answer is final: nothing to skip. Skipping forgets a choice picked, which
                // the button's name says (never done silently).
                if !is_checked {
                    <button type="button" class="button subtle" onclick={dispatch(Action::Skipped)}
                        aria-label={selected.is_some().then_some(ui!(question.skip_and_clear))}>{ ui!(question.skip) }</button>
                }
                <button type="button" class="button primary" onclick={on_primary} aria-label={primary_name}>{ primary }</button>
            </div>
            { RoleFeedback { question, answer: quiz.answers.get(&question.id).cloned() }.view() }
            // After the buttons, not between the choices and Next: it is the same on every question, and
            // above Next it pushed Next out of the first 1000 px of a narrow WordPress frame.
            if let Some(note) = keeping_note(quiz.keeping) {
                <p class="keeping-note">{ note }</p>
            }
        </main>
    }
}

/// After a "who usually does this?" answer is checked: how it went, and why.
struct RoleFeedback {
    question: &'static Question,
    /// The checked answer: a pick not checked yet has no feedback.
    answer: Option<ChoiceId>,
}

impl RoleFeedback {
    /// The verdict and the explanation. The live region is always present so screen readers
    /// announce what appears in it.
    fn view(self) -> Html {
        let QuestionKind::WhoDoesIt {
            explanation,
            answer,
        } = &self.question.kind
        else {
            return html! {};
        };
        let said = self
            .answer
            .as_ref()
            .and_then(|choice| self.question.choice(choice)?.role)
            .map(|picked| {
                let (class, opening) = match answer.verdict(picked) {
                    Verdict::Right => ("verdict is-right", ui!(question.right)),
                    Verdict::Partly => ("verdict is-partly", ui!(question.partly)),
                    Verdict::Wrong => ("verdict is-wrong", ui!(question.wrong)),
                };
                (class, opening, usual_split(*answer, picked))
            });
        html! {
            <div class="feedback" role="status">
                if let Some((class, opening, usual_split)) = said {
                    <p {class}>
                        <strong>{ opening }</strong>
                        { usual_split }
                    </p>
                    <p>{ text(explanation) }</p>
                }
            </div>
        }
    }
}

/// After the verdict, for an answer naming `picked` where `answer` usually does the work: the
/// usual split, granting that teams differ to an honest "both" where one role usually does it. A
/// sentence per role, since languages inflect a name in a sentence each their own way.
fn usual_split(answer: Who, picked: Who) -> &'static str {
    use Role::{DataScientist, MlEngineer};
    match (answer.role(), picked.role()) {
        (Some(DataScientist), None) => ui!(question.both_picked_data_scientist),
        (Some(MlEngineer), None) => ui!(question.both_picked_ml_engineer),
        (Some(DataScientist), Some(_)) => ui!(question.usually_data_scientist),
        (Some(MlEngineer), Some(_)) => ui!(question.usually_ml_engineer),
        (None, Some(DataScientist)) => ui!(question.not_alone_data_scientist),
        (None, Some(MlEngineer)) => ui!(question.not_alone_ml_engineer),
        (None, None) => ui!(question.both),
    }
}
