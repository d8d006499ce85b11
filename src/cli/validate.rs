//! `opennrm validate [DIR]`: every problem as `file:line: sentence`, non-zero exit if any.

use std::path::PathBuf;
use std::process::ExitCode;

use opennrm_domain::atlas::{Atlas, embedded_files, query};

use super::Config;

#[derive(clap::Args, Debug)]
pub struct Args {
    /// Directory of atlas data files (<cc>.toml); the embedded atlas if omitted
    pub dir: Option<PathBuf>,
}

pub async fn run(config: Option<&Config>, args: Args) -> anyhow::Result<ExitCode> {
    let files = match &args.dir {
        Some(dir) => super::read_data_dir(dir)?,
        None => embedded_files(),
    };
    match Atlas::from_files(&files) {
        Ok(atlas) => {
            for c in &atlas.countries {
                let n = query::counts(c);
                println!(
                    "{} {:<20} {:>3} actors {:>3} mandates ({} denied) {:>3} ties {:>3} mechanisms {:>3} limitations {:>3} documents {:>3} respondents ({} completed) {:>3} recommendations",
                    c.country.code,
                    c.country.name,
                    n.actors,
                    n.mandates,
                    n.denied_mandates,
                    n.cooperation,
                    n.mechanisms,
                    n.limitations,
                    n.documents,
                    n.respondents,
                    n.completed,
                    n.recommendations
                );
            }
            let r = &atlas.report;
            if !r.findings.is_empty() || !r.recommendations.is_empty() {
                println!(
                    "   {:<20} {:>3} findings (executive summary, introduction, methodology) {:>3} recommendations",
                    "report-wide",
                    r.findings.len(),
                    r.recommendations.len()
                );
            }
            println!("ok: {} files valid", files.len());
            if args.dir.is_none() {
                let pathways = validate_pathways(&atlas);
                let screening = validate_screening();
                return Ok(if pathways == ExitCode::SUCCESS {
                    screening
                } else {
                    pathways
                });
            }
            // What importing these files would do beyond changing facts (retired actors,
            // dropped countries), against the database if there is one, else against
            // the embedded atlas that `serve` would load.
            let plan = super::history::import_plan(config, &atlas).await?;
            for w in plan.warnings() {
                println!("warning: {w}");
            }
            Ok(ExitCode::SUCCESS)
        }
        Err(errors) => {
            for e in &errors {
                eprintln!("{e}");
            }
            eprintln!(
                "{} problem{} found; nothing was loaded",
                errors.len(),
                if errors.len() == 1 { "" } else { "s" }
            );
            Ok(ExitCode::FAILURE)
        }
    }
}

/// The referral pathways compiled into the binary (data/pathways/), against this atlas:
/// every target an actor of the country, every quote verbatim, every value known.
fn validate_pathways(atlas: &Atlas) -> ExitCode {
    match opennrm_domain::referral::embedded_pathways(atlas) {
        Ok(pathways) => {
            for p in &pathways {
                println!(
                    "pathway {}: {} routes, {} left undefined by the report",
                    p.country,
                    p.rules.len(),
                    p.undefined().count()
                );
            }
            ExitCode::SUCCESS
        }
        Err(errors) => {
            eprintln!("{errors}");
            ExitCode::FAILURE
        }
    }
}

/// The screening instruments and rule sets compiled into the binary: each file parses,
/// and each rule set fits the instrument it is written for.
fn validate_screening() -> ExitCode {
    use opennrm_domain::screening::{Instrument, RuleSet};
    let checked = Instrument::embedded_all().and_then(|i| RuleSet::embedded_all().map(|r| (i, r)));
    let (instruments, rules) = match checked {
        Ok(v) => v,
        Err(errors) => {
            eprintln!("{errors}");
            return ExitCode::FAILURE;
        }
    };
    let mut failed = false;
    for r in &rules {
        match instruments.iter().find(|i| i.id == r.instrument) {
            Some(i) => {
                if let Err(e) = r.check_against(i) {
                    eprintln!("screening rule set {}: {e}", r.id.as_str());
                    failed = true;
                }
            }
            None => {
                eprintln!(
                    "screening rule set {}: no instrument {}",
                    r.id.as_str(),
                    r.instrument.as_str()
                );
                failed = true;
            }
        }
    }
    for i in &instruments {
        println!(
            "screening instrument {} {}: {} indicators",
            i.id.as_str(),
            i.version,
            i.indicators.len()
        );
    }
    if failed {
        return ExitCode::FAILURE;
    }
    println!(
        "ok: {} screening instruments and {} rule sets valid",
        instruments.len(),
        rules.len()
    );
    match opennrm_domain::screening::translation::translations() {
        Ok(all) => {
            let languages: Vec<String> = all
                .iter()
                .map(|t| {
                    format!(
                        "{}{}",
                        t.language,
                        if t.reviewed {
                            ""
                        } else {
                            " (not yet reviewed)"
                        }
                    )
                })
                .collect();
            println!(
                "ok: the screening questions translated into {}: {}",
                all.len(),
                languages.join(", ")
            );
            ExitCode::SUCCESS
        }
        Err(errors) => {
            eprintln!("{errors}");
            ExitCode::FAILURE
        }
    }
}
