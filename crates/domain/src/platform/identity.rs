//! Who is asking: an anonymous visitor (the public atlas and the public screening form)
//! or a signed-in user of one organisation (an atlas actor) in one country, with roles
//! from DESIGN.md "Who uses it".

use crate::atlas::{ActorId, CountryCode};

crate::atlas::vocabulary::vocabulary!(
    /// What a user does in the referral mechanism; a user may hold several.
    Role {
        /// Labour or tax inspector, police, union representative, NGO outreach worker:
        /// screens situations, opens cases, refers them.
        FrontlineOfficer,
        /// Works at a competent authority: accepts or declines referrals, decides status.
        CaseWorker,
        /// Shelter, legal aid, IOM: delivers the assistance tasks given to it.
        ServiceProvider,
        /// Manages the country's atlas, pathways and surveys; oversees its referrals.
        NationalCoordinator,
        /// Monitors: anonymised statistics only.
        NationalRapporteur,
        /// Organisations, users, keys and retention; never case content.
        Administrator,
    }
);

impl Role {
    /// Roles whose accounts must have a second factor (TOTP) before they can act:
    /// they can see a whole country's referrals or change who may see anything.
    pub fn requires_second_factor(self) -> bool {
        matches!(self, Role::NationalCoordinator | Role::Administrator)
    }
}

/// A user's opaque, server-issued id (random; never a name or an e-mail address, so it
/// can appear in audit rows and URLs without revealing who it is).
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize)]
pub struct UserId(String);

impl UserId {
    /// Accepts the shape the server issues: 32 lower-case hex digits.
    pub fn parse(s: &str) -> Option<UserId> {
        (s.len() == 32
            && s.bytes()
                .all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(&b)))
        .then(|| UserId(s.to_string()))
    }
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl std::fmt::Display for UserId {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

/// How a signed-in caller proved who they are; API tokens cannot manage the account
/// that issued them (a leaked script token must not be able to mint more tokens).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AuthMethod {
    Session,
    ApiToken,
    /// The command line on the server itself (whoever can run it can read the database).
    Cli,
}

/// A signed-in user as the access rules see them.
#[derive(Debug, Clone)]
pub struct Principal {
    pub user_id: UserId,
    pub display_name: String,
    pub organisation: ActorId,
    pub country: CountryCode,
    pub roles: Vec<Role>,
    pub via: AuthMethod,
    /// The account has a second factor enrolled (and used it to sign in).
    pub second_factor: bool,
    /// The UI language the user chose last (a tag the UI offers), if any.
    pub language: Option<String>,
}

impl Principal {
    pub fn has(&self, role: Role) -> bool {
        self.roles.contains(&role)
    }

    /// A role of this user demands a second factor that the account does not have yet:
    /// until it is enrolled, the user may only manage their own account.
    pub fn lacks_required_second_factor(&self) -> bool {
        !self.second_factor && self.roles.iter().any(|r| r.requires_second_factor())
    }
}

/// The caller of every service function.
#[derive(Debug, Clone)]
pub enum Identity {
    Anonymous,
    User(Principal),
    /// The server's own command line, acting as the operator (e.g. creating the first
    /// administrator); audited as `cli`.
    Operator,
}

impl Identity {
    pub fn principal(&self) -> Option<&Principal> {
        match self {
            Identity::User(p) => Some(p),
            _ => None,
        }
    }

    /// The value audit rows record for the actor: never a name, only an opaque id.
    pub fn audit_label(&self) -> String {
        match self {
            Identity::Anonymous => "anonymous".into(),
            Identity::User(p) => format!("user:{}", p.user_id),
            Identity::Operator => "cli".into(),
        }
    }
}
