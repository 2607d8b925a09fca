//! mlpath: a client-side career quiz between data science and machine-learning engineering.

pub mod app;
pub mod components;
pub mod content;
pub mod embed;
pub mod idle;
pub mod offline;
pub mod pages;
pub mod quiz;
pub mod share;
pub mod state;
pub mod storage;
