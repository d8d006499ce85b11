//! Deadlines and escalation on both backends: a referral left unacknowledged past its
//! deadline is escalated to the national coordinator — a notification, an audit row, and
//! an e-mail with a link and no personal data to a local SMTP sink — and the receiving
//! organisation is reminded, once, however often the sweep runs; an acknowledged one is not. Two real `opennrm serve` processes on one
//! database share the job queue without sending any e-mail twice.

use opennrm_service::accounts::OrganisationProfile;
use opennrm_service::jobs::MailSettings;
use opennrm_service::{Identity, Policy};
use serde_json::json;

use crate::on_both_backends;
use crate::referral::{Api, KNOWN_NAME, fi_case, fi_people, start_server_with};
use crate::support::{SmtpSink, TestApp, count, exec};

const DESK: &str = "coordinator-desk@fi.test";

/// Opens the Finnish case and sends the adult's assistance referral to Joutseno.
async fn sent_referral(api: &Api, inspector: &str) -> (String, String) {
    let (st, opened) = api.post(Some(inspector), "/api/v1/cases", &fi_case()).await;
    assert_eq!(st, 201, "{opened}");
    let reference = opened["reference"].as_str().expect("reference").to_string();
    let (_, case) = api
        .get(Some(inspector), &format!("/api/v1/cases/{reference}"))
        .await;
    let adult = case["persons"][0]["id"].as_str().expect("id").to_string();
    let (_, props) = api
        .get(
            Some(inspector),
            &format!("/api/v1/cases/{reference}/proposals"),
        )
        .await;
    let rule = props[0]["proposals"]
        .as_array()
        .expect("proposals")
        .iter()
        .find(|p| p["target"]["actor"] == "fi-joutseno")
        .and_then(|p| p["rule_id"].as_str())
        .expect("Joutseno")
        .to_string();
    let (st, _) = api.post(Some(inspector), &format!("/api/v1/cases/{reference}/consents"), &json!({ "person_id": adult, "purpose": "referral_assistance", "method": "signed_form" })).await;
    assert_eq!(st, 201);
    let (st, sent) = api
        .post(
            Some(inspector),
            &format!("/api/v1/cases/{reference}/referrals"),
            &json!({ "referrals": [{ "person_id": adult, "rule_id": rule }] }),
        )
        .await;
    assert_eq!(st, 201, "{sent}");
    (
        reference,
        sent["referrals"][0].as_str().expect("id").to_string(),
    )
}

on_both_backends! {
    async fn an_unacknowledged_referral_is_escalated_to_the_coordinator_once(db) {
        let sink = SmtpSink::start(std::time::Duration::ZERO).await;
        let policy = Policy {
            acknowledge_working_days: 2,
            mail: Some(MailSettings { relay: sink.url().into(), from: "OpenNRM <nrm@fi.test>".into(), origin: "https://nrm.fi.test".into() }),
            ..Policy::default()
        };
        let app = TestApp::start_with(db.loaded_store().await, policy, |s| s).await;
        let s = app.state.services().clone();
        let fi = fi_people(&s).await;
        s.enable_organisation(&Identity::Operator, "fi-moi", &OrganisationProfile { contact_email: Some(DESK.into()), ..OrganisationProfile::default() }).await.expect("coordinator desk");
        let api = Api::new(&app);
        let (reference, referral) = sent_referral(&api, &fi.inspector).await;
        let (acknowledged_ref, acknowledged) = sent_referral(&api, &fi.inspector).await;
        assert_eq!(api.post(Some(&fi.joutseno), &format!("/api/v1/referrals/{acknowledged}/transitions"), &json!({ "to": "acknowledge" })).await.0, 200);

        // The sweep runs (queued once a minute by whichever node): nothing is overdue yet.
        let store = db.store().await;
        assert_eq!(s.schedule().await.expect("schedule"), 2, "this minute's sweep and today's retention");
        assert_eq!(s.schedule().await.expect("schedule"), 0, "once per minute and per day");
        assert_eq!(s.run_due_jobs("node-a").await.expect("run"), 2);
        assert!(sink.received().is_empty());
        // Time passes: both referrals were sent three weeks ago; one was acknowledged.
        exec(&store, "UPDATE referral SET created_at = '2000-01-01T00:00:00Z'").await;
        assert_eq!(s.escalate_overdue().await.expect("sweep"), 1, "only the unacknowledged one");
        for _ in 0..3 {
            s.run_due_jobs("node-a").await.expect("run");
        }
        let mails = sink.received();
        assert_eq!(mails.len(), 1, "one e-mail to the coordinator's desk (Joutseno has no contact address): {mails:?}");
        let mail = &mails[0];
        assert!(mail.contains(&format!("https://nrm.fi.test/cases/{reference}")), "{mail}");
        assert!(mail.contains("no national coordinator"), "Finland's pathway names the closest body: {mail}");
        assert!(!mail.contains(&acknowledged_ref));
        for personal in [KNOWN_NAME, "Testland", "+358", "1991-04-02"] {
            assert!(!mail.contains(personal), "the e-mail holds no personal data: {mail}");
        }
        // The coordinator is told in the interface; the inspector's organisation is not.
        let (st, told) = api.get(Some(&fi.coordinator), "/api/v1/notifications").await;
        assert_eq!(st, 200, "{told}");
        assert_eq!(told.as_array().map(Vec::len), Some(1), "{told}");
        assert_eq!(told[0]["kind"], "referral_unacknowledged");
        assert_eq!(told[0]["case"], reference.as_str());
        let (_, none) = api.get(Some(&fi.inspector), "/api/v1/notifications").await;
        assert_eq!(none.as_array().map(Vec::len), Some(0));
        // The receiving organisation gets a reminder.
        let (_, reminded) = api.get(Some(&fi.joutseno), "/api/v1/notifications").await;
        assert_eq!(reminded.as_array().map(Vec::len), Some(1), "{reminded}");
        assert_eq!(reminded[0]["kind"], "referral_overdue");
        assert_eq!(count(&store, "SELECT COUNT(*) FROM audit_event WHERE action = 'referral.escalated'").await, 2);

        // At least once, so idempotent: the sweep and the escalation run again tell nobody twice.
        assert_eq!(s.escalate_overdue().await.expect("sweep"), 0, "escalated referrals are not selected again");
        exec(&store, "DELETE FROM notification WHERE kind = 'referral_unacknowledged'").await;
        assert_eq!(s.escalate_overdue().await.expect("sweep"), 1, "a half-done escalation is taken up again");
        for _ in 0..3 {
            s.run_due_jobs("node-b").await.expect("run");
        }
        assert_eq!(sink.received().len(), 1, "no second e-mail");
        assert_eq!(count(&store, &format!("SELECT COUNT(*) FROM job WHERE dedupe_key = 'email:referral_unacknowledged:fi-moi:{referral}'")).await, 1);
        assert_eq!(api.get(Some(&fi.coordinator), "/api/v1/notifications").await.1.as_array().map(Vec::len), Some(1));
        assert_eq!(api.get(Some(&fi.joutseno), "/api/v1/notifications").await.1.as_array().map(Vec::len), Some(1));

        // The administrator's page lists them, done; nobody else sees it.
        let admin_jobs = s.jobs(&Identity::Operator).await.expect("jobs");
        assert_eq!(admin_jobs.len(), 3, "a sweep, a retention run and one e-mail: {admin_jobs:?}");
        assert!(admin_jobs.iter().all(|j| j.state == "done"), "{admin_jobs:?}");
        assert_eq!(api.get(Some(&fi.inspector), "/admin/jobs").await.0, 403);
    }
}

on_both_backends! {
    async fn two_server_nodes_share_the_jobs_and_send_every_email_once(db) {
        // A slow relay (40 ms a message), so both nodes are sending at the same time.
        let sink = SmtpSink::start(std::time::Duration::from_millis(40)).await;
        let store = db.loaded_store().await;
        const N: usize = 60;
        for i in 0..N {
            let queued = store.queue_job(&opennrm_store::NewJob {
                id: format!("{i:032x}"),
                kind: opennrm_service::jobs::EMAIL,
                payload: json!({ "to": DESK, "subject": format!("reminder {i}"), "body": "A referral is waiting." }).to_string(),
                dedupe_key: format!("test:{i}"),
                run_at: "2000-01-01T00:00:00Z".into(),
                max_attempts: 3,
                now: opennrm_store::now(),
            }).await.expect("queue");
            assert!(queued);
        }
        assert!(!store.queue_job(&opennrm_store::NewJob {
            id: "f".repeat(32), kind: opennrm_service::jobs::EMAIL, payload: "{}".into(), dedupe_key: "test:0".into(),
            run_at: "2000-01-01T00:00:00Z".into(), max_attempts: 3, now: opennrm_store::now(),
        }).await.expect("queue"), "a dedupe key is queued once");
        let dir = tempfile::tempdir().expect("dir");
        let env = [
            ("OPENNRM_JOB_INTERVAL_SECONDS", "1"),
            ("OPENNRM_SMTP_RELAY", &*sink.url()),
            ("OPENNRM_MAIL_FROM", "OpenNRM <nrm@fi.test>"),
        ];
        let one = start_server_with(&db.url, &dir.path().join("one.log"), &env).await;
        let two = start_server_with(&db.url, &dir.path().join("two.log"), &env).await;
        let deadline = std::time::Instant::now() + std::time::Duration::from_secs(60);
        while sink.received().len() < N && std::time::Instant::now() < deadline {
            tokio::time::sleep(std::time::Duration::from_millis(200)).await;
        }
        // Give a duplicate the time to arrive, were there one.
        tokio::time::sleep(std::time::Duration::from_secs(3)).await;
        drop((one, two));
        let mails = sink.received();
        let mut subjects: Vec<String> = mails.iter().filter_map(|m| m.lines().find(|l| l.starts_with("Subject: ")).map(str::to_string)).collect();
        subjects.sort();
        let before = subjects.len();
        subjects.dedup();
        assert_eq!(before, subjects.len(), "an e-mail was sent twice");
        assert_eq!(subjects.len(), N, "every e-mail was sent");
        assert_eq!(count(&store, "SELECT COUNT(*) FROM job WHERE kind = 'send_email' AND state = 'done'").await, N as i64);
        assert_eq!(count(&store, "SELECT COUNT(*) FROM job WHERE kind = 'apply_retention'").await, 1, "one retention run a day, whichever node queued it");
    }
}

on_both_backends! {
    async fn concurrent_claims_never_take_the_same_job(db) {
        // Twelve claimers on their own connections, racing for 300 due jobs in claims of
        // five: every job is taken exactly once (PostgreSQL: SKIP LOCKED; SQLite: one writer).
        let store = db.loaded_store().await;
        const JOBS: usize = 300;
        for i in 0..JOBS {
            store.queue_job(&opennrm_store::NewJob {
                id: format!("{i:032x}"),
                kind: opennrm_service::jobs::EMAIL,
                payload: "{}".into(),
                dedupe_key: format!("race:{i}"),
                run_at: "2000-01-01T00:00:00Z".into(),
                max_attempts: 1,
                now: opennrm_store::now(),
            }).await.expect("queue");
        }
        let mut tasks = Vec::new();
        for n in 0..12 {
            let store = db.store().await;
            tasks.push(tokio::spawn(async move {
                let mut mine = Vec::new();
                loop {
                    let now = opennrm_store::now();
                    let lease = opennrm_store::at_offset(600);
                    let got = store.claim_jobs(&format!("node-{n}"), &now, &lease, 5).await.expect("claim");
                    if got.is_empty() {
                        return mine;
                    }
                    mine.extend(got.into_iter().map(|j| j.id));
                }
            }));
        }
        let mut all = Vec::new();
        for t in tasks {
            all.extend(t.await.expect("task"));
        }
        let claimed = all.len();
        all.sort();
        all.dedup();
        assert_eq!(claimed, all.len(), "a job was claimed twice");
        assert_eq!(all.len(), JOBS);
    }
}

on_both_backends! {
    async fn the_daily_retention_job_anonymises_old_closed_cases(db) {
        let policy = Policy { retention_days: 5, ..Policy::default() };
        let app = TestApp::start_with(db.loaded_store().await, policy, |s| s).await;
        let s = app.state.services().clone();
        let fi = fi_people(&s).await;
        let api = Api::new(&app);
        let (_, old) = api.post(Some(&fi.inspector), "/api/v1/cases", &fi_case()).await;
        let old = old["reference"].as_str().expect("reference").to_string();
        let (_, recent) = api.post(Some(&fi.inspector), "/api/v1/cases", &fi_case()).await;
        let recent = recent["reference"].as_str().expect("reference").to_string();
        let store = db.store().await;
        let ten_days_ago = opennrm_store::at_offset(-10 * 86_400);
        exec(&store, &format!("UPDATE referral_case SET updated_at = '{ten_days_ago}' WHERE reference = '{old}'")).await;
        assert_eq!(s.schedule().await.expect("schedule"), 2, "the sweep and today's retention run");
        assert_eq!(s.schedule().await.expect("schedule"), 0, "only once a day");
        assert_eq!(s.run_due_jobs("node-a").await.expect("run"), 2);
        let gone = s.export_case(&Identity::Operator, &old).await.expect("export");
        assert!(gone.anonymised_at.is_some() && !serde_json::to_string(&gone).expect("json").contains(KNOWN_NAME));
        let kept = s.export_case(&Identity::Operator, &recent).await.expect("export");
        assert!(kept.anonymised_at.is_none());
    }
}

on_both_backends! {
    async fn a_decision_past_its_deadline_and_a_reflection_period_ending_are_followed_up(db) {
        let sink = SmtpSink::start(std::time::Duration::ZERO).await;
        let policy = Policy {
            mail: Some(MailSettings { relay: sink.url().into(), from: "OpenNRM <nrm@fi.test>".into(), origin: "https://nrm.fi.test".into() }),
            ..Policy::default()
        };
        let app = TestApp::start_with(db.loaded_store().await, policy, |s| s).await;
        let s = app.state.services().clone();
        let fi = fi_people(&s).await;
        s.enable_organisation(&Identity::Operator, "fi-moi", &OrganisationProfile { contact_email: Some(DESK.into()), ..OrganisationProfile::default() }).await.expect("coordinator desk");
        let api = Api::new(&app);
        let (reference, referral) = sent_referral(&api, &fi.inspector).await;
        let step = |body: serde_json::Value| { let api = &api; let tok = fi.joutseno.clone(); let url = format!("/api/v1/referrals/{referral}/transitions"); async move { api.post(Some(&tok), &url, &body).await } };
        assert_eq!(step(json!({ "to": "acknowledge" })).await.0, 200);
        assert_eq!(step(json!({ "to": "accept" })).await.0, 200);
        assert_eq!(s.follow_deadlines().await.expect("sweep"), (0, 0), "nothing due yet");

        // The decision was due yesterday: Joutseno is reminded, the coordinator told, once.
        let store = db.store().await;
        exec(&store, "UPDATE referral SET deadline_at = '2000-01-01T00:00:00Z'").await;
        assert_eq!(s.follow_deadlines().await.expect("sweep"), (1, 0));
        assert_eq!(s.follow_deadlines().await.expect("sweep"), (0, 0), "once");
        for _ in 0..3 {
            s.run_due_jobs("node-a").await.expect("run");
        }
        let mails = sink.received();
        assert_eq!(mails.len(), 1, "{mails:?}");
        assert!(mails[0].contains(DESK) && mails[0].contains("Subject: OpenNRM: a decision is overdue"), "{}", mails[0]);
        assert!(!mails[0].contains(KNOWN_NAME));
        let kinds = |tok: String| { let api = &api; async move { api.get(Some(&tok), "/api/v1/notifications").await.1.as_array().expect("list").iter().filter_map(|n| n["kind"].as_str().map(str::to_string)).collect::<Vec<_>>() } };
        assert!(kinds(fi.joutseno.clone()).await.contains(&"decision_overdue".to_string()));

        // A reflection period granted until three days from now: both sides are told it
        // ends; the decision itself ended the decision deadline.
        let until = opennrm_store::at_offset(3 * 86_400)[..10].to_string();
        let (st, e) = step(json!({ "to": "decide", "outcome": "reflection_period_granted", "until": until })).await;
        assert_eq!(st, 200, "{e}");
        assert_eq!(s.follow_deadlines().await.expect("sweep"), (0, 1));
        assert_eq!(s.follow_deadlines().await.expect("sweep"), (0, 0), "once");
        assert!(kinds(fi.inspector.clone()).await.contains(&"reflection_period_ending".to_string()));
        assert!(kinds(fi.joutseno.clone()).await.contains(&"reflection_period_ending".to_string()));
        let (_, case) = api.get(Some(&fi.inspector), &format!("/api/v1/cases/{reference}")).await;
        assert_eq!(case["referrals"][0]["deadline_at"].as_str().map(|d| &d[..10]), Some(until.as_str()), "{case}");
        // A later outcome without an end date clears what was due.
        assert_eq!(step(json!({ "to": "decide", "outcome": "residence_permit_granted" })).await.0, 200);
        let (_, case) = api.get(Some(&fi.inspector), &format!("/api/v1/cases/{reference}")).await;
        assert!(case["referrals"][0]["deadline_at"].is_null(), "{case}");
    }
}
