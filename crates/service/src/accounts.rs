//! Organisations and users, for administrators (pages) and the operator (CLI).
//! An organisation is an atlas actor, so referrals later point at the report's own
//! bodies; its operational profile is kept apart from the report's facts.

use opennrm_domain::atlas::{ActorId, CountryCode};
use opennrm_domain::platform::{Role, UserId, require};
use opennrm_store::{OrganisationRecord, UserRecord};

use crate::{Action, Identity, ServiceError, Services, crypto};

/// What an organisation adds to its atlas entry.
#[derive(Debug, Clone, Default)]
pub struct OrganisationProfile {
    pub contact_email: Option<String>,
    pub contact_phone: Option<String>,
    pub working_hours: Option<String>,
    pub receives_referrals: bool,
}

#[derive(Debug, Clone)]
pub struct NewUser {
    pub username: String,
    pub display_name: String,
    pub organisation: String,
    pub roles: Vec<Role>,
    pub password: String,
}

/// A user as administrators see them: no secrets, no hashes.
#[derive(Debug, Clone, serde::Serialize)]
pub struct UserSummary {
    pub id: String,
    pub username: String,
    pub display_name: String,
    pub organisation: String,
    pub organisation_name: String,
    pub country: String,
    pub roles: Vec<Role>,
    pub second_factor: bool,
    pub disabled: bool,
    pub locked: bool,
    pub created_at: String,
}

/// Longest values accepted; longer input is refused, never truncated silently.
const MAX_USERNAME: usize = 254;
const MAX_NAME: usize = 100;
const MAX_PROFILE_FIELD: usize = 200;
/// ASVS 2.1.1/2.1.2: at least 12 characters, and long passphrases allowed.
pub const MIN_PASSWORD: usize = 12;
pub const MAX_PASSWORD: usize = 128;

pub(crate) fn parse_roles(s: &str) -> Vec<Role> {
    s.split(',')
        .filter_map(|r| r.trim().parse::<Role>().ok())
        .collect()
}

fn roles_text(roles: &[Role]) -> String {
    roles
        .iter()
        .map(|r| r.as_str())
        .collect::<Vec<_>>()
        .join(",")
}

fn clean_username(s: &str) -> Result<String, ServiceError> {
    let u = s.trim().to_lowercase();
    if u.len() < 3 || u.len() > MAX_USERNAME {
        return Err(ServiceError::invalid(
            "username",
            format!("must be 3 to {MAX_USERNAME} characters"),
        ));
    }
    if u.chars().any(|c| c.is_whitespace() || c.is_control()) {
        return Err(ServiceError::invalid(
            "username",
            "must not contain spaces or control characters",
        ));
    }
    Ok(u)
}

fn clean_text(field: &'static str, s: &str, max: usize) -> Result<String, ServiceError> {
    let t = s.trim();
    if t.is_empty() || t.chars().count() > max || t.chars().any(char::is_control) {
        return Err(ServiceError::invalid(
            field,
            format!("must be 1 to {max} characters without control characters"),
        ));
    }
    Ok(t.to_string())
}

fn clean_optional(field: &'static str, s: Option<&str>) -> Result<Option<String>, ServiceError> {
    match s.map(str::trim).filter(|v| !v.is_empty()) {
        None => Ok(None),
        Some(v) => clean_text(field, v, MAX_PROFILE_FIELD).map(Some),
    }
}

pub(crate) fn check_password(p: &str) -> Result<(), ServiceError> {
    let n = p.chars().count();
    if !(MIN_PASSWORD..=MAX_PASSWORD).contains(&n) {
        return Err(ServiceError::invalid(
            "password",
            format!("must be {MIN_PASSWORD} to {MAX_PASSWORD} characters long"),
        ));
    }
    Ok(())
}

impl Services {
    /// Remembers the UI language a signed-in user chose (`language` is a tag the UI
    /// offers: the web layer only passes negotiated ones). Anyone else: nothing to keep.
    pub async fn remember_language(
        &self,
        who: &Identity,
        language: &str,
    ) -> Result<(), ServiceError> {
        if let Identity::User(p) = who
            && p.language.as_deref() != Some(language)
        {
            self.store()
                .set_user_language(p.user_id.as_str(), language)
                .await?;
        }
        Ok(())
    }

    /// The atlas actor `id` and its country, or an error naming the field.
    fn atlas_actor(&self, id: &str) -> Result<(ActorId, CountryCode, String), ServiceError> {
        let view = self.atlas();
        let (c, a) = view
            .atlas
            .actor(id.trim())
            .ok_or_else(|| ServiceError::invalid("organisation", "is not an actor of the atlas"))?;
        Ok((a.id.clone(), c.country.code.clone(), a.name.clone()))
    }

    pub(crate) fn summary_for(&self, u: &UserRecord) -> UserSummary {
        let organisation_name = self
            .atlas()
            .atlas
            .actor(&u.organisation_id)
            .map_or_else(|| u.organisation_id.clone(), |(_, a)| a.name.clone());
        UserSummary {
            id: u.id.clone(),
            username: u.username.clone(),
            display_name: u.display_name.clone(),
            organisation: u.organisation_id.clone(),
            organisation_name,
            country: u.country_code.clone(),
            roles: parse_roles(&u.roles),
            second_factor: u.totp_secret.is_some(),
            disabled: u.disabled,
            locked: crate::auth::is_locked(u),
            created_at: u.created_at.clone(),
        }
    }

    /// Enables an atlas actor as an organisation using OpenNRM (or updates its profile).
    pub async fn enable_organisation(
        &self,
        who: &Identity,
        actor_id: &str,
        profile: &OrganisationProfile,
    ) -> Result<OrganisationRecord, ServiceError> {
        let (id, country, _) = self.atlas_actor(actor_id)?;
        require(who, &Action::ManageOrganisations { country: &country })?;
        let now = opennrm_store::now();
        let existing = self.store().organisation(id.as_str()).await?;
        let rec = OrganisationRecord {
            actor_id: id.to_string(),
            country_code: country.to_string(),
            contact_email: clean_optional("contact_email", profile.contact_email.as_deref())?,
            contact_phone: clean_optional("contact_phone", profile.contact_phone.as_deref())?,
            working_hours: clean_optional("working_hours", profile.working_hours.as_deref())?,
            receives_referrals: profile.receives_referrals,
            enabled_at: existing.map_or_else(|| now.clone(), |e| e.enabled_at),
            updated_at: now,
        };
        let actor = who.audit_label();
        let object = format!("organisation:{}", rec.actor_id);
        self.store()
            .upsert_organisation(
                &rec,
                &self.audited(
                    &actor,
                    "organisation.enabled",
                    Some(&object),
                    "ok",
                    None,
                    serde_json::json!({}),
                ),
            )
            .await?;
        Ok(rec)
    }

    /// Adds a user to an enabled organisation.
    pub async fn add_user(
        &self,
        who: &Identity,
        new: &NewUser,
    ) -> Result<UserSummary, ServiceError> {
        let (org, country, _) = self.atlas_actor(&new.organisation)?;
        require(who, &Action::ManageUsers { country: &country })?;
        if self.store().organisation(org.as_str()).await?.is_none() {
            return Err(ServiceError::invalid(
                "organisation",
                "is not enabled yet (`opennrm org enable`)",
            ));
        }
        if new.roles.is_empty() {
            return Err(ServiceError::invalid(
                "roles",
                "give the user at least one role",
            ));
        }
        check_password(&new.password)?;
        let now = opennrm_store::now();
        let rec = UserRecord {
            id: crypto::random_hex(16),
            username: clean_username(&new.username)?,
            display_name: clean_text("display_name", &new.display_name, MAX_NAME)?,
            organisation_id: org.to_string(),
            country_code: country.to_string(),
            roles: roles_text(&new.roles),
            password_hash: crypto::hash_password_off_runtime(&new.password)
                .await
                .map_err(ServiceError::Internal)?,
            totp_secret: None,
            totp_pending: None,
            totp_last_step: None,
            disabled: false,
            failed_sign_ins: 0,
            locked_until: None,
            created_at: now.clone(),
            password_changed_at: now,
            language: None,
        };
        let actor = who.audit_label();
        let object = format!("user:{}", rec.id);
        self.store()
            .insert_user(
                &rec,
                &self.audited(
                    &actor,
                    "user.created",
                    Some(&object),
                    "ok",
                    None,
                    serde_json::json!({ "roles": rec.roles, "organisation": rec.organisation_id }),
                ),
            )
            .await?;
        Ok(self.summary_for(&rec))
    }

    /// Users of `country` (an administrator: their own country; the operator: any or all).
    pub async fn users(
        &self,
        who: &Identity,
        country: Option<&CountryCode>,
    ) -> Result<Vec<UserSummary>, ServiceError> {
        if matches!(who, Identity::Anonymous) {
            return Err(ServiceError::Denied(
                opennrm_domain::platform::Denied::Unauthenticated,
            ));
        }
        let country = match (who, country) {
            (Identity::User(p), None) => Some(p.country.clone()),
            (_, c) => c.cloned(),
        };
        match &country {
            Some(c) => require(who, &Action::ManageUsers { country: c })?,
            None if matches!(who, Identity::Operator) => {}
            None => {
                return Err(ServiceError::Denied(
                    opennrm_domain::platform::Denied::Forbidden,
                ));
            }
        }
        let rows = self
            .store()
            .users(country.as_ref().map(CountryCode::as_str))
            .await?;
        Ok(rows.iter().map(|u| self.summary_for(u)).collect())
    }

    /// The user `username` after checking that `who` may manage users of its country.
    async fn managed_user(
        &self,
        who: &Identity,
        username: &str,
    ) -> Result<UserRecord, ServiceError> {
        let u = self
            .store()
            .user_by_username(&username.trim().to_lowercase())
            .await?
            .ok_or(ServiceError::NotFound("user"))?;
        let country = CountryCode::try_from(u.country_code.clone())
            .map_err(|e| ServiceError::Internal(format!("stored country code: {e}")))?;
        require(who, &Action::ManageUsers { country: &country })?;
        Ok(u)
    }

    async fn save_user(
        &self,
        who: &Identity,
        u: &UserRecord,
        action: &str,
        detail: serde_json::Value,
    ) -> Result<(), ServiceError> {
        let actor = who.audit_label();
        let object = format!("user:{}", u.id);
        self.store()
            .update_user(
                u,
                Some(&self.audited(&actor, action, Some(&object), "ok", None, detail)),
            )
            .await?;
        Ok(())
    }

    /// Disables (or re-enables) a user; disabling ends every session at once.
    pub async fn set_user_disabled(
        &self,
        who: &Identity,
        username: &str,
        disabled: bool,
    ) -> Result<UserSummary, ServiceError> {
        let mut u = self.managed_user(who, username).await?;
        u.disabled = disabled;
        let action = if disabled {
            "user.disabled"
        } else {
            "user.enabled"
        };
        self.save_user(who, &u, action, serde_json::json!({}))
            .await?;
        if disabled {
            self.end_sessions(who, &u.id, "user.sessions_ended").await?;
        }
        Ok(self.summary_for(&u))
    }

    /// Sets a new password chosen by the administrator or operator; ends the user's
    /// sessions and lifts a lockout.
    pub async fn reset_password(
        &self,
        who: &Identity,
        username: &str,
        password: &str,
    ) -> Result<UserSummary, ServiceError> {
        check_password(password)?;
        let mut u = self.managed_user(who, username).await?;
        u.password_hash = crypto::hash_password_off_runtime(password)
            .await
            .map_err(ServiceError::Internal)?;
        u.password_changed_at = opennrm_store::now();
        u.failed_sign_ins = 0;
        u.locked_until = None;
        self.save_user(who, &u, "user.password_reset", serde_json::json!({}))
            .await?;
        self.end_sessions(who, &u.id, "user.sessions_ended").await?;
        Ok(self.summary_for(&u))
    }

    /// Lifts a lockout after failed sign-ins.
    pub async fn unlock_user(
        &self,
        who: &Identity,
        username: &str,
    ) -> Result<UserSummary, ServiceError> {
        let mut u = self.managed_user(who, username).await?;
        u.failed_sign_ins = 0;
        u.locked_until = None;
        self.save_user(who, &u, "user.unlocked", serde_json::json!({}))
            .await?;
        Ok(self.summary_for(&u))
    }

    /// Replaces a user's roles (audited with the old and new roles).
    pub async fn set_roles(
        &self,
        who: &Identity,
        username: &str,
        roles: &[Role],
    ) -> Result<UserSummary, ServiceError> {
        if roles.is_empty() {
            return Err(ServiceError::invalid(
                "roles",
                "give the user at least one role",
            ));
        }
        let mut u = self.managed_user(who, username).await?;
        let before = u.roles.clone();
        u.roles = roles_text(roles);
        self.save_user(
            who,
            &u,
            "user.roles_changed",
            serde_json::json!({ "from": before, "to": u.roles }),
        )
        .await?;
        Ok(self.summary_for(&u))
    }

    /// Removes a second factor (a lost phone); the user enrols a new one at next sign-in.
    pub async fn reset_second_factor(
        &self,
        who: &Identity,
        username: &str,
    ) -> Result<UserSummary, ServiceError> {
        let mut u = self.managed_user(who, username).await?;
        u.totp_secret = None;
        u.totp_pending = None;
        self.save_user(who, &u, "user.second_factor_reset", serde_json::json!({}))
            .await?;
        self.end_sessions(who, &u.id, "user.sessions_ended").await?;
        Ok(self.summary_for(&u))
    }

    pub(crate) async fn end_sessions(
        &self,
        who: &Identity,
        user_id: &str,
        action: &str,
    ) -> Result<u64, ServiceError> {
        let actor = who.audit_label();
        let object = format!("user:{user_id}");
        Ok(self
            .store()
            .sessions_delete_for_user(
                user_id,
                &self.audited(
                    &actor,
                    action,
                    Some(&object),
                    "ok",
                    None,
                    serde_json::json!({}),
                ),
            )
            .await?)
    }

    /// Whether any user exists (the first administrator is made with the CLI).
    pub async fn has_users(&self) -> Result<bool, ServiceError> {
        Ok(self.store().count_users().await? > 0)
    }

    pub(crate) fn user_id(id: &str) -> Result<UserId, ServiceError> {
        UserId::parse(id).ok_or_else(|| ServiceError::Internal("malformed stored user id".into()))
    }
}
