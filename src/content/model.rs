//! The quiz's content as typed data: roles, distinctions, paths, skills, resources and questions.

use std::borrow::Cow;
use std::collections::BTreeMap;
use std::fmt;

use serde::Deserialize;

/// Text from the content file: borrowed from the content compiled into the program, owned when a
/// file is parsed at run time (the tests do). Either way it reads as a `&str`.
pub type Text = Cow<'static, str>;

/// A list from the content file, borrowed or owned like [`Text`]; it reads as a slice.
pub type List<T> = Cow<'static, [T]>;

macro_rules! id_newtype {
    ($(#[$doc:meta])* $name:ident) => {
        $(#[$doc])*
        #[derive(Clone, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord, Deserialize, serde::Serialize)]
        #[serde(transparent)]
        pub struct $name(Text);

        impl $name {
            /// Wraps an id as written in the content file.
            pub fn new(id: impl Into<Text>) -> Self {
                Self(id.into())
            }

            /// Wraps an id written in the program; usable in constants and statics.
            pub const fn from_static(id: &'static str) -> Self {
                Self(Cow::Borrowed(id))
            }

            /// The id as written in the content file.
            pub fn as_str(&self) -> &str {
                &self.0
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(&self.0)
            }
        }

        impl From<&str> for $name {
            fn from(id: &str) -> Self {
                Self(Cow::Owned(id.to_owned()))
            }
        }
    };
}

id_newtype!(
    /// Stable id of a question; answers are stored against it, never against a position.
    QuestionId
);
id_newtype!(
    /// Stable id of a choice, unique within its question.
    ChoiceId
);
id_newtype!(
    /// Stable id of a career path.
    PathId
);
id_newtype!(
    /// Stable id of a skill.
    SkillId
);
id_newtype!(
    /// Stable id of a course or book.
    ResourceId
);
id_newtype!(
    /// Stable id of one of the seed's distinctions between the two roles.
    DistinctionId
);

/// The two roles the quiz contrasts; also the side of the axis a path sits on.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Role {
    /// Frames the business problem, prepares the data, reports to stakeholders.
    DataScientist,
    /// Builds, tests and tunes models and the systems that run them.
    MlEngineer,
}

/// Who does a piece of work, as a "who usually does this?" item answers it and as each of its
/// choices names it: one of the two roles, or both.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Who {
    /// The data scientist.
    DataScientist,
    /// The machine-learning engineer.
    MlEngineer,
    /// Both roles: as an item's answer, the work is usually shared; as a choice, "both, or it
    /// varies from team to team".
    Both,
}

impl Who {
    /// Every answer an item offers, in the order its choices are written.
    pub const ALL: [Who; 3] = [Who::DataScientist, Who::MlEngineer, Who::Both];

    /// The one role this names; none for both.
    pub fn role(self) -> Option<Role> {
        match self {
            Who::DataScientist => Some(Role::DataScientist),
            Who::MlEngineer => Some(Role::MlEngineer),
            Who::Both => None,
        }
    }

    /// How a choice naming `picked` fares where `self` usually does the work: right when they
    /// match; partly right when one of them is both (an honest "it depends" where one role usually
    /// does it, or one of the roles that share it); wrong only when it names the other role.
    pub fn verdict(self, picked: Who) -> Verdict {
        if picked == self {
            Verdict::Right
        } else if picked == Who::Both || self == Who::Both {
            Verdict::Partly
        } else {
            Verdict::Wrong
        }
    }
}

/// How an answer to a "who usually does this?" item went (see [`Who::verdict`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Verdict {
    /// It names who usually does the work.
    Right,
    /// It overlaps who usually does the work without matching it: taught, not marked wrong.
    Partly,
    /// It names the other role.
    Wrong,
}

/// The whole quiz, as loaded from `src/content/content.toml`.
///
/// Lists keep the file's order, and that order is meaningful: questions are asked in it and
/// paths listed earlier win exact ties (see [`Content::recommend`]).
#[derive(Clone, Debug, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Content {
    /// Bumped on every change to questions or choices; share codes carry it.
    pub version: u16,
    /// Keys of deleted questions; never reused, so old share codes still decode.
    #[serde(default)]
    pub retired_question_keys: List<u8>,
    /// Copy for the start page.
    pub intro: Intro,
    /// Name and summary of each role.
    pub roles: Roles,
    /// The seed's side-by-side differences between the roles.
    pub distinctions: List<Distinction>,
    /// Career paths, in tie-break order.
    pub paths: List<Path>,
    /// Skills the paths lean on.
    pub skills: List<Skill>,
    /// Courses and books.
    pub resources: List<Resource>,
    /// Questions, in the order they are asked.
    pub questions: List<Question>,
}

/// Copy for the start page.
#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Intro {
    /// Page heading.
    pub title: Text,
    /// One sentence under the heading.
    pub lead: Text,
    /// Paragraphs of body text.
    pub paragraphs: List<Text>,
}

/// Both roles' copy.
#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Roles {
    /// The data scientist.
    pub data_scientist: RoleCopy,
    /// The machine-learning engineer.
    pub ml_engineer: RoleCopy,
}

impl Roles {
    /// The copy for `role`.
    pub fn get(&self, role: Role) -> &RoleCopy {
        match role {
            Role::DataScientist => &self.data_scientist,
            Role::MlEngineer => &self.ml_engineer,
        }
    }
}

/// A role's display name and one-paragraph summary.
#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RoleCopy {
    /// Display name.
    pub name: Text,
    /// The name where room is short: the ends of the profile chart's axis, headings.
    pub short_name: Text,
    /// One paragraph.
    pub summary: Text,
}

/// One difference the seed draws between the roles, told from both sides.
#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Distinction {
    /// Stable id; questions tag it.
    pub id: DistinctionId,
    /// Short heading, e.g. "Cleaning the data".
    pub topic: Text,
    /// What the data scientist does.
    pub data_scientist: Text,
    /// What the machine-learning engineer does.
    pub ml_engineer: Text,
}

/// A career path the quiz can recommend.
#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Path {
    /// Stable id.
    pub id: PathId,
    /// Display name.
    pub name: Text,
    /// Which side of the axis the path sits on.
    pub role: Role,
    /// Its mark: a shape of its own, with a colour of its own (no two paths share one).
    pub emblem: Emblem,
    /// One short line.
    pub tagline: Text,
    /// A paragraph describing the path.
    pub description: Text,
    /// Typical responsibilities, one per item.
    pub responsibilities: List<Text>,
    /// Skills the path leans on, most important first.
    pub skills: List<SkillTarget>,
    /// Copy shown when this path is the result.
    pub result: ResultCopy,
}

/// A path's mark. Each is a different shape (with a sign inside it and a colour of its own), so
/// the paths tell apart in greyscale and for colour-blind readers too.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Emblem {
    /// A circle with a bar chart.
    Circle,
    /// A shield with a bolt.
    Shield,
    /// A hexagon with angle brackets.
    Hexagon,
    /// A diamond with a sigma.
    Diamond,
}

/// A skill a path leans on, with the level it expects.
#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SkillTarget {
    /// The skill.
    pub skill: SkillId,
    /// Expected level, 1 (working knowledge) to 3 (deep).
    pub level: u8,
}

/// Copy shown on the result page.
#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ResultCopy {
    /// The path's hook, in no one's voice ("Building models that work."): the result's first
    /// screen, the card and link previews show it, whoever's result it is.
    pub headline: Text,
    /// One paragraph, to the person whose result it is.
    pub body: Text,
    /// The same paragraph about whoever gave the answers, for a result someone shared.
    pub body_theirs: Text,
}

/// A skill from the seed's lists.
#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Skill {
    /// Stable id.
    pub id: SkillId,
    /// Display name.
    pub name: Text,
    /// One line.
    pub description: Text,
}

/// How much a resource costs to learn from.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Cost {
    /// Free to read or watch in full.
    Free,
    /// The material is free to audit; certificates or graded work cost money.
    FreeToAudit,
    /// Must be bought (or borrowed from a library or employer).
    Paid,
}

impl Cost {
    /// Whether someone can learn from it without paying.
    pub fn is_free(self) -> bool {
        matches!(self, Cost::Free | Cost::FreeToAudit)
    }
}

/// How much a resource assumes: where it starts, and where it goes up to.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Level {
    /// No prior knowledge needed.
    Beginner,
    /// Assumes the basics.
    Intermediate,
    /// Assumes solid foundations.
    Advanced,
}

impl Level {
    /// Every level, lowest first.
    pub const ALL: [Level; 3] = [Level::Beginner, Level::Intermediate, Level::Advanced];

    /// The level's name in the content file: `beginner`, `intermediate` or `advanced`.
    pub fn key(self) -> &'static str {
        match self {
            Level::Beginner => "beginner",
            Level::Intermediate => "intermediate",
            Level::Advanced => "advanced",
        }
    }

    /// The level [`Level::key`] names; none for any other text.
    pub fn from_key(key: &str) -> Option<Level> {
        Level::ALL.into_iter().find(|level| level.key() == key)
    }
}

/// A course or book.
#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Resource {
    /// Stable id.
    pub id: ResourceId,
    /// Title as published.
    pub title: Text,
    /// Publisher, provider or authors.
    pub provider: Text,
    /// Official https URL.
    pub url: Text,
    /// Whether it costs money.
    pub cost: Cost,
    /// What exactly is free, when that needs saying.
    #[serde(default)]
    pub cost_note: Option<Text>,
    /// The level it starts at.
    pub level: Level,
    /// The level it goes up to, where that is higher (a book that starts at intermediate and ends
    /// at advanced).
    #[serde(default)]
    pub up_to: Option<Level>,
    /// Skills it teaches.
    pub skills: List<SkillId>,
    /// Paths it suits.
    pub paths: List<PathId>,
}

impl Resource {
    /// Whether someone can learn from it without paying.
    pub fn is_free(&self) -> bool {
        self.cost.is_free()
    }

    /// Whether it has something for someone at `level`: from the level it starts at up to the
    /// one it reaches.
    pub fn suits(&self, level: Level) -> bool {
        (self.level..=self.up_to.unwrap_or(self.level)).contains(&level)
    }
}

/// What a question asks for, and so how its answer is used.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum QuestionKind {
    /// A preference; each choice weighs toward paths.
    Preference,
    /// A self-rating of one skill; each choice is a level that feeds skill gaps.
    SkillRating {
        /// The skill being rated.
        skill: SkillId,
    },
    /// "Who usually does this?", across the field, in a team with both roles; its choices name
    /// the data scientist, the ML engineer and both, once each.
    WhoDoesIt {
        /// Who usually does the work: one role, or both where the work is usually shared.
        answer: Who,
        /// Shown after answering, whatever was picked: how the roles usually split the work, and
        /// where they overlap.
        explanation: Text,
    },
}

/// One question.
#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
#[serde(try_from = "QuestionRecord")]
pub struct Question {
    /// Stable id.
    pub id: QuestionId,
    /// Permanent share-code slot, 1..=63, never reused.
    pub key: u8,
    /// What the question asks for.
    pub kind: QuestionKind,
    /// The scene the question is set in, if any, in sentences of its own: shown before the
    /// prompt, in regular weight.
    pub scenario: Option<Text>,
    /// The question itself, one sentence ending in a question mark: shown in bold.
    pub prompt: Text,
    /// Optional line of help under the prompt.
    pub help: Option<Text>,
    /// The seed distinctions this question teaches.
    pub distinctions: List<DistinctionId>,
    /// Choices, in display order.
    pub choices: List<Choice>,
    /// Keys of deleted choices; never reused, so old share codes still decode.
    pub retired_choice_keys: List<u8>,
}

impl Question {
    /// The choice with this id.
    pub fn choice(&self, id: &ChoiceId) -> Option<&Choice> {
        self.choices.iter().find(|c| &c.id == id)
    }

    /// The choice with this share-code key.
    pub fn choice_by_key(&self, key: u8) -> Option<&Choice> {
        self.choices.iter().find(|c| c.key == key)
    }

    /// For "who usually does this?" items, the choice naming who usually does the work.
    pub fn correct_choice(&self) -> Option<&Choice> {
        match &self.kind {
            QuestionKind::WhoDoesIt { answer, .. } => {
                self.choices.iter().find(|c| c.role == Some(*answer))
            }
            _ => None,
        }
    }

    /// For "who usually does this?" items, how picking `choice` fares; none for other kinds of
    /// question, and for a choice this item lacks.
    pub fn verdict(&self, choice: &ChoiceId) -> Option<Verdict> {
        let QuestionKind::WhoDoesIt { answer, .. } = &self.kind else {
            return None;
        };
        let picked = self.choice(choice)?.role?;
        Some(answer.verdict(picked))
    }

    /// Whether a pick is checked before it counts, and final once checked: so on "who usually
    /// does this?" items, whose explanation, shown on checking, gives the answer away. An answer
    /// changed after it would count what the page taught, not what the person knew.
    pub fn is_final_once_checked(&self) -> bool {
        matches!(self.kind, QuestionKind::WhoDoesIt { .. })
    }

    /// The line to show after answering a "who usually does this?" item.
    pub fn explanation(&self) -> Option<&str> {
        match &self.kind {
            QuestionKind::WhoDoesIt { explanation, .. } => Some(explanation),
            _ => None,
        }
    }

    /// The largest weight any choice gives `path`: what answering this question can earn it.
    pub fn max_weight(&self, path: &PathId) -> u8 {
        self.choices
            .iter()
            .map(|c| c.weight(path))
            .max()
            .unwrap_or(0)
    }
}

/// One choice of a question.
#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Choice {
    /// Stable id, unique within the question.
    pub id: ChoiceId,
    /// Permanent share-code value within the question, 1..=7, never reused.
    pub key: u8,
    /// Text on the button.
    pub label: Text,
    /// Points (0..=3) this choice gives each path; absent paths get 0.
    #[serde(default)]
    pub weights: Weights,
    /// A second-person sentence for "why this path", shown when this choice helped the result.
    #[serde(default)]
    pub reason: Option<Text>,
    /// For skill ratings, the self-rated level 0..=3.
    #[serde(default)]
    pub level: Option<u8>,
    /// For "who usually does this?" items, whom this choice names: a role, or both.
    #[serde(default)]
    pub role: Option<Who>,
}

impl Choice {
    /// Points this choice gives `path`.
    pub fn weight(&self, path: &PathId) -> u8 {
        self.weights.get(path).unwrap_or(0)
    }
}

/// Points a choice gives paths, written in the file as a table (`{ applied = 2 }`) and kept as a
/// list sorted by path id; absent paths get 0.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Weights(pub List<(PathId, u8)>);

impl Weights {
    /// The points for `path`, if the file gives it any.
    pub fn get(&self, path: &PathId) -> Option<u8> {
        self.0.iter().find(|(p, _)| p == path).map(|&(_, w)| w)
    }

    /// The paths the file names.
    pub fn keys(&self) -> impl Iterator<Item = &PathId> {
        self.0.iter().map(|(p, _)| p)
    }

    /// The points, in path-id order.
    pub fn values(&self) -> impl Iterator<Item = &u8> {
        self.0.iter().map(|(_, w)| w)
    }
}

impl<'de> Deserialize<'de> for Weights {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let table = BTreeMap::<PathId, u8>::deserialize(deserializer)?;
        Ok(Weights(Cow::Owned(table.into_iter().collect())))
    }
}

/// The file's shape of a question: kind-specific fields sit flat beside the others, which
/// reads better in TOML; conversion checks they match the kind.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct QuestionRecord {
    id: QuestionId,
    key: u8,
    kind: KindTag,
    #[serde(default)]
    scenario: Option<Text>,
    prompt: Text,
    #[serde(default)]
    help: Option<Text>,
    #[serde(default)]
    skill: Option<SkillId>,
    #[serde(default)]
    answer: Option<Who>,
    #[serde(default)]
    explanation: Option<Text>,
    #[serde(default)]
    distinctions: List<DistinctionId>,
    choices: List<Choice>,
    #[serde(default)]
    retired_choice_keys: List<u8>,
}

#[derive(Deserialize)]
#[serde(rename_all = "kebab-case")]
enum KindTag {
    Preference,
    SkillRating,
    WhoDoesIt,
}

impl TryFrom<QuestionRecord> for Question {
    type Error = String;

    fn try_from(r: QuestionRecord) -> Result<Self, String> {
        let id = r.id;
        let kind = match (r.kind, r.skill, r.answer, r.explanation) {
            (KindTag::Preference, None, None, None) => QuestionKind::Preference,
            (KindTag::SkillRating, Some(skill), None, None) => QuestionKind::SkillRating { skill },
            (KindTag::WhoDoesIt, None, Some(answer), Some(explanation)) => {
                QuestionKind::WhoDoesIt {
                    answer,
                    explanation,
                }
            }
            (KindTag::Preference, ..) => {
                return Err(format!(
                    "question `{id}`: a preference takes no `skill`, `answer` or `explanation`"
                ))
            }
            (KindTag::SkillRating, ..) => {
                return Err(format!(
                    "question `{id}`: a skill-rating needs `skill` and takes no `answer` or `explanation`"
                ))
            }
            (KindTag::WhoDoesIt, ..) => {
                return Err(format!(
                    "question `{id}`: a who-does-it needs `answer` and `explanation` and takes no `skill`"
                ))
            }
        };
        Ok(Question {
            id,
            key: r.key,
            kind,
            scenario: r.scenario,
            prompt: r.prompt,
            help: r.help,
            distinctions: r.distinctions,
            choices: r.choices,
            retired_choice_keys: r.retired_choice_keys,
        })
    }
}

impl Content {
    /// The path with this id.
    pub fn path(&self, id: &PathId) -> Option<&Path> {
        self.paths.iter().find(|p| &p.id == id)
    }

    /// Position of the path in the file (its tie-break rank).
    pub fn path_index(&self, id: &PathId) -> Option<usize> {
        self.paths.iter().position(|p| &p.id == id)
    }

    /// The skill with this id.
    pub fn skill(&self, id: &SkillId) -> Option<&Skill> {
        self.skills.iter().find(|s| &s.id == id)
    }

    /// Whether a question asks people to rate themselves in `skill`: where none does, an unrated
    /// skill was never asked about; where one does, it was skipped.
    pub fn asks_to_rate(&self, skill: &SkillId) -> bool {
        self.questions.iter().any(
            |q| matches!(&q.kind, QuestionKind::SkillRating { skill: rated } if rated == skill),
        )
    }

    /// The resource with this id.
    pub fn resource(&self, id: &ResourceId) -> Option<&Resource> {
        self.resources.iter().find(|r| &r.id == id)
    }

    /// The distinction with this id.
    pub fn distinction(&self, id: &DistinctionId) -> Option<&Distinction> {
        self.distinctions.iter().find(|d| &d.id == id)
    }

    /// The question with this id.
    pub fn question(&self, id: &QuestionId) -> Option<&Question> {
        self.questions.iter().find(|q| &q.id == id)
    }

    /// Position of the question in the order it is asked.
    pub fn question_index(&self, id: &QuestionId) -> Option<usize> {
        self.questions.iter().position(|q| &q.id == id)
    }

    /// The question with this share-code key.
    pub fn question_by_key(&self, key: u8) -> Option<&Question> {
        self.questions.iter().find(|q| q.key == key)
    }

    /// The choice `choice` of question `question`.
    pub fn choice(&self, question: &QuestionId, choice: &ChoiceId) -> Option<&Choice> {
        self.question(question).and_then(|q| q.choice(choice))
    }

    /// Questions that tag `distinction`.
    pub fn questions_on<'a>(
        &'a self,
        distinction: &'a DistinctionId,
    ) -> impl Iterator<Item = &'a Question> + 'a {
        self.questions
            .iter()
            .filter(move |q| q.distinctions.contains(distinction))
    }
}
