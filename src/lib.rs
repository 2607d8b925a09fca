//! mlpath: a client-side career quiz between data science and machine-learning engineering.
//!
//! The modules are layers, declared here from the bottom up: a module uses only itself and those
//! declared before it (`tests/layers.rs` holds the same table and fails on an edge that goes the
//! wrong way, naming it; `docs/ARCHITECTURE.md` draws it). The first six are plain Rust, tested
//! natively; `storage` and `web` are the browser without Yew; the last four are Yew.

// What the quiz says: the content file, its types and the compiled value.
pub mod content;
// What the quiz does with answers: scoring, recommendations, share codes.
pub mod quiz;
// The app's addresses.
pub mod route;
// The embed options, accent contrast and snippets.
pub mod embed;
// The one reducer of the quiz state.
pub mod state;
// View models: what the pages say.
pub mod view;
// localStorage.
pub mod storage;
// The rest of the browser.
pub mod web;
// The Yew context and its hooks.
pub mod context;
// The pieces pages are made of.
pub mod components;
// One page per route.
pub mod pages;
// The shell and the start-up.
pub mod app;
