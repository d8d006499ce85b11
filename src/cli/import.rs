//! `opennrm import DIR`: validate everything first, then add the files as a new atlas
//! revision in one transaction (earlier revisions keep their facts). Dropping a country
//! or retiring an actor needs an explicit flag. On any error nothing is changed.

use std::path::PathBuf;
use std::process::ExitCode;

use opennrm_domain::atlas::Atlas;
use opennrm_service::{Identity, ImportOptions, ServiceError};

use super::Config;

/// Characters of a revision message: it is shown in one table cell of /about.
pub const MESSAGE_MAX_CHARS: usize = 200;

#[derive(clap::Args, Debug)]
pub struct Args {
    /// Directory of atlas data files (<cc>.toml), e.g. an edited copy of data/atlas
    pub dir: PathBuf,
    /// Label of the new revision, shown publicly on /about [default: "import of N data files"]
    #[arg(long, value_name = "TEXT")]
    pub message: Option<String>,
    /// Import even if the files leave out countries the current atlas has (they are removed from the new revision; earlier revisions keep them)
    #[arg(long)]
    pub allow_drop_country: bool,
    /// Import even if the files leave out actors the current atlas has: they are retired (their pages stay, marked retired, and their ids are never given to another body)
    #[arg(long)]
    pub allow_retire: bool,
    /// Import even if the current atlas cites OpenNRM records (joint inspections) that data files cannot carry: the ties and sources from them are left out of the new revision (earlier revisions keep them)
    #[arg(long)]
    pub allow_drop_records: bool,
}

/// The revision's label. It is published, so it never names the directory (a path on
/// the server); a message given must be one short line of plain text.
fn label(message: Option<&str>, files: usize) -> anyhow::Result<String> {
    let Some(m) = message else {
        return Ok(format!(
            "import of {files} data file{}",
            if files == 1 { "" } else { "s" }
        ));
    };
    let m = m.trim();
    if m.is_empty() {
        anyhow::bail!("--message is empty");
    }
    let chars = m.chars().count();
    if chars > MESSAGE_MAX_CHARS {
        anyhow::bail!("--message has {chars} characters; at most {MESSAGE_MAX_CHARS} are allowed");
    }
    // Control characters (line breaks, terminal escapes) and the invisible marks that
    // reorder or split text would let a label look different from what it says.
    if let Some(c) = m
        .chars()
        .find(|&c| c.is_control() || is_invisible_format(c))
    {
        anyhow::bail!(
            "--message contains the control character U+{:04X}; use plain text on one line",
            u32::from(c)
        );
    }
    Ok(m.to_string())
}

/// Bidirectional controls and line/paragraph separators.
fn is_invisible_format(c: char) -> bool {
    matches!(c, '\u{061C}' | '\u{200E}' | '\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}' | '\u{2028}' | '\u{2029}')
}

pub async fn run(config: &Config, args: Args) -> anyhow::Result<ExitCode> {
    let files = super::read_data_dir(&args.dir)?;
    // Checked before parsing and before the database is opened: a bad message changes nothing.
    let label = label(args.message.as_deref(), files.len())?;
    let atlas = match Atlas::from_files(&files) {
        Ok(a) => a,
        Err(errors) => {
            for e in &errors {
                eprintln!("{e}");
            }
            eprintln!(
                "{} problem{} found; the database was not changed",
                errors.len(),
                if errors.len() == 1 { "" } else { "s" }
            );
            return Ok(ExitCode::FAILURE);
        }
    };
    // The services load the embedded 2013 atlas into an empty database first, so the
    // baseline is always revision 1 and an import is compared with what is served.
    let services = config.services().await?;
    let who = Identity::Operator;
    let plan = services.plan_import(&who, &atlas).await?;
    if plan.unchanged {
        println!("the current revision holds exactly these files; nothing to do");
        services.close().await;
        return Ok(ExitCode::SUCCESS);
    }
    // Say what stands in the way; what the flags allow is reported once done.
    let refused = (!plan.dropped_countries.is_empty() && !args.allow_drop_country)
        || (!plan.retired.is_empty() && !args.allow_retire)
        || (!plan.dropped_records.is_empty() && !args.allow_drop_records);
    let mut shown = plan.clone();
    if !refused {
        shown.dropped_countries.clear();
        shown.retired.clear();
        shown.dropped_records.clear();
    }
    for w in shown.warnings() {
        eprintln!("warning: {w}");
    }
    let options = ImportOptions {
        allow_drop_country: args.allow_drop_country,
        allow_retire: args.allow_retire,
        allow_drop_records: args.allow_drop_records,
    };
    let previous = services.atlas().revision.id;
    let imported = services
        .import_atlas(&who, &atlas, &label, "opennrm import", options)
        .await;
    services.close().await;
    let (rev, plan) = match imported {
        Ok(done) => done,
        Err(ServiceError::Invalid { message, .. }) => {
            eprintln!("{message}; the database was not changed");
            return Ok(ExitCode::FAILURE);
        }
        Err(e) => {
            return Err(anyhow::anyhow!(
                "the import failed; the database was not changed: {e}"
            ));
        }
    };
    for (cc, name) in &plan.dropped_countries {
        println!("removed {cc} {name}");
    }
    for (id, name) in &plan.retired {
        println!("retired {id} ({name})");
    }
    println!(
        "imported {} countr{} as atlas revision {} (\"{}\"); `opennrm diff {} {}` shows what changed",
        atlas.countries.len(),
        if atlas.countries.len() == 1 {
            "y"
        } else {
            "ies"
        },
        rev.id,
        rev.label,
        previous,
        rev.id
    );
    Ok(ExitCode::SUCCESS)
}
