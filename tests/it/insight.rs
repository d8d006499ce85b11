//! Insight (issue 8) over HTTP: the comparative matrix as a page, JSON and CSV, and the
//! comparative questions it answers in one call — on both backends.

use crate::on_both_backends;
use crate::support::TestApp;

on_both_backends! {
    async fn the_matrix_answers_the_rapporteurs_comparative_questions(db) {
        let app = TestApp::start(db.loaded_store().await).await;
        let (status, m) = app.json("/api/v1/insight/matrix").await;
        assert_eq!(status, 200);
        let countries: Vec<&str> = m["countries"].as_array().expect("countries").iter().filter_map(|c| c.as_str()).collect();
        assert_eq!(countries.len(), 11);
        // "Which countries lack an MoU?": Norway's chapter says it has none.
        let mou = m["mechanisms"].as_array().expect("rows").iter()
            .find(|row| row[0]["kind"] == "mou").expect("MoU row");
        let no = mou.as_array().expect("cells").iter().find(|c| c["country"] == "NO").expect("NO");
        assert_eq!(no["state"], "absent", "{no}");
        // Every cell names the facts behind it, and a cell whose fact an ambiguity
        // concerns is marked.
        assert!(mou.as_array().expect("cells").iter().any(|c| !c["contested"].as_array().expect("contested").is_empty()));
        // "Where does the labour inspectorate sit in no formal mechanism?"
        let labour = m["sectors"].as_array().expect("rows").iter()
            .find(|row| row[0]["sector"] == "labour_inspection").expect("labour inspection row");
        let left_out: Vec<&str> = labour.as_array().expect("cells").iter()
            .filter(|c| {
                let actors = c["actors"].as_array().expect("actors");
                !actors.is_empty() && actors.iter().all(|a| a["seats"].as_array().is_some_and(Vec::is_empty))
            })
            .filter_map(|c| c["country"].as_str())
            .collect();
        let (_, html) = app.text("/insight").await;
        for cc in &left_out {
            assert!(html.contains(&format!("href=\"/countries/{cc}#actors\"")), "{cc} is marked left out on the page");
        }

        // "In how many countries did respondents choose lack of knowledge most often?"
        let (status, v) = app.json("/api/v1/insight/limitations?category=lack_of_knowledge").await;
        assert_eq!(status, 200);
        let counts: Vec<Option<i64>> = v["items"].as_array().expect("items").iter().map(|c| c["respondents"].as_i64()).collect();
        assert!(counts.windows(2).all(|w| w[0] >= w[1] || w[1].is_none()), "most respondents first: {counts:?}");
        assert!(v["items"].as_array().expect("items").iter().all(|c| c["category"] == "lack_of_knowledge"));
        let (status, _) = app.json("/api/v1/insight/limitations?category=knowledge").await;
        assert_eq!(status, 400);

        // Partners named most: counts are distinct reporters, sorted.
        let (status, v) = app.json("/api/v1/insight/partners?country=DK").await;
        assert_eq!(status, 200);
        let named: Vec<usize> = v["items"].as_array().expect("items").iter().map(|p| p["named_by"].as_array().expect("named_by").len()).collect();
        assert!(!named.is_empty() && named.windows(2).all(|w| w[0] >= w[1]), "{named:?}");

        // The CSV: one row per cell, the same verdict as the JSON.
        let r = app.get("/insight/matrix.csv").await;
        assert_eq!(r.status().as_u16(), 200);
        assert!(r.headers()["content-type"].to_str().expect("type").starts_with("text/csv"));
        let csv = r.text().await.expect("body");
        assert!(csv.lines().any(|l| l == "mechanism,mou,NO,absent,,yes" || l.starts_with("mechanism,mou,NO,absent,")), "{}", &csv[..400.min(csv.len())]);
        db.cleanup().await;
    }
}

on_both_backends! {
    async fn gaps_and_the_network_as_pages_api_files_and_cli(db) {
        let app = TestApp::start(db.loaded_store().await).await;
        // The gap analysis reproduces a chapter's conclusion: Iceland has neither a
        // national coordinator nor an independent rapporteur.
        let (status, v) = app.json("/api/v1/insight/gaps?country=IS").await;
        assert_eq!(status, 200);
        let rules: Vec<&str> = v["items"].as_array().expect("items").iter().filter_map(|f| f["rule"].as_str()).collect();
        assert!(rules.contains(&"no-national-coordinator") && rules.contains(&"no-independent-rapporteur"), "{rules:?}");
        // Each finding carries its evidence with verbatim sources.
        let f = &v["items"][0];
        assert!(f["evidence"].as_array().is_some_and(|e| e.iter().all(|x| x["source"]["quote"].is_string())), "{f}");
        let (status, v) = app.json("/api/v1/insight/gaps?rule=no-mou").await;
        assert_eq!(status, 200);
        assert!(v["items"].as_array().expect("items").iter().all(|f| f["rule"] == "no-mou"));
        assert!(v["items"].as_array().expect("items").iter().any(|f| f["country"] == "NO"), "Norway has no MoU");
        let (status, v) = app.json("/api/v1/insight/gaps?rule=no-such-rule").await;
        assert_eq!((status, &v["error"]["field"]), (400, &serde_json::json!("rule")));
        let (_, rules) = app.json("/api/v1/insight/rules").await;
        assert!(rules["count"].as_u64().is_some_and(|n| n >= 10));
        // One revision compared with itself: nothing closed or opened.
        let (status, v) = app.json("/api/v1/insight/gaps/compare?from=1&to=1").await;
        assert_eq!(status, 200);
        assert!(v["closed"].as_array().expect("closed").is_empty() && v["opened"].as_array().expect("opened").is_empty());
        assert!(!v["kept"].as_array().expect("kept").is_empty());
        let (status, html) = app.text("/insight/gaps?country=SE").await;
        assert_eq!(status, 200);
        assert!(html.contains("sexual exploitation only"), "Sweden's coordinator");
        let (status, _) = app.text("/insight/gaps?country=XX").await;
        assert_eq!(status, 400);

        // The network: JSON, files, and its drawing and table on the country page.
        let (status, net) = app.json("/api/v1/countries/DK/network").await;
        assert_eq!(status, 200);
        let nodes = net["nodes"].as_array().expect("nodes").len();
        let edges = net["edges"].as_array().expect("edges").len();
        assert!(nodes > 10 && edges > 10);
        let r = app.get("/countries/DK/network.svg").await;
        assert_eq!(r.status().as_u16(), 200);
        assert_eq!(r.headers()["content-type"], "image/svg+xml");
        let svg = r.text().await.expect("svg");
        assert!(svg.matches("<circle").count() >= nodes, "a circle per actor");
        assert!(svg.contains("<title") && svg.contains("<desc") && !svg.contains("style="));
        let r = app.get("/countries/DK/network.graphml").await;
        assert!(r.headers()["content-disposition"].to_str().expect("cd").contains("opennrm-dk-network.graphml"));
        let graphml = r.text().await.expect("graphml");
        assert_eq!(graphml.matches("<node ").count(), nodes);
        assert_eq!(graphml.matches("<edge ").count(), edges);
        let (status, _) = app.text("/countries/DK/network.png").await;
        assert_eq!(status, 404);
        let (_, page) = app.text("/countries/DK").await;
        assert!(page.contains("src=\"/countries/DK/network.svg\"") && page.contains("id=\"network\""));

        // The charts of the matrix page.
        for chart in ["participation", "mechanisms", "limitations"] {
            let r = app.get(&format!("/insight/charts/{chart}.svg")).await;
            assert_eq!(r.status().as_u16(), 200, "{chart}");
            let svg = r.text().await.expect("svg");
            assert!(svg.contains("role=\"img\"") && svg.contains("<desc") && svg.contains("<rect"), "{chart}");
        }
        let (status, _) = app.text("/insight/charts/other.svg").await;
        assert_eq!(status, 404);

        // Insight's types have their own names in the API document (two types of one name
        // would silently replace each other there).
        let (_, doc) = app.json("/api/v1/openapi.json").await;
        let schemas = &doc["components"]["schemas"];
        for name in ["MechanismCell", "MatrixMechanismCell", "Finding", "GapFinding", "Network"] {
            assert!(schemas[name].is_object(), "{name} is in the document");
        }
        assert_eq!(schemas["Finding"]["required"], serde_json::json!(["part", "source"]));

        // The CLI answers the same.
        let url = db.url.clone();
        let out = tokio::task::spawn_blocking(move || crate::support::run_cli(Some(&url), &["gaps", "--country", "is"]))
            .await
            .expect("cli");
        assert_eq!(out.0, 0, "{}", out.2);
        assert!(out.1.contains("IS [gap] Iceland has no national coordinator.") && out.1.trim_end().ends_with("findings"), "{}", out.1);
        db.cleanup().await;
    }
}
