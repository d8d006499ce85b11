//! Anonymised statistics end to end on both backends: cases opened through the API are
//! counted by the rapporteur's tables with small counts suppressed (JSON, CSV, the HTCDS
//! export and the page); only rapporteurs and coordinators read them unless configured
//! public; and the rapporteur, trying every case route with a real reference, gets nothing.

use serde_json::{Value, json};

use crate::on_both_backends;
use crate::referral::{Api, KNOWN_NAME, fi_people};
use crate::support::TestApp;

/// A one-person case in `sector`.
fn case(sector: &str, gender: &str) -> Value {
    json!({
        "exploitation": "labour_exploitation",
        "work_sector": sector,
        "persons": [{ "residence": "irregular_migrant", "age": "adult", "gender": gender,
                      "nationality_group": "third_country", "name": KNOWN_NAME }]
    })
}

/// The published table of `dimension` in a family.
fn table<'a>(family: &'a Value, dimension: &str) -> &'a Value {
    family["tables"]
        .as_array()
        .expect("tables")
        .iter()
        .find(|t| t["dimension"] == dimension)
        .map(|t| &t["table"])
        .unwrap_or_else(|| panic!("no {dimension} table in {family}"))
}

/// The published count of `row` for `country` (None: suppressed).
fn count(t: &Value, row: &str, country: &str) -> Option<u64> {
    let i = t["rows"].as_array()?.iter().position(|r| r == row)?;
    let j = t["columns"].as_array()?.iter().position(|c| c == country)?;
    t["cells"][i][j].as_u64()
}

async fn get_text(app: &TestApp, token: Option<&str>, path: &str) -> (u16, String, String) {
    let mut r = app.client.get(format!("{}{path}", app.base));
    if let Some(t) = token {
        r = r.bearer_auth(t);
    }
    let r = r.send().await.expect("get");
    let status = r.status().as_u16();
    let kind = r
        .headers()
        .get("content-type")
        .and_then(|v| v.to_str().ok())
        .unwrap_or("")
        .to_string();
    (status, kind, r.text().await.expect("body"))
}

on_both_backends! {
    async fn statistics_count_the_cases_and_never_show_a_small_count(db) {
        // k = 3 keeps the case set small: four forestry cases are shown; one construction
        // case is not, and neither are the three cleaning cases, which would give it away
        // through Finland's total.
        let policy = opennrm_service::Policy { statistics_k: 3, ..opennrm_service::Policy::default() };
        let app = TestApp::start_with(db.loaded_store().await, policy, |s| s).await;
        let fi = fi_people(app.state.services()).await;
        let api = Api::new(&app);
        let mut references = Vec::new();
        for (sector, gender) in [("forestry", "male"), ("forestry", "male"), ("forestry", "male"), ("forestry", "male"), ("construction", "male"), ("cleaning", "female"), ("cleaning", "female"), ("cleaning", "female")] {
            let (st, opened) = api.post(Some(&fi.inspector), "/api/v1/cases", &case(sector, gender)).await;
            assert_eq!(st, 201, "{opened}");
            references.push(opened["reference"].as_str().expect("reference").to_string());
        }

        let (st, persons) = api.get(Some(&fi.rapporteur), "/api/v1/statistics/persons").await;
        assert_eq!(st, 200, "{persons}");
        assert_eq!(persons["k"], 3);
        let sector = table(&persons, "work_sector");
        assert_eq!(count(sector, "forestry", "FI"), Some(4));
        assert_eq!(count(sector, "construction", "FI"), None, "one person: suppressed");
        assert_eq!(count(sector, "cleaning", "FI"), None, "its complement");
        assert_eq!(count(sector, "agriculture", "FI"), Some(0), "zeros are shown");
        let gender = table(&persons, "gender");
        assert_eq!(count(gender, "male", "FI"), Some(5));
        assert_eq!(count(gender, "female", "FI"), Some(3));
        assert_eq!(count(table(&persons, "nationality_group"), "third_country", "FI"), Some(8));
        assert_eq!(count(table(&persons, "referring_sector"), "labour_inspection", "FI"), Some(8));
        assert_eq!(count(table(&persons, "days_to_referral"), "not_referred", "FI"), Some(8));
        // No published number of any table is 1 or 2, and nothing names a case or a person.
        for t in persons["tables"].as_array().expect("tables") {
            let t = &t["table"];
            let numbers = t["cells"].as_array().expect("cells").iter().flat_map(|r| r.as_array().expect("row").clone())
                .chain(t["row_totals"].as_array().expect("rt").clone())
                .chain(t["column_totals"].as_array().expect("ct").clone())
                .chain([t["total"].clone()]);
            for n in numbers.filter_map(|n| n.as_u64()) {
                assert!(n == 0 || n >= 3, "{n} shown in {t}");
            }
        }
        let text = persons.to_string();
        assert!(!text.contains(KNOWN_NAME) && !references.iter().any(|r| text.contains(r.as_str())));

        let (st, cases) = api.get(Some(&fi.coordinator), "/api/v1/statistics/cases").await;
        assert_eq!(st, 200, "the coordinator reads them too: {cases}");
        assert_eq!(count(table(&cases, "work_sector"), "forestry", "FI"), Some(4));
        let (st, e) = api.get(Some(&fi.rapporteur), "/api/v1/statistics/everything").await;
        assert_eq!(st, 400, "{e}");

        // CSV and the HTCDS export say the same.
        let (st, kind, csv) = get_text(&app, Some(&fi.rapporteur), "/statistics/csv/persons").await;
        assert_eq!(st, 200);
        assert!(kind.starts_with("text/csv"), "{kind}");
        assert!(csv.contains("persons,work_sector,forestry,FI,4,false"), "{csv}");
        assert!(csv.contains("persons,work_sector,construction,FI,,true"), "{csv}");
        let (st, _, htcds) = get_text(&app, Some(&fi.rapporteur), "/statistics/htcds.csv").await;
        assert_eq!(st, 200);
        assert!(htcds.starts_with("measure,htcds_field,htcds_value,country,count,suppressed"), "{htcds}");
        assert!(htcds.contains("persons,vic_ForcedLabourIndustry,A_AgricultureForestryAndFishing,FI,4,false"), "{htcds}");
        assert!(htcds.contains("persons,prs_Gender,Masculine,FI,5,false"), "{htcds}");
        assert!(htcds.contains("persons,vic_ForcedLabourIndustry,F_Construction,FI,,true"), "{htcds}");

        // The page: a chart and its table for every dimension, suppressed cells marked.
        let (st, _, html) = get_text(&app, Some(&fi.rapporteur), "/statistics?measure=persons").await;
        assert_eq!(st, 200);
        assert!(html.contains("By sector of work") && html.contains("<svg"), "chart and table");
        assert!(html.contains("Forestry and berry picking"));
        assert!(!html.contains(KNOWN_NAME));

        // Who may read them: not the public, not an officer, not an administrator.
        let (st, _) = api.get(None, "/api/v1/statistics/persons").await;
        assert_eq!(st, 401);
        for token in [&fi.inspector, &fi.admin, &fi.joutseno] {
            let (st, _) = api.get(Some(token), "/api/v1/statistics/persons").await;
            assert_eq!(st, 403);
        }
    }
}

on_both_backends! {
    async fn the_rapporteur_gets_nothing_from_any_case_route(db) {
        let app = TestApp::start(db.loaded_store().await).await;
        let fi = fi_people(app.state.services()).await;
        let api = Api::new(&app);
        let (st, opened) = api.post(Some(&fi.inspector), "/api/v1/cases", &crate::referral::fi_case()).await;
        assert_eq!(st, 201, "{opened}");
        let reference = opened["reference"].as_str().expect("reference").to_string();
        let (_, case) = api.get(Some(&fi.inspector), &format!("/api/v1/cases/{reference}")).await;
        let person = case["persons"][0]["id"].as_str().expect("person").to_string();
        let mut tried = 0;
        for (method, path) in opennrm_web::route_list() {
            let case_route = ["/cases", "/api/v1/cases", "/referrals", "/api/v1/referrals", "/api/v1/tasks", "/api/v1/notifications", "/tasks", "/inspections", "/api/v1/inspections"].iter().any(|p| path.starts_with(p));
            if !case_route {
                continue;
            }
            let url = format!("{}{}", app.base, path.replace("{reference}", &reference).replace("{id}", &person));
            let req = if method == "GET" { app.client.get(&url) } else { app.client.post(&url).json(&json!({})) };
            let r = req.bearer_auth(&fi.rapporteur).send().await.expect("request");
            let status = r.status().as_u16();
            let body = r.text().await.expect("body");
            assert!(status >= 400, "the rapporteur got {status} from {method} {path}: {body}");
            assert!(!body.contains(KNOWN_NAME) && !body.contains(&reference), "{method} {path} told the rapporteur something: {body}");
            tried += 1;
        }
        assert!(tried >= 20, "every case route was tried ({tried})");
        // The same tables are public where the configuration says so.
        let public = opennrm_service::Policy { statistics_public: true, ..opennrm_service::Policy::default() };
        let open = TestApp::start_with(db.loaded_store().await, public, |s| s).await;
        let (st, _) = Api::new(&open).get(None, "/api/v1/statistics/decisions").await;
        assert_eq!(st, 200);
    }
}
