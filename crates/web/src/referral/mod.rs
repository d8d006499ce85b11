//! Referral pages (capability 4): the inbox and case lists, a new case (from a screening
//! result or empty), the case page (situation, persons, consent ledger, the pathway's
//! proposals, referrals with their steps, notes, who has seen what), and the public
//! pathway page ("to whom do I refer?"). Every decision is the service layer's; pages of
//! cases are private (`no-store`) and their URLs carry only the pseudonymous reference.

pub mod api;
pub mod inspection;

use askama::Template;
use axum::extract::{Form, Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use opennrm_domain::referral::{
    AgeGroup, ConsentMethod, ExploitationType, Gender, NationalityGroup, Outcome, Pathway,
    PathwayRule, Purpose, ResidenceStatus, Route, Transition, WorkSector,
};
use opennrm_service::referral::{
    CaseDetail, CaseSummary, InboxEntry, NewCaseInput, NewConsent, NewPerson, PersonProposals,
    ReferralPick, is_reference,
};
use tower_sessions::Session;

use crate::caller::Caller;
use crate::csrf;
use crate::error::WebError;
use crate::i18n::Ui;
use crate::pages::{Footer, render_private};
use crate::state::AppState;

/// Person rows the new-case form offers (the API takes up to the service's bound).
pub const FORM_PERSON_ROWS: usize = 4;
/// Fields a referral form may post (checkboxes of proposals and the rest).
const MAX_FIELDS: usize = 400;

pub(crate) fn actor_name(state: &AppState, id: &str) -> String {
    state
        .services()
        .atlas()
        .atlas
        .actor(id)
        .map(|(_, a)| a.name.clone())
        .unwrap_or_else(|| id.to_string())
}

// ---------------------------------------------------------------- lists

#[derive(Template)]
#[template(path = "cases.html")]
struct CasesPage<'a> {
    ui: &'a Ui,
    footer: Footer,
    cases: Vec<CaseSummary>,
    inbox: Vec<(InboxEntry, String, String)>,
    coordinator: bool,
    can_open: bool,
    notifications: Vec<opennrm_service::jobs::NotificationView>,
}

/// GET /cases: the caller's cases and inbox (a coordinator: the country's referrals).
pub async fn cases(
    State(state): State<AppState>,
    Caller(who): Caller,
) -> Result<Response, WebError> {
    let s = state.services();
    let inbox = s.inbox(&who).await?;
    let notifications = s.notifications(&who).await?;
    let p = who.principal().ok_or(WebError::Unauthenticated)?;
    let coordinator = p.has(opennrm_service::Role::NationalCoordinator);
    let can_open =
        opennrm_domain::platform::require(&who, &opennrm_service::Action::OpenCase).is_ok();
    let cases = if can_open {
        s.my_cases(&who).await?
    } else {
        Vec::new()
    };
    let inbox = inbox
        .into_iter()
        .map(|e| {
            let from = actor_name(&state, &e.from_org);
            let to = actor_name(&state, &e.to_org);
            (e, from, to)
        })
        .collect();
    Ok(render_private(
        &CasesPage {
            ui: &state.ui,
            footer: Footer::of(&state),
            cases,
            inbox,
            coordinator,
            can_open,
            notifications,
        },
        StatusCode::OK,
    ))
}

// ---------------------------------------------------------------- new case

#[derive(Template)]
#[template(path = "case_new.html")]
struct NewCasePage<'a> {
    ui: &'a Ui,
    footer: Footer,
    csrf: String,
    rows: Vec<usize>,
    screening: Vec<(String, String)>,
    level: Option<String>,
    /// The joint inspection the case opens from (its reference), carried as a field.
    inspection: Option<String>,
}

impl NewCasePage<'_> {
    fn exploitation(&self) -> Vec<&'static str> {
        ExploitationType::all().map(|v| v.as_str()).collect()
    }
    fn sectors(&self) -> Vec<&'static str> {
        WorkSector::all().map(|v| v.as_str()).collect()
    }
    fn residences(&self) -> Vec<&'static str> {
        ResidenceStatus::all().map(|v| v.as_str()).collect()
    }
    fn ages(&self) -> Vec<&'static str> {
        AgeGroup::all().map(|v| v.as_str()).collect()
    }
    fn genders(&self) -> Vec<&'static str> {
        Gender::all().map(|v| v.as_str()).collect()
    }
    fn nationality_groups(&self) -> Vec<&'static str> {
        NationalityGroup::all().map(|v| v.as_str()).collect()
    }
}

async fn new_case_page(
    state: &AppState,
    who: &opennrm_service::Identity,
    session: &Session,
    screening: Vec<(String, String)>,
    inspection: Option<String>,
) -> Result<Response, WebError> {
    opennrm_domain::platform::require(who, &opennrm_service::Action::OpenCase)
        .map_err(opennrm_service::ServiceError::from)?;
    let level = if screening.is_empty() {
        None
    } else {
        let (req, _) = crate::screening::request_from_form(&screening);
        let out = req
            .run(&state.services().atlas().atlas)
            .map_err(|e| WebError::invalid(e.field, e.message))?;
        Some(out.result.level.as_str().to_string())
    };
    let csrf = csrf::token(session).await?;
    Ok(render_private(
        &NewCasePage {
            ui: &state.ui,
            footer: Footer::of(state),
            csrf,
            rows: (1..=FORM_PERSON_ROWS).collect(),
            screening,
            level,
            inspection: inspection
                .filter(|r| opennrm_service::referral::is_inspection_reference(r)),
        },
        StatusCode::OK,
    ))
}

/// The new-case form's query: the joint inspection the case opens from.
#[derive(Debug, Default, serde::Deserialize)]
pub struct NewCaseQuery {
    pub inspection: Option<String>,
}

/// GET /cases/new: an empty case form (from a joint inspection with `?inspection=`).
pub async fn new_case(
    State(state): State<AppState>,
    Caller(who): Caller,
    session: Session,
    axum::extract::Query(q): axum::extract::Query<NewCaseQuery>,
) -> Result<Response, WebError> {
    new_case_page(&state, &who, &session, Vec::new(), q.inspection).await
}

/// POST /cases/new: the form, carrying a screening result's answers (from the result
/// page's "Open a case" button); nothing is stored yet.
pub async fn new_case_from_screening(
    State(state): State<AppState>,
    Caller(who): Caller,
    session: Session,
    Form(fields): Form<Vec<(String, String)>>,
) -> Result<Response, WebError> {
    state.services().may_work_on_cases(&who)?;
    check_fields(&fields, "answers")?;
    let screening = screening_fields(&fields);
    let inspection = field(&fields, "inspection").map(str::to_string);
    new_case_page(&state, &who, &session, screening, inspection).await
}

/// The screening request's own fields among a form's.
fn screening_fields(fields: &[(String, String)]) -> Vec<(String, String)> {
    fields
        .iter()
        .filter(|(k, _)| {
            k.starts_with(crate::screening::ANSWER_PREFIX)
                || matches!(k.as_str(), "instrument" | "population" | "country")
        })
        .cloned()
        .collect()
}

/// Refuses a form with more than `MAX_FIELDS` fields, naming `what` as the field at fault.
pub(crate) fn check_fields(
    fields: &[(String, String)],
    what: &'static str,
) -> Result<(), WebError> {
    if fields.len() > MAX_FIELDS {
        return Err(WebError::invalid(
            what,
            format!("at most {MAX_FIELDS} fields"),
        ));
    }
    Ok(())
}

pub(crate) fn field<'a>(fields: &'a [(String, String)], key: &str) -> Option<&'a str> {
    fields
        .iter()
        .find(|(k, _)| k == key)
        .map(|(_, v)| v.as_str())
        .filter(|v| !v.trim().is_empty())
}

pub(crate) fn parse<T: std::str::FromStr>(
    fields: &[(String, String)],
    key: &'static str,
) -> Result<Option<T>, WebError> {
    field(fields, key)
        .map(|v| {
            v.parse::<T>()
                .map_err(|_| WebError::invalid(key, "not one of the listed values"))
        })
        .transpose()
}

/// POST /cases: opens the case and shows it.
pub async fn create_case(
    State(state): State<AppState>,
    Caller(who): Caller,
    Form(fields): Form<Vec<(String, String)>>,
) -> Result<Response, WebError> {
    state.services().may_work_on_cases(&who)?;
    check_fields(&fields, "case")?;
    let mut persons = Vec::new();
    for i in 1..=FORM_PERSON_ROWS {
        let key = |k: &str| format!("p{i}_{k}");
        let Some(residence) = field(&fields, &key("residence")) else {
            continue;
        };
        let residence = residence
            .parse::<ResidenceStatus>()
            .map_err(|_| WebError::invalid("residence", "not one of the listed values"))?;
        // A person row's vocabulary field; left out, it is "unknown".
        let unknown_or = |name: &'static str| -> Result<&str, WebError> {
            Ok(field(&fields, &key(name)).unwrap_or("unknown"))
        };
        let listed = |name: &'static str| WebError::invalid(name, "not one of the listed values");
        let age: AgeGroup = unknown_or("age")?.parse().map_err(|_| listed("age"))?;
        let count = match field(&fields, &key("count")) {
            Some(c) => c
                .trim()
                .parse::<i64>()
                .map_err(|_| WebError::invalid("count", "a whole number"))?,
            None => 1,
        };
        let gender: Gender = unknown_or("gender")?
            .parse()
            .map_err(|_| listed("gender"))?;
        let nationality_group: NationalityGroup = unknown_or("nationality_group")?
            .parse()
            .map_err(|_| listed("nationality_group"))?;
        let text = |k: &str| field(&fields, &key(k)).map(str::to_string);
        persons.push(NewPerson {
            residence,
            age,
            count,
            gender,
            nationality_group,
            name: text("name"),
            birth_date: text("birth_date"),
            nationality: text("nationality"),
            contact: text("contact"),
        });
    }
    let screening_fields = screening_fields(&fields);
    let screening = (!screening_fields.is_empty())
        .then(|| crate::screening::request_from_form(&screening_fields).0);
    let input = NewCaseInput {
        exploitation: parse(&fields, "exploitation")?
            .ok_or_else(|| WebError::invalid("exploitation", "choose the form of exploitation"))?,
        work_sector: parse(&fields, "work_sector")?,
        region: field(&fields, "region").map(str::to_string),
        persons,
        screening,
        inspection: field(&fields, "inspection").map(str::to_string),
    };
    let reference = state.services().open_case(&who, &input).await?;
    Ok(Redirect::to(&format!("/cases/{reference}")).into_response())
}

// ---------------------------------------------------------------- the case page

/// A person of the case with the words the page shows.
struct PersonRow {
    id: String,
    position: i64,
    residence: String,
    age: String,
    count: i64,
    fields: Vec<(String, String)>,
    withheld: Vec<String>,
}

/// A line of the consent ledger, in words.
struct ConsentRow {
    id: String,
    person: i64,
    purpose: String,
    organisation: Option<String>,
    method: String,
    at: String,
    withdrawn: Option<String>,
}

struct ProposalRow {
    person_id: String,
    person: i64,
    rule_id: String,
    action: String,
    to: String,
    to_id: String,
    undefined: Option<String>,
    consent: Option<String>,
    consent_given: bool,
    because: String,
    quote: Option<String>,
    section: Option<String>,
    deadline: Option<String>,
}

struct ReferralRow {
    id: String,
    person: i64,
    action: String,
    from: String,
    to: String,
    state: String,
    message: Option<String>,
    deadline_at: Option<String>,
    events: Vec<(String, String, String, String)>,
    /// Steps this viewer may take now.
    steps: Vec<String>,
}

#[derive(Template)]
#[template(path = "case.html")]
struct CasePage<'a> {
    ui: &'a Ui,
    footer: Footer,
    csrf: String,
    case: CaseDetail,
    organisation: String,
    persons: Vec<PersonRow>,
    consents: Vec<ConsentRow>,
    proposals: Vec<ProposalRow>,
    referrals: Vec<ReferralRow>,
    seen_by: Vec<(String, String, String)>,
    country_actors: Vec<(String, String)>,
    /// The plan: (person, kind, provider name, state, last change).
    tasks: Vec<(i64, String, String, String, String)>,
    /// Who a task can be given to: every provider of any kind, (id, name, scope).
    providers: Vec<(String, String, String)>,
}

impl CasePage<'_> {
    fn kinds(&self) -> Vec<&'static str> {
        opennrm_domain::referral::assistance::AssistanceKind::all()
            .map(|v| v.as_str())
            .collect()
    }
    fn owner(&self) -> bool {
        self.case.view == "owner"
    }
    fn purposes(&self) -> Vec<&'static str> {
        Purpose::all().map(|v| v.as_str()).collect()
    }
    fn methods(&self) -> Vec<&'static str> {
        ConsentMethod::all().map(|v| v.as_str()).collect()
    }
    fn outcomes(&self) -> Vec<&'static str> {
        Outcome::all().map(|v| v.as_str()).collect()
    }
}

fn steps_for(
    view: &str,
    my_org: &str,
    r: &opennrm_service::referral::ReferralDetail,
) -> Vec<String> {
    use opennrm_domain::referral::lifecycle::{ReferralState, Side, allowed_steps};
    let Ok(state) = r.state.parse::<ReferralState>() else {
        return Vec::new();
    };
    let side = if r.to_org == my_org {
        Side::Receiver
    } else if view == "owner" && r.from_org == my_org {
        Side::Sender
    } else {
        return Vec::new();
    };
    allowed_steps(state, side)
        .into_iter()
        .map(str::to_string)
        .collect()
}

/// GET /cases/{reference}
pub async fn case(
    State(state): State<AppState>,
    Caller(who): Caller,
    session: Session,
    Path(reference): Path<String>,
) -> Result<Response, WebError> {
    let s = state.services();
    let case = s.case(&who, &reference).await?;
    let ui = &state.ui;
    let my_org = who
        .principal()
        .map(|p| p.organisation.to_string())
        .unwrap_or_default();
    let position = |pid: &str| {
        case.persons
            .iter()
            .find(|p| p.id == pid)
            .map(|p| p.position)
            .unwrap_or(0)
    };
    let persons = case
        .persons
        .iter()
        .map(|p| {
            let mut fields = Vec::new();
            for (k, v) in [
                ("case-name", &p.name),
                ("case-birth-date", &p.birth_date),
                ("case-nationality", &p.nationality),
                ("case-contact", &p.contact),
            ] {
                if let Some(v) = v {
                    fields.push((ui.t(k), v.clone()));
                }
            }
            PersonRow {
                id: p.id.clone(),
                position: p.position,
                residence: ui.label("residence", &p.residence),
                age: ui.label("age", &p.age_group),
                count: p.count,
                fields,
                withheld: p
                    .withheld
                    .iter()
                    .map(|f| ui.label("field", f.as_str()))
                    .collect(),
            }
        })
        .collect();
    let consents = case
        .consents
        .iter()
        .map(|c| ConsentRow {
            id: c.id.clone(),
            person: position(&c.person_id),
            purpose: ui.label("purpose", &c.purpose),
            organisation: c.organisation.as_deref().map(|o| actor_name(&state, o)),
            method: ui.label("method", &c.method),
            at: c
                .recorded_at
                .get(..16)
                .unwrap_or(&c.recorded_at)
                .replace('T', " "),
            withdrawn: c
                .withdrawn_at
                .as_ref()
                .map(|w| w.get(..16).unwrap_or(w).replace('T', " ")),
        })
        .collect();
    let mut proposals = Vec::new();
    if case.view == "owner" {
        let all: Vec<PersonProposals> = s.proposals(&who, &reference).await?;
        for pp in all {
            for p in pp.proposals {
                let (to_id, undefined) = match &p.target {
                    opennrm_domain::referral::RouteTarget::Actor { actor } => {
                        (actor.to_string(), None)
                    }
                    opennrm_domain::referral::RouteTarget::Coordinator { actor, undefined } => {
                        (actor.to_string(), Some(undefined.clone()))
                    }
                };
                proposals.push(ProposalRow {
                    person_id: pp.person_id.clone(),
                    person: pp.position,
                    rule_id: p.rule_id.clone(),
                    action: ui.label("action", p.action.as_str()),
                    to: actor_name(&state, &to_id),
                    to_id,
                    undefined,
                    consent: p.consent.map(|c| ui.label("purpose", c.as_str())),
                    consent_given: p.consent_given,
                    because: p.because.join("; "),
                    quote: p.source.as_ref().map(|s| s.quote.clone()),
                    section: p.source.as_ref().map(|s| s.section.clone()),
                    deadline: p.deadline.clone(),
                });
            }
        }
    }
    let referrals = case
        .referrals
        .iter()
        .map(|r| ReferralRow {
            id: r.id.clone(),
            person: position(&r.person_id),
            action: ui.label("action", &r.action),
            from: actor_name(&state, &r.from_org),
            to: actor_name(&state, &r.to_org),
            state: ui.label("state", &r.state),
            message: r.message.clone(),
            deadline_at: r
                .deadline_at
                .as_ref()
                .map(|d| d.get(..10).unwrap_or(d).to_string()),
            events: r
                .events
                .iter()
                .map(|e| {
                    let mut what = ui.label("step", &e.kind);
                    if let Some(o) = e.detail.get("outcome").and_then(|v| v.as_str()) {
                        what = format!("{what}: {}", ui.label("outcome", o));
                    }
                    if let Some(u) = e.detail.get("until").and_then(|v| v.as_str()) {
                        what = format!("{what} ({})", ui.t1("case-until", "date", u));
                    }
                    if let Some(p) = e.detail.get("purpose").and_then(|v| v.as_str()) {
                        what = format!("{what}: {}", ui.label("purpose", p));
                    }
                    (
                        e.at.get(..16).unwrap_or(&e.at).replace('T', " "),
                        actor_name(&state, &e.by_org),
                        what,
                        e.reason.clone().unwrap_or_default(),
                    )
                })
                .collect(),
            steps: steps_for(case.view, &my_org, r),
        })
        .collect();
    let seen_by = case
        .seen_by
        .iter()
        .map(|x| {
            let fields = x
                .what
                .get("fields")
                .and_then(|f| f.as_array())
                .map(|a| {
                    a.iter()
                        .filter_map(|v| v.as_str())
                        .map(|f| ui.label("field", f))
                        .collect::<Vec<_>>()
                        .join(", ")
                })
                .unwrap_or_default();
            (
                x.at.get(..16).unwrap_or(&x.at).replace('T', " "),
                x.name.clone().unwrap_or_else(|| x.who.clone()),
                fields,
            )
        })
        .collect();
    let country_actors = s
        .atlas()
        .atlas
        .country(&case.country)
        .map(|c| {
            c.actors
                .iter()
                .map(|a| (a.id.to_string(), a.name.clone()))
                .collect()
        })
        .unwrap_or_default();
    let tasks = case
        .tasks
        .iter()
        .map(|t| {
            (
                t.person,
                ui.label("assistance", &t.kind),
                actor_name(&state, &t.provider),
                ui.label("task-state", &t.state),
                t.updated_at.get(..16).unwrap_or_default().replace('T', " "),
            )
        })
        .collect();
    let mut providers: Vec<(String, String, String)> = Vec::new();
    if let Some(c) = s.atlas().atlas.country(&case.country) {
        for kind in opennrm_domain::referral::assistance::AssistanceKind::all() {
            for p in opennrm_domain::referral::assistance::providers(c, kind) {
                if !providers.iter().any(|(id, _, _)| *id == p.actor) {
                    providers.push((p.actor, p.name, p.scope.unwrap_or_default()));
                }
            }
        }
    }
    providers.sort_by(|a, b| a.1.cmp(&b.1));
    let csrf = csrf::token(&session).await?;
    let organisation = actor_name(&state, &case.organisation);
    Ok(render_private(
        &CasePage {
            ui,
            footer: Footer::of(&state),
            csrf,
            organisation,
            case,
            persons,
            consents,
            proposals,
            referrals,
            seen_by,
            country_actors,
            tasks,
            providers,
        },
        StatusCode::OK,
    ))
}

fn reference_of(reference: &str) -> Result<&str, WebError> {
    if is_reference(reference) {
        Ok(reference)
    } else {
        Err(WebError::NotFound("case"))
    }
}

fn back(reference: &str, anchor: &str) -> Response {
    Redirect::to(&format!("/cases/{reference}#{anchor}")).into_response()
}

/// POST /cases/{reference}/consents
pub async fn record_consent(
    State(state): State<AppState>,
    Caller(who): Caller,
    Path(reference): Path<String>,
    Form(fields): Form<Vec<(String, String)>>,
) -> Result<Response, WebError> {
    state.services().may_work_on_cases(&who)?;
    let reference = reference_of(&reference)?;
    let c = NewConsent {
        person_id: field(&fields, "person_id").unwrap_or_default().to_string(),
        purpose: parse(&fields, "purpose")?
            .ok_or_else(|| WebError::invalid("purpose", "choose a purpose"))?,
        organisation: field(&fields, "organisation").map(str::to_string),
        method: parse(&fields, "method")?
            .ok_or_else(|| WebError::invalid("method", "say how consent was given"))?,
    };
    state.services().record_consent(&who, reference, &c).await?;
    Ok(back(reference, "consent"))
}

/// POST /cases/{reference}/tasks: gives a task of the person's plan to a provider.
pub async fn assign_task(
    State(state): State<AppState>,
    Caller(who): Caller,
    Path(reference): Path<String>,
    Form(fields): Form<Vec<(String, String)>>,
) -> Result<Response, WebError> {
    state.services().may_work_on_cases(&who)?;
    let reference = reference_of(&reference)?;
    let t = opennrm_service::referral::NewTask {
        person_id: field(&fields, "person_id").unwrap_or_default().to_string(),
        kind: parse(&fields, "kind")?
            .ok_or_else(|| WebError::invalid("kind", "choose the assistance"))?,
        provider: field(&fields, "provider").unwrap_or_default().to_string(),
    };
    state.services().assign_task(&who, reference, &t).await?;
    Ok(back(reference, "plan"))
}

#[derive(Template)]
#[template(path = "tasks.html")]
struct TasksPage<'a> {
    ui: &'a Ui,
    footer: Footer,
    csrf: String,
    /// (task, organisation that gave it, steps allowed now)
    tasks: Vec<(
        opennrm_service::referral::ProviderTask,
        String,
        Vec<&'static str>,
    )>,
}

/// GET /tasks: the tasks given to the caller's organisation, with what each needs.
pub async fn tasks(
    State(state): State<AppState>,
    Caller(who): Caller,
    session: Session,
) -> Result<Response, WebError> {
    use opennrm_domain::referral::assistance::{TaskState, TaskStep, next_task_state};
    let tasks = state.services().my_tasks(&who).await?;
    let tasks = tasks
        .into_iter()
        .map(|t| {
            let steps = t
                .state
                .parse::<TaskState>()
                .map(|from| {
                    TaskStep::all()
                        .filter(|s| next_task_state(from, *s).is_ok())
                        .map(|s| s.as_str())
                        .collect()
                })
                .unwrap_or_default();
            let from = actor_name(&state, &t.from_organisation);
            (t, from, steps)
        })
        .collect();
    let csrf = csrf::token(&session).await?;
    Ok(render_private(
        &TasksPage {
            ui: &state.ui,
            footer: Footer::of(&state),
            csrf,
            tasks,
        },
        StatusCode::OK,
    ))
}

/// POST /tasks/{id}/transition
pub async fn move_task(
    State(state): State<AppState>,
    Caller(who): Caller,
    Path(id): Path<String>,
    Form(fields): Form<Vec<(String, String)>>,
) -> Result<Response, WebError> {
    state.services().may_work_on_cases(&who)?;
    let step = parse(&fields, "to")?.ok_or_else(|| WebError::invalid("to", "choose a step"))?;
    state.services().move_task(&who, &id, step).await?;
    Ok(Redirect::to("/tasks").into_response())
}

/// POST /cases/{reference}/consents/withdraw
pub async fn withdraw_consent(
    State(state): State<AppState>,
    Caller(who): Caller,
    Path(reference): Path<String>,
    Form(fields): Form<Vec<(String, String)>>,
) -> Result<Response, WebError> {
    state.services().may_work_on_cases(&who)?;
    let reference = reference_of(&reference)?;
    let id = field(&fields, "consent").ok_or(WebError::NotFound("consent"))?;
    state
        .services()
        .withdraw_consent(&who, reference, id)
        .await?;
    Ok(back(reference, "consent"))
}

/// POST /cases/{reference}/notes
pub async fn add_note(
    State(state): State<AppState>,
    Caller(who): Caller,
    Path(reference): Path<String>,
    Form(fields): Form<Vec<(String, String)>>,
) -> Result<Response, WebError> {
    state.services().may_work_on_cases(&who)?;
    let reference = reference_of(&reference)?;
    state
        .services()
        .add_note(&who, reference, field(&fields, "note").unwrap_or_default())
        .await?;
    Ok(back(reference, "notes"))
}

/// POST /cases/{reference}/referrals: sends the ticked proposals (`pick` = person:rule).
pub async fn send_referrals(
    State(state): State<AppState>,
    Caller(who): Caller,
    Path(reference): Path<String>,
    Form(fields): Form<Vec<(String, String)>>,
) -> Result<Response, WebError> {
    state.services().may_work_on_cases(&who)?;
    let reference = reference_of(&reference)?;
    check_fields(&fields, "referrals")?;
    let picks: Vec<ReferralPick> = fields
        .iter()
        .filter(|(k, _)| k == "pick")
        .filter_map(|(_, v)| {
            v.split_once(':').map(|(p, r)| ReferralPick {
                person_id: p.to_string(),
                rule_id: r.to_string(),
            })
        })
        .collect();
    if picks.is_empty() {
        return Err(WebError::invalid(
            "referrals",
            "tick at least one proposed referral",
        ));
    }
    state
        .services()
        .send_referrals(&who, reference, &picks, field(&fields, "message"))
        .await?;
    Ok(back(reference, "referrals"))
}

/// POST /referrals/{id}/transition: one step of a referral, back to its case.
pub async fn transition(
    State(state): State<AppState>,
    Caller(who): Caller,
    Path(id): Path<String>,
    Form(fields): Form<Vec<(String, String)>>,
) -> Result<Response, WebError> {
    state.services().may_work_on_cases(&who)?;
    let reference = reference_of(field(&fields, "reference").unwrap_or_default())?.to_string();
    let t = match field(&fields, "to").unwrap_or_default() {
        "acknowledge" => Transition::Acknowledge,
        "accept" => Transition::Accept,
        "decline" => Transition::Decline {
            reason: field(&fields, "reason").unwrap_or_default().to_string(),
        },
        "decide" => Transition::Decide {
            outcome: parse(&fields, "outcome")?
                .ok_or_else(|| WebError::invalid("outcome", "choose the outcome"))?,
            until: field(&fields, "until").map(str::to_string),
        },
        "close" => Transition::Close,
        _ => return Err(WebError::invalid("to", "not a step of a referral")),
    };
    state.services().transition(&who, &id, &t).await?;
    Ok(back(&reference, "referrals"))
}

// ---------------------------------------------------------------- the pathway page

struct RuleRow {
    n: usize,
    id: String,
    action: String,
    to: Option<(String, String)>,
    undefined: Option<String>,
    when: String,
    consent: String,
    deadline: Option<String>,
    note: Option<String>,
    section: Option<String>,
    quote: Option<String>,
    line: Option<u32>,
}

#[derive(Template)]
#[template(path = "pathway.html")]
struct PathwayPage<'a> {
    ui: &'a Ui,
    footer: Footer,
    country: String,
    code: String,
    coordinator: (String, String),
    coordinator_role: &'static str,
    coordinator_quote: String,
    svg: String,
    rules: Vec<RuleRow>,
    undefined: usize,
}

/// Conditions in words.
pub fn conditions_text(ui: &Ui, r: &PathwayRule) -> String {
    let w = &r.when;
    let mut parts = Vec::new();
    if !w.residence.is_empty() {
        parts.push(
            w.residence
                .iter()
                .map(|v| ui.label("residence", v.as_str()))
                .collect::<Vec<_>>()
                .join(", "),
        );
    }
    if !w.age.is_empty() {
        parts.push(
            w.age
                .iter()
                .map(|v| ui.label("age", v.as_str()))
                .collect::<Vec<_>>()
                .join(", "),
        );
    }
    if !w.exploitation.is_empty() {
        parts.push(
            w.exploitation
                .iter()
                .map(|v| ui.label("exploitation", v.as_str()))
                .collect::<Vec<_>>()
                .join(", "),
        );
    }
    if let Some(l) = w.level {
        parts.push(ui.t1("pathway-from-level", "level", l.label()));
    }
    if !w.from_sector.is_empty() {
        parts.push(
            ui.t1(
                "pathway-from-sector",
                "sectors",
                w.from_sector
                    .iter()
                    .map(|v| ui.label("sector", v.as_str()))
                    .collect::<Vec<_>>()
                    .join(", "),
            ),
        );
    }
    if !w.regions.is_empty() {
        parts.push(w.regions.join(", "));
    }
    if parts.is_empty() {
        ui.t("pathway-any-case")
    } else {
        parts.join("; ")
    }
}

/// GET /countries/{code}/pathway: the country's referral pathway, public.
pub async fn pathway_page(
    State(state): State<AppState>,
    Caller(who): Caller,
    Path(code): Path<String>,
) -> Result<Response, WebError> {
    let s = state.services();
    let p: &Pathway = s
        .pathway(&who, &code)
        .map_err(|_| WebError::NotFound("country"))?;
    let atlas = s.atlas();
    let country = atlas
        .atlas
        .country(p.country.as_str())
        .ok_or(WebError::NotFound("country"))?;
    let ui = &state.ui;
    let rules = p
        .rules
        .iter()
        .enumerate()
        .map(|(i, r)| {
            let (to, consent, source, undefined) = match &r.route {
                Route::To {
                    actor,
                    consent,
                    source,
                    ..
                } => (
                    Some((actor.to_string(), actor_name(&state, actor.as_str()))),
                    consent
                        .map(|c| ui.label("purpose", c.as_str()))
                        .unwrap_or_else(|| ui.t("pathway-no-consent")),
                    Some(source),
                    None,
                ),
                Route::Undefined { reason } => (None, String::new(), None, Some(reason.clone())),
            };
            RuleRow {
                n: i + 1,
                id: r.id.clone(),
                action: ui.label("action", r.action.as_str()),
                to,
                undefined,
                when: conditions_text(ui, r),
                consent,
                deadline: r
                    .deadline
                    .clone()
                    .or_else(|| r.deadline_days.map(|d| ui.t1("pathway-days", "days", d))),
                note: r.note.clone(),
                section: source.map(|s| s.section.clone()),
                quote: source.map(|s| s.quote.clone()),
                line: source.and_then(|s| s.line),
            }
        })
        .collect();
    let svg = opennrm_domain::referral::pathway_svg(p, country);
    let page = PathwayPage {
        ui,
        footer: Footer::of(&state),
        country: country.country.name.clone(),
        code: p.country.to_string(),
        coordinator: (
            p.coordinator.actor.to_string(),
            actor_name(&state, p.coordinator.actor.as_str()),
        ),
        coordinator_role: match p.coordinator.role {
            opennrm_domain::referral::CoordinatorRole::Formal => "formal",
            opennrm_domain::referral::CoordinatorRole::Closest => "closest",
        },
        coordinator_quote: p.coordinator.source.quote.clone(),
        svg,
        undefined: p.undefined().count(),
        rules,
    };
    Ok(crate::pages::render(&page, StatusCode::OK))
}
