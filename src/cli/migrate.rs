//! `opennrm migrate`: schema up to date, embedded atlas loaded if the database has none.

use std::process::ExitCode;

use anyhow::Context;
use opennrm_domain::atlas::{Atlas, BASELINE_LABEL};
use opennrm_store::{LoadOutcome, Store};

use super::Config;

#[derive(clap::Args, Debug)]
pub struct Args {}

pub async fn run(config: &Config, _args: Args) -> anyhow::Result<ExitCode> {
    let store = config.open_store().await?;
    let outcome = ensure_embedded(&store).await?;
    match outcome {
        LoadOutcome::Loaded(r) => println!(
            "database ready ({}); loaded the embedded atlas as revision {}",
            store.backend(),
            r.id
        ),
        LoadOutcome::AlreadyPresent(r) => println!(
            "database ready ({}); atlas revision {} ({}) already present",
            store.backend(),
            r.id,
            r.label
        ),
    }
    store.close().await;
    Ok(ExitCode::SUCCESS)
}

/// Loads the atlas compiled into the binary unless the database already holds one.
pub async fn ensure_embedded(store: &Store) -> anyhow::Result<LoadOutcome> {
    let atlas = Atlas::embedded().map_err(|errors| {
        anyhow::anyhow!(
            "the embedded atlas is invalid (a build problem):\n{}",
            errors
                .iter()
                .map(ToString::to_string)
                .collect::<Vec<_>>()
                .join("\n")
        )
    })?;
    store
        .ensure_atlas(&atlas, BASELINE_LABEL, "embedded")
        .await
        .context("cannot load the atlas into the database")
}

/// The atlas as the database holds it now (loading the embedded one into an empty
/// database first), for commands that read it: export, screen.
/// The atlas as of `revision` (through the services, which read and check it), or the
/// current one when `None` (`current_atlas`).
pub async fn atlas_at(
    config: &Config,
    revision: Option<i64>,
) -> anyhow::Result<opennrm_domain::atlas::Atlas> {
    let Some(n) = revision else {
        return current_atlas(config).await;
    };
    let services = config.services().await?;
    let view = services.atlas_at(Some(n)).await;
    services.close().await;
    match view {
        Ok(v) => Ok(v.atlas.clone()),
        Err(opennrm_service::ServiceError::NotFound(_)) => {
            anyhow::bail!("there is no revision {n}; see `opennrm history`")
        }
        Err(e) => anyhow::bail!("{e}"),
    }
}

pub async fn current_atlas(config: &Config) -> anyhow::Result<opennrm_domain::atlas::Atlas> {
    let store = config.open_store().await?;
    ensure_embedded(&store).await?;
    let atlas = store
        .load_atlas()
        .await?
        .context("the database holds no atlas")?;
    store.close().await;
    Ok(atlas)
}
