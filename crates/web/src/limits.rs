//! Bounds on what one client can make the server do: a rate limit on unsafe requests
//! per client address (429), and a maximum length for the address of a request (414)
//! and its query (400) — a 64 KB search query once cost half a second of CPU. Body sizes
//! are bounded by a layer in `lib.rs`.

use std::net::{IpAddr, Ipv4Addr, SocketAddr};
use std::num::NonZeroU32;

use axum::extract::{ConnectInfo, Request, State};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use governor::{DefaultKeyedRateLimiter, Quota, RateLimiter};

use crate::error::WebError;
use crate::state::AppState;

/// Longest request target accepted (path and query).
pub const MAX_URI: usize = 4096;
/// Longest query string accepted.
pub const MAX_QUERY: usize = 1024;

/// Unsafe requests per client address per minute (in memory, per node: a node that is
/// flooded protects itself; sign-in attempts are also counted in the database).
pub struct WriteLimiter(DefaultKeyedRateLimiter<IpAddr>);

impl WriteLimiter {
    pub fn new(per_minute: u32) -> WriteLimiter {
        let n = NonZeroU32::new(per_minute.max(1)).unwrap_or(NonZeroU32::MIN);
        WriteLimiter(RateLimiter::keyed(Quota::per_minute(n)))
    }

    fn allow(&self, ip: IpAddr) -> bool {
        // Keeps the map from growing without bound under many addresses.
        if self.0.len() > 100_000 {
            self.0.retain_recent();
        }
        self.0.check_key(&ip).is_ok()
    }
}

/// The client's address (the peer; a proxy in front should be configured as the public
/// origin and pass the real address in a later version).
pub fn client_ip(req: &Request) -> IpAddr {
    req.extensions()
        .get::<ConnectInfo<SocketAddr>>()
        .map_or(IpAddr::V4(Ipv4Addr::UNSPECIFIED), |c| c.0.ip())
}

pub async fn bound_requests(State(state): State<AppState>, req: Request, next: Next) -> Response {
    let uri = req.uri();
    if uri.to_string().len() > MAX_URI {
        return WebError::UriTooLong.into_response();
    }
    if uri.query().is_some_and(|q| q.len() > MAX_QUERY) {
        return WebError::invalid(
            "query",
            format!("the query is longer than {MAX_QUERY} bytes"),
        )
        .into_response();
    }
    let unsafe_method = !req.method().is_safe();
    if unsafe_method && !state.limiter.allow(client_ip(&req)) {
        return WebError::TooMany { retry_after: 60 }.into_response();
    }
    next.run(req).await
}

/// The client's address as text, for throttling and the audit log.
pub struct ClientAddr(pub String);

impl<S: Send + Sync> axum::extract::FromRequestParts<S> for ClientAddr {
    type Rejection = std::convert::Infallible;
    async fn from_request_parts(
        parts: &mut axum::http::request::Parts,
        _: &S,
    ) -> Result<Self, Self::Rejection> {
        let ip = parts
            .extensions
            .get::<ConnectInfo<SocketAddr>>()
            .map_or(IpAddr::V4(Ipv4Addr::UNSPECIFIED), |c| c.0.ip());
        Ok(ClientAddr(ip.to_string()))
    }
}
