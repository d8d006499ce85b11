//! `opennrm gaps [--country CC] [--revision N] [--json]`: the gap analysis of an atlas
//! revision (domain::insight::gaps), one finding per line with its rule and whom to
//! involve, or the findings as JSON (with their evidence and sources).

use std::process::ExitCode;

use opennrm_domain::insight::gaps;

use super::Config;
use super::migrate::atlas_at;

#[derive(clap::Args, Debug)]
pub struct Args {
    /// Only this country (two-letter code, e.g. DK)
    #[arg(long, value_name = "CC")]
    pub country: Option<String>,
    /// The atlas as of this revision (see `opennrm history`); default: the current one
    #[arg(long, value_name = "N")]
    pub revision: Option<i64>,
    /// Write the findings as JSON, with their evidence
    #[arg(long)]
    pub json: bool,
}

pub async fn run(config: &Config, args: Args) -> anyhow::Result<ExitCode> {
    let atlas = atlas_at(config, args.revision).await?;
    let countries: Vec<_> = match &args.country {
        None => atlas.countries.iter().collect(),
        Some(cc) => match atlas.country(cc) {
            Some(c) => vec![c],
            None => return Err(super::report::unknown_country(&atlas, cc)),
        },
    };
    let findings: Vec<gaps::Finding> = countries.iter().flat_map(|c| gaps::evaluate(c)).collect();
    if args.json {
        println!("{}", serde_json::to_string_pretty(&findings)?);
        return Ok(ExitCode::SUCCESS);
    }
    for f in &findings {
        let severity = match f.severity {
            gaps::Severity::Gap => "gap",
            gaps::Severity::Unrecorded => "not recorded",
            gaps::Severity::Information => "note",
        };
        let involve: Vec<&str> = f.involve.iter().map(|i| i.name.as_str()).collect();
        // Names come from data files: control characters are shown as spaces so a line
        // stays one line.
        let line = format!(
            "{} [{}] {} ({}){}",
            f.country,
            severity,
            f.sentence,
            f.rule,
            if involve.is_empty() {
                String::new()
            } else {
                format!(" — involve: {}", involve.join(", "))
            }
        );
        println!("{}", line.replace(|c: char| c.is_control(), " "));
    }
    println!("{} findings", findings.len());
    Ok(ExitCode::SUCCESS)
}
