//! Holds the quiz state for every page and keeps it in storage as it changes.

use std::rc::Rc;

use yew::prelude::*;

use crate::content::content;
use crate::state::{Action, Phase, QuizState};
use crate::storage::{ProgressStore, Stored};

/// The quiz state as pages see it: read it, dispatch what the person did.
pub type QuizHandle = UseReducerHandle<QuizState>;

/// Props of [`QuizProvider`].
#[derive(Properties, PartialEq)]
pub struct QuizProviderProps {
    /// The pages.
    pub children: Html,
}

/// Provides the quiz state; restores saved progress once, and saves every change.
#[function_component]
pub fn QuizProvider(props: &QuizProviderProps) -> Html {
    let quiz = use_reducer(|| QuizState::new(content()));
    let store = use_memo((), |_| ProgressStore::open());

    {
        let quiz = quiz.clone();
        let store = Rc::clone(&store);
        use_effect_with((), move |_| {
            if let Stored::Progress(progress) = store.load(quiz.content()) {
                quiz.dispatch(Action::Resumed(progress));
            }
        });
    }
    {
        let store = Rc::clone(&store);
        let quiz = quiz.clone();
        use_effect_with((quiz.phase.clone(), quiz.answers.clone()), move |_| {
            match quiz.progress() {
                Some(progress) => store.save(&progress, quiz.content()),
                None if quiz.phase == Phase::Finished => store.clear(),
                None => {}
            }
        });
    }

    html! {
        <ContextProvider<QuizHandle> context={quiz}>
            { props.children.clone() }
        </ContextProvider<QuizHandle>>
    }
}

/// The quiz state from the nearest [`QuizProvider`].
#[hook]
pub fn use_quiz() -> QuizHandle {
    use_context::<QuizHandle>().expect("pages are rendered inside QuizProvider")
}
