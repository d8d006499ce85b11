//! The assistance plan on both backends: a Danish labour inspector gives an accommodation
//! task to a service provider whose atlas mandate covers assistance, once the person has
//! consented to support services; the provider sees the task with the person's name and
//! contact and nothing else of the case, moves it to completed, and the inspector sees the
//! plan and who read what.

use opennrm_service::Role;
use serde_json::{Value, json};

use crate::on_both_backends;
use crate::referral::{Api, user_token};
use crate::support::TestApp;

const NAME: &str = "Jonas Testworker";
const CONTACT: &str = "+45 00 00 00 00";

fn dk_case() -> Value {
    json!({
        "exploitation": "labour_exploitation",
        "work_sector": "construction",
        "persons": [{ "residence": "eu_citizen", "age": "adult", "gender": "male", "nationality_group": "eu_eea",
                      "name": NAME, "birth_date": "1985-02-03", "nationality": "Testonia", "contact": CONTACT }]
    })
}

on_both_backends! {
    async fn a_service_provider_completes_an_accommodation_task_seeing_nothing_else(db) {
        let app = TestApp::start(db.loaded_store().await).await;
        let s = app.state.services().clone();
        let api = Api::new(&app);
        let inspector = user_token(&s, "inspector@dk.test", "dk-wea", &[Role::FrontlineOfficer]).await;
        let (st, opened) = api.post(Some(&inspector), "/api/v1/cases", &dk_case()).await;
        assert_eq!(st, 201, "{opened}");
        let reference = opened["reference"].as_str().expect("reference").to_string();
        let (_, case) = api.get(Some(&inspector), &format!("/api/v1/cases/{reference}")).await;
        let person = case["persons"][0]["id"].as_str().expect("person").to_string();
        let _ = api.post(Some(&inspector), &format!("/api/v1/cases/{reference}/notes"), &json!({ "note": "Sleeps in the container on site." })).await;

        // Who can take it: assistance providers of Denmark, each with the mandate's source.
        let (st, providers) = api.get(Some(&inspector), &format!("/api/v1/cases/{reference}/providers?kind=accommodation")).await;
        assert_eq!(st, 200, "{providers}");
        let list = providers.as_array().expect("providers");
        assert!(!list.is_empty());
        assert!(list.iter().all(|p| p["actor"].as_str().is_some_and(|a| a.starts_with("dk-")) && p["quote"].as_str().is_some_and(|q| !q.is_empty())), "{providers}");
        let provider = list[0]["actor"].as_str().expect("actor").to_string();
        let other = list.iter().filter_map(|p| p["actor"].as_str()).find(|a| *a != provider).map(str::to_string);
        let (st, e) = api.get(Some(&inspector), &format!("/api/v1/cases/{reference}/providers?kind=shelter")).await;
        assert_eq!(st, 400, "{e}");

        // Without consent to support services the task is refused, naming the purpose; a
        // provider without the mandate is refused too.
        let task = json!({ "person_id": person, "kind": "accommodation", "provider": provider });
        let (st, e) = api.post(Some(&inspector), &format!("/api/v1/cases/{reference}/tasks"), &task).await;
        assert_eq!(st, 400, "{e}");
        assert!(e.to_string().contains("support_services"), "{e}");
        let (st, _) = api.post(Some(&inspector), &format!("/api/v1/cases/{reference}/consents"), &json!({ "person_id": person, "purpose": "support_services", "method": "signed_form" })).await;
        assert_eq!(st, 201);
        let (st, e) = api.post(Some(&inspector), &format!("/api/v1/cases/{reference}/tasks"), &json!({ "person_id": person, "kind": "accommodation", "provider": "dk-skat" })).await;
        assert_eq!(st, 400, "{e}");
        let (st, given) = api.post(Some(&inspector), &format!("/api/v1/cases/{reference}/tasks"), &task).await;
        assert_eq!(st, 201, "{given}");
        let task_id = given["id"].as_str().expect("id").to_string();

        // The provider: its task, the name and the contact, nothing else.
        let shelter = user_token(&s, "shelter@dk.test", &provider, &[Role::ServiceProvider]).await;
        let (st, tasks) = api.get(Some(&shelter), "/api/v1/tasks").await;
        assert_eq!(st, 200, "{tasks}");
        assert_eq!(tasks.as_array().map(Vec::len), Some(1), "{tasks}");
        let t = &tasks[0];
        assert_eq!((t["kind"].as_str(), t["state"].as_str()), (Some("accommodation"), Some("assigned")));
        assert_eq!((t["name"].as_str(), t["contact"].as_str()), (Some(NAME), Some(CONTACT)));
        assert!(t["birth_date"].is_null() && t["nationality"].is_null(), "{t}");
        let text = tasks.to_string();
        for hidden in [reference.as_str(), "Testonia", "1985-02-03", "container", "construction"] {
            assert!(!text.contains(hidden), "the provider sees {hidden}: {text}");
        }
        let (st, _) = api.get(Some(&shelter), &format!("/api/v1/cases/{reference}")).await;
        assert_eq!(st, 404, "the case itself stays closed to the provider");
        let (st, _) = api.get(Some(&shelter), &format!("/api/v1/cases/{reference}/proposals")).await;
        assert_eq!(st, 404);
        let (_, inbox) = api.get(Some(&shelter), "/api/v1/referrals").await;
        assert_eq!(inbox.as_array().map(Vec::len), Some(0));

        // The provider's page says the same, with a button for each step allowed now.
        let page = app.client.get(format!("{}/tasks", app.base)).bearer_auth(&shelter).send().await.expect("page").text().await.expect("html");
        assert!(page.contains("Accommodation") && page.contains(NAME) && page.contains(CONTACT), "{page}");
        assert!(page.contains("data-step=\"start\"") && !page.contains("Testonia"), "{page}");

        // Another provider can neither see nor move it.
        if let Some(other) = other {
            let stranger = user_token(&s, "other@dk.test", &other, &[Role::ServiceProvider]).await;
            assert_eq!(api.get(Some(&stranger), "/api/v1/tasks").await.1.as_array().map(Vec::len), Some(0));
            let (st, _) = api.post(Some(&stranger), &format!("/api/v1/tasks/{task_id}/transitions"), &json!({ "to": "complete" })).await;
            assert_eq!(st, 404);
        }
        // The provider moves it: started, completed; a second completion is refused.
        let mv = |to: &str| { let api = &api; let tok = shelter.clone(); let id = task_id.clone(); let body = json!({ "to": to }); async move { api.post(Some(&tok), &format!("/api/v1/tasks/{id}/transitions"), &body).await } };
        assert_eq!(mv("start").await.1["state"], "in_progress");
        assert_eq!(mv("complete").await.1["state"], "completed");
        let (st, e) = mv("complete").await;
        assert_eq!(st, 400, "{e}");
        assert!(e.to_string().contains("cannot be completed"), "{e}");
        // A finished task no longer opens the person's data.
        let (_, tasks) = api.get(Some(&shelter), "/api/v1/tasks").await;
        assert!(tasks[0]["name"].is_null(), "{tasks}");

        // The inspector sees the plan and that the provider read the name and contact.
        let (_, case) = api.get(Some(&inspector), &format!("/api/v1/cases/{reference}")).await;
        assert_eq!(case["tasks"][0]["state"], "completed", "{case}");
        assert_eq!(case["tasks"][0]["provider"], provider.as_str());
        assert!(case["seen_by"].as_array().expect("seen").iter().any(|x| x["what"]["view"] == "provider"), "{case}");
        let page = app.client.get(format!("{}/cases/{reference}", app.base)).bearer_auth(&inspector).send().await.expect("page").text().await.expect("html");
        assert!(page.contains("Assistance plan") && page.contains("completed") && page.contains("id=\"assign-task\""), "the case page shows the plan");
    }
}
