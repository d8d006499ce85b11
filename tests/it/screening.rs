//! Screening end to end: the JSON API, the web form with drafts and CSRF, and the CLI,
//! on both backends where storage is involved.

use crate::on_both_backends;
use crate::support::{TestApp, run_cli};

const CONSTRUCTION_SITE: &[(&str, &str)] = &[
    ("deceptive_recruitment.nature_of_job", "yes"),
    ("deceptive_recruitment.wages", "yes"),
    ("exploitative_conditions.excessive_hours", "yes"),
    ("exploitative_conditions.low_or_no_salary", "yes"),
    ("coercion_at_destination.confiscation_of_documents", "yes"),
    ("coercion_at_destination.debt_bondage", "yes"),
];

fn answers(pairs: &[(&str, &str)]) -> serde_json::Value {
    serde_json::Value::Object(
        pairs
            .iter()
            .map(|(k, v)| ((*k).to_string(), serde_json::json!(v)))
            .collect(),
    )
}

on_both_backends! {
    async fn the_api_screens_answers_and_lists_who_acts_in_the_country(db) {
        let app = TestApp::start(db.loaded_store().await).await;
        let (status, list) = app.json("/api/v1/screening/instruments").await;
        assert_eq!(status, 200);
        assert_eq!(list["count"], 2);
        let (status, inst) = app.json("/api/v1/screening/instruments/ilo-ec-2009-thb-labour").await;
        assert_eq!(status, 200);
        assert_eq!(inst["dimensions"].as_array().expect("dims").len(), 6);

        let body = serde_json::json!({ "country": "NO", "answers": answers(CONSTRUCTION_SITE) });
        let r = app.client.post(format!("{}/api/v1/screenings", app.base)).json(&body).send().await.expect("post");
        assert_eq!(r.status().as_u16(), 200);
        let out: serde_json::Value = r.json().await.expect("json");
        assert_eq!(out["result"]["level"], "presumed_trafficking", "{out}");
        assert_eq!(out["result"]["instrument"]["id"], "ilo-ec-2009-thb-labour");
        assert_eq!(out["result"]["rule_set"]["id"], "ilo-ec-2009-delphi");
        assert!(out["result"]["notice"].as_str().expect("notice").contains("never a legal determination"));
        let responders = out["who_acts"]["responders"].as_array().expect("responders");
        assert!(!responders.is_empty());
        assert!(responders.iter().all(|r| r["actor"].as_str().expect("id").starts_with("no-") && r["source"]["quote"].is_string()));
        assert!(responders.iter().any(|r| r["capability"] == "investigate_crime"));

        // Only exploitative conditions: labour exploitation, and the result says what to ask next.
        let body = serde_json::json!({ "answers": answers(&CONSTRUCTION_SITE[2..4]) });
        let out: serde_json::Value = app.client.post(format!("{}/api/v1/screenings", app.base)).json(&body).send().await.expect("post").json().await.expect("json");
        assert_eq!(out["result"]["level"], "labour_exploitation");
        assert!(!out["result"]["missing"].as_array().expect("missing").is_empty());
        assert!(out.get("who_acts").is_none());
    }
}

on_both_backends! {
    async fn bad_screening_requests_name_the_field(db) {
        let app = TestApp::start(db.loaded_store().await).await;
        let post = |body: serde_json::Value| {
            let c = app.client.clone();
            let url = format!("{}/api/v1/screenings", app.base);
            async move { let r = c.post(url).json(&body).send().await.expect("post"); (r.status().as_u16(), r.json::<serde_json::Value>().await.expect("json")) }
        };
        for (body, field) in [
            (serde_json::json!({ "answers": { "no_such.indicator": "yes" } }), "answers"),
            (serde_json::json!({ "answers": { "exploitative_conditions.excessive_hours": "perhaps" } }), "answers"),
            (serde_json::json!({ "population": "robot", "answers": {} }), "population"),
            (serde_json::json!({ "country": "ZZ", "answers": {} }), "country"),
            (serde_json::json!({ "instrument": "nope", "answers": {} }), "instrument"),
            // The API takes values as written: empty or padded is not "the default".
            (serde_json::json!({ "instrument": "", "answers": {} }), "instrument"),
            (serde_json::json!({ "population": " adult", "answers": {} }), "population"),
            (serde_json::json!({ "country": "", "answers": {} }), "country"),
            (serde_json::json!({ "answers": { "exploitative_conditions.excessive_hours": "yes " } }), "answers"),
        ] {
            let (status, out) = post(body).await;
            assert_eq!(status, 400, "{out}");
            assert_eq!(out["error"]["code"], "invalid_parameter");
            assert_eq!(out["error"]["field"], field, "{out}");
        }
        for body in ["{not json", "{}", r#"{"country": "NO"}"#] {
            let r = app.client.post(format!("{}/api/v1/screenings", app.base)).body(body).header("content-type", "application/json").send().await.expect("post");
            assert_eq!(r.status().as_u16(), 400, "{body}: answers are required");
            let out: serde_json::Value = r.json().await.expect("json");
            assert_eq!(out["error"]["code"], "invalid_body", "{body}");
        }
    }
}

/// The CSRF token the form page handed out, and its cookie.
async fn form_token(app: &TestApp, path: &str) -> (String, String, String) {
    let r = app.get(path).await;
    assert_eq!(r.status().as_u16(), 200);
    let cookie = r
        .headers()
        .get("set-cookie")
        .map(|c| {
            c.to_str()
                .expect("ascii")
                .split(';')
                .next()
                .expect("pair")
                .to_string()
        })
        .unwrap_or_default();
    let html = r.text().await.expect("html");
    let token = html
        .split("name=\"csrf\" value=\"")
        .nth(1)
        .and_then(|s| s.split('"').next())
        .expect("csrf field")
        .to_string();
    (token, cookie, html)
}

/// The value of the cookie `name` a response sets, as `name=value`.
fn set_cookie(r: &reqwest::Response, name: &str) -> Option<String> {
    r.headers()
        .get_all("set-cookie")
        .iter()
        .filter_map(|v| v.to_str().ok())
        .map(|v| v.split(';').next().unwrap_or_default().to_string())
        .find(|pair| pair.starts_with(&format!("{name}=")))
}

on_both_backends! {
    async fn a_draft_is_saved_and_continued_without_its_reference_in_any_url(db) {
        let app = TestApp::start(db.loaded_store().await).await;
        let (token, csrf_cookie, html) = form_token(&app, "/screening/new?country=DK").await;
        assert!(html.contains("Guidance, not a decision."));
        assert!(html.contains("Official wording"));
        assert!(!html.contains("Discard draft"), "nothing to discard yet");
        let no_redirect = reqwest::Client::builder().redirect(reqwest::redirect::Policy::none()).build().expect("client");
        let mut form = vec![("csrf", token.as_str()), ("instrument", "ilo-ec-2009-thb-labour"), ("population", "adult"), ("country", "DK"), ("action", "draft")];
        form.extend([("a:exploitative_conditions.excessive_hours", "yes"), ("a:coercion_at_destination.threat_of_denunciation", "unknown")]);
        let r = no_redirect.post(format!("{}/screening", app.base)).header("cookie", &csrf_cookie).form(&form).send().await.expect("post");
        assert_eq!(r.status().as_u16(), 303);
        assert_eq!(r.headers()["location"], "/screening/draft?saved=1", "the draft's reference is not in the URL");
        // The draft's id stays on the server, in the session: no cookie of its own.
        assert!(set_cookie(&r, "opennrm_draft").is_none());
        assert!(csrf_cookie.starts_with("opennrm_session="), "{csrf_cookie}");
        let cookies = csrf_cookie.clone();

        let r = app.client.get(format!("{}/screening/draft?saved=1", app.base)).header("cookie", &cookies).send().await.expect("get");
        assert_eq!(r.status().as_u16(), 200);
        let draft = r.text().await.expect("html");
        assert!(draft.contains("Draft saved"));
        assert!(draft.contains("name=\"a:exploitative_conditions.excessive_hours\" value=\"yes\" checked"));
        assert!(draft.contains("name=\"a:coercion_at_destination.threat_of_denunciation\" value=\"unknown\" checked"));
        assert!(draft.contains("2 of 67 questions answered"));
        assert!(draft.contains("Discard draft"));
        // Another browser (no cookie) has no draft; a forged reference finds nothing.
        let (status, _) = app.text("/screening/draft").await;
        assert_eq!(status, 404);
        let r = app.client.get(format!("{}/screening/draft", app.base)).header("cookie", "opennrm_session=ffffffffffffffffffffffffffffffff").send().await.expect("get");
        assert_eq!(r.status().as_u16(), 404);

        // The result from the form.
        let mut result_form = form.clone();
        result_form.retain(|(k, _)| *k != "action");
        result_form.push(("action", "result"));
        let r = app.client.post(format!("{}/screening", app.base)).header("cookie", &cookies).form(&result_form).send().await.expect("post");
        assert_eq!(r.status().as_u16(), 200);
        assert_eq!(r.headers()["cache-control"], "no-store");
        let result = r.text().await.expect("html");
        assert!(result.contains("Screening result") && result.contains("never a legal determination"));
        assert!(result.contains("Who can act in Denmark"));

        // Without the cookie, with a wrong token, or from another site: refused.
        for (cookie_header, origin) in [("", None), ("opennrm_session=0000000000000000000000000000000000000000000000000000000000000000", None), (csrf_cookie.as_str(), Some("http://evil.example"))] {
            let mut req = no_redirect.post(format!("{}/screening", app.base)).form(&result_form);
            if !cookie_header.is_empty() { req = req.header("cookie", cookie_header); }
            if let Some(o) = origin { req = req.header("origin", o); }
            let r = req.send().await.expect("post");
            assert_eq!(r.status().as_u16(), 403);
        }

        // Discarding deletes the draft and the session's reference to it.
        let mut discard = form.clone();
        discard.retain(|(k, _)| *k != "action");
        discard.push(("action", "discard"));
        let r = no_redirect.post(format!("{}/screening", app.base)).header("cookie", &cookies).form(&discard).send().await.expect("post");
        assert_eq!(r.status().as_u16(), 303);
        let r = app.client.get(format!("{}/screening/draft", app.base)).header("cookie", &cookies).send().await.expect("get");
        assert_eq!(r.status().as_u16(), 404, "the draft is gone from the database");
    }
}

on_both_backends! {
    async fn the_cli_screens_a_file_of_answers_for_a_country(db) {
        let url = db.url.clone();
        tokio::task::spawn_blocking(move || {
            let tmp = tempfile::tempdir().expect("tmp");
            let file = tmp.path().join("answers.json");
            std::fs::write(&file, answers(CONSTRUCTION_SITE).to_string()).expect("write");
            let (code, out, err) = run_cli(Some(&url), &["screen", "--country", "NO", file.to_str().expect("utf8")]);
            assert_eq!(code, 0, "{err}");
            assert!(out.contains("Level: presumed trafficking for labour exploitation"), "{out}");
            assert!(out.contains("never a legal determination"));
            assert!(out.contains("Who can act in NO:"));
            let (code, json, _) = run_cli(Some(&url), &["screen", "--format", "json", file.to_str().expect("utf8")]);
            assert_eq!(code, 0);
            let v: serde_json::Value = serde_json::from_str(&json).expect("json");
            assert_eq!(v["result"]["level"], "presumed_trafficking");
            // In German: the explanation, the conclusion and the notice; the codes stay.
            let (code, json, _) = run_cli(Some(&url), &["screen", "--format", "json", "--lang", "de", file.to_str().expect("utf8")]);
            assert_eq!(code, 0);
            let de: serde_json::Value = serde_json::from_str(&json).expect("json");
            let ui = opennrm_web::i18n::Ui::for_language("de").expect("de");
            assert_eq!(de["result"]["notice"], ui.t("screening-notice"));
            assert_ne!(de["result"]["notice"], v["result"]["notice"]);
            assert_eq!(de["result"]["explanation"], v["result"]["explanation"], "the same codes");
            assert_ne!(de["result"]["reasoning"], v["result"]["reasoning"]);
            assert_ne!(run_cli(Some(&url), &["screen", "--lang", "xx", file.to_str().expect("utf8")]).0, 0);
            std::fs::write(&file, r#"{"exploitative_conditions.excessive_hours": "maybe"}"#).expect("write");
            let (code, _, err) = run_cli(Some(&url), &["screen", file.to_str().expect("utf8")]);
            assert_ne!(code, 0);
            assert!(err.contains("answers:") && err.contains("maybe"), "{err}");
        })
        .await
        .expect("cli thread");
    }
}

/// Answers that reach presumed trafficking (the construction site), for other tests.
pub fn presumed_trafficking_answers() -> serde_json::Value {
    answers(CONSTRUCTION_SITE)
}
