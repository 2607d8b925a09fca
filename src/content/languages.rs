//! The languages the quiz is built in, and where each one's pages are. A build is in one language
//! (`MLPATH_LANG`, English when unset: `build.rs` lays that language's text over the content);
//! `./x build` builds each, English at the top of `dist/` and every other language in a folder
//! named by its code (`dist/es/`), each with the same file names, so a page's counterpart in
//! another language is the same file in the other folder.

/// A language the quiz is written in.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Language {
    /// Its BCP 47 code, as in `<html lang>`, `hreflang` and an embed's `data-lang`.
    pub code: &'static str,
    /// Its name in itself, as a language switch offers it.
    pub name: &'static str,
}

/// Every language, English (the default, at the top of `dist/`) first. Each other one has its
/// translation in `src/content/lang/<code>.toml`.
pub const LANGUAGES: [Language; 3] = [
    Language {
        code: "en",
        name: "English",
    },
    Language {
        code: "es",
        name: "Español",
    },
    Language {
        code: "de",
        name: "Deutsch",
    },
];

impl Language {
    /// The language of `code`, if the quiz has it.
    pub fn of(code: &str) -> Option<&'static Language> {
        LANGUAGES.iter().find(|language| language.code == code)
    }

    /// The language this program was built in ([`super::LANG`]: `MLPATH_LANG` at build time,
    /// English when unset).
    pub fn current() -> &'static Language {
        Language::of(super::LANG).unwrap_or(&LANGUAGES[0])
    }

    /// Whether this is the default language, whose pages are at the top of the site.
    pub fn is_default(&self) -> bool {
        self.code == LANGUAGES[0].code
    }

    /// Its folder, relative to the top of the site: empty for the default language, else `es/`.
    pub fn folder(&self) -> String {
        if self.is_default() {
            String::new()
        } else {
            format!("{}/", self.code)
        }
    }

    /// The address of `file` (`""` for the folder's own page, or `data-scientist.html`) in
    /// `other`'s folder, relative to a page in this language's folder.
    pub fn address_of(&self, file: &str, other: &Language) -> String {
        let up = if self.is_default() { "" } else { "../" };
        let address = format!("{up}{}{file}", other.folder());
        if address.is_empty() {
            "./".to_owned()
        } else {
            address
        }
    }

    /// The `<link rel="alternate" hreflang>` tags of a page in this language, `file` in this
    /// folder: one per language, this one included, and `x-default` (the default language's),
    /// with addresses relative to the page.
    pub fn alternate_links(&self, file: &str) -> String {
        alternate_links(|other| self.address_of(file, other))
    }

    /// The same tags with absolute addresses, on the site whose top (the default language's
    /// folder, ending in `/`) is `top`: what search engines ask for, written where the build is
    /// told the site's public address (`src/bin/publish.rs`).
    pub fn absolute_alternate_links(&self, file: &str, top: &str) -> String {
        alternate_links(|other| format!("{top}{}{file}", other.folder()))
    }
}

/// One `hreflang` link per language, and `x-default` (the default language's), to the address
/// `address` gives each.
fn alternate_links(address: impl Fn(&Language) -> String) -> String {
    let link = |hreflang: &str, href: String| {
        format!(r#"<link rel="alternate" hreflang="{hreflang}" href="{href}">"#)
    };
    LANGUAGES
        .iter()
        .map(|other| link(other.code, address(other)))
        .chain(std::iter::once(link("x-default", address(&LANGUAGES[0]))))
        .collect()
}
