//! `opennrm history` (the atlas's revisions) and `opennrm diff FROM TO [--country CC]`
//! (what changed between two of them, one line per change).

use std::process::ExitCode;

use opennrm_domain::atlas::Atlas;
use opennrm_service::{Identity, ImportPlan, ServiceError};

use super::Config;

#[derive(clap::Args, Debug)]
pub struct HistoryArgs {}

#[derive(clap::Args, Debug)]
pub struct DiffArgs {
    /// The older revision (see `opennrm history`)
    pub from: i64,
    /// The newer revision
    pub to: i64,
    /// Only this country (two-letter code, e.g. DK)
    #[arg(long, value_name = "CC")]
    pub country: Option<String>,
    /// List unchanged countries too
    #[arg(long)]
    pub all: bool,
}

/// What importing `atlas` would do to the database's current atlas; with no database
/// yet (an absent SQLite file), to the embedded atlas that would be loaded first.
pub async fn import_plan(config: Option<&Config>, atlas: &Atlas) -> anyhow::Result<ImportPlan> {
    let config = match config {
        Some(c) if c.database_exists()? => c,
        _ => {
            let embedded = Atlas::embedded().map_err(|_| {
                anyhow::anyhow!(
                    "the embedded atlas is invalid (a build problem); run `opennrm validate`"
                )
            })?;
            return Ok(ImportPlan::new(&embedded, atlas, &[]));
        }
    };
    let services = config.services().await?;
    let plan = services.plan_import(&Identity::Operator, atlas).await;
    services.close().await;
    Ok(plan?)
}

pub async fn history(config: &Config, _args: HistoryArgs) -> anyhow::Result<ExitCode> {
    let services = config.services().await?;
    let revisions = services.revisions(&Identity::Operator).await;
    services.close().await;
    let revisions = revisions?;
    let current = revisions.last().map(|r| r.id);
    for r in revisions {
        println!(
            "{:>4}{} {}  {:<24} {}{}",
            r.id,
            if Some(r.id) == current { "*" } else { " " },
            r.created_at,
            r.made_by,
            r.label,
            if r.facts_kept {
                ""
            } else {
                "  (facts not kept: before atlas history)"
            }
        );
    }
    Ok(ExitCode::SUCCESS)
}

pub async fn diff(config: &Config, args: DiffArgs) -> anyhow::Result<ExitCode> {
    let country = args
        .country
        .as_deref()
        .map(|c| c.trim().to_ascii_uppercase());
    let services = config.services().await?;
    let diffs = services.diff(args.from, args.to, country.as_deref()).await;
    services.close().await;
    let diffs = match diffs {
        Ok(d) => d,
        Err(ServiceError::NotFound(what)) => {
            eprintln!("no such {what}: see `opennrm history` for revisions");
            return Ok(ExitCode::FAILURE);
        }
        Err(ServiceError::Invalid { message, .. }) => {
            eprintln!("{message}");
            return Ok(ExitCode::FAILURE);
        }
        Err(e) => return Err(anyhow::anyhow!("{e}")),
    };
    let mut total = 0;
    for d in &diffs {
        total += d.count();
        if d.is_empty() && !args.all && country.is_none() {
            continue;
        }
        let text = d.to_string();
        print!("{text}");
        if !text.ends_with('\n') {
            println!();
        }
    }
    println!(
        "{total} change{} from revision {} to {}",
        if total == 1 { "" } else { "s" },
        args.from,
        args.to
    );
    Ok(ExitCode::SUCCESS)
}
