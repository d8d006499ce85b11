//! CSRF protection as one layer on every unsafe method. A request passes when it comes
//! from the configured public origin (not the Host header, which a proxy rewrites, nor
//! `X-Forwarded-Host`/`-Proto`, which no one here reads, even from a trusted proxy) and
//! carries the token bound to its session — in the `csrf` form field or the
//! `X-CSRF-Token` header. Requests without ambient authority need no token: those with
//! a bearer token, and API calls that carry no session cookie.

use axum::body::Body;
use axum::extract::{Request, State};
use axum::http::header;
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use subtle::ConstantTimeEq;
use tower_sessions::Session;

use crate::caller::BearerAuth;
use crate::error::WebError;
use crate::session;
use crate::state::AppState;

pub const FIELD: &str = "csrf";
pub const HEADER: &str = "x-csrf-token";
/// Forms are small; a larger body is refused before it is read.
pub const MAX_FORM: usize = 64 * 1024;

/// The session's token, created (with the session) on first use.
pub async fn token(session: &Session) -> Result<String, WebError> {
    if let Ok(Some(t)) = session.get::<String>(session::CSRF).await {
        return Ok(t);
    }
    let mut b = [0u8; 32];
    rand::Rng::fill(&mut rand::rng(), &mut b);
    let t = hex::encode(b);
    session
        .insert(session::CSRF, &t)
        .await
        .map_err(session::failed)?;
    Ok(t)
}

fn same_origin(req: &Request, public_origin: &str) -> bool {
    let h = req.headers();
    if let Some(site) = h.get("sec-fetch-site").and_then(|v| v.to_str().ok())
        && !matches!(site, "same-origin" | "none")
    {
        return false;
    }
    match h.get(header::ORIGIN).and_then(|v| v.to_str().ok()) {
        Some(origin) => origin.trim_end_matches('/') == public_origin,
        None => true,
    }
}

fn has_session_cookie(req: &Request) -> bool {
    session::cookies(req.headers())
        .any(|(name, _)| name == session::COOKIE || name == session::SECURE_COOKIE)
}

fn form_token(body: &[u8]) -> Option<String> {
    form_urlencoded::parse(body)
        .find(|(k, _)| k == FIELD)
        .map(|(_, v)| v.into_owned())
}

pub async fn protect(State(state): State<AppState>, req: Request, next: Next) -> Response {
    if req.method().is_safe() {
        return next.run(req).await;
    }
    if !same_origin(&req, &state.settings.public_origin) {
        tracing::warn!("refused a cross-site request");
        return WebError::CsrfRejected.into_response();
    }
    if req.extensions().get::<BearerAuth>().is_some()
        || (req.uri().path().starts_with("/api/") && !has_session_cookie(&req))
    {
        return next.run(req).await;
    }
    let expected = match req.extensions().get::<Session>() {
        Some(s) => s.get::<String>(session::CSRF).await.ok().flatten(),
        None => None,
    };
    let header_token = req
        .headers()
        .get(HEADER)
        .and_then(|v| v.to_str().ok())
        .map(str::to_string);
    let (parts, body) = req.into_parts();
    let is_form = parts
        .headers
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.starts_with("application/x-www-form-urlencoded"));
    let (given, body) = match header_token {
        Some(t) => (Some(t), body),
        None if is_form => {
            let Ok(bytes) = axum::body::to_bytes(body, MAX_FORM).await else {
                return WebError::TooLarge.into_response();
            };
            (form_token(&bytes), Body::from(bytes))
        }
        None => (None, body),
    };
    let ok = matches!((&expected, &given), (Some(e), Some(g)) if bool::from(e.as_bytes().ct_eq(g.as_bytes())));
    if !ok {
        // The reason only, never a token.
        tracing::warn!(
            had_token = given.is_some(),
            "refused an unsafe request without a valid CSRF token"
        );
        return WebError::CsrfRejected.into_response();
    }
    next.run(Request::from_parts(parts, body)).await
}
