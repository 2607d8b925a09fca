//! The compare page's view model: two results side by side, or why a comparison link cannot show
//! them. The page only lays it out.

use std::rc::Rc;

use super::result::lean;
use super::words::{count_word, in_sentence};
use super::{ChartView, ShareMessage, Whose, SITE_NAME};
use crate::quiz::{Answers, Content, DecodeError, Path, Profile, QuestionKind, Text};
use crate::route::ResultCode;

/// How many of the questions answered differently "where they differ most" lists.
pub const MOST_DIFFERENT: usize = 3;

/// What a comparison address shows.
#[derive(Clone, Debug, PartialEq)]
pub enum ComparePageView {
    /// Both results, side by side.
    Compare(Rc<CompareView>),
    /// A link that cannot be compared: why, and a result of it that opens on its own, if one does.
    BadPair {
        /// What is wrong.
        problem: BadPair,
        /// The first of the link's (first two) codes that opens as a result by itself.
        alone: Option<ResultCode>,
    },
}

/// Why a comparison link cannot be compared. Each says so in words of its own
/// ([`BadPair::messages`]), as [`DecodeError`] does for one result.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum BadPair {
    /// Fewer than two codes: none (`#/compare`), or one (`#/compare/CODE`).
    Missing {
        /// Whether the link has one code.
        has_one: bool,
    },
    /// More than two codes.
    Extra,
    /// One or both codes cannot be read: why, for each that cannot.
    Unreadable([Option<DecodeError>; 2]),
    /// One or both skip every preference question: no path is recommended to compare.
    Undirected([bool; 2]),
    /// Both carry the same answers.
    Same,
}

/// How the first and second result of a link are named in a sentence about what is wrong.
const IN_THIS_LINK: [&str; 2] = [
    "The first result in this link",
    "The second result in this link",
];

impl BadPair {
    /// What is wrong, a paragraph each.
    pub fn messages(&self) -> Vec<String> {
        let each = |flags: [bool; 2], what: &dyn Fn(usize, &str) -> String| {
            (0..2)
                .filter(|&i| flags[i])
                .map(|i| what(i, IN_THIS_LINK[i]))
                .collect()
        };
        match self {
            BadPair::Missing { has_one: false } => {
                vec!["This comparison link has no results in it. Part of it may have been cut off.".to_owned()]
            }
            BadPair::Missing { has_one: true } => {
                vec!["This comparison link has only one result in it. The second may have been cut off.".to_owned()]
            }
            BadPair::Extra => vec![
                "This comparison link has more than two results in it. It may have been pasted twice or edited."
                    .to_owned(),
            ],
            BadPair::Unreadable(errors) => each(errors.clone().map(|e| e.is_some()), &|i, of| {
                errors[i].as_ref().map(|e| e.said_of(of)).unwrap_or_default()
            }),
            BadPair::Undirected(flags) => each(*flags, &|_, of| {
                format!("{of} skips every question about the work one would rather do, so it recommends no path to compare.")
            }),
            BadPair::Same => vec![
                "Both results in this link carry the same answers: there is nothing to compare."
                    .to_owned(),
            ],
        }
    }
}

/// How the two results are named: to the person and about someone else where one is their own
/// ("You", "Them"); otherwise about both alike ("First", "Second"), never one in each voice.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Voice {
    /// Whether the first result is the person's own.
    pub is_own: bool,
}

impl Voice {
    /// Each result's label: the chart's markers, the table's columns, the differing answers.
    pub fn labels(self) -> [&'static str; 2] {
        if self.is_own {
            ["You", "Them"]
        } else {
            ["First", "Second"]
        }
    }

    /// Each result as the object of a sentence ("for you").
    fn objects(self) -> [&'static str; 2] {
        if self.is_own {
            ["you", "them"]
        } else {
            ["the first", "the second"]
        }
    }

    /// Each result as the subject of a sentence, with a verb in the plural ("you lean").
    fn subjects(self) -> [&'static str; 2] {
        if self.is_own {
            ["you", "they"]
        } else {
            ["the first answers", "the second answers"]
        }
    }

    /// What each recommended path is, above its name.
    pub fn eyebrows(self) -> [&'static str; 2] {
        if self.is_own {
            [Whose::Own.eyebrow(), Whose::Shared.eyebrow()]
        } else {
            ["First result's best fit", "Second result's best fit"]
        }
    }

    /// The page's heading, and its title.
    pub fn heading(self) -> &'static str {
        if self.is_own {
            "Your result and theirs"
        } else {
            "Two results side by side"
        }
    }

    /// The heading over where the results differ most.
    pub fn differ_heading(self) -> &'static str {
        if self.is_own {
            "Where you differ most"
        } else {
            "Where they differ most"
        }
    }
}

/// One of the two results.
#[derive(Clone, Debug, PartialEq)]
pub struct Side {
    /// Its code, for its own result link.
    pub code: ResultCode,
    /// The recommended path.
    pub path: &'static Path,
}

/// One path's row of the fits table: its name, and each result's fit.
#[derive(Clone, Debug, PartialEq)]
pub struct FitRow {
    /// The path's name.
    pub path: Text,
    /// Each result's fit, in words: "78%", and "78%, best fit" for the recommended path.
    pub fits: [String; 2],
}

/// A preference question the two answered differently.
#[derive(Clone, Debug, PartialEq)]
pub struct Difference {
    /// The question.
    pub prompt: Text,
    /// Each result's answer, after its label: "You: Fixing what breaks".
    pub answers: [String; 2],
}

/// Two results side by side, as the page shows them. The person's own result, if either is, comes
/// first.
#[derive(Clone, Debug, PartialEq)]
pub struct CompareView {
    /// How the two are named.
    pub voice: Voice,
    /// The two results.
    pub sides: [Side; 2],
    /// One line under the heading: the same best fit, or which each has.
    pub lede: String,
    /// The axis with a marker for each result; no bars (the table has the fits).
    pub chart: ChartView,
    /// One row per path, in content order.
    pub fits: Vec<FitRow>,
    /// The path whose fits differ most, in a sentence.
    pub widest: String,
    /// How many preference questions were answered differently, and how the list below is chosen.
    pub differ_count: String,
    /// The questions answered differently that pull the fits furthest apart, most first.
    pub differences: Vec<Difference>,
}

impl ComparePageView {
    /// Reads the codes of a comparison address against `content`. `own_result` is the code of the
    /// person's own result and `keeping` whether storage works, as for [`Whose::of`].
    pub fn new(
        content: &'static Content,
        codes: &[ResultCode],
        own_result: Option<&str>,
        keeping: crate::state::Keeping,
    ) -> Self {
        let read = |code: &ResultCode| {
            let answers = code.decode(content)?;
            let profile = content.score(&answers);
            Ok::<_, DecodeError>((answers, profile))
        };
        let results: Vec<_> = codes.iter().take(2).map(read).collect();
        let alone = codes
            .iter()
            .zip(&results)
            .find(|(_, read)| matches!(read, Ok((_, profile)) if profile.has_direction()))
            .map(|(code, _)| code.clone())
            .filter(|_| codes.len() <= 2);
        let problem = match (codes, &results[..]) {
            ([] | [_], _) => BadPair::Missing {
                has_one: codes.len() == 1,
            },
            ([first, second], [Ok(a), Ok(b)]) => {
                if a.0 == b.0 {
                    BadPair::Same
                } else if a.1.has_direction() && b.1.has_direction() {
                    let is_own = |code| Whose::of(code, own_result, keeping).is_own();
                    let mut pair = [(first, a), (second, b)];
                    if is_own(second) {
                        pair.swap(0, 1);
                    }
                    let voice = Voice {
                        is_own: is_own(pair[0].0),
                    };
                    if let Some(view) = CompareView::new(content, voice, pair) {
                        return ComparePageView::Compare(Rc::new(view));
                    }
                    BadPair::Undirected([true, true])
                } else {
                    BadPair::Undirected([!a.1.has_direction(), !b.1.has_direction()])
                }
            }
            ([_, _], [a, b]) => BadPair::Unreadable([a.clone().err(), b.clone().err()]),
            _ => BadPair::Extra,
        };
        ComparePageView::BadPair { problem, alone }
    }
}

impl CompareView {
    /// The view of two directed results, in the order given; none if the content lacks a path its
    /// recommendation names (the content tests rule that out).
    fn new(
        content: &'static Content,
        voice: Voice,
        pair: [(&ResultCode, &(Answers, Profile)); 2],
    ) -> Option<Self> {
        let [first, second] = pair.map(|(code, (_, profile))| {
            let path = content.path(&content.recommend(profile).primary)?;
            Some(Side {
                code: code.clone(),
                path,
            })
        });
        let (first, second) = (first?, second?);
        let [(_, (answers_a, a)), (_, (answers_b, b))] = pair;
        let [label_a, label_b] = voice.labels();
        let [object_a, object_b] = voice.objects();
        let fit = |profile: &Profile, path: &Path| {
            crate::quiz::percent(profile.path_score(&path.id).unwrap_or(0.0))
        };
        let fits = content
            .paths
            .iter()
            .map(|path| FitRow {
                path: path.name.clone(),
                fits: [(a, &first), (b, &second)].map(|(profile, side)| {
                    let best = if side.path.id == path.id {
                        ", best fit"
                    } else {
                        ""
                    };
                    format!("{}%{best}", fit(profile, path))
                }),
            })
            .collect();
        // The path whose fits differ most; the first of equals, in content order.
        let gap = |path: &&Path| fit(a, path).abs_diff(fit(b, path));
        let widest = content
            .paths
            .iter()
            .rev()
            .max_by_key(gap)
            .filter(|path| gap(path) > 0)
            .map_or_else(
                || "The fits are the same for every path.".to_owned(),
                |path| {
                    format!(
                        "The fits differ most for the {} path: {}% for {object_a}, {}% for {object_b}.",
                        in_sentence(&path.name),
                        fit(a, path),
                        fit(b, path)
                    )
                },
            );
        let (differences, answered_both, differing) =
            differences(content, [answers_a, answers_b], [label_a, label_b]);
        let differ_count = if differing == 0 {
            format!("Of the questions about the work one would rather do, the {} both answered got the same answers.", count_word(answered_both))
        } else {
            format!(
                "{} of the {} questions about the work that both answered got different answers. Those whose answers pull the fits furthest apart:",
                crate::view::sentence_start(&count_word(differing)),
                count_word(answered_both)
            )
        };
        let lede = if first.path.id == second.path.id {
            format!(
                "The same best fit for both: the {} path.",
                in_sentence(&first.path.name)
            )
        } else {
            format!(
                "Different best fits: the {} path for {object_a}, the {} path for {object_b}.",
                in_sentence(&first.path.name),
                in_sentence(&second.path.name)
            )
        };
        let roles = &content.roles;
        let mut chart = ChartView::of(roles, Whose::Unknown, a.axis, Vec::new());
        let (scientist, engineer) = (
            in_sentence(&roles.data_scientist.name),
            in_sentence(&roles.ml_engineer.name),
        );
        let [subject_a, subject_b] = voice.subjects();
        chart.title = "Both results on the axis";
        chart.marker = label_a;
        chart.second = Some((b.axis.clamp(-1.0, 1.0), label_b));
        chart.description = format!(
            "On the axis from {scientist} to {engineer}, {subject_a} {}; {subject_b} {}.",
            lean(a.axis, &scientist, &engineer),
            lean(b.axis, &scientist, &engineer)
        );
        Some(Self {
            voice,
            sides: [first, second],
            lede,
            chart,
            fits,
            widest,
            differ_count,
            differences,
        })
    }

    /// The page's document title.
    pub fn title(&self) -> &'static str {
        self.voice.heading()
    }

    /// What sharing the comparison at `url` says: in the first person where it holds the
    /// person's own result, which they send back; about two results otherwise.
    pub fn share_message(&self, url: &str) -> ShareMessage {
        let (title, text) = if self.voice.is_own {
            (
                format!("Our {SITE_NAME} results side by side"),
                format!("Between data science and ML engineering, here is where we each stand on the {SITE_NAME} quiz."),
            )
        } else {
            (
                format!("Two {SITE_NAME} results side by side"),
                format!("Between data science and ML engineering, two results of the {SITE_NAME} quiz side by side."),
            )
        };
        ShareMessage {
            title,
            text,
            url: url.to_owned(),
        }
    }
}

/// The preference questions both sheets of `answers` answered, with different choices, whose answers pull
/// the fits furthest apart first (at most [`MOST_DIFFERENT`]); how many both answered; how many
/// of those differ. A question both answered could give each path the same points either way, so
/// how far apart its two answers pull the fits is the points they give each path, apart, summed
/// over the paths; equals keep the quiz's order.
fn differences(
    content: &Content,
    answers: [&Answers; 2],
    labels: [&str; 2],
) -> (Vec<Difference>, usize, usize) {
    let mut both = 0;
    let mut differing: Vec<(u32, Difference)> = content
        .questions
        .iter()
        .filter(|q| matches!(q.kind, QuestionKind::Preference))
        .filter_map(|question| {
            let [a, b] =
                answers.map(|answers| answers.get(&question.id).and_then(|c| question.choice(c)));
            let (a, b) = (a?, b?);
            both += 1;
            (a.id != b.id).then(|| {
                let apart = content
                    .paths
                    .iter()
                    .map(|path| u32::from(a.weight(&path.id).abs_diff(b.weight(&path.id))))
                    .sum();
                let answers = [(labels[0], a), (labels[1], b)]
                    .map(|(label, choice)| format!("{label}: {}", choice.label));
                (
                    apart,
                    Difference {
                        prompt: question.prompt.clone(),
                        answers,
                    },
                )
            })
        })
        .collect();
    let count = differing.len();
    // Stable: equals keep the quiz's order.
    differing.sort_by_key(|(apart, _)| std::cmp::Reverse(*apart));
    differing.truncate(MOST_DIFFERENT);
    (differing.into_iter().map(|(_, d)| d).collect(), both, count)
}
