//! The audit log: an append-only chain of events, each sealed with a keyed hash
//! (HMAC-SHA256) over its content and its predecessor's hash, and the walk that finds
//! which rows were altered, removed or moved since.
//!
//! What the chain cannot show on its own: someone with write access who deletes the
//! newest rows *and* rewinds `audit_head` to the last remaining row leaves a chain that
//! is consistent. Catching that needs the row count or head recorded somewhere else
//! (earlier `audit verify` output, a log shipped off the machine).

use std::fmt;

use hkdf::Hkdf;
use hmac::{Hmac, Mac};
use sha2::Sha256;
use sqlx::Row;

use crate::{Store, StoreError, atlas::now_utc, with_pool};

/// What the first row links to; the migrations set the initial head to it.
pub const GENESIS_HASH: &str = "0000000000000000000000000000000000000000000000000000000000000000";

/// The most rows `audit_list` returns at once.
pub const AUDIT_LIST_MAX: u32 = 500;

/// The outcomes an event may record (also a CHECK in the schema).
pub const AUDIT_OUTCOMES: [&str; 3] = ["ok", "denied", "failed"];

/// HKDF `info`: binds the derived key to this one use, so the master secret can feed
/// other keys (sessions, field encryption) without any two being related.
const KEY_INFO: &[u8] = b"opennrm audit chain v1";

/// Starts the hashed bytes, so a MAC made for another format can never pass as an event.
const DOMAIN: &[u8] = b"opennrm audit event v1\0";

/// Rows read per query while verifying: bounded memory however long the log is.
const VERIFY_PAGE: u16 = 500;

/// The key that seals the chain, derived from the deployment's master secret. Without it
/// nobody can forge a row's hash, even with full write access to the database.
#[derive(Clone)]
pub struct AuditKey([u8; 32]);

impl AuditKey {
    /// HKDF-SHA256 of the master secret (no salt: the secret is already uniformly random).
    pub fn derive(master_secret: &[u8]) -> AuditKey {
        let mut key = [0u8; 32];
        Hkdf::<Sha256>::new(None, master_secret)
            .expand(KEY_INFO, &mut key)
            .expect("32 bytes is a valid HKDF-SHA256 output length");
        AuditKey(key)
    }

    fn mac(&self) -> Hmac<Sha256> {
        Hmac::<Sha256>::new_from_slice(&self.0).expect("HMAC accepts keys of any length")
    }
}

impl fmt::Debug for AuditKey {
    // Keys end up in Debug output of whatever holds them; the bytes must never be there.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("AuditKey(<redacted>)")
    }
}

/// One event to record. `detail` is a JSON object (or null for none) and must never
/// hold personal data: the log is kept long and read by administrators.
#[derive(Debug, Clone)]
pub struct AuditEvent<'a> {
    /// `user:<id>`, `cli`, `anonymous`, `system`.
    pub actor: &'a str,
    /// Dotted, e.g. `auth.sign_in`, `user.role_changed`.
    pub action: &'a str,
    /// What was acted on, e.g. `user:abc`.
    pub object: Option<&'a str>,
    /// One of [`AUDIT_OUTCOMES`].
    pub outcome: &'a str,
    /// The client's IP address, when there is a client.
    pub address: Option<&'a str>,
    pub detail: serde_json::Value,
}

/// A stored event, every column.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AuditRecord {
    pub seq: i64,
    pub at: String,
    pub actor: String,
    pub action: String,
    pub object: Option<String>,
    pub outcome: String,
    pub address: Option<String>,
    /// The JSON object exactly as stored and hashed.
    pub detail: String,
    pub prev_hash: String,
    pub hash: String,
}

/// Which events `audit_list` returns; every field set narrows the result.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AuditFilter {
    /// Actions starting with this text (`auth.` matches `auth.sign_in`).
    pub action_prefix: Option<String>,
    pub actor: Option<String>,
    pub outcome: Option<String>,
    /// Events at or after this time (same format as `at`, or a prefix such as a date).
    pub since: Option<String>,
    /// Events before this time (exclusive).
    pub until: Option<String>,
    /// Events older than this seq: pass the last seq of a page to get the next one.
    pub before_seq: Option<i64>,
    /// Clamped to 1..=[`AUDIT_LIST_MAX`].
    pub limit: u32,
}

impl Default for AuditFilter {
    fn default() -> Self {
        AuditFilter {
            action_prefix: None,
            actor: None,
            outcome: None,
            since: None,
            until: None,
            before_seq: None,
            limit: 50,
        }
    }
}

/// What `audit_verify` found.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AuditVerification {
    pub rows: u64,
    pub problems: Vec<Problem>,
}

impl AuditVerification {
    pub fn is_intact(&self) -> bool {
        self.problems.is_empty()
    }
}

/// One thing wrong with the log, at row `seq` (0 when it concerns no row).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    pub seq: i64,
    pub kind: ProblemKind,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ProblemKind {
    /// The row's content or hash is not what was sealed.
    Altered,
    /// Rows `expected_seq..seq` are gone.
    Missing { expected_seq: i64 },
    /// The row does not link to the row before it: reordered, replaced or inserted.
    BrokenLink,
    /// The row is numbered below 1, where no chain row can be.
    OutsideChain,
    /// The last row is not the one the head records: the tail was cut or extended.
    HeadMismatch { head_seq: i64 },
    /// The head row itself is gone.
    HeadMissing,
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let seq = self.seq;
        match &self.kind {
            ProblemKind::Altered => {
                write!(f, "row {seq}: content does not match its hash (altered)")
            }
            ProblemKind::Missing { expected_seq } if *expected_seq == seq - 1 => write!(
                f,
                "row {seq}: row {expected_seq} before it is missing (deleted)"
            ),
            ProblemKind::Missing { expected_seq } => write!(
                f,
                "row {seq}: rows {expected_seq} to {} before it are missing (deleted)",
                seq - 1
            ),
            ProblemKind::BrokenLink => write!(
                f,
                "row {seq}: does not link to the row before it (reordered, replaced or inserted)"
            ),
            ProblemKind::OutsideChain => write!(
                f,
                "row {seq}: numbered outside the chain, which starts at row 1 (inserted)"
            ),
            ProblemKind::HeadMismatch { head_seq: 0 } if seq == 0 => {
                write!(f, "the log is empty but its head was changed")
            }
            ProblemKind::HeadMismatch { head_seq } if seq == 0 => write!(
                f,
                "the log is empty but its head records {head_seq} rows (all rows deleted or the head changed)"
            ),
            ProblemKind::HeadMismatch { head_seq } if *head_seq > seq => write!(
                f,
                "row {seq}: the log ends here but its head records {head_seq} rows (rows after it deleted)"
            ),
            ProblemKind::HeadMismatch { head_seq } if *head_seq < seq => write!(
                f,
                "row {seq}: the log goes past row {head_seq}, where its head ends (rows added outside the chain)"
            ),
            ProblemKind::HeadMismatch { .. } => write!(
                f,
                "row {seq}: the last row is not the one its head records (replaced)"
            ),
            ProblemKind::HeadMissing => {
                write!(f, "the chain head (audit_head) is missing (deleted)")
            }
        }
    }
}

/// The sealed fields of a row, borrowed from either an event being appended or a record.
pub(crate) struct Sealed<'a> {
    pub(crate) seq: i64,
    pub(crate) at: &'a str,
    pub(crate) actor: &'a str,
    pub(crate) action: &'a str,
    pub(crate) object: Option<&'a str>,
    pub(crate) outcome: &'a str,
    pub(crate) address: Option<&'a str>,
    pub(crate) detail: &'a str,
    pub(crate) prev_hash: &'a str,
}

impl Sealed<'_> {
    /// Fixed field order, every text length-prefixed and every option tagged, so no two
    /// different rows give the same bytes (`"ab","c"` vs `"a","bc"`, None vs `""`).
    fn canonical(&self) -> Vec<u8> {
        fn text(out: &mut Vec<u8>, s: &str) {
            out.extend_from_slice(&(s.len() as u64).to_be_bytes());
            out.extend_from_slice(s.as_bytes());
        }
        fn optional(out: &mut Vec<u8>, s: Option<&str>) {
            match s {
                None => out.push(0),
                Some(s) => {
                    out.push(1);
                    text(out, s);
                }
            }
        }
        let mut out = Vec::with_capacity(256 + self.detail.len());
        out.extend_from_slice(DOMAIN);
        out.extend_from_slice(&self.seq.to_be_bytes());
        text(&mut out, self.at);
        text(&mut out, self.actor);
        text(&mut out, self.action);
        optional(&mut out, self.object);
        text(&mut out, self.outcome);
        optional(&mut out, self.address);
        text(&mut out, self.detail);
        text(&mut out, self.prev_hash);
        out
    }

    pub(crate) fn hash(&self, key: &AuditKey) -> String {
        hex::encode(
            key.mac()
                .chain_update(self.canonical())
                .finalize()
                .into_bytes(),
        )
    }

    fn matches(&self, key: &AuditKey, stored: &str) -> bool {
        // verify_slice compares in constant time; a hash that is not hex cannot match.
        hex::decode(stored).is_ok_and(|bytes| {
            key.mac()
                .chain_update(self.canonical())
                .verify_slice(&bytes)
                .is_ok()
        })
    }
}

impl AuditRecord {
    fn sealed(&self) -> Sealed<'_> {
        Sealed {
            seq: self.seq,
            at: &self.at,
            actor: &self.actor,
            action: &self.action,
            object: self.object.as_deref(),
            outcome: &self.outcome,
            address: self.address.as_deref(),
            detail: &self.detail,
            prev_hash: &self.prev_hash,
        }
    }
}

/// Checks an event before any lock is taken; returns its detail as stored text.
pub(crate) fn checked_detail(ev: &AuditEvent<'_>) -> Result<String, StoreError> {
    if ev.actor.is_empty() {
        return Err(StoreError::InvalidAuditEvent("the actor is empty"));
    }
    if ev.action.is_empty() {
        return Err(StoreError::InvalidAuditEvent("the action is empty"));
    }
    if !AUDIT_OUTCOMES.contains(&ev.outcome) {
        return Err(StoreError::InvalidAuditEvent(
            "the outcome is not ok, denied or failed",
        ));
    }
    match &ev.detail {
        serde_json::Value::Null => Ok("{}".to_string()),
        v @ serde_json::Value::Object(_) => Ok(v.to_string()),
        _ => Err(StoreError::InvalidAuditEvent(
            "the detail is not a JSON object",
        )),
    }
}

/// Taking the head row first is what serialises writers: the row lock on PostgreSQL, the
/// write lock on SQLite, both held to commit, and nothing read before they are held.
const ADVANCE_HEAD: &str = "UPDATE audit_head SET seq = seq + 1 WHERE id = 1 RETURNING seq, hash";
pub(crate) const SET_HEAD_HASH: &str = "UPDATE audit_head SET hash = $1 WHERE id = 1";
pub(crate) const INSERT_EVENT: &str = "INSERT INTO audit_event (seq, at, actor, action, object, outcome, address, detail, prev_hash, hash) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)";
pub(crate) const COLUMNS: &str =
    "seq, at, actor, action, object, outcome, address, detail, prev_hash, hash";

/// The append, written once for both connection types.
macro_rules! append_on {
    ($conn:expr, $key:expr, $ev:expr) => {{
        let conn = $conn;
        let detail = checked_detail($ev)?;
        let head = sqlx::query(ADVANCE_HEAD)
            .fetch_optional(&mut *conn)
            .await?
            .ok_or(StoreError::AuditHeadMissing)?;
        let seq: i64 = head.try_get("seq")?;
        let prev_hash: String = head.try_get("hash")?;
        // Read the clock under the lock, so `at` never goes backwards as `seq` goes up.
        let at = now_utc();
        let sealed = Sealed {
            seq,
            at: &at,
            actor: $ev.actor,
            action: $ev.action,
            object: $ev.object,
            outcome: $ev.outcome,
            address: $ev.address,
            detail: &detail,
            prev_hash: &prev_hash,
        };
        let hash = sealed.hash($key);
        sqlx::query(SET_HEAD_HASH)
            .bind(&hash)
            .execute(&mut *conn)
            .await?;
        sqlx::query(INSERT_EVENT)
            .bind(seq)
            .bind(&at)
            .bind($ev.actor)
            .bind($ev.action)
            .bind($ev.object)
            .bind($ev.outcome)
            .bind($ev.address)
            .bind(&detail)
            .bind(&prev_hash)
            .bind(&hash)
            .execute(&mut *conn)
            .await?;
        Ok(seq)
    }};
}

/// Appends `ev` inside the caller's SQLite transaction, so the event commits or rolls back
/// with the change it records. Returns the event's seq. Append last in the transaction:
/// from here to commit every other audited writer waits. A transaction that only read
/// before appending may be refused ("database is locked") if another writer committed
/// meanwhile, as SQLite cannot upgrade a stale snapshot: write first, or retry.
pub async fn append_sqlite(
    conn: &mut sqlx::SqliteConnection,
    key: &AuditKey,
    ev: &AuditEvent<'_>,
) -> Result<i64, StoreError> {
    append_on!(conn, key, ev)
}

/// Appends `ev` inside the caller's PostgreSQL transaction; see [`append_sqlite`]. Under
/// REPEATABLE READ or SERIALIZABLE a concurrent append makes this fail with a
/// serialisation error, and the caller retries its transaction.
pub async fn append_postgres(
    conn: &mut sqlx::PgConnection,
    key: &AuditKey,
    ev: &AuditEvent<'_>,
) -> Result<i64, StoreError> {
    append_on!(conn, key, ev)
}

pub(crate) fn record_from<R: Row>(row: &R) -> Result<AuditRecord, sqlx::Error>
where
    for<'r> &'r str: sqlx::ColumnIndex<R>,
    for<'r> i64: sqlx::Decode<'r, R::Database> + sqlx::Type<R::Database>,
    for<'r> String: sqlx::Decode<'r, R::Database> + sqlx::Type<R::Database>,
    for<'r> Option<String>: sqlx::Decode<'r, R::Database> + sqlx::Type<R::Database>,
{
    Ok(AuditRecord {
        seq: row.try_get("seq")?,
        at: row.try_get("at")?,
        actor: row.try_get("actor")?,
        action: row.try_get("action")?,
        object: row.try_get("object")?,
        outcome: row.try_get("outcome")?,
        address: row.try_get("address")?,
        detail: row.try_get("detail")?,
        prev_hash: row.try_get("prev_hash")?,
        hash: row.try_get("hash")?,
    })
}

/// The walk over the rows in seq order, one row at a time.
struct Walk<'k> {
    key: &'k AuditKey,
    rows: u64,
    problems: Vec<Problem>,
    /// seq and stored hash of the last row in the chain so far.
    last: Option<(i64, String)>,
}

impl<'k> Walk<'k> {
    fn new(key: &'k AuditKey) -> Self {
        Walk {
            key,
            rows: 0,
            problems: Vec::new(),
            last: None,
        }
    }

    fn problem(&mut self, seq: i64, kind: ProblemKind) {
        self.problems.push(Problem { seq, kind });
    }

    fn row(&mut self, r: &AuditRecord) {
        self.rows += 1;
        if !r.sealed().matches(self.key, &r.hash) {
            self.problem(r.seq, ProblemKind::Altered);
        }
        let (expected_seq, prev_hash) = match &self.last {
            Some((seq, hash)) => (seq.saturating_add(1), hash.as_str()),
            None => (1, GENESIS_HASH),
        };
        if r.seq < expected_seq {
            // Only a row numbered below 1 can get here (the walk is in seq order); leaving
            // `last` alone keeps it from casting doubt on the genuine row 1.
            self.problem(r.seq, ProblemKind::OutsideChain);
            return;
        }
        if r.seq > expected_seq {
            // The link cannot match across a gap; the gap is the finding.
            self.problem(r.seq, ProblemKind::Missing { expected_seq });
        } else if r.prev_hash != prev_hash {
            self.problem(r.seq, ProblemKind::BrokenLink);
        }
        self.last = Some((r.seq, r.hash.clone()));
    }

    fn finish(mut self, head: Option<(i64, String)>) -> AuditVerification {
        match (head, &self.last) {
            (None, _) => self.problem(0, ProblemKind::HeadMissing),
            (Some((head_seq, head_hash)), None) => {
                if head_seq != 0 || head_hash != GENESIS_HASH {
                    self.problem(0, ProblemKind::HeadMismatch { head_seq });
                }
            }
            (Some((head_seq, head_hash)), Some((seq, hash))) => {
                if head_seq != *seq || head_hash != *hash {
                    let seq = *seq;
                    self.problem(seq, ProblemKind::HeadMismatch { head_seq });
                }
            }
        }
        AuditVerification {
            rows: self.rows,
            problems: self.problems,
        }
    }
}

/// A bound value of a dynamically built query.
enum Arg<'a> {
    Text(&'a str),
    Int(i64),
}

/// The `audit_list` query for `filter`, with only the conditions it sets, so the
/// indexes on actor and time can serve it.
fn list_query(filter: &AuditFilter) -> (String, Vec<Arg<'_>>) {
    let mut sql = format!("SELECT {COLUMNS} FROM audit_event WHERE 1 = 1");
    let mut args = Vec::new();
    // The placeholder of the value just pushed.
    let next = |args: &Vec<Arg<'_>>| format!("${}", args.len());
    if let Some(prefix) = &filter.action_prefix {
        args.push(Arg::Text(prefix));
        let p = next(&args);
        // substr, not LIKE: LIKE is case-insensitive on SQLite and treats % and _ as wildcards.
        sql.push_str(&format!(" AND substr(action, 1, length({p})) = {p}"));
    }
    for (column, op, value) in [
        ("actor", "=", &filter.actor),
        ("outcome", "=", &filter.outcome),
        ("at", ">=", &filter.since),
        ("at", "<", &filter.until),
    ] {
        if let Some(v) = value {
            args.push(Arg::Text(v));
            sql.push_str(&format!(" AND {column} {op} {}", next(&args)));
        }
    }
    if let Some(before) = filter.before_seq {
        args.push(Arg::Int(before));
        sql.push_str(&format!(" AND seq < {}", next(&args)));
    }
    args.push(Arg::Int(i64::from(filter.limit.clamp(1, AUDIT_LIST_MAX))));
    sql.push_str(&format!(" ORDER BY seq DESC LIMIT {}", next(&args)));
    (sql, args)
}

impl Store {
    /// Records `ev` in a transaction of its own. Returns its seq.
    pub async fn audit(&self, key: &AuditKey, ev: &AuditEvent<'_>) -> Result<i64, StoreError> {
        match self {
            Store::Sqlite(p) => {
                let mut tx = p.begin().await?;
                let seq = append_sqlite(&mut tx, key, ev).await?;
                tx.commit().await?;
                Ok(seq)
            }
            Store::Postgres(p) => {
                let mut tx = p.begin().await?;
                let seq = append_postgres(&mut tx, key, ev).await?;
                tx.commit().await?;
                Ok(seq)
            }
        }
    }

    /// Walks the whole log in seq order and reports every problem found, naming the row.
    /// Reads one consistent snapshot, a page at a time, so appends may go on meanwhile.
    pub async fn audit_verify(&self, key: &AuditKey) -> Result<AuditVerification, StoreError> {
        let page_sql =
            format!("SELECT {COLUMNS} FROM audit_event WHERE seq > $1 ORDER BY seq LIMIT $2");
        with_pool!(self, p => {
            let mut tx = p.begin().await?;
            if let Store::Postgres(_) = self {
                // One snapshot for the head and every page; SQLite's read transaction already is one.
                sqlx::query("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY").execute(&mut *tx).await?;
            }
            let head = match sqlx::query("SELECT seq, hash FROM audit_head WHERE id = 1").fetch_optional(&mut *tx).await? {
                Some(row) => Some((row.try_get::<i64, _>("seq")?, row.try_get::<String, _>("hash")?)),
                None => None,
            };
            let mut walk = Walk::new(key);
            let mut after = i64::MIN;
            loop {
                let rows = sqlx::query(&page_sql).bind(after).bind(i64::from(VERIFY_PAGE)).fetch_all(&mut *tx).await?;
                for row in &rows {
                    let record = record_from(row)?;
                    after = record.seq;
                    walk.row(&record);
                }
                if rows.len() < usize::from(VERIFY_PAGE) {
                    break;
                }
            }
            tx.rollback().await?;
            Ok(walk.finish(head))
        })
    }

    /// Events matching `filter`, newest first.
    pub async fn audit_list(&self, filter: &AuditFilter) -> Result<Vec<AuditRecord>, StoreError> {
        let (sql, args) = list_query(filter);
        with_pool!(self, p => {
            let mut query = sqlx::query(&sql);
            for arg in &args {
                query = match arg {
                    Arg::Text(s) => query.bind(*s),
                    Arg::Int(i) => query.bind(*i),
                };
            }
            let rows = query.fetch_all(p).await?;
            rows.iter().map(|r| record_from(r).map_err(StoreError::from)).collect()
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn record(seq: i64, prev_hash: &str, key: &AuditKey) -> AuditRecord {
        let mut r = AuditRecord {
            seq,
            at: "2026-12-03T10:00:00Z".into(),
            actor: "system".into(),
            action: "test.event".into(),
            object: None,
            outcome: "ok".into(),
            address: None,
            detail: "{}".into(),
            prev_hash: prev_hash.into(),
            hash: String::new(),
        };
        r.hash = r.sealed().hash(key);
        r
    }

    fn chain(n: i64, key: &AuditKey) -> Vec<AuditRecord> {
        let mut rows: Vec<AuditRecord> = Vec::new();
        for seq in 1..=n {
            let prev = rows
                .last()
                .map_or(GENESIS_HASH.to_string(), |r| r.hash.clone());
            rows.push(record(seq, &prev, key));
        }
        rows
    }

    fn verify(rows: &[AuditRecord], head: Option<(i64, String)>, key: &AuditKey) -> Vec<Problem> {
        let mut walk = Walk::new(key);
        rows.iter().for_each(|r| walk.row(r));
        walk.finish(head).problems
    }

    fn head_of(rows: &[AuditRecord]) -> Option<(i64, String)> {
        rows.last().map(|r| (r.seq, r.hash.clone()))
    }

    #[test]
    fn the_key_never_shows_in_debug_output() {
        let key = AuditKey::derive(&[0xab; 32]);
        let shown = format!("{key:?}");
        assert_eq!(shown, "AuditKey(<redacted>)");
    }

    #[test]
    fn the_hash_format_is_pinned() {
        // Every stored chain depends on these bytes: a change here must be a new version
        // (DOMAIN, KEY_INFO), never an edit. The value was checked against an independent
        // implementation (Python hmac and hashlib).
        let key = AuditKey::derive(&[7; 32]);
        assert_eq!(
            record(1, GENESIS_HASH, &key).hash,
            "b3a483cb0325f1e35045eb16f2877ec1be67bcc318c6dad24284fa2b4969c6eb"
        );
    }

    #[test]
    fn field_boundaries_and_absent_values_change_the_hash() {
        let key = AuditKey::derive(b"k");
        let base = record(1, GENESIS_HASH, &key);
        let mut moved = base.clone();
        moved.actor = "systemtest".into();
        moved.action = ".event".into();
        assert_ne!(base.sealed().canonical(), moved.sealed().canonical());
        let mut empty = base.clone();
        empty.object = Some(String::new());
        assert_ne!(base.sealed().canonical(), empty.sealed().canonical());
        let mut elsewhere = base.clone();
        elsewhere.address = Some(String::new());
        assert_ne!(empty.sealed().canonical(), elsewhere.sealed().canonical());
    }

    #[test]
    fn a_different_key_gives_a_different_chain() {
        let a = AuditKey::derive(b"one secret");
        let b = AuditKey::derive(b"another secret");
        let rows = chain(3, &a);
        assert!(verify(&rows, head_of(&rows), &a).is_empty());
        let problems = verify(&rows, head_of(&rows), &b);
        assert_eq!(problems.len(), 3);
        assert!(problems.iter().all(|p| p.kind == ProblemKind::Altered));
    }

    #[test]
    fn an_empty_log_with_the_genesis_head_is_intact() {
        let key = AuditKey::derive(b"k");
        assert!(verify(&[], Some((0, GENESIS_HASH.into())), &key).is_empty());
        assert_eq!(
            verify(&[], Some((3, "x".into())), &key),
            vec![Problem {
                seq: 0,
                kind: ProblemKind::HeadMismatch { head_seq: 3 }
            }]
        );
        assert_eq!(
            verify(&[], None, &key),
            vec![Problem {
                seq: 0,
                kind: ProblemKind::HeadMissing
            }]
        );
    }

    #[test]
    fn a_gap_is_reported_once_with_its_range() {
        let key = AuditKey::derive(b"k");
        let mut rows = chain(6, &key);
        let head = head_of(&rows);
        rows.drain(2..4);
        let problems = verify(&rows, head, &key);
        assert_eq!(
            problems,
            vec![Problem {
                seq: 5,
                kind: ProblemKind::Missing { expected_seq: 3 }
            }]
        );
        assert_eq!(
            problems[0].to_string(),
            "row 5: rows 3 to 4 before it are missing (deleted)"
        );
    }

    #[test]
    fn a_row_numbered_below_one_does_not_implicate_row_one() {
        let key = AuditKey::derive(b"k");
        let rows = chain(2, &key);
        let head = head_of(&rows);
        let mut with_intruder = vec![record(0, GENESIS_HASH, &key)];
        with_intruder.extend(rows);
        assert_eq!(
            verify(&with_intruder, head, &key),
            vec![Problem {
                seq: 0,
                kind: ProblemKind::OutsideChain
            }]
        );
    }

    #[test]
    fn list_queries_bind_only_what_the_filter_sets() {
        let default = AuditFilter::default();
        let (sql, args) = list_query(&default);
        assert_eq!(args.len(), 1);
        assert!(sql.ends_with("ORDER BY seq DESC LIMIT $1"), "{sql}");
        let filter = AuditFilter {
            action_prefix: Some("auth.".into()),
            until: Some("2027".into()),
            before_seq: Some(9),
            limit: 10_000,
            ..AuditFilter::default()
        };
        let (sql, args) = list_query(&filter);
        assert!(
            sql.contains("substr(action, 1, length($1)) = $1 AND at < $2 AND seq < $3"),
            "{sql}"
        );
        assert!(matches!(args.last(), Some(Arg::Int(500))));
    }
}
