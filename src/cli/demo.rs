//! `opennrm serve --demo`: seeds clearly fictitious users and one case into the database
//! so the referral workflow can be tried. Never on by default, refused unless the server
//! listens on a loopback address (demo accounts must never face a network), and the
//! passwords are random, printed once on standard error.

use opennrm_domain::platform::{AuthMethod, Identity, Principal, Role, UserId};
use opennrm_domain::referral::{
    AgeGroup, ExploitationType, Gender, NationalityGroup, ResidenceStatus, WorkSector,
};
use opennrm_service::Services;
use opennrm_service::accounts::{NewUser, OrganisationProfile};
use opennrm_service::referral::{NewCaseInput, NewPerson};

/// (user name, display name, organisation, roles)
const USERS: [(&str, &str, &str, Role); 3] = [
    (
        "demo-inspector",
        "Demo Inspector (fictitious)",
        "fi-labour-inspectorate",
        Role::FrontlineOfficer,
    ),
    (
        "demo-joutseno",
        "Demo Case Worker, Joutseno (fictitious)",
        "fi-joutseno",
        Role::CaseWorker,
    ),
    (
        "demo-police",
        "Demo Police Officer (fictitious)",
        "fi-police",
        Role::CaseWorker,
    ),
];

pub async fn seed(services: &Services, bind: std::net::SocketAddr) -> anyhow::Result<()> {
    if !bind.ip().is_loopback() {
        anyhow::bail!(
            "--demo seeds accounts with printed passwords; it runs only on a loopback address (e.g. --bind 127.0.0.1:8080)"
        );
    }
    let op = Identity::Operator;
    let profile = OrganisationProfile {
        contact_email: None,
        contact_phone: None,
        working_hours: None,
        receives_referrals: true,
    };
    let mut lines = Vec::new();
    let mut inspector = None;
    for (username, display, org, role) in USERS {
        services
            .enable_organisation(&op, org, &profile)
            .await
            .map_err(|e| anyhow::anyhow!("demo organisation {org}: {e}"))?;
        let password = hex::encode(rand::random::<[u8; 12]>());
        let user = NewUser {
            username: username.into(),
            display_name: display.into(),
            organisation: org.into(),
            roles: vec![role],
            password: password.clone(),
        };
        match services.add_user(&op, &user).await {
            Ok(summary) => {
                lines.push(format!("  {username} / {password}  ({display})"));
                if username == "demo-inspector" {
                    inspector = Some(summary.id);
                }
            }
            Err(opennrm_service::ServiceError::Conflict(_)) => {
                lines.push(format!("  {username}: exists already (password unchanged)"))
            }
            Err(e) => anyhow::bail!("demo user {username}: {e}"),
        }
    }
    if let Some(id) = inspector {
        let who = Identity::User(Principal {
            user_id: UserId::parse(&id).ok_or_else(|| anyhow::anyhow!("demo user id"))?,
            display_name: "Demo Inspector (fictitious)".into(),
            organisation: opennrm_domain::atlas::FactId::parse("fi-labour-inspectorate")
                .map_err(|e| anyhow::anyhow!(e))?,
            country: opennrm_domain::atlas::CountryCode::try_from("FI".to_string())
                .map_err(|e| anyhow::anyhow!("{e:?}"))?,
            roles: vec![Role::FrontlineOfficer],
            via: AuthMethod::Cli,
            second_factor: false,
            language: None,
        });
        let case = NewCaseInput {
            exploitation: ExploitationType::LabourExploitation,
            work_sector: Some(WorkSector::Forestry),
            region: Some("Demo region (fictitious)".into()),
            persons: vec![
                NewPerson {
                    residence: ResidenceStatus::IrregularMigrant,
                    age: AgeGroup::Adult,
                    count: 1,
                    gender: Gender::Male,
                    nationality_group: NationalityGroup::ThirdCountry,
                    name: Some("Demo Person A (fictitious)".into()),
                    birth_date: Some("1990-01-01".into()),
                    nationality: Some("Demo".into()),
                    contact: None,
                },
                NewPerson {
                    residence: ResidenceStatus::IrregularMigrant,
                    age: AgeGroup::Minor,
                    count: 1,
                    gender: Gender::Female,
                    nationality_group: NationalityGroup::ThirdCountry,
                    name: Some("Demo Person B (fictitious)".into()),
                    birth_date: None,
                    nationality: Some("Demo".into()),
                    contact: None,
                },
                NewPerson {
                    residence: ResidenceStatus::IrregularMigrant,
                    age: AgeGroup::Adult,
                    count: 12,
                    gender: Gender::Male,
                    nationality_group: NationalityGroup::ThirdCountry,
                    name: None,
                    birth_date: None,
                    nationality: None,
                    contact: None,
                },
            ],
            screening: None,
            inspection: None,
        };
        let reference = services
            .open_case(&who, &case)
            .await
            .map_err(|e| anyhow::anyhow!("demo case: {e}"))?;
        lines.push(format!("  demo case {reference}, opened by demo-inspector"));
    }
    eprintln!(
        "DEMO DATA (fictitious, for trying OpenNRM only):\n{}",
        lines.join("\n")
    );
    Ok(())
}
