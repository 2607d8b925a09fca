//! The content's invariants, checked in one place so tests and editors get every problem at once.

use std::collections::BTreeSet;

use super::share_code::{MAX_CHOICE_KEY, MAX_CONTENT_VERSION, MAX_QUESTION_KEY};
use crate::content::model::{Content, QuestionKind, Role, Who};

/// How many questions a quiz may have: enough to sort, few enough to finish.
pub const QUESTION_COUNT: std::ops::RangeInclusive<usize> = 12..=20;

impl Content {
    /// Checks every invariant the quiz relies on and returns every violation found, each as a
    /// sentence naming the offending id.
    ///
    /// Checked: non-empty text; a prompt that is one question, and a scenario that sets its scene
    /// without asking it; kebab-case ids unique per kind; every reference resolves; question and
    /// choice keys in range, unique, and never overlapping retired keys; each kind of question
    /// shaped right (a "who usually does this?" item offers the data scientist, the ML engineer
    /// and both, once each); 12 to 20 questions; every distinction tagged by a question; every
    /// skill taught by a resource; https URLs; and every path reachable, meaning that answering
    /// everything toward it ([`Content::answers_toward`]) recommends it.
    pub fn validate(&self) -> Result<(), Vec<String>> {
        let mut problems = Vec::new();
        let mut problem = |text: String| problems.push(text);

        if self.version == 0 || self.version > MAX_CONTENT_VERSION {
            problem(format!("version must be 1..={MAX_CONTENT_VERSION}"));
        }
        for (name, text) in [
            ("intro title", &self.intro.title),
            ("intro lead", &self.intro.lead),
            ("data scientist name", &self.roles.data_scientist.name),
            (
                "data scientist short name",
                &self.roles.data_scientist.short_name,
            ),
            ("data scientist summary", &self.roles.data_scientist.summary),
            ("ML engineer name", &self.roles.ml_engineer.name),
            ("ML engineer short name", &self.roles.ml_engineer.short_name),
            ("ML engineer summary", &self.roles.ml_engineer.summary),
        ] {
            require_text(&mut problem, name, text);
        }
        if self.intro.paragraphs.is_empty() {
            problem("intro needs at least one paragraph".into());
        }
        for paragraph in self.intro.paragraphs.iter() {
            require_text(&mut problem, "intro paragraph", paragraph);
        }

        check_ids(
            &mut problem,
            "distinction",
            self.distinctions.iter().map(|d| d.id.as_str()),
        );
        check_ids(
            &mut problem,
            "path",
            self.paths.iter().map(|p| p.id.as_str()),
        );
        check_ids(
            &mut problem,
            "skill",
            self.skills.iter().map(|s| s.id.as_str()),
        );
        check_ids(
            &mut problem,
            "resource",
            self.resources.iter().map(|r| r.id.as_str()),
        );
        check_ids(
            &mut problem,
            "question",
            self.questions.iter().map(|q| q.id.as_str()),
        );

        for d in self.distinctions.iter() {
            let name = format!("distinction `{}`", d.id);
            require_text(&mut problem, &name, &d.topic);
            require_text(&mut problem, &name, &d.data_scientist);
            require_text(&mut problem, &name, &d.ml_engineer);
            if self.questions_on(&d.id).next().is_none() {
                problem(format!("{name} is not tagged on any question"));
            }
        }

        if self.paths.len() < 2 {
            problem("there must be at least two paths".into());
        }
        for role in [Role::DataScientist, Role::MlEngineer] {
            if !self.paths.iter().any(|p| p.role == role) {
                problem(format!("no path sits on the {role:?} side"));
            }
        }
        for (i, p) in self.paths.iter().enumerate() {
            if let Some(other) = self.paths[..i].iter().find(|o| o.emblem == p.emblem) {
                problem(format!(
                    "paths `{}` and `{}` share the emblem {:?}: each path needs its own",
                    other.id, p.id, p.emblem
                ));
            }
        }
        for p in self.paths.iter() {
            let name = format!("path `{}`", p.id);
            for text in [
                &p.name,
                &p.tagline,
                &p.description,
                &p.result.headline,
                &p.result.body,
                &p.result.body_theirs,
            ] {
                require_text(&mut problem, &name, text);
            }
            if p.responsibilities.is_empty() {
                problem(format!("{name} lists no responsibilities"));
            }
            for r in p.responsibilities.iter() {
                require_text(&mut problem, &name, r);
            }
            if p.skills.is_empty() {
                problem(format!("{name} leans on no skills"));
            }
            let mut seen = BTreeSet::new();
            for target in p.skills.iter() {
                if self.skill(&target.skill).is_none() {
                    problem(format!("{name} names unknown skill `{}`", target.skill));
                }
                if !seen.insert(&target.skill) {
                    problem(format!("{name} lists skill `{}` twice", target.skill));
                }
                if !(1..=3).contains(&target.level) {
                    problem(format!(
                        "{name}: skill `{}` level must be 1..=3",
                        target.skill
                    ));
                }
            }
        }

        for s in self.skills.iter() {
            let name = format!("skill `{}`", s.id);
            require_text(&mut problem, &name, &s.name);
            require_text(&mut problem, &name, &s.description);
            if !self.resources.iter().any(|r| r.skills.contains(&s.id)) {
                problem(format!("{name} is taught by no resource"));
            }
        }

        for r in self.resources.iter() {
            let name = format!("resource `{}`", r.id);
            if r.up_to.is_some_and(|top| top <= r.level) {
                problem(format!("{name}: `up_to` must be above `level`"));
            }
            require_text(&mut problem, &name, &r.title);
            require_text(&mut problem, &name, &r.provider);
            if let Some(note) = &r.cost_note {
                require_text(&mut problem, &name, note);
            }
            if !r.url.starts_with("https://") || r.url.len() <= "https://".len() {
                problem(format!("{name}: url must be https"));
            }
            if r.url.chars().any(char::is_whitespace) {
                problem(format!("{name}: url contains whitespace"));
            }
            if r.skills.is_empty() || r.paths.is_empty() {
                problem(format!("{name} needs at least one skill and one path"));
            }
            for skill in r.skills.iter().filter(|s| self.skill(s).is_none()) {
                problem(format!("{name} names unknown skill `{skill}`"));
            }
            for path in r.paths.iter().filter(|p| self.path(p).is_none()) {
                problem(format!("{name} names unknown path `{path}`"));
            }
        }

        if !QUESTION_COUNT.contains(&self.questions.len()) {
            problem(format!(
                "there are {} questions; there must be {} to {}",
                self.questions.len(),
                QUESTION_COUNT.start(),
                QUESTION_COUNT.end()
            ));
        }
        check_keys(
            &mut problem,
            "question",
            self.questions.iter().map(|q| q.key),
            &self.retired_question_keys,
            MAX_QUESTION_KEY,
        );
        for q in self.questions.iter() {
            let name = format!("question `{}`", q.id);
            require_text(&mut problem, &name, &q.prompt);
            // The page sets the question in bold and its scene in regular weight: each in its field.
            if !q.prompt.trim_end().ends_with('?') || q.prompt.contains(". ") {
                problem(format!(
                    "{name}: its prompt is the question alone, one sentence ending in \"?\"; the scene before it goes in `scenario`"
                ));
            }
            if let Some(scenario) = &q.scenario {
                require_text(&mut problem, &name, scenario);
                if !scenario.trim_end().ends_with('.') {
                    problem(format!(
                        "{name}: its scenario sets the scene in sentences ending in \".\"; the question goes in `prompt`"
                    ));
                }
            }
            if let Some(help) = &q.help {
                require_text(&mut problem, &name, help);
            }
            for d in q
                .distinctions
                .iter()
                .filter(|d| self.distinction(d).is_none())
            {
                problem(format!("{name} tags unknown distinction `{d}`"));
            }
            if q.choices.len() < 2 {
                problem(format!("{name} needs at least two choices"));
            }
            check_ids(
                &mut problem,
                &format!("{name} choice"),
                q.choices.iter().map(|c| c.id.as_str()),
            );
            check_keys(
                &mut problem,
                &format!("{name} choice"),
                q.choices.iter().map(|c| c.key),
                &q.retired_choice_keys,
                MAX_CHOICE_KEY,
            );
            for c in q.choices.iter() {
                let name = format!("{name} choice `{}`", c.id);
                require_text(&mut problem, &name, &c.label);
                for path in c.weights.keys().filter(|p| self.path(p).is_none()) {
                    problem(format!("{name} weighs unknown path `{path}`"));
                }
                if c.weights.values().any(|&w| w > 3) {
                    problem(format!("{name}: weights must be 0..=3"));
                }
                // In any language: a sentence. That it speaks to the reader ("You …" in English)
                // is each language's own rule, checked by the content tests.
                match &c.reason {
                    Some(reason)
                        if !(reason.ends_with('.')
                            && reason.chars().next().is_some_and(char::is_uppercase)) =>
                    {
                        problem(format!(
                            "{name}: a reason is one sentence, starting with a capital and ending in \".\""
                        ));
                    }
                    _ => {}
                }
                let is_neutral = c.weights.values().all(|&w| w == 0);
                match &q.kind {
                    QuestionKind::Preference => {
                        if c.reason.is_none() {
                            problem(format!("{name} needs a reason"));
                        }
                        if c.weights.values().all(|&w| w == 0) {
                            problem(format!("{name} weighs toward no path"));
                        }
                        if c.level.is_some() || c.role.is_some() {
                            problem(format!("{name}: a preference takes no level or role"));
                        }
                    }
                    QuestionKind::SkillRating { .. } => {
                        if !is_neutral || c.reason.is_some() || c.role.is_some() {
                            problem(format!(
                                "{name}: a skill rating takes only a level, no weights, reason or role"
                            ));
                        }
                    }
                    QuestionKind::WhoDoesIt { .. } => {
                        if !is_neutral || c.reason.is_some() || c.level.is_some() {
                            problem(format!(
                                "{name}: a who-does-it choice takes only a role, no weights, reason or level"
                            ));
                        }
                    }
                }
            }
            match &q.kind {
                QuestionKind::Preference => {}
                QuestionKind::SkillRating { skill } => {
                    if self.skill(skill).is_none() {
                        problem(format!("{name} rates unknown skill `{skill}`"));
                    }
                    let mut levels: Vec<Option<u8>> = q.choices.iter().map(|c| c.level).collect();
                    levels.sort();
                    if levels != [Some(0), Some(1), Some(2), Some(3)] {
                        problem(format!(
                            "{name}: choices must have levels 0, 1, 2 and 3, once each"
                        ));
                    }
                }
                QuestionKind::WhoDoesIt { explanation, .. } => {
                    require_text(&mut problem, &name, explanation);
                    // The honest "both, or it depends" is always on offer, so nobody has to
                    // claim a split they do not believe in; the answer is then one of them.
                    let mut named: Vec<Option<Who>> = q.choices.iter().map(|c| c.role).collect();
                    named.sort();
                    if named != Who::ALL.map(Some) {
                        problem(format!(
                            "{name}: its choices name the data scientist, the ML engineer and both, once each"
                        ));
                    }
                }
            }
        }

        for path in self.paths.iter() {
            let recommended = self.recommend(&self.score(&self.answers_toward(&path.id)));
            if recommended.primary != path.id {
                problem(format!(
                    "path `{}` is unreachable: answering everything toward it recommends `{}`",
                    path.id, recommended.primary
                ));
            }
        }

        if problems.is_empty() {
            Ok(())
        } else {
            Err(problems)
        }
    }
}

fn require_text(problem: &mut impl FnMut(String), name: &str, text: &str) {
    if text.trim().is_empty() {
        problem(format!("{name} has empty text"));
    }
}

fn check_ids<'a>(problem: &mut impl FnMut(String), kind: &str, ids: impl Iterator<Item = &'a str>) {
    let mut seen = BTreeSet::new();
    for id in ids {
        let is_kebab = !id.is_empty()
            && !id.starts_with('-')
            && !id.ends_with('-')
            && id
                .chars()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-');
        if !is_kebab {
            problem(format!("{kind} id `{id}` must be kebab-case"));
        }
        if !seen.insert(id) {
            problem(format!("{kind} id `{id}` is used twice"));
        }
    }
}

fn check_keys(
    problem: &mut impl FnMut(String),
    kind: &str,
    keys: impl Iterator<Item = u8>,
    retired: &[u8],
    max: u8,
) {
    let mut seen = BTreeSet::new();
    for key in keys {
        if key == 0 || key > max {
            problem(format!("{kind} key {key} must be 1..={max}"));
        }
        if !seen.insert(key) {
            problem(format!("{kind} key {key} is used twice"));
        }
        if retired.contains(&key) {
            problem(format!("{kind} key {key} is retired and may not be reused"));
        }
    }
    let mut retired_seen = BTreeSet::new();
    for &key in retired {
        if key == 0 || key > max {
            problem(format!("retired {kind} key {key} must be 1..={max}"));
        }
        if !retired_seen.insert(key) {
            problem(format!("retired {kind} key {key} is listed twice"));
        }
    }
}
