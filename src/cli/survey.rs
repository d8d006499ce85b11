//! `opennrm survey`: the survey's tracking from the command line (issue 11).

use std::process::ExitCode;

use opennrm_service::Identity;

use super::config::Config;

#[derive(clap::Args, Debug)]
pub struct SurveyArgs {
    #[command(subcommand)]
    pub command: SurveyCommand,
}

#[derive(clap::Subcommand, Debug)]
pub enum SurveyCommand {
    /// One line per survey wave (the 2012 study is wave 0): invited, completed, short forms, declined, no reply, the response rate and the snowball depth, with the figures the report states.
    Waves {
        /// Only this country (ISO code, e.g. DK)
        #[arg(long)]
        country: Option<String>,
    },
}

pub async fn run(config: &Config, args: SurveyArgs) -> anyhow::Result<ExitCode> {
    let SurveyCommand::Waves { country } = args.command;
    let services = config.services().await?;
    let waves = services
        .survey_waves(&Identity::Operator, country.as_deref().map(str::trim))
        .await;
    services.close().await;
    let waves = match waves {
        Ok(w) => w,
        Err(opennrm_service::ServiceError::NotFound(_)) => {
            eprintln!(
                "error: no country {} in the atlas",
                country
                    .as_deref()
                    .unwrap_or_default()
                    .chars()
                    .take(8)
                    .collect::<String>()
            );
            return Ok(ExitCode::FAILURE);
        }
        Err(e) => anyhow::bail!("{e}"),
    };
    for w in waves {
        let t = &w.figures.total;
        let rate = t
            .response_rate()
            .map_or("-".to_string(), |r| format!("{r:.0}%"));
        let stated: Vec<String> = w
            .stated
            .iter()
            .map(|s| match (s.invited, s.completed) {
                (Some(i), Some(c)) => format!("{i} invited, {c} completed"),
                (None, Some(c)) => format!("{c} completed"),
                (Some(i), None) => format!("{i} invited"),
                (None, None) => "no figure".to_string(),
            })
            .collect();
        println!(
            "{} wave {} ({}, {}): invited {}, completed {} (short form {}), declined {}, no reply {}, response {rate}, snowball depth {}; report states: {}",
            w.country,
            w.number,
            w.label,
            w.questionnaire,
            t.invited,
            t.completed,
            t.short_form,
            t.declined,
            t.no_reply,
            w.figures.snowball_depth,
            if stated.is_empty() {
                "nothing".to_string()
            } else {
                stated.join("; ")
            },
        );
    }
    Ok(ExitCode::SUCCESS)
}
