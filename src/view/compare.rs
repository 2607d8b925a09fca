//! The compare page's view model: two results side by side, or why a comparison link cannot show
//! them. Each result is the result page's own view ([`ResultView`]); the page only lays them out.

use std::rc::Rc;

use super::{ChartView, ResultPageView, ResultView, Whose};
use crate::content::ui;
use crate::quiz::{Answers, Content, DecodeError, QuestionKind, Text};
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
        /// The first of the link's codes that opens as a result by itself (none for a link of
        /// more than two codes).
        alone: Option<ResultCode>,
    },
}

/// Why a comparison link cannot be compared. Each says so in words of its own
/// ([`BadPair::messages`]), as [`DecodeError`] does for one result.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum BadPair {
    /// Fewer than two codes: none (`#/compare`), or one (`#/compare/CODE`). (A first code left
    /// empty, `#/compare//CODE`, is one that cannot be read.)
    Missing {
        /// Whether the link has one code.
        has_one: bool,
    },
    /// More than two codes.
    Extra,
    /// The same code twice.
    Same,
    /// One result or both cannot be compared: what is wrong with each that cannot.
    Results([Option<Problem>; 2]),
}

/// What is wrong with one result of a pair.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Problem {
    /// Its code cannot be read.
    Unreadable(DecodeError),
    /// It skips every preference question: no path is recommended to compare.
    Undirected,
}

/// Why a result of a pair cannot be compared, in a sentence about it, in the order
/// [`Problem::say`] reads them (a damaged character, which names its position, is a template of
/// its own).
const WHY: [&str; 8] = [
    ui!(compare.empty),
    ui!(compare.too_long),
    ui!(compare.too_short),
    ui!(compare.bad_checksum),
    ui!(compare.newer),
    ui!(compare.unknown_format),
    ui!(compare.does_not_fit),
    ui!(compare.undirected),
];

/// Which result of a pair cannot be compared, the first's sentence and the second's.
const WHICH: [&str; 2] = [ui!(compare.first_bad), ui!(compare.second_bad)];

impl Problem {
    /// Says which result of a pair this is (`which`, a sentence of [`WHICH`]), then why it cannot
    /// be compared, in a sentence about it. (A function, not the body of a loop over the two: the
    /// compiler would unroll that loop, this code twice.)
    #[inline(never)]
    fn say(&self, which: &str, said: &mut String) {
        said.push_str(which);
        said.push(' ');
        let index = match self {
            Problem::Unreadable(DecodeError::BadCharacter { position }) => {
                return said.push_str(&ui!(
                    compare.bad_character,
                    position = position.saturating_add(1)
                ));
            }
            Problem::Unreadable(DecodeError::Empty) => 0,
            Problem::Unreadable(DecodeError::TooLong) => 1,
            Problem::Unreadable(DecodeError::TooShort) => 2,
            Problem::Unreadable(DecodeError::BadChecksum) => 3,
            Problem::Unreadable(DecodeError::NewerFormat | DecodeError::NewerContent) => 4,
            Problem::Unreadable(DecodeError::UnknownFormat) => 5,
            Problem::Unreadable(DecodeError::DoesNotFit) => 6,
            Problem::Undirected => 7,
        };
        said.push_str(WHY[index]);
    }
}

impl BadPair {
    /// What is wrong, in a sentence or two; for a result that cannot be compared, which one, then
    /// why (for each, where both cannot).
    pub fn message(&self) -> String {
        let mut said = String::new();
        self.say(&mut said);
        said
    }

    /// [`BadPair::message`], written after what `said` holds.
    pub fn say(&self, said: &mut String) {
        said.push_str(match self {
            BadPair::Missing { has_one: false } => ui!(compare.no_results),
            BadPair::Missing { has_one: true } => ui!(compare.one_result),
            BadPair::Extra => ui!(compare.extra),
            BadPair::Same => ui!(compare.same),
            BadPair::Results([first, second]) => {
                // Whole sentences, one after the other.
                if let Some(problem) = first {
                    problem.say(WHICH[0], said);
                }
                if let Some(problem) = second {
                    if first.is_some() {
                        said.push(' ');
                    }
                    problem.say(WHICH[1], said);
                }
                return;
            }
        });
    }
}

/// How the two results are named: to the person and about someone else where one is their own
/// ("You", "Them"); otherwise about both alike ("First", "Second"), never one in each voice.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Voice {
    /// Whether the first result is the person's own.
    pub is_own: bool,
}

/// A voice's words, the neutral voice's first: looked up by [`Voice::is_own`] rather than chosen
/// in a branch of code per wording.
const LABELS: [[&str; 2]; 2] = [
    [ui!(compare.first), ui!(compare.second)],
    [ui!(compare.you), ui!(compare.them)],
];
const SEE: [[&str; 2]; 2] = [
    [ui!(compare.see_first), ui!(compare.see_second)],
    [ui!(compare.see_yours), ui!(compare.see_theirs)],
];
const HEADINGS: [&str; 2] = [ui!(compare.heading), ui!(compare.heading_own)];

impl Voice {
    /// Which of each pair of wordings is this voice's: 0 about both alike, 1 to the person.
    pub fn index(self) -> usize {
        usize::from(self.is_own)
    }

    /// Each result's label: the chart's markers, the table's columns, the differing answers.
    pub fn labels(self) -> [&'static str; 2] {
        LABELS[self.index()]
    }

    /// The links to each result on its own.
    pub fn see(self) -> [&'static str; 2] {
        SEE[self.index()]
    }

    /// The page's heading, and its title.
    pub fn heading(self) -> &'static str {
        HEADINGS[self.index()]
    }
}

/// A preference question the two answered differently.
#[derive(Clone, Debug, PartialEq)]
pub struct Difference {
    /// The question.
    pub prompt: &'static Text,
    /// Each result's answer.
    pub answers: [&'static Text; 2],
    /// How far apart the two answers pull the fits: the points they give each path, apart,
    /// summed over the paths (the points either could give are the same).
    pub apart: u32,
}

/// Two results side by side, as the page shows them. The person's own result, if either is, comes
/// first.
#[derive(Clone, Debug, PartialEq)]
pub struct CompareView {
    /// How the two are named.
    pub voice: Voice,
    /// The two codes, in the order shown.
    pub codes: [ResultCode; 2],
    /// The two results, as their own pages show them.
    pub results: [Rc<ResultView>; 2],
    /// Both recommended paths, in a sentence.
    pub best_fits: String,
    /// The axis with a marker for each result; no bars (the table has the fits).
    pub chart: ChartView,
    /// The questions answered differently that pull the fits furthest apart, most first.
    pub differences: Vec<Difference>,
}

impl ComparePageView {
    /// Reads the codes of a comparison address ([`crate::route::Route::Compare`]) against
    /// `content`. `own_result` is the code of the person's own result, if any; where neither
    /// code is, both are named alike.
    pub fn new(
        content: &'static Content,
        codes: [&ResultCode; 2],
        own_result: Option<&str>,
    ) -> Self {
        // Written out for the two codes rather than with array maps: each map is code of its own.
        let [first, second] = codes;
        let is_own = |code: &ResultCode| Whose::is_own_code(code, own_result);
        let own = [is_own(first), is_own(second)];
        let voice = Voice {
            is_own: own[0] || own[1],
        };
        let whose = |is_own: bool| match (is_own, voice.is_own) {
            (true, _) => Whose::Own,
            (false, true) => Whose::Shared,
            (false, false) => Whose::Unknown,
        };
        let [x, y] = [
            ResultPageView::new(content, first, whose(own[0])),
            ResultPageView::new(content, second, whose(own[1])),
        ];
        let (a, b) = (first.as_str(), second.as_str());
        // A link of more than two codes keeps the rest in the second, slashes and all.
        let extra = b.contains('/');
        // The first code that opens as a result by itself.
        let alone = match (&x, &y) {
            _ if extra => None,
            (ResultPageView::Result(_), _) => Some(first),
            (_, ResultPageView::Result(_)) => Some(second),
            _ => None,
        };
        let problem = if extra {
            BadPair::Extra
        } else if b.is_empty() {
            BadPair::Missing {
                has_one: !a.is_empty(),
            }
        } else if a == b {
            BadPair::Same
        } else {
            match (x, y) {
                (ResultPageView::Result(x), ResultPageView::Result(y)) => {
                    let (codes, results) = if own[1] {
                        ([second, first], [y, x])
                    } else {
                        ([first, second], [x, y])
                    };
                    return ComparePageView::Compare(Rc::new(CompareView::new(
                        content,
                        voice,
                        [codes[0].clone(), codes[1].clone()],
                        results,
                    )));
                }
                (x, y) => BadPair::Results([problem(&x), problem(&y)]),
            }
        };
        let alone = alone.cloned();
        ComparePageView::BadPair { problem, alone }
    }
}

/// What keeps one result of a pair from being compared, if anything.
fn problem(view: &ResultPageView) -> Option<Problem> {
    match view {
        ResultPageView::Result(_) => None,
        ResultPageView::Undirected(_) => Some(Problem::Undirected),
        ResultPageView::BadLink(error) => Some(Problem::Unreadable(error.clone())),
    }
}

impl CompareView {
    fn new(
        content: &'static Content,
        voice: Voice,
        codes: [ResultCode; 2],
        results: [Rc<ResultView>; 2],
    ) -> Self {
        let [label, second_label] = voice.labels();
        let (first, second) = (&results[0].chart, &results[1].chart);
        let chart = ChartView {
            // Each end on its own: an array's clone is a loop of its own.
            ends: [first.ends[0].clone(), first.ends[1].clone()],
            axis: first.axis,
            bars: Vec::new(),
            title: voice.heading(),
            marker: label,
            second: Some((second.axis, second_label)),
            description: ui!(
                one_of [compare.chart, compare.chart_own][usize::from(voice.is_own)],
                first = first.description,
                second = second.description
            ),
        };
        // Both codes were read for the results: they decode.
        let answers = [
            codes[0].decode(content).unwrap_or_default(),
            codes[1].decode(content).unwrap_or_default(),
        ];
        let mut differences = Vec::new();
        for question in content.questions.iter() {
            if question.kind != QuestionKind::Preference {
                continue;
            }
            let choice = |answers: &Answers| question.choice(answers.get(&question.id)?);
            let (Some(a), Some(b)) = (choice(&answers[0]), choice(&answers[1])) else {
                continue;
            };
            if a.id == b.id {
                continue;
            }
            let mut apart = 0;
            for path in content.paths.iter() {
                apart += u32::from(a.weight(&path.id).abs_diff(b.weight(&path.id)));
            }
            // Kept most apart first, equals in the quiz's order, and only as many as are shown.
            let at = differences
                .iter()
                .position(|d: &Difference| d.apart < apart)
                .unwrap_or(differences.len());
            if at < MOST_DIFFERENT {
                differences.insert(
                    at,
                    Difference {
                        prompt: &question.prompt,
                        answers: [&a.label, &b.label],
                        apart,
                    },
                );
                differences.truncate(MOST_DIFFERENT);
            }
        }
        let [a, b] = [&results[0].path, &results[1].path];
        let best_fits = ui!(
            one_of [compare.best_fits, compare.best_fits_own][usize::from(voice.is_own)],
            first = a.name,
            second = b.name
        );
        Self {
            voice,
            best_fits,
            codes,
            results,
            chart,
            differences,
        }
    }
}
