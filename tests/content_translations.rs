//! Translations of the content: each `src/content/lang/<code>.toml` carries every text of
//! `content.toml`, the interface's words (`[ui]`) among them, and only its text, keeping the
//! English file's rules, placeholders and markup, and the glossary's terms. Each language's
//! content, as its build compiles it ([`translated`]), is valid and recommends as English does.
//! The checker returns its problems as a list, each naming the language and the key path
//! (`es: questions.raw-data.choices.dig-in.reason: missing`), and is tested on small inline
//! files as well as on the real ones.

use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::path::PathBuf;

use mlpath::content::model::{
    Choice, Content, Distinction, Intro, Path, Question, QuestionKind, Resource, ResultCopy,
    RoleCopy, Roles, Skill,
};
use mlpath::content::overlay::is_structure;
use mlpath::content::{content, translated, SOURCE};
use toml::{Table, Value};

// ---------------------------------------------------------------------------------------------
// What is text, and where it lives
// ---------------------------------------------------------------------------------------------

/// One translatable text: a string, or a list of strings (a path's responsibilities).
#[derive(Clone, Debug, PartialEq)]
enum Text {
    One(String),
    List(Vec<String>),
}

/// Texts by key path: `paths.data-scientist.result.body`, `questions.raw-data.choices.dig-in.label`.
type Texts = BTreeMap<String, Text>;

// What is structure, and so never in a translation, is `mlpath::content::overlay::STRUCTURE`:
// the build lays translations over content.toml by the same rule. Every other string of
// content.toml is text a translation must carry; a field that is neither a string nor structure
// fails `content_toml_is_text_or_named_structure`. In `[ui]`, a count's forms (`{ one, other }`)
// are two texts, `ui.….one` and `ui.….other`.

/// The texts of an English content table. Lists of tables with ids (questions, choices, paths…)
/// become tables keyed by id, as a translation writes them.
fn english_texts(content: &Table) -> Result<Texts, Vec<String>> {
    let mut texts = Texts::new();
    let mut problems = Vec::new();
    collect_english("", content, &mut texts, &mut problems);
    if problems.is_empty() {
        Ok(texts)
    } else {
        Err(problems)
    }
}

fn collect_english(prefix: &str, table: &Table, texts: &mut Texts, problems: &mut Vec<String>) {
    for (name, value) in table {
        let key = join(prefix, name);
        if let Some(items) = tables_with_ids(value) {
            for (id, item) in items {
                collect_english(&join(&key, id), item, texts, problems);
            }
            continue;
        }
        if is_structure(&key, name) {
            continue;
        }
        match value {
            Value::Table(inner) => collect_english(&key, inner, texts, problems),
            Value::String(text) => {
                texts.insert(key, Text::One(text.clone()));
            }
            Value::Array(items) => match strings(items) {
                Some(list) => {
                    texts.insert(key, Text::List(list));
                }
                None => problems.push(format!(
                    "content.toml: {key}: a list that is neither text nor named in STRUCTURE"
                )),
            },
            _ => problems.push(format!(
                "content.toml: {key}: neither text nor named in STRUCTURE"
            )),
        }
    }
}

/// The items of a list of tables that each have an `id`.
fn tables_with_ids(value: &Value) -> Option<Vec<(&str, &Table)>> {
    let items = value.as_array().filter(|items| !items.is_empty())?;
    items
        .iter()
        .map(|item| {
            let table = item.as_table()?;
            Some((table.get("id")?.as_str()?, table))
        })
        .collect()
}

fn strings(items: &[Value]) -> Option<Vec<String>> {
    items
        .iter()
        .map(|item| item.as_str().map(str::to_owned))
        .collect()
}

fn join(prefix: &str, name: &str) -> String {
    if prefix.is_empty() {
        name.to_owned()
    } else {
        format!("{prefix}.{name}")
    }
}

/// The texts of a translation, and the keys holding anything but text.
fn translation_texts(table: &Table) -> (Texts, Vec<(String, String)>) {
    let mut texts = Texts::new();
    let mut problems = Vec::new();
    collect_translation("", table, &mut texts, &mut problems);
    (texts, problems)
}

fn collect_translation(
    prefix: &str,
    table: &Table,
    texts: &mut Texts,
    problems: &mut Vec<(String, String)>,
) {
    for (name, value) in table {
        let key = join(prefix, name);
        match value {
            Value::Table(inner) if inner.is_empty() => {
                problems.push((key, "an empty table: nothing here to translate".to_owned()));
            }
            Value::Table(inner) => collect_translation(&key, inner, texts, problems),
            Value::String(text) => {
                texts.insert(key, Text::One(text.clone()));
            }
            Value::Array(items) => match strings(items) {
                Some(list) => {
                    texts.insert(key, Text::List(list));
                }
                None => problems.push((
                    key,
                    "not text: a translation holds strings and lists of strings only".to_owned(),
                )),
            },
            _ => problems.push((
                key,
                "not text: a translation holds strings and lists of strings only".to_owned(),
            )),
        }
    }
}

// ---------------------------------------------------------------------------------------------
// The rules
// ---------------------------------------------------------------------------------------------

/// What a language's text must do beyond the rules every translation keeps.
struct Language {
    code: &'static str,
    /// The mark a prompt opens with (Spanish "¿").
    prompt_opens: Option<char>,
    /// Marks that come in pairs: each opening one has its closing one.
    pairs: &'static [(char, char)],
    /// The language's form of the English "You …" reasons.
    reason: Option<ReasonRule>,
}

/// What a reason starts with in a language, in words and as a check.
struct ReasonRule {
    says: &'static str,
    holds: fn(&str) -> bool,
}

const LANGUAGES: &[Language] = &[
    Language {
        code: "es",
        prompt_opens: Some('¿'),
        pairs: &[('¿', '?'), ('¡', '!'), ('«', '»')],
        reason: Some(ReasonRule {
            says: "starts with a verb in the second person singular (\"Prefieres…\") or with \"Te\" (\"Te gusta…\")",
            holds: is_spanish_reason,
        }),
    },
    Language {
        code: "de",
        prompt_opens: None,
        pairs: &[('„', '“')],
        reason: Some(ReasonRule {
            says: "starts with \"Du \"",
            holds: is_german_reason,
        }),
    },
];

/// A language without rules of its own keeps the ones every translation keeps.
const ANY_LANGUAGE: Language = Language {
    code: "",
    prompt_opens: None,
    pairs: &[],
    reason: None,
};

fn language(code: &str) -> &'static Language {
    LANGUAGES
        .iter()
        .find(|l| l.code == code)
        .unwrap_or(&ANY_LANGUAGE)
}

/// Spanish second-person singular verbs end in "s" (prefieres, disfrutas, eres, seguirías);
/// "Te" opens the verbs that take the reader as object (te gusta, te atraen).
fn is_spanish_reason(reason: &str) -> bool {
    let first = reason.split(' ').next().unwrap_or("");
    first.chars().next().is_some_and(char::is_uppercase) && (first == "Te" || first.ends_with('s'))
}

fn is_german_reason(reason: &str) -> bool {
    reason.starts_with("Du ")
}

/// A string kept in English on purpose, and why.
struct Kept {
    lang: &'static str,
    english: &'static str,
    why: &'static str,
}

/// Strings a translation may leave as the English has them. Each entry says why.
const KEPT_IN_ENGLISH: &[Kept] = &[
    Kept {
        lang: "es",
        english: ",",
        why: "the list separator (ui.words.list_separator): Spanish lists with commas too",
    },
    Kept {
        lang: "de",
        english: ",",
        why: "the list separator (ui.words.list_separator): German lists with commas too",
    },
    Kept {
        lang: "es",
        english: "{step}:",
        why: "the step before the question, for screen readers (ui.question.step_heading): only punctuation",
    },
    Kept {
        lang: "de",
        english: "{step}:",
        why: "the step before the question, for screen readers (ui.question.step_heading): only punctuation",
    },
    Kept {
        lang: "es",
        english: "{path} {fit}",
        why: "a path's fit in the chart's description (ui.result.path_fit): only placeholders",
    },
    Kept {
        lang: "es",
        english: "{name}: {url}",
        why: "the printed link (ui.share.printed): only placeholders and a colon",
    },
    Kept {
        lang: "de",
        english: "{path} {fit}",
        why: "a path's fit in the chart's description (ui.result.path_fit): only placeholders",
    },
    Kept {
        lang: "de",
        english: "{name}: {url}",
        why: "the printed link (ui.share.printed): only placeholders and a colon",
    },
    Kept {
        lang: "es",
        english: "lower",
        why: "a setting, not prose (ui.words.name_case): Spanish writes names in lower case mid-sentence, as English does",
    },
    Kept {
        lang: "de",
        english: "E-mail",
        why: "the e-mail link (ui.share.email): German writes \"E-Mail\", which differs only in case",
    },
    Kept {
        lang: "es",
        english: "{label}: {answer}",
        why: "an answer after its label, on the compare page (ui.compare.answer): only punctuation",
    },
    Kept {
        lang: "de",
        english: "{label}: {answer}",
        why: "an answer after its label, on the compare page (ui.compare.answer): only punctuation",
    },
    Kept {
        lang: "de",
        english: "Data scientist",
        why: "German job ads and tech writing use the English title (glossary: \"Data Scientist\")",
    },
    Kept {
        lang: "de",
        english: "Deep learning",
        why: "German keeps the English term, capitalised as a noun (glossary: \"Deep Learning\")",
    },
];

/// Glossary rows whose English word also has an everyday sense in the content, so that finding
/// it there says nothing about the term: a reviewer checks these.
const NOT_CHECKED_IN_CONTENT: &[(&str, &str)] = &[
    (
        "fit",
        "also the verb in content (\"which tool fits\"); the term is the score, in the interface",
    ),
    (
        "Check",
        "the button; \"check\" in content is the ordinary verb (\"still check the data\")",
    ),
    (
        "Next",
        "the button; \"next\" in content is the ordinary word (\"worth building next\")",
    ),
    (
        "free",
        "the cost label; content also says \"free-text notes\" and \"a free month\"",
    ),
    (
        "gap",
        "the skill gap; content also says data is \"full of gaps\"",
    ),
    (
        "Back",
        "the button; the interface also says \"Bring back my answer\"",
    ),
];

// ---------------------------------------------------------------------------------------------
// The glossary
// ---------------------------------------------------------------------------------------------

/// docs/GLOSSARY.md's table: one row per term, one column per language code.
struct Glossary {
    codes: Vec<String>,
    rows: Vec<Row>,
}

struct Row {
    english: String,
    terms: BTreeMap<String, String>,
}

impl Glossary {
    /// Reads the first Markdown table whose header starts with `English (en)`; columns are
    /// headed `Name (code)`, and a column without a code (the note) is not a language.
    fn parse(markdown: &str) -> Result<Glossary, String> {
        let mut lines = markdown
            .lines()
            .map(str::trim)
            .skip_while(|line| !line.starts_with("| English (en)"));
        let header = lines.next().ok_or("no table headed \"| English (en)\"")?;
        let codes: Vec<Option<String>> = cells(header)
            .iter()
            .map(|cell| {
                let open = cell.rfind('(')?;
                cell.ends_with(')')
                    .then(|| cell[open + 1..cell.len() - 1].to_owned())
            })
            .collect();
        lines.next(); // the |---| line
        let mut rows = Vec::new();
        for line in lines.take_while(|line| line.starts_with('|')) {
            let cells = cells(line);
            if cells.len() != codes.len() {
                return Err(format!(
                    "row \"{line}\" has {} cells, the header {}",
                    cells.len(),
                    codes.len()
                ));
            }
            let terms: BTreeMap<String, String> = codes
                .iter()
                .zip(cells)
                .filter_map(|(code, cell)| Some((code.clone()?, cell)))
                .collect();
            rows.push(Row {
                english: terms.get("en").cloned().unwrap_or_default(),
                terms,
            });
        }
        Ok(Glossary {
            codes: codes.into_iter().flatten().collect(),
            rows,
        })
    }

    fn row(&self, english: &str) -> Option<&Row> {
        self.rows
            .iter()
            .find(|row| row.english.to_lowercase() == english.to_lowercase())
    }
}

fn cells(line: &str) -> Vec<String> {
    let inner = line.trim().trim_start_matches('|').trim_end_matches('|');
    inner
        .split('|')
        .map(|cell| cell.trim().to_owned())
        .collect()
}

/// Whether an English text uses a term: whole words, any case, a hyphen as good as a space, with
/// the plural or possessive forms ("data scientists", "data scientist's", "libraries").
fn english_uses(text: &str, term: &str) -> bool {
    let normal = |s: &str| s.to_lowercase().replace('-', " ");
    let (text, term) = (normal(text), normal(term));
    let mut forms = vec![term.clone(), format!("{term}s"), format!("{term}es")];
    if let Some(stem) = term.strip_suffix('y') {
        forms.push(format!("{stem}ies"));
    }
    forms.iter().any(|form| {
        text.match_indices(form.as_str()).any(|(at, _)| {
            let before = text[..at].chars().next_back();
            let after = text[at + form.len()..].chars().next();
            !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric)
        })
    })
}

/// Words too common to tell a term by: articles and prepositions of the glossary's languages.
const STOP_WORDS: &[&str] = &[
    "the", "and", "del", "los", "las", "con", "por", "und", "der", "die", "das", "den", "dem",
    "des", "ein",
];

/// The stems a translated text must contain to use a glossary term: each word of the term less
/// an inflectional ending (the longer the word, the more it may change: "científico" →
/// "científi", matching "científicos"; "Programmierung" → "programmier", matching
/// "Programmierkenntnisse"). Words of one or two letters are skipped, except acronyms ("ML").
fn stems(term: &str) -> Vec<String> {
    term.split(|c: char| !(c.is_alphanumeric() || c == '-'))
        .map(|word| word.trim_matches('-'))
        .filter(|word| word.chars().count() > 2 || word.chars().all(char::is_uppercase))
        .filter(|word| !word.is_empty() && !STOP_WORDS.contains(&word.to_lowercase().as_str()))
        .map(|word| {
            let word = word.to_lowercase();
            let count = word.chars().count();
            let cut = match count {
                0..=4 => 0,
                5..=7 => 1,
                8..=11 => 2,
                _ => 3,
            };
            word.chars().take(count - cut).collect()
        })
        .collect()
}

fn translation_uses(text: &str, term: &str) -> bool {
    let text = text.to_lowercase();
    stems(term).iter().all(|stem| text.contains(stem.as_str()))
}

// ---------------------------------------------------------------------------------------------
// The checker
// ---------------------------------------------------------------------------------------------

/// Every problem of one translation against the English texts, as "lang: key: what".
fn check(
    lang: &str,
    english: &Texts,
    translation: &Table,
    glossary: &Glossary,
    kept: &[Kept],
) -> Vec<String> {
    let (texts, not_text) = translation_texts(translation);
    let mut problems: Vec<String> = not_text
        .into_iter()
        .map(|(key, what)| format!("{lang}: {key}: {what}"))
        .collect();
    let keys: BTreeSet<&String> = english.keys().chain(texts.keys()).collect();
    for key in keys {
        let mut problem = |what: String| problems.push(format!("{lang}: {key}: {what}"));
        match (english.get(key), texts.get(key)) {
            (Some(_), None) => problem("missing".to_owned()),
            (None, Some(_)) => problem(
                "extra: content.toml has no such text (a removed id, or a field English lacks)"
                    .to_owned(),
            ),
            (Some(Text::One(en)), Some(Text::One(tr))) => {
                for what in check_text(lang, key, en, tr, glossary, kept) {
                    problem(what);
                }
            }
            (Some(Text::List(en)), Some(Text::List(tr))) => {
                if en.len() != tr.len() {
                    problem(format!("{} items, English has {}", tr.len(), en.len()));
                }
                for (i, (en, tr)) in en.iter().zip(tr).enumerate() {
                    for what in check_text(lang, key, en, tr, glossary, kept) {
                        problem(format!("item {}: {what}", i + 1));
                    }
                }
            }
            (Some(Text::One(_)), Some(Text::List(_))) => {
                problem("a list, where English has a string".to_owned())
            }
            (Some(Text::List(_)), Some(Text::One(_))) => {
                problem("a string, where English has a list".to_owned())
            }
            (None, None) => unreachable!("the key comes from one of them"),
        }
    }
    problems
}

/// The problems of one translated string.
fn check_text(
    lang: &str,
    key: &str,
    en: &str,
    tr: &str,
    glossary: &Glossary,
    kept: &[Kept],
) -> Vec<String> {
    let rules = language(lang);
    let mut problems = Vec::new();
    if tr.trim().is_empty() {
        return vec!["empty".to_owned()];
    }
    let is_kept = kept
        .iter()
        .any(|k| k.lang == lang && k.english.to_lowercase() == en.trim().to_lowercase());
    if tr.trim().to_lowercase() == en.trim().to_lowercase() && !is_kept {
        problems.push(format!(
            "\"{tr}\" is the English text: translate it, or add it to KEPT_IN_ENGLISH with the reason"
        ));
    }
    if placeholders(en) != placeholders(tr) {
        problems.push(format!(
            "placeholders {:?} differ from the English {:?}",
            placeholders(tr),
            placeholders(en)
        ));
    }
    if numbers(en) != numbers(tr) {
        problems.push(format!(
            "numbers {:?} differ from the English {:?}",
            numbers(tr),
            numbers(en)
        ));
    }
    if ending(en) != ending(tr) {
        problems.push(format!(
            "ends in {:?} where English ends in {:?}",
            ending(tr),
            ending(en)
        ));
    }
    if tags(en) != tags(tr) {
        problems.push(format!(
            "markup {:?} differs from the English {:?}",
            tags(tr),
            tags(en)
        ));
    }
    problems.extend(ui_text_problems(key, en, tr));
    if without_tags(tr).contains('"') {
        problems.push("straight quotes: use the language's own („…“, «…»)".to_owned());
    }
    if tr.contains(" %") {
        problems.push("the space before \"%\" is a no-break space (U+00A0)".to_owned());
    }
    for &(open, close) in rules.pairs {
        let (opened, closed) = (count(tr, open), count(tr, close));
        if opened != closed {
            problems.push(format!(
                "{opened} \"{open}\" but {closed} \"{close}\": they come in pairs"
            ));
        }
    }
    let field = key.rsplit('.').next().unwrap_or(key);
    let in_question = key.starts_with("questions.");
    if in_question && field == "prompt" {
        if !tr.trim_end().ends_with('?') || tr.contains(". ") {
            problems.push("a prompt is one question, ending in \"?\"".to_owned());
        }
        if let Some(mark) = rules.prompt_opens {
            if !tr.starts_with(mark) {
                problems.push(format!("a prompt starts with \"{mark}\""));
            }
        }
    }
    if in_question && field == "scenario" && !tr.trim_end().ends_with('.') {
        problems.push("a scenario is whole sentences, ending in \".\"".to_owned());
    }
    if in_question && field == "reason" {
        if !tr.ends_with('.') {
            problems.push("a reason is one sentence, ending in \".\"".to_owned());
        }
        if let Some(rule) = &rules.reason {
            if !(rule.holds)(tr) {
                problems.push(format!("a reason {}", rule.says));
            }
        }
    }
    if let Some(name_of) = name_field(key) {
        match glossary.row(en).and_then(|row| row.terms.get(lang)) {
            Some(term) if term.to_lowercase() != tr.to_lowercase() => problems.push(format!(
                "the {name_of} \"{tr}\" is not the glossary's \"{term}\""
            )),
            _ => {}
        }
    }
    // A placeholder's name (`{path}`) is no use of a term.
    let prose: String = en
        .split('{')
        .enumerate()
        .map(|(i, part)| match part.split_once('}') {
            Some((_, after)) if i > 0 => after,
            _ => part,
        })
        .collect::<Vec<_>>()
        .join(" ");
    for row in &glossary.rows {
        let Some(term) = row.terms.get(lang) else {
            continue;
        };
        let unchecked = NOT_CHECKED_IN_CONTENT
            .iter()
            .any(|(english, _)| *english == row.english);
        if !unchecked && english_uses(&prose, &row.english) && !translation_uses(tr, term) {
            problems.push(format!(
                "English says \"{}\", but this does not use the glossary's \"{term}\"",
                row.english
            ));
        }
    }
    problems
}

/// The problems of one text of the interface (`ui.…`) in any language, English included: `text`
/// of `key`, whose English is `en`. The pages parse the interface's fixed prose as one HTML
/// string each (`components::fixed_markup`, and `markup` for a template they fill in), so a
/// plain text (no `_html` in its key) with "<" or "&" would be read as markup there; and a file
/// name (`…_file`) is lower-case ASCII letters, digits and hyphens, then English's extension,
/// so every system keeps it as it is.
fn ui_text_problems(key: &str, en: &str, text: &str) -> Vec<String> {
    let mut problems = Vec::new();
    if !key.starts_with("ui.") {
        return problems;
    }
    let is_markup = key.split('.').any(|part| part.ends_with("_html"));
    for mark in ['<', '&'] {
        if !is_markup && text.contains(mark) {
            problems.push(format!(
                "\"{mark}\" in a plain text: the pages parse the interface's prose as HTML, where it \
                 reads as markup; write it out in words"
            ));
        }
    }
    if key.ends_with("_file") {
        let extension = en.rsplit_once('.').map_or("", |(_, ext)| ext);
        let stem = text.strip_suffix(&format!(".{extension}"));
        let is_safe = stem.is_some_and(|stem| {
            !stem.is_empty()
                && !stem.starts_with('-')
                && stem
                    .chars()
                    .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
        });
        if !is_safe {
            problems.push(format!(
                "the file name \"{text}\" is lower-case ASCII letters, digits and hyphens, then \".{extension}\""
            ));
        }
    }
    problems
}

/// For a key holding a role's, path's or skill's name, what kind of name it is.
fn name_field(key: &str) -> Option<&'static str> {
    let parts: Vec<&str> = key.split('.').collect();
    match parts.as_slice() {
        ["roles", _, "name" | "short_name"] => Some("role name"),
        ["paths", _, "name"] => Some("path name"),
        ["skills", _, "name"] => Some("skill name"),
        _ => None,
    }
}

/// `{name}`, `{0}`: anything in braces the app could fill in.
fn placeholders(text: &str) -> BTreeSet<String> {
    text.split('{')
        .skip(1)
        .filter_map(|rest| rest.split_once('}').map(|(name, _)| format!("{{{name}}}")))
        .collect()
}

/// The tags of a text's markup (`<a href="demo.html">`, `</strong>`), in order: a translation
/// of markup keeps them, attributes and all.
fn tags(text: &str) -> Vec<String> {
    text.split('<')
        .skip(1)
        .filter_map(|rest| rest.split_once('>').map(|(tag, _)| format!("<{tag}>")))
        .collect()
}

/// The text outside its tags, whose attributes keep straight quotes.
fn without_tags(text: &str) -> String {
    let mut out = String::new();
    let mut rest = text;
    while let Some((before, after)) = rest.split_once('<') {
        out.push_str(before);
        rest = after.split_once('>').map_or("", |(_, after)| after);
    }
    out.push_str(rest);
    out
}

/// The numbers written in digits, sorted: "91" and "95" stay 91 and 95 in every language.
fn numbers(text: &str) -> Vec<String> {
    let mut numbers: Vec<String> = text
        .split(|c: char| !c.is_ascii_digit())
        .filter(|run| !run.is_empty())
        .map(str::to_owned)
        .collect();
    numbers.sort();
    numbers
}

/// How a text ends: the sentence mark, or none.
fn ending(text: &str) -> Option<char> {
    text.trim_end()
        .chars()
        .next_back()
        .filter(|c| matches!(c, '.' | '?' | '!' | ':' | ';'))
}

fn count(text: &str, mark: char) -> usize {
    text.chars().filter(|&c| c == mark).count()
}

// ---------------------------------------------------------------------------------------------
// The real files
// ---------------------------------------------------------------------------------------------

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn english() -> Texts {
    let table: Table = SOURCE.parse().expect("content.toml parses");
    english_texts(&table).unwrap_or_else(|problems| panic!("{}", problems.join("\n")))
}

fn glossary() -> Glossary {
    let text = fs::read_to_string(root().join("docs/GLOSSARY.md")).expect("docs/GLOSSARY.md");
    Glossary::parse(&text).unwrap_or_else(|e| panic!("docs/GLOSSARY.md: {e}"))
}

/// Every translation file, by language code, parsed.
fn translations() -> BTreeMap<String, Table> {
    let dir = root().join("src/content/lang");
    let mut files = BTreeMap::new();
    for entry in fs::read_dir(&dir).expect("src/content/lang/") {
        let path = entry.expect("a directory entry").path();
        if path.extension().is_some_and(|e| e == "toml") {
            let code = path.file_stem().unwrap().to_string_lossy().into_owned();
            let text = fs::read_to_string(&path).expect("a translation file");
            let table = text
                .parse::<Table>()
                .unwrap_or_else(|e| panic!("{}: {e}", path.display()));
            files.insert(code, table);
        }
    }
    files
}

fn report(problems: &[String]) -> String {
    format!("{} problem(s):\n{}", problems.len(), problems.join("\n"))
}

#[test]
fn there_are_translations_to_check() {
    let files = translations();
    assert!(
        files.contains_key("es") && files.contains_key("de"),
        "{:?}",
        files.keys()
    );
}

#[test]
fn every_translation_carries_every_text_and_only_text() {
    let (english, glossary) = (english(), glossary());
    let mut problems = Vec::new();
    for (lang, table) in translations() {
        problems.extend(check(&lang, &english, &table, &glossary, KEPT_IN_ENGLISH));
    }
    assert!(problems.is_empty(), "{}", report(&problems));
}

#[test]
fn content_toml_is_text_or_named_structure_and_agrees_with_the_model() {
    // The generic reading of content.toml finds the same texts as the typed model, whose every
    // field is named below: a new text field in the model fails to compile here until it is
    // added, and a new string in content.toml fails unless it is text or named structure. The
    // interface's words are not in the model: the code names them through `ui!`.
    let mut english = english();
    english.retain(|key, _| !key.starts_with("ui."));
    assert_eq!(english, model_texts(content()));
}

// ---------------------------------------------------------------------------------------------
// Every language's content, as its build compiles it
// ---------------------------------------------------------------------------------------------

/// What a language's content, `translated` (its build's, from `translation`), does otherwise than
/// the English `english`: its structure (ids, keys, weights, levels, order, URLs) must be the
/// same, each text must be the translation's for the same id, and the answers toward each path
/// must be recommended the same path, reasons, gaps and resources.
fn language_problems(english: &Content, translated: &Content, translation: &Table) -> Vec<String> {
    let mut problems = Vec::new();
    let (structure_en, structure_tr) = (structure(english), structure(translated));
    for (en, tr) in structure_en.iter().zip(&structure_tr) {
        if en != tr {
            problems.push(format!("structure: {tr}, where English has {en}"));
        }
    }
    if structure_en.len() != structure_tr.len() {
        problems.push("structure: another number of items than English".to_owned());
    }
    let texts = model_texts(translated);
    let (wanted, _) = translation_texts(translation);
    for (key, text) in wanted.iter().filter(|(key, _)| !key.starts_with("ui.")) {
        if texts.get(key) != Some(text) {
            problems.push(format!("{key}: not the translation's text"));
        }
    }
    for path in english.paths.iter() {
        let answers = english.answers_toward(&path.id);
        let (en, tr) = (
            english.recommend(&english.score(&answers)),
            translated.recommend(&translated.score(&answers)),
        );
        let reasons = |r: &mlpath::quiz::Recommendation| {
            let ids: Vec<_> = r
                .reasons
                .iter()
                .map(|r| (r.question.clone(), r.choice.clone()))
                .collect();
            (
                r.primary.clone(),
                r.runner_up.clone(),
                r.tied.clone(),
                ids,
                r.gaps.clone(),
                r.resources.clone(),
            )
        };
        if reasons(&en) != reasons(&tr) {
            problems.push(format!(
                "the answers toward {} recommend {} (English: {})",
                path.id, tr.primary, en.primary
            ));
        }
    }
    problems
}

/// The content's structure, one line per item, in order: everything but its texts.
fn structure(c: &Content) -> Vec<String> {
    let mut lines = vec![format!(
        "version {}, retired {:?}",
        c.version, c.retired_question_keys
    )];
    lines.extend(
        c.distinctions
            .iter()
            .map(|d| format!("distinction {}", d.id)),
    );
    lines.extend(c.paths.iter().map(|p| {
        let skills: Vec<_> = p
            .skills
            .iter()
            .map(|t| (t.skill.as_str(), t.level))
            .collect();
        format!(
            "path {} {:?} {:?} {skills:?} {}",
            p.id,
            p.role,
            p.emblem,
            p.responsibilities.len()
        )
    }));
    lines.extend(c.skills.iter().map(|s| format!("skill {}", s.id)));
    lines.extend(c.resources.iter().map(|r| {
        format!(
            "resource {} {} {} {} {:?} {:?} {:?} {:?} {:?}",
            r.id, r.title, r.provider, r.url, r.cost, r.level, r.up_to, r.skills, r.paths
        )
    }));
    for q in c.questions.iter() {
        let kind = match &q.kind {
            QuestionKind::Preference => "preference".to_owned(),
            QuestionKind::SkillRating { skill } => format!("rating {skill}"),
            QuestionKind::WhoDoesIt { answer, .. } => format!("who {answer:?}"),
        };
        lines.push(format!(
            "question {} {} {kind} {:?} {:?}",
            q.id, q.key, q.distinctions, q.retired_choice_keys
        ));
        lines.extend(q.choices.iter().map(|ch| {
            format!(
                "choice {}.{} {} {:?} {:?} {:?}",
                q.id, ch.id, ch.key, ch.weights, ch.level, ch.role
            )
        }));
    }
    lines
}

fn translation_file(lang: &str) -> String {
    fs::read_to_string(root().join(format!("src/content/lang/{lang}.toml")))
        .expect("a translation file")
}

#[test]
fn every_language_content_is_valid_and_recommends_as_english_does() {
    for (lang, table) in translations() {
        let c =
            translated(SOURCE, &translation_file(&lang)).unwrap_or_else(|e| panic!("{lang}: {e}"));
        if let Err(problems) = c.validate() {
            panic!("{lang}: {}", problems.join("\n"));
        }
        let problems = language_problems(content(), &c, &table);
        assert!(problems.is_empty(), "{lang}: {}", report(&problems));
        assert_ne!(
            c.intro.title,
            content().intro.title,
            "{lang}: still English"
        );
    }
}

#[test]
fn a_shuffled_choice_list_fails_the_language_check() {
    let table = &translations()["es"];
    let c = translated(SOURCE, &translation_file("es")).unwrap();
    let at = c.question_index(&"raw-data".into()).unwrap();
    // The choices in another order: shown in another order than English.
    let mut reordered = c.clone();
    reordered.questions.to_mut()[at].choices.to_mut().reverse();
    let problems = language_problems(content(), &reordered, table);
    assert!(
        problems
            .iter()
            .any(|p| p.starts_with("structure: choice raw-data.")),
        "{problems:?}"
    );
    // The labels moved to other choices, as a translation laid over by position would put them.
    let mut relabelled = c.clone();
    let choices = relabelled.questions.to_mut()[at].choices.to_mut();
    let first = choices[0].label.clone();
    choices[0].label = choices[1].label.clone();
    choices[1].label = first;
    let problems = language_problems(content(), &relabelled, table);
    assert_eq!(problems.len(), 2, "{problems:?}");
    assert!(
        problems
            .iter()
            .all(|p| p.contains(".label: not the translation's text")),
        "{problems:?}"
    );
    // Weights moved between paths: the answers recommend otherwise.
    let mut reweighted = c.clone();
    for q in reweighted.questions.to_mut() {
        for ch in q.choices.to_mut() {
            ch.weights = Default::default();
        }
    }
    let problems = language_problems(content(), &reweighted, table);
    assert!(
        problems.iter().any(|p| p.starts_with("the answers toward")),
        "{problems:?}"
    );
}

#[test]
fn a_translation_that_carries_structure_or_unknown_keys_is_refused() {
    let de = translation_file("de");
    let with = |extra: &str| translated(SOURCE, &format!("{de}\n{extra}"));
    let choice = "[questions.raw-data.choices.dig-in]\n";
    assert!(de.contains(choice));
    let error = translated(
        SOURCE,
        &de.replacen(choice, &format!("{choice}key = 5\n"), 1),
    )
    .unwrap_err();
    assert!(
        error
            .to_string()
            .contains("questions.raw-data.choices.dig-in.key: structure"),
        "{error}"
    );
    let error = with("[questions.no-such-question]\nprompt = \"Was?\"").unwrap_err();
    assert!(
        error
            .to_string()
            .contains("questions.no-such-question: content.toml has no such id"),
        "{error}"
    );
    let error = with("[ui.nothing_here]\ntext = \"Nichts\"").unwrap_err();
    assert!(
        error
            .to_string()
            .contains("ui.nothing_here: content.toml has no such text"),
        "{error}"
    );
}

#[test]
fn english_interface_texts_are_plain_where_a_page_parses_them_and_file_names_are_safe() {
    let mut problems = Vec::new();
    for (key, text) in english() {
        let Text::One(text) = text else { continue };
        problems.extend(
            ui_text_problems(&key, &text, &text)
                .into_iter()
                .map(|what| format!("en: {key}: {what}")),
        );
    }
    assert!(problems.is_empty(), "{}", report(&problems));
}

#[test]
fn a_plain_interface_text_with_markup_characters_or_an_unsafe_file_name_is_named() {
    let (english, glossary) = (english(), glossary());
    let mut changed = translations()["es"].clone();
    set(
        &mut changed,
        "ui.site.not_found_text",
        text("Puede que la dirección esté mal escrita & que venga de una versión anterior del cuestionario."),
    );
    set(
        &mut changed,
        "ui.embedding.options_text",
        text("Atributos para la etiqueta. Un valor <no válido se ignora."),
    );
    set(
        &mut changed,
        "ui.share.card_file",
        text("mlpath-resultado.jpg"),
    );
    assert_eq!(
        check("es", &english, &changed, &glossary, KEPT_IN_ENGLISH),
        [
            "es: ui.embedding.options_text: \"<\" in a plain text: the pages parse the interface's prose as HTML, where it reads as markup; write it out in words",
            "es: ui.share.card_file: the file name \"mlpath-resultado.jpg\" is lower-case ASCII letters, digits and hyphens, then \".png\"",
            "es: ui.site.not_found_text: \"&\" in a plain text: the pages parse the interface's prose as HTML, where it reads as markup; write it out in words",
        ]
    );
    set(
        &mut changed,
        "ui.share.card_file",
        text("mlpath-ergebnis-für-dich.png"),
    );
    assert!(check("es", &english, &changed, &glossary, KEPT_IN_ENGLISH)
        .iter()
        .any(|problem| problem.starts_with("es: ui.share.card_file: the file name")));
    // Markup stays markup where the key says so.
    let mut markup = translations()["es"].clone();
    set(
        &mut markup,
        "ui.landing.private_html",
        text("<strong>Privado</strong>: sin cuenta &amp; sin cookies, sin enviar nada a ninguna parte"),
    );
    assert_eq!(
        check("es", &english, &markup, &glossary, KEPT_IN_ENGLISH),
        Vec::<String>::new()
    );
}

#[test]
fn ui_templates_keep_their_placeholders_and_markup_in_every_language() {
    let (english, glossary) = (english(), glossary());
    let table = &translations()["de"];
    let mut changed = table.clone();
    set(
        &mut changed,
        "ui.landing.continue_at",
        text("Weiter bei Frage {nummer}"),
    );
    set(
        &mut changed,
        "ui.landing.private_html",
        text("<b>Privat</b>: kein Konto, keine Cookies, nichts wird irgendwohin gesendet"),
    );
    let mut forms = Table::new();
    forms.insert("one".into(), text("Ein Weg als ML-Engineer"));
    forms.insert("other".into(), text("Drei Wege als ML-Engineer"));
    set(&mut changed, "ui.roles.engineer_paths", Value::Table(forms));
    assert_eq!(
        check("de", &english, &changed, &glossary, KEPT_IN_ENGLISH),
        [
            "de: ui.landing.continue_at: placeholders {\"{nummer}\"} differ from the English {\"{number}\"}",
            "de: ui.landing.private_html: markup [\"<b>\", \"</b>\"] differs from the English [\"<strong>\", \"</strong>\"]",
            "de: ui.roles.engineer_paths.other: placeholders {} differ from the English {\"{Count}\"}",
        ]
    );
}

/// Every text of the content, read through the model's types, every field named.
fn model_texts(content: &Content) -> Texts {
    let mut texts = Texts::new();
    let mut one = |key: String, text: &str| {
        texts.insert(key, Text::One(text.to_owned()));
    };
    let Content {
        version: _,
        retired_question_keys: _,
        intro,
        roles,
        distinctions,
        paths,
        skills,
        resources,
        questions,
    } = content;
    let Intro {
        title,
        lead,
        paragraphs,
    } = intro;
    one("intro.title".into(), title);
    one("intro.lead".into(), lead);
    let Roles {
        data_scientist,
        ml_engineer,
    } = roles;
    for (role, copy) in [
        ("data_scientist", data_scientist),
        ("ml_engineer", ml_engineer),
    ] {
        let RoleCopy {
            name,
            short_name,
            summary,
        } = copy;
        one(format!("roles.{role}.name"), name);
        one(format!("roles.{role}.short_name"), short_name);
        one(format!("roles.{role}.summary"), summary);
    }
    for Distinction {
        id,
        topic,
        data_scientist,
        ml_engineer,
    } in distinctions.iter()
    {
        one(format!("distinctions.{id}.topic"), topic);
        one(format!("distinctions.{id}.data_scientist"), data_scientist);
        one(format!("distinctions.{id}.ml_engineer"), ml_engineer);
    }
    let mut lists = Vec::new();
    for Path {
        id,
        name,
        role: _,
        emblem: _,
        tagline,
        description,
        responsibilities,
        skills: _,
        result,
    } in paths.iter()
    {
        one(format!("paths.{id}.name"), name);
        one(format!("paths.{id}.tagline"), tagline);
        one(format!("paths.{id}.description"), description);
        lists.push((format!("paths.{id}.responsibilities"), responsibilities));
        let ResultCopy {
            headline,
            body,
            body_theirs,
        } = result;
        one(format!("paths.{id}.result.headline"), headline);
        one(format!("paths.{id}.result.body"), body);
        one(format!("paths.{id}.result.body_theirs"), body_theirs);
    }
    for Skill {
        id,
        name,
        description,
    } in skills.iter()
    {
        one(format!("skills.{id}.name"), name);
        one(format!("skills.{id}.description"), description);
    }
    for Resource {
        id,
        title: _,
        provider: _,
        url: _,
        cost: _,
        cost_note,
        level: _,
        up_to: _,
        skills: _,
        paths: _,
    } in resources.iter()
    {
        if let Some(note) = cost_note {
            one(format!("resources.{id}.cost_note"), note);
        }
    }
    for Question {
        id,
        key: _,
        kind,
        scenario,
        prompt,
        help,
        distinctions: _,
        choices,
        retired_choice_keys: _,
    } in questions.iter()
    {
        let q = format!("questions.{id}");
        match kind {
            QuestionKind::Preference | QuestionKind::SkillRating { skill: _ } => {}
            QuestionKind::WhoDoesIt {
                answer: _,
                explanation,
            } => one(format!("{q}.explanation"), explanation),
        }
        if let Some(scenario) = scenario {
            one(format!("{q}.scenario"), scenario);
        }
        one(format!("{q}.prompt"), prompt);
        if let Some(help) = help {
            one(format!("{q}.help"), help);
        }
        for Choice {
            id,
            key: _,
            label,
            weights: _,
            reason,
            level: _,
            role: _,
        } in choices.iter()
        {
            one(format!("{q}.choices.{id}.label"), label);
            if let Some(reason) = reason {
                one(format!("{q}.choices.{id}.reason"), reason);
            }
        }
    }
    texts.insert(
        "intro.paragraphs".into(),
        Text::List(paragraphs.iter().map(|p| p.to_string()).collect()),
    );
    for (key, list) in lists {
        texts.insert(
            key,
            Text::List(list.iter().map(|t| t.to_string()).collect()),
        );
    }
    texts
}

#[test]
fn the_glossary_has_a_column_for_every_translation_and_a_row_for_every_name() {
    let glossary = glossary();
    let mut problems = Vec::new();
    for lang in translations().keys() {
        if !glossary.codes.contains(lang) {
            problems.push(format!(
                "docs/GLOSSARY.md: no column for \"{lang}\", which src/content/lang/{lang}.toml needs"
            ));
        }
    }
    for (key, text) in english() {
        if let (Some(name_of), Text::One(name)) = (name_field(&key), text) {
            if glossary.row(&name).is_none() {
                problems.push(format!(
                    "docs/GLOSSARY.md: no row for the {name_of} \"{name}\" ({key})"
                ));
            }
        }
    }
    for row in &glossary.rows {
        for code in &glossary.codes {
            if row.terms.get(code).is_none_or(|term| term.is_empty()) {
                problems.push(format!(
                    "docs/GLOSSARY.md: \"{}\" has no {code} term",
                    row.english
                ));
            }
        }
    }
    for (english, _) in NOT_CHECKED_IN_CONTENT {
        if glossary.row(english).is_none() {
            problems.push(format!(
                "NOT_CHECKED_IN_CONTENT names \"{english}\", which the glossary lacks"
            ));
        }
    }
    assert!(problems.is_empty(), "{}", report(&problems));
}

#[test]
fn every_string_kept_in_english_is_still_needed() {
    let files = translations();
    for kept in KEPT_IN_ENGLISH {
        assert!(!kept.why.is_empty());
        let (texts, _) = translation_texts(&files[kept.lang]);
        let is_kept = |t: &String| t.trim().to_lowercase() == kept.english.to_lowercase();
        let used = texts.values().any(|text| match text {
            Text::One(t) => is_kept(t),
            Text::List(list) => list.iter().any(is_kept),
        });
        assert!(
            used,
            "KEPT_IN_ENGLISH: {}'s \"{}\" is no longer in its file; remove the entry",
            kept.lang, kept.english
        );
    }
}

#[test]
fn a_text_removed_from_a_real_translation_is_named() {
    let (english, glossary) = (english(), glossary());
    for (lang, table) in translations() {
        let mut typo = table.clone();
        remove(&mut typo, "questions.who-tunes-models.choices.both.label");
        set(
            &mut typo,
            "questions.who-tunes-models.choices.both.lable",
            text("typo"),
        );
        assert_eq!(
            check(&lang, &english, &typo, &glossary, KEPT_IN_ENGLISH),
            [
                format!("{lang}: questions.who-tunes-models.choices.both.label: missing"),
                format!(
                    "{lang}: questions.who-tunes-models.choices.both.lable: extra: content.toml has no such text (a removed id, or a field English lacks)"
                ),
            ]
        );
        let mut without_question = table.clone();
        remove(&mut without_question, "questions.rate-maths");
        let missing: Vec<String> = [
            "choices.basics.label",
            "choices.confident.label",
            "choices.expert.label",
            "choices.none.label",
            "prompt",
        ]
        .iter()
        .map(|key| format!("{lang}: questions.rate-maths.{key}: missing"))
        .collect();
        assert_eq!(
            check(
                &lang,
                &english,
                &without_question,
                &glossary,
                KEPT_IN_ENGLISH
            ),
            missing
        );
    }
}

#[test]
fn content_added_without_its_translations_fails() {
    let mut content: Table = SOURCE.parse().expect("content.toml parses");
    // A new question (a copy of the first under a new id), a new choice on an existing question,
    // a new path, skill and distinction, and a cost note on a resource that had none.
    let copy_with_id = |list: &Value, id: &str| {
        let mut item = list.as_array().unwrap()[0].as_table().unwrap().clone();
        item.insert("id".into(), Value::String(id.into()));
        Value::Table(item)
    };
    for (list, id) in [
        ("questions", "new-question"),
        ("paths", "new-path"),
        ("skills", "new-skill"),
        ("distinctions", "new-distinction"),
    ] {
        let item = copy_with_id(&content[list], id);
        content
            .get_mut(list)
            .and_then(Value::as_array_mut)
            .unwrap()
            .push(item);
    }
    let first_question = content
        .get_mut("questions")
        .and_then(Value::as_array_mut)
        .and_then(|q| q[0].as_table_mut())
        .unwrap();
    let choice = copy_with_id(&first_question["choices"], "new-choice");
    first_question
        .get_mut("choices")
        .and_then(Value::as_array_mut)
        .unwrap()
        .push(choice);
    let resource = content
        .get_mut("resources")
        .and_then(Value::as_array_mut)
        .and_then(|r| {
            r.iter_mut()
                .find(|r| r.get("cost_note").is_none())
                .and_then(Value::as_table_mut)
        })
        .unwrap();
    let resource_id = resource["id"].as_str().unwrap().to_owned();
    resource.insert("cost_note".into(), Value::String("Free to read.".into()));

    let english = english_texts(&content).unwrap();
    let glossary = glossary();
    for (lang, table) in translations() {
        let problems = check(&lang, &english, &table, &glossary, KEPT_IN_ENGLISH);
        for key in [
            "questions.new-question.prompt".to_owned(),
            "questions.new-question.choices.frame-problem.label".to_owned(),
            "questions.new-question.choices.frame-problem.reason".to_owned(),
            "questions.project-part.choices.new-choice.label".to_owned(),
            "questions.project-part.choices.new-choice.reason".to_owned(),
            "paths.new-path.name".to_owned(),
            "paths.new-path.responsibilities".to_owned(),
            "paths.new-path.result.body_theirs".to_owned(),
            "skills.new-skill.description".to_owned(),
            "distinctions.new-distinction.topic".to_owned(),
            format!("resources.{resource_id}.cost_note"),
        ] {
            let expected = format!("{lang}: {key}: missing");
            assert!(
                problems.contains(&expected),
                "{expected} not in {problems:#?}"
            );
        }
        assert!(
            problems.iter().all(|p| p.ends_with(": missing")),
            "{problems:#?}"
        );
    }
}

// ---------------------------------------------------------------------------------------------
// The checker on small files
// ---------------------------------------------------------------------------------------------

const FIXTURE_CONTENT: &str = r#"
version = 1

[intro]
title = "Data scientist or ML engineer?"
lead = "A short quiz."
paragraphs = ["One.", "Two."]

[[resources]]
id = "book"
title = "A Book"
provider = "Someone"
url = "https://example.org/"
cost_note = "Free to read online."

[[questions]]
id = "model-accuracy"
key = 1
kind = "preference"
scenario = "A model is at 91% accuracy."
prompt = "What do you do, {name}?"

[[questions.choices]]
id = "keep-tuning"
key = 1
label = "Keep tuning"
weights = { applied = 3 }
reason = "You like tuning models."
"#;

const FIXTURE_GLOSSARY: &str = "
| English (en) | Spanish (es) | German (de) | Note |
|---|---|---|---|
| data scientist | científico de datos | Data Scientist | |
| ML engineer | ingeniero de ML | ML-Engineer | |
| fit | afinidad | Übereinstimmung | not checked in content |
";

const FIXTURE_ES: &str = r#"
[intro]
title = "¿Científico de datos o ingeniero de ML?"
lead = "Un cuestionario breve."
paragraphs = ["Uno.", "Dos."]

[resources.book]
cost_note = "Se puede leer gratis en línea."

[questions.model-accuracy]
scenario = "Un modelo tiene una exactitud del 91\u00A0%."
prompt = "¿Qué haces, {name}?"

[questions.model-accuracy.choices.keep-tuning]
label = "Seguir ajustando"
reason = "Te gusta ajustar modelos."
"#;

fn fixture_check(lang: &str, edit: impl FnOnce(&mut Table)) -> Vec<String> {
    let english = english_texts(&FIXTURE_CONTENT.parse().unwrap()).unwrap();
    let glossary = Glossary::parse(FIXTURE_GLOSSARY).unwrap();
    let mut table: Table = FIXTURE_ES.parse().unwrap();
    edit(&mut table);
    check(lang, &english, &table, &glossary, &[])
}

fn set(table: &mut Table, path: &str, value: Value) {
    let (parents, last) = path.rsplit_once('.').unwrap();
    let mut at = table;
    for part in parents.split('.') {
        at = at.get_mut(part).and_then(Value::as_table_mut).unwrap();
    }
    at.insert(last.into(), value);
}

fn remove(table: &mut Table, path: &str) {
    let (parents, last) = path.rsplit_once('.').unwrap();
    let mut at = table;
    for part in parents.split('.') {
        at = at.get_mut(part).and_then(Value::as_table_mut).unwrap();
    }
    at.remove(last);
}

fn text(s: &str) -> Value {
    Value::String(s.into())
}

#[test]
fn a_complete_fixture_passes() {
    assert_eq!(fixture_check("es", |_| {}), Vec::<String>::new());
}

#[test]
fn the_fixture_english_is_read_as_text_and_structure() {
    let english = english_texts(&FIXTURE_CONTENT.parse().unwrap()).unwrap();
    let keys: Vec<&str> = english.keys().map(String::as_str).collect();
    assert_eq!(
        keys,
        [
            "intro.lead",
            "intro.paragraphs",
            "intro.title",
            "questions.model-accuracy.choices.keep-tuning.label",
            "questions.model-accuracy.choices.keep-tuning.reason",
            "questions.model-accuracy.prompt",
            "questions.model-accuracy.scenario",
            "resources.book.cost_note",
        ]
    );
    // A field that is neither text nor named structure is reported, not guessed at.
    let odd: Table = "[intro]\ntitle = \"T\"\nweight = 3\n".parse().unwrap();
    assert_eq!(
        english_texts(&odd),
        Err(vec![
            "content.toml: intro.weight: neither text nor named in STRUCTURE".to_owned()
        ])
    );
}

#[test]
fn a_missing_text_is_named_by_language_and_key() {
    assert_eq!(
        fixture_check("es", |t| remove(
            t,
            "questions.model-accuracy.choices.keep-tuning.reason"
        )),
        ["es: questions.model-accuracy.choices.keep-tuning.reason: missing"]
    );
    assert_eq!(
        fixture_check("es", |t| remove(t, "resources.book")),
        [
            "es: resources: an empty table: nothing here to translate",
            "es: resources.book.cost_note: missing",
        ]
    );
}

#[test]
fn an_extra_key_is_named() {
    // A text for an id content.toml does not have, a field English does not have, and a field
    // that is structure rather than text.
    assert_eq!(
        fixture_check("es", |t| {
            set(t, "questions.model-accuracy.help", text("Ayuda."));
            let mut other = Table::new();
            other.insert("prompt".into(), text("¿Otra?"));
            set(t, "questions.retired-one", Value::Table(other));
            set(t, "intro.version", Value::Integer(2));
        }),
        [
            "es: intro.version: not text: a translation holds strings and lists of strings only",
            "es: questions.model-accuracy.help: extra: content.toml has no such text (a removed id, or a field English lacks)",
            "es: questions.retired-one.prompt: extra: content.toml has no such text (a removed id, or a field English lacks)",
        ]
    );
    assert_eq!(
        fixture_check("es", |t| {
            remove(t, "resources.book.cost_note");
        }),
        [
            "es: resources.book: an empty table: nothing here to translate",
            "es: resources.book.cost_note: missing",
        ]
    );
}

#[test]
fn lists_keep_their_length_and_shape() {
    assert_eq!(
        fixture_check("es", |t| set(
            t,
            "intro.paragraphs",
            Value::Array(vec![text("Uno.")])
        )),
        ["es: intro.paragraphs: 1 items, English has 2"]
    );
    assert_eq!(
        fixture_check("es", |t| set(t, "intro.paragraphs", text("Uno. Dos."))),
        ["es: intro.paragraphs: a string, where English has a list"]
    );
}

#[test]
fn an_english_leftover_fails_unless_kept_with_a_reason() {
    let leftover = |t: &mut Table| {
        set(
            t,
            "questions.model-accuracy.choices.keep-tuning.label",
            text("Keep tuning"),
        )
    };
    assert_eq!(
        fixture_check("es", leftover),
        ["es: questions.model-accuracy.choices.keep-tuning.label: \"Keep tuning\" is the English text: translate it, or add it to KEPT_IN_ENGLISH with the reason"]
    );
    let english = english_texts(&FIXTURE_CONTENT.parse().unwrap()).unwrap();
    let glossary = Glossary::parse(FIXTURE_GLOSSARY).unwrap();
    let mut table: Table = FIXTURE_ES.parse().unwrap();
    leftover(&mut table);
    let kept = [Kept {
        lang: "es",
        english: "Keep tuning",
        why: "a test",
    }];
    assert_eq!(
        check("es", &english, &table, &glossary, &kept),
        Vec::<String>::new()
    );
    // Kept for one language only.
    assert!(!check("de", &english, &table, &glossary, &kept).is_empty());
}

#[test]
fn placeholders_and_numbers_stay_as_in_english() {
    assert_eq!(
        fixture_check("es", |t| set(t, "questions.model-accuracy.prompt", text("¿Qué haces, {nombre}?"))),
        ["es: questions.model-accuracy.prompt: placeholders {\"{nombre}\"} differ from the English {\"{name}\"}"]
    );
    assert_eq!(
        fixture_check("es", |t| set(t, "questions.model-accuracy.scenario", text("Un modelo tiene una exactitud del 19\u{a0}%."))),
        ["es: questions.model-accuracy.scenario: numbers [\"19\"] differ from the English [\"91\"]"]
    );
    assert_eq!(
        fixture_check("es", |t| set(t, "questions.model-accuracy.scenario", text("Un modelo tiene una exactitud del 91 %."))),
        ["es: questions.model-accuracy.scenario: the space before \"%\" is a no-break space (U+00A0)"]
    );
}

#[test]
fn punctuation_follows_the_english_rules_in_the_language() {
    let prompt = |s: &'static str| {
        fixture_check("es", move |t| {
            set(t, "questions.model-accuracy.prompt", text(s))
        })
    };
    assert_eq!(
        prompt("Qué haces, {name}?"),
        [
            "es: questions.model-accuracy.prompt: 0 \"¿\" but 1 \"?\": they come in pairs",
            "es: questions.model-accuracy.prompt: a prompt starts with \"¿\"",
        ]
    );
    assert_eq!(
        prompt("¿Qué haces, {name}"),
        [
            "es: questions.model-accuracy.prompt: ends in None where English ends in Some('?')",
            "es: questions.model-accuracy.prompt: 1 \"¿\" but 0 \"?\": they come in pairs",
            "es: questions.model-accuracy.prompt: a prompt is one question, ending in \"?\"",
        ]
    );
    assert_eq!(
        fixture_check("es", |t| set(
            t,
            "questions.model-accuracy.scenario",
            text("Un modelo: 91\u{a0}%")
        )),
        [
            "es: questions.model-accuracy.scenario: ends in None where English ends in Some('.')",
            "es: questions.model-accuracy.scenario: a scenario is whole sentences, ending in \".\"",
        ]
    );
    assert_eq!(
        fixture_check("es", |t| set(t, "questions.model-accuracy.choices.keep-tuning.reason", text("Ajustar modelos te gusta."))),
        ["es: questions.model-accuracy.choices.keep-tuning.reason: a reason starts with a verb in the second person singular (\"Prefieres…\") or with \"Te\" (\"Te gusta…\")"]
    );
    assert_eq!(
        fixture_check("es", |t| set(
            t,
            "intro.lead",
            text("Un cuestionario \"breve\".")
        )),
        ["es: intro.lead: straight quotes: use the language's own („…“, «…»)"]
    );
    // German reasons start with "Du ", whatever the Spanish rule.
    let english = english_texts(&FIXTURE_CONTENT.parse().unwrap()).unwrap();
    let glossary = Glossary::parse(FIXTURE_GLOSSARY).unwrap();
    let mut table: Table = FIXTURE_ES.parse().unwrap();
    set(
        &mut table,
        "intro.title",
        text("Data Scientist oder ML-Engineer?"),
    );
    set(
        &mut table,
        "questions.model-accuracy.choices.keep-tuning.reason",
        text("Dir gefällt das Tuning."),
    );
    assert_eq!(
        check("de", &english, &table, &glossary, &[]),
        ["de: questions.model-accuracy.choices.keep-tuning.reason: a reason starts with \"Du \""]
    );
}

#[test]
fn glossary_terms_are_used_where_english_uses_them() {
    assert_eq!(
        fixture_check("es", |t| set(t, "intro.title", text("¿Analista de datos o ingeniero de ML?"))),
        ["es: intro.title: English says \"data scientist\", but this does not use the glossary's \"científico de datos\""]
    );
    // Inflected forms count.
    assert_eq!(
        fixture_check("es", |t| set(
            t,
            "intro.title",
            text("¿Científicas de datos o ingenieros de ML?")
        )),
        Vec::<String>::new()
    );
    assert!(translation_uses(
        "Wer sind die Data Scientists?",
        "Data Scientist"
    ));
    assert!(translation_uses(
        "starke Programmierkenntnisse",
        "Programmierung"
    ));
    assert!(translation_uses("Core-ML-Engineers", "ML-Engineer"));
    assert!(!translation_uses("ML Engineers", "ML-Engineer"));
    assert!(!translation_uses(
        "ingeniero de aprendizaje automático",
        "ingeniero de machine learning"
    ));
    assert!(english_uses(
        "the data scientist's attention",
        "data scientist"
    ));
    assert!(english_uses(
        "a machine-learning engineer",
        "machine-learning engineer"
    ));
    assert!(english_uses("frameworks and libraries", "library"));
    assert!(!english_uses(
        "applied ML engineering",
        "applied ML engineer"
    ));
    assert!(!english_uses("outfit", "fit"));
}

#[test]
fn names_are_the_glossarys() {
    let english: Table = r#"
[roles.data_scientist]
name = "Data scientist"
short_name = "Data scientist"
summary = "A data scientist."
"#
    .parse()
    .unwrap();
    let english = english_texts(&english).unwrap();
    let glossary = Glossary::parse(FIXTURE_GLOSSARY).unwrap();
    let translation: Table = r#"
[roles.data_scientist]
name = "Científica de datos"
short_name = "Científico de datos"
summary = "Un científico de datos."
"#
    .parse()
    .unwrap();
    assert_eq!(
        check("es", &english, &translation, &glossary, &[]),
        ["es: roles.data_scientist.name: the role name \"Científica de datos\" is not the glossary's \"científico de datos\""]
    );
}

#[test]
fn the_glossary_table_is_read_by_language_code() {
    let glossary = Glossary::parse(FIXTURE_GLOSSARY).unwrap();
    assert_eq!(glossary.codes, ["en", "es", "de"]);
    assert_eq!(glossary.rows.len(), 3);
    assert_eq!(
        glossary.row("ML ENGINEER").unwrap().terms["de"],
        "ML-Engineer"
    );
    assert!(Glossary::parse("| English (en) | Spanish (es) |\n|---|---|\n| a | b | c |").is_err());
    assert!(Glossary::parse("no table").is_err());
}

/// `[ui.words] name_case` is a setting the app matches exactly: anything but its two values (a typo,
/// or the word translated) would quietly lower-case a language's names.
#[test]
fn each_language_says_how_names_read_mid_sentence() {
    let mut files = translations();
    files.insert(
        "en".to_owned(),
        SOURCE.parse().expect("content.toml parses"),
    );
    for (lang, table) in &files {
        let rule = table
            .get("ui")
            .and_then(|ui| ui.get("words"))
            .and_then(|words| words.get("name_case"))
            .and_then(Value::as_str);
        assert!(
            matches!(rule, Some("lower" | "keep")),
            "{lang}: [ui.words] name_case is {rule:?}; it must be \"lower\" or \"keep\""
        );
    }
}
