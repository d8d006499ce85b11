//! The referral API (`/api/v1/cases`, `/api/v1/referrals`, pathways): the same service
//! calls as the pages, JSON in and out, in the generated OpenAPI document. Case bodies are
//! sent `no-store`.

use axum::Json;
use axum::extract::rejection::JsonRejection;
use axum::extract::{Path, State};
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use opennrm_domain::referral::{Pathway, Transition};
use opennrm_service::referral::{
    CaseDetail, CaseSummary, InboxEntry, NewCaseInput, NewConsent, PersonProposals, ReferralPick,
};
use serde::{Deserialize, Serialize};

use crate::caller::Caller;
use crate::error::WebError;
use crate::openapi::{NotFound, ReadErrors, WriteErrors};
use crate::state::AppState;

/// A JSON body, or the error every JSON endpoint answers: 415 without the JSON content
/// type, 400 naming what could not be read.
pub(crate) fn json_body<T>(b: Result<Json<T>, JsonRejection>) -> Result<T, WebError> {
    b.map(|Json(v)| v).map_err(|e| match e {
        JsonRejection::MissingJsonContentType(_) => WebError::UnsupportedMediaType,
        other => WebError::InvalidBody(other.body_text()),
    })
}

pub(crate) fn private(status: StatusCode, value: &impl Serialize) -> Response {
    let mut r = (status, Json(value)).into_response();
    r.headers_mut()
        .insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    r
}

/// The reference of a new case.
#[derive(Serialize, utoipa::ToSchema)]
pub struct Opened {
    pub reference: String,
}

/// Referrals to send and the message that goes with them.
#[derive(Deserialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
pub struct SendReferrals {
    pub referrals: Vec<ReferralPick>,
    #[serde(default)]
    pub message: Option<String>,
}

/// The ids of the referrals sent.
#[derive(Serialize, utoipa::ToSchema)]
pub struct Sent {
    pub referrals: Vec<String>,
}

/// The id of what was recorded.
#[derive(Serialize, utoipa::ToSchema)]
pub struct Recorded {
    pub id: String,
}

/// A referral's state after a step.
#[derive(Serialize, utoipa::ToSchema)]
pub struct Moved {
    pub state: String,
}

/// The level a screening attached to a case reached.
#[derive(Serialize, utoipa::ToSchema)]
pub struct Attached {
    /// The level of this screening on the exploitation continuum (the case keeps the
    /// highest of its screenings).
    pub level: String,
}

/// A note's text.
#[derive(Deserialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
pub struct NewNote {
    pub note: String,
}

/// A country's referral pathway: every route with its conditions, target, consent and source.
#[utoipa::path(
    get,
    path = "/api/v1/countries/{code}/pathway",
    operation_id = "getPathway",
    tag = "referral",
    params(("code" = opennrm_domain::atlas::CountryCode, Path, description = "ISO 3166-1 alpha-2 code, e.g. FI")),
    security((), ("bearerToken" = []), ("sessionCookie" = [])),
    responses((status = 200, description = "The country's referral pathway, every rule with its source", body = Pathway), NotFound, ReadErrors),
)]
pub async fn pathway(
    State(state): State<AppState>,
    Caller(who): Caller,
    Path(code): Path<String>,
) -> Result<Response, WebError> {
    let s = state.services();
    let p = s
        .pathway(&who, &code.to_ascii_uppercase())
        .map_err(|_| WebError::NotFound("country"))?;
    Ok(Json(p).into_response())
}

/// What the caller's organisation was told (a referral escalated to the coordinator, …),
/// newest first.
#[utoipa::path(
    get,
    path = "/api/v1/notifications",
    operation_id = "listNotifications",
    tag = "referral",
    security(("bearerToken" = []), ("sessionCookie" = [])),
    responses((status = 200, description = "The organisation's notifications, newest first", body = Vec<opennrm_service::jobs::NotificationView>), ReadErrors),
)]
pub async fn notifications(
    State(state): State<AppState>,
    Caller(who): Caller,
) -> Result<Response, WebError> {
    Ok(private(
        StatusCode::OK,
        &state.services().notifications(&who).await?,
    ))
}

/// The cases the caller's organisation opened, newest first.
#[utoipa::path(
    get,
    path = "/api/v1/cases",
    operation_id = "listCases",
    tag = "referral",
    security(("bearerToken" = []), ("sessionCookie" = [])),
    responses((status = 200, description = "Cases the caller's organisation opened, newest first", body = Vec<CaseSummary>), ReadErrors),
)]
pub async fn list_cases(
    State(state): State<AppState>,
    Caller(who): Caller,
) -> Result<Response, WebError> {
    Ok(private(
        StatusCode::OK,
        &state.services().my_cases(&who).await?,
    ))
}

/// Opens a case (situation, persons, optionally a screening); personal fields are encrypted.
#[utoipa::path(
    post,
    path = "/api/v1/cases",
    operation_id = "openCase",
    tag = "referral",
    request_body = NewCaseInput,
    security(("bearerToken" = []), ("sessionCookie" = [])),
    responses((status = 201, description = "The case was opened", body = Opened), WriteErrors, ReadErrors),
)]
pub async fn open_case(
    State(state): State<AppState>,
    Caller(who): Caller,
    b: Result<Json<NewCaseInput>, JsonRejection>,
) -> Result<Response, WebError> {
    state.services().may_work_on_cases(&who)?;
    let input = json_body(b)?;
    let reference = state.services().open_case(&who, &input).await?;
    Ok(private(StatusCode::CREATED, &Opened { reference }))
}

/// One case, as the caller may see it (owner, receiver or oversight).
#[utoipa::path(
    get,
    path = "/api/v1/cases/{reference}",
    operation_id = "getCase",
    tag = "referral",
    params(("reference" = String, Path, description = "The case's reference, e.g. FI-7KQ2-M9XD-4RTA-PZ3C")),
    security(("bearerToken" = []), ("sessionCookie" = [])),
    responses((status = 200, description = "The case as the caller may see it; reading personal data is audited", body = CaseDetail), NotFound, ReadErrors),
)]
pub async fn case(
    State(state): State<AppState>,
    Caller(who): Caller,
    Path(reference): Path<String>,
) -> Result<Response, WebError> {
    Ok(private(
        StatusCode::OK,
        &state.services().case(&who, &reference).await?,
    ))
}

/// The referrals the country's pathway proposes for each person of the case.
#[utoipa::path(
    get,
    path = "/api/v1/cases/{reference}/proposals",
    operation_id = "getProposals",
    tag = "referral",
    params(("reference" = String, Path, description = "The case's reference")),
    security(("bearerToken" = []), ("sessionCookie" = [])),
    responses((status = 200, description = "Referrals the pathway proposes per person, with reasons, sources and consent", body = Vec<PersonProposals>), NotFound, ReadErrors),
)]
pub async fn proposals(
    State(state): State<AppState>,
    Caller(who): Caller,
    Path(reference): Path<String>,
) -> Result<Response, WebError> {
    Ok(private(
        StatusCode::OK,
        &state.services().proposals(&who, &reference).await?,
    ))
}

/// Records a person's consent for one purpose.
#[utoipa::path(
    post,
    path = "/api/v1/cases/{reference}/consents",
    operation_id = "recordConsent",
    tag = "referral",
    params(("reference" = String, Path, description = "The case's reference")),
    request_body = NewConsent,
    security(("bearerToken" = []), ("sessionCookie" = [])),
    responses((status = 201, description = "Consent recorded", body = Recorded), NotFound, WriteErrors, ReadErrors),
)]
pub async fn record_consent(
    State(state): State<AppState>,
    Caller(who): Caller,
    Path(reference): Path<String>,
    b: Result<Json<NewConsent>, JsonRejection>,
) -> Result<Response, WebError> {
    state.services().may_work_on_cases(&who)?;
    let c = json_body(b)?;
    let id = state
        .services()
        .record_consent(&who, &reference, &c)
        .await?;
    Ok(private(StatusCode::CREATED, &Recorded { id }))
}

/// Withdraws a consent at once; receivers of data shared under it are told.
#[utoipa::path(
    post,
    path = "/api/v1/cases/{reference}/consents/{id}/withdraw",
    operation_id = "withdrawConsent",
    tag = "referral",
    params(("reference" = String, Path, description = "The case's reference"), ("id" = String, Path, description = "The consent's id")),
    security(("bearerToken" = []), ("sessionCookie" = [])),
    responses((status = 204, description = "Withdrawn; organisations that received data under it are told"), NotFound, WriteErrors, ReadErrors),
)]
pub async fn withdraw_consent(
    State(state): State<AppState>,
    Caller(who): Caller,
    Path((reference, id)): Path<(String, String)>,
) -> Result<Response, WebError> {
    state
        .services()
        .withdraw_consent(&who, &reference, &id)
        .await?;
    Ok(StatusCode::NO_CONTENT.into_response())
}

/// Adds a note to the case (encrypted).
#[utoipa::path(
    post,
    path = "/api/v1/cases/{reference}/notes",
    operation_id = "addNote",
    tag = "referral",
    params(("reference" = String, Path, description = "The case's reference")),
    request_body = NewNote,
    security(("bearerToken" = []), ("sessionCookie" = [])),
    responses((status = 204, description = "Note added (encrypted)"), NotFound, WriteErrors, ReadErrors),
)]
pub async fn add_note(
    State(state): State<AppState>,
    Caller(who): Caller,
    Path(reference): Path<String>,
    b: Result<Json<NewNote>, JsonRejection>,
) -> Result<Response, WebError> {
    state.services().may_work_on_cases(&who)?;
    let n = json_body(b)?;
    state.services().add_note(&who, &reference, &n.note).await?;
    Ok(StatusCode::NO_CONTENT.into_response())
}

/// Attaches a screening to the case (e.g. a second interview); the case keeps the
/// highest level its screenings reached, which the pathway's conditions read.
#[utoipa::path(
    post,
    path = "/api/v1/cases/{reference}/screenings",
    operation_id = "attachScreening",
    tag = "referral",
    params(("reference" = String, Path, description = "The case's reference")),
    request_body = opennrm_domain::screening::ScreeningRequest,
    security(("bearerToken" = []), ("sessionCookie" = [])),
    responses((status = 201, description = "Attached", body = Attached), NotFound, WriteErrors, ReadErrors),
)]
pub async fn attach_screening(
    State(state): State<AppState>,
    Caller(who): Caller,
    Path(reference): Path<String>,
    b: Result<Json<opennrm_domain::screening::ScreeningRequest>, JsonRejection>,
) -> Result<Response, WebError> {
    state.services().may_work_on_cases(&who)?;
    let req = json_body(b)?;
    // The body of POST /api/v1/screenings, taken as strictly.
    crate::screening::exact_values(&req)?;
    let level = state
        .services()
        .attach_screening(&who, &reference, &req)
        .await?;
    Ok(private(
        StatusCode::CREATED,
        &Attached {
            level: level.as_str().to_string(),
        },
    ))
}

/// Sends referrals the pathway proposes; refused, naming it, when a consent is missing.
#[utoipa::path(
    post,
    path = "/api/v1/cases/{reference}/referrals",
    operation_id = "sendReferrals",
    tag = "referral",
    params(("reference" = String, Path, description = "The case's reference")),
    request_body = SendReferrals,
    security(("bearerToken" = []), ("sessionCookie" = [])),
    responses((status = 201, description = "Sent and durably stored", body = Sent), NotFound, WriteErrors, ReadErrors),
)]
pub async fn send_referrals(
    State(state): State<AppState>,
    Caller(who): Caller,
    Path(reference): Path<String>,
    b: Result<Json<SendReferrals>, JsonRejection>,
) -> Result<Response, WebError> {
    state.services().may_work_on_cases(&who)?;
    let s = json_body(b)?;
    let referrals = state
        .services()
        .send_referrals(&who, &reference, &s.referrals, s.message.as_deref())
        .await?;
    Ok(private(StatusCode::CREATED, &Sent { referrals }))
}

/// Referrals sent to the caller's organisation (a national coordinator: the country's).
#[utoipa::path(
    get,
    path = "/api/v1/referrals",
    operation_id = "inbox",
    tag = "referral",
    security(("bearerToken" = []), ("sessionCookie" = [])),
    responses((status = 200, description = "Referrals to the caller's organisation (a coordinator: the country's); open ones first, the longest waiting first", body = Vec<InboxEntry>), ReadErrors),
)]
pub async fn inbox(
    State(state): State<AppState>,
    Caller(who): Caller,
) -> Result<Response, WebError> {
    Ok(private(
        StatusCode::OK,
        &state.services().inbox(&who).await?,
    ))
}

/// Moves a referral one step (acknowledge, accept, decline, decide, close).
#[utoipa::path(
    post,
    path = "/api/v1/referrals/{id}/transitions",
    operation_id = "moveReferral",
    tag = "referral",
    params(("id" = String, Path, description = "The referral's id")),
    request_body = Transition,
    security(("bearerToken" = []), ("sessionCookie" = [])),
    responses((status = 200, description = "The referral's new state", body = Moved), NotFound, WriteErrors, ReadErrors),
)]
pub async fn transition(
    State(state): State<AppState>,
    Caller(who): Caller,
    Path(id): Path<String>,
    b: Result<Json<Transition>, JsonRejection>,
) -> Result<Response, WebError> {
    state.services().may_work_on_cases(&who)?;
    let t = json_body(b)?;
    let new = state.services().transition(&who, &id, &t).await?;
    Ok(private(StatusCode::OK, &Moved { state: new }))
}

/// The kind of assistance to find providers for.
#[derive(Deserialize, utoipa::IntoParams)]
#[into_params(parameter_in = Query)]
pub struct KindQuery {
    /// accommodation, legal_aid, health_care, …
    pub kind: opennrm_domain::referral::assistance::AssistanceKind,
}

/// The organisations of the case's country whose mandate covers `kind` (with the scope the
/// report gives, e.g. women only): whom a task can be given to. The case owner only.
#[utoipa::path(
    get,
    path = "/api/v1/cases/{reference}/providers",
    operation_id = "listProviders",
    tag = "referral",
    params(("reference" = String, Path, description = "The case reference"), KindQuery),
    security(("bearerToken" = []), ("sessionCookie" = [])),
    responses((status = 200, description = "Providers of this assistance in the case's country", body = Vec<opennrm_domain::referral::assistance::Provider>), NotFound, ReadErrors),
)]
pub async fn providers(
    State(state): State<AppState>,
    Caller(who): Caller,
    Path(reference): Path<String>,
    query: Result<axum::extract::Query<KindQuery>, axum::extract::rejection::QueryRejection>,
) -> Result<Response, WebError> {
    state.services().may_work_on_cases(&who)?;
    let axum::extract::Query(q) =
        query.map_err(|_| WebError::invalid("kind", "one of the kinds of assistance"))?;
    let p = state
        .services()
        .assistance_providers(&who, &reference, q.kind)
        .await?;
    Ok(private(StatusCode::OK, &p))
}

/// Gives a task of a person's assistance plan to a provider (the person must have
/// consented to `support_services`). The case owner only.
#[utoipa::path(
    post,
    path = "/api/v1/cases/{reference}/tasks",
    operation_id = "assignTask",
    tag = "referral",
    params(("reference" = String, Path, description = "The case reference")),
    request_body = opennrm_service::referral::NewTask,
    security(("bearerToken" = []), ("sessionCookie" = [])),
    responses((status = 201, description = "The task was given", body = Recorded), NotFound, WriteErrors, ReadErrors),
)]
pub async fn assign_task(
    State(state): State<AppState>,
    Caller(who): Caller,
    Path(reference): Path<String>,
    b: Result<Json<opennrm_service::referral::NewTask>, JsonRejection>,
) -> Result<Response, WebError> {
    state.services().may_work_on_cases(&who)?;
    let t = json_body(b)?;
    let id = state.services().assign_task(&who, &reference, &t).await?;
    Ok(private(StatusCode::CREATED, &Recorded { id }))
}

/// The tasks given to the caller's organisation, each with only what it needs of its
/// person (a shelter: name and contact); nothing else of the case.
#[utoipa::path(
    get,
    path = "/api/v1/tasks",
    operation_id = "listTasks",
    tag = "referral",
    security(("bearerToken" = []), ("sessionCookie" = [])),
    responses((status = 200, description = "The organisation's tasks, open ones first", body = Vec<opennrm_service::referral::ProviderTask>), ReadErrors),
)]
pub async fn tasks(
    State(state): State<AppState>,
    Caller(who): Caller,
) -> Result<Response, WebError> {
    Ok(private(
        StatusCode::OK,
        &state.services().my_tasks(&who).await?,
    ))
}

/// A step of a task.
#[derive(Deserialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
pub struct TaskMove {
    pub to: opennrm_domain::referral::assistance::TaskStep,
}

/// Moves a task of the caller's organisation: start, complete or decline.
#[utoipa::path(
    post,
    path = "/api/v1/tasks/{id}/transitions",
    operation_id = "moveTask",
    tag = "referral",
    params(("id" = String, Path, description = "The task's id")),
    request_body = TaskMove,
    security(("bearerToken" = []), ("sessionCookie" = [])),
    responses((status = 200, description = "The task's new state", body = Moved), NotFound, WriteErrors, ReadErrors),
)]
pub async fn move_task(
    State(state): State<AppState>,
    Caller(who): Caller,
    Path(id): Path<String>,
    b: Result<Json<TaskMove>, JsonRejection>,
) -> Result<Response, WebError> {
    state.services().may_work_on_cases(&who)?;
    let t = json_body(b)?;
    let new = state.services().move_task(&who, &id, t.to).await?;
    Ok(private(StatusCode::OK, &Moved { state: new }))
}
