//! Insight pages: the comparative matrix (`/insight`), the gap analysis
//! (`/insight/gaps`), and the drawing of a country's cooperation network.

use askama::Template;
use axum::extract::{Query, State};
use axum::http::StatusCode;
use axum::response::Response;
use opennrm_domain::atlas::query::MechanismState;
use opennrm_domain::atlas::{Atlas, CountryAtlas};
use opennrm_domain::insight::gaps;
use opennrm_domain::insight::matrix::{self, Matrix, PartnerRank};
use opennrm_domain::insight::network;
use opennrm_domain::insight::svg;
use opennrm_domain::insight::svg::network::{NetworkDrawing, NodeSize};

use crate::atlas::history::Viewed;
use crate::i18n::Ui;
use crate::pages::{Footer, render, render_cached};
use crate::state::AppState;

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
}

/// The comparative matrix: in one screen what the executive summary says in ten pages.
pub async fn matrix_page(State(state): State<AppState>, viewed: Viewed) -> Response {
    let snap = &viewed.view;
    let ui = &state.ui;
    render_cached(&state, snap.revision.id, "page:insight", || {
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
        }
        .render()
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
    /// Compared with the 2013 baseline, when the page shows a later revision.
    comparison: Option<(i64, gaps::Comparison)>,
    rq: String,
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
    crate::caller::Caller(who): crate::caller::Caller,
    viewed: Viewed,
    Query(p): Query<super::api::GapParams>,
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
    let baseline = state
        .services()
        .revisions(&who)
        .await
        .ok()
        .and_then(|rs| rs.into_iter().find(|r| r.facts_kept).map(|r| r.id))
        .filter(|b| *b != snap.revision.id);
    let mut comparison = None;
    if let Some(b) = baseline
        && let Ok(old) = state.services().atlas_at(Some(b)).await
    {
        comparison = Some((
            b,
            gaps::compare(
                &super::api::findings(&old.atlas, code.as_ref(), rule),
                &current,
            ),
        ));
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
    };
    render(
        &page,
        if page.error.is_some() {
            StatusCode::BAD_REQUEST
        } else {
            StatusCode::OK
        },
    )
}
