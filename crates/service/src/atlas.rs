//! The atlas as this node serves it: the current revision kept in memory (read-mostly
//! reference data) and swapped atomically when another node or `opennrm import` writes a
//! new one; older revisions are read from the database on demand and kept in a small
//! cache (a revision never changes, so a cached one is never stale). The atlas is
//! public, so reads need no identity; adding a revision is the operator's.

use std::sync::{Arc, Mutex};
use std::time::Duration;

use opennrm_domain::atlas::Atlas;
use opennrm_domain::atlas::diff::{self, CountryDiff};
pub use opennrm_domain::atlas::history::ImportPlan;
use opennrm_domain::platform::{Action, require};
use opennrm_store::{LoadOutcome, NewRevision, Revision, Store, StoreError};

use crate::{Identity, ServiceError, Services};

/// Old revisions kept in memory after their first read. A whole revision of the 2013
/// atlas is well under a megabyte; eight cover a diff page's two sides and a few more.
const OLD_REVISIONS_CACHED: usize = 8;

/// The most recently used old revisions, newest use last.
#[derive(Default)]
pub(crate) struct OldRevisions(Mutex<Vec<Arc<AtlasView>>>);

impl OldRevisions {
    fn get(&self, id: i64) -> Option<Arc<AtlasView>> {
        let mut v = self.0.lock().unwrap_or_else(|e| e.into_inner());
        let i = v.iter().position(|x| x.revision.id == id)?;
        let hit = v.remove(i);
        v.push(hit.clone());
        Some(hit)
    }
    fn put(&self, view: Arc<AtlasView>) {
        let mut v = self.0.lock().unwrap_or_else(|e| e.into_inner());
        v.retain(|x| x.revision.id != view.revision.id);
        if v.len() >= OLD_REVISIONS_CACHED {
            v.remove(0);
        }
        v.push(view);
    }
}

/// What the operator allows an import to do beyond adding and changing facts.
#[derive(Debug, Clone, Copy, Default)]
pub struct ImportOptions {
    pub allow_drop_country: bool,
    pub allow_retire: bool,
    /// Leave out the facts and sources that come from OpenNRM records (joint inspections).
    pub allow_drop_records: bool,
}

/// An actor's page, whichever revision it was last seen in.
pub struct ActorAt {
    /// The revision the actor is shown from: the one asked for, the current one, or (for
    /// a retired actor) the last revision that held it.
    pub view: Arc<AtlasView>,
    /// The revision that no longer has the actor, if it has been retired.
    pub retired_in: Option<i64>,
}

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

    /// The atlas as of `revision` (the current one when `None` or when it is the
    /// current id): from memory, else from the database (then cached).
    pub async fn atlas_at(&self, revision: Option<i64>) -> Result<Arc<AtlasView>, ServiceError> {
        let current = self.atlas();
        let Some(id) = revision.filter(|id| *id != current.revision.id) else {
            return Ok(current);
        };
        if let Some(hit) = self.0.old_revisions.get(id) {
            return Ok(hit);
        }
        let (revision, atlas) = self
            .store()
            .load_revision(id)
            .await?
            .ok_or(ServiceError::NotFound("revision"))?;
        if !revision.facts_kept {
            return Err(ServiceError::invalid(
                "revision",
                format!(
                    "revision {id} predates atlas history: its facts were replaced by the next import and not kept"
                ),
            ));
        }
        let view = Arc::new(AtlasView { atlas, revision });
        self.0.old_revisions.put(view.clone());
        Ok(view)
    }

    /// Actor `id` as of `revision`; without a revision, a retired actor is shown from the
    /// last revision that held it, so a link to it (a case, a referral) never breaks.
    pub async fn actor_at(&self, id: &str, revision: Option<i64>) -> Result<ActorAt, ServiceError> {
        let view = self.atlas_at(revision).await?;
        if view.atlas.actor(id).is_some() {
            return Ok(ActorAt {
                view,
                retired_in: None,
            });
        }
        if revision.is_some() {
            return Err(ServiceError::NotFound("actor"));
        }
        let held_in = self.store().actor_revisions(id).await?;
        let Some(&last) = held_in.last() else {
            return Err(ServiceError::NotFound("actor"));
        };
        let retired_in = self
            .store()
            .revisions()
            .await?
            .iter()
            .map(|r| r.id)
            .find(|r| *r > last);
        Ok(ActorAt {
            view: self.atlas_at(Some(last)).await?,
            retired_in,
        })
    }

    /// What changed between revisions `from` and `to`, for one country or every country
    /// (unchanged countries included, flagged empty). Either order works: a diff read
    /// backwards mirrors the forward one.
    pub async fn diff(
        &self,
        from: i64,
        to: i64,
        country: Option<&str>,
    ) -> Result<Vec<CountryDiff>, ServiceError> {
        let (old, new) = (
            self.atlas_at(Some(from)).await?,
            self.atlas_at(Some(to)).await?,
        );
        match country {
            None => Ok(diff::diff_atlas(&old.atlas, &new.atlas)),
            Some(cc) => diff::diff_country(old.atlas.country(cc), new.atlas.country(cc))
                .map(|d| vec![d])
                .ok_or(ServiceError::NotFound("country")),
        }
    }

    /// What importing `atlas` would change beyond facts: dropped countries, retired and
    /// reinstated actors. `opennrm validate` shows it; `import` refuses what is not allowed.
    pub async fn plan_import(
        &self,
        who: &Identity,
        atlas: &Atlas,
    ) -> Result<ImportPlan, ServiceError> {
        require(who, &Action::ImportAtlas)?;
        let Some((_, before)) = self.store().load_current().await? else {
            return Ok(ImportPlan::default());
        };
        let ever: Vec<(String, String)> = self
            .store()
            .actor_ids_ever()
            .await?
            .into_iter()
            .map(|(id, name, _)| (id, name))
            .collect();
        Ok(ImportPlan::new(&before, atlas, &ever))
    }

    /// Adds `atlas` as a new revision (the current one from now on), after checking what
    /// it drops and retires against `options`; audited in the same transaction.
    pub async fn import_atlas(
        &self,
        who: &Identity,
        atlas: &Atlas,
        label: &str,
        made_by: &str,
        options: ImportOptions,
    ) -> Result<(Revision, ImportPlan), ServiceError> {
        let plan = self.plan_import(who, atlas).await?;
        if plan.unchanged {
            return Err(ServiceError::Conflict(
                "the current revision holds exactly these files; nothing to import".into(),
            ));
        }
        if !plan.dropped_countries.is_empty() && !options.allow_drop_country {
            let names: Vec<String> = plan
                .dropped_countries
                .iter()
                .map(|(cc, name)| format!("{cc} {name}"))
                .collect();
            return Err(ServiceError::invalid(
                "countries",
                format!(
                    "the files leave out {}; importing would remove them from the current atlas (allow it explicitly to do so)",
                    names.join(", ")
                ),
            ));
        }
        if !plan.retired.is_empty() && !options.allow_retire {
            let ids: Vec<&str> = plan.retired.iter().map(|(id, _)| id.as_str()).collect();
            return Err(ServiceError::invalid(
                "actors",
                format!(
                    "the files leave out {} actor{} of the current atlas ({}); they would be retired (allow it explicitly to do so)",
                    ids.len(),
                    if ids.len() == 1 { "" } else { "s" },
                    ids.join(", ")
                ),
            ));
        }
        if !plan.dropped_records.is_empty() && !options.allow_drop_records {
            return Err(ServiceError::invalid(
                "records",
                format!(
                    "the current atlas cites {} OpenNRM record{} ({}) that data files cannot carry; importing would drop the facts and sources from them (allow it explicitly to do so)",
                    plan.dropped_records.len(),
                    if plan.dropped_records.len() == 1 {
                        ""
                    } else {
                        "s"
                    },
                    plan.dropped_records.join(", ")
                ),
            ));
        }
        let who_name = who.audit_label();
        let audit = self.audited(
            &who_name,
            "atlas.import",
            Some("atlas"),
            "ok",
            None,
            serde_json::json!({
                "label": label,
                "content_hash": atlas.content_hash,
                "countries": atlas.countries.len(),
                "retired": plan.retired.len(),
                "dropped_countries": plan.dropped_countries.len(),
            }),
        );
        let revision = NewRevision {
            label,
            origin: "import",
            made_by,
        };
        let rev = self.store().add_revision(atlas, revision, &audit).await?;
        self.refresh_atlas().await?;
        Ok((rev, plan))
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

/// What an OpenNRM record adds to the atlas (a joint inspection, a survey response).
pub(crate) struct RecordRevision<'a> {
    pub country: &'a str,
    /// `inspection:<reference>`, `survey:<…>`: folded into the revision's content hash.
    pub record: &'a str,
    /// The audit row's object (`inspection:<reference>`, `survey_wave:<id>`).
    pub object: &'a str,
    /// The revision's origin (`inspection`, `survey`) and label.
    pub origin: &'a str,
    pub title: &'a str,
    pub detail: serde_json::Value,
}

impl Services {
    /// Adds a revision computed from the current atlas by `change` on one country, which
    /// says whether it changed anything (nothing: the record is already in, the current
    /// revision is returned). Written with `add_revision_on`, so a revision that became
    /// current meanwhile is never silently undone: the change is recomputed on it, up to
    /// five times.
    pub(crate) async fn revise_from_record(
        &self,
        who: &Identity,
        r: &RecordRevision<'_>,
        mut change: impl FnMut(&mut opennrm_domain::atlas::CountryAtlas) -> bool,
    ) -> Result<i64, ServiceError> {
        for _ in 0..5 {
            let Some((base, mut atlas)) = self.store().load_current().await? else {
                return Err(ServiceError::NotFound("atlas"));
            };
            let Some(country) = atlas
                .countries
                .iter_mut()
                .find(|c| c.country.code.as_str() == r.country)
            else {
                return Err(ServiceError::NotFound("country"));
            };
            if !change(country) {
                return Ok(base.id);
            }
            atlas.content_hash = opennrm_domain::atlas::content_hash(&[
                ("base".into(), atlas.content_hash.clone()),
                ("record".into(), r.record.to_string()),
            ]);
            let label = who.audit_label();
            let audit = self.audited(
                &label,
                "atlas.revision",
                Some(r.object),
                "ok",
                None,
                r.detail.clone(),
            );
            let revision = NewRevision {
                label: r.title,
                origin: r.origin,
                made_by: &label,
            };
            match self
                .store()
                .add_revision_on(base.id, &atlas, revision, &audit)
                .await
            {
                Ok(rev) => {
                    self.refresh_atlas().await?;
                    return Ok(rev.id);
                }
                Err(StoreError::Conflict(_)) => continue,
                Err(e) => return Err(e.into()),
            }
        }
        Err(ServiceError::Conflict(
            "the atlas is changing too often; try again".into(),
        ))
    }
}
