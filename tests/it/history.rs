//! Atlas history end to end (issue 6's "done when"): an edited copy imported with the
//! real CLI becomes revision 2; the diff (CLI, page, API) shows exactly the edits; the
//! 2013 atlas stays readable as revision 1; a retired actor's page still resolves.

use std::path::Path;

use crate::on_both_backends;
use crate::support::{TestApp, run_cli};

fn write_edited_copy(dir: &Path) {
    for (name, text) in opennrm_domain::atlas::embedded_files() {
        let text = match name.as_str() {
            "dk.toml" => {
                // Retire an actor nothing else refers to.
                let start = text
                    .find("[[actors]]\nid = \"dk-employers-orgs\"")
                    .expect("dk-employers-orgs");
                let end = start + 1 + text[start + 1..].find("[[actors]]\n").expect("next actor");
                let text = format!("{}{}", &text[..start], &text[end..]);
                // A recommendation names it: the reference goes with it (validation
                // refuses a reference to an actor the file does not define).
                let named =
                    "actors = [\"dk-trade-unions\", \"dk-employers-orgs\", \"dk-municipalities\"]";
                assert!(text.contains(named));
                let text = text.replacen(
                    named,
                    "actors = [\"dk-trade-unions\", \"dk-municipalities\"]",
                    1,
                );
                // Change one mandate: CMM's victim-status decision, labour yes → no.
                let from = "scope = \"legal residents of Denmark only\"\n  labour_mandate = true";
                assert!(text.contains(from));
                text.replacen(
                    from,
                    "scope = \"legal residents of Denmark only\"\n  labour_mandate = false",
                    1,
                )
            }
            // Add an MoU: Finland's recorded absence becomes an existing MoU.
            "fi.toml" => {
                let from = "name = \"Memorandum of Understanding on roles and cooperation\"\nstatus = \"absent\"";
                assert!(text.contains(from));
                text.replacen(from, "name = \"Memorandum of Understanding on roles and cooperation\"\nstatus = \"formal\"", 1)
            }
            _ => text,
        };
        std::fs::write(dir.join(name), text).expect("write data file");
    }
}

on_both_backends! {
    async fn an_edited_import_becomes_revision_2_and_history_shows_exactly_its_changes(db) {
        let app = TestApp::start(db.loaded_store().await).await;
        let url = db.url.clone();
        let tmp = tempfile::tempdir().expect("tmp");
        write_edited_copy(tmp.path());
        let dir = tmp.path().to_str().expect("utf8").to_string();
        let (diff_text, history_text, validate_out) = tokio::task::spawn_blocking(move || {
            // validate warns, import refuses to retire without the flag.
            let (code, validate_out, err) = run_cli(Some(&url), &["validate", &dir]);
            assert_eq!(code, 0, "{err}");
            let (code, out, err) = run_cli(Some(&url), &["import", &dir]);
            assert_ne!(code, 0, "{out}");
            assert!(err.contains("dk-employers-orgs") && err.contains("--allow-retire"), "{err}");
            assert!(err.contains("the database was not changed"), "{err}");
            let (code, out, err) = run_cli(Some(&url), &["import", "--allow-retire", "--message", "review 2026", &dir]);
            assert_eq!(code, 0, "{err}");
            assert!(out.contains("retired dk-employers-orgs") && out.contains("as atlas revision 2"), "{out}");
            let (code, diff_text, err) = run_cli(Some(&url), &["diff", "1", "2"]);
            assert_eq!(code, 0, "{err}");
            let (code, history_text, err) = run_cli(Some(&url), &["history"]);
            assert_eq!(code, 0, "{err}");
            // The export can be taken as of any revision.
            let (code, old, err) = run_cli(Some(&url), &["export", "--format", "json", "--revision", "1"]);
            assert_eq!(code, 0, "{err}");
            assert!(old.contains("dk-employers-orgs"), "revision 1 still has the actor");
            let (_, now, _) = run_cli(Some(&url), &["export", "--format", "json"]);
            assert!(!now.contains("dk-employers-orgs"), "the current revision has not");
            let (code, _, err) = run_cli(Some(&url), &["export", "--format", "json", "--revision", "9"]);
            assert_ne!(code, 0);
            assert!(err.contains("no revision 9"), "{err}");
            (diff_text, history_text, validate_out)
        }).await.expect("cli thread");
        assert!(validate_out.contains("warning: actor dk-employers-orgs") && validate_out.contains("retire"), "{validate_out}");

        // The CLI diff: exactly three changes, in Denmark and Finland.
        let changes: Vec<&str> = diff_text.lines().filter(|l| l.starts_with(['+', '-', '~', '·'])).collect();
        assert_eq!(changes.len(), 4, "{diff_text}");
        assert!(changes.iter().any(|l| l.starts_with("~ recommendation dk-rec-include-unions-employers-municipalities") && l.contains("-dk-employers-orgs")), "{diff_text}");
        assert!(changes.iter().any(|l| l.starts_with("- actor dk-employers-orgs")), "{diff_text}");
        assert!(changes.iter().any(|l| l.starts_with("~ mandate dk-cmm") && l.contains("yes → no")), "{diff_text}");
        assert!(changes.iter().any(|l| l.starts_with("~ mechanism fi-no-mou") && l.contains("absent → formal")), "{diff_text}");
        assert!(diff_text.trim_end().ends_with("4 changes from revision 1 to 2"), "{diff_text}");
        assert!(history_text.contains("review 2026") && history_text.contains("2*"), "{history_text}");
        let (_, only_fi, _) = tokio::task::spawn_blocking({
            let url = db.url.clone();
            move || run_cli(Some(&url), &["diff", "1", "2", "--country", "fi"])
        }).await.expect("cli");
        assert!(only_fi.contains("fi-no-mou") && !only_fi.contains("dk-"), "{only_fi}");

        assert!(app.state.services().refresh_atlas().await.expect("refresh"));

        // The API diff, and the page.
        let (status, v) = app.json("/api/v1/countries/DK/diff?from=1&to=2").await;
        assert_eq!(status, 200, "{v}");
        assert_eq!((v["from"].as_i64(), v["to"].as_i64()), (Some(1), Some(2)));
        assert_eq!(v["actors"].as_array().expect("actors").len(), 1, "{v}");
        assert_eq!(v["actors"][0]["change"], "retired");
        assert_eq!(v["mandates"].as_array().expect("mandates").len(), 1, "{v}");
        assert!(v["mechanisms"].as_array().expect("mechanisms").is_empty());
        assert_eq!(v["recommendations"].as_array().expect("recommendations").len(), 1, "{v}");
        let (status, v) = app.json("/api/v1/countries/FI/diff").await;
        assert_eq!(status, 200, "default: 2013 → today");
        assert_eq!(v["mechanisms"][0]["field"], "status", "{v}");
        assert_eq!((&v["mechanisms"][0]["old"], &v["mechanisms"][0]["new"]), (&serde_json::json!("absent"), &serde_json::json!("formal")), "{v}");
        let (status, html) = app.text("/countries/DK/diff?from=1&to=2").await;
        assert_eq!(status, 200);
        assert!(html.contains("3 changes from revision 1 to 2") && html.contains("dk-employers-orgs"), "{html}");

        // Revision 1 is still the 2013 atlas, with a banner; the current one has the edit.
        let (status, old) = app.text("/countries/DK?revision=1").await;
        assert_eq!(status, 200);
        assert!(old.contains("Employers&#39; organisations (generic)") || old.contains("Employers' organisations (generic)"), "revision 1 keeps the actor");
        assert!(old.contains("class=\"banner\"") && old.contains("the current revision is 2"), "banner");
        // Its links stay in revision 1; the current page's links carry no revision.
        assert!(old.contains("href=\"/actors/dk-cmm?revision=1\""), "links keep the revision");
        let (_, home_old) = app.text("/?revision=1").await;
        assert!(home_old.contains("href=\"/countries/DK?revision=1\""), "home links keep the revision");
        let (_, now) = app.text("/countries/DK").await;
        assert!(!now.contains("Employers' organisations (generic)") && !now.contains("Employers&#39; organisations (generic)"));
        assert!(!now.contains("class=\"banner\""));
        assert!(now.contains("href=\"/actors/dk-cmm\"") && !now.contains("?revision="), "current links are plain");
        let (_, v) = app.json("/api/v1/countries/FI?revision=1").await;
        let mou = v["mechanisms"].as_array().expect("mechanisms").iter().find(|m| m["id"] == "fi-no-mou").expect("fi-no-mou");
        assert_eq!(mou["status"], "absent", "revision 1 as it was");

        // The retired actor still resolves, page and API, marked retired.
        let (status, page) = app.text("/actors/dk-employers-orgs").await;
        assert_eq!(status, 200);
        assert!(page.contains("retired in revision 2"), "{page}");
        let (status, v) = app.json("/api/v1/actors/dk-employers-orgs").await;
        assert_eq!(status, 200);
        assert_eq!((v["retired_in"].as_i64(), v["revision"].as_i64()), (Some(2), Some(1)));
        let (status, _) = app.json("/api/v1/actors/dk-employers-orgs?revision=2").await;
        assert_eq!(status, 404, "not in revision 2");

        // Bad revision numbers: the documented error shape, naming the field.
        let (status, v) = app.json("/api/v1/countries/DK?revision=abc").await;
        assert_eq!(status, 400);
        assert_eq!(v["error"]["field"], "revision");
        let (status, _) = app.json("/api/v1/countries/DK?revision=99").await;
        assert_eq!(status, 404);
        let (status, _) = app.text("/countries/DK?revision=0").await;
        assert_eq!(status, 400);
        // An empty value: a form's "current revision" on a page, no number in the API.
        let (status, _) = app.text("/countries/DK?revision=").await;
        assert_eq!(status, 200);
        let (status, v) = app.json("/api/v1/study?revision=").await;
        assert_eq!((status, &v["error"]["field"]), (400, &serde_json::json!("revision")));
    }
}
