//! What a service call can fail with. The web maps these once to HTTP (and the CLI to
//! messages); the variants say what the caller can do about it, never internals.

use opennrm_domain::platform::Denied;
use opennrm_store::StoreError;

#[derive(Debug, thiserror::Error)]
pub enum ServiceError {
    #[error("{0} not found")]
    NotFound(&'static str),
    /// A value the caller gave is not acceptable; `field` names it.
    #[error("{field}: {message}")]
    Invalid {
        field: &'static str,
        message: String,
    },
    #[error("{0}")]
    Denied(#[from] Denied),
    /// The request conflicts with what exists (a user name taken, …).
    #[error("{0}")]
    Conflict(String),
    /// Too many attempts or too much stored: try again after `retry_after_seconds`.
    #[error("too many requests; try again later")]
    TooMany { retry_after_seconds: u64 },
    /// Something broke inside; the cause is for the log only.
    #[error("internal error")]
    Internal(String),
}

impl ServiceError {
    pub(crate) fn invalid(field: &'static str, message: impl Into<String>) -> ServiceError {
        ServiceError::Invalid {
            field,
            message: message.into(),
        }
    }
}

impl From<StoreError> for ServiceError {
    fn from(e: StoreError) -> ServiceError {
        match e {
            StoreError::Conflict(m) => ServiceError::Conflict(m),
            other => ServiceError::Internal(other.to_string()),
        }
    }
}
