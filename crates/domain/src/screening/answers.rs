//! The answers of one screening. An indicator that is absent was not asked — which is not
//! "no": the engine reports it as missing information, never as evidence of absence.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use super::error::ScreeningError;
use super::ids::IndicatorId;
use super::instrument::Instrument;

crate::atlas::vocabulary::vocabulary!(
    /// What the officer found for one indicator.
    Answer {
    /// The indicator is present.
    Yes,
    /// The officer is reasonably sure the indicator is absent.
    No,
    /// Asked, but the answer is not clear. Never counts as yes.
    Unknown,
    }
);

/// Indicator id → answer. Deserialises from a JSON or TOML map such as
/// `{"coercion_at_destination.debt_bondage": "yes"}`; ids are checked against the
/// instrument by [`Instrument::check_answers`] (and by `screen`), which names every
/// unknown id.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(transparent)]
pub struct Answers(BTreeMap<IndicatorId, Answer>);

impl Answers {
    pub fn new() -> Answers {
        Answers::default()
    }

    /// Parses form-like pairs of strings for one instrument: every unknown id and every
    /// value other than yes / no / unknown is rejected by name.
    pub fn parse_for<I, K, V>(instrument: &Instrument, pairs: I) -> Result<Answers, ScreeningError>
    where
        I: IntoIterator<Item = (K, V)>,
        K: AsRef<str>,
        V: AsRef<str>,
    {
        let mut answers = Answers::new();
        let mut unknown = Vec::new();
        for (id, value) in pairs {
            let (id, value) = (id.as_ref(), value.as_ref());
            let Some(indicator) = instrument.indicator(id) else {
                unknown.push(id.to_string());
                continue;
            };
            let answer =
                value
                    .trim()
                    .parse::<Answer>()
                    .map_err(|_| ScreeningError::InvalidAnswer {
                        indicator: id.to_string(),
                        value: value.to_string(),
                    })?;
            answers.set(indicator.id.clone(), answer);
        }
        if unknown.is_empty() {
            Ok(answers)
        } else {
            Err(ScreeningError::UnknownIndicators {
                instrument: instrument.id.to_string(),
                ids: unknown,
            })
        }
    }

    /// Records an answer, replacing an earlier one.
    pub fn set(&mut self, id: IndicatorId, answer: Answer) -> &mut Answers {
        self.0.insert(id, answer);
        self
    }

    /// Forgets an answer: the indicator becomes "not asked" again.
    pub fn remove(&mut self, id: &str) -> Option<Answer> {
        self.0.remove(id)
    }

    pub fn get(&self, id: &str) -> Option<Answer> {
        self.0.get(id).copied()
    }

    pub fn iter(&self) -> impl Iterator<Item = (&IndicatorId, Answer)> {
        self.0.iter().map(|(id, a)| (id, *a))
    }

    pub fn len(&self) -> usize {
        self.0.len()
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
}

impl FromIterator<(IndicatorId, Answer)> for Answers {
    fn from_iter<T: IntoIterator<Item = (IndicatorId, Answer)>>(iter: T) -> Answers {
        Answers(iter.into_iter().collect())
    }
}
