//! The one way in. Every web handler and CLI command calls a function here with the
//! caller's `Identity`; the function decides access through the domain's rules
//! (`opennrm_domain::platform::access`), reaches the store (which nothing else can), and
//! writes the audit row in the same transaction as the change it records.
//!
//! Capabilities: `atlas` (the current revision in memory), `search` (full text over a
//! revision's facts), `screening` (drafts), `accounts` (organisations and users, for
//! administrators and the CLI), `auth` (sign-in, second factor, sessions, API tokens),
//! `audit`.

pub mod accounts;
pub mod atlas;
pub mod audit;
pub mod auth;
mod crypto;
mod error;
pub mod jobs;
pub mod referral;
pub mod screening;
pub mod search;
pub mod statistics;
pub mod survey;

use std::sync::Arc;

use arc_swap::ArcSwap;
use opennrm_store::AuditKey;
use opennrm_store::Store;
use secrecy::{ExposeSecret, SecretSlice};

pub use atlas::{ActorAt, AtlasView, ImportOptions, ImportPlan};
pub use error::ServiceError;
pub use opennrm_domain::platform::{Action, Denied, Identity, Principal, Role};
pub use search::{SEARCH_LIMIT, SearchAnswer, SearchFilter, SearchHit};

/// Limits and timeouts the services enforce; the CLI fills them from configuration.
#[derive(Debug, Clone)]
pub struct Policy {
    /// Failed sign-ins in a row that lock an account.
    pub lockout_after: i64,
    /// How long a lockout lasts unless an administrator lifts it first.
    pub lockout_seconds: i64,
    /// Failed sign-ins from one address within `throttle_window_seconds` before that
    /// address is refused (429) for the rest of the window.
    pub address_failures: i64,
    pub throttle_window_seconds: i64,
    /// A signed-in session ends this long after sign-in whatever the activity.
    pub session_absolute_seconds: i64,
    /// Screening drafts kept at most, all clients together.
    pub max_drafts: i64,
    /// Statistics hide every count from 1 to k − 1 (and what would give one away).
    pub statistics_k: u64,
    /// Whether anyone may read the statistics, or only rapporteurs and coordinators.
    pub statistics_public: bool,
    /// Working days a receiving organisation has to acknowledge a referral before it is
    /// escalated to the national coordinator.
    pub acknowledge_working_days: u32,
    /// The SMTP relay for e-mails (escalations); None: notifications in the interface only.
    pub mail: Option<jobs::MailSettings>,
    /// Days a closed case stays unchanged before the daily retention job anonymises it.
    pub retention_days: u32,
}

impl Default for Policy {
    fn default() -> Policy {
        Policy {
            lockout_after: 5,
            lockout_seconds: 15 * 60,
            address_failures: 20,
            throttle_window_seconds: 15 * 60,
            session_absolute_seconds: 12 * 3600,
            max_drafts: 10_000,
            statistics_k: opennrm_domain::statistics::DEFAULT_K,
            statistics_public: false,
            acknowledge_working_days: 3,
            mail: None,
            retention_days: 1826,
        }
    }
}

/// The server's master secret (configuration, never the database): every key the
/// services use is derived from it, one per purpose.
pub struct MasterSecret(SecretSlice<u8>);

impl MasterSecret {
    /// At least 32 bytes of key material.
    pub fn new(bytes: Vec<u8>) -> Result<MasterSecret, String> {
        if bytes.len() < 32 {
            return Err(format!(
                "the secret key must be at least 32 bytes (64 hex digits); it has {}",
                bytes.len()
            ));
        }
        Ok(MasterSecret(bytes.into()))
    }
    fn expose(&self) -> &[u8] {
        self.0.expose_secret()
    }
}

impl std::fmt::Debug for MasterSecret {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("MasterSecret(redacted)")
    }
}

/// Keys for case data from configuration (`data_keys`), in order; the last is the active
/// one. Without any, a key derived from the master secret (id `m1`) seals case data, and
/// it stays available to open what it sealed after keys are configured.
#[derive(Default)]
pub struct DataKeys(Vec<(String, secrecy::SecretBox<[u8; 32]>)>);

impl DataKeys {
    pub const DERIVED_ID: &'static str = "m1";

    /// Parses `id:hex64,id:hex64`: ids are 1–16 letters or digits, keys 32 bytes.
    /// Errors never quote a key.
    pub fn parse(text: &str) -> Result<DataKeys, String> {
        let mut out: Vec<(String, secrecy::SecretBox<[u8; 32]>)> = Vec::new();
        for (i, entry) in text
            .split(',')
            .map(str::trim)
            .filter(|e| !e.is_empty())
            .enumerate()
        {
            let (id, hex_key) = entry
                .split_once(':')
                .ok_or_else(|| format!("entry {} is not id:hex", i + 1))?;
            if id.is_empty() || id.len() > 16 || !id.bytes().all(|b| b.is_ascii_alphanumeric()) {
                return Err(format!(
                    "entry {}: the id must be 1 to 16 letters or digits",
                    i + 1
                ));
            }
            if id == Self::DERIVED_ID {
                return Err(format!(
                    "entry {}: the id {} is reserved for the derived key",
                    i + 1,
                    Self::DERIVED_ID
                ));
            }
            if out.iter().any(|(k, _)| k == id) {
                return Err(format!("entry {}: the id {id} appears twice", i + 1));
            }
            let bytes = hex::decode(hex_key.trim())
                .map_err(|_| format!("entry {}: the key is not hex", i + 1))?;
            let key: [u8; 32] = bytes.try_into().map_err(|_| {
                format!("entry {}: the key must be 32 bytes (64 hex digits)", i + 1)
            })?;
            out.push((id.to_string(), secrecy::SecretBox::new(Box::new(key))));
        }
        Ok(DataKeys(out))
    }

    /// The ids, in order (the last one seals).
    pub fn ids(&self) -> Vec<&str> {
        self.0.iter().map(|(k, _)| k.as_str()).collect()
    }
}

impl std::fmt::Debug for DataKeys {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "DataKeys({:?}, redacted)", self.ids())
    }
}

struct Inner {
    store: Store,
    /// Commits audited changes in batches (group commit), see `opennrm_store::Writer`.
    writer: opennrm_store::Writer,
    atlas: ArcSwap<AtlasView>,
    old_revisions: atlas::OldRevisions,
    audit_key: AuditKey,
    seal: crypto::Sealer,
    /// Seals case data (personal fields, notes, messages); keys from configuration.
    case_keys: crypto::Sealer,
    /// The shipped referral pathways, validated against the atlas at start.
    pathways: Vec<opennrm_domain::referral::Pathway>,
    policy: Policy,
}

/// The services of one server node (cheap to clone; every clone shares one state).
#[derive(Clone)]
pub struct Services(Arc<Inner>);

impl Services {
    /// Builds the services on a migrated store holding an atlas.
    pub async fn open(
        store: Store,
        secret: &MasterSecret,
        policy: Policy,
    ) -> Result<Services, ServiceError> {
        Services::open_with_keys(store, secret, policy, DataKeys::default()).await
    }

    /// As `open`, with the configured keys for case data.
    pub async fn open_with_keys(
        store: Store,
        secret: &MasterSecret,
        policy: Policy,
        keys: DataKeys,
    ) -> Result<Services, ServiceError> {
        let view = atlas::read_view(&store).await?;
        let pathways = opennrm_domain::referral::embedded_pathways(&view.atlas).map_err(|e| {
            ServiceError::Internal(format!("the shipped pathways do not fit the atlas: {e}"))
        })?;
        Ok(Services(Arc::new(Inner {
            audit_key: AuditKey::derive(secret.expose()),
            seal: crypto::Sealer::derive(secret.expose()),
            case_keys: crypto::Sealer::derived(
                secret.expose(),
                DataKeys::DERIVED_ID,
                b"opennrm case data v1",
                keys.0
                    .into_iter()
                    .map(|(id, k)| (id, *k.expose_secret()))
                    .collect(),
            ),
            pathways,
            writer: opennrm_store::Writer::new(store.clone()),
            store,
            atlas: ArcSwap::from_pointee(view),
            old_revisions: atlas::OldRevisions::default(),
            policy,
        })))
    }

    fn store(&self) -> &Store {
        &self.0.store
    }

    /// Commits an audited change through this node's group-commit writer; returns once
    /// it is durably stored.
    async fn write(
        &self,
        plan: Result<opennrm_store::Plan, opennrm_store::StoreError>,
    ) -> Result<opennrm_store::Applied, ServiceError> {
        Ok(self.0.writer.apply(plan?).await?)
    }

    pub fn policy(&self) -> &Policy {
        &self.0.policy
    }

    /// "sqlite" or "postgres".
    pub fn backend(&self) -> &'static str {
        self.0.store.backend()
    }

    /// Closes the database pool (at shutdown).
    pub async fn close(&self) {
        self.0.writer.close().await;
        self.0.store.close().await;
    }

    fn audited<'a>(
        &'a self,
        who: &'a str,
        action: &'a str,
        object: Option<&'a str>,
        outcome: &'a str,
        address: Option<&'a str>,
        detail: serde_json::Value,
    ) -> opennrm_store::Audited<'a> {
        opennrm_store::Audited {
            key: &self.0.audit_key,
            event: opennrm_store::AuditEvent {
                actor: who,
                action,
                object,
                outcome,
                address,
                detail,
            },
        }
    }
}
