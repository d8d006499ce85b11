//! A questionnaire as data: its forms (the full questionnaire and the short alternative
//! questions), each question's wording, the atlas vocabulary its answer uses, and the
//! passage of the report that names the part it belongs to. Parsed at the boundary: TOML
//! in, a checked `Questionnaire` out, or every problem with `file:line`.

use std::collections::BTreeSet;
use std::sync::OnceLock;

use serde::{Deserialize, Serialize};
use toml::Spanned;
use utoipa::ToSchema;

use crate::atlas::Source;
use crate::screening::DataErrors;
use crate::screening::file::{Checker, RawSource, parse_toml};

/// The data format this parser reads (`format = 1`).
pub const SURVEY_FORMAT: i64 = 1;

crate::atlas::vocabulary::vocabulary!(
    /// The two forms of the study: the questionnaire, and the "few short, alternative
    /// questions" for respondents without the mandate or experience to answer it.
    FormKind { Full, Alternative }
);

crate::atlas::vocabulary::vocabulary!(
    /// The atlas vocabulary an answer is given in, so an answer maps onto facts.
    AnswerKind {
        /// Free text, for the national report.
        Text,
        /// Mandates held (atlas `Capability`).
        Capabilities,
        /// Cooperation partners (atlas actors or new names) and modes (`CooperationKind`).
        Partners,
        /// National mechanisms (`MechanismKind`) and how far each is in place.
        Mechanisms,
        /// The eight limitation alternatives (`LimitationCategory`), each with a comment.
        Limitations,
    }
);

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
pub struct Question {
    /// Unique within its form; answers are keyed by it.
    pub id: String,
    /// The questionnaire part, in the report's words.
    pub part: String,
    /// The wording put to respondents (OpenNRM's: the report gives only the parts).
    pub text: String,
    pub answer: AnswerKind,
    pub source: Source,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
pub struct Form {
    pub kind: FormKind,
    pub title: String,
    pub source: Source,
    pub questions: Vec<Question>,
}

/// One version of a questionnaire; a wave keeps the version it started with.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
pub struct Questionnaire {
    pub id: String,
    pub version: i64,
    pub title: String,
    pub source: Source,
    pub forms: Vec<Form>,
}

impl Questionnaire {
    pub fn form(&self, kind: FormKind) -> Option<&Form> {
        self.forms.iter().find(|f| f.kind == kind)
    }
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawQuestion {
    id: Spanned<String>,
    part: String,
    text: Spanned<String>,
    answer: Spanned<String>,
    source: Spanned<RawSource>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawForm {
    kind: Spanned<String>,
    title: String,
    source: Spanned<RawSource>,
    questions: Vec<RawQuestion>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawQuestionnaire {
    format: Spanned<i64>,
    id: Spanned<String>,
    version: Spanned<i64>,
    title: String,
    source: Spanned<RawSource>,
    forms: Vec<RawForm>,
}

/// Bounds: a questionnaire is read by people on a phone, not a census form.
const MAX_QUESTIONS_PER_FORM: usize = 40;
const MAX_TEXT_CHARS: usize = 600;

/// Parses and checks one questionnaire file.
pub fn parse_questionnaire(file: &str, text: &str) -> Result<Questionnaire, DataErrors> {
    let raw: RawQuestionnaire = parse_toml(file, text)?;
    let mut c = Checker::new(file, text);
    if *raw.format.get_ref() != SURVEY_FORMAT {
        c.error(
            &raw.format.span(),
            None,
            format!("`format` must be {SURVEY_FORMAT}, the format this version reads"),
        );
    }
    let id = raw.id.get_ref().clone();
    if id.is_empty()
        || !id
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
    {
        c.error(
            &raw.id.span(),
            None,
            "`id` is lower-case letters, digits and `-`",
        );
    }
    if *raw.version.get_ref() < 1 {
        c.error(&raw.version.span(), None, "`version` starts at 1");
    }
    let source = quoted(&mut c, &raw.source, &id);
    let mut kinds = BTreeSet::new();
    let mut forms = Vec::new();
    for f in raw.forms {
        let Ok(kind) = f.kind.get_ref().parse::<FormKind>() else {
            c.error(
                &f.kind.span(),
                None,
                format!(
                    "unknown form kind `{}` (full, alternative)",
                    f.kind.get_ref()
                ),
            );
            continue;
        };
        if !kinds.insert(kind) {
            c.error(&f.kind.span(), None, format!("a second `{kind}` form"));
        }
        if f.questions.is_empty() || f.questions.len() > MAX_QUESTIONS_PER_FORM {
            c.error(
                &f.kind.span(),
                None,
                format!("a form has 1 to {MAX_QUESTIONS_PER_FORM} questions"),
            );
        }
        let form_source = quoted(&mut c, &f.source, kind.as_str());
        let mut ids = BTreeSet::new();
        let mut questions = Vec::new();
        for q in f.questions {
            let qid = q.id.get_ref().clone();
            if qid.is_empty() || !qid.bytes().all(|b| b.is_ascii_lowercase() || b == b'_') {
                c.error(
                    &q.id.span(),
                    Some(&qid),
                    "a question id is lower-case letters and `_`",
                );
            }
            if !ids.insert(qid.clone()) {
                c.error(
                    &q.id.span(),
                    Some(&qid),
                    "this id is used twice in the form",
                );
            }
            let text = q.text.get_ref().trim().to_string();
            if text.is_empty() || text.chars().count() > MAX_TEXT_CHARS {
                c.error(
                    &q.text.span(),
                    Some(&qid),
                    format!("`text` is 1 to {MAX_TEXT_CHARS} characters"),
                );
            }
            let answer = match q.answer.get_ref().parse::<AnswerKind>() {
                Ok(a) => a,
                Err(_) => {
                    let all: Vec<_> = AnswerKind::all().map(AnswerKind::as_str).collect();
                    c.error(
                        &q.answer.span(),
                        Some(&qid),
                        format!(
                            "unknown answer kind `{}` ({})",
                            q.answer.get_ref(),
                            all.join(", ")
                        ),
                    );
                    AnswerKind::Text
                }
            };
            let source = quoted(&mut c, &q.source, &qid);
            questions.push(Question {
                id: qid,
                part: q.part.trim().to_string(),
                text,
                answer,
                source,
            });
        }
        forms.push(Form {
            kind,
            title: f.title,
            source: form_source,
            questions,
        });
    }
    if !kinds.contains(&FormKind::Full) {
        c.error(&raw.id.span(), None, "a questionnaire has a `full` form");
    }
    c.finish(Questionnaire {
        id,
        version: *raw.version.get_ref(),
        title: raw.title,
        source,
        forms,
    })
}

/// A source whose quote must be verbatim in the report (anywhere: the questionnaire
/// belongs to no chapter).
fn quoted(c: &mut Checker<'_>, raw: &Spanned<RawSource>, item: &str) -> Source {
    c.source(&raw.span(), item, raw.get_ref(), None)
}

static EMBEDDED: include_dir::Dir<'_> =
    include_dir::include_dir!("$CARGO_MANIFEST_DIR/../../data/survey");

/// The shipped questionnaires (`data/survey/*.toml`), parsed once; a broken shipped file
/// is reported with its file and line, never a panic.
pub fn embedded_questionnaires() -> Result<&'static [Questionnaire], DataErrors> {
    static PARSED: OnceLock<Result<Vec<Questionnaire>, DataErrors>> = OnceLock::new();
    PARSED
        .get_or_init(|| {
            let mut out = Vec::new();
            let mut errors = Vec::new();
            let mut files: Vec<_> = EMBEDDED
                .files()
                .filter(|f| f.path().extension().is_some_and(|e| e == "toml"))
                .collect();
            files.sort_by_key(|f| f.path());
            for f in files {
                let name = format!("data/survey/{}", f.path().display());
                match parse_questionnaire(&name, f.contents_utf8().unwrap_or_default()) {
                    Ok(q) => out.push(q),
                    Err(e) => errors.extend(e.0),
                }
            }
            if errors.is_empty() {
                Ok(out)
            } else {
                Err(DataErrors(errors))
            }
        })
        .as_ref()
        .map(Vec::as_slice)
        .map_err(Clone::clone)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_shipped_questionnaire_has_both_forms_with_the_reports_parts() {
        let all = embedded_questionnaires().expect("the shipped questionnaire parses");
        let q = all.iter().find(|q| q.id == "cbss-2012").expect("cbss-2012");
        let full = q.form(FormKind::Full).expect("full");
        let short = q.form(FormKind::Alternative).expect("alternative");
        // Every part the methodology lists, and the four short questions.
        for part in [
            "Mandate and role",
            "Cooperation",
            "Legislation and policy",
            "Structures and cooperation mechanisms",
            "Limitations and challenges",
        ] {
            assert!(full.questions.iter().any(|x| x.part == part), "{part}");
        }
        assert_eq!(short.questions.len(), 4);
        // Answers map onto the atlas: one question per vocabulary in the full form.
        for kind in [
            AnswerKind::Capabilities,
            AnswerKind::Partners,
            AnswerKind::Mechanisms,
            AnswerKind::Limitations,
        ] {
            assert!(full.questions.iter().any(|x| x.answer == kind), "{kind}");
        }
        assert!(
            full.questions.iter().all(|x| x.source.line.is_some()),
            "every part cites the report"
        );
    }

    #[test]
    fn a_broken_questionnaire_is_refused_with_file_and_line() {
        let text = std::fs::read_to_string(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/../../data/survey/cbss-2012.toml"
        ))
        .expect("file");
        let broken = text
            .replacen("answer = \"capabilities\"", "answer = \"mandates\"", 1)
            .replacen(
                "quote = \"existing legislation and policy\"",
                "quote = \"legislation nobody wrote\"",
                1,
            );
        let e = parse_questionnaire("q.toml", &broken).expect_err("refused");
        let text = e.to_string();
        assert!(text.contains("unknown answer kind `mandates`"), "{text}");
        assert!(text.contains("not verbatim in the report"), "{text}");
        assert!(
            e.0.iter().all(|d| d.file == "q.toml" && d.line > 1),
            "{text}"
        );
        let line = broken
            .lines()
            .position(|l| l.contains("answer = \"mandates\""))
            .expect("line")
            + 1;
        assert!(e.0.iter().any(|d| d.line == line), "{text}");
    }
}
