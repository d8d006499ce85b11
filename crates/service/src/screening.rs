//! Screening drafts (capability 3). Screening itself is pure and public; a draft keeps
//! one browser's unfinished answers. Drafts are bounded: normalised values only, one per
//! session (the web keeps the server-issued id in the session), a total cap, and expired
//! drafts are never served.

use opennrm_domain::screening::ScreeningRequest;

use crate::{Action, Identity, ServiceError, Services, crypto};

impl Services {
    /// Saves `req` as the draft `existing` (when it still exists) or as a new draft;
    /// returns the draft's id, always issued by the server.
    pub async fn save_screening_draft(
        &self,
        who: &Identity,
        existing: Option<&str>,
        req: &ScreeningRequest,
    ) -> Result<String, ServiceError> {
        opennrm_domain::platform::require(who, &Action::Screen)?;
        let clean = req
            .normalised(&self.atlas().atlas)
            .map_err(|e| ServiceError::invalid(e.field, e.message))?;
        let store = self.store();
        let id = match existing {
            Some(id) if store.load_screening_draft(id).await?.is_some() => id.to_string(),
            _ => {
                if store.count_screening_drafts().await? >= self.policy().max_drafts {
                    tracing::warn!("screening draft limit reached; refusing a new draft");
                    return Err(ServiceError::TooMany {
                        retry_after_seconds: 3600,
                    });
                }
                crypto::random_hex(16)
            }
        };
        store.save_screening_draft(&id, &clean).await?;
        Ok(id)
    }

    /// The draft `id` if it exists and has not expired.
    pub async fn screening_draft(
        &self,
        who: &Identity,
        id: &str,
    ) -> Result<Option<ScreeningRequest>, ServiceError> {
        opennrm_domain::platform::require(who, &Action::Screen)?;
        Ok(self.store().load_screening_draft(id).await?)
    }

    pub async fn discard_screening_draft(
        &self,
        who: &Identity,
        id: &str,
    ) -> Result<(), ServiceError> {
        opennrm_domain::platform::require(who, &Action::Screen)?;
        Ok(self.store().delete_screening_draft(id).await?)
    }
}
