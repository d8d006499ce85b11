//! `opennrm export --format json|csv [-o FILE]`: the whole atlas from the database.
//! With -o the file is written to a temporary name and renamed, so a failed export
//! never leaves a half-written file.

use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::Context;
use opennrm_domain::atlas::export::{CsvRow, ExportDocument, csv_rows};

use super::{Config, migrate::current_atlas};

#[derive(clap::ValueEnum, Clone, Copy, Debug)]
pub enum Format {
    Json,
    Csv,
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
}

/// Spreadsheets execute cells starting with these; prefix them so they stay text.
fn defuse(cell: &str) -> String {
    if cell.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        format!("'{cell}")
    } else {
        cell.to_string()
    }
}

fn render(format: Format, atlas: &opennrm_domain::atlas::Atlas) -> anyhow::Result<Vec<u8>> {
    Ok(match format {
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
    let atlas = match args.revision {
        None => current_atlas(config).await?,
        Some(n) => {
            let services = config.services().await?;
            let view = services.atlas_at(Some(n)).await;
            services.close().await;
            match view {
                Ok(v) => v.atlas.clone(),
                Err(opennrm_service::ServiceError::NotFound(_)) => {
                    anyhow::bail!("there is no revision {n}; see `opennrm history`")
                }
                Err(e) => anyhow::bail!("{e}"),
            }
        }
    };
    let bytes = render(args.format, &atlas)?;
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
