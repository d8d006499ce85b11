//! Storage behind the domain: SQLite (the embedded default) and PostgreSQL (how a
//! deployment scales), picked from the database URL. Backend differences stay in this
//! crate; the SQL is shared where both dialects accept it (`$n` placeholders work in both).

mod assistance;
mod atlas;
mod audit;
mod batch;
mod inspection;
mod jobs;
mod platform;
mod referral;
mod screening;
mod search;
mod statistics;
mod survey;

use std::str::FromStr;
use std::time::Duration;

use sqlx::postgres::{PgPool, PgPoolOptions};
use sqlx::sqlite::{
    SqliteConnectOptions, SqliteJournalMode, SqlitePool, SqlitePoolOptions, SqliteSynchronous,
};

pub use assistance::TaskRecord;
pub use atlas::{LoadOutcome, NewRevision, Revision};
pub use audit::{
    AUDIT_LIST_MAX, AUDIT_OUTCOMES, AuditEvent, AuditFilter, AuditKey, AuditRecord,
    AuditVerification, GENESIS_HASH, Problem, ProblemKind, append_postgres, append_sqlite,
};
pub use batch::{Applied, Plan, Writer};
pub use inspection::{FindingRecord, InspectionRecord, ParticipantRecord};
pub use jobs::{JobRecord, NewJob, NotificationRecord, after_working_days};
pub use platform::{ApiTokenRecord, Audited, OrganisationRecord, UserRecord};
pub use referral::{
    CaseRecord, CaseScreeningRecord, ConsentRecord, InboxRow, NewCase, NoteRecord, PersonRecord,
    ReferralEventRecord, ReferralRecord, SEALED_COLUMNS, SealedColumn, SealedValue,
};
pub use screening::DRAFT_RETENTION_DAYS;
pub use search::SearchQuery;
pub use statistics::{CaseFacts, DecisionFacts, PersonFacts, ReferralFacts, days_between};
pub use survey::{CountDecisionRecord, DecisionRecord, InviteeRecord, WaveRecord};

/// Now, as RFC 3339 UTC text (the format every timestamp column uses).
pub fn now() -> String {
    atlas::now_utc()
}

/// `seconds` from now (negative: ago), in the same format.
pub fn at_offset(seconds: i64) -> String {
    atlas::utc_offset(seconds)
}

#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error(
        "the database URL must start with sqlite: or postgres:// (got a URL starting with \"{0}\")"
    )]
    UnsupportedUrl(String),
    #[error("database error: {0}")]
    Database(#[from] sqlx::Error),
    #[error("migration failed: {0}")]
    Migration(#[from] sqlx::migrate::MigrateError),
    #[error("the stored atlas is inconsistent: {0}")]
    Corrupt(String),
    #[error("invalid audit event: {0}")]
    InvalidAuditEvent(&'static str),
    #[error("the audit chain head (audit_head) is missing: it was deleted outside the application")]
    AuditHeadMissing,
    /// A queued write was cut short before its outcome was known (the server is
    /// shutting down).
    #[error("the write was interrupted before it was confirmed")]
    WriteInterrupted,
    /// A unique key is taken (e.g. a user name).
    #[error("{0}")]
    Conflict(String),
}

/// A connection pool on one of the two supported backends.
#[derive(Clone, Debug)]
pub enum Store {
    Sqlite(SqlitePool),
    Postgres(PgPool),
}

/// Runs the same body against whichever pool the store holds; `$pool` is bound to the
/// concrete pool so sqlx picks the right driver at compile time.
macro_rules! with_pool {
    ($store:expr, $pool:ident => $body:expr) => {
        match $store {
            $crate::Store::Sqlite($pool) => $body,
            $crate::Store::Postgres($pool) => $body,
        }
    };
}
pub(crate) use with_pool;

impl Store {
    /// Connects to `url`: `sqlite:PATH` (created if missing, WAL) or `postgres://…`.
    pub async fn connect(url: &str) -> Result<Store, StoreError> {
        if url.starts_with("postgres://") || url.starts_with("postgresql://") {
            let pool = PgPoolOptions::new()
                .max_connections(16)
                .acquire_timeout(Duration::from_secs(10))
                .connect(url)
                .await?;
            Ok(Store::Postgres(pool))
        } else if url.starts_with("sqlite:") {
            let opts = SqliteConnectOptions::from_str(url)?
                .create_if_missing(true)
                .journal_mode(SqliteJournalMode::Wal)
                .synchronous(SqliteSynchronous::Normal)
                .foreign_keys(true)
                // Deleted rows are overwritten with zeros, not left in free space: what
                // retention deletes (a case's key, its notes) does not linger in the file.
                .pragma("secure_delete", "ON")
                .busy_timeout(Duration::from_secs(10));
            let pool = SqlitePoolOptions::new()
                .max_connections(8)
                // sqlx pings every connection it hands out by default: a round trip to the
                // connection's worker thread per query, for a database file that cannot
                // have gone away the way a server connection can.
                .test_before_acquire(false)
                .connect_with(opts)
                .await?;
            Ok(Store::Sqlite(pool))
        } else {
            let scheme: String = url.chars().take_while(|c| *c != ':').take(16).collect();
            Err(StoreError::UnsupportedUrl(scheme))
        }
    }

    /// "sqlite" or "postgres", for logs and the health endpoint.
    pub fn backend(&self) -> &'static str {
        match self {
            Store::Sqlite(_) => "sqlite",
            Store::Postgres(_) => "postgres",
        }
    }

    /// Applies pending migrations (paired per backend with the same names), then indexes
    /// for search any revision that has no search rows yet.
    pub async fn migrate(&self) -> Result<(), StoreError> {
        match self {
            Store::Sqlite(p) => sqlx::migrate!("./migrations/sqlite").run(p).await?,
            Store::Postgres(p) => sqlx::migrate!("./migrations/postgres").run(p).await?,
        }
        // Revisions written before full-text search existed get their search rows now:
        // folding happens in Rust, so SQL migrations cannot fill them.
        self.index_search_backlog().await?;
        Ok(())
    }

    /// One round trip to the database: is it there?
    pub async fn ping(&self) -> Result<(), StoreError> {
        with_pool!(self, p => { sqlx::query("SELECT 1").execute(p).await?; });
        Ok(())
    }

    pub async fn close(&self) {
        with_pool!(self, p => p.close().await)
    }

    /// After destroying data (retention): on SQLite, copies the WAL into the database
    /// file and truncates it, so the old page images that still held what was deleted are
    /// gone from the WAL as `secure_delete` zeroed them in the file. Best effort: with
    /// readers active the checkpoint stops early and the WAL is reused later. PostgreSQL
    /// keeps dead rows until vacuum reuses their space; see docs/SECURITY.md.
    pub async fn forget_deleted(&self) -> Result<(), StoreError> {
        if let Store::Sqlite(p) = self {
            sqlx::query("PRAGMA wal_checkpoint(TRUNCATE)")
                .execute(p)
                .await?;
        }
        Ok(())
    }
}
