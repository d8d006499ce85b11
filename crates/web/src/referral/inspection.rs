//! Joint inspections, pages and API: the list with the planning form, one inspection
//! (participants and their legal basis, findings, cases opened from it, closing), and the
//! same through `/api/v1/inspections`. Every decision is the service layer's; the pages
//! are private (`no-store`) and their URLs carry only the inspection's reference.

use askama::Template;
use axum::Json;
use axum::extract::rejection::JsonRejection;
use axum::extract::{Form, Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use opennrm_domain::referral::WorkSector;
use opennrm_service::referral::{
    InspectionDetail, InspectionSummary, NewFinding, NewInspection, Participant,
    is_inspection_reference,
};
use serde::Serialize;
use tower_sessions::Session;

use super::api::{Opened, json_body, private};
use super::{actor_name, check_fields, field, parse};
use crate::caller::Caller;
use crate::csrf;
use crate::error::WebError;
use crate::i18n::Ui;
use crate::openapi::{NotFound, ReadErrors, WriteErrors};
use crate::pages::{Footer, render_private};
use crate::state::AppState;

fn reference_of(reference: &str) -> Result<&str, WebError> {
    if is_inspection_reference(reference) {
        Ok(reference)
    } else {
        Err(WebError::NotFound("inspection"))
    }
}

#[derive(Template)]
#[template(path = "inspections.html")]
struct InspectionsPage<'a> {
    ui: &'a Ui,
    footer: Footer,
    csrf: String,
    /// (summary, planner's name, participants' names)
    list: Vec<(InspectionSummary, String, String)>,
    /// The planning form's agencies, when the caller may plan: (id, name, sector).
    agencies: Option<Vec<(String, String, String)>>,
}

impl InspectionsPage<'_> {
    fn sectors(&self) -> Vec<&'static str> {
        WorkSector::all().map(|v| v.as_str()).collect()
    }
}

/// GET /inspections
pub async fn list(
    State(state): State<AppState>,
    Caller(who): Caller,
    session: Session,
) -> Result<Response, WebError> {
    let s = state.services();
    let list = s
        .inspections(&who)
        .await?
        .into_iter()
        .map(|i| {
            let planner = actor_name(&state, &i.planned_by);
            let names: Vec<String> = i
                .participants
                .iter()
                .map(|p| actor_name(&state, p))
                .collect();
            (i, planner, names.join(", "))
        })
        .collect();
    let agencies = s.inspection_agencies(&who).ok();
    let csrf = csrf::token(&session).await?;
    Ok(render_private(
        &InspectionsPage {
            ui: &state.ui,
            footer: Footer::of(&state),
            csrf,
            list,
            agencies,
        },
        StatusCode::OK,
    ))
}

/// POST /inspections: the planning form (a ticked agency `agency` with `basis_<id>`).
pub async fn plan(
    State(state): State<AppState>,
    Caller(who): Caller,
    Form(fields): Form<Vec<(String, String)>>,
) -> Result<Response, WebError> {
    state.services().may_plan_inspection(&who)?;
    check_fields(&fields, "inspection")?;
    let participants = fields
        .iter()
        .filter(|(k, _)| k == "agency")
        .map(|(_, id)| Participant {
            actor: id.clone(),
            legal_basis: field(&fields, &format!("basis_{id}"))
                .unwrap_or_default()
                .to_string(),
        })
        .collect();
    let input = NewInspection {
        date: field(&fields, "date").unwrap_or_default().to_string(),
        work_sector: parse(&fields, "work_sector")?
            .ok_or_else(|| WebError::invalid("work_sector", "choose the sector of work"))?,
        region: field(&fields, "region").map(str::to_string),
        participants,
    };
    let reference = state.services().plan_inspection(&who, &input).await?;
    Ok(Redirect::to(&format!("/inspections/{reference}")).into_response())
}

#[derive(Template)]
#[template(path = "inspection.html")]
struct InspectionPage<'a> {
    ui: &'a Ui,
    footer: Footer,
    csrf: String,
    i: InspectionDetail,
    planner: String,
    /// (name, legal basis)
    participants: Vec<(String, String)>,
    /// (organisation's name, finding)
    findings: Vec<(String, opennrm_service::referral::FindingDetail)>,
    /// (reference, organisation's name, the caller's own case)
    cases: Vec<(String, String, bool)>,
}

/// GET /inspections/{reference}
pub async fn page(
    State(state): State<AppState>,
    Caller(who): Caller,
    session: Session,
    Path(reference): Path<String>,
) -> Result<Response, WebError> {
    state.services().may_work_on_cases(&who)?;
    let reference = reference_of(&reference)?;
    let i = state.services().inspection(&who, reference).await?;
    let me = who.principal();
    let own = |org: &str| me.is_some_and(|p| p.organisation.as_str() == org);
    let participants = i
        .participants
        .iter()
        .map(|p| (actor_name(&state, &p.actor), p.legal_basis.clone()))
        .collect();
    let findings = i
        .findings
        .iter()
        .map(|f| (actor_name(&state, &f.organisation), f.clone()))
        .collect();
    let cases = i
        .cases
        .iter()
        .map(|c| {
            (
                c.reference.clone(),
                actor_name(&state, &c.organisation),
                own(&c.organisation),
            )
        })
        .collect();
    let csrf = csrf::token(&session).await?;
    Ok(render_private(
        &InspectionPage {
            ui: &state.ui,
            footer: Footer::of(&state),
            csrf,
            planner: actor_name(&state, &i.planned_by),
            participants,
            findings,
            cases,
            i,
        },
        StatusCode::OK,
    ))
}

fn finding_of(fields: &[(String, String)]) -> Result<NewFinding, WebError> {
    let count = |k: &'static str| -> Result<i64, WebError> {
        field(fields, k)
            .unwrap_or("0")
            .trim()
            .parse::<i64>()
            .map_err(|_| WebError::invalid(k, "a whole number"))
    };
    Ok(NewFinding {
        workers_met: count("workers_met")?,
        workers_screened: count("workers_screened")?,
        note: field(fields, "note").map(str::to_string),
    })
}

/// POST /inspections/{reference}/findings
pub async fn add_finding(
    State(state): State<AppState>,
    Caller(who): Caller,
    Path(reference): Path<String>,
    Form(fields): Form<Vec<(String, String)>>,
) -> Result<Response, WebError> {
    state.services().may_work_on_cases(&who)?;
    let reference = reference_of(&reference)?;
    let f = finding_of(&fields)?;
    state.services().record_finding(&who, reference, &f).await?;
    Ok(Redirect::to(&format!("/inspections/{reference}#findings")).into_response())
}

/// POST /inspections/{reference}/close
pub async fn close(
    State(state): State<AppState>,
    Caller(who): Caller,
    Path(reference): Path<String>,
) -> Result<Response, WebError> {
    state.services().may_work_on_cases(&who)?;
    let reference = reference_of(&reference)?;
    state.services().close_inspection(&who, reference).await?;
    Ok(Redirect::to(&format!("/inspections/{reference}")).into_response())
}

// ---------------------------------------------------------------- API

/// The atlas revision that records a closed inspection.
#[derive(Serialize, utoipa::ToSchema)]
pub struct Closed {
    pub atlas_revision: i64,
}

/// The caller's joint inspections (the coordinator: every one of the country).
#[utoipa::path(
    get,
    path = "/api/v1/inspections",
    operation_id = "listInspections",
    tag = "referral",
    security(("bearerToken" = []), ("sessionCookie" = [])),
    responses((status = 200, description = "Inspections, newest first", body = Vec<InspectionSummary>), ReadErrors),
)]
pub async fn api_list(
    State(state): State<AppState>,
    Caller(who): Caller,
) -> Result<Response, WebError> {
    Ok(private(
        StatusCode::OK,
        &state.services().inspections(&who).await?,
    ))
}

/// Plans a joint inspection with atlas agencies of the caller's country, each with its
/// legal basis: the national coordinator or a labour inspectorate.
#[utoipa::path(
    post,
    path = "/api/v1/inspections",
    operation_id = "planInspection",
    tag = "referral",
    request_body = NewInspection,
    security(("bearerToken" = []), ("sessionCookie" = [])),
    responses((status = 201, description = "The inspection's reference", body = Opened), WriteErrors, ReadErrors),
)]
pub async fn api_plan(
    State(state): State<AppState>,
    Caller(who): Caller,
    b: Result<Json<NewInspection>, JsonRejection>,
) -> Result<Response, WebError> {
    state.services().may_plan_inspection(&who)?;
    let input = json_body(b)?;
    let reference = state.services().plan_inspection(&who, &input).await?;
    Ok(private(StatusCode::CREATED, &Opened { reference }))
}

/// One inspection: participants, findings (their text for participating agencies only),
/// the cases opened from it.
#[utoipa::path(
    get,
    path = "/api/v1/inspections/{reference}",
    operation_id = "getInspection",
    tag = "referral",
    params(("reference" = String, Path, description = "The inspection's reference")),
    security(("bearerToken" = []), ("sessionCookie" = [])),
    responses((status = 200, description = "The inspection", body = InspectionDetail), NotFound, ReadErrors),
)]
pub async fn api_get(
    State(state): State<AppState>,
    Caller(who): Caller,
    Path(reference): Path<String>,
) -> Result<Response, WebError> {
    state.services().may_work_on_cases(&who)?;
    let reference = reference_of(&reference)?;
    Ok(private(
        StatusCode::OK,
        &state.services().inspection(&who, reference).await?,
    ))
}

/// Records the caller's agency's findings on a planned inspection.
#[utoipa::path(
    post,
    path = "/api/v1/inspections/{reference}/findings",
    operation_id = "recordFinding",
    tag = "referral",
    params(("reference" = String, Path, description = "The inspection's reference")),
    request_body = NewFinding,
    security(("bearerToken" = []), ("sessionCookie" = [])),
    responses((status = 204, description = "Recorded"), NotFound, WriteErrors, ReadErrors),
)]
pub async fn api_finding(
    State(state): State<AppState>,
    Caller(who): Caller,
    Path(reference): Path<String>,
    b: Result<Json<NewFinding>, JsonRejection>,
) -> Result<Response, WebError> {
    state.services().may_work_on_cases(&who)?;
    let reference = reference_of(&reference)?;
    let f = json_body(b)?;
    state.services().record_finding(&who, reference, &f).await?;
    Ok(StatusCode::NO_CONTENT.into_response())
}

/// Closes a held inspection: the atlas gets a revision whose joint-inspection ties cite it.
#[utoipa::path(
    post,
    path = "/api/v1/inspections/{reference}/close",
    operation_id = "closeInspection",
    tag = "referral",
    params(("reference" = String, Path, description = "The inspection's reference")),
    security(("bearerToken" = []), ("sessionCookie" = [])),
    responses((status = 200, description = "The atlas revision that records it", body = Closed), NotFound, WriteErrors, ReadErrors),
)]
pub async fn api_close(
    State(state): State<AppState>,
    Caller(who): Caller,
    Path(reference): Path<String>,
) -> Result<Response, WebError> {
    state.services().may_work_on_cases(&who)?;
    let reference = reference_of(&reference)?;
    let atlas_revision = state.services().close_inspection(&who, reference).await?;
    Ok(private(StatusCode::OK, &Closed { atlas_revision }))
}
