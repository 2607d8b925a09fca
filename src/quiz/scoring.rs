//! Turning answers into a profile: a place on the data-scientist ↔ ML-engineer axis and a score per path.

use super::answers::Answers;
use crate::content::model::{
    ChoiceId, Content, PathId, QuestionId, QuestionKind, Role, SkillId, Verdict,
};

/// Where a set of answers puts someone.
#[derive(Clone, Debug, PartialEq)]
pub struct Profile {
    /// -1.0 is wholly data scientist, +1.0 wholly ML engineer, 0.0 when no preference was answered
    /// or the best path of each role fits equally: the best ML path's fit minus the data
    /// scientist's (see [`Content::score`]).
    pub axis: f32,
    /// One score per path, in content order.
    pub paths: Vec<PathScore>,
    /// One entry per skill, in content order; `level` is `None` when it was not rated.
    pub skills: Vec<SkillLevel>,
    /// How many questions were answered with a choice that exists in the content.
    pub answered: usize,
    /// How many of those were preference questions, the only ones that move the axis and the path
    /// scores: with none, the profile points nowhere and recommends nothing.
    pub preferences: usize,
    /// How the "who usually does this?" items went.
    pub role_knowledge: RoleKnowledge,
    /// Every answer that counted, in question order; recommendations explain themselves from it.
    pub picks: Vec<Pick>,
}

/// One path's score.
#[derive(Clone, Debug, PartialEq)]
pub struct PathScore {
    /// The path.
    pub path: PathId,
    /// 0.0..=1.0: points earned over points the answered questions could have given this path;
    /// 0.0 when they could give none.
    pub score: f32,
}

/// A self-rated skill level.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SkillLevel {
    /// The skill.
    pub skill: SkillId,
    /// 0..=3, or `None` when no answered question rated it.
    pub level: Option<u8>,
}

/// Score on the "who usually does this?" items.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct RoleKnowledge {
    /// Answered with who usually does the work ([`Verdict::Right`]).
    pub correct: usize,
    /// Answered partly right ([`Verdict::Partly`]): "both" where one role usually does the work,
    /// or one role where both usually do. Neither right nor wrong.
    pub partly: usize,
    /// Answered at all.
    pub asked: usize,
}

/// An answer that counted.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Pick {
    /// The question.
    pub question: QuestionId,
    /// The choice picked.
    pub choice: ChoiceId,
}

impl Profile {
    /// Whether any answer points toward a path: without a preference answered there is nothing to
    /// recommend from, and every path would tie at 0%.
    pub fn has_direction(&self) -> bool {
        self.preferences > 0
    }

    /// The score of `path`, if the profile has it.
    pub fn path_score(&self, path: &PathId) -> Option<f32> {
        self.paths.iter().find(|p| &p.path == path).map(|p| p.score)
    }

    /// The self-rated level of `skill`, if rated.
    pub fn skill_level(&self, skill: &SkillId) -> Option<u8> {
        self.skills
            .iter()
            .find(|s| &s.skill == skill)
            .and_then(|s| s.level)
    }
}

impl Content {
    /// Scores `answers`.
    ///
    /// Skipped questions, and answers naming a question or choice this content lacks, simply do
    /// not count: they add nothing to what a path earned or could have earned. Only preference
    /// questions move the axis and the path scores; skill ratings fill in skill levels and
    /// "who usually does this?" items fill in role knowledge.
    pub fn score(&self, answers: &Answers) -> Profile {
        let mut earned = vec![0u32; self.paths.len()];
        let mut available = vec![0u32; self.paths.len()];
        let mut skills: Vec<SkillLevel> = self
            .skills
            .iter()
            .map(|s| SkillLevel {
                skill: s.id.clone(),
                level: None,
            })
            .collect();
        let mut role_knowledge = RoleKnowledge::default();
        let mut picks = Vec::new();
        let mut preferences = 0;

        for question in self.questions.iter() {
            let Some(choice) = answers.get(&question.id).and_then(|c| question.choice(c)) else {
                continue;
            };
            picks.push(Pick {
                question: question.id.clone(),
                choice: choice.id.clone(),
            });
            match &question.kind {
                QuestionKind::Preference => {
                    preferences += 1;
                    for ((path, earned), available) in
                        self.paths.iter().zip(&mut earned).zip(&mut available)
                    {
                        *earned += u32::from(choice.weight(&path.id));
                        *available += u32::from(question.max_weight(&path.id));
                    }
                }
                QuestionKind::SkillRating { skill } => {
                    if let Some(entry) = skills.iter_mut().find(|s| &s.skill == skill) {
                        entry.level = choice.level;
                    }
                }
                QuestionKind::WhoDoesIt { .. } => {
                    role_knowledge.asked += 1;
                    match question.verdict(&choice.id) {
                        Some(Verdict::Right) => role_knowledge.correct += 1,
                        Some(Verdict::Partly) => role_knowledge.partly += 1,
                        Some(Verdict::Wrong) | None => {}
                    }
                }
            }
        }

        // Ratios only over what was available keep skipped questions neutral; the zero guard
        // keeps an empty sheet at 0.0 rather than NaN.
        let paths: Vec<PathScore> = self
            .paths
            .iter()
            .zip(earned.iter().zip(&available))
            .map(|(path, (&earned, &available))| PathScore {
                path: path.id.clone(),
                score: if available == 0 {
                    0.0
                } else {
                    (earned as f32 / available as f32).clamp(0.0, 1.0)
                },
            })
            .collect();
        let axis = self.axis(&paths);

        Profile {
            axis,
            paths,
            skills,
            answered: picks.len(),
            preferences,
            role_knowledge,
            picks,
        }
    }

    /// Where path fits put someone between the two roles: the best ML-engineer path's fit minus
    /// the data scientist's, so -1.0 is wholly data scientist and +1.0 wholly ML engineer. Taken
    /// from the same fits as the recommendation, the axis always points to the role of the path
    /// recommended, and to the middle exactly when the best of each role tie.
    fn axis(&self, paths: &[PathScore]) -> f32 {
        let best = |role: Role| {
            self.paths
                .iter()
                .zip(paths)
                .filter(|(path, _)| path.role == role)
                .map(|(_, fit)| fit.score)
                .fold(0.0f32, f32::max)
        };
        (best(Role::MlEngineer) - best(Role::DataScientist)).clamp(-1.0, 1.0)
    }

    /// The answer sheet of someone leaning wholly toward `path`: in each preference question the
    /// choice weighing most toward it (the first such when several do), the top level in each
    /// skill rating, and who usually does the work in each "who usually does this?" item.
    pub fn answers_toward(&self, path: &PathId) -> Answers {
        self.questions
            .iter()
            .filter_map(|q| {
                let choice = match &q.kind {
                    QuestionKind::Preference => q.choices.iter().reduce(|best, c| {
                        if c.weight(path) > best.weight(path) {
                            c
                        } else {
                            best
                        }
                    }),
                    QuestionKind::SkillRating { .. } => {
                        q.choices.iter().reduce(
                            |best, c| {
                                if c.level > best.level {
                                    c
                                } else {
                                    best
                                }
                            },
                        )
                    }
                    QuestionKind::WhoDoesIt { .. } => q.correct_choice(),
                }?;
                Some((q.id.clone(), choice.id.clone()))
            })
            .collect()
    }
}

/// A 0..=1 score as a whole percent, as every view of a result shows it: 0% and 100% only when
/// that is exactly the score, never rounded to.
pub fn percent(score: f32) -> u32 {
    // Clamped first, so the cast cannot overflow (a NaN, which no score is, would read 1%).
    let score = score.clamp(0.0, 1.0);
    match score {
        0.0 => 0,
        1.0 => 100,
        _ => ((score * 100.0).round() as u32).clamp(1, 99),
    }
}
