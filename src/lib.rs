//! mlpath: a client-side career quiz between data science and machine-learning engineering.
//!
//! The modules are layers, listed here from the bottom up. A module uses only those above it in
//! this list, never one below (`tests/layers.rs` fails on an edge that goes the wrong way, naming
//! it); `docs/ARCHITECTURE.md` draws the layers and says where each kind of change goes.

// Pure Rust, no browser and no Yew: tested natively.
pub mod content;
pub mod embed;
pub mod quiz;
pub mod route;
pub mod state;
pub mod view;
// The browser, without Yew.
pub mod storage;
pub mod web;
// Yew.
pub mod app;
pub mod components;
pub mod context;
pub mod pages;
