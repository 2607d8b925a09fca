//! The content file and its loader.
