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
/// Longest query string accepted (as sent, percent-encoded). Parameters have bounds of
/// their own (the longest, a text search of `atlas::params::MAX_TEXT` = 200 characters,
/// takes up to 2 400 bytes encoded, 12 per character); this cuts off anything far
/// beyond them before it is parsed.
pub const MAX_QUERY: usize = 3072;

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

/// The client's address: the peer of the connection (a proxy in front should be
/// configured as the public origin and pass the real address in a later version).
fn peer_ip(extensions: &axum::http::Extensions) -> IpAddr {
    extensions
        .get::<ConnectInfo<SocketAddr>>()
        .map_or(IpAddr::V4(Ipv4Addr::UNSPECIFIED), |c| c.0.ip())
}

/// The length of the request target as the client wrote it, without formatting it
/// (this runs on every request).
fn target_len(uri: &axum::http::Uri) -> usize {
    let authority = uri.authority().map_or(0, |a| a.as_str().len());
    let scheme = uri.scheme_str().map_or(0, |s| s.len() + "://".len());
    scheme + authority + uri.path_and_query().map_or(0, |p| p.as_str().len())
}

pub async fn bound_requests(State(state): State<AppState>, req: Request, next: Next) -> Response {
    let uri = req.uri();
    if target_len(uri) > MAX_URI {
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
    if unsafe_method && !state.limiter.allow(peer_ip(req.extensions())) {
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
        Ok(ClientAddr(peer_ip(&parts.extensions).to_string()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_target_length_is_the_length_of_the_uri_as_written() {
        for s in [
            "/",
            "/search?q=reflection",
            "http://127.0.0.1:8080/x?y=1",
            "*",
        ] {
            let uri: axum::http::Uri = s.parse().expect("uri");
            assert_eq!(target_len(&uri), uri.to_string().len(), "{s}");
        }
    }
}
