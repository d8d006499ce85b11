//! Query parameters shared by the search page and the API, parsed once into the
//! domain's filters; an unknown value is an error that names the field. The structs also
//! describe themselves to the OpenAPI document (`IntoParams`), so what the document says
//! a parameter takes is declared next to the code that reads it.

use opennrm_domain::atlas::query::{ActorFilter, CooperationFilter, MechanismFilter};
use opennrm_domain::atlas::search::{QueryError, SearchKind, SearchWords};
use opennrm_domain::atlas::{Atlas, CountryCode, FactId, vocabulary::*};
use opennrm_service::SearchFilter;
use serde::Deserialize;
use utoipa::IntoParams;

use crate::openapi::AtlasActorId;

/// The longest text search accepted, in characters: long enough for the longest actor
/// name (146), short enough that a search costs little (a 64 KB one once took 0.5 s).
pub const MAX_TEXT: usize = 200;

/// How values are read. A form's "any" choice sends an empty value, so pages take an
/// empty value as absent and trim what was typed; the API takes a value exactly as
/// written, so it accepts precisely what its OpenAPI document promises (an empty
/// `sector=` is not one of the sectors).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Reading {
    Form,
    Exact,
}

/// A rejected parameter: which field, the value given and what was wrong with it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BadParam {
    pub field: &'static str,
    pub value: String,
    pub problem: Problem,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Problem {
    /// Not one of the values the field takes (listed).
    Unknown { allowed: String },
    /// Longer than this many characters.
    TooLong { max: usize },
}

impl BadParam {
    pub fn message(&self) -> String {
        match &self.problem {
            Problem::Unknown { allowed } if self.field == "exists" => format!(
                "`exists` was replaced by `status` (data format 2); use status= one of: {allowed}"
            ),
            Problem::Unknown { allowed } => format!(
                "\"{}\" is not a known value; use one of: {allowed}",
                self.value
            ),
            Problem::TooLong { max } => format!("at most {max} characters"),
        }
    }
}

pub(crate) fn given(v: &Option<String>, reading: Reading) -> Option<&str> {
    match reading {
        Reading::Form => v.as_deref().map(str::trim).filter(|s| !s.is_empty()),
        Reading::Exact => v.as_deref(),
    }
}

pub(crate) fn vocab<T: std::str::FromStr + AsRef<str>>(
    field: &'static str,
    v: &Option<String>,
    reading: Reading,
    all: impl Iterator<Item = T>,
) -> Result<Option<T>, BadParam> {
    match given(v, reading) {
        None => Ok(None),
        Some(s) => s.parse::<T>().map(Some).map_err(|_| BadParam {
            field,
            value: s.to_string(),
            problem: Problem::Unknown {
                allowed: all
                    .map(|x| x.as_ref().to_string())
                    .collect::<Vec<_>>()
                    .join(", "),
            },
        }),
    }
}

pub(crate) fn country(
    atlas: &Atlas,
    v: &Option<String>,
    reading: Reading,
) -> Result<Option<CountryCode>, BadParam> {
    match given(v, reading) {
        None => Ok(None),
        Some(s) => atlas
            .country(s)
            .map(|c| Some(c.country.code.clone()))
            .ok_or_else(|| BadParam {
                field: "country",
                value: s.to_string(),
                problem: Problem::Unknown {
                    allowed: atlas
                        .countries
                        .iter()
                        .map(|c| c.country.code.to_string())
                        .collect::<Vec<_>>()
                        .join(", "),
                },
            }),
    }
}

/// Free text: empty means no text filter, in either reading.
fn text(field: &'static str, v: &Option<String>) -> Result<Option<String>, BadParam> {
    let Some(s) = v.as_deref().map(str::trim).filter(|s| !s.is_empty()) else {
        return Ok(None);
    };
    if s.chars().count() > MAX_TEXT {
        return Err(BadParam {
            field,
            value: s.chars().take(20).chain(std::iter::once('…')).collect(),
            problem: Problem::TooLong { max: MAX_TEXT },
        });
    }
    Ok(Some(s.to_string()))
}

/// Search actors; filters combine with AND.
#[derive(Debug, Default, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct ActorParams {
    /// Words matched against name, native name, acronym and aliases, ignoring case and
    /// accents; every word must match
    #[param(max_length = 200, example = "labour inspectorate")]
    pub q: Option<String>,
    /// ISO 3166-1 alpha-2 code of a country of the atlas, e.g. DK (any case)
    #[param(value_type = CountryCode, required = false)]
    pub country: Option<String>,
    /// Sector
    #[param(value_type = Sector, required = false)]
    pub sector: Option<String>,
    /// A mandate the actor holds; each item then lists its `matching_mandates`
    #[param(value_type = Capability, required = false)]
    pub capability: Option<String>,
    /// How the actor appears in the study
    #[param(value_type = StudyStatus, required = false)]
    pub study_status: Option<String>,
}

impl ActorParams {
    pub fn to_filter(&self, atlas: &Atlas, reading: Reading) -> Result<ActorFilter, BadParam> {
        Ok(ActorFilter {
            country: country(atlas, &self.country, reading)?,
            sector: vocab("sector", &self.sector, reading, Sector::all())?,
            capability: vocab("capability", &self.capability, reading, Capability::all())?,
            study_status: vocab(
                "study_status",
                &self.study_status,
                reading,
                StudyStatus::all(),
            )?,
            text: text("q", &self.q)?,
        })
    }
}

#[derive(Debug, Default, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct MechanismParams {
    /// ISO 3166-1 alpha-2 code of a country of the atlas, e.g. DK (any case)
    #[param(value_type = CountryCode, required = false)]
    pub country: Option<String>,
    /// Mechanism kind
    #[param(value_type = MechanismKind, required = false)]
    pub kind: Option<String>,
    /// Graded status: formal, functional_equivalent, expired or absent
    #[param(value_type = MechanismStatus, required = false)]
    pub status: Option<String>,
    /// Format 1's yes/no; refused with a message that points to `status`.
    #[param(ignore)]
    pub exists: Option<String>,
}

impl MechanismParams {
    pub fn to_filter(&self, atlas: &Atlas, reading: Reading) -> Result<MechanismFilter, BadParam> {
        if let Some(v) = self.exists.as_deref() {
            return Err(BadParam {
                field: "exists",
                value: v.to_string(),
                problem: Problem::Unknown {
                    allowed: MechanismStatus::all()
                        .map(MechanismStatus::as_str)
                        .collect::<Vec<_>>()
                        .join(", "),
                },
            });
        }
        Ok(MechanismFilter {
            country: country(atlas, &self.country, reading)?,
            kind: vocab("kind", &self.kind, reading, MechanismKind::all())?,
            status: vocab("status", &self.status, reading, MechanismStatus::all())?,
        })
    }
}

#[derive(Debug, Default, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct RecommendationParams {
    /// Recommendations that address this country (its chapter's, and the report-wide ones
    /// that name it or all countries), e.g. DK (any case)
    #[param(value_type = CountryCode, required = false)]
    pub country: Option<String>,
    /// Recommendations that address this kind of actor
    #[param(value_type = Sector, required = false)]
    pub sector: Option<String>,
}

impl RecommendationParams {
    pub fn to_filter(
        &self,
        atlas: &Atlas,
        reading: Reading,
    ) -> Result<(Option<CountryCode>, Option<Sector>), BadParam> {
        Ok((
            country(atlas, &self.country, reading)?,
            vocab("sector", &self.sector, reading, Sector::all())?,
        ))
    }
}

#[derive(Debug, Default, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct CooperationParams {
    /// ISO 3166-1 alpha-2 code of a country of the atlas, e.g. DK (any case)
    #[param(value_type = CountryCode, required = false)]
    pub country: Option<String>,
    /// Cooperation kind
    #[param(value_type = CooperationKind, required = false)]
    pub kind: Option<String>,
    /// Ties where this actor is either end
    #[param(value_type = AtlasActorId, required = false)]
    pub actor: Option<String>,
    /// Ties with one end of this sector (with `other_sector`: "trade_union" → "labour_inspection")
    #[param(value_type = Sector, required = false)]
    pub sector: Option<String>,
    /// Ties with one end of this study status
    #[param(value_type = StudyStatus, required = false)]
    pub study_status: Option<String>,
    /// The sector of the other end
    #[param(value_type = Sector, required = false)]
    pub other_sector: Option<String>,
    /// The study status of the other end
    #[param(value_type = StudyStatus, required = false)]
    pub other_study_status: Option<String>,
}

impl CooperationParams {
    pub fn to_filter(
        &self,
        atlas: &Atlas,
        reading: Reading,
    ) -> Result<CooperationFilter, BadParam> {
        let actor = match given(&self.actor, reading) {
            None => None,
            Some(a) => Some(
                FactId::parse(a)
                    .ok()
                    .filter(|id| atlas.actor(id.as_str()).is_some())
                    .ok_or_else(|| BadParam {
                        field: "actor",
                        value: a.to_string(),
                        problem: Problem::Unknown {
                            allowed: "an actor id such as dk-cmm (see /api/v1/actors)".into(),
                        },
                    })?,
            ),
        };
        Ok(CooperationFilter {
            country: country(atlas, &self.country, reading)?,
            kind: vocab("kind", &self.kind, reading, CooperationKind::all())?,
            actor,
            sector: vocab("sector", &self.sector, reading, Sector::all())?,
            study_status: vocab(
                "study_status",
                &self.study_status,
                reading,
                StudyStatus::all(),
            )?,
            other_sector: vocab("other_sector", &self.other_sector, reading, Sector::all())?,
            other_study_status: vocab(
                "other_study_status",
                &self.other_study_status,
                reading,
                StudyStatus::all(),
            )?,
        })
    }
}

/// `/search` and `/api/v1/search`: full-text search over every fact of a revision; the
/// page also takes the actor finder's mode and its study-status filter.
#[derive(Debug, Default, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct SearchParams {
    /// Words to find (at most 12), ignoring case and accents; each word also matches
    /// longer words it begins ("reflect" finds "reflection"), and every word must occur in
    /// the same text. Punctuation and operators are separators, not syntax. Without words
    /// the answer is empty.
    #[param(max_length = 200, example = "reflection")]
    pub q: Option<String>,
    /// ISO 3166-1 alpha-2 code of a country of the atlas, e.g. DK (any case)
    #[param(value_type = CountryCode, required = false)]
    pub country: Option<String>,
    /// Sector of the actor a text is about (actors, their mandates, the ties they reported)
    #[param(value_type = Sector, required = false)]
    pub sector: Option<String>,
    /// Capability of a mandate (only mandate texts match)
    #[param(value_type = Capability, required = false)]
    pub capability: Option<String>,
    /// Kind of fact
    #[param(value_type = SearchKind, required = false)]
    pub kind: Option<String>,
    /// The page's actor finder only.
    #[param(ignore)]
    pub study_status: Option<String>,
    /// The page only: `actors` for the actor finder, else every fact.
    #[param(ignore)]
    pub what: Option<String>,
}

impl SearchParams {
    pub fn to_filter(&self, atlas: &Atlas, reading: Reading) -> Result<SearchFilter, BadParam> {
        Ok(SearchFilter {
            country: country(atlas, &self.country, reading)?,
            sector: vocab("sector", &self.sector, reading, Sector::all())?,
            capability: vocab("capability", &self.capability, reading, Capability::all())?,
            kind: vocab("kind", &self.kind, reading, SearchKind::all())?,
        })
    }

    /// The words of `q`, or why they are refused (too long, too many).
    pub fn words(&self) -> Result<SearchWords, QueryError> {
        SearchWords::parse(self.q.as_deref().unwrap_or_default())
    }

    /// The same request as the actor finder's parameters.
    pub fn actor_params(&self) -> ActorParams {
        ActorParams {
            q: self.q.clone(),
            country: self.country.clone(),
            sector: self.sector.clone(),
            capability: self.capability.clone(),
            study_status: self.study_status.clone(),
        }
    }

    /// Whether the page answers with the actor finder: asked for, or a question without
    /// words (`?country=DK&capability=determine_victim_status` asks "who may …", about
    /// actors), or one that filters by study status (a property of actors only).
    pub fn wants_actors(&self) -> bool {
        fn form(v: &Option<String>) -> Option<&str> {
            given(v, Reading::Form)
        }
        form(&self.what) == Some("actors")
            || form(&self.study_status).is_some()
            || (form(&self.q).is_none()
                && form(&self.what).is_none()
                && (form(&self.country).is_some()
                    || form(&self.sector).is_some()
                    || form(&self.capability).is_some()))
    }
}
