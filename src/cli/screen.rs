//! `opennrm screen [--country NO] ANSWERS.json`: screen a situation from the command line
//! with the same engine and the same atlas as the web form and the API.

use std::io::Read;
use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::Context;
use opennrm_domain::screening::{DimensionStatus, ScreeningOutcome, ScreeningRequest};

use super::{Config, migrate::current_atlas};

#[derive(clap::ValueEnum, Clone, Copy, Debug)]
pub enum Format {
    Text,
    Json,
}

#[derive(clap::Args, Debug)]
pub struct Args {
    /// JSON file: either {"<indicator id>": "yes"|"no"|"unknown", …} or a whole request
    /// {"instrument": …, "population": …, "country": …, "answers": {…}}; "-" reads standard input
    pub answers: PathBuf,
    /// Country whose actors with a fitting mandate are listed, e.g. NO
    #[arg(long)]
    pub country: Option<String>,
    /// Instrument id [default: ilo-ec-2009-thb-labour]; see /api/v1/screening/instruments
    #[arg(long)]
    pub instrument: Option<String>,
    /// Rule set id [default: the one written for the instrument]
    #[arg(long)]
    pub rules: Option<String>,
    /// adult or child [default: adult]
    #[arg(long)]
    pub population: Option<String>,
    /// Output format
    #[arg(long, value_enum, default_value = "text")]
    pub format: Format,
    /// Language of the explanation, the conclusion and the notice: en, da, de, et, fi,
    /// is, lt, lv, nb, pl, ru or sv (the JSON keeps the explanation's codes too)
    #[arg(long, default_value = "en")]
    pub lang: String,
}

/// Bytes of an answers file. A full request for the largest instrument is a few KB; the
/// bound is there because the input may be anything (`/dev/zero`, an endless pipe).
pub const MAX_ANSWERS_BYTES: u64 = 1024 * 1024;

/// Reads at most `MAX_ANSWERS_BYTES` from `input`, failing if there is more. Not limited
/// to regular files: `screen <(command)` reads a pipe.
fn read_bounded(input: impl Read, what: &str) -> anyhow::Result<Vec<u8>> {
    let mut bytes = Vec::new();
    input
        .take(MAX_ANSWERS_BYTES + 1)
        .read_to_end(&mut bytes)
        .with_context(|| format!("cannot read {what}"))?;
    if bytes.len() as u64 > MAX_ANSWERS_BYTES {
        anyhow::bail!("{what} is larger than 1 MiB");
    }
    Ok(bytes)
}

fn read_request(args: &Args) -> anyhow::Result<ScreeningRequest> {
    let bytes = if args.answers.as_os_str() == "-" {
        read_bounded(std::io::stdin().lock(), "standard input")?
    } else {
        let what = args.answers.display().to_string();
        let file =
            std::fs::File::open(&args.answers).with_context(|| format!("cannot read {what}"))?;
        read_bounded(file, &what)?
    };
    let value: serde_json::Value = serde_json::from_slice(&bytes)
        .with_context(|| format!("{} is not valid JSON", args.answers.display()))?;
    let mut req: ScreeningRequest = if value.get("answers").is_some() {
        serde_json::from_value(value)
            .with_context(|| format!("{}: not a screening request", args.answers.display()))?
    } else {
        let answers = serde_json::from_value(value).with_context(|| {
            format!(
                "{}: expected an object of indicator id → \"yes\" | \"no\" | \"unknown\"",
                args.answers.display()
            )
        })?;
        ScreeningRequest {
            answers,
            ..Default::default()
        }
    };
    // Flags override the file.
    req.country = args.country.clone().or(req.country);
    req.instrument = args.instrument.clone().or(req.instrument);
    req.rule_set = args.rules.clone().or(req.rule_set);
    req.population = args.population.clone().or(req.population);
    Ok(req)
}

fn print_text(o: &ScreeningOutcome) {
    let r = &o.result;
    println!("{}", r.notice);
    println!();
    println!("Level: {} ({})", r.level.label(), r.level.as_str());
    println!("{}", r.conclusion);
    println!();
    println!("Dimensions:");
    for d in &r.dimensions {
        let status = match d.status {
            DimensionStatus::Positive => "positive",
            DimensionStatus::Negative => "negative",
            DimensionStatus::InsufficientInformation => "not enough information",
        };
        println!("  {:<45} {status}", d.name);
        for y in &d.yes {
            println!("      yes: {} ({})", y.wording, y.strength.as_str());
        }
    }
    println!();
    println!("Why:");
    for line in &r.reasoning {
        println!("  - {line}");
    }
    if !r.missing.is_empty() {
        println!();
        println!("What is missing:");
        for m in &r.missing {
            println!("  - {}: {}", m.toward.label(), m.sentence);
        }
    }
    if let Some(w) = &o.who_acts {
        println!();
        println!(
            "Who can act in {}:",
            o.country
                .as_ref()
                .map(ToString::to_string)
                .unwrap_or_default()
        );
        for resp in &w.responders {
            let scope = resp
                .scope
                .as_deref()
                .map(|s| format!(" [{s}]"))
                .unwrap_or_default();
            println!(
                "  - {} ({}){scope}: {}",
                resp.name,
                resp.capability.as_str(),
                resp.actor
            );
            println!(
                "      source: {} — “{}”",
                resp.source.section, resp.source.quote
            );
        }
        for c in &w.uncovered {
            println!("  ! no actor in the atlas holds: {}", c.as_str());
        }
    }
    println!();
    println!(
        "Instrument: {} {}; rules: {} {}",
        r.instrument.id, r.instrument.version, r.rule_set.id, r.rule_set.version
    );
}

pub async fn run(config: &Config, args: Args) -> anyhow::Result<ExitCode> {
    let Some(ui) = opennrm_web::i18n::Ui::for_language(&args.lang) else {
        eprintln!(
            "error: --lang must be one of {}",
            opennrm_web::i18n::OFFERED.join(", ")
        );
        return Ok(ExitCode::FAILURE);
    };
    let req = read_request(&args)?;
    let atlas = current_atlas(config).await?;
    let outcome = match req.run(&atlas) {
        Ok(o) => opennrm_web::screening::in_language(&ui, o),
        Err(e) => {
            eprintln!("error: {e}");
            return Ok(ExitCode::FAILURE);
        }
    };
    match args.format {
        Format::Json => println!("{}", serde_json::to_string_pretty(&outcome)?),
        Format::Text => print_text(&outcome),
    }
    Ok(ExitCode::SUCCESS)
}
