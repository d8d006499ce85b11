//! Storage of referral cases (migration `referral`): cases, persons, screenings, notes,
//! the consent ledger, referrals and their events. Personal values arrive sealed (the
//! service layer seals and opens them); this module never sees a plain name. Every change
//! is a [`Plan`] with its audit row, committed by the group-commit writer in a durable
//! transaction (SQLite `synchronous = FULL`, PostgreSQL's default fsync).

use crate::batch::Plan;
use crate::platform::{AppendAudit, Audited};

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
    /// When retention destroyed its personal data (None: not yet).
    pub anonymised_at: Option<String>,
    /// The joint inspection it was opened from, if any.
    pub inspection_id: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, sqlx::FromRow)]
pub struct PersonRecord {
    pub id: String,
    pub case_id: String,
    pub position: i64,
    pub residence: String,
    pub age_group: String,
    pub count: i64,
    pub gender: String,
    pub nationality_group: String,
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
    /// The row's key: `id`, `referral_id/seq` for events, `case_id` for case keys.
    pub row: String,
    /// The case the value belongs to, where it is a case's value (sealed under the
    /// case's own key); `None` for values sealed under the keyring itself (inspection
    /// findings, the wrapped case keys).
    pub case_id: Option<String>,
    pub sealed: String,
}

/// A column that holds sealed values: its table, the SQL for its row's key and for the
/// case it belongs to (`None`: sealed under the keyring, not under a case's key).
#[derive(Debug, Clone, Copy)]
pub struct SealedColumn {
    pub table: &'static str,
    pub column: &'static str,
    row: &'static str,
    case: Option<&'static str>,
}

const fn sealed(
    table: &'static str,
    column: &'static str,
    row: &'static str,
    case: Option<&'static str>,
) -> SealedColumn {
    SealedColumn {
        table,
        column,
        row,
        case,
    }
}

/// Every column that holds a sealed value.
pub const SEALED_COLUMNS: [SealedColumn; 13] = [
    sealed("case_person", "name_ct", "id", Some("case_id")),
    sealed("case_person", "birth_date_ct", "id", Some("case_id")),
    sealed("case_person", "nationality_ct", "id", Some("case_id")),
    sealed("case_person", "contact_ct", "id", Some("case_id")),
    sealed("case_note", "body_ct", "id", Some("case_id")),
    sealed("referral", "message_ct", "id", Some("case_id")),
    sealed(
        "referral_event",
        "reason_ct",
        "referral_id || '/' || seq",
        Some("(SELECT r.case_id FROM referral r WHERE r.id = referral_event.referral_id)"),
    ),
    sealed("inspection_finding", "body_ct", "id", None),
    sealed("case_key", "wrapped", "case_id", None),
    sealed("survey_invitee", "contact_ct", "id", None),
    sealed("survey_invitee", "email_ct", "id", None),
    sealed("survey_invitee", "why_ct", "id", None),
    sealed("survey_invitee", "answers_ct", "id", None),
];

/// A new case with what it starts with.
pub struct NewCase<'a> {
    pub case: &'a CaseRecord,
    pub persons: &'a [PersonRecord],
    pub screenings: &'a [CaseScreeningRecord],
    /// The case's own data key, wrapped under the keyring.
    pub wrapped_key: &'a str,
}

/// The condition under which retention may anonymise case `c` (`$1`: the cut-off time),
/// one text for the search and for the guard of the change.
macro_rules! retained_case {
    () => {
        "c.anonymised_at IS NULL AND c.updated_at < $1 AND NOT EXISTS (SELECT 1 FROM referral r WHERE r.case_id = c.id AND r.state <> 'closed')"
    };
}

const REFERRAL_COLUMNS: &str = "r.id, r.case_id, r.person_id, r.rule_id, r.action, r.from_org, r.to_org, r.consent_purpose, r.state, r.message_ct, r.deadline_at, r.created_by, r.created_at, r.updated_at";

impl Store {
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

    /// The seq the next event of a referral takes.
    pub async fn next_event_seq(&self, referral_id: &str) -> Result<i64, StoreError> {
        Ok(with_pool!(self, p => {
            sqlx::query_scalar::<_, i64>("SELECT COALESCE(MAX(seq), 0) + 1 FROM referral_event WHERE referral_id = $1")
                .bind(referral_id).fetch_one(p).await?
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

    /// Cases retention may anonymise: not yet anonymised, unchanged since `before`, and
    /// with no referral still open (every one closed, or none sent); oldest first, from
    /// after the case `after` (its updated_at and id: the last of the previous page).
    pub async fn retention_candidates(
        &self,
        before: &str,
        after: Option<(&str, &str)>,
        limit: i64,
    ) -> Result<Vec<CaseRecord>, StoreError> {
        let (at, id) = after.unzip();
        Ok(with_pool!(self, p => {
            sqlx::query_as::<_, CaseRecord>(concat!("SELECT * FROM referral_case c WHERE ", retained_case!(), " AND ($3 IS NULL OR c.updated_at > $3 OR (c.updated_at = $3 AND c.id > $4)) ORDER BY c.updated_at, c.id LIMIT $2"))
                .bind(before).bind(limit).bind(at).bind(id).fetch_all(p).await?
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

    /// Every sealed value, for `opennrm keys rotate` / `keys status`.
    pub async fn sealed_values(&self) -> Result<Vec<SealedValue>, StoreError> {
        let mut out = Vec::new();
        for c in SEALED_COLUMNS {
            let sql = format!(
                "SELECT {} AS row_key, {} AS sealed, {} AS case_id FROM {} WHERE {} IS NOT NULL",
                c.row,
                c.column,
                c.case.unwrap_or("NULL"),
                c.table,
                c.column
            );
            let rows: Vec<(String, String, Option<String>)> = with_pool!(self, p => {
                sqlx::query_as::<_, (String, String, Option<String>)>(&sql).fetch_all(p).await?
            });
            out.extend(rows.into_iter().map(|(row, sealed, case_id)| SealedValue {
                table: c.table,
                column: c.column,
                row,
                case_id,
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
        let row_of = |table: &str| {
            SEALED_COLUMNS
                .iter()
                .find(|c| c.table == table)
                .map_or("id", |c| c.row)
        };
        Ok(with_pool!(self, p => {
            let mut tx = p.begin().await?;
            let mut n = 0;
            for (old, new) in changes {
                let sql = format!("UPDATE {} SET {} = $1 WHERE {} = $2 AND {} = $3", old.table, old.column, row_of(old.table), old.column);
                n += sqlx::query(&sql).bind(new).bind(&old.row).bind(&old.sealed).execute(&mut *tx).await?.rows_affected();
            }
            tx.append_audit(audit).await?;
            tx.commit().await?;
            n
        }))
    }

    /// Case `case_id`'s wrapped key, if it has one (retention discards it).
    pub async fn case_key(&self, case_id: &str) -> Result<Option<String>, StoreError> {
        Ok(with_pool!(self, p => {
            sqlx::query_scalar::<_, String>("SELECT wrapped FROM case_key WHERE case_id = $1")
                .bind(case_id).fetch_optional(p).await?
        }))
    }

    /// Case `case_id`'s wrapped key, storing `wrapped` first if the case has none (a case
    /// opened before cases had keys). Whichever node stored first wins and every caller
    /// gets that key, so two nodes never seal one case's values under different keys.
    pub async fn ensure_case_key(
        &self,
        case_id: &str,
        wrapped: &str,
        at: &str,
    ) -> Result<String, StoreError> {
        Ok(with_pool!(self, p => {
            sqlx::query("INSERT INTO case_key (case_id, wrapped, created_at) VALUES ($1, $2, $3) ON CONFLICT (case_id) DO NOTHING")
                .bind(case_id).bind(wrapped).bind(at).execute(p).await?;
            sqlx::query_scalar::<_, String>("SELECT wrapped FROM case_key WHERE case_id = $1")
                .bind(case_id).fetch_one(p).await?
        }))
    }
}

/// The audited changes of cases, as plans for the group-commit writer
/// ([`crate::Writer`]); each is one all-or-nothing change with its audit row.
impl Plan {
    /// A new case with its persons and screenings.
    pub fn insert_case(n: &NewCase<'_>, audit: &Audited<'_>) -> Result<Plan, StoreError> {
        let c = n.case;
        let mut plan = Plan::new(audit, "a case with this reference")?;
        plan.step(
            "INSERT INTO referral_case (id, reference, country_code, organisation_id, officer_id, work_sector, region, exploitation, persons, level, created_at, updated_at, inspection_id) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13)",
            vec![
                (&c.id).into(), (&c.reference).into(), (&c.country_code).into(), (&c.organisation_id).into(),
                (&c.officer_id).into(), (&c.work_sector).into(), (&c.region).into(), (&c.exploitation).into(),
                c.persons.into(), (&c.level).into(), (&c.created_at).into(), (&c.updated_at).into(),
                (&c.inspection_id).into(),
            ],
        );
        plan.step(
            "INSERT INTO case_key (case_id, wrapped, created_at) VALUES ($1, $2, $3)",
            vec![(&c.id).into(), n.wrapped_key.into(), (&c.created_at).into()],
        );
        for r in n.persons {
            plan.step(
                "INSERT INTO case_person (id, case_id, position, residence, age_group, count, name_ct, birth_date_ct, nationality_ct, contact_ct, created_at, gender, nationality_group) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13)",
                vec![
                    (&r.id).into(), (&r.case_id).into(), r.position.into(), (&r.residence).into(), (&r.age_group).into(),
                    r.count.into(), (&r.name_ct).into(), (&r.birth_date_ct).into(), (&r.nationality_ct).into(),
                    (&r.contact_ct).into(), (&r.created_at).into(), (&r.gender).into(),
                    (&r.nationality_group).into(),
                ],
            );
        }
        for s in n.screenings {
            plan.screening_row(s);
        }
        Ok(plan)
    }

    fn screening_row(&mut self, s: &CaseScreeningRecord) {
        self.step(
            "INSERT INTO case_screening (id, case_id, request, level, created_by, created_at) VALUES ($1, $2, $3, $4, $5, $6)",
            vec![
                (&s.id).into(), (&s.case_id).into(), (&s.request).into(), (&s.level).into(),
                (&s.created_by).into(), (&s.created_at).into(),
            ],
        );
    }

    /// Marks a case as changed at `at`.
    pub(crate) fn touch_case(&mut self, case_id: &str, at: &str) {
        self.step(
            "UPDATE referral_case SET updated_at = $2 WHERE id = $1",
            vec![case_id.into(), at.into()],
        );
    }

    /// Attaches a screening and raises the case's level to `level`.
    pub fn insert_case_screening(
        s: &CaseScreeningRecord,
        level: &str,
        audit: &Audited<'_>,
    ) -> Result<Plan, StoreError> {
        let mut plan = Plan::new(audit, "this screening")?;
        plan.screening_row(s);
        plan.step(
            "UPDATE referral_case SET level = $2, updated_at = $3 WHERE id = $1",
            vec![(&s.case_id).into(), level.into(), (&s.created_at).into()],
        );
        Ok(plan)
    }

    pub fn insert_note(n: &NoteRecord, audit: &Audited<'_>) -> Result<Plan, StoreError> {
        let mut plan = Plan::new(audit, "this note")?;
        plan.step(
            "INSERT INTO case_note (id, case_id, author_id, organisation_id, body_ct, created_at) VALUES ($1, $2, $3, $4, $5, $6)",
            vec![
                (&n.id).into(), (&n.case_id).into(), (&n.author_id).into(), (&n.organisation_id).into(),
                (&n.body_ct).into(), (&n.created_at).into(),
            ],
        );
        plan.touch_case(&n.case_id, &n.created_at);
        Ok(plan)
    }

    pub fn insert_consent(c: &ConsentRecord, audit: &Audited<'_>) -> Result<Plan, StoreError> {
        let mut plan = Plan::new(audit, "this consent")?;
        plan.step(
            "INSERT INTO consent (id, case_id, person_id, purpose, organisation_id, method, recorded_by, recorded_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)",
            vec![
                (&c.id).into(), (&c.case_id).into(), (&c.person_id).into(), (&c.purpose).into(),
                (&c.organisation_id).into(), (&c.method).into(), (&c.recorded_by).into(), (&c.recorded_at).into(),
            ],
        );
        Ok(plan)
    }

    /// Withdraws `consent` (once: a withdrawn row is not withdrawn again, the plan is
    /// skipped) and tells every referral already sent under its purpose for its person,
    /// with a `consent_withdrawn` event each.
    pub fn withdraw_consent(
        consent: &ConsentRecord,
        at: &str,
        by_user: &str,
        by_org: &str,
        audit: &Audited<'_>,
    ) -> Result<Plan, StoreError> {
        let mut plan = Plan::new(audit, "this withdrawal")?.guard(
            "UPDATE consent SET withdrawn_at = $2, withdrawn_by = $3 WHERE id = $1 AND withdrawn_at IS NULL",
            vec![(&consent.id).into(), at.into(), by_user.into()],
        );
        let detail = serde_json::json!({ "purpose": consent.purpose }).to_string();
        plan.step(
            "INSERT INTO referral_event (referral_id, seq, at, by_user, by_org, kind, to_state, detail) \
             SELECT r.id, (SELECT COALESCE(MAX(e.seq), 0) + 1 FROM referral_event e WHERE e.referral_id = r.id), $1, $2, $3, 'consent_withdrawn', r.state, $4 \
             FROM referral r WHERE r.person_id = $5 AND r.consent_purpose = $6 AND ($7 IS NULL OR r.to_org = $7) AND r.state <> 'closed'",
            vec![
                at.into(), by_user.into(), by_org.into(), (&detail).into(),
                (&consent.person_id).into(), (&consent.purpose).into(), (&consent.organisation_id).into(),
            ],
        );
        plan.step(
            "UPDATE referral SET updated_at = $1 WHERE person_id = $2 AND consent_purpose = $3 AND ($4 IS NULL OR to_org = $4) AND state <> 'closed'",
            vec![at.into(), (&consent.person_id).into(), (&consent.purpose).into(), (&consent.organisation_id).into()],
        );
        Ok(plan)
    }

    /// Destroys the personal data of a case retention found (names, dates of birth,
    /// nationalities and contacts of its persons; its notes; referral messages; decline
    /// reasons), discards the case's key (so any earlier copy of those ciphertexts stops
    /// opening) and stamps it anonymised. Skipped when the case no longer qualifies
    /// (changed since `before`, a referral reopened it, or already done).
    pub fn anonymise_case(
        case_id: &str,
        before: &str,
        at: &str,
        audit: &Audited<'_>,
    ) -> Result<Plan, StoreError> {
        let mut plan = Plan::new(audit, "this anonymisation")?.guard(
            concat!(
                "UPDATE referral_case SET anonymised_at = $2 WHERE id = $3 AND id IN (SELECT c.id FROM referral_case c WHERE ",
                retained_case!(),
                ")"
            ),
            vec![before.into(), at.into(), case_id.into()],
        );
        plan.step(
            "UPDATE case_person SET name_ct = NULL, birth_date_ct = NULL, nationality_ct = NULL, contact_ct = NULL WHERE case_id = $1",
            vec![case_id.into()],
        );
        plan.step(
            "DELETE FROM case_note WHERE case_id = $1",
            vec![case_id.into()],
        );
        plan.step(
            "UPDATE referral SET message_ct = NULL WHERE case_id = $1",
            vec![case_id.into()],
        );
        plan.step(
            "UPDATE referral_event SET reason_ct = NULL WHERE referral_id IN (SELECT id FROM referral WHERE case_id = $1)",
            vec![case_id.into()],
        );
        plan.step(
            "DELETE FROM case_key WHERE case_id = $1",
            vec![case_id.into()],
        );
        Ok(plan)
    }

    /// Sends referrals: the rows and their first event. Once the writer confirms the
    /// plan, the referrals survive a crash of the process or the machine (every batch is
    /// a durable commit).
    pub fn insert_referrals(
        referrals: &[ReferralRecord],
        audit: &Audited<'_>,
    ) -> Result<Plan, StoreError> {
        let mut plan = Plan::new(audit, "this referral")?;
        for r in referrals {
            plan.step(
                "INSERT INTO referral (id, case_id, person_id, rule_id, action, from_org, to_org, consent_purpose, state, message_ct, deadline_at, created_by, created_at, updated_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14)",
                vec![
                    (&r.id).into(), (&r.case_id).into(), (&r.person_id).into(), (&r.rule_id).into(),
                    (&r.action).into(), (&r.from_org).into(), (&r.to_org).into(), (&r.consent_purpose).into(),
                    (&r.state).into(), (&r.message_ct).into(), (&r.deadline_at).into(), (&r.created_by).into(),
                    (&r.created_at).into(), (&r.updated_at).into(),
                ],
            );
            plan.step(
                "INSERT INTO referral_event (referral_id, seq, at, by_user, by_org, kind, to_state, detail) VALUES ($1, 1, $2, $3, $4, 'send', 'sent', '{}')",
                vec![(&r.id).into(), (&r.created_at).into(), (&r.created_by).into(), (&r.from_org).into()],
            );
        }
        if let Some(r) = referrals.first() {
            plan.touch_case(&r.case_id, &r.created_at);
        }
        Ok(plan)
    }

    /// Moves a referral from `from_state` with `event` (at `event.seq`, the next step as
    /// the caller read it). Skipped when it is no longer in `from_state` (someone else
    /// moved it first), so two clicks cannot both win; a conflict when another event took
    /// that seq meanwhile.
    /// One step of a referral. `deadline`, when given, becomes the referral's
    /// `deadline_at` — what is due next: a decision sets the reflection period's end, or
    /// clears it (None), so the sweep follows what is still due and nothing else.
    pub fn transition_referral(
        from_state: &str,
        event: &ReferralEventRecord,
        deadline: Option<Option<&str>>,
        audit: &Audited<'_>,
    ) -> Result<Plan, StoreError> {
        let mut plan = Plan::new(audit, "a newer step of this referral")?.guard(
            "UPDATE referral SET state = $3, updated_at = $4 WHERE id = $1 AND state = $2",
            vec![
                (&event.referral_id).into(),
                from_state.into(),
                (&event.to_state).into(),
                (&event.at).into(),
            ],
        );
        // The caller's seq, not MAX + 1: a sealed reason is bound to it, so an event
        // written meanwhile (a consent withdrawal) must make this step fail on the
        // primary key rather than move the reason to a place it does not open in.
        plan.step(
            "INSERT INTO referral_event (referral_id, seq, at, by_user, by_org, kind, to_state, detail, reason_ct) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)",
            vec![
                (&event.referral_id).into(), event.seq.into(), (&event.at).into(), (&event.by_user).into(),
                (&event.by_org).into(), (&event.kind).into(), (&event.to_state).into(), (&event.detail).into(),
                (&event.reason_ct).into(),
            ],
        );
        if let Some(deadline) = deadline {
            plan.step(
                "UPDATE referral SET deadline_at = $2 WHERE id = $1",
                vec![(&event.referral_id).into(), deadline.into()],
            );
        }
        Ok(plan)
    }
}
