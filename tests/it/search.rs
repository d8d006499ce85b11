//! Full-text search over every fact (issue 6), on both backends: the "done when" finds,
//! case and accents, filters, the highlighted passage, hostile input, old revisions, and
//! the indexing of revisions written before search existed.

use opennrm_domain::atlas::Atlas;
use serde_json::Value;

use crate::on_both_backends;
use crate::support::TestApp;

fn items(v: &Value) -> &Vec<Value> {
    v["items"].as_array().expect("items")
}

fn countries(v: &Value) -> Vec<&str> {
    let mut c: Vec<&str> = items(v)
        .iter()
        .map(|i| i["country"].as_str().expect("country"))
        .collect();
    c.sort_unstable();
    c.dedup();
    c
}

/// The passage's marked words, as the API reports them.
fn marked(item: &Value) -> Vec<String> {
    let passage: Vec<char> = item["passage"].as_str().expect("passage").chars().collect();
    item["matches"]
        .as_array()
        .expect("matches")
        .iter()
        .map(|m| {
            let (s, e) = (
                m[0].as_u64().expect("start") as usize,
                m[1].as_u64().expect("end") as usize,
            );
            passage[s..e].iter().collect()
        })
        .collect()
}

on_both_backends! {
    async fn search_finds_the_reflection_period_in_finland_and_norway_and_the_penal_code_section(db) {
        let app = TestApp::start(db.loaded_store().await).await;
        let (status, v) = app.json("/api/v1/search?q=reflection").await;
        assert_eq!(status, 200, "{v}");
        let found = countries(&v);
        assert!(found.contains(&"FI") && found.contains(&"NO"), "{found:?}");
        assert_eq!(v["revision"], 1);
        assert_eq!(v["count"].as_u64(), Some(items(&v).len() as u64));
        // Norway's is a regulation (a document), Finland's a mandate: both are found.
        assert!(items(&v).iter().any(|i| i["country"] == "NO" && i["kind"] == "document"), "{v}");
        assert!(items(&v).iter().any(|i| i["country"] == "FI" && i["kind"] == "mandate" && i["capability"] == "grant_reflection_period"), "{v}");
        for i in items(&v) {
            let words = marked(i);
            assert!(!words.is_empty() && words.iter().all(|w| w.to_lowercase().starts_with("reflection")), "{i}");
        }

        let (status, v) = app.json("/api/v1/search?q=%C2%A7%20262a").await;
        assert_eq!(status, 200, "{v}");
        let doc = items(&v).iter().find(|i| i["kind"] == "document" && i["field"] == "title").expect("the penal code");
        assert_eq!(doc["country"], "DK");
        assert!(doc["passage"].as_str().expect("passage").contains("§ 262a trafficking in persons"), "{doc}");
        assert_eq!(marked(doc), ["262a"]);
        assert_eq!(doc["href"], "/countries/DK#policy");

        // A declined invitation's stated reason (respondents are not modelled yet; the
        // reason is in the actors' notes and quotes, and search finds it there).
        let (_, v) = app.json("/api/v1/search?q=declined%20mandate").await;
        assert!(items(&v).iter().any(|i| i["country"] == "DE" && i["passage"].as_str().is_some_and(|p| p.contains("BMAS declined participation"))), "{v}");
        assert!(countries(&v).contains(&"SE"), "{v}");
    }
}

on_both_backends! {
    async fn search_ignores_case_and_accents_and_links_each_hit_to_its_page(db) {
        let app = TestApp::start(db.loaded_store().await).await;
        for (q, cc, actor) in [
            ("UDLAENDINGESTYRELSEN", "DK", "dk-dis"),
            ("valsts ienemumu dienests", "LV", "lv-srs"),
            ("Valstybine darbo INSPEKCIJA", "LT", "lt-sli"),
            // Typing the accents works as well.
            ("Valstybinė", "LT", "lt-sli"),
        ] {
            let (status, v) = app.json(&format!("/api/v1/search?q={}", q.replace(' ', "%20").replace('ė', "%C4%97"))).await;
            assert_eq!(status, 200, "{q}: {v}");
            let hit = items(&v).iter().find(|i| i["reference"] == actor && i["field"] == "native_name").unwrap_or_else(|| panic!("{q}: {v}"));
            assert_eq!(hit["country"], cc);
            assert_eq!(hit["href"], format!("/actors/{actor}"));
            assert!(!marked(hit).is_empty(), "{hit}");
        }
        // The words of a native name are marked in the original spelling.
        let (_, v) = app.json("/api/v1/search?q=ienemumu").await;
        let hit = items(&v).iter().find(|i| i["reference"] == "lv-srs" && i["field"] == "native_name").expect("lv-srs");
        assert_eq!(marked(hit), ["Ieņēmumu"]);
    }
}

on_both_backends! {
    async fn search_filters_by_country_sector_capability_and_kind(db) {
        let app = TestApp::start(db.loaded_store().await).await;
        let (_, all) = app.json("/api/v1/search?q=reflection").await;
        let (_, fi) = app.json("/api/v1/search?q=reflection&country=fi").await;
        assert_eq!(countries(&fi), ["FI"]);
        assert!(items(&fi).len() < items(&all).len());
        let (_, v) = app.json("/api/v1/search?q=reflection&capability=grant_reflection_period").await;
        assert!(!items(&v).is_empty());
        assert!(items(&v).iter().all(|i| i["kind"] == "mandate" && i["capability"] == "grant_reflection_period"), "{v}");
        let (_, v) = app.json("/api/v1/search?q=reflection&kind=document").await;
        assert!(!items(&v).is_empty());
        assert!(items(&v).iter().all(|i| i["kind"] == "document"), "{v}");
        let (_, v) = app.json("/api/v1/search?q=police&sector=police&country=FI").await;
        assert!(!items(&v).is_empty());
        assert!(items(&v).iter().all(|i| i["sector"] == "police" && i["country"] == "FI"), "{v}");
        // Every word must occur in the same text.
        let (_, v) = app.json("/api/v1/search?q=reflection%20thirty").await;
        assert!(!items(&v).is_empty());
        assert!(items(&v).iter().all(|i| i["passage"].as_str().is_some_and(|p| p.contains("thirty"))), "{v}");
        // Unknown filter values name the field.
        for (param, field) in [("kind=law", "kind"), ("sector=polis", "sector"), ("country=XX", "country"), ("revision=abc", "revision")] {
            let (status, v) = app.json(&format!("/api/v1/search?q=reflection&{param}")).await;
            assert_eq!(status, 400, "{param}: {v}");
            assert_eq!(v["error"]["field"], field, "{v}");
        }
        // No words: an empty answer, not an error.
        let (status, v) = app.json("/api/v1/search").await;
        assert_eq!(status, 200);
        assert_eq!(v["count"], 0);
        // A common word is capped, and says so.
        let (_, v) = app.json("/api/v1/search?q=the").await;
        assert_eq!(items(&v).len(), opennrm_service::SEARCH_LIMIT);
        assert_eq!(v["truncated"], true);
    }
}

on_both_backends! {
    async fn the_search_page_marks_the_matched_words_and_keeps_the_actor_finder(db) {
        let app = TestApp::start(db.loaded_store().await).await;
        let (status, html) = app.text("/search?q=reflection&country=NO").await;
        assert_eq!(status, 200);
        assert!(html.contains("<mark>reflection</mark>"), "{html}");
        assert!(html.contains("href=\"/countries/NO#policy\""), "links to the fact's section");
        assert!(html.contains("passages match") || html.contains("One passage matches"), "{html}");
        // Data is escaped inside and around the marks.
        let (_, html) = app.text("/search?q=%C2%A7%20262a").await;
        assert!(html.contains("§ <mark>262a</mark>"), "{html}");
        // The actor finder: asked for, or filters without words.
        let (_, html) = app.text("/search?what=actors&q=Arbejdstilsynet").await;
        assert!(html.contains("1 actor") || html.contains("One actor matches."), "{html}");
        let (_, html) = app.text("/search?country=DK&capability=determine_victim_status").await;
        assert!(html.contains("2 actors match."), "{html}");
        // Words in the full-text mode find actors too, by any of their names.
        let (_, html) = app.text("/search?q=udlaendingestyrelsen").await;
        assert!(html.contains("Immigration Service") && html.contains("<mark>Udlændingestyrelsen</mark>"), "{html}");
    }
}

on_both_backends! {
    async fn hostile_search_input_is_answered_200_or_400_never_500(db) {
        let app = TestApp::start(db.loaded_store().await).await;
        let hostile = [
            "%22", "*", "(", "NEAR", "-", "%C2%A7", "a%22b", "NEAR(a%20b)", "x*y", "%27", "%5C", "%25", "AND", "OR%20NOT",
            "%22reflection", "reflection%22*", "-reflection", "%5E", ":", "col:reflection", "%7B%7D", "%00", "%F0%9F%98%80",
            "'%3B%20DROP%20TABLE%20atlas_search%3B--", "%E2%80%AE",
        ];
        for q in hostile {
            for path in [format!("/api/v1/search?q={q}"), format!("/search?q={q}")] {
                let (status, body) = app.text(&path).await;
                assert!(status == 200 || status == 400, "{path}: {status} {body}");
            }
        }
        // Over-long text and too many words: 400 naming the field, page and API.
        let long = "a".repeat(201);
        let (status, v) = app.json(&format!("/api/v1/search?q={long}")).await;
        assert_eq!(status, 400);
        assert_eq!(v["error"]["field"], "q");
        let (status, _) = app.text(&format!("/search?q={long}")).await;
        assert_eq!(status, 400);
        let (status, v) = app.json("/api/v1/search?q=a%20b%20c%20d%20e%20f%20g%20h%20i%20j%20k%20l%20m").await;
        assert_eq!(status, 400, "{v}");
        // Still searchable afterwards.
        let (status, v) = app.json("/api/v1/search?q=reflection").await;
        assert_eq!(status, 200);
        assert!(!items(&v).is_empty());
    }
}

on_both_backends! {
    async fn an_old_revision_stays_searchable_after_an_import(db) {
        let store = db.loaded_store().await;
        let app = TestApp::start(store.clone()).await;
        let mut files = opennrm_domain::atlas::embedded_files();
        let (_, dk) = files.iter_mut().find(|(n, _)| n.ends_with("dk.toml")).expect("dk");
        *dk = dk.replacen("name = \"Danish Centre against Human Trafficking\"", "name = \"Danish Centre Zyxwvut\"", 1);
        let edited = Atlas::from_files(&files).expect("valid");
        let options = opennrm_service::ImportOptions::default();
        app.state.services().import_atlas(&opennrm_service::Identity::Operator, &edited, "rename", "test", options).await.expect("import");
        let (_, v) = app.json("/api/v1/search?q=zyxwvut").await;
        assert_eq!(v["revision"], 2);
        assert_eq!(items(&v)[0]["reference"], "dk-cmm", "{v}");
        let (_, v) = app.json("/api/v1/search?q=zyxwvut&revision=1").await;
        assert_eq!((v["revision"].as_i64(), v["count"].as_u64()), (Some(1), Some(0)), "{v}");
        let (_, v) = app.json("/api/v1/search?q=danish%20centre%20against&revision=1").await;
        assert!(items(&v).iter().any(|i| i["reference"] == "dk-cmm" && i["field"] == "name"), "{v}");
        let (_, v) = app.json("/api/v1/search?q=danish%20centre%20against").await;
        assert!(!items(&v).iter().any(|i| i["reference"] == "dk-cmm" && i["field"] == "name"), "{v}");
        let (status, _) = app.json("/api/v1/search?q=reflection&revision=9").await;
        assert_eq!(status, 404);
        let (_, html) = app.text("/search?q=zyxwvut&revision=1").await;
        assert!(html.contains("class=\"banner\""), "an old revision's page says so");
    }
}

on_both_backends! {
    async fn revisions_without_search_rows_are_indexed_when_the_database_is_migrated(db) {
        let store = db.loaded_store().await;
        // As a database from before search: no rows.
        match &store {
            opennrm_store::Store::Sqlite(p) => { sqlx::query("DELETE FROM atlas_search").execute(p).await.expect("delete"); }
            opennrm_store::Store::Postgres(p) => { sqlx::query("DELETE FROM atlas_search").execute(p).await.expect("delete"); }
        }
        let app = TestApp::start(store.clone()).await;
        let (_, v) = app.json("/api/v1/search?q=reflection").await;
        assert_eq!(v["count"], 0, "nothing indexed");
        assert_eq!(store.index_search_backlog().await.expect("index"), 1);
        store.migrate().await.expect("migrate again");
        assert_eq!(store.index_search_backlog().await.expect("index"), 0, "idempotent");
        let (_, v) = app.json("/api/v1/search?q=reflection").await;
        assert!(countries(&v).contains(&"FI") && countries(&v).contains(&"NO"), "{v}");
    }
}

#[tokio::test]
async fn sqlites_bundled_library_has_fts5() {
    let db = crate::support::TestDb::sqlite().await;
    let store = db.store().await;
    let opennrm_store::Store::Sqlite(p) = &store else {
        panic!("sqlite")
    };
    let (on,): (i64,) = sqlx::query_as("SELECT sqlite_compileoption_used('ENABLE_FTS5')")
        .fetch_one(p)
        .await
        .expect("query");
    assert_eq!(on, 1);
}
