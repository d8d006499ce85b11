//! Insight (issue 8) over HTTP: the comparative matrix as a page, JSON and CSV, and the
//! comparative questions it answers in one call — on both backends.

use crate::on_both_backends;
use serde_json::json;

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

/// The embedded atlas with two edits, as a later review might record them: Norway gets
/// the MoU its chapter asks for, and Denmark's employers' organisations (untied in 2013)
/// exchange information with the labour inspectorate.
fn reviewed_atlas() -> opennrm_domain::atlas::Atlas {
    let mut files = opennrm_domain::atlas::embedded_files();
    for (name, text) in &mut files {
        if name.ends_with("no.toml") {
            let from =
                "name = \"Memorandum of understanding between stakeholders\"\nstatus = \"absent\"";
            assert!(text.contains(from), "Norway's MoU is recorded absent");
            *text = text.replacen(
                from,
                "name = \"Memorandum of understanding between stakeholders\"\nstatus = \"formal\"",
                1,
            );
        }
        if name.ends_with("dk.toml") {
            // The quote is one the chapter gives for the labour inspectorate's ties.
            let tie = "[[cooperation]]\nfrom = \"dk-employers-orgs\"\nto = \"dk-wea\"\nkind = \"information_exchange\"\ndirection = \"mutual\"\nsource = { section = \"Actors and mandates > Governmental\", quote = \"The National Centre of Investigation cooperates with: the Labour Inspectorate, the Central Tax Administration and CMM, trade unions and DIS. Cooperation consists mainly of sharing information and best practices\" }\n\n";
            let at = text.find("[[cooperation]]").expect("Denmark's ties");
            text.insert_str(at, tie);
        }
    }
    opennrm_domain::atlas::Atlas::from_files(&files).expect("the reviewed atlas is valid")
}

on_both_backends! {
    async fn the_matrix_and_the_network_compare_a_later_revision_with_the_2013_baseline(db) {
        let app = TestApp::start(db.loaded_store().await).await;
        // One revision: nothing to compare, and the pages say nothing about it.
        let (status, v) = app.json("/api/v1/insight/matrix/compare").await;
        assert_eq!((status, v["from"].as_i64(), v["to"].as_i64(), v["count"].as_u64()), (200, Some(1), Some(1), Some(0)), "{v}");
        let (_, html) = app.text("/insight").await;
        assert!(!html.contains("id=\"since\""));
        let (_, before) = app.json("/api/v1/insight/network").await;

        let options = opennrm_service::ImportOptions::default();
        app.state.services().import_atlas(&opennrm_service::Identity::Operator, &reviewed_atlas(), "review", "test", options).await.expect("import");

        // The matrix: exactly Norway's MoU changed, absent → formal, and the reverse is weaker.
        let (status, v) = app.json("/api/v1/insight/matrix/compare").await;
        assert_eq!(status, 200, "{v}");
        assert_eq!((v["from"].as_i64(), v["to"].as_i64(), v["count"].as_u64()), (Some(1), Some(2), Some(1)), "default: 2013 → today: {v}");
        let c = &v["changes"][0];
        assert_eq!((&c["table"], &c["row"], &c["country"], &c["trend"]), (&json!("mechanism"), &json!("mou"), &json!("NO"), &json!("stronger")), "{v}");
        assert_eq!((&c["from"]["value"], &c["to"]["value"], &c["to"]["detail"]), (&json!("absent"), &json!("formal"), &json!(["all"])), "{v}");
        let (_, back) = app.json("/api/v1/insight/matrix/compare?from=2&to=1").await;
        assert_eq!(back["changes"][0]["trend"], "weaker", "{back}");
        let (status, v) = app.json("/api/v1/insight/matrix/compare?from=x").await;
        assert_eq!((status, &v["error"]["field"]), (400, &json!("from")), "{v}");
        let (status, _) = app.json("/api/v1/insight/matrix/compare?from=9").await;
        assert_eq!(status, 404);

        // The network: one tie and one actor more in Denmark, and in the region.
        let (status, v) = app.json("/api/v1/insight/network/compare?country=dk").await;
        assert_eq!(status, 200, "{v}");
        assert_eq!(v["country"], "DK");
        let added: Vec<(&str, &str)> = v["ties_added"].as_array().expect("ties_added").iter()
            .filter_map(|e| Some((e["source"].as_str()?, e["target"].as_str()?))).collect();
        assert_eq!(added, vec![("dk-employers-orgs", "dk-wea")], "{v}");
        assert_eq!(v["actors_added"][0]["id"], "dk-employers-orgs", "{v}");
        assert!(v["ties_removed"].as_array().is_some_and(Vec::is_empty) && v["actors_removed"].as_array().is_some_and(Vec::is_empty));
        assert_eq!((v["edges"]["from"].as_u64().map(|n| n + 1), v["edges"]["to"].as_u64()), (v["edges"]["to"].as_u64(), v["edges"]["to"].as_u64()), "{v}");
        assert_eq!(v["gov_civil_ties"]["to"].as_u64(), v["gov_civil_ties"]["from"].as_u64().map(|n| n + 1), "an employers' organisation tied to an authority: {v}");
        // The inspectorate now connects the employers to the rest: its place changed.
        let wea = v["centrality"].as_array().expect("centrality").iter().find(|c| c["id"] == "dk-wea").expect("dk-wea moved");
        assert_eq!((wea["degree_to"].as_u64(), wea["broker_to"].as_bool()), (wea["degree_from"].as_u64().map(|d| d + 1), Some(true)), "{wea}");
        let (status, region) = app.json("/api/v1/insight/network/compare").await;
        assert_eq!(status, 200);
        assert!(region["country"].is_null());
        assert_eq!(region["ties_added"], v["ties_added"], "the region sees the same tie");
        let (_, same) = app.json("/api/v1/insight/network/compare?from=2&to=2").await;
        assert!(same["ties_added"].as_array().is_some_and(Vec::is_empty) && same["centrality"].as_array().is_some_and(Vec::is_empty), "{same}");
        let (status, v) = app.json("/api/v1/insight/network/compare?country=XX").await;
        assert_eq!((status, &v["error"]["field"]), (400, &json!("country")), "{v}");

        // The region's network as of each revision.
        let (_, now) = app.json("/api/v1/insight/network").await;
        let (_, then) = app.json("/api/v1/insight/network?revision=1").await;
        // (Betweenness is summed on several threads, so compare the graph, not the floats.)
        assert_eq!((&then["edges"], &then["untied"]), (&before["edges"], &before["untied"]), "revision 1 reads as it was served");
        let count = |n: &serde_json::Value, k: &str| n[k].as_array().map_or(0, Vec::len);
        assert_eq!((count(&now, "nodes"), count(&now, "edges")), (count(&then, "nodes") + 1, count(&then, "edges") + 1));

        // The gap analysis agrees: Norway's "no MoU" closed.
        let (_, gaps) = app.json("/api/v1/insight/gaps/compare?country=NO").await;
        assert!(gaps["closed"].as_array().expect("closed").iter().any(|f| f["rule"] == "no-mou"), "{gaps}");

        // The pages: the matrix and the network show what changed since the baseline…
        let (status, html) = app.text("/insight").await;
        assert_eq!(status, 200);
        assert!(html.contains("id=\"since\"") && html.contains("What changed from revision 1 to revision 2"), "matrix page compares");
        assert!(html.contains("href=\"/insight/network\""), "the matrix page links the network page");
        let since = html.split("id=\"since\"").nth(1).and_then(|s| s.split("</section>").next()).expect("since section");
        assert!(since.contains("Memorandum of understanding") && since.contains(">NO<") && since.contains("Formal"), "{since}");
        let (_, html) = app.text("/insight/network?country=DK").await;
        let since = html.split("id=\"since\"").nth(1).and_then(|s| s.split("</section>").next()).expect("network since section");
        assert!(since.contains("href=\"/actors/dk-employers-orgs\"") && since.contains("Working Environment Authority"), "{since}");
        let (_, html) = app.text("/insight/gaps?country=NO").await;
        assert!(html.contains("id=\"since-baseline\""), "the gaps page compares too");
        // …not when the revision shown is the one compared with, or is the baseline…
        for path in ["/insight?from=2", "/insight?revision=1", "/insight/network?revision=1", "/insight/network?from=2"] {
            let (status, html) = app.text(path).await;
            assert_eq!(status, 200, "{path}");
            assert!(!html.contains("id=\"since\""), "{path}");
        }
        // …and a bad revision is said on the page.
        let (status, html) = app.text("/insight?from=abc").await;
        assert_eq!(status, 400);
        assert!(html.contains("class=\"error\"") && html.contains("from"), "{html}");
        let (status, _) = app.text("/insight/network?from=9").await;
        assert_eq!(status, 404);
        let (status, _) = app.text("/insight/gaps?from=0").await;
        assert_eq!(status, 400);
        let (status, html) = app.text("/insight/network?country=XX").await;
        assert_eq!(status, 400);
        assert!(html.contains("class=\"error\""));
        // The country page's network section offers the comparison.
        let (_, html) = app.text("/countries/DK").await;
        assert!(html.contains("action=\"/insight/network\"") && html.contains("name=\"country\" value=\"DK\""), "country page form");
        db.cleanup().await;
    }
}

on_both_backends! {
    async fn the_region_network_is_a_page_a_drawing_and_files(db) {
        let app = TestApp::start(db.loaded_store().await).await;
        let (status, net) = app.json("/api/v1/insight/network").await;
        assert_eq!(status, 200);
        assert!(net["country"].is_null());
        let nodes = net["nodes"].as_array().expect("nodes").len();
        let edges = net["edges"].as_array().expect("edges").len();
        // The region is the countries side by side: its nodes and ties are theirs.
        let mut country_nodes = 0;
        let mut country_edges = 0;
        let (_, countries) = app.json("/api/v1/countries").await;
        let codes: Vec<String> = countries["items"].as_array().expect("items").iter().filter_map(|c| c["code"].as_str().map(str::to_owned)).collect();
        assert_eq!(codes.len(), 11);
        for cc in &codes {
            let (_, n) = app.json(&format!("/api/v1/countries/{cc}/network")).await;
            country_nodes += n["nodes"].as_array().map_or(0, Vec::len);
            country_edges += n["edges"].as_array().map_or(0, Vec::len);
        }
        assert_eq!((nodes, edges), (country_nodes, country_edges));

        // The files.
        let r = app.get("/insight/network.graphml").await;
        assert_eq!(r.status().as_u16(), 200);
        assert_eq!(r.headers()["content-type"], "application/graphml+xml");
        assert!(r.headers()["content-disposition"].to_str().expect("cd").contains("opennrm-region-network.graphml"));
        let graphml = r.text().await.expect("graphml");
        assert_eq!((graphml.matches("<node ").count(), graphml.matches("<edge ").count()), (nodes, edges));
        let r = app.get("/insight/network.gexf").await;
        assert_eq!(r.headers()["content-type"], "application/gexf+xml");
        let gexf = r.text().await.expect("gexf");
        assert_eq!(gexf.matches("<node ").count(), nodes);
        let r = app.get("/insight/network.svg?revision=1").await;
        assert_eq!(r.status().as_u16(), 200);
        assert_eq!(r.headers()["content-type"], "image/svg+xml");
        let svg = r.text().await.expect("svg");
        assert_eq!(svg.matches("</circle>").count(), nodes, "a circle per actor (the legend's have no tooltip)");
        assert_eq!(svg.matches("</line>").count(), edges, "a line per tied pair");
        for name in ["Denmark", "Norway", "Russian Federation"] {
            assert!(svg.contains(&format!(">{name}<tspan")), "a panel for {name}");
        }
        assert!(svg.contains("role=\"img\"") && svg.contains("<desc") && !svg.contains("style="));

        // The page: drawing, per-country table, central actors, communities, files.
        let (status, html) = app.text("/insight/network").await;
        assert_eq!(status, 200);
        for needle in ["src=\"/insight/network.svg\"", "href=\"/insight/network.graphml\"", "href=\"/insight/network.gexf\"", "href=\"/api/v1/insight/network\"", "id=\"countries\"", "id=\"central\"", "id=\"communities\""] {
            assert!(html.contains(needle), "{needle}");
        }
        let rows = html.split("id=\"countries\"").nth(1).and_then(|s| s.split("</table>").next()).expect("table");
        for cc in &codes {
            assert!(rows.contains(&format!("/insight/network?country={cc}\"")), "a row for {cc}");
        }
        // The central table ranks by betweenness within each country: the first is the
        // actor with the largest betweenness of any country network.
        let mut best = (0.0f64, String::new());
        for cc in &codes {
            let (_, n) = app.json(&format!("/api/v1/countries/{cc}/network")).await;
            for node in n["nodes"].as_array().expect("nodes") {
                let b = node["betweenness"].as_f64().expect("number");
                if b > best.0 { best = (b, node["id"].as_str().expect("id").to_owned()); }
            }
        }
        let central = html.split("id=\"central\"").nth(1).expect("central");
        let first = central.split("href=\"/actors/").nth(1).and_then(|s| s.split('"').next()).expect("first actor");
        assert_eq!(first, best.1);
        // One country's network on the same page: its drawing and files, no country table.
        let (status, html) = app.text("/insight/network?country=se").await;
        assert_eq!(status, 200);
        assert!(html.contains("Cooperation network of Sweden") && html.contains("src=\"/countries/SE/network.svg\"") && html.contains("href=\"/countries/SE/network.graphml\""));
        assert!(!html.contains("id=\"countries\""));
        let (_, doc) = app.json("/api/v1/openapi.json").await;
        for path in ["/api/v1/insight/network", "/api/v1/insight/network/compare", "/api/v1/insight/matrix/compare"] {
            assert!(doc["paths"][path]["get"].is_object(), "{path} is documented");
        }
        for name in ["NetworkComparison", "NetworkComparisonAnswer", "MatrixComparison", "MatrixCellChange", "MatrixCellState", "MatrixTrend"] {
            assert!(doc["components"]["schemas"][name].is_object(), "{name} is in the document");
        }
        db.cleanup().await;
    }
}
