//! The store on both backends: what goes in comes back out, loads are idempotent, a new
//! revision is all-or-nothing and leaves the earlier ones as they were.

use opennrm_domain::atlas::vocabulary::MechanismStatus;
use opennrm_domain::atlas::{Atlas, BASELINE_LABEL};
use opennrm_store::LoadOutcome;

use opennrm_service::{Identity, ImportOptions};

use crate::on_both_backends;
use crate::support::{embedded_atlas, test_services};

on_both_backends! {
    async fn the_atlas_comes_back_from_the_database_exactly_as_loaded(db) {
        let store = db.loaded_store().await;
        let loaded = store.load_atlas().await.expect("load").expect("an atlas");
        let original = embedded_atlas();
        assert_eq!(loaded.countries.len(), 11);
        for (a, b) in original.countries.iter().zip(&loaded.countries) {
            assert_eq!(a, b, "country {} differs after a round trip on {}", a.country.code, db.backend);
        }
        assert_eq!(loaded.content_hash, original.content_hash);
        // The round trip covers every grade and the denied mandates, not only defaults.
        let statuses: std::collections::HashSet<MechanismStatus> = loaded.countries.iter().flat_map(|c| &c.mechanisms).map(|m| m.status).collect();
        assert_eq!(statuses.len(), MechanismStatus::all().count(), "{statuses:?}");
        let denied = loaded.countries.iter().map(|c| c.denied_mandate_count()).sum::<usize>();
        assert!(denied >= 7, "{denied} denied mandates came back");
    }
}

on_both_backends! {
    async fn loading_the_embedded_atlas_twice_keeps_one_revision(db) {
        let store = db.store().await;
        assert!(store.load_atlas().await.expect("load").is_none(), "a fresh database holds no atlas");
        let atlas = embedded_atlas();
        let first = store.ensure_atlas(&atlas, BASELINE_LABEL, "embedded").await.expect("first");
        let second = store.ensure_atlas(&atlas, BASELINE_LABEL, "embedded").await.expect("second");
        assert!(matches!(first, LoadOutcome::Loaded(_)));
        assert!(matches!(second, LoadOutcome::AlreadyPresent(_)));
        assert_eq!(store.revisions().await.expect("revisions").len(), 1);
        // Migrations are idempotent too.
        store.migrate().await.expect("migrate again");
    }
}

on_both_backends! {
    async fn concurrent_first_starts_load_the_atlas_once(db) {
        let atlas = embedded_atlas();
        let a = db.store().await;
        let b = opennrm_store::Store::connect(&db.url).await.expect("second node");
        let (ra, rb) = tokio::join!(a.ensure_atlas(&atlas, BASELINE_LABEL, "embedded"), b.ensure_atlas(&atlas, BASELINE_LABEL, "embedded"));
        let loaded = [ra.expect("a"), rb.expect("b")].iter().filter(|o| matches!(o, LoadOutcome::Loaded(_))).count();
        assert_eq!(loaded, 1, "exactly one node loads the atlas");
        assert_eq!(a.revisions().await.expect("revisions").len(), 1);
    }
}

on_both_backends! {
    async fn replacing_the_atlas_records_a_new_revision_and_serves_the_new_data(db) {
        let store = db.loaded_store().await;
        let mut files = opennrm_domain::atlas::embedded_files();
        let (_, dk) = files.iter_mut().find(|(n, _)| n.ends_with("dk.toml")).expect("dk.toml");
        *dk = dk.replacen("name = \"Danish Centre against Human Trafficking\"", "name = \"Danish Centre against Human Trafficking (edited)\"", 1);
        let edited = Atlas::from_files(&files).expect("still valid");
        assert_ne!(edited.content_hash, embedded_atlas().content_hash);
        let services = test_services(store.clone()).await;
        let (rev, _) = services
            .import_atlas(&Identity::Operator, &edited, "edit", "test", ImportOptions::default())
            .await
            .expect("import");
        assert_eq!(rev.id, 2);
        let back = store.load_atlas().await.expect("load").expect("atlas");
        assert!(back.country("DK").expect("DK").actors.iter().any(|a| a.name.ends_with("(edited)")));
        assert_eq!(back.content_hash, edited.content_hash);
        let current = store.current_revision().await.expect("rev").expect("some");
        assert_eq!((current.origin.as_str(), current.made_by.as_str()), ("import", "test"));
        // History: revision 1 still holds the 2013 facts, exactly.
        let (first, old) = store.load_revision(1).await.expect("load").expect("revision 1");
        assert!(first.facts_kept);
        assert_eq!(old, embedded_atlas());
        assert_eq!(services.atlas().revision.id, 2, "the services serve the new revision");
        let at1 = services.atlas_at(Some(1)).await.expect("revision 1");
        assert!(!at1.atlas.country("DK").expect("DK").actors.iter().any(|a| a.name.ends_with("(edited)")));
        assert!(matches!(services.atlas_at(Some(99)).await, Err(opennrm_service::ServiceError::NotFound(_))));
    }
}

on_both_backends! {
    async fn a_replacement_that_fails_midway_leaves_the_previous_atlas(db) {
        let store = db.loaded_store().await;
        let before = store.load_atlas().await.expect("load").expect("atlas");
        // An atlas the database must refuse: the same mechanism id in two countries
        // breaks the primary key after many rows were already written.
        let mut broken = before.clone();
        let dup = broken.countries[0].mechanisms[0].clone();
        let last = broken.countries.len() - 1;
        broken.countries[last].mechanisms.push(dup);
        broken.content_hash = "broken".into();
        let services = test_services(store.clone()).await;
        let refused = services
            .import_atlas(&Identity::Operator, &broken, "broken", "test", ImportOptions::default())
            .await;
        assert!(refused.is_err());
        let after = store.load_atlas().await.expect("load").expect("atlas");
        assert_eq!(before, after, "nothing may change when a replacement fails");
        assert_eq!(store.revisions().await.expect("revisions").len(), 1);
    }
}

on_both_backends! {
    async fn a_database_from_before_format_2_keeps_its_mechanisms_as_formal_or_absent(db) {
        use sqlx::migrate::Migrator;
        // Migrate up to the schema before 20261203000005_mechanism_status, as an existing
        // installation would have it, and write a revision the way that schema held it.
        const STATUS_MIGRATION: i64 = 20261203000005;
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("crates/store/migrations").join(db.backend);
        let mut before = Migrator::new(dir).await.expect("migrations");
        before.migrations = before.migrations.iter().filter(|m| m.version < STATUS_MIGRATION).cloned().collect::<Vec<_>>().into();
        assert!(before.migrations.iter().any(|m| m.description == "atlas history"), "{:?}", before.migrations.iter().map(|m| &m.description).collect::<Vec<_>>());
        let statements = [
            "INSERT INTO atlas_revision (id, label, content_hash, origin, made_by, created_at, facts_kept) VALUES (1, 'old', 'h', 'embedded', 'test', '2026-12-01T00:00:00Z', TRUE)",
            "INSERT INTO atlas_country (revision_id, code, name, native_name, chapter) VALUES (1, 'DK', 'Denmark', NULL, 'DENMARK')",
            "INSERT INTO atlas_actor (revision_id, id, country_code, position, name, sector, level, study_status, src_section, src_quote) VALUES (1, 'dk-cmm', 'DK', 0, 'CMM', 'victim_assistance', 'national', 'participated', 'Findings', 'a quote of the report')",
            "INSERT INTO atlas_mandate (revision_id, actor_id, position, capability, src_section, src_quote) VALUES (1, 'dk-cmm', 0, 'coordinate', 'Mechanisms', 'a quote of the report')",
            "INSERT INTO atlas_mechanism (revision_id, id, country_code, position, kind, name, present, focus, src_section, src_quote) VALUES (1, 'dk-coordinator', 'DK', 0, 'national_coordinator', 'Coordinating role', TRUE, 'all', 'Mechanisms', 'a quote of the report')",
            "INSERT INTO atlas_mechanism (revision_id, id, country_code, position, kind, name, present, focus, src_section, src_quote) VALUES (1, 'dk-mou', 'DK', 1, 'mou', 'No MoU', FALSE, 'all', 'Mechanisms', 'a quote of the report')",
        ];
        match db.backend {
            "sqlite" => {
                use std::str::FromStr;
                let options = sqlx::sqlite::SqliteConnectOptions::from_str(&db.url).expect("url").create_if_missing(true);
                let pool = sqlx::SqlitePool::connect_with(options).await.expect("connect");
                before.run(&pool).await.expect("old schema");
                for s in statements { sqlx::query(s).execute(&pool).await.expect(s); }
                pool.close().await;
            }
            _ => {
                let pool = sqlx::PgPool::connect(&db.url).await.expect("connect");
                before.run(&pool).await.expect("old schema");
                for s in statements { sqlx::query(s).execute(&pool).await.expect(s); }
                pool.close().await;
            }
        }
        // The upgrade: the yes/no becomes the nearest grade, and mandates are held.
        let store = db.store().await;
        let (_, atlas) = store.load_current().await.expect("load").expect("revision 1");
        let dk = atlas.country("DK").expect("DK");
        let status: Vec<(&str, MechanismStatus)> = dk.mechanisms.iter().map(|m| (m.id.as_str(), m.status)).collect();
        assert_eq!(status, [("dk-coordinator", MechanismStatus::Formal), ("dk-mou", MechanismStatus::Absent)]);
        assert!(dk.actors[0].mandates.iter().all(|m| !m.denied));
    }
}
