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
        let review = detail["review"].as_array().expect("review").clone();
        assert_eq!(review.len(), 2, "{detail}");
        assert_eq!((review[0]["fact"].as_str(), review[0]["target"].as_str(), review[0]["existing"][0].as_str()), (Some("tie"), Some("dk-cmm"), Some("membership")));
        assert_eq!((review[1]["target"].as_str(), review[1]["existing"].as_array().map(Vec::len), review[1]["proposals"][0]["invitee"].as_i64()), (Some("dk-dis"), Some(0), Some(1)));
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
        let decided = |g: usize| detail["review"][g]["proposals"][0].clone();
        assert_eq!((decided(1)["decision"].as_str(), decided(1)["kind"].as_str(), decided(1)["revision"].as_i64()), (Some("edited"), Some("information_exchange"), Some(revision)), "another kind than proposed is an edit");
        assert_eq!(decided(0)["decision"], "rejected");
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
        assert!(html.contains("Out of three invited") && html.contains("Peter Painter") && html.contains("class=\"proposal-group") && html.contains("class=\"invitee\""), "{html}");
        keep_for_a_look(&app, &html, &format!("survey-wave-{}.html", db.backend)).await;

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

/// With OPENNRM_SCREENSHOT_DIR set, writes a page with its stylesheet inlined there, for
/// a person to look at (headless Chromium renders it to a PNG).
async fn keep_for_a_look(app: &crate::support::TestApp, html: &str, name: &str) {
    if let Ok(dir) = std::env::var("OPENNRM_SCREENSHOT_DIR") {
        let css = reqwest::get(format!("{}/static/style.css", app.base))
            .await
            .expect("css")
            .text()
            .await
            .expect("css");
        let at = html.find("<link rel=\"stylesheet\"").expect("stylesheet");
        let end = at + html[at..].find('>').expect("end") + 1;
        let html = format!("{}<style>{css}</style>{}", &html[..at], &html[end..]);
        std::fs::write(std::path::Path::new(&dir).join(name), html).expect("write");
    }
}

/// A respondent opens their link, fills in the full form and submits (or saves).
async fn answer(
    app: &crate::support::TestApp,
    link: &str,
    step: &str,
    answers: &[(&str, &str)],
) -> crate::platform::Browser {
    let mut b = respondent(app, link).await;
    let (_, page, _) = b.get("/survey/respond").await;
    let t = crate::platform::field(&page, "csrf").expect("csrf");
    let mut fields = vec![("csrf", t.as_str()), ("form", "full"), ("step", step)];
    fields.extend_from_slice(answers);
    let (st, body, _) = b.post("/survey/respond", &fields).await;
    assert!(st == 200 || st == 303, "{st}: {body}");
    b
}

on_both_backends! {
    async fn a_wave_review_merges_mandates_mechanisms_counts_and_shows_answers_that_differ(db) {
        use opennrm_domain::platform::Role;
        use serde_json::json;
        let store = db.loaded_store().await;
        let app = crate::support::TestApp::start(store.clone()).await;
        let s = app.state.services().clone();
        let api = crate::referral::Api::new(&app);
        let cmm = crate::referral::user_token(&s, "coordinator@dk.test", "dk-cmm", &[Role::NationalCoordinator]).await;
        let (_, w) = api.post(Some(&cmm), "/api/v1/survey/waves", &json!({ "label": "2027 update", "days_open": 30 })).await;
        let wave = w["id"].as_str().expect("id").to_string();
        let path = |p: &str| format!("/api/v1/survey/waves/{wave}{p}");
        for actor in ["dk-3f", "dk-wea", "dk-dis"] {
            assert_eq!(api.post(Some(&cmm), &path("/invitees"), &json!({ "actor": actor })).await.0, 201);
        }
        let (_, links) = api.post(Some(&cmm), &path("/links"), &json!({})).await;
        let (f_link, wea_link, dis_link) = (link_of(&links, "3F"), link_of(&links, "Working Environment Authority"), link_of(&links, "Danish Immigration Service"));

        // 3F names WEA, a mandate it is not recorded with, a national rapporteur (the
        // report records none in Denmark) and two limitations; WEA names 3F back, ticks
        // a mechanism but not a rapporteur, and one of the limitations.
        answer(&app, &f_link, "submit", &[("q.partners.choice", "dk-wea"), ("q.mandates.choice", "refer_victims"), ("q.mechanisms.choice", "national_rapporteur"), ("q.limitations.choice", "corruption"), ("q.limitations.choice", "lack_of_capacity")]).await;
        answer(&app, &wea_link, "submit", &[("q.partners.choice", "dk-3f"), ("q.mandates.choice", "inspect_workplaces"), ("q.mechanisms.choice", "mou"), ("q.limitations.choice", "corruption")]).await;
        // DIS saves part of its answer; it has not submitted when the reminders go out.
        answer(&app, &dis_link, "save", &[("q.role.text", "Our caseworkers meet possible victims at Kastrup weekly.")]).await;

        // Reminders: a new link for DIS only (the others answered); the old link stops
        // working, the saved answer stays, and the reminder is counted.
        let (st, reminded) = api.post(Some(&cmm), &path("/links"), &json!({ "remind": true })).await;
        assert_eq!(st, 200, "{reminded}");
        assert_eq!(reminded.as_array().map(Vec::len), Some(1), "{reminded}");
        let dis_again = link_of(&reminded, "Danish Immigration Service");
        assert_ne!(dis_again, dis_link);
        assert_eq!(crate::platform::Browser::new(&app).get(&dis_link).await.0, 404, "the old link");
        let mut dis = respondent(&app, &dis_again).await;
        let (_, page, _) = dis.get("/survey/respond").await;
        assert!(page.contains("Our caseworkers meet possible victims at Kastrup weekly."), "{page}");
        assert_eq!(api.post(Some(&cmm), &path("/links"), &json!({ "remind": true, "invitee": "x" })).await.0, 400);
        answer(&app, &dis_again, "submit", &[("q.partners.choice", "dk-cmm")]).await;
        let (_, detail) = api.get(Some(&cmm), &path("")).await;
        let reminders: Vec<_> = detail["invitees"].as_array().expect("invitees").iter().map(|i| i["reminders"].as_i64()).collect();
        assert_eq!(reminders, vec![Some(0), Some(0), Some(1)]);

        // The review groups what concerns one fact: the tie named from both ends is one
        // group with two proposals; the rapporteur is named by 3F, and WEA answered the
        // mechanisms question without it — the answers differ. DIS's tie to CMM and the
        // mandates are groups of their own.
        let group = |d: &serde_json::Value, g: &str| d["review"].as_array().expect("review").iter().find(|x| x["group"] == g).cloned().unwrap_or_else(|| panic!("no group {g}: {d}"));
        let tie = group(&detail, "tie:dk-3f|dk-wea");
        assert_eq!(tie["proposals"].as_array().map(|p| p.iter().map(|x| x["invitee"].as_i64()).collect::<Vec<_>>()), Some(vec![Some(1), Some(2)]));
        assert_eq!(tie["conflicting"], false);
        let rapporteur = group(&detail, "mechanism:national_rapporteur");
        assert_eq!((rapporteur["against"].clone(), rapporteur["conflicting"].clone(), rapporteur["existing"].clone()), (json!([2]), json!(true), json!([])), "{rapporteur}");
        assert_eq!(group(&detail, "mandate:dk-wea:inspect_workplaces")["existing"], json!(["held", "denied"]));
        let counts: Vec<_> = detail["limitations"].as_array().expect("limitations").iter().filter(|l| l["respondents"] != 0).map(|l| (l["category"].as_str().map(str::to_string), l["respondents"].as_i64())).collect();
        assert_eq!(counts, vec![(Some("corruption".to_string()), Some(2)), (Some("lack_of_capacity".to_string()), Some(1))]);
        assert_eq!(detail["full_forms"], 3);

        let decide = |d: serde_json::Value| { let api = &api; let cmm = &cmm; let p = path("/decisions"); async move { api.post(Some(cmm), &p, &d).await } };
        // Both ends accepted in one kind: one tie citing both responses.
        assert_eq!(decide(json!({ "invitee": 1, "question": "partners", "target": "dk-wea", "accept": true, "kind": "information_exchange", "status": "formal" })).await.0, 400, "a grade is for mechanisms");
        assert_eq!(decide(json!({ "invitee": 1, "question": "partners", "target": "dk-wea", "accept": true, "kind": "information_exchange" })).await.0, 200);
        assert_eq!(decide(json!({ "invitee": 2, "question": "partners", "target": "dk-3f", "accept": true, "kind": "information_exchange" })).await.0, 200);
        let (_, coop) = api.get(None, "/api/v1/cooperation?country=DK").await;
        let ties: Vec<_> = coop["items"].as_array().expect("ties").iter().filter(|t| t["kind"] == "information_exchange" && [t["from"].as_str(), t["to"].as_str()].iter().all(|e| matches!(e, Some("dk-3f" | "dk-wea")))).cloned().collect();
        assert_eq!(ties.len(), 1, "{ties:?}");
        let cited = ties[0].to_string();
        assert!(cited.contains("survey:DK-1/1/partners") && cited.contains("survey:DK-1/2/partners"), "{cited}");

        // The rapporteur, read as a functional equivalent (an edit): a new mechanism.
        assert_eq!(decide(json!({ "invitee": 1, "question": "mechanisms", "target": "national_rapporteur", "accept": true, "status": "absent" })).await.0, 400, "an answer says it exists");
        let (st, r) = decide(json!({ "invitee": 1, "question": "mechanisms", "target": "national_rapporteur", "accept": true, "status": "functional_equivalent" })).await;
        assert_eq!(st, 200, "{r}");
        // WEA's MoU: the report has one in place; the response becomes one more source.
        assert_eq!(decide(json!({ "invitee": 2, "question": "mechanisms", "target": "mou", "accept": true })).await.0, 200);
        // 3F's new mandate is accepted; WEA's confirmation of its inspection mandate rejected.
        assert_eq!(decide(json!({ "invitee": 1, "question": "mandates", "target": "refer_victims", "accept": true })).await.0, 200);
        assert_eq!(decide(json!({ "invitee": 2, "question": "mandates", "target": "inspect_workplaces", "accept": false })).await.0, 200);
        // The wave's counts: corruption (2 of 3) accepted, once; nothing to decide where nobody named it.
        let (st, r) = decide(json!({ "question": "limitations", "target": "corruption", "accept": true })).await;
        assert_eq!(st, 200, "{r}");
        let last = r["atlas_revision"].as_i64().expect("revision");
        assert_eq!(decide(json!({ "question": "limitations", "target": "corruption", "accept": true })).await.0, 409);
        assert_eq!(decide(json!({ "question": "limitations", "target": "legislation", "accept": true })).await.0, 404);
        assert_eq!(decide(json!({ "question": "limitations", "target": "lack_of_capacity", "accept": false })).await.0, 200);

        let (_, detail) = api.get(Some(&cmm), &path("")).await;
        let rapporteur = group(&detail, "mechanism:national_rapporteur");
        assert_eq!((rapporteur["proposals"][0]["decision"].as_str(), rapporteur["proposals"][0]["kind"].as_str()), (Some("edited"), Some("functional_equivalent")));
        let corruption = detail["limitations"].as_array().expect("l").iter().find(|l| l["category"] == "corruption").cloned().expect("corruption");
        assert_eq!((corruption["decision"].as_str(), corruption["decided_respondents"].as_i64(), corruption["revision"].as_i64()), (Some("accepted"), Some(2), Some(last)));

        // The atlas now: every accepted fact cites its survey record beside the report's.
        let (_, mechanisms) = api.get(None, "/api/v1/mechanisms?country=DK").await;
        let m = mechanisms.to_string();
        assert!(m.contains("dk-national-rapporteur-survey") && m.contains("survey:DK-1/1/mechanisms") && m.contains("survey:DK-1/2/mechanisms"), "{m}");
        let (_, f) = api.get(None, "/api/v1/actors/dk-3f").await;
        assert!(f.to_string().contains("survey:DK-1/1/mandates"), "{f}");
        let (_, country) = api.get(None, "/api/v1/countries/DK").await;
        assert!(country.to_string().contains("survey:DK-1/limitations/corruption"), "{country}");
        // The diff since 2013 names each change, and the generated report counts the limitation.
        let (st, diff) = api.get(None, &format!("/api/v1/countries/DK/diff?to={last}")).await;
        assert_eq!(st, 200);
        let diff = diff.to_string();
        for change in ["national_rapporteur", "refer_victims", "survey:DK-1/limitations/corruption"] {
            assert!(diff.contains(change), "{change} not in the diff: {diff}");
        }
        // Nothing respondents wrote is public.
        assert!(!country.to_string().contains("Kastrup weekly"));
        // The review page shows the groups, the answers that differ and the decisions.
        let html = reqwest::Client::new().get(format!("{}/survey/waves/{wave}", app.base)).bearer_auth(&cmm).send().await.expect("page").text().await.expect("html");
        assert!(html.contains("answers differ") && html.contains("one respondent answered without naming it"), "{html}");
        keep_for_a_look(&app, &html, &format!("survey-review-{}.html", db.backend)).await;
    }
}
