//! Holds the quiz state for every page and keeps it in storage as it changes.

use std::rc::Rc;

use yew::prelude::*;

use super::Route;
use crate::content::content;
use crate::state::{Action, Phase, QuizState};
use crate::storage::{self, ProgressStore, Stored};

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
    // Opened in the first effect, not during render: rendering stays free of browser calls.
    let store = use_mut_ref(|| None::<ProgressStore>);

    {
        let quiz = quiz.clone();
        let store = Rc::clone(&store);
        use_effect_with((), move |_| {
            // A quiz link that carries progress (an embed's "Open the full page") wins over storage:
            // it is what the person just asked for. Read once, then gone from the address.
            let hash = super::router::address_hash();
            if let Some(carried) = Route::resume_param(&hash) {
                if let Stored::Found(progress) = storage::parse_envelope(&carried, quiz.content()) {
                    quiz.dispatch(Action::Resumed(progress));
                }
            }
            if Route::from_hash(&hash) == Route::Quiz && hash.contains('?') {
                super::router::tidy_address(&Route::Quiz);
            }
            let opened = ProgressStore::open();
            quiz.dispatch(Action::OpenedStorage {
                available: opened.is_available(),
            });
            if let Stored::Found(code) = opened.load_own_result(quiz.content()) {
                quiz.dispatch(Action::RecalledOwnResult(code));
            }
            if let Stored::Found(progress) = opened.load(quiz.content()) {
                quiz.dispatch(Action::Resumed(progress));
            }
            *store.borrow_mut() = Some(opened);
        });
    }
    {
        let quiz = quiz.clone();
        use_effect_with((quiz.phase.clone(), quiz.answers.clone()), move |_| {
            let Some(store) = &*store.borrow() else {
                return;
            };
            match quiz.progress() {
                Some(progress) => store.save(&progress, quiz.content()),
                None if quiz.phase == Phase::Finished => {
                    store.clear();
                    if let Some(code) = &quiz.own_result {
                        store.save_own_result(code);
                    }
                }
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
