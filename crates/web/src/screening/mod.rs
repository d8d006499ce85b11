//! Screening pages and API (capability 3): the form a labour inspector fills in on a
//! phone during an inspection, the result with its explanation and who can act, drafts,
//! and the JSON interface. The engine is `opennrm_domain::screening`; nothing is decided
//! here.

use std::collections::BTreeMap;

use askama::Template;
use axum::Json;
use axum::extract::rejection::JsonRejection;
use axum::extract::{Form, Path, Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use opennrm_domain::atlas::Atlas;
use opennrm_domain::screening::translation::translation;
use opennrm_domain::screening::{
    DimensionStatus, Explanation, Instrument, InstrumentId, Level, MissingStep, Population,
    Responder, ScreeningOutcome, ScreeningRequest, Version, default_rule_set,
};
use serde::{Deserialize, Serialize};

use tower_sessions::Session;

use crate::atlas::api::List;
use crate::caller::Caller;
use crate::csrf;
use crate::error::WebError;
use crate::i18n::Ui;
use crate::openapi::{NotFound, ReadErrors, WriteErrors};
use crate::pages::{Footer, message_page};
use crate::session as keys;
use crate::state::AppState;

/// Answers come from the form as `a:<indicator id>` = yes | no | unknown | "" (not asked).
pub(crate) const ANSWER_PREFIX: &str = "a:";

/// Renders a screening page: never cached anywhere (answers are sensitive in context).
fn html(status: StatusCode, t: &impl Template) -> Response {
    crate::pages::render_private(t, status)
}

// ---------------------------------------------------------------- start page

pub struct InstrumentChoice {
    pub id: String,
    pub title: String,
    pub version: String,
    pub populations: Vec<Population>,
    pub indicators: usize,
}

#[derive(Template)]
#[template(path = "screening_start.html")]
struct StartPage<'a> {
    ui: &'a Ui,
    footer: Footer,
    instruments: Vec<InstrumentChoice>,
    countries: Vec<(String, String)>,
    has_draft: bool,
    discarded: bool,
}

/// The instruments, the ILO/EC operational indicators first (the one the rules of
/// trafficking are written for), then the others by id.
fn instrument_choices() -> Vec<InstrumentChoice> {
    Instrument::embedded_all()
        .map(|mut all| {
            all.sort_by_key(|i| {
                (
                    i.id.as_str() != opennrm_domain::screening::ILO_EC_2009,
                    i.id.as_str().to_string(),
                )
            });
            all.into_iter()
                .map(|i| InstrumentChoice {
                    id: i.id.as_str().to_string(),
                    title: i.title.clone(),
                    version: i.version.to_string(),
                    populations: i.populations.clone(),
                    indicators: i.indicators.len(),
                })
                .collect()
        })
        .unwrap_or_default()
}

fn country_options(atlas: &Atlas) -> Vec<(String, String)> {
    atlas
        .countries
        .iter()
        .map(|c| (c.country.code.to_string(), c.country.name.clone()))
        .collect()
}

#[derive(Debug, Default, Deserialize)]
pub struct StartParams {
    pub discarded: Option<String>,
}

pub async fn start(
    State(state): State<AppState>,
    session: Session,
    Query(q): Query<StartParams>,
) -> Response {
    let snap = state.services().atlas();
    let ui = &state.ui;
    let page = StartPage {
        ui,
        footer: Footer::new(ui, &snap.revision),
        instruments: instrument_choices(),
        countries: country_options(&snap.atlas),
        has_draft: draft_id(&session).await.is_some(),
        discarded: q.discarded.is_some(),
    };
    html(StatusCode::OK, &page)
}

// ---------------------------------------------------------------- the form

pub struct FormIndicator {
    pub id: String,
    pub question: String,
    pub wording: String,
    pub guidance: Option<String>,
    pub strength: String,
    pub answer: String,
}

pub struct FormDimension {
    pub name: String,
    pub short: String,
    pub indicators: Vec<FormIndicator>,
}

#[derive(Template)]
#[template(path = "screening_form.html")]
struct FormPage<'a> {
    ui: &'a Ui,
    footer: Footer,
    instrument_id: String,
    instrument_title: String,
    instrument_version: String,
    guidance: String,
    /// Whether the questions shown are a translation, and if so whether reviewed.
    translation_reviewed: Option<bool>,
    population: String,
    country: String,
    countries: Vec<(String, String)>,
    dimensions: Vec<FormDimension>,
    csrf: String,
    /// This browser has a saved draft (offer to discard it).
    has_draft: bool,
    saved: bool,
    error: Option<String>,
    answered: usize,
    total: usize,
    /// The joint inspection this screening is made on (its reference), carried through
    /// to "Open a case" so the case opens from the inspection.
    inspection: Option<String>,
}

#[derive(Debug, Default, Deserialize)]
pub struct NewParams {
    pub instrument: Option<String>,
    pub population: Option<String>,
    pub country: Option<String>,
    /// The joint inspection the screening is made on.
    pub inspection: Option<String>,
}

/// A joint inspection's reference among a form's fields or a query, if well formed.
fn inspection_of(value: Option<&str>) -> Option<String> {
    value
        .filter(|r| opennrm_service::referral::is_inspection_reference(r))
        .map(str::to_string)
}

#[derive(Debug, Default, Deserialize)]
pub struct DraftParams {
    pub saved: Option<String>,
}

/// Builds the form for a request (empty answers for a new screening).
fn form_page<'a>(
    state: &'a AppState,
    csrf: String,
    req: &ScreeningRequest,
    has_draft: bool,
    saved: bool,
    error: Option<String>,
) -> Result<FormPage<'a>, String> {
    let snap = state.services().atlas();
    let p = req.prepare(&snap.atlas).map_err(|e| e.to_string())?;
    let ui = &state.ui;
    // The questions in the page's language where a translation is shipped; the ILO's
    // official wording stays English under each.
    let tr = translation(&ui.lang());
    let iid = p.instrument.id.as_str();
    let dimensions: Vec<FormDimension> = p
        .instrument
        .dimensions
        .iter()
        .map(|d| FormDimension {
            name: tr
                .and_then(|t| t.dimension(iid, d.id.as_str()))
                .map_or_else(|| d.name.clone(), |(n, _)| n.to_string()),
            // What to ask about is English data the translations do not carry: shown
            // only with the English questions.
            short: if tr.is_some() {
                String::new()
            } else {
                d.ask_about.clone()
            },
            indicators: p
                .instrument
                .indicators_of(d.id.as_str(), p.population)
                .map(|(i, listing)| {
                    let own = tr.and_then(|t| t.indicator(iid, i.id.as_str()));
                    FormIndicator {
                        id: i.id.as_str().to_string(),
                        question: own.map_or_else(|| i.question.clone(), |(q, _)| q.to_string()),
                        wording: i.wording.clone(),
                        guidance: own
                            .map_or_else(|| i.guidance.clone(), |(_, g)| g.map(str::to_string)),
                        strength: listing.strength.as_str().to_string(),
                        answer: req.answers.get(i.id.as_str()).cloned().unwrap_or_default(),
                    }
                })
                .collect(),
        })
        .filter(|d| !d.indicators.is_empty())
        .collect();
    let total = dimensions.iter().map(|d| d.indicators.len()).sum();
    let answered = dimensions
        .iter()
        .flat_map(|d| &d.indicators)
        .filter(|i| !i.answer.is_empty())
        .count();
    Ok(FormPage {
        ui,
        footer: Footer::new(ui, &snap.revision),
        instrument_id: p.instrument.id.as_str().to_string(),
        instrument_title: tr
            .and_then(|t| t.title(iid))
            .map_or_else(|| p.instrument.title.clone(), str::to_string),
        instrument_version: p.instrument.version.to_string(),
        guidance: tr
            .and_then(|t| t.guidance(iid))
            .map_or_else(|| p.instrument.guidance.clone(), str::to_string),
        translation_reviewed: tr.map(|t| t.reviewed),
        population: p.population.as_str().to_string(),
        country: p.country.map(|c| c.to_string()).unwrap_or_default(),
        countries: country_options(&snap.atlas),
        dimensions,
        csrf,
        has_draft,
        saved,
        error,
        answered,
        total,
        inspection: None,
    })
}

pub async fn new_form(
    State(state): State<AppState>,
    session: Session,
    Query(q): Query<NewParams>,
) -> Result<Response, WebError> {
    let req = ScreeningRequest {
        instrument: q.instrument,
        population: q.population,
        country: q.country,
        ..Default::default()
    };
    let token = csrf::token(&session).await?;
    let has_draft = draft_id(&session).await.is_some();
    Ok(
        match form_page(&state, token, &req, has_draft, false, None) {
            Ok(mut page) => {
                page.inspection = inspection_of(q.inspection.as_deref());
                html(StatusCode::OK, &page)
            }
            Err(message) => bad_request(&state, message),
        },
    )
}

/// This browser's draft: its server-issued id is kept in the session (never in a URL or
/// a cookie of its own), so it cannot leak through links, histories or access logs, and
/// one session holds at most one draft.
async fn draft_id(session: &Session) -> Option<String> {
    session.get::<String>(keys::DRAFT).await.ok().flatten()
}

/// GET /screening/draft: continue this browser's saved screening.
pub async fn draft(
    State(state): State<AppState>,
    Caller(who): Caller,
    session: Session,
    Query(q): Query<DraftParams>,
) -> Result<Response, WebError> {
    let found = match draft_id(&session).await {
        Some(id) => state.services().screening_draft(&who, &id).await?,
        None => None,
    };
    let Some(req) = found else {
        return Ok(message_page(
            &state,
            StatusCode::NOT_FOUND,
            "screening-no-draft-title",
            state.ui.t("screening-no-draft"),
        ));
    };
    let token = csrf::token(&session).await?;
    Ok(
        match form_page(&state, token, &req, true, q.saved.is_some(), None) {
            Ok(page) => html(StatusCode::OK, &page),
            Err(message) => bad_request(&state, message),
        },
    )
}

fn bad_request(state: &AppState, message: String) -> Response {
    message_page(
        state,
        StatusCode::BAD_REQUEST,
        "error-bad-request-title",
        message,
    )
}

// ---------------------------------------------------------------- submit: result or draft

/// The form's fields, as pairs so that any indicator id can come through.
pub(crate) fn request_from_form(
    fields: &[(String, String)],
) -> (ScreeningRequest, BTreeMap<&'static str, String>) {
    let mut req = ScreeningRequest::default();
    let mut meta = BTreeMap::new();
    for (k, v) in fields {
        if let Some(id) = k.strip_prefix(ANSWER_PREFIX) {
            if !v.is_empty() {
                req.answers.insert(id.to_string(), v.clone());
            }
            continue;
        }
        match k.as_str() {
            "instrument" => req.instrument = Some(v.clone()),
            "population" => req.population = Some(v.clone()),
            "country" => req.country = Some(v.clone()).filter(|c| !c.is_empty()),
            "action" => drop(meta.insert("action", v.clone())),
            _ => {}
        }
    }
    (req, meta)
}

/// POST /screening: the CSRF layer has checked origin and token before this runs.
pub async fn submit(
    State(state): State<AppState>,
    Caller(who): Caller,
    session: Session,
    Form(fields): Form<Vec<(String, String)>>,
) -> Result<Response, WebError> {
    if fields.len() > MAX_FIELDS {
        return Err(WebError::invalid(
            "answers",
            format!("at most {MAX_FIELDS} fields"),
        ));
    }
    let (req, meta) = request_from_form(&fields);
    let snap = state.services().atlas();
    match meta.get("action").map(String::as_str) {
        Some("draft") => return save_draft(&state, &who, &session, &req).await,
        Some("discard") => return discard_draft(&state, &who, &session).await,
        _ => {}
    }
    let token = csrf::token(&session).await?;
    Ok(match req.run(&snap.atlas) {
        Ok(outcome) => {
            let ui = &state.ui;
            let outcome = in_language(ui, outcome);
            let mut page = result_page(ui, &state, &snap.atlas, &req, &outcome, token);
            page.can_open_case =
                opennrm_domain::platform::require(&who, &opennrm_service::Action::OpenCase).is_ok();
            if let Some(r) = inspection_of(crate::referral::field(&fields, "inspection")) {
                page.hidden.push(("inspection".into(), r));
            }
            html(StatusCode::OK, &page)
        }
        Err(e) => {
            let has_draft = draft_id(&session).await.is_some();
            match form_page(&state, token, &req, has_draft, false, Some(e.to_string())) {
                Ok(mut page) => {
                    page.inspection = inspection_of(crate::referral::field(&fields, "inspection"));
                    html(StatusCode::BAD_REQUEST, &page)
                }
                Err(message) => bad_request(&state, message),
            }
        }
    })
}

/// More fields than any instrument has indicators (plus the form's own) is not a form
/// of ours.
const MAX_FIELDS: usize = 200;

/// Saves the answers as this session's draft (normalised by the service) and shows them
/// again.
async fn save_draft(
    state: &AppState,
    who: &opennrm_service::Identity,
    session: &Session,
    req: &ScreeningRequest,
) -> Result<Response, WebError> {
    let existing = draft_id(session).await;
    let id = match state
        .services()
        .save_screening_draft(who, existing.as_deref(), req)
        .await
    {
        Ok(id) => id,
        Err(opennrm_service::ServiceError::Invalid { message, .. }) => {
            return Ok(bad_request(state, message));
        }
        Err(e) => return Err(e.into()),
    };
    session
        .insert(keys::DRAFT, &id)
        .await
        .map_err(keys::failed)?;
    Ok(Redirect::to("/screening/draft?saved=1").into_response())
}

/// Deletes this session's draft.
async fn discard_draft(
    state: &AppState,
    who: &opennrm_service::Identity,
    session: &Session,
) -> Result<Response, WebError> {
    if let Some(id) = draft_id(session).await {
        state.services().discard_screening_draft(who, &id).await?;
        let _ = session.remove::<String>(keys::DRAFT).await;
    }
    Ok(Redirect::to("/screening?discarded=1").into_response())
}

// ---------------------------------------------------------------- the result page

/// Says one sentence of a result's explanation in the request's language, naming the
/// instrument and its dimensions as that language's translation of the instrument does.
pub fn say(ui: &Ui, instrument: &str, e: &Explanation) -> String {
    let mut args = e.args.clone();
    let tr = translation(&ui.lang());
    if let Some(id) = e.args.get("dimension_id")
        && let Some((name, _)) = tr.and_then(|t| t.dimension(instrument, id))
    {
        args.insert("dimension".into(), name.to_string());
    }
    if args.contains_key("instrument")
        && let Some(title) = tr.and_then(|t| t.title(instrument))
    {
        args.insert("instrument".into(), title.to_string());
    }
    ui.t_text(
        &format!("screening-why-{}", e.code.as_str()),
        &args,
        &["count", "yes"],
    )
}

impl ResultPage<'_> {
    /// A question still to ask, in the page's language where the instrument is translated.
    fn question(&self, a: &opennrm_domain::screening::Ask) -> String {
        let instrument = &self.outcome.result.instrument.id;
        translation(&self.ui.lang())
            .and_then(|t| t.indicator(instrument, a.id.as_str()))
            .map_or_else(|| a.question.clone(), |(q, _)| q.to_string())
    }
}

/// Says what a way to a higher level still needs: each part (the dimensions it names
/// in the language's translation, joined by its "or"), then the whole.
pub fn say_step(ui: &Ui, instrument: &str, step: &MissingStep) -> String {
    let tr = translation(&ui.lang());
    let parts: Vec<String> = step
        .parts
        .iter()
        .map(|p| {
            let mut p = p.clone();
            if let Some(t) = tr {
                let names: Vec<&str> = p
                    .args
                    .get("dimensions")
                    .map(|ids| {
                        ids.split(',')
                            .filter_map(|id| t.dimension(instrument, id).map(|(_, short)| short))
                            .collect()
                    })
                    .unwrap_or_default();
                if !names.is_empty() {
                    p.args
                        .insert("names".into(), names.join(&ui.t("screening-or")));
                }
            }
            say(ui, instrument, &p)
        })
        .collect();
    let mut whole = step.explained.clone();
    whole.args.insert("parts".into(), parts.join("; "));
    say(ui, instrument, &whole)
}

/// A result as the pages, the API and the CLI give it: the explanation's codes stay, and
/// its sentences, the conclusion, what is missing, the dimensions' names and the notice
/// are in the `ui`'s language (the request's).
pub fn in_language(ui: &Ui, mut outcome: ScreeningOutcome) -> ScreeningOutcome {
    let r = &mut outcome.result;
    if let Some(t) = translation(&ui.lang()) {
        for d in &mut r.dimensions {
            if let Some((name, _)) = t.dimension(&r.instrument.id, d.id.as_str()) {
                d.name = name.to_string();
            }
        }
    }
    r.reasoning = r
        .explanation
        .iter()
        .map(|e| say(ui, &r.instrument.id, e))
        .collect();
    r.conclusion = say(ui, &r.instrument.id, &r.conclusion_explained);
    let id = r.instrument.id.clone();
    for m in &mut r.missing {
        m.sentence = say_step(ui, &id, m);
    }
    r.notice = ui.t("screening-notice");
    outcome
}

pub struct ContinuumStep {
    pub level: Level,
    pub current: bool,
    pub reached: bool,
}

pub struct ResultDimension {
    pub name: String,
    pub status: DimensionStatus,
    pub met: Option<String>,
    pub yes: Vec<(String, String)>,
}

#[derive(Template)]
#[template(path = "screening_result.html")]
struct ResultPage<'a> {
    ui: &'a Ui,
    footer: Footer,
    outcome: &'a ScreeningOutcome,
    steps: Vec<ContinuumStep>,
    dimensions: Vec<ResultDimension>,
    country_name: String,
    responders: Vec<(String, Vec<&'a Responder>)>,
    hidden: Vec<(String, String)>,
    csrf: String,
    who: crate::atlas::pages::Who,
    /// The viewer may open a case from this result (a signed-in frontline officer).
    can_open_case: bool,
}

impl ResultPage<'_> {
    fn instrument_label(&self) -> String {
        let i = &self.outcome.result.instrument;
        format!("{} (version {})", i.title, i.version)
    }
    fn rules_label(&self) -> String {
        let r = &self.outcome.result.rule_set;
        format!("{} (version {})", r.title, r.version)
    }
}

fn result_page<'a>(
    ui: &'a Ui,
    state: &AppState,
    atlas: &Atlas,
    req: &ScreeningRequest,
    outcome: &'a ScreeningOutcome,
    csrf: String,
) -> ResultPage<'a> {
    let r = &outcome.result;
    let steps = Level::all()
        .map(|level| ContinuumStep {
            level,
            current: level == r.level,
            reached: level <= r.level,
        })
        .collect();
    let dimensions = r
        .dimensions
        .iter()
        .map(|d| ResultDimension {
            name: d.name.clone(),
            status: d.status,
            met: d.met.clone(),
            yes: d
                .yes
                .iter()
                .map(|i| (i.wording.clone(), i.strength.as_str().to_string()))
                .collect(),
        })
        .collect();
    let mut responders: Vec<(String, Vec<&Responder>)> = Vec::new();
    if let Some(w) = &outcome.who_acts {
        for resp in &w.responders {
            let cap = resp.capability.as_str().to_string();
            match responders.iter_mut().find(|(c, _)| *c == cap) {
                Some((_, v)) => v.push(resp),
                None => responders.push((cap, vec![resp])),
            }
        }
    }
    let country_name = outcome
        .country
        .as_ref()
        .and_then(|c| atlas.country(c.as_str()))
        .map(|c| c.country.name.clone())
        .unwrap_or_default();
    let mut hidden: Vec<(String, String)> = req
        .answers
        .iter()
        .map(|(k, v)| (format!("{ANSWER_PREFIX}{k}"), v.clone()))
        .collect();
    hidden.push(("instrument".into(), r.instrument.id.clone()));
    hidden.push(("population".into(), r.population.as_str().into()));
    if let Some(c) = &outcome.country {
        hidden.push(("country".into(), c.to_string()));
    }
    let snap = state.services().atlas();
    ResultPage {
        ui,
        footer: Footer::new(ui, &snap.revision),
        outcome,
        steps,
        dimensions,
        country_name,
        responders,
        hidden,
        csrf,
        who: crate::atlas::pages::Who::of(&atlas.countries, String::new()),
        can_open_case: false,
    }
}

// ---------------------------------------------------------------- JSON API

/// A shipped instrument, in short.
#[derive(Serialize, utoipa::ToSchema)]
pub struct InstrumentSummary {
    #[schema(value_type = InstrumentId)]
    id: String,
    #[schema(value_type = Version)]
    version: String,
    title: String,
    populations: Vec<Population>,
    /// How many indicators it has.
    indicators: usize,
    /// The rule set written for it, as id@version.
    #[schema(example = "ilo-ec-2009-delphi@1.0.0")]
    default_rule_set: Option<String>,
    /// This instrument in the API.
    href: String,
}

/// The screening instruments shipped with this server
///
/// The ILO/EC operational indicators of trafficking in human beings (2009) and the ILO
/// indicators of forced labour (2012).
#[utoipa::path(
    get,
    path = "/api/v1/screening/instruments",
    operation_id = "listInstruments",
    tag = "screening",
    security((), ("bearerToken" = []), ("sessionCookie" = [])),
    responses((status = 200, description = "Instruments", body = List<InstrumentSummary>), ReadErrors),
)]
pub async fn api_instruments() -> Result<Response, WebError> {
    let all = Instrument::embedded_all().map_err(|e| {
        tracing::error!(error = %e, "embedded instruments");
        WebError::Internal
    })?;
    let items: Vec<InstrumentSummary> = all
        .iter()
        .map(|i| InstrumentSummary {
            id: i.id.as_str().to_string(),
            version: i.version.to_string(),
            title: i.title.clone(),
            populations: i.populations.clone(),
            indicators: i.indicators.len(),
            default_rule_set: default_rule_set(i)
                .ok()
                .map(|r| format!("{}@{}", r.id.as_str(), r.version)),
            href: format!("/api/v1/screening/instruments/{}", i.id.as_str()),
        })
        .collect();
    Ok(Json(List::of(items)).into_response())
}

/// One screening instrument
///
/// Its dimensions and indicators, each with the official wording, a plain question and its
/// strength per population, its sources and the disagreements between them.
#[utoipa::path(
    get,
    path = "/api/v1/screening/instruments/{id}",
    operation_id = "getInstrument",
    tag = "screening",
    params(("id" = InstrumentId, Path, description = "Instrument id, e.g. ilo-ec-2009-thb-labour")),
    security((), ("bearerToken" = []), ("sessionCookie" = [])),
    responses((status = 200, description = "The instrument, in its highest version", body = Instrument), NotFound, ReadErrors),
)]
pub async fn api_instrument(Path(id): Path<String>) -> Result<Response, WebError> {
    let i = Instrument::embedded(&id)
        .map_err(|_| WebError::NotFound("screening instrument with this id"))?;
    Ok(Json(i).into_response())
}

/// The API takes each value as written: a padded or empty one is refused rather than
/// trimmed or taken as "the default", so it accepts exactly what the OpenAPI document
/// lists (leave a field out for its default). The form keeps its leniency.
pub(crate) fn exact_values(req: &ScreeningRequest) -> Result<(), WebError> {
    let fields = [
        ("instrument", &req.instrument),
        ("rule_set", &req.rule_set),
        ("population", &req.population),
        ("country", &req.country),
    ];
    let padded = |v: &str| v.is_empty() || v.trim() != v;
    for (field, value) in fields {
        if value.as_deref().is_some_and(padded) {
            return Err(WebError::invalid(
                field,
                "write the value without surrounding spaces, or leave the field out for its default",
            ));
        }
    }
    if let Some((id, _)) = req.answers.iter().find(|(_, v)| padded(v)) {
        return Err(WebError::invalid(
            "answers",
            format!("the answer for {id} must be yes, no or unknown"),
        ));
    }
    Ok(())
}

/// Screen a situation
///
/// The level on the exploitation continuum with its reasoning, each dimension, what is
/// missing and, with a country, who can act. Nothing is stored. Guidance for referral,
/// never a legal determination.
#[utoipa::path(
    post,
    path = "/api/v1/screenings",
    operation_id = "screen",
    tag = "screening",
    request_body = ScreeningRequest,
    security((), ("bearerToken" = []), ("sessionCookie" = [])),
    responses((status = 200, description = "The result", body = ScreeningOutcome), WriteErrors, ReadErrors),
)]
pub async fn api_screen(
    State(state): State<AppState>,
    body: Result<Json<ScreeningRequest>, JsonRejection>,
) -> Result<Response, WebError> {
    let req = crate::referral::api::json_body(body)?;
    exact_values(&req)?;
    let snap = state.services().atlas();
    let outcome = req
        .run(&snap.atlas)
        .map_err(|e| WebError::invalid(e.field, e.message))?;
    Ok(Json(in_language(&state.ui, outcome)).into_response())
}
