//! Screening drafts: saved and read back by their random id; old drafts are purged so
//! nothing lingers (data minimisation, even though a draft holds no personal data).

use opennrm_domain::screening::ScreeningRequest;
use sqlx::Row;

use crate::{Store, StoreError, atlas::now_utc, with_pool};

/// How long an untouched draft is kept.
pub const DRAFT_RETENTION_DAYS: i64 = 30;

impl Store {
    /// Saves (or overwrites) the draft `id`.
    pub async fn save_screening_draft(
        &self,
        id: &str,
        request: &ScreeningRequest,
    ) -> Result<(), StoreError> {
        let json =
            serde_json::to_string(request).map_err(|e| StoreError::Corrupt(e.to_string()))?;
        let now = now_utc();
        let cutoff = crate::atlas::days_ago_utc(DRAFT_RETENTION_DAYS);
        with_pool!(self, p => {
            let mut tx = p.begin().await?;
            sqlx::query("DELETE FROM screening_draft WHERE updated_at < $1").bind(&cutoff).execute(&mut *tx).await?;
            sqlx::query("INSERT INTO screening_draft (id, request, created_at, updated_at) VALUES ($1, $2, $3, $3) ON CONFLICT (id) DO UPDATE SET request = excluded.request, updated_at = excluded.updated_at")
                .bind(id).bind(&json).bind(&now)
                .execute(&mut *tx).await?;
            tx.commit().await?;
        });
        Ok(())
    }

    /// The draft `id`, if it exists and has not expired (an expired draft is never
    /// served, even before the next purge removes it).
    pub async fn load_screening_draft(
        &self,
        id: &str,
    ) -> Result<Option<ScreeningRequest>, StoreError> {
        let cutoff = crate::atlas::days_ago_utc(DRAFT_RETENTION_DAYS);
        let json: Option<String> = with_pool!(self, p => {
            match sqlx::query("SELECT request FROM screening_draft WHERE id = $1 AND updated_at >= $2").bind(id).bind(&cutoff).fetch_optional(p).await? {
                Some(row) => Some(row.try_get("request")?),
                None => None,
            }
        });
        json.map(|j| {
            serde_json::from_str(&j)
                .map_err(|e| StoreError::Corrupt(format!("screening draft: {e}")))
        })
        .transpose()
    }

    /// How many drafts are kept (for the total cap).
    pub async fn count_screening_drafts(&self) -> Result<i64, StoreError> {
        Ok(
            with_pool!(self, p => sqlx::query("SELECT COUNT(*) AS n FROM screening_draft").fetch_one(p).await?.try_get::<i64, _>("n")?),
        )
    }

    /// Deletes the draft `id` (no error if it is already gone).
    pub async fn delete_screening_draft(&self, id: &str) -> Result<(), StoreError> {
        // The number of rows affected does not matter: deleting a missing draft is fine.
        let _ = with_pool!(self, p => sqlx::query("DELETE FROM screening_draft WHERE id = $1").bind(id).execute(p).await?.rows_affected());
        Ok(())
    }
}
