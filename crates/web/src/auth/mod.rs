//! Sign-in, the second factor, sign-out (here or everywhere) and the account page with
//! its authenticator set-up, password change and API tokens. Handlers parse, call the
//! services with the caller's identity, and render; the session id is cycled at every
//! change of privilege (sign-in, second factor) so a planted id is worth nothing.

use askama::Template;
use axum::extract::{Form, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use opennrm_domain::atlas::FactId;
use opennrm_domain::platform::Role;
use opennrm_service::auth::{AccountView, PendingSecondFactor, SessionAuth, SignInStep};
use opennrm_service::{Identity, ServiceError};
use serde::Deserialize;
use tower_sessions::Session;

use crate::caller::Caller;
use crate::csrf;
use crate::error::WebError;
use crate::i18n::Ui;
use crate::openapi::ReadErrors;
use crate::pages::{Footer, render_private};
use crate::session as keys;
use crate::state::AppState;

type Peer = crate::limits::ClientAddr;

fn address(peer: &Peer) -> String {
    peer.0.clone()
}

#[derive(Template)]
#[template(path = "sign_in.html")]
struct SignInPage<'a> {
    ui: &'a Ui,
    footer: Footer,
    csrf: String,
    error: Option<String>,
    step: &'static str,
}

async fn sign_in_page(
    state: &AppState,
    session: &Session,
    step: &'static str,
    error: Option<String>,
    status: StatusCode,
) -> Result<Response, WebError> {
    let csrf = csrf::token(session).await?;
    Ok(render_private(
        &SignInPage {
            ui: &state.ui,
            footer: Footer::of(state),
            csrf,
            error,
            step,
        },
        status,
    ))
}

pub async fn sign_in_form(
    State(state): State<AppState>,
    session: Session,
) -> Result<Response, WebError> {
    sign_in_page(&state, &session, "password", None, StatusCode::OK).await
}

#[derive(Deserialize)]
pub struct SignInForm {
    username: String,
    password: String,
}

/// After a change of privilege: a new session id and a new CSRF token.
async fn rotate(session: &Session) -> Result<(), WebError> {
    session.cycle_id().await.map_err(keys::failed)?;
    let _ = session.remove::<String>(keys::CSRF).await;
    csrf::token(session).await?;
    Ok(())
}

async fn establish(session: &Session, auth: &SessionAuth) -> Result<(), WebError> {
    let _ = session.remove::<PendingSecondFactor>(keys::PENDING).await;
    rotate(session).await?;
    session.insert(keys::AUTH, auth).await.map_err(keys::failed)
}

pub async fn sign_in(
    State(state): State<AppState>,
    peer: Peer,
    session: Session,
    Form(f): Form<SignInForm>,
) -> Result<Response, WebError> {
    match state
        .services()
        .sign_in(&f.username, &f.password, &address(&peer))
        .await
    {
        Ok(SignInStep::SignedIn(auth)) => {
            establish(&session, &auth).await?;
            Ok(Redirect::to("/account").into_response())
        }
        Ok(SignInStep::SecondFactor(pending)) => {
            rotate(&session).await?;
            session
                .insert(keys::PENDING, &pending)
                .await
                .map_err(keys::failed)?;
            Ok(Redirect::to("/sign-in/code").into_response())
        }
        Err(ServiceError::Invalid { message, .. }) => {
            sign_in_page(
                &state,
                &session,
                "password",
                Some(message),
                StatusCode::UNAUTHORIZED,
            )
            .await
        }
        Err(e) => Err(e.into()),
    }
}

pub async fn code_form(
    State(state): State<AppState>,
    session: Session,
) -> Result<Response, WebError> {
    if session
        .get::<PendingSecondFactor>(keys::PENDING)
        .await
        .ok()
        .flatten()
        .is_none()
    {
        return Ok(Redirect::to("/sign-in").into_response());
    }
    sign_in_page(&state, &session, "code", None, StatusCode::OK).await
}

#[derive(Deserialize)]
pub struct CodeForm {
    code: String,
}

pub async fn code(
    State(state): State<AppState>,
    peer: Peer,
    session: Session,
    Form(f): Form<CodeForm>,
) -> Result<Response, WebError> {
    let Some(pending) = session
        .get::<PendingSecondFactor>(keys::PENDING)
        .await
        .ok()
        .flatten()
    else {
        return Ok(Redirect::to("/sign-in").into_response());
    };
    match state
        .services()
        .complete_second_factor(&pending, &f.code, &address(&peer))
        .await
    {
        Ok(auth) => {
            establish(&session, &auth).await?;
            Ok(Redirect::to("/account").into_response())
        }
        // The password was right, so the person is told what to do about the code (the
        // service's generic sentence speaks of user names and passwords).
        Err(ServiceError::Invalid { .. }) => {
            sign_in_page(
                &state,
                &session,
                "code",
                Some(state.ui.t("sign-in-code-wrong")),
                StatusCode::UNAUTHORIZED,
            )
            .await
        }
        Err(ServiceError::Denied(_)) => {
            let _ = session.remove::<PendingSecondFactor>(keys::PENDING).await;
            Ok(Redirect::to("/sign-in").into_response())
        }
        Err(e) => Err(e.into()),
    }
}

pub async fn sign_out(
    State(state): State<AppState>,
    Caller(who): Caller,
    session: Session,
) -> Result<Response, WebError> {
    state.services().signed_out(&who).await?;
    session.flush().await.map_err(keys::failed)?;
    Ok(Redirect::to("/").into_response())
}

pub async fn sign_out_everywhere(
    State(state): State<AppState>,
    Caller(who): Caller,
    session: Session,
) -> Result<Response, WebError> {
    state.services().sign_out_everywhere(&who).await?;
    session.flush().await.map_err(keys::failed)?;
    Ok(Redirect::to("/").into_response())
}

// ---------------------------------------------------------------- the account page

#[derive(Template)]
#[template(path = "account.html")]
struct AccountPage<'a> {
    ui: &'a Ui,
    footer: Footer,
    csrf: String,
    a: AccountView,
    /// The authenticator being set up (shown once).
    enrol: Option<opennrm_service::auth::TotpEnrolment>,
    /// A token just created (shown once).
    new_token: Option<String>,
    notice: Option<String>,
    error: Option<String>,
    needs_second_factor: bool,
}

/// The authenticator key in groups of four, as apps accept it and people copy it.
pub(crate) fn key_in_groups(key: &str) -> String {
    key.as_bytes()
        .chunks(4)
        .map(String::from_utf8_lossy)
        .collect::<Vec<_>>()
        .join(" ")
}

#[derive(Default)]
struct AccountExtras {
    enrol: Option<opennrm_service::auth::TotpEnrolment>,
    new_token: Option<String>,
    notice: Option<String>,
    error: Option<String>,
}

async fn account_page(
    state: &AppState,
    who: &Identity,
    session: &Session,
    extras: AccountExtras,
    status: StatusCode,
) -> Result<Response, WebError> {
    let a = state.services().account(who).await?;
    let csrf = csrf::token(session).await?;
    let needs_second_factor = who
        .principal()
        .is_some_and(|p| p.lacks_required_second_factor());
    Ok(render_private(
        &AccountPage {
            ui: &state.ui,
            footer: Footer::of(state),
            csrf,
            a,
            enrol: extras.enrol,
            new_token: extras.new_token,
            notice: extras.notice,
            error: extras.error,
            needs_second_factor,
        },
        status,
    ))
}

pub async fn account(
    State(state): State<AppState>,
    Caller(who): Caller,
    session: Session,
) -> Result<Response, WebError> {
    let notice = session
        .remove::<String>(keys::NOTICE)
        .await
        .ok()
        .flatten()
        .map(|key| state.ui.t(&key));
    let extras = AccountExtras {
        notice,
        ..Default::default()
    };
    account_page(&state, &who, &session, extras, StatusCode::OK).await
}

/// Shows an invalid-input failure on the account page; anything else is an error.
async fn account_result(
    state: &AppState,
    who: &Identity,
    session: &Session,
    r: Result<AccountExtras, ServiceError>,
) -> Result<Response, WebError> {
    match r {
        Ok(extras) => account_page(state, who, session, extras, StatusCode::OK).await,
        Err(ServiceError::Invalid { message, .. } | ServiceError::Conflict(message)) => {
            let extras = AccountExtras {
                error: Some(message),
                ..Default::default()
            };
            account_page(state, who, session, extras, StatusCode::BAD_REQUEST).await
        }
        Err(e) => Err(e.into()),
    }
}

pub async fn totp_begin(
    State(state): State<AppState>,
    Caller(who): Caller,
    session: Session,
) -> Result<Response, WebError> {
    let r = state
        .services()
        .begin_totp_enrolment(&who)
        .await
        .map(|e| AccountExtras {
            enrol: Some(e),
            ..Default::default()
        });
    account_result(&state, &who, &session, r).await
}

/// Confirms the authenticator. On success the browser is sent to the account page (so
/// reloading it posts nothing); a code that does not match shows the same key again.
pub async fn totp_confirm(
    State(state): State<AppState>,
    Caller(who): Caller,
    session: Session,
    Form(f): Form<CodeForm>,
) -> Result<Response, WebError> {
    let Some(auth) = session.get::<SessionAuth>(keys::AUTH).await.ok().flatten() else {
        return Err(WebError::Unauthenticated);
    };
    match state.services().confirm_totp(&who, &auth, &f.code).await {
        Ok(new_auth) => {
            establish(&session, &new_auth).await?;
            session
                .insert(keys::NOTICE, "account-totp-done")
                .await
                .map_err(keys::failed)?;
            Ok(Redirect::to("/account").into_response())
        }
        Err(ServiceError::Invalid { message, .. }) => {
            let enrol = state.services().pending_totp_enrolment(&who).await?;
            let error = if enrol.is_some() {
                state.ui.t("account-totp-wrong")
            } else {
                message
            };
            let extras = AccountExtras {
                enrol,
                error: Some(error),
                ..Default::default()
            };
            account_page(&state, &who, &session, extras, StatusCode::BAD_REQUEST).await
        }
        Err(e) => Err(e.into()),
    }
}

#[derive(Deserialize)]
pub struct PasswordForm {
    current_password: String,
    new_password: String,
}

pub async fn change_password(
    State(state): State<AppState>,
    Caller(who): Caller,
    session: Session,
    Form(f): Form<PasswordForm>,
) -> Result<Response, WebError> {
    let r = state
        .services()
        .change_password(&who, &f.current_password, &f.new_password)
        .await;
    let r = match r {
        Ok(auth) => {
            establish(&session, &auth).await?;
            Ok(AccountExtras {
                notice: Some(state.ui.t("account-password-done")),
                ..Default::default()
            })
        }
        Err(e) => Err(e),
    };
    account_result(&state, &who, &session, r).await
}

#[derive(Deserialize)]
pub struct TokenForm {
    name: String,
}

pub async fn create_token(
    State(state): State<AppState>,
    Caller(who): Caller,
    session: Session,
    Form(f): Form<TokenForm>,
) -> Result<Response, WebError> {
    let r = state
        .services()
        .create_api_token(&who, &f.name)
        .await
        .map(|(_, token)| AccountExtras {
            new_token: Some(token),
            ..Default::default()
        });
    account_result(&state, &who, &session, r).await
}

#[derive(Deserialize)]
pub struct RevokeForm {
    id: String,
}

pub async fn revoke_token(
    State(state): State<AppState>,
    Caller(who): Caller,
    session: Session,
    Form(f): Form<RevokeForm>,
) -> Result<Response, WebError> {
    let r = state
        .services()
        .revoke_api_token(&who, &f.id)
        .await
        .map(|()| AccountExtras {
            notice: Some(state.ui.t("account-token-revoked")),
            ..Default::default()
        });
    account_result(&state, &who, &session, r).await
}

/// The signed-in user, as the API sees them.
#[derive(serde::Serialize, utoipa::ToSchema)]
pub struct Me<'a> {
    /// Opaque, server-issued id (32 hex digits).
    #[schema(pattern = "^[0-9a-f]{32}$")]
    user_id: &'a str,
    display_name: &'a str,
    /// The organisation's atlas actor id.
    #[schema(value_type = FactId)]
    organisation: &'a str,
    /// ISO 3166-1 alpha-2 code of the country the user works in.
    #[schema(pattern = "^[A-Z]{2}$")]
    country: &'a str,
    roles: &'a [Role],
}

/// Who the API sees
///
/// The user behind the bearer token (or the browser's session): scripts check their token
/// with it.
#[utoipa::path(
    get,
    path = "/api/v1/me",
    operation_id = "me",
    tag = "account",
    security(("bearerToken" = []), ("sessionCookie" = [])),
    responses((status = 200, description = "The signed-in user", body = Me), ReadErrors),
)]
pub async fn api_me(Caller(who): Caller) -> Result<Response, WebError> {
    let p = who.principal().ok_or(WebError::Unauthenticated)?;
    Ok(axum::Json(Me {
        user_id: p.user_id.as_str(),
        display_name: &p.display_name,
        organisation: p.organisation.as_str(),
        country: p.country.as_str(),
        roles: &p.roles,
    })
    .into_response())
}
