//! JSON (and CSV) for insight under /api/v1/insight.

use axum::Json;
use axum::body::Bytes;
use axum::extract::{Path, Query, State};
use axum::http::header;
use axum::response::{IntoResponse, Response};
use opennrm_domain::insight::gaps;
use opennrm_domain::insight::matrix::{self, LimitationCell, Matrix, PartnerRank};
use opennrm_domain::insight::network::{self, Network};
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, ToSchema};

use opennrm_domain::atlas::CountryCode;
use opennrm_domain::atlas::vocabulary::LimitationCategory;

use crate::atlas::api::List;
use crate::atlas::history::{DiffParams, RevisionParam, Viewed};
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
            let value = c.state();
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

#[derive(Debug, Default, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct GapParams {
    /// ISO 3166-1 alpha-2 code of a country of the atlas, e.g. DK (any case)
    #[param(value_type = CountryCode, required = false)]
    pub country: Option<String>,
    /// Only the findings of this rule (see /api/v1/insight/rules), e.g. no-mou
    #[param(value_type = GapRuleId, required = false)]
    pub rule: Option<String>,
}

/// The id of a rule of the gap analysis: the document lists them (an `enum`), so a
/// client knows the values the API accepts.
pub struct GapRuleId;

impl utoipa::PartialSchema for GapRuleId {
    fn schema() -> utoipa::openapi::RefOr<utoipa::openapi::schema::Schema> {
        utoipa::openapi::schema::ObjectBuilder::new()
            .schema_type(utoipa::openapi::schema::Type::String)
            .description(Some("A rule of the gap analysis (/api/v1/insight/rules)"))
            .enum_values(Some(gaps::rules().iter().map(|r| r.id)))
            .into()
    }
}

impl ToSchema for GapRuleId {}

impl GapParams {
    fn read(
        &self,
        atlas: &opennrm_domain::atlas::Atlas,
        reading: Reading,
    ) -> Result<(Option<CountryCode>, Option<&'static str>), WebError> {
        let code = country(atlas, &self.country, reading).map_err(WebError::from)?;
        let rule = match crate::atlas::params::given(&self.rule, reading) {
            None => None,
            Some(r) => Some(
                gaps::rules()
                    .iter()
                    .find(|x| x.id == r)
                    .map(|x| x.id)
                    .ok_or_else(|| {
                        WebError::invalid(
                            "rule",
                            "is not a rule of the gap analysis (see /api/v1/insight/rules)",
                        )
                    })?,
            ),
        };
        Ok((code, rule))
    }
}

impl GapParams {
    /// As a page reads its form: an error becomes the page's message.
    pub(crate) fn read_form(
        &self,
        atlas: &opennrm_domain::atlas::Atlas,
    ) -> Result<(Option<CountryCode>, Option<&'static str>), String> {
        self.read(atlas, Reading::Form).map_err(|e| e.to_string())
    }
}

/// The findings of the gap analysis for one revision, filtered.
pub(crate) fn findings(
    atlas: &opennrm_domain::atlas::Atlas,
    country: Option<&CountryCode>,
    rule: Option<&str>,
) -> Vec<gaps::Finding> {
    atlas
        .countries
        .iter()
        .filter(|c| country.is_none_or(|code| *code == c.country.code))
        .flat_map(gaps::evaluate)
        .filter(|f| rule.is_none_or(|r| f.rule == r))
        .collect()
}

/// The gap analysis: every finding of the named rules, with its evidence (facts and
/// their source quotes) and whom to involve
#[utoipa::path(
    get,
    path = "/api/v1/insight/gaps",
    operation_id = "listGaps",
    tag = "insight",
    params(GapParams, RevisionParam),
    security((), ("bearerToken" = []), ("sessionCookie" = [])),
    responses((status = 200, description = "Findings, in rule order per country", body = List<gaps::Finding>), NotFound, ReadErrors),
)]
pub async fn gap_findings(
    viewed: Viewed,
    Query(p): Query<GapParams>,
) -> Result<Response, WebError> {
    let atlas = &viewed.view.atlas;
    let (code, rule) = p.read(atlas, Reading::Exact)?;
    Ok(Json(List::of(findings(atlas, code.as_ref(), rule))).into_response())
}

/// A rule of the gap analysis, as the API lists it.
#[derive(Serialize, ToSchema)]
pub struct RuleItem {
    id: &'static str,
    title: &'static str,
    description: &'static str,
    /// The report's sentences the rule stands on.
    report: Vec<RuleQuote>,
}

#[derive(Serialize, ToSchema)]
pub struct RuleQuote {
    #[schema(value_type = String)]
    country: &'static str,
    quote: &'static str,
}

/// The named rules of the gap analysis: what each checks and why
#[utoipa::path(
    get,
    path = "/api/v1/insight/rules",
    operation_id = "listGapRules",
    tag = "insight",
    security((), ("bearerToken" = []), ("sessionCookie" = [])),
    responses((status = 200, description = "Rules, in the order findings are listed", body = List<RuleItem>), ReadErrors),
)]
pub async fn gap_rules() -> Response {
    let items: Vec<RuleItem> = gaps::rules()
        .iter()
        .map(|r| RuleItem {
            id: r.id,
            title: r.title,
            description: r.description,
            report: r
                .report
                .iter()
                .map(|q| RuleQuote {
                    country: q.country,
                    quote: q.quote,
                })
                .collect(),
        })
        .collect();
    Json(List::of(items)).into_response()
}

/// Gaps closed and opened between two revisions ("the 2013 baseline against today")
#[utoipa::path(
    get,
    path = "/api/v1/insight/gaps/compare",
    operation_id = "compareGaps",
    tag = "insight",
    params(DiffParams, GapParams),
    security((), ("bearerToken" = []), ("sessionCookie" = [])),
    responses((status = 200, description = "Closed, opened and kept findings", body = GapComparison), NotFound, ReadErrors),
)]
pub async fn gap_comparison(
    State(state): State<AppState>,
    Query(d): Query<DiffParams>,
    Query(p): Query<GapParams>,
) -> Result<Response, WebError> {
    let (from, to) = crate::atlas::history::bounds(&state, &d, Reading::Exact).await?;
    let old = state.services().atlas_at(Some(from)).await?;
    let new = state.services().atlas_at(Some(to)).await?;
    let (code, rule) = p.read(&new.atlas, Reading::Exact)?;
    let comparison = gaps::compare(
        &findings(&old.atlas, code.as_ref(), rule),
        &findings(&new.atlas, code.as_ref(), rule),
    );
    Ok(Json(GapComparison {
        from,
        to,
        comparison,
    })
    .into_response())
}

/// Gap findings compared between two revisions.
#[derive(Serialize, ToSchema)]
pub struct GapComparison {
    from: i64,
    to: i64,
    #[serde(flatten)]
    comparison: gaps::Comparison,
}

/// The cooperation network of a country: every tied actor with its centralities, the
/// ties, components, communities, brokers and densities
#[utoipa::path(
    get,
    path = "/api/v1/countries/{code}/network",
    operation_id = "getNetwork",
    tag = "insight",
    params(("code" = CountryCode, Path, description = "ISO 3166-1 alpha-2 code, e.g. DK (any case)"), RevisionParam),
    security((), ("bearerToken" = []), ("sessionCookie" = [])),
    responses((status = 200, description = "The network", body = Network), NotFound, ReadErrors),
)]
pub async fn country_network(
    State(state): State<AppState>,
    viewed: Viewed,
    Path(code): Path<String>,
) -> Result<Response, WebError> {
    let snap = viewed.view;
    let c = crate::atlas::country(&snap, &code)?;
    let key = format!("api:network:{}", c.country.code);
    Ok(crate::pages::cached_body(
        &state,
        snap.revision.id,
        &key,
        "application/json",
        || serde_json::to_vec(&network::country_network(c)).map(Bytes::from),
    ))
}

/// A country's files: its network as GraphML, GEXF (Gephi, networkx, igraph) or SVG, its
/// limitations chart (`limitations.svg`), its generated report (`report.md`, `report.pdf`).
pub async fn network_file(
    State(state): State<AppState>,
    viewed: Viewed,
    Path((code, format)): Path<(String, String)>,
) -> Result<Response, WebError> {
    let snap = viewed.view.clone();
    let c = crate::atlas::country(&snap, &code)?;
    let content_type = match format.as_str() {
        "network.graphml" => "application/graphml+xml",
        "network.gexf" => "application/gexf+xml",
        "network.svg" | "limitations.svg" => "image/svg+xml",
        "report.md" | "report.pdf" => {
            return super::report::file(&state, &viewed, Some(c), &format).await;
        }
        _ => return Err(WebError::NotFound("file with this name")),
    };
    let key = format!("file:{}:{format}", c.country.code);
    let mut response =
        crate::pages::cached_body(&state, snap.revision.id, &key, content_type, || {
            let text = match format.as_str() {
                "network.graphml" => network::to_graphml(&network::country_network(c)),
                "network.gexf" => network::to_gexf(&network::country_network(c)),
                "limitations.svg" => super::pages::limitations_svg(c),
                _ => super::pages::network_svg(&snap.atlas, c),
            };
            Ok::<_, std::convert::Infallible>(Bytes::from(text))
        });
    if !format.ends_with(".svg") {
        let name = format!(
            "attachment; filename=\"opennrm-{}-{format}\"",
            c.country.code.as_str().to_ascii_lowercase()
        );
        if let Ok(v) = header::HeaderValue::from_str(&name) {
            response
                .headers_mut()
                .insert(header::CONTENT_DISPOSITION, v);
        }
    }
    Ok(response)
}

/// A chart of the atlas as SVG: `participation.svg` (invited and completed per country),
/// `mechanisms.svg` (mechanisms per country by status), `limitations.svg` (limitations
/// stated per country by category).
pub async fn chart(
    State(state): State<AppState>,
    viewed: Viewed,
    Path(name): Path<String>,
) -> Result<Response, WebError> {
    use opennrm_domain::atlas::Atlas;
    use opennrm_domain::insight::svg::{BarChart, LimitationMeasure, bar_chart_svg};
    let snap = viewed.view;
    let chart: fn(&Atlas) -> BarChart = match name.as_str() {
        "participation.svg" => BarChart::participation,
        "mechanisms.svg" => BarChart::mechanisms,
        "limitations.svg" => |a| BarChart::limitations_across(a, LimitationMeasure::Statements),
        _ => return Err(WebError::NotFound("chart with this name")),
    };
    let key = format!("chart:{name}");
    Ok(crate::pages::cached_body(
        &state,
        snap.revision.id,
        &key,
        "image/svg+xml",
        || {
            let chart = chart(&snap.atlas);
            Ok::<_, std::convert::Infallible>(Bytes::from(bar_chart_svg(&chart)))
        },
    ))
}

/// The cooperation network of the whole region: every country's tied actors with their
/// centralities, the ties, components, communities, brokers and densities (ties never
/// cross borders in the report, so each country is one component or several)
#[utoipa::path(
    get,
    path = "/api/v1/insight/network",
    operation_id = "getRegionNetwork",
    tag = "insight",
    params(RevisionParam),
    security((), ("bearerToken" = []), ("sessionCookie" = [])),
    responses((status = 200, description = "The network of the region", body = Network), NotFound, ReadErrors),
)]
pub async fn region_network(State(state): State<AppState>, viewed: Viewed) -> Response {
    let snap = viewed.view;
    crate::pages::cached_body(
        &state,
        snap.revision.id,
        "api:network:region",
        "application/json",
        || serde_json::to_vec(&network::region_network(&snap.atlas)).map(Bytes::from),
    )
}

/// A file of the region's network; the country's files are `network_file`.
#[derive(Clone, Copy)]
enum RegionFile {
    GraphMl,
    Gexf,
    Svg,
}

async fn region_file(state: &AppState, viewed: Viewed, file: RegionFile) -> Response {
    let snap = viewed.view;
    let (name, content_type) = match file {
        RegionFile::GraphMl => ("network.graphml", "application/graphml+xml"),
        RegionFile::Gexf => ("network.gexf", "application/gexf+xml"),
        RegionFile::Svg => ("network.svg", "image/svg+xml"),
    };
    let key = format!("file:region:{name}");
    let mut response =
        crate::pages::cached_body(state, snap.revision.id, &key, content_type, || {
            let text = match file {
                RegionFile::GraphMl => network::to_graphml(&network::region_network(&snap.atlas)),
                RegionFile::Gexf => network::to_gexf(&network::region_network(&snap.atlas)),
                RegionFile::Svg => super::pages::region_network_svg(&snap.atlas),
            };
            Ok::<_, std::convert::Infallible>(Bytes::from(text))
        });
    if !matches!(file, RegionFile::Svg) {
        let disposition = format!("attachment; filename=\"opennrm-region-{name}\"");
        if let Ok(v) = header::HeaderValue::from_str(&disposition) {
            response
                .headers_mut()
                .insert(header::CONTENT_DISPOSITION, v);
        }
    }
    response
}

/// `/insight/network.graphml`: the region's network for Gephi, networkx, igraph.
pub async fn region_graphml(State(state): State<AppState>, viewed: Viewed) -> Response {
    region_file(&state, viewed, RegionFile::GraphMl).await
}

/// `/insight/network.gexf`.
pub async fn region_gexf(State(state): State<AppState>, viewed: Viewed) -> Response {
    region_file(&state, viewed, RegionFile::Gexf).await
}

/// `/insight/network.svg`: the drawing, one panel per country.
pub async fn region_svg(State(state): State<AppState>, viewed: Viewed) -> Response {
    region_file(&state, viewed, RegionFile::Svg).await
}

/// Cells of the matrix that changed between two revisions ("the 2013 baseline against
/// today": which mechanisms, mandates and seats came or went)
#[utoipa::path(
    get,
    path = "/api/v1/insight/matrix/compare",
    operation_id = "compareMatrix",
    tag = "insight",
    params(DiffParams),
    security((), ("bearerToken" = []), ("sessionCookie" = [])),
    responses((status = 200, description = "The cells whose state changed, in table, row and country order", body = MatrixComparison), NotFound, ReadErrors),
)]
pub async fn matrix_comparison(
    State(state): State<AppState>,
    Query(d): Query<DiffParams>,
) -> Result<Response, WebError> {
    let (from, to) = crate::atlas::history::bounds(&state, &d, Reading::Exact).await?;
    let old = state.services().atlas_at(Some(from)).await?;
    let new = state.services().atlas_at(Some(to)).await?;
    let changes = matrix::compare(&matrix::matrix(&old.atlas), &matrix::matrix(&new.atlas));
    Ok(Json(MatrixComparison {
        from,
        to,
        count: changes.len(),
        changes,
    })
    .into_response())
}

/// The matrix compared between two revisions.
#[derive(Serialize, ToSchema)]
pub struct MatrixComparison {
    from: i64,
    to: i64,
    count: usize,
    changes: Vec<matrix::CellChange>,
}

#[derive(Debug, Default, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct NetworkParams {
    /// ISO 3166-1 alpha-2 code of a country of the atlas, e.g. DK (any case); default: the whole region
    #[param(value_type = CountryCode, required = false)]
    pub country: Option<String>,
}

impl NetworkParams {
    pub(crate) fn read(
        &self,
        atlas: &opennrm_domain::atlas::Atlas,
        reading: Reading,
    ) -> Result<Option<CountryCode>, WebError> {
        country(atlas, &self.country, reading).map_err(WebError::from)
    }
}

/// The network of a country, or of the region where `code` is `None`; `None` where the
/// atlas has no such country.
pub(crate) fn network_of(
    atlas: &opennrm_domain::atlas::Atlas,
    code: Option<&CountryCode>,
) -> Option<Network> {
    match code {
        None => Some(network::region_network(atlas)),
        Some(code) => atlas.country(code.as_str()).map(network::country_network),
    }
}

/// The cooperation network compared between two revisions: ties and actors added and
/// removed, densities, components, and the actors whose place changed notably
#[utoipa::path(
    get,
    path = "/api/v1/insight/network/compare",
    operation_id = "compareNetwork",
    tag = "insight",
    params(DiffParams, NetworkParams),
    security((), ("bearerToken" = []), ("sessionCookie" = [])),
    responses((status = 200, description = "What changed in the network", body = NetworkComparisonAnswer), NotFound, ReadErrors),
)]
pub async fn network_comparison(
    State(state): State<AppState>,
    Query(d): Query<DiffParams>,
    Query(p): Query<NetworkParams>,
) -> Result<Response, WebError> {
    let (from, to) = crate::atlas::history::bounds(&state, &d, Reading::Exact).await?;
    let old = state.services().atlas_at(Some(from)).await?;
    let new = state.services().atlas_at(Some(to)).await?;
    let code = p.read(&new.atlas, Reading::Exact)?;
    let now = network_of(&new.atlas, code.as_ref())
        .ok_or(WebError::NotFound("country with this code"))?;
    // A country the older revision lacks had no network then: everything is added.
    let base = network_of(&old.atlas, code.as_ref())
        .unwrap_or_else(|| network::Network::empty(code.clone()));
    Ok(Json(NetworkComparisonAnswer {
        from,
        to,
        comparison: network::compare(&base, &now),
    })
    .into_response())
}

/// The network compared between two revisions.
#[derive(Serialize, ToSchema)]
pub struct NetworkComparisonAnswer {
    from: i64,
    to: i64,
    #[serde(flatten)]
    comparison: network::NetworkComparison,
}
