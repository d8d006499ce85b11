//! Assistance tasks (migration `assistance`): stored as given and moved by guarded plans,
//! so two clicks on one task cannot both win.

use crate::batch::Plan;
use crate::platform::Audited;
use crate::{Store, StoreError, with_pool};

#[derive(Debug, Clone, PartialEq, Eq, sqlx::FromRow)]
pub struct TaskRecord {
    pub id: String,
    pub case_id: String,
    pub person_id: String,
    pub kind: String,
    pub provider_org: String,
    pub state: String,
    pub created_by: String,
    pub created_at: String,
    pub updated_at: String,
}

impl Plan {
    /// A new task of a case's assistance plan.
    pub fn insert_task(t: &TaskRecord, audit: &Audited<'_>) -> Result<Plan, StoreError> {
        let mut plan = Plan::new(audit, "this task")?;
        plan.step(
            "INSERT INTO assistance_task (id, case_id, person_id, kind, provider_org, state, created_by, created_at, updated_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)",
            vec![
                (&t.id).into(), (&t.case_id).into(), (&t.person_id).into(), (&t.kind).into(),
                (&t.provider_org).into(), (&t.state).into(), (&t.created_by).into(),
                (&t.created_at).into(), (&t.updated_at).into(),
            ],
        );
        plan.touch_case(&t.case_id, &t.created_at);
        Ok(plan)
    }

    /// Moves a task from `from` to `to`; skipped if it is no longer in `from`.
    pub fn move_task(
        task: &TaskRecord,
        from: &str,
        to: &str,
        at: &str,
        audit: &Audited<'_>,
    ) -> Result<Plan, StoreError> {
        let mut plan = Plan::new(audit, "this task")?.guard(
            "SELECT 1 FROM assistance_task WHERE id = $1 AND state = $2",
            vec![(&task.id).into(), from.into()],
        );
        plan.step(
            "UPDATE assistance_task SET state = $2, updated_at = $3 WHERE id = $1",
            vec![(&task.id).into(), to.into(), at.into()],
        );
        plan.touch_case(&task.case_id, at);
        Ok(plan)
    }
}

impl Store {
    pub async fn task(&self, id: &str) -> Result<Option<TaskRecord>, StoreError> {
        Ok(with_pool!(self, p => {
            sqlx::query_as::<_, TaskRecord>("SELECT * FROM assistance_task WHERE id = $1").bind(id).fetch_optional(p).await?
        }))
    }

    pub async fn case_tasks(&self, case_id: &str) -> Result<Vec<TaskRecord>, StoreError> {
        Ok(with_pool!(self, p => {
            sqlx::query_as::<_, TaskRecord>("SELECT * FROM assistance_task WHERE case_id = $1 ORDER BY created_at, id").bind(case_id).fetch_all(p).await?
        }))
    }

    /// A provider's tasks, open ones first, oldest first.
    pub async fn provider_tasks(
        &self,
        org: &str,
        limit: i64,
    ) -> Result<Vec<TaskRecord>, StoreError> {
        Ok(with_pool!(self, p => {
            sqlx::query_as::<_, TaskRecord>("SELECT * FROM assistance_task WHERE provider_org = $1 ORDER BY CASE WHEN state IN ('completed', 'declined') THEN 1 ELSE 0 END, created_at LIMIT $2")
                .bind(org).bind(limit).fetch_all(p).await?
        }))
    }
}
