//! Command-line interface: global configuration and the subcommands.

mod audit;
mod config;
mod export;
mod import;
mod migrate;
mod screen;
mod serve;
mod user;
mod validate;

use std::process::ExitCode;

use clap::{Parser, Subcommand};

pub use config::Config;

/// OpenNRM — a national referral mechanism against trafficking for labour exploitation.
///
/// Configuration comes from flags, then OPENNRM_* environment variables, then defaults.
#[derive(Parser, Debug)]
#[command(name = "opennrm", version, about, long_about = None)]
pub struct Cli {
    #[command(flatten)]
    pub config: Config,
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Subcommand, Debug)]
pub enum Command {
    /// Run the web server (pages and the JSON API); creates, migrates and loads the database on first start.
    Serve(serve::Args),
    /// Create or upgrade the database schema and load the embedded atlas if the database holds none.
    Migrate(migrate::Args),
    /// Check atlas data files (schema, vocabularies, references, ids, verbatim quotes); the embedded atlas by default.
    Validate(validate::Args),
    /// Write the whole atlas as JSON (one document) or CSV (one fact per row).
    Export(export::Args),
    /// Replace the atlas in the database with the data files of DIR, validated first; nothing changes on error.
    Import(import::Args),
    /// Screen a situation with the ILO/EC indicators (guidance for referral, never a legal determination).
    Screen(screen::Args),
    /// Verify the audit log's hash chain, or list its events.
    Audit(audit::Args),
    /// Manage users: add, disable, enable, reset-password, unlock, reset-second-factor, list.
    User(user::UserArgs),
    /// Manage organisations (atlas actors that use OpenNRM): enable.
    Org(user::OrgArgs),
}

pub async fn run(cli: Cli) -> anyhow::Result<ExitCode> {
    match cli.command {
        Command::Serve(a) => serve::run(&cli.config, a).await,
        Command::Migrate(a) => migrate::run(&cli.config, a).await,
        Command::Validate(a) => validate::run(a),
        Command::Export(a) => export::run(&cli.config, a).await,
        Command::Import(a) => import::run(&cli.config, a).await,
        Command::Screen(a) => screen::run(&cli.config, a).await,
        Command::Audit(a) => audit::run(&cli.config, a).await,
        Command::User(a) => user::run_user(&cli.config, a).await,
        Command::Org(a) => user::run_org(&cli.config, a).await,
    }
}

/// Logs go to standard error, so `export` output on standard out stays clean.
pub fn init_logging() {
    let filter = tracing_subscriber::EnvFilter::try_from_env("OPENNRM_LOG")
        .unwrap_or_else(|_| tracing_subscriber::EnvFilter::new("info,sqlx=warn"));
    let _ = tracing_subscriber::fmt()
        .with_env_filter(filter)
        .with_writer(std::io::stderr)
        .with_target(false)
        .try_init();
}

/// Reads the `*.toml` files of a directory as (path, text), sorted by name.
pub fn read_data_dir(dir: &std::path::Path) -> anyhow::Result<Vec<(String, String)>> {
    use anyhow::Context;
    let entries = std::fs::read_dir(dir)
        .with_context(|| format!("cannot read directory {}", dir.display()))?;
    let mut files = Vec::new();
    for entry in entries {
        let path = entry
            .with_context(|| format!("cannot list directory {}", dir.display()))?
            .path();
        if path.extension().is_some_and(|e| e == "toml") && path.is_file() {
            let text = std::fs::read_to_string(&path)
                .with_context(|| format!("cannot read {} (is it UTF-8 text?)", path.display()))?;
            files.push((path.display().to_string(), text));
        }
    }
    files.sort();
    Ok(files)
}
