//! The mixed answer sheet, shared by the native tests (`common::mixed`) and
//! `examples/worked_example.rs`.

/// A realistic full sheet: some wrong role guesses, middling ratings, mixed preferences.
pub const MIXED: [(&str, &str); 19] = [
    ("project-part", "train-model"),
    ("who-defines-problem", "data-scientist"),
    ("raw-data", "represent-it"),
    ("who-cleans-data", "ml-engineer"),
    ("rate-statistics", "confident"),
    ("stakeholder-meeting", "prototype"),
    ("who-shows-progress", "ml-engineer"),
    ("rate-programming", "confident"),
    ("ideal-week", "compare-libraries"),
    ("who-goes-deep", "data-scientist"),
    ("rate-maths", "basics"),
    ("after-hours", "stuck-accuracy"),
    ("rate-ml-frameworks", "basics"),
    ("proud-of", "feature"),
    ("who-tunes-models", "ml-engineer"),
    ("rate-software-engineering", "basics"),
    ("free-month", "new-framework"),
    ("team-role", "sceptic"),
    ("rate-communication", "confident"),
];
