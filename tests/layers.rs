//! The layers of `src/` (see `src/lib.rs` and `docs/ARCHITECTURE.md`) point one way: a module uses
//! only the layers below its own, and the pure layers use no browser or UI crate. These tests read
//! the source and name every edge that breaks the rule.

use std::fs;
use std::path::{Path, PathBuf};

/// The layers, bottom first: a module may use its own layer and those before it.
const LAYERS: [&str; 12] = [
    "content",
    "quiz",
    "route",
    "embed",
    "state",
    "view",
    "storage",
    "web",
    "context",
    "components",
    "pages",
    "app",
];

/// The layers that are plain Rust, tested natively: no browser and no UI crate.
const PURE: [&str; 6] = ["content", "quiz", "route", "embed", "state", "view"];

/// The crates the pure layers may not name.
const BROWSER_CRATES: [&str; 5] = ["yew", "web_sys", "gloo", "wasm_bindgen", "js_sys"];

fn rust_files(dir: &Path, files: &mut Vec<PathBuf>) {
    for entry in fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            rust_files(&path, files);
        } else if path.extension().is_some_and(|ext| ext == "rs") {
            files.push(path);
        }
    }
}

/// The module path of a file of `src/`: `state.rs` is `state`, `view/mod.rs` is `view`,
/// `view/result.rs` is `view::result`; the crate root and the binaries have none.
fn module_path(relative: &Path) -> Vec<String> {
    let mut parts: Vec<String> = relative
        .iter()
        .map(|part| part.to_string_lossy().into_owned())
        .collect();
    if let Some(last) = parts.pop() {
        let stem = last.strip_suffix(".rs").unwrap_or(&last).to_owned();
        if stem != "mod" {
            parts.push(stem);
        }
    }
    if matches!(
        parts.first().map(String::as_str),
        Some("lib" | "main" | "bin")
    ) {
        parts.clear();
    }
    parts
}

/// The layer a file of `src/` belongs to: its top-level module; none for the crate root and the
/// binaries, which sit above every layer.
fn layer_of(relative: &Path) -> Option<&'static str> {
    let module = module_path(relative).into_iter().next()?;
    LAYERS.into_iter().find(|layer| *layer == module)
}

/// The code of a file with its comment lines blanked (doc comments may name any layer), so that
/// line numbers still count from the file's top.
fn code_of(text: &str) -> String {
    text.lines()
        .map(|line| {
            if line.trim_start().starts_with("//") {
                ""
            } else {
                line
            }
        })
        .collect::<Vec<_>>()
        .join("\n")
}

fn is_ident(c: char) -> bool {
    c.is_alphanumeric() || c == '_'
}

/// The first path segment at the start of `text` (after spaces): a module name, `self`, `*`.
fn first_segment(text: &str) -> String {
    let text = text.trim_start();
    if text.starts_with('*') {
        return "*".to_owned();
    }
    text.chars().take_while(|&c| is_ident(c)).collect()
}

/// The items of the `{…}` group at the start of `text`, nested groups and lines included, each
/// with its offset in `text`.
fn group_items(text: &str) -> Vec<(usize, &str)> {
    let mut items = Vec::new();
    let (mut depth, mut start) = (0, 1);
    for (at, c) in text.char_indices() {
        match c {
            '{' => depth += 1,
            '}' | ',' if depth == 1 => {
                items.push((start, &text[start..at]));
                start = at + 1;
                if c == '}' {
                    break;
                }
            }
            '}' => depth -= 1,
            _ => {}
        }
    }
    items.retain(|(_, item)| !item.trim().is_empty());
    items
}

/// Every top-level module the code of the file at `own` (its module path) names through `crate::`
/// or `super::` paths, `use` items and paths in code alike, with the line it is named on. A
/// `super::` that stays inside the file's own top-level module names nothing new.
fn named_modules(code: &str, own: &[String]) -> Vec<(usize, String)> {
    let line_of = |offset: usize| code[..offset].matches('\n').count() + 1;
    let inline = inline_modules(code);
    // How deep in modules the code at `offset` is: the file's own, and the inline ones around it.
    let depth_at = |offset: usize| {
        own.len()
            + inline
                .iter()
                .filter(|range| range.contains(&offset))
                .count()
    };
    let mut found = Vec::new();
    let mut at = 0;
    while let Some(next) = code[at..].find(['c', 's']) {
        let start = at + next;
        at = start + 1;
        if code[..start].chars().next_back().is_some_and(is_ident) {
            continue;
        }
        let rest = &code[start..];
        let (ups, after) = if let Some(after) = rest.strip_prefix("crate::") {
            (None, after)
        } else if rest.starts_with("super::") {
            let mut after = rest;
            let mut ups = 0;
            while let Some(more) = after.strip_prefix("super::") {
                ups += 1;
                after = more;
            }
            (Some(ups), after)
        } else {
            continue;
        };
        let offset = code.len() - after.len();
        at = offset;
        let depth = depth_at(start);
        match ups {
            // Still inside the file's own top-level module (or an inline module of it).
            Some(ups) if ups < depth => continue,
            Some(ups) if ups > depth => {
                found.push((line_of(start), "super:: past the crate root".to_owned()));
                continue;
            }
            _ => {}
        }
        if after.starts_with('{') {
            for (item_offset, item) in group_items(after) {
                let name = first_segment(item);
                let leading = item.len() - item.trim_start().len();
                found.push((line_of(offset + item_offset + leading), name));
            }
        } else {
            found.push((line_of(start), first_segment(after)));
        }
    }
    found
}

/// Where the inline modules of the code are (`mod name { … }`), from their name to their end.
fn inline_modules(code: &str) -> Vec<std::ops::Range<usize>> {
    let mut ranges = Vec::new();
    let mut at = 0;
    while let Some(next) = code[at..].find("mod ") {
        let start = at + next;
        at = start + 4;
        if code[..start].chars().next_back().is_some_and(is_ident) {
            continue;
        }
        let rest = &code[at..];
        let name_len = rest.chars().take_while(|&c| is_ident(c)).count();
        if name_len == 0 || !rest[name_len..].trim_start().starts_with('{') {
            continue;
        }
        let open = at + name_len + rest[name_len..].find('{').unwrap_or(0);
        let mut depth = 0;
        for (offset, c) in code[open..].char_indices() {
            match c {
                '{' => depth += 1,
                '}' => {
                    depth -= 1;
                    if depth == 0 {
                        ranges.push(start..open + offset);
                        break;
                    }
                }
                _ => {}
            }
        }
    }
    ranges
}

fn source() -> Vec<(PathBuf, String)> {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut files = Vec::new();
    rust_files(&src, &mut files);
    files.sort();
    files
        .into_iter()
        .map(|file| {
            let text = fs::read_to_string(&file).unwrap();
            (file.strip_prefix(&src).unwrap().to_owned(), text)
        })
        .collect()
}

/// Every edge that goes up the table, as "file:line: layer uses higher".
fn upward_edges(files: &[(PathBuf, String)]) -> Vec<String> {
    let rank = |layer: &str| LAYERS.iter().position(|l| *l == layer);
    let mut wrong = Vec::new();
    for (file, text) in files {
        let Some(own) = layer_of(file) else { continue };
        for (line_number, used) in named_modules(&code_of(text), &module_path(file)) {
            let Some(used_rank) = rank(&used) else {
                wrong.push(format!(
                    "{}:{line_number}: crate::{used} is in no layer of the table",
                    file.display()
                ));
                continue;
            };
            if used_rank > rank(own).unwrap() {
                wrong.push(format!(
                    "{}:{line_number}: the {own} layer uses the {used} layer, which is above it",
                    file.display()
                ));
            }
        }
    }
    wrong
}

#[test]
fn every_module_uses_only_the_layers_below_it() {
    let files = source();
    assert!(
        files.len() > 30,
        "expected the app's files, found {}",
        files.len()
    );
    for layer in LAYERS {
        assert!(
            files.iter().any(|(file, _)| layer_of(file) == Some(layer)),
            "no file in the {layer} layer: is the table out of date?"
        );
    }
    let wrong = upward_edges(&files);
    assert!(
        wrong.is_empty(),
        "edges up the layers:\n{}",
        wrong.join("\n")
    );
}

#[test]
fn lib_rs_declares_the_layers_in_the_table_s_order() {
    let lib = fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("src/lib.rs")).unwrap();
    let declared: Vec<&str> = lib
        .lines()
        .filter_map(|line| line.strip_prefix("pub mod ")?.strip_suffix(';'))
        .collect();
    assert_eq!(declared, LAYERS, "src/lib.rs and this table disagree");
}

#[test]
fn the_rule_names_an_edge_that_goes_up() {
    // What the test above would say of a state module that reached for a page, in each way a
    // path can be written: in a group over several lines, nested, through `super::`, in code.
    let state = "use crate::quiz::Answers;
// crate::pages in a comment is fine
use crate::{
    content::Content,
    route::{Route, ResultCode},
    pages::landing,
};
fn f() -> bool { super::web::is_embedded() }
fn g() { crate::app::mount() }
";
    let files = vec![(PathBuf::from("state.rs"), state.to_owned())];
    assert_eq!(
        upward_edges(&files),
        [
            "state.rs:6: the state layer uses the pages layer, which is above it",
            "state.rs:8: the state layer uses the web layer, which is above it",
            "state.rs:9: the state layer uses the app layer, which is above it",
        ]
    );
    // Inside its own layer, `super::` is fine; past the root, or to no layer, it is named.
    let files = vec![
        (
            PathBuf::from("view/result.rs"),
            "use super::words::in_list;\nuse super::super::web::f;\n".to_owned(),
        ),
        (
            PathBuf::from("view/x.rs"),
            "crate::nowhere::f(); use crate::*;".to_owned(),
        ),
        (PathBuf::from("route.rs"), "use super::super::x;".to_owned()),
        (
            PathBuf::from("embed/mod.rs"),
            "mod inner {\n    use super::params::Rgb;\n    use super::super::app::App;\n}\n"
                .to_owned(),
        ),
    ];
    assert_eq!(
        upward_edges(&files),
        [
            "view/result.rs:2: the view layer uses the web layer, which is above it",
            "view/x.rs:1: crate::nowhere is in no layer of the table",
            "view/x.rs:1: crate::* is in no layer of the table",
            "route.rs:1: crate::super:: past the crate root is in no layer of the table",
            "embed/mod.rs:3: the embed layer uses the app layer, which is above it",
        ]
    );
}

#[test]
fn the_pure_layers_name_no_browser_or_ui_crate() {
    let mut checked = 0;
    for (file, text) in source() {
        if !layer_of(&file).is_some_and(|layer| PURE.contains(&layer)) {
            continue;
        }
        checked += 1;
        for (index, line) in code_of(&text).lines().enumerate() {
            for name in BROWSER_CRATES {
                let named = line.contains(&format!("{name}::"))
                    || line.trim_start().starts_with(&format!("use {name}"));
                assert!(!named, "{}:{} names `{name}`", file.display(), index + 1);
            }
        }
    }
    assert!(
        checked >= 15,
        "expected the pure layers' files, found {checked}"
    );
}
