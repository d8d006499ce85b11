//! `opennrm config check`: loads the configuration exactly as `serve` does, validates it,
//! and prints every effective value with its source. Secrets show only whether they are
//! set and where from; the database URL shows without its password.

use std::process::ExitCode;

use anyhow::Context;
use opennrm_store::Store;
use secrecy::ExposeSecret;

use super::layers::KEYS;
use super::{Config, GlobalFlags, Layer, ServeFlags};

#[derive(clap::Args, Debug)]
pub struct Args {
    #[command(subcommand)]
    pub command: ConfigCommand,
}

#[derive(clap::Subcommand, Debug)]
pub enum ConfigCommand {
    /// Validate the configuration `serve` would run with (the same flags are accepted) and print each value with its source; secrets redacted. Exit status 1 if it is invalid.
    Check(CheckArgs),
}

#[derive(clap::Args, Debug)]
pub struct CheckArgs {
    #[command(flatten)]
    pub serve: ServeFlags,
    /// Also open the database and run one query (an existing SQLite file only: nothing is created)
    #[arg(long)]
    pub connect: bool,
}

pub async fn run(flags: &GlobalFlags, args: Args) -> anyhow::Result<ExitCode> {
    let ConfigCommand::Check(args) = args.command;
    let config = Config::load(flags, Some(&args.serve))?;
    let secret = secret_line(&config)?;
    let url = config.effective_database_url();
    let url = url.expose_secret();

    match config.file() {
        Some(file) => println!(
            "configuration file: {} ({})",
            file.path.display(),
            file.named_by
        ),
        None => println!("configuration file: none (--config PATH or OPENNRM_CONFIG)"),
    }
    let serve = &config.serve;
    let mut rows: Vec<(&str, String, String)> = Vec::new();
    for (key, _) in KEYS {
        let layer = config.source(key);
        let value = match key {
            "database_url" => Config::redacted_url(url),
            "data_dir" => config.data_dir().display().to_string(),
            "secret_key" => secret.clone(),
            "data_keys" => match config.data_keys() {
                Ok(k) if !k.ids().is_empty() => format!(
                    "set (ids {}; {} seals)",
                    k.ids().join(", "),
                    k.ids().last().copied().unwrap_or_default()
                ),
                _ => "not set".into(),
            },
            "bind" => serve.bind.to_string(),
            "public_origin" => serve.public_origin.clone(),
            "session_idle_minutes" => serve.session_idle_minutes.to_string(),
            "writes_per_minute" => serve.writes_per_minute.to_string(),
            "header_timeout_seconds" => serve.header_timeout.as_secs().to_string(),
            "body_timeout_seconds" => serve.body_timeout.as_secs().to_string(),
            "idle_timeout_seconds" => serve.idle_timeout.as_secs().to_string(),
            "refresh_seconds" => serve.refresh.as_secs().to_string(),
            "trusted_proxies" => trusted_proxies(&serve.trusted_proxies),
            "statistics_k" => config.data.statistics_k.to_string(),
            "statistics_access" => if config.data.statistics_public {
                "public"
            } else {
                "rapporteur"
            }
            .to_string(),
            "retention_days" => config.data.retention_days.to_string(),
            "acknowledge_working_days" => config.data.acknowledge_working_days.to_string(),
            "job_interval_seconds" => config.data.job_interval.as_secs().to_string(),
            "smtp_relay" => if config.data.smtp_relay.is_some() {
                "set (not shown: it may hold a password)"
            } else {
                "not set (no e-mail; notifications in the interface only)"
            }
            .to_string(),
            "mail_from" => config
                .data
                .mail_from
                .clone()
                .unwrap_or_else(|| "not set".into()),
            _ => continue,
        };
        let source = match (key, &layer) {
            ("database_url", Layer::Default) => "default (in data_dir)".to_string(),
            ("public_origin", Layer::Default) => "default (http://BIND)".to_string(),
            ("secret_key", Layer::Default) => "default (SQLite: secret.key in data_dir)".into(),
            ("data_keys", Layer::Default) => {
                "default (a key derived from the secret key, id m1)".into()
            }
            ("trusted_proxies", Layer::Default) => "default (the client is the TCP peer)".into(),
            _ => layer.describe(key),
        };
        rows.push((key, value, source));
    }
    let key_width = rows.iter().map(|r| r.0.len()).max().unwrap_or(0);
    let value_width = rows.iter().map(|r| r.1.chars().count()).max().unwrap_or(0);
    for (key, value, source) in &rows {
        println!("  {key:<key_width$}  {value:<value_width$}  {source}");
    }

    if args.connect {
        println!("database: {}", connect(&config, url).await?);
    } else {
        println!("database: not opened (add --connect to check that it can be)");
    }
    println!("configuration valid");
    Ok(ExitCode::SUCCESS)
}

/// The proxies as they would be written: a single address without its /32 or /128.
fn trusted_proxies(proxies: &opennrm_web::limits::TrustedProxies) -> String {
    if proxies.is_empty() {
        return "none".to_string();
    }
    proxies
        .ranges()
        .iter()
        .map(|net| {
            if net.prefix_len() == net.max_prefix_len() {
                net.addr().to_string()
            } else {
                net.to_string()
            }
        })
        .collect::<Vec<_>>()
        .join(",")
}

/// What `secret_key` shows: whether it is set and from where, never the value. Fails
/// where `serve` would: no secret with PostgreSQL, or an unreadable `secret.key`.
fn secret_line(config: &Config) -> anyhow::Result<String> {
    if config.has_secret_key() {
        return Ok("set (redacted)".to_string());
    }
    if config.backend() != "sqlite" {
        // The same error `serve` stops with.
        config.master_secret(config.backend())?;
    }
    let path = config.secret_file();
    match std::fs::read_to_string(&path) {
        Ok(text) => {
            super::read_secret_file(&path, &text)?;
            Ok(format!("set (redacted), read from {}", path.display()))
        }
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(format!(
            "not set: serve generates {} on first start",
            path.display()
        )),
        Err(e) => {
            Err(e).with_context(|| format!("cannot read the secret key file {}", path.display()))
        }
    }
}

/// Opens the database and runs one query, without migrating or creating anything.
async fn connect(config: &Config, url: &str) -> anyhow::Result<String> {
    let shown = Config::redacted_url(url);
    if config.backend() == "sqlite" {
        let path = sqlite_path(url);
        if path != ":memory:" && !std::path::Path::new(path).exists() {
            return Ok(format!(
                "{shown} does not exist yet; serve creates it (not opened)"
            ));
        }
    }
    let store = Store::connect(url)
        .await
        .with_context(|| format!("cannot open the database {shown}"))?;
    let pinged = store.ping().await;
    store.close().await;
    pinged.with_context(|| format!("cannot query the database {shown}"))?;
    Ok(format!(
        "opened {shown} ({}) and ran a query",
        store.backend()
    ))
}

/// The file of a `sqlite:` URL (`sqlite://PATH`, `sqlite:PATH`, options after `?`).
pub(super) fn sqlite_path(url: &str) -> &str {
    let rest = url.strip_prefix("sqlite:").unwrap_or(url);
    let rest = rest.strip_prefix("//").unwrap_or(rest);
    rest.split('?').next().unwrap_or(rest)
}
