//! The domain stays pure Rust: nothing under src/quiz or src/content may name a UI or browser crate.

use std::fs;
use std::path::{Path, PathBuf};

// Split so that this file does not spell the words it looks for.
const FORBIDDEN: [[&str; 2]; 8] = [
    ["ye", "w"],
    ["web", "_sys"],
    ["web", "-sys"],
    ["glo", "o"],
    ["wasm", "_bindgen"],
    ["wasm", "-bindgen"],
    ["js", "_sys"],
    ["js", "-sys"],
];

fn source_files(dir: &Path, files: &mut Vec<PathBuf>) {
    for entry in fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            source_files(&path, files);
        } else if path
            .extension()
            .is_some_and(|ext| ext == "rs" || ext == "toml")
        {
            files.push(path);
        }
    }
}

#[test]
fn the_domain_names_no_ui_or_browser_crate() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut files = Vec::new();
    source_files(&root.join("src/quiz"), &mut files);
    source_files(&root.join("src/content"), &mut files);
    assert!(
        files.len() >= 7,
        "expected the domain's files, found {files:?}"
    );
    for file in files {
        let text = fs::read_to_string(&file).unwrap().to_lowercase();
        for [a, b] in FORBIDDEN {
            let word = format!("{a}{b}");
            assert!(
                !text.contains(&word),
                "{} mentions `{word}`",
                file.display()
            );
        }
    }
}
