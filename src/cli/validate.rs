//! `opennrm validate [DIR]`: every problem as `file:line: sentence`, non-zero exit if any.

use std::path::PathBuf;
use std::process::ExitCode;

use opennrm_domain::atlas::{Atlas, embedded_files, query};

#[derive(clap::Args, Debug)]
pub struct Args {
    /// Directory of atlas data files (<cc>.toml); the embedded atlas if omitted
    pub dir: Option<PathBuf>,
}

pub fn run(args: Args) -> anyhow::Result<ExitCode> {
    let files = match &args.dir {
        Some(dir) => super::read_data_dir(dir)?,
        None => embedded_files(),
    };
    match Atlas::from_files(&files) {
        Ok(atlas) => {
            for c in &atlas.countries {
                let n = query::counts(c);
                println!(
                    "{} {:<20} {:>3} actors {:>3} mandates {:>3} ties {:>3} mechanisms {:>3} limitations {:>3} documents",
                    c.country.code,
                    c.country.name,
                    n.actors,
                    n.mandates,
                    n.cooperation,
                    n.mechanisms,
                    n.limitations,
                    n.documents
                );
            }
            println!("ok: {} files valid", files.len());
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
