//! The atlas's pages (capability 1): home, country, actor, search (every fact, or the
//! actor finder), about, the report.
//! Handlers take the current atlas view from the services, ask the domain's query
//! functions, and render an auto-escaping askama template.

use askama::Template;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use opennrm_domain::atlas::query::{self, ActorHit, ActorRelations, MechanismState};
use opennrm_domain::atlas::search::{
    MAX_QUERY_CHARS, MAX_QUERY_WORDS, QueryError, SearchEntry, SearchKind,
};
use opennrm_domain::atlas::{
    Actor, Cooperation, CountryAtlas, CountryCode, FactId, Finding, Limitation, Mandate, Mechanism,
    Recommendation, ReportFinding, Respondent, Source, attribution, vocabulary::*,
};
use opennrm_service::AtlasView;
use opennrm_store::Revision;

use super::history::{self, RevisionParam, Viewed};
use super::params::{BadParam, Problem, Reading, SearchParams};
use crate::caller::Caller;
use crate::error::WebError;
use crate::i18n::Ui;
use crate::pages::{Footer, render, render_cached};
use crate::state::AppState;

pub(crate) fn state_key(s: &MechanismState) -> &'static str {
    match s {
        MechanismState::Formal => "home-legend-formal",
        MechanismState::FunctionalEquivalent => "home-legend-functional-equivalent",
        MechanismState::Expired => "home-legend-expired",
        MechanismState::Absent => "home-legend-absent",
        MechanismState::NotRecorded => "home-legend-not-recorded",
    }
}

pub(crate) fn state_symbol(s: &MechanismState) -> &'static str {
    s.symbol()
}

pub struct HomeCountry {
    pub code: String,
    pub name: String,
    pub native_name: Option<String>,
    pub respondents: String,
    pub counts_line: String,
    pub mechanisms: Vec<(MechanismKind, MechanismState)>,
}

#[derive(Template)]
#[template(path = "home.html")]
struct HomePage<'a> {
    /// `?revision=N` on an older revision's page, for its links.
    rq: String,
    ui: &'a Ui,
    footer: Footer,
    countries: Vec<HomeCountry>,
    kinds: Vec<MechanismKind>,
    /// Every state, for the legend of the chips and the table.
    states: [MechanismState; 5],
}

impl HomePage<'_> {
    fn state_key(&self, s: &MechanismState) -> &'static str {
        state_key(s)
    }
    fn state_symbol(&self, s: &MechanismState) -> &'static str {
        state_symbol(s)
    }
}

fn respondents_line(ui: &Ui, c: &CountryAtlas) -> String {
    match c.participation.first() {
        Some(p) => match (p.invited, p.completed) {
            (Some(i), Some(n)) => ui.t2("home-respondents", "completed", n, "invited", i),
            (None, Some(n)) => ui.t1("home-respondents-completed", "completed", n),
            _ => String::new(),
        },
        None => String::new(),
    }
}

pub async fn home(State(state): State<AppState>, viewed: Viewed) -> Response {
    let snap = &viewed.view;
    render_cached(&state, snap.revision.id, "page:home", || {
        home_page(
            &state.ui,
            snap,
            viewed.footer(&state.ui),
            viewed.link_query(),
        )
    })
}

fn home_page(
    ui: &Ui,
    snap: &AtlasView,
    footer: Footer,
    rq: String,
) -> Result<String, askama::Error> {
    let countries = snap
        .atlas
        .countries
        .iter()
        .map(|c| {
            let n = query::counts(c);
            HomeCountry {
                code: c.country.code.to_string(),
                name: c.country.name.clone(),
                native_name: c.country.native_name.clone(),
                respondents: respondents_line(ui, c),
                counts_line: ui.ta(
                    "home-counts",
                    &[
                        ("actors", &n.actors),
                        ("mandates", &n.mandates),
                        ("ties", &n.cooperation),
                        ("mechanisms", &n.mechanisms),
                    ],
                ),
                mechanisms: query::mechanism_states(c),
            }
        })
        .collect();
    HomePage {
        ui,
        footer,
        rq,
        countries,
        kinds: MechanismKind::all().collect(),
        states: MechanismState::all(),
    }
    .render()
}

type SectorGroups<'a> = Vec<(Sector, Vec<&'a Actor>)>;

/// Names and links for the respondents a page's sources are attributed to ("said by"),
/// and the revision its links stay in.
pub struct Who {
    /// (respondent id, name as the report gives it)
    names: Vec<(FactId, String)>,
    /// `?revision=N` on pages of an older revision, else empty.
    pub rq: String,
}

impl Who {
    pub fn of<'a>(countries: impl IntoIterator<Item = &'a CountryAtlas>, rq: String) -> Who {
        Who {
            names: countries
                .into_iter()
                .flat_map(|c| &c.respondents)
                .map(|r| (r.id.clone(), r.name.clone()))
                .collect(),
            rq,
        }
    }
    pub fn name(&self, id: &FactId) -> String {
        self.names
            .iter()
            .find(|(r, _)| r == id)
            .map_or_else(|| id.to_string(), |(_, n)| n.clone())
    }
    /// The respondent's row on its country page.
    pub fn href(&self, id: &FactId) -> String {
        format!(
            "/countries/{}{}#{}",
            id.country_prefix().to_ascii_uppercase(),
            self.rq,
            id
        )
    }
    /// No other sources (for passages, which are not facts).
    pub fn none(&self) -> &'static [Source] {
        &[]
    }
}

#[derive(Template)]
#[template(path = "country.html")]
struct CountryPage<'a> {
    ui: &'a Ui,
    footer: Footer,
    c: &'a CountryAtlas,
    /// (governmental?, sectors) in the report's order: Governmental first.
    sides: Vec<(bool, SectorGroups<'a>)>,
    ties: Vec<(&'a Cooperation, &'a Actor, &'a Actor)>,
    mechanisms: Vec<(MechanismKind, Vec<&'a Mechanism>)>,
    by_status: Vec<(StudyStatus, Vec<&'a Actor>)>,
    who: Who,
    /// The cooperation network (insight), for its table beside the drawing.
    network: opennrm_domain::insight::network::Network,
}

impl CountryPage<'_> {
    /// The ambiguities (positions, from 1) that concern a fact, for its "contested" flag.
    fn flags(&self, reference: &str) -> Vec<usize> {
        self.c.contested(reference)
    }
    fn flags_mandate(&self, a: &Actor, m: &Mandate) -> Vec<usize> {
        self.c.contested(&attribution::mandate_ref(&a.id, m))
    }
    fn flags_tie(&self, t: &Cooperation) -> Vec<usize> {
        let [a, b] = attribution::tie_refs(t);
        let mut v = self.c.contested(&a);
        v.extend(self.c.contested(&b));
        v.sort_unstable();
        v.dedup();
        v
    }
    fn flags_limitation(&self, l: &Limitation) -> Vec<usize> {
        self.c.contested(&attribution::limitation_ref(l))
    }
    /// The most central actors of the network, for the table that gives the drawing's
    /// data as text.
    fn central(&self) -> Vec<&opennrm_domain::insight::network::NodeMetrics> {
        let mut nodes: Vec<_> = self.network.nodes.iter().collect();
        nodes.sort_by(|a, b| {
            b.betweenness
                .total_cmp(&a.betweenness)
                .then(b.degree.cmp(&a.degree))
                .then(a.name.cmp(&b.name))
        });
        nodes.truncate(12);
        nodes
    }
    fn network_alt(&self) -> String {
        self.ui.ta(
            "country-network-alt",
            &[
                ("country", &self.c.country.name),
                ("nodes", &self.network.nodes.len()),
                ("edges", &self.network.edges.len()),
            ],
        )
    }
    fn density_line(&self) -> String {
        let n = &self.network;
        self.ui.ta(
            "network-density",
            &[
                ("nodes", &n.nodes.len()),
                ("edges", &n.edges.len()),
                ("density", &format!("{:.3}", n.density)),
                ("gov_civil", &n.gov_civil_ties),
            ],
        )
    }
    fn fixed3(&self, x: &f64) -> String {
        format!("{x:.3}")
    }
    fn summary(&self) -> Vec<&Finding> {
        self.c
            .findings
            .iter()
            .filter(|f| f.part == FindingPart::ExecutiveSummary)
            .collect()
    }

    /// Bar length for a respondent count, as a class (the CSP forbids inline styles).
    fn bar_class(&self, n: &i64) -> String {
        format!("n{}", (*n).clamp(0, 12))
    }

    fn actor_name(&self, id: &FactId) -> String {
        self.c
            .actor(id)
            .map_or_else(|| id.to_string(), |a| a.name.clone())
    }

    fn mechanism_name(&self, id: &FactId) -> String {
        self.c
            .mechanisms
            .iter()
            .find(|m| &m.id == id)
            .map_or_else(|| id.to_string(), |m| m.name.clone())
    }
}

pub async fn country(
    State(state): State<AppState>,
    viewed: Viewed,
    Path(code): Path<String>,
) -> Result<Response, WebError> {
    let snap = &viewed.view;
    let c = super::country(snap, &code)?;
    let key = format!("page:country:{}", c.country.code);
    Ok(render_cached(&state, snap.revision.id, &key, || {
        country_page(&state.ui, viewed.footer(&state.ui), c, viewed.link_query())
    }))
}

fn country_page(
    ui: &Ui,
    footer: Footer,
    c: &CountryAtlas,
    rq: String,
) -> Result<String, askama::Error> {
    let groups = query::actors_by_sector(c);
    let (gov, non): (Vec<_>, Vec<_>) = groups.into_iter().partition(|(s, _)| s.is_governmental());
    let ties = c
        .cooperation
        .iter()
        .filter_map(|t| Some((t, c.actor(&t.from)?, c.actor(&t.to)?)))
        .collect();
    let mechanisms = MechanismKind::all()
        .map(|k| {
            (
                k,
                c.mechanisms
                    .iter()
                    .filter(|m| m.kind == k)
                    .collect::<Vec<_>>(),
            )
        })
        .filter(|(_, v)| !v.is_empty())
        .collect();
    let by_status = StudyStatus::all()
        .map(|s| {
            (
                s,
                c.actors
                    .iter()
                    .filter(|a| a.study_status == s)
                    .collect::<Vec<_>>(),
            )
        })
        .filter(|(_, v)| !v.is_empty())
        .collect();
    CountryPage {
        ui,
        footer,
        c,
        sides: vec![(true, gov), (false, non)],
        ties,
        mechanisms,
        by_status,
        who: Who::of([c], rq),
        network: opennrm_domain::insight::network::country_network(c),
    }
    .render()
}

#[derive(Template)]
#[template(path = "actor.html")]
struct ActorPage<'a> {
    ui: &'a Ui,
    footer: Footer,
    c: &'a CountryAtlas,
    a: &'a Actor,
    rel: ActorRelations<'a>,
    /// "Retired in revision N", for an actor the current atlas no longer lists.
    retired: Option<String>,
    who: Who,
}

impl ActorPage<'_> {
    /// The country page, where the ambiguities are, in the same revision.
    fn country_href(&self) -> String {
        format!("/countries/{}{}", self.c.country.code, self.who.rq)
    }
    fn flags_mandate(&self, m: &Mandate) -> Vec<usize> {
        self.c.contested(&attribution::mandate_ref(&self.a.id, m))
    }
    /// The questionnaires that answered for this actor.
    fn respondents(&self) -> Vec<&Respondent> {
        self.c
            .respondents
            .iter()
            .filter(|r| r.actors.contains(&self.a.id))
            .collect()
    }
}

/// An actor's page. A retired actor still resolves (a case or a referral may point at
/// it): it is shown as the last revision that held it, marked retired.
pub async fn actor(
    State(state): State<AppState>,
    Path(id): Path<String>,
    Query(p): Query<RevisionParam>,
    uri: axum::http::Uri,
) -> Result<Response, WebError> {
    let asked = p.revision(Reading::Form)?;
    let at = state.services().actor_at(&id, asked).await?;
    let snap = &at.view;
    let (c, a) = super::actor(snap, &id)?;
    let ui = &state.ui;
    let current = state.services().atlas().revision.id;
    let key = format!("page:actor:{}", a.id);
    Ok(render_cached(&state, snap.revision.id, &key, || {
        ActorPage {
            ui,
            // A retired actor is shown from an older revision without being asked for
            // one: its own notice says so, and "the current revision" has no such page.
            footer: if at.retired_in.is_some() && asked.is_none() {
                Footer::new(ui, &snap.revision)
            } else {
                Footer::at(ui, &snap.revision, current, uri.path().to_string())
            },
            c,
            a,
            rel: query::actor_relations(c, a),
            retired: at
                .retired_in
                .map(|r| ui.t2("actor-retired", "revision", r, "last", snap.revision.id)),
            who: Who::of([c], history::revision_query(snap.revision.id, current)),
        }
        .render()
    }))
}

/// One found text on the search page: the fact it belongs to, and its passage in pieces.
pub struct FactHit {
    pub title: String,
    pub href: String,
    pub kind: &'static str,
    pub field: &'static str,
    pub country: String,
    pub pieces: Vec<Piece>,
}

/// A piece of a passage; `marked` pieces are the matched words (`<mark>` in the template,
/// whose escaping covers the text).
pub struct Piece {
    pub text: String,
    pub marked: bool,
}

/// What a found text is about, in the reader's terms: the actor, mechanism or document,
/// else the country.
fn fact_title(atlas: &opennrm_domain::atlas::Atlas, e: &SearchEntry) -> String {
    let country = atlas.country(e.country.as_str());
    let named = country.and_then(|c| match e.kind {
        SearchKind::Actor | SearchKind::Mandate | SearchKind::Tie => c
            .actors
            .iter()
            .find(|a| a.id.as_str() == e.reference)
            .map(|a| a.name.clone()),
        SearchKind::Mechanism => c
            .mechanisms
            .iter()
            .find(|m| m.id.as_str() == e.reference)
            .map(|m| m.name.clone()),
        SearchKind::Document => c
            .documents
            .iter()
            .find(|d| d.id.as_str() == e.reference)
            .map(|d| d.title.clone()),
        SearchKind::Respondent => c
            .respondent(&e.reference)
            .map(|r| format!("{} ({})", r.name, c.country.name)),
        SearchKind::Recommendation => c
            .recommendations
            .iter()
            .find(|r| r.id.as_str() == e.reference)
            .map(|r| r.summary.clone()),
        _ => None,
    });
    named
        .or_else(|| country.map(|c| c.country.name.clone()))
        .unwrap_or_else(|| e.reference.clone())
}

#[derive(Template)]
#[template(path = "search.html")]
struct SearchPage<'a> {
    ui: &'a Ui,
    footer: Footer,
    error: Option<String>,
    q: String,
    /// The actor finder (names and filters over actors) rather than every fact.
    actors_mode: bool,
    sel_country: String,
    sel_sector: String,
    sel_capability: String,
    sel_status: String,
    sel_kind: String,
    country_options: Vec<(String, String)>,
    sectors: Vec<Sector>,
    capabilities: Vec<Capability>,
    statuses: Vec<StudyStatus>,
    kinds: Vec<SearchKind>,
    searched: bool,
    show_mandates: bool,
    hits: Vec<ActorHit<'a>>,
    facts: Vec<FactHit>,
    truncated: bool,
    who: Who,
    /// Documents that grant or regulate the capability searched for.
    governing: Vec<(&'a CountryAtlas, &'a opennrm_domain::atlas::Document)>,
}

/// The error line for a rejected parameter, naming the field as the form labels it.
fn bad_param_line(ui: &Ui, bad: &BadParam) -> String {
    // The text field is `q` in the address and "text" in the form's labels.
    let label = if bad.field == "q" { "text" } else { bad.field };
    let field = ui.t(&format!("search-{}", label.replace('_', "-")));
    match bad.problem {
        Problem::Unknown { .. } => ui.t2("search-invalid", "field", field, "value", &bad.value),
        Problem::TooLong { max } => ui.t2("search-too-long", "field", field, "max", max),
    }
}

/// The error line for refused search words.
fn query_error_line(ui: &Ui, e: &QueryError) -> String {
    let field = ui.t("search-text");
    match e {
        QueryError::TooLong => ui.t2("search-too-long", "field", field, "max", MAX_QUERY_CHARS),
        QueryError::TooManyWords => ui.t2(
            "search-too-many-words",
            "field",
            field,
            "max",
            MAX_QUERY_WORDS,
        ),
    }
}

/// `/search`: full-text search over every fact (the default), or the actor finder
/// (`what=actors`, or filters without words: "who determines victim status in Denmark?").
pub async fn search(
    State(state): State<AppState>,
    viewed: Viewed,
    Query(params): Query<SearchParams>,
) -> Response {
    let snap = &viewed.view;
    let ui = &state.ui;
    let actors_mode = params.wants_actors();
    let mut status = StatusCode::OK;
    let mut error = None;
    let (mut hits, mut facts, mut truncated, mut searched, mut show_mandates) =
        (Vec::new(), Vec::new(), false, false, false);
    let mut governing = Vec::new();
    if actors_mode {
        match params.actor_params().to_filter(&snap.atlas, Reading::Form) {
            Ok(f) => {
                searched = !f.is_empty();
                show_mandates = f.capability.is_some();
                if searched {
                    hits = query::find_actors(&snap.atlas, &f);
                }
                if let Some(cap) = f.capability {
                    governing = query::documents_governing(&snap.atlas, cap, f.country.as_ref());
                }
            }
            Err(bad) => {
                error = Some(bad_param_line(ui, &bad));
                status = StatusCode::BAD_REQUEST;
            }
        }
    } else {
        let parsed = params
            .words()
            .map_err(|e| query_error_line(ui, &e))
            .and_then(|w| {
                params
                    .to_filter(&snap.atlas, Reading::Form)
                    .map(|f| (w, f))
                    .map_err(|bad| bad_param_line(ui, &bad))
            });
        match parsed {
            Ok((words, filter)) => {
                searched = !words.is_empty();
                match state.services().search(snap, &words, &filter).await {
                    Ok(answer) => {
                        truncated = answer.truncated;
                        facts = answer
                            .hits
                            .into_iter()
                            .map(|h| FactHit {
                                title: fact_title(&snap.atlas, &h.entry),
                                href: h.entry.href_at(&viewed.link_query()),
                                kind: h.entry.kind.as_str(),
                                field: h.entry.field.as_str(),
                                country: snap.atlas.country(h.entry.country.as_str()).map_or_else(
                                    || h.entry.country.to_string(),
                                    |c| c.country.name.clone(),
                                ),
                                pieces: h
                                    .passage
                                    .pieces()
                                    .into_iter()
                                    .map(|(text, marked)| Piece { text, marked })
                                    .collect(),
                            })
                            .collect();
                    }
                    Err(e) => return WebError::from(e).into_response(),
                }
            }
            Err(line) => {
                error = Some(line);
                status = StatusCode::BAD_REQUEST;
            }
        }
    }
    let sel = |v: &Option<String>| v.clone().unwrap_or_default();
    let page = SearchPage {
        governing,
        who: Who::of(&snap.atlas.countries, viewed.link_query()),
        ui,
        footer: viewed.footer(ui),
        error,
        q: sel(&params.q),
        actors_mode,
        sel_country: sel(&params.country).to_ascii_uppercase(),
        sel_sector: sel(&params.sector),
        sel_capability: sel(&params.capability),
        sel_status: sel(&params.study_status),
        sel_kind: sel(&params.kind),
        country_options: snap
            .atlas
            .countries
            .iter()
            .map(|c| (c.country.code.to_string(), c.country.name.clone()))
            .collect(),
        sectors: Sector::all().collect(),
        capabilities: Capability::all().collect(),
        statuses: StudyStatus::all().collect(),
        kinds: SearchKind::all().collect(),
        searched,
        show_mandates,
        hits,
        facts,
        truncated,
    };
    render(&page, status)
}

#[derive(Template)]
#[template(path = "about.html")]
struct AboutPage<'a> {
    ui: &'a Ui,
    footer: Footer,
    revisions: Vec<Revision>,
}

pub async fn about(State(state): State<AppState>, Caller(who): Caller) -> Response {
    let snap = state.services().atlas();
    let ui = &state.ui;
    let revisions = match state.services().revisions(&who).await {
        Ok(r) => r,
        Err(e) => {
            tracing::error!(error = %e, "could not list revisions");
            vec![snap.revision.clone()]
        }
    };
    render(
        &AboutPage {
            ui,
            footer: Footer::new(ui, &snap.revision),
            revisions,
        },
        StatusCode::OK,
    )
}

/// Lines of the report shown around a cited line.
const REPORT_CONTEXT: u32 = 20;

#[derive(Template)]
#[template(path = "report.html")]
struct ReportPage<'a> {
    ui: &'a Ui,
    footer: Footer,
    title: &'static str,
    from: u32,
    to: u32,
    prev: u32,
    next: u32,
    total: u32,
    lines: Vec<(u32, &'static str, bool)>,
}

#[derive(Debug, Default, serde::Deserialize)]
pub struct ReportParams {
    pub line: Option<String>,
}

/// The report around one line, so a reader can check a quote in its context.
pub async fn report(State(state): State<AppState>, Query(p): Query<ReportParams>) -> Response {
    let snap = state.services().atlas();
    let ui = &state.ui;
    let all = opennrm_domain::report::lines();
    let total = u32::try_from(all.len()).unwrap_or(u32::MAX);
    let line = p
        .line
        .as_deref()
        .and_then(|l| l.trim().parse::<u32>().ok())
        .unwrap_or(1)
        .clamp(1, total.max(1));
    let from = line.saturating_sub(REPORT_CONTEXT).max(1);
    let to = (line + REPORT_CONTEXT).min(total);
    let lines = (from..=to)
        .map(|n| (n, all[(n - 1) as usize], n == line && p.line.is_some()))
        .collect();
    let page = ReportPage {
        ui,
        footer: Footer::new(ui, &snap.revision),
        title: opennrm_domain::report::REPORT_TITLE,
        from,
        to,
        prev: from.saturating_sub(REPORT_CONTEXT + 1).max(1),
        next: (to + REPORT_CONTEXT + 1).min(total),
        total,
        lines,
    };
    render(&page, StatusCode::OK)
}

/// Every country with its mechanisms of one kind, or `None` where it has none.
type MechanismRows<'a> = Vec<(&'a CountryAtlas, Option<&'a Mechanism>)>;

#[derive(Template)]
#[template(path = "mechanisms.html")]
struct MechanismsPage<'a> {
    ui: &'a Ui,
    footer: Footer,
    error: Option<String>,
    /// Per kind, every country of the atlas with its mechanisms of that kind, or `None`
    /// once where it has none (the absence is a finding too).
    groups: Vec<(MechanismKind, MechanismRows<'a>)>,
    kinds: Vec<MechanismKind>,
    statuses: Vec<MechanismStatus>,
    country_options: Vec<(String, String)>,
    sel_kind: String,
    sel_status: String,
    sel_country: String,
    revision: i64,
    who: Who,
}

impl MechanismsPage<'_> {
    fn country_href(&self, c: &CountryAtlas) -> String {
        format!("/countries/{}{}", c.country.code, self.who.rq)
    }
    fn actor_name(&self, c: &CountryAtlas, id: &FactId) -> String {
        c.actor(id)
            .map_or_else(|| id.to_string(), |a| a.name.clone())
    }
}

/// The cross-country mechanisms page: coordinator, rapporteur, MoU, action plan … in every
/// country, with holder, year, focus and sources; filtered like `/api/v1/mechanisms`.
pub async fn mechanisms(
    State(state): State<AppState>,
    viewed: Viewed,
    Query(p): Query<super::params::MechanismParams>,
) -> Response {
    let ui = &state.ui;
    let snap = &viewed.view;
    let (filter, error) = match p.to_filter(&snap.atlas, Reading::Form) {
        Ok(f) => (f, None),
        Err(bad) => (
            query::MechanismFilter::default(),
            Some(bad_param_line(ui, &bad)),
        ),
    };
    let groups = MechanismKind::all()
        .filter(|k| filter.kind.is_none_or(|f| f == *k))
        .map(|k| {
            let mut rows = Vec::new();
            for c in &snap.atlas.countries {
                if filter
                    .country
                    .as_ref()
                    .is_some_and(|f| *f != c.country.code)
                {
                    continue;
                }
                let of_kind: Vec<&Mechanism> =
                    c.mechanisms.iter().filter(|m| m.kind == k).collect();
                let shown: Vec<&Mechanism> = of_kind
                    .iter()
                    .copied()
                    .filter(|m| filter.status.is_none_or(|s| s == m.status))
                    .collect();
                if of_kind.is_empty() && filter.status.is_none() {
                    rows.push((c, None));
                }
                rows.extend(shown.into_iter().map(|m| (c, Some(m))));
            }
            (k, rows)
        })
        .filter(|(_, rows)| !rows.is_empty())
        .collect();
    let page = MechanismsPage {
        ui,
        footer: viewed.footer(ui),
        error,
        groups,
        kinds: MechanismKind::all().collect(),
        statuses: MechanismStatus::all().collect(),
        country_options: snap
            .atlas
            .countries
            .iter()
            .map(|c| (c.country.code.to_string(), c.country.name.clone()))
            .collect(),
        sel_kind: filter
            .kind
            .map(|k| k.as_str().to_string())
            .unwrap_or_default(),
        sel_status: filter
            .status
            .map(|k| k.as_str().to_string())
            .unwrap_or_default(),
        sel_country: filter.country.map(|c| c.to_string()).unwrap_or_default(),
        revision: snap.revision.id,
        who: Who::of(&snap.atlas.countries, viewed.link_query()),
    };
    render(&page, StatusCode::OK)
}

#[derive(Template)]
#[template(path = "study.html")]
struct StudyPage<'a> {
    ui: &'a Ui,
    footer: Footer,
    parts: Vec<(FindingPart, Vec<&'a ReportFinding>)>,
    /// Report-wide recommendations (no country), then each chapter's.
    recommendations: Vec<(&'a Recommendation, Option<&'a CountryAtlas>)>,
    atlas: &'a opennrm_domain::atlas::Atlas,
    who: Who,
}

impl StudyPage<'_> {
    fn country_name(&self, code: &CountryCode) -> String {
        self.atlas
            .country(code.as_str())
            .map_or_else(|| code.to_string(), |c| c.country.name.clone())
    }
}

/// The report beyond the chapters: executive summary, introduction, methodology, and
/// every recommendation of the report.
pub async fn study(State(state): State<AppState>, viewed: Viewed) -> Response {
    let ui = &state.ui;
    let snap = &viewed.view;
    let atlas = &snap.atlas;
    let parts = [
        FindingPart::ExecutiveSummary,
        FindingPart::Introduction,
        FindingPart::Methodology,
        FindingPart::Conclusions,
    ]
    .into_iter()
    .map(|p| {
        (
            p,
            atlas
                .report
                .findings
                .iter()
                .filter(|f| f.part == p)
                .collect::<Vec<_>>(),
        )
    })
    .filter(|(_, v)| !v.is_empty())
    .collect();
    let recommendations = atlas
        .report
        .recommendations
        .iter()
        .map(|r| (r, None))
        .chain(
            atlas
                .countries
                .iter()
                .flat_map(|c| c.recommendations.iter().map(move |r| (r, Some(c)))),
        )
        .collect();
    let key = "page:study";
    let page = || {
        StudyPage {
            ui,
            footer: viewed.footer(ui),
            parts,
            recommendations,
            atlas,
            who: Who::of(&atlas.countries, viewed.link_query()),
        }
        .render()
    };
    render_cached(&state, snap.revision.id, key, page)
}
