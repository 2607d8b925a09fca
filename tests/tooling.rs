//! The build's pinned tools agree with each other, so `trunk build --offline` never needs a download.

fn lock_version(lock: &str, name: &str) -> Option<String> {
    let needle = format!("name = \"{name}\"\n");
    let rest = &lock[lock.find(&needle)? + needle.len()..];
    let line = rest.lines().next()?;
    Some(
        line.strip_prefix("version = ")?
            .trim_matches('"')
            .to_owned(),
    )
}

#[test]
fn trunk_pins_the_wasm_bindgen_of_the_lock_file() {
    let lock = std::fs::read_to_string("Cargo.lock").expect("Cargo.lock is committed");
    let trunk = std::fs::read_to_string("Trunk.toml").expect("Trunk.toml exists");
    let version = lock_version(&lock, "wasm-bindgen").expect("wasm-bindgen is locked");
    assert!(
        trunk.contains(&format!("wasm_bindgen = \"{version}\"")),
        "Trunk.toml must pin wasm_bindgen = \"{version}\""
    );
    let manifest = std::fs::read_to_string("Cargo.toml").expect("Cargo.toml exists");
    assert!(manifest.contains(&format!("wasm-bindgen = \"={version}\"")));
}

#[test]
fn the_release_build_uses_relative_asset_urls() {
    let trunk = std::fs::read_to_string("Trunk.toml").expect("Trunk.toml exists");
    assert!(trunk.contains("public_url = \"./\""));
    let ci = std::fs::read_to_string(".ci/run").expect(".ci/run exists");
    assert!(
        ci.contains("./x test"),
        ".ci/run must call the README's test command"
    );
}
