//! `opennrm pathway show CC` (the country's referral pathway, for administrators and
//! anyone checking a route), `opennrm case export --id REF` (a data-subject access
//! request: the whole case, decrypted, for the operator only, audited) and
//! `opennrm keys status|rotate` (the keys that seal case data) and `opennrm retention run`
//! (personal data of closed cases destroyed after the retention period).

use std::process::ExitCode;

use opennrm_domain::referral::Route;
use opennrm_service::Identity;

use super::Config;

#[derive(clap::Args, Debug)]
pub struct PathwayArgs {
    #[command(subcommand)]
    pub command: PathwayCommand,
}

#[derive(clap::Subcommand, Debug)]
pub enum PathwayCommand {
    /// Print a country's referral pathway: every route with its conditions and source, and the routes the report leaves undefined.
    Show {
        /// ISO country code, e.g. DK
        country: String,
        /// Print the pathway as JSON instead
        #[arg(long)]
        json: bool,
    },
}

#[derive(clap::Args, Debug)]
pub struct CaseArgs {
    #[command(subcommand)]
    pub command: CaseCommand,
}

#[derive(clap::Subcommand, Debug)]
pub enum CaseCommand {
    /// Write one case as JSON, personal data decrypted, for a data-subject access request (the export is audited).
    Export {
        /// The case's reference, e.g. FI-7KQ2-M9XD-4RTA-PZ3C
        #[arg(long = "id")]
        id: String,
    },
}

#[derive(clap::Args, Debug)]
pub struct RetentionArgs {
    #[command(subcommand)]
    pub command: RetentionCommand,
}

#[derive(clap::Subcommand, Debug)]
pub enum RetentionCommand {
    /// Destroy the personal data (names, dates of birth, nationalities, contacts, notes, messages, decline reasons) of every case with no open referral and no change for the retention period; counts stay for statistics. Audited per case.
    Run {
        /// Only list the cases that qualify
        #[arg(long)]
        dry_run: bool,
        /// The retention period: days without a change before a closed case is anonymised [default: retention_days of the configuration, 1826]
        #[arg(long, value_parser = clap::value_parser!(u32).range(1..=36_500))]
        older_than_days: Option<u32>,
    },
}

#[derive(clap::Args, Debug)]
pub struct KeysArgs {
    #[command(subcommand)]
    pub command: KeysCommand,
}

#[derive(clap::Subcommand, Debug)]
pub enum KeysCommand {
    /// How many sealed values each key holds, and which key seals new values.
    Status,
    /// Re-seal every value not under the active key (the last of data_keys), so an old key can be removed.
    Rotate {
        /// Only count what would be re-sealed
        #[arg(long)]
        dry_run: bool,
    },
}

pub fn pathway(args: PathwayArgs) -> anyhow::Result<ExitCode> {
    let PathwayCommand::Show { country, json } = args.command;
    let atlas = opennrm_domain::atlas::Atlas::embedded()
        .map_err(|e| anyhow::anyhow!("the embedded atlas is invalid: {} problems", e.len()))?;
    let pathways =
        opennrm_domain::referral::embedded_pathways(&atlas).map_err(|e| anyhow::anyhow!("{e}"))?;
    let code = country.trim().to_ascii_uppercase();
    let Some(p) = pathways.iter().find(|p| p.country.as_str() == code) else {
        anyhow::bail!(
            "no pathway for {code}; the countries are {}",
            pathways
                .iter()
                .map(|p| p.country.to_string())
                .collect::<Vec<_>>()
                .join(", ")
        );
    };
    if json {
        println!("{}", serde_json::to_string_pretty(p)?);
        return Ok(ExitCode::SUCCESS);
    }
    let name = |id: &str| {
        atlas
            .actor(id)
            .map(|(_, a)| a.name.clone())
            .unwrap_or_else(|| id.to_string())
    };
    let c = atlas
        .country(&code)
        .map(|c| c.country.name.clone())
        .unwrap_or_default();
    println!("Referral pathway: {c} ({code})");
    println!(
        "Coordinator ({}): {} [{}]",
        match p.coordinator.role {
            opennrm_domain::referral::CoordinatorRole::Formal => "national coordinator",
            opennrm_domain::referral::CoordinatorRole::Closest => "closest to a coordinator",
        },
        name(p.coordinator.actor.as_str()),
        p.coordinator.actor
    );
    for (i, r) in p.rules.iter().enumerate() {
        let when = serde_json::to_string(&r.when).unwrap_or_default();
        let when = if r.when.is_empty() {
            "any case".to_string()
        } else {
            when
        };
        match &r.route {
            Route::To {
                actor,
                consent,
                source,
                ..
            } => {
                println!(
                    "[{}] {} -> {} [{actor}]  when {when}  consent: {}{}",
                    i + 1,
                    r.action.as_str(),
                    name(actor.as_str()),
                    consent.map_or("none", |c| c.as_str()),
                    r.deadline_days
                        .map(|d| format!("  within {d} days"))
                        .unwrap_or_default()
                );
                println!(
                    "     \"{}\" ({}{})",
                    source.quote,
                    source.section,
                    source
                        .line
                        .map(|l| format!(", line {l}"))
                        .unwrap_or_default()
                );
            }
            Route::Undefined { reason } => {
                println!(
                    "[{}] {} -> UNDEFINED in the report, offered to the coordinator  when {when}",
                    i + 1,
                    r.action.as_str()
                );
                println!("     {reason}");
            }
        }
    }
    println!(
        "{} routes, {} undefined",
        p.rules.len(),
        p.undefined().count()
    );
    Ok(ExitCode::SUCCESS)
}

pub async fn case(config: &Config, args: CaseArgs) -> anyhow::Result<ExitCode> {
    let CaseCommand::Export { id } = args.command;
    let services = config.services().await?;
    let detail = services
        .export_case(&Identity::Operator, id.trim())
        .await
        .map_err(|e| anyhow::anyhow!("{e}"))?;
    println!("{}", serde_json::to_string_pretty(&detail)?);
    Ok(ExitCode::SUCCESS)
}

pub async fn keys(config: &Config, args: KeysArgs) -> anyhow::Result<ExitCode> {
    let services = config.services().await?;
    let dry_run = match args.command {
        KeysCommand::Status => true,
        KeysCommand::Rotate { dry_run } => dry_run,
    };
    let r = services
        .rotate_keys(&Identity::Operator, dry_run)
        .await
        .map_err(|e| anyhow::anyhow!("{e}"))?;
    println!("active key: {}", r.active_key);
    println!("sealed values: {}", r.values);
    // `case-key`: under the case's own key, which is itself wrapped under a keyring key.
    for (k, n) in &r.by_key_before {
        println!("  under {k}: {n}");
    }
    if matches!(args.command, KeysCommand::Rotate { dry_run: false }) {
        println!(
            "re-sealed under {} or their case's key: {}",
            r.active_key, r.resealed
        );
    } else {
        println!("to re-seal: {}", r.pending);
    }
    Ok(ExitCode::SUCCESS)
}

pub async fn retention(config: &Config, args: RetentionArgs) -> anyhow::Result<ExitCode> {
    let RetentionCommand::Run {
        dry_run,
        older_than_days,
    } = args.command;
    let older_than_days = older_than_days.unwrap_or(config.data.retention_days);
    let services = config.services().await?;
    let r = services
        .apply_retention(&Identity::Operator, older_than_days, dry_run)
        .await
        .map_err(|e| anyhow::anyhow!("{e}"))?;
    services.close().await;
    println!(
        "closed cases unchanged since {} ({older_than_days} days): {}",
        r.before,
        r.cases.len()
    );
    for reference in &r.cases {
        println!("  {reference}");
    }
    if dry_run {
        println!("dry run: nothing changed");
    } else {
        println!("anonymised: {}", r.anonymised);
    }
    Ok(ExitCode::SUCCESS)
}
