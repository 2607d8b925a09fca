//! The language switch: this page in each other language the quiz has.

use std::fmt::Write as _;

use yew::prelude::*;

use crate::content::languages::{Language, LANGUAGES};
use crate::embed::escape_html;
use crate::web;

/// One link per language, each to this page's version in it; the boot script there keeps the choice
/// (`lang` in the address, see `src/boot.js`), and the boot script here adds the place in the quiz
/// (the address's fragment, which the app changes without reloading) as a link is followed, opened
/// elsewhere or copied, so the markup stays the same from question to question (and focus on a
/// link stays where it is when the address changes). Progress and results are kept alike in every language, so a quiz under way
/// continues where it was. Each name is in its own language (`lang`), and the current one is marked.
pub struct LanguageSwitch {
    /// The switch's name, for assistive technology ("Language").
    pub label: &'static str,
}

impl LanguageSwitch {
    /// The switch: a small navigation list, as one string of markup the browser parses (a tree of
    /// `html!` nodes costs the wasm several times more for these few tags). The page's file name,
    /// its only part from elsewhere, is escaped.
    pub fn view(self) -> Html {
        let here = Language::current();
        // Read while rendering, which is safe outside a browser (none: the landing page's links).
        let file = web::page_file();
        let mut markup = format!(
            r#"<nav class="languages" aria-label="{}"><ul>"#,
            escape_html(self.label)
        );
        for language in &LANGUAGES {
            let (code, name) = (language.code, language.name);
            if language == here {
                let _ = write!(
                    markup,
                    r#"<li><span lang="{code}" aria-current="true">{name}</span></li>"#
                );
            } else {
                let href = format!("{}?lang={code}", here.address_of(&file, language));
                let _ = write!(
                    markup,
                    r#"<li><a href="{}" lang="{code}" hreflang="{code}">{name}</a></li>"#,
                    escape_html(&href)
                );
            }
        }
        markup.push_str("</ul></nav>");
        Html::from_html_unchecked(AttrValue::from(markup))
    }
}
