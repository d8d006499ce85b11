//! The survey (issue 11), pages and API. `/survey` shows every country's wave 0 (the 2012
//! study, public) and, to the country's coordinator, the waves run through OpenNRM with
//! a form to start one; `/survey/waves/{id}` tracks a wave (figures, invitees, the
//! recruitment tree) and adds invitees and issues links, shown once on a printable page.
//! A respondent opens `/survey/r/{token}`: the token is exchanged for a handle kept in the
//! session and the browser is sent on to `/survey/respond`, so the token leaves the
//! address bar (and any Referer) at once; there they answer without an account, save and
//! come back, switch to the short form, decline, or nominate further contacts.
//! Every decision is the service layer's.

use std::collections::BTreeMap;

use askama::Template;
use axum::Json;
use axum::extract::rejection::JsonRejection;
use axum::extract::{Form, Path, Query, State};
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Redirect, Response};
use opennrm_domain::atlas::vocabulary::CooperationKind;
use opennrm_domain::atlas::vocabulary::{Capability, LimitationCategory, MechanismKind};
use opennrm_domain::survey::merge::ProposalFact;
use opennrm_domain::survey::{Answer, AnswerKind, Answers, FormKind};
use opennrm_service::survey::{
    InviteeView, IssuedLink, LinksFor, NewInvitee, NewWave, Nomination, ProposalGroup,
    ResponseStep, ReviewDecision, WaveDetail, WaveSummary,
};
use serde::{Deserialize, Serialize};
use tower_sessions::Session;

use crate::caller::Caller;
use crate::csrf;
use crate::error::WebError;
use crate::i18n::Ui;
use crate::limits::ClientAddr;
use crate::openapi::{NotFound, ReadErrors, WriteErrors};
use crate::pages::{Footer, render_private};
use crate::referral::api::{json_body, private};
use crate::referral::{check_fields, field};
use crate::session;
use crate::state::AppState;

/// A wave id as the service writes them (32 hex digits); anything else is not found.
fn wave_id(id: &str) -> Result<&str, WebError> {
    if id.len() == 32 && id.bytes().all(|b| b.is_ascii_hexdigit()) {
        Ok(id)
    } else {
        Err(WebError::NotFound("wave"))
    }
}

// ---------------------------------------------------------------- the coordinator's pages

#[derive(Template)]
#[template(path = "survey.html")]
struct SurveyPage<'a> {
    ui: &'a Ui,
    footer: Footer,
    csrf: String,
    waves: Vec<WaveSummary>,
    /// The caller runs surveys in this country.
    coordinator_of: Option<String>,
}

/// GET /survey
pub async fn page(
    State(state): State<AppState>,
    Caller(who): Caller,
    session: Session,
) -> Result<Response, WebError> {
    let s = state.services();
    let coordinator_of = s.may_run_surveys(&who).ok().map(|c| c.to_string());
    let waves = s.survey_waves(&who, None).await?;
    let csrf = match &coordinator_of {
        Some(_) => csrf::token(&session).await?,
        None => String::new(),
    };
    Ok(render_private(
        &SurveyPage {
            ui: &state.ui,
            footer: Footer::of(&state),
            csrf,
            waves,
            coordinator_of,
        },
        StatusCode::OK,
    ))
}

/// POST /survey/waves: start a wave.
pub async fn start(
    State(state): State<AppState>,
    Caller(who): Caller,
    Form(fields): Form<Vec<(String, String)>>,
) -> Result<Response, WebError> {
    state.services().may_run_surveys(&who)?;
    check_fields(&fields, "form")?;
    let days_open = match field(&fields, "days_open") {
        Some(d) => Some(
            d.trim()
                .parse::<u32>()
                .map_err(|_| WebError::invalid("days_open", "a whole number of days"))?,
        ),
        None => None,
    };
    let input = NewWave {
        label: field(&fields, "label").unwrap_or_default().to_string(),
        days_open,
    };
    let id = state.services().start_wave(&who, &input).await?;
    Ok(Redirect::to(&format!("/survey/waves/{id}")).into_response())
}

#[derive(Template)]
#[template(path = "survey_wave.html")]
struct WavePage<'a> {
    ui: &'a Ui,
    footer: Footer,
    csrf: String,
    w: WaveDetail,
    /// The recruitment tree, drawn on the server.
    tree: String,
    /// Atlas actors of the country not yet invited: (id, name).
    actors: Vec<(String, String)>,
}

impl WavePage<'_> {
    fn nominator(&self, i: &InviteeView) -> String {
        i.nominated_by.map(|p| format!("#{p}")).unwrap_or_default()
    }

    fn kinds(&self) -> Vec<&'static str> {
        CooperationKind::all()
            .map(CooperationKind::as_str)
            .collect()
    }

    /// The kind the review form offers first for a tie: the atlas's existing kind, or the
    /// proposed one.
    fn first_kind(&self, g: &ProposalGroup) -> String {
        g.existing
            .first()
            .cloned()
            .unwrap_or_else(|| opennrm_domain::survey::merge::PROPOSED_KIND.to_string())
    }

    /// A proposal's fact in words: the two ends of a tie, an actor's mandate, a mechanism.
    fn group_title(&self, g: &ProposalGroup) -> String {
        let actor = g.actor_name.as_deref().unwrap_or_default();
        match g.fact {
            ProposalFact::Tie => format!("{actor} — {}", g.target_name),
            ProposalFact::Mandate => {
                format!("{actor}: {}", self.ui.label("capability", &g.target))
            }
            ProposalFact::Mechanism => self.ui.label("mechanism", &g.target),
        }
    }

    /// The value a decision recorded (a kind of cooperation, a grade), in words.
    fn kind_label(&self, g: &ProposalGroup, value: &str) -> String {
        let vocabulary = match g.fact {
            ProposalFact::Mechanism => "mechanism_status",
            _ => "cooperation",
        };
        self.ui.label(vocabulary, value)
    }

    /// What the atlas holds now, in words.
    fn existing(&self, g: &ProposalGroup) -> String {
        if g.existing.is_empty() {
            return self.ui.t("survey-not-in-atlas");
        }
        let vocabulary = match g.fact {
            ProposalFact::Tie => "cooperation",
            ProposalFact::Mechanism => "mechanism_status",
            ProposalFact::Mandate => "survey-mandate",
        };
        g.existing
            .iter()
            .map(|k| self.ui.label(vocabulary, k))
            .collect::<Vec<_>>()
            .join(", ")
    }
}

/// The recruitment tree's nodes from a wave's invitees.
fn tree_of(w: &WaveDetail) -> Vec<opennrm_domain::survey::TreeNode> {
    let index: BTreeMap<i64, usize> = w
        .invitees
        .iter()
        .enumerate()
        .map(|(n, i)| (i.position, n))
        .collect();
    w.invitees
        .iter()
        .map(|i| opennrm_domain::survey::TreeNode {
            position: i.position,
            organisation: i.organisation.clone(),
            state: i.state.clone(),
            parent: i.nominated_by.and_then(|p| index.get(&p).copied()),
        })
        .collect()
}

/// GET /survey/waves/{id}
pub async fn wave(
    State(state): State<AppState>,
    Caller(who): Caller,
    session: Session,
    Path(id): Path<String>,
) -> Result<Response, WebError> {
    let s = state.services();
    s.may_run_surveys(&who)?;
    let w = s.wave_detail(&who, wave_id(&id)?).await?;
    let tree = opennrm_domain::survey::tree_svg(&tree_of(&w), &state.ui.t("survey-tree"));
    let view = s.atlas();
    let actors = view
        .atlas
        .country(&w.summary.country)
        .map(|c| {
            c.actors
                .iter()
                .filter(|a| {
                    !a.group
                        && !w
                            .invitees
                            .iter()
                            .any(|i| i.actor.as_deref() == Some(a.id.as_str()))
                })
                .map(|a| (a.id.to_string(), a.name.clone()))
                .collect()
        })
        .unwrap_or_default();
    let csrf = csrf::token(&session).await?;
    Ok(render_private(
        &WavePage {
            ui: &state.ui,
            footer: Footer::of(&state),
            csrf,
            tree,
            actors,
            w,
        },
        StatusCode::OK,
    ))
}

/// POST /survey/waves/{id}/invitees
pub async fn add_invitee(
    State(state): State<AppState>,
    Caller(who): Caller,
    Path(id): Path<String>,
    Form(fields): Form<Vec<(String, String)>>,
) -> Result<Response, WebError> {
    state.services().may_run_surveys(&who)?;
    let id = wave_id(&id)?;
    check_fields(&fields, "form")?;
    let own = |k: &str| field(&fields, k).map(str::to_string);
    let input = NewInvitee {
        actor: own("actor"),
        organisation: own("organisation"),
        contact: own("contact"),
        email: own("email"),
    };
    state.services().add_invitee(&who, id, &input).await?;
    Ok(Redirect::to(&format!("/survey/waves/{id}#invitees")).into_response())
}

/// POST /survey/waves/{id}/decisions: `invitee` (absent for a wave's count),
/// `question`, `target`, `kind` (ties) or `status` (mechanisms), and `decision` =
/// accept | reject.
pub async fn decide(
    State(state): State<AppState>,
    Caller(who): Caller,
    Path(id): Path<String>,
    Form(fields): Form<Vec<(String, String)>>,
) -> Result<Response, WebError> {
    state.services().may_run_surveys(&who)?;
    let id = wave_id(&id)?;
    check_fields(&fields, "form")?;
    let d = ReviewDecision {
        invitee: match field(&fields, "invitee").map(str::trim) {
            None | Some("") => None,
            Some(v) => Some(
                v.parse()
                    .map_err(|_| WebError::invalid("invitee", "the invitee's position"))?,
            ),
        },
        question: field(&fields, "question").unwrap_or_default().to_string(),
        target: field(&fields, "target").unwrap_or_default().to_string(),
        accept: match field(&fields, "decision") {
            Some("accept") => true,
            Some("reject") => false,
            _ => return Err(WebError::invalid("decision", "accept or reject")),
        },
        kind: crate::referral::parse(&fields, "kind")?,
        status: crate::referral::parse(&fields, "status")?,
    };
    state.services().decide(&who, id, &d).await?;
    Ok(Redirect::to(&format!("/survey/waves/{id}#review")).into_response())
}

#[derive(Template)]
#[template(path = "survey_links.html")]
struct LinksPage<'a> {
    ui: &'a Ui,
    footer: Footer,
    wave: String,
    base: String,
    links: Vec<IssuedLink>,
}

/// POST /survey/waves/{id}/links: issue links (all proposed invitees, or `invitee`'s
/// again) and show them once, to print or send.
pub async fn issue_links(
    State(state): State<AppState>,
    Caller(who): Caller,
    Path(id): Path<String>,
    Form(fields): Form<Vec<(String, String)>>,
) -> Result<Response, WebError> {
    state.services().may_run_surveys(&who)?;
    let id = wave_id(&id)?;
    check_fields(&fields, "form")?;
    let to = match (field(&fields, "invitee"), field(&fields, "remind")) {
        (Some(one), _) => LinksFor::One(one),
        (None, Some("1")) => LinksFor::Reminders,
        (None, _) => LinksFor::Proposed,
    };
    let links = state.services().issue_links(&who, id, to).await?;
    Ok(render_private(
        &LinksPage {
            ui: &state.ui,
            footer: Footer::of(&state),
            wave: id.to_string(),
            base: state.settings.public_origin.clone(),
            links,
        },
        StatusCode::OK,
    ))
}

fn download(body: String, content_type: &'static str, name: &str) -> Response {
    let mut r = (StatusCode::OK, body).into_response();
    let h = r.headers_mut();
    h.insert(header::CONTENT_TYPE, HeaderValue::from_static(content_type));
    h.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    if let Ok(v) = HeaderValue::from_str(&format!("attachment; filename=\"{name}\"")) {
        h.insert(header::CONTENT_DISPOSITION, v);
    }
    r
}

/// GET /survey/waves/{id}/{file}: `invitees.csv` (tracking, without contact details)
/// or `tree.graphml` (the recruitment tree).
pub async fn export(
    State(state): State<AppState>,
    Caller(who): Caller,
    Path((id, file)): Path<(String, String)>,
) -> Result<Response, WebError> {
    state.services().may_run_surveys(&who)?;
    let w = state.services().wave_detail(&who, wave_id(&id)?).await?;
    match file.as_str() {
        "invitees.csv" => {
            let mut out = csv::Writer::from_writer(Vec::new());
            let row = |out: &mut csv::Writer<Vec<u8>>, r: &[&str]| {
                out.write_record(r).map_err(|_| WebError::Internal)
            };
            row(
                &mut out,
                &[
                    "position",
                    "organisation",
                    "atlas_actor",
                    "sector",
                    "state",
                    "form",
                    "nominated_by",
                    "invited_at",
                    "completed_at",
                ],
            )?;
            for i in &w.invitees {
                let nominated = i.nominated_by.map(|p| p.to_string()).unwrap_or_default();
                row(
                    &mut out,
                    &[
                        &i.position.to_string(),
                        &i.organisation,
                        i.actor.as_deref().unwrap_or_default(),
                        i.sector.as_deref().unwrap_or_default(),
                        &i.state,
                        i.form.as_deref().unwrap_or_default(),
                        &nominated,
                        i.invited_at.as_deref().unwrap_or_default(),
                        i.completed_at.as_deref().unwrap_or_default(),
                    ],
                )?;
            }
            let bytes = out.into_inner().map_err(|_| WebError::Internal)?;
            Ok(download(
                String::from_utf8_lossy(&bytes).into_owned(),
                "text/csv; charset=utf-8",
                &format!("survey-{}-wave-{}.csv", w.summary.country, w.summary.number),
            ))
        }
        "tree.graphml" => Ok(download(
            opennrm_domain::survey::tree_graphml(&tree_of(&w)),
            "application/graphml+xml",
            &format!(
                "survey-{}-wave-{}.graphml",
                w.summary.country, w.summary.number
            ),
        )),
        _ => Err(WebError::NotFound("file")),
    }
}

// ---------------------------------------------------------------- the respondent's pages

/// GET /survey/r/{token}: the link in the invitation.
pub async fn open_link(
    State(state): State<AppState>,
    peer: ClientAddr,
    session: Session,
    Path(token): Path<String>,
) -> Result<Response, WebError> {
    if token.len() != 64 || !token.bytes().all(|b| b.is_ascii_hexdigit()) {
        // Counted like any wrong link, so malformed guesses cost the same.
        let _ = state.services().open_link("", &peer.0).await;
        return Err(WebError::NotFound("invitation"));
    }
    let handle = state.services().open_link(&token, &peer.0).await?;
    session.cycle_id().await.map_err(session::failed)?;
    session
        .insert(session::SURVEY, &handle)
        .await
        .map_err(session::failed)?;
    Ok(Redirect::to("/survey/respond").into_response())
}

async fn handle_of(session: &Session) -> Result<String, WebError> {
    session
        .get::<String>(session::SURVEY)
        .await
        .ok()
        .flatten()
        .ok_or(WebError::NotFound("invitation"))
}

/// One question as the form shows it.
struct QuestionView {
    id: String,
    part: String,
    text: String,
    kind: &'static str,
    value: String,
    /// (value, label, ticked, comment)
    options: Vec<(String, String, bool, String)>,
}

#[derive(Template)]
#[template(path = "survey_respond.html")]
struct RespondPage<'a> {
    ui: &'a Ui,
    footer: Footer,
    csrf: String,
    organisation: String,
    wave_label: String,
    country: String,
    closes_on: String,
    form: &'static str,
    form_title: String,
    questions: Vec<QuestionView>,
    nominations: Vec<(String, String)>,
    saved: bool,
}

fn options_for(ui: &Ui, kind: AnswerKind, actors: &[(String, String)]) -> Vec<(String, String)> {
    match kind {
        AnswerKind::Text => Vec::new(),
        AnswerKind::Capabilities => Capability::all()
            .map(|c| (c.as_str().to_string(), ui.label("capability", c.as_str())))
            .collect(),
        AnswerKind::Partners => actors.to_vec(),
        AnswerKind::Mechanisms => MechanismKind::all()
            .map(|c| (c.as_str().to_string(), ui.label("mechanism", c.as_str())))
            .collect(),
        AnswerKind::Limitations => LimitationCategory::all()
            .map(|c| (c.as_str().to_string(), ui.label("limitation", c.as_str())))
            .collect(),
    }
}

/// GET /survey/respond
pub async fn respond_page(
    State(state): State<AppState>,
    session: Session,
) -> Result<Response, WebError> {
    let handle = handle_of(&session).await?;
    let r = state.services().respondent(&handle).await?;
    let ui = &state.ui;
    let form = r.questionnaire.form(r.form).ok_or(WebError::Internal)?;
    let questions = form
        .questions
        .iter()
        .map(|q| {
            let a = r.answers.get(&q.id).cloned().unwrap_or_default();
            QuestionView {
                id: q.id.clone(),
                part: q.part.clone(),
                text: q.text.clone(),
                kind: q.answer.as_str(),
                value: a.text.clone().unwrap_or_default(),
                options: options_for(ui, q.answer, &r.actors)
                    .into_iter()
                    .map(|(v, l)| {
                        let ticked = a.choices.contains(&v);
                        let comment = a.comments.get(&v).cloned().unwrap_or_default();
                        (v, l, ticked, comment)
                    })
                    .collect(),
            }
        })
        .collect();
    let saved = r.state == "started";
    let csrf = csrf::token(&session).await?;
    Ok(render_private(
        &RespondPage {
            ui,
            footer: Footer::of(&state),
            csrf,
            organisation: r.organisation,
            wave_label: r.wave_label,
            country: r.country,
            closes_on: r.closes_at.get(..10).unwrap_or_default().to_string(),
            form: r.form.as_str(),
            form_title: form.title.clone(),
            questions,
            nominations: r.nominations,
            saved,
        },
        StatusCode::OK,
    ))
}

/// The answers of a posted form: `q.<id>.text`, `q.<id>.choice` (repeated) and
/// `q.<id>.comment.<choice>`.
fn answers_of(fields: &[(String, String)]) -> Answers {
    let mut out: Answers = BTreeMap::new();
    for (k, v) in fields {
        let Some(rest) = k.strip_prefix("q.") else {
            continue;
        };
        let Some((id, what)) = rest.split_once('.') else {
            continue;
        };
        let a: &mut Answer = out.entry(id.to_string()).or_default();
        match what {
            "text" => a.text = Some(v.clone()),
            "choice" => a.choices.push(v.clone()),
            c => {
                if let Some(choice) = c.strip_prefix("comment.")
                    && !v.trim().is_empty()
                {
                    a.comments.insert(choice.to_string(), v.clone());
                }
            }
        }
    }
    out
}

#[derive(Template)]
#[template(path = "survey_done.html")]
struct DonePage<'a> {
    ui: &'a Ui,
    footer: Footer,
    declined: bool,
}

/// POST /survey/respond: `step` = save | submit | decline | switch (to the other form).
pub async fn respond(
    State(state): State<AppState>,
    session: Session,
    Form(fields): Form<Vec<(String, String)>>,
) -> Result<Response, WebError> {
    let handle = handle_of(&session).await?;
    check_fields(&fields, "form")?;
    let form: FormKind = field(&fields, "form")
        .unwrap_or("full")
        .parse()
        .map_err(|_| WebError::invalid("form", "full or alternative"))?;
    let answers = answers_of(&fields);
    let s = state.services();
    let (step, form, answers) = match field(&fields, "step").unwrap_or("save") {
        "save" => (ResponseStep::Save, form, answers),
        "submit" => (ResponseStep::Submit, form, answers),
        "decline" => (ResponseStep::Decline, form, Answers::new()),
        "switch" => {
            let other = if form == FormKind::Full {
                FormKind::Alternative
            } else {
                FormKind::Full
            };
            (ResponseStep::Save, other, Answers::new())
        }
        _ => return Err(WebError::invalid("step", "save, submit, decline or switch")),
    };
    s.respond(&handle, form, &answers, step).await?;
    if step == ResponseStep::Save {
        return Ok(Redirect::to("/survey/respond").into_response());
    }
    let _ = session.remove::<String>(session::SURVEY).await;
    Ok(render_private(
        &DonePage {
            ui: &state.ui,
            footer: Footer::of(&state),
            declined: step == ResponseStep::Decline,
        },
        StatusCode::OK,
    ))
}

/// POST /survey/respond/nominations
pub async fn nominate(
    State(state): State<AppState>,
    session: Session,
    Form(fields): Form<Vec<(String, String)>>,
) -> Result<Response, WebError> {
    let handle = handle_of(&session).await?;
    check_fields(&fields, "form")?;
    let own = |k: &str| field(&fields, k).unwrap_or_default().to_string();
    let n = Nomination {
        name: own("name"),
        organisation: own("organisation"),
        email: field(&fields, "email").map(str::to_string),
        why: own("why"),
    };
    state.services().nominate(&handle, &n).await?;
    Ok(Redirect::to("/survey/respond#nominate").into_response())
}

// ---------------------------------------------------------------- API

/// Which country's waves.
#[derive(Deserialize, utoipa::IntoParams)]
#[into_params(parameter_in = Query)]
#[serde(deny_unknown_fields)]
pub struct WavesQuery {
    /// ISO 3166-1 alpha-2 code, e.g. DK; all eleven countries without it.
    #[param(value_type = Option<opennrm_domain::atlas::CountryCode>)]
    pub country: Option<String>,
}

/// Survey waves: every country's wave 0 (the 2012 study, from the atlas's respondents,
/// with the figures the report states), and for the country's coordinator the waves run
/// through OpenNRM.
#[utoipa::path(
    get,
    path = "/api/v1/survey/waves",
    operation_id = "listSurveyWaves",
    tag = "survey",
    params(WavesQuery),
    security((), ("bearerToken" = []), ("sessionCookie" = [])),
    responses((status = 200, description = "Waves by country and number", body = Vec<WaveSummary>), NotFound, ReadErrors),
)]
pub async fn api_waves(
    State(state): State<AppState>,
    Caller(who): Caller,
    Query(q): Query<WavesQuery>,
) -> Result<Response, WebError> {
    let waves = state
        .services()
        .survey_waves(&who, q.country.as_deref())
        .await?;
    Ok(private(StatusCode::OK, &waves))
}

/// A new wave's id.
#[derive(Serialize, utoipa::ToSchema)]
pub struct Started {
    pub id: String,
}

/// Starts a survey wave in the caller's country (the national coordinator).
#[utoipa::path(
    post,
    path = "/api/v1/survey/waves",
    operation_id = "startSurveyWave",
    tag = "survey",
    request_body = NewWave,
    security(("bearerToken" = []), ("sessionCookie" = [])),
    responses((status = 201, description = "The wave's id", body = Started), WriteErrors, ReadErrors),
)]
pub async fn api_start(
    State(state): State<AppState>,
    Caller(who): Caller,
    b: Result<Json<NewWave>, JsonRejection>,
) -> Result<Response, WebError> {
    state.services().may_run_surveys(&who)?;
    let input = json_body(b)?;
    let id = state.services().start_wave(&who, &input).await?;
    Ok(private(StatusCode::CREATED, &Started { id }))
}

/// One wave: its figures and invitees (with contact details), for the coordinator.
#[utoipa::path(
    get,
    path = "/api/v1/survey/waves/{id}",
    operation_id = "getSurveyWave",
    tag = "survey",
    params(("id" = String, Path, description = "The wave's id")),
    security(("bearerToken" = []), ("sessionCookie" = [])),
    responses((status = 200, description = "The wave", body = WaveDetail), NotFound, ReadErrors),
)]
pub async fn api_wave(
    State(state): State<AppState>,
    Caller(who): Caller,
    Path(id): Path<String>,
) -> Result<Response, WebError> {
    state.services().may_run_surveys(&who)?;
    let w = state.services().wave_detail(&who, wave_id(&id)?).await?;
    Ok(private(StatusCode::OK, &w))
}

/// The new invitee's id.
#[derive(Serialize, utoipa::ToSchema)]
pub struct Added {
    pub id: String,
}

/// Adds an invitee: an atlas actor of the wave's country, or a new organisation.
#[utoipa::path(
    post,
    path = "/api/v1/survey/waves/{id}/invitees",
    operation_id = "addSurveyInvitee",
    tag = "survey",
    params(("id" = String, Path, description = "The wave's id")),
    request_body = NewInvitee,
    security(("bearerToken" = []), ("sessionCookie" = [])),
    responses((status = 201, description = "The invitee's id", body = Added), NotFound, WriteErrors, ReadErrors),
)]
pub async fn api_add_invitee(
    State(state): State<AppState>,
    Caller(who): Caller,
    Path(id): Path<String>,
    b: Result<Json<NewInvitee>, JsonRejection>,
) -> Result<Response, WebError> {
    state.services().may_run_surveys(&who)?;
    let id = wave_id(&id)?;
    let input = json_body(b)?;
    let added = state.services().add_invitee(&who, id, &input).await?;
    Ok(private(StatusCode::CREATED, &Added { id: added }))
}

/// Which invitee's link to issue again.
#[derive(Deserialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
pub struct IssueLinks {
    /// One invitee (a lost link); every proposed invitee without it.
    #[serde(default)]
    pub invitee: Option<String>,
    /// Remind everyone invited who has not answered: each gets a new link (the old one
    /// stops working; saved answers stay). Not with `invitee`.
    #[serde(default)]
    pub remind: bool,
}

/// Issues links to every proposed invitee (or one again): each link is in this answer
/// only — the database keeps its hash.
#[utoipa::path(
    post,
    path = "/api/v1/survey/waves/{id}/links",
    operation_id = "issueSurveyLinks",
    tag = "survey",
    params(("id" = String, Path, description = "The wave's id")),
    request_body = IssueLinks,
    security(("bearerToken" = []), ("sessionCookie" = [])),
    responses((status = 200, description = "The links issued", body = Vec<IssuedLink>), NotFound, WriteErrors, ReadErrors),
)]
pub async fn api_issue_links(
    State(state): State<AppState>,
    Caller(who): Caller,
    Path(id): Path<String>,
    b: Result<Json<IssueLinks>, JsonRejection>,
) -> Result<Response, WebError> {
    state.services().may_run_surveys(&who)?;
    let id = wave_id(&id)?;
    let input = json_body(b)?;
    let to = match (input.invitee.as_deref(), input.remind) {
        (Some(_), true) => {
            return Err(WebError::invalid(
                "remind",
                "either one invitee or reminders to all",
            ));
        }
        (Some(one), false) => LinksFor::One(one),
        (None, true) => LinksFor::Reminders,
        (None, false) => LinksFor::Proposed,
    };
    let links = state.services().issue_links(&who, id, to).await?;
    Ok(private(StatusCode::OK, &links))
}

/// The atlas revision an acceptance made (none for a rejection).
#[derive(Serialize, utoipa::ToSchema)]
pub struct Decided {
    pub atlas_revision: Option<i64>,
}

/// Decides on a tie a response proposes: rejected, or accepted (with the kind of
/// cooperation; another kind than proposed is recorded as an edit) into a new atlas
/// revision whose tie cites the response.
#[utoipa::path(
    post,
    path = "/api/v1/survey/waves/{id}/decisions",
    operation_id = "decideSurveyProposal",
    tag = "survey",
    params(("id" = String, Path, description = "The wave's id")),
    request_body = ReviewDecision,
    security(("bearerToken" = []), ("sessionCookie" = [])),
    responses((status = 200, description = "Decided", body = Decided), NotFound, WriteErrors, ReadErrors),
)]
pub async fn api_decide(
    State(state): State<AppState>,
    Caller(who): Caller,
    Path(id): Path<String>,
    b: Result<Json<ReviewDecision>, JsonRejection>,
) -> Result<Response, WebError> {
    state.services().may_run_surveys(&who)?;
    let id = wave_id(&id)?;
    let d = json_body(b)?;
    let atlas_revision = state.services().decide(&who, id, &d).await?;
    Ok(private(StatusCode::OK, &Decided { atlas_revision }))
}
