//! The platform end to end, on both backends: sign-in with session rotation, the second
//! factor, lockout and its lifting, sign-out here and everywhere, API tokens, CSRF on
//! every unsafe route, cached pages that never name their viewer, and the access matrix
//! of every route × role.

use opennrm_service::accounts::{NewUser, OrganisationProfile};
use opennrm_service::auth::SignInStep;
use opennrm_service::{Identity, Role, Services};
use reqwest::redirect::Policy;

use crate::on_both_backends;
use crate::support::TestApp;

const PASSWORD: &str = "correct horse battery staple";

/// A browser without automatic redirects or cookie jar: the test holds the cookie.
pub(crate) struct Browser {
    app_base: String,
    client: reqwest::Client,
    cookie: Option<String>,
}

fn session_cookie(r: &reqwest::Response) -> Option<String> {
    r.headers()
        .get_all("set-cookie")
        .iter()
        .filter_map(|v| v.to_str().ok())
        .map(|v| v.split(';').next().unwrap_or_default().to_string())
        .find(|p| p.starts_with("opennrm_session="))
}

pub(crate) fn field(html: &str, name: &str) -> Option<String> {
    html.split(&format!("name=\"{name}\" value=\""))
        .nth(1)
        .and_then(|s| s.split('"').next())
        .map(str::to_string)
}

impl Browser {
    pub(crate) fn new(app: &TestApp) -> Browser {
        Browser {
            app_base: app.base.clone(),
            client: reqwest::Client::builder()
                .redirect(Policy::none())
                .build()
                .expect("client"),
            cookie: None,
        }
    }

    fn keep(&mut self, r: &reqwest::Response) {
        if let Some(c) = session_cookie(r) {
            self.cookie = Some(c);
        }
    }

    pub(crate) async fn get(&mut self, path: &str) -> (u16, String, reqwest::header::HeaderMap) {
        let mut req = self.client.get(format!("{}{path}", self.app_base));
        if let Some(c) = &self.cookie {
            req = req.header("cookie", c);
        }
        let r = req.send().await.expect("get");
        self.keep(&r);
        let h = r.headers().clone();
        (r.status().as_u16(), r.text().await.expect("body"), h)
    }

    /// Posts a form with this session's CSRF token (taken from `token_page`).
    pub(crate) async fn post(
        &mut self,
        path: &str,
        form: &[(&str, &str)],
    ) -> (u16, String, reqwest::header::HeaderMap) {
        let mut req = self
            .client
            .post(format!("{}{path}", self.app_base))
            .header("origin", &self.app_base)
            .form(form);
        if let Some(c) = &self.cookie {
            req = req.header("cookie", c);
        }
        let r = req.send().await.expect("post");
        self.keep(&r);
        let h = r.headers().clone();
        (r.status().as_u16(), r.text().await.expect("body"), h)
    }

    pub(crate) async fn token(&mut self, page: &str) -> String {
        let (status, html, _) = self.get(page).await;
        assert_eq!(status, 200, "{page}: {html}");
        field(&html, "csrf").expect("csrf field")
    }

    /// Signs in with the password (and a TOTP code when `totp` is given).
    async fn sign_in(&mut self, username: &str, totp: Option<&totp_rs::Totp>) -> u16 {
        let t = self.token("/sign-in").await;
        let (status, _, h) = self
            .post(
                "/sign-in",
                &[("csrf", &t), ("username", username), ("password", PASSWORD)],
            )
            .await;
        if status != 303 || h["location"] != "/sign-in/code" {
            return status;
        }
        let t = self.token("/sign-in/code").await;
        let code = totp
            .expect("a TOTP for this user")
            .generate_current()
            .to_string();
        self.post("/sign-in/code", &[("csrf", &t), ("code", &code)])
            .await
            .0
    }
}

struct People {
    services: Services,
    totp: std::collections::HashMap<&'static str, totp_rs::Totp>,
}

/// Organisations and users: a DK officer and a DK administrator (with TOTP), a SE
/// administrator (with TOTP) and a DK administrator who has not enrolled a second factor.
async fn people(services: Services) -> People {
    let op = Identity::Operator;
    for org in ["dk-cmm", "se-rkp"] {
        services
            .enable_organisation(&op, org, &OrganisationProfile::default())
            .await
            .expect("org");
    }
    let mut totp = std::collections::HashMap::new();
    for (username, org, role, second) in [
        ("officer@dk.test", "dk-cmm", Role::FrontlineOfficer, false),
        ("admin@dk.test", "dk-cmm", Role::Administrator, true),
        ("admin@se.test", "se-rkp", Role::Administrator, true),
        ("nofactor@dk.test", "dk-cmm", Role::Administrator, false),
    ] {
        services
            .add_user(
                &op,
                &NewUser {
                    username: username.into(),
                    display_name: format!("Name of {username}"),
                    organisation: org.into(),
                    roles: vec![role],
                    password: PASSWORD.into(),
                },
            )
            .await
            .expect("user");
        if second {
            let SignInStep::SignedIn(auth) = services
                .sign_in(username, PASSWORD, "127.0.0.9")
                .await
                .expect("sign in")
            else {
                panic!("no second factor yet")
            };
            let who = services
                .session_identity(&auth)
                .await
                .expect("id")
                .expect("identity");
            let t = crate::support::enrol_totp(&services, &who, auth, username).await;
            totp.insert(username, t);
        }
    }
    People { services, totp }
}

on_both_backends! {
    async fn signing_in_rotates_the_session_and_signing_out_ends_it(db) {
        let app = TestApp::start(db.loaded_store().await).await;
        let p = people(app.state.services().clone()).await;
        let mut b = Browser::new(&app);
        let t = b.token("/sign-in").await;
        let before = b.cookie.clone().expect("anonymous session for the form");
        let (status, html, _) = b.post("/sign-in", &[("csrf", &t), ("username", "officer@dk.test"), ("password", "wrong password!")]).await;
        assert_eq!(status, 401);
        assert!(html.contains("wrong"), "a generic message");
        let (status, _, h) = b.post("/sign-in", &[("csrf", &t), ("username", "officer@dk.test"), ("password", PASSWORD)]).await;
        assert_eq!(status, 303);
        assert_eq!(h["location"], "/account");
        let after = b.cookie.clone().expect("session");
        assert_ne!(before, after, "the session id changes at sign-in");
        let (status, html, h) = b.get("/account").await;
        assert_eq!(status, 200);
        assert!(html.contains("Name of officer@dk.test"));
        assert!(h["cache-control"].to_str().expect("ascii").contains("no-store"));
        // The old id is worth nothing.
        let mut old = Browser::new(&app);
        old.cookie = Some(before);
        let (status, _, h) = old.get("/account").await;
        assert_eq!((status, h["location"].to_str().expect("loc")), (303, "/sign-in"));
        // Sign-out needs the token; with it the session ends.
        let token = b.token("/account").await;
        let (status, _, _) = b.post("/sign-out", &[]).await;
        assert_eq!(status, 403, "no CSRF token");
        let (status, _, _) = b.post("/sign-out", &[("csrf", &token)]).await;
        assert_eq!(status, 303);
        b.cookie = Some(after);
        let (status, _, _) = b.get("/account").await;
        assert_eq!(status, 303, "signed out");
        let audit = p.services.audit_events(&Identity::Operator, &Default::default()).await.expect("audit");
        for action in ["auth.sign_in", "auth.sign_in_failed", "auth.sign_out", "user.created"] {
            assert!(audit.iter().any(|e| e.action == action), "{action} audited");
        }
        assert!(p.services.verify_audit(&Identity::Operator).await.expect("verify").is_intact());
    }
}

on_both_backends! {
    async fn cached_pages_never_name_another_viewer(db) {
        let app = TestApp::start(db.loaded_store().await).await;
        let p = people(app.state.services().clone()).await;
        let mut officer = Browser::new(&app);
        assert_eq!(officer.sign_in("officer@dk.test", None).await, 303);
        let mut admin = Browser::new(&app);
        assert_eq!(admin.sign_in("admin@dk.test", p.totp.get("admin@dk.test")).await, 303);
        let mut anonymous = Browser::new(&app);
        for page in ["/", "/countries/DK", "/actors/dk-cmm", "/about"] {
            let (_, a, _) = officer.get(page).await;
            let (_, b, hb) = admin.get(page).await;
            let (_, c, _) = anonymous.get(page).await;
            assert!(a.contains("Name of officer@dk.test") && !a.contains("Name of admin@dk.test"), "{page}");
            assert!(b.contains("Name of admin@dk.test") && !b.contains("Name of officer@dk.test"), "{page}");
            assert!(!c.contains("Name of"), "{page}: anonymous sees no name");
            assert!(c.contains("Sign in"));
            assert_eq!(hb["cache-control"], "private, no-store", "{page}");
        }
    }
}

on_both_backends! {
    async fn a_second_factor_is_required_and_a_code_works_once(db) {
        let app = TestApp::start(db.loaded_store().await).await;
        let p = people(app.state.services().clone()).await;
        let totp = p.totp.get("admin@dk.test").expect("totp");
        let mut b = Browser::new(&app);
        let t = b.token("/sign-in").await;
        let (status, _, h) = b.post("/sign-in", &[("csrf", &t), ("username", "admin@dk.test"), ("password", PASSWORD)]).await;
        assert_eq!((status, h["location"].to_str().expect("loc")), (303, "/sign-in/code"));
        let (status, _, _) = b.get("/account").await;
        assert_eq!(status, 303, "a password alone does not sign in");
        let t = b.token("/sign-in/code").await;
        let (status, _, _) = b.post("/sign-in/code", &[("csrf", &t), ("code", "000000")]).await;
        assert_eq!(status, 401);
        let code = totp.generate_current().to_string();
        let (status, _, _) = b.post("/sign-in/code", &[("csrf", &t), ("code", &code)]).await;
        assert_eq!(status, 303);
        let (status, html, _) = b.get("/admin/audit").await;
        assert_eq!(status, 200, "{html}");
        // The same code cannot be used again (another browser, same instant).
        let mut c = Browser::new(&app);
        let t = c.token("/sign-in").await;
        c.post("/sign-in", &[("csrf", &t), ("username", "admin@dk.test"), ("password", PASSWORD)]).await;
        let t = c.token("/sign-in/code").await;
        let (status, _, _) = c.post("/sign-in/code", &[("csrf", &t), ("code", &code)]).await;
        assert_eq!(status, 401, "a replayed code is refused");
        // An administrator without a second factor may only enrol one.
        let mut n = Browser::new(&app);
        assert_eq!(n.sign_in("nofactor@dk.test", None).await, 303);
        let (status, html, _) = n.get("/admin/audit").await;
        assert_eq!(status, 403, "{html}");
        let (status, html, _) = n.get("/account").await;
        assert_eq!(status, 200);
        assert!(html.contains("requires a second factor"));
    }
}

on_both_backends! {
    async fn five_wrong_passwords_lock_an_account_until_an_administrator_lifts_it(db) {
        let app = TestApp::start(db.loaded_store().await).await;
        let p = people(app.state.services().clone()).await;
        let mut b = Browser::new(&app);
        let t = b.token("/sign-in").await;
        for _ in 0..5 {
            let (status, _, _) = b.post("/sign-in", &[("csrf", &t), ("username", "officer@dk.test"), ("password", "not the password")]).await;
            assert_eq!(status, 401);
        }
        let (status, _, _) = b.post("/sign-in", &[("csrf", &t), ("username", "officer@dk.test"), ("password", PASSWORD)]).await;
        assert_eq!(status, 401, "locked: even the right password fails");
        let users = p.services.users(&Identity::Operator, None).await.expect("users");
        assert!(users.iter().any(|u| u.username == "officer@dk.test" && u.locked));
        // The DK administrator lifts it through the users page.
        let mut admin = Browser::new(&app);
        assert_eq!(admin.sign_in("admin@dk.test", p.totp.get("admin@dk.test")).await, 303);
        let (status, html, _) = admin.get("/admin/users").await;
        assert_eq!(status, 200);
        assert!(html.contains("locked"));
        let t2 = field(&html, "csrf").expect("csrf");
        let (status, _, _) = admin.post("/admin/users/unlock", &[("csrf", &t2), ("username", "officer@dk.test")]).await;
        assert_eq!(status, 303);
        // The SE administrator cannot reach a DK user.
        let mut se = Browser::new(&app);
        assert_eq!(se.sign_in("admin@se.test", p.totp.get("admin@se.test")).await, 303);
        let (_, html, _) = se.get("/admin/users").await;
        assert!(!html.contains("officer@dk.test"), "another country's users are not listed");
        let t3 = field(&html, "csrf").expect("csrf");
        let (status, _, _) = se.post("/admin/users/unlock", &[("csrf", &t3), ("username", "officer@dk.test")]).await;
        assert_eq!(status, 403);
        let (status, _, _) = b.post("/sign-in", &[("csrf", &t), ("username", "officer@dk.test"), ("password", PASSWORD)]).await;
        assert_eq!(status, 303, "unlocked");
    }
}

on_both_backends! {
    async fn signing_out_everywhere_ends_every_session(db) {
        let app = TestApp::start(db.loaded_store().await).await;
        let _p = people(app.state.services().clone()).await;
        let mut one = Browser::new(&app);
        let mut two = Browser::new(&app);
        assert_eq!(one.sign_in("officer@dk.test", None).await, 303);
        assert_eq!(two.sign_in("officer@dk.test", None).await, 303);
        let t = one.token("/account").await;
        let (status, _, _) = one.post("/sign-out/everywhere", &[("csrf", &t)]).await;
        assert_eq!(status, 303);
        let (status, _, _) = two.get("/account").await;
        assert_eq!(status, 303, "the other device is signed out too");
    }
}

on_both_backends! {
    async fn api_tokens_authenticate_scripts_until_revoked(db) {
        let app = TestApp::start(db.loaded_store().await).await;
        let _p = people(app.state.services().clone()).await;
        let mut b = Browser::new(&app);
        assert_eq!(b.sign_in("officer@dk.test", None).await, 303);
        let t = b.token("/account").await;
        let (status, html, _) = b.post("/account/tokens", &[("csrf", &t), ("name", "nightly export")]).await;
        assert_eq!(status, 200);
        let token = html.split("<code id=\"new-token\">").nth(1).and_then(|s| s.split('<').next()).expect("token shown once").to_string();
        let me = |tok: String| {
            let c = app.client.clone();
            let url = format!("{}/api/v1/me", app.base);
            async move { let r = c.get(url).bearer_auth(tok).send().await.expect("get"); (r.status().as_u16(), r.json::<serde_json::Value>().await.expect("json")) }
        };
        let (status, v) = me(token.clone()).await;
        assert_eq!(status, 200, "{v}");
        assert_eq!(v["organisation"], "dk-cmm");
        let (status, v) = me(format!("onrm_{}", "0".repeat(64))).await;
        assert_eq!((status, v["error"]["code"].as_str()), (401, Some("unauthenticated")));
        let (_, html, _) = b.get("/account").await;
        let id = html.split("name=\"id\" value=\"").nth(1).and_then(|s| s.split('"').next()).expect("token id").to_string();
        let t = field(&html, "csrf").expect("csrf");
        let (status, _, _) = b.post("/account/tokens/revoke", &[("csrf", &t), ("id", &id)]).await;
        assert_eq!(status, 200);
        let (status, _) = me(token).await;
        assert_eq!(status, 401, "revoked");
        let (status, v) = me(String::new()).await;
        assert_eq!(status, 401, "{v}");
    }
}

/// Who may reach a route: the access matrix's expectation for every route.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Access {
    Public,
    SignedIn,
    Admin,
    /// Case work (referral): the officer, not the administrator.
    CaseWork,
    /// Anonymised statistics: rapporteurs and coordinators (none of the matrix's three
    /// callers; tests/it/statistics.rs signs them in), or anyone where made public.
    Statistics,
    /// Running survey waves: the country's coordinator (none of the matrix's callers;
    /// tests/it/survey.rs signs one in).
    Survey,
    /// A survey respondent's pages: anyone may call them, and without a live invitation
    /// link opened in this browser they answer "not found".
    Respondent,
}

fn expected(method: &str, path: &str) -> Option<Access> {
    use Access::*;
    Some(match (method, path) {
        (
            "GET",
            "/cases"
            | "/tasks"
            | "/cases/new"
            | "/cases/{reference}"
            | "/api/v1/cases"
            | "/api/v1/cases/{reference}"
            | "/api/v1/cases/{reference}/proposals"
            | "/api/v1/referrals"
            | "/api/v1/notifications"
            | "/api/v1/cases/{reference}/providers"
            | "/api/v1/tasks"
            | "/inspections"
            | "/inspections/{reference}"
            | "/api/v1/inspections"
            | "/api/v1/inspections/{reference}",
        ) => CaseWork,
        (
            "POST",
            "/cases/new"
            | "/cases"
            | "/cases/{reference}/consents"
            | "/cases/{reference}/consents/withdraw"
            | "/cases/{reference}/notes"
            | "/cases/{reference}/referrals"
            | "/referrals/{id}/transition"
            | "/cases/{reference}/tasks"
            | "/tasks/{id}/transition"
            | "/api/v1/cases"
            | "/api/v1/cases/{reference}/consents"
            | "/api/v1/cases/{reference}/consents/{id}/withdraw"
            | "/api/v1/cases/{reference}/notes"
            | "/api/v1/cases/{reference}/screenings"
            | "/api/v1/cases/{reference}/referrals"
            | "/api/v1/referrals/{id}/transitions"
            | "/api/v1/cases/{reference}/tasks"
            | "/api/v1/tasks/{id}/transitions"
            | "/inspections"
            | "/inspections/{reference}/findings"
            | "/inspections/{reference}/close"
            | "/api/v1/inspections"
            | "/api/v1/inspections/{reference}/findings"
            | "/api/v1/inspections/{reference}/close",
        ) => CaseWork,
        (
            "GET",
            "/"
            | "/countries/{code}/pathway"
            | "/countries/{code}"
            | "/countries/{code}/diff"
            | "/actors/{id}"
            | "/search"
            | "/mechanisms"
            | "/study"
            | "/insight"
            | "/insight/matrix.csv"
            | "/insight/gaps"
            | "/insight/network"
            | "/insight/network.graphml"
            | "/insight/network.gexf"
            | "/insight/network.svg"
            | "/insight/charts/{name}"
            | "/insight/report"
            | "/insight/report.md"
            | "/insight/report.pdf"
            | "/countries/{code}/report"
            | "/countries/{code}/{file}"
            | "/about"
            | "/report"
            | "/screening"
            | "/screening/new"
            | "/screening/draft"
            | "/sign-in"
            | "/sign-in/code"
            | "/static/style.css"
            | "/healthz"
            | "/livez",
        ) => Public,
        (
            "GET",
            "/statistics"
            | "/statistics/csv/{measure}"
            | "/statistics/htcds.csv"
            | "/api/v1/statistics/{measure}",
        ) => Statistics,
        ("GET", "/survey") => Public,
        (
            "GET",
            "/survey/waves/{id}" | "/survey/waves/{id}/{file}" | "/api/v1/survey/waves/{id}",
        ) => Survey,
        (
            "POST",
            "/survey/waves"
            | "/survey/waves/{id}/invitees"
            | "/survey/waves/{id}/links"
            | "/survey/waves/{id}/decisions"
            | "/api/v1/survey/waves/{id}/decisions"
            | "/api/v1/survey/waves"
            | "/api/v1/survey/waves/{id}/invitees"
            | "/api/v1/survey/waves/{id}/links",
        ) => Survey,
        ("GET", "/survey/r/{token}" | "/survey/respond") => Respondent,
        ("POST", "/survey/respond" | "/survey/respond/nominations") => Respondent,
        ("GET", p) if p.starts_with("/api/v1/") && p != "/api/v1/me" => Public,
        ("POST", "/screening" | "/sign-in" | "/sign-in/code" | "/api/v1/screenings") => Public,
        ("GET", "/account" | "/api/v1/me") => SignedIn,
        (
            "POST",
            "/sign-out"
            | "/sign-out/everywhere"
            | "/account/totp"
            | "/account/totp/confirm"
            | "/account/password"
            | "/account/tokens"
            | "/account/tokens/revoke",
        ) => SignedIn,
        ("GET", "/admin/audit" | "/admin/users" | "/admin/jobs") => Admin,
        ("POST", "/admin/users/unlock" | "/admin/jobs/retry") => Admin,
        _ => return None,
    })
}

fn concrete(path: &str, reference: &str, inspection: &str) -> String {
    let reference = if path.contains("/inspections/") {
        inspection
    } else {
        reference
    };
    let query = if path.ends_with("/providers") {
        "?kind=accommodation"
    } else {
        ""
    };
    let path = format!("{path}{query}");
    path.replace("{reference}", reference)
        .replace("{code}", "DK")
        .replace("{file}", "network.svg")
        .replace("{name}", "mechanisms.svg")
        .replace("{measure}", "persons")
        .replace("{token}", &"0".repeat(64))
        .replace(
            "{id}",
            if path.contains("instruments") {
                "ilo-ec-2009-thb-labour"
            } else {
                "dk-cmm"
            },
        )
}

on_both_backends! {
    async fn every_route_answers_each_role_as_the_access_matrix_says(db) {
        // Every unsafe route is posted several times from one address: the per-address
        // write limit (tested on its own) would answer 429 long before the matrix ends.
        let app = TestApp::start_with(db.loaded_store().await, opennrm_service::Policy::default(), |s| opennrm_web::WebSettings { writes_per_minute: 100_000, ..s }).await;
        let p = people(app.state.services().clone()).await;
        let routes = opennrm_web::route_list();
        let missing: Vec<_> = routes.iter().filter(|(m, path)| expected(m.as_str(), path).is_none()).collect();
        assert!(missing.is_empty(), "routes without a row in the access matrix: {missing:?}");
        let mut anon = Browser::new(&app);
        let mut officer = Browser::new(&app);
        assert_eq!(officer.sign_in("officer@dk.test", None).await, 303);
        let mut admin = Browser::new(&app);
        assert_eq!(admin.sign_in("admin@dk.test", p.totp.get("admin@dk.test")).await, 303);
        // A case of the officer's organisation, for the case routes.
        let SignInStep::SignedIn(auth) = p.services.sign_in("officer@dk.test", PASSWORD, "127.0.0.8").await.expect("sign in") else { panic!("officer has no second factor") };
        let officer_id = p.services.session_identity(&auth).await.expect("id").expect("identity");
        let case: opennrm_service::referral::NewCaseInput = serde_json::from_value(serde_json::json!({ "exploitation": "forced_labour", "persons": [{ "residence": "legal_resident", "age": "adult" }] })).expect("case");
        let reference = p.services.open_case(&officer_id, &case).await.expect("open case");
        // A joint inspection the officer's organisation planned (as its coordinator), for
        // the inspection routes: the officer sees it as its planner.
        let opennrm_service::Identity::User(mut coordinator) = officer_id.clone() else { panic!("a user") };
        coordinator.roles = vec![Role::NationalCoordinator];
        coordinator.second_factor = true;
        let plan: opennrm_service::referral::NewInspection = serde_json::from_value(serde_json::json!({ "date": "2027-03-02", "work_sector": "construction", "participants": [{ "actor": "dk-wea", "legal_basis": "Working Environment Act" }, { "actor": "dk-skat", "legal_basis": "Tax Control Act" }] })).expect("plan");
        let inspection = p.services.plan_inspection(&opennrm_service::Identity::User(coordinator), &plan).await.expect("plan inspection");
        for (method, path) in &routes {
            let access = expected(method.as_str(), path).expect("row");
            let url = concrete(path, &reference, &inspection);
            if method == "GET" {
                for (who, b) in [("anonymous", &mut anon), ("officer", &mut officer), ("admin", &mut admin)] {
                    let (status, body, _) = b.get(&url).await;
                    let allowed = match access {
                        Access::Public => true,
                        Access::SignedIn => who != "anonymous",
                        Access::Admin => who == "admin",
                        Access::CaseWork => who == "officer",
                        Access::Statistics | Access::Survey => false,
                        Access::Respondent => {
                            assert_eq!(status, 404, "{who} GET {url} without an opened link");
                            continue;
                        }
                    };
                    if allowed {
                        assert!(status < 400 || status == 404 && url.contains("draft"), "{who} GET {url}: {status} {body}");
                    } else if who == "anonymous" {
                        assert!(status == 303 || status == 401, "{who} GET {url}: {status}");
                    } else {
                        assert_eq!(status, 403, "{who} GET {url}");
                    }
                    if matches!(access, Access::SignedIn | Access::Admin) {
                        assert!(!body.contains("Name of admin@dk.test") || who == "admin", "{who} GET {url} leaks a name");
                    }
                }
            } else {
                // Every unsafe route refuses another site, and a session's post without
                // its token, whoever the caller is.
                for b in [&mut anon, &mut officer, &mut admin] {
                    let mut req = b.client.post(format!("{}{url}", b.app_base)).header("origin", "http://evil.example").form(&[("x", "y")]);
                    if let Some(c) = &b.cookie { req = req.header("cookie", c); }
                    let r = req.send().await.expect("post");
                    assert_eq!(r.status().as_u16(), 403, "cross-site POST {url}");
                    if b.cookie.is_some() && !url.starts_with("/api/") {
                        let (status, _, _) = b.post(&url, &[("x", "y")]).await;
                        assert_eq!(status, 403, "POST {url} without a CSRF token");
                    }
                }
                if access == Access::Admin {
                    let t = officer.token("/account").await;
                    let (status, _, _) = officer.post(&url, &[("csrf", &t), ("username", "admin@dk.test")]).await;
                    assert_eq!(status, 403, "officer POST {url}");
                }
                if access == Access::CaseWork && !url.starts_with("/api/") {
                    // An administrator manages users, never case content: every case form
                    // refused, with fields that would pass every form's parsing.
                    let t = admin.token("/account").await;
                    let form = [("csrf", t.as_str()), ("to", "acknowledge"), ("reference", reference.as_str()), ("exploitation", "labour_exploitation"), ("p1_residence", "legal_resident"), ("purpose", "statistics"), ("method", "signed_form"), ("person_id", "x"), ("consent", "x"), ("note", "n"), ("pick", "x:y")];
                    let (status, _, _) = admin.post(&url, &form).await;
                    assert_eq!(status, 403, "admin POST {url}");
                }
                if access == Access::Respondent {
                    let mut fresh = Browser::new(&app);
                    let t = fresh.token("/sign-in").await;
                    let (status, _, _) = fresh.post(&url, &[("csrf", &t)]).await;
                    assert_eq!(status, 404, "POST {url} without an opened link");
                } else if access != Access::Public {
                    let mut fresh = Browser::new(&app);
                    let t = fresh.token("/sign-in").await;
                    let (status, _, _) = fresh.post(&url, &[("csrf", &t)]).await;
                    assert!(matches!(status, 303 | 400 | 401 | 403), "anonymous POST {url}: {status}");
                }
            }
        }
    }
}
