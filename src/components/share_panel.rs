//! The result's share controls: copy link, the native share sheet, social links and the card image.

use yew::prelude::*;

use crate::app::{ResultCode, Route};
use crate::share::{self, CardContent, ShareMessage};

/// Props of [`SharePanel`].
#[derive(Properties, PartialEq)]
pub struct SharePanelProps {
    /// The result's code, for the link.
    pub code: ResultCode,
    /// What the card shows (its address is filled in from the page).
    pub card: CardContent,
    /// Whether the result is the person's own: the message then speaks in the first person.
    pub own: bool,
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
            Outcome::Copied => "Link copied to the clipboard.",
            Outcome::CopyByHand => "Your browser did not allow copying. The link is selected below: press Ctrl+C (or ⌘C) to copy it.",
            Outcome::CardSaved => "Result card downloaded.",
            Outcome::CardFailed => "Your browser could not draw the card.",
        }
    }
}

/// Share controls. Browser APIs are only touched in effects and handlers, never while rendering.
#[function_component]
pub fn SharePanel(props: &SharePanelProps) -> Html {
    let outcome = use_state(|| Outcome::Idle);
    let link = use_state(|| None::<String>);
    let has_native_share = use_state(|| false);
    let manual_field = use_node_ref();

    use_effect_with(props.code.clone(), {
        let link = link.clone();
        let has_native_share = has_native_share.clone();
        move |code: &ResultCode| {
            let route = Route::Result { code: code.clone() };
            link.set(share::page_base().map(|base| format!("{base}{}", route.href())));
            has_native_share.set(share::can_share_natively());
        }
    });
    use_effect_with((*outcome).clone(), {
        let manual_field = manual_field.clone();
        move |outcome: &Outcome| {
            if *outcome == Outcome::CopyByHand {
                if let Some(input) = manual_field.cast::<web_sys::HtmlInputElement>() {
                    let _ = input.focus();
                    input.select();
                }
            }
        }
    });

    let Some(url) = (*link).clone() else {
        return html! { <div class="share" /> };
    };
    let message = ShareMessage::new(&props.card.path_name, &url, props.own);
    let on_copy = {
        let (outcome, url) = (outcome.clone(), url.clone());
        Callback::from(move |_: MouseEvent| {
            let (outcome, url) = (outcome.clone(), url.clone());
            wasm_bindgen_futures::spawn_local(async move {
                let copied = share::copy_to_clipboard(&url).await.is_ok();
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
                if share::share_natively(&message.title, &message.text, &message.url)
                    .await
                    .is_ok()
                {
                    outcome.set(Outcome::Shared);
                }
            });
        })
    };
    let on_card = {
        let outcome = outcome.clone();
        let mut card = props.card.clone();
        card.address = url.split('#').next().unwrap_or_default().to_owned();
        Callback::from(move |_: MouseEvent| {
            let saved = share::draw_card(&card)
                .is_some_and(|png| share::download_data_url(&png, "mlpath-result.png").is_ok());
            outcome.set(if saved {
                Outcome::CardSaved
            } else {
                Outcome::CardFailed
            });
        })
    };

    html! {
        <div class="share">
            // On paper the buttons are gone: the link itself is printed instead.
            <p class="print-link">{ "Result link: " }{ url.clone() }</p>
            <div class="actions share-actions">
                <button type="button" class="button primary" onclick={on_copy}>{ "Copy link" }</button>
                if *has_native_share {
                    <button type="button" class="button" onclick={on_share}>{ "Share…" }</button>
                }
                <button type="button" class="button" onclick={on_card}>{ "Download result card" }</button>
            </div>
            <p class="share-status" role="status">{ outcome.message() }</p>
            if *outcome == Outcome::CopyByHand {
                <label class="manual-copy">
                    { "Result link" }
                    <input type="text" readonly=true value={url.clone()} ref={manual_field} />
                </label>
            }
            <ul class="social" aria-label="Share on">
                <li><a href={message.linkedin()} target="_blank" rel="noopener noreferrer">{ "LinkedIn" }<span class="visually-hidden">{ " (opens in a new tab)" }</span></a></li>
                <li><a href={message.x()} target="_blank" rel="noopener noreferrer">{ "X" }<span class="visually-hidden">{ " (opens in a new tab)" }</span></a></li>
                <li><a href={message.email()}>{ "E-mail" }</a></li>
            </ul>
        </div>
    }
}
