//! Insight pages: the comparative matrix (`/insight`).

use askama::Template;
use axum::extract::State;
use axum::response::Response;
use opennrm_domain::atlas::CountryAtlas;
use opennrm_domain::atlas::query::MechanismState;
use opennrm_domain::insight::matrix::{self, Matrix, PartnerRank};

use crate::atlas::history::Viewed;
use crate::i18n::Ui;
use crate::pages::{Footer, render_cached};
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
