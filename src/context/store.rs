//! Holds the quiz state for every page and keeps it in storage as it changes.

use std::rc::Rc;

use yew::prelude::*;
use yew::Reducible;

use crate::content::content;
use crate::route::Route;
use crate::state::{Action, Keeping, Phase, QuizState};
use crate::storage::{self, ProgressStore, Stored};

/// The one reducer, as Yew takes it: [`QuizState::reduce`].
impl Reducible for QuizState {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        QuizState::reduce(self, action)
    }
}

/// The quiz state as pages see it: read it, dispatch what the person did.
pub type QuizHandle = UseReducerHandle<QuizState>;

/// The quiz as the page opens in a browser: progress carried by the address or kept in storage,
/// the person's own last result, and the store that keeps every change. [`Opened::read`] runs before
/// the first render (the app's `mount` calls it), so that render is already the right page, with no second
/// render of the whole app once storage has been read.
#[derive(Clone)]
pub struct Opened {
    state: Rc<QuizState>,
    store: Rc<ProgressStore>,
}

/// One reading of the browser, the same only as itself.
impl PartialEq for Opened {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.state, &other.state) && Rc::ptr_eq(&self.store, &other.store)
    }
}

impl Opened {
    /// The quiz as it opened.
    pub fn state(&self) -> &QuizState {
        &self.state
    }

    /// Reads the address and storage. A quiz link that carries progress (an embed's "Open the full
    /// page") wins over storage: it is what the person just asked for. It is read once, then tidied
    /// from the address.
    pub fn read() -> Self {
        let content = content();
        let mut state = Rc::new(QuizState::new(content));
        let hash = super::router::address_hash();
        if let Some(carried) = Route::resume_param(&hash) {
            if let Stored::Found(progress) = storage::parse_envelope(&carried, content) {
                state = state.reduce(Action::Resumed(progress));
            }
        }
        if Route::from_hash(&hash) == Route::Quiz && hash.contains('?') {
            super::router::tidy_address(&Route::Quiz);
        }
        let store = ProgressStore::open();
        state = state.reduce(Action::OpenedStorage {
            available: store.is_available(),
            sandboxed: crate::web::is_sandboxed(),
        });
        if let Stored::Found(code) = store.load_own_result(content) {
            state = state.reduce(Action::RecalledOwnResult(code));
        }
        if let Stored::Found(code) = store.load_friend_result(content) {
            state = state.reduce(Action::RecalledFriendResult(code));
        }
        if let Stored::Found(progress) = store.load(content) {
            state = state.reduce(Action::Resumed(progress));
        }
        Self {
            state,
            store: Rc::new(store),
        }
    }
}

/// The quiz state, starting from what the page `opened` with, every change saved. Without it
/// (server-side rendering, tests) a fresh quiz that keeps nothing.
#[hook]
pub fn use_quiz_store(opened: Option<Opened>) -> QuizHandle {
    let quiz = use_reducer(|| match &opened {
        Some(opened) => (*opened.state).clone(),
        None => QuizState::new(content()),
    });
    let store = opened.map(|opened| opened.store);
    // The result to compare with as storage has it: written when this page changes it, never
    // merely because it has none (another tab may have chosen one since).
    let saved_friend = use_mut_ref(|| quiz.friend_result.clone());

    {
        let quiz = quiz.clone();
        // While a start over can still be undone, storage keeps the quiz it cleared
        // (`QuizState::progress_to_keep`), so its end is a change to save too.
        let deps = (
            quiz.phase.clone(),
            quiz.answers.clone(),
            quiz.cleared.is_some(),
            quiz.friend_result.clone(),
        );
        use_effect_with(deps, move |_| {
            let Some(store) = store else {
                return;
            };
            if *saved_friend.borrow() != quiz.friend_result {
                match &quiz.friend_result {
                    Some(code) => store.save_friend_result(code),
                    None => store.forget_friend_result(),
                }
                saved_friend.replace(quiz.friend_result.clone());
            }
            match quiz.progress_to_keep() {
                Some(progress) => store.save(&progress, quiz.content()),
                None if quiz.phase == Phase::Finished => {
                    store.clear();
                    if let Some(code) = &quiz.own_result {
                        store.save_own_result(code);
                    }
                }
                None => {}
            }
            // A write that failed (storage full): say that answers are no longer kept.
            if quiz.keeping == Keeping::Kept && !store.is_available() {
                quiz.dispatch(Action::OpenedStorage {
                    available: false,
                    sandboxed: false,
                });
            }
        });
    }

    quiz
}
