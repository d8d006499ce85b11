//! Referral, part 1, end to end through the API on both backends: a Finnish labour
//! inspector's case from screening to a decision; consent refusing and then allowing a
//! referral, and its withdrawal blocking the next; need to know (what each organisation
//! and role sees); the routes × roles matrix of the case API; personal data never in
//! plaintext in the database files or the audit log; `keys rotate`; the pathway page.

use opennrm_service::accounts::{NewUser, OrganisationProfile};
use opennrm_service::auth::SignInStep;
use opennrm_service::{Identity, Role, Services};
use serde_json::{Value, json};

use crate::on_both_backends;
use crate::support::TestApp;

const PASSWORD: &str = "correct horse battery staple";
/// A name that must never be stored or logged in plaintext.
pub const KNOWN_NAME: &str = "Aino Virtanen-Testperson";

/// Signs a new user in, mints an API token, and enrols a second factor where the role
/// needs one (the token then counts as having it). Returns the bearer token.
pub async fn user_token(s: &Services, username: &str, org: &str, roles: &[Role]) -> String {
    let op = Identity::Operator;
    s.enable_organisation(
        &op,
        org,
        &OrganisationProfile {
            receives_referrals: true,
            ..OrganisationProfile::default()
        },
    )
    .await
    .expect("org");
    s.add_user(
        &op,
        &NewUser {
            username: username.into(),
            display_name: format!("Name of {username}"),
            organisation: org.into(),
            roles: roles.to_vec(),
            password: PASSWORD.into(),
        },
    )
    .await
    .expect("user");
    let SignInStep::SignedIn(auth) = s
        .sign_in(username, PASSWORD, "127.0.0.7")
        .await
        .expect("sign in")
    else {
        panic!("no second factor yet")
    };
    let who = s
        .session_identity(&auth)
        .await
        .expect("id")
        .expect("identity");
    let (_, token) = s.create_api_token(&who, "test").await.expect("token");
    if roles.iter().any(|r| r.requires_second_factor()) {
        crate::support::enrol_totp(s, &who, auth, username).await;
    }
    token
}

pub struct Api {
    base: String,
    client: reqwest::Client,
}

impl Api {
    pub fn new(app: &TestApp) -> Api {
        Api {
            base: app.base.clone(),
            client: reqwest::Client::new(),
        }
    }
    pub async fn get(&self, token: Option<&str>, path: &str) -> (u16, Value) {
        let mut r = self.client.get(format!("{}{path}", self.base));
        if let Some(t) = token {
            r = r.bearer_auth(t);
        }
        let r = r.send().await.expect("get");
        let status = r.status().as_u16();
        (status, r.json().await.unwrap_or(Value::Null))
    }
    pub async fn post(&self, token: Option<&str>, path: &str, body: &Value) -> (u16, Value) {
        let mut r = self.client.post(format!("{}{path}", self.base)).json(body);
        if let Some(t) = token {
            r = r.bearer_auth(t);
        }
        let r = r.send().await.expect("post");
        let status = r.status().as_u16();
        (status, r.json().await.unwrap_or(Value::Null))
    }
}

/// The Finnish cast: who works where.
pub struct Fi {
    pub inspector: String,
    pub joutseno: String,
    pub police: String,
    pub coordinator: String,
    pub rapporteur: String,
    pub admin: String,
    pub swede: String,
    pub oulu: String,
}

pub async fn fi_people(s: &Services) -> Fi {
    Fi {
        inspector: user_token(
            s,
            "inspector@fi.test",
            "fi-labour-inspectorate",
            &[Role::FrontlineOfficer],
        )
        .await,
        joutseno: user_token(s, "joutseno@fi.test", "fi-joutseno", &[Role::CaseWorker]).await,
        police: user_token(s, "police@fi.test", "fi-police", &[Role::CaseWorker]).await,
        coordinator: user_token(
            s,
            "coordinator@fi.test",
            "fi-moi",
            &[Role::NationalCoordinator],
        )
        .await,
        rapporteur: user_token(
            s,
            "rapporteur@fi.test",
            "fi-ombudsman-minorities",
            &[Role::NationalRapporteur],
        )
        .await,
        admin: user_token(s, "admin@fi.test", "fi-mfa", &[Role::Administrator]).await,
        swede: user_token(
            s,
            "officer@se.test",
            "se-rkp",
            &[Role::FrontlineOfficer, Role::CaseWorker],
        )
        .await,
        oulu: user_token(s, "oulu@fi.test", "fi-oulu", &[Role::CaseWorker]).await,
    }
}

/// An adult irregular migrant found in forestry, with a screening at presumed trafficking,
/// and a minor of the same crew.
pub fn fi_case() -> Value {
    json!({
        "exploitation": "labour_exploitation",
        "work_sector": "forestry",
        "region": "North Karelia",
        "persons": [
            { "residence": "irregular_migrant", "age": "adult", "name": KNOWN_NAME, "birth_date": "1991-04-02", "nationality": "Testland", "contact": "+358 40 000 0000" },
            { "residence": "irregular_migrant", "age": "minor", "name": "Minor Testperson" }
        ],
        "screening": {
            "instrument": "ilo-ec-2009-thb-labour",
            "population": "adult",
            "country": "FI",
            "answers": crate::screening::presumed_trafficking_answers()
        }
    })
}

fn proposal<'a>(p: &'a Value, person: usize, to: &str) -> Option<&'a Value> {
    p[person]["proposals"]
        .as_array()?
        .iter()
        .find(|x| x["target"]["actor"] == to)
}

on_both_backends! {
    async fn a_finnish_case_goes_from_screening_to_a_decision_and_consent_governs_sharing(db) {
        let app = TestApp::start(db.loaded_store().await).await;
        let s = app.state.services().clone();
        let fi = fi_people(&s).await;
        let api = Api::new(&app);

        let (st, opened) = api.post(Some(&fi.inspector), "/api/v1/cases", &fi_case()).await;
        assert_eq!(st, 201, "{opened}");
        let reference = opened["reference"].as_str().expect("reference").to_string();
        assert!(reference.starts_with("FI-") && reference.len() == 22, "{reference}");
        let (st, case) = api.get(Some(&fi.inspector), &format!("/api/v1/cases/{reference}")).await;
        assert_eq!(st, 200, "{case}");
        assert_eq!(case["view"], "owner");
        assert_eq!(case["level"], "presumed_trafficking");
        assert_eq!(case["persons"][0]["name"], KNOWN_NAME);
        let adult = case["persons"][0]["id"].as_str().expect("id").to_string();
        let minor = case["persons"][1]["id"].as_str().expect("id").to_string();

        // The pathway proposes Joutseno for the adult and Oulu for the minor, each with
        // its source; without consent the assistance referral is refused, naming it.
        let (st, props) = api.get(Some(&fi.inspector), &format!("/api/v1/cases/{reference}/proposals")).await;
        assert_eq!(st, 200, "{props}");
        let joutseno = proposal(&props, 0, "fi-joutseno").expect("Joutseno for the adult");
        assert!(joutseno["source"]["quote"].as_str().is_some_and(|q| !q.is_empty()));
        assert_eq!(joutseno["consent_given"], false);
        assert!(proposal(&props, 1, "fi-oulu").is_some(), "Oulu for the minor: {props}");
        assert!(proposal(&props, 0, "fi-oulu").is_none());
        let rule = joutseno["rule_id"].as_str().expect("rule").to_string();
        let send = json!({ "referrals": [{ "person_id": adult, "rule_id": rule }], "message": "Found at a berry farm." });
        let (st, refused) = api.post(Some(&fi.inspector), &format!("/api/v1/cases/{reference}/referrals"), &send).await;
        assert_eq!(st, 400, "{refused}");
        let msg = refused.to_string();
        assert!(msg.contains("referral_assistance"), "the refusal names the missing purpose: {msg}");
        assert!(!msg.contains(KNOWN_NAME));

        let (st, consent) = api.post(Some(&fi.inspector), &format!("/api/v1/cases/{reference}/consents"), &json!({ "person_id": adult, "purpose": "referral_assistance", "method": "via_interpreter" })).await;
        assert_eq!(st, 201, "{consent}");
        let consent_id = consent["id"].as_str().expect("id").to_string();
        let (st, sent) = api.post(Some(&fi.inspector), &format!("/api/v1/cases/{reference}/referrals"), &send).await;
        assert_eq!(st, 201, "{sent}");
        let referral = sent["referrals"][0].as_str().expect("id").to_string();

        // Joutseno sees it in its inbox, with only what assistance needs.
        let (_, inbox) = api.get(Some(&fi.joutseno), "/api/v1/referrals").await;
        assert!(inbox.as_array().expect("inbox").iter().any(|r| r["referral"] == referral.as_str()), "{inbox}");
        let (st, seen) = api.get(Some(&fi.joutseno), &format!("/api/v1/cases/{reference}")).await;
        assert_eq!(st, 200, "{seen}");
        assert_eq!(seen["view"], "receiver");
        assert_eq!(seen["persons"].as_array().expect("persons").len(), 1, "only the person referred to it");
        assert_eq!(seen["persons"][0]["name"], KNOWN_NAME);
        assert!(seen["persons"][0]["birth_date"].is_null(), "assistance does not need the date of birth");
        assert!(seen["notes"].as_array().expect("notes").is_empty());
        assert_eq!(seen["message"], Value::Null);

        // Invalid steps are refused with a reason; valid ones move it.
        let mv = |t: Value| { let api = &api; let r = referral.clone(); let tok = fi.joutseno.clone(); async move { api.post(Some(&tok), &format!("/api/v1/referrals/{r}/transitions"), &t).await } };
        let (st, e) = mv(json!({ "to": "accept" })).await;
        assert_eq!(st, 400, "{e}");
        assert!(e.to_string().contains("cannot be accepted"), "{e}");
        assert_eq!(mv(json!({ "to": "acknowledge" })).await.0, 200);
        assert_eq!(mv(json!({ "to": "accept" })).await.0, 200);
        let (st, decided) = mv(json!({ "to": "decide", "outcome": "reflection_period_granted", "until": "2027-03-01" })).await;
        assert_eq!((st, decided["state"].as_str()), (200, Some("decided")), "{decided}");
        // The sender cannot acknowledge for the receiver.
        let (st, _) = api.post(Some(&fi.inspector), &format!("/api/v1/referrals/{referral}/transitions"), &json!({ "to": "accept" })).await;
        assert_eq!(st, 400);

        // The inspector sees the outcome.
        let (_, case) = api.get(Some(&fi.inspector), &format!("/api/v1/cases/{reference}")).await;
        let r = &case["referrals"][0];
        assert_eq!(r["state"], "decided");
        assert!(r["events"].as_array().expect("events").iter().any(|e| e["detail"]["outcome"] == "reflection_period_granted" && e["detail"]["until"] == "2027-03-01"), "{r}");
        assert!(case["seen_by"].as_array().expect("seen").iter().any(|x| x["what"]["view"] == "receiver"), "the owner sees who read personal data: {case}");

        // Withdrawal: effective at once, and the receiver is told.
        let (st, _) = api.post(Some(&fi.inspector), &format!("/api/v1/cases/{reference}/consents/{consent_id}/withdraw"), &json!({})).await;
        assert_eq!(st, 204);
        let (_, seen) = api.get(Some(&fi.joutseno), &format!("/api/v1/cases/{reference}")).await;
        assert!(seen["referrals"][0]["events"].as_array().expect("events").iter().any(|e| e["kind"] == "consent_withdrawn"), "{seen}");
        let (_, props) = api.get(Some(&fi.inspector), &format!("/api/v1/cases/{reference}/proposals")).await;
        let again = proposal(&props, 0, "fi-joutseno").expect("still proposed");
        assert_eq!(again["consent_given"], false);
        let other_rule = props[0]["proposals"].as_array().expect("p").iter().find(|p| p["consent"] == "referral_assistance" && p["target"]["actor"] != "fi-joutseno").and_then(|p| p["rule_id"].as_str()).map(str::to_string);
        if let Some(rule) = other_rule {
            let (st, e) = api.post(Some(&fi.inspector), &format!("/api/v1/cases/{reference}/referrals"), &json!({ "referrals": [{ "person_id": adult, "rule_id": rule }] })).await;
            assert_eq!(st, 400, "withdrawal blocks the next sharing: {e}");
        }

        // The minor's child route needs no consent in the data where it is defined; the
        // Oulu referral (assistance for minors) still needs one and says so.
        let oulu = proposal(&props, 1, "fi-oulu").expect("Oulu");
        assert_eq!(oulu["consent_given"], false);
        let _ = minor;
    }
}

/// (who, token, GET case, GET proposals, POST note, GET inbox, GET my cases, POST acknowledge)
type MatrixRow<'a> = (&'a str, Option<&'a str>, u16, u16, u16, u16, u16, u16);

on_both_backends! {
    async fn every_case_route_answers_each_role_as_need_to_know_says(db) {
        let app = TestApp::start(db.loaded_store().await).await;
        let s = app.state.services().clone();
        let fi = fi_people(&s).await;
        let api = Api::new(&app);
        let (_, opened) = api.post(Some(&fi.inspector), "/api/v1/cases", &fi_case()).await;
        let reference = opened["reference"].as_str().expect("reference").to_string();
        let (_, case) = api.get(Some(&fi.inspector), &format!("/api/v1/cases/{reference}")).await;
        let adult = case["persons"][0]["id"].as_str().expect("id").to_string();
        api.post(Some(&fi.inspector), &format!("/api/v1/cases/{reference}/consents"), &json!({ "person_id": adult, "purpose": "referral_assistance", "method": "signed_form" })).await;
        let (_, props) = api.get(Some(&fi.inspector), &format!("/api/v1/cases/{reference}/proposals")).await;
        let rule = proposal(&props, 0, "fi-joutseno").and_then(|p| p["rule_id"].as_str()).expect("rule").to_string();
        let (st, sent) = api.post(Some(&fi.inspector), &format!("/api/v1/cases/{reference}/referrals"), &json!({ "referrals": [{ "person_id": adult, "rule_id": rule }] })).await;
        assert_eq!(st, 201, "{sent}");
        let referral = sent["referrals"][0].as_str().expect("id").to_string();

        let case_url = format!("/api/v1/cases/{reference}");
        // (who, token, GET case, GET proposals, POST note, GET inbox, GET my cases, POST transition acknowledge)
        let none: Option<&str> = None;
        let rows: Vec<MatrixRow> = vec![
            ("anonymous", none, 401, 401, 401, 401, 401, 401),
            ("inspector (owner)", Some(&fi.inspector), 200, 200, 204, 200, 200, 400),
            ("joutseno (receiver)", Some(&fi.joutseno), 200, 403, 403, 200, 200, 200),
            ("police (not referred)", Some(&fi.police), 404, 404, 404, 200, 200, 404),
            ("oulu (not referred)", Some(&fi.oulu), 404, 404, 404, 200, 200, 404),
            ("coordinator (oversight)", Some(&fi.coordinator), 200, 403, 403, 200, 200, 404),
            ("rapporteur", Some(&fi.rapporteur), 403, 403, 403, 403, 403, 403),
            ("administrator", Some(&fi.admin), 403, 403, 403, 403, 403, 403),
            ("another country", Some(&fi.swede), 404, 404, 404, 200, 200, 404),
        ];
        for (who, tok, case_s, props_s, note_s, inbox_s, mine_s, ack_s) in rows {
            assert_eq!(api.get(tok, &case_url).await.0, case_s, "{who} GET case");
            assert_eq!(api.get(tok, &format!("{case_url}/proposals")).await.0, props_s, "{who} GET proposals");
            assert_eq!(api.post(tok, &format!("{case_url}/notes"), &json!({ "note": "a note" })).await.0, note_s, "{who} POST note");
            assert_eq!(api.get(tok, "/api/v1/referrals").await.0, inbox_s, "{who} GET inbox");
            assert_eq!(api.get(tok, "/api/v1/cases").await.0, mine_s, "{who} GET cases");
            if who.starts_with("joutseno") {
                continue; // checked last: it moves the referral
            }
            assert_eq!(api.post(tok, &format!("/api/v1/referrals/{referral}/transitions"), &json!({ "to": "acknowledge" })).await.0, ack_s, "{who} acknowledge");
        }
        assert_eq!(api.post(Some(&fi.joutseno), &format!("/api/v1/referrals/{referral}/transitions"), &json!({ "to": "acknowledge" })).await.0, 200);
        // Oversight sees the case without a single personal field; the rapporteur nothing.
        let (_, c) = api.get(Some(&fi.coordinator), &case_url).await;
        assert_eq!(c["view"], "oversight");
        assert!(!c.to_string().contains(KNOWN_NAME), "{c}");
        assert!(c["referrals"][0]["message"].is_null());
        // Opening a case: frontline officers and case workers only.
        for (who, tok, want) in [("rapporteur", &fi.rapporteur, 403), ("admin", &fi.admin, 403), ("coordinator", &fi.coordinator, 403), ("police", &fi.police, 201)] {
            assert_eq!(api.post(Some(tok), "/api/v1/cases", &fi_case()).await.0, want, "{who} opens a case");
        }
        // A reference of the wrong shape is not looked up; an unknown one is not found.
        assert_eq!(api.get(Some(&fi.inspector), "/api/v1/cases/FI-0000-0000-0000-0000").await.0, 404);
        assert_eq!(api.get(Some(&fi.inspector), "/api/v1/cases/..%2F..%2Fetc").await.0, 404);
    }
}

on_both_backends! {
    async fn a_known_name_is_never_in_plaintext_in_the_database_or_the_audit_log(db) {
        let app = TestApp::start(db.loaded_store().await).await;
        let s = app.state.services().clone();
        let fi = fi_people(&s).await;
        let api = Api::new(&app);
        let (st, opened) = api.post(Some(&fi.inspector), "/api/v1/cases", &fi_case()).await;
        assert_eq!(st, 201);
        let reference = opened["reference"].as_str().expect("reference").to_string();
        // As a browser sends a textarea: lines joined by CR LF.
        let note = format!("Spoke with {KNOWN_NAME} at the farm.\r\nShe asked for an interpreter.");
        assert_eq!(api.post(Some(&fi.inspector), &format!("/api/v1/cases/{reference}/notes"), &json!({ "note": note })).await.0, 204);
        let (_, case) = api.get(Some(&fi.inspector), &format!("/api/v1/cases/{reference}")).await;
        assert_eq!(case["notes"][0]["body"], note.as_str(), "the note opens for its owner");

        // Every table, every column, as text: the name appears nowhere.
        let dump = crate::support::dump_database(&db).await;
        assert!(dump.len() > 10_000, "the dump holds the database ({} bytes)", dump.len());
        assert!(!dump.contains(KNOWN_NAME), "the name is stored in plaintext");
        assert!(!dump.contains("Testland"), "the nationality is stored in plaintext");
        assert!(dump.contains(&reference), "the dump holds the case");
        // The SQLite files themselves (database and WAL), byte for byte.
        for bytes in crate::support::database_files(&db) {
            assert!(!bytes.windows(KNOWN_NAME.len()).any(|w| w == KNOWN_NAME.as_bytes()), "the name is in a database file");
        }
        // The audit log names the case, never the person.
        let audit = s.audit_events(&Identity::Operator, &opennrm_service::audit::AuditFilter { limit: 500, ..Default::default() }).await.expect("audit");
        assert!(audit.iter().any(|e| e.object.as_deref() == Some(&format!("case:{reference}"))));
        assert!(audit.iter().all(|e| !e.detail.contains(KNOWN_NAME)));
        let v = s.verify_audit(&Identity::Operator).await.expect("verify");
        assert!(v.is_intact(), "{:?}", v.problems);
    }
}

/// A server process of its own (the real binary), killed with SIGKILL when dropped.
pub struct Server {
    pub child: std::process::Child,
    pub base: String,
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

async fn start_server(url: &str, log: &std::path::Path) -> Server {
    start_server_with(url, log, &[]).await
}

/// `opennrm serve` on `url` with extra environment (job interval, SMTP relay, …).
pub async fn start_server_with(url: &str, log: &std::path::Path, env: &[(&str, &str)]) -> Server {
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .map(|a| a.port())
        .expect("port");
    let log = std::fs::OpenOptions::new()
        .create(true)
        .append(true)
        .open(log)
        .expect("log file");
    let child = std::process::Command::new(env!("CARGO_BIN_EXE_opennrm"))
        .args([
            "serve",
            "--bind",
            &format!("127.0.0.1:{port}"),
            "--writes-per-minute",
            "1000000",
        ])
        .env("OPENNRM_DATABASE_URL", url)
        .env(
            "OPENNRM_SECRET_KEY",
            hex::encode(crate::support::TEST_SECRET),
        )
        .env("OPENNRM_LOG", "debug,sqlx=warn")
        .envs(env.iter().copied())
        .stdout(std::process::Stdio::null())
        .stderr(log)
        .spawn()
        .expect("start opennrm serve");
    let base = format!("http://127.0.0.1:{port}");
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(60);
    while reqwest::get(format!("{base}/livez")).await.is_err() {
        assert!(
            std::time::Instant::now() < deadline,
            "the server did not start"
        );
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
    Server { child, base }
}

on_both_backends! {
    async fn referrals_acknowledged_before_a_sigkill_survive_it_and_the_audit_chain_verifies(db) {
        // Users, their tokens and the atlas, written before the server starts.
        let store = db.loaded_store().await;
        let s = crate::support::test_services(store.clone()).await;
        let inspector = user_token(&s, "inspector@fi.test", "fi-labour-inspectorate", &[Role::FrontlineOfficer]).await;
        s.close().await;
        let logs = tempfile::tempdir().expect("dir");
        let log = logs.path().join("server.log");
        let server = start_server(&db.url, &log).await;
        let client = reqwest::Client::new();
        // 16 writers, each: open a case (screened at presumed trafficking), then send the
        // inspectorate's report to the police (a duty: no consent needed). Every 201 is
        // remembered; the server is killed while they run.
        let acked = std::sync::Arc::new(std::sync::Mutex::new(Vec::<(String, String)>::new()));
        let mut tasks = Vec::new();
        for _ in 0..16 {
            let (client, base, token, acked) = (client.clone(), server.base.clone(), inspector.clone(), acked.clone());
            tasks.push(tokio::spawn(async move {
                for _ in 0..200 {
                    let Ok(r) = client.post(format!("{base}/api/v1/cases")).bearer_auth(&token).json(&fi_case()).send().await else { return };
                    if r.status().as_u16() != 201 { return }
                    let Ok(v) = r.json::<Value>().await else { return };
                    let reference = v["reference"].as_str().unwrap_or_default().to_string();
                    let Ok(r) = client.get(format!("{base}/api/v1/cases/{reference}")).bearer_auth(&token).send().await else { return };
                    let Ok(case) = r.json::<Value>().await else { return };
                    let person = case["persons"][0]["id"].as_str().unwrap_or_default().to_string();
                    let body = json!({ "referrals": [{ "person_id": person, "rule_id": "fi-labour-inspection-to-police" }] });
                    let Ok(r) = client.post(format!("{base}/api/v1/cases/{reference}/referrals")).bearer_auth(&token).json(&body).send().await else { return };
                    if r.status().as_u16() != 201 { return }
                    let Ok(v) = r.json::<Value>().await else { return };
                    if let Some(id) = v["referrals"][0].as_str() {
                        acked.lock().expect("lock").push((reference, id.to_string()));
                    }
                }
            }));
        }
        // Kill once some referrals are acknowledged (bounded: at most 60 s of writing).
        let deadline = std::time::Instant::now() + std::time::Duration::from_secs(60);
        while acked.lock().expect("lock").len() < 40 && std::time::Instant::now() < deadline {
            tokio::time::sleep(std::time::Duration::from_millis(20)).await;
        }
        drop(server); // SIGKILL mid-flight
        for t in tasks {
            let _ = t.await;
        }
        let acked = acked.lock().expect("lock").clone();
        assert!(acked.len() >= 40, "{} referrals acknowledged before the kill", acked.len());

        // Restart on the same database: every acknowledged referral is there.
        let server = start_server(&db.url, &log).await;
        for (reference, id) in &acked {
            let case: Value = client.get(format!("{}/api/v1/cases/{reference}", server.base)).bearer_auth(&inspector).send().await.expect("get").json().await.expect("json");
            assert!(case["referrals"].as_array().is_some_and(|r| r.iter().any(|x| x["id"] == id.as_str())), "referral {id} of {reference} lost: {case}");
        }
        drop(server);
        // No half-written case: every case has its persons and its screening.
        let store = opennrm_store::Store::connect(&db.url).await.expect("connect");
        let half: i64 = match &store {
            opennrm_store::Store::Sqlite(p) => sqlx::query_scalar("SELECT COUNT(*) FROM referral_case c WHERE NOT EXISTS (SELECT 1 FROM case_person p WHERE p.case_id = c.id) OR NOT EXISTS (SELECT 1 FROM case_screening x WHERE x.case_id = c.id)").fetch_one(p).await.expect("count"),
            opennrm_store::Store::Postgres(p) => sqlx::query_scalar("SELECT COUNT(*) FROM referral_case c WHERE NOT EXISTS (SELECT 1 FROM case_person p WHERE p.case_id = c.id) OR NOT EXISTS (SELECT 1 FROM case_screening x WHERE x.case_id = c.id)").fetch_one(p).await.expect("count"),
        };
        assert_eq!(half, 0, "half-written cases");
        let s = crate::support::test_services(store).await;
        let v = s.verify_audit(&Identity::Operator).await.expect("verify");
        assert!(v.is_intact(), "the audit chain after the crash: {:?}", v.problems);
        // The server's log (at debug level) never names the person.
        let text = std::fs::read_to_string(&log).expect("log");
        assert!(!text.is_empty());
        assert!(!text.contains(KNOWN_NAME), "the log holds a name");
        s.close().await;
    }
}

on_both_backends! {
    async fn keys_rotate_reseals_every_value_under_the_new_key(db) {
        let store = db.loaded_store().await;
        let s = crate::support::test_services(store).await;
        let inspector = user_token(&s, "inspector@fi.test", "fi-labour-inspectorate", &[Role::FrontlineOfficer]).await;
        let who = s.token_identity(&inspector).await.expect("who");
        let input: opennrm_service::referral::NewCaseInput = serde_json::from_value(fi_case()).expect("case");
        let reference = s.open_case(&who, &input).await.expect("open");
        s.close().await;
        let url = db.url.as_str();
        let key = format!("k2:{}", "ab".repeat(32));
        let (code, out, err) = crate::support::run_cli(Some(url), &["keys", "status"]);
        assert_eq!(code, 0, "{err}");
        // Five values under the case's own key, and that key wrapped under m1.
        assert!(out.contains("active key: m1") && out.contains("under case-key: 5") && out.contains("under m1: 1") && out.contains("to re-seal: 0"), "{out}");
        let (code, out, _) = crate::support::run_cli_with_env(Some(url), &[("OPENNRM_DATA_KEYS", &key)], &["keys", "status"]);
        assert_eq!(code, 0);
        assert!(out.contains("active key: k2") && out.contains("to re-seal: 1"), "{out}");
        // Rotating re-wraps the one case key; the five values are not touched.
        let (code, out, err) = crate::support::run_cli_with_env(Some(url), &[("OPENNRM_DATA_KEYS", &key)], &["keys", "rotate"]);
        assert_eq!(code, 0, "{err}");
        assert!(out.contains("active key: k2") && out.contains("re-sealed under k2 or their case's key: 1"), "{out}");
        // With only the new key configured the case still opens; the name is intact.
        let (code, out, err) = crate::support::run_cli_with_env(Some(url), &[("OPENNRM_DATA_KEYS", &key)], &["case", "export", "--id", &reference]);
        assert_eq!(code, 0, "{err}");
        assert!(out.contains(KNOWN_NAME), "{out}");
        // The keys are never printed.
        assert!(!out.contains(&"ab".repeat(32)) && !err.contains(&"ab".repeat(32)));
        let (_, out, _) = crate::support::run_cli_with_env(Some(url), &[("OPENNRM_DATA_KEYS", &key)], &["keys", "status"]);
        assert!(out.contains("to re-seal: 0") && out.contains("under k2: 1") && out.contains("under case-key: 5"), "{out}");
    }
}

on_both_backends! {
    async fn retention_destroys_personal_data_of_old_closed_cases_only(db) {
        use opennrm_service::referral::ReferralPick;
        let store = db.loaded_store().await;
        let s = crate::support::test_services(store.clone()).await;
        let inspector = user_token(&s, "inspector@fi.test", "fi-labour-inspectorate", &[Role::FrontlineOfficer]).await;
        let who = s.token_identity(&inspector).await.expect("who");
        let input: opennrm_service::referral::NewCaseInput = serde_json::from_value(fi_case()).expect("case");
        // closed: a referral sent with a message, then closed, and a note; open: a referral
        // still waiting; recent: nothing sent, changed today.
        let mut cases = Vec::new();
        for _ in 0..3 {
            cases.push(s.open_case(&who, &input).await.expect("open"));
        }
        let (closed, open, recent) = (&cases[0], &cases[1], &cases[2]);
        for reference in [closed, open] {
            let person = s.case(&who, reference).await.expect("case").persons[0].id.clone();
            let pick = ReferralPick { person_id: person, rule_id: "fi-labour-inspection-to-police".into() };
            s.send_referrals(&who, reference, &[pick], Some(&format!("About {KNOWN_NAME}"))).await.expect("send");
        }
        s.add_note(&who, closed, &format!("Met {KNOWN_NAME} at the site")).await.expect("note");
        // Ten days on: the police closed the first referral (its steps are tested above).
        let ten_days_ago = opennrm_store::at_offset(-10 * 86_400);
        crate::support::exec(&store, &format!("UPDATE referral SET state = 'closed' WHERE case_id IN (SELECT id FROM referral_case WHERE reference = '{closed}')")).await;
        crate::support::exec(&store, &format!("UPDATE referral_case SET updated_at = '{ten_days_ago}' WHERE reference IN ('{closed}', '{open}')")).await;
        // A copy of the closed case's rows taken before retention (a backup of the case
        // tables): the first person's sealed name, and the case's wrapped key.
        let case_of = |r: &str| format!("(SELECT id FROM referral_case WHERE reference = '{r}')");
        let copied_name = crate::support::text(&store, &format!("SELECT name_ct FROM case_person WHERE case_id = {} AND position = 1", case_of(closed))).await;
        assert!(copied_name.starts_with("case-key:"), "sealed under the case's own key: {copied_name}");
        let wrapped = crate::support::text(&store, &format!("SELECT wrapped FROM case_key WHERE case_id = {}", case_of(closed))).await;
        s.close().await;

        let url = db.url.as_str();
        let (code, out, err) = crate::support::run_cli(Some(url), &["retention", "run", "--dry-run", "--older-than-days", "5"]);
        assert_eq!(code, 0, "{err}");
        assert!(out.contains(&format!("  {closed}")) && !out.contains(open.as_str()) && !out.contains(recent.as_str()), "{out}");
        assert!(out.contains("): 1") && out.contains("dry run: nothing changed"), "{out}");
        let (code, out, err) = crate::support::run_cli(Some(url), &["retention", "run", "--older-than-days", "5"]);
        assert_eq!(code, 0, "{err}");
        assert!(out.contains("anonymised: 1"), "{out}");

        let store = db.store().await;
        let s = crate::support::test_services(store.clone()).await;
        let gone = s.export_case(&Identity::Operator, closed).await.expect("export");
        assert!(gone.anonymised_at.is_some());
        let text = serde_json::to_string(&gone).expect("json");
        assert!(!text.contains(KNOWN_NAME) && !text.contains("Testland") && !text.contains("+358"), "{text}");
        assert!(gone.notes.is_empty(), "notes go");
        // Its key is discarded, and gone from the database files (SQLite: zeroed on
        // delete, the WAL checkpointed), while the cases kept keep theirs.
        let keys_of = |r: &str| format!("SELECT COUNT(*) FROM case_key WHERE case_id = {}", case_of(r));
        assert_eq!(crate::support::count(&store, &keys_of(closed)).await, 0);
        assert_eq!(crate::support::count(&store, &keys_of(open)).await, 1);
        assert!(!crate::support::dump_database(&db).await.contains(&wrapped), "the wrapped key is still stored");
        for bytes in crate::support::database_files(&db) {
            assert!(!bytes.windows(wrapped.len()).any(|w| w == wrapped.as_bytes()), "the wrapped key is still in a database file");
        }
        // Restoring the copied ciphertext (and undoing the stamp) opens nothing: without
        // the case's key not even the master secret opens it.
        crate::support::exec(&store, &format!("UPDATE case_person SET name_ct = '{copied_name}' WHERE case_id = {} AND position = 1", case_of(closed))).await;
        crate::support::exec(&store, &format!("UPDATE referral_case SET anonymised_at = NULL WHERE reference = '{closed}'")).await;
        let e = s.export_case(&Identity::Operator, closed).await.expect_err("the copy does not open");
        assert!(format!("{e:?}").contains("discarded") && !format!("{e:?}").contains(KNOWN_NAME), "{e:?}");
        crate::support::exec(&store, &format!("UPDATE case_person SET name_ct = NULL WHERE case_id = {}", case_of(closed))).await;
        crate::support::exec(&store, &format!("UPDATE referral_case SET anonymised_at = '{ten_days_ago}' WHERE reference = '{closed}'")).await;
        // What statistics count stays: the persons, the screening, the referral and its steps.
        assert_eq!((gone.persons.len(), gone.screenings.len(), gone.referrals.len()), (2, 1, 1));
        assert_eq!(gone.referrals[0].state, "closed");
        for kept in [open, recent] {
            let c = s.export_case(&Identity::Operator, kept).await.expect("export");
            assert!(c.anonymised_at.is_none() && serde_json::to_string(&c).expect("json").contains(KNOWN_NAME));
        }
        // One audit row for the one case, and the chain holds.
        let rows = store.audit_list(&opennrm_store::AuditFilter { action_prefix: Some("case.anonymised".into()), ..Default::default() }).await.expect("audit");
        assert_eq!(rows.len(), 1);
        assert_eq!(rows[0].object.as_deref(), Some(format!("case:{closed}").as_str()));
        let key = opennrm_store::AuditKey::derive(&crate::support::TEST_SECRET);
        assert!(store.audit_verify(&key).await.expect("verify").is_intact());
        s.close().await;
        // Again: nothing left to do.
        let (code, out, err) = crate::support::run_cli(Some(url), &["retention", "run", "--older-than-days", "5"]);
        assert_eq!(code, 0, "{err}");
        assert!(out.contains("anonymised: 0") && out.contains("): 0"), "{out}");
        let (code, _, err) = crate::support::run_cli(Some(url), &["retention", "run", "--older-than-days", "0"]);
        assert_ne!(code, 0);
        assert!(err.contains("older-than-days"), "{err}");
    }
}

on_both_backends! {
    async fn the_pathway_page_answers_to_whom_to_refer_with_its_sources(db) {
        let app = TestApp::start(db.loaded_store().await).await;
        // The code in either case, on the page as in the API.
        for code in ["FI", "fi"] {
            let (status, page) = app.text(&format!("/countries/{code}/pathway")).await;
            assert_eq!(status, 200, "/countries/{code}/pathway");
            assert!(page.contains("<svg") && page.contains("</svg>"), "the flowchart is drawn on the server");
            // A route with its target and the report's own words.
            assert!(page.contains("href=\"/actors/fi-joutseno\""), "Joutseno receives adults");
            assert!(page.contains("the Joutseno reception centre is responsible for assisting adults, families and groups"), "its source quote");
            let (status, json) = app.json(&format!("/api/v1/countries/{code}/pathway")).await;
            assert_eq!(status, 200);
            assert_eq!(json["country"], "FI");
        }
        let (status, _) = app.text("/countries/XX/pathway").await;
        assert_eq!(status, 404);
    }
}

on_both_backends! {
    async fn a_later_screening_is_attached_to_the_case_and_raises_its_level(db) {
        let store = db.loaded_store().await;
        let s = crate::support::test_services(store.clone()).await;
        let fi = fi_people(&s).await;
        let app = TestApp::start(store).await;
        let api = Api::new(&app);
        // Opened without a screening: the case has no level yet.
        let mut unscreened = fi_case();
        unscreened.as_object_mut().expect("object").remove("screening");
        let (st, opened) = api.post(Some(&fi.inspector), "/api/v1/cases", &unscreened).await;
        assert_eq!(st, 201, "{opened}");
        let reference = opened["reference"].as_str().expect("reference").to_string();
        let (_, case) = api.get(Some(&fi.inspector), &format!("/api/v1/cases/{reference}")).await;
        assert_eq!(case["level"], Value::Null);
        let screening = fi_case()["screening"].clone();
        let path = format!("/api/v1/cases/{reference}/screenings");
        // Only the identifying organisation attaches; to others the case does not exist.
        let (st, _) = api.post(Some(&fi.joutseno), &path, &screening).await;
        assert_eq!(st, 404);
        let (st, _) = api.post(None, &path, &screening).await;
        assert_eq!(st, 401);
        let (st, bad) = api.post(Some(&fi.inspector), &path, &json!({ "answers": { "no.such.indicator": "yes" } })).await;
        assert_eq!(st, 400, "{bad}");
        let (st, padded) = api.post(Some(&fi.inspector), &path, &json!({ "country": " FI" })).await;
        assert_eq!(st, 400, "as strict as POST /api/v1/screenings: {padded}");
        let (st, attached) = api.post(Some(&fi.inspector), &path, &screening).await;
        assert_eq!(st, 201, "{attached}");
        assert_eq!(attached["level"], "presumed_trafficking");
        let (_, case) = api.get(Some(&fi.inspector), &format!("/api/v1/cases/{reference}")).await;
        assert_eq!(case["level"], "presumed_trafficking");
        assert_eq!(case["screenings"].as_array().map(Vec::len), Some(1));
        s.close().await;
    }
}
