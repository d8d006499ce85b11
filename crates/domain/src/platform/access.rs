//! What a caller may do. Every service function names its `Action` and calls `require`
//! before touching anything; handlers and templates never decide access. Adding a
//! capability means adding its actions here and its rows to the access-matrix test.

use crate::atlas::CountryCode;

use super::identity::{AuthMethod, Identity, Role};

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

/// Allows or refuses `action` for `who`.
pub fn require(who: &Identity, action: &Action<'_>) -> Result<(), Denied> {
    if matches!(action, Action::ReadPublic | Action::Screen) {
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
        Action::ImportAtlas => false,
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

    #[test]
    fn anonymous_callers_are_asked_to_sign_in() {
        assert_eq!(
            require(&Identity::Anonymous, &Action::ManageOwnAccount),
            Err(Denied::Unauthenticated)
        );
    }
}
