//! What a shared result says, and the links that prefill it on LinkedIn, X and e-mail.

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
    /// person when it is `own` (the sharer's own result), else about "this result", so passing on
    /// someone else's never claims it.
    pub fn new(path_name: &str, url: &str, own: bool) -> Self {
        let path = in_sentence(path_name);
        let (title, text) = if own {
            (
                format!("My best fit: {path_name}"),
                format!(
                    "Between data science and ML engineering, the mlpath quiz says my best fit is the {path} path. Where do you stand?"
                ),
            )
        } else {
            (
                format!("A result from the mlpath quiz: {path_name}"),
                format!(
                    "Between data science and ML engineering, this mlpath quiz result's best fit is the {path} path. Where do you stand?"
                ),
            )
        };
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

/// A path name inside a sentence: "Applied ML engineer" becomes "applied ML engineer", while a
/// name that starts with an acronym ("ML software engineer") keeps it. ASCII only, on purpose: the
/// names are English, and Unicode case tables would add kilobytes to the wasm.
pub fn in_sentence(name: &str) -> String {
    let mut name = name.to_owned();
    let starts_acronym = name.as_bytes().get(1).is_some_and(u8::is_ascii_uppercase);
    if !starts_acronym {
        if let Some(first) = name.get_mut(..1) {
            first.make_ascii_lowercase();
        }
    }
    name
}
