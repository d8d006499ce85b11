//! A Danish joint inspection on both backends, as the report describes them ("Joint
//! inspections have taken place, where WEA, the Tax Administration, as well as the
//! National Police have participated"): the Working Environment Authority plans it with
//! the Tax Administration and the National Police, each on its own legal basis; each
//! agency records its findings, which only the participants read; two cases open from it
//! and are routed by the Danish pathway; a referral left unacknowledged is escalated to
//! the coordinator by e-mail to a local sink; a shelter completes an accommodation task;
//! closing the inspection adds an atlas revision whose joint-inspection ties cite it.

use opennrm_service::accounts::OrganisationProfile;
use opennrm_service::jobs::MailSettings;
use opennrm_service::{Identity, Policy, Role};
use serde_json::{Value, json};

use crate::on_both_backends;
use crate::referral::{Api, user_token};
use crate::support::{SmtpSink, TestApp};

const NAME: &str = "Inspected Testworker";
const NOTE: &str = "Workers sleep in containers on site; the foreman keeps their passports.";
const DESK: &str = "coordination@dk.test";

pub fn plan(participants: &[(&str, &str)]) -> Value {
    json!({
        "date": "2026-11-30",
        "work_sector": "construction",
        "region": "Zealand",
        "participants": participants.iter().map(|(a, b)| json!({ "actor": a, "legal_basis": b })).collect::<Vec<_>>(),
    })
}

pub const AGENCIES: [(&str, &str); 3] = [
    (
        "dk-wea",
        "Working Environment Act: access to registered workplaces",
    ),
    (
        "dk-skat",
        "Tax Control Act: access to workplaces, employers and employees",
    ),
    ("dk-national-police", "Administration of Justice Act"),
];

fn case_from(inspection: &str, residence: &str, screened: bool) -> Value {
    let mut c = json!({
        "exploitation": "labour_exploitation",
        "work_sector": "construction",
        "inspection": inspection,
        "persons": [{ "residence": residence, "age": "adult", "gender": "male", "nationality_group": "eu_eea", "name": NAME, "contact": "+45 11 11 11 11" }]
    });
    if screened {
        c["screening"] = json!({ "instrument": "ilo-ec-2009-thb-labour", "population": "adult", "country": "DK", "answers": crate::screening::presumed_trafficking_answers() });
    }
    c
}

fn rule_to<'a>(props: &'a Value, actor: &str) -> Option<&'a str> {
    props[0]["proposals"]
        .as_array()?
        .iter()
        .find(|p| p["target"]["actor"] == actor)
        .and_then(|p| p["rule_id"].as_str())
}

on_both_backends! {
    async fn a_danish_joint_inspection_opens_routed_cases_and_enters_the_atlas(db) {
        let sink = SmtpSink::start(std::time::Duration::ZERO).await;
        let policy = Policy {
            acknowledge_working_days: 2,
            mail: Some(MailSettings { relay: sink.url().into(), from: "OpenNRM <nrm@dk.test>".into(), origin: "https://nrm.dk.test".into() }),
            ..Policy::default()
        };
        let app = TestApp::start_with(db.loaded_store().await, policy, |s| s).await;
        let s = app.state.services().clone();
        let api = Api::new(&app);
        let wea = user_token(&s, "wea@dk.test", "dk-wea", &[Role::FrontlineOfficer]).await;
        let skat = user_token(&s, "skat@dk.test", "dk-skat", &[Role::FrontlineOfficer]).await;
        let police = user_token(&s, "police@dk.test", "dk-national-police", &[Role::FrontlineOfficer]).await;
        let coordinator = user_token(&s, "cmm@dk.test", "dk-cmm", &[Role::NationalCoordinator]).await;
        let outsider = user_token(&s, "dis@dk.test", "dk-dis", &[Role::FrontlineOfficer]).await;
        s.enable_organisation(&Identity::Operator, "dk-cmm", &OrganisationProfile { contact_email: Some(DESK.into()), receives_referrals: true, ..OrganisationProfile::default() }).await.expect("coordinator desk");

        // Planning: a labour inspectorate or the coordinator; two agencies or more, each
        // of them one that inspects, each with its legal basis.
        let (st, e) = api.post(Some(&skat), "/api/v1/inspections", &plan(&AGENCIES)).await;
        assert_eq!(st, 403, "the Tax Administration does not plan: {e}");
        let (st, e) = api.post(Some(&wea), "/api/v1/inspections", &plan(&AGENCIES[..1])).await;
        assert_eq!(st, 400, "{e}");
        let (st, e) = api.post(Some(&wea), "/api/v1/inspections", &plan(&[AGENCIES[0], ("dk-cmm", "none")])).await;
        assert_eq!(st, 400, "{e}");
        assert!(e.to_string().contains("does not inspect"), "{e}");
        let (st, e) = api.post(Some(&wea), "/api/v1/inspections", &plan(&[AGENCIES[0], ("dk-skat", " ")])).await;
        assert_eq!((st, e["error"]["field"].as_str()), (400, Some("legal_basis")), "{e}");
        let (st, planned) = api.post(Some(&wea), "/api/v1/inspections", &plan(&AGENCIES)).await;
        assert_eq!(st, 201, "{planned}");
        let reference = planned["reference"].as_str().expect("reference").to_string();
        assert!(reference.starts_with("JI-DK-"), "{reference}");
        let url = format!("/api/v1/inspections/{reference}");

        // Only its agencies and the coordinator know it exists.
        assert_eq!(api.get(Some(&outsider), &url).await.0, 404);
        assert_eq!(api.get(Some(&outsider), "/api/v1/inspections").await.1, json!([]));
        assert_eq!(api.get(Some(&police), "/api/v1/inspections").await.1.as_array().map(Vec::len), Some(1));
        assert_eq!(api.get(Some(&coordinator), "/api/v1/inspections").await.1.as_array().map(Vec::len), Some(1));
        let wea_provider = user_token(&s, "provider@dk.test", "dk-wea", &[Role::ServiceProvider]).await;
        assert_eq!(api.get(Some(&wea_provider), "/api/v1/inspections").await.1, json!([]), "a provider role sees no inspection, even of its organisation");
        assert_eq!(api.get(Some(&wea_provider), &url).await.0, 404);

        // On the day: each agency records its findings.
        let finding = |tok: &str, body: Value| { let api = &api; let tok = tok.to_string(); let url = format!("{url}/findings"); async move { api.post(Some(&tok), &url, &body).await } };
        assert_eq!(finding(&wea, json!({ "workers_met": 14, "workers_screened": 3, "note": NOTE })).await.0, 204);
        assert_eq!(finding(&skat, json!({ "workers_met": 14, "note": "No tax cards for 11 workers." })).await.0, 204);
        assert_eq!(finding(&police, json!({ "workers_met": 6 })).await.0, 204);
        let (st, e) = finding(&police, json!({ "workers_met": 2, "workers_screened": 3 })).await;
        assert_eq!(st, 400, "no more screened than met: {e}");
        assert_eq!(finding(&outsider, json!({ "workers_met": 1 })).await.0, 404);
        let (_, seen) = api.get(Some(&skat), &url).await;
        assert_eq!(seen["view"], "participant");
        assert_eq!(seen["may_close"], false, "a participant that did not plan it does not close it");
        assert_eq!(api.get(Some(&wea), &url).await.1["may_close"], true);
        assert_eq!(seen["findings"].as_array().map(Vec::len), Some(3), "{seen}");
        assert!(seen.to_string().contains("containers"), "participants read each other's findings");
        let (_, overseen) = api.get(Some(&coordinator), &url).await;
        assert_eq!(overseen["view"], "oversight");
        assert_eq!(overseen["findings"][0]["workers_met"], 14);
        assert!(overseen["findings"].as_array().expect("findings").iter().all(|f| f["note"].is_null()), "{overseen}");
        assert!(!overseen.to_string().contains("containers") && !overseen.to_string().contains("tax cards"));

        // Two cases open from it: the inspectorate's, with a screening at presumed
        // trafficking, and the police's. An agency outside the inspection cannot name it.
        let (st, e) = api.post(Some(&outsider), "/api/v1/cases", &case_from(&reference, "irregular_migrant", false)).await;
        assert_eq!((st, e["error"]["field"].as_str()), (400, Some("inspection")), "{e}");
        let (st, opened) = api.post(Some(&wea), "/api/v1/cases", &case_from(&reference, "legal_resident", true)).await;
        assert_eq!(st, 201, "{opened}");
        let wea_case = opened["reference"].as_str().expect("reference").to_string();
        let (st, opened) = api.post(Some(&police), "/api/v1/cases", &case_from(&reference, "irregular_migrant", false)).await;
        assert_eq!(st, 201, "{opened}");
        let police_case = opened["reference"].as_str().expect("reference").to_string();
        let (_, seen) = api.get(Some(&wea), &url).await;
        let cases: Vec<&str> = seen["cases"].as_array().expect("cases").iter().filter_map(|c| c["reference"].as_str()).collect();
        assert_eq!(cases, vec![wea_case.as_str(), police_case.as_str()]);

        // Routed by the Danish pathway: the inspectorate's presumed victim, a legal
        // resident, goes to CMM for victim status and to the police; the police's
        // irregular migrant to the Immigration Service.
        let (_, c) = api.get(Some(&wea), &format!("/api/v1/cases/{wea_case}")).await;
        assert_eq!(c["inspection"], reference.as_str(), "{c}");
        let person = c["persons"][0]["id"].as_str().expect("person").to_string();
        let (_, props) = api.get(Some(&wea), &format!("/api/v1/cases/{wea_case}/proposals")).await;
        assert!(rule_to(&props, "dk-cmm").is_some(), "{props}");
        let to_police = rule_to(&props, "dk-national-police").expect("the police proposed").to_string();
        let (_, c) = api.get(Some(&police), &format!("/api/v1/cases/{police_case}")).await;
        assert_eq!(c["inspection"], reference.as_str());
        let (_, props) = api.get(Some(&police), &format!("/api/v1/cases/{police_case}/proposals")).await;
        assert!(rule_to(&props, "dk-dis").is_some(), "{props}");

        // The referral to the police is sent and left unacknowledged: three weeks on, the
        // sweep escalates it to CMM, the coordinating body, whose desk gets one e-mail
        // with a link and no personal data.
        for purpose in ["referral_assistance", "police_contact", "support_services"] {
            let (st, _) = api.post(Some(&wea), &format!("/api/v1/cases/{wea_case}/consents"), &json!({ "person_id": person, "purpose": purpose, "method": "signed_form" })).await;
            assert_eq!(st, 201);
        }
        let (st, sent) = api.post(Some(&wea), &format!("/api/v1/cases/{wea_case}/referrals"), &json!({ "referrals": [{ "person_id": person, "rule_id": to_police }] })).await;
        assert_eq!(st, 201, "{sent}");
        let store = db.store().await;
        match &store {
            opennrm_store::Store::Sqlite(p) => { sqlx::query("UPDATE referral SET created_at = '2000-01-03T00:00:00Z'").execute(p).await.expect("age"); }
            opennrm_store::Store::Postgres(p) => { sqlx::query("UPDATE referral SET created_at = '2000-01-03T00:00:00Z'").execute(p).await.expect("age"); }
        }
        assert_eq!(s.escalate_overdue().await.expect("sweep"), 1);
        for _ in 0..3 {
            s.run_due_jobs("node-a").await.expect("run");
        }
        let mails = sink.received();
        let to_desk: Vec<_> = mails.iter().filter(|m| m.contains(DESK)).collect();
        assert_eq!(to_desk.len(), 1, "{mails:?}");
        assert!(to_desk[0].contains("https://nrm.dk.test/"), "a link: {}", to_desk[0]);
        assert!(!to_desk[0].contains(NAME) && !to_desk[0].contains("containers"), "{}", to_desk[0]);

        // A shelter completes an accommodation task of the inspection's case.
        let (_, providers) = api.get(Some(&wea), &format!("/api/v1/cases/{wea_case}/providers?kind=accommodation")).await;
        let provider = providers[0]["actor"].as_str().expect("a provider").to_string();
        let (st, task) = api.post(Some(&wea), &format!("/api/v1/cases/{wea_case}/tasks"), &json!({ "person_id": person, "kind": "accommodation", "provider": provider })).await;
        assert_eq!(st, 201, "{task}");
        let shelter = user_token(&s, "shelter@dk.test", &provider, &[Role::ServiceProvider]).await;
        let (_, tasks) = api.get(Some(&shelter), "/api/v1/tasks").await;
        assert_eq!(tasks[0]["name"], NAME);
        assert!(!tasks.to_string().contains(&reference) && !tasks.to_string().contains(&wea_case), "{tasks}");
        assert_eq!(api.get(Some(&shelter), &url).await.0, 404, "the provider sees nothing of the inspection");
        let (st, moved) = api.post(Some(&shelter), &format!("/api/v1/tasks/{}/transitions", task["id"].as_str().expect("id")), &json!({ "to": "complete" })).await;
        assert_eq!((st, moved["state"].as_str()), (200, Some("completed")));

        // Closing: the planner (or the coordinator), once. The atlas gets a revision whose
        // joint-inspection ties between the three agencies cite the inspection, beside the
        // report's quotes; the diff since 2013 shows it.
        let (_, before) = api.get(None, "/api/v1/countries/DK").await;
        assert_eq!(api.post(Some(&skat), &format!("{url}/close"), &json!({})).await.0, 403);
        let (st, closed) = api.post(Some(&wea), &format!("{url}/close"), &json!({})).await;
        assert_eq!(st, 200, "{closed}");
        let revision = closed["atlas_revision"].as_i64().expect("revision");
        assert_eq!(api.post(Some(&wea), &format!("{url}/close"), &json!({})).await.0, 409);
        assert_eq!(finding(&wea, json!({ "workers_met": 1 })).await.0, 409, "no finding after closing");
        let (_, seen) = api.get(Some(&police), &url).await;
        assert_eq!((seen["state"].as_str(), seen["atlas_revision"].as_i64()), (Some("closed"), Some(revision)));
        let (_, after) = api.get(None, "/api/v1/countries/DK").await;
        let record = format!("inspection:{reference}");
        let citing = |country: &Value| -> usize {
            country["cooperation"].as_array().expect("ties").iter().filter(|t| {
                t["kind"] == "joint_inspection" && (t["source"]["record"] == record.as_str() || t["also"].as_array().is_some_and(|a| a.iter().any(|s| s["record"] == record.as_str())))
            }).count()
        };
        assert_eq!(citing(&before), 0);
        assert_eq!(citing(&after), 3, "the three pairs the report already ties, each citing the inspection");
        assert_eq!(after["cooperation"].as_array().map(Vec::len), before["cooperation"].as_array().map(Vec::len), "no new tie: the report had them");
        let text = after.to_string();
        assert!(text.contains("Joint inspection on 2026-11-30 (construction) by "), "the source summarises the record");
        assert!(!text.contains("containers") && !text.contains(NAME) && !text.contains(&wea_case), "nothing of a finding or a case reaches the atlas");
        let (st, diff) = api.get(None, &format!("/api/v1/countries/DK/diff?to={revision}")).await;
        assert_eq!(st, 200, "{diff}");
        assert!(diff.to_string().contains(&record), "{diff}");

        // The audit trail names the inspection, never a finding's text.
        let audit: Vec<String> = match &store {
            opennrm_store::Store::Sqlite(p) => sqlx::query_scalar("SELECT action || ' ' || detail FROM audit_event").fetch_all(p).await.expect("audit"),
            opennrm_store::Store::Postgres(p) => sqlx::query_scalar("SELECT action || ' ' || detail FROM audit_event").fetch_all(p).await.expect("audit"),
        };
        let inspection_rows: Vec<&String> = audit.iter().filter(|a| a.contains("inspection.")).collect();
        assert!(inspection_rows.len() >= 6, "{inspection_rows:?}");
        assert!(audit.iter().all(|a| !a.contains("containers") && !a.contains("tax cards")));
    }
}

on_both_backends! {
    async fn a_second_inspection_adds_ties_the_report_lacks_and_a_retry_adds_no_revision(db) {
        let app = TestApp::start(db.loaded_store().await).await;
        let s = app.state.services().clone();
        let api = Api::new(&app);
        let coordinator = user_token(&s, "cmm@dk.test", "dk-cmm", &[Role::NationalCoordinator]).await;
        let wea = user_token(&s, "wea@dk.test", "dk-wea", &[Role::FrontlineOfficer]).await;
        // The coordinator plans it with the Working Environment Authority and 3F, a union
        // the report never ties to WEA by joint inspection.
        let (st, planned) = api.post(Some(&coordinator), "/api/v1/inspections", &plan(&[AGENCIES[0], ("dk-3f", "Collective agreement on construction")])).await;
        assert_eq!(st, 201, "{planned}");
        let reference = planned["reference"].as_str().expect("reference").to_string();
        // The planner who does not take part sees the plan, not the findings' text.
        assert_eq!(api.post(Some(&wea), &format!("/api/v1/inspections/{reference}/findings"), &json!({ "workers_met": 3, "note": NOTE })).await.0, 204);
        let (_, seen) = api.get(Some(&coordinator), &format!("/api/v1/inspections/{reference}")).await;
        assert!(seen["findings"][0]["note"].is_null(), "{seen}");
        let (_, before) = api.get(None, "/api/v1/countries/DK").await;
        let (st, closed) = api.post(Some(&coordinator), &format!("/api/v1/inspections/{reference}/close"), &json!({})).await;
        assert_eq!(st, 200, "{closed}");
        let (_, after) = api.get(None, "/api/v1/countries/DK").await;
        let n = |c: &Value| c["cooperation"].as_array().map_or(0, Vec::len);
        assert_eq!(n(&after), n(&before) + 1, "one new tie: WEA and 3F");
        let new_tie = after["cooperation"].as_array().expect("ties").iter().find(|t| t["source"]["record"] == format!("inspection:{reference}").as_str()).expect("the new tie");
        assert_eq!((new_tie["from"].as_str(), new_tie["to"].as_str(), new_tie["direction"].as_str()), (Some("dk-wea"), Some("dk-3f"), Some("mutual")));
        assert!(new_tie["source"]["line"].is_null(), "not a line of the report");
        // Recording it again (a close retried after a crash) adds no revision.
        let revisions = s.revisions(&Identity::Operator).await.expect("revisions").len();
        let store = db.store().await;
        match &store {
            opennrm_store::Store::Sqlite(p) => { sqlx::query("UPDATE inspection SET state = 'planned', revision_id = NULL").execute(p).await.expect("reopen"); }
            opennrm_store::Store::Postgres(p) => { sqlx::query("UPDATE inspection SET state = 'planned', revision_id = NULL").execute(p).await.expect("reopen"); }
        }
        let (st, again) = api.post(Some(&coordinator), &format!("/api/v1/inspections/{reference}/close"), &json!({})).await;
        assert_eq!(st, 200, "{again}");
        assert_eq!(again["atlas_revision"], closed["atlas_revision"]);
        assert_eq!(s.revisions(&Identity::Operator).await.expect("revisions").len(), revisions);
        // Importing the data files again would drop the inspection's tie: refused unless
        // allowed, naming the record.
        let files = crate::support::embedded_atlas();
        let refused = s.import_atlas(&Identity::Operator, &files, "re-import", "test", opennrm_service::ImportOptions::default()).await;
        assert!(matches!(&refused, Err(opennrm_service::ServiceError::Invalid { message, .. }) if message.contains(&format!("inspection:{reference}"))), "{refused:?}");
        let allowed = opennrm_service::ImportOptions { allow_drop_records: true, ..Default::default() };
        s.import_atlas(&Identity::Operator, &files, "re-import", "test", allowed).await.expect("allowed");
        let (_, now) = api.get(None, "/api/v1/countries/DK").await;
        assert_eq!(n(&now), n(&before));
    }
}
