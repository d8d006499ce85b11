//! CSRF protection for the few forms that change state (screening drafts): a
//! double-submit token (an HttpOnly, SameSite=Strict cookie that must equal a hidden form
//! field) plus a same-origin check on `Origin` / `Sec-Fetch-Site`. There are no sessions
//! yet; when sign-in arrives the token moves into the session.

use axum::http::{HeaderMap, HeaderValue, header};

pub const COOKIE: &str = "opennrm_csrf";
pub const FIELD: &str = "csrf";

fn is_token(s: &str) -> bool {
    s.len() == 64 && s.bytes().all(|b| b.is_ascii_hexdigit())
}

/// The token in the request's cookie, if well-formed.
pub fn cookie_token(headers: &HeaderMap) -> Option<String> {
    crate::cookie::get(headers, COOKIE).filter(|v| is_token(v))
}

/// The token to put in a form: the existing cookie's, or a fresh one with its cookie.
pub fn token_for_form(headers: &HeaderMap) -> (String, Option<HeaderValue>) {
    if let Some(t) = cookie_token(headers) {
        return (t, None);
    }
    let token = crate::cookie::random_hex(32);
    let cookie = crate::cookie::set(COOKIE, &token, "/", None);
    (token, cookie)
}

/// Why a state-changing request was refused.
#[derive(Debug, PartialEq, Eq)]
pub enum Refusal {
    CrossSite,
    MissingOrWrongToken,
}

/// Accepts a form POST only from this site with the matching token.
pub fn check(headers: &HeaderMap, form_token: Option<&str>) -> Result<(), Refusal> {
    if let Some(site) = headers.get("sec-fetch-site").and_then(|v| v.to_str().ok())
        && !matches!(site, "same-origin" | "none")
    {
        return Err(Refusal::CrossSite);
    }
    if let Some(origin) = headers.get(header::ORIGIN).and_then(|v| v.to_str().ok()) {
        let host = headers
            .get(header::HOST)
            .and_then(|v| v.to_str().ok())
            .unwrap_or_default();
        let origin_host = origin.split_once("://").map_or("", |(_, h)| h);
        if origin == "null" || origin_host != host {
            return Err(Refusal::CrossSite);
        }
    }
    match (cookie_token(headers), form_token) {
        (Some(c), Some(f)) if c == f => Ok(()),
        _ => Err(Refusal::MissingOrWrongToken),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn headers(pairs: &[(&'static str, &str)]) -> HeaderMap {
        let mut h = HeaderMap::new();
        for (k, v) in pairs {
            h.append(*k, HeaderValue::from_str(v).expect("header"));
        }
        h
    }

    #[test]
    fn a_same_site_post_with_the_matching_token_passes_and_anything_else_fails() {
        let t = "a".repeat(64);
        let cookie = format!("other=1; {COOKIE}={t}");
        let ok = headers(&[
            ("cookie", &cookie),
            ("host", "127.0.0.1:8080"),
            ("origin", "http://127.0.0.1:8080"),
            ("sec-fetch-site", "same-origin"),
        ]);
        assert_eq!(check(&ok, Some(&t)), Ok(()));
        assert_eq!(
            check(&ok, Some(&"b".repeat(64))),
            Err(Refusal::MissingOrWrongToken)
        );
        assert_eq!(check(&ok, None), Err(Refusal::MissingOrWrongToken));
        let cross = headers(&[
            ("cookie", &cookie),
            ("host", "127.0.0.1:8080"),
            ("origin", "http://evil.example"),
        ]);
        assert_eq!(check(&cross, Some(&t)), Err(Refusal::CrossSite));
        let fetch = headers(&[("cookie", &cookie), ("sec-fetch-site", "cross-site")]);
        assert_eq!(check(&fetch, Some(&t)), Err(Refusal::CrossSite));
        let no_cookie = headers(&[("host", "x")]);
        assert_eq!(
            check(&no_cookie, Some(&t)),
            Err(Refusal::MissingOrWrongToken)
        );
    }

    #[test]
    fn a_fresh_token_comes_with_a_strict_http_only_cookie() {
        let (token, cookie) = token_for_form(&HeaderMap::new());
        assert!(is_token(&token));
        let cookie = cookie.expect("cookie").to_str().expect("ascii").to_string();
        assert!(
            cookie.contains("HttpOnly")
                && cookie.contains("SameSite=Strict")
                && cookie.contains(&token)
        );
    }
}
