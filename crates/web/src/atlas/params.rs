//! Query parameters shared by the search page and the API, parsed once into the
//! domain's filters; an unknown value is an error that names the field.

use opennrm_domain::atlas::query::{ActorFilter, CooperationFilter, MechanismFilter};
use opennrm_domain::atlas::{Atlas, CountryCode, FactId, vocabulary::*};
use serde::Deserialize;

/// A rejected parameter: which field, and the value given.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BadParam {
    pub field: &'static str,
    pub value: String,
    pub allowed: String,
}

impl BadParam {
    pub fn message(&self) -> String {
        if self.field == "exists" {
            return format!(
                "`exists` was replaced by `status` (data format 2); use status= one of: {}",
                self.allowed
            );
        }
        format!(
            "\"{}\" is not a known value; use one of: {}",
            self.value, self.allowed
        )
    }
}

fn nonempty(v: &Option<String>) -> Option<&str> {
    v.as_deref().map(str::trim).filter(|s| !s.is_empty())
}

fn vocab<T: std::str::FromStr + AsRef<str>>(
    field: &'static str,
    v: &Option<String>,
    all: impl Iterator<Item = T>,
) -> Result<Option<T>, BadParam> {
    match nonempty(v) {
        None => Ok(None),
        Some(s) => s.parse::<T>().map(Some).map_err(|_| BadParam {
            field,
            value: s.to_string(),
            allowed: all
                .map(|x| x.as_ref().to_string())
                .collect::<Vec<_>>()
                .join(", "),
        }),
    }
}

fn country(atlas: &Atlas, v: &Option<String>) -> Result<Option<CountryCode>, BadParam> {
    match nonempty(v) {
        None => Ok(None),
        Some(s) => atlas
            .country(s)
            .map(|c| Some(c.country.code.clone()))
            .ok_or_else(|| BadParam {
                field: "country",
                value: s.to_string(),
                allowed: atlas
                    .countries
                    .iter()
                    .map(|c| c.country.code.to_string())
                    .collect::<Vec<_>>()
                    .join(", "),
            }),
    }
}

#[derive(Debug, Default, Deserialize)]
pub struct ActorParams {
    pub q: Option<String>,
    pub country: Option<String>,
    pub sector: Option<String>,
    pub capability: Option<String>,
    pub study_status: Option<String>,
}

impl ActorParams {
    pub fn to_filter(&self, atlas: &Atlas) -> Result<ActorFilter, BadParam> {
        Ok(ActorFilter {
            country: country(atlas, &self.country)?,
            sector: vocab("sector", &self.sector, Sector::all())?,
            capability: vocab("capability", &self.capability, Capability::all())?,
            study_status: vocab("study_status", &self.study_status, StudyStatus::all())?,
            text: nonempty(&self.q).map(str::to_string),
        })
    }
}

#[derive(Debug, Default, Deserialize)]
pub struct MechanismParams {
    pub country: Option<String>,
    pub kind: Option<String>,
    pub status: Option<String>,
    /// Format 1's yes/no; refused with a message that points to `status`.
    pub exists: Option<String>,
}

impl MechanismParams {
    pub fn to_filter(&self, atlas: &Atlas) -> Result<MechanismFilter, BadParam> {
        if let Some(v) = nonempty(&self.exists) {
            return Err(BadParam {
                field: "exists",
                value: v.to_string(),
                allowed: MechanismStatus::all()
                    .map(MechanismStatus::as_str)
                    .collect::<Vec<_>>()
                    .join(", "),
            });
        }
        Ok(MechanismFilter {
            country: country(atlas, &self.country)?,
            kind: vocab("kind", &self.kind, MechanismKind::all())?,
            status: vocab("status", &self.status, MechanismStatus::all())?,
        })
    }
}

#[derive(Debug, Default, Deserialize)]
pub struct CooperationParams {
    pub country: Option<String>,
    pub kind: Option<String>,
    pub actor: Option<String>,
}

impl CooperationParams {
    pub fn to_filter(&self, atlas: &Atlas) -> Result<CooperationFilter, BadParam> {
        let actor = match nonempty(&self.actor) {
            None => None,
            Some(a) => Some(
                FactId::parse(a)
                    .ok()
                    .filter(|id| atlas.actor(id.as_str()).is_some())
                    .ok_or_else(|| BadParam {
                        field: "actor",
                        value: a.to_string(),
                        allowed: "an actor id such as dk-cmm (see /api/v1/actors)".into(),
                    })?,
            ),
        };
        Ok(CooperationFilter {
            country: country(atlas, &self.country)?,
            kind: vocab("kind", &self.kind, CooperationKind::all())?,
            actor,
        })
    }
}
