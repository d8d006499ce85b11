//! One typed configuration: flags > OPENNRM_* environment > defaults. The database URL
//! may hold a password, so it is never printed; `redacted_url` is what logs show. The
//! master secret is never printed at all.

use std::io::Write;
use std::path::{Path, PathBuf};

use anyhow::Context;
use opennrm_store::Store;

/// 256 bits: the least a master secret may hold.
const MIN_SECRET_BYTES: usize = 32;

/// Where a SQLite deployment keeps its generated master secret, in the data directory.
const SECRET_FILE: &str = "secret.key";

#[derive(clap::Args, Clone)]
pub struct Config {
    /// Database URL: sqlite:PATH or postgres://USER@HOST/DB [default: SQLite in the data directory]
    #[arg(
        long,
        env = "OPENNRM_DATABASE_URL",
        global = true,
        hide_env_values = true
    )]
    pub database_url: Option<String>,
    /// Directory for the SQLite database and other local files [default: $XDG_DATA_HOME/opennrm, else ./opennrm-data]
    #[arg(long, env = "OPENNRM_DATA_DIR", global = true)]
    pub data_dir: Option<PathBuf>,
    /// Master secret as hex, at least 32 bytes (e.g. `openssl rand -hex 32`); the audit chain's key is derived from it. Required with PostgreSQL, the same on every node; with SQLite the data directory's secret.key is used, created if missing. Prefer the environment variable: flags show in process lists
    #[arg(
        long,
        env = "OPENNRM_SECRET_KEY",
        global = true,
        hide_env_values = true,
        value_name = "HEX"
    )]
    pub secret_key: Option<String>,
}

// Written by hand so neither the database password nor the secret can reach a log line.
impl std::fmt::Debug for Config {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Config")
            .field(
                "database_url",
                &self.database_url.as_deref().map(Config::redacted_url),
            )
            .field("data_dir", &self.data_dir)
            .field(
                "secret_key",
                &self.secret_key.as_ref().map(|_| "<redacted>"),
            )
            .finish()
    }
}

impl Config {
    pub fn data_dir(&self) -> PathBuf {
        self.data_dir.clone().unwrap_or_else(|| {
            dirs::data_dir().map_or_else(|| PathBuf::from("opennrm-data"), |d| d.join("opennrm"))
        })
    }

    pub fn database_url(&self) -> anyhow::Result<String> {
        // An empty OPENNRM_DATABASE_URL means "not set", as shells often export it empty.
        if let Some(url) = self
            .database_url
            .as_deref()
            .map(str::trim)
            .filter(|u| !u.is_empty())
        {
            return Ok(url.to_string());
        }
        let dir = self.data_dir();
        std::fs::create_dir_all(&dir)
            .with_context(|| format!("cannot create the data directory {}", dir.display()))?;
        Ok(format!("sqlite://{}", dir.join("opennrm.sqlite").display()))
    }

    /// The URL without credentials, for messages.
    pub fn redacted_url(url: &str) -> String {
        match (url.find("://"), url.rfind('@')) {
            (Some(s), Some(at)) if at > s => format!("{}://***@{}", &url[..s], &url[at + 1..]),
            _ => url.to_string(),
        }
    }

    /// The master secret keys are derived from: the configured one, else (SQLite only) the
    /// data directory's `secret.key`, created with fresh random bytes if missing. With
    /// PostgreSQL several nodes share one database, so they must share one configured secret.
    pub fn master_secret(&self, store_backend: &str) -> anyhow::Result<Vec<u8>> {
        // Empty means "not set", as with the database URL.
        if let Some(value) = self
            .secret_key
            .as_deref()
            .map(str::trim)
            .filter(|v| !v.is_empty())
        {
            return decode_secret(value, "the secret key (--secret-key, OPENNRM_SECRET_KEY)");
        }
        if store_backend != "sqlite" {
            anyhow::bail!(
                "a secret key is required with {store_backend}: set OPENNRM_SECRET_KEY to the same \
                 hex value of at least {MIN_SECRET_BYTES} bytes (e.g. from `openssl rand -hex 32`) \
                 on every node"
            );
        }
        let dir = self.data_dir();
        let path = dir.join(SECRET_FILE);
        match std::fs::read_to_string(&path) {
            Ok(text) => read_secret_file(&path, &text),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => create_secret_file(&dir, &path),
            Err(e) => Err(e)
                .with_context(|| format!("cannot read the secret key file {}", path.display())),
        }
    }

    /// Connects and applies migrations.
    pub async fn open_store(&self) -> anyhow::Result<Store> {
        let url = self.database_url()?;
        let store = Store::connect(&url)
            .await
            .with_context(|| format!("cannot open the database {}", Config::redacted_url(&url)))?;
        store
            .migrate()
            .await
            .context("cannot migrate the database")?;
        Ok(store)
    }
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
        opennrm_service::Services::open(store, &secret, opennrm_service::Policy::default())
            .await
            .map_err(|e| anyhow::anyhow!("cannot start the services: {e}"))
    }
}
