//! From a profile to advice: the best-fitting path, why, the skills to build and where to learn them.

use std::cmp::Reverse;

use super::scoring::Profile;
use crate::content::model::{
    ChoiceId, Content, Level, Path, PathId, QuestionId, ResourceId, SkillId, Text,
};

/// Most reasons a recommendation gives; more reads as a list of answers rather than an argument.
pub const MAX_REASONS: usize = 4;

/// What the quiz suggests.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Recommendation {
    /// The best-fitting path.
    pub primary: PathId,
    /// The next best; never equal to `primary` when the content has two or more paths.
    pub runner_up: PathId,
    /// The other paths that fit exactly as well as `primary` (under the tie rule of
    /// [`Content::recommend`], `primary` is the one listed first), in content order; usually none.
    pub tied: Vec<PathId>,
    /// Why `primary`, strongest first; empty when no answer pushed it.
    pub reasons: Vec<Reason>,
    /// Skills `primary` leans on where the self-rating falls short: those the quiz asks about
    /// first, then those it never asks about; largest gap first within each.
    pub gaps: Vec<SkillGap>,
    /// Courses and books for the gaps, best first.
    pub resources: Vec<RankedResource>,
}

/// One answer that pushed the primary path up, told in plain words.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Reason {
    /// The question answered.
    pub question: QuestionId,
    /// The choice picked.
    pub choice: ChoiceId,
    /// A second-person sentence, e.g. "You would rather ...".
    pub text: Text,
}

/// A skill the primary path leans on, below the level it expects.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SkillGap {
    /// The skill.
    pub skill: SkillId,
    /// Self-rated level, or `None` when the rating was skipped or the quiz does not ask about it
    /// ([`Content::asks_to_rate`] tells which).
    pub have: Option<u8>,
    /// Level the path expects.
    pub need: u8,
}

impl SkillGap {
    /// How far short the rating falls; an unrated skill counts as level 0.
    pub fn size(&self) -> u8 {
        self.need.saturating_sub(self.have.unwrap_or(0))
    }
}

/// A resource picked for the recommendation.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RankedResource {
    /// The resource.
    pub resource: ResourceId,
    /// Whether it can be learned from without paying (free, or free to audit).
    pub is_free: bool,
    /// The gap skills it teaches; with no gaps, the primary path's skills it teaches.
    pub covers: Vec<SkillId>,
}

impl Content {
    /// Recommends a path for `profile`.
    ///
    /// **Tie rule:** paths are ranked by score, highest first; paths with exactly equal scores
    /// tie, and keep the order they have in the content file, so the one listed first wins and the
    /// others are [`Recommendation::tied`]. Nothing is random: the same profile always gets the
    /// same recommendation. (Fits equal in whole percent, as a result shows them, are also exactly
    /// equal: every preference question can give every path 3 points, which
    /// `tests/domain_content.rs` checks, so all fits share one denominator of at most 3 × 8, and
    /// distinct fits lie more than a percent apart.)
    ///
    /// **Reasons:** the answered preference choices that gave the primary path points, ranked
    /// by those points, then by how far they favoured it over the runner-up, then by question
    /// order; at most [`MAX_REASONS`].
    ///
    /// **Gaps:** every skill the primary path leans on whose self-rating is below its target;
    /// unrated skills count as level 0. Skills the quiz asks people to rate come first (a skipped
    /// rating among them), then those it never asks about; within each, largest gap first, then
    /// the path's own skill order.
    ///
    /// **Resources:** every resource teaching at least one gap skill, ranked by (1) the summed
    /// size of the gaps it teaches in skills the quiz asks about, then in those it does not, (2) whether it is listed for the primary path, (3) free
    /// before paid, (4) lower level first, (5) content order. With no gaps, the resources listed
    /// for the primary path, ranked by (3), (4), (5).
    pub fn recommend(&self, profile: &Profile) -> Recommendation {
        let ranked = self.rank_paths(profile);
        let primary = ranked.first().copied();
        let runner_up = ranked.get(1).copied().or(primary);
        let (Some(primary), Some(runner_up)) = (primary, runner_up) else {
            // A content file always has paths (the content tests check it); a hand-built empty
            // one gets an empty recommendation rather than a panic.
            return Recommendation {
                primary: PathId::default(),
                runner_up: PathId::default(),
                tied: Vec::new(),
                reasons: Vec::new(),
                gaps: Vec::new(),
                resources: Vec::new(),
            };
        };
        let fit = |path: &Path| profile.path_score(&path.id).unwrap_or(0.0);
        let tied = self
            .paths
            .iter()
            .filter(|path| path.id != primary.id && fit(path) == fit(primary))
            .map(|path| path.id.clone())
            .collect();
        let gaps = self.gaps(primary, profile);
        Recommendation {
            primary: primary.id.clone(),
            runner_up: runner_up.id.clone(),
            tied,
            reasons: self.reasons(primary, runner_up, profile),
            resources: self.rank_resources(primary, &gaps),
            gaps,
        }
    }

    /// Paths, best first, under the tie rule of [`Content::recommend`].
    pub fn rank_paths(&self, profile: &Profile) -> Vec<&Path> {
        let mut paths: Vec<(&Path, f32)> = self
            .paths
            .iter()
            .map(|p| (p, profile.path_score(&p.id).unwrap_or(0.0)))
            .collect();
        // Stable sort: equal scores keep content order, which is the tie rule.
        sort_small_by(&mut paths, |a, b| b.1.total_cmp(&a.1));
        paths.into_iter().map(|(p, _)| p).collect()
    }

    fn reasons(&self, primary: &Path, runner_up: &Path, profile: &Profile) -> Vec<Reason> {
        let mut pushes: Vec<(u8, i16, usize, Reason)> = profile
            .picks
            .iter()
            .filter_map(|pick| {
                let index = self.question_index(&pick.question)?;
                let choice = self.choice(&pick.question, &pick.choice)?;
                let text = choice.reason.clone()?;
                let weight = choice.weight(&primary.id);
                (weight > 0).then(|| {
                    let margin = i16::from(weight) - i16::from(choice.weight(&runner_up.id));
                    let reason = Reason {
                        question: pick.question.clone(),
                        choice: pick.choice.clone(),
                        text,
                    };
                    (weight, margin, index, reason)
                })
            })
            .collect();
        sort_small_by_key(&mut pushes, |&(weight, margin, index, _)| {
            (Reverse(weight), Reverse(margin), index)
        });
        pushes
            .into_iter()
            .take(MAX_REASONS)
            .map(|(.., reason)| reason)
            .collect()
    }

    fn gaps(&self, primary: &Path, profile: &Profile) -> Vec<SkillGap> {
        let mut gaps: Vec<SkillGap> = primary
            .skills
            .iter()
            .map(|target| SkillGap {
                skill: target.skill.clone(),
                have: profile.skill_level(&target.skill),
                need: target.level,
            })
            .filter(|gap| gap.size() > 0)
            .collect();
        // Skills the quiz asks about before those it cannot know; stable, so the path's own skill
        // order stays among equal gaps.
        sort_small_by_key(&mut gaps, |gap| {
            (!self.asks_to_rate(&gap.skill), Reverse(gap.size()))
        });
        gaps
    }

    fn rank_resources(&self, primary: &Path, gaps: &[SkillGap]) -> Vec<RankedResource> {
        let mut ranked: Vec<(Coverage, bool, bool, Level, usize, RankedResource)> = Vec::new();
        for (index, resource) in self.resources.iter().enumerate() {
            let for_primary = resource.paths.contains(&primary.id);
            // Gaps the quiz found (asked skills) count before those it cannot know.
            let (coverage, covers): (Coverage, Vec<SkillId>) = if gaps.is_empty() {
                if !for_primary {
                    continue;
                }
                let covers = resource
                    .skills
                    .iter()
                    .filter(|s| primary.skills.iter().any(|t| &t.skill == *s))
                    .cloned()
                    .collect();
                ((0, 0), covers)
            } else {
                let taught: Vec<&SkillGap> = gaps
                    .iter()
                    .filter(|gap| resource.skills.contains(&gap.skill))
                    .collect();
                if taught.is_empty() {
                    continue;
                }
                let size_where = |asked: bool| {
                    taught
                        .iter()
                        .filter(|gap| self.asks_to_rate(&gap.skill) == asked)
                        .map(|gap| u32::from(gap.size()))
                        .sum()
                };
                let coverage = (size_where(true), size_where(false));
                (
                    coverage,
                    taught.iter().map(|gap| gap.skill.clone()).collect(),
                )
            };
            let is_free = resource.is_free();
            ranked.push((
                coverage,
                for_primary,
                is_free,
                resource.level,
                index,
                RankedResource {
                    resource: resource.id.clone(),
                    is_free,
                    covers,
                },
            ));
        }
        sort_small_by_key(
            &mut ranked,
            |&(coverage, for_primary, is_free, level, index, _)| {
                (
                    Reverse(coverage),
                    Reverse(for_primary),
                    Reverse(is_free),
                    level,
                    index,
                )
            },
        );
        ranked.into_iter().map(|(.., r)| r).collect()
    }
}

/// The summed size of the gaps a resource teaches: in skills the quiz asks about, then in those
/// it does not.
type Coverage = (u32, u32);

/// A stable sort (equal keys keep their order, which the tie rules rely on) for the short lists
/// ranked here: a few dozen items at most. Insertion sort is small code per use, where the
/// standard library's stable sort is large code per element type.
pub fn sort_small_by<T>(items: &mut [T], compare: impl Fn(&T, &T) -> std::cmp::Ordering) {
    for sorted in 1..items.len() {
        let mut at = sorted;
        while at > 0 && compare(&items[at - 1], &items[at]).is_gt() {
            items.swap(at - 1, at);
            at -= 1;
        }
    }
}

/// [`sort_small_by`], comparing the keys `key` gives.
pub fn sort_small_by_key<T, K: Ord>(items: &mut [T], key: impl Fn(&T) -> K) {
    sort_small_by(items, |a, b| key(a).cmp(&key(b)));
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_small_sort_is_stable_and_agrees_with_the_standard_one() {
        // Every list of up to 7 items with keys 0..3: sorted by key, ties in their first order.
        for len in 0..=7u32 {
            for code in 0..4u32.pow(len) {
                let items: Vec<(u32, u32)> =
                    (0..len).map(|i| ((code / 4u32.pow(i)) % 4, i)).collect();
                let mut ours = items.clone();
                sort_small_by_key(&mut ours, |&(key, _)| key);
                let mut theirs = items;
                theirs.sort_by_key(|&(key, _)| key);
                assert_eq!(ours, theirs);
            }
        }
    }
}
