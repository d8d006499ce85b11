//! Deadlines and escalation: background jobs every node runs (`spawn_job_runner`), kept in
//! the database so nothing is pinned to a node. A referral sent queues, in its own
//! transaction, a job due when the acknowledgement deadline passes (`acknowledge_working_days`
//! working days); if the referral is still unacknowledged then, the job tells the country's
//! national coordinator — a notification in the interface, an audit row, and an e-mail to
//! the coordinator organisation's contact address through the configured SMTP relay.
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

pub const ESCALATE: &str = "escalate_unacknowledged";
pub const EMAIL: &str = "send_email";
/// Once a day: anonymise closed cases past `retention_days` (as `opennrm retention run`).
pub const RETENTION: &str = "apply_retention";
/// The notification the coordinator gets.
pub const UNACKNOWLEDGED: &str = "referral_unacknowledged";
/// A node holds a claimed job this long before another node may take it over.
const LEASE_SECONDS: i64 = 120;
/// Jobs one node claims at a time.
const CLAIM: i64 = 20;

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
    /// The job that escalates `referral_id` if it is still unacknowledged at its deadline.
    pub(crate) fn escalation_job(&self, referral_id: &str, sent_at: &str) -> NewJob {
        let days = self.policy().acknowledge_working_days;
        NewJob {
            id: crypto::ordered_id(),
            kind: ESCALATE,
            payload: serde_json::json!({ "referral": referral_id }).to_string(),
            dedupe_key: format!("escalate:{referral_id}"),
            run_at: opennrm_store::after_working_days(sent_at, days)
                .unwrap_or_else(|| sent_at.to_string()),
            max_attempts: 5,
            now: sent_at.to_string(),
        }
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

    /// Queues today's retention run unless a node did already (one per day, whichever node
    /// comes first); true when this call queued it.
    pub async fn schedule_daily(&self) -> Result<bool, ServiceError> {
        let now = opennrm_store::now();
        let day = now.get(..10).unwrap_or(&now).to_string();
        Ok(self
            .store()
            .queue_job(&NewJob {
                id: crypto::ordered_id(),
                kind: RETENTION,
                payload: "{}".into(),
                dedupe_key: format!("retention:{day}"),
                run_at: now.clone(),
                max_attempts: 3,
                now,
            })
            .await?)
    }

    /// Runs due jobs every `every` until the process ends. `node` names this node in the
    /// job table (who holds a lease).
    pub fn spawn_job_runner(&self, node: String, every: Duration) {
        let services = self.clone();
        tokio::spawn(async move {
            let mut tick = tokio::time::interval(every);
            loop {
                tick.tick().await;
                if let Err(e) = services.schedule_daily().await {
                    tracing::warn!(error = %e, "could not schedule the daily jobs");
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
            ESCALATE => self.escalate(&text("referral")?).await,
            RETENTION => self
                .apply_retention(&Identity::Operator, self.policy().retention_days, false)
                .await
                .map(|r| tracing::info!(anonymised = r.anonymised, "retention ran"))
                .map_err(|e| format!("retention: {e}")),
            EMAIL => {
                self.send_mail(&text("to")?, &text("subject")?, &text("body")?)
                    .await
            }
            other => Err(format!("unknown job kind {other}")),
        }
    }

    /// Tells the coordinator about a referral still unacknowledged; nothing if it moved.
    async fn escalate(&self, referral_id: &str) -> Result<(), String> {
        let store = self.store();
        let db = |e: opennrm_store::StoreError| format!("database: {e}");
        let Some(r) = store.referral(referral_id).await.map_err(db)? else {
            return Ok(()); // gone (cannot happen today: referrals are never deleted)
        };
        if r.state != "sent" {
            return Ok(());
        }
        let case = store
            .case_by_id(&r.case_id)
            .await
            .map_err(db)?
            .ok_or("the referral's case is missing")?;
        let coordinator = self
            .0
            .pathways
            .iter()
            .find(|p| p.country.as_str() == case.country_code)
            .map(|p| p.coordinator.actor.to_string())
            .ok_or("no pathway for the case's country")?;
        let now = opennrm_store::now();
        let told = store
            .notify(&NotificationRecord {
                id: crypto::ordered_id(),
                organisation_id: coordinator.clone(),
                kind: UNACKNOWLEDGED.into(),
                object: referral_id.into(),
                created_at: now.clone(),
            })
            .await
            .map_err(db)?;
        if told {
            let object = format!("case:{}", case.reference);
            let detail = serde_json::json!({ "referral": referral_id, "to": r.to_org, "coordinator": coordinator });
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
        // The e-mail, once per escalation whatever happened above.
        let (Some(mail), Some(to)) = (
            self.policy().mail.as_ref(),
            store
                .organisation(&coordinator)
                .await
                .map_err(db)?
                .and_then(|o| o.contact_email),
        ) else {
            return Ok(());
        };
        let atlas = self.atlas();
        let name = |id: &str| {
            atlas
                .atlas
                .actor(id)
                .map_or_else(|| id.to_string(), |(_, a)| a.name.clone())
        };
        let days = self.policy().acknowledge_working_days;
        let body = format!(
            "A referral sent on {sent} by {from} to {receiver} ({action}) has not been acknowledged within {days} working days.\n\nAs the national coordinator, please follow it up:\n{origin}/cases/{reference}\n\nThis message holds no personal data; sign in to see the case.\n",
            sent = r.created_at.get(..10).unwrap_or(&r.created_at),
            from = name(&r.from_org),
            receiver = name(&r.to_org),
            action = r.action.replace('_', " "),
            origin = mail.origin,
            reference = case.reference,
        );
        store
            .queue_job(&NewJob {
                id: crypto::ordered_id(),
                kind: EMAIL,
                payload: serde_json::json!({ "to": to, "subject": "OpenNRM: a referral has not been acknowledged", "body": body }).to_string(),
                dedupe_key: format!("email:escalate:{referral_id}"),
                run_at: now.clone(),
                max_attempts: 8,
                now,
            })
            .await
            .map_err(db)?;
        Ok(())
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
