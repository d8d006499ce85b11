//! Storage of the platform: organisations' operational profiles, users, sign-in
//! failures, server-side sessions and API tokens. Every change that must be audited takes
//! an `Audited` and writes its audit row in the same transaction, so a change is never
//! committed without its audit row, nor an audit row without its change.

use sqlx::Row;

use crate::audit::{AuditEvent, AuditKey};
use crate::{Store, StoreError, with_pool};

/// An audit row to write with a change, in the change's transaction.
pub struct Audited<'a> {
    pub key: &'a AuditKey,
    pub event: AuditEvent<'a>,
}

/// Appends the audit row on whichever backend the transaction is on.
pub(crate) trait AppendAudit {
    async fn append_audit(&mut self, a: &Audited<'_>) -> Result<i64, StoreError>;
}

impl AppendAudit for sqlx::SqliteConnection {
    async fn append_audit(&mut self, a: &Audited<'_>) -> Result<i64, StoreError> {
        crate::audit::append_sqlite(self, a.key, &a.event).await
    }
}

impl AppendAudit for sqlx::PgConnection {
    async fn append_audit(&mut self, a: &Audited<'_>) -> Result<i64, StoreError> {
        crate::audit::append_postgres(self, a.key, &a.event).await
    }
}

/// An organisation that uses OpenNRM: an atlas actor plus what the report does not hold.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OrganisationRecord {
    pub actor_id: String,
    pub country_code: String,
    pub contact_email: Option<String>,
    pub contact_phone: Option<String>,
    pub working_hours: Option<String>,
    pub receives_referrals: bool,
    pub enabled_at: String,
    pub updated_at: String,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UserRecord {
    pub id: String,
    pub username: String,
    pub display_name: String,
    pub organisation_id: String,
    pub country_code: String,
    /// Comma-separated role names (the domain parses them).
    pub roles: String,
    pub password_hash: String,
    pub totp_secret: Option<String>,
    pub totp_pending: Option<String>,
    pub totp_last_step: Option<i64>,
    pub disabled: bool,
    pub failed_sign_ins: i64,
    pub locked_until: Option<String>,
    pub created_at: String,
    pub password_changed_at: String,
    /// The UI language the user chose last.
    pub language: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ApiTokenRecord {
    pub id: String,
    pub user_id: String,
    pub name: String,
    pub token_hash: String,
    pub created_at: String,
    pub last_used_at: Option<String>,
    pub revoked_at: Option<String>,
}

const USER_COLUMNS: &str = "id, username, display_name, organisation_id, country_code, roles, password_hash, totp_secret, totp_pending, totp_last_step, disabled, failed_sign_ins, locked_until, created_at, password_changed_at, language";

fn user_from_row<R: Row>(r: &R) -> Result<UserRecord, sqlx::Error>
where
    for<'c> &'c str: sqlx::ColumnIndex<R>,
    for<'q> String: sqlx::Decode<'q, R::Database> + sqlx::Type<R::Database>,
    for<'q> Option<String>: sqlx::Decode<'q, R::Database> + sqlx::Type<R::Database>,
    for<'q> i64: sqlx::Decode<'q, R::Database> + sqlx::Type<R::Database>,
    for<'q> Option<i64>: sqlx::Decode<'q, R::Database> + sqlx::Type<R::Database>,
    for<'q> bool: sqlx::Decode<'q, R::Database> + sqlx::Type<R::Database>,
{
    Ok(UserRecord {
        id: r.try_get("id")?,
        username: r.try_get("username")?,
        display_name: r.try_get("display_name")?,
        organisation_id: r.try_get("organisation_id")?,
        country_code: r.try_get("country_code")?,
        roles: r.try_get("roles")?,
        password_hash: r.try_get("password_hash")?,
        totp_secret: r.try_get("totp_secret")?,
        totp_pending: r.try_get("totp_pending")?,
        totp_last_step: r.try_get("totp_last_step")?,
        disabled: r.try_get("disabled")?,
        failed_sign_ins: r.try_get::<i64, _>("failed_sign_ins")?,
        locked_until: r.try_get("locked_until")?,
        created_at: r.try_get("created_at")?,
        password_changed_at: r.try_get("password_changed_at")?,
        language: r.try_get("language")?,
    })
}

fn org_from_row<R: Row>(r: &R) -> Result<OrganisationRecord, sqlx::Error>
where
    for<'c> &'c str: sqlx::ColumnIndex<R>,
    for<'q> String: sqlx::Decode<'q, R::Database> + sqlx::Type<R::Database>,
    for<'q> Option<String>: sqlx::Decode<'q, R::Database> + sqlx::Type<R::Database>,
    for<'q> bool: sqlx::Decode<'q, R::Database> + sqlx::Type<R::Database>,
{
    Ok(OrganisationRecord {
        actor_id: r.try_get("actor_id")?,
        country_code: r.try_get("country_code")?,
        contact_email: r.try_get("contact_email")?,
        contact_phone: r.try_get("contact_phone")?,
        working_hours: r.try_get("working_hours")?,
        receives_referrals: r.try_get("receives_referrals")?,
        enabled_at: r.try_get("enabled_at")?,
        updated_at: r.try_get("updated_at")?,
    })
}

fn token_from_row<R: Row>(r: &R) -> Result<ApiTokenRecord, sqlx::Error>
where
    for<'c> &'c str: sqlx::ColumnIndex<R>,
    for<'q> String: sqlx::Decode<'q, R::Database> + sqlx::Type<R::Database>,
    for<'q> Option<String>: sqlx::Decode<'q, R::Database> + sqlx::Type<R::Database>,
{
    Ok(ApiTokenRecord {
        id: r.try_get("id")?,
        user_id: r.try_get("user_id")?,
        name: r.try_get("name")?,
        token_hash: r.try_get("token_hash")?,
        created_at: r.try_get("created_at")?,
        last_used_at: r.try_get("last_used_at")?,
        revoked_at: r.try_get("revoked_at")?,
    })
}

/// A unique-constraint violation becomes `Conflict`, so callers can say "already exists".
pub(crate) fn conflict_or(e: sqlx::Error, what: &str) -> StoreError {
    match &e {
        sqlx::Error::Database(d) if d.is_unique_violation() => {
            StoreError::Conflict(format!("{what} already exists"))
        }
        _ => StoreError::Database(e),
    }
}

impl Store {
    // ------------------------------------------------------------ organisations

    /// Creates or updates an organisation's profile.
    pub async fn upsert_organisation(
        &self,
        o: &OrganisationRecord,
        audit: &Audited<'_>,
    ) -> Result<(), StoreError> {
        with_pool!(self, p => {
            let mut tx = p.begin().await?;
            sqlx::query("INSERT INTO organisation (actor_id, country_code, contact_email, contact_phone, working_hours, receives_referrals, enabled_at, updated_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8) ON CONFLICT (actor_id) DO UPDATE SET contact_email = excluded.contact_email, contact_phone = excluded.contact_phone, working_hours = excluded.working_hours, receives_referrals = excluded.receives_referrals, updated_at = excluded.updated_at")
                .bind(&o.actor_id).bind(&o.country_code).bind(&o.contact_email).bind(&o.contact_phone)
                .bind(&o.working_hours).bind(o.receives_referrals).bind(&o.enabled_at).bind(&o.updated_at)
                .execute(&mut *tx).await?;
            tx.append_audit(audit).await?;
            tx.commit().await?;
        });
        Ok(())
    }

    pub async fn organisation(
        &self,
        actor_id: &str,
    ) -> Result<Option<OrganisationRecord>, StoreError> {
        Ok(with_pool!(self, p => {
            match sqlx::query("SELECT * FROM organisation WHERE actor_id = $1").bind(actor_id).fetch_optional(p).await? {
                Some(r) => Some(org_from_row(&r)?),
                None => None,
            }
        }))
    }

    pub async fn organisations(&self) -> Result<Vec<OrganisationRecord>, StoreError> {
        Ok(with_pool!(self, p => {
            sqlx::query("SELECT * FROM organisation ORDER BY country_code, actor_id").fetch_all(p).await?
                .iter().map(org_from_row).collect::<Result<Vec<_>, _>>()?
        }))
    }

    // ------------------------------------------------------------ users

    pub async fn insert_user(&self, u: &UserRecord, audit: &Audited<'_>) -> Result<(), StoreError> {
        with_pool!(self, p => {
            let mut tx = p.begin().await?;
            sqlx::query(&format!("INSERT INTO app_user ({USER_COLUMNS}) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16)"))
                .bind(&u.id).bind(&u.username).bind(&u.display_name).bind(&u.organisation_id)
                .bind(&u.country_code).bind(&u.roles).bind(&u.password_hash).bind(&u.totp_secret)
                .bind(&u.totp_pending).bind(u.totp_last_step).bind(u.disabled).bind(u.failed_sign_ins)
                .bind(&u.locked_until).bind(&u.created_at).bind(&u.password_changed_at).bind(&u.language)
                .execute(&mut *tx).await.map_err(|e| conflict_or(e, "a user with this name"))?;
            tx.append_audit(audit).await?;
            tx.commit().await?;
        });
        Ok(())
    }

    /// Remembers the UI language a user chose (a preference: not audited, like the
    /// choice itself, which any visitor makes with a link).
    pub async fn set_user_language(&self, id: &str, language: &str) -> Result<(), StoreError> {
        with_pool!(self, p => {
            sqlx::query("UPDATE app_user SET language = $2 WHERE id = $1").bind(id).bind(language).execute(p).await?;
        });
        Ok(())
    }

    /// Writes every mutable field of `u` (the whole row but its id and creation time),
    /// with an audit row when the change must be audited.
    pub async fn update_user(
        &self,
        u: &UserRecord,
        audit: Option<&Audited<'_>>,
    ) -> Result<(), StoreError> {
        with_pool!(self, p => {
            let mut tx = p.begin().await?;
            sqlx::query("UPDATE app_user SET display_name = $2, organisation_id = $3, country_code = $4, roles = $5, password_hash = $6, totp_secret = $7, totp_pending = $8, totp_last_step = $9, disabled = $10, failed_sign_ins = $11, locked_until = $12, password_changed_at = $13 WHERE id = $1")
                .bind(&u.id).bind(&u.display_name).bind(&u.organisation_id).bind(&u.country_code)
                .bind(&u.roles).bind(&u.password_hash).bind(&u.totp_secret).bind(&u.totp_pending)
                .bind(u.totp_last_step).bind(u.disabled).bind(u.failed_sign_ins).bind(&u.locked_until)
                .bind(&u.password_changed_at)
                .execute(&mut *tx).await?;
            if let Some(a) = audit {
                tx.append_audit(a).await?;
            }
            tx.commit().await?;
        });
        Ok(())
    }

    /// Accepts a TOTP time step only if it is later than the last one accepted, in one
    /// statement, so a code cannot be replayed even by two nodes at the same instant.
    pub async fn claim_totp_step(&self, user_id: &str, step: i64) -> Result<bool, StoreError> {
        let n = with_pool!(self, p => {
            sqlx::query("UPDATE app_user SET totp_last_step = $2 WHERE id = $1 AND (totp_last_step IS NULL OR totp_last_step < $2)")
                .bind(user_id).bind(step).execute(p).await?.rows_affected()
        });
        Ok(n == 1)
    }

    pub async fn user_by_id(&self, id: &str) -> Result<Option<UserRecord>, StoreError> {
        Ok(with_pool!(self, p => {
            match sqlx::query(&format!("SELECT {USER_COLUMNS} FROM app_user WHERE id = $1")).bind(id).fetch_optional(p).await? {
                Some(r) => Some(user_from_row(&r)?),
                None => None,
            }
        }))
    }

    pub async fn user_by_username(&self, username: &str) -> Result<Option<UserRecord>, StoreError> {
        Ok(with_pool!(self, p => {
            match sqlx::query(&format!("SELECT {USER_COLUMNS} FROM app_user WHERE username = $1")).bind(username).fetch_optional(p).await? {
                Some(r) => Some(user_from_row(&r)?),
                None => None,
            }
        }))
    }

    /// Users, of one country or all, by user name.
    pub async fn users(&self, country: Option<&str>) -> Result<Vec<UserRecord>, StoreError> {
        Ok(with_pool!(self, p => {
            sqlx::query(&format!("SELECT {USER_COLUMNS} FROM app_user WHERE $1 IS NULL OR country_code = $1 ORDER BY username"))
                .bind(country).fetch_all(p).await?
                .iter().map(user_from_row).collect::<Result<Vec<_>, _>>()?
        }))
    }

    pub async fn count_users(&self) -> Result<i64, StoreError> {
        Ok(
            with_pool!(self, p => sqlx::query("SELECT COUNT(*) AS n FROM app_user").fetch_one(p).await?.try_get::<i64, _>("n")?),
        )
    }

    // ------------------------------------------------------------ sign-in throttling

    /// Records a failed sign-in from `address` (and, with `user`, the account's new
    /// failure count and lockout), with its audit row.
    pub async fn record_sign_in_failure(
        &self,
        address: &str,
        at: &str,
        user: Option<&UserRecord>,
        audit: &Audited<'_>,
    ) -> Result<(), StoreError> {
        with_pool!(self, p => {
            let mut tx = p.begin().await?;
            sqlx::query("INSERT INTO sign_in_failure (address, at) VALUES ($1, $2)").bind(address).bind(at).execute(&mut *tx).await?;
            if let Some(u) = user {
                sqlx::query("UPDATE app_user SET failed_sign_ins = $2, locked_until = $3 WHERE id = $1")
                    .bind(&u.id).bind(u.failed_sign_ins).bind(&u.locked_until).execute(&mut *tx).await?;
            }
            tx.append_audit(audit).await?;
            tx.commit().await?;
        });
        Ok(())
    }

    /// Failed sign-ins from `address` since `since`.
    pub async fn sign_in_failures_since(
        &self,
        address: &str,
        since: &str,
    ) -> Result<i64, StoreError> {
        Ok(with_pool!(self, p => {
            sqlx::query("SELECT COUNT(*) AS n FROM sign_in_failure WHERE address = $1 AND at >= $2")
                .bind(address).bind(since).fetch_one(p).await?.try_get::<i64, _>("n")?
        }))
    }

    /// Forgets failed sign-ins older than `before` (housekeeping, not the sign-in path).
    pub async fn purge_sign_in_failures(&self, before: &str) -> Result<u64, StoreError> {
        Ok(with_pool!(self, p => {
            sqlx::query("DELETE FROM sign_in_failure WHERE at < $1").bind(before).execute(p).await?.rows_affected()
        }))
    }

    // ------------------------------------------------------------ sessions

    pub async fn session_save(
        &self,
        id: &str,
        user_id: Option<&str>,
        data: &str,
        expires_at: &str,
    ) -> Result<(), StoreError> {
        with_pool!(self, p => {
            sqlx::query("INSERT INTO web_session (id, user_id, data, expires_at) VALUES ($1, $2, $3, $4) ON CONFLICT (id) DO UPDATE SET user_id = excluded.user_id, data = excluded.data, expires_at = excluded.expires_at")
                .bind(id).bind(user_id).bind(data).bind(expires_at).execute(p).await?;
        });
        Ok(())
    }

    /// Inserts a new session; false if the id is taken (the caller draws another).
    pub async fn session_create(
        &self,
        id: &str,
        user_id: Option<&str>,
        data: &str,
        expires_at: &str,
    ) -> Result<bool, StoreError> {
        let n = with_pool!(self, p => {
            sqlx::query("INSERT INTO web_session (id, user_id, data, expires_at) VALUES ($1, $2, $3, $4) ON CONFLICT (id) DO NOTHING")
                .bind(id).bind(user_id).bind(data).bind(expires_at).execute(p).await?.rows_affected()
        });
        Ok(n == 1)
    }

    /// The session's data if it exists and has not expired at `now`.
    pub async fn session_load(&self, id: &str, now: &str) -> Result<Option<String>, StoreError> {
        Ok(with_pool!(self, p => {
            match sqlx::query("SELECT data FROM web_session WHERE id = $1 AND expires_at > $2").bind(id).bind(now).fetch_optional(p).await? {
                Some(r) => Some(r.try_get::<String, _>("data")?),
                None => None,
            }
        }))
    }

    pub async fn session_delete(&self, id: &str) -> Result<(), StoreError> {
        with_pool!(self, p => { sqlx::query("DELETE FROM web_session WHERE id = $1").bind(id).execute(p).await?; });
        Ok(())
    }

    /// Ends every session of a user ("sign out everywhere", a disabled account).
    pub async fn sessions_delete_for_user(
        &self,
        user_id: &str,
        audit: &Audited<'_>,
    ) -> Result<u64, StoreError> {
        Ok(with_pool!(self, p => {
            let mut tx = p.begin().await?;
            let n = sqlx::query("DELETE FROM web_session WHERE user_id = $1").bind(user_id).execute(&mut *tx).await?.rows_affected();
            tx.append_audit(audit).await?;
            tx.commit().await?;
            n
        }))
    }

    pub async fn sessions_of_user(&self, user_id: &str, now: &str) -> Result<i64, StoreError> {
        Ok(
            with_pool!(self, p => sqlx::query("SELECT COUNT(*) AS n FROM web_session WHERE user_id = $1 AND expires_at > $2").bind(user_id).bind(now).fetch_one(p).await?.try_get::<i64, _>("n")?),
        )
    }

    pub async fn sessions_purge_expired(&self, now: &str) -> Result<u64, StoreError> {
        Ok(
            with_pool!(self, p => sqlx::query("DELETE FROM web_session WHERE expires_at <= $1").bind(now).execute(p).await?.rows_affected()),
        )
    }

    // ------------------------------------------------------------ API tokens

    pub async fn insert_api_token(
        &self,
        t: &ApiTokenRecord,
        audit: &Audited<'_>,
    ) -> Result<(), StoreError> {
        with_pool!(self, p => {
            let mut tx = p.begin().await?;
            sqlx::query("INSERT INTO api_token (id, user_id, name, token_hash, created_at) VALUES ($1, $2, $3, $4, $5)")
                .bind(&t.id).bind(&t.user_id).bind(&t.name).bind(&t.token_hash).bind(&t.created_at)
                .execute(&mut *tx).await.map_err(|e| conflict_or(e, "this token"))?;
            tx.append_audit(audit).await?;
            tx.commit().await?;
        });
        Ok(())
    }

    /// The live (not revoked) token with this hash.
    pub async fn api_token_by_hash(
        &self,
        hash: &str,
    ) -> Result<Option<ApiTokenRecord>, StoreError> {
        Ok(with_pool!(self, p => {
            match sqlx::query("SELECT * FROM api_token WHERE token_hash = $1 AND revoked_at IS NULL").bind(hash).fetch_optional(p).await? {
                Some(r) => Some(token_from_row(&r)?),
                None => None,
            }
        }))
    }

    pub async fn api_tokens_of(&self, user_id: &str) -> Result<Vec<ApiTokenRecord>, StoreError> {
        Ok(with_pool!(self, p => {
            sqlx::query("SELECT * FROM api_token WHERE user_id = $1 ORDER BY created_at DESC, id").bind(user_id).fetch_all(p).await?
                .iter().map(token_from_row).collect::<Result<Vec<_>, _>>()?
        }))
    }

    /// Revokes a token of this user; false if there is no such live token.
    pub async fn revoke_api_token(
        &self,
        user_id: &str,
        token_id: &str,
        at: &str,
        audit: &Audited<'_>,
    ) -> Result<bool, StoreError> {
        Ok(with_pool!(self, p => {
            let mut tx = p.begin().await?;
            let n = sqlx::query("UPDATE api_token SET revoked_at = $3 WHERE id = $1 AND user_id = $2 AND revoked_at IS NULL")
                .bind(token_id).bind(user_id).bind(at).execute(&mut *tx).await?.rows_affected();
            if n == 1 {
                tx.append_audit(audit).await?;
            }
            tx.commit().await?;
            n == 1
        }))
    }

    pub async fn touch_api_token(&self, id: &str, at: &str) -> Result<(), StoreError> {
        with_pool!(self, p => { sqlx::query("UPDATE api_token SET last_used_at = $2 WHERE id = $1").bind(id).bind(at).execute(p).await?; });
        Ok(())
    }
}
