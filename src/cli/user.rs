//! `opennrm user …` and `opennrm org enable`: organisations and users from the command
//! line — the first administrator, and scripting. The operator acts through the same
//! service functions as the web pages, and every change is audited as `cli`.

use std::io::Read;
use std::process::ExitCode;

use anyhow::Context;
use opennrm_service::accounts::{NewUser, OrganisationProfile, UserSummary};
use opennrm_service::{Identity, Role};

use super::Config;

#[derive(clap::Args, Debug)]
pub struct UserArgs {
    #[command(subcommand)]
    pub command: UserCommand,
}

#[derive(clap::Subcommand, Debug)]
pub enum UserCommand {
    /// Add a user to an enabled organisation; the password is read from standard input
    Add {
        /// User name (the person's e-mail address)
        username: String,
        /// Name shown on pages
        #[arg(long)]
        name: String,
        /// The organisation: an atlas actor id, e.g. dk-cmm (enable it first with `opennrm org enable`)
        #[arg(long)]
        org: String,
        /// Roles, comma-separated: frontline_officer, case_worker, service_provider, national_coordinator, national_rapporteur, administrator
        #[arg(long, value_delimiter = ',', required = true)]
        role: Vec<Role>,
    },
    /// Disable a user (every session ends at once)
    Disable { username: String },
    /// Enable a disabled user again
    Enable { username: String },
    /// Set a new password (read from standard input); ends the user's sessions and lifts a lockout
    ResetPassword { username: String },
    /// Lift a lockout after failed sign-ins
    Unlock { username: String },
    /// Remove a user's second factor (a lost phone); they set up a new one after signing in
    ResetSecondFactor { username: String },
    /// List users, of one country or all
    List {
        #[arg(long)]
        country: Option<String>,
    },
}

#[derive(clap::Args, Debug)]
pub struct OrgArgs {
    #[command(subcommand)]
    pub command: OrgCommand,
}

#[derive(clap::Subcommand, Debug)]
pub enum OrgCommand {
    /// Let an atlas actor use OpenNRM as an organisation (or update its profile)
    Enable {
        /// The atlas actor id, e.g. dk-cmm
        actor: String,
        #[arg(long)]
        email: Option<String>,
        #[arg(long)]
        phone: Option<String>,
        #[arg(long)]
        hours: Option<String>,
        /// The organisation receives referrals
        #[arg(long)]
        receives_referrals: bool,
    },
}

/// Reads a password from standard input (first line), bounded: never from a flag, which
/// would show in process lists and shell histories.
fn read_password() -> anyhow::Result<String> {
    let mut buf = String::new();
    std::io::stdin()
        .take(1024)
        .read_to_string(&mut buf)
        .context("cannot read the password from standard input")?;
    let line = buf.lines().next().unwrap_or_default().to_string();
    if line.is_empty() {
        anyhow::bail!(
            "give the password on standard input, e.g. `printf '%s' \"$PW\" | opennrm user add …`"
        );
    }
    Ok(line)
}

fn print_user(u: &UserSummary) {
    let roles: Vec<&str> = u.roles.iter().map(|r| r.as_str()).collect();
    let state = if u.disabled {
        "disabled"
    } else if u.locked {
        "locked"
    } else {
        "active"
    };
    println!(
        "{}  {}  {}  {}  {}  2fa={}  {}",
        u.username,
        u.country,
        u.organisation,
        roles.join(","),
        state,
        if u.second_factor { "yes" } else { "no" },
        u.display_name
    );
}

pub async fn run_user(config: &Config, args: UserArgs) -> anyhow::Result<ExitCode> {
    let services = config.services().await?;
    let who = Identity::Operator;
    let result = match args.command {
        UserCommand::Add {
            username,
            name,
            org,
            role,
        } => {
            let password = read_password()?;
            services
                .add_user(
                    &who,
                    &NewUser {
                        username,
                        display_name: name,
                        organisation: org,
                        roles: role,
                        password,
                    },
                )
                .await
                .map(|u| vec![u])
        }
        UserCommand::Disable { username } => services
            .set_user_disabled(&who, &username, true)
            .await
            .map(|u| vec![u]),
        UserCommand::Enable { username } => services
            .set_user_disabled(&who, &username, false)
            .await
            .map(|u| vec![u]),
        UserCommand::ResetPassword { username } => {
            let password = read_password()?;
            services
                .reset_password(&who, &username, &password)
                .await
                .map(|u| vec![u])
        }
        UserCommand::Unlock { username } => {
            services.unlock_user(&who, &username).await.map(|u| vec![u])
        }
        UserCommand::ResetSecondFactor { username } => services
            .reset_second_factor(&who, &username)
            .await
            .map(|u| vec![u]),
        UserCommand::List { country } => {
            let cc = match country {
                Some(c) => Some(
                    opennrm_domain::atlas::CountryCode::try_from(c)
                        .map_err(|e| anyhow::anyhow!("--country: {e}"))?,
                ),
                None => None,
            };
            services.users(&who, cc.as_ref()).await
        }
    };
    services.close().await;
    match result {
        Ok(users) => {
            users.iter().for_each(print_user);
            Ok(ExitCode::SUCCESS)
        }
        Err(e) => {
            eprintln!("{e}");
            Ok(ExitCode::FAILURE)
        }
    }
}

pub async fn run_org(config: &Config, args: OrgArgs) -> anyhow::Result<ExitCode> {
    let services = config.services().await?;
    let OrgCommand::Enable {
        actor,
        email,
        phone,
        hours,
        receives_referrals,
    } = args.command;
    let r = services
        .enable_organisation(
            &Identity::Operator,
            &actor,
            &OrganisationProfile {
                contact_email: email,
                contact_phone: phone,
                working_hours: hours,
                receives_referrals,
            },
        )
        .await;
    services.close().await;
    match r {
        Ok(o) => {
            println!("organisation {} ({}) enabled", o.actor_id, o.country_code);
            Ok(ExitCode::SUCCESS)
        }
        Err(e) => {
            eprintln!("{e}");
            Ok(ExitCode::FAILURE)
        }
    }
}
