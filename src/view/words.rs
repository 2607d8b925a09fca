//! Small wordings several views share: lists, counts, levels and costs, in the build's language.

use crate::content::ui;
use crate::quiz::{Cost, Level};

/// Said, visually hidden, after the name of every link that opens a new tab.
pub const NEW_TAB: &str = ui!(site.new_tab);

/// What a course's or book's title says after it on a page not in English ("(en inglés)"): the
/// courses and books are all in English, and keep their titles as published. Empty in English.
pub const IN_ENGLISH: &str = ui!(resources.in_english);

/// The `lang` of a course's or book's title where the page is in another language, so that a
/// screen reader reads it as English; none on an English page.
pub const ENGLISH_TITLE: Option<&str> = if IN_ENGLISH.is_empty() {
    None
} else {
    Some("en")
};

/// A name inside a sentence, as the build's language writes it (`[ui.words] name_case`): in
/// English and Spanish "Applied ML engineer" becomes "applied ML engineer", while a name that
/// starts with an acronym ("ML software engineer") keeps it; German keeps every name as written
/// (its names are nouns). Only ASCII and Latin-1 capitals are lowered ("Álgebra"): the names'
/// languages need no more, and Unicode case tables would add to the wasm.
pub fn in_sentence(name: &str) -> String {
    let mut bytes = name.as_bytes().to_vec();
    let starts_acronym = bytes.get(1).is_some_and(u8::is_ascii_uppercase);
    if ui!(words.name_case) == "keep" || starts_acronym {
        return name.to_owned();
    }
    // By the bytes of UTF-8: an ASCII capital, or a Latin-1 one (C3 80 to C3 9E, but for "×" at
    // C3 97), lowered by adding 32 to its last byte.
    match bytes.as_mut_slice() {
        [first @ b'A'..=b'Z', ..] => *first += 32,
        [0xC3, second @ 0x80..=0x9E, ..] if *second != 0x97 => *second += 32,
        _ => {}
    }
    String::from_utf8(bytes).unwrap_or_else(|_| name.to_owned())
}

/// A percentage as the build's language writes it: "42%", "42 %".
pub fn percent_text(percent: u32) -> String {
    ui!(words.percent, number = percent)
}

/// `items` as a sentence lists them, in the build's language: "a", "a and b", "a, b and c".
pub fn in_list(items: &[String]) -> String {
    match items {
        [] => String::new(),
        [only] => only.clone(),
        [rest @ .., last] => {
            let rest = rest.join(ui!(words.list_separator));
            ui!(
                one_of [words.list_end, words.list_end_before_i][usize::from(starts_with_i_sound(last))],
                last = last,
                rest = rest
            )
        }
    }
}

/// Whether `word` starts with the sound /i/ as Spanish spells it: "i", "í", "hi", "hí", but not
/// "hia", "hie", "hio", "hiu" (where the "i" is a consonant: "hielo"). Compared by hand: Unicode
/// lower-casing would bring its tables into the wasm.
fn starts_with_i_sound(word: &str) -> bool {
    let mut chars = word.chars();
    let mut first = chars.next();
    let aspirated = matches!(first, Some('h' | 'H'));
    if aspirated {
        first = chars.next();
    }
    matches!(first, Some('i' | 'I' | 'í' | 'Í'))
        && !(aspirated
            && matches!(
                chars.next(),
                Some('a' | 'e' | 'o' | 'u' | 'A' | 'E' | 'O' | 'U')
            ))
}

/// A count in words, as a sentence says it: "four", up to twelve; larger counts in digits.
pub fn count_word(count: usize) -> String {
    const WORDS: [&str; 13] = ui!(words.numbers);
    WORDS
        .get(count)
        .map_or_else(|| count.to_string(), |word| (*word).to_owned())
}

/// A count in words at the start of a sentence: "Four" (a template's `{Count}`). The words of
/// every language so far start with an ASCII letter; ASCII only.
pub fn count_word_at_start(count: usize) -> String {
    let mut word = count_word(count);
    if let Some(first) = word.get_mut(..1) {
        first.make_ascii_uppercase();
    }
    word
}

/// The name of a level, as a label shows it: "Beginner".
pub fn level_name(level: Level) -> &'static str {
    match level {
        Level::Beginner => ui!(words.beginner),
        Level::Intermediate => ui!(words.intermediate),
        Level::Advanced => ui!(words.advanced),
    }
}

/// The levels a resource spans: "Intermediate", or "Intermediate to advanced".
pub fn level_range(level: Level, up_to: Option<Level>) -> &'static str {
    match (level, up_to.unwrap_or(level)) {
        (Level::Beginner, Level::Intermediate) => ui!(words.beginner_to_intermediate),
        (Level::Beginner, Level::Advanced) => ui!(words.beginner_to_advanced),
        (Level::Intermediate, Level::Advanced) => ui!(words.intermediate_to_advanced),
        _ => level_name(level),
    }
}

/// What a resource costs, as its tag shows it.
pub fn cost_name(cost: Cost) -> &'static str {
    match cost {
        Cost::Free => ui!(words.free),
        Cost::FreeToAudit => ui!(words.free_to_audit),
        Cost::Paid => ui!(words.paid),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_read_as_a_sentence_says_them() {
        assert_eq!(in_sentence("Applied ML engineer"), "applied ML engineer");
        assert_eq!(in_sentence("ML software engineer"), "ML software engineer");
        assert_eq!(in_sentence(""), "");
        assert_eq!(in_sentence("Álgebra lineal"), "álgebra lineal");
        assert_eq!(in_sentence("×2"), "×2");
        assert_eq!(percent_text(42), "42%");
        let list =
            |items: &[&str]| in_list(&items.iter().map(|s| s.to_string()).collect::<Vec<_>>());
        assert_eq!(list(&[]), "");
        assert_eq!(list(&["a"]), "a");
        assert_eq!(list(&["a", "b"]), "a and b");
        assert_eq!(list(&["a", "b", "c"]), "a, b and c");
        assert_eq!(count_word(3), "three");
        assert_eq!(count_word(12), "twelve");
        assert_eq!(count_word(13), "13");
        assert_eq!(count_word_at_start(4), "Four");
        assert_eq!(count_word_at_start(13), "13");
    }

    #[test]
    fn a_list_knows_which_words_start_with_the_sound_i() {
        for word in [
            "ingeniero",
            "Ingeniero de ML",
            "ínfimo",
            "hijo",
            "Historia",
            "hígado",
        ] {
            assert!(starts_with_i_sound(word), "{word}");
        }
        for word in ["hielo", "Hierro", "hiato", "Científico", "ML", "", "h", "y"] {
            assert!(!starts_with_i_sound(word), "{word}");
        }
    }

    #[test]
    fn levels_read_as_labels_and_ranges() {
        assert_eq!(level_range(Level::Beginner, None), "Beginner");
        assert_eq!(
            level_range(Level::Beginner, Some(Level::Beginner)),
            "Beginner"
        );
        assert_eq!(
            level_range(Level::Intermediate, Some(Level::Advanced)),
            "Intermediate to advanced"
        );
        assert_eq!(
            level_range(Level::Beginner, Some(Level::Advanced)),
            "Beginner to advanced"
        );
        for level in Level::ALL {
            assert_eq!(level_name(level).to_ascii_lowercase(), level.key());
            assert_eq!(Level::from_key(level.key()), Some(level));
        }
        assert_eq!(Level::from_key("Beginner"), None);
        assert_eq!(cost_name(Cost::FreeToAudit), "Free to audit");
    }
}
