//! `opennrm report [CC] [--format pdf|html|md] [-o FILE] [--revision N]`: a generated
//! national report (a country's, or the region's without CC) as PDF, standalone HTML or
//! Markdown; `opennrm report --all [-o DIR]`: every country's and the region's, in each
//! format asked for, with a progress bar on a terminal.
//!
//! Reports are built by `opennrm_domain::insight::national` in the interface's words
//! (`opennrm_web`'s `Ui`), typeset by `opennrm_pdf`. Files are written to a temporary name
//! and renamed, so a failed run never leaves a half-written report.

use std::io::{IsTerminal, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::Instant;

use anyhow::Context;
use opennrm_domain::atlas::Atlas;
use opennrm_domain::insight::national::{self, Edition, GeneratedReport, markdown};
use opennrm_web::i18n::Ui;

use super::Config;

#[derive(clap::ValueEnum, Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    /// Typeset, with contents, figures and page numbers
    Pdf,
    /// One self-contained HTML file (styles and figures inside)
    Html,
    /// Markdown with footnotes; the figures are written beside it as SVG
    Md,
}

impl Format {
    fn extension(self) -> &'static str {
        match self {
            Format::Pdf => "pdf",
            Format::Html => "html",
            Format::Md => "md",
        }
    }
}

#[derive(clap::Args, Debug)]
pub struct Args {
    /// The country (two-letter code, e.g. DK); without it, the region's report
    #[arg(value_name = "CC", conflicts_with = "all")]
    pub country: Option<String>,
    /// Every country's report and the region's, into the directory given by -o
    #[arg(long)]
    pub all: bool,
    /// Output format; with --all, a comma-separated list (e.g. pdf,html)
    #[arg(long, value_enum, value_delimiter = ',', default_value = "pdf")]
    pub format: Vec<Format>,
    /// The file to write (one report), or the directory (--all; default: opennrm-reports)
    #[arg(short, long, value_name = "PATH")]
    pub output: Option<PathBuf>,
    /// The atlas as of this revision (see `opennrm history`); default: the current one
    #[arg(long, value_name = "N")]
    pub revision: Option<i64>,
}

/// One report in one format: its bytes, and the figures to write beside a Markdown file.
struct Rendered {
    bytes: Vec<u8>,
    figures: Vec<(String, String)>,
}

fn render(ui: &Ui, r: &GeneratedReport, format: Format) -> anyhow::Result<Rendered> {
    Ok(match format {
        Format::Pdf => Rendered {
            bytes: opennrm_pdf::render(r)?,
            figures: Vec::new(),
        },
        Format::Html => Rendered {
            bytes: opennrm_web::insight::report::standalone_html(ui, r)?.into_bytes(),
            figures: Vec::new(),
        },
        Format::Md => {
            let stem = r.file_stem();
            let figures = r
                .figures
                .iter()
                .map(|f| (format!("{stem}-{}", f.file), f.svg.clone()))
                .collect();
            Rendered {
                bytes: markdown::render(r, &|f| format!("{stem}-{}", f.file)).into_bytes(),
                figures,
            }
        }
    })
}

/// Writes `bytes` to `path` through a temporary file in the same directory.
fn write_atomically(path: &Path, bytes: &[u8]) -> anyhow::Result<()> {
    let dir = path
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    let name = path
        .file_name()
        .context("the output path names no file")?
        .to_string_lossy();
    let tmp = dir.join(format!(".{name}.partial"));
    std::fs::write(&tmp, bytes).with_context(|| format!("cannot write {}", tmp.display()))?;
    std::fs::rename(&tmp, path).with_context(|| format!("cannot write {}", path.display()))
}

fn write_rendered(path: &Path, out: &Rendered) -> anyhow::Result<()> {
    write_atomically(path, &out.bytes)?;
    let dir = path.parent().unwrap_or(Path::new(""));
    for (name, svg) in &out.figures {
        write_atomically(&dir.join(name), svg.as_bytes())?;
    }
    Ok(())
}

/// "no country XX in the atlas; the countries are …" (the code cut short: it is input).
pub(super) fn unknown_country(atlas: &Atlas, cc: &str) -> anyhow::Error {
    anyhow::anyhow!(
        "no country {} in the atlas; the countries are {}",
        cc.trim()
            .chars()
            .take(8)
            .collect::<String>()
            .to_ascii_uppercase(),
        atlas
            .countries
            .iter()
            .map(|c| c.country.code.as_str())
            .collect::<Vec<_>>()
            .join(", ")
    )
}

pub async fn run(config: &Config, args: Args) -> anyhow::Result<ExitCode> {
    let services = config.services().await?;
    let view = services.atlas_at(args.revision).await;
    services.close().await;
    let view = match view {
        Ok(v) => v,
        Err(opennrm_service::ServiceError::NotFound(_)) => anyhow::bail!(
            "there is no revision {}; see `opennrm history`",
            args.revision.unwrap_or_default()
        ),
        Err(e) => anyhow::bail!("{e}"),
    };
    let ui = Ui::default();
    let edition = opennrm_web::insight::report::edition(&view);
    let atlas = &view.atlas;
    if args.all {
        return all(&ui, atlas, &edition, &args);
    }
    let report = match &args.country {
        Some(cc) => national::country_report(atlas, cc.trim(), &ui, edition)
            .map_err(|_| unknown_country(atlas, cc))?,
        None => national::region_report(atlas, &ui, edition),
    };
    let format = args.format.first().copied().unwrap_or(Format::Pdf);
    if args.format.len() > 1 {
        anyhow::bail!("one report is written in one format; use --all for several");
    }
    let out = render(&ui, &report, format)?;
    match &args.output {
        Some(path) => {
            write_rendered(path, &out)?;
            eprintln!("wrote {} ({} bytes)", path.display(), out.bytes.len());
        }
        None => {
            let mut stdout = std::io::stdout();
            if format == Format::Pdf && stdout.is_terminal() {
                anyhow::bail!(
                    "a PDF is not for the terminal: give -o FILE, or redirect the output"
                );
            }
            if !out.figures.is_empty() {
                eprintln!(
                    "note: the figures are not written when the Markdown goes to standard output; give -o FILE to have them beside it"
                );
            }
            stdout.write_all(&out.bytes)?;
        }
    }
    Ok(ExitCode::SUCCESS)
}

/// Every country's report and the region's, in every format asked for, built and typeset
/// on every core; a progress bar on a terminal, the total time at the end.
fn all(ui: &Ui, atlas: &Atlas, edition: &Edition, args: &Args) -> anyhow::Result<ExitCode> {
    let dir = args
        .output
        .clone()
        .unwrap_or_else(|| PathBuf::from("opennrm-reports"));
    std::fs::create_dir_all(&dir).with_context(|| format!("cannot create {}", dir.display()))?;
    let mut scopes: Vec<Option<&str>> = atlas
        .countries
        .iter()
        .map(|c| Some(c.country.code.as_str()))
        .collect();
    scopes.push(None);
    let jobs: Vec<(Option<&str>, Format)> = scopes
        .iter()
        .flat_map(|s| args.format.iter().map(move |f| (*s, *f)))
        .collect();
    let bar = if std::io::stderr().is_terminal() {
        let bar = indicatif::ProgressBar::new(jobs.len() as u64);
        bar.set_style(
            indicatif::ProgressStyle::with_template("{bar:30} {pos}/{len} {msg} ({elapsed})")
                .unwrap_or_else(|_| indicatif::ProgressStyle::default_bar()),
        );
        bar
    } else {
        indicatif::ProgressBar::hidden()
    };
    let started = Instant::now();
    let next = std::sync::atomic::AtomicUsize::new(0);
    let threads = std::thread::available_parallelism().map_or(1, |n| n.get());
    // Per job: (a country's or the region's, seconds of work).
    let results: Vec<anyhow::Result<Vec<(bool, f64)>>> = std::thread::scope(|s| {
        let workers: Vec<_> = (0..threads)
            .map(|_| {
                s.spawn(|| {
                    let mut written = Vec::new();
                    loop {
                        let i = next.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
                        let Some((scope, format)) = jobs.get(i) else {
                            return Ok(written);
                        };
                        let job_started = Instant::now();
                        let report = match scope {
                            Some(cc) => national::country_report(atlas, cc, ui, edition.clone())
                                .map_err(|e| anyhow::anyhow!("{e}"))?,
                            None => national::region_report(atlas, ui, edition.clone()),
                        };
                        let out = render(ui, &report, *format)?;
                        let path =
                            dir.join(format!("{}.{}", report.file_stem(), format.extension()));
                        write_rendered(&path, &out)?;
                        bar.set_message(
                            path.file_name()
                                .map(|n| n.to_string_lossy().to_string())
                                .unwrap_or_default(),
                        );
                        bar.inc(1);
                        written.push((scope.is_some(), job_started.elapsed().as_secs_f64()));
                    }
                })
            })
            .collect();
        workers
            .into_iter()
            .map(|w| {
                w.join()
                    .unwrap_or_else(|_| Err(anyhow::anyhow!("a worker failed")))
            })
            .collect()
    });
    bar.finish_and_clear();
    let elapsed = started.elapsed().as_secs_f64();
    let mut done = Vec::new();
    for r in results {
        done.extend(r?);
    }
    let work = |country: bool| -> f64 {
        done.iter()
            .filter(|(c, _)| *c == country)
            .map(|(_, s)| s)
            .sum()
    };
    eprintln!(
        "wrote {} reports into {} in {elapsed:.2} s on {threads} threads (work: countries {:.2} s, region {:.2} s)",
        done.len(),
        dir.display(),
        work(true),
        work(false)
    );
    Ok(ExitCode::SUCCESS)
}
