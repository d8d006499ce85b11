//! `opennrm serve`: the web server on the configured database.

use std::process::ExitCode;

use anyhow::Context;
use opennrm_web::{AppState, WebSettings};

use super::Config;
use super::config::ServeFlags;

#[derive(clap::Args, Debug)]
pub struct Args {
    #[command(flatten)]
    pub flags: ServeFlags,
    /// Seed clearly fictitious users (random passwords, printed once) and a case, to try referral; loopback only
    #[arg(long)]
    pub demo: bool,
}

pub async fn run(config: &Config, demo: bool) -> anyhow::Result<ExitCode> {
    let serve = &config.serve;
    let services = config.services().await?;
    if demo {
        super::demo::seed(&services, serve.bind).await?;
    }
    services.spawn_housekeeping(serve.refresh);
    // Any number of nodes run the jobs; each names itself in the leases it takes.
    let node = format!(
        "{}-{}-{:08x}",
        std::env::var("HOSTNAME").unwrap_or_else(|_| "node".into()),
        std::process::id(),
        rand::random::<u32>()
    );
    services.spawn_job_runner(node, config.data.job_interval);
    let origin = &serve.public_origin;
    let settings = WebSettings {
        session_idle_minutes: serve.session_idle_minutes,
        writes_per_minute: serve.writes_per_minute,
        trusted_proxies: serve.trusted_proxies.clone(),
        ..WebSettings::for_origin(origin)
    };
    // Reports are typeset by opennrm-pdf (typst), which the web crate does not build.
    let typesetter: opennrm_web::insight::report::Typesetter =
        std::sync::Arc::new(|r| opennrm_pdf::render(r).map_err(|e| e.to_string()));
    let state = AppState::new(services.clone(), settings).with_typesetter(typesetter);
    let listener = tokio::net::TcpListener::bind(serve.bind)
        .await
        .with_context(|| format!("cannot listen on {}", serve.bind))?;
    let addr = listener.local_addr()?;
    tracing::info!(
        backend = services.backend(),
        "OpenNRM listening on http://{addr}/ (public origin {origin})"
    );
    let timeouts = opennrm_web::serve::Timeouts {
        header_read: serve.header_timeout,
        body: serve.body_timeout,
        idle: serve.idle_timeout,
        ..opennrm_web::serve::Timeouts::default()
    };
    opennrm_web::serve(listener, state, timeouts)
        .await
        .context("the server stopped with an error")?;
    services.close().await;
    Ok(ExitCode::SUCCESS)
}
