//! A respondent's answers, checked against the form they answer: every answer keyed by
//! one of the form's questions, its choices from the atlas vocabulary the question names
//! (or the country's atlas actors, for cooperation partners), everything bounded. What
//! comes out is normalised (trimmed, empty answers dropped), so stored answers are
//! always ones the merge into the atlas can read.

use std::collections::BTreeMap;
use std::str::FromStr;

use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use super::questionnaire::{AnswerKind, Form};
use crate::atlas::vocabulary::{Capability, LimitationCategory, MechanismKind};

pub const MAX_TEXT_CHARS: usize = 4000;
pub const MAX_COMMENT_CHARS: usize = 1000;
pub const MAX_CHOICES: usize = 80;

/// One answer: free text, the choices ticked, and a comment per choice (limitations).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
#[schema(as = SurveyAnswer)]
pub struct Answer {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub text: Option<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub choices: Vec<String>,
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub comments: BTreeMap<String, String>,
}

impl Answer {
    fn is_empty(&self) -> bool {
        self.text.is_none() && self.choices.is_empty() && self.comments.is_empty()
    }
}

/// Answers by question id.
pub type Answers = BTreeMap<String, Answer>;

/// Why answers were refused: the question and a sentence (no answer text is quoted).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{question}: {reason}")]
pub struct AnswerError {
    pub question: String,
    pub reason: String,
}

fn refuse(question: &str, reason: impl Into<String>) -> AnswerError {
    AnswerError {
        question: question.to_string(),
        reason: reason.into(),
    }
}

fn bounded(question: &str, text: Option<&str>, max: usize) -> Result<Option<String>, AnswerError> {
    let t = text.map(str::trim).filter(|t| !t.is_empty());
    if let Some(t) = t
        && t.chars().count() > max
    {
        return Err(refuse(question, format!("at most {max} characters")));
    }
    Ok(t.map(str::to_string))
}

/// Checks and normalises `answers` for `form`; `is_actor` says whether an id is an actor
/// of the wave's country (the partners a respondent can tick).
pub fn check_answers(
    form: &Form,
    answers: &Answers,
    is_actor: &dyn Fn(&str) -> bool,
) -> Result<Answers, AnswerError> {
    let mut out = Answers::new();
    for (id, a) in answers {
        let q = form
            .questions
            .iter()
            .find(|q| q.id == *id)
            .ok_or_else(|| refuse(id, "not a question of this form"))?;
        if a.choices.len() > MAX_CHOICES {
            return Err(refuse(id, format!("at most {MAX_CHOICES} choices")));
        }
        let known = |c: &str| match q.answer {
            AnswerKind::Text => false,
            AnswerKind::Capabilities => Capability::from_str(c).is_ok(),
            AnswerKind::Partners => is_actor(c),
            AnswerKind::Mechanisms => MechanismKind::from_str(c).is_ok(),
            AnswerKind::Limitations => LimitationCategory::from_str(c).is_ok(),
        };
        let mut choices: Vec<String> = Vec::new();
        for c in &a.choices {
            let c = c.trim();
            if !known(c) {
                return Err(refuse(id, "a choice this question does not offer"));
            }
            if !choices.iter().any(|x| x == c) {
                choices.push(c.to_string());
            }
        }
        let mut comments = BTreeMap::new();
        for (k, v) in &a.comments {
            if q.answer != AnswerKind::Limitations || !choices.contains(k) {
                return Err(refuse(id, "a comment on a choice that is not ticked"));
            }
            if let Some(v) = bounded(id, Some(v), MAX_COMMENT_CHARS)? {
                comments.insert(k.clone(), v);
            }
        }
        let clean = Answer {
            text: bounded(id, a.text.as_deref(), MAX_TEXT_CHARS)?,
            choices,
            comments,
        };
        if !clean.is_empty() {
            out.insert(id.clone(), clean);
        }
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::survey::{FormKind, embedded_questionnaires};

    fn full() -> &'static Form {
        embedded_questionnaires().expect("shipped")[0]
            .form(FormKind::Full)
            .expect("full")
    }

    fn answer(text: Option<&str>, choices: &[&str]) -> Answer {
        Answer {
            text: text.map(str::to_string),
            choices: choices.iter().map(|c| c.to_string()).collect(),
            comments: BTreeMap::new(),
        }
    }

    #[test]
    fn answers_are_checked_against_the_form_and_the_atlas_vocabularies() {
        let actors = |id: &str| id == "dk-cmm";
        let mut a = Answers::new();
        a.insert(
            "mandates".into(),
            answer(
                None,
                &["identify_victims", "identify_victims", " refer_victims "],
            ),
        );
        a.insert(
            "partners".into(),
            answer(Some("  and the unions  "), &["dk-cmm"]),
        );
        a.insert("challenges".into(), answer(Some("   "), &[]));
        let mut lim = answer(None, &["lack_of_knowledge"]);
        lim.comments.insert(
            "lack_of_knowledge".into(),
            "Nobody tells trafficking from social dumping".into(),
        );
        a.insert("limitations".into(), lim);
        let clean = check_answers(full(), &a, &actors).expect("valid");
        assert_eq!(
            clean["mandates"].choices,
            ["identify_victims", "refer_victims"]
        );
        assert_eq!(clean["partners"].text.as_deref(), Some("and the unions"));
        assert!(
            !clean.contains_key("challenges"),
            "an empty answer is dropped"
        );

        let refused = |q: &str, x: Answer| {
            let mut a = Answers::new();
            a.insert(q.into(), x);
            check_answers(full(), &a, &actors)
                .expect_err("refused")
                .question
        };
        assert_eq!(refused("mandates", answer(None, &["fly"])), "mandates");
        assert_eq!(
            refused("partners", answer(None, &["se-police"])),
            "partners"
        );
        assert_eq!(
            refused("potential_role", answer(Some("x"), &[])),
            "potential_role",
            "a question of the short form"
        );
        assert_eq!(
            refused("role", answer(Some(&"x".repeat(MAX_TEXT_CHARS + 1)), &[])),
            "role"
        );
        let mut lim = answer(None, &["corruption"]);
        lim.comments
            .insert("legislation".into(), "not ticked".into());
        assert_eq!(refused("limitations", lim), "limitations");
    }
}
