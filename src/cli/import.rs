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
    if store
        .current_revision()
        .await?
        .is_some_and(|r| r.content_hash == atlas.content_hash)
    {
        println!("the database already holds exactly these files; nothing to do");
        return Ok(ExitCode::SUCCESS);
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
    println!(
        "imported {} countries as atlas revision {}",
        atlas.countries.len(),
        rev.id
    );
    store.close().await;
    Ok(ExitCode::SUCCESS)
}
