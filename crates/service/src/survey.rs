//! The survey's services (issue 11): the shipped questionnaires; the 2012 study as wave
//! 0, with its figures computed the way every later wave's are
//! (`domain::survey::tracking`) and the figures the report states beside them; and waves
//! run through OpenNRM — the country's coordinator starts one, adds invitees (atlas
//! actors or new contacts), issues single-use links; a respondent answers without an
//! account, saves and comes back, may take the short form or decline, and nominates
//! further contacts, who join the wave as proposed invitees linked to their nominator.

use opennrm_domain::atlas::ActorId;
use opennrm_domain::atlas::vocabulary::{
    Capability, CooperationKind, LimitationCategory, MechanismKind, MechanismStatus,
};
use opennrm_domain::atlas::{CountryAtlas, CountryCode, Source};
use opennrm_domain::platform::Action;
use opennrm_domain::survey::merge::{self, Proposal, ProposalFact};
use opennrm_domain::survey::{
    self, Answers, FormKind, InviteeState, Questionnaire, WaveFigures, WaveInvitee,
};
use opennrm_store::{CountDecisionRecord, DecisionRecord, InviteeRecord, Plan, WaveRecord};
use serde::{Deserialize, Serialize};

use crate::crypto;

use opennrm_domain::platform::{Identity, require};

use crate::{ServiceError, Services};

/// The questionnaire the 2012 study used, and every wave that has no other.
pub const STUDY_QUESTIONNAIRE: &str = "cbss-2012";

/// What the report itself says about participation in a country (`Participation` facts):
/// the report's figures, kept beside the computed ones because they differ at times.
#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct StatedFigures {
    pub invited: Option<i64>,
    pub completed: Option<i64>,
    pub note: Option<String>,
    pub source: Source,
}

/// One wave of one country, as the tracking pages and `opennrm survey waves` show it.
#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct WaveSummary {
    pub country: String,
    /// 0 for the 2012 study.
    pub number: u32,
    pub label: String,
    /// `id vN` of the questionnaire version the wave used.
    pub questionnaire: String,
    pub figures: WaveFigures,
    /// The report's kind of sentence, written from the figures.
    pub sentence: String,
    /// What the report states (wave 0 only).
    pub stated: Vec<StatedFigures>,
    /// The stored wave's id (none for wave 0).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
}

/// Bounds of a wave: one country's survey is tens of actors, not a census.
pub const MAX_INVITEES: usize = 500;
pub const MAX_NOMINATIONS_PER_RESPONDENT: usize = 20;
const MAX_NAME_CHARS: usize = 200;
const MAX_EMAIL_CHARS: usize = 254;
const MAX_WHY_CHARS: usize = 1000;
/// How long a wave's links work unless the coordinator says otherwise.
pub const DEFAULT_DAYS_OPEN: u32 = 30;

/// A new wave.
#[derive(Debug, Clone, Deserialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
pub struct NewWave {
    /// E.g. "2027 update".
    pub label: String,
    /// Days the links work (1–180; default 30).
    #[serde(default)]
    pub days_open: Option<u32>,
}

/// An invitee to add: an atlas actor of the wave's country, or a new organisation.
#[derive(Debug, Clone, Default, Deserialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
pub struct NewInvitee {
    #[serde(default)]
    pub actor: Option<String>,
    #[serde(default)]
    pub organisation: Option<String>,
    /// The person to write to (sealed).
    #[serde(default)]
    pub contact: Option<String>,
    #[serde(default)]
    pub email: Option<String>,
}

/// A contact a respondent nominates ("one respondent will lead you on to another").
#[derive(Debug, Clone, Default, Deserialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
pub struct Nomination {
    pub name: String,
    pub organisation: String,
    #[serde(default)]
    pub email: Option<String>,
    /// Why they are relevant.
    pub why: String,
}

/// One invitee as the coordinator sees it.
#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct InviteeView {
    pub id: String,
    pub position: i64,
    pub actor: Option<String>,
    pub organisation: String,
    pub sector: Option<String>,
    pub contact: Option<String>,
    pub email: Option<String>,
    /// The position of the invitee who nominated this one.
    pub nominated_by: Option<i64>,
    pub why: Option<String>,
    pub state: String,
    pub form: Option<String>,
    pub invited_at: Option<String>,
    pub completed_at: Option<String>,
    /// Reminders sent (links re-issued to an invitee who had not answered).
    pub reminders: i64,
}

/// A stored wave with its invitees (the coordinator's tracking page).
#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct WaveDetail {
    pub summary: WaveSummary,
    pub closes_at: String,
    /// Links still work.
    pub open: bool,
    pub invitees: Vec<InviteeView>,
    /// The changes completed answers propose, grouped by the fact they concern (several
    /// respondents can speak to one), with the review's decision on each.
    pub review: Vec<ProposalGroup>,
    /// How many completed answers name each of the eight limitation alternatives, as the
    /// report counts them ("Out of nine respondents, only one stated …"); each named one
    /// is a proposal to the atlas of its own.
    pub limitations: Vec<LimitationCount>,
    /// Respondents who completed the full form (the one asking about limitations).
    pub full_forms: usize,
}

/// One limitation alternative and how many respondents of the wave named it.
#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct LimitationCount {
    pub category: LimitationCategory,
    pub respondents: usize,
    /// `accepted` or `rejected` once reviewed, with the count decided on.
    pub decision: Option<String>,
    pub decided_respondents: Option<i64>,
    /// The atlas revision an acceptance made.
    pub revision: Option<i64>,
}

/// One respondent's proposed change, for review.
#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct ProposalView {
    /// The respondent's position in the wave.
    pub invitee: i64,
    /// The respondent's organisation.
    pub respondent: String,
    pub question: String,
    /// `accepted`, `edited` or `rejected` once reviewed.
    pub decision: Option<String>,
    /// The kind of cooperation (tie) or grade (mechanism) accepted.
    pub kind: Option<String>,
    /// The atlas revision an acceptance made.
    pub revision: Option<i64>,
}

/// The proposals about one fact, side by side: who names it, who answers the same
/// question without naming it, and whether they (or the decisions taken) disagree.
#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct ProposalGroup {
    /// The fact: `tie:<a>|<b>`, `mandate:<actor>:<capability>`, `mechanism:<kind>`.
    pub group: String,
    pub fact: ProposalFact,
    /// The partner (tie), capability (mandate) or mechanism kind (mechanism).
    pub target: String,
    pub target_name: String,
    /// The respondent's actor (ties and mandates).
    pub actor: Option<String>,
    pub actor_name: Option<String>,
    /// What the atlas holds now: kinds of cooperation (tie), `held`/`denied` (mandate),
    /// grades (mechanism).
    pub existing: Vec<String>,
    pub proposals: Vec<ProposalView>,
    /// The positions of respondents who answered the same question without naming it.
    pub against: Vec<i64>,
    /// Respondents disagree, or decisions do (accepted and rejected, or in different kinds).
    pub conflicting: bool,
}

/// The coordinator's decision on one proposal: a respondent's (with `invitee`) or a
/// wave's count (without: `question` = `limitations`, `target` the alternative).
#[derive(Debug, Clone, Deserialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
pub struct ReviewDecision {
    /// The respondent's position in the wave; absent for a wave's limitation count.
    #[serde(default)]
    pub invitee: Option<i64>,
    pub question: String,
    /// What the proposal names: the partner's atlas id (tie), the capability (mandate),
    /// the mechanism kind (mechanism) or the limitation alternative (count).
    #[serde(alias = "partner")]
    pub target: String,
    pub accept: bool,
    /// The kind of cooperation to record, for a tie; `other` as proposed when absent.
    #[serde(default)]
    pub kind: Option<CooperationKind>,
    /// The grade to record, for a mechanism: `formal` as proposed when absent, or
    /// `functional_equivalent`.
    #[serde(default)]
    pub status: Option<MechanismStatus>,
}

/// A link issued: shown once (the database keeps only its hash), to print or send.
#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct IssuedLink {
    pub position: i64,
    pub organisation: String,
    pub contact: Option<String>,
    /// The path to open, e.g. `/survey/r/<token>`.
    pub path: String,
    /// Sent to the invitee's e-mail address as well (an SMTP relay is configured and the
    /// invitee has an address).
    pub emailed: bool,
}

/// What a respondent sees: their own invitation and answers, nothing of anyone else's.
#[derive(Debug, Clone, Serialize)]
pub struct RespondentView {
    pub country: String,
    pub wave_label: String,
    pub organisation: String,
    pub closes_at: String,
    pub state: String,
    /// The form chosen (full until they choose the short one).
    pub form: FormKind,
    pub questionnaire: &'static Questionnaire,
    pub answers: Answers,
    /// The contacts they nominated: (name, organisation).
    pub nominations: Vec<(String, String)>,
    /// The country's atlas actors a partner answer can tick: (id, name).
    pub actors: Vec<(String, String)>,
}

/// Whom links are issued to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LinksFor<'a> {
    /// Every proposed invitee (not yet invited).
    Proposed,
    /// One invitee again, by id.
    One(&'a str),
    /// Everyone invited who has not completed or declined: a reminder with a new link.
    Reminders,
}

/// What a respondent does with the form.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ResponseStep {
    /// Keep the answers; the link keeps working.
    Save,
    /// Hand in the answers; the link stops working.
    Submit,
    /// Decline to take part; the link stops working.
    Decline,
}

fn bounded_text(
    field: &'static str,
    v: Option<&str>,
    max: usize,
) -> Result<Option<String>, ServiceError> {
    let v = v.map(str::trim).filter(|v| !v.is_empty());
    if let Some(v) = v
        && (v.chars().count() > max || v.chars().any(char::is_control))
    {
        return Err(ServiceError::invalid(
            field,
            format!("at most {max} characters, on one line"),
        ));
    }
    Ok(v.map(str::to_string))
}

fn email_of(v: Option<&str>) -> Result<Option<String>, ServiceError> {
    let e = bounded_text("email", v, MAX_EMAIL_CHARS)?;
    if let Some(e) = &e
        && (e.contains(char::is_whitespace)
            || e.split_once('@')
                .is_none_or(|(a, b)| a.is_empty() || !b.contains('.')))
    {
        return Err(ServiceError::invalid(
            "email",
            "an e-mail address, name@example.org",
        ));
    }
    Ok(e)
}

const INVITEE: &str = "survey_invitee";

impl Services {
    /// The shipped questionnaires (public: the study's questions are no secret).
    pub fn questionnaires(&self, who: &Identity) -> Result<&'static [Questionnaire], ServiceError> {
        require(who, &Action::ReadPublic)?;
        survey::embedded_questionnaires()
            .map_err(|e| ServiceError::Internal(format!("the shipped questionnaires: {e}")))
    }

    /// The latest version of the study's questionnaire (new waves use it).
    fn study_questionnaire(&self) -> Result<&'static Questionnaire, ServiceError> {
        survey::embedded_questionnaires()
            .map_err(|e| ServiceError::Internal(format!("the shipped questionnaires: {e}")))?
            .iter()
            .filter(|q| q.id == STUDY_QUESTIONNAIRE)
            .max_by_key(|q| q.version)
            .ok_or_else(|| {
                ServiceError::Internal("the study's questionnaire is not shipped".into())
            })
    }

    fn questionnaire_of(&self, w: &WaveRecord) -> Result<&'static Questionnaire, ServiceError> {
        survey::embedded_questionnaires()
            .map_err(|e| ServiceError::Internal(format!("the shipped questionnaires: {e}")))?
            .iter()
            .find(|q| q.id == w.questionnaire_id && q.version == w.questionnaire_version)
            .ok_or_else(|| {
                ServiceError::Internal("a wave's questionnaire version is not shipped".into())
            })
    }

    /// Whether `who` may run surveys (its own country's): asked before any input is read.
    pub fn may_run_surveys(&self, who: &Identity) -> Result<CountryCode, ServiceError> {
        use opennrm_domain::platform::Denied;
        if matches!(who, Identity::Anonymous) {
            return Err(Denied::Unauthenticated.into());
        }
        // The operator's CLI reads waves but starts none: it has no country.
        let p = who.principal().ok_or(Denied::Forbidden)?;
        require(
            who,
            &Action::RunSurvey {
                country: &p.country,
            },
        )?;
        Ok(p.country.clone())
    }

    /// The waves of one country (`Some("DK")`) or of all eleven, by number: wave 0 (the
    /// 2012 study, public: read from the atlas's respondents) and, for the country's
    /// coordinator, the waves run through OpenNRM.
    pub async fn survey_waves(
        &self,
        who: &Identity,
        country: Option<&str>,
    ) -> Result<Vec<WaveSummary>, ServiceError> {
        require(who, &Action::ReadPublic)?;
        let q = self.study_questionnaire()?;
        let view = self.atlas();
        let mut out = Vec::new();
        for c in &view.atlas.countries {
            let code = c.country.code.as_str();
            if country.is_some_and(|x| !x.eq_ignore_ascii_case(code)) {
                continue;
            }
            let figures = survey::figures(&survey::wave_zero(c));
            out.push(WaveSummary {
                country: code.to_string(),
                number: 0,
                label: "2012 study (CBSS report)".into(),
                questionnaire: format!("{} v{}", q.id, q.version),
                sentence: survey::response_sentence(&figures.total),
                figures,
                stated: c
                    .participation
                    .iter()
                    .map(|p| StatedFigures {
                        invited: p.invited,
                        completed: p.completed,
                        note: p.note.clone(),
                        source: p.source.clone(),
                    })
                    .collect(),
                id: None,
            });
            if require(
                who,
                &Action::RunSurvey {
                    country: &c.country.code,
                },
            )
            .is_ok()
            {
                for w in self.store().waves_of(code).await? {
                    let invitees = self.store().invitees(&w.id).await?;
                    out.push(summary_of(&w, &invitees));
                }
            }
        }
        if out.is_empty() {
            return Err(ServiceError::NotFound("country"));
        }
        Ok(out)
    }

    /// Starts a wave in the coordinator's country with the study's latest questionnaire.
    pub async fn start_wave(
        &self,
        who: &Identity,
        input: &NewWave,
    ) -> Result<String, ServiceError> {
        let country = self.may_run_surveys(who)?;
        let label = bounded_text("label", Some(&input.label), MAX_NAME_CHARS)?
            .ok_or_else(|| ServiceError::invalid("label", "name the wave, e.g. 2027 update"))?;
        let days = input.days_open.unwrap_or(DEFAULT_DAYS_OPEN);
        if !(1..=180).contains(&days) {
            return Err(ServiceError::invalid("days_open", "from 1 to 180 days"));
        }
        let q = self.study_questionnaire()?;
        let (user, _, _) = self.principal_org(who)?;
        let now = opennrm_store::now();
        let w = WaveRecord {
            id: crypto::ordered_id(),
            country_code: country.to_string(),
            number: 0,
            questionnaire_id: q.id.clone(),
            questionnaire_version: q.version,
            label,
            started_by: user,
            created_at: now.clone(),
            closes_at: opennrm_store::at_offset(i64::from(days) * 86_400),
        };
        let label = who.audit_label();
        let object = format!("survey_wave:{}", w.id);
        let audit = self.audited(&label, "survey.wave_started", Some(&object), "ok", None, serde_json::json!({ "country": w.country_code, "questionnaire": format!("{} v{}", q.id, q.version), "closes_at": w.closes_at }));
        self.write(Plan::insert_wave(&w, &audit)).await?;
        Ok(w.id)
    }

    /// A wave of the caller's country; another country's, or none, is "not found".
    async fn own_wave(&self, who: &Identity, id: &str) -> Result<WaveRecord, ServiceError> {
        let country = self.may_run_surveys(who)?;
        match self.store().wave(id).await? {
            Some(w) if w.country_code == country.as_str() => Ok(w),
            _ => Err(ServiceError::NotFound("wave")),
        }
    }

    /// A wave with its invitees, contact details opened for the coordinator.
    pub async fn wave_detail(&self, who: &Identity, id: &str) -> Result<WaveDetail, ServiceError> {
        let w = self.own_wave(who, id).await?;
        let invitees = self.store().invitees(&w.id).await?;
        let position: std::collections::BTreeMap<&str, i64> = invitees
            .iter()
            .map(|i| (i.id.as_str(), i.position))
            .collect();
        let mut views = Vec::new();
        for i in &invitees {
            let open = |col: &str, v: &Option<String>| {
                self.open_opt(v.as_deref(), None, INVITEE, col, &i.id)
            };
            views.push(InviteeView {
                id: i.id.clone(),
                position: i.position,
                actor: i.actor_id.clone(),
                organisation: i.organisation.clone(),
                sector: i.sector.clone(),
                contact: open("contact_ct", &i.contact_ct)?,
                email: open("email_ct", &i.email_ct)?,
                nominated_by: i
                    .nominated_by
                    .as_deref()
                    .and_then(|n| position.get(n).copied()),
                why: open("why_ct", &i.why_ct)?,
                state: i.state.clone(),
                form: i.form.clone(),
                invited_at: i.invited_at.clone(),
                completed_at: i.completed_at.clone(),
                reminders: i.reminders,
            });
        }
        let completed = self.completed_answers(&w, &invitees)?;
        let review = self.review_of(&w, &completed).await?;
        let mut limitations = limitation_counts(&completed);
        for d in self.store().count_decisions(&w.id).await? {
            if let Some(l) = limitations
                .iter_mut()
                .find(|l| l.category.as_str() == d.target)
            {
                l.decision = Some(d.decision);
                l.decided_respondents = Some(d.respondents);
                l.revision = d.revision_id;
            }
        }
        Ok(WaveDetail {
            summary: summary_of(&w, &invitees),
            open: w.closes_at > opennrm_store::now(),
            closes_at: w.closes_at,
            invitees: views,
            review,
            limitations,
            full_forms: full_forms(&completed),
        })
    }

    /// The completed responses of a wave with their forms, each response's answers
    /// opened once for everything computed from them.
    fn completed_answers<'a>(
        &self,
        w: &WaveRecord,
        invitees: &'a [InviteeRecord],
    ) -> Result<Vec<Completed<'a>>, ServiceError> {
        let q = self.questionnaire_of(w)?;
        let mut out = Vec::new();
        for i in invitees
            .iter()
            .filter(|i| i.state == InviteeState::Completed.as_str())
        {
            let Some(form) = i
                .form
                .as_deref()
                .and_then(|f| f.parse().ok())
                .and_then(|f| q.form(f))
            else {
                continue;
            };
            out.push(Completed {
                invitee: i,
                actor: i.actor_id.as_deref().and_then(|a| ActorId::parse(a).ok()),
                form,
                answers: self.answers_of(i)?,
            });
        }
        Ok(out)
    }

    /// Every change the completed answers propose, grouped by fact, with the decisions
    /// taken and, for each fact, the respondents whose answers speak against it.
    async fn review_of(
        &self,
        w: &WaveRecord,
        completed: &[Completed<'_>],
    ) -> Result<Vec<ProposalGroup>, ServiceError> {
        let view = self.atlas();
        let Some(country) = view.atlas.country(&w.country_code) else {
            return Ok(Vec::new());
        };
        let decisions = self.store().decisions(&w.id).await?;
        // Each group with the first proposal of its fact (what `speaks_against` weighs).
        let mut groups: Vec<(ProposalGroup, Proposal)> = Vec::new();
        for c in completed {
            let i = c.invitee;
            for p in merge::proposals(country, c.actor.as_ref(), c.form, &c.answers) {
                let d = decisions.iter().find(|d| {
                    d.invitee_id == i.id && d.question == p.question && d.target == p.target
                });
                let view = ProposalView {
                    invitee: i.position,
                    respondent: i.organisation.clone(),
                    question: p.question.clone(),
                    decision: d.map(|d| d.decision.clone()),
                    kind: d.and_then(|d| d.kind.clone()),
                    revision: d.and_then(|d| d.revision_id),
                };
                match groups.iter_mut().find(|(g, _)| g.group == p.group) {
                    Some((g, _)) => g.proposals.push(view),
                    None => groups.push((
                        ProposalGroup {
                            group: p.group.clone(),
                            fact: p.fact,
                            target_name: target_name(country, &p),
                            target: p.target.clone(),
                            actor_name: p.actor.as_deref().map(|a| actor_name(country, a)),
                            actor: p.actor.clone(),
                            existing: p.existing.clone(),
                            proposals: vec![view],
                            against: Vec::new(),
                            conflicting: false,
                        },
                        p,
                    )),
                }
            }
        }
        for (g, p) in &mut groups {
            g.against = completed
                .iter()
                .filter(|c| !g.proposals.iter().any(|v| v.invitee == c.invitee.position))
                .filter(|c| merge::speaks_against(c.actor.as_ref(), c.form, &c.answers, p))
                .map(|c| c.invitee.position)
                .collect();
            let decided: std::collections::BTreeSet<(&str, Option<&str>)> = g
                .proposals
                .iter()
                .filter_map(|v| {
                    let d = v.decision.as_deref()?;
                    Some((
                        if d == "rejected" { d } else { "accepted" },
                        v.kind.as_deref(),
                    ))
                })
                .collect();
            g.conflicting = !g.against.is_empty() || decided.len() > 1;
        }
        Ok(groups.into_iter().map(|(g, _)| g).collect())
    }

    /// Decides on one proposal: rejected, or accepted into the atlas as a new revision
    /// whose fact cites the response (an acceptance in another kind of cooperation or
    /// another grade than proposed is an edit, recorded as such). Returns the revision an
    /// acceptance made.
    pub async fn decide(
        &self,
        who: &Identity,
        wave: &str,
        d: &ReviewDecision,
    ) -> Result<Option<i64>, ServiceError> {
        let w = self.own_wave(who, wave).await?;
        let invitees = self.store().invitees(&w.id).await?;
        let completed = self.completed_answers(&w, &invitees)?;
        let Some(position) = d.invitee else {
            return self.decide_count(who, &w, &completed, d).await;
        };
        let (c, p) = completed
            .iter()
            .filter(|c| c.invitee.position == position)
            .find_map(|c| {
                let view = self.atlas();
                let country = view.atlas.country(&w.country_code)?;
                merge::proposals(country, c.actor.as_ref(), c.form, &c.answers)
                    .into_iter()
                    .find(|p| p.question == d.question && p.target == d.target)
                    .map(|p| (c, p))
            })
            .ok_or(ServiceError::NotFound("proposal"))?;
        let invitee = c.invitee;
        let decided = self.store().decisions(&w.id).await?.into_iter().any(|x| {
            x.invitee_id == invitee.id && x.question == p.question && x.target == p.target
        });
        if decided {
            return Err(ServiceError::Conflict(
                "this proposal has been decided".into(),
            ));
        }
        // What an acceptance records, and whether it is the change as proposed.
        let (kind, as_proposed) = match p.fact {
            ProposalFact::Tie => {
                if d.status.is_some() {
                    return Err(ServiceError::invalid("status", "a grade is for mechanisms"));
                }
                let k = d.kind.unwrap_or(merge::PROPOSED_KIND);
                (Some(k.as_str()), k == merge::PROPOSED_KIND)
            }
            ProposalFact::Mechanism => {
                if d.kind.is_some() {
                    return Err(ServiceError::invalid(
                        "kind",
                        "a kind of cooperation is for ties",
                    ));
                }
                let s = d.status.unwrap_or(merge::PROPOSED_STATUS);
                if !s.is_in_place() {
                    return Err(ServiceError::invalid(
                        "status",
                        "formal or functional_equivalent: the answer says it exists",
                    ));
                }
                (Some(s.as_str()), s == merge::PROPOSED_STATUS)
            }
            ProposalFact::Mandate => {
                if d.kind.is_some() || d.status.is_some() {
                    return Err(ServiceError::invalid(
                        "kind",
                        "a mandate is accepted or rejected",
                    ));
                }
                (None, true)
            }
        };
        let revision = if d.accept {
            let record = merge::record_of(&w.country_code, w.number, invitee.position, &p.question);
            Some(self.merge_proposal(who, &w, c, &p, kind, &record).await?)
        } else {
            None
        };
        let decision = match (d.accept, as_proposed) {
            (false, _) => "rejected",
            (true, true) => "accepted",
            (true, false) => "edited",
        };
        let (user, _, _) = self.principal_org(who)?;
        let label = who.audit_label();
        let object = format!("survey_wave:{}", w.id);
        let audit = self.audited(&label, "survey.reviewed", Some(&object), "ok", None, serde_json::json!({ "invitee": invitee.id, "question": p.question, "fact": p.fact.as_str(), "target": p.target, "decision": decision, "kind": kind.filter(|_| d.accept), "revision": revision }));
        self.write(Plan::insert_decision(
            &DecisionRecord {
                wave_id: w.id.clone(),
                invitee_id: invitee.id.clone(),
                question: p.question.clone(),
                target: p.target.clone(),
                decision: decision.into(),
                kind: kind.filter(|_| d.accept).map(str::to_string),
                decided_by: user,
                decided_at: opennrm_store::now(),
                revision_id: revision,
            },
            &audit,
        ))
        .await?;
        Ok(revision)
    }

    /// Decides on a wave's count of respondents naming one limitation alternative: an
    /// acceptance adds it to the atlas as a limitation of its own citing the wave.
    async fn decide_count(
        &self,
        who: &Identity,
        w: &WaveRecord,
        completed: &[Completed<'_>],
        d: &ReviewDecision,
    ) -> Result<Option<i64>, ServiceError> {
        let is_limitations = self.questionnaire_of(w)?.forms.iter().any(|f| {
            f.questions
                .iter()
                .any(|q| q.id == d.question && q.answer == survey::AnswerKind::Limitations)
        });
        let category: Option<LimitationCategory> = d.target.parse().ok();
        let count = category.and_then(|c| {
            limitation_counts(completed)
                .into_iter()
                .find(|l| l.category == c && l.respondents > 0)
        });
        let (Some(category), Some(count), true) = (category, count, is_limitations) else {
            return Err(ServiceError::NotFound("proposal"));
        };
        if d.kind.is_some() || d.status.is_some() {
            return Err(ServiceError::invalid(
                "kind",
                "a count is accepted or rejected",
            ));
        }
        if self
            .store()
            .count_decisions(&w.id)
            .await?
            .iter()
            .any(|x| x.question == d.question && x.target == d.target)
        {
            return Err(ServiceError::Conflict("this count has been decided".into()));
        }
        let n = i64::try_from(count.respondents).unwrap_or(i64::MAX);
        let of = full_forms(completed);
        let revision = if d.accept {
            let record = merge::count_record_of(&w.country_code, w.number, &d.question, &d.target);
            let what = merge::words(category.as_str());
            let source = merge::survey_source(
                &record,
                &w.label,
                format!(
                    "{n} of {of} respondents named {what} as a limitation in the survey ({}).",
                    w.label
                ),
            );
            let note = format!(
                "Counted by OpenNRM: {n} of {of} respondents who completed the full questionnaire in the survey ({}) named it; reviewed by the national coordinator.",
                w.label
            );
            Some(
                self.revise_for_survey(who, w, &record, |country| {
                    merge::merge_limitation(country, category, n, note.clone(), &source)
                })
                .await?,
            )
        } else {
            None
        };
        let (user, _, _) = self.principal_org(who)?;
        let label = who.audit_label();
        let object = format!("survey_wave:{}", w.id);
        let decision = if d.accept { "accepted" } else { "rejected" };
        let audit = self.audited(&label, "survey.reviewed", Some(&object), "ok", None, serde_json::json!({ "question": d.question, "fact": "limitation", "target": d.target, "respondents": n, "decision": decision, "revision": revision }));
        self.write(Plan::insert_count_decision(
            &CountDecisionRecord {
                wave_id: w.id.clone(),
                question: d.question.clone(),
                target: d.target.clone(),
                respondents: n,
                decision: decision.into(),
                decided_by: user,
                decided_at: opennrm_store::now(),
                revision_id: revision,
            },
            &audit,
        ))
        .await?;
        Ok(revision)
    }

    /// Writes one accepted proposal into a new atlas revision.
    async fn merge_proposal(
        &self,
        who: &Identity,
        w: &WaveRecord,
        c: &Completed<'_>,
        p: &Proposal,
        kind: Option<&str>,
        record: &str,
    ) -> Result<i64, ServiceError> {
        let bad = |e: String| ServiceError::Internal(e);
        let view = self.atlas();
        let country = view
            .atlas
            .country(&w.country_code)
            .ok_or(ServiceError::NotFound("country"))?;
        let respondent = c.actor.as_ref().map_or_else(
            || c.invitee.organisation.clone(),
            |a| actor_name(country, a.as_str()),
        );
        let target = target_name(country, p);
        let label = &w.label;
        match p.fact {
            ProposalFact::Tie => {
                let from = c
                    .actor
                    .clone()
                    .ok_or_else(|| bad("a tie without its actor".into()))?;
                let to = ActorId::parse(&p.target).map_err(bad)?;
                let kind: CooperationKind = kind
                    .unwrap_or_default()
                    .parse()
                    .map_err(|_| bad("kind".into()))?;
                let source = merge::source_of(record, label, &respondent, &target);
                self.revise_for_survey(who, w, record, |country| {
                    merge::merge_tie(country, &from, &to, kind, &source)
                })
                .await
            }
            ProposalFact::Mandate => {
                let actor = c
                    .actor
                    .clone()
                    .ok_or_else(|| bad("a mandate without its actor".into()))?;
                let capability: Capability =
                    p.target.parse().map_err(|_| bad("capability".into()))?;
                let source = merge::survey_source(
                    record,
                    label,
                    format!(
                        "{respondent} stated in the survey ({label}) that it has a mandate to {}.",
                        merge::words(capability.as_str())
                    ),
                );
                self.revise_for_survey(who, w, record, |country| {
                    merge::merge_mandate(country, &actor, capability, &source)
                })
                .await
            }
            ProposalFact::Mechanism => {
                let mkind: MechanismKind = p.target.parse().map_err(|_| bad("mechanism".into()))?;
                let status: MechanismStatus = kind
                    .unwrap_or_default()
                    .parse()
                    .map_err(|_| bad("status".into()))?;
                let source = merge::survey_source(
                    record,
                    label,
                    format!(
                        "{respondent} stated in the survey ({label}) that the country has a {}.",
                        merge::mechanism_name(mkind).to_lowercase()
                    ),
                );
                self.revise_for_survey(who, w, record, |country| {
                    merge::merge_mechanism(country, mkind, status, &source)
                })
                .await
            }
        }
    }

    /// A new atlas revision from the current one changed by `change`, titled by the wave
    /// (retried when another revision became current meanwhile, as for inspections).
    async fn revise_for_survey(
        &self,
        who: &Identity,
        w: &WaveRecord,
        record: &str,
        change: impl FnMut(&mut CountryAtlas) -> bool,
    ) -> Result<i64, ServiceError> {
        let object = format!("survey_wave:{}", w.id);
        let title = format!("Survey {} wave {}: {}", w.country_code, w.number, w.label);
        let revision = crate::atlas::RecordRevision {
            country: &w.country_code,
            record,
            object: &object,
            origin: "survey",
            title: &title,
            detail: serde_json::json!({ "origin": "survey", "record": record }),
        };
        self.revise_from_record(who, &revision, change).await
    }

    /// Adds an invitee to a wave of the caller's country.
    pub async fn add_invitee(
        &self,
        who: &Identity,
        wave: &str,
        input: &NewInvitee,
    ) -> Result<String, ServiceError> {
        let w = self.own_wave(who, wave).await?;
        let (actor, organisation, sector) = match input
            .actor
            .as_deref()
            .map(str::trim)
            .filter(|a| !a.is_empty())
        {
            Some(id) => {
                let view = self.atlas();
                let a = view
                    .atlas
                    .country(&w.country_code)
                    .and_then(|c| c.actors.iter().find(|a| a.id.as_str() == id))
                    .ok_or_else(|| {
                        ServiceError::invalid("actor", "not an actor of the wave's country")
                    })?;
                (
                    Some(id.to_string()),
                    a.name.clone(),
                    Some(a.sector.as_str().to_string()),
                )
            }
            None => (
                None,
                bounded_text(
                    "organisation",
                    input.organisation.as_deref(),
                    MAX_NAME_CHARS,
                )?
                .ok_or_else(|| {
                    ServiceError::invalid(
                        "organisation",
                        "choose an atlas actor or name the organisation",
                    )
                })?,
                None,
            ),
        };
        let contact = bounded_text("contact", input.contact.as_deref(), MAX_NAME_CHARS)?;
        let email = email_of(input.email.as_deref())?;
        let invitees = self.store().invitees(&w.id).await?;
        let row = NewRow {
            actor,
            organisation,
            sector,
            contact,
            email,
            why: None,
        };
        self.insert_invitee(&w, &invitees, &who.audit_label(), row, None)
            .await
    }

    /// Adds `row` to wave `w`, whose invitees the caller has read (`invitees`: the bound
    /// on their number is checked against them).
    async fn insert_invitee(
        &self,
        w: &WaveRecord,
        invitees: &[InviteeRecord],
        actor_label: &str,
        row: NewRow,
        nominated_by: Option<&InviteeRecord>,
    ) -> Result<String, ServiceError> {
        let NewRow {
            actor,
            organisation,
            sector,
            contact,
            email,
            why,
        } = row;
        if invitees.len() >= MAX_INVITEES {
            return Err(ServiceError::invalid(
                "invitees",
                format!("at most {MAX_INVITEES} invitees in a wave"),
            ));
        }
        let id = crypto::ordered_id();
        let now = opennrm_store::now();
        let r = InviteeRecord {
            wave_id: w.id.clone(),
            position: 0,
            actor_id: actor,
            organisation,
            sector,
            contact_ct: self.seal_opt(contact, None, INVITEE, "contact_ct", &id)?,
            email_ct: self.seal_opt(email, None, INVITEE, "email_ct", &id)?,
            why_ct: self.seal_opt(why, None, INVITEE, "why_ct", &id)?,
            nominated_by: nominated_by.map(|n| n.id.clone()),
            state: InviteeState::Proposed.as_str().into(),
            form: None,
            token_hash: None,
            answers_ct: None,
            invited_at: None,
            completed_at: None,
            created_at: now.clone(),
            updated_at: now,
            reminders: 0,
            reminded_at: None,
            id,
        };
        let object = format!("survey_wave:{}", w.id);
        let action = if nominated_by.is_some() {
            "survey.nominated"
        } else {
            "survey.invitee_added"
        };
        let audit = self.audited(
            actor_label,
            action,
            Some(&object),
            "ok",
            None,
            serde_json::json!({ "invitee": r.id, "atlas_actor": r.actor_id.is_some() }),
        );
        self.write(Plan::insert_invitee(&r, &audit)).await?;
        Ok(r.id)
    }

    /// Issues links: to every proposed invitee of the wave, to one invitee again (a lost
    /// link: the old one stops working), or as reminders to everyone invited who has not
    /// answered yet (a new link each: only hashes are kept, so the first cannot be sent
    /// again; saved answers stay). Each link is shown once.
    pub async fn issue_links(
        &self,
        who: &Identity,
        wave: &str,
        to: LinksFor<'_>,
    ) -> Result<Vec<IssuedLink>, ServiceError> {
        let only = match to {
            LinksFor::One(id) => Some(id),
            LinksFor::Proposed | LinksFor::Reminders => None,
        };
        let reminder = to == LinksFor::Reminders;
        let w = self.own_wave(who, wave).await?;
        if w.closes_at <= opennrm_store::now() {
            return Err(ServiceError::Conflict(
                "the wave has closed: its links have expired".into(),
            ));
        }
        let invitees = self.store().invitees(&w.id).await?;
        let chosen: Vec<&InviteeRecord> = match only {
            Some(id) => vec![
                invitees
                    .iter()
                    .find(|i| i.id == id)
                    .ok_or(ServiceError::NotFound("invitee"))?,
            ],
            None => {
                let waiting: &[InviteeState] = if reminder {
                    &[InviteeState::Invited, InviteeState::Started]
                } else {
                    &[InviteeState::Proposed]
                };
                invitees
                    .iter()
                    .filter(|i| waiting.iter().any(|s| i.state == s.as_str()))
                    .collect()
            }
        };
        let label = who.audit_label();
        let object = format!("survey_wave:{}", w.id);
        let mut out = Vec::new();
        for i in chosen {
            let token = crypto::random_hex(32);
            let now = opennrm_store::now();
            let audit = self.audited(
                &label,
                if reminder {
                    "survey.reminded"
                } else {
                    "survey.link_issued"
                },
                Some(&object),
                "ok",
                None,
                serde_json::json!({ "invitee": i.id }),
            );
            let hash = crypto::sha256_hex(&token);
            if self
                .write(Plan::issue_link(&i.id, &hash, &now, reminder, &audit))
                .await?
                .is_done()
            {
                let path = format!("/survey/r/{token}");
                let email =
                    self.open_opt(i.email_ct.as_deref(), None, INVITEE, "email_ct", &i.id)?;
                let emailed = match (email, self.mail_origin()) {
                    (Some(to), Some(origin)) => {
                        let opening = if reminder {
                            "A reminder: you are invited to answer"
                        } else {
                            "You are invited to answer"
                        };
                        let body = format!(
                            "{opening} the questionnaire on trafficking for labour exploitation for {organisation} ({country}), \"{label}\".\n\nOpen this link to answer; you can save and come back with it until {until}. It is for you alone:\n{origin}{path}\n{earlier}\nIf your organisation has no mandate or experience in this field, the form offers a few short alternative questions instead.\n",
                            organisation = i.organisation,
                            country = w.country_code,
                            label = w.label,
                            until = w.closes_at.get(..10).unwrap_or_default(),
                            earlier = if reminder {
                                "This link replaces the one you received before; anything you saved is still there.\n"
                            } else {
                                ""
                            },
                        );
                        let subject = if reminder {
                            "Reminder: questionnaire on trafficking for labour exploitation"
                        } else {
                            "Questionnaire on trafficking for labour exploitation"
                        };
                        // One e-mail per link issued: a new link is a new message.
                        self.queue_sealed_email(
                            &to,
                            subject,
                            &body,
                            format!("survey:{}:{}", i.id, &hash[..16]),
                        )
                        .await?
                    }
                    _ => false,
                };
                out.push(IssuedLink {
                    position: i.position,
                    organisation: i.organisation.clone(),
                    contact: self.open_opt(
                        i.contact_ct.as_deref(),
                        None,
                        INVITEE,
                        "contact_ct",
                        &i.id,
                    )?,
                    path,
                    emailed,
                });
            } else if only.is_some() {
                return Err(ServiceError::Conflict(
                    "this invitee has completed or declined".into(),
                ));
            }
        }
        Ok(out)
    }

    /// Exchanges a link's token for the respondent's handle (the token's hash, kept in
    /// the browser's session so the token leaves the address bar). An unknown, spent or
    /// expired link is one answer, "not found", and counts against the address like a
    /// failed sign-in, so links cannot be guessed at speed.
    pub async fn open_link(&self, token: &str, address: &str) -> Result<String, ServiceError> {
        self.check_address(address).await?;
        let handle = crypto::sha256_hex(token.trim());
        match self.live_invitee(&handle).await {
            Ok(_) => Ok(handle),
            Err(ServiceError::NotFound(_)) => {
                let audit = self.audited(
                    "anonymous",
                    "survey.link_failed",
                    None,
                    "failed",
                    Some(address),
                    serde_json::json!({}),
                );
                self.store()
                    .record_sign_in_failure(address, &opennrm_store::now(), None, &audit)
                    .await?;
                Err(ServiceError::NotFound("invitation"))
            }
            Err(e) => Err(e),
        }
    }

    /// The invitee and wave behind a live handle.
    async fn live_invitee(
        &self,
        handle: &str,
    ) -> Result<(InviteeRecord, WaveRecord), ServiceError> {
        let i = self
            .store()
            .invitee_by_token(handle)
            .await?
            .ok_or(ServiceError::NotFound("invitation"))?;
        let w = self
            .store()
            .wave(&i.wave_id)
            .await?
            .ok_or(ServiceError::NotFound("invitation"))?;
        if w.closes_at <= opennrm_store::now() || !matches!(i.state.as_str(), "invited" | "started")
        {
            return Err(ServiceError::NotFound("invitation"));
        }
        Ok((i, w))
    }

    fn answers_of(&self, i: &InviteeRecord) -> Result<Answers, ServiceError> {
        Ok(
            match self.open_opt(i.answers_ct.as_deref(), None, INVITEE, "answers_ct", &i.id)? {
                Some(json) => serde_json::from_str(&json)
                    .map_err(|e| ServiceError::Internal(format!("stored answers: {e}")))?,
                None => Answers::new(),
            },
        )
    }

    /// The respondent's own invitation and answers.
    pub async fn respondent(&self, handle: &str) -> Result<RespondentView, ServiceError> {
        let (i, w) = self.live_invitee(handle).await?;
        let q = self.questionnaire_of(&w)?;
        let nominations = self
            .store()
            .invitees(&w.id)
            .await?
            .into_iter()
            .filter(|n| n.nominated_by.as_deref() == Some(i.id.as_str()))
            .map(|n| {
                let name =
                    self.open_opt(n.contact_ct.as_deref(), None, INVITEE, "contact_ct", &n.id)?;
                Ok((name.unwrap_or_default(), n.organisation))
            })
            .collect::<Result<Vec<_>, ServiceError>>()?;
        let view = self.atlas();
        let actors = view
            .atlas
            .country(&w.country_code)
            .map(|c| {
                c.actors
                    .iter()
                    .filter(|a| !a.group)
                    .map(|a| (a.id.to_string(), a.name.clone()))
                    .collect()
            })
            .unwrap_or_default();
        Ok(RespondentView {
            country: w.country_code.clone(),
            wave_label: w.label.clone(),
            organisation: i.organisation.clone(),
            closes_at: w.closes_at.clone(),
            state: i.state.clone(),
            form: i
                .form
                .as_deref()
                .and_then(|f| f.parse().ok())
                .unwrap_or(FormKind::Full),
            questionnaire: q,
            answers: self.answers_of(&i)?,
            nominations,
            actors,
        })
    }

    /// Saves, submits or declines the respondent's answers in `form`.
    pub async fn respond(
        &self,
        handle: &str,
        form: FormKind,
        answers: &Answers,
        step: ResponseStep,
    ) -> Result<(), ServiceError> {
        let (i, w) = self.live_invitee(handle).await?;
        let q = self.questionnaire_of(&w)?;
        let f = q
            .form(form)
            .ok_or_else(|| ServiceError::invalid("form", "this questionnaire has no such form"))?;
        let view = self.atlas();
        let country = view.atlas.country(&w.country_code);
        let is_actor =
            |id: &str| country.is_some_and(|c| c.actors.iter().any(|a| a.id.as_str() == id));
        let clean =
            survey::check_answers(f, answers, &is_actor).map_err(|e| ServiceError::Invalid {
                field: "answers",
                message: e.to_string(),
            })?;
        let (to, sealed) = match step {
            ResponseStep::Decline => (InviteeState::Declined, None),
            ResponseStep::Save => (InviteeState::Started, Some(&clean)),
            ResponseStep::Submit => (InviteeState::Completed, Some(&clean)),
        };
        let sealed = match sealed {
            Some(a) => {
                let json =
                    serde_json::to_string(a).map_err(|e| ServiceError::Internal(e.to_string()))?;
                self.seal_opt(Some(json), None, INVITEE, "answers_ct", &i.id)?
            }
            None => None,
        };
        let object = format!("survey_wave:{}", w.id);
        let audit = self.audited("respondent", "survey.response", Some(&object), "ok", None, serde_json::json!({ "invitee": i.id, "state": to.as_str(), "form": form.as_str(), "questions": clean.len() }));
        let form_text = (to != InviteeState::Declined).then_some(form.as_str());
        if !self
            .write(Plan::save_response(
                &i.id,
                handle,
                form_text,
                sealed.as_deref(),
                to.as_str(),
                &opennrm_store::now(),
                &audit,
            ))
            .await?
            .is_done()
        {
            return Err(ServiceError::NotFound("invitation"));
        }
        Ok(())
    }

    /// A contact the respondent nominates: a proposed invitee of the same wave, linked to
    /// the respondent (the recruitment tree). The coordinator decides whether to invite.
    pub async fn nominate(&self, handle: &str, n: &Nomination) -> Result<(), ServiceError> {
        let (i, w) = self.live_invitee(handle).await?;
        let name = bounded_text("name", Some(&n.name), MAX_NAME_CHARS)?
            .ok_or_else(|| ServiceError::invalid("name", "the person's name"))?;
        let organisation = bounded_text("organisation", Some(&n.organisation), MAX_NAME_CHARS)?
            .ok_or_else(|| ServiceError::invalid("organisation", "the person's organisation"))?;
        let email = email_of(n.email.as_deref())?;
        // Free text over lines, checked as every other note is (bounded, no control
        // characters but line breaks and tabs).
        let why = crate::referral::bounded("why", Some(&n.why), MAX_WHY_CHARS)?
            .ok_or_else(|| ServiceError::invalid("why", "why they are relevant"))?;
        let invitees = self.store().invitees(&w.id).await?;
        let made = invitees
            .iter()
            .filter(|x| x.nominated_by.as_deref() == Some(i.id.as_str()))
            .count();
        if made >= MAX_NOMINATIONS_PER_RESPONDENT {
            return Err(ServiceError::invalid(
                "name",
                format!("at most {MAX_NOMINATIONS_PER_RESPONDENT} nominations"),
            ));
        }
        // A nominee named like an atlas actor of the country is that actor.
        let view = self.atlas();
        let actor = view.atlas.country(&w.country_code).and_then(|c| {
            c.actors.iter().find(|a| {
                a.name.eq_ignore_ascii_case(&organisation)
                    || a.acronym
                        .as_deref()
                        .is_some_and(|x| x.eq_ignore_ascii_case(&organisation))
            })
        });
        let (actor_id, sector) = match actor {
            Some(a) => (Some(a.id.to_string()), Some(a.sector.as_str().to_string())),
            None => (None, None),
        };
        let row = NewRow {
            actor: actor_id,
            organisation,
            sector,
            contact: Some(name),
            email,
            why: Some(why),
        };
        self.insert_invitee(&w, &invitees, "respondent", row, Some(&i))
            .await?;
        Ok(())
    }
}

/// An invitee to add, its fields checked (contact, e-mail and reason still to seal).
struct NewRow {
    actor: Option<String>,
    organisation: String,
    sector: Option<String>,
    contact: Option<String>,
    email: Option<String>,
    why: Option<String>,
}

/// A completed response: its invitee, the form answered and the answers, opened.
struct Completed<'a> {
    invitee: &'a InviteeRecord,
    /// The atlas actor the respondent answers for, if any.
    actor: Option<ActorId>,
    form: &'static opennrm_domain::survey::questionnaire::Form,
    answers: Answers,
}

/// Respondents who completed the full form, the one that asks about limitations.
fn full_forms(completed: &[Completed<'_>]) -> usize {
    completed
        .iter()
        .filter(|c| c.form.kind == FormKind::Full)
        .count()
}

fn actor_name(country: &CountryAtlas, id: &str) -> String {
    country
        .actors
        .iter()
        .find(|a| a.id.as_str() == id)
        .map_or_else(|| id.to_string(), |a| a.name.clone())
}

/// What a proposal names, in words: the partner's name, or the vocabulary value.
fn target_name(country: &CountryAtlas, p: &Proposal) -> String {
    match p.fact {
        ProposalFact::Tie => actor_name(country, &p.target),
        ProposalFact::Mechanism => p.target.parse().map_or_else(
            |_| p.target.clone(),
            |k| merge::mechanism_name(k).to_string(),
        ),
        ProposalFact::Mandate => merge::words(&p.target),
    }
}

/// The limitation alternatives named in the completed answers, each counted once per
/// respondent, every alternative listed.
fn limitation_counts(completed: &[Completed<'_>]) -> Vec<LimitationCount> {
    let mut counts: std::collections::BTreeMap<LimitationCategory, usize> =
        LimitationCategory::all().map(|c| (c, 0)).collect();
    for c in completed {
        let named: std::collections::BTreeSet<LimitationCategory> = c
            .form
            .questions
            .iter()
            .filter(|x| x.answer == survey::AnswerKind::Limitations)
            .filter_map(|x| c.answers.get(&x.id))
            .flat_map(|a| a.choices.iter().filter_map(|v| v.parse().ok()))
            .collect();
        for l in named {
            *counts.entry(l).or_default() += 1;
        }
    }
    LimitationCategory::all()
        .map(|category| LimitationCount {
            category,
            respondents: counts[&category],
            decision: None,
            decided_respondents: None,
            revision: None,
        })
        .collect()
}

/// A stored wave's summary: figures from its invitees.
fn summary_of(w: &WaveRecord, invitees: &[InviteeRecord]) -> WaveSummary {
    let index: std::collections::BTreeMap<&str, usize> = invitees
        .iter()
        .enumerate()
        .map(|(n, i)| (i.id.as_str(), n))
        .collect();
    let list: Vec<WaveInvitee> = invitees
        .iter()
        .map(|i| WaveInvitee {
            sector: i.sector.as_deref().and_then(|s| s.parse().ok()),
            state: i.state.parse().unwrap_or(InviteeState::Proposed),
            form: i.form.as_deref().and_then(|f| f.parse().ok()),
            nominated_by: i
                .nominated_by
                .as_deref()
                .and_then(|n| index.get(n).copied()),
        })
        .collect();
    let figures = survey::figures(&list);
    WaveSummary {
        country: w.country_code.clone(),
        number: u32::try_from(w.number).unwrap_or_default(),
        label: w.label.clone(),
        questionnaire: format!("{} v{}", w.questionnaire_id, w.questionnaire_version),
        sentence: survey::response_sentence(&figures.total),
        figures,
        stated: Vec::new(),
        id: Some(w.id.clone()),
    }
}
