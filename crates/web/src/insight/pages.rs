//! Insight pages: the comparative matrix (`/insight`), the gap analysis
//! (`/insight/gaps`), the cooperation network of the region or of a country
//! (`/insight/network`) and its drawings. Each page compares the revision it shows with
//! an older one (`?from=N`, by default the 2013 baseline): what closed, what opened.

use std::sync::Arc;

use askama::Template;
use axum::extract::{Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use opennrm_domain::atlas::query::MechanismState;
use opennrm_domain::atlas::{Atlas, CountryAtlas};
use opennrm_domain::insight::gaps;
use opennrm_domain::insight::matrix::{self, Matrix, PartnerRank};
use opennrm_domain::insight::network::{self, Network, NetworkComparison, NodeMetrics};
use opennrm_domain::insight::svg;
use opennrm_domain::insight::svg::network::{NetworkDrawing, NodeSize};

use crate::atlas::history::{DiffParams, Viewed};
use crate::atlas::params::Reading;
use crate::error::WebError;
use crate::i18n::Ui;
use crate::pages::{Footer, render, render_cached};
use crate::state::AppState;
use opennrm_service::AtlasView;
use serde::Deserialize;

/// "Compare with revision": the `from` of a page's comparison form. The revision shown
/// (`?revision=N`, else the current one) is the newer end.
#[derive(Debug, Default, Deserialize)]
pub struct CompareParam {
    pub from: Option<String>,
}

/// The older revision a page compares the shown one with: `from` as the form gives it,
/// else the first revision whose facts are kept (the 2013 baseline) — read through
/// `history::bounds`, as the diff and the compare endpoints read it. `None` where that
/// is the shown revision itself.
async fn compared_with(
    state: &AppState,
    p: &CompareParam,
    shown: i64,
) -> Result<Option<(i64, Arc<AtlasView>)>, WebError> {
    let asked = p.from.as_deref().map(str::trim).filter(|s| !s.is_empty());
    // Nothing precedes revision 1: a one-revision install skips the revision list.
    if asked.is_none() && shown == 1 {
        return Ok(None);
    }
    let d = DiffParams {
        from: asked.map(str::to_owned),
        to: Some(shown.to_string()),
    };
    let (from, _) = crate::atlas::history::bounds(state, &d, Reading::Form).await?;
    if from == shown {
        return Ok(None);
    }
    let old = state.services().atlas_at(Some(from)).await?;
    Ok(Some((from, old)))
}

/// A comparison that could not be made becomes the page's message (and status); a
/// failure of the server stays an error, for an error page.
fn comparison_error(e: WebError) -> Result<(String, StatusCode), WebError> {
    let status = e.status();
    if status.is_server_error() {
        return Err(e);
    }
    Ok((e.to_string(), status))
}

#[derive(Template)]
#[template(path = "insight.html")]
struct MatrixPage<'a> {
    ui: &'a Ui,
    footer: Footer,
    m: Matrix,
    countries: Vec<&'a CountryAtlas>,
    partners: Vec<PartnerRank>,
    states: Vec<MechanismState>,
    /// `?revision=N` on an older revision's page, for its links.
    rq: String,
    /// The revision shown, and the current one (the form's bounds).
    shown: i64,
    current: i64,
    sel_from: String,
    /// Compared with an older revision: which cells changed.
    comparison: Option<(i64, Vec<matrix::CellChange>)>,
    error: Option<String>,
}

impl MatrixPage<'_> {
    fn symbol(&self, s: &MechanismState) -> &'static str {
        crate::atlas::pages::state_symbol(s)
    }
    fn state_label(&self, s: &MechanismState) -> String {
        self.ui.t(crate::atlas::pages::state_key(s))
    }
    /// Bar length for a respondent count, as a class (the CSP forbids inline styles).
    fn bar_class(&self, n: &i64) -> String {
        format!("n{}", (*n).clamp(0, 12))
    }
    /// A changed cell's row, as the matrix labels it.
    fn change_row(&self, c: &matrix::CellChange) -> String {
        let vocabulary = match c.table {
            matrix::MatrixTable::Mechanism => "mechanism",
            matrix::MatrixTable::Capability => "capability",
            matrix::MatrixTable::Sector => "sector",
            matrix::MatrixTable::Limitation => "limitation",
        };
        self.ui.label(vocabulary, &c.row)
    }
    fn change_table(&self, c: &matrix::CellChange) -> String {
        self.ui.t(match c.table {
            matrix::MatrixTable::Mechanism => "insight-mechanisms",
            matrix::MatrixTable::Capability => "insight-mandates",
            matrix::MatrixTable::Sector => "insight-sectors",
            matrix::MatrixTable::Limitation => "insight-limitations",
        })
    }
    /// One end of a changed cell in words: "Formal (labour)", "2 (CMM, DIS)".
    fn change_state(&self, c: &matrix::CellChange, s: &Option<matrix::CellState>) -> String {
        let Some(s) = s else {
            return self.ui.t("compare-not-in-revision");
        };
        let value = match (c.table, s.value.as_str()) {
            (matrix::MatrixTable::Mechanism, "not_recorded") => self.ui.t("compare-not-recorded"),
            (matrix::MatrixTable::Mechanism, v) => self.ui.label("mechanism_status", v),
            (matrix::MatrixTable::Sector, "seated") => self.ui.t("insight-sector-seated"),
            (matrix::MatrixTable::Sector, "left_out") => self.ui.t("insight-sector-left-out"),
            (matrix::MatrixTable::Sector, _) => self.ui.t("insight-sector-none"),
            (matrix::MatrixTable::Limitation, "stated") => self.ui.t("insight-limitation-stated"),
            (matrix::MatrixTable::Limitation, "not_stated") => "–".to_owned(),
            (_, v) => v.to_owned(),
        };
        if s.detail.is_empty() {
            return value;
        }
        let detail: Vec<String> = s
            .detail
            .iter()
            .map(|d| match c.table {
                matrix::MatrixTable::Mechanism => self.ui.label("focus-short", d),
                // Actor ids: their names where the shown revision still has them.
                _ => self
                    .countries
                    .iter()
                    .find_map(|country| country.actors.iter().find(|a| a.id.as_str() == d))
                    .map_or_else(
                        || d.clone(),
                        |a| a.acronym.clone().unwrap_or_else(|| a.name.clone()),
                    ),
            })
            .collect();
        format!("{value} ({})", detail.join(", "))
    }
    fn trend_class(&self, c: &matrix::CellChange) -> &'static str {
        match c.trend {
            matrix::Trend::Stronger => "stronger",
            matrix::Trend::Weaker => "weaker",
            matrix::Trend::Changed => "changed",
        }
    }
}

/// The comparative matrix: in one screen what the executive summary says in ten pages;
/// with `?from=N` (or on a revision after the baseline), the cells that changed since.
pub async fn matrix_page(
    State(state): State<AppState>,
    viewed: Viewed,
    Query(p): Query<CompareParam>,
) -> Response {
    let snap = &viewed.view;
    let ui = &state.ui;
    let (comparison, error, status) = match compared_with(&state, &p, snap.revision.id).await {
        Ok(c) => (c, None, StatusCode::OK),
        Err(e) => match comparison_error(e) {
            Ok((message, status)) => (None, Some(message), status),
            Err(e) => return e.into_response(),
        },
    };
    let page = |comparison: Option<(i64, Vec<matrix::CellChange>)>, error: Option<String>| {
        let mut partners = matrix::partner_ranking(&snap.atlas, None);
        partners.truncate(15);
        MatrixPage {
            ui,
            footer: viewed.footer(ui),
            m: matrix::matrix(&snap.atlas),
            countries: snap.atlas.countries.iter().collect(),
            partners,
            states: vec![
                MechanismState::Formal,
                MechanismState::FunctionalEquivalent,
                MechanismState::Expired,
                MechanismState::Absent,
                MechanismState::NotRecorded,
            ],
            rq: viewed.link_query(),
            shown: snap.revision.id,
            current: viewed.current,
            sel_from: p.from.clone().unwrap_or_default(),
            comparison,
            error,
        }
    };
    if let Some(e) = error {
        return render(&page(None, Some(e)), status);
    }
    let key = match &comparison {
        None => "page:insight".to_owned(),
        Some((b, _)) => format!("page:insight:since:{b}"),
    };
    render_cached(&state, snap.revision.id, &key, || {
        let changes = comparison.map(|(b, old)| {
            (
                b,
                matrix::compare(&matrix::matrix(&old.atlas), &matrix::matrix(&snap.atlas)),
            )
        });
        page(changes, None).render()
    })
}

/// The drawing of a country's cooperation network: its actors sized by betweenness (who
/// connects the others), coloured by sector.
pub(crate) fn network_svg(atlas: &Atlas, c: &CountryAtlas) -> String {
    let drawing = NetworkDrawing::from_network(
        format!("net-{}", c.country.code.as_str().to_ascii_lowercase()),
        format!("Cooperation network of {}", c.country.name),
        &network::country_network(c),
        atlas,
        NodeSize::Betweenness,
    );
    svg::network::network_svg(&drawing)
}

/// A country's challenges and limitations as a bar chart (the figure of its report).
pub(crate) fn limitations_svg(c: &CountryAtlas) -> String {
    svg::bar_chart_svg(&svg::BarChart::limitations_of(c))
}

/// The drawing of the region's cooperation network (`/insight/network.svg`): one panel
/// per country, as no tie crosses a border and some 260 tied actors in one picture read as a
/// cloud; within a panel actors are sized by betweenness, so each country's brokers
/// stand out and are named.
pub(crate) fn region_network_svg(atlas: &Atlas) -> String {
    let net = network::region_network(atlas);
    let drawing = NetworkDrawing::from_network(
        "net-region",
        "Cooperation network of the region, country by country",
        &net,
        atlas,
        NodeSize::Betweenness,
    );
    svg::network_panels_svg(&drawing, &svg::Panel::per_country(atlas, &net))
}

/// One country's line in the region page's table.
struct CountryNetworkRow {
    code: String,
    name: String,
    nodes: usize,
    edges: usize,
    untied: usize,
    density: f64,
    components: usize,
    communities: usize,
    /// Brokers as (id, name).
    brokers: Vec<(String, String)>,
    gov_civil_ties: usize,
    gov_civil_density: Option<f64>,
}

/// A community of the network with its members' names (the first few).
struct CommunityRow {
    size: usize,
    countries: String,
    members: Vec<(String, String)>,
}

#[derive(Template)]
#[template(path = "network.html")]
struct NetworkPage<'a> {
    ui: &'a Ui,
    footer: Footer,
    error: Option<String>,
    /// The country shown, `None` for the region.
    country: Option<&'a CountryAtlas>,
    net: Network,
    /// Region only: one row per country.
    per_country: Vec<CountryNetworkRow>,
    central: Vec<NodeMetrics>,
    connected: Vec<NodeMetrics>,
    communities: Vec<CommunityRow>,
    country_options: Vec<(String, String)>,
    sel_from: String,
    shown: i64,
    current: i64,
    comparison: Option<(i64, NetworkComparison)>,
    rq: String,
}

impl NetworkPage<'_> {
    fn fixed3(&self, x: &f64) -> String {
        format!("{x:.3}")
    }
    fn share(&self, x: &Option<f64>) -> String {
        x.map_or_else(|| "–".to_owned(), |x| format!("{x:.3}"))
    }
    /// Densities in a comparison: one digit more, so that a change shows.
    fn fixed4(&self, x: &f64) -> String {
        format!("{x:.4}")
    }
    fn share4(&self, x: &Option<f64>) -> String {
        x.map_or_else(|| "–".to_owned(), |x| format!("{x:.4}"))
    }
    fn actor_name(&self, id: &opennrm_domain::atlas::ActorId) -> String {
        self.net
            .nodes
            .iter()
            .find(|n| n.id == *id)
            .map_or_else(|| id.to_string(), |n| n.name.clone())
    }
    /// Where the page's files live: the region's, or the country's.
    fn files(&self) -> String {
        match self.country {
            None => "/insight/network".to_owned(),
            Some(c) => format!("/countries/{}/network", c.country.code),
        }
    }
    /// The drawing's width and height, so the page keeps its place while it loads.
    fn img_size(&self) -> (u32, u32) {
        match self.country {
            Some(_) => (900, 640),
            None => {
                let (w, h) = svg::panels_size(self.per_country.len());
                (w as u32, h as u32)
            }
        }
    }
    fn json(&self) -> String {
        match self.country {
            None => "/api/v1/insight/network".to_owned(),
            Some(c) => format!("/api/v1/countries/{}/network", c.country.code),
        }
    }
    fn scope_code(&self) -> String {
        self.country
            .map(|c| c.country.code.to_string())
            .unwrap_or_default()
    }
    fn heading(&self) -> String {
        match self.country {
            None => self.ui.t("network-region-title"),
            Some(c) => self
                .ui
                .t1("network-country-title", "country", &c.country.name),
        }
    }
    fn summary(&self) -> String {
        let n = &self.net;
        self.ui.ta(
            "network-summary",
            &[
                ("nodes", &n.nodes.len()),
                ("edges", &n.edges.len()),
                ("untied", &n.untied.len()),
                ("components", &n.components.len()),
                ("communities", &n.communities.len()),
                ("brokers", &n.brokers.len()),
                ("density", &format!("{:.3}", n.density)),
                ("gov_civil", &n.gov_civil_ties),
                ("gov_civil_density", &self.share(&n.gov_civil_density)),
            ],
        )
    }
    fn alt(&self) -> String {
        self.ui.ta(
            "network-alt",
            &[
                ("scope", &self.heading()),
                ("nodes", &self.net.nodes.len()),
                ("edges", &self.net.edges.len()),
            ],
        )
    }
    fn compare_counts(&self, c: &NetworkComparison) -> String {
        self.ui.ta(
            "network-compare-counts",
            &[
                ("ties_added", &c.ties_added.len()),
                ("ties_removed", &c.ties_removed.len()),
                ("actors_added", &c.actors_added.len()),
                ("actors_removed", &c.actors_removed.len()),
            ],
        )
    }
    fn tie_weight(&self, t: &network::TieChange) -> String {
        let kinds = |e: &network::Edge| {
            e.kinds
                .iter()
                .map(|k| self.ui.label("cooperation", k.as_str()))
                .collect::<Vec<_>>()
                .join(", ")
        };
        self.ui.ta(
            "network-tie-weight",
            &[
                ("from", &t.from.weight),
                ("to", &t.to.weight),
                ("kinds_from", &kinds(&t.from)),
                ("kinds_to", &kinds(&t.to)),
            ],
        )
    }
    fn signed(&self, x: &f64) -> String {
        format!("{x:+.3}")
    }
    fn measure_changed<T: PartialEq>(&self, m: &network::Measure<T>) -> bool {
        m.changed()
    }
}

/// How many actors the central and connected tables list.
const TOP_ACTORS: usize = 15;
/// How many communities the page lists, and members per community.
const TOP_COMMUNITIES: usize = 8;
const COMMUNITY_MEMBERS: usize = 8;

/// The cooperation network of the region (or of `?country=`): the drawing, the metrics
/// as tables, the files; with `?from=N` (or on a revision after the baseline) what
/// changed in the network since.
pub async fn network_page(
    State(state): State<AppState>,
    viewed: Viewed,
    Query(p): Query<super::api::NetworkParams>,
    Query(cmp): Query<CompareParam>,
) -> Response {
    let ui = &state.ui;
    let snap = &viewed.view;
    let atlas = &snap.atlas;
    let mut status = StatusCode::OK;
    let mut error = None;
    let code = match p.read(atlas, Reading::Form) {
        Ok(code) => code,
        Err(e) => {
            status = e.status();
            error = Some(e.to_string());
            None
        }
    };
    let mut comparison = None;
    if error.is_none() {
        match compared_with(&state, &cmp, snap.revision.id).await {
            Ok(c) => comparison = c,
            Err(e) => match comparison_error(e) {
                Ok((message, s)) => {
                    error = Some(message);
                    status = s;
                }
                Err(e) => return e.into_response(),
            },
        }
    }
    let country = code.as_ref().and_then(|c| atlas.country(c.as_str()));
    let page = |comparison: Option<(i64, Arc<AtlasView>)>, error: Option<String>| {
        let net = super::api::network_of(atlas, code.as_ref())
            .unwrap_or_else(|| Network::empty(code.clone()));
        // Each country's own network: the region page's rows, and the betweenness the
        // central table ranks by (in the region's network every path stays within a
        // country, so its values, normalised by the whole region, favour large countries).
        let country_nets: Vec<(&CountryAtlas, Network)> = if country.is_none() {
            atlas
                .countries
                .iter()
                .map(|c| (c, network::country_network(c)))
                .collect()
        } else {
            Vec::new()
        };
        let per_country = country_nets
            .iter()
            .map(|(c, n)| country_row(c, n))
            .collect();
        let comparison = comparison.map(|(b, old)| {
            let base = super::api::network_of(&old.atlas, code.as_ref())
                .unwrap_or_else(|| Network::empty(code.clone()));
            (b, network::compare(&base, &net))
        });
        let mut central: Vec<NodeMetrics> = if country_nets.is_empty() {
            net.nodes.clone()
        } else {
            country_nets
                .iter()
                .flat_map(|(_, n)| n.nodes.iter().cloned())
                .collect()
        };
        central.sort_by(|a, b| {
            b.betweenness
                .total_cmp(&a.betweenness)
                .then(b.degree.cmp(&a.degree))
                .then(a.name.cmp(&b.name))
        });
        central.truncate(TOP_ACTORS);
        let mut connected = net.nodes.clone();
        connected.sort_by(|a, b| {
            b.degree
                .cmp(&a.degree)
                .then(b.weighted_degree.cmp(&a.weighted_degree))
                .then(a.name.cmp(&b.name))
        });
        connected.truncate(TOP_ACTORS);
        let communities = net
            .communities
            .iter()
            .take(TOP_COMMUNITIES)
            .map(|ids| community_row(&net, ids))
            .collect();
        NetworkPage {
            ui,
            footer: viewed.footer(ui),
            error,
            country,
            net,
            per_country,
            central,
            connected,
            communities,
            country_options: atlas
                .countries
                .iter()
                .map(|c| (c.country.code.to_string(), c.country.name.clone()))
                .collect(),
            sel_from: cmp.from.clone().unwrap_or_default(),
            shown: snap.revision.id,
            current: viewed.current,
            comparison,
            rq: viewed.link_query(),
        }
    };
    if let Some(e) = error {
        return render(&page(None, Some(e)), status);
    }
    let key = format!(
        "page:network:{}:{}",
        code.as_ref().map_or("region", |c| c.as_str()),
        comparison.as_ref().map_or(0, |(b, _)| *b)
    );
    render_cached(&state, snap.revision.id, &key, || {
        page(comparison, None).render()
    })
}

fn country_row(c: &CountryAtlas, net: &Network) -> CountryNetworkRow {
    let name = |id: &opennrm_domain::atlas::ActorId| {
        net.nodes
            .iter()
            .find(|n| n.id == *id)
            .map_or_else(|| id.to_string(), |n| n.name.clone())
    };
    CountryNetworkRow {
        code: c.country.code.to_string(),
        name: c.country.name.clone(),
        nodes: net.nodes.len(),
        edges: net.edges.len(),
        untied: net.untied.len(),
        density: net.density,
        components: net.components.len(),
        communities: net.communities.len(),
        brokers: net
            .brokers
            .iter()
            .map(|id| (id.to_string(), name(id)))
            .collect(),
        gov_civil_ties: net.gov_civil_ties,
        gov_civil_density: net.gov_civil_density,
    }
}

fn community_row(net: &Network, ids: &[opennrm_domain::atlas::ActorId]) -> CommunityRow {
    let members: Vec<&NodeMetrics> = ids
        .iter()
        .filter_map(|id| net.nodes.iter().find(|n| n.id == *id))
        .collect();
    let mut countries: Vec<&str> = members.iter().map(|n| n.country.as_str()).collect();
    countries.sort_unstable();
    countries.dedup();
    // The best-connected members first: they say what the community is about.
    let mut named = members.clone();
    named.sort_by(|a, b| b.degree.cmp(&a.degree).then(a.name.cmp(&b.name)));
    CommunityRow {
        size: ids.len(),
        countries: countries.join(", "),
        members: named
            .into_iter()
            .take(COMMUNITY_MEMBERS)
            .map(|n| (n.id.to_string(), n.name.clone()))
            .collect(),
    }
}

#[derive(Template)]
#[template(path = "gaps.html")]
struct GapsPage<'a> {
    ui: &'a Ui,
    footer: Footer,
    error: Option<String>,
    /// Per country (atlas order), its findings.
    groups: Vec<(&'a CountryAtlas, Vec<gaps::Finding>)>,
    rules: &'static [gaps::Rule],
    country_options: Vec<(String, String)>,
    sel_country: String,
    sel_rule: String,
    /// Compared with an older revision (by default the 2013 baseline), when the page
    /// shows a later one.
    comparison: Option<(i64, gaps::Comparison)>,
    rq: String,
    sel_from: String,
    shown: i64,
    current: i64,
}

impl GapsPage<'_> {
    fn severity_class(&self, f: &gaps::Finding) -> &'static str {
        match f.severity {
            gaps::Severity::Gap => "gap",
            gaps::Severity::Unrecorded => "unrecorded",
            gaps::Severity::Information => "information",
        }
    }
    fn severity_key(&self, f: &gaps::Finding) -> &'static str {
        match f.severity {
            gaps::Severity::Gap => "gaps-severity-gap",
            gaps::Severity::Unrecorded => "gaps-severity-unrecorded",
            gaps::Severity::Information => "gaps-severity-information",
        }
    }
    fn rule_title(&self, id: &str) -> &'static str {
        self.rules
            .iter()
            .find(|r| r.id == id)
            .map_or("", |r| r.title)
    }
    fn country_name(&self, code: &opennrm_domain::atlas::CountryCode) -> String {
        self.groups
            .iter()
            .find(|(c, _)| c.country.code == *code)
            .map_or_else(|| code.to_string(), |(c, _)| c.country.name.clone())
    }
}

/// The gap analysis: every finding with its evidence and whom to involve; filtered by
/// country and rule; on a later revision, what closed and opened since the baseline.
pub async fn gaps_page(
    State(state): State<AppState>,
    viewed: Viewed,
    Query(p): Query<super::api::GapParams>,
    Query(cmp): Query<CompareParam>,
) -> Response {
    let ui = &state.ui;
    let snap = &viewed.view;
    let atlas = &snap.atlas;
    let (filter, error) = match p.read_form(atlas) {
        Ok(f) => (f, None),
        Err(message) => ((None, None), Some(message)),
    };
    let (code, rule) = filter;
    // Evaluated once: grouped for the page, and compared with the baseline below.
    let current = super::api::findings(atlas, code.as_ref(), rule);
    let groups = atlas
        .countries
        .iter()
        .map(|c| {
            let found: Vec<gaps::Finding> = current
                .iter()
                .filter(|f| f.country == c.country.code)
                .cloned()
                .collect();
            (c, found)
        })
        .filter(|(_, f)| !f.is_empty())
        .collect();
    let mut error = error;
    let mut status = if error.is_some() {
        StatusCode::BAD_REQUEST
    } else {
        StatusCode::OK
    };
    let mut comparison = None;
    match compared_with(&state, &cmp, snap.revision.id).await {
        Ok(Some((b, old))) => {
            comparison = Some((
                b,
                gaps::compare(
                    &super::api::findings(&old.atlas, code.as_ref(), rule),
                    &current,
                ),
            ));
        }
        Ok(None) => {}
        Err(e) => match comparison_error(e) {
            Ok((message, s)) => {
                error.get_or_insert(message);
                status = s;
            }
            Err(e) => return e.into_response(),
        },
    }
    let page = GapsPage {
        ui,
        footer: viewed.footer(ui),
        error,
        groups,
        rules: gaps::rules(),
        country_options: atlas
            .countries
            .iter()
            .map(|c| (c.country.code.to_string(), c.country.name.clone()))
            .collect(),
        sel_country: code.map(|c| c.to_string()).unwrap_or_default(),
        sel_rule: rule.unwrap_or_default().to_string(),
        comparison,
        rq: viewed.link_query(),
        sel_from: cmp.from.clone().unwrap_or_default(),
        shown: snap.revision.id,
        current: viewed.current,
    };
    render(&page, status)
}
