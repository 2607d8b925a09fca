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
const PURE: [&str; 5] = ["content", "quiz", "route", "embed", "view"];

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

/// The layer a file of `src/` belongs to: its top-level module; none for the crate root and the
/// binaries, which sit above every layer.
fn layer_of(relative: &Path) -> Option<&'static str> {
    let first = relative.components().next()?.as_os_str().to_str()?;
    let module = first.strip_suffix(".rs").unwrap_or(first);
    LAYERS.into_iter().find(|layer| *layer == module)
}

/// The code of a file without its comment lines (doc comments may name any layer).
fn code_lines(text: &str) -> impl Iterator<Item = (usize, &str)> {
    text.lines()
        .enumerate()
        .map(|(index, line)| (index + 1, line))
        .filter(|(_, line)| !line.trim_start().starts_with("//"))
}

/// Every `crate::<module>` a line names, `use` or path alike; `use crate::{a, b}` names each.
fn named_modules(line: &str) -> Vec<String> {
    let mut found = Vec::new();
    let mut rest = line;
    while let Some(at) = rest.find("crate::") {
        let after = &rest[at + "crate::".len()..];
        if let Some(group) = after.strip_prefix('{') {
            let group = &group[..group.find('}').unwrap_or(group.len())];
            for item in group.split(',') {
                let name = item.trim().split("::").next().unwrap_or_default();
                found.push(name.trim().to_owned());
            }
        } else {
            let end = after
                .find(|c: char| !(c.is_alphanumeric() || c == '_'))
                .unwrap_or(after.len());
            found.push(after[..end].to_owned());
        }
        rest = after;
    }
    found.retain(|name| !name.is_empty());
    found
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
        for (line_number, line) in code_lines(text) {
            for used in named_modules(line) {
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
fn the_rule_names_an_edge_that_goes_up() {
    // What the test above would say of a state module that reached for a page.
    let files = vec![(
        PathBuf::from("state.rs"),
        "use crate::quiz::Answers;\n// crate::pages in a comment is fine\nuse crate::{pages::landing, route::Route};\n"
            .to_owned(),
    )];
    assert_eq!(
        upward_edges(&files),
        ["state.rs:3: the state layer uses the pages layer, which is above it"]
    );
    let files = vec![(PathBuf::from("view/x.rs"), "crate::nowhere::f()".to_owned())];
    assert_eq!(
        upward_edges(&files),
        ["view/x.rs:1: crate::nowhere is in no layer of the table"]
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
        for (line_number, line) in code_lines(&text) {
            for name in BROWSER_CRATES {
                let named = line.contains(&format!("{name}::"))
                    || line.trim_start().starts_with(&format!("use {name}"));
                assert!(!named, "{}:{line_number} names `{name}`", file.display());
            }
        }
    }
    assert!(
        checked >= 15,
        "expected the pure layers' files, found {checked}"
    );
}
