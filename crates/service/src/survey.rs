//! The survey's services (issue 11). This first part answers from the atlas: the shipped
//! questionnaires and the 2012 study as wave 0, with its figures computed the way every
//! later wave's will be (`domain::survey::tracking`) and the figures the report states
//! beside them.

use opennrm_domain::atlas::Source;
use opennrm_domain::platform::Action;
use opennrm_domain::survey::{self, Questionnaire, WaveFigures};
use serde::Serialize;

use opennrm_domain::platform::{Identity, require};

use crate::{ServiceError, Services};

/// The questionnaire the 2012 study used, and every wave that has no other.
pub const STUDY_QUESTIONNAIRE: &str = "cbss-2012";

/// What the report itself says about participation in a country (`Participation` facts):
/// the report's figures, kept beside the computed ones because they differ at times.
#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct StatedFigures {
    pub invited: Option<i64>,
    pub completed: Option<i64>,
    pub note: Option<String>,
    pub source: Source,
}

/// One wave of one country, as the tracking pages and `opennrm survey waves` show it.
#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct WaveSummary {
    pub country: String,
    /// 0 for the 2012 study.
    pub number: u32,
    pub label: String,
    /// `id vN` of the questionnaire version the wave used.
    pub questionnaire: String,
    pub figures: WaveFigures,
    /// The report's kind of sentence, written from the figures.
    pub sentence: String,
    /// What the report states (wave 0 only).
    pub stated: Vec<StatedFigures>,
}

impl Services {
    /// The shipped questionnaires (public: the study's questions are no secret).
    pub fn questionnaires(&self, who: &Identity) -> Result<&'static [Questionnaire], ServiceError> {
        require(who, &Action::ReadPublic)?;
        survey::embedded_questionnaires()
            .map_err(|e| ServiceError::Internal(format!("the shipped questionnaires: {e}")))
    }

    /// The waves of one country (`Some("DK")`) or of all eleven, wave 0 first. Wave 0 is
    /// public: it is read from the atlas's respondents.
    pub fn survey_waves(
        &self,
        who: &Identity,
        country: Option<&str>,
    ) -> Result<Vec<WaveSummary>, ServiceError> {
        require(who, &Action::ReadPublic)?;
        let q = self
            .questionnaires(who)?
            .iter()
            .find(|q| q.id == STUDY_QUESTIONNAIRE)
            .ok_or_else(|| {
                ServiceError::Internal("the study's questionnaire is not shipped".into())
            })?;
        let view = self.atlas();
        let mut out = Vec::new();
        for c in &view.atlas.countries {
            let code = c.country.code.as_str();
            if country.is_some_and(|x| !x.eq_ignore_ascii_case(code)) {
                continue;
            }
            let figures = survey::figures(&survey::wave_zero(c));
            out.push(WaveSummary {
                country: code.to_string(),
                number: 0,
                label: "2012 study (CBSS report)".into(),
                questionnaire: format!("{} v{}", q.id, q.version),
                sentence: survey::response_sentence(&figures.total),
                figures,
                stated: c
                    .participation
                    .iter()
                    .map(|p| StatedFigures {
                        invited: p.invited,
                        completed: p.completed,
                        note: p.note.clone(),
                        source: p.source.clone(),
                    })
                    .collect(),
            });
        }
        if out.is_empty() {
            return Err(ServiceError::NotFound("country"));
        }
        Ok(out)
    }
}
