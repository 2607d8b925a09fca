//! The share controls of a result or a comparison: copy link, the native share sheet, social links
//! and a result's card image.

use std::rc::Rc;

use yew::prelude::*;

use super::copy::{copy_text, select_field};
use crate::content::ui;
use crate::route::{ResultCode, Route};
use crate::view::{share_page_file, CompareView, ResultView, ShareMessage, NEW_TAB};
use crate::web;

/// What a [`SharePanel`] shares.
#[derive(Clone)]
pub enum Shared {
    /// A result: its code, for the link; its view, for its path in the message, whose it is (the
    /// message speaks in the first person on the person's own), and what the card shows.
    Result(ResultCode, Rc<ResultView>),
    /// Two results compared: their link, in the comparison's voice. No card.
    Compare(Rc<CompareView>),
}

/// Props of [`SharePanel`].
#[derive(Properties)]
pub struct SharePanelProps {
    /// What it shares.
    pub shared: Shared,
}

/// A page makes one view per code and whose it is: the same view is the same `Rc`, so it is
/// compared by address, never field by field.
impl PartialEq for SharePanelProps {
    fn eq(&self, other: &Self) -> bool {
        match (&self.shared, &other.shared) {
            (Shared::Result(a, x), Shared::Result(b, y)) => a == b && Rc::ptr_eq(x, y),
            (Shared::Compare(x), Shared::Compare(y)) => Rc::ptr_eq(x, y),
            _ => false,
        }
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
    fn message(&self) -> &'static str {
        match self {
            Outcome::Idle | Outcome::Shared => "",
            Outcome::Copied => ui!(share.copied),
            Outcome::CopyByHand => ui!(copy.link_by_hand),
            Outcome::CardSaved => ui!(share.card_saved),
            Outcome::CardFailed => ui!(share.card_failed),
        }
    }
}

/// Share controls. The app's directory and the share sheet are read while rendering (both answer
/// "none" outside a browser), so the panel has its full height in its first frame: an empty panel
/// for a frame would pull the text under it up into view and push it back (a layout shift, and on
/// a share page a larger paint than the prerendered page's, which made that frame its LCP).
#[function_component]
pub fn SharePanel(props: &SharePanelProps) -> Html {
    let outcome = use_state(|| Outcome::Idle);
    let manual_field = use_node_ref();
    use_effect_with((*outcome).clone(), {
        let manual_field = manual_field.clone();
        move |outcome: &Outcome| {
            if *outcome == Outcome::CopyByHand {
                select_field(&manual_field);
            }
        }
    });
    // The result link is the path's share page in the app's directory, with the code in the
    // fragment.
    let Some(base) = web::hosted_directory() else {
        return html! { <div class="share" /> };
    };
    let has_native_share = web::can_share_natively();
    let (url, message, link_name, card);
    match &props.shared {
        Shared::Result(code, view) => {
            url = Route::result_link(&base, &share_page_file(view.path), code);
            message = ShareMessage::new(&view.path.name, &url, view.whose);
            (link_name, card) = (ui!(share.result_link), Some(Rc::clone(view)));
        }
        Shared::Compare(view) => {
            let [first, second] = &view.codes;
            url = Route::compare_link(&base, first, second);
            message = ShareMessage::compare(view.voice.is_own, &url);
            (link_name, card) = (ui!(share.compare_link), None);
        }
    }
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
    let on_card = card.map(|view| {
        let (outcome, url) = (outcome.clone(), url.clone());
        Callback::from(move |_: MouseEvent| {
            let saved = web::draw_card(&view.card(), &url)
                .is_some_and(|png| web::download_data_url(&png, ui!(share.card_file)).is_ok());
            outcome.set(if saved {
                Outcome::CardSaved
            } else {
                Outcome::CardFailed
            });
        })
    });

    html! {
        <div class="share">
            // On paper the buttons are gone: the link itself is printed instead.
            <p class="print-link">{ ui!(share.printed, name = link_name, url = url) }</p>
            <div class="actions share-actions">
                <button type="button" class="button primary" onclick={on_copy}>{ ui!(share.copy_link) }</button>
                if has_native_share {
                    <button type="button" class="button" onclick={on_share}>{ ui!(share.share) }</button>
                }
                if let Some(on_card) = on_card {
                    <button type="button" class="button" onclick={on_card}>{ ui!(share.download_card) }</button>
                }
            </div>
            <p class="share-status" role="status">{ outcome.message() }</p>
            if *outcome == Outcome::CopyByHand {
                <label class="manual-copy">
                    { link_name }
                    <input type="text" readonly=true value={url.clone()} ref={manual_field} />
                </label>
            }
            <ul class="social" aria-label={ui!(share.share_on)}>
                <li><a href={message.linkedin()} target="_blank" rel="noopener noreferrer">{ "LinkedIn" }<span class="visually-hidden">{ NEW_TAB }</span></a></li>
                <li><a href={message.x()} target="_blank" rel="noopener noreferrer">{ "X" }<span class="visually-hidden">{ NEW_TAB }</span></a></li>
                <li><a href={message.email()}>{ ui!(share.email) }</a></li>
            </ul>
        </div>
    }
}

/// The share section's shape before a result is known (a share page rendered at build time): the
/// same buttons, disabled, and the same list, so nothing moves when the app puts in the panel. The
/// share sheet's button shows where the boot script found one (`can-share` on `<html>`, decided as
/// [`web::can_share_natively`] decides it), as the panel's does.
pub fn share_placeholder() -> Html {
    html! {
        <div class="share">
            <div class="actions share-actions">
                <button type="button" class="button primary" disabled=true>{ ui!(share.copy_link) }</button>
                <button type="button" class="button if-can-share" disabled=true>{ ui!(share.share) }</button>
                <button type="button" class="button" disabled=true>{ ui!(share.download_card) }</button>
            </div>
            <p class="share-status"></p>
            <ul class="social" aria-label={ui!(share.share_on)}>
                <li><a>{ "LinkedIn" }</a></li>
                <li><a>{ "X" }</a></li>
                <li><a>{ ui!(share.email) }</a></li>
            </ul>
        </div>
    }
}
