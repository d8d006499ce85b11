//! Administration pages: the audit log with filters, and the users of the
//! administrator's country with their lockouts. Access is decided by the services.

use askama::Template;
use axum::extract::{Form, Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use opennrm_service::accounts::UserSummary;
use opennrm_service::audit::{AuditFilter, AuditRecord};
use serde::Deserialize;
use tower_sessions::Session;

use crate::caller::Caller;
use crate::csrf;
use crate::error::WebError;
use crate::i18n::Ui;
use crate::pages::{Footer, render_private};
use crate::state::AppState;

#[derive(Template)]
#[template(path = "admin_audit.html")]
struct AuditPage<'a> {
    ui: &'a Ui,
    footer: Footer,
    events: Vec<AuditRecord>,
    action: String,
    actor: String,
    outcome: String,
    next_before: Option<i64>,
}

#[derive(Debug, Default, Deserialize)]
pub struct AuditParams {
    action: Option<String>,
    actor: Option<String>,
    outcome: Option<String>,
    before: Option<i64>,
}

fn bounded(field: &str, v: Option<String>) -> Result<Option<String>, WebError> {
    match v.map(|s| s.trim().to_string()).filter(|s| !s.is_empty()) {
        Some(s) if s.chars().count() > 80 => Err(WebError::invalid(field, "at most 80 characters")),
        other => Ok(other),
    }
}

const PAGE: u32 = 100;

pub async fn audit(
    State(state): State<AppState>,
    Caller(who): Caller,
    Query(p): Query<AuditParams>,
) -> Result<Response, WebError> {
    let filter = AuditFilter {
        action_prefix: bounded("action", p.action)?,
        actor: bounded("actor", p.actor)?,
        outcome: bounded("outcome", p.outcome)?,
        before_seq: p.before,
        limit: PAGE,
        ..Default::default()
    };
    let events = state.services().audit_events(&who, &filter).await?;
    let next_before = (events.len() == PAGE as usize)
        .then(|| events.last().map(|e| e.seq))
        .flatten();
    Ok(render_private(
        &AuditPage {
            ui: &state.ui,
            footer: Footer::of(&state),
            events,
            action: filter.action_prefix.unwrap_or_default(),
            actor: filter.actor.unwrap_or_default(),
            outcome: filter.outcome.unwrap_or_default(),
            next_before,
        },
        StatusCode::OK,
    ))
}

#[derive(Template)]
#[template(path = "admin_users.html")]
struct UsersPage<'a> {
    ui: &'a Ui,
    footer: Footer,
    csrf: String,
    users: Vec<UserSummary>,
}

pub async fn users(
    State(state): State<AppState>,
    Caller(who): Caller,
    session: Session,
) -> Result<Response, WebError> {
    let users = state.services().users(&who, None).await?;
    let csrf = csrf::token(&session).await?;
    Ok(render_private(
        &UsersPage {
            ui: &state.ui,
            footer: Footer::of(&state),
            csrf,
            users,
        },
        StatusCode::OK,
    ))
}

#[derive(Deserialize)]
pub struct UnlockForm {
    username: String,
}

pub async fn unlock(
    State(state): State<AppState>,
    Caller(who): Caller,
    Form(f): Form<UnlockForm>,
) -> Result<Response, WebError> {
    state.services().unlock_user(&who, &f.username).await?;
    Ok(Redirect::to("/admin/users").into_response())
}

#[derive(Template)]
#[template(path = "admin_jobs.html")]
struct JobsPage<'a> {
    ui: &'a Ui,
    footer: Footer,
    csrf: String,
    jobs: Vec<opennrm_service::jobs::JobView>,
}

/// GET /admin/jobs: the background jobs (deadlines, escalations, e-mails), failed first,
/// with their attempts and last error; a failed one can be queued again.
pub async fn jobs(
    State(state): State<AppState>,
    Caller(who): Caller,
    session: Session,
) -> Result<Response, WebError> {
    let jobs = state.services().jobs(&who).await?;
    let csrf = csrf::token(&session).await?;
    Ok(render_private(
        &JobsPage {
            ui: &state.ui,
            footer: Footer::of(&state),
            csrf,
            jobs,
        },
        StatusCode::OK,
    ))
}

/// POST /admin/jobs/retry (access is checked before the form is read).
pub async fn retry_job(
    State(state): State<AppState>,
    Caller(who): Caller,
    Form(fields): Form<Vec<(String, String)>>,
) -> Result<Response, WebError> {
    state.services().may_manage_jobs(&who)?;
    let id = fields
        .iter()
        .find(|(k, _)| k == "id")
        .map(|(_, v)| v.as_str())
        .filter(|v| v.len() <= 64)
        .ok_or_else(|| WebError::invalid("id", "not a job id"))?;
    state.services().retry_job(&who, id).await?;
    Ok(Redirect::to("/admin/jobs").into_response())
}
