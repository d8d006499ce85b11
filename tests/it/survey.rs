//! The survey (issue 11), first part: the 2012 study as wave 0, tracked from the atlas's
//! respondents with the real CLI, beside what the report states.

use crate::on_both_backends;

on_both_backends! {
    async fn survey_waves_shows_the_2012_study_as_wave_0_beside_the_reports_figures(db) {
        let store = db.loaded_store().await;
        store.close().await;
        let url = db.url.as_str();
        let (code, out, err) = crate::support::run_cli(Some(url), &["survey", "waves"]);
        assert_eq!(code, 0, "{err}");
        let lines: Vec<&str> = out.lines().collect();
        assert_eq!(lines.len(), 11, "one wave 0 per country: {out}");
        assert!(lines.iter().all(|l| l.contains(" wave 0 (2012 study (CBSS report), cbss-2012 v1)")), "{out}");
        // Finland: the respondents the atlas lists give the report's own figures.
        let fi = lines.iter().find(|l| l.starts_with("FI ")).expect("FI");
        assert!(fi.contains("invited 14, completed 9 (short form 0), declined 0, no reply 5, response 64%"), "{fi}");
        assert!(fi.contains("report states: 14 invited, 9 completed"), "{fi}");
        // Estonia: two of the six answered the short alternative questions.
        let ee = lines.iter().find(|l| l.starts_with("EE ")).expect("EE");
        assert!(ee.contains("completed 8 (short form 2)"), "{ee}");
        // Denmark: the atlas lists eight questionnaires' respondents, while the report
        // states ten asked and eight completed, and seven questionnaires elsewhere — both
        // are shown, nothing is reconciled by hand.
        let (code, out, err) = crate::support::run_cli(Some(url), &["survey", "waves", "--country", "dk"]);
        assert_eq!(code, 0, "{err}");
        assert_eq!(out.lines().count(), 1, "{out}");
        assert!(out.starts_with("DK wave 0") && out.contains("invited 8, completed 7") && out.contains("report states: 10 invited, 8 completed; 7 completed; 7 completed"), "{out}");
        assert!(out.contains("snowball depth 0"), "nobody recorded the 2012 snowball: {out}");
        let (code, _, err) = crate::support::run_cli(Some(url), &["survey", "waves", "--country", "XX"]);
        assert_ne!(code, 0);
        assert!(err.contains("no country XX"), "{err}");
    }
}

/// The sentence the tracking writes is the report's own where the respondents the atlas
/// lists add up to the report's figures: the words are the report's numbers.
#[tokio::test]
async fn the_response_sentence_matches_the_reports_where_the_figures_agree() {
    let db = crate::support::TestDb::sqlite().await;
    let s = crate::support::test_services(db.loaded_store().await).await;
    let waves = s
        .survey_waves(&opennrm_service::Identity::Anonymous, None)
        .await
        .expect("waves");
    let report = opennrm_domain::report::Report::embedded();
    let mut agreeing = 0;
    for w in &waves {
        let t = &w.figures.total;
        let Some(first) = w.stated.first() else {
            continue;
        };
        if first.invited != Some(t.invited as i64) || first.completed != Some(t.completed as i64) {
            continue;
        }
        agreeing += 1;
        // "Out of fourteen invited, nine completed …" and the report's "Out of fourteen
        // Finnish respondents asked …, nine submitted …" share their number words.
        let words: Vec<&str> = w
            .sentence
            .split([' ', ','])
            .filter(|x| !x.is_empty())
            .collect();
        let (invited, completed) = (words[2], words[4]);
        let line = first.source.line.expect("located") as usize;
        let text = opennrm_domain::report::lines()[line - 1].to_lowercase();
        assert!(
            text.contains(&format!("out of {invited} "))
                && text.contains(&format!(", {completed} ")),
            "{}: {} vs {text}",
            w.country,
            w.sentence
        );
        assert!(
            report
                .occurrences(&first.source.quote)
                .contains(&(line as u32))
        );
    }
    assert!(
        agreeing >= 4,
        "FI, DE, IS and PL at least agree: {agreeing}"
    );
    s.close().await;
}

/// The path of a link in an `issue links` answer.
fn link_of(links: &serde_json::Value, organisation: &str) -> String {
    links
        .as_array()
        .expect("links")
        .iter()
        .find(|l| l["organisation"] == organisation)
        .and_then(|l| l["path"].as_str())
        .unwrap_or_else(|| panic!("a link for {organisation}: {links}"))
        .to_string()
}

/// Opens an invitation link in a fresh browser: the token is exchanged for the session
/// and the browser sent on to the form.
async fn respondent(app: &crate::support::TestApp, path: &str) -> crate::platform::Browser {
    let mut b = crate::platform::Browser::new(app);
    let (status, _, h) = b.get(path).await;
    assert_eq!(status, 303, "{path}");
    assert_eq!(
        h["location"], "/survey/respond",
        "the token leaves the address bar"
    );
    b
}

on_both_backends! {
    async fn a_danish_wave_runs_from_invitation_to_nomination_and_is_tracked(db) {
        use opennrm_domain::platform::Role;
        use serde_json::json;
        let store = db.loaded_store().await;
        let sink = crate::support::SmtpSink::start(std::time::Duration::ZERO).await;
        let policy = opennrm_service::Policy {
            mail: Some(opennrm_service::jobs::MailSettings { relay: sink.url().into(), from: "OpenNRM <nrm@dk.test>".into(), origin: "https://nrm.dk.test".into() }),
            ..opennrm_service::Policy::default()
        };
        let app = crate::support::TestApp::start_with(store.clone(), policy, |s| s).await;
        let s = app.state.services().clone();
        let api = crate::referral::Api::new(&app);
        let cmm = crate::referral::user_token(&s, "coordinator@dk.test", "dk-cmm", &[Role::NationalCoordinator]).await;
        let officer = crate::referral::user_token(&s, "officer@dk.test", "dk-wea", &[Role::FrontlineOfficer]).await;
        let sweden = crate::referral::user_token(&s, "coordinator@se.test", "se-rkp", &[Role::NationalCoordinator]).await;

        // The coordinator starts a wave; nobody else may.
        let (st, w) = api.post(Some(&cmm), "/api/v1/survey/waves", &json!({ "label": "2027 update", "days_open": 30 })).await;
        assert_eq!(st, 201, "{w}");
        let wave = w["id"].as_str().expect("id").to_string();
        assert_eq!(api.post(Some(&officer), "/api/v1/survey/waves", &json!({ "label": "x" })).await.0, 403);
        assert_eq!(api.post(None, "/api/v1/survey/waves", &json!({ "label": "x" })).await.0, 401);
        assert_eq!(api.post(Some(&cmm), "/api/v1/survey/waves", &json!({ "label": "x", "days_open": 0 })).await.0, 400);

        // Invitees: 3F from the atlas, and an organisation the atlas does not know.
        let invitees_path = format!("/api/v1/survey/waves/{wave}/invitees");
        assert_eq!(api.post(Some(&cmm), &invitees_path, &json!({ "actor": "dk-3f", "contact": "Mette Unionsen", "email": "mette@3f.test" })).await.0, 201);
        assert_eq!(api.post(Some(&cmm), &invitees_path, &json!({ "organisation": "Migrant Workers' Centre Aarhus", "contact": "Ali Helper" })).await.0, 201);
        assert_eq!(api.post(Some(&cmm), &invitees_path, &json!({ "actor": "se-rkp" })).await.0, 400, "another country's actor");
        assert_eq!(api.post(Some(&cmm), &invitees_path, &json!({ "organisation": "X", "email": "not-an-address" })).await.0, 400);
        // Another country's coordinator does not find the wave.
        assert_eq!(api.get(Some(&sweden), &format!("/api/v1/survey/waves/{wave}")).await.0, 404);
        assert_eq!(api.post(Some(&sweden), &format!("/api/v1/survey/waves/{wave}/invitees"), &json!({ "organisation": "X" })).await.0, 404);

        let (st, links) = api.post(Some(&cmm), &format!("/api/v1/survey/waves/{wave}/links"), &json!({})).await;
        assert_eq!(st, 200, "{links}");
        assert_eq!(links.as_array().map(Vec::len), Some(2));
        let union_link = link_of(&links, "3F");
        let centre_link = link_of(&links, "Migrant Workers' Centre Aarhus");
        // 3F has an address: its link goes out by e-mail too; the centre's is printed only.
        let emailed = |org: &str| links.as_array().and_then(|l| l.iter().find(|x| x["organisation"] == org)).map(|x| x["emailed"].clone());
        assert_eq!((emailed("3F"), emailed("Migrant Workers' Centre Aarhus")), (Some(json!(true)), Some(json!(false))));
        // Only the token's hash is stored: the queued e-mail is sealed too.
        let token = union_link.trim_start_matches("/survey/r/");
        assert!(!crate::support::dump_database(&db).await.contains(token), "a link's token is stored");
        for _ in 0..3 {
            s.run_due_jobs("node-a").await.expect("jobs");
        }
        let mails = sink.received();
        assert_eq!(mails.len(), 1, "{mails:?}");
        // Quoted-printable: long lines are broken with a soft "=" line end.
        let mail = mails[0].replace("=\r\n", "").replace("=\n", "");
        assert!(mail.contains("To: mette@3f.test") && mail.contains(&format!("https://nrm.dk.test{union_link}")), "{mail}");

        // 3F answers part, saves, and comes back with the same link.
        let mut union = respondent(&app, &union_link).await;
        let (st, page, _) = union.get("/survey/respond").await;
        assert_eq!(st, 200);
        assert!(page.contains("You answer for 3F (DK)"), "{page}");
        let t = crate::platform::field(&page, "csrf").expect("csrf");
        let (st, _, _) = union.post("/survey/respond", &[("csrf", &t), ("form", "full"), ("step", "save"), ("q.role.text", "We organise migrant construction workers."), ("q.mandates.choice", "protect_workers_rights"), ("q.mandates.choice", "identify_victims"), ("q.limitations.choice", "lack_of_knowledge"), ("q.limitations.comment.lack_of_knowledge", "Members cannot tell exploitation from trafficking")]).await;
        assert_eq!(st, 303);
        let mut again = respondent(&app, &union_link).await;
        let (_, page, _) = again.get("/survey/respond").await;
        assert!(page.contains("Your answers are saved") && page.contains("We organise migrant construction workers.") && page.contains("Members cannot tell exploitation from trafficking"), "{page}");
        // A choice the question does not offer is refused, naming the question only.
        let (st, body, _) = union.post("/survey/respond", &[("csrf", &t), ("form", "full"), ("step", "save"), ("q.mandates.choice", "fly")]).await;
        assert_eq!(st, 400, "{body}");
        // 3F nominates the Painters' Union (an atlas actor, matched by name).
        let (st, _, _) = union.post("/survey/respond/nominations", &[("csrf", &t), ("name", "Peter Painter"), ("organisation", "Painters' Union"), ("email", "peter@painters.test"), ("why", "They answered jointly with 3F in 2012")]).await;
        assert_eq!(st, 303);

        // The centre sees only its own invitation, takes the short form and submits.
        let mut centre = respondent(&app, &centre_link).await;
        let (_, page, _) = centre.get("/survey/respond").await;
        assert!(page.contains("Migrant Workers&#39; Centre Aarhus") || page.contains("Migrant Workers' Centre Aarhus"), "{page}");
        assert!(!page.contains("We organise migrant construction workers") && !page.contains("Peter Painter"), "another respondent's answers");
        let t2 = crate::platform::field(&page, "csrf").expect("csrf");
        assert_eq!(centre.post("/survey/respond", &[("csrf", &t2), ("form", "full"), ("step", "switch")]).await.0, 303);
        let (_, page, _) = centre.get("/survey/respond").await;
        assert!(page.contains("Short alternative questions") && page.contains("potential_role"), "{page}");
        let (st, page, _) = centre.post("/survey/respond", &[("csrf", &t2), ("form", "alternative"), ("step", "submit"), ("q.role.text", "Advice to migrant workers"), ("q.potential_role.text", "First contact for victims"), ("q.partners.choice", "dk-3f")]).await;
        assert_eq!(st, 200, "{page}");
        assert!(page.contains("Your answers are submitted"), "{page}");
        // The link is spent: neither it nor the old session opens the form again.
        assert_eq!(crate::platform::Browser::new(&app).get(&centre_link).await.0, 404);
        assert_eq!(centre.get("/survey/respond").await.0, 404);
        // A made-up token is "not found" too.
        assert_eq!(crate::platform::Browser::new(&app).get(&format!("/survey/r/{}", "ab".repeat(32))).await.0, 404);

        // The coordinator sees the nomination as a proposed invitee under 3F, and invites it.
        let (_, detail) = api.get(Some(&cmm), &format!("/api/v1/survey/waves/{wave}")).await;
        let invitees = detail["invitees"].as_array().expect("invitees");
        assert_eq!(invitees.len(), 3, "{detail}");
        let nominee = &invitees[2];
        assert_eq!((nominee["state"].as_str(), nominee["nominated_by"].as_i64(), nominee["actor"].as_str()), (Some("proposed"), Some(1), Some("dk-painters-union")), "{detail}");
        assert_eq!(nominee["contact"], "Peter Painter");
        assert_eq!(invitees[1]["form"], "alternative");
        let (_, links) = api.post(Some(&cmm), &format!("/api/v1/survey/waves/{wave}/links"), &json!({})).await;
        assert_eq!(links.as_array().map(Vec::len), Some(1), "only the nominee waits for a link: {links}");
        let painters_link = link_of(&links, "Painters' Union");

        // 3F submits; the tracking adds up, the snowball is one deep.
        let (st, _, _) = union.post("/survey/respond", &[("csrf", &t), ("form", "full"), ("step", "submit"), ("q.role.text", "We organise migrant construction workers."), ("q.partners.choice", "dk-cmm"), ("q.partners.choice", "dk-dis"), ("q.limitations.choice", "lack_of_knowledge")]).await;
        assert_eq!(st, 200);
        let (_, waves) = api.get(Some(&cmm), "/api/v1/survey/waves?country=DK").await;
        let w1 = waves.as_array().expect("waves").iter().find(|w| w["number"] == 1).expect("wave 1").clone();
        let t1 = &w1["figures"]["total"];
        assert_eq!((t1["invited"].as_i64(), t1["completed"].as_i64(), t1["short_form"].as_i64(), t1["no_reply"].as_i64()), (Some(3), Some(2), Some(1), Some(1)), "{w1}");
        assert_eq!(w1["figures"]["snowball_depth"], 1);
        assert_eq!(w1["sentence"], "Out of three invited, one completed the questionnaire, one answered the short alternative questions.");
        assert_eq!(w1["figures"]["by_sector"]["trade_union"]["invited"], 2, "3F and the Painters' Union");
        // The public sees wave 0 only.
        let (_, public) = api.get(None, "/api/v1/survey/waves?country=DK").await;
        assert_eq!(public.as_array().map(Vec::len), Some(1), "{public}");
        // The recruitment tree, for network tools.
        let r = reqwest::Client::new().get(format!("{}/survey/waves/{wave}/tree.graphml", app.base)).bearer_auth(&cmm).send().await.expect("graphml");
        assert_eq!(r.status().as_u16(), 200);
        let graphml = r.text().await.expect("text");
        assert!(graphml.contains("<edge source=\"i1\" target=\"i3\"/>") && !graphml.contains("Peter Painter"), "{graphml}");

        // The limitation 3F named, counted once, every alternative listed.
        let (_, detail) = api.get(Some(&cmm), &format!("/api/v1/survey/waves/{wave}")).await;
        let limitations = detail["limitations"].as_array().expect("limitations");
        assert_eq!(limitations.len(), 8);
        let named: Vec<_> = limitations.iter().filter(|l| l["respondents"] != 0).map(|l| (l["category"].as_str(), l["respondents"].as_i64())).collect();
        assert_eq!(named, vec![(Some("lack_of_knowledge"), Some(1))], "{detail}");

        // Review: 3F's answer proposes two ties; the report already has 3F and CMM.
        let (_, detail) = api.get(Some(&cmm), &format!("/api/v1/survey/waves/{wave}")).await;
        let proposals = detail["proposals"].as_array().expect("proposals").clone();
        assert_eq!(proposals.len(), 2, "{detail}");
        assert_eq!((proposals[0]["to"].as_str(), proposals[0]["existing"][0].as_str()), (Some("dk-cmm"), Some("membership")));
        assert_eq!((proposals[1]["to"].as_str(), proposals[1]["existing"].as_array().map(Vec::len)), (Some("dk-dis"), Some(0)));
        let decisions = format!("/api/v1/survey/waves/{wave}/decisions");
        let accept_dis = json!({ "invitee": 1, "question": "partners", "partner": "dk-dis", "accept": true, "kind": "information_exchange" });
        assert_eq!(api.post(Some(&officer), &decisions, &accept_dis).await.0, 403);
        assert_eq!(api.post(Some(&sweden), &decisions, &accept_dis).await.0, 404);
        assert_eq!(api.post(Some(&cmm), &decisions, &json!({ "invitee": 1, "question": "partners", "partner": "dk-wea", "accept": true })).await.0, 404, "nobody proposed it");
        let (st, accepted) = api.post(Some(&cmm), &decisions, &accept_dis).await;
        assert_eq!(st, 200, "{accepted}");
        let revision = accepted["atlas_revision"].as_i64().expect("a revision");
        assert_eq!(api.post(Some(&cmm), &decisions, &accept_dis).await.0, 409, "decided once");
        let (st, rejected) = api.post(Some(&cmm), &decisions, &json!({ "invitee": 1, "question": "partners", "partner": "dk-cmm", "accept": false })).await;
        assert_eq!((st, rejected["atlas_revision"].is_null()), (200, true));
        let (_, detail) = api.get(Some(&cmm), &format!("/api/v1/survey/waves/{wave}")).await;
        assert_eq!((detail["proposals"][1]["decision"].as_str(), detail["proposals"][1]["kind"].as_str(), detail["proposals"][1]["revision"].as_i64()), (Some("edited"), Some("information_exchange"), Some(revision)), "another kind than proposed is an edit");
        assert_eq!(detail["proposals"][0]["decision"], "rejected");
        // The new revision's tie cites the response; the diff since 2013 shows it, and the
        // public atlas has the tie without a word of the answer.
        let (st, diff) = api.get(None, &format!("/api/v1/countries/DK/diff?to={revision}")).await;
        assert_eq!(st, 200, "{diff}");
        assert!(diff.to_string().contains("survey:DK-1/1/partners"), "{diff}");
        let (_, coop) = api.get(None, "/api/v1/cooperation?country=DK").await;
        let text = coop.to_string();
        assert!(text.contains("3F named Danish Immigration Service as a cooperation partner in the survey (2027 update)."), "{text}");
        assert!(!text.contains("We organise migrant construction workers"));

        // The coordinator's page: figures, invitees, the review and the recruitment tree.
        let page = reqwest::Client::new().get(format!("{}/survey/waves/{wave}", app.base)).bearer_auth(&cmm).send().await.expect("page");
        assert_eq!(page.status().as_u16(), 200);
        assert!(page.headers()["cache-control"].to_str().is_ok_and(|v| v.contains("no-store")));
        let html = page.text().await.expect("html");
        assert!(html.contains("Out of three invited") && html.contains("Peter Painter") && html.contains("id=\"proposals\"") && html.contains("class=\"invitee\""), "{html}");
        if let Ok(dir) = std::env::var("OPENNRM_SCREENSHOT_DIR") {
            // For a person to look at: the page with its stylesheet inlined.
            let css = reqwest::get(format!("{}/static/style.css", app.base)).await.expect("css").text().await.expect("css");
            let at = html.find("<link rel=\"stylesheet\"").expect("stylesheet");
            let end = at + html[at..].find('>').expect("end") + 1;
            let html = format!("{}<style>{css}</style>{}", &html[..at], &html[end..]);
            std::fs::write(std::path::Path::new(&dir).join(format!("survey-wave-{}.html", db.backend)), html).expect("write");
        }

        // The wave closes: the nominee's link expires and no more links are issued.
        crate::support::exec(&store, &format!("UPDATE survey_wave SET closes_at = '2000-01-01T00:00:00Z' WHERE id = '{wave}'")).await;
        assert_eq!(crate::platform::Browser::new(&app).get(&painters_link).await.0, 404, "an expired link");
        assert_eq!(api.post(Some(&cmm), &format!("/api/v1/survey/waves/{wave}/links"), &json!({})).await.0, 409);

        // The operator's CLI lists the wave after wave 0, one line each.
        let (code, out, err) = crate::support::run_cli(Some(db.url.as_str()), &["survey", "waves", "--country", "DK"]);
        assert_eq!(code, 0, "{err}");
        let lines: Vec<&str> = out.lines().collect();
        assert_eq!(lines.len(), 2, "{out}");
        assert!(lines[1].starts_with("DK wave 1 (2027 update, cbss-2012 v1): invited 3, completed 2 (short form 1)") && lines[1].contains("snowball depth 1"), "{out}");

        // Nothing a respondent wrote, and no contact detail, is in the audit log or stored in plaintext.
        let audit = s.audit_events(&opennrm_service::Identity::Operator, &opennrm_service::audit::AuditFilter { limit: 500, ..Default::default() }).await.expect("audit");
        assert!(audit.iter().any(|e| e.action == "survey.response"));
        let dump = crate::support::dump_database(&db).await;
        for secret in ["We organise migrant construction workers", "Peter Painter", "mette@3f.test", "They answered jointly"] {
            assert!(audit.iter().all(|e| !e.detail.contains(secret)), "{secret} in the audit log");
            assert!(!dump.contains(secret), "{secret} stored in plaintext");
        }
    }
}
