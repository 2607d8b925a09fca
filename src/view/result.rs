//! The result page's view model: everything it says about one share code, built from the content,
//! the profile and the recommendation. The page only lays it out.

use std::cmp::Reverse;
use std::rc::Rc;

use super::emblem::EmblemDrawing;
use super::words::percent_text;
use super::words::{in_list, in_sentence};
use super::SITE_NAME;
use crate::content::ui;
use crate::quiz::{
    percent, Content, DecodeError, Level, Path, Profile, Recommendation, Resource, RoleKnowledge,
    Roles, SkillGap, Text,
};
use crate::route::ResultCode;
use crate::state::Keeping;

/// Whose result a result page shows, and so how it speaks: to the person, or about the answers.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Whose {
    /// The one this browser reached.
    Own,
    /// Someone else's, shared with this person.
    Shared,
    /// Not known: without storage, where a reloaded page cannot tell the person's own result from
    /// another, and outside a browser (server-side rendering), where none has been read.
    Unknown,
}

impl Whose {
    /// Whose result `code` is, given the code of the person's own last result and whether this
    /// browser keeps anything (without storage, no result can be known to be someone else's).
    pub fn of(code: &ResultCode, own_result: Option<&str>, keeping: Keeping) -> Self {
        if Self::is_own_code(code, own_result) {
            Whose::Own
        } else if keeping == Keeping::Kept {
            Whose::Shared
        } else {
            Whose::Unknown
        }
    }

    /// Whether `code` is the person's own last result, given its code (`own_result`).
    pub fn is_own_code(code: &ResultCode, own_result: Option<&str>) -> bool {
        own_result == Some(code.as_str())
    }

    /// Whether it is the person's own result.
    pub fn is_own(self) -> bool {
        self == Whose::Own
    }

    /// The document title: "Core ML engineer: your result".
    pub fn title(self, path_name: &str) -> String {
        ui!(
            one_of [result.title_own, result.title_shared, result.title_unknown][match self {
                Whose::Own => 0,
                Whose::Shared => 1,
                Whose::Unknown => 2,
            }],
            path = path_name
        )
    }

    /// What the path is, above its name on the page.
    pub fn eyebrow(self) -> &'static str {
        match self {
            Whose::Own => ui!(result.eyebrow_own),
            Whose::Shared => ui!(result.eyebrow_shared),
            Whose::Unknown => ui!(result.eyebrow_unknown),
        }
    }

    /// What the path is, above its name on the downloadable card, which the person posts.
    pub fn card_eyebrow(self) -> &'static str {
        if self.is_own() {
            ui!(result.card_eyebrow_own)
        } else {
            ui!(result.eyebrow_unknown)
        }
    }

    /// The note over a result that may be someone else's; none on the person's own.
    pub fn shared_note(self) -> Option<&'static str> {
        match self {
            Whose::Own => None,
            Whose::Shared => Some(ui!(result.shared_note)),
            Whose::Unknown => Some(ui!(result.unknown_note)),
        }
    }

    /// The path's paragraph in this result's voice: to the person on their own result, about
    /// whoever gave the answers on any other.
    pub fn body(self, path: &Path) -> &Text {
        if self.is_own() {
            &path.result.body
        } else {
            &path.result.body_theirs
        }
    }

    /// In place of the reasons, when no answer explains the path.
    pub fn no_reasons(self) -> &'static str {
        if self.is_own() {
            ui!(result.no_reasons_own)
        } else {
            ui!(result.no_reasons_theirs)
        }
    }

    /// The profile's heading, which is also the chart's title.
    pub fn profile_heading(self) -> &'static str {
        if self.is_own() {
            ui!(result.profile_own)
        } else {
            ui!(result.profile_theirs)
        }
    }

    /// The label of the chart's marker on the axis.
    pub fn marker(self) -> &'static str {
        if self.is_own() {
            ui!(result.marker_own)
        } else {
            ui!(result.marker_theirs)
        }
    }

    /// How the "who usually does this?" items went, saying what is counted; none when none was
    /// answered. Right answers count as matched; partly right ones (an honest "both" where one
    /// role usually does the work, or one role where both do) are told apart, neither matched nor
    /// wrong. Each answer is the one checked, before its explanation (a checked answer is final).
    pub fn knowledge(self, knowledge: RoleKnowledge) -> Option<String> {
        let RoleKnowledge {
            correct,
            partly,
            asked,
        } = knowledge;
        (asked > 0).then(|| match (self.is_own(), partly) {
            (is_own, 0) => ui!(
                one_of [result.knowledge_own, result.knowledge_theirs][usize::from(!is_own)],
                asked = asked,
                correct = correct
            ),
            (true, n) => ui!(
                result.knowledge_own_partly[n],
                asked = asked,
                correct = correct,
                partly = n
            ),
            (false, n) => ui!(
                result.knowledge_theirs_partly[n],
                asked = asked,
                correct = correct,
                partly = n
            ),
        })
    }

    /// In place of the gaps, when the ratings meet every target the quiz asked about.
    pub fn gaps_met(self) -> &'static str {
        if self.is_own() {
            ui!(result.gaps_met_own)
        } else {
            ui!(result.gaps_met_theirs)
        }
    }

    /// A gap in words: where the rating stands (`None` when skipped) against what the path asks.
    pub fn gap_detail(self, have: Option<u8>, need: u8) -> String {
        let asks = match need {
            0 | 1 => ui!(result.asks_1),
            2 => ui!(result.asks_2),
            _ => ui!(result.asks_3),
        };
        let which = match (have, self.is_own()) {
            (None, _) => 0,
            (Some(0), true) => 1,
            (Some(1), true) => 2,
            (Some(_), true) => 3,
            (Some(0), false) => 4,
            (Some(1), false) => 5,
            (Some(_), false) => 6,
        };
        ui!(
            one_of [
                result.skipped,
                result.not_studied_own,
                result.basics_own,
                result.confident_own,
                result.not_studied_theirs,
                result.basics_theirs,
                result.confident_theirs,
            ][which],
            asks = asks
        )
    }

    /// A gap's meter, for a screen reader: the rating and the target as numbers.
    pub fn gap_meter(have: Option<u8>, need: u8) -> String {
        match have {
            Some(have) => ui!(result.meter, have = have, need = need),
            None => ui!(result.meter_unrated, need = need),
        }
    }

    /// Why there is no recommendation, when every preference question was skipped.
    pub fn undirected_why(self) -> &'static str {
        if self.is_own() {
            ui!(result.undirected_own)
        } else {
            ui!(result.undirected_theirs)
        }
    }

    /// The title of a shared message about the result.
    pub fn share_title(self, path_name: &str) -> String {
        if self.is_own() {
            ui!(share.title_own, path = path_name)
        } else {
            ui!(share.title_theirs, path = path_name, site = SITE_NAME)
        }
    }

    /// The sentence of a shared message about the result.
    pub fn share_text(self, path_name: &str) -> String {
        let path = in_sentence(path_name);
        ui!(
            one_of [share.text_own, share.text_theirs][usize::from(!self.is_own())],
            path = path,
            site = SITE_NAME
        )
    }
}

/// The card's line under its bars: what a fit is, as [`super::FIT_MEANING`] says on the page.
pub const CARD_FIT_NOTE: &str = ui!(result.card_fit_note);

/// What a result address shows.
#[derive(Clone, Debug, PartialEq)]
pub enum ResultPageView {
    /// A result.
    Result(Rc<ResultView>),
    /// Answers that skip every preference question: nothing points to a path.
    Undirected(Whose),
    /// A link that cannot be read, and why.
    BadLink(DecodeError),
}

impl ResultPageView {
    /// Reads `code` against `content` and works out the page.
    pub fn new(content: &'static Content, code: &ResultCode, whose: Whose) -> Self {
        let answers = match code.decode(content) {
            Ok(answers) => answers,
            Err(error) => return ResultPageView::BadLink(error),
        };
        let profile = content.score(&answers);
        if !profile.has_direction() {
            return ResultPageView::Undirected(whose);
        }
        let recommendation = content.recommend(&profile);
        match ResultView::new(content, whose, &profile, &recommendation) {
            Some(view) => ResultPageView::Result(Rc::new(view)),
            // Only a content file whose paths are not its own would get here; the content tests
            // rule that out.
            None => ResultPageView::Undirected(whose),
        }
    }
}

/// One result, as the page shows it.
#[derive(Clone, Debug, PartialEq)]
pub struct ResultView {
    /// Whose result it is.
    pub whose: Whose,
    /// The document title.
    pub title: String,
    /// The recommended path: its name, tagline and texts.
    pub path: &'static Path,
    /// The path's paragraph, in this result's voice ([`Whose::body`]).
    pub body: &'static Text,
    /// The runner-up, or the paths that tie with the best fit: one sentence.
    pub runner_up: String,
    /// Why this path, strongest first; may be empty ([`Whose::no_reasons`]).
    pub reasons: Vec<Text>,
    /// The profile chart.
    pub chart: ChartView,
    /// How the "who usually does this?" items went, if any was answered.
    pub knowledge: Option<String>,
    /// Gaps in the skills the quiz asks about; may be empty ([`Whose::gaps_met`]).
    pub gaps: Vec<GapLine>,
    /// The skills the path leans on that the quiz never asks about, in one sentence, if any.
    pub unasked: Option<String>,
    /// Courses and books, best first.
    pub resources: Rc<[ListedResource]>,
}

/// One skill gap: the skill, a meter of the rating against the target, and the same in words.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct GapLine {
    /// The skill's name.
    pub skill: Text,
    /// The rating, 0 to 3, or `None` when skipped.
    pub have: Option<u8>,
    /// What the path asks, 1 to 3.
    pub need: u8,
    /// The rating against the target in words ([`Whose::gap_detail`]).
    pub detail: String,
    /// The meter's text alternative ([`Whose::gap_meter`]).
    pub meter: String,
    /// The one course or book to start this skill with, if any teaches it: the closest match for
    /// where the rating stands (no rating or none: beginner; the basics: intermediate; more:
    /// advanced), free first where equal, then one not already proposed for a gap above, then in
    /// the recommendation's order.
    pub start_with: Option<&'static Resource>,
}

/// One resource as the list shows it.
#[derive(Clone, Debug, PartialEq)]
pub struct ListedResource {
    /// The resource.
    pub resource: &'static Resource,
    /// Names of the gap skills it covers.
    pub covers: Vec<Text>,
}

/// One bar of the profile chart (and of the card's).
#[derive(Clone, Debug, PartialEq)]
pub struct ChartBar {
    /// Path name.
    pub label: Text,
    /// The fit, 0.0..=1.0.
    pub score: f32,
    /// The fit in whole percent, as every view of a result shows it.
    pub percent: u32,
    /// Whether this is the recommended path (drawn darker).
    pub is_primary: bool,
}

/// The profile chart: where the answers sit on the axis, a bar per path, and the same in words.
#[derive(Clone, Debug, PartialEq)]
pub struct ChartView {
    /// The roles at the axis's ends, data scientist then ML engineer (their short names).
    pub ends: [Text; 2],
    /// -1.0 (data scientist) ..= 1.0 (ML engineer).
    pub axis: f32,
    /// One bar per path, in content order.
    pub bars: Vec<ChartBar>,
    /// The chart's title.
    pub title: &'static str,
    /// The marker's label.
    pub marker: &'static str,
    /// A second marker, where the chart compares two results: its place on the axis and its label.
    pub second: Option<(f32, &'static str)>,
    /// The whole chart in words, for screen readers.
    pub description: String,
}

/// What the downloadable result card shows: the path and the chart, as the page does.
#[derive(Clone, Debug, PartialEq)]
pub struct CardContent<'a> {
    /// The line at the top: the site and its question.
    pub heading: String,
    /// The path's emblem.
    pub emblem: EmblemDrawing,
    /// What the path is to the card's owner ([`Whose::card_eyebrow`]).
    pub eyebrow: &'static str,
    /// The recommended path's name.
    pub path_name: &'a str,
    /// Its hook, in no one's voice.
    pub hook: &'a str,
    /// What the fits measure, in a line.
    pub fit_note: &'static str,
    /// The chart: the axis, its ends and the bars.
    pub chart: &'a ChartView,
}

/// How many reasons the compact result in an embed shows before "See the full result".
pub const COMPACT_REASONS: usize = 3;

impl ResultView {
    /// The strongest reasons, as many as the compact result in an embed shows.
    pub fn top_reasons(&self) -> &[Text] {
        &self.reasons[..self.reasons.len().min(COMPACT_REASONS)]
    }

    /// What the downloadable card shows.
    pub fn card(&self) -> CardContent<'_> {
        CardContent {
            heading: ui!(preview.heading, site = SITE_NAME),
            emblem: EmblemDrawing::of(self.path.emblem),
            eyebrow: self.whose.card_eyebrow(),
            path_name: &self.path.name,
            hook: &self.path.result.headline,
            fit_note: CARD_FIT_NOTE,
            chart: &self.chart,
        }
    }

    /// The view of `recommendation`; none if it names a path `content` lacks.
    pub fn new(
        content: &'static Content,
        whose: Whose,
        profile: &Profile,
        recommendation: &Recommendation,
    ) -> Option<Self> {
        let path = content.path(&recommendation.primary)?;
        let runner_up = content.path(&recommendation.runner_up)?;
        let fit = |path: &Path| percent(profile.path_score(&path.id).unwrap_or(0.0));
        let tied: Vec<String> = recommendation
            .tied
            .iter()
            .filter_map(|id| content.path(id))
            .map(|tied| in_sentence(&tied.name))
            .collect();
        let runner_up = match tied.len() {
            0 => ui!(
                result.runner_up,
                fit = percent_text(fit(runner_up)),
                path = runner_up.name
            ),
            n => ui!(
                result.tied[n],
                fit = percent_text(fit(path)),
                paths = in_list(&tied)
            ),
        };
        let chart = ChartView::new(content, whose, profile, recommendation);
        // Gaps in skills the quiz asks about (rated, or skipped), then a line for those it never
        // asks about: it cannot know them, so they are no verdict on the person.
        let (asked, unasked): (Vec<_>, Vec<_>) = recommendation
            .gaps
            .iter()
            .filter_map(|gap| content.skill(&gap.skill).map(|skill| (gap, skill)))
            .partition(|(gap, _)| content.asks_to_rate(&gap.skill));
        let unasked: Vec<String> = unasked
            .iter()
            .map(|(gap, skill)| {
                ui!(
                    result.unasked_skill,
                    need = gap.need,
                    skill = in_sentence(&skill.name)
                )
            })
            .collect();
        Some(Self {
            whose,
            title: whose.title(&path.name),
            path,
            body: whose.body(path),
            runner_up,
            reasons: recommendation
                .reasons
                .iter()
                .map(|r| r.text.clone())
                .collect(),
            knowledge: whose.knowledge(profile.role_knowledge),
            gaps: plan(content, recommendation, &asked, whose),
            unasked: (!unasked.is_empty()).then(|| ui!(result.unasked, skills = in_list(&unasked))),
            chart,
            resources: listed_resources(content, recommendation).into(),
        })
    }
}

impl ChartBar {
    /// The bar of a path named `label` that fits `score` (0.0..=1.0).
    pub fn new(label: Text, score: f32, is_primary: bool) -> Self {
        Self {
            label,
            score,
            percent: percent(score),
            is_primary,
        }
    }
}

impl ChartView {
    /// The chart of `profile`, the recommended path's bar marked.
    pub fn new(
        content: &Content,
        whose: Whose,
        profile: &Profile,
        recommendation: &Recommendation,
    ) -> Self {
        let bars = content
            .paths
            .iter()
            .map(|path| {
                let score = profile.path_score(&path.id).unwrap_or(0.0);
                ChartBar::new(path.name.clone(), score, path.id == recommendation.primary)
            })
            .collect();
        Self::of(&content.roles, whose, profile.axis, bars)
    }

    /// The chart of `bars`, its marker at `axis` between the two `roles`.
    pub fn of(roles: &Roles, whose: Whose, axis: f32, bars: Vec<ChartBar>) -> Self {
        let axis = axis.clamp(-1.0, 1.0);
        let (scientist, engineer) = (
            in_sentence(&roles.data_scientist.name),
            in_sentence(&roles.ml_engineer.name),
        );
        let scores: Vec<String> = bars
            .iter()
            .map(|bar| {
                ui!(
                    result.path_fit,
                    fit = percent_text(bar.percent),
                    path = bar.label
                )
            })
            .collect();
        let lean = lean(axis, whose.is_own(), &scientist, &engineer);
        let fits = ui!(result.fits, fits = scores.join(ui!(words.list_separator)));
        Self {
            ends: [
                roles.data_scientist.short_name.clone(),
                roles.ml_engineer.short_name.clone(),
            ],
            axis,
            title: whose.profile_heading(),
            marker: whose.marker(),
            second: None,
            description: format!("{lean} {fits}"),
            bars,
        }
    }
}

/// Where answers at `axis` lean between the roles named `scientist` and `engineer`, in a
/// sentence, to the person (`is_own`) or about the answers: "On the axis from data scientist to ML
/// engineer, your answers lean clearly toward ML engineer, 40% of the way from the middle to that
/// end."
pub(super) fn lean(axis: f32, is_own: bool, scientist: &str, engineer: &str) -> String {
    let toward = if axis < 0.0 { scientist } else { engineer };
    // Measured from the middle, as the marker is seen: "6%" alone would read as near an end.
    // Rounded as the eye rounds: a marker a hair off the middle sits in the middle.
    let p = (axis.abs() * 100.0).round() as u32;
    let percent = percent_text(p);
    let theirs = usize::from(!is_own);
    let band = match p {
        0 => {
            return ui!(
                one_of [result.middle_own, result.middle_theirs][theirs],
                engineer = engineer,
                scientist = scientist
            )
        }
        1..=33 => 0,
        34..=66 => 2,
        _ => 4,
    };
    ui!(
        one_of [
            result.slightly_own,
            result.slightly_theirs,
            result.clearly_own,
            result.clearly_theirs,
            result.strongly_own,
            result.strongly_theirs,
        ][band + theirs],
        engineer = engineer,
        percent = percent,
        scientist = scientist,
        toward = toward
    )
}

/// The gaps in asked skills, in order, each with the resource to start it with.
fn plan(
    content: &'static Content,
    recommendation: &Recommendation,
    asked: &[(&SkillGap, &crate::quiz::Skill)],
    whose: Whose,
) -> Vec<GapLine> {
    let mut proposed: Vec<&'static Resource> = Vec::new();
    asked
        .iter()
        .map(|(gap, skill)| {
            let level = match gap.have {
                None | Some(0) => Level::Beginner,
                Some(1) => Level::Intermediate,
                Some(_) => Level::Advanced,
            };
            let candidates = recommendation
                .resources
                .iter()
                .filter(|ranked| ranked.covers.contains(&gap.skill))
                .filter_map(|ranked| content.resource(&ranked.resource));
            // The first best by (closest to the level, free, not proposed yet), in ranked order.
            let start_with = candidates
                .map(|resource| {
                    let key = (
                        Reverse(level_distance(resource, level)),
                        resource.is_free(),
                        !proposed.contains(&resource),
                    );
                    (key, resource)
                })
                .fold(
                    None,
                    |best: Option<(_, &'static Resource)>, next| match best {
                        Some(best) if best.0 >= next.0 => Some(best),
                        _ => Some(next),
                    },
                )
                .map(|(_, resource)| resource);
            if let Some(resource) = start_with {
                proposed.push(resource);
            }
            GapLine {
                skill: skill.name.clone(),
                have: gap.have,
                need: gap.need,
                detail: whose.gap_detail(gap.have, gap.need),
                meter: Whose::gap_meter(gap.have, gap.need),
                start_with,
            }
        })
        .collect()
}

/// How many levels lie between what `resource` spans and `level`: none when it suits it.
fn level_distance(resource: &Resource, level: Level) -> u8 {
    let rank = |level: Level| level as u8;
    let (low, high) = (
        rank(resource.level),
        rank(resource.up_to.unwrap_or(resource.level)),
    );
    let at = rank(level);
    low.saturating_sub(at).max(at.saturating_sub(high))
}

fn listed_resources(
    content: &'static Content,
    recommendation: &Recommendation,
) -> Vec<ListedResource> {
    recommendation
        .resources
        .iter()
        .filter_map(|ranked| {
            let resource = content.resource(&ranked.resource)?;
            let covers = ranked
                .covers
                .iter()
                .filter_map(|skill| content.skill(skill))
                .map(|skill| skill.name.clone())
                .collect();
            Some(ListedResource { resource, covers })
        })
        .collect()
}
