//! The audit log on both backends: an intact chain verifies, every kind of tampering is
//! named by row, the database refuses edits, appends follow their transaction and
//! concurrent writers lose nothing; and the `opennrm audit` commands.

use opennrm_store::{
    AuditEvent, AuditFilter, AuditKey, Problem, ProblemKind, Store, StoreError, append_postgres,
    append_sqlite,
};
use serde_json::json;

use crate::on_both_backends;
use crate::support::count;
use crate::support::{TestDb, run_cli_with_env};

/// The master secret the tests seal with, and its hex form for the CLI.
const SECRET: [u8; 32] = [7; 32];

fn secret_hex() -> String {
    SECRET.iter().map(|b| format!("{b:02x}")).collect()
}

fn key() -> AuditKey {
    AuditKey::derive(&SECRET)
}

/// Events 1..=n by alternating actors, actions and outcomes.
async fn record(store: &Store, n: usize) {
    const ACTIONS: [(&str, &str, &str); 4] = [
        ("user:alice", "auth.sign_in", "ok"),
        ("anonymous", "auth.sign_in_failed", "failed"),
        ("user:bob", "user.role_changed", "ok"),
        ("cli", "atlas.imported", "denied"),
    ];
    for i in 0..n {
        let (actor, action, outcome) = ACTIONS[i % ACTIONS.len()];
        let object = format!("user:{i}");
        let ev = AuditEvent {
            actor,
            action,
            object: Some(&object),
            outcome,
            address: (i % 2 == 0).then_some("192.0.2.7"),
            detail: json!({ "n": i }),
        };
        store.audit(&key(), &ev).await.expect("append");
    }
}

async fn exec(store: &Store, sql: &str) -> Result<u64, sqlx::Error> {
    match store {
        Store::Sqlite(p) => sqlx::query(sql).execute(p).await.map(|r| r.rows_affected()),
        Store::Postgres(p) => sqlx::query(sql).execute(p).await.map(|r| r.rows_affected()),
    }
}

/// What an attacker with DDL rights does first.
async fn drop_guards(store: &Store) {
    let on = match store {
        Store::Sqlite(_) => "",
        Store::Postgres(_) => " ON audit_event",
    };
    for trigger in ["audit_event_no_update", "audit_event_no_delete"] {
        exec(store, &format!("DROP TRIGGER {trigger}{on}"))
            .await
            .expect("drop trigger");
    }
}

async fn problems(store: &Store) -> Vec<Problem> {
    store.audit_verify(&key()).await.expect("verify").problems
}

fn at(seq: i64, kind: ProblemKind) -> Problem {
    Problem { seq, kind }
}

on_both_backends! {
    async fn an_intact_chain_verifies(db) {
        let store = db.store().await;
        let empty = store.audit_verify(&key()).await.expect("verify");
        assert_eq!((empty.rows, empty.is_intact()), (0, true), "a fresh log is intact on {}", db.backend);
        record(&store, 5).await;
        let report = store.audit_verify(&key()).await.expect("verify");
        assert_eq!(report.rows, 5);
        assert_eq!(report.problems, vec![], "on {}", db.backend);
        let rows = store.audit_list(&AuditFilter::default()).await.expect("list");
        let seqs: Vec<i64> = rows.iter().map(|r| r.seq).collect();
        assert_eq!(seqs, [5, 4, 3, 2, 1], "newest first, numbered from 1");
        assert_eq!(rows[4].prev_hash, opennrm_store::GENESIS_HASH);
        assert!(rows.windows(2).all(|w| w[0].prev_hash == w[1].hash), "each row links to the one before");
        assert_eq!(rows[4].detail, r#"{"n":0}"#);
        assert!(rows.iter().all(|r| r.at.ends_with('Z') && r.hash.len() == 64));
    }
}

on_both_backends! {
    async fn an_edited_row_is_reported_as_altered(db) {
        let store = db.store().await;
        record(&store, 5).await;
        drop_guards(&store).await;
        exec(&store, "UPDATE audit_event SET action = 'auth.sign_in' WHERE seq = 3").await.expect("tamper");
        let found = problems(&store).await;
        assert_eq!(found, vec![at(3, ProblemKind::Altered)], "on {}", db.backend);
        assert_eq!(found[0].to_string(), "row 3: content does not match its hash (altered)");
    }
}

on_both_backends! {
    async fn a_deleted_middle_row_is_reported_missing(db) {
        let store = db.store().await;
        record(&store, 5).await;
        drop_guards(&store).await;
        exec(&store, "DELETE FROM audit_event WHERE seq = 3").await.expect("tamper");
        let found = problems(&store).await;
        assert_eq!(found, vec![at(4, ProblemKind::Missing { expected_seq: 3 })], "on {}", db.backend);
        assert_eq!(found[0].to_string(), "row 4: row 3 before it is missing (deleted)");
    }
}

on_both_backends! {
    async fn swapped_rows_are_reported(db) {
        let store = db.store().await;
        record(&store, 5).await;
        drop_guards(&store).await;
        for sql in [
            "UPDATE audit_event SET seq = 1000 WHERE seq = 2",
            "UPDATE audit_event SET seq = 2 WHERE seq = 3",
            "UPDATE audit_event SET seq = 3 WHERE seq = 1000",
        ] {
            exec(&store, sql).await.expect("tamper");
        }
        let found = problems(&store).await;
        for seq in [2, 3] {
            assert!(found.contains(&at(seq, ProblemKind::Altered)), "row {seq} on {}: {found:?}", db.backend);
            assert!(found.contains(&at(seq, ProblemKind::BrokenLink)), "row {seq} on {}: {found:?}", db.backend);
        }
        assert!(found.iter().all(|p| (2..=4).contains(&p.seq)), "only the moved rows and their neighbour: {found:?}");
    }
}

on_both_backends! {
    async fn a_deleted_last_row_is_reported_as_a_head_mismatch(db) {
        let store = db.store().await;
        record(&store, 5).await;
        drop_guards(&store).await;
        exec(&store, "DELETE FROM audit_event WHERE seq = 5").await.expect("tamper");
        let found = problems(&store).await;
        assert_eq!(found, vec![at(4, ProblemKind::HeadMismatch { head_seq: 5 })], "on {}", db.backend);
        assert!(found[0].to_string().starts_with("row 4: the log ends here but its head records 5 rows"));
    }
}

on_both_backends! {
    async fn the_database_refuses_to_change_or_remove_audit_rows(db) {
        let store = db.store().await;
        record(&store, 3).await;
        let refused = [
            "UPDATE audit_event SET action = 'x' WHERE seq = 2",
            "DELETE FROM audit_event WHERE seq = 3",
            "DELETE FROM audit_event",
            "DELETE FROM audit_head",
            "UPDATE audit_head SET seq = 1",
        ];
        for sql in refused {
            let err = exec(&store, sql).await.expect_err(sql);
            let text = err.to_string();
            assert!(text.contains("append-only") || text.contains("audit_head"), "{sql} on {}: {text}", db.backend);
        }
        if db.backend == "postgres" {
            for sql in ["TRUNCATE audit_event", "TRUNCATE audit_head"] {
                exec(&store, sql).await.expect_err(sql);
            }
        }
        let report = store.audit_verify(&key()).await.expect("verify");
        assert_eq!((report.rows, report.problems), (3, vec![]));
    }
}

on_both_backends! {
    async fn a_different_key_fails_every_row(db) {
        let store = db.store().await;
        record(&store, 3).await;
        let report = store.audit_verify(&AuditKey::derive(&[8; 32])).await.expect("verify");
        let altered: Vec<i64> = report.problems.iter().filter(|p| p.kind == ProblemKind::Altered).map(|p| p.seq).collect();
        assert_eq!(altered, [1, 2, 3]);
    }
}

on_both_backends! {
    async fn audit_list_filters_and_pages(db) {
        let store = db.store().await;
        record(&store, 8).await;
        let list = |filter: AuditFilter| {
            let store = store.clone();
            async move {
                store.audit_list(&filter).await.expect("list").iter().map(|r| r.seq).collect::<Vec<_>>()
            }
        };
        let by_action = list(AuditFilter { action_prefix: Some("auth.".into()), ..AuditFilter::default() }).await;
        assert_eq!(by_action, [6, 5, 2, 1]);
        let exact_prefix = list(AuditFilter { action_prefix: Some("auth.sign_in".into()), ..AuditFilter::default() }).await;
        assert_eq!(exact_prefix, [6, 5, 2, 1], "a prefix, so sign_in_failed too");
        let no_wildcards = list(AuditFilter { action_prefix: Some("auth%".into()), ..AuditFilter::default() }).await;
        assert_eq!(no_wildcards, Vec::<i64>::new(), "% is literal");
        let case_sensitive = list(AuditFilter { action_prefix: Some("AUTH.".into()), ..AuditFilter::default() }).await;
        assert_eq!(case_sensitive, Vec::<i64>::new());
        let by_actor = list(AuditFilter { actor: Some("user:bob".into()), ..AuditFilter::default() }).await;
        assert_eq!(by_actor, [7, 3]);
        let by_outcome = list(AuditFilter { outcome: Some("failed".into()), ..AuditFilter::default() }).await;
        assert_eq!(by_outcome, [6, 2]);
        let page = list(AuditFilter { limit: 3, ..AuditFilter::default() }).await;
        assert_eq!(page, [8, 7, 6]);
        let next = list(AuditFilter { limit: 3, before_seq: Some(6), ..AuditFilter::default() }).await;
        assert_eq!(next, [5, 4, 3]);
        let clamped = list(AuditFilter { limit: 0, ..AuditFilter::default() }).await;
        assert_eq!(clamped, [8], "a limit of 0 is clamped to 1");
        let all = list(AuditFilter { limit: u32::MAX, ..AuditFilter::default() }).await;
        assert_eq!(all.len(), 8);
        let now = store.audit_list(&AuditFilter::default()).await.expect("list")[0].at.clone();
        let since_now = list(AuditFilter { since: Some(now.clone()), ..AuditFilter::default() }).await;
        assert!(!since_now.is_empty() && since_now[0] == 8);
        let before_2000 = list(AuditFilter { until: Some("2000-01-01".into()), ..AuditFilter::default() }).await;
        assert_eq!(before_2000, Vec::<i64>::new());
        let combined = list(AuditFilter { action_prefix: Some("auth.".into()), actor: Some("anonymous".into()), since: Some("2000".into()), until: Some("9999".into()), ..AuditFilter::default() }).await;
        assert_eq!(combined, [6, 2]);
    }
}

/// Appends `ev` inside a transaction on the store's own pool, then commits or rolls back.
async fn append_in_transaction(store: &Store, ev: &AuditEvent<'_>, commit: bool) -> i64 {
    match store {
        Store::Sqlite(p) => {
            let mut tx = p.begin().await.expect("begin");
            let seq = append_sqlite(&mut tx, &key(), ev).await.expect("append");
            if commit {
                tx.commit().await.expect("commit")
            } else {
                tx.rollback().await.expect("rollback")
            }
            seq
        }
        Store::Postgres(p) => {
            let mut tx = p.begin().await.expect("begin");
            let seq = append_postgres(&mut tx, &key(), ev).await.expect("append");
            if commit {
                tx.commit().await.expect("commit")
            } else {
                tx.rollback().await.expect("rollback")
            }
            seq
        }
    }
}

on_both_backends! {
    async fn an_append_commits_or_rolls_back_with_its_transaction(db) {
        let store = db.store().await;
        let ev = AuditEvent { actor: "system", action: "test.rolled_back", object: None, outcome: "ok", address: None, detail: serde_json::Value::Null };
        assert_eq!(append_in_transaction(&store, &ev, false).await, 1);
        assert!(store.audit_list(&AuditFilter::default()).await.expect("list").is_empty(), "rolled back with the change it recorded");
        let ev = AuditEvent { action: "test.committed", ..ev };
        assert_eq!(append_in_transaction(&store, &ev, true).await, 1, "the rolled-back seq is not burnt");
        let rows = store.audit_list(&AuditFilter::default()).await.expect("list");
        assert_eq!((rows.len(), rows[0].action.as_str(), rows[0].detail.as_str()), (1, "test.committed", "{}"));
        assert_eq!(problems(&store).await, vec![]);
    }
}

on_both_backends! {
    async fn malformed_events_are_refused_and_leave_no_trace(db) {
        let store = db.store().await;
        let good = AuditEvent { actor: "system", action: "test.event", object: None, outcome: "ok", address: None, detail: json!({}) };
        let bad = [
            AuditEvent { outcome: "maybe", ..good.clone() },
            AuditEvent { actor: "", ..good.clone() },
            AuditEvent { action: "", ..good.clone() },
            AuditEvent { detail: json!(["not", "an", "object"]), ..good.clone() },
        ];
        for ev in &bad {
            let err = store.audit(&key(), ev).await.expect_err("refused");
            assert!(matches!(err, StoreError::InvalidAuditEvent(_)), "{err}");
        }
        assert_eq!(store.audit(&key(), &good).await.expect("append"), 1);
        let report = store.audit_verify(&key()).await.expect("verify");
        assert_eq!((report.rows, report.problems), (1, vec![]));
    }
}

on_both_backends! {
    async fn concurrent_appends_keep_one_unbroken_chain(db) {
        let store = db.store().await;
        let tasks: Vec<_> = (0..16)
            .map(|t| {
                let store = store.clone();
                tokio::spawn(async move {
                    let actor = format!("user:{t}");
                    let mut seqs = Vec::new();
                    for i in 0..25 {
                        let ev = AuditEvent { actor: &actor, action: "test.concurrent", object: None, outcome: "ok", address: None, detail: json!({ "i": i }) };
                        seqs.push(store.audit(&key(), &ev).await.expect("append"));
                    }
                    seqs
                })
            })
            .collect();
        let mut seqs = Vec::new();
        for task in tasks {
            seqs.extend(task.await.expect("task"));
        }
        seqs.sort_unstable();
        assert_eq!(seqs, (1..=400).collect::<Vec<i64>>(), "every append got its own seq on {}", db.backend);
        let report = store.audit_verify(&key()).await.expect("verify");
        assert_eq!((report.rows, report.problems), (400, vec![]), "on {}", db.backend);
        let listed = store.audit_list(&AuditFilter { limit: 500, ..AuditFilter::default() }).await.expect("list");
        assert_eq!(listed.len(), 400);
        assert!(listed.windows(2).all(|w| w[0].at >= w[1].at), "time never goes backwards as seq goes up");
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_cli_verifies_the_log_and_names_a_tampered_row() {
    let db = TestDb::sqlite().await;
    let store = db.store().await;
    record(&store, 4).await;
    let url = db.url.clone();
    let data = tempfile::tempdir().expect("tmp");
    let data_dir = data.path().to_str().expect("utf8").to_string();
    let secret = secret_hex();
    let cli = move |args: &'static [&'static str]| {
        let (url, data_dir, secret) = (url.clone(), data_dir.clone(), secret.clone());
        tokio::task::spawn_blocking(move || {
            run_cli_with_env(
                Some(&url),
                &[
                    ("OPENNRM_SECRET_KEY", &secret),
                    ("OPENNRM_DATA_DIR", &data_dir),
                ],
                args,
            )
        })
    };

    let (code, out, err) = cli(&["audit", "verify"]).await.expect("run");
    assert_eq!(code, 0, "{out}{err}");
    assert_eq!(out.trim(), "audit log intact: 4 rows");

    let (code, out, err) = cli(&["audit", "list", "--action", "auth.", "--limit", "10"])
        .await
        .expect("run");
    assert_eq!(code, 0, "{err}");
    let lines: Vec<&str> = out.lines().collect();
    assert_eq!(lines.len(), 2, "{out}");
    assert!(
        lines[0].contains("auth.sign_in_failed") && lines[0].contains("anonymous"),
        "{out}"
    );
    assert!(lines[1].trim_start().starts_with("1 "), "{out}");
    assert!(!out.contains("\"n\""), "no detail in the listing: {out}");

    drop_guards(&store).await;
    exec(
        &store,
        "UPDATE audit_event SET actor = 'user:mallory' WHERE seq = 2",
    )
    .await
    .expect("tamper");
    let (code, out, _) = cli(&["audit", "verify"]).await.expect("run");
    assert_eq!(code, 1, "{out}");
    assert!(
        out.contains("row 2: content does not match its hash (altered)"),
        "{out}"
    );
    assert!(
        out.contains("audit log NOT intact: 1 problems in 4 rows"),
        "{out}"
    );
    assert!(
        !out.contains(&secret_hex()),
        "the secret never reaches the output"
    );
    store.close().await;
    db.cleanup().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_cli_keeps_a_private_generated_secret_for_sqlite() {
    let db = TestDb::sqlite().await;
    let data = tempfile::tempdir().expect("tmp");
    let data_dir = data.path().to_str().expect("utf8").to_string();
    let url = db.url.clone();
    let run = move || {
        let (url, data_dir) = (url.clone(), data_dir.clone());
        tokio::task::spawn_blocking(move || {
            run_cli_with_env(
                Some(&url),
                &[("OPENNRM_SECRET_KEY", ""), ("OPENNRM_DATA_DIR", &data_dir)],
                &["audit", "verify"],
            )
        })
    };
    let (code, out, err) = run().await.expect("run");
    assert_eq!(code, 0, "{out}{err}");
    let path = data.path().join("secret.key");
    let first = std::fs::read_to_string(&path).expect("secret.key created");
    assert_eq!(first.trim().len(), 64);
    assert!(first.trim().bytes().all(|b| b.is_ascii_hexdigit()));
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(&path).expect("meta").permissions().mode();
        assert_eq!(mode & 0o777, 0o600, "readable by its owner only");
    }
    assert!(
        !out.contains(first.trim()) && !err.contains(first.trim()),
        "never printed"
    );

    // The generated secret seals what the node writes, and is kept on the next run.
    let secret: Vec<u8> = (0..32)
        .map(|i| u8::from_str_radix(&first[2 * i..2 * i + 2], 16).expect("hex"))
        .collect();
    let store = db.store().await;
    store
        .audit(
            &AuditKey::derive(&secret),
            &AuditEvent {
                actor: "cli",
                action: "test.event",
                object: None,
                outcome: "ok",
                address: None,
                detail: json!({}),
            },
        )
        .await
        .expect("append");
    let (code, out, err) = run().await.expect("run");
    assert_eq!(code, 0, "{out}{err}");
    assert_eq!(out.trim(), "audit log intact: 1 rows");
    assert_eq!(std::fs::read_to_string(&path).expect("read"), first);
    store.close().await;
    db.cleanup().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_cli_requires_a_configured_secret_with_postgres() {
    let db = TestDb::postgres().await;
    let url = db.url.clone();
    let (code, out, err) = tokio::task::spawn_blocking(move || {
        run_cli_with_env(
            Some(&url),
            &[("OPENNRM_SECRET_KEY", "")],
            &["audit", "verify"],
        )
    })
    .await
    .expect("run");
    assert_ne!(code, 0, "{out}");
    assert!(
        err.contains("a secret key is required with postgres") && err.contains("every node"),
        "{err}"
    );
    let url = db.url.clone();
    let (code, _, err) = tokio::task::spawn_blocking(move || {
        run_cli_with_env(
            Some(&url),
            &[("OPENNRM_SECRET_KEY", "0123456789abcdefXYZ")],
            &["audit", "verify"],
        )
    })
    .await
    .expect("run");
    assert_ne!(code, 0);
    assert!(err.contains("is not valid hex"), "{err}");
    assert!(
        !err.contains("XYZ") && !err.contains("0123"),
        "the value is never echoed: {err}"
    );
    db.cleanup().await;
}

/// A case row with the given id (and a reference made from it), as a plan.
fn case_plan(id: &str) -> opennrm_store::Plan {
    let case = opennrm_store::CaseRecord {
        id: id.to_string(),
        reference: format!("FI-{id}"),
        country_code: "FI".into(),
        organisation_id: "fi-labour-inspectorate".into(),
        officer_id: "u1".into(),
        work_sector: None,
        region: None,
        exploitation: "labour".into(),
        persons: 1,
        level: None,
        created_at: opennrm_store::now(),
        updated_at: opennrm_store::now(),
        anonymised_at: None,
        inspection_id: None,
    };
    let object = format!("case:FI-{id}");
    let audit = opennrm_store::Audited {
        key: &key(),
        event: AuditEvent {
            actor: "user:u1",
            action: "case.opened",
            object: Some(&object),
            outcome: "ok",
            address: None,
            detail: json!({}),
        },
    };
    opennrm_store::Plan::insert_case(
        &opennrm_store::NewCase {
            case: &case,
            persons: &[],
            screenings: &[],
            // The store keeps what it is given; only the services wrap real keys.
            wrapped_key: "m1:00:00",
        },
        &audit,
    )
    .expect("plan")
}

/// PostgreSQL: how many transactions wrote the audit rows from `from_seq` on.
async fn transactions_of_audit_rows(store: &Store, from_seq: i64) -> i64 {
    let sql = format!("SELECT COUNT(DISTINCT xmin::text) FROM audit_event WHERE seq >= {from_seq}");
    count(store, &sql).await
}

on_both_backends! {
    async fn a_batch_commits_its_good_plans_when_one_fails(db) {
        use opennrm_store::Applied;
        let store = db.store().await;
        // One transaction: a, then b, then a again (a taken key), then c.
        let results = store.apply_all(&[case_plan("a"), case_plan("b"), case_plan("a"), case_plan("c")]).await;
        assert!(matches!(results[0], Ok(Applied::Done { audit_seq: 1 })), "{results:?}");
        assert!(matches!(results[1], Ok(Applied::Done { audit_seq: 2 })), "{results:?}");
        assert!(matches!(&results[2], Err(StoreError::Conflict(m)) if m.contains("a case with this reference")), "{results:?}");
        assert!(matches!(results[3], Ok(Applied::Done { audit_seq: 3 })), "{results:?}");
        assert_eq!(count(&store, "SELECT COUNT(*) FROM referral_case").await, 3, "on {}", db.backend);
        let report = store.audit_verify(&key()).await.expect("verify");
        assert_eq!((report.rows, report.problems), (3, vec![]), "no audit row for the plan that failed, on {}", db.backend);
        // A batch that works is one transaction, chained on from the rows before it.
        let results = store.apply_all(&[case_plan("d"), case_plan("e")]).await;
        assert!(results.iter().all(|r| r.as_ref().is_ok_and(|a| a.is_done())), "{results:?}");
        let listed = store.audit_list(&AuditFilter { limit: 3, ..AuditFilter::default() }).await.expect("list");
        assert_eq!((listed[0].seq, listed[1].seq), (5, 4));
        assert_eq!((&listed[0].prev_hash, &listed[1].prev_hash), (&listed[1].hash, &listed[2].hash));
        if let Store::Postgres(_) = store {
            assert_eq!(transactions_of_audit_rows(&store, 4).await, 1, "seq 4 and 5 in one transaction");
        }
    }
}

on_both_backends! {
    async fn the_writer_commits_concurrent_plans_in_one_unbroken_chain(db) {
        let store = db.store().await;
        let writer = opennrm_store::Writer::new(store.clone());
        // 24 tasks × 10 cases, one of every task's cases taken by task 0 as well.
        let tasks: Vec<_> = (0..24)
            .map(|t| {
                let writer = writer.clone();
                tokio::spawn(async move {
                    let mut out = Vec::new();
                    for i in 0..10 {
                        let id = if i == 9 { "shared".to_string() } else { format!("t{t}-{i}") };
                        out.push(writer.apply(case_plan(&id)).await);
                    }
                    out
                })
            })
            .collect();
        let mut seqs = Vec::new();
        let mut conflicts = 0;
        for task in tasks {
            for r in task.await.expect("task") {
                match r {
                    Ok(opennrm_store::Applied::Done { audit_seq }) => seqs.push(audit_seq),
                    Err(StoreError::Conflict(_)) => conflicts += 1,
                    other => panic!("unexpected {other:?} on {}", db.backend),
                }
            }
        }
        assert_eq!(conflicts, 23, "the shared id is taken once, on {}", db.backend);
        seqs.sort_unstable();
        assert_eq!(seqs, (1..=217).collect::<Vec<i64>>(), "one seq per committed change, on {}", db.backend);
        assert_eq!(count(&store, "SELECT COUNT(*) FROM referral_case").await, 217);
        let report = store.audit_verify(&key()).await.expect("verify");
        assert_eq!((report.rows, report.problems), (217, vec![]), "on {}", db.backend);
        // Batches did form (PostgreSQL shows which transaction wrote a row).
        if let Store::Postgres(_) = store {
            let transactions = transactions_of_audit_rows(&store, 1).await;
            assert!(transactions < 217, "{transactions} transactions for 217 changes");
        }
        writer.close().await;
    }
}
