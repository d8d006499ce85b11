//! One typed configuration: flags > OPENNRM_* environment > defaults. The database URL
//! may hold a password, so it is never printed; `redacted_url` is what logs show.

use std::path::PathBuf;

use anyhow::Context;
use opennrm_store::Store;

#[derive(clap::Args, Debug, Clone)]
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
