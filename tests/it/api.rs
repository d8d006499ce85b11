//! The JSON API on both backends, and its OpenAPI document.

use std::collections::BTreeSet;

use serde_json::json;

use crate::on_both_backends;
use crate::support::TestApp;

on_both_backends! {
    async fn the_api_serves_countries_actors_mechanisms_and_cooperation(db) {
        let app = TestApp::start(db.loaded_store().await).await;

        let (status, countries) = app.json("/api/v1/countries").await;
        assert_eq!(status, 200);
        assert_eq!(countries["count"], 11);
        let dk = countries["items"].as_array().expect("items").iter().find(|c| c["code"] == "DK").expect("DK");
        assert_eq!(dk["mechanisms"].as_array().expect("cells").len(), opennrm_domain::atlas::vocabulary::MechanismKind::all().count());
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
        assert_eq!(whole["schema"], "opennrm.atlas.v3");
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

/// The generated document for the embedded atlas, as an http server names its cookie.
fn document() -> serde_json::Value {
    opennrm_web::openapi::document(&crate::support::embedded_atlas(), "opennrm_session")
        .expect("document")
}

/// (METHOD, path) of every operation in the document.
fn operations(doc: &serde_json::Value) -> BTreeSet<(String, String)> {
    let mut out = BTreeSet::new();
    for (path, item) in doc["paths"].as_object().expect("paths") {
        for method in item.as_object().expect("path item").keys() {
            if METHODS.contains(&method.as_str()) {
                out.insert((method.to_uppercase(), path.clone()));
            }
        }
    }
    out
}

const METHODS: [&str; 8] = [
    "get", "put", "post", "delete", "options", "head", "patch", "trace",
];

#[test]
fn the_openapi_document_has_an_operation_for_every_api_route_and_no_other() {
    let documented = operations(&document());
    let served: BTreeSet<(String, String)> = opennrm_web::route_list()
        .into_iter()
        .filter(|(_, p)| p.starts_with("/api/"))
        .map(|(m, p)| (m.to_string(), p))
        .collect();
    let undocumented: Vec<_> = served.difference(&documented).collect();
    assert!(
        undocumented.is_empty(),
        "API routes without an operation: {undocumented:?}"
    );
    let unserved: Vec<_> = documented.difference(&served).collect();
    assert!(
        unserved.is_empty(),
        "operations without a route: {unserved:?}"
    );
    assert!(served.len() >= 12, "{served:?}");
}

/// Every `$ref` in `v`.
fn refs<'a>(v: &'a serde_json::Value, out: &mut Vec<&'a str>) {
    match v {
        serde_json::Value::Object(m) => {
            for (k, x) in m {
                match (k.as_str(), x) {
                    ("$ref", serde_json::Value::String(r)) => out.push(r),
                    _ => refs(x, out),
                }
            }
        }
        serde_json::Value::Array(a) => a.iter().for_each(|x| refs(x, out)),
        _ => {}
    }
}

#[test]
fn the_openapi_document_is_well_formed_openapi_3() {
    let doc = document();
    assert!(
        doc["openapi"]
            .as_str()
            .is_some_and(|v| v.starts_with("3.1.")),
        "{}",
        doc["openapi"]
    );
    assert!(doc["info"]["title"].is_string() && doc["info"]["version"].is_string());
    // Every reference resolves (as a JSON pointer into the document).
    let mut all = Vec::new();
    refs(&doc, &mut all);
    assert!(all.len() > 50, "{} refs", all.len());
    for r in all {
        let pointer = r
            .strip_prefix('#')
            .unwrap_or_else(|| panic!("external $ref {r}"));
        assert!(doc.pointer(pointer).is_some(), "dangling $ref {r}");
    }
    let schemes = doc["components"]["securitySchemes"]
        .as_object()
        .expect("schemes");
    let mut ids = BTreeSet::new();
    for (path, item) in doc["paths"].as_object().expect("paths") {
        // Path templates and path parameters name the same things.
        let in_template: BTreeSet<&str> = path
            .split('{')
            .skip(1)
            .filter_map(|p| p.split('}').next())
            .collect();
        for (method, op) in item.as_object().expect("item") {
            assert!(METHODS.contains(&method.as_str()), "{path}: {method}");
            let at = format!("{method} {path}");
            assert!(
                ids.insert(op["operationId"].as_str().expect("operationId")),
                "{at}: duplicate operationId"
            );
            assert!(
                op["summary"].as_str().is_some_and(|s| !s.is_empty()),
                "{at}: no summary"
            );
            let params = op["parameters"].as_array().cloned().unwrap_or_default();
            let in_path: BTreeSet<&str> = params
                .iter()
                .filter(|p| p["in"] == "path")
                .map(|p| {
                    assert_eq!(p["required"], true, "{at}: path parameters are required");
                    p["name"].as_str().expect("name")
                })
                .collect();
            assert_eq!(in_template, in_path, "{at}");
            for p in &params {
                assert!(
                    ["path", "query", "header", "cookie"].contains(&p["in"].as_str().expect("in")),
                    "{at}"
                );
                assert!(p["schema"].is_object(), "{at}: {p}");
            }
            let responses = op["responses"].as_object().expect("responses");
            assert!(
                responses.keys().any(|s| s.starts_with('2')),
                "{at}: no success"
            );
            for (status, r) in responses {
                assert!(
                    status.len() == 3 && status.parse::<u16>().is_ok(),
                    "{at}: {status}"
                );
                let r = match r["$ref"].as_str() {
                    Some(name) => doc.pointer(&name[1..]).expect("response"),
                    None => r,
                };
                assert!(
                    r["description"].is_string(),
                    "{at} {status}: no description"
                );
            }
            for requirement in op["security"]
                .as_array()
                .expect("every operation states its security")
            {
                for name in requirement.as_object().expect("requirement").keys() {
                    assert!(schemes.contains_key(name), "{at}: unknown scheme {name}");
                }
            }
        }
    }
}

#[test]
fn the_openapi_document_states_security_parameters_and_values() {
    let doc = document();
    let me = &doc["paths"]["/api/v1/me"]["get"];
    assert_eq!(
        me["security"],
        json!([{"bearerToken": []}, {"sessionCookie": []}]),
        "/me needs a token or a session"
    );
    assert!(me["responses"]["401"].is_object());
    let countries = &doc["paths"]["/api/v1/countries"]["get"];
    assert!(
        countries["security"]
            .as_array()
            .expect("security")
            .contains(&json!({})),
        "public: security is optional"
    );
    let schemes = &doc["components"]["securitySchemes"];
    assert_eq!(schemes["bearerToken"]["scheme"], "bearer");
    assert_eq!(schemes["sessionCookie"]["in"], "cookie");
    assert_eq!(schemes["sessionCookie"]["name"], "opennrm_session");
    let https =
        opennrm_web::openapi::document(&crate::support::embedded_atlas(), "__Host-opennrm_session")
            .expect("doc");
    assert_eq!(
        https["components"]["securitySchemes"]["sessionCookie"]["name"],
        "__Host-opennrm_session"
    );

    let actors = &doc["paths"]["/api/v1/actors"]["get"];
    assert_eq!(actors["operationId"], "listActors");
    let param = |name: &str| {
        actors["parameters"]
            .as_array()
            .expect("params")
            .iter()
            .find(|p| p["name"] == name)
            .unwrap_or_else(|| panic!("no {name}"))
            .clone()
    };
    assert_eq!(param("q")["in"], "query");
    assert_eq!(param("q")["schema"]["maxLength"], 200);
    assert_eq!(param("sector")["required"], false);
    assert_eq!(
        param("sector")["schema"]["$ref"],
        "#/components/schemas/Sector"
    );
    let sectors = doc["components"]["schemas"]["Sector"]["enum"]
        .as_array()
        .expect("enum");
    assert!(sectors.contains(&json!("labour_inspection")) && !sectors.contains(&json!("")));
    assert_eq!(
        param("capability")["schema"]["$ref"],
        "#/components/schemas/Capability"
    );
    let codes = doc["components"]["schemas"]["CountryCode"]["enum"]
        .as_array()
        .expect("countries");
    assert_eq!(codes.len(), 11);
    assert!(codes.contains(&json!("DK")));
    let actor_ids = doc["components"]["schemas"]["AtlasActorId"]["enum"]
        .as_array()
        .expect("actor ids");
    assert!(actor_ids.contains(&json!("dk-cmm")));

    let screen = &doc["paths"]["/api/v1/screenings"]["post"];
    assert_eq!(screen["requestBody"]["required"], true);
    for status in ["200", "400", "403", "413", "415", "429", "500"] {
        assert!(
            screen["responses"][status].is_object(),
            "screenings: {status}"
        );
    }
    let request = &doc["components"]["schemas"]["ScreeningRequest"];
    let variants = request["oneOf"]
        .as_array()
        .expect("one variant per instrument");
    assert_eq!(variants.len(), 2);
    for v in variants {
        assert!(
            v["required"]
                .as_array()
                .expect("required")
                .contains(&json!("answers")),
            "{v}"
        );
        assert_eq!(v["additionalProperties"], false);
        assert!(
            !v["properties"]["answers"]["propertyNames"]["enum"]
                .as_array()
                .expect("ids")
                .is_empty()
        );
    }
    let error = &doc["components"]["schemas"]["Error"];
    assert!(
        error["properties"]["error"].is_object()
            || error["properties"]["error"]["$ref"].is_string()
    );
}

on_both_backends! {
    async fn the_openapi_document_is_served_and_every_get_path_answers(db) {
        let app = TestApp::start(db.loaded_store().await).await;
        let (status, doc) = app.json("/api/v1/openapi.json").await;
        assert_eq!(status, 200);
        assert_eq!(doc, document(), "the served document is the generated one");
        for (path, ops) in doc["paths"].as_object().expect("paths") {
            let Some(op) = ops.get("get") else { continue };
            let id = if path.contains("screening") { "ilo-ec-2009-thb-labour" } else { "se-rps" };
            let concrete = path.replace("{code}", "SE").replace("{id}", id);
            let r = app.get(&concrete).await;
            // An operation whose security is not optional answers an anonymous caller 401.
            let optional = op["security"].as_array().expect("security").contains(&json!({}));
            let expected = if optional { 200 } else { 401 };
            assert_eq!(r.status().as_u16(), expected, "{concrete}");
            assert!(r.headers()["content-type"].to_str().expect("ct").starts_with("application/json"));
        }
    }
}

on_both_backends! {
    async fn the_api_takes_values_as_written_not_empty_or_padded(db) {
        let app = TestApp::start(db.loaded_store().await).await;
        // What the search page treats as "any" is not a sector in the API.
        for (path, field) in [
            ("/api/v1/actors?sector=", "sector"),
            ("/api/v1/actors?country=", "country"),
            ("/api/v1/actors?study_status=%20mentioned", "study_status"),
            ("/api/v1/mechanisms?exists=", "exists"),
            ("/api/v1/cooperation?kind=", "kind"),
        ] {
            let (status, body) = app.json(path).await;
            assert_eq!(status, 400, "{path}: {body}");
            assert_eq!(body["error"]["field"], field, "{path}");
        }
        let long = "a".repeat(201);
        let (status, body) = app.json(&format!("/api/v1/actors?q={long}")).await;
        assert_eq!((status, body["error"]["field"].as_str()), (400, Some("q")), "{body}");
        // The longest text the document allows, every character percent-encoded to 12 bytes,
        // is still under the query bound.
        let widest = "%F0%9F%98%80".repeat(200);
        let (status, body) = app.json(&format!("/api/v1/actors?q={widest}&country=DK&sector=international_org&capability=determine_victim_status&study_status=invited_not_participated")).await;
        assert_eq!(status, 200, "{body}");
        let (status, _) = app.json("/api/v1/actors?q=&country=dk").await;
        assert_eq!(status, 200, "an empty text is no filter; country codes are case-insensitive");
        let (status, _) = app.text("/search?sector=&country=&q=").await;
        assert_eq!(status, 200, "the page still takes empty values as any");
    }
}
