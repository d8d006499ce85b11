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
