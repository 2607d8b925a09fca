//! The share controls of a result and of a comparison: copy link, the native share sheet, social
//! links, and a result's card image.

use std::rc::Rc;

use yew::prelude::*;

use super::copy::{copy_by_hand, copy_text, select_field};
use crate::route::{ResultCode, Route};
use crate::view::{share_page_file, CompareView, ResultView, ShareMessage, NEW_TAB};
use crate::web;

/// Props of [`SharePanel`].
#[derive(Properties)]
pub struct SharePanelProps {
    /// The result's code, for the link.
    pub code: ResultCode,
    /// The result: its path for the message, whose it is (the message speaks in the first person
    /// on the person's own), and what the card shows.
    pub view: Rc<ResultView>,
}

/// The result page makes one view per code and whose it is: the same view is the same `Rc`, so
/// it is compared by address, never field by field.
impl PartialEq for SharePanelProps {
    fn eq(&self, other: &Self) -> bool {
        self.code == other.code && Rc::ptr_eq(&self.view, &other.view)
    }
}

/// What the last share action did, told in the status line.
#[derive(Clone, PartialEq)]
enum Outcome {
    Idle,
    Copied,
    /// The clipboard refused: the link is shown selected for the person to copy.
    CopyByHand,
    Shared,
    CardSaved,
    CardFailed,
}

impl Outcome {
    fn message(&self) -> String {
        match self {
            Outcome::Idle | Outcome::Shared => String::new(),
            Outcome::Copied => "Link copied to the clipboard.".to_owned(),
            Outcome::CopyByHand => copy_by_hand("The link is selected below"),
            Outcome::CardSaved => "Result card downloaded.".to_owned(),
            Outcome::CardFailed => "Your browser could not draw the card.".to_owned(),
        }
    }
}

/// What a share panel holds: the app's directory once read in the browser (a link is a page in
/// it, with the code in the fragment), whether the browser has a share sheet, what the last share
/// action did, and the field that shows the link to copy by hand.
struct Sharing {
    base: Option<String>,
    has_native_share: bool,
    outcome: UseStateHandle<Outcome>,
    manual_field: NodeRef,
}

/// A share panel's state. Browser APIs are only touched in effects and handlers, never while
/// rendering.
#[hook]
fn use_sharing() -> Sharing {
    let outcome = use_state(|| Outcome::Idle);
    let base = use_state(|| None::<String>);
    let has_native_share = use_state(|| false);
    let manual_field = use_node_ref();
    use_effect_with((), {
        let base = base.clone();
        let has_native_share = has_native_share.clone();
        move |_| {
            base.set(web::hosted_directory());
            has_native_share.set(web::can_share_natively());
        }
    });
    use_effect_with((*outcome).clone(), {
        let manual_field = manual_field.clone();
        move |outcome: &Outcome| {
            if *outcome == Outcome::CopyByHand {
                select_field(&manual_field);
            }
        }
    });
    Sharing {
        base: (*base).clone(),
        has_native_share: *has_native_share,
        outcome,
        manual_field,
    }
}

/// The controls that share `message`'s link, named `link_name` ("Result link"): Copy link, the
/// share sheet where there is one, `more` (the card's button), the status line, the field to copy
/// by hand, and the social links.
fn share_actions(sharing: &Sharing, message: &ShareMessage, link_name: &str, more: Html) -> Html {
    let outcome = &sharing.outcome;
    let url = &message.url;
    let on_copy = {
        let (outcome, url) = (outcome.clone(), url.clone());
        Callback::from(move |_: MouseEvent| {
            let outcome = outcome.clone();
            copy_text(url.clone(), move |copied| {
                outcome.set(if copied {
                    Outcome::Copied
                } else {
                    Outcome::CopyByHand
                });
            });
        })
    };
    let on_share = {
        let (outcome, message) = (outcome.clone(), message.clone());
        Callback::from(move |_: MouseEvent| {
            let (outcome, message) = (outcome.clone(), message.clone());
            wasm_bindgen_futures::spawn_local(async move {
                if web::share_natively(&message.title, &message.text, &message.url)
                    .await
                    .is_ok()
                {
                    outcome.set(Outcome::Shared);
                }
            });
        })
    };
    html! {
        <div class="share">
            // On paper the buttons are gone: the link itself is printed instead.
            <p class="print-link">{ format!("{link_name}: {url}") }</p>
            <div class="actions share-actions">
                <button type="button" class="button primary" onclick={on_copy}>{ "Copy link" }</button>
                if sharing.has_native_share {
                    <button type="button" class="button" onclick={on_share}>{ "Share…" }</button>
                }
                { more }
            </div>
            <p class="share-status" role="status">{ outcome.message() }</p>
            if **outcome == Outcome::CopyByHand {
                <label class="manual-copy">
                    { link_name.to_owned() }
                    <input type="text" readonly=true value={url.clone()} ref={sharing.manual_field.clone()} />
                </label>
            }
            <ul class="social" aria-label="Share on">
                <li><a href={message.linkedin()} target="_blank" rel="noopener noreferrer">{ "LinkedIn" }<span class="visually-hidden">{ NEW_TAB }</span></a></li>
                <li><a href={message.x()} target="_blank" rel="noopener noreferrer">{ "X" }<span class="visually-hidden">{ NEW_TAB }</span></a></li>
                <li><a href={message.email()}>{ "E-mail" }</a></li>
            </ul>
        </div>
    }
}

/// Share controls for a result: its link, and its card as an image.
#[function_component]
pub fn SharePanel(props: &SharePanelProps) -> Html {
    let sharing = use_sharing();
    let Some(base) = &sharing.base else {
        return html! { <div class="share" /> };
    };
    let url = Route::result_link(base, &share_page_file(props.view.path), &props.code);
    let message = ShareMessage::new(&props.view.path.name, &url, props.view.whose);
    let on_card = {
        let (outcome, view) = (sharing.outcome.clone(), Rc::clone(&props.view));
        Callback::from(move |_: MouseEvent| {
            let saved = web::draw_card(&view.card(), &url)
                .is_some_and(|png| web::download_data_url(&png, "mlpath-result.png").is_ok());
            outcome.set(if saved {
                Outcome::CardSaved
            } else {
                Outcome::CardFailed
            });
        })
    };
    let card = html! {
        <button type="button" class="button" onclick={on_card}>{ "Download result card" }</button>
    };
    share_actions(&sharing, &message, "Result link", card)
}

/// Props of [`CompareShare`].
#[derive(Properties, PartialEq)]
pub struct CompareShareProps {
    /// The comparison: its two codes for the link, and how it speaks for the message.
    pub view: Rc<CompareView>,
}

/// Share controls for a comparison of two results: its link.
#[function_component]
pub fn CompareShare(props: &CompareShareProps) -> Html {
    let sharing = use_sharing();
    let Some(base) = &sharing.base else {
        return html! { <div class="share" /> };
    };
    let [first, second] = &props.view.sides;
    let url = Route::compare_link(base, &first.code, &second.code);
    share_actions(
        &sharing,
        &props.view.share_message(&url),
        "Comparison link",
        Html::default(),
    )
}

/// The share section's shape before a result is known (a share page rendered at build time): the
/// same buttons, disabled, and the same list, so nothing moves when the app puts in the panel.
pub fn share_placeholder() -> Html {
    html! {
        <div class="share">
            <div class="actions share-actions">
                <button type="button" class="button primary" disabled=true>{ "Copy link" }</button>
                <button type="button" class="button" disabled=true>{ "Download result card" }</button>
            </div>
            <p class="share-status"></p>
            <ul class="social" aria-label="Share on">
                <li><a>{ "LinkedIn" }</a></li>
                <li><a>{ "X" }</a></li>
                <li><a>{ "E-mail" }</a></li>
            </ul>
        </div>
    }
}
