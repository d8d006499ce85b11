//! Bounds on what one client can make the server do: a rate limit on unsafe requests
//! per client address (429), and a maximum length for the address of a request (414)
//! and its query (400) — a 64 KB search query once cost half a second of CPU. Body sizes
//! are bounded by a layer in `lib.rs`.
//!
//! Who the client is, is decided here once per request ([`ClientIp`]): the TCP peer,
//! unless the peer is one of the configured trusted proxies, in which case it is the
//! right-most address in `X-Forwarded-For` that is not itself a trusted proxy
//! ([`client_ip`]). The write limit, sign-in throttling and the audit log all read it.

use std::net::{IpAddr, Ipv4Addr, SocketAddr};
use std::num::NonZeroU32;

use axum::extract::{ConnectInfo, Request, State};
use axum::http::HeaderMap;
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use governor::{DefaultKeyedRateLimiter, Quota, RateLimiter};
use ipnet::IpNet;

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

/// The TCP peer of the connection (a proxy's address when there is one in front).
fn peer_ip(extensions: &axum::http::Extensions) -> IpAddr {
    extensions
        .get::<ConnectInfo<SocketAddr>>()
        .map_or(IpAddr::V4(Ipv4Addr::UNSPECIFIED), |c| c.0.ip())
}

/// The addresses whose `X-Forwarded-For` is believed: the reverse proxies (TLS
/// terminators, load balancers) in front of the nodes. Empty: nobody's, so the client is
/// always the TCP peer.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct TrustedProxies(Vec<IpNet>);

impl TrustedProxies {
    pub fn new(ranges: Vec<IpNet>) -> TrustedProxies {
        TrustedProxies(ranges)
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    pub fn ranges(&self) -> &[IpNet] {
        &self.0
    }

    /// Whether `ip` is one of the proxies; an IPv4 address written as IPv6
    /// (`::ffff:10.0.0.1`) is compared as IPv4.
    pub fn contains(&self, ip: IpAddr) -> bool {
        let ip = ip.to_canonical();
        self.0.iter().any(|net| net.contains(&ip))
    }
}

/// One entry of the `trusted_proxies` setting: an IP address (`10.0.0.1`, `::1`) or a
/// CIDR range (`10.0.0.0/8`, `fd00::/8`). Host bits of a range are dropped
/// (`10.1.2.3/8` is `10.0.0.0/8`). None when it is neither.
pub fn parse_trusted_proxy(text: &str) -> Option<IpNet> {
    let text = text.trim();
    if let Ok(net) = text.parse::<IpNet>() {
        return Some(net.trunc());
    }
    text.parse::<IpAddr>()
        .ok()
        .map(|ip| IpNet::from(ip.to_canonical()))
}

/// Entries of `X-Forwarded-For` looked at, from the right, before giving up: a chain of
/// proxies is a handful long; a longer one is no one's real path.
pub const MAX_FORWARDED_HOPS: usize = 16;
/// Longest entry read as an address (`[ffff:…:ffff]:65535` is 47 bytes).
const MAX_FORWARDED_ENTRY: usize = 64;

/// The client's address. Without a trusted proxy as the peer, the peer — whatever
/// `X-Forwarded-For` says, since anyone can send it. With one, the header is read from the
/// right (several header lines count as one list, in order): trusted proxies are skipped
/// and the first address that is not one is the client. Anything that is not an address
/// (`unknown`, an empty entry, garbage), a chain of trusted proxies only, or more than
/// [`MAX_FORWARDED_HOPS`] entries gives the peer: what is left of an unreadable entry was
/// not written by a proxy we trust. Entries may carry a port (`1.2.3.4:5678`, `[::1]:80`),
/// as some proxies write them.
pub fn client_ip(peer: IpAddr, headers: &HeaderMap, trusted: &TrustedProxies) -> IpAddr {
    let peer = peer.to_canonical();
    if !trusted.contains(peer) {
        return peer;
    }
    let entries = headers
        .get_all("x-forwarded-for")
        .iter()
        .rev()
        .flat_map(|line| line.as_bytes().rsplit(|b| *b == b','));
    for entry in entries.take(MAX_FORWARDED_HOPS) {
        let Some(ip) = forwarded_entry(entry) else {
            return peer;
        };
        if !trusted.contains(ip) {
            return ip;
        }
    }
    peer
}

/// One `X-Forwarded-For` entry as an address, with or without a port.
fn forwarded_entry(entry: &[u8]) -> Option<IpAddr> {
    if entry.len() > MAX_FORWARDED_ENTRY {
        return None;
    }
    let text = std::str::from_utf8(entry).ok()?.trim_matches([' ', '\t']);
    let ip = text
        .parse::<IpAddr>()
        .or_else(|_| text.parse::<SocketAddr>().map(|s| s.ip()))
        .ok()?;
    Some(ip.to_canonical())
}

/// The client's address for this request, put in the request's extensions by
/// [`bound_requests`] (the outermost of our layers) so everything after it agrees.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ClientIp(pub IpAddr);

impl ClientIp {
    /// The request's client address, the peer if the layer did not run.
    pub fn of(extensions: &axum::http::Extensions) -> IpAddr {
        extensions
            .get::<ClientIp>()
            .map_or_else(|| peer_ip(extensions).to_canonical(), |c| c.0)
    }
}

/// The length of the request target as the client wrote it, without formatting it
/// (this runs on every request).
fn target_len(uri: &axum::http::Uri) -> usize {
    let authority = uri.authority().map_or(0, |a| a.as_str().len());
    let scheme = uri.scheme_str().map_or(0, |s| s.len() + "://".len());
    scheme + authority + uri.path_and_query().map_or(0, |p| p.as_str().len())
}

pub async fn bound_requests(
    State(state): State<AppState>,
    mut req: Request,
    next: Next,
) -> Response {
    let client = client_ip(
        peer_ip(req.extensions()),
        req.headers(),
        &state.settings.trusted_proxies,
    );
    req.extensions_mut().insert(ClientIp(client));
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
    if unsafe_method && !state.limiter.allow(client) {
        return WebError::TooMany { retry_after: 60 }.into_response();
    }
    next.run(req).await
}

/// The client's address as text ([`ClientIp`]), for sign-in throttling and the audit log.
pub struct ClientAddr(pub String);

impl<S: Send + Sync> axum::extract::FromRequestParts<S> for ClientAddr {
    type Rejection = std::convert::Infallible;
    async fn from_request_parts(
        parts: &mut axum::http::request::Parts,
        _: &S,
    ) -> Result<Self, Self::Rejection> {
        Ok(ClientAddr(ClientIp::of(&parts.extensions).to_string()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn trusted(entries: &[&str]) -> TrustedProxies {
        TrustedProxies::new(
            entries
                .iter()
                .map(|e| parse_trusted_proxy(e).expect("entry"))
                .collect(),
        )
    }

    fn ip(text: &str) -> IpAddr {
        text.parse().expect("ip")
    }

    /// The client for a peer and the `X-Forwarded-For` lines, in order.
    fn client(peer: &str, xff: &[&[u8]], proxies: &TrustedProxies) -> IpAddr {
        let mut headers = HeaderMap::new();
        for line in xff {
            headers.append(
                "x-forwarded-for",
                axum::http::HeaderValue::from_bytes(line).expect("header value"),
            );
        }
        client_ip(ip(peer), &headers, proxies)
    }

    #[test]
    fn trusted_proxy_entries_are_addresses_or_ranges() {
        assert_eq!(
            parse_trusted_proxy("10.0.0.1"),
            Some("10.0.0.1/32".parse().expect("net"))
        );
        assert_eq!(
            parse_trusted_proxy(" 10.1.2.3/8 "),
            Some("10.0.0.0/8".parse().expect("net"))
        );
        assert_eq!(
            parse_trusted_proxy("::1"),
            Some("::1/128".parse().expect("net"))
        );
        assert_eq!(
            parse_trusted_proxy("fd00::/8"),
            Some("fd00::/8".parse().expect("net"))
        );
        assert_eq!(
            parse_trusted_proxy("::ffff:10.0.0.1"),
            Some("10.0.0.1/32".parse().expect("net"))
        );
        for bad in [
            "",
            "10.0.0.300",
            "10.0.0.0/33",
            "::/129",
            "proxy.example.org",
            "10.0.0.1:80",
            "10.0.0.0/8/8",
            "*",
        ] {
            assert_eq!(parse_trusted_proxy(bad), None, "{bad}");
        }
    }

    #[test]
    fn without_a_trusted_peer_forwarded_for_is_ignored() {
        let nobody = TrustedProxies::default();
        assert_eq!(
            client("127.0.0.1", &[b"203.0.113.7"], &nobody),
            ip("127.0.0.1")
        );
        // A proxy is trusted, but this peer is not it.
        let proxies = trusted(&["10.0.0.0/8"]);
        assert_eq!(
            client("192.0.2.1", &[b"203.0.113.7"], &proxies),
            ip("192.0.2.1")
        );
    }

    #[test]
    fn behind_a_trusted_proxy_the_right_most_untrusted_entry_is_the_client() {
        let proxies = trusted(&["10.0.0.0/8", "127.0.0.1"]);
        assert_eq!(
            client("127.0.0.1", &[b"203.0.113.7"], &proxies),
            ip("203.0.113.7")
        );
        // A client that writes its own header cannot choose its address: the proxy
        // appends the real one on the right.
        assert_eq!(
            client("127.0.0.1", &[b"198.51.100.1, 203.0.113.7"], &proxies),
            ip("203.0.113.7")
        );
        // Proxies in a chain are skipped.
        assert_eq!(
            client(
                "127.0.0.1",
                &[b"198.51.100.1,203.0.113.7, 10.1.1.1,10.2.2.2"],
                &proxies
            ),
            ip("203.0.113.7")
        );
        // Several header lines are one list, in order.
        assert_eq!(
            client(
                "127.0.0.1",
                &[b"198.51.100.1", b"203.0.113.7, 10.1.1.1"],
                &proxies
            ),
            ip("203.0.113.7")
        );
        // Ports and IPv6, as some proxies write them.
        assert_eq!(
            client("127.0.0.1", &[b"203.0.113.7:5123"], &proxies),
            ip("203.0.113.7")
        );
        assert_eq!(
            client("127.0.0.1", &[b"[2001:db8::1]:443"], &proxies),
            ip("2001:db8::1")
        );
        assert_eq!(
            client("127.0.0.1", &[b"2001:db8::1"], &proxies),
            ip("2001:db8::1")
        );
        // An IPv4 peer seen on an IPv6 socket is the same proxy.
        assert_eq!(
            client("::ffff:127.0.0.1", &[b"203.0.113.7"], &proxies),
            ip("203.0.113.7")
        );
        assert_eq!(
            client("127.0.0.1", &[b"::ffff:203.0.113.7"], &proxies),
            ip("203.0.113.7")
        );
    }

    #[test]
    fn an_unreadable_chain_gives_the_peer() {
        let proxies = trusted(&["10.0.0.0/8", "127.0.0.1"]);
        let peer = ip("127.0.0.1");
        for xff in [
            &b""[..],
            b"garbage",
            b"unknown",
            b"203.0.113.7, ",
            b"203.0.113.7,,10.1.1.1",
            b"203.0.113.7, not-an-address, 10.1.1.1",
            b"203.0.113.300",
            b"\xff\xfe",
            b"10.1.1.1, 10.2.2.2",
        ] {
            assert_eq!(client("127.0.0.1", &[xff], &proxies), peer, "{xff:?}");
        }
        // No header at all.
        assert_eq!(client("127.0.0.1", &[], &proxies), peer);
        // Garbage to the left of the real client does not matter: it is never reached.
        assert_eq!(
            client("127.0.0.1", &[b"garbage, 203.0.113.7"], &proxies),
            ip("203.0.113.7")
        );
        // An overlong entry is not read as an address.
        let long = format!("{}203.0.113.7", " ".repeat(MAX_FORWARDED_ENTRY));
        assert_eq!(client("127.0.0.1", &[long.as_bytes()], &proxies), peer);
    }

    #[test]
    fn at_most_a_bounded_number_of_entries_is_read() {
        let proxies = trusted(&["10.0.0.0/8", "127.0.0.1"]);
        let chain = |hops: usize| {
            let mut entries = vec!["203.0.113.7".to_string()];
            entries.extend((0..hops).map(|i| format!("10.0.0.{}", i % 250)));
            entries.join(", ")
        };
        let within = chain(MAX_FORWARDED_HOPS - 1);
        assert_eq!(
            client("127.0.0.1", &[within.as_bytes()], &proxies),
            ip("203.0.113.7")
        );
        let beyond = chain(MAX_FORWARDED_HOPS);
        assert_eq!(
            client("127.0.0.1", &[beyond.as_bytes()], &proxies),
            ip("127.0.0.1")
        );
        // A header as large as the server accepts costs no more than its last entries.
        let huge = format!("{}, 203.0.113.7", "198.51.100.1, ".repeat(20_000));
        assert_eq!(
            client("127.0.0.1", &[huge.as_bytes()], &proxies),
            ip("203.0.113.7")
        );
    }

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
