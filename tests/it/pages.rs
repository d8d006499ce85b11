//! The server-rendered pages on both backends, read as a person would read them.

use opennrm_domain::atlas::Atlas;

use crate::on_both_backends;
use crate::support::TestApp;

on_both_backends! {
    async fn the_home_page_lists_the_eleven_countries_and_their_mechanisms(db) {
        let app = TestApp::start(db.loaded_store().await).await;
        let (status, html) = app.text("/").await;
        assert_eq!(status, 200);
        for name in ["Denmark", "Estonia", "Finland", "Germany", "Iceland", "Latvia", "Lithuania", "Norway", "Poland", "Russian Federation", "Sweden"] {
            assert!(html.contains(&format!("\">{name}</a>")), "{name} missing");
        }
        assert!(html.contains("Mechanisms at a glance"));
        assert!(html.contains("National rapporteur"));
        assert!(html.contains("recorded as absent"));
        assert!(html.contains("functional equivalent (the report"), "the chips have a legend");
        assert!(html.contains("class=\"chip functional_equivalent\""), "Denmark's coordinator is a functional equivalent");
        assert!(html.contains("class=\"chip expired\""), "Sweden's action plan has expired");
        assert!(html.contains("8 of 10 invited completed the questionnaire"), "Denmark's response count");
        assert!(!html.contains("<script"), "pages work without JavaScript");
    }
}

on_both_backends! {
    async fn a_country_page_follows_the_chapter_of_the_report(db) {
        let app = TestApp::start(db.loaded_store().await).await;
        let (status, html) = app.text("/countries/DK").await;
        assert_eq!(status, 200);
        let order = ["id=\"findings\"", "id=\"actors\"", "id=\"cooperation\"", "id=\"policy\"", "id=\"mechanisms\"", "id=\"challenges\"", "id=\"conclusions\"", "id=\"participation\""];
        let mut last = 0;
        for anchor in order {
            let at = html.find(anchor).unwrap_or_else(|| panic!("{anchor} missing"));
            assert!(at > last, "{anchor} out of order");
            last = at;
        }
        assert!(html.contains("Governmental") && html.contains("Non-governmental"));
        assert!(html.contains("Determine victim status"));
        assert!(html.contains("Show source"), "sources on demand");
        assert!(html.contains("Out of ten Danish respondents asked to participate in the survey"));
        assert!(html.contains("Where the report is ambiguous"));
        assert!(html.contains("report line"));
        // Graded mechanisms and denied mandates are visible where they are shown.
        assert!(html.contains("<span class=\"badge functional_equivalent\">Functional equivalent</span>"), "CMM's coordinating role");
        assert!(html.contains("<span class=\"badge expired\">Expired</span>"), "the NAP 2007-2010");
        assert!(html.contains("<span class=\"badge denied\">Denied</span>"), "WEA may not examine wages and contracts");
        assert!(html.contains("The report says the actor may not: working conditions such as wages and contracts"));
        let (status, _) = app.text("/countries/xx").await;
        assert_eq!(status, 404);
    }
}

on_both_backends! {
    async fn an_actor_page_shows_mandates_cooperation_and_mechanisms(db) {
        let app = TestApp::start(db.loaded_store().await).await;
        let (status, html) = app.text("/actors/dk-cmm").await;
        assert_eq!(status, 200);
        assert!(html.contains("<h1>Danish Centre against Human Trafficking"));
        assert!(html.contains("Mandates"));
        assert!(html.contains("Cooperation this actor described"));
        assert!(html.contains("Holds or chairs"));
        assert!(html.contains("href=\"/countries/DK\""));
        assert!(html.contains("<span class=\"badge functional_equivalent\">Functional equivalent</span>"), "the coordinating role it holds");
        let (status, board) = app.text("/actors/se-migration-board").await;
        assert_eq!(status, 200);
        assert!(board.contains("<li class=\"mandate denied\">") && board.contains("<del>Determine victim status</del>"), "{board}");
        let (status, html) = app.text("/actors/dk-nobody").await;
        assert_eq!(status, 404);
        assert!(html.contains("Page not found"));
        assert!(!html.contains("dk-nobody"), "the error page does not echo the request");
    }
}

on_both_backends! {
    async fn search_answers_who_determines_victim_status_in_denmark(db) {
        let app = TestApp::start(db.loaded_store().await).await;
        let (status, html) = app.text("/search?country=DK&capability=determine_victim_status").await;
        assert_eq!(status, 200);
        assert!(html.contains("2 actors match."), "two Danish bodies decide, by residence status");
        let (_, se) = app.text("/search?country=SE&capability=determine_victim_status").await;
        assert!(!se.contains("Migration Board") && !se.contains(">Social Services<"), "denied mandates are not matches: {se}");
        assert!(html.contains("Danish Centre against Human Trafficking"));
        assert!(html.contains("Immigration Service"));
        assert!(html.contains("legal resident"));
        let (_, html) = app.text("/search?q=Arbejdstilsynet").await;
        assert!(html.contains("Working Environment Authority"), "native names are searchable");
        let (_, html) = app.text("/search?q=udlaendingestyrelsen").await;
        assert!(html.contains("Immigration Service"), "accents may be left out when typing");
        let (status, html) = app.text("/search?sector=polis").await;
        assert_eq!(status, 400);
        assert!(html.contains("“polis” is not a known value"));
    }
}

on_both_backends! {
    async fn data_is_escaped_and_a_new_revision_is_picked_up_without_restart(db) {
        let store = db.loaded_store().await;
        let app = TestApp::start(store.clone()).await;
        let mut files = opennrm_domain::atlas::embedded_files();
        let (_, dk) = files.iter_mut().find(|(n, _)| n.ends_with("dk.toml")).expect("dk");
        *dk = dk.replacen("name = \"Danish Centre against Human Trafficking\"", "name = \"Danish Centre <script>alert(1)</script>\"", 1);
        let edited = Atlas::from_files(&files).expect("valid");
        // Written through another node's services: this node picks it up on refresh.
        let other = crate::support::test_services(store.clone()).await;
        let options = opennrm_service::ImportOptions::default();
        other.import_atlas(&opennrm_service::Identity::Operator, &edited, "xss probe", "test", options).await.expect("import");
        assert!(app.state.services().refresh_atlas().await.expect("refresh"));
        let (_, html) = app.text("/actors/dk-cmm").await;
        assert!(html.contains("Danish Centre &#60;script&#62;alert(1)&#60;/script&#62;") || html.contains("Danish Centre &lt;script&gt;"), "escaped");
        assert!(!html.contains("<script>alert(1)"));
        let (_, about) = app.text("/about").await;
        assert!(about.contains("xss probe"), "the revision list shows the import");
    }
}

on_both_backends! {
    async fn every_response_carries_the_security_headers(db) {
        let app = TestApp::start(db.loaded_store().await).await;
        for path in ["/", "/countries/SE", "/api/v1/countries", "/nope", "/static/style.css"] {
            let r = app.get(path).await;
            let h = r.headers();
            assert!(h["content-security-policy"].to_str().expect("csp").contains("default-src 'self'"), "{path}");
            assert_eq!(h["x-content-type-options"], "nosniff");
            assert_eq!(h["x-frame-options"], "DENY");
        }
    }
}

on_both_backends! {
    async fn a_cited_line_opens_the_report_at_that_place(db) {
        let app = TestApp::start(db.loaded_store().await).await;
        let (_, country) = app.text("/countries/DK").await;
        assert!(country.contains("<a href=\"/report?line=236#L236\">report line 236</a>"), "the Findings quote links to its line");
        let (status, html) = app.text("/report?line=236").await;
        assert_eq!(status, 200);
        assert!(html.contains("<li id=\"L236\" class=\"hit\">Out of ten Danish respondents asked to participate in the survey"));
        assert!(html.contains("Lines 216–256 of"));
        for odd in ["/report?line=0", "/report?line=999999", "/report?line=abc", "/report"] {
            let (status, _) = app.text(odd).await;
            assert_eq!(status, 200, "{odd}");
        }
        // The stylesheet URL carries its fingerprint and is served under it.
        let (_, home) = app.text("/").await;
        let href = home.split("href=\"/static/style.css?v=").nth(1).and_then(|s| s.split('"').next()).expect("versioned stylesheet");
        assert_eq!(href, opennrm_web::style_version());
        let css = app.get(&format!("/static/style.css?v={href}")).await;
        assert_eq!(css.status().as_u16(), 200);
        assert!(css.headers()["cache-control"].to_str().expect("cc").contains("immutable"));
    }
}
