//! Survey waves and their invitees (migration `survey`). Contact details, nomination
//! reasons and answers arrive sealed from the service layer; a link's token is stored
//! only as its SHA-256 and cleared once the invitee completes or declines.

use crate::batch::Plan;
use crate::platform::Audited;
use crate::{Store, StoreError, with_pool};

#[derive(Debug, Clone, PartialEq, Eq, sqlx::FromRow)]
pub struct WaveRecord {
    pub id: String,
    pub country_code: String,
    pub number: i64,
    pub questionnaire_id: String,
    pub questionnaire_version: i64,
    pub label: String,
    pub started_by: String,
    pub created_at: String,
    pub closes_at: String,
}

#[derive(Debug, Clone, PartialEq, Eq, sqlx::FromRow)]
pub struct InviteeRecord {
    pub id: String,
    pub wave_id: String,
    pub position: i64,
    pub actor_id: Option<String>,
    pub organisation: String,
    pub sector: Option<String>,
    pub contact_ct: Option<String>,
    pub email_ct: Option<String>,
    pub why_ct: Option<String>,
    pub nominated_by: Option<String>,
    pub state: String,
    pub form: Option<String>,
    pub token_hash: Option<String>,
    pub answers_ct: Option<String>,
    pub invited_at: Option<String>,
    pub completed_at: Option<String>,
    pub created_at: String,
    pub updated_at: String,
    /// Links re-issued as reminders, and the last time.
    pub reminders: i64,
    pub reminded_at: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, sqlx::FromRow)]
pub struct DecisionRecord {
    pub wave_id: String,
    pub invitee_id: String,
    pub question: String,
    pub target: String,
    pub decision: String,
    pub kind: Option<String>,
    pub decided_by: String,
    pub decided_at: String,
    pub revision_id: Option<i64>,
}

/// The decision on a wave's count of respondents naming one answer (a limitation
/// alternative): it belongs to the wave, not to one invitee.
#[derive(Debug, Clone, PartialEq, Eq, sqlx::FromRow)]
pub struct CountDecisionRecord {
    pub wave_id: String,
    pub question: String,
    pub target: String,
    /// The count decided on.
    pub respondents: i64,
    pub decision: String,
    pub decided_by: String,
    pub decided_at: String,
    pub revision_id: Option<i64>,
}

impl Plan {
    /// A decision on a wave's count; a second one on the same count is a conflict.
    pub fn insert_count_decision(
        d: &CountDecisionRecord,
        audit: &Audited<'_>,
    ) -> Result<Plan, StoreError> {
        let mut plan = Plan::new(audit, "a decision on this count")?;
        plan.step(
            "INSERT INTO survey_count_decision (wave_id, question, target, respondents, decision, decided_by, decided_at, revision_id) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)",
            vec![
                (&d.wave_id).into(), (&d.question).into(), (&d.target).into(), d.respondents.into(),
                (&d.decision).into(), (&d.decided_by).into(), (&d.decided_at).into(), d.revision_id.into(),
            ],
        );
        Ok(plan)
    }

    /// A review decision; a second decision on the same proposal is a conflict.
    pub fn insert_decision(d: &DecisionRecord, audit: &Audited<'_>) -> Result<Plan, StoreError> {
        let mut plan = Plan::new(audit, "a decision on this proposal")?;
        plan.step(
            "INSERT INTO survey_decision (wave_id, invitee_id, question, target, decision, kind, decided_by, decided_at, revision_id) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)",
            vec![
                (&d.wave_id).into(), (&d.invitee_id).into(), (&d.question).into(), (&d.target).into(),
                (&d.decision).into(), (&d.kind).into(), (&d.decided_by).into(), (&d.decided_at).into(),
                d.revision_id.into(),
            ],
        );
        Ok(plan)
    }

    /// A new wave; its number is the country's next (the unique key refuses a race).
    pub fn insert_wave(w: &WaveRecord, audit: &Audited<'_>) -> Result<Plan, StoreError> {
        let mut plan = Plan::new(audit, "a wave with this number")?;
        plan.step(
            "INSERT INTO survey_wave (id, country_code, number, questionnaire_id, questionnaire_version, label, started_by, created_at, closes_at) VALUES ($1, $2, (SELECT COALESCE(MAX(number), 0) + 1 FROM survey_wave WHERE country_code = $2), $3, $4, $5, $6, $7, $8)",
            vec![
                (&w.id).into(), (&w.country_code).into(), (&w.questionnaire_id).into(),
                w.questionnaire_version.into(), (&w.label).into(), (&w.started_by).into(),
                (&w.created_at).into(), (&w.closes_at).into(),
            ],
        );
        Ok(plan)
    }

    /// A new invitee (proposed: no link yet), at the wave's next position.
    pub fn insert_invitee(i: &InviteeRecord, audit: &Audited<'_>) -> Result<Plan, StoreError> {
        let mut plan = Plan::new(audit, "this invitee")?;
        plan.step(
            // The next position is computed in the statement that inserts, so two invitees
            // added at once cannot take one position (the unique key refuses the second).
            "INSERT INTO survey_invitee (id, wave_id, position, actor_id, organisation, sector, contact_ct, email_ct, why_ct, nominated_by, state, created_at, updated_at) VALUES ($1, $2, (SELECT COALESCE(MAX(position), 0) + 1 FROM survey_invitee WHERE wave_id = $2), $3, $4, $5, $6, $7, $8, $9, 'proposed', $10, $10)",
            vec![
                (&i.id).into(), (&i.wave_id).into(), (&i.actor_id).into(), (&i.organisation).into(),
                (&i.sector).into(), (&i.contact_ct).into(), (&i.email_ct).into(), (&i.why_ct).into(),
                (&i.nominated_by).into(), (&i.created_at).into(),
            ],
        );
        Ok(plan)
    }

    /// Issues (or re-issues) an invitee's link: skipped once it completed or declined. A
    /// reminder is a re-issued link to an invitee already invited (counted).
    pub fn issue_link(
        invitee_id: &str,
        token_hash: &str,
        at: &str,
        reminder: bool,
        audit: &Audited<'_>,
    ) -> Result<Plan, StoreError> {
        Ok(Plan::new(audit, "this link")?.guard(
            "UPDATE survey_invitee SET token_hash = $2, state = CASE WHEN state = 'proposed' THEN 'invited' ELSE state END, invited_at = COALESCE(invited_at, $3), updated_at = $3, reminders = reminders + $4, reminded_at = CASE WHEN $4 = 1 THEN $3 ELSE reminded_at END WHERE id = $1 AND state IN ('proposed', 'invited', 'started') AND ($4 = 0 OR state IN ('invited', 'started'))",
            vec![invitee_id.into(), token_hash.into(), at.into(), i64::from(reminder).into()],
        ))
    }

    /// Saves a respondent's answers (and form), completing or declining when `to` says
    /// so; a completed or declined invitee's link stops working. Skipped when the link is
    /// no longer the invitee's (re-issued, spent) or the answers changed meanwhile.
    pub fn save_response(
        invitee_id: &str,
        token_hash: &str,
        form: Option<&str>,
        answers_ct: Option<&str>,
        to: &str,
        at: &str,
        audit: &Audited<'_>,
    ) -> Result<Plan, StoreError> {
        let done = matches!(to, "completed" | "declined");
        Ok(Plan::new(audit, "this response")?.guard(
            "UPDATE survey_invitee SET form = $3, answers_ct = $4, state = $5, updated_at = $6, completed_at = CASE WHEN $7 = 1 THEN $6 ELSE completed_at END, token_hash = CASE WHEN $7 = 1 THEN NULL ELSE token_hash END WHERE id = $1 AND token_hash = $2 AND state IN ('invited', 'started')",
            vec![
                invitee_id.into(), token_hash.into(), form.into(), answers_ct.into(), to.into(),
                at.into(), i64::from(done).into(),
            ],
        ))
    }
}

impl Store {
    pub async fn wave(&self, id: &str) -> Result<Option<WaveRecord>, StoreError> {
        Ok(with_pool!(self, p => {
            sqlx::query_as::<_, WaveRecord>("SELECT * FROM survey_wave WHERE id = $1").bind(id).fetch_optional(p).await?
        }))
    }

    /// A country's waves, by number.
    pub async fn waves_of(&self, country: &str) -> Result<Vec<WaveRecord>, StoreError> {
        Ok(with_pool!(self, p => {
            sqlx::query_as::<_, WaveRecord>("SELECT * FROM survey_wave WHERE country_code = $1 ORDER BY number LIMIT 200").bind(country).fetch_all(p).await?
        }))
    }

    /// A wave's invitees, by position.
    pub async fn invitees(&self, wave_id: &str) -> Result<Vec<InviteeRecord>, StoreError> {
        Ok(with_pool!(self, p => {
            sqlx::query_as::<_, InviteeRecord>("SELECT * FROM survey_invitee WHERE wave_id = $1 ORDER BY position").bind(wave_id).fetch_all(p).await?
        }))
    }

    pub async fn invitee(&self, id: &str) -> Result<Option<InviteeRecord>, StoreError> {
        Ok(with_pool!(self, p => {
            sqlx::query_as::<_, InviteeRecord>("SELECT * FROM survey_invitee WHERE id = $1").bind(id).fetch_optional(p).await?
        }))
    }

    /// The invitee a link's token hash belongs to, while it is live.
    pub async fn invitee_by_token(
        &self,
        token_hash: &str,
    ) -> Result<Option<InviteeRecord>, StoreError> {
        Ok(with_pool!(self, p => {
            sqlx::query_as::<_, InviteeRecord>("SELECT * FROM survey_invitee WHERE token_hash = $1").bind(token_hash).fetch_optional(p).await?
        }))
    }

    /// A wave's decisions on counts.
    pub async fn count_decisions(
        &self,
        wave_id: &str,
    ) -> Result<Vec<CountDecisionRecord>, StoreError> {
        Ok(with_pool!(self, p => {
            sqlx::query_as::<_, CountDecisionRecord>("SELECT * FROM survey_count_decision WHERE wave_id = $1").bind(wave_id).fetch_all(p).await?
        }))
    }

    /// A wave's review decisions.
    pub async fn decisions(&self, wave_id: &str) -> Result<Vec<DecisionRecord>, StoreError> {
        Ok(with_pool!(self, p => {
            sqlx::query_as::<_, DecisionRecord>("SELECT * FROM survey_decision WHERE wave_id = $1").bind(wave_id).fetch_all(p).await?
        }))
    }
}
