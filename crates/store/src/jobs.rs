//! Background jobs and notifications (migration `jobs`). A job is claimed by one node for
//! a lease (`claim_jobs`), then finished or failed by that node; a failed attempt is
//! retried later until `max_attempts`, then kept as `failed` for the administrator's page.
//! On PostgreSQL the claim skips rows another node is claiming (`FOR UPDATE SKIP LOCKED`),
//! so nodes never take the same job; on SQLite one writer at a time gives the same.

use crate::{Store, StoreError, with_pool};

#[derive(Debug, Clone, PartialEq, Eq, sqlx::FromRow)]
pub struct JobRecord {
    pub id: String,
    pub kind: String,
    pub payload: String,
    pub dedupe_key: Option<String>,
    pub run_at: String,
    pub state: String,
    pub attempts: i64,
    pub max_attempts: i64,
    pub locked_by: Option<String>,
    pub locked_until: Option<String>,
    pub last_error: Option<String>,
    pub created_at: String,
    pub updated_at: String,
}

/// A job to queue.
#[derive(Debug, Clone)]
pub struct NewJob {
    pub id: String,
    pub kind: &'static str,
    pub payload: String,
    /// At most one job per key, ever (`escalate:<referral id>`): a second is not queued.
    pub dedupe_key: String,
    pub run_at: String,
    pub max_attempts: i64,
    pub now: String,
}

#[derive(Debug, Clone, PartialEq, Eq, sqlx::FromRow)]
pub struct NotificationRecord {
    pub id: String,
    pub organisation_id: String,
    pub kind: String,
    pub object: String,
    pub created_at: String,
}

const INSERT_JOB: &str = "INSERT INTO job (id, kind, payload, dedupe_key, run_at, state, attempts, max_attempts, created_at, updated_at) VALUES ($1, $2, $3, $4, $5, 'queued', 0, $6, $7, $7) ON CONFLICT (dedupe_key) DO NOTHING";

impl Store {
    /// Queues `job` on its own; false when its dedupe key was queued before.
    pub async fn queue_job(&self, job: &NewJob) -> Result<bool, StoreError> {
        let n = with_pool!(self, p => {
            sqlx::query(INSERT_JOB)
                .bind(&job.id).bind(job.kind).bind(&job.payload).bind(&job.dedupe_key)
                .bind(&job.run_at).bind(job.max_attempts).bind(&job.now)
                .execute(p).await?.rows_affected()
        });
        Ok(n == 1)
    }

    /// Claims up to `limit` due jobs for `node` until `lease_until`: queued ones whose
    /// time has come, and running ones whose node's lease ran out.
    pub async fn claim_jobs(
        &self,
        node: &str,
        now: &str,
        lease_until: &str,
        limit: i64,
    ) -> Result<Vec<JobRecord>, StoreError> {
        const DUE: &str = "SELECT id FROM job WHERE (state = 'queued' AND run_at <= $2) OR (state = 'running' AND locked_until < $2) ORDER BY run_at LIMIT $4";
        const CLAIM: &str = "UPDATE job SET state = 'running', locked_by = $1, locked_until = $3, attempts = attempts + 1, updated_at = $2 WHERE id IN (";
        Ok(match self {
            Store::Sqlite(p) => {
                let sql = format!("{CLAIM}{DUE}) RETURNING *");
                sqlx::query_as::<_, JobRecord>(&sql)
                    .bind(node)
                    .bind(now)
                    .bind(lease_until)
                    .bind(limit)
                    .fetch_all(p)
                    .await?
            }
            Store::Postgres(p) => {
                let sql = format!("{CLAIM}{DUE} FOR UPDATE SKIP LOCKED) RETURNING *");
                sqlx::query_as::<_, JobRecord>(&sql)
                    .bind(node)
                    .bind(now)
                    .bind(lease_until)
                    .bind(limit)
                    .fetch_all(p)
                    .await?
            }
        })
    }

    /// Marks a job `node` holds as done; false if the lease was lost meanwhile.
    pub async fn finish_job(&self, id: &str, node: &str, now: &str) -> Result<bool, StoreError> {
        let n = with_pool!(self, p => {
            sqlx::query("UPDATE job SET state = 'done', locked_by = NULL, locked_until = NULL, last_error = NULL, updated_at = $3 WHERE id = $1 AND locked_by = $2 AND state = 'running'")
                .bind(id).bind(node).bind(now).execute(p).await?.rows_affected()
        });
        Ok(n == 1)
    }

    /// Records a failed attempt: queued again at `retry_at`, or `failed` for good once
    /// its attempts are spent. `error` must hold no personal data.
    pub async fn fail_job(
        &self,
        id: &str,
        node: &str,
        error: &str,
        retry_at: &str,
        now: &str,
    ) -> Result<(), StoreError> {
        with_pool!(self, p => {
            sqlx::query("UPDATE job SET state = CASE WHEN attempts >= max_attempts THEN 'failed' ELSE 'queued' END, run_at = $4, last_error = $3, locked_by = NULL, locked_until = NULL, updated_at = $5 WHERE id = $1 AND locked_by = $2 AND state = 'running'")
                .bind(id).bind(node).bind(error).bind(retry_at).bind(now).execute(p).await?;
        });
        Ok(())
    }

    /// Queues a failed job again with fresh attempts (the administrator's "retry").
    pub async fn retry_job(&self, id: &str, now: &str) -> Result<bool, StoreError> {
        let n = with_pool!(self, p => {
            sqlx::query("UPDATE job SET state = 'queued', attempts = 0, run_at = $2, updated_at = $2 WHERE id = $1 AND state = 'failed'")
                .bind(id).bind(now).execute(p).await?.rows_affected()
        });
        Ok(n == 1)
    }

    /// The most recent jobs, failed ones first (the administrator's page).
    pub async fn recent_jobs(&self, limit: i64) -> Result<Vec<JobRecord>, StoreError> {
        Ok(with_pool!(self, p => {
            sqlx::query_as::<_, JobRecord>("SELECT * FROM job ORDER BY CASE state WHEN 'failed' THEN 0 WHEN 'running' THEN 1 WHEN 'queued' THEN 2 ELSE 3 END, updated_at DESC LIMIT $1")
                .bind(limit).fetch_all(p).await?
        }))
    }

    /// Tells an organisation something once; false if it was told before.
    pub async fn notify(&self, n: &NotificationRecord) -> Result<bool, StoreError> {
        let rows = with_pool!(self, p => {
            sqlx::query("INSERT INTO notification (id, organisation_id, kind, object, created_at) VALUES ($1, $2, $3, $4, $5) ON CONFLICT (organisation_id, kind, object) DO NOTHING")
                .bind(&n.id).bind(&n.organisation_id).bind(&n.kind).bind(&n.object).bind(&n.created_at)
                .execute(p).await?.rows_affected()
        });
        Ok(rows == 1)
    }

    /// Referrals still waiting (`sent`) since before `cutoff` whose escalation has not
    /// been recorded yet, oldest first.
    pub async fn overdue_referrals(
        &self,
        cutoff: &str,
        limit: i64,
    ) -> Result<Vec<String>, StoreError> {
        Ok(with_pool!(self, p => {
            sqlx::query_scalar::<_, String>("SELECT r.id FROM referral r WHERE r.state = 'sent' AND r.created_at <= $1 AND NOT EXISTS (SELECT 1 FROM notification n WHERE n.object = r.id AND n.kind = 'referral_unacknowledged') ORDER BY r.created_at LIMIT $2")
                .bind(cutoff).bind(limit).fetch_all(p).await?
        }))
    }

    /// Referrals still waiting for a decision past their decision deadline (the pathway
    /// rule's `deadline_days`) whose coordinator has not been told yet.
    pub async fn decisions_overdue(
        &self,
        now: &str,
        limit: i64,
    ) -> Result<Vec<String>, StoreError> {
        Ok(with_pool!(self, p => {
            sqlx::query_scalar::<_, String>("SELECT r.id FROM referral r WHERE r.state IN ('sent', 'acknowledged', 'accepted') AND r.deadline_at IS NOT NULL AND r.deadline_at <= $1 AND NOT EXISTS (SELECT 1 FROM notification n WHERE n.object = r.id AND n.kind = 'decision_escalated') ORDER BY r.deadline_at LIMIT $2")
                .bind(now).bind(limit).fetch_all(p).await?
        }))
    }

    /// Referrals whose granted reflection period ends by `horizon` and whose sender has
    /// not been told yet.
    pub async fn reflection_periods_ending(
        &self,
        horizon: &str,
        limit: i64,
    ) -> Result<Vec<String>, StoreError> {
        Ok(with_pool!(self, p => {
            sqlx::query_scalar::<_, String>("SELECT r.id FROM referral r WHERE r.state = 'decided' AND r.deadline_at IS NOT NULL AND r.deadline_at <= $1 AND NOT EXISTS (SELECT 1 FROM notification n WHERE n.object = r.id AND n.kind = 'reflection_period_ending' AND n.organisation_id = r.from_org) ORDER BY r.deadline_at LIMIT $2")
                .bind(horizon).bind(limit).fetch_all(p).await?
        }))
    }

    /// Forgets jobs done before `before` (the sweep queues one a minute).
    pub async fn purge_done_jobs(&self, before: &str) -> Result<u64, StoreError> {
        Ok(with_pool!(self, p => {
            sqlx::query("DELETE FROM job WHERE state = 'done' AND updated_at < $1").bind(before).execute(p).await?.rows_affected()
        }))
    }

    pub async fn notifications(
        &self,
        organisation: &str,
        limit: i64,
    ) -> Result<Vec<NotificationRecord>, StoreError> {
        Ok(with_pool!(self, p => {
            sqlx::query_as::<_, NotificationRecord>("SELECT * FROM notification WHERE organisation_id = $1 ORDER BY created_at DESC LIMIT $2")
                .bind(organisation).bind(limit).fetch_all(p).await?
        }))
    }
}

/// `days` working days (Monday to Friday) after `from` (negative: before), at the same
/// time of day, in the store's time format; None if `from` cannot be read. Public
/// holidays differ by country and are not counted out.
pub fn after_working_days(from: &str, days: i32) -> Option<String> {
    use time::format_description::well_known::Rfc3339;
    let mut t = time::OffsetDateTime::parse(from, &Rfc3339).ok()?;
    let step = time::Duration::days(if days < 0 { -1 } else { 1 });
    let mut left = days.unsigned_abs();
    while left > 0 {
        t += step;
        if !matches!(t.weekday(), time::Weekday::Saturday | time::Weekday::Sunday) {
            left -= 1;
        }
    }
    t.format(&Rfc3339).ok()
}

#[cfg(test)]
mod tests {
    use super::after_working_days;

    #[test]
    fn working_days_skip_the_weekend() {
        // 2026-12-04 is a Friday: three working days later is Wednesday.
        assert_eq!(
            after_working_days("2026-12-04T10:00:00Z", 3).as_deref(),
            Some("2026-12-09T10:00:00Z")
        );
        assert_eq!(
            after_working_days("2026-12-01T10:00:00Z", 0).as_deref(),
            Some("2026-12-01T10:00:00Z")
        );
        assert_eq!(
            after_working_days("2026-12-09T10:00:00Z", -3).as_deref(),
            Some("2026-12-04T10:00:00Z"),
            "and back"
        );
        assert_eq!(after_working_days("not a time", 1), None);
    }
}
