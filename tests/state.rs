//! The quiz reducer: each thing a person does moves the quiz as expected, and nothing else changes it.

use std::rc::Rc;

use mlpath::content::content;
use mlpath::quiz::{Answers, ChoiceId, QuestionId, ShareCode};
use mlpath::state::Progress;
use mlpath::state::{Action, Keeping, Phase, QuizState};

fn fresh() -> Rc<QuizState> {
    Rc::new(QuizState::new(content()))
}

fn apply(state: Rc<QuizState>, actions: impl IntoIterator<Item = Action>) -> Rc<QuizState> {
    actions
        .into_iter()
        .fold(state, |state, action| state.reduce(action))
}

/// A quiz answered to the end, every question with its first choice.
fn finished() -> Rc<QuizState> {
    let total = content().questions.len();
    apply(
        fresh(),
        std::iter::once(Action::Started).chain((0..total).flat_map(|at| {
            let mut actions = answer(at, 0);
            actions.push(Action::PressedNext);
            actions
        })),
    )
}

/// What answering question `at` with its `choice` takes: the choice, and "Check" where a pick is
/// checked before it counts.
fn answer(at: usize, choice: usize) -> Vec<Action> {
    let mut actions = vec![choose(at, choice)];
    if content().questions[at].is_final_once_checked() {
        actions.push(Action::Checked);
    }
    actions
}

/// The index of the first "who usually does this?" item, and of the question before it.
fn first_who_does_it() -> usize {
    let at = content()
        .questions
        .iter()
        .position(|q| q.is_final_once_checked())
        .expect("a who-does-it item");
    assert!(at > 0, "a question comes before it");
    at
}

fn choose(at: usize, choice: usize) -> Action {
    let question = &content().questions[at];
    Action::Chose {
        question: question.id.clone(),
        choice: question.choices[choice].id.clone(),
    }
}

#[test]
fn starting_shows_the_first_question() {
    let state = apply(fresh(), [Action::Started]);
    assert_eq!(state.phase, Phase::Answering { at: 0 });
    assert_eq!(
        state.question().map(|q| &q.id),
        Some(&content().questions[0].id)
    );
}

#[test]
fn next_and_back_move_one_question_and_keep_answers() {
    let state = apply(
        fresh(),
        [Action::Started, choose(0, 1), Action::PressedNext]
            .into_iter()
            .chain(answer(1, 0)),
    );
    assert_eq!(state.phase, Phase::Answering { at: 1 });
    let state = apply(state, [Action::PressedBack]);
    assert_eq!(state.phase, Phase::Answering { at: 0 });
    assert_eq!(state.answers.len(), 2);
    let state = apply(state, [Action::PressedBack]);
    assert_eq!(
        state.phase,
        Phase::Answering { at: 0 },
        "Back on the first question stays there"
    );
}

#[test]
fn skipping_forgets_the_answer_and_moves_on() {
    let state = apply(fresh(), [Action::Started, choose(0, 1), Action::Skipped]);
    assert_eq!(state.phase, Phase::Answering { at: 1 });
    assert!(state.answers.is_empty());
}

#[test]
fn next_on_the_last_question_finishes() {
    let total = content().questions.len();
    let state = apply(
        fresh(),
        std::iter::once(Action::Started).chain((0..total).map(|_| Action::PressedNext)),
    );
    assert_eq!(state.phase, Phase::Finished);
    assert!(
        state.progress().is_none(),
        "a finished quiz has no progress to save"
    );
}

#[test]
fn starting_after_a_result_begins_a_fresh_sheet() {
    let finished = finished();
    assert_eq!(finished.phase, Phase::Finished);
    assert_eq!(finished.answers.len(), content().questions.len());
    for action in [Action::Started, Action::StartedOver] {
        let state = apply(Rc::clone(&finished), [action]);
        assert_eq!(state.phase, Phase::Answering { at: 0 });
        assert!(state.answers.is_empty());
    }
}

#[test]
fn choices_that_are_not_in_the_content_are_ignored() {
    let state = apply(fresh(), [Action::Started]);
    let next = Rc::clone(&state).reduce(Action::Chose {
        question: QuestionId::new("no-such-question"),
        choice: ChoiceId::new("nope"),
    });
    assert!(
        Rc::ptr_eq(&state, &next),
        "unchanged state is not re-rendered"
    );
}

#[test]
fn resuming_restores_progress_only_before_anything_happened() {
    let mut answers = Answers::new();
    let q = &content().questions[0];
    answers.answer(q.id.clone(), q.choices[0].id.clone());
    let progress = Progress {
        at: 3,
        answers: answers.clone(),
    };

    let resumed = apply(fresh(), [Action::Resumed(progress.clone())]);
    assert_eq!(resumed.phase, Phase::Answering { at: 3 });
    assert_eq!(resumed.answers, answers);

    let busy = apply(
        fresh(),
        [Action::Started, choose(0, 1), Action::Resumed(progress)],
    );
    assert_eq!(
        busy.phase,
        Phase::Answering { at: 0 },
        "a late read never undoes fresh answers"
    );
}

#[test]
fn opening_storage_says_whether_answers_survive_a_reload() {
    assert_eq!(fresh().keeping, Keeping::Unknown);
    let opened = |available, sandboxed| {
        apply(
            fresh(),
            [Action::OpenedStorage {
                available,
                sandboxed,
            }],
        )
    };
    let kept = opened(true, false);
    assert_eq!(kept.keeping, Keeping::Kept);
    let refused = opened(false, false);
    assert_eq!(refused.keeping, Keeping::Refused);
    assert_ne!(*kept, *refused, "views follow the change");
    // In a sandbox without storage, the site around the quiz refused it, not the browser.
    assert_eq!(opened(false, true).keeping, Keeping::Sandboxed);
    // Storage that works is kept, whatever the origin looks like.
    assert_eq!(opened(true, true).keeping, Keeping::Kept);
    // A write that fails later (storage full) is the browser's refusal.
    let full = apply(
        kept,
        [Action::OpenedStorage {
            available: false,
            sandboxed: false,
        }],
    );
    assert_eq!(full.keeping, Keeping::Refused);
}

#[test]
fn starting_over_a_quiz_under_way_can_be_undone_until_the_fresh_one_is_begun() {
    let under_way = apply(
        fresh(),
        [Action::Started, choose(0, 0), Action::PressedNext]
            .into_iter()
            .chain(answer(1, 1))
            .chain([Action::PressedNext]),
    );
    assert_eq!(under_way.phase, Phase::Answering { at: 2 });
    assert_eq!(under_way.answers.len(), 2);
    let over = apply(Rc::clone(&under_way), [Action::StartedOver]);
    assert_eq!(over.phase, Phase::Answering { at: 0 });
    assert!(over.answers.is_empty());
    assert_eq!(
        over.cleared,
        Some(Progress {
            at: 2,
            answers: under_way.answers.clone()
        })
    );

    // Storage keeps the cleared quiz while it can be brought back.
    assert_eq!(over.progress_to_keep(), over.cleared);
    // Undo: back where it was, with every answer, and nothing left to undo.
    let undone = apply(Rc::clone(&over), [Action::UndidStartOver]);
    assert_eq!(undone.phase, under_way.phase);
    assert_eq!(undone.answers, under_way.answers);
    assert_eq!(undone.cleared, None);
    let again = apply(Rc::clone(&undone), [Action::UndidStartOver]);
    assert!(Rc::ptr_eq(&undone, &again), "a second Undo does nothing");

    // Beginning the fresh quiz (an answer, Next, Skip, or Continue from the landing page) ends the offer.
    for begun in [
        choose(0, 1),
        Action::PressedNext,
        Action::Skipped,
        Action::Started,
    ] {
        let fresh_quiz = apply(Rc::clone(&over), [begun.clone()]);
        assert_eq!(fresh_quiz.cleared, None, "{begun:?}");
        let undone = apply(fresh_quiz, [Action::UndidStartOver]);
        assert_ne!(undone.answers, under_way.answers, "{begun:?}");
    }
    // Neither Back on the fresh first question nor pressing Start over again loses it.
    for kept in [Action::PressedBack, Action::StartedOver] {
        let still = apply(Rc::clone(&over), [kept.clone()]);
        assert_eq!(still.cleared, over.cleared, "{kept:?}");
        let undone = apply(still, [Action::UndidStartOver]);
        assert_eq!(undone.answers, under_way.answers, "{kept:?}");
    }
}

#[test]
fn starting_over_with_nothing_under_way_has_nothing_to_undo() {
    let finished = finished();
    let unanswered = apply(fresh(), [Action::Started, Action::PressedNext]);
    for state in [fresh(), unanswered, finished] {
        let over = apply(state, [Action::StartedOver]);
        assert_eq!(over.cleared, None);
        assert!(over.answers.is_empty());
    }
}

#[test]
fn a_who_does_it_pick_counts_once_checked_and_the_checked_answer_is_final() {
    let at = first_who_does_it();
    let question = &content().questions[at];
    let picked = |state: &QuizState| state.answers.get(&question.id).cloned();
    let on_it = apply(
        fresh(),
        std::iter::once(Action::Started).chain((0..at).map(|_| Action::PressedNext)),
    );
    assert_eq!(on_it.phase, Phase::Answering { at });

    // Picked, not checked: shown, free to change, not an answer yet.
    let unchecked = apply(Rc::clone(&on_it), [choose(at, 0), choose(at, 1)]);
    assert_eq!(unchecked.shown_choice(), Some(&question.choices[1].id));
    assert!(unchecked.awaits_check());
    assert!(!unchecked.is_checked());
    assert_eq!(picked(&unchecked), None);

    // Checked: the answer, and the explanation shows.
    let checked = apply(unchecked, [Action::Checked]);
    assert_eq!(picked(&checked), Some(question.choices[1].id.clone()));
    assert!(checked.is_checked());
    assert!(!checked.awaits_check());

    // Another choice after the explanation changes nothing, nor does Skip, nor Back and a new pick.
    let changed = apply(Rc::clone(&checked), [choose(at, 0)]);
    assert!(Rc::ptr_eq(&checked, &changed), "the checked answer stays");
    let skipped = apply(Rc::clone(&checked), [Action::Skipped]);
    assert_eq!(skipped.phase, Phase::Answering { at: at + 1 });
    assert_eq!(
        picked(&skipped),
        picked(&checked),
        "Skip keeps a checked answer"
    );
    let returned = apply(
        skipped,
        [Action::PressedBack, choose(at, 2), Action::Checked],
    );
    assert_eq!(picked(&returned), picked(&checked));
    assert!(returned.is_checked());

    // A reload resumes it as checked: still final.
    let progress = returned.progress().expect("under way");
    let resumed = apply(fresh(), [Action::Resumed(progress), choose(at, 0)]);
    assert_eq!(picked(&resumed), picked(&checked));
    assert!(resumed.is_checked());

    // The result, and its share code, carry the checked answer.
    let total = content().questions.len();
    let done = apply(resumed, (at..total).map(|_| Action::PressedNext));
    assert_eq!(done.phase, Phase::Finished);
    let code = done.own_result.clone().expect("own result");
    let shared = ShareCode::decode_str(&code, content()).expect("a valid code");
    assert_eq!(shared.get(&question.id), Some(&question.choices[1].id));
    let knowledge = content().score(&shared).role_knowledge;
    assert_eq!(knowledge.asked, 1);
}

#[test]
fn a_pick_left_unchecked_is_no_answer() {
    let at = first_who_does_it();
    let question = &content().questions[at];
    let on_it = apply(
        fresh(),
        std::iter::once(Action::Started).chain((0..at).map(|_| Action::PressedNext)),
    );
    // Nothing to check without a pick.
    let same = apply(Rc::clone(&on_it), [Action::Checked]);
    assert!(Rc::ptr_eq(&on_it, &same));
    // A who-does-it item takes a pick only while it is on screen.
    let elsewhere = apply(Rc::clone(&on_it), [Action::PressedBack, choose(at, 0)]);
    assert_eq!(elsewhere.shown_choice(), None);
    assert!(!elsewhere.awaits_check());
    // Moving on in any way drops the pick: Next, Skip, Back.
    for away in [Action::PressedNext, Action::Skipped, Action::PressedBack] {
        let left = apply(Rc::clone(&on_it), [choose(at, 0), away.clone()]);
        assert!(!left.answers.is_answered(&question.id), "{away:?}");
        assert!(!left.awaits_check(), "{away:?}");
        let back = apply(left, [Action::Started]);
        assert_eq!(back.shown_choice(), None, "{away:?}");
    }
    // Storage never sees it.
    let picked = apply(Rc::clone(&on_it), [choose(at, 0)]);
    assert_eq!(picked.progress(), on_it.progress());
    // Starting over drops it too.
    let over = apply(picked, [Action::StartedOver]);
    assert!(!over.awaits_check());
}

#[test]
fn choosing_to_compare_remembers_the_other_result_until_another_is_chosen() {
    let state = fresh();
    assert_eq!(state.friend_result, None);
    let state = apply(
        state,
        [Action::ChoseToCompare("THEIRS".into()), Action::Started],
    );
    assert_eq!(state.friend_result.as_deref(), Some("THEIRS"));
    assert_eq!(state.phase, Phase::Answering { at: 0 });
    // Kept through the quiz, past its end, beside the person's own result.
    let total = content().questions.len();
    let state = apply(
        state,
        (0..total).flat_map(|at| {
            let mut actions = answer(at, 0);
            actions.push(Action::PressedNext);
            actions
        }),
    );
    assert_eq!(state.phase, Phase::Finished);
    assert!(state.own_result.is_some());
    assert_eq!(state.friend_result.as_deref(), Some("THEIRS"));
    // What storage recalls late never replaces a choice made on this page; a new choice does.
    let state = apply(state, [Action::RecalledFriendResult("OLDER".into())]);
    assert_eq!(state.friend_result.as_deref(), Some("THEIRS"));
    let state = apply(state, [Action::ChoseToCompare("ANOTHER".into())]);
    assert_eq!(state.friend_result.as_deref(), Some("ANOTHER"));
    let recalled = apply(fresh(), [Action::RecalledFriendResult("KEPT".into())]);
    assert_eq!(recalled.friend_result.as_deref(), Some("KEPT"));
    // Choosing the one already remembered changes nothing: the same state, nothing re-renders.
    let again = Rc::clone(&recalled).reduce(Action::ChoseToCompare("KEPT".into()));
    assert!(Rc::ptr_eq(&again, &recalled));
}

#[test]
fn the_result_to_compare_with_is_forgotten_when_a_quiz_begins_after_ones_own_result() {
    let total = content().questions.len();
    let whole_quiz = || {
        (0..total).flat_map(|at| {
            let mut actions = answer(at, 0);
            actions.push(Action::PressedNext);
            actions
        })
    };
    // Chosen before one's own result: kept through Start over mid-quiz and to the result.
    let state = apply(
        fresh(),
        [Action::ChoseToCompare("THEIRS".into()), Action::Started],
    );
    let state = apply(state, [Action::StartedOver]);
    assert_eq!(state.friend_result.as_deref(), Some("THEIRS"));
    let finished = apply(state, whole_quiz());
    assert_eq!(finished.phase, Phase::Finished);
    assert_eq!(finished.friend_result.as_deref(), Some("THEIRS"));
    // "Retake the quiz" under that result, or a start after it: a new quiz, without it.
    for begin in [Action::StartedOver, Action::Started] {
        let again = apply(Rc::clone(&finished), [begin.clone()]);
        assert_eq!(again.friend_result, None, "{begin:?}");
        assert_eq!(again.phase, Phase::Answering { at: 0 });
    }
    // After a reload, one's own result recalled from storage: the same.
    let reloaded = apply(
        fresh(),
        [
            Action::RecalledOwnResult("MINE".into()),
            Action::RecalledFriendResult("THEIRS".into()),
        ],
    );
    assert_eq!(reloaded.friend_result.as_deref(), Some("THEIRS"));
    assert_eq!(
        apply(Rc::clone(&reloaded), [Action::Started]).friend_result,
        None
    );
    // "Continue your quiz", a quiz under way found in storage too: it goes on, and the result
    // waiting with it.
    let progress = apply(
        fresh(),
        [Action::Started, choose(0, 1), Action::PressedNext],
    )
    .progress()
    .expect("a quiz under way");
    let under_way = apply(reloaded, [Action::Resumed(progress)]);
    assert!(under_way.resumable().is_some());
    let continued = apply(under_way, [Action::Started]);
    assert_eq!(continued.friend_result.as_deref(), Some("THEIRS"));
}
