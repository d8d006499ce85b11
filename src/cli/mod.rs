//! Command-line interface: global configuration and the subcommands.

mod audit;
mod config;
mod demo;
mod export;
mod gaps;
mod history;
mod import;
mod migrate;
mod referral;
mod report;
mod screen;
mod serve;
mod survey;
mod user;
mod validate;

use std::io::Read;
use std::path::Path;
use std::process::ExitCode;

use anyhow::{Context, anyhow, bail};
use clap::{Parser, Subcommand};
use opennrm_domain::atlas::file::{MAX_ATLAS_BYTES, MAX_FILE_BYTES, MAX_FILES};

pub use config::Config;

/// OpenNRM — a national referral mechanism against trafficking for labour exploitation.
///
/// Configuration: flags, over OPENNRM_* environment variables, over the --config file, over defaults.
#[derive(Parser, Debug)]
#[command(name = "opennrm", version, about, long_about = None)]
pub struct Cli {
    #[command(flatten)]
    pub flags: config::GlobalFlags,
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
    /// Write the whole atlas as JSON (one document) or CSV (one fact per row), or its cooperation network as GraphML or GEXF.
    Export(export::Args),
    /// Add the data files of DIR as a new atlas revision, validated first; earlier revisions are kept, nothing changes on error.
    Import(import::Args),
    /// List the atlas's revisions (the current one marked *).
    History(history::HistoryArgs),
    /// Show what changed between two atlas revisions, per country.
    Diff(history::DiffArgs),
    /// The gap analysis: every finding of the named rules, per country, with whom to involve.
    Gaps(gaps::Args),
    /// Generate a national report (a country's, or the region's) as PDF, HTML or Markdown; --all for every country.
    Report(report::Args),
    /// Screen a situation with the ILO/EC indicators (guidance for referral, never a legal determination).
    Screen(screen::Args),
    /// Verify the audit log's hash chain, or list its events.
    Audit(audit::Args),
    /// Manage users: add, disable, enable, reset-password, unlock, reset-second-factor, list.
    User(user::UserArgs),
    /// Manage organisations (atlas actors that use OpenNRM): enable.
    Org(user::OrgArgs),
    /// Check the configuration: every effective value and where it came from, secrets redacted.
    Config(config::check::Args),
    /// Referral pathways: `pathway show DK` prints a country's routes with their sources.
    Pathway(referral::PathwayArgs),
    /// Cases: `case export --id REF` writes one case, decrypted, for a data-subject access request.
    Case(referral::CaseArgs),
    /// The keys that seal case data: `keys status`, `keys rotate`.
    Keys(referral::KeysArgs),
    /// Retention: `retention run [--dry-run]` destroys the personal data of closed cases past the retention period.
    Retention(referral::RetentionArgs),
    /// The survey: `survey waves [--country DK]` tracks every wave, the 2012 study as wave 0.
    Survey(survey::SurveyArgs),
}

pub async fn run(cli: Cli) -> anyhow::Result<ExitCode> {
    // Loaded only by the commands that use it, so `validate` runs anywhere.
    let config = || Config::load(&cli.flags, None);
    match cli.command {
        Command::Serve(a) => serve::run(&Config::load(&cli.flags, Some(&a.flags))?, a.demo).await,
        Command::Config(a) => config::check::run(&cli.flags, a).await,
        Command::Migrate(a) => migrate::run(&config()?, a).await,
        // Without a usable configuration, validate compares with the embedded atlas.
        Command::Validate(a) => validate::run(config().ok().as_ref(), a).await,
        Command::Export(a) => export::run(&config()?, a).await,
        Command::Import(a) => import::run(&config()?, a).await,
        Command::History(a) => history::history(&config()?, a).await,
        Command::Diff(a) => history::diff(&config()?, a).await,
        Command::Gaps(a) => gaps::run(&config()?, a).await,
        Command::Report(a) => report::run(&config()?, a).await,
        Command::Screen(a) => screen::run(&config()?, a).await,
        Command::Audit(a) => audit::run(&config()?, a).await,
        Command::User(a) => user::run_user(&config()?, a).await,
        Command::Org(a) => user::run_org(&config()?, a).await,
        Command::Pathway(a) => referral::pathway(a),
        Command::Case(a) => referral::case(&config()?, a).await,
        Command::Keys(a) => referral::keys(&config()?, a).await,
        Command::Retention(a) => referral::retention(&config()?, a).await,
        Command::Survey(a) => survey::run(&config()?, a).await,
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

/// Reads the data files of a directory as (path, text), sorted by name.
///
/// Every entry whose name ends in `.toml` is a data file: one that cannot be read as a
/// regular UTF-8 file within the bounds of `opennrm_domain::atlas::file` is an error
/// naming it, never skipped, so what is imported is exactly what the directory shows.
pub fn read_data_dir(dir: &Path) -> anyhow::Result<Vec<(String, String)>> {
    let entries = std::fs::read_dir(dir)
        .with_context(|| format!("cannot read directory {}", dir.display()))?;
    let mut paths = Vec::new();
    for entry in entries {
        let entry = entry.with_context(|| format!("cannot list directory {}", dir.display()))?;
        // By name only, so that directories, special files and broken links are caught
        // below instead of passing unnoticed.
        let name = entry.file_name();
        let name = name.as_encoded_bytes();
        if name.len() >= 5 && name[name.len() - 5..].eq_ignore_ascii_case(b".toml") {
            paths.push(entry.path());
            // Counted before reading, so a directory of countless files costs nothing.
            if paths.len() > MAX_FILES {
                bail!(
                    "{} holds more than {MAX_FILES} .toml files; at most {MAX_FILES} are allowed",
                    dir.display()
                );
            }
        }
    }
    if paths.is_empty() {
        bail!("{} holds no .toml data files", dir.display());
    }
    paths.sort();
    let mut total = 0u64;
    let mut files = Vec::with_capacity(paths.len());
    for path in paths {
        let text = read_data_file(&path)?;
        total += text.len() as u64;
        if total > MAX_ATLAS_BYTES {
            bail!(
                "the .toml files of {} have more than {MAX_ATLAS_BYTES} bytes together (16 MiB); at most {MAX_ATLAS_BYTES} are allowed",
                dir.display()
            );
        }
        files.push((path.display().to_string(), text));
    }
    Ok(files)
}

/// One data file: a regular file (or a link to one) of at most `MAX_FILE_BYTES`, UTF-8.
fn read_data_file(path: &Path) -> anyhow::Result<String> {
    let shown = path.display();
    let meta = std::fs::metadata(path).map_err(|e| {
        if std::fs::symlink_metadata(path).is_ok_and(|m| m.file_type().is_symlink()) {
            anyhow!("{shown} is a symbolic link that cannot be followed: {e}")
        } else {
            anyhow!("cannot read {shown}: {e}")
        }
    })?;
    if !meta.is_file() {
        bail!(
            "{shown} is not a regular file ({}); every *.toml entry must be a data file",
            kind_of(&meta)
        );
    }
    if meta.len() > MAX_FILE_BYTES {
        bail!(
            "{shown} is {} bytes long; a data file may have at most {MAX_FILE_BYTES} bytes (4 MiB)",
            meta.len()
        );
    }
    let file = open_no_wait(path).with_context(|| format!("cannot read {shown}"))?;
    // The name may have been swapped for something else since the check above; what
    // counts is the file actually opened.
    let meta = file
        .metadata()
        .with_context(|| format!("cannot read {shown}"))?;
    if !meta.is_file() {
        bail!("{shown} is not a regular file ({})", kind_of(&meta));
    }
    // Bounded whatever the metadata said: a file may grow while it is read, and some
    // (in /proc, say) report a length of 0.
    let mut bytes = Vec::with_capacity(usize::try_from(meta.len()).unwrap_or(0));
    file.take(MAX_FILE_BYTES + 1)
        .read_to_end(&mut bytes)
        .with_context(|| format!("cannot read {shown}"))?;
    if bytes.len() as u64 > MAX_FILE_BYTES {
        bail!(
            "{shown} is larger than {MAX_FILE_BYTES} bytes (4 MiB), the most a data file may have"
        );
    }
    String::from_utf8(bytes).map_err(|e| {
        anyhow!(
            "{shown} is not UTF-8 text (invalid byte at offset {})",
            e.utf8_error().valid_up_to()
        )
    })
}

/// Opens for reading without waiting: opening a FIFO otherwise blocks until some other
/// process writes to it, and the name may turn into one after it was checked.
/// O_NONBLOCK changes nothing for regular files.
fn open_no_wait(path: &Path) -> std::io::Result<std::fs::File> {
    let mut options = std::fs::OpenOptions::new();
    options.read(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.custom_flags(libc::O_NONBLOCK);
    }
    options.open(path)
}

fn kind_of(meta: &std::fs::Metadata) -> &'static str {
    let t = meta.file_type();
    if t.is_dir() {
        return "a directory";
    }
    #[cfg(unix)]
    {
        use std::os::unix::fs::FileTypeExt;
        if t.is_fifo() {
            return "a named pipe";
        }
        if t.is_socket() {
            return "a socket";
        }
        if t.is_char_device() || t.is_block_device() {
            return "a device";
        }
    }
    "not a plain file"
}
