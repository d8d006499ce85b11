//! What a caller may do. Every service function names its `Action` and calls `require`
//! before touching anything; handlers and templates never decide access. Adding a
//! capability means adding its actions here and its rows to the access-matrix test.

use crate::atlas::CountryCode;
use crate::atlas::model::ActorId;
use crate::referral::ReferralAction;

use super::identity::{AuthMethod, Identity, Principal, Role};

/// Something a caller asks to do, with the object it concerns where access depends on it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Action<'a> {
    /// Read the public atlas, the report, the screening instruments.
    ReadPublic,
    /// Screen a situation (stores nothing) or keep one screening draft per browser.
    Screen,
    /// See and change one's own account: password, second factor, API tokens, sessions.
    ManageOwnAccount,
    /// Create, disable, unlock users and change roles in a country.
    ManageUsers { country: &'a CountryCode },
    /// Enable an organisation and edit its operational profile.
    ManageOrganisations { country: &'a CountryCode },
    /// Read the audit log (events carry opaque ids, never case content).
    ReadAudit,
    /// Add a revision of the atlas from data files (`opennrm import`): the server's
    /// operator only, as the files are read from the server's own disk.
    ImportAtlas,
    /// Open a case in one's own country: frontline officers and case workers.
    OpenCase,
    /// See one's case lists and referral inbox: everyone who works on cases, and the
    /// national coordinator (the country's referrals). Which cases are listed is decided
    /// per case by `referral_view`.
    WorkOnCases,
    /// Manage the keys that seal personal data (`opennrm keys rotate`): the operator.
    ManageKeys,
    /// Destroy the personal data of closed cases past the retention period
    /// (`opennrm retention run`): the operator.
    ApplyRetention,
    /// Read the anonymised statistics (counts with small cells suppressed, never a
    /// record): everybody where the configuration makes them public, otherwise national
    /// rapporteurs and coordinators.
    ReadStatistics { public: bool },
    /// Plan a joint inspection in one's own country: the national coordinator, or an
    /// officer of a labour inspectorate (the report's joint inspections start there or
    /// with "the authority which initially identifies a suspicious case").
    PlanInspection { labour_inspectorate: bool },
    /// Run survey waves in a country — start one, invite, follow the responses, review
    /// them: the country's national coordinator, who keeps the map current.
    RunSurvey { country: &'a CountryCode },
}

/// Why an action was refused; the web answers 401 or 403 from this.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum Denied {
    #[error("sign in first")]
    Unauthenticated,
    #[error("your account may not do this")]
    Forbidden,
    /// The user's role needs a second factor that the account has not enrolled yet.
    #[error("set up a second factor (authenticator app) before using this role")]
    SecondFactorRequired,
}

/// How a caller relates to one case, and so what of it they may see (need to know).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CaseView {
    /// The identifying organisation (and the operator's CLI, for a data-subject access
    /// request): the whole case, personal data included.
    Owner,
    /// An organisation the case was referred to: the situation, and of the persons
    /// referred to it only the fields its actions need.
    Receiver(Vec<ReferralAction>),
    /// The national coordinator: every case and referral of the country, no personal data.
    Oversight,
}

/// What access to one case depends on.
#[derive(Debug, Clone)]
pub struct CaseAccess {
    pub country: CountryCode,
    pub owner: ActorId,
    /// Every organisation the case was referred to, with the action asked of it.
    pub receivers: Vec<(ActorId, ReferralAction)>,
}

/// What `who` may see of a case. Nobody sees another country's cases; a rapporteur sees
/// counts only and an administrator no case content, so both are refused here.
pub fn case_view(who: &Identity, case: &CaseAccess) -> Result<CaseView, Denied> {
    let p = match who {
        Identity::Operator => return Ok(CaseView::Owner),
        Identity::Anonymous => return Err(Denied::Unauthenticated),
        Identity::User(p) => p,
    };
    if p.lacks_required_second_factor() {
        return Err(Denied::SecondFactorRequired);
    }
    if p.country != case.country {
        return Err(Denied::Forbidden);
    }
    let works = works_on_cases(p);
    if works && p.organisation == case.owner {
        return Ok(CaseView::Owner);
    }
    let actions: Vec<ReferralAction> = case
        .receivers
        .iter()
        .filter(|(org, _)| *org == p.organisation)
        .map(|(_, a)| *a)
        .collect();
    if !actions.is_empty() && (works || p.has(Role::ServiceProvider)) {
        return Ok(CaseView::Receiver(actions));
    }
    if p.has(Role::NationalCoordinator) {
        return Ok(CaseView::Oversight);
    }
    Err(Denied::Forbidden)
}

/// How a caller relates to one joint inspection.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum InspectionView {
    /// An officer of a participating agency: the plan, every agency's findings, the
    /// cases it opened from the inspection; may record findings and open cases.
    Participant,
    /// The national coordinator or the planning organisation when it does not take
    /// part: the plan and the counts of findings, no finding's text.
    Oversight,
}

/// What access to one inspection depends on.
#[derive(Debug, Clone)]
pub struct InspectionAccess {
    pub country: CountryCode,
    pub planned_by: ActorId,
    pub participants: Vec<ActorId>,
}

/// What `who` may see of an inspection; nobody outside its country and agencies sees it.
pub fn inspection_view(who: &Identity, i: &InspectionAccess) -> Result<InspectionView, Denied> {
    let p = match who {
        Identity::Operator => return Ok(InspectionView::Oversight),
        Identity::Anonymous => return Err(Denied::Unauthenticated),
        Identity::User(p) => p,
    };
    if p.lacks_required_second_factor() {
        return Err(Denied::SecondFactorRequired);
    }
    if p.country != i.country {
        return Err(Denied::Forbidden);
    }
    if works_on_cases(p) && i.participants.contains(&p.organisation) {
        return Ok(InspectionView::Participant);
    }
    if may_close_inspection(p, i) {
        return Ok(InspectionView::Oversight);
    }
    Err(Denied::Forbidden)
}

/// An officer or case worker: the roles that act for an agency on cases and inspections.
fn works_on_cases(p: &Principal) -> bool {
    p.has(Role::FrontlineOfficer) || p.has(Role::CaseWorker)
}

/// Whether `p`'s roles can let it into any inspection (the list is then narrowed to the
/// inspections its organisation plans or takes part in, all of them for a coordinator).
pub fn may_see_inspections(p: &Principal) -> bool {
    works_on_cases(p) || p.has(Role::NationalCoordinator)
}

/// Whether `p` may close the inspection (once held): the coordinator or the planner.
pub fn may_close_inspection(p: &Principal, i: &InspectionAccess) -> bool {
    p.country == i.country
        && (p.has(Role::NationalCoordinator)
            || (works_on_cases(p) && p.organisation == i.planned_by))
}

/// Allows or refuses `action` for `who`.
pub fn require(who: &Identity, action: &Action<'_>) -> Result<(), Denied> {
    if matches!(
        action,
        Action::ReadPublic | Action::Screen | Action::ReadStatistics { public: true }
    ) {
        return Ok(());
    }
    let p = match who {
        Identity::Operator => return Ok(()),
        Identity::Anonymous => return Err(Denied::Unauthenticated),
        Identity::User(p) => p,
    };
    if matches!(action, Action::ManageOwnAccount) {
        // A script's token must not be able to mint tokens or change the password.
        return if p.via == AuthMethod::ApiToken {
            Err(Denied::Forbidden)
        } else {
            Ok(())
        };
    }
    if p.lacks_required_second_factor() {
        return Err(Denied::SecondFactorRequired);
    }
    let allowed = match action {
        Action::ManageUsers { country } | Action::ManageOrganisations { country } => {
            p.has(Role::Administrator) && p.country == **country
        }
        Action::ReadAudit => p.has(Role::Administrator),
        Action::ImportAtlas | Action::ManageKeys | Action::ApplyRetention => false,
        Action::OpenCase => works_on_cases(p),
        Action::WorkOnCases => [
            Role::FrontlineOfficer,
            Role::CaseWorker,
            Role::ServiceProvider,
            Role::NationalCoordinator,
        ]
        .iter()
        .any(|r| p.has(*r)),
        Action::ReadStatistics { .. } => {
            p.has(Role::NationalRapporteur) || p.has(Role::NationalCoordinator)
        }
        Action::PlanInspection {
            labour_inspectorate,
        } => p.has(Role::NationalCoordinator) || (*labour_inspectorate && works_on_cases(p)),
        Action::RunSurvey { country } => p.has(Role::NationalCoordinator) && p.country == **country,
        Action::ReadPublic | Action::Screen | Action::ManageOwnAccount => true,
    };
    if allowed {
        Ok(())
    } else {
        Err(Denied::Forbidden)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::platform::identity::{Principal, UserId};

    fn user(roles: &[Role], country: &str, second_factor: bool, via: AuthMethod) -> Identity {
        Identity::User(Principal {
            user_id: UserId::parse("0123456789abcdef0123456789abcdef").expect("id"),
            display_name: "Test".into(),
            organisation: crate::atlas::FactId::parse("dk-cmm").expect("actor"),
            country: CountryCode::try_from(country.to_string()).expect("cc"),
            roles: roles.to_vec(),
            via,
            second_factor,
            language: None,
        })
    }

    fn dk() -> CountryCode {
        CountryCode::try_from("DK".to_string()).expect("cc")
    }

    #[test]
    fn the_public_atlas_and_screening_are_open_to_everybody() {
        for a in [Action::ReadPublic, Action::Screen] {
            assert_eq!(require(&Identity::Anonymous, &a), Ok(()));
        }
    }

    #[test]
    fn an_administrator_manages_users_of_their_own_country_only() {
        let admin = user(&[Role::Administrator], "DK", true, AuthMethod::Session);
        let se = CountryCode::try_from("SE".to_string()).expect("cc");
        assert_eq!(
            require(&admin, &Action::ManageUsers { country: &dk() }),
            Ok(())
        );
        assert_eq!(
            require(&admin, &Action::ManageUsers { country: &se }),
            Err(Denied::Forbidden)
        );
    }

    #[test]
    fn an_administrator_without_a_second_factor_can_only_enrol_one() {
        let admin = user(&[Role::Administrator], "DK", false, AuthMethod::Session);
        assert_eq!(require(&admin, &Action::ManageOwnAccount), Ok(()));
        assert_eq!(
            require(&admin, &Action::ReadAudit),
            Err(Denied::SecondFactorRequired)
        );
    }

    #[test]
    fn other_roles_cannot_manage_users_or_read_the_audit_log() {
        for role in Role::all().filter(|r| *r != Role::Administrator) {
            let who = user(&[role], "DK", true, AuthMethod::Session);
            assert_eq!(
                require(&who, &Action::ManageUsers { country: &dk() }),
                Err(Denied::Forbidden),
                "{role}"
            );
            assert_eq!(require(&who, &Action::ReadAudit), Err(Denied::Forbidden));
        }
    }

    #[test]
    fn an_api_token_cannot_manage_its_own_account() {
        let who = user(&[Role::FrontlineOfficer], "DK", false, AuthMethod::ApiToken);
        assert_eq!(
            require(&who, &Action::ManageOwnAccount),
            Err(Denied::Forbidden)
        );
    }

    fn case(owner: &str, receivers: &[(&str, ReferralAction)]) -> CaseAccess {
        CaseAccess {
            country: dk(),
            owner: crate::atlas::FactId::parse(owner).expect("id"),
            receivers: receivers
                .iter()
                .map(|(o, a)| (crate::atlas::FactId::parse(o).expect("id"), *a))
                .collect(),
        }
    }

    fn at(org: &str, roles: &[Role], country: &str) -> Identity {
        let Identity::User(mut p) = user(roles, country, true, AuthMethod::Session) else {
            unreachable!("user() builds a user")
        };
        p.organisation = crate::atlas::FactId::parse(org).expect("id");
        Identity::User(p)
    }

    #[test]
    fn a_case_is_seen_whole_by_its_owner_in_part_by_receivers_and_by_nobody_else() {
        let c = case(
            "dk-skat",
            &[("dk-cmm", ReferralAction::DetermineVictimStatus)],
        );
        assert_eq!(
            case_view(&at("dk-skat", &[Role::FrontlineOfficer], "DK"), &c),
            Ok(CaseView::Owner)
        );
        assert_eq!(
            case_view(&at("dk-cmm", &[Role::CaseWorker], "DK"), &c),
            Ok(CaseView::Receiver(vec![
                ReferralAction::DetermineVictimStatus
            ]))
        );
        assert_eq!(
            case_view(&at("dk-cmm", &[Role::NationalCoordinator], "DK"), &c),
            Ok(CaseView::Oversight)
        );
        for roles in [
            &[Role::NationalRapporteur][..],
            &[Role::Administrator],
            &[Role::CaseWorker],
        ] {
            assert_eq!(
                case_view(&at("dk-dis", roles, "DK"), &c),
                Err(Denied::Forbidden),
                "{roles:?}"
            );
        }
        // Another country's coordinator, even of an organisation with the same id.
        assert_eq!(
            case_view(&at("dk-skat", &[Role::NationalCoordinator], "SE"), &c),
            Err(Denied::Forbidden)
        );
        assert_eq!(
            case_view(&Identity::Anonymous, &c),
            Err(Denied::Unauthenticated)
        );
    }

    #[test]
    fn an_inspection_is_seen_by_its_agencies_and_the_coordinator_only() {
        let id = |s: &str| crate::atlas::FactId::parse(s).expect("id");
        let i = InspectionAccess {
            country: dk(),
            planned_by: id("dk-cmm"),
            participants: vec![id("dk-wea"), id("dk-skat")],
        };
        let view = |org: &str, roles: &[Role], cc: &str| inspection_view(&at(org, roles, cc), &i);
        assert_eq!(
            view("dk-wea", &[Role::FrontlineOfficer], "DK"),
            Ok(InspectionView::Participant)
        );
        assert_eq!(
            view("dk-cmm", &[Role::NationalCoordinator], "DK"),
            Ok(InspectionView::Oversight)
        );
        assert_eq!(
            view("dk-cmm", &[Role::CaseWorker], "DK"),
            Ok(InspectionView::Oversight)
        );
        for (org, roles, cc) in [
            ("dk-dis", &[Role::FrontlineOfficer][..], "DK"),
            ("dk-wea", &[Role::ServiceProvider], "DK"),
            ("dk-wea", &[Role::NationalRapporteur], "DK"),
            ("dk-wea", &[Role::FrontlineOfficer], "SE"),
        ] {
            assert_eq!(
                view(org, roles, cc),
                Err(Denied::Forbidden),
                "{org} {roles:?} {cc}"
            );
        }
        let plan = |roles: &[Role], li: bool| {
            require(
                &at("dk-wea", roles, "DK"),
                &Action::PlanInspection {
                    labour_inspectorate: li,
                },
            )
        };
        assert_eq!(plan(&[Role::FrontlineOfficer], true), Ok(()));
        assert_eq!(
            plan(&[Role::FrontlineOfficer], false),
            Err(Denied::Forbidden)
        );
        assert_eq!(plan(&[Role::NationalCoordinator], false), Ok(()));
        assert_eq!(plan(&[Role::ServiceProvider], true), Err(Denied::Forbidden));
    }

    #[test]
    fn only_the_countrys_coordinator_runs_its_survey() {
        let dk = CountryCode::try_from("DK".to_string()).expect("code");
        let run = |roles: &[Role], cc: &str| {
            require(
                &at("dk-cmm", roles, cc),
                &Action::RunSurvey { country: &dk },
            )
        };
        assert_eq!(run(&[Role::NationalCoordinator], "DK"), Ok(()));
        assert_eq!(
            run(&[Role::NationalCoordinator], "SE"),
            Err(Denied::Forbidden)
        );
        for roles in [
            &[Role::Administrator][..],
            &[Role::NationalRapporteur],
            &[Role::CaseWorker],
            &[Role::FrontlineOfficer],
        ] {
            assert_eq!(run(roles, "DK"), Err(Denied::Forbidden), "{roles:?}");
        }
        assert_eq!(
            require(&Identity::Anonymous, &Action::RunSurvey { country: &dk }),
            Err(Denied::Unauthenticated)
        );
    }

    #[test]
    fn anonymous_callers_are_asked_to_sign_in() {
        assert_eq!(
            require(&Identity::Anonymous, &Action::ManageOwnAccount),
            Err(Denied::Unauthenticated)
        );
    }
}
