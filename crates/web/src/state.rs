//! Shared state of a server node. The atlas is read-mostly reference data, so each node
//! keeps the current revision in memory and answers reads from it; a background task
//! watches the database for a new revision (an import on any node) and swaps it in.
//! Nodes stay stateless: the database is the only source of truth.

use std::collections::HashMap;
use std::sync::{Arc, RwLock};
use std::time::Duration;

use arc_swap::ArcSwap;
use axum::body::Bytes;
use opennrm_domain::atlas::Atlas;
use opennrm_store::{Revision, Store, StoreError};

use crate::i18n::Ui;

/// The atlas as one node currently serves it, with the responses rendered from it.
///
/// Rendered pages and JSON documents depend only on the revision, so they are rendered
/// once and kept with the snapshot; a new revision brings a new, empty cache. Keys are
/// limited to the atlas's own countries and actors, so the cache is bounded.
pub struct Snapshot {
    pub atlas: Atlas,
    pub revision: Revision,
    rendered: RwLock<HashMap<String, Bytes>>,
}

impl Snapshot {
    pub fn new(atlas: Atlas, revision: Revision) -> Snapshot {
        Snapshot {
            atlas,
            revision,
            rendered: RwLock::new(HashMap::new()),
        }
    }

    /// The cached bytes for `key`, rendering them with `render` the first time.
    /// A failed render is not cached.
    pub fn cached<E>(
        &self,
        key: &str,
        render: impl FnOnce() -> Result<Bytes, E>,
    ) -> Result<Bytes, E> {
        if let Some(hit) = self
            .rendered
            .read()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
            .get(key)
        {
            return Ok(hit.clone());
        }
        let bytes = render()?;
        self.rendered
            .write()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
            .insert(key.to_string(), bytes.clone());
        Ok(bytes)
    }
}

#[derive(Clone)]
pub struct AppState {
    pub store: Store,
    snapshot: Arc<ArcSwap<Snapshot>>,
    pub ui: Ui,
}

impl AppState {
    /// Loads the current atlas from the store; fails if the database holds none.
    pub async fn load(store: Store) -> Result<AppState, StoreError> {
        let snapshot = read_snapshot(&store).await?;
        Ok(AppState {
            store,
            snapshot: Arc::new(ArcSwap::from_pointee(snapshot)),
            ui: Ui::default(),
        })
    }

    pub fn snapshot(&self) -> Arc<Snapshot> {
        self.snapshot.load_full()
    }

    /// Re-reads the atlas if the database has a newer revision. Returns whether it did.
    pub async fn refresh(&self) -> Result<bool, StoreError> {
        let current = self.store.current_revision().await?;
        if current.as_ref().map(|r| r.id) == Some(self.snapshot.load().revision.id) {
            return Ok(false);
        }
        let fresh = read_snapshot(&self.store).await?;
        tracing::info!(
            revision = fresh.revision.id,
            "atlas revision changed; serving the new one"
        );
        self.snapshot.store(Arc::new(fresh));
        Ok(true)
    }

    /// Polls for new revisions every `every` until the process ends.
    pub fn spawn_refresher(&self, every: Duration) {
        let state = self.clone();
        tokio::spawn(async move {
            let mut tick = tokio::time::interval(every);
            tick.tick().await;
            loop {
                tick.tick().await;
                if let Err(e) = state.refresh().await {
                    tracing::warn!(error = %e, "could not check for a new atlas revision");
                }
            }
        });
    }
}

async fn read_snapshot(store: &Store) -> Result<Snapshot, StoreError> {
    let (revision, atlas) = store.load_current().await?.ok_or_else(|| {
        StoreError::Corrupt(
            "the database holds no atlas; run `opennrm migrate` or `opennrm import`".into(),
        )
    })?;
    Ok(Snapshot::new(atlas, revision))
}
