//! One typed configuration, layered with figment: defaults < the configuration file
//! (`--config`, `OPENNRM_CONFIG`) < `OPENNRM_*` environment variables < flags. It is
//! validated once, here. The database URL (it may hold a password) and the master secret
//! are secrecy types, so no Debug or Display can print them; `redacted_url` is what
//! messages show of the URL, and of the secret only whether it is set.

pub mod check;
mod layers;

use std::collections::BTreeMap;
use std::io::Write;
use std::net::SocketAddr;
use std::path::{Path, PathBuf};
use std::time::Duration;

use anyhow::Context;
use figment::Figment;
use opennrm_store::Store;
use opennrm_web::limits::TrustedProxies;
use secrecy::{ExposeSecret, SecretSlice, SecretString};
use serde::Deserialize;

pub use layers::Layer;
use layers::{KEYS, Values};

/// 256 bits: the least a master secret may hold.
const MIN_SECRET_BYTES: usize = 32;

/// Where a SQLite deployment keeps its generated master secret, in the data directory.
const SECRET_FILE: &str = "secret.key";

/// The environment variable naming the configuration file, when `--config` is not given.
const CONFIG_ENV: &str = "OPENNRM_CONFIG";

/// Flags every subcommand takes. None reads the environment by itself (the layers do, in
/// `Config::load`), so each value's source stays known.
#[derive(clap::Args, Debug)]
pub struct GlobalFlags {
    /// Configuration file (TOML; keys as in the README) [env: OPENNRM_CONFIG] [default: none]
    #[arg(long, global = true, value_name = "PATH")]
    pub config: Option<PathBuf>,
    /// Database URL: sqlite:PATH or postgres://USER@HOST/DB [env: OPENNRM_DATABASE_URL] [default: SQLite in the data directory]
    #[arg(long, global = true, value_name = "URL", value_parser = secret_arg)]
    pub database_url: Option<SecretString>,
    /// Directory for the SQLite database and other local files [env: OPENNRM_DATA_DIR] [default: $XDG_DATA_HOME/opennrm, else ./opennrm-data]
    #[arg(long, global = true, value_name = "DIR")]
    pub data_dir: Option<String>,
    /// Master secret as hex, at least 32 bytes (e.g. `openssl rand -hex 32`); the audit chain's key is derived from it. Required with PostgreSQL, the same on every node; with SQLite the data directory's secret.key is used, created if missing. Prefer the environment variable or the file: flags show in process lists [env: OPENNRM_SECRET_KEY]
    #[arg(long, global = true, value_name = "HEX", value_parser = secret_arg)]
    pub secret_key: Option<SecretString>,
    /// Keys that seal case data, `id:hex64` separated by commas; the last one seals new values, the others still open what they sealed. Without any, a key derived from the master secret (id m1) is used. After adding a key, run `opennrm keys rotate` before removing an old one [env: OPENNRM_DATA_KEYS]
    #[arg(long, global = true, value_name = "ID:HEX,...", value_parser = secret_arg)]
    pub data_keys: Option<SecretString>,
}

/// Infallible, so clap never quotes the value in an error.
fn secret_arg(text: &str) -> Result<SecretString, std::convert::Infallible> {
    Ok(SecretString::from(text))
}

/// The server's settings as flags, taken by `serve` and by `config check`.
#[derive(clap::Args, Debug, Default)]
pub struct ServeFlags {
    /// Address and port to listen on [env: OPENNRM_BIND] [default: 127.0.0.1:8080]
    #[arg(long, value_name = "ADDR:PORT")]
    pub bind: Option<String>,
    /// The origin browsers use (http[s]://host[:port], no path); unsafe requests must come from it, and https makes cookies Secure with the __Host- prefix [env: OPENNRM_PUBLIC_ORIGIN] [default: http://BIND]
    #[arg(long, value_name = "ORIGIN")]
    pub public_origin: Option<String>,
    /// Minutes of inactivity after which a session ends, 1 to 1440 [env: OPENNRM_SESSION_IDLE_MINUTES] [default: 30]
    #[arg(long, value_name = "N")]
    pub session_idle_minutes: Option<u64>,
    /// Unsafe requests (form posts, API writes) one client address may make per minute, 1 to 1000000 [env: OPENNRM_WRITES_PER_MINUTE] [default: 120]
    #[arg(long, value_name = "N")]
    pub writes_per_minute: Option<u64>,
    /// Seconds a client may take to send a request's headers, 1 to 3600 [env: OPENNRM_HEADER_TIMEOUT_SECONDS] [default: 10]
    #[arg(long, value_name = "N")]
    pub header_timeout_seconds: Option<u64>,
    /// Seconds a client may pause while sending a request body, 1 to 3600 [env: OPENNRM_BODY_TIMEOUT_SECONDS] [default: 30]
    #[arg(long, value_name = "N")]
    pub body_timeout_seconds: Option<u64>,
    /// Seconds an idle keep-alive connection is kept open, 1 to 3600 [env: OPENNRM_IDLE_TIMEOUT_SECONDS] [default: 60]
    #[arg(long, value_name = "N")]
    pub idle_timeout_seconds: Option<u64>,
    /// Seconds between checks for a new atlas revision written by another node or an import, 1 to 3600 [env: OPENNRM_REFRESH_SECONDS] [default: 5]
    #[arg(long, value_name = "N")]
    pub refresh_seconds: Option<u64>,
    /// Reverse proxies in front of the nodes, as IP addresses and CIDR ranges separated by commas (e.g. 10.0.0.0/8,::1); a request from one of them is attributed to the right-most address in X-Forwarded-For that is not one of them. Only list proxies that append the client's address to X-Forwarded-For [env: OPENNRM_TRUSTED_PROXIES] [default: none: the client is the TCP peer]
    #[arg(long, value_name = "LIST")]
    pub trusted_proxies: Option<String>,
}

/// The values as the layers give them, before validation. Unknown keys are an error, so
/// a misspelt key in the file cannot silently leave the default in place.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Raw {
    database_url: Option<SecretString>,
    data_dir: PathBuf,
    secret_key: Option<SecretString>,
    data_keys: Option<SecretString>,
    bind: String,
    public_origin: Option<String>,
    session_idle_minutes: u64,
    writes_per_minute: u64,
    header_timeout_seconds: u64,
    body_timeout_seconds: u64,
    idle_timeout_seconds: u64,
    refresh_seconds: u64,
    /// An array of strings (file) or one string of entries separated by commas.
    trusted_proxies: Option<figment::value::Value>,
    statistics_k: u64,
    statistics_access: String,
    retention_days: u64,
    acknowledge_working_days: u64,
    job_interval_seconds: u64,
    smtp_relay: Option<SecretString>,
    mail_from: Option<String>,
}

/// The configuration file that was read, and what named it.
#[derive(Debug, Clone)]
pub struct ConfigFile {
    pub path: PathBuf,
    /// "flag --config" or "env OPENNRM_CONFIG".
    pub named_by: &'static str,
}

/// The effective configuration, validated.
#[derive(Debug)]
pub struct Config {
    file: Option<ConfigFile>,
    sources: BTreeMap<&'static str, Layer>,
    /// None: SQLite in the data directory.
    database_url: Option<SecretString>,
    data_dir: PathBuf,
    /// None: the data directory's `secret.key` (SQLite only).
    secret_key: Option<SecretSlice<u8>>,
    /// Validated at load; parsed again (never printed) when the services open.
    data_keys: Option<SecretString>,
    pub serve: ServeSettings,
    pub data: DataSettings,
}

/// How case data is published and kept: what every command that reads or changes cases
/// runs with, not only `serve`.
#[derive(Debug, Clone)]
pub struct DataSettings {
    /// Statistics suppress every count from 1 to k − 1 (and what would give one away).
    pub statistics_k: u64,
    /// Whether anyone may read the statistics ("public") or only rapporteurs and
    /// coordinators ("rapporteur").
    pub statistics_public: bool,
    /// Days a closed case stays unchanged before `opennrm retention run` anonymises it.
    pub retention_days: u32,
    /// Working days to acknowledge a referral before it is escalated to the coordinator.
    pub acknowledge_working_days: u32,
    /// How often a node looks for due background jobs.
    pub job_interval: Duration,
    /// The SMTP relay URL (may hold a password) and the sender; None: no e-mail.
    pub smtp_relay: Option<SecretString>,
    pub mail_from: Option<String>,
}

/// What `serve` runs with.
#[derive(Debug, Clone)]
pub struct ServeSettings {
    pub bind: SocketAddr,
    /// scheme://host[:port], as browsers send it in `Origin`.
    pub public_origin: String,
    pub session_idle_minutes: i64,
    pub writes_per_minute: u32,
    pub header_timeout: Duration,
    pub body_timeout: Duration,
    pub idle_timeout: Duration,
    pub refresh: Duration,
    /// Whose X-Forwarded-For names the client; empty: the client is the TCP peer.
    pub trusted_proxies: TrustedProxies,
}

impl Config {
    /// Reads the layers and validates the result; every problem is named with the place it
    /// was written (file and key, environment variable or flag), never with a secret.
    pub fn load(flags: &GlobalFlags, serve: Option<&ServeFlags>) -> anyhow::Result<Config> {
        let file = config_file(flags);
        let mut figment = Figment::new().merge(defaults());
        if let Some(f) = &file {
            figment = figment.merge(layers::file_values(&f.path)?);
        }
        let figment = figment
            .merge(layers::env_values()?)
            .merge(flag_values(flags, serve));
        let raw: Raw = figment
            .extract()
            .map_err(|e| invalid(&layers::explain(e, file.as_ref().map(|f| f.path.as_path()))))?;
        let sources = KEYS
            .iter()
            .map(|(key, _)| (*key, layers::layer_of(&figment, key)))
            .collect();
        validate(raw, sources, file)
    }

    pub fn file(&self) -> Option<&ConfigFile> {
        self.file.as_ref()
    }

    /// Where the value of `key` (one of the file's keys) came from.
    pub fn source(&self, key: &str) -> Layer {
        self.sources.get(key).cloned().unwrap_or(Layer::Default)
    }

    pub fn data_dir(&self) -> &Path {
        &self.data_dir
    }

    /// The database URL, without creating anything: the configured one or the default.
    pub fn effective_database_url(&self) -> SecretString {
        self.database_url.clone().unwrap_or_else(|| {
            SecretString::from(format!(
                "sqlite://{}",
                self.data_dir.join("opennrm.sqlite").display()
            ))
        })
    }

    /// The database URL to connect to; the data directory is created for the default.
    pub fn database_url(&self) -> anyhow::Result<SecretString> {
        if self.database_url.is_none() {
            let dir = &self.data_dir;
            std::fs::create_dir_all(dir)
                .with_context(|| format!("cannot create the data directory {}", dir.display()))?;
        }
        Ok(self.effective_database_url())
    }

    /// Whether there is a database to read: always for PostgreSQL (a server), for SQLite
    /// only once its file exists (`validate` must not create one).
    pub fn database_exists(&self) -> anyhow::Result<bool> {
        if self.backend() != "sqlite" {
            return Ok(true);
        }
        let url = self.effective_database_url();
        let path = check::sqlite_path(url.expose_secret());
        Ok(path == ":memory:" || std::path::Path::new(path).exists())
    }

    /// "sqlite" or "postgres", from the URL.
    pub fn backend(&self) -> &'static str {
        if self
            .effective_database_url()
            .expose_secret()
            .starts_with("sqlite:")
        {
            "sqlite"
        } else {
            "postgres"
        }
    }

    /// Whether a master secret was configured (in any layer).
    /// The configured keys for case data (none: the derived key only).
    pub fn data_keys(&self) -> anyhow::Result<opennrm_service::DataKeys> {
        match &self.data_keys {
            Some(k) => opennrm_service::DataKeys::parse(k.expose_secret())
                .map_err(|why| anyhow::anyhow!("data_keys: {why}")),
            None => Ok(opennrm_service::DataKeys::default()),
        }
    }

    pub fn has_secret_key(&self) -> bool {
        self.secret_key.is_some()
    }

    /// Where a SQLite deployment keeps the master secret when none is configured.
    pub fn secret_file(&self) -> PathBuf {
        self.data_dir.join(SECRET_FILE)
    }

    /// The URL without credentials, for messages: no user or password, and no value of a
    /// query parameter that may carry one (`?password=…`, `?sslpassword=…`).
    pub fn redacted_url(url: &str) -> String {
        let (base, query) = url
            .split_once('?')
            .map_or((url, None), |(b, q)| (b, Some(q)));
        let mut shown = match (base.find("://"), base.rfind('@')) {
            (Some(s), Some(at)) if at > s => format!("{}://***@{}", &base[..s], &base[at + 1..]),
            _ => base.to_string(),
        };
        if let Some(query) = query {
            let params: Vec<String> = query
                .split('&')
                .map(|param| match param.split_once('=') {
                    Some((name, _)) if is_secret_param(name) => format!("{name}=***"),
                    _ => param.to_string(),
                })
                .collect();
            shown.push('?');
            shown.push_str(&params.join("&"));
        }
        shown
    }

    /// The master secret keys are derived from: the configured one, else (SQLite only) the
    /// data directory's `secret.key`, created with fresh random bytes if missing. With
    /// PostgreSQL several nodes share one database, so they must share one configured secret.
    pub fn master_secret(&self, store_backend: &str) -> anyhow::Result<Vec<u8>> {
        if let Some(secret) = &self.secret_key {
            return Ok(secret.expose_secret().to_vec());
        }
        if store_backend != "sqlite" {
            anyhow::bail!(
                "a secret key is required with {store_backend}: set OPENNRM_SECRET_KEY (or \
                 secret_key in the configuration file) to the same hex value of at least \
                 {MIN_SECRET_BYTES} bytes (e.g. from `openssl rand -hex 32`) on every node"
            );
        }
        let dir = &self.data_dir;
        let path = self.secret_file();
        match std::fs::read_to_string(&path) {
            Ok(text) => read_secret_file(&path, &text),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => create_secret_file(dir, &path),
            Err(e) => Err(e)
                .with_context(|| format!("cannot read the secret key file {}", path.display())),
        }
    }

    /// Connects and applies migrations.
    pub async fn open_store(&self) -> anyhow::Result<Store> {
        let url = self.database_url()?;
        let url = url.expose_secret();
        let store = Store::connect(url)
            .await
            .with_context(|| format!("cannot open the database {}", Config::redacted_url(url)))?;
        store
            .migrate()
            .await
            .context("cannot migrate the database")?;
        Ok(store)
    }
}

fn is_secret_param(name: &str) -> bool {
    let name = name.to_ascii_lowercase();
    ["pass", "secret", "key", "token"]
        .iter()
        .any(|word| name.contains(word))
}

/// The file named by `--config`, else by `OPENNRM_CONFIG`; blank means not given.
fn config_file(flags: &GlobalFlags) -> Option<ConfigFile> {
    if let Some(path) = flags.config.as_ref().filter(|p| !p.as_os_str().is_empty()) {
        return Some(ConfigFile {
            path: path.clone(),
            named_by: "flag --config",
        });
    }
    std::env::var_os(CONFIG_ENV)
        .filter(|v| !v.to_string_lossy().trim().is_empty())
        .map(|v| ConfigFile {
            path: PathBuf::from(v),
            named_by: "env OPENNRM_CONFIG",
        })
}

fn defaults() -> Values {
    let mut values = Values::new(Layer::Default);
    let data_dir =
        dirs::data_dir().map_or_else(|| PathBuf::from("opennrm-data"), |d| d.join("opennrm"));
    values.set("data_dir", data_dir.to_string_lossy().into_owned());
    values.set("bind", "127.0.0.1:8080");
    values.set("session_idle_minutes", 30u64);
    values.set("writes_per_minute", 120u64);
    values.set("header_timeout_seconds", 10u64);
    values.set("body_timeout_seconds", 30u64);
    values.set("idle_timeout_seconds", 60u64);
    values.set("refresh_seconds", 5u64);
    values.set("statistics_k", opennrm_domain::statistics::DEFAULT_K);
    values.set("statistics_access", "rapporteur");
    values.set("retention_days", 1826u64);
    values.set("acknowledge_working_days", 3u64);
    values.set("job_interval_seconds", 10u64);
    values
}

/// The flags that were given; a blank one counts as not given, as a blank variable does.
fn flag_values(flags: &GlobalFlags, serve: Option<&ServeFlags>) -> Values {
    let mut values = Values::new(Layer::Flag);
    let mut text = |key: &str, value: Option<&str>| {
        if let Some(value) = value.map(str::trim).filter(|v| !v.is_empty()) {
            values.set(key, value);
        }
    };
    text(
        "database_url",
        flags.database_url.as_ref().map(ExposeSecret::expose_secret),
    );
    text("data_dir", flags.data_dir.as_deref());
    text(
        "secret_key",
        flags.secret_key.as_ref().map(ExposeSecret::expose_secret),
    );
    text(
        "data_keys",
        flags.data_keys.as_ref().map(ExposeSecret::expose_secret),
    );
    let Some(serve) = serve else {
        return values;
    };
    text("bind", serve.bind.as_deref());
    text("public_origin", serve.public_origin.as_deref());
    text("trusted_proxies", serve.trusted_proxies.as_deref());
    for (key, value) in [
        ("session_idle_minutes", serve.session_idle_minutes),
        ("writes_per_minute", serve.writes_per_minute),
        ("header_timeout_seconds", serve.header_timeout_seconds),
        ("body_timeout_seconds", serve.body_timeout_seconds),
        ("idle_timeout_seconds", serve.idle_timeout_seconds),
        ("refresh_seconds", serve.refresh_seconds),
    ] {
        if let Some(n) = value {
            values.set(key, n);
        }
    }
    values
}

fn invalid(problems: &[String]) -> anyhow::Error {
    anyhow::anyhow!("invalid configuration:\n  {}", problems.join("\n  "))
}

/// Parses the raw values into the typed configuration, collecting every problem.
fn validate(
    raw: Raw,
    sources: BTreeMap<&'static str, Layer>,
    file: Option<ConfigFile>,
) -> anyhow::Result<Config> {
    let mut problems = Vec::new();
    let name = |key: &str| sources.get(key).unwrap_or(&Layer::Default).naming(key);

    let database_url = raw.database_url.and_then(|url| {
        let url = url.expose_secret().trim();
        let known = ["sqlite:", "postgres://", "postgresql://"];
        if url.is_empty() {
            problems.push(format!("{} is empty", name("database_url")));
            None
        } else if known.iter().any(|k| url.starts_with(k)) {
            Some(SecretString::from(url))
        } else {
            problems.push(format!(
                "{} must start with sqlite: or postgres://",
                name("database_url")
            ));
            None
        }
    });
    if raw.data_dir.as_os_str().is_empty() {
        problems.push(format!("{} is empty", name("data_dir")));
    }
    let secret_key = raw.secret_key.and_then(|hex_text| {
        let what = format!(
            "the secret key ({})",
            sources
                .get("secret_key")
                .unwrap_or(&Layer::Default)
                .describe("secret_key")
        );
        decode_secret(hex_text.expose_secret().trim(), &what)
            .map_err(|e| problems.push(e.to_string()))
            .ok()
            .map(SecretSlice::from)
    });
    let data_keys = raw.data_keys.filter(|k| {
        opennrm_service::DataKeys::parse(k.expose_secret())
            .map_err(|why| problems.push(format!("{}: {why}", name("data_keys"))))
            .is_ok()
    });
    let bind = raw.bind.trim().parse::<SocketAddr>().map_err(|_| {
        problems.push(format!(
            "{} is not an IP address and port such as 127.0.0.1:8080",
            name("bind")
        ));
    });
    let public_origin = match (&raw.public_origin, &bind) {
        (Some(text), _) => parse_origin(text.trim())
            .map_err(|why| problems.push(format!("{} {why}", name("public_origin"))))
            .ok(),
        (None, Ok(bind)) => Some(format!("http://{bind}")),
        (None, Err(())) => None,
    };
    let mut number = |key: &str, value: u64, max: u64| {
        if (1..=max).contains(&value) {
            value
        } else {
            problems.push(format!("{} must be from 1 to {max}", name(key)));
            1
        }
    };
    let session_idle_minutes = number("session_idle_minutes", raw.session_idle_minutes, 24 * 60);
    let writes_per_minute = number("writes_per_minute", raw.writes_per_minute, 1_000_000);
    let header_timeout = number("header_timeout_seconds", raw.header_timeout_seconds, 3600);
    let body_timeout = number("body_timeout_seconds", raw.body_timeout_seconds, 3600);
    let idle_timeout = number("idle_timeout_seconds", raw.idle_timeout_seconds, 3600);
    let refresh = number("refresh_seconds", raw.refresh_seconds, 3600);
    let retention_days = number("retention_days", raw.retention_days, 36_500);
    let acknowledge_working_days =
        number("acknowledge_working_days", raw.acknowledge_working_days, 60);
    let job_interval = number("job_interval_seconds", raw.job_interval_seconds, 3600);
    // k = 1 would publish every count: at least 2, and the CTDC's 11 by default.
    let statistics_k = if (2..=1000).contains(&raw.statistics_k) {
        raw.statistics_k
    } else {
        problems.push(format!("{} must be from 2 to 1000", name("statistics_k")));
        opennrm_domain::statistics::DEFAULT_K
    };
    let smtp_relay = raw.smtp_relay.filter(|url| {
        let url = url.expose_secret().trim();
        let ok = url.starts_with("smtp://") || url.starts_with("smtps://");
        if !ok {
            problems.push(format!(
                "{} must start with smtp:// or smtps://",
                name("smtp_relay")
            ));
        }
        ok
    });
    let mail_from = raw.mail_from.map(|m| m.trim().to_string());
    if let Some(from) = &mail_from
        && !from.contains('@')
    {
        problems.push(format!(
            "{} must be an e-mail address, e.g. OpenNRM <nrm@example.org>",
            name("mail_from")
        ));
    }
    if smtp_relay.is_some() && mail_from.is_none() {
        problems.push(format!(
            "{} is needed with {}",
            name("mail_from"),
            name("smtp_relay")
        ));
    }
    let statistics_public = match raw.statistics_access.trim() {
        "public" => true,
        "rapporteur" => false,
        _ => {
            problems.push(format!(
                "{} must be public or rapporteur",
                name("statistics_access")
            ));
            false
        }
    };
    let trusted_proxies = raw
        .trusted_proxies
        .map_or_else(TrustedProxies::default, |value| {
            parse_trusted_proxies(&value, &name("trusted_proxies"), &mut problems)
        });

    let (Ok(bind), Some(public_origin), true) = (bind, public_origin, problems.is_empty()) else {
        return Err(invalid(&problems));
    };
    Ok(Config {
        file,
        database_url,
        data_dir: raw.data_dir,
        secret_key,
        data_keys,
        serve: ServeSettings {
            bind,
            public_origin,
            session_idle_minutes: i64::try_from(session_idle_minutes).unwrap_or(30),
            writes_per_minute: u32::try_from(writes_per_minute).unwrap_or(u32::MAX),
            header_timeout: Duration::from_secs(header_timeout),
            body_timeout: Duration::from_secs(body_timeout),
            idle_timeout: Duration::from_secs(idle_timeout),
            refresh: Duration::from_secs(refresh),
            trusted_proxies,
        },
        data: DataSettings {
            statistics_k,
            statistics_public,
            retention_days: u32::try_from(retention_days).unwrap_or(1826),
            acknowledge_working_days: u32::try_from(acknowledge_working_days).unwrap_or(3),
            job_interval: Duration::from_secs(job_interval),
            smtp_relay,
            mail_from,
        },
        sources,
    })
}

/// http(s)://host[:port] and nothing else, as browsers send it in `Origin`.
fn parse_origin(text: &str) -> Result<String, &'static str> {
    let url =
        url::Url::parse(text).map_err(|_| "is not an origin such as https://nrm.example.org")?;
    if !matches!(url.scheme(), "http" | "https") {
        return Err("must start with http:// or https://");
    }
    if url.host().is_none() {
        return Err("has no host");
    }
    if !url.username().is_empty() || url.password().is_some() {
        return Err("must not hold a user name or password");
    }
    if url.path() != "/" || url.query().is_some() || url.fragment().is_some() {
        return Err("must be scheme://host[:port], without a path, query or fragment");
    }
    Ok(url.origin().ascii_serialization())
}

/// More proxies than any deployment has: the list is scanned on every request.
const MAX_TRUSTED_PROXIES: usize = 256;

/// `trusted_proxies` as an array of strings (the file) or one string separated by commas
/// (any layer); blank entries of a string are skipped. Each entry is an IP address or a
/// CIDR range; every one that is not is a problem naming the setting and the entry (not a
/// secret, and shortened).
fn parse_trusted_proxies(
    value: &figment::value::Value,
    name: &str,
    problems: &mut Vec<String>,
) -> TrustedProxies {
    use figment::value::Value;
    let entries: Vec<(usize, Option<&str>)> = match value {
        Value::String(_, text) => text
            .split(',')
            .map(str::trim)
            .filter(|e| !e.is_empty())
            .map(Some)
            .enumerate()
            .collect(),
        Value::Array(_, items) => items
            .iter()
            .map(|item| item.as_str().map(str::trim))
            .enumerate()
            .collect(),
        _ => {
            problems.push(format!(
                "{name}: expected a list of IP addresses and CIDR ranges, found {}",
                match value {
                    Value::Num(..) => "a number",
                    Value::Bool(..) => "a boolean",
                    Value::Dict(..) => "a table",
                    _ => "another value",
                }
            ));
            return TrustedProxies::default();
        }
    };
    if entries.len() > MAX_TRUSTED_PROXIES {
        problems.push(format!(
            "{name} has {} entries; at most {MAX_TRUSTED_PROXIES} are allowed (use CIDR ranges)",
            entries.len()
        ));
        return TrustedProxies::default();
    }
    let mut ranges = Vec::new();
    for (index, entry) in entries {
        let Some(entry) = entry else {
            problems.push(format!("{name}: entry {} is not a string", index + 1));
            continue;
        };
        match opennrm_web::limits::parse_trusted_proxy(entry) {
            Some(net) if net.prefix_len() == 0 => problems.push(format!(
                "{name}: `{net}` would trust every address, so any client could choose its own; \
                 list the proxies' addresses or their network"
            )),
            Some(net) => ranges.push(net),
            None => {
                let shown: String = entry.chars().take(48).collect();
                let more = if entry.chars().count() > 48 {
                    "…"
                } else {
                    ""
                };
                problems.push(format!(
                    "{name}: `{}{more}` is not an IP address or CIDR range such as 10.0.0.0/8 or ::1",
                    shown.escape_debug()
                ));
            }
        }
    }
    TrustedProxies::new(ranges)
}

fn decode_secret(hex_text: &str, what: &str) -> anyhow::Result<Vec<u8>> {
    // The decoder's own message quotes the offending character: never pass it on.
    let secret = hex::decode(hex_text).map_err(|_| anyhow::anyhow!("{what} is not valid hex"))?;
    if secret.len() < MIN_SECRET_BYTES {
        anyhow::bail!(
            "{what} is too short: it must be at least {MIN_SECRET_BYTES} bytes ({} hex digits)",
            2 * MIN_SECRET_BYTES
        );
    }
    Ok(secret)
}

fn read_secret_file(path: &Path, text: &str) -> anyhow::Result<Vec<u8>> {
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        if let Ok(meta) = std::fs::metadata(path)
            && meta.permissions().mode() & 0o077 != 0
        {
            tracing::warn!(
                "the secret key file {} can be read by other users; restrict it with chmod 600",
                path.display()
            );
        }
    }
    decode_secret(
        text.trim(),
        &format!("the secret key file {}", path.display()),
    )
}

/// Creates `path` with a new random secret, readable by its owner only. The secret is
/// written to a temporary file and hard-linked into place, so a process starting at the
/// same moment sees either no file or a whole one, and the first one created wins.
fn create_secret_file(dir: &Path, path: &Path) -> anyhow::Result<Vec<u8>> {
    use rand::TryRngCore;
    std::fs::create_dir_all(dir)
        .with_context(|| format!("cannot create the data directory {}", dir.display()))?;
    let mut secret = vec![0u8; MIN_SECRET_BYTES];
    rand::rngs::OsRng
        .try_fill_bytes(&mut secret)
        .context("the operating system's random number generator failed")?;
    let tmp = dir.join(format!(".{SECRET_FILE}.{}.tmp", std::process::id()));
    // A leftover from a crashed run with the same pid would block create_new.
    let _ = std::fs::remove_file(&tmp);
    let mut options = std::fs::OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.mode(0o600);
    }
    let written = options.open(&tmp).and_then(|mut file| {
        file.write_all(format!("{}\n", hex::encode(&secret)).as_bytes())?;
        file.sync_all()
    });
    let linked = written.and_then(|()| std::fs::hard_link(&tmp, path));
    let _ = std::fs::remove_file(&tmp);
    match linked {
        Ok(()) => {
            tracing::info!("created a new master secret in {}", path.display());
            Ok(secret)
        }
        Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => {
            let text = std::fs::read_to_string(path)
                .with_context(|| format!("cannot read the secret key file {}", path.display()))?;
            read_secret_file(path, &text)
        }
        Err(e) => {
            Err(e).with_context(|| format!("cannot create the secret key file {}", path.display()))
        }
    }
}

impl Config {
    /// The services on the configured database (migrated, the atlas loaded if missing),
    /// keyed with the master secret: what every command that reads or changes data uses.
    pub async fn services(&self) -> anyhow::Result<opennrm_service::Services> {
        let store = self.open_store().await?;
        super::migrate::ensure_embedded(&store).await?;
        let secret = opennrm_service::MasterSecret::new(self.master_secret(store.backend())?)
            .map_err(|e| anyhow::anyhow!(e))?;
        let mail = match (&self.data.smtp_relay, &self.data.mail_from) {
            (Some(relay), Some(from)) => Some(opennrm_service::jobs::MailSettings {
                relay: relay.clone(),
                from: from.clone(),
                origin: self.serve.public_origin.clone(),
            }),
            _ => None,
        };
        let policy = opennrm_service::Policy {
            statistics_k: self.data.statistics_k,
            statistics_public: self.data.statistics_public,
            acknowledge_working_days: self.data.acknowledge_working_days,
            retention_days: self.data.retention_days,
            mail,
            ..opennrm_service::Policy::default()
        };
        opennrm_service::Services::open_with_keys(store, &secret, policy, self.data_keys()?)
            .await
            .map_err(|e| anyhow::anyhow!("cannot start the services: {e}"))
    }
}

#[cfg(test)]
mod tests {
    use super::{Config, parse_origin, parse_trusted_proxies};
    use figment::value::{Tag, Value};

    fn proxies(value: &Value) -> (Vec<String>, Vec<String>) {
        let mut problems = Vec::new();
        let parsed = parse_trusted_proxies(value, "trusted_proxies in x.toml", &mut problems);
        let shown = parsed.ranges().iter().map(ToString::to_string).collect();
        (shown, problems)
    }

    fn text(s: &str) -> Value {
        Value::String(Tag::Default, s.to_string())
    }

    #[test]
    fn trusted_proxies_are_a_list_or_text_separated_by_commas() {
        let expected = vec!["10.0.0.0/8".to_string(), "::1/128".to_string()];
        assert_eq!(
            proxies(&text(" 10.0.0.0/8, ::1 ,")),
            (expected.clone(), vec![])
        );
        let list = Value::Array(Tag::Default, vec![text("10.0.0.0/8"), text("::1")]);
        assert_eq!(proxies(&list), (expected, vec![]));
        assert_eq!(proxies(&text("")), (vec![], vec![]));
    }

    #[test]
    fn an_invalid_trusted_proxy_is_named_with_the_setting() {
        let (_, problems) = proxies(&text("10.0.0.0/8,10.0.0.256,proxy.lan"));
        assert_eq!(
            problems,
            [
                "trusted_proxies in x.toml: `10.0.0.256` is not an IP address or CIDR range such as 10.0.0.0/8 or ::1",
                "trusted_proxies in x.toml: `proxy.lan` is not an IP address or CIDR range such as 10.0.0.0/8 or ::1",
            ]
        );
        let list = Value::Array(Tag::Default, vec![text("::1"), Value::from(7u64)]);
        assert_eq!(
            proxies(&list).1,
            ["trusted_proxies in x.toml: entry 2 is not a string"]
        );
        assert_eq!(
            proxies(&Value::from(true)).1,
            [
                "trusted_proxies in x.toml: expected a list of IP addresses and CIDR ranges, found a boolean"
            ]
        );
        assert_eq!(
            proxies(&text("10.0.0.0/8, ::/0")).1,
            [
                "trusted_proxies in x.toml: `::/0` would trust every address, so any client could choose its own; list the proxies' addresses or their network"
            ]
        );
        let many = vec!["10.0.0.1"; 300].join(",");
        assert!(proxies(&text(&many)).1[0].contains("at most 256"));
        let long = "x".repeat(500);
        let (_, problems) = proxies(&text(&long));
        assert!(problems[0].len() < 200, "{}", problems[0]);
    }

    #[test]
    fn redacted_urls_keep_neither_user_nor_password() {
        assert_eq!(
            Config::redacted_url(
                "postgres://nrm:s3cret@db:5432/nrm?sslmode=require&password=s3cret&sslpassword=x"
            ),
            "postgres://***@db:5432/nrm?sslmode=require&password=***&sslpassword=***"
        );
        assert_eq!(
            Config::redacted_url("sqlite:///var/lib/nrm.sqlite"),
            "sqlite:///var/lib/nrm.sqlite"
        );
    }

    #[test]
    fn an_origin_is_scheme_host_and_port_only() {
        assert_eq!(
            parse_origin("https://nrm.example.org/").as_deref(),
            Ok("https://nrm.example.org")
        );
        assert_eq!(
            parse_origin("http://[::1]:8080").as_deref(),
            Ok("http://[::1]:8080")
        );
        assert_eq!(
            parse_origin("https://nrm.example.org:443").as_deref(),
            Ok("https://nrm.example.org")
        );
        for bad in [
            "nrm.example.org",
            "ftp://x.org",
            "https://x.org/app",
            "https://x.org?a=1",
            "https://u:p@x.org",
            "https://x.org/#f",
        ] {
            assert!(parse_origin(bad).is_err(), "{bad}");
        }
    }
}
