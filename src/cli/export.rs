//! `opennrm export --format json|csv [-o FILE]`: the whole atlas from the database;
//! `--format graphml|gexf [--country CC]`: its cooperation network with every metric
//! (the region's unless a country is named), for networkx, igraph, Gephi or Cytoscape.
//! With -o the file is written to a temporary name and renamed, so a failed export
//! never leaves a half-written file.

use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::Context;
use opennrm_domain::atlas::export::{CsvRow, ExportDocument, csv_rows};
use opennrm_domain::insight::network;

use super::{Config, migrate::atlas_at};

#[derive(clap::ValueEnum, Clone, Copy, Debug)]
pub enum Format {
    Json,
    Csv,
    /// The cooperation network as GraphML
    Graphml,
    /// The cooperation network as GEXF 1.3 (Gephi)
    Gexf,
}

#[derive(clap::Args, Debug)]
pub struct Args {
    /// Output format
    #[arg(long, value_enum)]
    pub format: Format,
    /// Write to FILE instead of standard output
    #[arg(short, long, value_name = "FILE")]
    pub output: Option<PathBuf>,
    /// Export the atlas as of this revision (see `opennrm history`) instead of the current one
    #[arg(long, value_name = "N")]
    pub revision: Option<i64>,
    /// With graphml or gexf: only this country's network (its code, e.g. DK), not the region's
    #[arg(long, value_name = "CC")]
    pub country: Option<String>,
}

/// Spreadsheets execute cells starting with these; prefix them so they stay text.
fn defuse(cell: &str) -> String {
    if cell.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        format!("'{cell}")
    } else {
        cell.to_string()
    }
}

/// The network to export: the named country's, or the region's.
fn network_of(
    atlas: &opennrm_domain::atlas::Atlas,
    country: Option<&str>,
) -> anyhow::Result<network::Network> {
    let Some(code) = country else {
        return Ok(network::region_network(atlas));
    };
    match atlas
        .countries
        .iter()
        .find(|c| c.country.code.as_str().eq_ignore_ascii_case(code))
    {
        Some(c) => Ok(network::country_network(c)),
        None => {
            let known: Vec<&str> = atlas
                .countries
                .iter()
                .map(|c| c.country.code.as_str())
                .collect();
            anyhow::bail!(
                "there is no country {code} in the atlas; known: {}",
                known.join(", ")
            )
        }
    }
}

fn render(
    format: Format,
    atlas: &opennrm_domain::atlas::Atlas,
    country: Option<&str>,
) -> anyhow::Result<Vec<u8>> {
    if country.is_some() && matches!(format, Format::Json | Format::Csv) {
        anyhow::bail!(
            "--country goes with --format graphml or gexf; json and csv export the whole atlas"
        );
    }
    Ok(match format {
        Format::Graphml => network::to_graphml(&network_of(atlas, country)?).into_bytes(),
        Format::Gexf => network::to_gexf(&network_of(atlas, country)?).into_bytes(),
        Format::Json => {
            let mut v = serde_json::to_vec_pretty(&ExportDocument::new(atlas))?;
            v.push(b'\n');
            v
        }
        Format::Csv => {
            let mut w = csv::Writer::from_writer(Vec::new());
            w.write_record(CsvRow::HEADER)?;
            for r in csv_rows(atlas) {
                let cells = r.cells();
                w.write_record(cells.iter().map(|c| defuse(c)))?;
            }
            w.into_inner()
                .map_err(|e| anyhow::anyhow!("cannot finish the CSV: {e}"))?
        }
    })
}

pub async fn run(config: &Config, args: Args) -> anyhow::Result<ExitCode> {
    let atlas = atlas_at(config, args.revision).await?;
    let bytes = render(args.format, &atlas, args.country.as_deref())?;
    match &args.output {
        None => {
            let mut out = std::io::stdout().lock();
            out.write_all(&bytes)
                .context("cannot write to standard output")?;
            out.flush()?;
        }
        Some(path) => {
            let tmp = path.with_extension("opennrm-partial");
            std::fs::write(&tmp, &bytes)
                .with_context(|| format!("cannot write {}", tmp.display()))?;
            std::fs::rename(&tmp, path).with_context(|| {
                format!("cannot move the export into place at {}", path.display())
            })?;
            eprintln!("wrote {} ({} bytes)", path.display(), bytes.len());
        }
    }
    Ok(ExitCode::SUCCESS)
}
