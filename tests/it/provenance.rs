//! The atlas closer to the text (issue 6): respondents with their attributions, several
//! sources per fact, fact-level ambiguities, readings, the cross-country mechanisms page,
//! the report beyond the chapters, and search over all of it — on pages, in the API and
//! in the export, on both backends (the facts come back from the database).

use crate::on_both_backends;
use crate::support::{TestApp, run_cli};

fn items(v: &serde_json::Value) -> &Vec<serde_json::Value> {
    v["items"].as_array().expect("items")
}

on_both_backends! {
    async fn respondents_and_who_said_what_are_on_the_page_in_the_api_and_the_export(db) {
        let app = TestApp::start(db.loaded_store().await).await;

        // API: Denmark's respondents, and a mandate attributed to CMM's questionnaire by
        // footnote 6 ("Questionnaire 2012: Centre against Human Trafficking").
        let (status, dk) = app.json("/api/v1/countries/DK").await;
        assert_eq!(status, 200);
        let respondents = dk["respondents"].as_array().expect("respondents");
        let cmm = respondents.iter().find(|r| r["actors"].as_array().is_some_and(|a| a.contains(&serde_json::json!("dk-cmm")))).expect("CMM answered");
        assert_eq!(cmm["form"], "full");
        let cmm_id = cmm["id"].as_str().expect("id").to_string();
        let actor = dk["actors"].as_array().expect("actors").iter().find(|a| a["id"] == "dk-cmm").expect("dk-cmm");
        let status_mandate = actor["mandates"].as_array().expect("mandates").iter()
            .find(|m| m["capability"] == "determine_victim_status").expect("victim status");
        // "CMM is also in charge of determining the status of victims …" sits in CMM's
        // paragraph, which footnote 6 closes after a page break.
        let sources: Vec<&serde_json::Value> = std::iter::once(&status_mandate["source"])
            .chain(status_mandate["also"].as_array().expect("also"))
            .collect();
        let attributed_to_cmm = sources.iter().find(|s| s["quote"].as_str().is_some_and(|q| q.starts_with("CMM is also in charge of determining"))).expect("the governmental section's quote");
        assert_eq!(attributed_to_cmm["said_by"], serde_json::json!([cmm_id]), "{status_mandate}");
        // A passage closed by no questionnaire footnote is attributed to nobody: the
        // Governmental section's own account of a joint inspection is footnote 10's
        // (CMM), not the Working Environment Authority's.
        let attributed = dk.to_string().matches("\"said_by\":[\"").count();
        assert!(attributed > 20, "Denmark has many attributed facts, got {attributed}");

        // Participation computed from respondents, beside the stated readings.
        let invited = respondents.len();
        let completed = respondents.iter().filter(|r| r["form"] == "full" || r["form"] == "alternative").count();
        let (_, list) = app.json("/api/v1/countries").await;
        let dk_summary = items(&list).iter().find(|c| c["code"] == "DK").expect("DK");
        assert_eq!(dk_summary["counts"]["respondents"].as_u64(), Some(invited as u64));
        assert_eq!(dk_summary["counts"]["completed"].as_u64(), Some(completed as u64));

        // A declined invitation with its reason (Germany's labour ministry).
        let (_, de) = app.json("/api/v1/countries/DE").await;
        let declined: Vec<&serde_json::Value> = de["respondents"].as_array().expect("respondents").iter().filter(|r| r["form"] == "declined").collect();
        assert!(declined.iter().any(|r| r["reason"].as_str().is_some_and(|x| x.contains("lack of mandate"))), "{declined:?}");

        // The page: the respondents table, "said by" on the source, the computed count.
        let (status, html) = app.text("/countries/DK").await;
        assert_eq!(status, 200);
        assert!(html.contains("id=\"respondents\"") && html.contains(&format!("id=\"{cmm_id}\"")), "respondents table");
        assert!(html.contains(&format!("href=\"/countries/DK#{cmm_id}\"")), "said-by links to the respondent");
        assert!(html.contains(&format!("From the respondents: {invited} invited, {completed} completed")), "computed participation");
        let (_, de_html) = app.text("/countries/DE").await;
        assert!(de_html.contains("Declined") && de_html.contains("lack of mandate"), "declined with its reason");
        // The actor page names the questionnaire that answered for it.
        let (_, cmm_page) = app.text("/actors/dk-cmm").await;
        assert!(cmm_page.contains("Who answered the questionnaire") && cmm_page.contains("Full questionnaire"));

        // The export (real CLI): schema v3 with respondents, attributions and the study.
        let url = db.url.clone();
        let (json, csv) = tokio::task::spawn_blocking(move || {
            let (code, json, err) = run_cli(Some(&url), &["export", "--format", "json"]);
            assert_eq!(code, 0, "{err}");
            let (code, csv, err) = run_cli(Some(&url), &["export", "--format", "csv"]);
            assert_eq!(code, 0, "{err}");
            (json, csv)
        }).await.expect("cli");
        let doc: serde_json::Value = serde_json::from_str(&json).expect("json");
        assert_eq!(doc["schema"], "opennrm.atlas.v3");
        assert!(doc["study"]["findings"].as_array().is_some_and(|f| f.iter().any(|x| x["part"] == "methodology")));
        let dk_export = doc["countries"].as_array().expect("countries").iter().find(|c| c["country"]["code"] == "DK").expect("DK");
        assert_eq!(dk_export["respondents"].as_array().map(Vec::len), Some(invited));
        assert!(csv.lines().next().expect("header").ends_with(",said_by"), "said_by column");
        assert!(csv.lines().any(|l| l.starts_with("DK,respondent,") && l.contains(&cmm_id)));
        assert!(csv.lines().any(|l| l.starts_with("DK,mandate,dk-cmm,") && l.ends_with(&cmm_id)), "attributed row");
        db.cleanup().await;
    }
}

on_both_backends! {
    async fn several_sources_readings_and_contested_facts_are_shown_where_the_fact_is(db) {
        let app = TestApp::start(db.loaded_store().await).await;
        let (_, dk) = app.json("/api/v1/countries/DK").await;
        // Several sources: at least one mechanism is stated in several places.
        let mechanisms = dk["mechanisms"].as_array().expect("mechanisms");
        let multi = mechanisms.iter().find(|m| m["also"].as_array().is_some_and(|a| !a.is_empty())).expect("a mechanism with several sources");
        let n = multi["also"].as_array().expect("also").len() + 1;
        // Every `also` quote is verbatim in the report and has its line.
        for s in multi["also"].as_array().expect("also") {
            assert!(s["line"].as_u64().is_some(), "{s}");
        }
        // Ambiguities point at facts; the page flags the fact where it is shown.
        let ambiguities = dk["ambiguities"].as_array().expect("ambiguities");
        assert!(ambiguities.iter().all(|a| a["concerns"].as_array().is_some_and(|c| !c.is_empty())), "every DK ambiguity points at facts");
        let (position, mou) = ambiguities.iter().enumerate()
            .find(|(_, a)| a["topic"].as_str().is_some_and(|t| t.contains("MoU"))).expect("the MoU ambiguity");
        let target = mou["concerns"].as_array().expect("concerns").iter()
            .filter_map(|c| c.as_str())
            .find(|c| mechanisms.iter().any(|m| m["id"] == *c)).expect("the MoU ambiguity concerns a mechanism").to_string();
        let (_, html) = app.text("/countries/DK").await;
        let at = html.find(&format!("id=\"{target}\"")).expect("the mechanism's row");
        let row = &html[at..at + html[at..].find("</li>").expect("end of row")];
        assert!(row.contains(&format!("href=\"#ambiguity-{}\"", position + 1)) && row.contains("Contested"), "{row}");
        assert!(html.contains(&format!("id=\"ambiguity-{}\"", position + 1)));
        // The source of the multi-source mechanism counts its quotes.
        let at = html.find(&format!("id=\"{}\"", multi["id"].as_str().expect("id"))).expect("row");
        let row = &html[at..at + html[at..].find("</li>").expect("end")];
        assert!(row.contains(&format!("Show source ({n})")) && row.contains("Also stated in"), "{row}");
        // Readings are marked on the page.
        assert!(html.contains("our reading, not the report&#39;s words") || html.contains("our reading, not the report's words"));
        // Ties: direction and who reported them.
        let ties = dk["cooperation"].as_array().expect("cooperation");
        assert!(ties.iter().all(|t| t["direction"] == "mutual" || t["direction"] == "one_way"));
        assert!(ties.iter().any(|t| t["reported_by"].is_string()));
        assert!(html.contains("Reported by"));
        db.cleanup().await;
    }
}

on_both_backends! {
    async fn mechanisms_across_countries_the_study_and_search_over_everything(db) {
        let app = TestApp::start(db.loaded_store().await).await;
        // The cross-country page: every country has a row for the national coordinator,
        // either a mechanism or "none recorded"; the filter narrows to one kind.
        let (status, html) = app.text("/mechanisms?kind=national_coordinator").await;
        assert_eq!(status, 200);
        let (_, countries) = app.json("/api/v1/countries").await;
        for c in items(&countries) {
            let name = c["name"].as_str().expect("name");
            assert!(html.contains(&format!(">{name}</a>")), "{name} is on the page");
        }
        assert!(!html.contains("id=\"mou\""), "filtered to one kind");
        let (status, _) = app.text("/mechanisms?kind=nonsense").await;
        assert_eq!(status, 200, "a bad filter shows the error on the page");
        let (_, html) = app.text("/mechanisms?kind=nonsense").await;
        assert!(html.contains("role=\"alert\""));
        // Norway's city coordinators are local coordinators.
        let (_, v) = app.json("/api/v1/mechanisms?kind=local_coordinator&country=NO").await;
        assert!(items(&v).len() >= 3, "{v}");

        // Ties between two kinds of actor, both ends named: trade unions and labour
        // inspectorates (either way round for a mutual tie).
        let (status, v) = app.json("/api/v1/cooperation?sector=trade_union&other_sector=labour_inspection").await;
        assert_eq!(status, 200);
        assert!(!items(&v).is_empty(), "{v}");
        for t in items(&v) {
            let sectors = [t["from_sector"].as_str(), t["to_sector"].as_str()];
            assert!(sectors.contains(&Some("trade_union")) && sectors.contains(&Some("labour_inspection")), "{t}");
            assert!(t["from_name"].is_string() && t["to_name"].is_string() && t["source"].is_object());
        }
        let (status, _) = app.json("/api/v1/cooperation?other_study_status=nonsense").await;
        assert_eq!(status, 400);

        // The report beyond the chapters.
        let (status, html) = app.text("/study").await;
        assert_eq!(status, 200);
        assert!(html.contains("id=\"methodology\"") && html.contains("snowball"), "methodology with snowball sampling");
        let (_, study) = app.json("/api/v1/study").await;
        assert!(study["recommendations"].as_array().is_some_and(|r| !r.is_empty()));
        let (status, recs) = app.json("/api/v1/recommendations?sector=labour_inspection").await;
        assert_eq!(status, 200);
        assert!(items(&recs).iter().all(|r| r["addresses"].as_array().is_some_and(|a| a.contains(&serde_json::json!("labour_inspection")))));
        assert!(items(&recs).len() >= 3, "{recs}");
        let (status, _) = app.json("/api/v1/recommendations?sector=nonsense").await;
        assert_eq!(status, 400);

        // "Who grants a reflection period" finds Norway's regulation beside the mandates.
        let (_, html) = app.text("/search?capability=grant_reflection_period").await;
        assert!(html.contains("Laws and documents that grant or regulate this"), "documents section");
        assert!(html.contains("/countries/NO#"), "Norway's regulation");

        // Full-text search: reflection (Finland and Norway), § 262a, a declined reason.
        for cc in ["FI", "NO"] {
            let (_, v) = app.json(&format!("/api/v1/search?q=reflection&country={cc}")).await;
            assert!(items(&v).iter().any(|h| h["kind"] == "document" || h["kind"] == "mandate"), "{cc}: {v}");
        }
        let (_, v) = app.json("/api/v1/search?q=%C2%A7%20262a").await;
        assert!(!items(&v).is_empty());
        let (_, v) = app.json("/api/v1/search?q=lack%20of%20mandate%20experience&kind=respondent").await;
        assert!(items(&v).iter().any(|h| h["country"] == "DE" && h["field"] == "reason"), "{v}");
        db.cleanup().await;
    }
}
