//! A translation laid over the English content: `lang/<code>.toml`'s texts put in place of
//! content.toml's, keyed by the same ids, with content.toml's structure (ids, keys, weights,
//! levels, URLs, order) left as it is. `build.rs` compiles a language's build from what this makes;
//! the tests check every language's content with it. Native only: the wasm never parses TOML.

use toml::{Table, Value};

/// Fields of content.toml that are structure, not text: ids, keys, kinds, references, weights,
/// levels, costs and URLs, and the titles and providers of courses and books, which stay as
/// published. A translation never carries them; every other string of content.toml is text.
pub const STRUCTURE: &[&str] = &[
    "version",
    "retired_question_keys",
    "retired_choice_keys",
    "id",
    "key",
    "kind",
    "role",
    "emblem",
    "skill",
    "answer",
    "weights",
    "level",
    "up_to",
    "cost",
    "url",
    "provider",
    "skills",
    "paths",
    "distinctions",
];

/// Whether the field `name`, at the key path `key`, is structure. A resource's `title` is
/// structure (as published), while the intro's `title` is text: the one field name that is both,
/// told apart by where it is. Nothing in the interface's words (`ui.…`) is structure.
pub fn is_structure(key: &str, name: &str) -> bool {
    !key.starts_with("ui.")
        && (STRUCTURE.contains(&name) || (name == "title" && key.starts_with("resources.")))
}

/// Lays `translation` over `english` in place: each text of the translation replaces the
/// English text at the same key path, where lists of tables with ids (questions, choices, paths…)
/// are found by id, never by position. A text the translation lacks stays English. Fails, naming
/// each key path, on a key content.toml lacks, on structure, and on a value of another shape
/// (a list of another length among them).
pub fn lay_over(english: &mut Table, translation: &Table) -> Result<(), Vec<String>> {
    let mut problems = Vec::new();
    lay("", english, translation, &mut problems);
    if problems.is_empty() {
        Ok(())
    } else {
        Err(problems)
    }
}

fn lay(prefix: &str, english: &mut Table, translation: &Table, problems: &mut Vec<String>) {
    for (name, text) in translation {
        let key = if prefix.is_empty() {
            name.clone()
        } else {
            format!("{prefix}.{name}")
        };
        let Some(original) = english.get_mut(name) else {
            problems.push(format!("{key}: content.toml has no such text"));
            continue;
        };
        // A list of tables with ids is found by id, whatever its name; the same name elsewhere
        // (a path's `skills`, a question's `distinctions`) is structure.
        let is_by_id =
            matches!((&*original, text), (Value::Array(items), Value::Table(_)) if has_ids(items));
        if !is_by_id && is_structure(&key, name) {
            problems.push(format!(
                "{key}: structure, not text: a translation never carries it"
            ));
            continue;
        }
        match (original, text) {
            (Value::String(original), Value::String(text)) => original.clone_from(text),
            (Value::Array(items), Value::Table(by_id)) if has_ids(items) => {
                for (id, inner) in by_id {
                    let item = items.iter_mut().find_map(|item| {
                        let table = item.as_table_mut()?;
                        (table.get("id")?.as_str()? == id.as_str()).then_some(table)
                    });
                    match (item, inner) {
                        (Some(item), Value::Table(inner)) => {
                            lay(&format!("{key}.{id}"), item, inner, problems)
                        }
                        (Some(_), _) => problems.push(format!("{key}.{id}: not a table")),
                        (None, _) => {
                            problems.push(format!("{key}.{id}: content.toml has no such id"))
                        }
                    }
                }
            }
            (Value::Array(items), Value::Array(texts))
                if items.iter().all(Value::is_str) && texts.iter().all(Value::is_str) =>
            {
                if items.len() == texts.len() {
                    items.clone_from(texts);
                } else {
                    problems.push(format!(
                        "{key}: {} items, content.toml has {}",
                        texts.len(),
                        items.len()
                    ));
                }
            }
            (Value::Table(original), Value::Table(text)) => lay(&key, original, text, problems),
            _ => problems.push(format!("{key}: not the shape content.toml gives it")),
        }
    }
}

/// Whether a list holds tables that each have an `id`.
fn has_ids(items: &[Value]) -> bool {
    !items.is_empty()
        && items
            .iter()
            .all(|item| item.as_table().is_some_and(|t| t.contains_key("id")))
}
