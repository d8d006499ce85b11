//! JSON (and CSV) for insight under /api/v1/insight.

use axum::Json;
use axum::body::Bytes;
use axum::extract::{Query, State};
use axum::http::header;
use axum::response::{IntoResponse, Response};
use opennrm_domain::insight::matrix::{self, LimitationCell, Matrix, PartnerRank};
use serde::Deserialize;
use utoipa::IntoParams;

use opennrm_domain::atlas::CountryCode;
use opennrm_domain::atlas::vocabulary::LimitationCategory;

use crate::atlas::api::List;
use crate::atlas::history::{RevisionParam, Viewed};
use crate::atlas::params::{Reading, country, vocab};
use crate::error::WebError;
use crate::openapi::{NotFound, ReadErrors};
use crate::state::AppState;

/// The comparative matrix: mechanisms, mandates, sectors in mechanisms and limitations,
/// each × the countries, every cell with the facts behind it
#[utoipa::path(
    get,
    path = "/api/v1/insight/matrix",
    operation_id = "getMatrix",
    tag = "insight",
    params(RevisionParam),
    security((), ("bearerToken" = []), ("sessionCookie" = [])),
    responses((status = 200, description = "The matrix", body = Matrix), NotFound, ReadErrors),
)]
pub async fn matrix(State(state): State<AppState>, viewed: Viewed) -> Response {
    let snap = viewed.view;
    crate::pages::cached_body(
        &state,
        snap.revision.id,
        "api:matrix",
        "application/json",
        || serde_json::to_vec(&matrix::matrix(&snap.atlas)).map(Bytes::from),
    )
}

#[derive(Debug, Default, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct LimitationParams {
    /// Only this limitation category
    #[param(value_type = LimitationCategory, required = false)]
    pub category: Option<String>,
}

/// Limitations across the countries, most respondents first: "in how many countries did
/// respondents choose lack of knowledge most often?"
#[utoipa::path(
    get,
    path = "/api/v1/insight/limitations",
    operation_id = "listLimitationsAcross",
    tag = "insight",
    params(LimitationParams, RevisionParam),
    security((), ("bearerToken" = []), ("sessionCookie" = [])),
    responses((status = 200, description = "Country × category cells that the report states, most respondents first", body = List<LimitationCell>), NotFound, ReadErrors),
)]
pub async fn limitations(
    viewed: Viewed,
    Query(p): Query<LimitationParams>,
) -> Result<Response, WebError> {
    let category = vocab(
        "category",
        &p.category,
        Reading::Exact,
        LimitationCategory::all(),
    )
    .map_err(WebError::from)?;
    let items = matrix::limitations_across(&viewed.view.atlas, category);
    Ok(Json(List::of(items)).into_response())
}

#[derive(Debug, Default, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct PartnerParams {
    /// ISO 3166-1 alpha-2 code of a country of the atlas, e.g. DK (any case)
    #[param(value_type = CountryCode, required = false)]
    pub country: Option<String>,
}

/// Actors ranked by how many other actors name them as a cooperation partner
#[utoipa::path(
    get,
    path = "/api/v1/insight/partners",
    operation_id = "listPartnersNamed",
    tag = "insight",
    params(PartnerParams, RevisionParam),
    security((), ("bearerToken" = []), ("sessionCookie" = [])),
    responses((status = 200, description = "Actors, most named first", body = List<PartnerRank>), NotFound, ReadErrors),
)]
pub async fn partners(
    viewed: Viewed,
    Query(p): Query<PartnerParams>,
) -> Result<Response, WebError> {
    let atlas = &viewed.view.atlas;
    let code = country(atlas, &p.country, Reading::Exact).map_err(WebError::from)?;
    let items = matrix::partner_ranking(atlas, code.as_ref());
    Ok(Json(List::of(items)).into_response())
}

/// The matrix as CSV, one row per cell: what a spreadsheet needs to compare countries.
pub async fn matrix_csv(State(state): State<AppState>, viewed: Viewed) -> Response {
    let snap = viewed.view;
    let body = crate::pages::cached_body(
        &state,
        snap.revision.id,
        "csv:matrix",
        "text/csv; charset=utf-8",
        || csv_bytes(&matrix::matrix(&snap.atlas)).map(Bytes::from),
    );
    let mut response = body;
    response.headers_mut().insert(
        header::CONTENT_DISPOSITION,
        header::HeaderValue::from_static("attachment; filename=\"opennrm-matrix.csv\""),
    );
    response
}

/// One row per cell: `table, row, country, value, detail, contested` — e.g. `mechanism,
/// mou, DK, formal, labour,`; `capability, determine_victim_status, DK, 2, dk-cmm dk-dis,`.
/// Every cell is an id, a vocabulary value or a number, never free text, so no cell can
/// start a spreadsheet formula.
fn csv_bytes(m: &Matrix) -> Result<Vec<u8>, std::io::Error> {
    let mut w = csv::Writer::from_writer(Vec::new());
    let io = |e: csv::Error| std::io::Error::other(e.to_string());
    w.write_record(["table", "row", "country", "value", "detail", "contested"])
        .map_err(io)?;
    for row in &m.mechanisms {
        for c in row {
            let focus: Vec<&str> = c.focus.iter().map(|f| f.as_str()).collect();
            let contested = !c.contested.is_empty();
            w.write_record([
                "mechanism",
                c.kind.as_str(),
                c.country.as_str(),
                c.state.as_str(),
                &focus.join(" "),
                if contested { "yes" } else { "" },
            ])
            .map_err(io)?;
        }
    }
    for row in &m.capabilities {
        for c in row {
            let holders: Vec<&str> = c.holders.iter().map(|h| h.actor.as_str()).collect();
            let contested = c.holders.iter().any(|h| !h.contested.is_empty());
            w.write_record([
                "capability",
                c.capability.as_str(),
                c.country.as_str(),
                &c.holders.len().to_string(),
                &holders.join(" "),
                if contested { "yes" } else { "" },
            ])
            .map_err(io)?;
        }
    }
    for row in &m.sectors {
        for c in row {
            let value = if !c.present() {
                "absent"
            } else if c.seated() {
                "seated"
            } else {
                "left_out"
            };
            let actors: Vec<&str> = c.actors.iter().map(|a| a.actor.as_str()).collect();
            w.write_record([
                "sector",
                c.sector.as_str(),
                c.country.as_str(),
                value,
                &actors.join(" "),
                "",
            ])
            .map_err(io)?;
        }
    }
    for row in &m.limitations {
        for c in row {
            let contested = !c.contested.is_empty();
            w.write_record([
                "limitation",
                c.category.as_str(),
                c.country.as_str(),
                &c.respondents.map(|n| n.to_string()).unwrap_or_default(),
                &c.statements.len().to_string(),
                if contested { "yes" } else { "" },
            ])
            .map_err(io)?;
        }
    }
    w.into_inner()
        .map_err(|e| std::io::Error::other(e.to_string()))
}
