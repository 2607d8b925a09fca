//! What a shared result says, and the links that prefill it on LinkedIn, X and e-mail.

use super::{Whose, SITE_NAME};
use crate::content::ui;

/// The words and address that go out when someone shares a result.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ShareMessage {
    /// A short title, e.g. for the native share sheet and the e-mail subject.
    pub title: String,
    /// One sentence naming the path.
    pub text: String,
    /// The absolute result link.
    pub url: String,
}

impl ShareMessage {
    /// The message for a result whose best fit is `path_name`, reachable at `url`: in the first
    /// person on the sharer's own result, else about "this result", so passing on someone else's
    /// never claims it ([`Whose::share_title`], [`Whose::share_text`]).
    pub fn new(path_name: &str, url: &str, whose: Whose) -> Self {
        Self {
            title: whose.share_title(path_name),
            text: whose.share_text(path_name),
            url: url.to_owned(),
        }
    }

    /// The message for a comparison of two results, reachable at `url`: in the first person
    /// where it holds the person's own result (`is_own`), which they send back; about two
    /// results otherwise.
    pub fn compare(is_own: bool, url: &str) -> Self {
        let theirs = usize::from(!is_own);
        let title = ui!(
            one_of [share.compare_title_own, share.compare_title_theirs][theirs],
            site = SITE_NAME
        );
        let text = ui!(
            one_of [share.compare_text_own, share.compare_text_theirs][theirs],
            site = SITE_NAME
        );
        Self {
            title,
            text,
            url: url.to_owned(),
        }
    }

    /// LinkedIn's share page for the link (LinkedIn takes only the URL).
    pub fn linkedin(&self) -> String {
        format!(
            "https://www.linkedin.com/sharing/share-offsite/?url={}",
            urlencoding::encode(&self.url)
        )
    }

    /// X's compose page with the text and link filled in.
    pub fn x(&self) -> String {
        format!(
            "https://x.com/intent/post?text={}&url={}",
            urlencoding::encode(&self.text),
            urlencoding::encode(&self.url)
        )
    }

    /// A `mailto:` link with subject and body filled in.
    pub fn email(&self) -> String {
        let body = format!("{}\n\n{}", self.text, self.url);
        format!(
            "mailto:?subject={}&body={}",
            urlencoding::encode(&self.title),
            urlencoding::encode(&body)
        )
    }
}
