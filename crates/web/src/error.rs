//! One error type for the web and one place that renders it. Handlers return
//! `WebError`; `render_errors` (the outermost layer) turns it — and every error response
//! produced below us (axum's 405, 413, 415, rejected paths and queries) — into the
//! documented JSON shape under `/api` (docs/API.md) or the error page elsewhere. Causes
//! go to the log; clients get a stable code and a plain sentence, never internals, and
//! any echoed input is truncated.

use axum::Json;
use axum::extract::{Request, State};
use axum::http::{HeaderValue, StatusCode, header};
use axum::middleware::Next;
use axum::response::{IntoResponse, Redirect, Response};
use opennrm_service::{Denied, ServiceError};
use serde::Serialize;

use crate::state::AppState;

#[derive(Debug, Clone, thiserror::Error)]
pub enum WebError {
    #[error("{0} not found")]
    NotFound(&'static str),
    /// A parameter, field or body value is not acceptable.
    #[error("{field}: {message}")]
    Invalid { field: String, message: String },
    /// The JSON body could not be read as what the endpoint expects.
    #[error("{0}")]
    InvalidBody(String),
    /// The request as a whole could not be read (malformed body, query or path).
    #[error("{0}")]
    BadRequest(String),
    #[error("sign in first")]
    Unauthenticated,
    #[error("you may not do this")]
    Forbidden,
    /// The CSRF token is missing or wrong, or the request came from another site.
    #[error("this form is stale or came from another site; reload the page and try again")]
    CsrfRejected,
    #[error("set up a second factor (authenticator app) on your account page first")]
    SecondFactorRequired,
    #[error("{0}")]
    Conflict(String),
    #[error("too many requests; try again later")]
    TooMany { retry_after: u64 },
    #[error("the request is too large")]
    TooLarge,
    #[error("the request's address is too long")]
    UriTooLong,
    #[error("this content type is not accepted here")]
    UnsupportedMediaType,
    #[error("this method is not allowed here")]
    MethodNotAllowed,
    #[error("the request took too long")]
    Timeout,
    #[error("internal error")]
    Internal,
}

/// Marks a response this crate rendered itself (a page or JSON), so `render_errors`
/// leaves it alone even when its status is an error (a form shown again with messages).
#[derive(Debug, Clone, Copy)]
pub struct Rendered;

/// Every error of the API has this shape (docs/API.md).
#[derive(Serialize, utoipa::ToSchema)]
#[schema(as = Error, example = json!({"error": {"code": "invalid_parameter", "message": "\"polis\" is not a known value; use one of: police, …", "field": "sector"}}))]
pub struct ErrorBody {
    pub error: ErrorDetail,
}

#[derive(Serialize, utoipa::ToSchema)]
pub struct ErrorDetail {
    /// Stable, machine-readable (docs/API.md).
    #[schema(schema_with = code_schema)]
    pub code: &'static str,
    /// A plain sentence for people; never internals, and any echoed input is cut short.
    pub message: String,
    /// The parameter or body field that was rejected.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub field: Option<String>,
}

fn code_schema() -> utoipa::openapi::schema::Object {
    utoipa::openapi::schema::ObjectBuilder::new()
        .schema_type(utoipa::openapi::schema::Type::String)
        .enum_values(Some(WebError::CODES))
        .build()
}

/// Longest message returned; anything a client sent is cut to fit.
const MAX_MESSAGE: usize = 300;

fn truncate(s: &str) -> String {
    if s.chars().count() <= MAX_MESSAGE {
        return s.to_string();
    }
    let mut t: String = s.chars().take(MAX_MESSAGE).collect();
    t.push('…');
    t
}

impl WebError {
    pub fn status(&self) -> StatusCode {
        match self {
            WebError::NotFound(_) => StatusCode::NOT_FOUND,
            WebError::Invalid { .. } | WebError::BadRequest(_) | WebError::InvalidBody(_) => {
                StatusCode::BAD_REQUEST
            }
            WebError::Unauthenticated => StatusCode::UNAUTHORIZED,
            WebError::Forbidden | WebError::SecondFactorRequired | WebError::CsrfRejected => {
                StatusCode::FORBIDDEN
            }
            WebError::Conflict(_) => StatusCode::CONFLICT,
            WebError::TooMany { .. } => StatusCode::TOO_MANY_REQUESTS,
            WebError::TooLarge => StatusCode::PAYLOAD_TOO_LARGE,
            WebError::UriTooLong => StatusCode::URI_TOO_LONG,
            WebError::UnsupportedMediaType => StatusCode::UNSUPPORTED_MEDIA_TYPE,
            WebError::MethodNotAllowed => StatusCode::METHOD_NOT_ALLOWED,
            WebError::Timeout => StatusCode::REQUEST_TIMEOUT,
            WebError::Internal => StatusCode::INTERNAL_SERVER_ERROR,
        }
    }

    pub fn code(&self) -> &'static str {
        match self {
            WebError::NotFound(_) => "not_found",
            WebError::Invalid { .. } => "invalid_parameter",
            WebError::BadRequest(_) => "bad_request",
            WebError::InvalidBody(_) => "invalid_body",
            WebError::Unauthenticated => "unauthenticated",
            WebError::Forbidden => "forbidden",
            WebError::CsrfRejected => "csrf_rejected",
            WebError::SecondFactorRequired => "second_factor_required",
            WebError::Conflict(_) => "conflict",
            WebError::TooMany { .. } => "too_many_requests",
            WebError::TooLarge => "payload_too_large",
            WebError::UriTooLong => "uri_too_long",
            WebError::UnsupportedMediaType => "unsupported_media_type",
            WebError::MethodNotAllowed => "method_not_allowed",
            WebError::Timeout => "timeout",
            WebError::Internal => "internal",
        }
    }

    /// Every `code()`, for the OpenAPI document (a test checks the two agree).
    pub const CODES: [&'static str; 16] = [
        "not_found",
        "invalid_parameter",
        "bad_request",
        "invalid_body",
        "unauthenticated",
        "forbidden",
        "csrf_rejected",
        "second_factor_required",
        "conflict",
        "too_many_requests",
        "payload_too_large",
        "uri_too_long",
        "unsupported_media_type",
        "method_not_allowed",
        "timeout",
        "internal",
    ];

    pub fn invalid(field: &str, message: impl Into<String>) -> WebError {
        WebError::Invalid {
            field: field.to_string(),
            message: message.into(),
        }
    }

    /// The message a client sees (truncated).
    pub fn message(&self) -> String {
        match self {
            WebError::Invalid { message, .. } => truncate(message),
            other => truncate(&other.to_string()),
        }
    }

    pub fn field(&self) -> Option<&str> {
        match self {
            WebError::Invalid { field, .. } => Some(field),
            _ => None,
        }
    }

    /// An error status produced below us without a `WebError` (axum's own answers).
    fn from_status(status: StatusCode) -> WebError {
        match status {
            StatusCode::NOT_FOUND => WebError::NotFound("page"),
            StatusCode::METHOD_NOT_ALLOWED => WebError::MethodNotAllowed,
            StatusCode::PAYLOAD_TOO_LARGE => WebError::TooLarge,
            StatusCode::URI_TOO_LONG => WebError::UriTooLong,
            StatusCode::UNSUPPORTED_MEDIA_TYPE => WebError::UnsupportedMediaType,
            StatusCode::UNAUTHORIZED => WebError::Unauthenticated,
            StatusCode::FORBIDDEN => WebError::Forbidden,
            StatusCode::TOO_MANY_REQUESTS => WebError::TooMany { retry_after: 60 },
            StatusCode::REQUEST_TIMEOUT => WebError::Timeout,
            s if s.is_client_error() => {
                WebError::BadRequest("the request could not be read".into())
            }
            _ => WebError::Internal,
        }
    }
}

/// The one mapping from service failures to the web.
impl From<ServiceError> for WebError {
    fn from(e: ServiceError) -> WebError {
        match e {
            ServiceError::NotFound(what) => WebError::NotFound(what),
            ServiceError::Invalid { field, message } => WebError::invalid(field, message),
            ServiceError::Denied(Denied::Unauthenticated) => WebError::Unauthenticated,
            ServiceError::Denied(Denied::Forbidden) => WebError::Forbidden,
            ServiceError::Denied(Denied::SecondFactorRequired) => WebError::SecondFactorRequired,
            ServiceError::Conflict(m) => WebError::Conflict(m),
            ServiceError::TooMany {
                retry_after_seconds,
            } => WebError::TooMany {
                retry_after: retry_after_seconds,
            },
            ServiceError::Internal(cause) => {
                // The cause goes to the log, never to the client.
                tracing::error!(%cause, "internal error");
                WebError::Internal
            }
        }
    }
}

impl IntoResponse for WebError {
    fn into_response(self) -> Response {
        // Rendered by `render_errors`, which knows whether the caller is the API or a page.
        let mut r = self.status().into_response();
        r.extensions_mut().insert(self);
        r
    }
}

/// What the client is told about `e` (also the examples of the OpenAPI document).
pub fn body(e: &WebError) -> ErrorBody {
    ErrorBody {
        error: ErrorDetail {
            code: e.code(),
            message: e.message(),
            field: e.field().map(str::to_string),
        },
    }
}

/// The JSON error document (docs/API.md).
pub fn json_error(e: &WebError) -> Response {
    let mut r = (e.status(), Json(body(e))).into_response();
    if matches!(e, WebError::Unauthenticated) {
        r.headers_mut().insert(
            header::WWW_AUTHENTICATE,
            HeaderValue::from_static("Bearer realm=\"opennrm\""),
        );
    }
    r
}

/// Outermost layer: every error leaves in the documented shape.
pub async fn render_errors(State(state): State<AppState>, req: Request, next: Next) -> Response {
    let is_api = req.uri().path().starts_with("/api/");
    let is_get = req.method() == axum::http::Method::GET;
    let resp = next.run(req).await;
    let status = resp.status();
    if resp.extensions().get::<Rendered>().is_some() {
        return resp;
    }
    let err = match resp.extensions().get::<WebError>() {
        Some(e) => e.clone(),
        None if status.is_client_error() || status.is_server_error() => {
            WebError::from_status(status)
        }
        None => return resp,
    };
    let viewer = resp
        .extensions()
        .get::<crate::pages::Viewer>()
        .cloned()
        .unwrap_or_default();
    let keep: Vec<(header::HeaderName, HeaderValue)> = resp
        .headers()
        .iter()
        .filter(|(k, _)| *k == header::ALLOW || *k == header::SET_COOKIE)
        .map(|(k, v)| (k.clone(), v.clone()))
        .collect();
    let mut out = if is_api {
        json_error(&err)
    } else if matches!(err, WebError::Unauthenticated) && is_get {
        Redirect::to("/sign-in").into_response()
    } else {
        crate::pages::error_page(&state, &viewer, &err)
    };
    for (k, v) in keep {
        out.headers_mut().append(k, v);
    }
    if let WebError::TooMany { retry_after } = err
        && let Ok(v) = HeaderValue::from_str(&retry_after.to_string())
    {
        out.headers_mut().insert(header::RETRY_AFTER, v);
    }
    out.extensions_mut().insert(Rendered);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_error_code_is_listed_for_the_openapi_document() {
        // One of each variant. A new variant breaks the exhaustive match below, which
        // leads whoever adds it here, to list it in `CODES` too.
        let all = [
            WebError::NotFound("x"),
            WebError::invalid("f", "m"),
            WebError::BadRequest("m".into()),
            WebError::InvalidBody("m".into()),
            WebError::Unauthenticated,
            WebError::Forbidden,
            WebError::CsrfRejected,
            WebError::SecondFactorRequired,
            WebError::Conflict("m".into()),
            WebError::TooMany { retry_after: 1 },
            WebError::TooLarge,
            WebError::UriTooLong,
            WebError::UnsupportedMediaType,
            WebError::MethodNotAllowed,
            WebError::Timeout,
            WebError::Internal,
        ];
        for e in &all {
            // Exhaustive: adding a variant makes this match (and so this test) fail to build.
            match e {
                WebError::NotFound(_)
                | WebError::Invalid { .. }
                | WebError::BadRequest(_)
                | WebError::InvalidBody(_)
                | WebError::Unauthenticated
                | WebError::Forbidden
                | WebError::CsrfRejected
                | WebError::SecondFactorRequired
                | WebError::Conflict(_)
                | WebError::TooMany { .. }
                | WebError::TooLarge
                | WebError::UriTooLong
                | WebError::UnsupportedMediaType
                | WebError::MethodNotAllowed
                | WebError::Timeout
                | WebError::Internal => {}
            }
            assert!(
                WebError::CODES.contains(&e.code()),
                "{} is not listed",
                e.code()
            );
        }
        let codes: std::collections::HashSet<_> = all.iter().map(WebError::code).collect();
        assert_eq!(codes.len(), WebError::CODES.len());
    }
}
