//! Deadlines and escalation: background jobs every node runs (`spawn_job_runner`), kept in
//! the database so nothing is pinned to a node. Once a minute (whichever node queues it
//! first) an escalation sweep finds the referrals still unacknowledged
//! `acknowledge_working_days` working days after they were sent and tells, for each, the
//! receiving organisation (a reminder) and the country's national coordinator — a
//! notification in the interface, an audit row, and an e-mail to the organisations'
//! contact addresses through the configured SMTP relay. The same sweep follows what is
//! due next on a referral (`deadline_at`): a decision past the pathway rule's deadline
//! (receiver reminded, coordinator told) and a granted reflection period ending within a
//! week (both sides told). A sweep rather than a job per
//! referral: sending a referral writes nothing more, and a changed deadline applies to
//! every waiting referral.
//!
//! At least once: a job whose node dies is claimed again when its lease runs out, so every
//! handler is idempotent (a notification is unique per organisation, kind and object; an
//! e-mail job is queued once per escalation by its dedupe key). E-mails carry no personal
//! data: the receiving organisation, the action, the date and a link.

use std::time::Duration;

use opennrm_domain::platform::{Action, Identity, require};
use opennrm_store::{JobRecord, NewJob, NotificationRecord, Plan};
use secrecy::{ExposeSecret, SecretString};
use serde::Serialize;

use crate::{ServiceError, Services, crypto};

pub const SWEEP: &str = "escalation_sweep";
pub const EMAIL: &str = "send_email";
/// A survey invitation: its link is a secret until used, so the whole message is sealed in
/// the job's payload (`sealed`, bound to the job) and opened only to send it.
pub const SEALED_EMAIL: &str = "send_sealed_email";
/// Once a day: anonymise closed cases past `retention_days` (as `opennrm retention run`).
pub const RETENTION: &str = "apply_retention";
/// The notification the coordinator gets.
pub const UNACKNOWLEDGED: &str = "referral_unacknowledged";
/// The reminder the receiving organisation gets.
pub const OVERDUE: &str = "referral_overdue";
/// A decision past the pathway rule's deadline: the receiving organisation is reminded…
pub const DECISION_OVERDUE: &str = "decision_overdue";
/// …and the coordinator told.
pub const DECISION_ESCALATED: &str = "decision_escalated";
/// A granted reflection period ends within `REFLECTION_NOTICE_DAYS`: the sending and the
/// deciding organisation are told, so what follows (permit, assistance, return) is planned.
pub const REFLECTION_ENDING: &str = "reflection_period_ending";
pub const REFLECTION_NOTICE_DAYS: i64 = 7;
/// Referrals one sweep escalates at most (the next sweep takes the rest).
const SWEEP_LIMIT: i64 = 500;
/// A node holds a claimed job this long before another node may take it over.
const LEASE_SECONDS: i64 = 120;
/// Jobs one node claims at a time.
const CLAIM: i64 = 20;

/// What the sweep follows up besides acknowledgement.
#[derive(Debug, Clone, Copy)]
enum Due {
    Decision,
    ReflectionEnd,
}

/// The SMTP relay e-mails go through.
#[derive(Debug, Clone)]
pub struct MailSettings {
    /// `smtp://host:port` (plain, e.g. a local relay), `smtp://host?tls=required`
    /// (STARTTLS) or `smtps://user:password@host` (TLS), as lettre reads it.
    pub relay: SecretString,
    /// The sender, e.g. `OpenNRM <nrm@example.org>`.
    pub from: String,
    /// The origin links in e-mails start with (the server's public origin).
    pub origin: String,
}

/// A job as the administrator's page shows it (ids and kinds, never a payload).
#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct JobView {
    pub id: String,
    pub kind: String,
    pub state: String,
    pub attempts: i64,
    pub max_attempts: i64,
    pub run_at: String,
    pub last_error: Option<String>,
    pub updated_at: String,
}

/// What an organisation was told.
#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct NotificationView {
    pub kind: String,
    /// The case the notification is about (its reference), where it is one.
    pub case: Option<String>,
    pub created_at: String,
}

impl Services {
    /// Escalates every referral past its acknowledgement deadline not escalated yet;
    /// returns how many it escalated. Idempotent (the sweep and `escalate` both are).
    pub async fn escalate_overdue(&self) -> Result<usize, ServiceError> {
        let days = i32::try_from(self.policy().acknowledge_working_days).unwrap_or(3);
        let now = opennrm_store::now();
        let cutoff = opennrm_store::after_working_days(&now, -days).unwrap_or(now);
        let overdue = self.store().overdue_referrals(&cutoff, SWEEP_LIMIT).await?;
        for id in &overdue {
            self.escalate(id).await.map_err(ServiceError::Internal)?;
        }
        Ok(overdue.len())
    }

    /// The rest of the sweep: decisions past their deadline (receiver reminded,
    /// coordinator told) and reflection periods ending within `REFLECTION_NOTICE_DAYS`
    /// (sender and receiver told). Returns (decisions, reflection periods) handled.
    pub async fn follow_deadlines(&self) -> Result<(usize, usize), ServiceError> {
        let now = opennrm_store::now();
        let due = self.store().decisions_overdue(&now, SWEEP_LIMIT).await?;
        for id in &due {
            self.follow(id, Due::Decision)
                .await
                .map_err(ServiceError::Internal)?;
        }
        let horizon = opennrm_store::at_offset(REFLECTION_NOTICE_DAYS * 86_400);
        let ending = self
            .store()
            .reflection_periods_ending(&horizon, SWEEP_LIMIT)
            .await?;
        for id in &ending {
            self.follow(id, Due::ReflectionEnd)
                .await
                .map_err(ServiceError::Internal)?;
        }
        Ok((due.len(), ending.len()))
    }

    /// Claims and runs the jobs due now on this node; returns how many ran.
    pub async fn run_due_jobs(&self, node: &str) -> Result<usize, ServiceError> {
        let store = self.store();
        let now = opennrm_store::now();
        let lease = opennrm_store::at_offset(LEASE_SECONDS);
        let jobs = store.claim_jobs(node, &now, &lease, CLAIM).await?;
        for job in &jobs {
            match self.handle(job).await {
                Ok(()) => {
                    store
                        .finish_job(&job.id, node, &opennrm_store::now())
                        .await?;
                }
                Err(why) => {
                    // Back off: 1, 4, 9, 16 … minutes.
                    let retry = opennrm_store::at_offset(60 * job.attempts * job.attempts);
                    tracing::warn!(job = %job.id, kind = %job.kind, attempt = job.attempts, error = %why, "job failed");
                    store
                        .fail_job(&job.id, node, &why, &retry, &opennrm_store::now())
                        .await?;
                }
            }
        }
        Ok(jobs.len())
    }

    /// Queues this minute's escalation sweep and today's retention run unless a node did
    /// already (dedupe keys by minute and by day: whichever node comes first); returns how
    /// many this call queued.
    pub async fn schedule(&self) -> Result<usize, ServiceError> {
        let now = opennrm_store::now();
        let mut queued = 0;
        for (kind, key) in [
            (SWEEP, format!("sweep:{}", now.get(..16).unwrap_or(&now))),
            (
                RETENTION,
                format!("retention:{}", now.get(..10).unwrap_or(&now)),
            ),
        ] {
            let job = NewJob {
                id: crypto::ordered_id(),
                kind,
                payload: "{}".into(),
                dedupe_key: key,
                run_at: now.clone(),
                max_attempts: 3,
                now: now.clone(),
            };
            if self.store().queue_job(&job).await? {
                queued += 1;
            }
        }
        Ok(queued)
    }

    /// Runs due jobs every `every` until the process ends. `node` names this node in the
    /// job table (who holds a lease).
    pub fn spawn_job_runner(&self, node: String, every: Duration) {
        let services = self.clone();
        tokio::spawn(async move {
            let mut tick = tokio::time::interval(every);
            loop {
                tick.tick().await;
                if let Err(e) = services.schedule().await {
                    tracing::warn!(error = %e, "could not schedule the periodic jobs");
                }
                // A full claim means more may be waiting: go on without sleeping.
                loop {
                    match services.run_due_jobs(&node).await {
                        Ok(n) if n as i64 == CLAIM => continue,
                        Ok(_) => break,
                        Err(e) => {
                            tracing::warn!(error = %e, "could not run background jobs");
                            break;
                        }
                    }
                }
            }
        });
    }

    /// One job; the error (no personal data in it) is kept on the job for the
    /// administrator's page.
    async fn handle(&self, job: &JobRecord) -> Result<(), String> {
        let payload: serde_json::Value =
            serde_json::from_str(&job.payload).map_err(|_| "unreadable payload".to_string())?;
        let text = |k: &str| {
            payload
                .get(k)
                .and_then(|v| v.as_str())
                .map(str::to_string)
                .ok_or_else(|| format!("payload without {k}"))
        };
        match job.kind.as_str() {
            SWEEP => {
                // Done sweeps pile up at one a minute: keep a week of them.
                let week_ago = opennrm_store::at_offset(-7 * 86_400);
                let store = self.store();
                store
                    .purge_done_jobs(&week_ago)
                    .await
                    .map_err(|e| format!("database: {e}"))?;
                self.escalate_overdue()
                    .await
                    .map_err(|e| format!("escalation: {e}"))?;
                self.follow_deadlines()
                    .await
                    .map(|_| ())
                    .map_err(|e| format!("deadlines: {e}"))
            }
            RETENTION => self
                .apply_retention(&Identity::Operator, self.policy().retention_days, false)
                .await
                .map(|r| tracing::info!(anonymised = r.anonymised, "retention ran"))
                .map_err(|e| format!("retention: {e}")),
            EMAIL => {
                self.send_mail(&text("to")?, &text("subject")?, &text("body")?)
                    .await
            }
            SEALED_EMAIL => {
                let plain = self
                    .0
                    .case_keys
                    .open(&text("sealed")?, &sealed_job_place(&job.id))
                    .map_err(|e| format!("sealed payload: {e}"))?;
                let m: serde_json::Value = serde_json::from_slice(&plain)
                    .map_err(|_| "unreadable sealed payload".to_string())?;
                let field = |k: &str| {
                    m.get(k)
                        .and_then(|v| v.as_str())
                        .unwrap_or_default()
                        .to_string()
                };
                self.send_mail(&field("to"), &field("subject"), &field("body"))
                    .await
            }
            other => Err(format!("unknown job kind {other}")),
        }
    }

    /// Tells the coordinator (escalation) and the receiving organisation (reminder) about
    /// a referral still unacknowledged; nothing if it moved meanwhile. Each organisation
    /// is told once — notification unique per organisation, kind and referral; one e-mail
    /// job per organisation and referral by its dedupe key — however often this runs.
    async fn escalate(&self, referral_id: &str) -> Result<(), String> {
        let Some((r, case)) = self.referral_and_case(referral_id).await? else {
            return Ok(());
        };
        if r.state != "sent" {
            return Ok(());
        }
        let (coordinator, follow_up) = self.coordinator_of(&case.country_code)?;
        let days = self.policy().acknowledge_working_days;
        let what = format!(
            "A referral sent on {sent} by {from} to {receiver} ({action}) has not been acknowledged within {days} working days.",
            sent = r.created_at.get(..10).unwrap_or(&r.created_at),
            from = self.actor_name(&r.from_org),
            receiver = self.actor_name(&r.to_org),
            action = r.action.replace('_', " "),
        );
        // The coordinator last: the sweep selects referrals whose escalation is not
        // recorded, so a run that fails half-way is taken up again by the next sweep.
        let whom = [
            (
                r.to_org.as_str(),
                OVERDUE,
                "Please acknowledge it; the national coordinator has been told.",
            ),
            (coordinator.as_str(), UNACKNOWLEDGED, follow_up),
        ];
        self.tell(
            &r,
            &case,
            &what,
            "OpenNRM: a referral has not been acknowledged",
            &whom,
        )
        .await
    }

    /// A decision past its deadline, or a reflection period about to end: the same
    /// telling as `escalate`, to the organisations concerned.
    async fn follow(&self, referral_id: &str, due: Due) -> Result<(), String> {
        let Some((r, case)) = self.referral_and_case(referral_id).await? else {
            return Ok(());
        };
        let date = |d: &Option<String>| {
            d.as_deref()
                .and_then(|d| d.get(..10))
                .unwrap_or("")
                .to_string()
        };
        let action = r.action.replace('_', " ");
        match due {
            Due::Decision => {
                if !matches!(r.state.as_str(), "sent" | "acknowledged" | "accepted") {
                    return Ok(());
                }
                let (coordinator, follow_up) = self.coordinator_of(&case.country_code)?;
                let what = format!(
                    "A referral sent on {sent} by {from} to {receiver} ({action}) was to be decided by {due}; no decision is recorded.",
                    sent = r.created_at.get(..10).unwrap_or(&r.created_at),
                    from = self.actor_name(&r.from_org),
                    receiver = self.actor_name(&r.to_org),
                    due = date(&r.deadline_at),
                );
                let whom = [
                    (
                        r.to_org.as_str(),
                        DECISION_OVERDUE,
                        "Please record the decision, or the reason it takes longer.",
                    ),
                    (coordinator.as_str(), DECISION_ESCALATED, follow_up),
                ];
                self.tell(&r, &case, &what, "OpenNRM: a decision is overdue", &whom)
                    .await
            }
            Due::ReflectionEnd => {
                if r.state != "decided" {
                    return Ok(());
                }
                let what = format!(
                    "The reflection period {receiver} granted on a referral from {from} ({action}) ends on {end}.",
                    receiver = self.actor_name(&r.to_org),
                    from = self.actor_name(&r.from_org),
                    end = date(&r.deadline_at),
                );
                let ask = "Please plan what follows: a residence permit, continued assistance or a safe return.";
                // The sender last: the sweep selects on the sender's notification.
                let whom = [
                    (r.to_org.as_str(), REFLECTION_ENDING, ask),
                    (r.from_org.as_str(), REFLECTION_ENDING, ask),
                ];
                self.tell(
                    &r,
                    &case,
                    &what,
                    "OpenNRM: a reflection period ends soon",
                    &whom,
                )
                .await
            }
        }
    }

    async fn referral_and_case(
        &self,
        referral_id: &str,
    ) -> Result<Option<(opennrm_store::ReferralRecord, opennrm_store::CaseRecord)>, String> {
        let store = self.store();
        let db = |e: opennrm_store::StoreError| format!("database: {e}");
        let Some(r) = store.referral(referral_id).await.map_err(db)? else {
            return Ok(None); // gone (cannot happen today: referrals are never deleted)
        };
        let case = store
            .case_by_id(&r.case_id)
            .await
            .map_err(db)?
            .ok_or("the referral's case is missing")?;
        Ok(Some((r, case)))
    }

    /// The pathway's coordinator of a country and what it is asked to do.
    fn coordinator_of(&self, country: &str) -> Result<(String, &'static str), String> {
        let pathway = self
            .0
            .pathways
            .iter()
            .find(|p| p.country.as_str() == country)
            .ok_or("no pathway for the case's country")?;
        // Where the report names no coordinator, the pathway's is the closest body.
        let follow_up = match pathway.coordinator.role {
            opennrm_domain::referral::CoordinatorRole::Formal => {
                "As the national coordinator, please follow it up."
            }
            opennrm_domain::referral::CoordinatorRole::Closest => {
                "The country has no national coordinator; as the body closest to that role in its referral pathway, please follow it up."
            }
        };
        Ok((pathway.coordinator.actor.to_string(), follow_up))
    }

    fn actor_name(&self, id: &str) -> String {
        self.atlas()
            .atlas
            .actor(id)
            .map_or_else(|| id.to_string(), |(_, a)| a.name.clone())
    }

    /// Tells each organisation of `whom` (organisation, notification kind, what it is
    /// asked) about a referral: a notification, an audit row the first time, and an
    /// e-mail job to its contact address (once, by its dedupe key). In order, so the last
    /// one's notification can mark the whole telling as done for the sweep.
    async fn tell(
        &self,
        r: &opennrm_store::ReferralRecord,
        case: &opennrm_store::CaseRecord,
        what: &str,
        subject: &str,
        whom: &[(&str, &str, &str)],
    ) -> Result<(), String> {
        let store = self.store();
        let db = |e: opennrm_store::StoreError| format!("database: {e}");
        for (org, kind, ask) in whom {
            let now = opennrm_store::now();
            let told = store
                .notify(&NotificationRecord {
                    id: crypto::ordered_id(),
                    organisation_id: org.to_string(),
                    kind: kind.to_string(),
                    object: r.id.clone(),
                    created_at: now.clone(),
                })
                .await
                .map_err(db)?;
            if told {
                let object = format!("case:{}", case.reference);
                let detail = serde_json::json!({ "referral": r.id, "to": r.to_org, "told": org, "kind": kind });
                let audit = self.audited(
                    "system",
                    "referral.escalated",
                    Some(&object),
                    "ok",
                    None,
                    detail,
                );
                self.write(Plan::audit_only(&audit))
                    .await
                    .map_err(|e| e.to_string())?;
            }
            let (Some(mail), Some(to)) = (
                self.policy().mail.as_ref(),
                store
                    .organisation(org)
                    .await
                    .map_err(db)?
                    .and_then(|o| o.contact_email),
            ) else {
                continue;
            };
            let body = format!(
                "{what}\n\n{ask}\n{origin}/cases/{reference}\n\nThis message holds no personal data; sign in to see the case.\n",
                origin = mail.origin,
                reference = case.reference,
            );
            store
                .queue_job(&NewJob {
                    id: crypto::ordered_id(),
                    kind: EMAIL,
                    payload: serde_json::json!({ "to": to, "subject": subject, "body": body })
                        .to_string(),
                    dedupe_key: format!("email:{kind}:{org}:{}", r.id),
                    run_at: now.clone(),
                    max_attempts: 8,
                    now,
                })
                .await
                .map_err(db)?;
        }
        Ok(())
    }

    /// Queues an e-mail whose content is a secret (a survey link), sealed in the job;
    /// false when no SMTP relay is configured. One e-mail per `dedupe_key`, ever.
    pub(crate) async fn queue_sealed_email(
        &self,
        to: &str,
        subject: &str,
        body: &str,
        dedupe_key: String,
    ) -> Result<bool, ServiceError> {
        if self.policy().mail.is_none() {
            return Ok(false);
        }
        let id = crypto::ordered_id();
        let plain = serde_json::json!({ "to": to, "subject": subject, "body": body }).to_string();
        let sealed = self
            .0
            .case_keys
            .seal(plain.as_bytes(), &sealed_job_place(&id))
            .map_err(ServiceError::Internal)?;
        let now = opennrm_store::now();
        self.store()
            .queue_job(&NewJob {
                id,
                kind: SEALED_EMAIL,
                payload: serde_json::json!({ "sealed": sealed }).to_string(),
                dedupe_key,
                run_at: now.clone(),
                max_attempts: 8,
                now,
            })
            .await?;
        Ok(true)
    }

    /// The origin links in e-mails start with, when e-mail is configured.
    pub(crate) fn mail_origin(&self) -> Option<String> {
        self.policy().mail.as_ref().map(|m| m.origin.clone())
    }

    async fn send_mail(&self, to: &str, subject: &str, body: &str) -> Result<(), String> {
        use lettre::{AsyncSmtpTransport, AsyncTransport, Message, Tokio1Executor};
        let mail = self
            .policy()
            .mail
            .as_ref()
            .ok_or("no SMTP relay is configured")?;
        let message = Message::builder()
            .from(
                mail.from
                    .parse()
                    .map_err(|_| "the sender address is not valid")?,
            )
            .to(to
                .parse()
                .map_err(|_| "the recipient address is not valid")?)
            .subject(subject)
            .body(body.to_string())
            .map_err(|e| format!("message: {e}"))?;
        let transport = AsyncSmtpTransport::<Tokio1Executor>::from_url(mail.relay.expose_secret())
            .map_err(|_| "the SMTP relay URL is not valid")?
            .timeout(Some(Duration::from_secs(20)))
            .build();
        transport
            .send(message)
            .await
            .map(|_| ())
            .map_err(|e| format!("SMTP: {e}"))
    }

    /// The background jobs, failed first (administrators; a job holds ids, not case content).
    pub async fn jobs(&self, who: &Identity) -> Result<Vec<JobView>, ServiceError> {
        require(who, &Action::ReadAudit)?;
        Ok(self
            .store()
            .recent_jobs(200)
            .await?
            .into_iter()
            .map(|j| JobView {
                id: j.id,
                kind: j.kind,
                state: j.state,
                attempts: j.attempts,
                max_attempts: j.max_attempts,
                run_at: j.run_at,
                last_error: j.last_error,
                updated_at: j.updated_at,
            })
            .collect())
    }

    /// Whether `who` may see and retry jobs (administrators, like the audit log).
    pub fn may_manage_jobs(&self, who: &Identity) -> Result<(), ServiceError> {
        Ok(require(who, &Action::ReadAudit)?)
    }

    /// Queues a failed job again (administrators).
    pub async fn retry_job(&self, who: &Identity, id: &str) -> Result<(), ServiceError> {
        require(who, &Action::ReadAudit)?;
        if self.store().retry_job(id, &opennrm_store::now()).await? {
            Ok(())
        } else {
            Err(ServiceError::NotFound("failed job"))
        }
    }

    /// What the caller's organisation was told, newest first.
    pub async fn notifications(
        &self,
        who: &Identity,
    ) -> Result<Vec<NotificationView>, ServiceError> {
        require(who, &Action::WorkOnCases)?;
        let Some(p) = who.principal() else {
            return Ok(Vec::new());
        };
        let store = self.store();
        let mut out = Vec::new();
        for n in store.notifications(p.organisation.as_str(), 50).await? {
            let case = match store.referral(&n.object).await? {
                Some(r) => store.case_by_id(&r.case_id).await?.map(|c| c.reference),
                None => None,
            };
            out.push(NotificationView {
                kind: n.kind,
                case,
                created_at: n.created_at,
            });
        }
        Ok(out)
    }
}

/// Where a sealed job payload is bound: to its job.
fn sealed_job_place(job_id: &str) -> String {
    format!("job.payload#{job_id}")
}
