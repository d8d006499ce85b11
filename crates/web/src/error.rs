//! One mapping from failures to HTTP: a stable error code, a plain message, never a
//! stack trace. API errors are JSON (`{"error": {"code", "message"}}`, docs/API.md);
//! page errors are a page.

use axum::Json;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use serde::Serialize;

#[derive(Debug, thiserror::Error)]
pub enum ApiError {
    #[error("{0}")]
    NotFound(String),
    #[error("{field}: {message}")]
    InvalidParameter { field: String, message: String },
    /// The request body could not be read as the JSON the endpoint expects.
    #[error("{message}")]
    InvalidBody { status: StatusCode, message: String },
    #[error("internal error")]
    Internal(String),
}

#[derive(Serialize)]
pub struct ErrorBody {
    pub error: ErrorDetail,
}

#[derive(Serialize)]
pub struct ErrorDetail {
    /// Stable, machine-readable: not_found, invalid_parameter, invalid_body, internal.
    pub code: &'static str,
    pub message: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub field: Option<String>,
}

impl ApiError {
    pub fn status(&self) -> StatusCode {
        match self {
            ApiError::NotFound(_) => StatusCode::NOT_FOUND,
            ApiError::InvalidParameter { .. } => StatusCode::BAD_REQUEST,
            ApiError::InvalidBody { status, .. } => *status,
            ApiError::Internal(_) => StatusCode::INTERNAL_SERVER_ERROR,
        }
    }
    pub fn code(&self) -> &'static str {
        match self {
            ApiError::NotFound(_) => "not_found",
            ApiError::InvalidParameter { .. } => "invalid_parameter",
            ApiError::InvalidBody { .. } => "invalid_body",
            ApiError::Internal(_) => "internal",
        }
    }
}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        if let ApiError::Internal(cause) = &self {
            // The cause goes to the log, never to the client.
            tracing::error!(%cause, "internal error in API request");
        }
        let field = match &self {
            ApiError::InvalidParameter { field, .. } => Some(field.clone()),
            _ => None,
        };
        let message = match &self {
            ApiError::InvalidParameter { message, .. } => message.clone(),
            other => other.to_string(),
        };
        let body = ErrorBody {
            error: ErrorDetail {
                code: self.code(),
                message,
                field,
            },
        };
        (self.status(), Json(body)).into_response()
    }
}
