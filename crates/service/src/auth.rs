//! Signing in and staying signed in: password (Argon2id) then, where enrolled, a TOTP
//! code; throttling per address and lockout per account (both in the database, so every
//! node counts the same attempts); what a session holds and how it becomes an
//! `Identity` on each request (re-read from the database, so disabling a user or
//! changing a password takes effect at once); API tokens for scripts.
//!
//! Answers never tell which part was wrong (unknown name, wrong password, locked,
//! disabled): an attacker learns nothing about which accounts exist.

use opennrm_domain::atlas::{CountryCode, FactId};
use opennrm_domain::platform::{AuthMethod, Principal, require};
use opennrm_store::UserRecord;
use serde::{Deserialize, Serialize};
use totp_rs::Totp;

use crate::accounts::{MAX_PASSWORD, check_password, parse_roles};
use crate::{Action, Identity, ServiceError, Services, crypto};

/// What a signed-in session keeps (server-side; the browser holds only the session id).
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq)]
pub struct SessionAuth {
    pub user_id: String,
    /// RFC 3339 UTC; the absolute timeout counts from here.
    pub signed_in_at: String,
    /// A second factor was proved in this session.
    pub second_factor: bool,
}

/// A password that was right, waiting for the TOTP code.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq)]
pub struct PendingSecondFactor {
    pub user_id: String,
    pub at: String,
}

pub enum SignInStep {
    SignedIn(SessionAuth),
    SecondFactor(PendingSecondFactor),
}

/// Shown once when a user starts enrolling an authenticator app.
pub struct TotpEnrolment {
    pub secret_base32: String,
    pub otpauth_url: String,
    /// The same URL as a QR code (SVG, no script), for the phone's camera.
    pub qr_svg: String,
}

#[derive(Debug, Clone, Serialize)]
pub struct ApiTokenSummary {
    pub id: String,
    pub name: String,
    pub created_at: String,
    pub last_used_at: Option<String>,
    pub revoked: bool,
}

/// The account page of the signed-in user.
pub struct AccountView {
    pub user: crate::accounts::UserSummary,
    pub tokens: Vec<ApiTokenSummary>,
    pub sessions: i64,
}

const TOKEN_PREFIX: &str = "onrm_";
/// A pending second factor must be completed within this many seconds.
const PENDING_SECONDS: i64 = 300;
const MAX_TOKEN_NAME: usize = 80;
const MAX_TOKENS_PER_USER: usize = 20;

fn generic_failure() -> ServiceError {
    ServiceError::invalid(
        "credentials",
        "the user name or password is wrong, or the account is locked or disabled",
    )
}

fn totp_for(secret: Vec<u8>, account: &str) -> Result<Totp, ServiceError> {
    totp_rs::Builder::new()
        .with_secret(secret)
        .with_issuer(Some("OpenNRM"))
        .with_account_name(account.replace(':', "_"))
        .build()
        .map_err(|e| ServiceError::Internal(format!("totp: {e:?}")))
}

/// What the account page shows to set up an authenticator: the key, and the otpauth URL
/// as text and as a QR code.
fn enrolment_of(totp: &Totp) -> Result<TotpEnrolment, ServiceError> {
    let url = totp
        .to_url()
        .map_err(|e| ServiceError::Internal(format!("totp url: {e:?}")))?;
    let qr_svg = qrcode::QrCode::new(url.as_bytes())
        .map(|q| {
            q.render::<qrcode::render::svg::Color<'_>>()
                .min_dimensions(200, 200)
                .build()
        })
        .map_err(|e| ServiceError::Internal(format!("qr: {e}")))?;
    Ok(TotpEnrolment {
        secret_base32: totp.secret().to_base32(),
        otpauth_url: url,
        qr_svg,
    })
}

fn totp_place(user_id: &str) -> String {
    format!("app_user.totp_secret#{user_id}")
}

/// The time step a code matches now (within the allowed skew), if it is six digits and
/// right; the caller makes sure a step is accepted once only.
fn code_step(totp: &Totp, code: &str) -> Option<u64> {
    let code = code.trim();
    (code.len() == 6 && code.bytes().all(|b| b.is_ascii_digit()))
        .then(|| totp.check_current(code))
        .flatten()
}

/// Whether a lockout is in force now.
pub(crate) fn is_locked(u: &UserRecord) -> bool {
    u.locked_until
        .as_deref()
        .is_some_and(|t| t > opennrm_store::now().as_str())
}

impl Services {
    /// The authenticator of user `u` from one of its sealed secrets (enrolled or pending).
    fn sealed_totp(&self, u: &UserRecord, sealed: &str) -> Result<Totp, ServiceError> {
        let secret = self
            .0
            .seal
            .open(sealed, &totp_place(&u.id))
            .map_err(ServiceError::Internal)?;
        totp_for(secret, &u.username)
    }

    /// Refuses an address that failed too often within the window (every node sees the
    /// same count: it is in the database).
    pub(crate) async fn check_address(&self, address: &str) -> Result<(), ServiceError> {
        let p = self.policy();
        let since = opennrm_store::at_offset(-p.throttle_window_seconds);
        if self.store().sign_in_failures_since(address, &since).await? >= p.address_failures {
            return Err(ServiceError::TooMany {
                retry_after_seconds: u64::try_from(p.throttle_window_seconds).unwrap_or(900),
            });
        }
        Ok(())
    }

    /// Counts a failure against the address and, when known, the account (locking it
    /// after `lockout_after` in a row); audited without the name that was typed.
    async fn fail_sign_in(
        &self,
        address: &str,
        user: Option<UserRecord>,
        reason: &str,
    ) -> Result<ServiceError, ServiceError> {
        let p = self.policy();
        let user = user.map(|mut u| {
            if reason == "wrong_password" || reason == "wrong_code" {
                u.failed_sign_ins += 1;
                if u.failed_sign_ins >= p.lockout_after {
                    u.locked_until = Some(opennrm_store::at_offset(p.lockout_seconds));
                }
            }
            u
        });
        let actor = user
            .as_ref()
            .map_or_else(|| "anonymous".to_string(), |u| format!("user:{}", u.id));
        let locked_now = user
            .as_ref()
            .is_some_and(|u| u.failed_sign_ins == p.lockout_after);
        self.store()
            .record_sign_in_failure(
                address,
                &opennrm_store::now(),
                user.as_ref(),
                &self.audited(
                    &actor,
                    "auth.sign_in_failed",
                    None,
                    "failed",
                    Some(address),
                    serde_json::json!({ "reason": reason, "locked": locked_now }),
                ),
            )
            .await?;
        Ok(generic_failure())
    }

    /// First step of signing in: the password.
    pub async fn sign_in(
        &self,
        username: &str,
        password: &str,
        address: &str,
    ) -> Result<SignInStep, ServiceError> {
        self.check_address(address).await?;
        let name = username.trim().to_lowercase();
        // Every failure costs one (dummy) hash, so its timing does not tell which part was
        // wrong; an overlong password is not hashed at all.
        if name.is_empty() || name.len() > 254 || password.chars().count() > MAX_PASSWORD {
            crypto::verify_password_off_runtime("", None).await;
            return Err(self.fail_sign_in(address, None, "malformed").await?);
        }
        let Some(mut u) = self.store().user_by_username(&name).await? else {
            crypto::verify_password_off_runtime(password, None).await;
            return Err(self.fail_sign_in(address, None, "unknown_user").await?);
        };
        if u.disabled || is_locked(&u) {
            crypto::verify_password_off_runtime(password, None).await;
            let reason = if u.disabled { "disabled" } else { "locked" };
            return Err(self.fail_sign_in(address, Some(u), reason).await?);
        }
        if !crypto::verify_password_off_runtime(password, Some(&u.password_hash)).await {
            return Err(self
                .fail_sign_in(address, Some(u), "wrong_password")
                .await?);
        }
        if u.totp_secret.is_some() {
            return Ok(SignInStep::SecondFactor(PendingSecondFactor {
                user_id: u.id,
                at: opennrm_store::now(),
            }));
        }
        u.failed_sign_ins = 0;
        u.locked_until = None;
        self.signed_in(&u, address, false)
            .await
            .map(SignInStep::SignedIn)
    }

    async fn signed_in(
        &self,
        u: &UserRecord,
        address: &str,
        second_factor: bool,
    ) -> Result<SessionAuth, ServiceError> {
        let actor = format!("user:{}", u.id);
        self.store()
            .update_user(
                u,
                Some(&self.audited(
                    &actor,
                    "auth.sign_in",
                    None,
                    "ok",
                    Some(address),
                    serde_json::json!({ "second_factor": second_factor }),
                )),
            )
            .await?;
        Ok(SessionAuth {
            user_id: u.id.clone(),
            signed_in_at: opennrm_store::now(),
            second_factor,
        })
    }

    /// Second step: the TOTP code. A code is accepted once only (its time step is
    /// claimed in the database), and wrong codes count towards the lockout.
    pub async fn complete_second_factor(
        &self,
        pending: &PendingSecondFactor,
        code: &str,
        address: &str,
    ) -> Result<SessionAuth, ServiceError> {
        self.check_address(address).await?;
        if pending.at < opennrm_store::at_offset(-PENDING_SECONDS) {
            return Err(ServiceError::Denied(
                opennrm_domain::platform::Denied::Unauthenticated,
            ));
        }
        let Some(mut u) = self.store().user_by_id(&pending.user_id).await? else {
            return Err(generic_failure());
        };
        if u.disabled || is_locked(&u) {
            return Err(self.fail_sign_in(address, Some(u), "locked").await?);
        }
        let Some(sealed) = u.totp_secret.as_deref() else {
            return Err(generic_failure());
        };
        let totp = self.sealed_totp(&u, sealed)?;
        let claimed = match code_step(&totp, code) {
            Some(s) => {
                self.store()
                    .claim_totp_step(&u.id, i64::try_from(s).unwrap_or(i64::MAX))
                    .await?
            }
            None => false,
        };
        if !claimed {
            return Err(self.fail_sign_in(address, Some(u), "wrong_code").await?);
        }
        // Re-read: claim_totp_step changed the row.
        if let Some(fresh) = self.store().user_by_id(&u.id).await? {
            u = fresh;
        }
        u.failed_sign_ins = 0;
        u.locked_until = None;
        self.signed_in(&u, address, true).await
    }

    fn principal(
        &self,
        u: &UserRecord,
        via: AuthMethod,
        second_factor: bool,
    ) -> Result<Principal, ServiceError> {
        Ok(Principal {
            user_id: Self::user_id(&u.id)?,
            display_name: u.display_name.clone(),
            organisation: FactId::parse(&u.organisation_id)
                .map_err(|e| ServiceError::Internal(format!("stored organisation id: {e}")))?,
            country: CountryCode::try_from(u.country_code.clone())
                .map_err(|e| ServiceError::Internal(format!("stored country code: {e}")))?,
            roles: parse_roles(&u.roles),
            via,
            second_factor,
            language: u.language.clone(),
        })
    }

    /// The identity of a request carrying this session, or `None` when the session must
    /// end: the user is gone or disabled, the password changed since sign-in, or the
    /// absolute timeout passed.
    pub async fn session_identity(
        &self,
        auth: &SessionAuth,
    ) -> Result<Option<Identity>, ServiceError> {
        let Some(u) = self.store().user_by_id(&auth.user_id).await? else {
            return Ok(None);
        };
        let too_old =
            auth.signed_in_at < opennrm_store::at_offset(-self.policy().session_absolute_seconds);
        if u.disabled || too_old || u.password_changed_at > auth.signed_in_at {
            return Ok(None);
        }
        Ok(Some(Identity::User(self.principal(
            &u,
            AuthMethod::Session,
            auth.second_factor,
        )?)))
    }

    /// The identity behind a bearer token; unknown, revoked or malformed tokens and
    /// disabled users are all "sign in first".
    pub async fn token_identity(&self, token: &str) -> Result<Identity, ServiceError> {
        let unauth = || ServiceError::Denied(opennrm_domain::platform::Denied::Unauthenticated);
        let ok_shape = token.len() == TOKEN_PREFIX.len() + 64
            && token.starts_with(TOKEN_PREFIX)
            && token[TOKEN_PREFIX.len()..]
                .bytes()
                .all(|b| b.is_ascii_hexdigit());
        if !ok_shape {
            return Err(unauth());
        }
        let Some(t) = self
            .store()
            .api_token_by_hash(&crypto::sha256_hex(token))
            .await?
        else {
            return Err(unauth());
        };
        let Some(u) = self.store().user_by_id(&t.user_id).await? else {
            return Err(unauth());
        };
        if u.disabled {
            return Err(unauth());
        }
        // "Last used" to the minute: a script calling many times a second must not turn
        // every read into a database write.
        let a_minute_ago = opennrm_store::at_offset(-60);
        if t.last_used_at
            .as_deref()
            .is_none_or(|at| at < a_minute_ago.as_str())
        {
            self.store()
                .touch_api_token(&t.id, &opennrm_store::now())
                .await?;
        }
        // A token is minted from a session that passed any required second factor.
        let second_factor = u.totp_secret.is_some();
        Ok(Identity::User(self.principal(
            &u,
            AuthMethod::ApiToken,
            second_factor,
        )?))
    }

    async fn own_user(&self, who: &Identity) -> Result<UserRecord, ServiceError> {
        require(who, &Action::ManageOwnAccount)?;
        let p = who.principal().ok_or(ServiceError::Denied(
            opennrm_domain::platform::Denied::Forbidden,
        ))?;
        self.store()
            .user_by_id(p.user_id.as_str())
            .await?
            .ok_or(ServiceError::NotFound("user"))
    }

    /// The signed-in user's own account.
    pub async fn account(&self, who: &Identity) -> Result<AccountView, ServiceError> {
        let u = self.own_user(who).await?;
        let tokens = self.store().api_tokens_of(&u.id).await?;
        Ok(AccountView {
            user: self.summary_for(&u),
            tokens: tokens
                .into_iter()
                .map(|t| ApiTokenSummary {
                    id: t.id,
                    name: t.name,
                    created_at: t.created_at,
                    last_used_at: t.last_used_at,
                    revoked: t.revoked_at.is_some(),
                })
                .collect(),
            sessions: self
                .store()
                .sessions_of_user(&u.id, &opennrm_store::now())
                .await?,
        })
    }

    /// Starts enrolling an authenticator app: a new secret, kept sealed as pending until
    /// a code from it is confirmed.
    pub async fn begin_totp_enrolment(
        &self,
        who: &Identity,
    ) -> Result<TotpEnrolment, ServiceError> {
        let mut u = self.own_user(who).await?;
        let secret = crypto::random_bytes(20);
        let totp = totp_for(secret.clone(), &u.username)?;
        u.totp_pending = Some(
            self.0
                .seal
                .seal(&secret, &totp_place(&u.id))
                .map_err(ServiceError::Internal)?,
        );
        self.store().update_user(&u, None).await?;
        enrolment_of(&totp)
    }

    /// The set-up in progress, shown again after a code that did not match (the key
    /// stays the same, so the app already holding it keeps working); `None` when no
    /// set-up was started.
    pub async fn pending_totp_enrolment(
        &self,
        who: &Identity,
    ) -> Result<Option<TotpEnrolment>, ServiceError> {
        let u = self.own_user(who).await?;
        u.totp_pending
            .as_deref()
            .map(|sealed| enrolment_of(&self.sealed_totp(&u, sealed)?))
            .transpose()
    }

    /// Confirms the pending authenticator with a code from it; from now on sign-in asks
    /// for a code. Returns the session's new state (second factor proved).
    pub async fn confirm_totp(
        &self,
        who: &Identity,
        auth: &SessionAuth,
        code: &str,
    ) -> Result<SessionAuth, ServiceError> {
        let mut u = self.own_user(who).await?;
        let Some(pending) = u.totp_pending.clone() else {
            return Err(ServiceError::invalid("code", "start the set-up again"));
        };
        let totp = self.sealed_totp(&u, &pending)?;
        let step = code_step(&totp, code).ok_or_else(|| {
            ServiceError::invalid("code", "the code does not match; try the next one")
        })?;
        u.totp_secret = Some(pending);
        u.totp_pending = None;
        u.totp_last_step = Some(i64::try_from(step).unwrap_or(i64::MAX));
        let actor = who.audit_label();
        let object = format!("user:{}", u.id);
        self.store()
            .update_user(
                &u,
                Some(&self.audited(
                    &actor,
                    "auth.second_factor_enrolled",
                    Some(&object),
                    "ok",
                    None,
                    serde_json::json!({}),
                )),
            )
            .await?;
        Ok(SessionAuth {
            second_factor: true,
            ..auth.clone()
        })
    }

    /// Changes one's own password (the current one is asked again); other sessions end.
    pub async fn change_password(
        &self,
        who: &Identity,
        current: &str,
        new: &str,
    ) -> Result<SessionAuth, ServiceError> {
        let mut u = self.own_user(who).await?;
        if current.chars().count() > MAX_PASSWORD
            || !crypto::verify_password_off_runtime(current, Some(&u.password_hash)).await
        {
            return Err(ServiceError::invalid(
                "current_password",
                "is not your current password",
            ));
        }
        check_password(new)?;
        u.password_hash = crypto::hash_password_off_runtime(new)
            .await
            .map_err(ServiceError::Internal)?;
        u.password_changed_at = opennrm_store::now();
        let actor = who.audit_label();
        self.store()
            .update_user(
                &u,
                Some(&self.audited(
                    &actor,
                    "auth.password_changed",
                    None,
                    "ok",
                    None,
                    serde_json::json!({}),
                )),
            )
            .await?;
        self.end_sessions(who, &u.id, "auth.sessions_ended").await?;
        let second_factor = who.principal().is_some_and(|p| p.second_factor);
        Ok(SessionAuth {
            user_id: u.id,
            signed_in_at: opennrm_store::now(),
            second_factor,
        })
    }

    /// Ends every session of the caller, on every device and node.
    pub async fn sign_out_everywhere(&self, who: &Identity) -> Result<u64, ServiceError> {
        let u = self.own_user(who).await?;
        self.end_sessions(who, &u.id, "auth.signed_out_everywhere")
            .await
    }

    /// Records a sign-out (the web deletes the session itself).
    pub async fn signed_out(&self, who: &Identity) -> Result<(), ServiceError> {
        if let Identity::User(_) = who {
            self.store()
                .audit(
                    &self.0.audit_key,
                    &self
                        .audited(
                            &who.audit_label(),
                            "auth.sign_out",
                            None,
                            "ok",
                            None,
                            serde_json::json!({}),
                        )
                        .event,
                )
                .await?;
        }
        Ok(())
    }

    /// A new API token for the caller; the token itself is returned once and only its
    /// hash is kept.
    pub async fn create_api_token(
        &self,
        who: &Identity,
        name: &str,
    ) -> Result<(ApiTokenSummary, String), ServiceError> {
        let u = self.own_user(who).await?;
        let name = name.trim();
        if name.is_empty()
            || name.chars().count() > MAX_TOKEN_NAME
            || name.chars().any(char::is_control)
        {
            return Err(ServiceError::invalid(
                "name",
                format!("must be 1 to {MAX_TOKEN_NAME} characters"),
            ));
        }
        let live = self
            .store()
            .api_tokens_of(&u.id)
            .await?
            .into_iter()
            .filter(|t| t.revoked_at.is_none())
            .count();
        if live >= MAX_TOKENS_PER_USER {
            return Err(ServiceError::Conflict(format!(
                "you have {MAX_TOKENS_PER_USER} tokens already; revoke one first"
            )));
        }
        let token = format!("{TOKEN_PREFIX}{}", crypto::random_hex(32));
        let rec = opennrm_store::ApiTokenRecord {
            id: crypto::random_hex(8),
            user_id: u.id.clone(),
            name: name.to_string(),
            token_hash: crypto::sha256_hex(&token),
            created_at: opennrm_store::now(),
            last_used_at: None,
            revoked_at: None,
        };
        let actor = who.audit_label();
        let object = format!("api_token:{}", rec.id);
        self.store()
            .insert_api_token(
                &rec,
                &self.audited(
                    &actor,
                    "auth.api_token_created",
                    Some(&object),
                    "ok",
                    None,
                    serde_json::json!({}),
                ),
            )
            .await?;
        Ok((
            ApiTokenSummary {
                id: rec.id,
                name: rec.name,
                created_at: rec.created_at,
                last_used_at: None,
                revoked: false,
            },
            token,
        ))
    }

    pub async fn revoke_api_token(
        &self,
        who: &Identity,
        token_id: &str,
    ) -> Result<(), ServiceError> {
        let u = self.own_user(who).await?;
        let actor = who.audit_label();
        let object = format!(
            "api_token:{}",
            token_id.chars().take(16).collect::<String>()
        );
        let done = self
            .store()
            .revoke_api_token(
                &u.id,
                token_id,
                &opennrm_store::now(),
                &self.audited(
                    &actor,
                    "auth.api_token_revoked",
                    Some(&object),
                    "ok",
                    None,
                    serde_json::json!({}),
                ),
            )
            .await?;
        if done {
            Ok(())
        } else {
            Err(ServiceError::NotFound("API token"))
        }
    }

    // ------------------------------------------------------------ session rows
    // The web's session layer keeps its records through these (no identity: they are
    // the mechanism that establishes one).

    pub async fn session_load(&self, id: &str) -> Result<Option<String>, ServiceError> {
        Ok(self.store().session_load(id, &opennrm_store::now()).await?)
    }
    pub async fn session_save(
        &self,
        id: &str,
        user_id: Option<&str>,
        data: &str,
        expires_at: &str,
    ) -> Result<(), ServiceError> {
        Ok(self
            .store()
            .session_save(id, user_id, data, expires_at)
            .await?)
    }
    pub async fn session_create(
        &self,
        id: &str,
        user_id: Option<&str>,
        data: &str,
        expires_at: &str,
    ) -> Result<bool, ServiceError> {
        Ok(self
            .store()
            .session_create(id, user_id, data, expires_at)
            .await?)
    }
    pub async fn session_delete(&self, id: &str) -> Result<(), ServiceError> {
        Ok(self.store().session_delete(id).await?)
    }
    /// Housekeeping: expired sessions, and sign-in failures older than the throttling
    /// window (they no longer count).
    pub(crate) async fn purge_expired(&self) -> Result<(), ServiceError> {
        self.store()
            .sessions_purge_expired(&opennrm_store::now())
            .await?;
        let window = self.policy().throttle_window_seconds;
        self.store()
            .purge_sign_in_failures(&opennrm_store::at_offset(-window))
            .await?;
        Ok(())
    }
}
