//! The language switch: this page in each other language the quiz has.

use yew::prelude::*;

use crate::content::languages::{Language, LANGUAGES};
use crate::web;

/// One link per language, each to this page's version in it, at the same place in the quiz (the
/// address's fragment); the boot script there keeps the choice (`lang` in the address, see
/// `src/boot.js`). Progress and results are kept alike in every language, so a quiz under way
/// continues where it was. Each name is in its own language (`lang`), and the current one is marked.
pub struct LanguageSwitch {
    /// The switch's name, for assistive technology ("Language").
    pub label: &'static str,
}

impl LanguageSwitch {
    /// The switch: a small navigation list.
    pub fn view(self) -> Html {
        let here = Language::current();
        // Read while rendering, which is safe outside a browser (none: the landing page's links).
        let (file, fragment) = web::page_file_and_fragment();
        html! {
            <nav class="languages" aria-label={self.label}>
                <ul>
                    { for LANGUAGES.iter().map(|language| if language == here {
                        html! { <li><span lang={language.code} aria-current="true">{ language.name }</span></li> }
                    } else {
                        let href = format!("{}?lang={}{fragment}", here.address_of(&file, language), language.code);
                        html! { <li><a {href} lang={language.code} hreflang={language.code}>{ language.name }</a></li> }
                    }) }
                </ul>
            </nav>
        }
    }
}
