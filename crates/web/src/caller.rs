//! Who is calling: resolved once per request from a bearer token (scripts) or the
//! session (browsers), re-checked against the database every time so that disabling a
//! user or changing a password takes effect at once. Handlers take `Caller` and pass its
//! identity to the services; they never decide access themselves.

use axum::extract::{FromRequestParts, Request, State};
use axum::http::header;
use axum::http::request::Parts;
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use opennrm_service::Identity;
use opennrm_service::auth::SessionAuth;
use tower_sessions::Session;

use crate::error::WebError;
use crate::pages::Viewer;
use crate::session;
use crate::state::AppState;

/// The caller's identity (anonymous when nothing proves otherwise).
#[derive(Debug, Clone)]
pub struct Caller(pub Identity);

/// The request authenticated with a bearer token: no cookie was used, so there is no
/// ambient authority for a cross-site request to abuse (the CSRF layer lets it through).
#[derive(Debug, Clone, Copy)]
pub struct BearerAuth;

impl<S: Send + Sync> FromRequestParts<S> for Caller {
    type Rejection = std::convert::Infallible;
    async fn from_request_parts(parts: &mut Parts, _: &S) -> Result<Self, Self::Rejection> {
        Ok(parts
            .extensions
            .get::<Caller>()
            .cloned()
            .unwrap_or(Caller(Identity::Anonymous)))
    }
}

fn bearer(req: &Request) -> Option<String> {
    let v = req.headers().get(header::AUTHORIZATION)?.to_str().ok()?;
    let (scheme, token) = v.split_once(' ')?;
    scheme
        .eq_ignore_ascii_case("bearer")
        .then(|| token.trim().to_string())
}

pub async fn resolve(State(state): State<AppState>, mut req: Request, next: Next) -> Response {
    let mut identity = Identity::Anonymous;
    let session = req.extensions().get::<Session>().cloned();
    if req.headers().contains_key(header::AUTHORIZATION) {
        let Some(token) = bearer(&req) else {
            return WebError::Unauthenticated.into_response();
        };
        match state.services().token_identity(&token).await {
            Ok(id) => identity = id,
            Err(e) => return WebError::from(e).into_response(),
        }
        req.extensions_mut().insert(BearerAuth);
    } else if let Some(s) = &session
        && let Ok(Some(auth)) = s.get::<SessionAuth>(session::AUTH).await
    {
        match state.services().session_identity(&auth).await {
            Ok(Some(id)) => identity = id,
            // The user was disabled, changed password elsewhere, or the absolute
            // timeout passed: this session ends here.
            Ok(None) => {
                let _ = s.flush().await;
            }
            Err(e) => return WebError::from(e).into_response(),
        }
    }
    let csrf = match &session {
        Some(s) if matches!(identity, Identity::User(_)) => {
            s.get::<String>(session::CSRF).await.ok().flatten()
        }
        _ => None,
    };
    let viewer = Viewer::of(&identity, csrf);
    let page = req.uri().clone();
    // A signed-in user's language: a choice made now is remembered for them; with no
    // choice in the request (no link, no cookie) their own choice is spoken.
    let mut own_language = None;
    if let (Identity::User(p), Some(asked)) = (
        &identity,
        req.extensions()
            .get::<crate::i18n::LanguageAsked>()
            .copied(),
    ) {
        match asked.chosen {
            Some(tag) => {
                if let Err(e) = state.services().remember_language(&identity, tag).await {
                    tracing::warn!(error = %e, "a user's language choice was not remembered");
                }
            }
            None if !asked.remembered => {
                own_language = p.language.as_deref().and_then(crate::i18n::offered);
            }
            None => {}
        }
    }
    req.extensions_mut().insert(Caller(identity));
    req.extensions_mut().insert(viewer.clone());
    match own_language {
        Some(tag) => {
            let mut resp =
                crate::i18n::in_language(tag, finish(&state, &session, viewer, page, next, req))
                    .await;
            resp.extensions_mut().insert(crate::i18n::Spoken(tag));
            resp
        }
        None => finish(&state, &session, viewer, page, next, req).await,
    }
}

/// The rest of `resolve`: runs the handler and puts the viewer's part into its page.
async fn finish(
    state: &AppState,
    session: &Option<Session>,
    viewer: Viewer,
    page: axum::http::Uri,
    next: Next,
    req: Request,
) -> Response {
    let resp = next.run(req).await;
    // A handler that raised the session's privilege (second factor, new password) cycled
    // its CSRF token: the header's sign-out form must carry the token the session holds
    // now, or the page it renders signs nobody out.
    let viewer = match &session {
        Some(s) if viewer.name.is_some() => Viewer {
            csrf: s.get::<String>(session::CSRF).await.ok().flatten(),
            ..viewer
        },
        _ => viewer,
    };
    let mut resp = crate::pages::with_viewer(&state.ui, &viewer, &page, resp).await;
    resp.extensions_mut().insert(viewer);
    resp
}
