//! Turns `src/content/content.toml` into JSON in `OUT_DIR`, so the app carries a small JSON parser
//! instead of a TOML one. A content file that is not valid TOML fails the build with its error.

use std::path::PathBuf;

const SOURCE: &str = "src/content/content.toml";

fn main() {
    println!("cargo:rerun-if-changed={SOURCE}");
    let text = std::fs::read_to_string(SOURCE).unwrap_or_else(|e| panic!("{SOURCE}: {e}"));
    let value: toml::Value = toml::from_str(&text).unwrap_or_else(|e| panic!("{SOURCE}: {e}"));
    let json = serde_json::to_string(&value).unwrap_or_else(|e| panic!("{SOURCE}: {e}"));
    let out = PathBuf::from(std::env::var_os("OUT_DIR").expect("cargo sets OUT_DIR"));
    std::fs::write(out.join("content.json"), json)
        .unwrap_or_else(|e| panic!("writing content.json: {e}"));
}
