//! `opennrm import DIR`: validate everything first, then replace the atlas in one
//! transaction. On any error the database is left exactly as it was.

use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::Context;
use opennrm_domain::atlas::Atlas;

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
    /// Import even if the files leave out countries the current atlas has (they are removed)
    #[arg(long)]
    pub allow_drop_country: bool,
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
    let store = config.open_store().await?;
    let current = store.load_current().await?;
    if current
        .as_ref()
        .is_some_and(|(r, _)| r.content_hash == atlas.content_hash)
    {
        println!("the database already holds exactly these files; nothing to do");
        store.close().await;
        return Ok(ExitCode::SUCCESS);
    }
    // An import replaces the whole atlas, so a directory missing some files would delete
    // those countries. Without an atlas in the database, compare with the embedded one,
    // which `serve` would otherwise load.
    let before = match current {
        Some((_, a)) => a,
        None => Atlas::embedded().map_err(|_| {
            anyhow::anyhow!(
                "the embedded atlas is invalid (a build problem); run `opennrm validate`"
            )
        })?,
    };
    let dropped: Vec<String> = before
        .countries
        .iter()
        .filter(|c| atlas.country(c.country.code.as_str()).is_none())
        .map(|c| format!("{} {}", c.country.code, c.country.name))
        .collect();
    if !dropped.is_empty() && !args.allow_drop_country {
        eprintln!(
            "these countries of the current atlas are not in {}: {}",
            args.dir.display(),
            dropped.join(", ")
        );
        eprintln!(
            "importing would remove them; add their files, or pass --allow-drop-country to remove them; the database was not changed"
        );
        store.close().await;
        return Ok(ExitCode::FAILURE);
    }
    let rev = store
        .replace_atlas(&atlas, &label, "import")
        .await
        .context("the import failed; the database was not changed")?;
    if !dropped.is_empty() {
        println!("removed {}", dropped.join(", "));
    }
    println!(
        "imported {} countr{} as atlas revision {} (\"{}\")",
        atlas.countries.len(),
        if atlas.countries.len() == 1 {
            "y"
        } else {
            "ies"
        },
        rev.id,
        rev.label
    );
    store.close().await;
    Ok(ExitCode::SUCCESS)
}
