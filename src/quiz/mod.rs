//! The quiz domain: pure Rust (std, and serde to read the content file), no UI crates.

pub mod answers;
pub mod model;
pub mod recommendation;
pub mod scoring;
pub mod share_code;
pub mod validation;

pub use answers::Answers;
pub use model::{
    Choice, ChoiceId, Content, Cost, Distinction, DistinctionId, Intro, Level, List, Path, PathId,
    Question, QuestionId, QuestionKind, Resource, ResourceId, ResultCopy, Role, RoleCopy, Roles,
    Skill, SkillId, SkillTarget, Text, Weights,
};
pub use recommendation::{RankedResource, Reason, Recommendation, SkillGap, MAX_REASONS};
pub use scoring::{percent, PathScore, Pick, Profile, RoleKnowledge, SkillLevel};
pub use share_code::{DecodeError, ShareCode};
