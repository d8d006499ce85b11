//! `opennrm serve`: the web server on the configured database.

use std::net::SocketAddr;
use std::process::ExitCode;
use std::time::Duration;

use anyhow::Context;
use opennrm_web::AppState;

use super::{Config, migrate::ensure_embedded};

#[derive(clap::Args, Debug)]
pub struct Args {
    /// Address and port to listen on
    #[arg(long, env = "OPENNRM_BIND", default_value = "127.0.0.1:8080")]
    pub bind: SocketAddr,
    /// Seconds between checks for a new atlas revision written by another node or an import
    #[arg(long, default_value_t = 5)]
    pub refresh_seconds: u64,
}

pub async fn run(config: &Config, args: Args) -> anyhow::Result<ExitCode> {
    let store = config.open_store().await?;
    ensure_embedded(&store).await?;
    let state = AppState::load(store.clone())
        .await
        .context("cannot read the atlas from the database")?;
    state.spawn_refresher(Duration::from_secs(args.refresh_seconds.max(1)));
    let listener = tokio::net::TcpListener::bind(args.bind)
        .await
        .with_context(|| format!("cannot listen on {}", args.bind))?;
    let addr = listener.local_addr()?;
    tracing::info!(
        backend = store.backend(),
        "OpenNRM listening on http://{addr}/"
    );
    opennrm_web::serve(listener, state)
        .await
        .context("the server stopped with an error")?;
    store.close().await;
    Ok(ExitCode::SUCCESS)
}
