//! A screening instrument: its dimensions and indicators, each with the official wording,
//! a plain-language question and its strength on the adult and the child list.
//! Instruments are data (data/screening/instruments/); this module parses and checks them.

use std::collections::{BTreeMap, HashMap, HashSet};

use serde::{Deserialize, Serialize};
use toml::Spanned;

use super::answers::Answers;
use super::error::{DataErrors, ScreeningError};
use super::file::{Checker, parse_toml};
use super::ids::{DimensionId, IndicatorId, InstrumentId, Version};

crate::atlas::vocabulary::vocabulary!(
    /// How much an indicator weighs in the combination rules. `Unweighted` is for instruments
    /// whose source gives no weights (the ILO forced-labour indicators).
    Strength {
    Strong,
    Medium,
    Weak,
    Unweighted,
    }
);

impl Strength {
    pub const COUNT: usize = 4;
    pub const ALL: [Strength; Strength::COUNT] = [
        Strength::Strong,
        Strength::Medium,
        Strength::Weak,
        Strength::Unweighted,
    ];

    /// Position in `ALL`, for per-strength counters.
    pub fn index(self) -> usize {
        self as usize
    }
}

crate::atlas::vocabulary::vocabulary!(
    /// Whose list of indicators is used: the ILO/EC publication has one list for adults and one
    /// for children, and the whole-case rule differs (no means element for children).
    Population {
    Adult,
    Child,
    }
);

/// An indicator's place on one population's list.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, utoipa::ToSchema)]
pub struct Listing {
    pub strength: Strength,
    /// False until wording and strength were checked against independent sources; the
    /// note then says what is unverified or disputed.
    pub verified: bool,
    pub note: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, utoipa::ToSchema)]
pub struct Indicator {
    pub id: IndicatorId,
    pub dimension: DimensionId,
    /// The source's wording, shown on demand.
    pub wording: String,
    /// What a labour inspector asks; "yes" means the indicator is present.
    pub question: String,
    /// Further explanation for the officer, when the instrument gives one.
    pub guidance: Option<String>,
    pub adult: Option<Listing>,
    pub child: Option<Listing>,
}

impl Indicator {
    /// The indicator's listing for a population, or `None` when it is not on that list.
    pub fn listing(&self, population: Population) -> Option<&Listing> {
        match population {
            Population::Adult => self.adult.as_ref(),
            Population::Child => self.child.as_ref(),
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, utoipa::ToSchema)]
pub struct Dimension {
    pub id: DimensionId,
    pub name: String,
    /// The name inside a sentence ("coercion at destination").
    pub short: String,
    /// What to ask about when the dimension still lacks answers.
    pub ask_about: String,
}

/// The publication an instrument or rule set comes from.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, utoipa::ToSchema)]
#[schema(as = InstrumentSource)]
#[serde(deny_unknown_fields)]
pub struct Source {
    pub title: String,
    pub publisher: String,
    pub year: u16,
    pub edition: Option<String>,
    pub reference: Option<String>,
    pub url: Option<String>,
}

/// A source consulted to verify the lists, with what it could and could not confirm.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
pub struct CheckedSource {
    pub key: String,
    pub title: String,
    pub url: Option<String>,
    pub note: String,
}

/// A point where sources disagree, kept with the data it is about.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
pub struct Disagreement {
    pub key: String,
    /// Indicator or dimension ids.
    pub about: Vec<String>,
    pub text: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, utoipa::ToSchema)]
pub struct Instrument {
    pub id: InstrumentId,
    pub version: Version,
    pub title: String,
    pub populations: Vec<Population>,
    pub guidance: String,
    pub source: Source,
    pub checked_sources: Vec<CheckedSource>,
    pub disagreements: Vec<Disagreement>,
    pub dimensions: Vec<Dimension>,
    pub indicators: Vec<Indicator>,
}

impl Instrument {
    /// Parses and checks one instrument file. Every problem is reported, each with the
    /// file, line, item and reason.
    pub fn from_toml(file: &str, text: &str) -> Result<Instrument, DataErrors> {
        let raw: RawFile = parse_toml(file, text)?;
        build(Checker::new(file, text), raw)
    }

    /// The shipped instrument with this id, in its highest version.
    pub fn embedded(id: &str) -> Result<Instrument, ScreeningError> {
        super::embedded::highest(super::embedded::instruments()?, id)
            .ok_or_else(|| ScreeningError::UnknownInstrument(id.to_string()))
    }

    /// A shipped instrument in one exact version, for re-running an old screening.
    pub fn embedded_version(id: &str, version: Version) -> Result<Instrument, ScreeningError> {
        super::embedded::exact(super::embedded::instruments()?, id, version)
            .ok_or_else(|| ScreeningError::UnknownInstrument(format!("{id} {version}")))
    }

    /// Every shipped instrument, sorted by id then version.
    pub fn embedded_all() -> Result<Vec<Instrument>, DataErrors> {
        super::embedded::instruments().cloned()
    }

    pub fn covers(&self, population: Population) -> bool {
        self.populations.contains(&population)
    }

    pub fn dimension(&self, id: &str) -> Option<&Dimension> {
        self.dimensions.iter().find(|d| d.id.as_str() == id)
    }

    pub fn indicator(&self, id: &str) -> Option<&Indicator> {
        self.indicators.iter().find(|i| i.id.as_str() == id)
    }

    /// The indicators of one dimension on one population's list, in file order — the
    /// order a form shows them in.
    pub fn indicators_of<'a>(
        &'a self,
        dimension: &'a str,
        population: Population,
    ) -> impl Iterator<Item = (&'a Indicator, &'a Listing)> + 'a {
        self.indicators
            .iter()
            .filter(move |i| i.dimension.as_str() == dimension)
            .filter_map(move |i| i.listing(population).map(|l| (i, l)))
    }

    /// Rejects answers to indicators this instrument does not have, naming every one.
    pub fn check_answers(&self, answers: &Answers) -> Result<(), ScreeningError> {
        let unknown: Vec<String> = answers
            .iter()
            .filter(|(id, _)| self.indicator(id.as_str()).is_none())
            .map(|(id, _)| id.to_string())
            .collect();
        if unknown.is_empty() {
            Ok(())
        } else {
            Err(ScreeningError::UnknownIndicators {
                instrument: self.id.to_string(),
                ids: unknown,
            })
        }
    }
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawFile {
    instrument: Spanned<RawHeader>,
    source: Source,
    #[serde(default)]
    checked_source: Vec<CheckedSource>,
    #[serde(default)]
    disagreement: Vec<Spanned<Disagreement>>,
    #[serde(default)]
    dimension: Vec<Spanned<RawDimension>>,
    #[serde(default)]
    indicator: Vec<Spanned<RawIndicator>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawHeader {
    id: String,
    version: String,
    title: String,
    populations: Vec<Population>,
    guidance: Option<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawDimension {
    id: String,
    name: String,
    short: String,
    ask_about: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawIndicator {
    id: String,
    dimension: String,
    wording: String,
    question: String,
    guidance: Option<String>,
    adult: Option<RawListing>,
    child: Option<RawListing>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawListing {
    strength: Strength,
    // Required, so a file never silently claims verification.
    verified: bool,
    note: Option<String>,
}

fn build(mut c: Checker<'_>, raw: RawFile) -> Result<Instrument, DataErrors> {
    let header_span = raw.instrument.span();
    let header = raw.instrument.into_inner();
    let id = InstrumentId::new(header.id)
        .map_err(|e| c.error(&header_span, None, e.to_string()))
        .ok();
    let version = header
        .version
        .parse::<Version>()
        .map_err(|e| c.error(&header_span, None, e.to_string()))
        .ok();
    c.require_text(&header_span, None, "title", &header.title);
    let mut populations = Vec::new();
    for p in header.populations {
        if populations.contains(&p) {
            c.error(
                &header_span,
                None,
                format!("population {p} is listed twice"),
            );
        } else {
            populations.push(p);
        }
    }
    if populations.is_empty() {
        c.error(
            &header_span,
            None,
            "`populations` must name at least one of adult, child",
        );
    }
    if c.require_text(&header_span, None, "source.title", &raw.source.title) {
        c.require_text(
            &header_span,
            None,
            "source.publisher",
            &raw.source.publisher,
        );
    }

    let mut dimensions = Vec::new();
    let mut dimension_span = HashMap::new();
    for d in raw.dimension {
        let span = d.span();
        let d = d.into_inner();
        let Ok(id) = DimensionId::new(d.id.clone()) else {
            c.error(
                &span,
                Some(&d.id),
                "not a valid dimension id: use lower-case letters, digits and _",
            );
            continue;
        };
        if dimension_span.insert(id.clone(), span.clone()).is_some() {
            c.error(&span, Some(id.as_str()), "this dimension id is used twice");
            continue;
        }
        for (field, value) in [
            ("name", &d.name),
            ("short", &d.short),
            ("ask_about", &d.ask_about),
        ] {
            c.require_text(&span, Some(id.as_str()), field, value);
        }
        dimensions.push(Dimension {
            id,
            name: d.name,
            short: d.short,
            ask_about: d.ask_about,
        });
    }
    if dimensions.is_empty() {
        c.error(
            &header_span,
            None,
            "an instrument needs at least one [[dimension]]",
        );
    }

    let mut indicators = Vec::new();
    let mut seen = HashSet::new();
    // Per dimension and population, how many indicators are listed: each list must cover
    // every dimension, or the whole-case rule could never be met for that population.
    let mut listed: BTreeMap<(DimensionId, Population), usize> = BTreeMap::new();
    for i in raw.indicator {
        let span = i.span();
        let i = i.into_inner();
        let Ok(id) = IndicatorId::new(i.id.clone()) else {
            c.error(&span, Some(&i.id), "not a valid indicator id: use names of lower-case letters, digits and _ joined by dots");
            continue;
        };
        let item = Some(id.as_str());
        if !seen.insert(id.clone()) {
            c.error(&span, item, "this indicator id is used twice");
            continue;
        }
        let dimension = match DimensionId::new(i.dimension.clone()) {
            Ok(d) if dimension_span.contains_key(&d) => Some(d),
            _ => {
                c.error(
                    &span,
                    item,
                    format!(
                        "dimension \"{}\" is not declared in a [[dimension]] table",
                        i.dimension
                    ),
                );
                None
            }
        };
        c.require_text(&span, item, "wording", &i.wording);
        c.require_text(&span, item, "question", &i.question);
        let mut check_listing = |c: &mut Checker<'_>,
                                 population: Population,
                                 raw: Option<RawListing>|
         -> Option<Listing> {
            let raw = raw?;
            if !populations.contains(&population) {
                c.error(&span, item, format!("has a {population} listing, but the instrument's populations do not include {population}"));
            }
            let note = raw.note.filter(|n| !n.trim().is_empty());
            if !raw.verified && note.is_none() {
                c.error(&span, item, format!("the {population} listing is verified = false without a note saying what is unverified"));
            }
            if let Some(d) = &dimension {
                *listed.entry((d.clone(), population)).or_default() += 1;
            }
            Some(Listing {
                strength: raw.strength,
                verified: raw.verified,
                note,
            })
        };
        let adult = check_listing(&mut c, Population::Adult, i.adult);
        let child = check_listing(&mut c, Population::Child, i.child);
        if adult.is_none() && child.is_none() {
            c.error(
                &span,
                item,
                "is on no list: give it an `adult` or a `child` listing",
            );
        }
        if let Some(dimension) = dimension {
            indicators.push(Indicator {
                id,
                dimension,
                wording: i.wording,
                question: i.question,
                guidance: i.guidance,
                adult,
                child,
            });
        }
    }

    for d in &dimensions {
        for p in &populations {
            if listed.get(&(d.id.clone(), *p)).copied().unwrap_or(0) == 0 {
                let span = dimension_span
                    .get(&d.id)
                    .cloned()
                    .unwrap_or(header_span.clone());
                c.error(
                    &span,
                    Some(d.id.as_str()),
                    format!("no indicator of this dimension is on the {p} list"),
                );
            }
        }
    }

    let mut disagreements = Vec::new();
    for d in raw.disagreement {
        let span = d.span();
        let d = d.into_inner();
        c.require_text(&span, Some(&d.key), "text", &d.text);
        for about in &d.about {
            let known = seen.contains(about.as_str())
                || dimensions.iter().any(|dim| dim.id.as_str() == about);
            if !known {
                c.error(&span, Some(&d.key), format!("`about` names \"{about}\", which is neither an indicator nor a dimension of this instrument"));
            }
        }
        disagreements.push(d);
    }

    let (Some(id), Some(version)) = (id, version) else {
        return Err(DataErrors(c.errors));
    };
    let instrument = Instrument {
        id,
        version,
        title: header.title,
        populations,
        guidance: header.guidance.unwrap_or_default(),
        source: raw.source,
        checked_sources: raw.checked_source,
        disagreements,
        dimensions,
        indicators,
    };
    c.finish(instrument)
}
