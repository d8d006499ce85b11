//! The atlas as this node serves it: the current revision kept in memory (read-mostly
//! reference data) and swapped atomically when another node or `opennrm import` writes a
//! new one. The atlas is public, so reads need no identity.

use std::sync::Arc;
use std::time::Duration;

use opennrm_domain::atlas::Atlas;
use opennrm_store::{LoadOutcome, Revision, Store, StoreError};

use crate::{Identity, ServiceError, Services};

/// One revision of the atlas, as served.
pub struct AtlasView {
    pub atlas: Atlas,
    pub revision: Revision,
}

pub(crate) async fn read_view(store: &Store) -> Result<AtlasView, ServiceError> {
    let (revision, atlas) = store.load_current().await?.ok_or_else(|| {
        ServiceError::Internal(
            "the database holds no atlas; run `opennrm migrate` or `opennrm import`".into(),
        )
    })?;
    Ok(AtlasView { atlas, revision })
}

/// Loads `atlas` into an empty database (safe with several nodes starting at once).
pub async fn ensure_loaded(
    store: &Store,
    atlas: &Atlas,
    label: &str,
    origin: &str,
) -> Result<LoadOutcome, StoreError> {
    store.ensure_atlas(atlas, label, origin).await
}

impl Services {
    /// The current revision (public data: no identity needed).
    pub fn atlas(&self) -> Arc<AtlasView> {
        self.0.atlas.load_full()
    }

    /// Every revision, oldest first.
    pub async fn revisions(&self, _who: &Identity) -> Result<Vec<Revision>, ServiceError> {
        Ok(self.store().revisions().await?)
    }

    /// Re-reads the atlas if the database has a newer revision. Returns whether it did.
    pub async fn refresh_atlas(&self) -> Result<bool, ServiceError> {
        let current = self.store().current_revision().await?;
        if current.as_ref().map(|r| r.id) == Some(self.0.atlas.load().revision.id) {
            return Ok(false);
        }
        let fresh = read_view(self.store()).await?;
        tracing::info!(
            revision = fresh.revision.id,
            "atlas revision changed; serving the new one"
        );
        self.0.atlas.store(Arc::new(fresh));
        Ok(true)
    }

    /// Polls for new revisions every `every`, and purges expired sessions and
    /// sign-in failures on the way, until the process ends.
    pub fn spawn_housekeeping(&self, every: Duration) {
        let services = self.clone();
        tokio::spawn(async move {
            let mut tick = tokio::time::interval(every);
            tick.tick().await;
            let mut n: u64 = 0;
            loop {
                tick.tick().await;
                if let Err(e) = services.refresh_atlas().await {
                    tracing::warn!(error = %e, "could not check for a new atlas revision");
                }
                n += 1;
                if n.is_multiple_of(60)
                    && let Err(e) = services.purge_expired().await
                {
                    tracing::warn!(error = %e, "could not purge expired sessions");
                }
            }
        });
    }

    /// Whether the database answers (the readiness probe).
    pub async fn database_ready(&self) -> bool {
        self.store().ping().await.is_ok()
    }
}
