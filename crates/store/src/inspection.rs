//! Joint inspections (migration `inspection`): the plan with its participating agencies,
//! the findings each records on the day (text sealed by the service layer), and the
//! cases opened from it (`referral_case.inspection_id`).

use crate::batch::Plan;
use crate::platform::Audited;
use crate::{Store, StoreError, with_pool};

#[derive(Debug, Clone, PartialEq, Eq, sqlx::FromRow)]
pub struct InspectionRecord {
    pub id: String,
    pub reference: String,
    pub country_code: String,
    /// The organisation that planned it (atlas actor id).
    pub planned_by: String,
    pub planner_id: String,
    /// YYYY-MM-DD.
    pub held_on: String,
    pub work_sector: String,
    pub region: Option<String>,
    pub state: String,
    /// The atlas revision that records its cooperation, once closed.
    pub revision_id: Option<i64>,
    pub created_at: String,
    pub updated_at: String,
}

#[derive(Debug, Clone, PartialEq, Eq, sqlx::FromRow)]
pub struct ParticipantRecord {
    pub inspection_id: String,
    pub position: i64,
    pub org: String,
    pub legal_basis: String,
}

#[derive(Debug, Clone, PartialEq, Eq, sqlx::FromRow)]
pub struct FindingRecord {
    pub id: String,
    pub inspection_id: String,
    pub org: String,
    pub author_id: String,
    pub workers_met: i64,
    pub workers_screened: i64,
    pub body_ct: Option<String>,
    pub created_at: String,
}

impl Plan {
    /// A new inspection with its participants.
    pub fn insert_inspection(
        i: &InspectionRecord,
        participants: &[ParticipantRecord],
        audit: &Audited<'_>,
    ) -> Result<Plan, StoreError> {
        let mut plan = Plan::new(audit, "an inspection with this reference")?;
        plan.step(
            "INSERT INTO inspection (id, reference, country_code, planned_by, planner_id, held_on, work_sector, region, state, revision_id, created_at, updated_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)",
            vec![
                (&i.id).into(), (&i.reference).into(), (&i.country_code).into(), (&i.planned_by).into(),
                (&i.planner_id).into(), (&i.held_on).into(), (&i.work_sector).into(), (&i.region).into(),
                (&i.state).into(), i.revision_id.into(), (&i.created_at).into(), (&i.updated_at).into(),
            ],
        );
        for p in participants {
            plan.step(
                "INSERT INTO inspection_participant (inspection_id, position, org, legal_basis) VALUES ($1, $2, $3, $4)",
                vec![(&p.inspection_id).into(), p.position.into(), (&p.org).into(), (&p.legal_basis).into()],
            );
        }
        Ok(plan)
    }

    /// A finding of one agency; skipped once the inspection is closed.
    pub fn insert_finding(f: &FindingRecord, audit: &Audited<'_>) -> Result<Plan, StoreError> {
        let mut plan = Plan::new(audit, "this finding")?.guard(
            "SELECT 1 FROM inspection WHERE id = $1 AND state = 'planned'",
            vec![(&f.inspection_id).into()],
        );
        plan.step(
            "INSERT INTO inspection_finding (id, inspection_id, org, author_id, workers_met, workers_screened, body_ct, created_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)",
            vec![
                (&f.id).into(), (&f.inspection_id).into(), (&f.org).into(), (&f.author_id).into(),
                f.workers_met.into(), f.workers_screened.into(), (&f.body_ct).into(), (&f.created_at).into(),
            ],
        );
        plan.step(
            "UPDATE inspection SET updated_at = $2 WHERE id = $1",
            vec![(&f.inspection_id).into(), (&f.created_at).into()],
        );
        Ok(plan)
    }

    /// Closes a planned inspection, naming the atlas revision that records it.
    pub fn close_inspection(
        id: &str,
        revision_id: i64,
        at: &str,
        audit: &Audited<'_>,
    ) -> Result<Plan, StoreError> {
        let mut plan = Plan::new(audit, "this inspection")?.guard(
            "SELECT 1 FROM inspection WHERE id = $1 AND state = 'planned'",
            vec![id.into()],
        );
        plan.step(
            "UPDATE inspection SET state = 'closed', revision_id = $2, updated_at = $3 WHERE id = $1",
            vec![id.into(), revision_id.into(), at.into()],
        );
        Ok(plan)
    }
}

impl Store {
    pub async fn inspection_by_reference(
        &self,
        reference: &str,
    ) -> Result<Option<InspectionRecord>, StoreError> {
        Ok(with_pool!(self, p => {
            sqlx::query_as::<_, InspectionRecord>("SELECT * FROM inspection WHERE reference = $1").bind(reference).fetch_optional(p).await?
        }))
    }

    pub async fn inspection_by_id(&self, id: &str) -> Result<Option<InspectionRecord>, StoreError> {
        Ok(with_pool!(self, p => {
            sqlx::query_as::<_, InspectionRecord>("SELECT * FROM inspection WHERE id = $1").bind(id).fetch_optional(p).await?
        }))
    }

    pub async fn participants(
        &self,
        inspection_id: &str,
    ) -> Result<Vec<ParticipantRecord>, StoreError> {
        Ok(with_pool!(self, p => {
            sqlx::query_as::<_, ParticipantRecord>("SELECT * FROM inspection_participant WHERE inspection_id = $1 ORDER BY position").bind(inspection_id).fetch_all(p).await?
        }))
    }

    pub async fn findings(&self, inspection_id: &str) -> Result<Vec<FindingRecord>, StoreError> {
        Ok(with_pool!(self, p => {
            sqlx::query_as::<_, FindingRecord>("SELECT * FROM inspection_finding WHERE inspection_id = $1 ORDER BY created_at, id").bind(inspection_id).fetch_all(p).await?
        }))
    }

    /// Inspections of a country that `org` takes part in or planned, or every one of the
    /// country when `org` is None (the coordinator); newest date first.
    pub async fn inspections_of(
        &self,
        country: &str,
        org: Option<&str>,
        limit: i64,
    ) -> Result<Vec<InspectionRecord>, StoreError> {
        Ok(with_pool!(self, p => {
            sqlx::query_as::<_, InspectionRecord>("SELECT i.* FROM inspection i WHERE i.country_code = $1 AND ($2 IS NULL OR i.planned_by = $2 OR EXISTS (SELECT 1 FROM inspection_participant x WHERE x.inspection_id = i.id AND x.org = $2)) ORDER BY i.held_on DESC, i.created_at DESC LIMIT $3")
                .bind(country).bind(org).bind(limit).fetch_all(p).await?
        }))
    }

    /// The cases opened from an inspection: (reference, identifying organisation).
    pub async fn inspection_cases(
        &self,
        inspection_id: &str,
    ) -> Result<Vec<(String, String)>, StoreError> {
        Ok(with_pool!(self, p => {
            sqlx::query_as::<_, (String, String)>("SELECT reference, organisation_id FROM referral_case WHERE inspection_id = $1 ORDER BY created_at, id").bind(inspection_id).fetch_all(p).await?
        }))
    }
}
