//! The JSON API on both backends, and its OpenAPI document.

use crate::on_both_backends;
use crate::support::TestApp;

on_both_backends! {
    async fn the_api_serves_countries_actors_mechanisms_and_cooperation(db) {
        let app = TestApp::start(db.loaded_store().await).await;

        let (status, countries) = app.json("/api/v1/countries").await;
        assert_eq!(status, 200);
        assert_eq!(countries["count"], 11);
        let dk = countries["items"].as_array().expect("items").iter().find(|c| c["code"] == "DK").expect("DK");
        assert_eq!(dk["mechanisms"].as_array().expect("cells").len(), 9);
        assert!(dk["counts"]["actors"].as_u64().expect("n") > 20);

        let (status, country) = app.json("/api/v1/countries/dk").await;
        assert_eq!(status, 200, "country codes are case-insensitive");
        assert_eq!(country["country"]["name"], "Denmark");
        let (_, norway) = app.json("/api/v1/countries/NO").await;
        let graded = |v: &serde_json::Value, status: &str| v["mechanisms"].as_array().expect("m").iter().any(|m| m["status"] == status);
        assert!(graded(&norway, "absent"), "absences are served too");
        assert!(graded(&norway, "functional_equivalent"), "KOM \"comes closest to\" a national coordinator");
        assert!(norway["mechanisms"].as_array().expect("m").iter().all(|m| m.get("exists").is_none()), "format 1's yes/no is gone");

        // "Who determines victim status in Denmark?"
        let (status, who) = app.json("/api/v1/actors?country=DK&capability=determine_victim_status").await;
        assert_eq!(status, 200);
        let names: Vec<&str> = who["items"].as_array().expect("items").iter().map(|a| a["name"].as_str().expect("name")).collect();
        assert!(names.iter().any(|n| n.contains("Centre against Human Trafficking")), "{names:?}");
        assert!(names.iter().any(|n| n.contains("Immigration")), "{names:?}");
        for item in who["items"].as_array().expect("items") {
            assert!(item["matching_mandates"][0]["source"]["quote"].is_string());
            assert!(item["matching_mandates"].as_array().expect("m").iter().all(|m| m["denied"] == false));
        }

        // A denied mandate is served as such and never counted as held: Sweden's
        // Migration Board may not verify victim status.
        let (_, board) = app.json("/api/v1/actors/se-migration-board").await;
        let denied: Vec<&serde_json::Value> = board["mandates"].as_array().expect("mandates").iter().filter(|m| m["denied"] == true).collect();
        assert_eq!(denied.len(), 1, "{board}");
        assert_eq!(denied[0]["capability"], "determine_victim_status");
        let (_, verifiers) = app.json("/api/v1/actors?country=SE&capability=determine_victim_status").await;
        let ids: Vec<&str> = verifiers["items"].as_array().expect("items").iter().map(|a| a["id"].as_str().expect("id")).collect();
        assert!(!ids.contains(&"se-migration-board") && !ids.contains(&"se-social-services"), "{ids:?}");
        assert!(ids.contains(&"se-police"), "{ids:?}");

        let (_, unions) = app.json("/api/v1/actors?sector=trade_union").await;
        assert!(unions["count"].as_u64().expect("n") >= 11);
        let (_, text) = app.json("/api/v1/actors?q=cmm").await;
        assert!(text["items"].as_array().expect("items").iter().any(|a| a["id"] == "dk-cmm"), "{text}");

        let (status, actor) = app.json("/api/v1/actors/dk-cmm").await;
        assert_eq!(status, 200);
        assert!(!actor["cooperation_out"].as_array().expect("out").is_empty());
        assert!(!actor["holds"].as_array().expect("holds").is_empty());

        let (_, absent) = app.json("/api/v1/mechanisms?country=NO&status=absent").await;
        assert!(absent["items"].as_array().expect("items").iter().all(|m| m["status"] == "absent" && m["country"] == "NO"));
        assert!(absent["count"].as_u64().expect("n") >= 1);
        // "Which countries have a national coordinator?", formal or as a functional equivalent.
        let coordinators = |body: &serde_json::Value| {
            let mut cc: Vec<String> = body["items"].as_array().expect("items").iter().map(|m| m["country"].as_str().expect("cc").to_string()).collect();
            cc.sort();
            cc
        };
        let (_, formal) = app.json("/api/v1/mechanisms?kind=national_coordinator&status=formal").await;
        assert_eq!(coordinators(&formal), ["EE", "LT", "LV", "SE"]);
        let (_, equivalent) = app.json("/api/v1/mechanisms?kind=national_coordinator&status=functional_equivalent").await;
        assert_eq!(coordinators(&equivalent), ["DK", "NO", "PL"]);
        let (_, expired) = app.json("/api/v1/mechanisms?kind=national_action_plan&status=expired").await;
        let oldest = expired["items"].as_array().expect("items").iter().filter_map(|m| m["year"].as_i64()).min();
        assert_eq!(oldest, Some(2002), "Lithuania's 2002-2004 programme: {expired}");

        let (_, ties) = app.json("/api/v1/cooperation?actor=dk-cmm").await;
        assert!(ties["items"].as_array().expect("items").iter().all(|t| t["from"] == "dk-cmm" || t["to"] == "dk-cmm"));

        let (status, whole) = app.json("/api/v1/atlas").await;
        assert_eq!(status, 200);
        assert_eq!(whole["schema"], "opennrm.atlas.v2");
    }
}

on_both_backends! {
    async fn api_errors_have_one_documented_shape(db) {
        let app = TestApp::start(db.loaded_store().await).await;
        for (path, status, code, field) in [
            ("/api/v1/countries/xx", 404, "not_found", None),
            ("/api/v1/actors/dk-nobody", 404, "not_found", None),
            ("/api/v1/actors?sector=polis", 400, "invalid_parameter", Some("sector")),
            ("/api/v1/actors?capability=fly", 400, "invalid_parameter", Some("capability")),
            ("/api/v1/actors?country=ZZ", 400, "invalid_parameter", Some("country")),
            ("/api/v1/mechanisms?status=maybe", 400, "invalid_parameter", Some("status")),
            ("/api/v1/mechanisms?exists=true", 400, "invalid_parameter", Some("exists")),
            ("/api/v1/cooperation?actor=%3Cscript%3E", 400, "invalid_parameter", Some("actor")),
            ("/api/v1/no-such-thing", 404, "not_found", None),
        ] {
            let (got, body) = app.json(path).await;
            assert_eq!(got, status, "{path}: {body}");
            assert_eq!(body["error"]["code"], code, "{path}: {body}");
            assert!(body["error"]["message"].as_str().is_some_and(|m| !m.is_empty()));
            match field {
                Some(f) => assert_eq!(body["error"]["field"], f, "{path}"),
                None => assert!(body["error"].get("field").is_none()),
            }
        }
    }
}

#[test]
fn the_openapi_document_describes_exactly_the_served_routes() {
    let doc: serde_json::Value =
        serde_json::from_str(opennrm_web::atlas::api::OPENAPI).expect("valid JSON");
    assert_eq!(doc["openapi"], "3.0.3");
    let mut documented: Vec<&str> = doc["paths"]
        .as_object()
        .expect("paths")
        .keys()
        .map(String::as_str)
        .collect();
    let mut served: Vec<&str> = opennrm_web::route_list()
        .into_iter()
        .map(|(_, p)| p)
        .filter(|p| p.starts_with("/api/v1/"))
        .collect();
    documented.sort_unstable();
    served.sort_unstable();
    served.dedup();
    assert_eq!(documented, served);
    // Every $ref resolves.
    let text = opennrm_web::atlas::api::OPENAPI;
    for part in text.split("\"$ref\": \"#/components/schemas/").skip(1) {
        let name = part.split('"').next().expect("name");
        assert!(
            doc["components"]["schemas"].get(name).is_some(),
            "dangling $ref {name}"
        );
    }
}

on_both_backends! {
    async fn the_openapi_document_is_served_and_every_get_path_answers(db) {
        let app = TestApp::start(db.loaded_store().await).await;
        let (status, doc) = app.json("/api/v1/openapi.json").await;
        assert_eq!(status, 200);
        for (path, ops) in doc["paths"].as_object().expect("paths") {
            if ops.get("get").is_none() {
                continue;
            }
            let id = if path.contains("screening") { "ilo-ec-2009-thb-labour" } else { "se-rps" };
            let concrete = path.replace("{code}", "SE").replace("{id}", id);
            let r = app.get(&concrete).await;
            // A path that names a security scheme answers an anonymous caller 401.
            let expected = if ops["get"].get("security").is_some() { 401 } else { 200 };
            assert_eq!(r.status().as_u16(), expected, "{concrete}");
            assert!(r.headers()["content-type"].to_str().expect("ct").starts_with("application/json"));
        }
    }
}
