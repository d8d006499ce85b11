//! One screening as every interface asks for it (web form, JSON API, `opennrm screen`):
//! which instrument, which rule set, which population, which country's actors, and the
//! answers. Parsing the request once here keeps the three interfaces answering the same
//! question the same way, and names the field at fault when a request is wrong.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use super::{
    Answers, ILO_EC_2009, Instrument, Population, RuleSet, ScreeningError, ScreeningResult,
    WhoActs, screen, who_acts,
};
use crate::atlas::{Atlas, CountryCode};

/// A screening request. Everything but the answers has a default: the ILO/EC
/// operational indicators, the rule set written for the chosen instrument, adults.
/// A request holds no personal data: indicator ids and yes / no / unknown only.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
#[schema(example = json!({
    "country": "NO",
    "answers": {
        "exploitative_conditions.excessive_hours": "yes",
        "coercion_at_destination.debt_bondage": "yes"
    }
}))]
pub struct ScreeningRequest {
    /// The instrument whose questions were answered; default ilo-ec-2009-thb-labour.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub instrument: Option<String>,
    /// Default: the rule set written for the instrument.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub rule_set: Option<String>,
    /// Whose list of indicators is used; default adult.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub population: Option<String>,
    /// ISO code of the country whose actors should be listed ("who acts").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub country: Option<String>,
    /// Indicator id → "yes" | "no" | "unknown"; an indicator left out was not asked
    /// (not the same as no).
    // Required (no `serde(default)`): `{}` screens nothing and is a client's mistake; the
    // API has always documented `answers` as required. Stored drafts always carry it.
    pub answers: BTreeMap<String, String>,
}

/// A request that could not be understood, naming the field at fault.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{field}: {message}")]
pub struct RequestError {
    pub field: &'static str,
    pub message: String,
}

impl RequestError {
    fn new(field: &'static str, message: impl Into<String>) -> RequestError {
        RequestError {
            field,
            message: message.into(),
        }
    }
}

/// A request resolved against the shipped instruments and rules.
#[derive(Debug, Clone)]
pub struct Prepared {
    pub instrument: Instrument,
    pub rules: RuleSet,
    pub population: Population,
    pub country: Option<CountryCode>,
    pub answers: Answers,
}

/// The result and, where a country was given, the actors who can act on it.
#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct ScreeningOutcome {
    pub result: ScreeningResult,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub country: Option<CountryCode>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub who_acts: Option<WhoActs>,
}

/// The rule set written for `instrument`, in its highest version.
pub fn default_rule_set(instrument: &Instrument) -> Result<RuleSet, ScreeningError> {
    // From the shipped list by reference: only the chosen set is cloned (this runs for
    // every screening).
    super::embedded::rule_sets()?
        .iter()
        .filter(|r| r.instrument == instrument.id)
        .max_by_key(|r| r.version)
        .cloned()
        .ok_or_else(|| {
            ScreeningError::UnknownRuleSet(format!("(none written for {})", instrument.id.as_str()))
        })
}

pub fn parse_population(value: Option<&str>) -> Result<Population, RequestError> {
    match value.map(str::trim).filter(|v| !v.is_empty()) {
        None => Ok(Population::Adult),
        Some(v) => v.parse().map_err(|_| {
            RequestError::new(
                "population",
                format!("\"{v}\" is not a population; use adult or child"),
            )
        }),
    }
}

impl ScreeningRequest {
    /// Resolves instrument, rule set, population, country and answers, or names the
    /// first field that is wrong. `atlas` is needed only to check the country.
    pub fn prepare(&self, atlas: &Atlas) -> Result<Prepared, RequestError> {
        let instrument_id = self
            .instrument
            .as_deref()
            .map(str::trim)
            .filter(|s| !s.is_empty())
            .unwrap_or(ILO_EC_2009);
        let instrument = Instrument::embedded(instrument_id)
            .map_err(|e| RequestError::new("instrument", e.to_string()))?;
        let rules = match self
            .rule_set
            .as_deref()
            .map(str::trim)
            .filter(|s| !s.is_empty())
        {
            Some(id) => {
                RuleSet::embedded(id).map_err(|e| RequestError::new("rule_set", e.to_string()))?
            }
            None => default_rule_set(&instrument)
                .map_err(|e| RequestError::new("rule_set", e.to_string()))?,
        };
        rules
            .check_against(&instrument)
            .map_err(|e| RequestError::new("rule_set", e.to_string()))?;
        let population = parse_population(self.population.as_deref())?;
        if !instrument.covers(population) {
            return Err(RequestError::new(
                "population",
                format!(
                    "{} has no indicator list for {}",
                    instrument.title,
                    population.as_str()
                ),
            ));
        }
        let country = match self
            .country
            .as_deref()
            .map(str::trim)
            .filter(|s| !s.is_empty())
        {
            None => None,
            Some(code) => Some(
                atlas
                    .country(code)
                    .map(|c| c.country.code.clone())
                    .ok_or_else(|| {
                        RequestError::new(
                            "country",
                            format!("\"{code}\" is not a country of the atlas"),
                        )
                    })?,
            ),
        };
        let answers = Answers::parse_for(&instrument, self.answers.iter())
            .map_err(|e| RequestError::new("answers", e.to_string()))?;
        Ok(Prepared {
            instrument,
            rules,
            population,
            country,
            answers,
        })
    }

    /// The request as it should be kept (a draft): only values that parsed, in their
    /// canonical spelling, so whatever padding or unknown fields a client sent are not
    /// stored. Fails like `prepare`.
    pub fn normalised(&self, atlas: &Atlas) -> Result<ScreeningRequest, RequestError> {
        let p = self.prepare(atlas)?;
        Ok(self.normalised_from(&p))
    }

    /// The normalised request and its outcome, preparing once (a case keeps both).
    pub fn normalised_and_run(
        &self,
        atlas: &Atlas,
    ) -> Result<(ScreeningRequest, ScreeningOutcome), RequestError> {
        let p = self.prepare(atlas)?;
        let clean = self.normalised_from(&p);
        Ok((clean, p.run(atlas)?))
    }

    fn normalised_from(&self, p: &Prepared) -> ScreeningRequest {
        ScreeningRequest {
            instrument: Some(p.instrument.id.as_str().to_string()),
            rule_set: self
                .rule_set
                .as_deref()
                .map(str::trim)
                .filter(|s| !s.is_empty())
                .map(str::to_string),
            population: Some(p.population.as_str().to_string()),
            country: p.country.as_ref().map(|c| c.to_string()),
            answers: p
                .answers
                .iter()
                .map(|(id, a)| (id.as_str().to_string(), a.as_str().to_string()))
                .collect(),
        }
    }

    /// Prepares and screens; with a country, also lists who acts at the resulting level.
    pub fn run(&self, atlas: &Atlas) -> Result<ScreeningOutcome, RequestError> {
        self.prepare(atlas)?.run(atlas)
    }
}

impl Prepared {
    /// Screens the prepared answers; with a country, also lists who acts at the level.
    pub fn run(self, atlas: &Atlas) -> Result<ScreeningOutcome, RequestError> {
        let p = self;
        let result = screen(&p.instrument, &p.rules, &p.answers, p.population)
            .map_err(|e| RequestError::new("answers", e.to_string()))?;
        let who_acts = p
            .country
            .as_ref()
            .and_then(|code| atlas.country(code.as_str()))
            .map(|c| who_acts(c, result.level));
        Ok(ScreeningOutcome {
            result,
            country: p.country,
            who_acts,
        })
    }
}
