//! Small wordings several views share: names in a sentence, lists, counts, levels and costs.

use crate::quiz::{Cost, Level};

/// Said, visually hidden, after the name of every link that opens a new tab.
pub const NEW_TAB: &str = " (opens in a new tab)";

/// A name inside a sentence: "Applied ML engineer" becomes "applied ML engineer", while a name
/// that starts with an acronym ("ML software engineer") keeps it. ASCII only, on purpose: the
/// names are English, and Unicode case tables would add to the wasm.
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

/// `text` with its first letter in upper case, to start a sentence or a label (ASCII only, as
/// [`in_sentence`]).
pub fn sentence_start(text: &str) -> String {
    let mut text = text.to_owned();
    if let Some(first) = text.get_mut(..1) {
        first.make_ascii_uppercase();
    }
    text
}

/// `items` as a sentence lists them: "a", "a and b", "a, b and c".
pub fn in_list(items: &[String]) -> String {
    match items {
        [] => String::new(),
        [only] => only.clone(),
        [rest @ .., last] => format!("{} and {last}", rest.join(", ")),
    }
}

/// A count in words, as a sentence says it: "four", up to twelve; larger counts in digits.
pub fn count_word(count: usize) -> String {
    const WORDS: [&str; 13] = [
        "no", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
        "eleven", "twelve",
    ];
    WORDS
        .get(count)
        .map_or_else(|| count.to_string(), |word| (*word).to_owned())
}

/// A count of things in words: "one path", "four paths".
pub fn count_of(count: usize, one: &str, many: &str) -> String {
    format!(
        "{} {}",
        count_word(count),
        if count == 1 { one } else { many }
    )
}

/// The name of a level, as a label shows it: "Beginner".
pub fn level_name(level: Level) -> &'static str {
    match level {
        Level::Beginner => "Beginner",
        Level::Intermediate => "Intermediate",
        Level::Advanced => "Advanced",
    }
}

/// The levels a resource spans: "Intermediate", or "Intermediate to advanced".
pub fn level_range(level: Level, up_to: Option<Level>) -> String {
    match up_to {
        Some(top) if top != level => format!(
            "{} to {}",
            level_name(level),
            level_name(top).to_ascii_lowercase()
        ),
        _ => level_name(level).to_owned(),
    }
}

/// What a resource costs, as its tag shows it.
pub fn cost_name(cost: Cost) -> &'static str {
    match cost {
        Cost::Free => "Free",
        Cost::FreeToAudit => "Free to audit",
        Cost::Paid => "Paid",
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
        assert_eq!(sentence_start("four paths"), "Four paths");
        let list =
            |items: &[&str]| in_list(&items.iter().map(|s| s.to_string()).collect::<Vec<_>>());
        assert_eq!(list(&[]), "");
        assert_eq!(list(&["a"]), "a");
        assert_eq!(list(&["a", "b"]), "a and b");
        assert_eq!(list(&["a", "b", "c"]), "a, b and c");
        assert_eq!(count_word(3), "three");
        assert_eq!(count_word(12), "twelve");
        assert_eq!(count_word(13), "13");
        assert_eq!(count_of(1, "path", "paths"), "one path");
        assert_eq!(count_of(4, "path", "paths"), "four paths");
    }

    #[test]
    fn levels_read_as_labels_and_ranges() {
        assert_eq!(level_range(Level::Beginner, None), "Beginner");
        assert_eq!(
            level_range(Level::Intermediate, Some(Level::Advanced)),
            "Intermediate to advanced"
        );
        for level in Level::ALL {
            assert_eq!(level_name(level).to_ascii_lowercase(), level.key());
            assert_eq!(Level::from_key(level.key()), Some(level));
        }
        assert_eq!(Level::from_key("Beginner"), None);
        assert_eq!(cost_name(Cost::FreeToAudit), "Free to audit");
    }
}
