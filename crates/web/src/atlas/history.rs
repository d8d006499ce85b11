//! Atlas history over HTTP: `?revision=N` on every atlas page and endpoint (the
//! `Viewed` extractor), and what changed between two revisions of a country as a page
//! (`/countries/{code}/diff`) and JSON (`/api/v1/countries/{code}/diff`).

use std::sync::Arc;

use askama::Template;
use axum::Json;
use axum::extract::{FromRequestParts, Path, Query, State};
use axum::http::StatusCode;
use axum::http::request::Parts;
use axum::response::{IntoResponse, Response};
use opennrm_domain::atlas::diff::CountryDiff;
use opennrm_service::AtlasView;
use opennrm_store::Revision;
use serde::Deserialize;

use super::params::Reading;
use crate::error::WebError;
use crate::i18n::Ui;
use crate::pages::{Footer, render};
use crate::state::AppState;

/// The atlas a request asks for: `?revision=N`, else the current revision.
pub struct Viewed {
    pub view: Arc<AtlasView>,
    /// The revision served as current.
    pub current: i64,
    /// The request's path, to link "the same page at the current revision".
    path: String,
}

impl Viewed {
    pub fn is_current(&self) -> bool {
        self.view.revision.id == self.current
    }

    /// What links on a page of this view append so they stay in the same revision:
    /// `?revision=N` for an older revision, nothing for the current one.
    pub fn link_query(&self) -> String {
        revision_query(self.view.revision.id, self.current)
    }

    /// The footer, with the "older revision" banner when it applies.
    pub fn footer(&self, ui: &Ui) -> Footer {
        Footer::at(ui, &self.view.revision, self.current, self.path.clone())
    }
}

/// `?revision=N` when `shown` is not the current revision, else nothing.
pub fn revision_query(shown: i64, current: i64) -> String {
    if shown == current {
        String::new()
    } else {
        format!("?revision={shown}")
    }
}

/// `?revision=N` alone, for handlers that resolve the revision themselves.
#[derive(Debug, Default, Deserialize, utoipa::IntoParams)]
#[into_params(parameter_in = Query)]
pub struct RevisionParam {
    /// Read the atlas as of this revision (see /about and `opennrm history`); default: the current one
    #[param(value_type = Option<i64>, minimum = 1, example = 1)]
    revision: Option<String>,
}

impl RevisionParam {
    /// The revision asked for. A page reads a form (`revision=` is "the current one"); the
    /// API reads the value exactly as its document promises (`revision=` is no number).
    pub fn revision(&self, reading: Reading) -> Result<Option<i64>, WebError> {
        revision_number("revision", self.revision.as_deref(), reading)
    }
}

/// A revision number as a client wrote it: a positive integer of at most 18 digits.
fn revision_number(
    field: &'static str,
    v: Option<&str>,
    reading: Reading,
) -> Result<Option<i64>, WebError> {
    let v = match reading {
        Reading::Form => v.map(str::trim).filter(|s| !s.is_empty()),
        Reading::Exact => v,
    };
    match v {
        None => Ok(None),
        Some(s) => s
            .parse::<i64>()
            .ok()
            .filter(|n| *n > 0)
            .map(Some)
            .ok_or_else(|| WebError::invalid(field, "must be a revision number (1, 2, …)")),
    }
}

impl FromRequestParts<AppState> for Viewed {
    type Rejection = WebError;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, WebError> {
        let Query(p) = Query::<RevisionParam>::from_request_parts(parts, state)
            .await
            .map_err(|e| WebError::BadRequest(e.body_text()))?;
        let reading = if parts.uri.path().starts_with("/api/") {
            Reading::Exact
        } else {
            Reading::Form
        };
        let revision = p.revision(reading)?;
        let view = state.services().atlas_at(revision).await?;
        Ok(Viewed {
            view,
            current: state.services().atlas().revision.id,
            path: parts.uri.path().to_string(),
        })
    }
}

#[derive(Debug, Default, Deserialize, utoipa::IntoParams)]
#[into_params(parameter_in = Query)]
pub struct DiffParams {
    /// The older revision; default: the first revision whose facts are kept (the 2013 baseline)
    #[param(value_type = Option<i64>, minimum = 1, example = 1)]
    pub from: Option<String>,
    /// The newer revision; default: the current one
    #[param(value_type = Option<i64>, minimum = 1, example = 2)]
    pub to: Option<String>,
}

/// `from` and `to` of a diff as asked; an absent `to` is the current revision, an absent
/// `from` the first kept revision (the 2013 baseline): "2013 → today".
fn asked_bounds(
    state: &AppState,
    p: &DiffParams,
    reading: Reading,
) -> Result<(Option<i64>, i64), WebError> {
    let current = state.services().atlas().revision.id;
    let to = revision_number("to", p.to.as_deref(), reading)?.unwrap_or(current);
    Ok((revision_number("from", p.from.as_deref(), reading)?, to))
}

/// `from` and `to` of a comparison, defaults filled in: "2013 → today".
pub(crate) async fn bounds(
    state: &AppState,
    p: &DiffParams,
    reading: Reading,
) -> Result<(i64, i64), WebError> {
    let (from, to) = asked_bounds(state, p, reading)?;
    // The revision list is read only when `from` must default to the first kept one.
    let from = match from {
        Some(f) => f,
        None => kept_revisions(state).await?.first().map_or(to, |r| r.id),
    };
    Ok((from, to))
}

/// The revisions whose facts are kept, oldest first: those a diff can compare.
async fn kept_revisions(state: &AppState) -> Result<Vec<Revision>, WebError> {
    let revisions = state
        .services()
        .revisions(&opennrm_service::Identity::Anonymous)
        .await?;
    Ok(revisions.into_iter().filter(|r| r.facts_kept).collect())
}

/// What changed in one country between two revisions.
#[derive(serde::Serialize, utoipa::ToSchema)]
pub struct DiffAnswer {
    from: i64,
    to: i64,
    /// The country and its changes per kind of fact (actors, mandates, cooperation,
    /// mechanisms, limitations, documents, participation, findings, ambiguities, the
    /// country record); each entry has a `change` tag (added, removed, retired, renamed,
    /// changed) and, for a changed fact, the field with its old and new value.
    #[serde(flatten)]
    #[schema(value_type = Object)]
    diff: CountryDiff,
}

/// What changed in one country between two atlas revisions
#[utoipa::path(
    get,
    path = "/api/v1/countries/{code}/diff",
    operation_id = "getCountryDiff",
    tag = "atlas",
    params(("code" = opennrm_domain::atlas::CountryCode, Path, description = "ISO 3166-1 alpha-2 code, e.g. DK (any case)"), DiffParams),
    security((), ("bearerToken" = []), ("sessionCookie" = [])),
    responses((status = 200, description = "The changes", body = DiffAnswer), crate::openapi::NotFound, crate::openapi::ReadErrors),
)]
pub async fn api_diff(
    State(state): State<AppState>,
    Path(code): Path<String>,
    Query(p): Query<DiffParams>,
) -> Result<Response, WebError> {
    let (from, to) = bounds(&state, &p, Reading::Exact).await?;
    let diff = one_country(&state, &code, from, to).await?;
    Ok(Json(DiffAnswer { from, to, diff }).into_response())
}

async fn one_country(
    state: &AppState,
    code: &str,
    from: i64,
    to: i64,
) -> Result<CountryDiff, WebError> {
    let code = code.trim().to_ascii_uppercase();
    let mut diffs = state.services().diff(from, to, Some(&code)).await?;
    diffs
        .pop()
        .ok_or(WebError::NotFound("country with this code"))
}

/// One line of the diff page: its kind (for the colour) and its text.
pub struct DiffLine {
    pub class: &'static str,
    pub text: String,
}

#[derive(Template)]
#[template(path = "diff.html")]
struct DiffPage<'a> {
    ui: &'a Ui,
    footer: Footer,
    code: String,
    name: String,
    from: i64,
    to: i64,
    heading: String,
    lines: Vec<DiffLine>,
    revisions: Vec<Revision>,
}

/// `GET /countries/{code}/diff?from=1&to=2`.
pub async fn diff_page(
    State(state): State<AppState>,
    Path(code): Path<String>,
    Query(p): Query<DiffParams>,
) -> Result<Response, WebError> {
    let (from, to) = asked_bounds(&state, &p, Reading::Form)?;
    // Read once: the default `from` and the page's revision pickers.
    let revisions = kept_revisions(&state).await?;
    let from = from.unwrap_or_else(|| revisions.first().map_or(to, |r| r.id));
    let diff = one_country(&state, &code, from, to).await?;
    let ui = &state.ui;
    let label = |t: opennrm_domain::atlas::diff::Term| ui.label(t.vocabulary, t.value);
    let lines = diff
        .lines_with(&label)
        .into_iter()
        .map(|l| {
            let class = match l.chars().next() {
                Some('+') => "add",
                Some('-') => "del",
                Some('·') => "src",
                _ => "chg",
            };
            DiffLine { class, text: l }
        })
        .collect();
    let heading = ui.ta(
        "diff-heading",
        &[("count", &diff.count()), ("from", &from), ("to", &to)],
    );
    let page = DiffPage {
        ui,
        footer: Footer::of(&state),
        code: diff.code.to_string(),
        name: diff.name.clone(),
        from,
        to,
        heading,
        lines,
        revisions,
    };
    Ok(render(&page, StatusCode::OK))
}
