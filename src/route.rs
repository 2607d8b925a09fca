//! Every address the app answers to. Links are built from [`Route`], never by formatting strings.
//!
//! Routes live in the URL fragment (`#/…`), so any static host serves them at any sub-path and a
//! result code never reaches a server. Parsing is plain Rust, total and tested natively.
//!
//! The site's own address is known only where the build is told it ([`PublicUrl`]): the app's
//! files use relative URLs, and the app reads where it is served from the browser.

use std::fmt;

use crate::content::languages::Language;
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
    /// `/compare/<code>/<code>`: two results side by side, each code read as [`Route::Result`]
    /// reads its one. A link that lacks a code has an empty one there; one with more than two
    /// keeps them all in `second`, slashes included. The compare page says what is wrong.
    Compare {
        /// The first code.
        first: ResultCode,
        /// The second code, and any after it.
        second: ResultCode,
    },
    /// `/roles`: how the two roles differ.
    Roles,
    /// `/embed`: the embed code, for people who put the quiz on their own site.
    Embed,
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
            "/embed" => Route::Embed,
            // A result link whose code was lost (cut off when pasted): the result page says so.
            "/result" => Route::Result {
                code: ResultCode::pasted(""),
            },
            "/compare" => Route::Compare {
                first: ResultCode::pasted(""),
                second: ResultCode::pasted(""),
            },
            _ => {
                if let Some(codes) = path.strip_prefix("/compare/") {
                    let (first, second) = codes.split_once('/').unwrap_or((codes, ""));
                    return Route::Compare {
                        first: ResultCode::from_segment(first),
                        second: ResultCode::from_segment(second),
                    };
                }
                match path.strip_prefix("/result/") {
                    Some(code) if !code.is_empty() && !code.contains('/') => Route::Result {
                        code: ResultCode::from_segment(code),
                    },
                    _ => Route::NotFound,
                }
            }
        }
    }

    /// The route for a whole fragment as `location.hash` gives it (`#/quiz`, or empty).
    pub fn from_hash(hash: &str) -> Route {
        Route::recognize(hash.strip_prefix('#').unwrap_or(hash))
    }

    /// The route of a document at an address with fragment `hash`, where `share_page` says
    /// whether the document is a path's share page (`<path-id>.html`, marked `data-share-page`): a
    /// share page is a result link, so one with no fragment at all is a result link whose code
    /// was lost (cut off when pasted), as `#/result` alone is. Otherwise as [`Route::from_hash`].
    pub fn from_address(hash: &str, share_page: bool) -> Route {
        if share_page && hash.strip_prefix('#').unwrap_or(hash).is_empty() {
            Route::Result {
                code: ResultCode::pasted(""),
            }
        } else {
            Route::from_hash(hash)
        }
    }

    /// A result link: the share page `share_page_file` (the code's path's, next to `index.html`)
    /// in `directory` (the app's, ending in `/`), with the code in the fragment, which never
    /// reaches a server. Link previews read the page; the app reads the code.
    pub fn result_link(directory: &str, share_page_file: &str, code: &ResultCode) -> String {
        format!(
            "{directory}{share_page_file}{}",
            Route::Result { code: code.clone() }.href()
        )
    }

    /// A comparison link: the landing page (`index.html`) in `directory` (the app's, ending in
    /// `/`), with both codes in the fragment. Not a share page: those preview one path, and a
    /// comparison has two, known only from the codes, which never reach a server; the landing
    /// page's preview invites whoever receives it to take the quiz.
    pub fn compare_link(directory: &str, first: &ResultCode, second: &ResultCode) -> String {
        let (first, second) = (first.clone(), second.clone());
        format!(
            "{directory}index.html{}",
            Route::Compare { first, second }.href()
        )
    }

    /// The path of the route, e.g. `/result/ABC`; [`Route::recognize`] reads it back.
    pub fn to_path(&self) -> String {
        match self {
            Route::Home => "/".to_owned(),
            Route::Quiz => "/quiz".to_owned(),
            Route::Roles => "/roles".to_owned(),
            Route::Embed => "/embed".to_owned(),
            Route::NotFound => "/404".to_owned(),
            Route::Result { code } => format!("/result/{}", urlencoding::encode(&code.0)),
            Route::Compare { first, second } => format!(
                "/compare/{}/{}",
                urlencoding::encode(&first.0),
                urlencoding::encode(&second.0)
            ),
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

/// Whether the page rendered at build time may show at `route` before the app has started: on
/// the landing page (`index.html`), only at its own route; on a path's share page (`share_page`),
/// only at a result with a code, which that page previews; never in an embed, whose header and
/// theme differ. The boot script (`src/boot.js`) applies the same rule before the first paint;
/// `tests/start-up.json` lists addresses with what both must make of them.
pub fn shows_prerendered_page(route: &Route, embedded: bool, share_page: bool) -> bool {
    let previews = if share_page {
        matches!(route, Route::Result { code } if !code.0.is_empty())
    } else {
        *route == Route::Home
    };
    previews && !embedded
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

    /// The code in one segment of an address's path: percent-decoded where it can be, as pasted.
    fn from_segment(segment: &str) -> Self {
        Self::pasted(
            &urlencoding::decode(segment).map_or_else(|_| segment.to_owned(), |c| c.into()),
        )
    }

    /// The code as text.
    pub fn as_str(&self) -> &str {
        &self.0
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

/// The public address of the site: the absolute URL of the directory `dist/` is served from, such
/// as `https://example.org/quiz/`, as the build is told it (`MLPATH_PUBLIC_URL`). Only what other
/// sites read from the site needs it (the oEmbed files); the app itself never does.
///
/// Always `http` or `https`, with a host (a name or an IPv4 address, and a port if any: what a
/// content security policy can name), no credentials, query or fragment, only characters an
/// address may carry unescaped, and a path that ends in `/`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PublicUrl(String);

/// Why a text is no [`PublicUrl`]; its `Display` says so in a sentence.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PublicUrlError {
    /// Empty, or only spaces.
    Empty,
    /// Not `http://` or `https://`.
    Scheme,
    /// No host after the scheme.
    NoHost,
    /// A user name or password before the host.
    Credentials,
    /// A `?` or a `#`: the address of a directory has neither.
    QueryOrFragment,
    /// A space, a quote, `<`, `>` or another character that must be percent-encoded.
    Character,
    /// The address of a page (`…/index.html`), not of the directory it is in.
    Page,
    /// A host that a content security policy cannot name: not dot-separated letters, digits and
    /// hyphens (an IPv6 address, say), or a port that is not a number.
    Host,
}

impl fmt::Display for PublicUrlError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Self::Empty => "it is empty",
            Self::Scheme => "it must start with https:// (or http://)",
            Self::NoHost => "it names no host",
            Self::Credentials => "it must not carry a user name or password",
            Self::QueryOrFragment => "it must not have a query (?) or a fragment (#)",
            Self::Character => {
                "it has a space, a quote, < or > or another character to percent-encode"
            }
            Self::Page => "it must name the directory dist/ is served from, not a page in it",
            Self::Host => {
                "its host must be a name or an IPv4 address (letters, digits, dots and hyphens), \
                 with a port as digits if any"
            }
        })
    }
}

impl PublicUrl {
    /// Reads the site's address as written in the setting: surrounding spaces are dropped, the
    /// scheme and host are lower-cased, and a missing final `/` is added (`https://example.org/quiz`
    /// is the directory `https://example.org/quiz/`).
    pub fn parse(text: &str) -> Result<Self, PublicUrlError> {
        let text = text.trim();
        if text.is_empty() {
            return Err(PublicUrlError::Empty);
        }
        let (scheme, rest) = text.split_once("://").ok_or(PublicUrlError::Scheme)?;
        let scheme = scheme.to_ascii_lowercase();
        if scheme != "https" && scheme != "http" {
            return Err(PublicUrlError::Scheme);
        }
        if rest.contains(['?', '#']) {
            return Err(PublicUrlError::QueryOrFragment);
        }
        // What RFC 3986 lets a host and path carry unescaped, less the quote.
        let allowed = |c: char| c.is_ascii_alphanumeric() || "-._~%!$&()*+,;=:@/[]".contains(c);
        if !rest.chars().all(allowed) {
            return Err(PublicUrlError::Character);
        }
        let (host, path) = rest.split_at(rest.find('/').unwrap_or(rest.len()));
        if host.contains('@') {
            return Err(PublicUrlError::Credentials);
        }
        if host.is_empty() || host.starts_with(':') {
            return Err(PublicUrlError::NoHost);
        }
        if !is_policy_host(host) {
            return Err(PublicUrlError::Host);
        }
        let last = path.rsplit('/').next().unwrap_or_default();
        if last.ends_with(".html") || last.ends_with(".htm") {
            return Err(PublicUrlError::Page);
        }
        let slash = if path.ends_with('/') { "" } else { "/" };
        Ok(Self(format!(
            "{scheme}://{}{path}{slash}",
            host.to_ascii_lowercase()
        )))
    }

    /// The address, ending in `/`.
    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// The site's origin: the scheme and the host, with its port if the address has one
    /// (`https://example.org` for `https://example.org/quiz/`).
    pub fn origin(&self) -> &str {
        let host = self.0.find("://").map_or(0, |at| at + "://".len());
        let end = self.0[host..]
            .find('/')
            .map_or(self.0.len(), |at| host + at);
        &self.0[..end]
    }

    /// The absolute address of a file of `dist/`, given by its relative path (`icons/icon-512.png`).
    pub fn join(&self, file: &str) -> String {
        format!("{}{file}", self.0)
    }

    /// The top of the site, where the default language's pages are, for this address of
    /// `language`'s build: the address itself for the default language, else the folder above
    /// the language's own (`https://example.org/quiz/` for `https://example.org/quiz/es/`, as
    /// `./x build` gives each language's build); none if the address is not in such a folder.
    pub fn top(&self, language: &Language) -> Option<PublicUrl> {
        if language.is_default() {
            return Some(self.clone());
        }
        let top = self.0.strip_suffix(&language.folder())?;
        top.ends_with('/').then(|| PublicUrl(top.to_owned()))
    }
}

/// Whether `host` (with its port, if any) is what a content security policy's host source can
/// name: dot-separated labels of ASCII letters, digits and hyphens, then `:` and digits if any.
fn is_policy_host(host: &str) -> bool {
    let (name, port) = host.split_once(':').unwrap_or((host, "1"));
    let label = |l: &str| !l.is_empty() && l.chars().all(|c| c.is_ascii_alphanumeric() || c == '-');
    name.split('.').all(label)
        && (1..=5).contains(&port.len())
        && port.chars().all(|c| c.is_ascii_digit())
}

impl fmt::Display for PublicUrl {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}
