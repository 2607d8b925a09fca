//! Every address the app answers to. Links are built from [`Route`], never by formatting strings.
//!
//! Routes live in the URL fragment (`#/…`), so any static host serves them at any sub-path and a
//! result code never reaches a server. Parsing is plain Rust, total and tested natively.

use std::fmt;

use crate::quiz::{Answers, Content, DecodeError, ShareCode};

/// The app's routes.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Route {
    /// `/`: the landing page.
    Home,
    /// `/quiz`: the current question.
    Quiz,
    /// `/result/<code>`: a result, rebuilt from its share code.
    Result {
        /// The code as it appears in the address, damaged or not.
        code: ResultCode,
    },
    /// `/roles`: how the two roles differ.
    Roles,
    /// Anything else.
    NotFound,
}

impl Route {
    /// The route for a path such as `/result/ABC` (the fragment without its `#`). Never fails:
    /// an unknown path is [`Route::NotFound`]. A query after `?`, anything after a second `#`
    /// (WordPress appends `#?secret=…` to a frame's address) and one trailing `/` are ignored.
    pub fn recognize(path: &str) -> Route {
        let path = path.split(['?', '#']).next().unwrap_or_default();
        let path = match path.strip_suffix('/') {
            Some(trimmed) if !trimmed.is_empty() => trimmed,
            _ => path,
        };
        match path {
            "" | "/" => Route::Home,
            "/quiz" => Route::Quiz,
            "/roles" => Route::Roles,
            // A result link whose code was lost (cut off when pasted): the result page says so.
            "/result" => Route::Result {
                code: ResultCode::pasted(""),
            },
            _ => match path.strip_prefix("/result/") {
                Some(code) if !code.is_empty() && !code.contains('/') => Route::Result {
                    code: ResultCode::pasted(
                        &urlencoding::decode(code).map_or_else(|_| code.to_owned(), |c| c.into()),
                    ),
                },
                _ => Route::NotFound,
            },
        }
    }

    /// The route for a whole fragment as `location.hash` gives it (`#/quiz`, or empty).
    pub fn from_hash(hash: &str) -> Route {
        Route::recognize(hash.strip_prefix('#').unwrap_or(hash))
    }

    /// The path of the route, e.g. `/result/ABC`; [`Route::recognize`] reads it back.
    pub fn to_path(&self) -> String {
        match self {
            Route::Home => "/".to_owned(),
            Route::Quiz => "/quiz".to_owned(),
            Route::Roles => "/roles".to_owned(),
            Route::NotFound => "/404".to_owned(),
            Route::Result { code } => format!("/result/{}", urlencoding::encode(&code.0)),
        }
    }

    /// The link to the route from any page of the app: its path as a fragment, e.g. `#/roles`.
    pub fn href(&self) -> String {
        format!("#{}", self.to_path())
    }

    /// A link to the quiz that carries a quiz under way (its saved form, as storage keeps it), for
    /// a page that cannot share storage with this one: an embed's "Open the full page".
    pub fn resume_href(progress: &str) -> String {
        format!(
            "{}?{RESUME_PARAM}={}",
            Route::Quiz.href(),
            urlencoding::encode(progress)
        )
    }

    /// The progress a quiz link carries (see [`Route::resume_href`]), still to be read and checked.
    /// Anything from a second `#` on (WordPress appends `#?secret=…` to a frame's address) is no
    /// part of it.
    pub fn resume_param(hash: &str) -> Option<String> {
        let fragment = hash.strip_prefix('#').unwrap_or(hash);
        let fragment = fragment.split('#').next().unwrap_or_default();
        let (path, query) = fragment.split_once('?')?;
        if Route::recognize(path) != Route::Quiz {
            return None;
        }
        let value = query
            .split('&')
            .find_map(|pair| pair.strip_prefix(RESUME_PARAM)?.strip_prefix('='))?;
        urlencoding::decode(value)
            .ok()
            .map(|value| value.into_owned())
    }
}

/// Whether the landing page rendered at build time may show at `route` before the app has
/// started: only at the landing page's own route, and not in an embed, whose header and theme
/// differ. The boot script (`src/boot.js`) applies the same rule before the first paint;
/// `tests/start-up.json` lists addresses with what both must make of them.
pub fn shows_prerendered_page(route: &Route, embedded: bool) -> bool {
    *route == Route::Home && !embedded
}

/// The query parameter of a quiz link that carries progress.
const RESUME_PARAM: &str = "progress";

/// The share code in a result address. Parsing never fails, so a damaged link still reaches the
/// result page, which can then say exactly what is wrong with it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ResultCode(String);

impl ResultCode {
    /// The code as an address gives it, without the sentence punctuation a link pasted at the end
    /// of a sentence picks up (`…/ABC.` or `(…/ABC)`): codes never contain it, and their checksum
    /// still catches anything else. So the code compares, and is shared on, as it was made.
    fn pasted(text: &str) -> Self {
        Self(
            text.trim_end_matches(['.', ',', ';', ':', '!', '?', ')', ']', '"', '\'', ' '])
                .to_owned(),
        )
    }

    /// The answers the code carries, or why it cannot be read.
    pub fn decode(&self, content: &Content) -> Result<Answers, DecodeError> {
        ShareCode::decode_str(&self.0, content)
    }
}

impl From<&ShareCode> for ResultCode {
    fn from(code: &ShareCode) -> Self {
        Self(code.to_string())
    }
}

impl From<&str> for ResultCode {
    fn from(text: &str) -> Self {
        Self(text.to_owned())
    }
}

impl fmt::Display for ResultCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}
