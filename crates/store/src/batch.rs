//! Group commit for audited writes.
//!
//! An audited write is a [`Plan`]: the statements of one change (with their values
//! bound), an optional guard, and the audit event that records it. [`Writer::apply`]
//! queues a plan and commits it together with whatever other plans are waiting, in one
//! transaction: one durable commit (SQLite `synchronous = FULL`, PostgreSQL's fsync) and
//! one advance of the audit chain's head for the whole batch. This is what lets the
//! chain, which serialises every audited writer on its head row, keep up with many
//! concurrent writers: on PostgreSQL the head row's lock is held to commit, flush
//! included, so one transaction per change would commit them one at a time; on SQLite
//! the single writer would pay one fsync per change.
//!
//! A plan is all-or-nothing on its own: when anything in a batch fails, the batch rolls
//! back and every plan in it is committed again alone, so one bad plan (a taken key)
//! fails alone and the others are committed as if they had run one after another.
//! Nothing is acknowledged before its commit returns. [`Store::apply`] commits a plan
//! alone, for callers without a writer (command-line tools).

use std::borrow::Cow;
use std::sync::{Arc, Mutex, PoisonError};

use sqlx::Row;
use tokio::sync::oneshot;

use crate::audit::{AuditKey, INSERT_EVENT, SET_HEAD_HASH, Sealed, checked_detail};
use crate::platform::{Audited, conflict_or};
use crate::{Store, StoreError, atlas::now_utc};

/// The most plans committed in one transaction (the audit rows of a batch are one
/// INSERT of 10 values per row, well under both backends' limits on bound values).
const MAX_BATCH: usize = 64;

/// A value bound to a statement of a plan.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Value {
    Text(Option<String>),
    Int(Option<i64>),
}

impl From<&str> for Value {
    fn from(s: &str) -> Value {
        Value::Text(Some(s.to_string()))
    }
}

impl From<&String> for Value {
    fn from(s: &String) -> Value {
        Value::Text(Some(s.clone()))
    }
}

impl From<&Option<String>> for Value {
    fn from(s: &Option<String>) -> Value {
        Value::Text(s.clone())
    }
}

impl From<Option<&str>> for Value {
    fn from(s: Option<&str>) -> Value {
        Value::Text(s.map(str::to_string))
    }
}

impl From<i64> for Value {
    fn from(i: i64) -> Value {
        Value::Int(Some(i))
    }
}

impl From<Option<i64>> for Value {
    fn from(i: Option<i64>) -> Value {
        Value::Int(i)
    }
}

/// One statement and its values.
#[derive(Debug, Clone)]
struct Step {
    sql: &'static str,
    args: Vec<Value>,
}

/// The audit event of a plan, owned (it outlives the caller's borrow while queued).
#[derive(Debug, Clone)]
struct Event {
    actor: String,
    action: String,
    object: Option<String>,
    outcome: String,
    address: Option<String>,
    /// The JSON object as it will be stored and hashed.
    detail: String,
}

/// One audited change, ready to commit: statements, an optional guard, the audit event.
#[derive(Debug, Clone)]
pub struct Plan {
    /// What a unique-key violation in the steps means ("… already exists").
    what: &'static str,
    /// Runs first; when it changes no row the plan is skipped (nothing written, no audit
    /// row): the state it was prepared against has changed.
    guard: Option<Step>,
    steps: Vec<Step>,
    key: AuditKey,
    event: Event,
}

/// What became of a plan.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Applied {
    /// Committed, with the seq of its audit row.
    Done { audit_seq: i64 },
    /// Its guard matched no row: nothing was written.
    Skipped,
}

impl Applied {
    pub fn is_done(self) -> bool {
        matches!(self, Applied::Done { .. })
    }
}

impl Plan {
    /// A plan recording `audit`; `what` names the thing a unique-key violation in its
    /// statements would duplicate. The event is checked here, before anything is queued.
    pub(crate) fn new(audit: &Audited<'_>, what: &'static str) -> Result<Plan, StoreError> {
        let ev = &audit.event;
        Ok(Plan {
            what,
            guard: None,
            steps: Vec::new(),
            key: audit.key.clone(),
            event: Event {
                detail: checked_detail(ev)?,
                actor: ev.actor.to_string(),
                action: ev.action.to_string(),
                object: ev.object.map(str::to_string),
                outcome: ev.outcome.to_string(),
                address: ev.address.map(str::to_string),
            },
        })
    }

    /// An audit row on its own (e.g. a read of personal data, which changes nothing else).
    pub fn audit_only(audit: &Audited<'_>) -> Result<Plan, StoreError> {
        Plan::new(audit, "this audit event")
    }

    pub(crate) fn guard(mut self, sql: &'static str, args: Vec<Value>) -> Plan {
        self.guard = Some(Step { sql, args });
        self
    }

    pub(crate) fn step(&mut self, sql: &'static str, args: Vec<Value>) {
        self.steps.push(Step { sql, args });
    }
}

/// A statement to run with its values: one step, or the same INSERT of several plans
/// merged into one multi-row INSERT.
struct Statement<'p> {
    sql: Cow<'p, str>,
    args: Vec<&'p Value>,
    /// The plan whose `what` names a unique-key violation (the first one merged).
    what: &'static str,
}

/// How a batch runs: plans with a guard one at a time (their steps depend on the guard),
/// the plans between them as merged statements.
enum Segment<'p> {
    Guarded(usize),
    Merged(Vec<Statement<'p>>),
}

/// The segments of `plans`, in order. Within a run of unguarded plans, step k of every
/// plan runs before step k + 1 of any, and consecutive identical INSERTs are merged: a
/// plan's own steps keep their order, and plans of one batch are independent of one
/// another (each was prepared from committed data, so none can refer to a row another
/// inserts in the same batch).
fn segments(plans: &[Plan]) -> Vec<Segment<'_>> {
    let mut out = Vec::new();
    let mut run: Vec<&Plan> = Vec::new();
    for (i, plan) in plans.iter().enumerate() {
        if plan.guard.is_some() {
            if !run.is_empty() {
                out.push(Segment::Merged(merged(&std::mem::take(&mut run))));
            }
            out.push(Segment::Guarded(i));
        } else {
            run.push(plan);
        }
    }
    if !run.is_empty() {
        out.push(Segment::Merged(merged(&run)));
    }
    out
}

fn merged<'p>(run: &[&'p Plan]) -> Vec<Statement<'p>> {
    let mut out = Vec::new();
    let rounds = run.iter().map(|p| p.steps.len()).max().unwrap_or(0);
    for k in 0..rounds {
        // Consecutive steps with the same SQL, in plan order.
        let mut groups: Vec<(&'static str, Vec<&'p Step>)> = Vec::new();
        for plan in run {
            let Some(step) = plan.steps.get(k) else {
                continue;
            };
            match groups.last_mut() {
                Some((_, steps))
                    if steps[0].sql == step.sql && values_tuple(step.sql).is_some() =>
                {
                    steps.push(step)
                }
                _ => groups.push((plan.what, vec![step])),
            }
        }
        for (what, steps) in groups {
            chunked(&steps, what, &mut out);
        }
    }
    out
}

/// `steps` (one single-row INSERT each, all the same text) as multi-row statements of
/// power-of-two row counts, appended to `out`.
fn chunked<'p>(steps: &[&'p Step], what: &'static str, out: &mut Vec<Statement<'p>>) {
    let mut rest = steps;
    while !rest.is_empty() {
        let (chunk, tail) = rest.split_at(pow2_prefix(rest.len()));
        out.push(Statement {
            sql: multi_row(chunk[0].sql, chunk.len(), chunk[0].args.len()),
            args: chunk.iter().flat_map(|s| &s.args).collect(),
            what,
        });
        rest = tail;
    }
}

/// How many of `n` rows (n > 0) the next multi-row statement takes: the largest power of
/// two, so that a handful of statement texts serve every batch size and stay in the
/// connections' prepared-statement caches.
fn pow2_prefix(n: usize) -> usize {
    1 << n.max(1).ilog2()
}

/// For `INSERT … VALUES (…)`, the position of the values tuple; None for anything else.
fn values_tuple(sql: &str) -> Option<usize> {
    if !sql.starts_with("INSERT INTO ") || !sql.ends_with(')') {
        return None;
    }
    sql.find(" VALUES (").map(|i| i + " VALUES ".len())
}

/// `sql` (an INSERT of one row with placeholders $1..$args) extended to `rows` rows.
fn multi_row(sql: &str, rows: usize, args: usize) -> Cow<'_, str> {
    let Some(at) = values_tuple(sql).filter(|_| rows > 1) else {
        return Cow::Borrowed(sql);
    };
    let (head, tuple) = sql.split_at(at);
    let mut out = String::with_capacity(head.len() + rows * (tuple.len() + 8));
    out.push_str(head);
    for r in 0..rows {
        if r > 0 {
            out.push_str(", ");
        }
        renumber(&mut out, tuple, r * args);
    }
    Cow::Owned(out)
}

/// Copies `tuple` to `out` with every placeholder `$n` written as `$(n + offset)` (the
/// plans' SQL has no `$` followed by a digit inside a string literal).
fn renumber(out: &mut String, tuple: &str, offset: usize) {
    let mut chars = tuple.char_indices().peekable();
    while let Some((_, c)) = chars.next() {
        out.push(c);
        if c != '$' {
            continue;
        }
        let mut n = None;
        while let Some((_, d)) = chars.peek().copied().filter(|(_, d)| d.is_ascii_digit()) {
            n = Some(n.unwrap_or(0) * 10 + (d as usize - '0' as usize));
            chars.next();
        }
        if let Some(n) = n {
            out.push_str(&(n + offset).to_string());
        }
    }
}

/// The statement of `$step` (a [`Step`] or a [`Statement`]) with its values bound, for
/// whichever backend executes it.
macro_rules! bound {
    ($sql:expr, $args:expr) => {{
        let mut q = sqlx::query($sql);
        for v in $args {
            q = match v {
                Value::Text(t) => q.bind(t.as_deref()),
                Value::Int(i) => q.bind(*i),
            };
        }
        q
    }};
}

/// Commits `$plans` in one transaction on `$conn` (either backend): each plan's guard and
/// steps in order, then the audit rows of the plans that were not skipped, chained from
/// the head in one advance. Any error returns before commit (the transaction rolls back).
macro_rules! commit_on {
    ($conn:expr, $plans:expr) => {{
        let plans: &[Plan] = $plans;
        let mut tx = sqlx::Connection::begin($conn).await?;
        let mut done = vec![true; plans.len()];
        for segment in segments(plans) {
            match segment {
                Segment::Guarded(i) => {
                    let plan = &plans[i];
                    if let Some(g) = &plan.guard
                        && bound!(g.sql, &g.args)
                            .execute(&mut *tx)
                            .await?
                            .rows_affected()
                            == 0
                    {
                        done[i] = false;
                        continue;
                    }
                    for s in &plan.steps {
                        bound!(s.sql, &s.args)
                            .execute(&mut *tx)
                            .await
                            .map_err(|e| conflict_or(e, plan.what))?;
                    }
                }
                Segment::Merged(statements) => {
                    for s in &statements {
                        bound!(s.sql.as_ref(), s.args.iter().copied())
                            .execute(&mut *tx)
                            .await
                            .map_err(|e| conflict_or(e, s.what))?;
                    }
                }
            }
        }
        let audited: Vec<&Plan> = plans
            .iter()
            .zip(&done)
            .filter(|(_, d)| **d)
            .map(|(p, _)| p)
            .collect();
        let mut seqs = Vec::with_capacity(audited.len());
        if !audited.is_empty() {
            // The head last, as in a single append: from here to commit every other
            // audited writer waits, so the rest of the batch is already written.
            let n = audited.len() as i64;
            let head = sqlx::query(
                "UPDATE audit_head SET seq = seq + $1 WHERE id = 1 RETURNING seq, hash",
            )
            .bind(n)
            .fetch_optional(&mut *tx)
            .await?
            .ok_or(StoreError::AuditHeadMissing)?;
            let last: i64 = head.try_get("seq")?;
            let mut prev: String = head.try_get("hash")?;
            // Read under the lock, so `at` never goes backwards as `seq` goes up.
            let at = now_utc();
            let mut links = Vec::with_capacity(audited.len());
            for (i, plan) in audited.iter().enumerate() {
                let seq = last - n + 1 + i as i64;
                let e = &plan.event;
                let hash = Sealed {
                    seq,
                    at: &at,
                    actor: &e.actor,
                    action: &e.action,
                    object: e.object.as_deref(),
                    outcome: &e.outcome,
                    address: e.address.as_deref(),
                    detail: &e.detail,
                    prev_hash: &prev,
                }
                .hash(&plan.key);
                links.push((seq, std::mem::replace(&mut prev, hash.clone()), hash));
                seqs.push(seq);
            }
            // The rows as single-row INSERTs, merged like the plans' own.
            let rows: Vec<Step> = audited
                .iter()
                .zip(links)
                .map(|(plan, (seq, prev_hash, hash))| {
                    let e = &plan.event;
                    Step {
                        sql: INSERT_EVENT,
                        args: vec![
                            Value::from(seq),
                            Value::from(&at),
                            Value::from(&e.actor),
                            Value::from(&e.action),
                            Value::from(&e.object),
                            Value::from(&e.outcome),
                            Value::from(&e.address),
                            Value::from(&e.detail),
                            Value::Text(Some(prev_hash)),
                            Value::Text(Some(hash)),
                        ],
                    }
                })
                .collect();
            let mut statements = Vec::new();
            chunked(
                &rows.iter().collect::<Vec<_>>(),
                "this audit event",
                &mut statements,
            );
            for s in &statements {
                bound!(s.sql.as_ref(), s.args.iter().copied())
                    .execute(&mut *tx)
                    .await?;
            }
            let head = Step {
                sql: SET_HEAD_HASH,
                args: vec![Value::Text(Some(prev))],
            };
            bound!(head.sql, &head.args).execute(&mut *tx).await?;
        }
        tx.commit().await?;
        let mut seqs = seqs.into_iter();
        Ok::<Vec<Applied>, StoreError>(
            done.into_iter()
                .map(|d| {
                    if d {
                        Applied::Done {
                            audit_seq: seqs.next().unwrap_or_default(),
                        }
                    } else {
                        Applied::Skipped
                    }
                })
                .collect(),
        )
    }};
}

/// The writer's own connection (outside the pool, so readers never keep it waiting);
/// SQLite's is opened with `synchronous = FULL`.
enum Dedicated {
    Sqlite(sqlx::SqliteConnection),
    Postgres(sqlx::PgConnection),
}

impl Dedicated {
    async fn open(store: &Store) -> Result<Dedicated, StoreError> {
        use sqlx::ConnectOptions;
        Ok(match store {
            Store::Sqlite(p) => Dedicated::Sqlite(
                (*p.connect_options())
                    .clone()
                    .synchronous(sqlx::sqlite::SqliteSynchronous::Full)
                    .connect()
                    .await?,
            ),
            Store::Postgres(p) => {
                Dedicated::Postgres((*p.connect_options()).clone().connect().await?)
            }
        })
    }
}

/// Where a batch commits: the writer's own connection, or (without a writer) one from
/// the pool.
enum Via<'a> {
    Writer(&'a mut Option<Dedicated>),
    Pool,
}

/// Commits `plans` in one durable transaction; one result per plan, in order.
async fn commit(
    store: &Store,
    via: &mut Via<'_>,
    plans: &[Plan],
) -> Result<Vec<Applied>, StoreError> {
    match via {
        Via::Writer(slot) => {
            let conn = match slot.take() {
                Some(c) => c,
                None => Dedicated::open(store).await?,
            };
            let (conn, result) = match conn {
                Dedicated::Sqlite(mut c) => {
                    let r = async { commit_on!(&mut c, plans) }.await;
                    (Dedicated::Sqlite(c), r)
                }
                Dedicated::Postgres(mut c) => {
                    let r = async { commit_on!(&mut c, plans) }.await;
                    (Dedicated::Postgres(c), r)
                }
            };
            // A refused statement leaves the connection as good as before; anything else
            // (a lost connection) opens a new one for the next batch.
            if matches!(
                &result,
                Ok(_)
                    | Err(StoreError::Conflict(_))
                    | Err(StoreError::Database(sqlx::Error::Database(_)))
            ) {
                **slot = Some(conn);
            }
            result
        }
        Via::Pool => match store {
            Store::Sqlite(p) => {
                let mut conn = p.acquire().await?;
                // The pool runs WAL with synchronous = NORMAL, which can lose the last
                // commits on power loss; a change acknowledged to its author must not.
                sqlx::query("PRAGMA synchronous = FULL")
                    .execute(&mut *conn)
                    .await?;
                let result = async { commit_on!(&mut *conn, plans) }.await;
                // Back to the pool's setting; should this fail, the connection merely
                // stays more careful than it needs to be.
                let _ = sqlx::query("PRAGMA synchronous = NORMAL")
                    .execute(&mut *conn)
                    .await;
                result
            }
            Store::Postgres(p) => {
                let mut conn = p.acquire().await?;
                commit_on!(&mut *conn, plans)
            }
        },
    }
}

/// Commits a batch; when it fails, commits every plan alone, so each gets its own result.
async fn commit_each(
    store: &Store,
    via: &mut Via<'_>,
    plans: &[Plan],
) -> Vec<Result<Applied, StoreError>> {
    match commit(store, via, plans).await {
        Ok(applied) => applied.into_iter().map(Ok).collect(),
        Err(e) if plans.len() == 1 => vec![Err(e)],
        Err(_) => {
            let mut out = Vec::with_capacity(plans.len());
            for plan in plans {
                out.push(
                    commit(store, via, std::slice::from_ref(plan))
                        .await
                        .and_then(|mut a| a.pop().ok_or(StoreError::WriteInterrupted)),
                );
            }
            out
        }
    }
}

impl Store {
    /// Commits one plan in a transaction of its own (no writer).
    pub async fn apply(&self, plan: Plan) -> Result<Applied, StoreError> {
        self.apply_all(std::slice::from_ref(&plan))
            .await
            .pop()
            .unwrap_or(Err(StoreError::WriteInterrupted))
    }

    /// Commits `plans` as one batch on a pooled connection, as the writer does: one
    /// transaction, or each plan alone when the batch fails. One result per plan.
    pub async fn apply_all(&self, plans: &[Plan]) -> Vec<Result<Applied, StoreError>> {
        commit_each(self, &mut Via::Pool, plans).await
    }
}

struct Job {
    plan: Plan,
    reply: oneshot::Sender<Result<Applied, StoreError>>,
}

struct Shared {
    store: Store,
    queue: Mutex<Vec<Job>>,
    /// Held by the batch being committed, so batches of one node commit one at a time
    /// and the next batch gathers everything that arrived meanwhile; it keeps the
    /// writer's connection (opened at the first write). One at a time is also what the
    /// chain allows: every batch takes its head. (Two lanes on PostgreSQL, one batch's
    /// statements running while the other commits, measured within noise of one.)
    gate: Arc<tokio::sync::Mutex<Option<Dedicated>>>,
}

/// The group-commit writer of one node (cheap to clone; clones share the queue).
#[derive(Clone)]
pub struct Writer(Arc<Shared>);

impl std::fmt::Debug for Writer {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Writer")
    }
}

impl Writer {
    pub fn new(store: Store) -> Writer {
        Writer(Arc::new(Shared {
            store,
            queue: Mutex::new(Vec::new()),
            gate: Arc::new(tokio::sync::Mutex::new(None)),
        }))
    }

    /// Queues `plan` and returns once the transaction holding it has committed (or
    /// failed). No task runs in the background between writes: whoever finds the gate
    /// free takes every queued plan and commits them, on a spawned task, so a caller
    /// that goes away (a closed connection) cannot cut a batch of others short.
    pub async fn apply(&self, plan: Plan) -> Result<Applied, StoreError> {
        let (reply, mut answer) = oneshot::channel();
        self.queue().push(Job { plan, reply });
        tokio::select! {
            // A batch led by someone else took this plan and has finished.
            result = &mut answer => return result.map_err(|_| StoreError::WriteInterrupted)?,
            gate = self.0.gate.clone().lock_owned() => {
                // Plans whose caller has gone are dropped unwritten: nobody waits for them.
                let jobs: Vec<Job> = self.queue().drain(..).filter(|j| !j.reply.is_closed()).collect();
                if !jobs.is_empty() {
                    let store = self.0.store.clone();
                    tokio::spawn(async move {
                        let mut gate = gate;
                        run(&store, &mut gate, jobs).await;
                    });
                }
            }
        }
        answer.await.map_err(|_| StoreError::WriteInterrupted)?
    }

    /// Waits for the batch under way, then closes the writer's connection (at shutdown;
    /// a later write opens a new one).
    pub async fn close(&self) {
        use sqlx::Connection;
        let conn = self.0.gate.lock().await.take();
        let _ = match conn {
            Some(Dedicated::Sqlite(c)) => c.close().await,
            Some(Dedicated::Postgres(c)) => c.close().await,
            None => Ok(()),
        };
    }

    fn queue(&self) -> std::sync::MutexGuard<'_, Vec<Job>> {
        // A panic while the lock is held leaves a Vec, which is always consistent.
        self.0.queue.lock().unwrap_or_else(PoisonError::into_inner)
    }
}

/// Commits `jobs` in batches of at most [`MAX_BATCH`] and answers each.
async fn run(store: &Store, conn: &mut Option<Dedicated>, jobs: Vec<Job>) {
    let mut jobs = jobs.into_iter().peekable();
    while jobs.peek().is_some() {
        let (plans, replies): (Vec<Plan>, Vec<_>) = jobs
            .by_ref()
            .take(MAX_BATCH)
            .map(|j| (j.plan, j.reply))
            .unzip();
        let results = commit_each(store, &mut Via::Writer(conn), &plans).await;
        for (reply, result) in replies.into_iter().zip(results) {
            // The caller may have gone; its change is committed all the same.
            let _ = reply.send(result);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::multi_row;
    use crate::audit::INSERT_EVENT;

    #[test]
    fn one_row_inserts_extend_to_many_rows() {
        let sql = "INSERT INTO t (a, b, c) VALUES ($1, 'x$', $2)";
        assert_eq!(multi_row(sql, 1, 2), sql);
        assert_eq!(
            multi_row(sql, 3, 2),
            "INSERT INTO t (a, b, c) VALUES ($1, 'x$', $2), ($3, 'x$', $4), ($5, 'x$', $6)"
        );
        assert_eq!(
            multi_row("UPDATE t SET a = $1", 2, 1),
            "UPDATE t SET a = $1"
        );
    }

    #[test]
    fn audit_rows_are_numbered_in_tens() {
        assert_eq!(
            multi_row(INSERT_EVENT, 2, 10),
            "INSERT INTO audit_event (seq, at, actor, action, object, outcome, address, detail, prev_hash, hash) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10), ($11, $12, $13, $14, $15, $16, $17, $18, $19, $20)"
        );
    }
}
