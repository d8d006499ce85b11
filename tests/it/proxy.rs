//! The client's address behind a reverse proxy, on both backends: `X-Forwarded-For` is
//! believed only from a trusted proxy, and then the write limit, sign-in throttling per
//! address and the audit log all see the forwarded client; from anyone else it is
//! ignored, so a client cannot choose its address.

use opennrm_service::audit::AuditFilter;
use opennrm_service::{Identity, Policy};
use reqwest::redirect::Policy as Redirects;

use crate::on_both_backends;
use crate::support::TestApp;

/// Failed sign-ins from one address before it is throttled, in these tests.
const ADDRESS_FAILURES: i64 = 2;

/// Retry-After of the sign-in throttle (the window) and of the write limit (a minute).
const THROTTLED: &str = "900";
const RATE_LIMITED: &str = "60";

fn policy() -> Policy {
    Policy {
        address_failures: ADDRESS_FAILURES,
        // No account is involved (unknown names), but no lockout gets in the way either.
        lockout_after: 1000,
        ..Policy::default()
    }
}

/// A started app whose write limit is `writes` a minute, trusting `proxies`.
async fn app(db: &crate::support::TestDb, writes: u32, proxies: &[&str]) -> TestApp {
    let proxies = opennrm_web::limits::TrustedProxies::new(
        proxies
            .iter()
            .map(|p| opennrm_web::limits::parse_trusted_proxy(p).expect("proxy"))
            .collect(),
    );
    TestApp::start_with(db.loaded_store().await, policy(), |s| {
        opennrm_web::WebSettings {
            writes_per_minute: writes,
            trusted_proxies: proxies,
            ..s
        }
    })
    .await
}

/// The sign-in form, held by one browser session; each attempt may carry its own
/// `X-Forwarded-For` lines, as a proxy would add them.
struct SignIn {
    base: String,
    client: reqwest::Client,
    cookie: String,
    csrf: String,
}

impl SignIn {
    async fn open(app: &TestApp) -> SignIn {
        let client = reqwest::Client::builder()
            .redirect(Redirects::none())
            .build()
            .expect("client");
        let r = client
            .get(format!("{}/sign-in", app.base))
            .send()
            .await
            .expect("get");
        let cookie = r
            .headers()
            .get_all("set-cookie")
            .iter()
            .filter_map(|v| v.to_str().ok())
            .map(|v| v.split(';').next().unwrap_or_default().to_string())
            .find(|c| c.starts_with("opennrm_session="))
            .expect("session cookie");
        let html = r.text().await.expect("body");
        let csrf = html
            .split("name=\"csrf\" value=\"")
            .nth(1)
            .and_then(|s| s.split('"').next())
            .expect("csrf field")
            .to_string();
        SignIn {
            base: app.base.clone(),
            client,
            cookie,
            csrf,
        }
    }

    /// A wrong sign-in; (status, Retry-After).
    async fn fail(&self, forwarded_for: &[&str]) -> (u16, Option<String>) {
        self.post(forwarded_for, &[]).await
    }

    async fn post(&self, forwarded_for: &[&str], extra: &[(&str, &str)]) -> (u16, Option<String>) {
        let origin = extra
            .iter()
            .find(|(name, _)| *name == "origin")
            .map_or(self.base.as_str(), |(_, value)| *value);
        let mut req = self
            .client
            .post(format!("{}/sign-in", self.base))
            .header("origin", origin)
            .header("cookie", &self.cookie)
            .form(&[
                ("csrf", self.csrf.as_str()),
                ("username", "nobody@nowhere.test"),
                ("password", "not a password at all"),
            ]);
        for line in forwarded_for {
            req = req.header("x-forwarded-for", *line);
        }
        for (name, value) in extra.iter().filter(|(name, _)| *name != "origin") {
            req = req.header(*name, *value);
        }
        let r = req.send().await.expect("post");
        let retry = r
            .headers()
            .get("retry-after")
            .and_then(|v| v.to_str().ok())
            .map(str::to_string);
        (r.status().as_u16(), retry)
    }
}

/// The addresses of the failed sign-ins in the audit log, oldest first.
async fn failed_sign_in_addresses(app: &TestApp) -> Vec<String> {
    let mut rows = app
        .state
        .services()
        .audit_events(
            &Identity::Operator,
            &AuditFilter {
                action_prefix: Some("auth.sign_in_failed".into()),
                ..AuditFilter::default()
            },
        )
        .await
        .expect("audit");
    rows.sort_by_key(|r| r.seq);
    rows.into_iter()
        .map(|r| r.address.unwrap_or_default())
        .collect()
}

fn unauthorized() -> (u16, Option<String>) {
    (401, None)
}

fn too_many(retry_after: &str) -> (u16, Option<String>) {
    (429, Some(retry_after.to_string()))
}

on_both_backends! {
    async fn without_trusted_proxies_a_forwarded_for_is_ignored(db) {
        let app = app(&db, 4, &[]).await;
        let form = SignIn::open(&app).await;
        // Four "different" clients, one peer: the peer is throttled after two failures and
        // rate limited after four writes, whatever the header says.
        assert_eq!(form.fail(&["203.0.113.1"]).await, unauthorized());
        assert_eq!(form.fail(&["203.0.113.2"]).await, unauthorized());
        assert_eq!(form.fail(&["203.0.113.3"]).await, too_many(THROTTLED));
        assert_eq!(form.fail(&["203.0.113.4"]).await, too_many(THROTTLED));
        assert_eq!(form.fail(&["203.0.113.5"]).await, too_many(RATE_LIMITED));
        assert_eq!(failed_sign_in_addresses(&app).await, ["127.0.0.1", "127.0.0.1"]);
    }
}

on_both_backends! {
    async fn behind_a_trusted_proxy_each_forwarded_client_has_its_own_budgets(db) {
        let app = app(&db, 3, &["127.0.0.1"]).await;
        let form = SignIn::open(&app).await;
        let a = ["203.0.113.1"];
        let b = ["198.51.100.2"];
        assert_eq!(form.fail(&a).await, unauthorized());
        assert_eq!(form.fail(&a).await, unauthorized());
        assert_eq!(form.fail(&a).await, too_many(THROTTLED), "a's address is throttled");
        assert_eq!(form.fail(&a).await, too_many(RATE_LIMITED), "a's writes are spent");
        // b, through the same proxy, has its own throttle and its own write budget.
        assert_eq!(form.fail(&b).await, unauthorized());
        assert_eq!(form.fail(&b).await, unauthorized());
        assert_eq!(form.fail(&b).await, too_many(THROTTLED));
        // The proxy's own requests (no header) are the proxy's.
        assert_eq!(form.fail(&[]).await, unauthorized());
        assert_eq!(
            failed_sign_in_addresses(&app).await,
            ["203.0.113.1", "203.0.113.1", "198.51.100.2", "198.51.100.2", "127.0.0.1"]
        );
    }
}

on_both_backends! {
    async fn a_forwarded_chain_is_read_from_the_right_and_garbage_gives_the_peer(db) {
        let app = app(&db, 120, &["127.0.0.1", "10.0.0.0/8"]).await;
        let form = SignIn::open(&app).await;
        // The client put a spoofed address in front; the proxy appended the real one.
        assert_eq!(form.fail(&["203.0.113.1, 192.0.2.50"]).await, unauthorized());
        // A second trusted proxy in the chain is skipped, over several header lines.
        assert_eq!(form.fail(&["203.0.113.1, 192.0.2.60", "10.1.2.3"]).await, unauthorized());
        // What is not an address ends the chain: the peer is the client.
        assert_eq!(form.fail(&["garbage"]).await, unauthorized());
        assert_eq!(form.fail(&["192.0.2.70, unknown"]).await, unauthorized());
        assert_eq!(form.fail(&["192.0.2.80,,10.1.2.3"]).await, too_many(THROTTLED), "the peer's third failure");
        assert_eq!(
            failed_sign_in_addresses(&app).await,
            ["192.0.2.50", "192.0.2.60", "127.0.0.1", "127.0.0.1"]
        );
        // X-Forwarded-Host and -Proto from a trusted proxy do not move the origin that
        // unsafe requests must come from (the configured public origin).
        let (status, _) = form
            .post(
                &["192.0.2.90"],
                &[
                    ("origin", "https://evil.example"),
                    ("x-forwarded-host", "evil.example"),
                    ("x-forwarded-proto", "https"),
                ],
            )
            .await;
        assert_eq!(status, 403);
    }
}
