//! The quiz domain: pure Rust (std + serde), no UI crates.
