//! Server-side sessions (tower-sessions) kept in the database through the services, so
//! any node serves any request. The browser holds only a random id; the database keeps
//! a SHA-256 of it, so a copy of the session table cannot be replayed as cookies.
//! Anonymous sessions exist only where a form needs a CSRF token or a screening draft.

use async_trait::async_trait;
use opennrm_service::Services;
use sha2::{Digest, Sha256};
use tower_sessions::cookie::SameSite;
use tower_sessions::session::{Id, Record};
use tower_sessions::session_store::{Error, Result};
use tower_sessions::{Expiry, SessionManagerLayer, SessionStore};

use crate::state::WebSettings;

/// The key under which a signed-in session keeps its `SessionAuth`.
pub const AUTH: &str = "auth";
/// A password that was right, waiting for its TOTP code.
pub const PENDING: &str = "pending_2fa";
/// The CSRF token bound to this session.
pub const CSRF: &str = "csrf";
/// This session's screening draft (a server-issued id).
pub const DRAFT: &str = "screening_draft";
/// A survey respondent's handle (the hash of their link's token), once the link is opened.
pub const SURVEY: &str = "survey_invitation";
/// A notice (a message key) for the next page, after a change that redirects.
pub const NOTICE: &str = "notice";

/// The session cookie's name over http, and over https (where the `__Host-` prefix pins
/// it to this host, path `/` and `Secure`).
pub const COOKIE: &str = "opennrm_session";

/// Every (name, value) pair of a request's Cookie headers.
pub fn cookies(headers: &axum::http::HeaderMap) -> impl Iterator<Item = (&str, &str)> {
    headers
        .get_all(axum::http::header::COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(';'))
        .filter_map(|pair| pair.trim().split_once('='))
}
pub const SECURE_COOKIE: &str = "__Host-opennrm_session";

/// The session cookie's name under these settings.
pub fn cookie_name(settings: &WebSettings) -> &'static str {
    if settings.secure_cookies() {
        SECURE_COOKIE
    } else {
        COOKIE
    }
}

/// A failure of the session store (the database) while handling a request: logged with
/// its cause, answered as an internal error.
pub fn failed(e: impl std::fmt::Display) -> crate::error::WebError {
    tracing::error!(error = %e, "session store failed");
    crate::error::WebError::Internal
}

#[derive(Clone)]
pub struct DbSessions(Services);

impl std::fmt::Debug for DbSessions {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("DbSessions")
    }
}

fn key(id: &Id) -> String {
    hex::encode(Sha256::digest(id.to_string().as_bytes()))
}

fn expiry(r: &Record) -> String {
    let t = r.expiry_date.replace_nanosecond(0).unwrap_or(r.expiry_date);
    t.to_offset(time::UtcOffset::UTC)
        .format(&time::format_description::well_known::Rfc3339)
        .unwrap_or_default()
}

fn user_of(r: &Record) -> Option<String> {
    r.data
        .get(AUTH)
        .and_then(|a| a.get("user_id"))
        .and_then(|u| u.as_str())
        .map(str::to_string)
}

fn backend(e: impl std::fmt::Display) -> Error {
    Error::Backend(e.to_string())
}

#[async_trait]
impl SessionStore for DbSessions {
    async fn create(&self, record: &mut Record) -> Result<()> {
        let data = serde_json::to_string(&record.data).map_err(|e| Error::Encode(e.to_string()))?;
        // A 128-bit random id collides practically never; draw again if it does.
        for _ in 0..4 {
            if self
                .0
                .session_create(
                    &key(&record.id),
                    user_of(record).as_deref(),
                    &data,
                    &expiry(record),
                )
                .await
                .map_err(backend)?
            {
                return Ok(());
            }
            record.id = Id::default();
        }
        Err(Error::Backend("could not draw a free session id".into()))
    }

    async fn save(&self, record: &Record) -> Result<()> {
        let data = serde_json::to_string(&record.data).map_err(|e| Error::Encode(e.to_string()))?;
        self.0
            .session_save(
                &key(&record.id),
                user_of(record).as_deref(),
                &data,
                &expiry(record),
            )
            .await
            .map_err(backend)
    }

    async fn load(&self, id: &Id) -> Result<Option<Record>> {
        let Some(data) = self.0.session_load(&key(id)).await.map_err(backend)? else {
            return Ok(None);
        };
        let data = serde_json::from_str(&data).map_err(|e| Error::Decode(e.to_string()))?;
        // The row's expiry was checked by the query; tower-sessions sets a fresh one on save.
        Ok(Some(Record {
            id: *id,
            data,
            expiry_date: time::OffsetDateTime::now_utc() + time::Duration::minutes(30),
        }))
    }

    async fn delete(&self, id: &Id) -> Result<()> {
        self.0.session_delete(&key(id)).await.map_err(backend)
    }
}

/// The session layer: HttpOnly, SameSite=Lax, `Secure` and the `__Host-` prefix when
/// the public origin is https; ends after the configured inactivity.
pub fn layer(services: Services, settings: &WebSettings) -> SessionManagerLayer<DbSessions> {
    let secure = settings.secure_cookies();
    SessionManagerLayer::new(DbSessions(services))
        .with_name(cookie_name(settings))
        .with_http_only(true)
        .with_same_site(SameSite::Lax)
        .with_secure(secure)
        .with_path("/")
        // Saved on every request, so the inactivity timeout counts from the last request,
        // not from the last change.
        .with_always_save(true)
        .with_expiry(Expiry::OnInactivity(time::Duration::minutes(
            settings.session_idle_minutes.max(1),
        )))
}
