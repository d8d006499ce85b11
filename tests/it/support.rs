//! Test fixtures: an isolated database per test on either backend, and the app
//! started on an ephemeral port against it.

use std::sync::atomic::{AtomicU32, Ordering};

use opennrm_domain::atlas::{Atlas, BASELINE_LABEL};
use opennrm_store::Store;
use opennrm_web::AppState;

/// Runs a test body once on SQLite and once on PostgreSQL, as two named tests.
#[macro_export]
macro_rules! on_both_backends {
    ($(#[$m:meta])* async fn $name:ident($db:ident) $body:block) => {
        mod $name {
            #[allow(unused_imports)]
            use super::*;
            async fn run($db: $crate::support::TestDb) $body

            #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
            async fn on_sqlite() {
                let db = $crate::support::TestDb::sqlite().await;
                run(db.clone()).await;
                db.cleanup().await;
            }

            #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
            async fn on_postgres() {
                let db = $crate::support::TestDb::postgres().await;
                run(db.clone()).await;
                db.cleanup().await;
            }
        }
    };
}

static COUNTER: AtomicU32 = AtomicU32::new(0);

fn unique(prefix: &str) -> String {
    let nanos = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.subsec_nanos());
    format!(
        "{prefix}_{}_{}_{nanos}",
        std::process::id(),
        COUNTER.fetch_add(1, Ordering::SeqCst)
    )
}

/// The PostgreSQL server the suite creates its databases on (trust auth on these machines).
pub fn postgres_admin_url() -> String {
    std::env::var("OPENNRM_TEST_POSTGRES_URL")
        .unwrap_or_else(|_| "postgres://postgres@127.0.0.1:5432/postgres".into())
}

/// A database of its own for one test.
#[derive(Clone, Debug)]
pub struct TestDb {
    pub url: String,
    pub backend: &'static str,
    pg_name: Option<String>,
    dir: Option<std::sync::Arc<tempfile::TempDir>>,
}

impl TestDb {
    pub async fn sqlite() -> TestDb {
        let dir = tempfile::tempdir().expect("temp dir");
        let url = format!("sqlite://{}", dir.path().join("test.sqlite").display());
        TestDb {
            url,
            backend: "sqlite",
            pg_name: None,
            dir: Some(std::sync::Arc::new(dir)),
        }
    }

    pub async fn postgres() -> TestDb {
        use sqlx::Connection;
        let name = unique("opennrm_test");
        let admin = postgres_admin_url();
        let mut conn = sqlx::PgConnection::connect(&admin)
            .await
            .unwrap_or_else(|e| {
                panic!("PostgreSQL must be running for the test suite ({admin}): {e}")
            });
        sqlx::query(&format!("CREATE DATABASE {name}"))
            .execute(&mut conn)
            .await
            .expect("create test database");
        conn.close().await.ok();
        let base = admin
            .rsplit_once('/')
            .map_or(admin.as_str(), |(b, _)| b)
            .to_string();
        TestDb {
            url: format!("{base}/{name}"),
            backend: "postgres",
            pg_name: Some(name),
            dir: None,
        }
    }

    /// A migrated store, empty.
    pub async fn store(&self) -> Store {
        let store = Store::connect(&self.url).await.expect("connect");
        store.migrate().await.expect("migrate");
        store
    }

    /// A migrated store holding the embedded atlas.
    pub async fn loaded_store(&self) -> Store {
        let store = self.store().await;
        store
            .ensure_atlas(&embedded_atlas(), BASELINE_LABEL, "embedded")
            .await
            .expect("load atlas");
        store
    }

    pub async fn cleanup(&self) {
        use sqlx::Connection;
        if let Some(name) = &self.pg_name
            && let Ok(mut conn) = sqlx::PgConnection::connect(&postgres_admin_url()).await
        {
            let _ = sqlx::query(&format!("DROP DATABASE IF EXISTS {name} WITH (FORCE)"))
                .execute(&mut conn)
                .await;
        }
        let _ = &self.dir;
    }
}

pub fn embedded_atlas() -> Atlas {
    Atlas::embedded().unwrap_or_else(|errors| panic!("embedded atlas invalid: {errors:?}"))
}

/// The server, started on 127.0.0.1 port 0 against a store.
pub struct TestApp {
    pub base: String,
    pub client: reqwest::Client,
    pub state: AppState,
    task: tokio::task::JoinHandle<()>,
}

impl TestApp {
    pub async fn start(store: Store) -> TestApp {
        TestApp::start_with(store, opennrm_service::Policy::default(), |s| s).await
    }

    /// The server with a policy of its own and web settings changed by `settings` (it is
    /// given the defaults for the server's origin).
    pub async fn start_with(
        store: Store,
        policy: opennrm_service::Policy,
        settings: impl FnOnce(opennrm_web::WebSettings) -> opennrm_web::WebSettings,
    ) -> TestApp {
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
            .await
            .expect("bind");
        let addr = listener.local_addr().expect("addr");
        let services = test_services_with(store, policy).await;
        // As `opennrm serve` wires it: reports typeset by opennrm-pdf.
        let typesetter: opennrm_web::insight::report::Typesetter =
            std::sync::Arc::new(|r| opennrm_pdf::render(r).map_err(|e| e.to_string()));
        let state = AppState::new(
            services,
            settings(opennrm_web::WebSettings::for_origin(&format!(
                "http://{addr}"
            ))),
        )
        .with_typesetter(typesetter);
        let router = opennrm_web::router(state.clone());
        let task = tokio::spawn(async move {
            axum_serve(listener, router).await;
        });
        TestApp {
            base: format!("http://{addr}"),
            client: reqwest::Client::new(),
            state,
            task,
        }
    }

    pub async fn get(&self, path: &str) -> reqwest::Response {
        self.client
            .get(format!("{}{path}", self.base))
            .send()
            .await
            .expect("request")
    }

    pub async fn text(&self, path: &str) -> (u16, String) {
        let r = self.get(path).await;
        let status = r.status().as_u16();
        (status, r.text().await.expect("body"))
    }

    pub async fn json(&self, path: &str) -> (u16, serde_json::Value) {
        let r = self.get(path).await;
        let status = r.status().as_u16();
        (status, r.json().await.expect("json body"))
    }
}

impl Drop for TestApp {
    fn drop(&mut self) {
        self.task.abort();
    }
}

async fn axum_serve(listener: tokio::net::TcpListener, router: axum::Router) {
    let _ = axum::serve(
        listener,
        router.into_make_service_with_connect_info::<std::net::SocketAddr>(),
    )
    .await;
}

/// The master secret the suite uses (never a deployment's).
pub const TEST_SECRET: [u8; 32] = [7u8; 32];

/// The services on a store holding the atlas, keyed with the test secret.
pub async fn test_services(store: Store) -> opennrm_service::Services {
    test_services_with(store, opennrm_service::Policy::default()).await
}

/// `test_services` with a policy of its own (smaller throttles, …).
pub async fn test_services_with(
    store: Store,
    policy: opennrm_service::Policy,
) -> opennrm_service::Services {
    let secret = opennrm_service::MasterSecret::new(TEST_SECRET.to_vec()).expect("secret");
    opennrm_service::Services::open(store, &secret, policy)
        .await
        .expect("services")
}

/// Runs the real `opennrm` binary with a database URL; returns (exit code, stdout, stderr).
pub fn run_cli(db_url: Option<&str>, args: &[&str]) -> (i32, String, String) {
    run_cli_with_env(db_url, &[], args)
}

/// `run_cli` with extra environment variables (a secret key, a data directory).
pub fn run_cli_with_env(
    db_url: Option<&str>,
    env: &[(&str, &str)],
    args: &[&str],
) -> (i32, String, String) {
    let mut cmd = std::process::Command::new(env!("CARGO_BIN_EXE_opennrm"));
    // The test secret unless `env` says otherwise: commands that audit need one on PostgreSQL.
    cmd.args(args)
        .env("OPENNRM_LOG", "warn")
        .env("OPENNRM_SECRET_KEY", hex::encode(TEST_SECRET));
    if let Some(url) = db_url {
        cmd.env("OPENNRM_DATABASE_URL", url);
    }
    cmd.envs(env.iter().copied());
    let out = cmd.output().expect("run opennrm");
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

/// A backup of the whole test database as text: `pg_dump` on PostgreSQL; on SQLite a
/// `VACUUM INTO` copy plus the live database and WAL files, read as (lossy) text. What a
/// plaintext check must search: everything an operator's backup would hold.
pub async fn dump_database(db: &TestDb) -> String {
    if db.backend == "postgres" {
        let out = std::process::Command::new("pg_dump")
            .arg("--no-owner")
            .arg(&db.url)
            .output()
            .expect("pg_dump runs");
        assert!(
            out.status.success(),
            "pg_dump: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        return String::from_utf8_lossy(&out.stdout).into_owned();
    }
    let dir = db.dir.as_ref().expect("sqlite dir");
    let backup = dir.path().join("backup.sqlite");
    let _ = std::fs::remove_file(&backup);
    let store = Store::connect(&db.url).await.expect("connect");
    if let Store::Sqlite(p) = &store {
        sqlx::query("VACUUM INTO $1")
            .bind(backup.display().to_string())
            .execute(p)
            .await
            .expect("vacuum into");
    }
    store.close().await;
    let mut text = String::new();
    for bytes in database_files(db)
        .into_iter()
        .chain(std::fs::read(&backup).ok())
    {
        text.push_str(&String::from_utf8_lossy(&bytes));
    }
    text
}

/// The SQLite database's files (database, WAL, shared memory) as bytes; none on PostgreSQL.
pub fn database_files(db: &TestDb) -> Vec<Vec<u8>> {
    let Some(dir) = &db.dir else {
        return Vec::new();
    };
    std::fs::read_dir(dir.path())
        .expect("dir")
        .filter_map(|e| e.ok())
        .filter(|e| e.file_name().to_string_lossy().starts_with("test.sqlite"))
        .filter_map(|e| std::fs::read(e.path()).ok())
        .collect()
}

/// Enrols a TOTP second factor for the signed-in `who` (its session `auth`, first factor
/// only) and returns the authenticator. The enrolment is confirmed with the previous time
/// step's code (accepted within the skew), so the current step's code is still unspent
/// for a sign-in that follows.
pub async fn enrol_totp(
    services: &opennrm_service::Services,
    who: &opennrm_service::Identity,
    auth: opennrm_service::auth::SessionAuth,
    username: &str,
) -> totp_rs::Totp {
    let e = services.begin_totp_enrolment(who).await.expect("enrol");
    let t = totp_rs::Builder::new()
        .with_secret(totp_rs::Secret::try_from_base32(&e.secret_base32).expect("base32"))
        .with_account_name(username)
        .build()
        .expect("totp");
    let now = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .expect("time")
        .as_secs();
    services
        .confirm_totp(
            who,
            &opennrm_service::auth::SessionAuth {
                second_factor: false,
                ..auth
            },
            &t.generate(now - 30).to_string(),
        )
        .await
        .expect("confirm");
    t
}

/// A local SMTP sink on loopback (never an outside server): accepts every message and
/// keeps it, as the text after DATA. `delay` slows each message down, so two server
/// nodes sending at once overlap.
pub struct SmtpSink {
    pub port: u16,
    pub messages: std::sync::Arc<std::sync::Mutex<Vec<String>>>,
    task: tokio::task::JoinHandle<()>,
}

impl SmtpSink {
    pub async fn start(delay: std::time::Duration) -> SmtpSink {
        use tokio::io::{AsyncBufReadExt, AsyncWriteExt, BufReader};
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
            .await
            .expect("bind");
        let port = listener.local_addr().expect("addr").port();
        let messages = std::sync::Arc::new(std::sync::Mutex::new(Vec::new()));
        let kept = messages.clone();
        let task = tokio::spawn(async move {
            loop {
                let Ok((socket, _)) = listener.accept().await else {
                    return;
                };
                let kept = kept.clone();
                tokio::spawn(async move {
                    let (read, mut write) = socket.into_split();
                    let mut lines = BufReader::new(read).lines();
                    let _ = write.write_all(b"220 sink ESMTP\r\n").await;
                    let mut data: Option<String> = None;
                    while let Ok(Some(line)) = lines.next_line().await {
                        if let Some(body) = data.as_mut() {
                            if line == "." {
                                tokio::time::sleep(delay).await;
                                kept.lock().expect("lock").push(std::mem::take(body));
                                data = None;
                                let _ = write.write_all(b"250 queued\r\n").await;
                            } else {
                                body.push_str(&line);
                                body.push('\n');
                            }
                            continue;
                        }
                        let verb = line.get(..4).unwrap_or("").to_ascii_uppercase();
                        let reply: &[u8] = match verb.as_str() {
                            "EHLO" | "HELO" => b"250 sink\r\n",
                            "DATA" => {
                                data = Some(String::new());
                                b"354 end with .\r\n"
                            }
                            "QUIT" => {
                                let _ = write.write_all(b"221 bye\r\n").await;
                                return;
                            }
                            _ => b"250 ok\r\n",
                        };
                        let _ = write.write_all(reply).await;
                    }
                });
            }
        });
        SmtpSink {
            port,
            messages,
            task,
        }
    }

    pub fn url(&self) -> String {
        format!("smtp://127.0.0.1:{}", self.port)
    }

    pub fn received(&self) -> Vec<String> {
        self.messages.lock().expect("lock").clone()
    }
}

impl Drop for SmtpSink {
    fn drop(&mut self) {
        self.task.abort();
    }
}

/// Runs one statement on a test database, straight through its pool (setting ages,
/// simulating a restore): what a test does behind the services' back.
pub async fn exec(store: &Store, sql: &str) {
    match store {
        Store::Sqlite(p) => {
            sqlx::query(sql).execute(p).await.expect("sql");
        }
        Store::Postgres(p) => {
            sqlx::query(sql).execute(p).await.expect("sql");
        }
    }
}

/// One number read from a test database.
pub async fn count(store: &Store, sql: &str) -> i64 {
    match store {
        Store::Sqlite(p) => sqlx::query_scalar(sql).fetch_one(p).await.expect("count"),
        Store::Postgres(p) => sqlx::query_scalar(sql).fetch_one(p).await.expect("count"),
    }
}

/// One text read from a test database.
pub async fn text(store: &Store, sql: &str) -> String {
    match store {
        Store::Sqlite(p) => sqlx::query_scalar(sql).fetch_one(p).await.expect("text"),
        Store::Postgres(p) => sqlx::query_scalar(sql).fetch_one(p).await.expect("text"),
    }
}
