//! Referral creation throughput (`bench/referrals.sh`): how many referrals per second the
//! services create on SQLite and on PostgreSQL, side by side with a plain insert of the
//! same rows in the same run.
//!
//! "Referral creation" is what an officer does: `Services::open_case` (one person whose
//! name, date of birth and nationality are sealed, with a screening that reaches presumed
//! trafficking), then `Services::send_referrals` of the duty `fi-labour-inspection-to-police`
//! (no consent needed): case + screening + routing + consent check + audit + encryption.
//! Between the two the person's id is read from the store (two indexed SELECTs), as a
//! client reads it from the case before picking a referral.
//!
//! The references, all through raw sqlx in the same database, same pool size, same
//! concurrency and duration:
//! - "plain insert": one transaction inserting one referral_case, one case_person, one
//!   case_screening, one referral and one referral_event row (ids made as the product
//!   makes them, UUIDv7; a random case reference; values in clear,
//!   no audit, no routing), synchronous = FULL on SQLite, the default on PostgreSQL;
//! - "plain insert + audit row": the same plus the product's own audit-chain append
//!   (`opennrm_store::append_*`), to show what the serialised chain costs;
//! - "raw 2-insert tx": one transaction of two inserts into a small table (SQLite: its own
//!   WAL file, synchronous = FULL), the calibration figure of the requirement.
//!
//! Diagnostics (same run): `open_case` alone, with and without the screening, the time of
//! each step of a creation, CPU time of this process per operation, and the screening's
//! CPU cost alone.
//!
//! Environment: OPENNRM_BENCH_POSTGRES_URL (admin URL; default
//! postgres://postgres@127.0.0.1:5432/postgres; a database `opennrm_bench_<pid>` is created
//! and dropped), BENCH_DURATION (s, default 10), BENCH_WARMUP (s, default 1),
//! BENCH_CONCURRENCY (default "16,1"), BENCH_BACKENDS (default "sqlite,postgres"),
//! BENCH_DIAGNOSTICS (1 = also the open_case-only runs; default 1).
//! Prints Markdown on stdout, progress on stderr.

use std::str::FromStr;
use std::sync::Arc;
use std::time::{Duration, Instant};

use anyhow::{Context, Result, anyhow, bail};
use opennrm_domain::atlas::{Atlas, BASELINE_LABEL};
use opennrm_domain::screening::ScreeningRequest;
use opennrm_service::accounts::{NewUser, OrganisationProfile};
use opennrm_service::auth::SignInStep;
use opennrm_service::referral::{NewCaseInput, ReferralPick};
use opennrm_service::{Identity, MasterSecret, Policy, Role, Services};
use opennrm_store::{AuditEvent, AuditKey, Store};
use sqlx::Connection;
use sqlx::postgres::{PgPool, PgPoolOptions};
use sqlx::sqlite::{
    SqliteConnectOptions, SqliteJournalMode, SqlitePool, SqlitePoolOptions, SqliteSynchronous,
};

const SECRET: [u8; 32] = [7u8; 32];
const ORG: &str = "fi-labour-inspectorate";
const RULE: &str = "fi-labour-inspection-to-police";
const USERNAME: &str = "inspector@fi.bench";
const PASSWORD: &str = "correct horse battery staple";

/// tests/it/screening.rs CONSTRUCTION_SITE: presumed trafficking.
const CONSTRUCTION_SITE: &[(&str, &str)] = &[
    ("deceptive_recruitment.nature_of_job", "yes"),
    ("deceptive_recruitment.wages", "yes"),
    ("exploitative_conditions.excessive_hours", "yes"),
    ("exploitative_conditions.low_or_no_salary", "yes"),
    ("coercion_at_destination.confiscation_of_documents", "yes"),
    ("coercion_at_destination.debt_bondage", "yes"),
];

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Work {
    /// open_case + person lookup + send_referrals.
    Referral,
    /// The five rows in one transaction, raw sqlx.
    Plain,
    /// The five rows and the product's audit-chain append, raw sqlx.
    PlainAudited,
    /// Two inserts into a small table in one transaction.
    Pair,
    /// open_case alone (with its screening).
    OpenCase,
    /// open_case alone, without a screening.
    OpenCaseUnscreened,
}

impl Work {
    fn label(self) -> &'static str {
        match self {
            Work::Referral => "referral creation (open_case + send_referrals)",
            Work::Plain => "plain insert (same 5 rows, 1 tx)",
            Work::PlainAudited => "plain insert + audit-chain row (1 tx)",
            Work::Pair => "raw 2-insert tx (calibration)",
            Work::OpenCase => "diag: open_case only (screened)",
            Work::OpenCaseUnscreened => "diag: open_case only (no screening)",
        }
    }
}

enum Raw {
    Sqlite { main: SqlitePool, pair: SqlitePool },
    Postgres { main: PgPool },
}

struct Ctx {
    services: Services,
    /// The same pool the services use (a clone), for the person lookup.
    store: Store,
    raw: Raw,
    who: Identity,
    input: NewCaseInput,
    unscreened: NewCaseInput,
    /// The normalised screening request as open_case stores it, for the plain rows.
    screening_json: String,
    audit_key: AuditKey,
    user_id: String,
}

struct Stats {
    ops: usize,
    errors: usize,
    first_error: Option<String>,
    seconds: f64,
    lat_us: Vec<u64>,
    /// Sum over measured ops of each step (Referral only): open_case, lookup, send.
    phases: [Duration; 3],
    /// CPU seconds of this process during the measured window.
    cpu_s: f64,
    /// Share of the machine's CPU time busy during the window (all processes).
    machine_busy: f64,
}

impl Stats {
    fn per_s(&self) -> f64 {
        self.ops as f64 / self.seconds
    }
    fn pct(&self, p: usize) -> f64 {
        if self.lat_us.is_empty() {
            return f64::NAN;
        }
        let i = (self.lat_us.len() * p / 100).min(self.lat_us.len() - 1);
        self.lat_us[i] as f64 / 1000.0
    }
}

fn env_f64(name: &str, default: f64) -> f64 {
    std::env::var(name)
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(default)
}

fn random_id() -> String {
    format!("{:032x}", rand::random::<u128>())
}

/// A row id as the product makes them (UUIDv7, time-ordered), so that the plain insert
/// writes rows shaped like the product's.
fn row_id() -> String {
    uuid::Uuid::now_v7().simple().to_string()
}

fn random_reference() -> String {
    const ALPHABET: &[u8] = b"23456789ABCDEFGHJKLMNPQRSTUVWXYZ";
    let c: Vec<char> = (0..16)
        .map(|_| ALPHABET[usize::from(rand::random::<u8>()) % 32] as char)
        .collect();
    let g = |i: usize| c[i..i + 4].iter().collect::<String>();
    format!("FI-{}-{}-{}-{}", g(0), g(4), g(8), g(12))
}

/// utime + stime of this process, in seconds (clock ticks of 1/100 s, Linux's USER_HZ).
fn process_cpu() -> f64 {
    let Ok(stat) = std::fs::read_to_string("/proc/self/stat") else {
        return f64::NAN;
    };
    // Fields after the command name, which is in parentheses and may hold spaces.
    let rest = stat.rsplit_once(')').map_or("", |(_, r)| r);
    let f: Vec<&str> = rest.split_whitespace().collect();
    let ticks = |i: usize| {
        f.get(i)
            .and_then(|v| v.parse::<f64>().ok())
            .unwrap_or(f64::NAN)
    };
    // utime and stime are fields 14 and 15 of the line: 11 and 12 after the ')'.
    (ticks(11) + ticks(12)) / 100.0
}

/// (busy, total) jiffies of the whole machine.
fn machine_cpu() -> (f64, f64) {
    let Ok(stat) = std::fs::read_to_string("/proc/stat") else {
        return (f64::NAN, f64::NAN);
    };
    let line = stat.lines().next().unwrap_or_default();
    let v: Vec<f64> = line
        .split_whitespace()
        .skip(1)
        .filter_map(|x| x.parse().ok())
        .collect();
    let total: f64 = v.iter().take(8).sum();
    let idle = v.get(3).copied().unwrap_or(0.0) + v.get(4).copied().unwrap_or(0.0);
    (total - idle, total)
}

struct PlainRows {
    case_id: String,
    reference: String,
    person_id: String,
    screening_id: String,
    referral_id: String,
    now: String,
    deadline: String,
}

impl PlainRows {
    fn new() -> PlainRows {
        PlainRows {
            case_id: row_id(),
            reference: random_reference(),
            person_id: row_id(),
            screening_id: row_id(),
            referral_id: row_id(),
            now: opennrm_store::now(),
            deadline: opennrm_store::at_offset(14 * 86_400),
        }
    }
}

/// The five rows of a referral creation, in clear, on a transaction of either backend.
macro_rules! plain_rows {
    ($tx:expr, $ctx:expr, $r:expr) => {{
        let (ctx, r) = ($ctx, $r);
        sqlx::query("INSERT INTO referral_case (id, reference, country_code, organisation_id, officer_id, work_sector, region, exploitation, persons, level, created_at, updated_at) VALUES ($1, $2, 'FI', $3, $4, 'forestry', 'North Karelia', 'labour_exploitation', 1, 'presumed_trafficking', $5, $5)")
            .bind(&r.case_id).bind(&r.reference).bind(ORG).bind(&ctx.user_id).bind(&r.now)
            .execute(&mut *$tx).await?;
        sqlx::query("INSERT INTO case_person (id, case_id, position, residence, age_group, count, name_ct, birth_date_ct, nationality_ct, contact_ct, created_at) VALUES ($1, $2, 1, 'irregular_migrant', 'adult', 1, 'Aino Virtanen-Benchperson', '1991-04-02', 'Testland', NULL, $3)")
            .bind(&r.person_id).bind(&r.case_id).bind(&r.now)
            .execute(&mut *$tx).await?;
        sqlx::query("INSERT INTO case_screening (id, case_id, request, level, created_by, created_at) VALUES ($1, $2, $3, 'presumed_trafficking', $4, $5)")
            .bind(&r.screening_id).bind(&r.case_id).bind(&ctx.screening_json).bind(&ctx.user_id).bind(&r.now)
            .execute(&mut *$tx).await?;
        sqlx::query("INSERT INTO referral (id, case_id, person_id, rule_id, action, from_org, to_org, consent_purpose, state, message_ct, deadline_at, created_by, created_at, updated_at) VALUES ($1, $2, $3, $4, 'investigate', $5, 'fi-police', NULL, 'sent', NULL, $6, $7, $8, $8)")
            .bind(&r.referral_id).bind(&r.case_id).bind(&r.person_id).bind(RULE).bind(ORG)
            .bind(&r.deadline).bind(&ctx.user_id).bind(&r.now)
            .execute(&mut *$tx).await?;
        sqlx::query("INSERT INTO referral_event (referral_id, seq, at, by_user, by_org, kind, to_state, detail) VALUES ($1, 1, $2, $3, $4, 'send', 'sent', '{}')")
            .bind(&r.referral_id).bind(&r.now).bind(&ctx.user_id).bind(ORG)
            .execute(&mut *$tx).await?;
    }};
}

macro_rules! pair_rows {
    ($tx:expr) => {{
        for _ in 0..2 {
            sqlx::query("INSERT INTO bench_pair (id, payload, created_at) VALUES ($1, $2, $3)")
                .bind(random_id())
                .bind("a payload of about the size of a small row: sixty-four characters")
                .bind(opennrm_store::now())
                .execute(&mut *$tx)
                .await?;
        }
    }};
}

fn audit_event<'a>(object: &'a str) -> AuditEvent<'a> {
    AuditEvent {
        actor: "user:bench",
        action: "bench.plain_insert",
        object: Some(object),
        outcome: "ok",
        address: None,
        detail: serde_json::json!({ "referrals": 1 }),
    }
}

async fn one(ctx: &Ctx, work: Work, phases: &mut [Duration; 3]) -> Result<()> {
    match work {
        Work::Referral => {
            let t0 = Instant::now();
            let reference = ctx.services.open_case(&ctx.who, &ctx.input).await?;
            let t1 = Instant::now();
            let case = ctx
                .store
                .case_by_reference(&reference)
                .await?
                .context("the case just opened")?;
            let person = ctx
                .store
                .case_persons(&case.id)
                .await?
                .into_iter()
                .next()
                .context("its person")?
                .id;
            let t2 = Instant::now();
            let sent = ctx
                .services
                .send_referrals(
                    &ctx.who,
                    &reference,
                    &[ReferralPick {
                        person_id: person,
                        rule_id: RULE.into(),
                    }],
                    None,
                )
                .await?;
            let t3 = Instant::now();
            if sent.len() != 1 {
                bail!("{} referrals sent instead of 1", sent.len());
            }
            phases[0] += t1 - t0;
            phases[1] += t2 - t1;
            phases[2] += t3 - t2;
        }
        Work::OpenCase => {
            ctx.services.open_case(&ctx.who, &ctx.input).await?;
        }
        Work::OpenCaseUnscreened => {
            ctx.services.open_case(&ctx.who, &ctx.unscreened).await?;
        }
        Work::Plain | Work::PlainAudited => {
            let r = PlainRows::new();
            let object = format!("case:{}", r.reference);
            match &ctx.raw {
                Raw::Sqlite { main, .. } => {
                    let mut tx = main.begin().await?;
                    plain_rows!(tx, ctx, &r);
                    if work == Work::PlainAudited {
                        opennrm_store::append_sqlite(
                            &mut tx,
                            &ctx.audit_key,
                            &audit_event(&object),
                        )
                        .await?;
                    }
                    tx.commit().await?;
                }
                Raw::Postgres { main } => {
                    let mut tx = main.begin().await?;
                    plain_rows!(tx, ctx, &r);
                    if work == Work::PlainAudited {
                        opennrm_store::append_postgres(
                            &mut tx,
                            &ctx.audit_key,
                            &audit_event(&object),
                        )
                        .await?;
                    }
                    tx.commit().await?;
                }
            }
        }
        Work::Pair => match &ctx.raw {
            Raw::Sqlite { pair, .. } => {
                let mut tx = pair.begin().await?;
                pair_rows!(tx);
                tx.commit().await?;
            }
            Raw::Postgres { main } => {
                let mut tx = main.begin().await?;
                pair_rows!(tx);
                tx.commit().await?;
            }
        },
    }
    Ok(())
}

/// Runs `work` on `c` tasks: `warmup` unmeasured, then `duration` measured (operations
/// that complete inside the window count, with their latency).
async fn run(ctx: &Arc<Ctx>, work: Work, c: usize, warmup: Duration, duration: Duration) -> Stats {
    let start = Instant::now();
    let t0 = start + warmup;
    let t1 = t0 + duration;
    let mut tasks = Vec::new();
    for _ in 0..c {
        let ctx = ctx.clone();
        tasks.push(tokio::spawn(async move {
            let mut lat = Vec::new();
            let mut phases = [Duration::ZERO; 3];
            let mut errors = 0usize;
            let mut first_error = None;
            while Instant::now() < t1 {
                let s = Instant::now();
                let mut p = [Duration::ZERO; 3];
                let result = one(&ctx, work, &mut p).await;
                let e = Instant::now();
                match result {
                    Ok(()) if e >= t0 && e < t1 => {
                        lat.push((e - s).as_micros() as u64);
                        for i in 0..3 {
                            phases[i] += p[i];
                        }
                    }
                    Ok(()) => {}
                    Err(err) => {
                        errors += 1;
                        first_error.get_or_insert_with(|| format!("{err:#}"));
                        // Do not spin on a failing backend.
                        tokio::time::sleep(Duration::from_millis(10)).await;
                    }
                }
            }
            (lat, phases, errors, first_error)
        }));
    }
    tokio::time::sleep_until(t0.into()).await;
    let (cpu0, (busy0, total0)) = (process_cpu(), machine_cpu());
    tokio::time::sleep_until(t1.into()).await;
    let (cpu1, (busy1, total1)) = (process_cpu(), machine_cpu());
    let mut stats = Stats {
        ops: 0,
        errors: 0,
        first_error: None,
        seconds: duration.as_secs_f64(),
        lat_us: Vec::new(),
        phases: [Duration::ZERO; 3],
        cpu_s: cpu1 - cpu0,
        machine_busy: (busy1 - busy0) / (total1 - total0),
    };
    for t in tasks {
        match t.await {
            Ok((lat, phases, errors, first_error)) => {
                stats.lat_us.extend(lat);
                for (total, p) in stats.phases.iter_mut().zip(phases) {
                    *total += p;
                }
                stats.errors += errors;
                if stats.first_error.is_none() {
                    stats.first_error = first_error;
                }
            }
            Err(e) => {
                stats.errors += 1;
                stats
                    .first_error
                    .get_or_insert_with(|| format!("task: {e}"));
            }
        }
    }
    stats.ops = stats.lat_us.len();
    stats.lat_us.sort_unstable();
    stats
}

fn screening_request() -> serde_json::Value {
    let answers: serde_json::Map<String, serde_json::Value> = CONSTRUCTION_SITE
        .iter()
        .map(|(k, v)| ((*k).to_string(), serde_json::json!(v)))
        .collect();
    serde_json::json!({
        "instrument": "ilo-ec-2009-thb-labour",
        "population": "adult",
        "country": "FI",
        "answers": answers,
    })
}

fn case_input(screened: bool) -> Result<NewCaseInput> {
    let mut v = serde_json::json!({
        "exploitation": "labour_exploitation",
        "work_sector": "forestry",
        "region": "North Karelia",
        "persons": [
            { "residence": "irregular_migrant", "age": "adult", "name": "Aino Virtanen-Benchperson", "birth_date": "1991-04-02", "nationality": "Testland" }
        ],
    });
    if screened {
        v["screening"] = screening_request();
    }
    Ok(serde_json::from_value(v)?)
}

/// Opens the store, loads the atlas, starts the services, enables the inspectorate with
/// one frontline officer and signs them in.
async fn setup(url: &str, raw: Raw, atlas: &Atlas) -> Result<Arc<Ctx>> {
    let store = Store::connect(url).await?;
    store.migrate().await?;
    store
        .ensure_atlas(atlas, BASELINE_LABEL, "embedded")
        .await?;
    let secret = MasterSecret::new(SECRET.to_vec()).map_err(|e| anyhow!(e))?;
    let services = Services::open(store.clone(), &secret, Policy::default()).await?;
    let op = Identity::Operator;
    services
        .enable_organisation(
            &op,
            ORG,
            &OrganisationProfile {
                receives_referrals: true,
                ..OrganisationProfile::default()
            },
        )
        .await?;
    services
        .add_user(
            &op,
            &NewUser {
                username: USERNAME.into(),
                display_name: "Bench inspector".into(),
                organisation: ORG.into(),
                roles: vec![Role::FrontlineOfficer],
                password: PASSWORD.into(),
            },
        )
        .await?;
    let SignInStep::SignedIn(auth) = services.sign_in(USERNAME, PASSWORD, "127.0.0.1").await?
    else {
        bail!("the officer was asked for a second factor");
    };
    let who = services
        .session_identity(&auth)
        .await?
        .context("no identity for the session")?;
    let user_id = who
        .principal()
        .map(|p| p.user_id.to_string())
        .context("not a user")?;
    let req: ScreeningRequest = serde_json::from_value(screening_request())?;
    let screening_json =
        serde_json::to_string(&req.normalised(atlas).map_err(|e| anyhow!("{e}"))?)?;
    let ctx = Arc::new(Ctx {
        services,
        store,
        raw,
        who,
        input: case_input(true)?,
        unscreened: case_input(false)?,
        screening_json,
        audit_key: AuditKey::derive(&SECRET),
        user_id,
    });
    // One creation end to end first: fails early (and loudly) if the flow is refused.
    one(&ctx, Work::Referral, &mut [Duration::ZERO; 3])
        .await
        .context("a first referral creation")?;
    Ok(ctx)
}

struct Row {
    backend: &'static str,
    c: usize,
    work: Work,
    stats: Stats,
}

/// The screening's CPU cost alone (normalise + run + serialise, as open_case does), µs.
fn screening_cpu_us(atlas: &Atlas) -> Result<f64> {
    let req: ScreeningRequest = serde_json::from_value(screening_request())?;
    let n = 2000;
    let t = Instant::now();
    for _ in 0..n {
        let clean = req.normalised(atlas).map_err(|e| anyhow!("{e}"))?;
        let outcome = clean.run(atlas).map_err(|e| anyhow!("{e}"))?;
        std::hint::black_box((serde_json::to_string(&clean)?, outcome.result.level));
    }
    Ok(t.elapsed().as_secs_f64() * 1e6 / f64::from(n))
}

#[tokio::main]
async fn main() -> Result<()> {
    let duration = Duration::from_secs_f64(env_f64("BENCH_DURATION", 10.0));
    let warmup = Duration::from_secs_f64(env_f64("BENCH_WARMUP", 1.0));
    let concurrency: Vec<usize> = std::env::var("BENCH_CONCURRENCY")
        .unwrap_or_else(|_| "16,1".into())
        .split(',')
        .filter_map(|s| s.trim().parse().ok())
        .collect();
    let backends = std::env::var("BENCH_BACKENDS").unwrap_or_else(|_| "sqlite,postgres".into());
    let diagnostics = std::env::var("BENCH_DIAGNOSTICS").map_or(true, |v| v != "0");
    let admin = std::env::var("OPENNRM_BENCH_POSTGRES_URL")
        .unwrap_or_else(|_| "postgres://postgres@127.0.0.1:5432/postgres".into());
    let atlas = Atlas::embedded().map_err(|e| anyhow!("embedded atlas invalid: {e:?}"))?;
    let mut works = vec![Work::Referral, Work::Plain, Work::PlainAudited, Work::Pair];
    if diagnostics {
        works.extend([Work::OpenCase, Work::OpenCaseUnscreened]);
    }

    let mut rows: Vec<Row> = Vec::new();
    let mut notes: Vec<String> = Vec::new();
    for backend in backends.split(',').map(str::trim) {
        match backend {
            "sqlite" => {
                let dir = tempfile::tempdir()?;
                let db = dir.path().join("bench.sqlite");
                let url = format!("sqlite://{}", db.display());
                // Plain inserts: their own pool on the same file, as many connections as
                // the product's, synchronous = FULL on every connection (PRAGMA at connect).
                let full = |path: &std::path::Path| -> Result<SqliteConnectOptions> {
                    Ok(
                        SqliteConnectOptions::from_str(&format!("sqlite://{}", path.display()))?
                            .create_if_missing(true)
                            .journal_mode(SqliteJournalMode::Wal)
                            .synchronous(SqliteSynchronous::Full)
                            .foreign_keys(true)
                            .busy_timeout(Duration::from_secs(10)),
                    )
                };
                // The store creates and migrates the file first.
                let store = Store::connect(&url).await?;
                store.migrate().await?;
                store.close().await;
                let main = SqlitePoolOptions::new()
                    .max_connections(8)
                    .connect_with(full(&db)?)
                    .await?;
                let pair = SqlitePoolOptions::new()
                    .max_connections(8)
                    .connect_with(full(&dir.path().join("raw.sqlite"))?)
                    .await?;
                sqlx::query("CREATE TABLE IF NOT EXISTS bench_pair (id TEXT PRIMARY KEY, payload TEXT NOT NULL, created_at TEXT NOT NULL)").execute(&pair).await?;
                let sync: i64 = sqlx::query_scalar("PRAGMA synchronous")
                    .fetch_one(&main)
                    .await?;
                let journal: String = sqlx::query_scalar("PRAGMA journal_mode")
                    .fetch_one(&main)
                    .await?;
                eprintln!(
                    "sqlite: {} (reference pool: journal_mode {journal}, synchronous {sync})",
                    db.display()
                );
                let ctx = setup(&url, Raw::Sqlite { main, pair }, &atlas).await?;
                for &c in &concurrency {
                    for &w in &works {
                        eprintln!("sqlite c={c} {} …", w.label());
                        let stats = run(&ctx, w, c, warmup, duration).await;
                        eprintln!(
                            "  {:.1}/s p50 {:.2} ms p99 {:.2} ms errors {}",
                            stats.per_s(),
                            stats.pct(50),
                            stats.pct(99),
                            stats.errors
                        );
                        rows.push(Row {
                            backend: "SQLite",
                            c,
                            work: w,
                            stats,
                        });
                    }
                }
                let size = std::fs::metadata(&db).map(|m| m.len()).unwrap_or(0)
                    + std::fs::metadata(dir.path().join("bench.sqlite-wal"))
                        .map(|m| m.len())
                        .unwrap_or(0);
                notes.push(format!(
                    "SQLite database after the run: {:.1} MiB (file + WAL)",
                    size as f64 / 1048576.0
                ));
                ctx.services.close().await;
                if let Raw::Sqlite { main, pair } = &ctx.raw {
                    main.close().await;
                    pair.close().await;
                }
            }
            "postgres" => {
                let name = format!("opennrm_bench_{}", std::process::id());
                let mut admin_conn = sqlx::PgConnection::connect(&admin)
                    .await
                    .with_context(|| format!("PostgreSQL at {admin}"))?;
                sqlx::query(&format!("DROP DATABASE IF EXISTS {name} WITH (FORCE)"))
                    .execute(&mut admin_conn)
                    .await?;
                sqlx::query(&format!("CREATE DATABASE {name}"))
                    .execute(&mut admin_conn)
                    .await?;
                let base = admin
                    .rsplit_once('/')
                    .map_or(admin.as_str(), |(b, _)| b)
                    .to_string();
                let url = format!("{base}/{name}");
                let result = async {
                    let main = PgPoolOptions::new().max_connections(16).acquire_timeout(Duration::from_secs(10)).connect(&url).await?;
                    let ctx = setup(&url, Raw::Postgres { main: main.clone() }, &atlas).await?;
                    sqlx::query("CREATE TABLE IF NOT EXISTS bench_pair (id TEXT PRIMARY KEY, payload TEXT NOT NULL, created_at TEXT NOT NULL)").execute(&main).await?;
                    let settings: Vec<(String, String)> = sqlx::query_as("SELECT name, setting FROM pg_settings WHERE name IN ('synchronous_commit', 'fsync', 'wal_sync_method', 'commit_delay', 'server_version', 'default_transaction_isolation') ORDER BY name")
                        .fetch_all(&main)
                        .await?;
                    notes.push(format!(
                        "PostgreSQL settings: {}",
                        settings.iter().map(|(k, v)| format!("{k} = {v}")).collect::<Vec<_>>().join(", ")
                    ));
                    for &c in &concurrency {
                        for &w in &works {
                            eprintln!("postgres c={c} {} …", w.label());
                            let stats = run(&ctx, w, c, warmup, duration).await;
                            eprintln!("  {:.1}/s p50 {:.2} ms p99 {:.2} ms errors {}", stats.per_s(), stats.pct(50), stats.pct(99), stats.errors);
                            rows.push(Row { backend: "PostgreSQL", c, work: w, stats });
                        }
                    }
                    ctx.services.close().await;
                    main.close().await;
                    Ok::<(), anyhow::Error>(())
                }
                .await;
                sqlx::query(&format!("DROP DATABASE IF EXISTS {name} WITH (FORCE)"))
                    .execute(&mut admin_conn)
                    .await?;
                admin_conn.close().await.ok();
                result?;
            }
            other => bail!("unknown backend {other} (sqlite or postgres)"),
        }
    }

    // ---------------------------------------------------------------- output
    let plain_of = |backend: &str, c: usize| {
        rows.iter()
            .find(|r| r.backend == backend && r.c == c && r.work == Work::Plain)
            .map(|r| r.stats.per_s())
    };
    println!(
        "| backend | concurrency | what | ops/s | p50 ms | p99 ms | ratio to the plain insert |"
    );
    println!("|---|---|---|---|---|---|---|");
    for r in &rows {
        let ratio = plain_of(r.backend, r.c).map_or("—".to_string(), |p| {
            format!("{:.2}×", r.stats.per_s() / p)
        });
        let errors = if r.stats.errors > 0 {
            format!(" ({} errors)", r.stats.errors)
        } else {
            String::new()
        };
        println!(
            "| {} | {} | {}{} | {:.0} | {:.2} | {:.2} | {} |",
            r.backend,
            r.c,
            r.work.label(),
            errors,
            r.stats.per_s(),
            r.stats.pct(50),
            r.stats.pct(99),
            ratio
        );
    }
    println!();
    println!(
        "Where the time goes (same run). Steps of a referral creation, mean ms per creation; CPU of this process per operation (PostgreSQL's own server processes not included); share of the machine's CPU busy during the window (all processes, the other engineer's build included):"
    );
    println!();
    println!(
        "| backend | concurrency | what | open_case ms | person lookup ms | send_referrals ms | process CPU ms/op | machine CPU busy |"
    );
    println!("|---|---|---|---|---|---|---|---|");
    for r in &rows {
        let n = r.stats.ops.max(1) as f64;
        let ms = |d: Duration| d.as_secs_f64() * 1000.0 / n;
        let steps = if r.work == Work::Referral {
            format!(
                "{:.2} | {:.2} | {:.2}",
                ms(r.stats.phases[0]),
                ms(r.stats.phases[1]),
                ms(r.stats.phases[2])
            )
        } else {
            " | | ".to_string()
        };
        println!(
            "| {} | {} | {} | {} | {:.3} | {:.0}% |",
            r.backend,
            r.c,
            r.work.label(),
            steps,
            r.stats.cpu_s * 1000.0 / n,
            r.stats.machine_busy * 100.0
        );
    }
    println!();
    println!(
        "- Screening alone (normalise + run + serialise the request, as `open_case` does), one thread: {:.1} µs per screening.",
        screening_cpu_us(&atlas)?
    );
    println!(
        "- Measured window {:.0} s per row after {:.0} s of warm-up; latency of operations completed in the window.",
        duration.as_secs_f64(),
        warmup.as_secs_f64()
    );
    for n in &notes {
        println!("- {n}");
    }
    for r in rows.iter().filter(|r| r.stats.errors > 0) {
        println!(
            "- Errors in {} c={} {}: {} (first: {})",
            r.backend,
            r.c,
            r.work.label(),
            r.stats.errors,
            r.stats.first_error.as_deref().unwrap_or("?")
        );
    }
    Ok(())
}
