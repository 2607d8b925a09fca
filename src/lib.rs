//! mlpath: a client-side career quiz between data science and machine-learning engineering.

pub mod app;
pub mod content;
pub mod pages;
pub mod quiz;
