//! JSON API under /api/v1: the same atlas as the pages, for scripts and other systems.
//! Each handler's `#[utoipa::path]` is its part of the OpenAPI document (`openapi.rs`);
//! errors use the one shape in `error.rs`.

use axum::Json;
use axum::body::Bytes;
use axum::extract::{Path, Query, State};
use axum::response::{IntoResponse, Response};
use opennrm_domain::atlas::export::ExportDocument;
use opennrm_domain::atlas::query::{self, CountryCounts, MechanismState};
use opennrm_domain::atlas::search::{SearchField, SearchKind};
use opennrm_domain::atlas::vocabulary::{Capability, MechanismKind, Sector};
use opennrm_domain::atlas::{
    Actor, Cooperation, CountryAtlas, CountryCode, FactId, Mandate, Mechanism, Recommendation,
    ReportWide,
};
use serde::Serialize;
use utoipa::ToSchema;

use super::history::{RevisionParam, Viewed};
use super::params::{
    ActorParams, BadParam, CooperationParams, MechanismParams, Reading, RecommendationParams,
    SearchParams,
};
use crate::error::WebError;
use crate::openapi::{NotFound, ReadErrors};
use crate::state::AppState;

impl From<BadParam> for WebError {
    fn from(b: BadParam) -> Self {
        WebError::invalid(b.field, b.message())
    }
}

/// A country with its counts and the mechanisms at a glance.
#[derive(Serialize, ToSchema)]
pub struct CountrySummary<'a> {
    #[schema(value_type = CountryCode)]
    code: &'a str,
    name: &'a str,
    native_name: Option<&'a str>,
    counts: CountryCounts,
    /// Every mechanism kind, in the order pages show them.
    mechanisms: Vec<MechanismCell>,
    /// This country in the API.
    #[schema(example = "/api/v1/countries/DK")]
    href: String,
}

/// What the atlas records about one mechanism kind in one country.
#[derive(Serialize, ToSchema)]
pub struct MechanismCell {
    #[schema(value_type = MechanismKind)]
    kind: &'static str,
    state: MechanismState,
}

/// A list and its length.
#[derive(Serialize, ToSchema)]
pub struct List<T> {
    count: usize,
    items: Vec<T>,
}

impl<T> List<T> {
    pub(crate) fn of(items: Vec<T>) -> List<T> {
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

/// The atlas's countries (the report's 11) with counts and the mechanisms at a glance
#[utoipa::path(
    get,
    path = "/api/v1/countries",
    operation_id = "listCountries",
    tag = "atlas",
    security((), ("bearerToken" = []), ("sessionCookie" = [])),
    params(RevisionParam),
    responses((status = 200, description = "Countries", body = List<CountrySummary>), NotFound, ReadErrors),
)]
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

/// Everything the atlas holds about one country
#[utoipa::path(
    get,
    path = "/api/v1/countries/{code}",
    operation_id = "getCountry",
    tag = "atlas",
    params(("code" = CountryCode, Path, description = "ISO 3166-1 alpha-2 code, e.g. DK (any case)"), RevisionParam),
    security((), ("bearerToken" = []), ("sessionCookie" = [])),
    responses((status = 200, description = "The country's atlas", body = CountryAtlas), NotFound, ReadErrors),
)]
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

/// An actor found by a search.
#[derive(Serialize, ToSchema)]
pub struct ActorItem<'a> {
    #[serde(flatten)]
    actor: &'a Actor,
    /// Where a capability filter was given: the mandates that matched it.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    matching_mandates: Vec<&'a Mandate>,
}

/// Search actors; filters combine with AND
///
/// Who determines victim status in Denmark?
/// GET /api/v1/actors?country=DK&capability=determine_victim_status
#[utoipa::path(
    get,
    path = "/api/v1/actors",
    operation_id = "listActors",
    tag = "atlas",
    params(ActorParams, RevisionParam),
    security((), ("bearerToken" = []), ("sessionCookie" = [])),
    responses((status = 200, description = "Matching actors", body = List<ActorItem>), NotFound, ReadErrors),
)]
pub async fn actors(viewed: Viewed, Query(p): Query<ActorParams>) -> Result<Response, WebError> {
    let snap = viewed.view;
    let filter = p.to_filter(&snap.atlas, Reading::Exact)?;
    let items: Vec<ActorItem> = query::find_actors(&snap.atlas, &filter)
        .into_iter()
        .map(|h| ActorItem {
            actor: h.actor,
            matching_mandates: h.matching_mandates,
        })
        .collect();
    Ok(Json(List::of(items)).into_response())
}

/// An actor with its cooperation ties and mechanisms.
#[derive(Serialize, ToSchema)]
pub struct ActorDetail<'a> {
    /// The revision the actor is described from.
    revision: i64,
    /// Set when the actor has been retired: the first revision without it.
    #[serde(skip_serializing_if = "Option::is_none")]
    retired_in: Option<i64>,
    #[serde(flatten)]
    actor: &'a Actor,
    /// Ties this actor's statements describe.
    cooperation_out: Vec<&'a Cooperation>,
    /// Ties other actors describe with this one.
    cooperation_in: Vec<&'a Cooperation>,
    /// Ids of the mechanisms this actor holds.
    holds: Vec<&'a str>,
    /// Ids of the mechanisms this actor is a member of.
    member_of: Vec<&'a str>,
}

/// One actor with its mandates, cooperation and mechanisms
#[utoipa::path(
    get,
    path = "/api/v1/actors/{id}",
    operation_id = "getActor",
    tag = "atlas",
    params(("id" = FactId, Path, description = "Actor id, e.g. dk-cmm"), RevisionParam),
    security((), ("bearerToken" = []), ("sessionCookie" = [])),
    responses((status = 200, description = "The actor; a retired actor (no revision asked for) comes from the last revision that held it, with `retired_in`", body = ActorDetail), NotFound, ReadErrors),
)]
pub async fn actor(
    State(state): State<AppState>,
    Path(id): Path<String>,
    Query(p): Query<RevisionParam>,
) -> Result<Response, WebError> {
    let at = state
        .services()
        .actor_at(&id, p.revision(Reading::Exact)?)
        .await?;
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

/// National mechanisms and recorded absences
#[utoipa::path(
    get,
    path = "/api/v1/mechanisms",
    operation_id = "listMechanisms",
    tag = "atlas",
    params(MechanismParams, RevisionParam),
    security((), ("bearerToken" = []), ("sessionCookie" = [])),
    responses((status = 200, description = "Mechanisms", body = List<Mechanism>), NotFound, ReadErrors),
)]
pub async fn mechanisms(
    viewed: Viewed,
    Query(p): Query<MechanismParams>,
) -> Result<Response, WebError> {
    let snap = viewed.view;
    let filter = p.to_filter(&snap.atlas, Reading::Exact)?;
    let items: Vec<&Mechanism> = query::find_mechanisms(&snap.atlas, &filter);
    Ok(Json(List::of(items)).into_response())
}

/// The report beyond the country chapters: executive summary, introduction, methodology
/// and the report-wide recommendations
#[utoipa::path(
    get,
    path = "/api/v1/study",
    operation_id = "getStudy",
    tag = "atlas",
    params(RevisionParam),
    security((), ("bearerToken" = []), ("sessionCookie" = [])),
    responses((status = 200, description = "The report-wide findings and recommendations", body = ReportWide), NotFound, ReadErrors),
)]
pub async fn study(State(state): State<AppState>, viewed: Viewed) -> Response {
    let snap = viewed.view;
    json_cached(&state, snap.revision.id, "api:study", || &snap.atlas.report)
}

/// Every recommendation of the report, each tagged with the countries and kinds of actors
/// it addresses
#[utoipa::path(
    get,
    path = "/api/v1/recommendations",
    operation_id = "listRecommendations",
    tag = "atlas",
    params(RecommendationParams, RevisionParam),
    security((), ("bearerToken" = []), ("sessionCookie" = [])),
    responses((status = 200, description = "Recommendations, report-wide first", body = List<Recommendation>), NotFound, ReadErrors),
)]
pub async fn recommendations(
    viewed: Viewed,
    Query(p): Query<RecommendationParams>,
) -> Result<Response, WebError> {
    let snap = viewed.view;
    let (country, sector) = p.to_filter(&snap.atlas, Reading::Exact)?;
    let items: Vec<&Recommendation> = query::recommendations(&snap.atlas, country.as_ref(), sector);
    Ok(Json(List::of(items)).into_response())
}

/// A cooperation tie with the names and sectors of both ends.
#[derive(Serialize, ToSchema)]
pub struct TieItem<'a> {
    #[serde(flatten)]
    tie: &'a Cooperation,
    from_name: &'a str,
    from_sector: Sector,
    to_name: &'a str,
    to_sector: Sector,
}

/// Cooperation ties between actors
#[utoipa::path(
    get,
    path = "/api/v1/cooperation",
    operation_id = "listCooperation",
    tag = "atlas",
    params(CooperationParams, RevisionParam),
    security((), ("bearerToken" = []), ("sessionCookie" = [])),
    responses((status = 200, description = "Ties, each with both ends named", body = List<TieItem>), NotFound, ReadErrors),
)]
pub async fn cooperation(
    viewed: Viewed,
    Query(p): Query<CooperationParams>,
) -> Result<Response, WebError> {
    let snap = viewed.view;
    let filter = p.to_filter(&snap.atlas, Reading::Exact)?;
    let items: Vec<TieItem> = query::find_cooperation(&snap.atlas, &filter)
        .into_iter()
        .map(|e| TieItem {
            tie: e.tie,
            from_name: &e.from.name,
            from_sector: e.from.sector,
            to_name: &e.to.name,
            to_sector: e.to.sector,
        })
        .collect();
    Ok(Json(List::of(items)).into_response())
}

/// The whole atlas as one document (the JSON export, docs/EXPORT.md)
#[utoipa::path(
    get,
    path = "/api/v1/atlas",
    operation_id = "getAtlas",
    tag = "atlas",
    security((), ("bearerToken" = []), ("sessionCookie" = [])),
    params(RevisionParam),
    responses((status = 200, description = "The atlas", body = ExportDocument), NotFound, ReadErrors),
)]
pub async fn atlas(viewed: Viewed) -> Response {
    let snap = viewed.view;
    Json(ExportDocument::new(&snap.atlas)).into_response()
}

pub async fn not_found() -> WebError {
    WebError::NotFound("API endpoint (see /api/v1/openapi.json)")
}

/// A text of a fact that matched a search, with the passage to show.
#[derive(Serialize, ToSchema)]
pub struct SearchItem<'a> {
    kind: SearchKind,
    /// Which text of the fact matched.
    field: SearchField,
    #[schema(value_type = String)]
    country: &'a str,
    /// The fact's id (actor, mechanism, document, ambiguity); for a mandate or a tie the
    /// actor's id; else `{cc}-{kind}-{n}`.
    #[schema(value_type = String)]
    reference: &'a str,
    /// The page that shows the fact.
    href: String,
    /// Sector of the actor the text is about.
    #[serde(skip_serializing_if = "Option::is_none")]
    sector: Option<Sector>,
    /// Capability of the mandate.
    #[serde(skip_serializing_if = "Option::is_none")]
    capability: Option<Capability>,
    /// The matching text, or its part around the first match ("…" where cut).
    #[schema(value_type = String)]
    passage: &'a str,
    /// The matched words in `passage`, as [start, end) in Unicode characters.
    #[schema(value_type = Vec<Vec<u64>>)]
    matches: &'a [(usize, usize)],
}

/// The answer of a full-text search.
#[derive(Serialize, ToSchema)]
pub struct SearchResults<'a> {
    /// The revision searched.
    revision: i64,
    /// The words searched for, folded (lower case, without accents).
    #[schema(value_type = Vec<String>)]
    words: &'a [String],
    count: usize,
    /// More texts matched than were returned (at most 100).
    truncated: bool,
    items: Vec<SearchItem<'a>>,
}

/// Full-text search over every fact of a revision: names, scopes, notes, titles, quotes.
#[utoipa::path(
    get,
    path = "/api/v1/search",
    operation_id = "search",
    tag = "atlas",
    description = "Which facts mention a reflection period in Finland? GET /api/v1/search?q=reflection&country=FI. One item per matching text, best matches first, at most 100.",
    params(SearchParams, RevisionParam),
    security((), ("bearerToken" = []), ("sessionCookie" = [])),
    responses((status = 200, description = "Matching texts with their passages", body = SearchResults), NotFound, ReadErrors),
)]
pub async fn search(
    State(state): State<AppState>,
    viewed: Viewed,
    Query(p): Query<SearchParams>,
) -> Result<Response, WebError> {
    let snap = viewed.view;
    let words = p
        .words()
        .map_err(|e| WebError::invalid("q", e.to_string()))?;
    let filter = p.to_filter(&snap.atlas, Reading::Exact)?;
    let answer = state.services().search(&snap, &words, &filter).await?;
    let items: Vec<SearchItem> = answer
        .hits
        .iter()
        .map(|h| SearchItem {
            kind: h.entry.kind,
            field: h.entry.field,
            country: h.entry.country.as_str(),
            reference: &h.entry.reference,
            href: h.entry.href(),
            sector: h.entry.sector,
            capability: h.entry.capability,
            passage: &h.passage.text,
            matches: &h.passage.matches,
        })
        .collect();
    Ok(Json(SearchResults {
        revision: snap.revision.id,
        words: words.as_slice(),
        count: items.len(),
        truncated: answer.truncated,
        items,
    })
    .into_response())
}
