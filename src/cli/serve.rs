//! `opennrm serve`: the web server on the configured database.

use std::net::SocketAddr;
use std::process::ExitCode;
use std::time::Duration;

use anyhow::Context;
use opennrm_web::{AppState, WebSettings};

use super::Config;

#[derive(clap::Args, Debug)]
pub struct Args {
    /// Address and port to listen on
    #[arg(long, env = "OPENNRM_BIND", default_value = "127.0.0.1:8080")]
    pub bind: SocketAddr,
    /// The origin browsers use (scheme://host[:port]); unsafe requests must come from it, and https makes cookies Secure with the __Host- prefix [default: http://BIND]
    #[arg(long, env = "OPENNRM_PUBLIC_ORIGIN")]
    pub public_origin: Option<String>,
    /// Minutes of inactivity after which a session ends
    #[arg(long, env = "OPENNRM_SESSION_IDLE_MINUTES", default_value_t = 30)]
    pub session_idle_minutes: i64,
    /// Unsafe requests (form posts, API writes) one client address may make per minute
    #[arg(long, env = "OPENNRM_WRITES_PER_MINUTE", default_value_t = 120)]
    pub writes_per_minute: u32,
    /// Seconds a client may take to send a request's headers
    #[arg(long, env = "OPENNRM_HEADER_TIMEOUT_SECONDS", default_value_t = 10)]
    pub header_timeout_seconds: u64,
    /// Seconds a client may pause while sending a request body
    #[arg(long, env = "OPENNRM_BODY_TIMEOUT_SECONDS", default_value_t = 30)]
    pub body_timeout_seconds: u64,
    /// Seconds an idle keep-alive connection is kept open
    #[arg(long, env = "OPENNRM_IDLE_TIMEOUT_SECONDS", default_value_t = 60)]
    pub idle_timeout_seconds: u64,
    /// Seconds between checks for a new atlas revision written by another node or an import
    #[arg(long, default_value_t = 5)]
    pub refresh_seconds: u64,
}

pub async fn run(config: &Config, args: Args) -> anyhow::Result<ExitCode> {
    let services = config.services().await?;
    services.spawn_housekeeping(Duration::from_secs(args.refresh_seconds.max(1)));
    let origin = args
        .public_origin
        .clone()
        .unwrap_or_else(|| format!("http://{}", args.bind));
    if !(origin.starts_with("http://") || origin.starts_with("https://")) {
        anyhow::bail!("--public-origin must start with http:// or https://");
    }
    let settings = WebSettings {
        session_idle_minutes: args.session_idle_minutes.clamp(1, 24 * 60),
        writes_per_minute: args.writes_per_minute.max(1),
        ..WebSettings::for_origin(&origin)
    };
    let state = AppState::new(services.clone(), settings);
    let listener = tokio::net::TcpListener::bind(args.bind)
        .await
        .with_context(|| format!("cannot listen on {}", args.bind))?;
    let addr = listener.local_addr()?;
    tracing::info!(
        backend = services.backend(),
        "OpenNRM listening on http://{addr}/ (public origin {origin})"
    );
    let timeouts = opennrm_web::serve::Timeouts {
        header_read: Duration::from_secs(args.header_timeout_seconds.max(1)),
        body: Duration::from_secs(args.body_timeout_seconds.max(1)),
        idle: Duration::from_secs(args.idle_timeout_seconds.max(1)),
        ..opennrm_web::serve::Timeouts::default()
    };
    opennrm_web::serve(listener, state, timeouts)
        .await
        .context("the server stopped with an error")?;
    services.close().await;
    Ok(ExitCode::SUCCESS)
}
