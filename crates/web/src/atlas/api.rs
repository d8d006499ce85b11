//! JSON API under /api/v1: the same atlas as the pages, for scripts and other systems.
//! Described by `openapi.json` (served at /api/v1/openapi.json); errors use the one
//! shape in `error.rs`.

use axum::Json;
use axum::body::Bytes;
use axum::extract::{Path, Query, State};
use axum::http::header;
use axum::response::{IntoResponse, Response};
use opennrm_domain::atlas::query::{self, CountryCounts, MechanismState};
use opennrm_domain::atlas::{Actor, Cooperation, CountryAtlas, Mechanism};
use serde::Serialize;

use super::history::{RevisionParam, Viewed};
use super::params::{ActorParams, BadParam, CooperationParams, MechanismParams};
use crate::error::WebError;
use crate::state::AppState;

pub const OPENAPI: &str = include_str!("../openapi.json");

impl From<BadParam> for WebError {
    fn from(b: BadParam) -> Self {
        WebError::invalid(b.field, b.message())
    }
}

#[derive(Serialize)]
struct CountrySummary<'a> {
    code: &'a str,
    name: &'a str,
    native_name: Option<&'a str>,
    counts: CountryCounts,
    mechanisms: Vec<MechanismCell>,
    href: String,
}

#[derive(Serialize)]
struct MechanismCell {
    kind: &'static str,
    state: MechanismState,
}

#[derive(Serialize)]
struct List<T> {
    count: usize,
    items: Vec<T>,
}

impl<T> List<T> {
    fn of(items: Vec<T>) -> List<T> {
        List {
            count: items.len(),
            items,
        }
    }
}

/// A JSON document that depends only on the atlas revision, serialised once per revision.
fn json_cached<T: Serialize>(
    state: &AppState,
    revision: i64,
    key: &str,
    value: impl FnOnce() -> T,
) -> Response {
    crate::pages::cached_body(state, revision, key, "application/json", || {
        serde_json::to_vec(&value()).map(Bytes::from)
    })
}

pub async fn countries(State(state): State<AppState>, viewed: Viewed) -> Response {
    let snap = viewed.view;
    json_cached(&state, snap.revision.id, "api:countries", || {
        countries_list(&snap)
    })
}

fn countries_list(snap: &opennrm_service::AtlasView) -> List<CountrySummary<'_>> {
    let items: Vec<CountrySummary> = snap
        .atlas
        .countries
        .iter()
        .map(|c| CountrySummary {
            code: c.country.code.as_str(),
            name: &c.country.name,
            native_name: c.country.native_name.as_deref(),
            counts: query::counts(c),
            mechanisms: query::mechanism_states(c)
                .into_iter()
                .map(|(k, s)| MechanismCell {
                    kind: k.as_str(),
                    state: s,
                })
                .collect(),
            href: format!("/api/v1/countries/{}", c.country.code),
        })
        .collect();
    List::of(items)
}

pub async fn country(
    State(state): State<AppState>,
    viewed: Viewed,
    Path(code): Path<String>,
) -> Result<Response, WebError> {
    let snap = viewed.view;
    let c: &CountryAtlas = super::country(&snap, &code)?;
    let key = format!("api:country:{}", c.country.code);
    Ok(json_cached(&state, snap.revision.id, &key, || c))
}

#[derive(Serialize)]
struct ActorItem<'a> {
    #[serde(flatten)]
    actor: &'a Actor,
    /// Where a capability filter was given: the mandates that matched it.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    matching_mandates: Vec<&'a opennrm_domain::atlas::Mandate>,
}

pub async fn actors(viewed: Viewed, Query(p): Query<ActorParams>) -> Result<Response, WebError> {
    let snap = viewed.view;
    let filter = p.to_filter(&snap.atlas)?;
    let items: Vec<ActorItem> = query::find_actors(&snap.atlas, &filter)
        .into_iter()
        .map(|h| ActorItem {
            actor: h.actor,
            matching_mandates: h.matching_mandates,
        })
        .collect();
    Ok(Json(List::of(items)).into_response())
}

#[derive(Serialize)]
struct ActorDetail<'a> {
    /// The revision the actor is described from.
    revision: i64,
    /// Set when the actor has been retired: the first revision without it.
    #[serde(skip_serializing_if = "Option::is_none")]
    retired_in: Option<i64>,
    #[serde(flatten)]
    actor: &'a Actor,
    cooperation_out: Vec<&'a Cooperation>,
    cooperation_in: Vec<&'a Cooperation>,
    holds: Vec<&'a str>,
    member_of: Vec<&'a str>,
}

pub async fn actor(
    State(state): State<AppState>,
    Path(id): Path<String>,
    Query(p): Query<RevisionParam>,
) -> Result<Response, WebError> {
    let at = state.services().actor_at(&id, p.revision()?).await?;
    let snap = &at.view;
    let (c, a) = super::actor(snap, &id)?;
    let rel = query::actor_relations(c, a);
    let detail = ActorDetail {
        revision: snap.revision.id,
        retired_in: at.retired_in,
        actor: a,
        cooperation_out: rel.outgoing.iter().map(|(t, _)| *t).collect(),
        cooperation_in: rel.incoming.iter().map(|(t, _)| *t).collect(),
        holds: rel.holds.iter().map(|m| m.id.as_str()).collect(),
        member_of: rel.member_of.iter().map(|m| m.id.as_str()).collect(),
    };
    Ok(Json(detail).into_response())
}

pub async fn mechanisms(
    viewed: Viewed,
    Query(p): Query<MechanismParams>,
) -> Result<Response, WebError> {
    let snap = viewed.view;
    let items: Vec<&Mechanism> = query::find_mechanisms(&snap.atlas, &p.to_filter(&snap.atlas)?);
    Ok(Json(List::of(items)).into_response())
}

pub async fn cooperation(
    viewed: Viewed,
    Query(p): Query<CooperationParams>,
) -> Result<Response, WebError> {
    let snap = viewed.view;
    let items: Vec<&Cooperation> = query::find_cooperation(&snap.atlas, &p.to_filter(&snap.atlas)?);
    Ok(Json(List::of(items)).into_response())
}

/// The whole atlas in the export document shape (docs/EXPORT.md).
pub async fn atlas(viewed: Viewed) -> Response {
    let snap = viewed.view;
    Json(opennrm_domain::atlas::export::ExportDocument::new(
        &snap.atlas,
    ))
    .into_response()
}

pub async fn openapi() -> Response {
    ([(header::CONTENT_TYPE, "application/json")], OPENAPI).into_response()
}

pub async fn not_found() -> WebError {
    WebError::NotFound("API endpoint (see /api/v1/openapi.json)")
}
