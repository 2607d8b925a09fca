//! Sharing a result: the message and social links (pure), the browser's share channels, and the card image.

mod card;
mod device;
mod message;

pub use card::{draw_card, CardContent, CARD_HEIGHT, CARD_WIDTH};
pub use device::{
    can_share_natively, copy_to_clipboard, download_data_url, page_base, share_natively,
};
pub use message::{in_sentence, ShareMessage};
