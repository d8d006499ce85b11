//! Storage of referral cases (migration `referral`): cases, persons, screenings, notes,
//! the consent ledger, referrals and their events. Personal values arrive sealed (the
//! service layer seals and opens them); this module never sees a plain name. Every change
//! is written with its audit row in one transaction; sending referrals is a durable commit
//! (SQLite `synchronous = FULL` for that transaction, PostgreSQL's default fsync).

use sqlx::Row;

use crate::platform::{AppendAudit, Audited};

/// Inserts referrals and their first event on a transaction of either backend.
macro_rules! write_referrals {
    ($tx:expr, $referrals:expr) => {
        for r in $referrals {
            sqlx::query("INSERT INTO referral (id, case_id, person_id, rule_id, action, from_org, to_org, consent_purpose, state, message_ct, deadline_at, created_by, created_at, updated_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14)")
                .bind(&r.id).bind(&r.case_id).bind(&r.person_id).bind(&r.rule_id).bind(&r.action)
                .bind(&r.from_org).bind(&r.to_org).bind(&r.consent_purpose).bind(&r.state)
                .bind(&r.message_ct).bind(&r.deadline_at).bind(&r.created_by).bind(&r.created_at).bind(&r.updated_at)
                .execute(&mut *$tx).await?;
            sqlx::query("INSERT INTO referral_event (referral_id, seq, at, by_user, by_org, kind, to_state, detail) VALUES ($1, 1, $2, $3, $4, 'send', 'sent', '{}')")
                .bind(&r.id).bind(&r.created_at).bind(&r.created_by).bind(&r.from_org)
                .execute(&mut *$tx).await?;
            sqlx::query("UPDATE referral_case SET updated_at = $2 WHERE id = $1").bind(&r.case_id).bind(&r.created_at).execute(&mut *$tx).await?;
        }
    };
}
use crate::{Store, StoreError, with_pool};

#[derive(Debug, Clone, PartialEq, Eq, sqlx::FromRow)]
pub struct CaseRecord {
    pub id: String,
    pub reference: String,
    pub country_code: String,
    pub organisation_id: String,
    pub officer_id: String,
    pub work_sector: Option<String>,
    pub region: Option<String>,
    pub exploitation: String,
    pub persons: i64,
    pub level: Option<String>,
    pub created_at: String,
    pub updated_at: String,
}

#[derive(Debug, Clone, PartialEq, Eq, sqlx::FromRow)]
pub struct PersonRecord {
    pub id: String,
    pub case_id: String,
    pub position: i64,
    pub residence: String,
    pub age_group: String,
    pub count: i64,
    pub name_ct: Option<String>,
    pub birth_date_ct: Option<String>,
    pub nationality_ct: Option<String>,
    pub contact_ct: Option<String>,
    pub created_at: String,
}

#[derive(Debug, Clone, PartialEq, Eq, sqlx::FromRow)]
pub struct CaseScreeningRecord {
    pub id: String,
    pub case_id: String,
    pub request: String,
    pub level: String,
    pub created_by: String,
    pub created_at: String,
}

#[derive(Debug, Clone, PartialEq, Eq, sqlx::FromRow)]
pub struct NoteRecord {
    pub id: String,
    pub case_id: String,
    pub author_id: String,
    pub organisation_id: String,
    pub body_ct: String,
    pub created_at: String,
}

#[derive(Debug, Clone, PartialEq, Eq, sqlx::FromRow)]
pub struct ConsentRecord {
    pub id: String,
    pub case_id: String,
    pub person_id: String,
    pub purpose: String,
    pub organisation_id: Option<String>,
    pub method: String,
    pub recorded_by: String,
    pub recorded_at: String,
    pub withdrawn_at: Option<String>,
    pub withdrawn_by: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, sqlx::FromRow)]
pub struct ReferralRecord {
    pub id: String,
    pub case_id: String,
    pub person_id: String,
    pub rule_id: String,
    pub action: String,
    pub from_org: String,
    pub to_org: String,
    pub consent_purpose: Option<String>,
    pub state: String,
    pub message_ct: Option<String>,
    pub deadline_at: Option<String>,
    pub created_by: String,
    pub created_at: String,
    pub updated_at: String,
}

#[derive(Debug, Clone, PartialEq, Eq, sqlx::FromRow)]
pub struct ReferralEventRecord {
    pub referral_id: String,
    pub seq: i64,
    pub at: String,
    pub by_user: String,
    pub by_org: String,
    pub kind: String,
    pub to_state: String,
    pub detail: String,
    pub reason_ct: Option<String>,
}

/// A referral in an inbox or a coordinator's list, with its case's reference.
#[derive(Debug, Clone, PartialEq, Eq, sqlx::FromRow)]
pub struct InboxRow {
    #[sqlx(flatten)]
    pub referral: ReferralRecord,
    pub reference: String,
}

/// One sealed value, where it lives, for key rotation.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SealedValue {
    pub table: &'static str,
    pub column: &'static str,
    /// The row's key: `id`, or `referral_id/seq` for events.
    pub row: String,
    pub sealed: String,
}

/// Every column that holds a sealed value: (table, column, key expression).
pub const SEALED_COLUMNS: [(&str, &str); 7] = [
    ("case_person", "name_ct"),
    ("case_person", "birth_date_ct"),
    ("case_person", "nationality_ct"),
    ("case_person", "contact_ct"),
    ("case_note", "body_ct"),
    ("referral", "message_ct"),
    ("referral_event", "reason_ct"),
];

/// A new case with what it starts with.
pub struct NewCase<'a> {
    pub case: &'a CaseRecord,
    pub persons: &'a [PersonRecord],
    pub screenings: &'a [CaseScreeningRecord],
}

const REFERRAL_COLUMNS: &str = "r.id, r.case_id, r.person_id, r.rule_id, r.action, r.from_org, r.to_org, r.consent_purpose, r.state, r.message_ct, r.deadline_at, r.created_by, r.created_at, r.updated_at";

impl Store {
    pub async fn insert_case(
        &self,
        n: &NewCase<'_>,
        audit: &Audited<'_>,
    ) -> Result<(), StoreError> {
        let c = n.case;
        with_pool!(self, p => {
            let mut tx = p.begin().await?;
            sqlx::query("INSERT INTO referral_case (id, reference, country_code, organisation_id, officer_id, work_sector, region, exploitation, persons, level, created_at, updated_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)")
                .bind(&c.id).bind(&c.reference).bind(&c.country_code).bind(&c.organisation_id).bind(&c.officer_id)
                .bind(&c.work_sector).bind(&c.region).bind(&c.exploitation).bind(c.persons).bind(&c.level)
                .bind(&c.created_at).bind(&c.updated_at)
                .execute(&mut *tx).await?;
            for r in n.persons {
                sqlx::query("INSERT INTO case_person (id, case_id, position, residence, age_group, count, name_ct, birth_date_ct, nationality_ct, contact_ct, created_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)")
                    .bind(&r.id).bind(&r.case_id).bind(r.position).bind(&r.residence).bind(&r.age_group).bind(r.count)
                    .bind(&r.name_ct).bind(&r.birth_date_ct).bind(&r.nationality_ct).bind(&r.contact_ct).bind(&r.created_at)
                    .execute(&mut *tx).await?;
            }
            for s in n.screenings {
                sqlx::query("INSERT INTO case_screening (id, case_id, request, level, created_by, created_at) VALUES ($1, $2, $3, $4, $5, $6)")
                    .bind(&s.id).bind(&s.case_id).bind(&s.request).bind(&s.level).bind(&s.created_by).bind(&s.created_at)
                    .execute(&mut *tx).await?;
            }
            tx.append_audit(audit).await?;
            tx.commit().await?;
        });
        Ok(())
    }

    pub async fn case_by_reference(
        &self,
        reference: &str,
    ) -> Result<Option<CaseRecord>, StoreError> {
        Ok(with_pool!(self, p => {
            sqlx::query_as::<_, CaseRecord>("SELECT * FROM referral_case WHERE reference = $1").bind(reference).fetch_optional(p).await?
        }))
    }

    /// Cases an organisation opened, newest first.
    pub async fn cases_of_organisation(
        &self,
        org: &str,
        limit: i64,
    ) -> Result<Vec<CaseRecord>, StoreError> {
        Ok(with_pool!(self, p => {
            sqlx::query_as::<_, CaseRecord>("SELECT * FROM referral_case WHERE organisation_id = $1 ORDER BY created_at DESC, id LIMIT $2").bind(org).bind(limit).fetch_all(p).await?
        }))
    }

    pub async fn case_persons(&self, case_id: &str) -> Result<Vec<PersonRecord>, StoreError> {
        Ok(with_pool!(self, p => {
            sqlx::query_as::<_, PersonRecord>("SELECT * FROM case_person WHERE case_id = $1 ORDER BY position").bind(case_id).fetch_all(p).await?
        }))
    }

    pub async fn case_screenings(
        &self,
        case_id: &str,
    ) -> Result<Vec<CaseScreeningRecord>, StoreError> {
        Ok(with_pool!(self, p => {
            sqlx::query_as::<_, CaseScreeningRecord>("SELECT * FROM case_screening WHERE case_id = $1 ORDER BY created_at, id").bind(case_id).fetch_all(p).await?
        }))
    }

    pub async fn case_notes(&self, case_id: &str) -> Result<Vec<NoteRecord>, StoreError> {
        Ok(with_pool!(self, p => {
            sqlx::query_as::<_, NoteRecord>("SELECT * FROM case_note WHERE case_id = $1 ORDER BY created_at, id").bind(case_id).fetch_all(p).await?
        }))
    }

    pub async fn case_consents(&self, case_id: &str) -> Result<Vec<ConsentRecord>, StoreError> {
        Ok(with_pool!(self, p => {
            sqlx::query_as::<_, ConsentRecord>("SELECT * FROM consent WHERE case_id = $1 ORDER BY recorded_at, id").bind(case_id).fetch_all(p).await?
        }))
    }

    pub async fn case_referrals(&self, case_id: &str) -> Result<Vec<ReferralRecord>, StoreError> {
        Ok(with_pool!(self, p => {
            sqlx::query_as::<_, ReferralRecord>(&format!("SELECT {REFERRAL_COLUMNS} FROM referral r WHERE r.case_id = $1 ORDER BY r.created_at, r.id")).bind(case_id).fetch_all(p).await?
        }))
    }

    pub async fn referral(&self, id: &str) -> Result<Option<ReferralRecord>, StoreError> {
        Ok(with_pool!(self, p => {
            sqlx::query_as::<_, ReferralRecord>(&format!("SELECT {REFERRAL_COLUMNS} FROM referral r WHERE r.id = $1")).bind(id).fetch_optional(p).await?
        }))
    }

    pub async fn case_by_id(&self, id: &str) -> Result<Option<CaseRecord>, StoreError> {
        Ok(with_pool!(self, p => {
            sqlx::query_as::<_, CaseRecord>("SELECT * FROM referral_case WHERE id = $1").bind(id).fetch_optional(p).await?
        }))
    }

    /// Events of the given referrals, in order.
    pub async fn referral_events(
        &self,
        case_id: &str,
    ) -> Result<Vec<ReferralEventRecord>, StoreError> {
        Ok(with_pool!(self, p => {
            sqlx::query_as::<_, ReferralEventRecord>("SELECT e.* FROM referral_event e JOIN referral r ON r.id = e.referral_id WHERE r.case_id = $1 ORDER BY e.referral_id, e.seq").bind(case_id).fetch_all(p).await?
        }))
    }

    /// Referrals sent to `org` (an inbox), or of every organisation of `country` when
    /// `org` is None (the coordinator's list); open ones first, the longest waiting first.
    pub async fn inbox(
        &self,
        org: Option<&str>,
        country: &str,
        limit: i64,
    ) -> Result<Vec<InboxRow>, StoreError> {
        Ok(with_pool!(self, p => {
            sqlx::query_as::<_, InboxRow>(&format!("SELECT {REFERRAL_COLUMNS}, c.reference FROM referral r JOIN referral_case c ON c.id = r.case_id WHERE c.country_code = $1 AND ($2 IS NULL OR r.to_org = $2) ORDER BY CASE WHEN r.state = 'closed' THEN 1 ELSE 0 END, r.created_at, r.id LIMIT $3"))
                .bind(country).bind(org).bind(limit).fetch_all(p).await?
        }))
    }

    pub async fn insert_note(&self, n: &NoteRecord, audit: &Audited<'_>) -> Result<(), StoreError> {
        with_pool!(self, p => {
            let mut tx = p.begin().await?;
            sqlx::query("INSERT INTO case_note (id, case_id, author_id, organisation_id, body_ct, created_at) VALUES ($1, $2, $3, $4, $5, $6)")
                .bind(&n.id).bind(&n.case_id).bind(&n.author_id).bind(&n.organisation_id).bind(&n.body_ct).bind(&n.created_at)
                .execute(&mut *tx).await?;
            sqlx::query("UPDATE referral_case SET updated_at = $2 WHERE id = $1").bind(&n.case_id).bind(&n.created_at).execute(&mut *tx).await?;
            tx.append_audit(audit).await?;
            tx.commit().await?;
        });
        Ok(())
    }

    pub async fn insert_consent(
        &self,
        c: &ConsentRecord,
        audit: &Audited<'_>,
    ) -> Result<(), StoreError> {
        with_pool!(self, p => {
            let mut tx = p.begin().await?;
            sqlx::query("INSERT INTO consent (id, case_id, person_id, purpose, organisation_id, method, recorded_by, recorded_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)")
                .bind(&c.id).bind(&c.case_id).bind(&c.person_id).bind(&c.purpose).bind(&c.organisation_id)
                .bind(&c.method).bind(&c.recorded_by).bind(&c.recorded_at)
                .execute(&mut *tx).await?;
            tx.append_audit(audit).await?;
            tx.commit().await?;
        });
        Ok(())
    }

    /// Withdraws a consent (once: a withdrawn row is not withdrawn again) and tells every
    /// referral already sent under that purpose for that person, in one transaction, with
    /// a `consent_withdrawn` event each. Returns false when there was nothing to withdraw.
    pub async fn withdraw_consent(
        &self,
        consent_id: &str,
        at: &str,
        by_user: &str,
        by_org: &str,
        audit: &Audited<'_>,
    ) -> Result<bool, StoreError> {
        Ok(with_pool!(self, p => {
            let mut tx = p.begin().await?;
            let done = sqlx::query("UPDATE consent SET withdrawn_at = $2, withdrawn_by = $3 WHERE id = $1 AND withdrawn_at IS NULL")
                .bind(consent_id).bind(at).bind(by_user).execute(&mut *tx).await?.rows_affected();
            if done == 0 {
                tx.rollback().await?;
                false
            } else {
                let row = sqlx::query("SELECT person_id, purpose, organisation_id FROM consent WHERE id = $1").bind(consent_id).fetch_one(&mut *tx).await?;
                let person: String = row.try_get("person_id")?;
                let purpose: String = row.try_get("purpose")?;
                let org: Option<String> = row.try_get("organisation_id")?;
                let told = sqlx::query("SELECT id, state FROM referral WHERE person_id = $1 AND consent_purpose = $2 AND ($3 IS NULL OR to_org = $3) AND state <> 'closed'")
                    .bind(&person).bind(&purpose).bind(&org).fetch_all(&mut *tx).await?;
                for r in &told {
                    let id: String = r.try_get("id")?;
                    let state: String = r.try_get("state")?;
                    let seq: i64 = sqlx::query("SELECT COALESCE(MAX(seq), 0) + 1 AS n FROM referral_event WHERE referral_id = $1").bind(&id).fetch_one(&mut *tx).await?.try_get("n")?;
                    sqlx::query("INSERT INTO referral_event (referral_id, seq, at, by_user, by_org, kind, to_state, detail) VALUES ($1, $2, $3, $4, $5, 'consent_withdrawn', $6, $7)")
                        .bind(&id).bind(seq).bind(at).bind(by_user).bind(by_org).bind(&state)
                        .bind(serde_json::json!({ "purpose": purpose }).to_string())
                        .execute(&mut *tx).await?;
                    sqlx::query("UPDATE referral SET updated_at = $2 WHERE id = $1").bind(&id).bind(at).execute(&mut *tx).await?;
                }
                tx.append_audit(audit).await?;
                tx.commit().await?;
                true
            }
        }))
    }

    /// Sends referrals: the rows, their first event and the audit row in one durable
    /// transaction — once this returns, the referrals survive a crash of the process or
    /// the machine.
    pub async fn insert_referrals(
        &self,
        referrals: &[ReferralRecord],
        audit: &Audited<'_>,
    ) -> Result<(), StoreError> {
        match self {
            Store::Sqlite(p) => {
                let mut conn = p.acquire().await?;
                // WAL with synchronous = NORMAL (the pool's setting) can lose the last
                // commits on power loss; a referral acknowledged to its sender must not.
                sqlx::query("PRAGMA synchronous = FULL")
                    .execute(&mut *conn)
                    .await?;
                let result = async {
                    let mut tx = sqlx::Connection::begin(&mut *conn).await?;
                    write_referrals!(tx, referrals);
                    tx.append_audit(audit).await?;
                    tx.commit().await?;
                    Ok::<(), StoreError>(())
                }
                .await;
                sqlx::query("PRAGMA synchronous = NORMAL")
                    .execute(&mut *conn)
                    .await?;
                result
            }
            Store::Postgres(p) => {
                let mut tx = p.begin().await?;
                write_referrals!(tx, referrals);
                tx.append_audit(audit).await?;
                tx.commit().await?;
                Ok(())
            }
        }
    }

    /// Moves a referral from `from_state` with `event` (at `event.seq`, the next step as
    /// the caller read it); false when it is no longer in `from_state` (someone else moved
    /// it first), so two clicks cannot both win, and a conflict when another event took
    /// that seq meanwhile.
    pub async fn transition_referral(
        &self,
        from_state: &str,
        event: &ReferralEventRecord,
        audit: &Audited<'_>,
    ) -> Result<bool, StoreError> {
        Ok(with_pool!(self, p => {
            let mut tx = p.begin().await?;
            let n = sqlx::query("UPDATE referral SET state = $3, updated_at = $4 WHERE id = $1 AND state = $2")
                .bind(&event.referral_id).bind(from_state).bind(&event.to_state).bind(&event.at)
                .execute(&mut *tx).await?.rows_affected();
            if n == 0 {
                tx.rollback().await?;
                false
            } else {
                // The caller's seq, not MAX + 1: a sealed reason is bound to it, so an event
                // written meanwhile (a consent withdrawal) must make this step fail on the
                // primary key rather than move the reason to a place it does not open in.
                sqlx::query("INSERT INTO referral_event (referral_id, seq, at, by_user, by_org, kind, to_state, detail, reason_ct) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)")
                    .bind(&event.referral_id).bind(event.seq).bind(&event.at).bind(&event.by_user).bind(&event.by_org)
                    .bind(&event.kind).bind(&event.to_state).bind(&event.detail).bind(&event.reason_ct)
                    .execute(&mut *tx).await.map_err(|e| crate::platform::conflict_or(e, "a newer step of this referral"))?;
                tx.append_audit(audit).await?;
                tx.commit().await?;
                true
            }
        }))
    }

    /// Audit rows about one object (e.g. `case:<reference>`), newest first.
    pub async fn audit_of_object(
        &self,
        object: &str,
        limit: i64,
    ) -> Result<Vec<crate::AuditRecord>, StoreError> {
        let sql = format!(
            "SELECT {} FROM audit_event WHERE object = $1 ORDER BY seq DESC LIMIT $2",
            crate::audit::COLUMNS
        );
        with_pool!(self, p => {
            let rows = sqlx::query(&sql).bind(object).bind(limit).fetch_all(p).await?;
            rows.iter().map(|r| crate::audit::record_from(r).map_err(StoreError::from)).collect()
        })
    }

    /// Every sealed value in the case tables, for `opennrm keys rotate` / `keys status`.
    pub async fn sealed_values(&self) -> Result<Vec<SealedValue>, StoreError> {
        let mut out = Vec::new();
        for (table, column) in SEALED_COLUMNS {
            let key = if table == "referral_event" {
                "referral_id || '/' || seq"
            } else {
                "id"
            };
            let sql = format!(
                "SELECT {key} AS row_key, {column} AS sealed FROM {table} WHERE {column} IS NOT NULL"
            );
            let rows: Vec<(String, String)> = with_pool!(self, p => {
                sqlx::query_as::<_, (String, String)>(&sql).fetch_all(p).await?
            });
            out.extend(rows.into_iter().map(|(row, sealed)| SealedValue {
                table,
                column,
                row,
                sealed,
            }));
        }
        Ok(out)
    }

    /// Replaces sealed values (re-sealed under another key), only where they still hold
    /// what was read, in one transaction with its audit row; returns how many changed.
    pub async fn reseal(
        &self,
        changes: &[(SealedValue, String)],
        audit: &Audited<'_>,
    ) -> Result<u64, StoreError> {
        Ok(with_pool!(self, p => {
            let mut tx = p.begin().await?;
            let mut n = 0;
            for (old, new) in changes {
                let key = if old.table == "referral_event" { "referral_id || '/' || seq" } else { "id" };
                let sql = format!("UPDATE {} SET {} = $1 WHERE {key} = $2 AND {} = $3", old.table, old.column, old.column);
                n += sqlx::query(&sql).bind(new).bind(&old.row).bind(&old.sealed).execute(&mut *tx).await?.rows_affected();
            }
            tx.append_audit(audit).await?;
            tx.commit().await?;
            n
        }))
    }
}

impl Store {
    /// An audit row on its own (a read of personal data changes nothing else).
    pub async fn append_audit_only(&self, audit: &Audited<'_>) -> Result<(), StoreError> {
        with_pool!(self, p => {
            let mut tx = p.begin().await?;
            tx.append_audit(audit).await?;
            tx.commit().await?;
        });
        Ok(())
    }

    /// Attaches a screening and raises the case's level to `level`.
    pub async fn insert_case_screening(
        &self,
        s: &CaseScreeningRecord,
        level: &str,
        audit: &Audited<'_>,
    ) -> Result<(), StoreError> {
        with_pool!(self, p => {
            let mut tx = p.begin().await?;
            sqlx::query("INSERT INTO case_screening (id, case_id, request, level, created_by, created_at) VALUES ($1, $2, $3, $4, $5, $6)")
                .bind(&s.id).bind(&s.case_id).bind(&s.request).bind(&s.level).bind(&s.created_by).bind(&s.created_at)
                .execute(&mut *tx).await?;
            sqlx::query("UPDATE referral_case SET level = $2, updated_at = $3 WHERE id = $1").bind(&s.case_id).bind(level).bind(&s.created_at).execute(&mut *tx).await?;
            tx.append_audit(audit).await?;
            tx.commit().await?;
        });
        Ok(())
    }
}
