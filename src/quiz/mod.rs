//! The quiz domain: what the quiz does with answers (score them, recommend a path, share them as a
//! code, check the content). Pure Rust, no UI crates; it reads the content's types from
//! [`crate::content::model`], re-exported here.

pub mod answers;
pub mod recommendation;
pub mod scoring;
pub mod share_code;
pub mod validation;

pub use crate::content::model::{
    Choice, ChoiceId, Content, Cost, Distinction, DistinctionId, Emblem, Intro, Level, List, Path,
    PathId, Question, QuestionId, QuestionKind, Resource, ResourceId, ResultCopy, Role, RoleCopy,
    Roles, Skill, SkillId, SkillTarget, Text, Verdict, Weights, Who,
};
pub use answers::Answers;
pub use recommendation::{RankedResource, Reason, Recommendation, SkillGap, MAX_REASONS};
pub use scoring::{percent, PathScore, Pick, Profile, RoleKnowledge, SkillLevel};
pub use share_code::{DecodeError, ShareCode};
