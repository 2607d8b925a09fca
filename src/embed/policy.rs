//! The page's content security policy, told the site's public origin. A frame sandboxed without
//! `allow-same-origin` (as WordPress frames a pasted link) has an opaque origin, and WebKit matches
//! `'self'` against that origin rather than the frame's address: it refuses the quiz its own
//! script, stylesheet and wasm. Naming the origin next to `'self'` lets them load there too; it
//! allows nothing `'self'` did not already mean wherever the origin is not opaque. Run at build
//! time by `src/bin/publish.rs`, which knows the origin only when it is told the public address.
#![deny(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing)]

use crate::route::PublicUrl;

/// What starts the policy's `<meta>` up to its value, as `tools/csp.mjs` writes it.
const POLICY_META: &str = r#"http-equiv="Content-Security-Policy" content=""#;

/// Why a page's policy cannot be given the origin.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PolicyError {
    /// The page has no policy `<meta>` (tools/csp.mjs has not run on it).
    NoPolicy,
    /// The policy names no `'self'` to put the origin next to.
    NoSelf,
}

/// `page` (a built `index.html`) with `site`'s origin after `'self'` in every directive of its
/// policy that has `'self'`, unless that directive names the origin already. Nothing else of the
/// page changes.
///
/// ```
/// use mlpath::embed::with_public_origin;
/// use mlpath::route::PublicUrl;
/// let page = r#"<meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src 'self' 'wasm-unsafe-eval'">"#;
/// let site = PublicUrl::parse("https://example.org/quiz/").unwrap();
/// assert_eq!(
///     with_public_origin(page, &site).unwrap(),
///     r#"<meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src 'self' https://example.org 'wasm-unsafe-eval'">"#
/// );
/// ```
pub fn with_public_origin(page: &str, site: &PublicUrl) -> Result<String, PolicyError> {
    let start = page.find(POLICY_META).ok_or(PolicyError::NoPolicy)? + POLICY_META.len();
    let (head, rest) = page.split_at(start);
    let end = rest.find('"').ok_or(PolicyError::NoPolicy)?;
    let (policy, tail) = rest.split_at(end);
    if !policy.split_whitespace().any(|source| source == "'self'") {
        return Err(PolicyError::NoSelf);
    }
    let origin = site.origin();
    let directives: Vec<String> = policy
        .split(';')
        .map(|directive| {
            let sources: Vec<&str> = directive.split_whitespace().collect();
            if !sources.contains(&"'self'") || sources.contains(&origin) {
                return directive.trim().to_owned();
            }
            sources
                .iter()
                .flat_map(|&source| {
                    if source == "'self'" {
                        vec![source, origin]
                    } else {
                        vec![source]
                    }
                })
                .collect::<Vec<_>>()
                .join(" ")
        })
        .collect();
    Ok(format!("{head}{}{tail}", directives.join("; ")))
}
