//! `opennrm import DIR`: validate everything first, then replace the atlas in one
//! transaction. On any error the database is left exactly as it was.

use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::Context;
use opennrm_domain::atlas::Atlas;

use super::Config;

#[derive(clap::Args, Debug)]
pub struct Args {
    /// Directory of atlas data files (<cc>.toml), e.g. an edited copy of data/atlas
    pub dir: PathBuf,
    /// Import even if the files leave out countries the current atlas has (they are removed)
    #[arg(long)]
    pub allow_drop_country: bool,
}

pub async fn run(config: &Config, args: Args) -> anyhow::Result<ExitCode> {
    let files = super::read_data_dir(&args.dir)?;
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
    let label = format!(
        "import of {}",
        args.dir.file_name().map_or_else(
            || args.dir.display().to_string(),
            |n| n.to_string_lossy().into_owned()
        )
    );
    let rev = store
        .replace_atlas(&atlas, &label, "import")
        .await
        .context("the import failed; the database was not changed")?;
    if !dropped.is_empty() {
        println!("removed {}", dropped.join(", "));
    }
    println!(
        "imported {} countr{} as atlas revision {}",
        atlas.countries.len(),
        if atlas.countries.len() == 1 {
            "y"
        } else {
            "ies"
        },
        rev.id
    );
    store.close().await;
    Ok(ExitCode::SUCCESS)
}
