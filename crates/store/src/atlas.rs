//! Atlas storage with history: every load of the atlas becomes a revision that keeps its
//! own complete set of fact rows (keyed by revision), written in one transaction and never
//! changed afterwards. Reading "the atlas as of revision N" is one indexed query per table.
//! What changed between revisions is computed from the facts (domain::atlas::diff).

use std::collections::HashMap;

use opennrm_domain::atlas::{
    Actor, Ambiguity, Atlas, Cooperation, Country, CountryAtlas, CountryCode, Document, FactId,
    Finding, Limitation, Mandate, Mechanism, Participation, Recommendation, ReportFinding,
    ReportWide, Respondent, Source, attribution, vocabulary::*,
};
use sqlx::Row;

use crate::platform::AppendAudit;
use crate::{Audited, Store, StoreError, with_pool};

/// One load of the atlas into the database.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Revision {
    pub id: i64,
    /// The revision's message, shown publicly (never a server path).
    pub label: String,
    pub content_hash: String,
    /// "embedded" for the data compiled into the binary, "import" for `opennrm import`.
    pub origin: String,
    /// Who or what made it ("opennrm import", "opennrm (embedded data)", later a survey merge).
    pub made_by: String,
    pub created_at: String,
    /// False for revisions older than atlas history, whose facts an import deleted.
    pub facts_kept: bool,
}

/// What `ensure_atlas` did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LoadOutcome {
    /// The database was empty and now holds the atlas.
    Loaded(Revision),
    /// The database already holds an atlas (the embedded one or an import): untouched.
    AlreadyPresent(Revision),
}

/// Now, as RFC 3339 UTC with whole seconds: sortable as text in both backends.
pub(crate) fn now_utc() -> String {
    utc(time::OffsetDateTime::now_utc())
}

/// The time `days` days ago, in the same format as `now_utc`.
pub(crate) fn days_ago_utc(days: i64) -> String {
    utc(time::OffsetDateTime::now_utc() - time::Duration::days(days))
}

/// `seconds` from now (negative: ago), in the same format as `now_utc`.
pub(crate) fn utc_offset(seconds: i64) -> String {
    utc(time::OffsetDateTime::now_utc() + time::Duration::seconds(seconds))
}

fn utc(t: time::OffsetDateTime) -> String {
    let t = t.replace_nanosecond(0).unwrap_or(t);
    t.format(&time::format_description::well_known::Rfc3339)
        .unwrap_or_default()
}

fn line(s: &Source) -> Option<i64> {
    s.line.map(i64::from)
}

fn pos(i: usize) -> i64 {
    i64::try_from(i).unwrap_or(i64::MAX)
}

const REVISION_COLUMNS: &str = "id, label, content_hash, origin, made_by, created_at, facts_kept";

/// The newest revision: the one served as current.
const CURRENT_REVISION: &str = "SELECT id, label, content_hash, origin, made_by, created_at, facts_kept FROM atlas_revision ORDER BY id DESC LIMIT 1";

impl Store {
    /// The revision the current atlas comes from, if any atlas is loaded.
    pub async fn current_revision(&self) -> Result<Option<Revision>, StoreError> {
        with_pool!(self, p => sqlx::query(CURRENT_REVISION).fetch_optional(p).await?.map(|r| revision_from(&r)).transpose())
    }

    /// Every load of the atlas, oldest first.
    pub async fn revisions(&self) -> Result<Vec<Revision>, StoreError> {
        let sql = format!("SELECT {REVISION_COLUMNS} FROM atlas_revision ORDER BY id");
        with_pool!(self, p => sqlx::query(&sql).fetch_all(p).await?.iter().map(revision_from).collect())
    }

    /// One revision's record, if it exists.
    pub async fn revision(&self, id: i64) -> Result<Option<Revision>, StoreError> {
        let sql = format!("SELECT {REVISION_COLUMNS} FROM atlas_revision WHERE id = $1");
        with_pool!(self, p => sqlx::query(&sql).bind(id).fetch_optional(p).await?.map(|r| revision_from(&r)).transpose())
    }

    /// The revisions that held actor `id` (oldest first): empty if the id was never used.
    /// Ids are never reused for another body, so this is the actor's whole life.
    pub async fn actor_revisions(&self, id: &str) -> Result<Vec<i64>, StoreError> {
        let sql = "SELECT revision_id FROM atlas_actor WHERE id = $1 ORDER BY revision_id";
        with_pool!(self, p => {
            let rows = sqlx::query(sql).bind(id).fetch_all(p).await?;
            rows.iter().map(|r| r.try_get::<i64, _>("revision_id").map_err(StoreError::from)).collect()
        })
    }

    /// Every actor id any revision has held, with the name it had last: the registry that
    /// keeps an id from being given to another body.
    pub async fn actor_ids_ever(&self) -> Result<Vec<(String, String, i64)>, StoreError> {
        let sql = "SELECT a.id, a.name, a.revision_id FROM atlas_actor a \
                   JOIN (SELECT id, MAX(revision_id) AS last FROM atlas_actor GROUP BY id) l \
                   ON l.id = a.id AND l.last = a.revision_id ORDER BY a.id";
        with_pool!(self, p => {
            let rows = sqlx::query(sql).fetch_all(p).await?;
            rows.iter().map(|r| Ok((r.try_get("id")?, r.try_get("name")?, r.try_get("revision_id")?))).collect()
        })
    }

    /// Loads `atlas` if the database holds none yet; idempotent, and safe when several
    /// nodes start at once on one PostgreSQL (an advisory lock serialises them).
    pub async fn ensure_atlas(
        &self,
        atlas: &Atlas,
        label: &str,
        origin: &str,
    ) -> Result<LoadOutcome, StoreError> {
        let made_by = "opennrm (embedded data)";
        let revision = NewRevision {
            label,
            origin,
            made_by,
        };
        self.write_atlas(atlas, revision, None, false, None).await
    }

    /// Makes `atlas` the current atlas as a new revision, in one transaction; earlier
    /// revisions keep their facts. On any error nothing is changed.
    /// The audit row is written in the same transaction.
    pub async fn add_revision(
        &self,
        atlas: &Atlas,
        revision: NewRevision<'_>,
        audit: &Audited<'_>,
    ) -> Result<Revision, StoreError> {
        match self
            .write_atlas(atlas, revision, Some(audit), true, None)
            .await?
        {
            LoadOutcome::Loaded(r) | LoadOutcome::AlreadyPresent(r) => Ok(r),
        }
    }

    /// `add_revision` for an atlas computed from revision `base`: refused with
    /// `Conflict` when another revision became current meanwhile, so a change computed
    /// from an old atlas (a joint inspection's ties) cannot undo a newer one. The caller
    /// recomputes from the new current revision and tries again.
    pub async fn add_revision_on(
        &self,
        base: i64,
        atlas: &Atlas,
        revision: NewRevision<'_>,
        audit: &Audited<'_>,
    ) -> Result<Revision, StoreError> {
        match self
            .write_atlas(atlas, revision, Some(audit), true, Some(base))
            .await?
        {
            LoadOutcome::Loaded(r) | LoadOutcome::AlreadyPresent(r) => Ok(r),
        }
    }

    async fn write_atlas(
        &self,
        atlas: &Atlas,
        revision: NewRevision<'_>,
        audit: Option<&Audited<'_>>,
        replace: bool,
        base: Option<i64>,
    ) -> Result<LoadOutcome, StoreError> {
        let NewRevision {
            label,
            origin,
            made_by,
        } = revision;
        let created_at = now_utc();
        let outcome = with_pool!(self, p => {
            let mut tx = p.begin().await?;
            if let Store::Postgres(_) = self {
                // Serialise concurrent loaders across nodes; released at commit.
                sqlx::query("SELECT pg_advisory_xact_lock(7310521)").execute(&mut *tx).await?;
            } else {
                // Take SQLite's write lock now, so the check below cannot race another writer.
                sqlx::query("UPDATE atlas_revision SET label = label WHERE 0 = 1").execute(&mut *tx).await?;
            }
            let existing = sqlx::query(CURRENT_REVISION)
                .fetch_optional(&mut *tx)
                .await?;
            if let (Some(row), false) = (&existing, replace) {
                let rev = revision_from(row)?;
                tx.rollback().await?;
                return Ok(LoadOutcome::AlreadyPresent(rev));
            }
            if let Some(base) = base {
                let now = existing.as_ref().map(revision_from).transpose()?.map(|r| r.id);
                if now != Some(base) {
                    tx.rollback().await?;
                    return Err(StoreError::Conflict(
                        "the atlas changed meanwhile; try again".into(),
                    ));
                }
            }
            let row = sqlx::query("INSERT INTO atlas_revision (label, content_hash, origin, made_by, created_at, facts_kept) VALUES ($1, $2, $3, $4, $5, TRUE) RETURNING id")
                .bind(label).bind(&atlas.content_hash).bind(origin).bind(made_by).bind(&created_at)
                .fetch_one(&mut *tx)
                .await?;
            let rev_id: i64 = row.try_get("id")?;
            for c in &atlas.countries {
                let cc = c.country.code.as_str();
                sqlx::query("INSERT INTO atlas_country (code, name, native_name, chapter, revision_id) VALUES ($1, $2, $3, $4, $5)")
                    .bind(cc).bind(&c.country.name).bind(&c.country.native_name).bind(&c.country.chapter).bind(rev_id)
                    .execute(&mut *tx).await?;
                for (i, a) in c.actors.iter().enumerate() {
                    sqlx::query("INSERT INTO atlas_actor (id, country_code, position, name, native_name, acronym, sector, level, study_status, parent_id, note, src_section, src_quote, src_line, revision_id, is_group) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16)")
                        .bind(a.id.as_str()).bind(cc).bind(pos(i)).bind(&a.name).bind(&a.native_name).bind(&a.acronym)
                        .bind(a.sector.as_str()).bind(a.level.as_str()).bind(a.study_status.as_str())
                        .bind(a.parent.as_ref().map(FactId::as_str)).bind(&a.note)
                        .bind(&a.source.section).bind(&a.source.quote).bind(line(&a.source)).bind(rev_id).bind(a.group)
                        .execute(&mut *tx).await?;
                }
                // Aliases and mandates after all actors, so parent references resolve.
                for a in &c.actors {
                    for (j, alias) in a.aliases.iter().enumerate() {
                        sqlx::query("INSERT INTO atlas_actor_alias (actor_id, position, alias, revision_id) VALUES ($1, $2, $3, $4)")
                            .bind(a.id.as_str()).bind(pos(j)).bind(alias).bind(rev_id)
                            .execute(&mut *tx).await?;
                    }
                    for (j, m) in a.mandates.iter().enumerate() {
                        sqlx::query("INSERT INTO atlas_mandate (actor_id, position, capability, scope, labour_mandate, note, src_section, src_quote, src_line, revision_id, denied, src_record) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)")
                            .bind(a.id.as_str()).bind(pos(j)).bind(m.capability.as_str()).bind(&m.scope).bind(m.labour_mandate).bind(&m.note)
                            .bind(&m.source.section).bind(&m.source.quote).bind(line(&m.source)).bind(rev_id).bind(m.denied).bind(&m.source.record)
                            .execute(&mut *tx).await?;
                    }
                }
                for (i, t) in c.cooperation.iter().enumerate() {
                    sqlx::query("INSERT INTO atlas_cooperation (country_code, position, from_actor, to_actor, kind, note, src_section, src_quote, src_line, revision_id, direction, reported_by, src_record) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13)")
                        .bind(cc).bind(pos(i)).bind(t.from.as_str()).bind(t.to.as_str()).bind(t.kind.as_str()).bind(&t.note)
                        .bind(&t.source.section).bind(&t.source.quote).bind(line(&t.source)).bind(rev_id)
                        .bind(t.direction.as_str()).bind(t.reported_by.as_ref().map(FactId::as_str)).bind(&t.source.record)
                        .execute(&mut *tx).await?;
                }
                for (i, m) in c.mechanisms.iter().enumerate() {
                    sqlx::query("INSERT INTO atlas_mechanism (id, country_code, position, kind, name, status, holder_id, year, frequency, focus, note, src_section, src_quote, src_line, revision_id, src_record) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16)")
                        .bind(m.id.as_str()).bind(cc).bind(pos(i)).bind(m.kind.as_str()).bind(&m.name).bind(m.status.as_str())
                        .bind(m.holder.as_ref().map(FactId::as_str)).bind(m.year).bind(&m.frequency).bind(m.focus.as_str()).bind(&m.note)
                        .bind(&m.source.section).bind(&m.source.quote).bind(line(&m.source)).bind(rev_id).bind(&m.source.record)
                        .execute(&mut *tx).await?;
                    for (j, member) in m.members.iter().enumerate() {
                        sqlx::query("INSERT INTO atlas_mechanism_member (mechanism_id, position, actor_id, revision_id) VALUES ($1, $2, $3, $4)")
                            .bind(m.id.as_str()).bind(pos(j)).bind(member.as_str()).bind(rev_id)
                            .execute(&mut *tx).await?;
                    }
                }
                for (i, l) in c.limitations.iter().enumerate() {
                    sqlx::query("INSERT INTO atlas_limitation (country_code, position, category, respondents, note, src_section, src_quote, src_line, revision_id, src_record) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)")
                        .bind(cc).bind(pos(i)).bind(l.category.as_str()).bind(l.respondents).bind(&l.note)
                        .bind(&l.source.section).bind(&l.source.quote).bind(line(&l.source)).bind(rev_id).bind(&l.source.record)
                        .execute(&mut *tx).await?;
                }
                for (i, d) in c.documents.iter().enumerate() {
                    sqlx::query("INSERT INTO atlas_document (id, country_code, position, kind, title, year, note, src_section, src_quote, src_line, revision_id) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)")
                        .bind(d.id.as_str()).bind(cc).bind(pos(i)).bind(d.kind.as_str()).bind(&d.title).bind(d.year).bind(&d.note)
                        .bind(&d.source.section).bind(&d.source.quote).bind(line(&d.source)).bind(rev_id)
                        .execute(&mut *tx).await?;
                }
                for (i, pa) in c.participation.iter().enumerate() {
                    sqlx::query("INSERT INTO atlas_participation (country_code, position, invited, completed, note, src_section, src_quote, src_line, revision_id) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)")
                        .bind(cc).bind(pos(i)).bind(pa.invited).bind(pa.completed).bind(&pa.note)
                        .bind(&pa.source.section).bind(&pa.source.quote).bind(line(&pa.source)).bind(rev_id)
                        .execute(&mut *tx).await?;
                }
                for (i, f) in c.findings.iter().enumerate() {
                    sqlx::query("INSERT INTO atlas_finding (country_code, position, part, src_section, src_quote, src_line, revision_id) VALUES ($1, $2, $3, $4, $5, $6, $7)")
                        .bind(cc).bind(pos(i)).bind(f.part.as_str())
                        .bind(&f.source.section).bind(&f.source.quote).bind(line(&f.source)).bind(rev_id)
                        .execute(&mut *tx).await?;
                }
                for (i, amb) in c.ambiguities.iter().enumerate() {
                    let id = format!("{}-ambiguity-{}", cc.to_ascii_lowercase(), i + 1);
                    sqlx::query("INSERT INTO atlas_ambiguity (id, country_code, position, topic, note, revision_id) VALUES ($1, $2, $3, $4, $5, $6)")
                        .bind(&id).bind(cc).bind(pos(i)).bind(&amb.topic).bind(&amb.note).bind(rev_id)
                        .execute(&mut *tx).await?;
                    for (j, s) in amb.sources.iter().enumerate() {
                        sqlx::query("INSERT INTO atlas_ambiguity_source (ambiguity_id, position, src_section, src_quote, src_line, revision_id) VALUES ($1, $2, $3, $4, $5, $6)")
                            .bind(&id).bind(pos(j)).bind(&s.section).bind(&s.quote).bind(line(s)).bind(rev_id)
                            .execute(&mut *tx).await?;
                    }
                }
            }
            for c in &atlas.countries {
                let cc = c.country.code.as_str();
                for (i, r) in c.respondents.iter().enumerate() {
                    sqlx::query("INSERT INTO atlas_respondent (id, country_code, position, name, form, reason, note, src_section, src_quote, src_line, revision_id) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)")
                        .bind(r.id.as_str()).bind(cc).bind(pos(i)).bind(&r.name).bind(r.form.as_str()).bind(&r.reason).bind(&r.note)
                        .bind(&r.source.section).bind(&r.source.quote).bind(line(&r.source)).bind(rev_id)
                        .execute(&mut *tx).await?;
                }
                for (i, r) in c.recommendations.iter().enumerate() {
                    sqlx::query("INSERT INTO atlas_recommendation (id, country_code, position, summary, src_section, src_quote, src_line, revision_id) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)")
                        .bind(r.id.as_str()).bind(cc).bind(pos(i)).bind(&r.summary)
                        .bind(&r.source.section).bind(&r.source.quote).bind(line(&r.source)).bind(rev_id)
                        .execute(&mut *tx).await?;
                }
            }
            sqlx::query("INSERT INTO atlas_report (revision_id, title) VALUES ($1, $2)")
                .bind(rev_id).bind(&atlas.report.title)
                .execute(&mut *tx).await?;
            for (i, f) in atlas.report.findings.iter().enumerate() {
                sqlx::query("INSERT INTO atlas_report_finding (position, part, topic, src_section, src_quote, src_line, revision_id) VALUES ($1, $2, $3, $4, $5, $6, $7)")
                    .bind(pos(i)).bind(f.part.as_str()).bind(&f.topic)
                    .bind(&f.source.section).bind(&f.source.quote).bind(line(&f.source)).bind(rev_id)
                    .execute(&mut *tx).await?;
            }
            for (i, r) in atlas.report.recommendations.iter().enumerate() {
                sqlx::query("INSERT INTO atlas_recommendation (id, country_code, position, summary, src_section, src_quote, src_line, revision_id) VALUES ($1, NULL, $2, $3, $4, $5, $6, $7)")
                    .bind(r.id.as_str()).bind(pos(i)).bind(&r.summary)
                    .bind(&r.source.section).bind(&r.source.quote).bind(line(&r.source)).bind(rev_id)
                    .execute(&mut *tx).await?;
            }
            let extra = ExtraRows::of(atlas);
            for (owner, i, src) in &extra.sources {
                sqlx::query("INSERT INTO atlas_fact_source (owner, position, src_section, src_quote, src_line, revision_id, src_record) VALUES ($1, $2, $3, $4, $5, $6, $7)")
                    .bind(owner).bind(*i).bind(&src.section).bind(&src.quote).bind(line(src)).bind(rev_id).bind(&src.record)
                    .execute(&mut *tx).await?;
            }
            for (owner, list, i, value) in &extra.lists {
                sqlx::query("INSERT INTO atlas_fact_list (owner, list, position, value, revision_id) VALUES ($1, $2, $3, $4, $5)")
                    .bind(owner).bind(*list).bind(*i).bind(value).bind(rev_id)
                    .execute(&mut *tx).await?;
            }
            // The revision's search rows, in the same transaction as its facts.
            crate::search::write_search_rows!(tx, rev_id, atlas);
            if let Some(audit) = audit {
                tx.append_audit(audit).await?;
            }
            tx.commit().await?;
            LoadOutcome::Loaded(Revision { id: rev_id, label: label.to_string(), content_hash: atlas.content_hash.clone(), origin: origin.to_string(), made_by: made_by.to_string(), created_at, facts_kept: true })
        });
        self.analyze_search().await;
        Ok(outcome)
    }

    /// The current atlas as domain types, or `None` if none has been loaded.
    pub async fn load_atlas(&self) -> Result<Option<Atlas>, StoreError> {
        Ok(self.load_current().await?.map(|(_, atlas)| atlas))
    }

    /// The current revision and its atlas, read in one transaction so that an import
    /// committing meanwhile can never mix two revisions into one result.
    pub async fn load_current(&self) -> Result<Option<(Revision, Atlas)>, StoreError> {
        self.load_at(None).await
    }

    /// Revision `id` and its atlas as it was then; `None` if there is no such revision.
    /// A revision older than atlas history (`facts_kept == false`) comes with no countries.
    pub async fn load_revision(&self, id: i64) -> Result<Option<(Revision, Atlas)>, StoreError> {
        self.load_at(Some(id)).await
    }

    async fn load_at(&self, id: Option<i64>) -> Result<Option<(Revision, Atlas)>, StoreError> {
        let loaded = with_pool!(self, p => {
            let mut tx = p.begin().await?;
            if let Store::Postgres(_) = self {
                // READ COMMITTED would let each SELECT see a different commit.
                sqlx::query("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY").execute(&mut *tx).await?;
            }
            // In SQLite the first read below fixes the snapshot for the whole transaction.
            let rev = match id {
                None => sqlx::query(CURRENT_REVISION).fetch_optional(&mut *tx).await?,
                Some(id) => sqlx::query(&format!("SELECT {REVISION_COLUMNS} FROM atlas_revision WHERE id = $1")).bind(id).fetch_optional(&mut *tx).await?,
            };
            let Some(rev) = rev else {
                return Ok(None);
            };
            let rev = revision_from(&rev)?;
            let r = rev.id;
            let q = |sql: &'static str| sqlx::query(sql).bind(r);
            let rows = Rows {
                countries: q("SELECT code, name, native_name, chapter FROM atlas_country WHERE revision_id = $1 ORDER BY name").fetch_all(&mut *tx).await?,
                actors: q("SELECT * FROM atlas_actor WHERE revision_id = $1 ORDER BY country_code, position").fetch_all(&mut *tx).await?,
                aliases: q("SELECT actor_id, alias FROM atlas_actor_alias WHERE revision_id = $1 ORDER BY actor_id, position").fetch_all(&mut *tx).await?,
                mandates: q("SELECT * FROM atlas_mandate WHERE revision_id = $1 ORDER BY actor_id, position").fetch_all(&mut *tx).await?,
                cooperation: q("SELECT * FROM atlas_cooperation WHERE revision_id = $1 ORDER BY country_code, position").fetch_all(&mut *tx).await?,
                mechanisms: q("SELECT * FROM atlas_mechanism WHERE revision_id = $1 ORDER BY country_code, position").fetch_all(&mut *tx).await?,
                members: q("SELECT mechanism_id, actor_id FROM atlas_mechanism_member WHERE revision_id = $1 ORDER BY mechanism_id, position").fetch_all(&mut *tx).await?,
                limitations: q("SELECT * FROM atlas_limitation WHERE revision_id = $1 ORDER BY country_code, position").fetch_all(&mut *tx).await?,
                documents: q("SELECT * FROM atlas_document WHERE revision_id = $1 ORDER BY country_code, position").fetch_all(&mut *tx).await?,
                participation: q("SELECT * FROM atlas_participation WHERE revision_id = $1 ORDER BY country_code, position").fetch_all(&mut *tx).await?,
                findings: q("SELECT * FROM atlas_finding WHERE revision_id = $1 ORDER BY country_code, position").fetch_all(&mut *tx).await?,
                ambiguities: q("SELECT * FROM atlas_ambiguity WHERE revision_id = $1 ORDER BY country_code, position").fetch_all(&mut *tx).await?,
                ambiguity_sources: q("SELECT * FROM atlas_ambiguity_source WHERE revision_id = $1 ORDER BY ambiguity_id, position").fetch_all(&mut *tx).await?,
                respondents: q("SELECT * FROM atlas_respondent WHERE revision_id = $1 ORDER BY country_code, position").fetch_all(&mut *tx).await?,
                recommendations: q("SELECT * FROM atlas_recommendation WHERE revision_id = $1 ORDER BY country_code, position").fetch_all(&mut *tx).await?,
                report: q("SELECT * FROM atlas_report WHERE revision_id = $1").fetch_all(&mut *tx).await?,
                report_findings: q("SELECT * FROM atlas_report_finding WHERE revision_id = $1 ORDER BY position").fetch_all(&mut *tx).await?,
                fact_sources: q("SELECT * FROM atlas_fact_source WHERE revision_id = $1 ORDER BY owner, position").fetch_all(&mut *tx).await?,
                fact_lists: q("SELECT * FROM atlas_fact_list WHERE revision_id = $1 ORDER BY owner, list, position").fetch_all(&mut *tx).await?,
            };
            tx.commit().await?;
            let extra = Extra::load(&rows)?;
            let mut countries = assemble(&rows, &extra)?;
            for c in &mut countries {
                attribution::attribute(c);
            }
            let report = assemble_report(&rows, &extra)?;
            let content_hash = rev.content_hash.clone();
            (rev, Atlas { countries, report, content_hash })
        });
        Ok(Some(loaded))
    }
}

/// What a new revision records about itself.
#[derive(Debug, Clone, Copy)]
pub struct NewRevision<'a> {
    /// The public message (never a server path).
    pub label: &'a str,
    /// "embedded" or "import" (later "survey").
    pub origin: &'a str,
    /// Who or what made it.
    pub made_by: &'a str,
}

/// The rows of every atlas table, in position order, from either backend.
struct Rows<R> {
    countries: Vec<R>,
    actors: Vec<R>,
    aliases: Vec<R>,
    mandates: Vec<R>,
    cooperation: Vec<R>,
    mechanisms: Vec<R>,
    members: Vec<R>,
    limitations: Vec<R>,
    documents: Vec<R>,
    participation: Vec<R>,
    findings: Vec<R>,
    ambiguities: Vec<R>,
    ambiguity_sources: Vec<R>,
    respondents: Vec<R>,
    recommendations: Vec<R>,
    report: Vec<R>,
    report_findings: Vec<R>,
    fact_sources: Vec<R>,
    fact_lists: Vec<R>,
}

/// Owner keys of facts in `atlas_fact_source` and `atlas_fact_list` (see the migration
/// `atlas_provenance`).
mod owner {
    pub fn actor(id: &str) -> String {
        format!("actor:{id}")
    }
    pub fn mandate(actor: &str, i: usize) -> String {
        format!("mandate:{actor}:{i}")
    }
    pub fn tie(cc: &str, i: usize) -> String {
        format!("tie:{cc}:{i}")
    }
    pub fn mechanism(id: &str) -> String {
        format!("mechanism:{id}")
    }
    pub fn document(id: &str) -> String {
        format!("document:{id}")
    }
    pub fn limitation(cc: &str, i: usize) -> String {
        format!("limitation:{cc}:{i}")
    }
    pub fn participation(cc: &str, i: usize) -> String {
        format!("participation:{cc}:{i}")
    }
    pub fn ambiguity(cc: &str, i: usize) -> String {
        format!("ambiguity:{cc}:{i}")
    }
    pub fn respondent(id: &str) -> String {
        format!("respondent:{id}")
    }
    pub fn recommendation(id: &str) -> String {
        format!("recommendation:{id}")
    }
    pub fn report_finding(i: usize) -> String {
        format!("report_finding:{i}")
    }
}

/// The rows of `atlas_fact_source` and `atlas_fact_list` an atlas needs, computed once
/// outside the backend-specific transaction code.
struct ExtraRows<'a> {
    sources: Vec<(String, i64, &'a Source)>,
    lists: Vec<(String, &'static str, i64, String)>,
}

impl<'a> ExtraRows<'a> {
    fn of(atlas: &'a Atlas) -> ExtraRows<'a> {
        let mut x = ExtraRows {
            sources: Vec::new(),
            lists: Vec::new(),
        };
        for c in &atlas.countries {
            let cc = c.country.code.as_str();
            for (i, p) in c.participation.iter().enumerate() {
                x.fact(owner::participation(cc, i), &p.also, &[]);
            }
            for a in &c.actors {
                x.fact(owner::actor(a.id.as_str()), &a.also, &a.read);
                for (j, m) in a.mandates.iter().enumerate() {
                    x.fact(owner::mandate(a.id.as_str(), j), &m.also, &m.read);
                }
            }
            for (i, t) in c.cooperation.iter().enumerate() {
                x.fact(owner::tie(cc, i), &t.also, &t.read);
            }
            for m in &c.mechanisms {
                x.fact(owner::mechanism(m.id.as_str()), &m.also, &m.read);
            }
            for (i, l) in c.limitations.iter().enumerate() {
                x.fact(owner::limitation(cc, i), &l.also, &l.read);
            }
            for d in &c.documents {
                let o = owner::document(d.id.as_str());
                x.fact(o.clone(), &d.also, &d.read);
                x.list(
                    &o,
                    "capabilities",
                    d.capabilities.iter().map(|v| v.as_str().to_string()),
                );
                x.list(&o, "actors", d.actors.iter().map(|v| v.to_string()));
                x.list(&o, "mechanisms", d.mechanisms.iter().map(|v| v.to_string()));
            }
            for (i, a) in c.ambiguities.iter().enumerate() {
                x.list(
                    &owner::ambiguity(cc, i),
                    "concerns",
                    a.concerns.iter().cloned(),
                );
            }
            for r in &c.respondents {
                let o = owner::respondent(r.id.as_str());
                x.fact(o.clone(), &r.also, &r.read);
                x.list(&o, "actors", r.actors.iter().map(|v| v.to_string()));
                x.list(&o, "footnotes", r.footnotes.iter().cloned());
            }
            for r in &c.recommendations {
                x.recommendation(r);
            }
        }
        for (i, f) in atlas.report.findings.iter().enumerate() {
            x.list(
                &owner::report_finding(i),
                "countries",
                f.countries.iter().map(|v| v.to_string()),
            );
        }
        for r in &atlas.report.recommendations {
            x.recommendation(r);
            x.list(
                &owner::recommendation(r.id.as_str()),
                "countries",
                r.countries.iter().map(|v| v.to_string()),
            );
        }
        x
    }

    fn fact(&mut self, owner: String, also: &'a [Source], read: &[String]) {
        for (i, s) in also.iter().enumerate() {
            self.sources.push((owner.clone(), pos(i), s));
        }
        self.list(&owner, "read", read.iter().cloned());
    }

    fn recommendation(&mut self, r: &'a Recommendation) {
        let o = owner::recommendation(r.id.as_str());
        self.fact(o.clone(), &r.also, &[]);
        self.list(
            &o,
            "addresses",
            r.addresses.iter().map(|v| v.as_str().to_string()),
        );
        self.list(&o, "actors", r.actors.iter().map(|v| v.to_string()));
    }

    fn list(&mut self, owner: &str, list: &'static str, values: impl Iterator<Item = String>) {
        for (i, v) in values.enumerate() {
            self.lists.push((owner.to_string(), list, pos(i), v));
        }
    }
}

/// `atlas_fact_source` and `atlas_fact_list` read back, by owner key.
struct Extra {
    sources: HashMap<String, Vec<Source>>,
    lists: HashMap<(String, String), Vec<String>>,
}

impl Extra {
    fn load<R: Get>(rows: &Rows<R>) -> Result<Extra, StoreError> {
        let mut sources: HashMap<String, Vec<Source>> = HashMap::new();
        for r in &rows.fact_sources {
            sources
                .entry(r.s("owner")?)
                .or_default()
                .push(r.source_with_record()?);
        }
        let mut lists: HashMap<(String, String), Vec<String>> = HashMap::new();
        for r in &rows.fact_lists {
            lists
                .entry((r.s("owner")?, r.s("list")?))
                .or_default()
                .push(r.s("value")?);
        }
        Ok(Extra { sources, lists })
    }
    fn also(&self, owner: &str) -> Vec<Source> {
        self.sources.get(owner).cloned().unwrap_or_default()
    }
    fn list(&self, owner: &str, list: &str) -> Vec<String> {
        self.lists
            .get(&(owner.to_string(), list.to_string()))
            .cloned()
            .unwrap_or_default()
    }
    fn read(&self, owner: &str) -> Vec<String> {
        self.list(owner, "read")
    }
    fn ids(&self, owner: &str, list: &str) -> Result<Vec<FactId>, StoreError> {
        self.list(owner, list)
            .iter()
            .map(|v| FactId::parse(v).map_err(StoreError::Corrupt))
            .collect()
    }
    fn parsed<T: std::str::FromStr>(&self, owner: &str, list: &str) -> Result<Vec<T>, StoreError> {
        self.list(owner, list)
            .iter()
            .map(|v| {
                v.parse().map_err(|_| {
                    StoreError::Corrupt(format!(
                        "list {list} of {owner} holds unknown value \"{v}\""
                    ))
                })
            })
            .collect()
    }
    fn countries(&self, owner: &str) -> Result<Vec<CountryCode>, StoreError> {
        self.list(owner, "countries")
            .into_iter()
            .map(|v| CountryCode::try_from(v).map_err(StoreError::Corrupt))
            .collect()
    }
    fn recommendation<R: Get>(
        &self,
        r: &R,
        countries: Vec<CountryCode>,
    ) -> Result<Recommendation, StoreError> {
        let id = r.id("id")?;
        let o = owner::recommendation(id.as_str());
        Ok(Recommendation {
            countries,
            summary: r.s("summary")?,
            addresses: self.parsed(&o, "addresses")?,
            actors: self.ids(&o, "actors")?,
            source: r.source()?,
            also: self.also(&o),
            id,
        })
    }
}

fn assemble_report<R: Get>(rows: &Rows<R>, extra: &Extra) -> Result<ReportWide, StoreError> {
    let mut report = ReportWide::default();
    if let Some(r) = rows.report.first() {
        report.title = r.s("title")?;
    }
    for (i, f) in rows.report_findings.iter().enumerate() {
        report.findings.push(ReportFinding {
            part: f.parsed("part")?,
            topic: f.os("topic")?,
            countries: extra.countries(&owner::report_finding(i))?,
            source: f.source()?,
        });
    }
    for r in &rows.recommendations {
        if r.os("country_code")?.is_none() {
            let o = owner::recommendation(&r.s("id")?);
            report
                .recommendations
                .push(extra.recommendation(r, extra.countries(&o)?)?);
        }
    }
    Ok(report)
}

/// Typed column access shared by both backends' rows, so assembly is written once.
trait Get {
    fn s(&self, col: &str) -> Result<String, StoreError>;
    fn os(&self, col: &str) -> Result<Option<String>, StoreError>;
    fn oi(&self, col: &str) -> Result<Option<i64>, StoreError>;
    fn b(&self, col: &str) -> Result<bool, StoreError>;
    fn ob(&self, col: &str) -> Result<Option<bool>, StoreError>;

    fn parsed<T: std::str::FromStr>(&self, col: &str) -> Result<T, StoreError> {
        let v = self.s(col)?;
        v.parse()
            .map_err(|_| StoreError::Corrupt(format!("column {col} holds unknown value \"{v}\"")))
    }
    fn id(&self, col: &str) -> Result<FactId, StoreError> {
        FactId::parse(&self.s(col)?).map_err(StoreError::Corrupt)
    }
    fn source(&self) -> Result<Source, StoreError> {
        Ok(Source::new(
            self.s("src_section")?,
            self.s("src_quote")?,
            self.oi("src_line")?.and_then(|l| u32::try_from(l).ok()),
        ))
    }
    /// `source`, for the tables that can cite an OpenNRM record (`src_record`).
    fn source_with_record(&self) -> Result<Source, StoreError> {
        Ok(Source {
            record: self.os("src_record")?,
            ..self.source()?
        })
    }
}

macro_rules! impl_get {
    ($row:ty) => {
        impl Get for $row {
            fn s(&self, col: &str) -> Result<String, StoreError> {
                Ok(self.try_get(col)?)
            }
            fn os(&self, col: &str) -> Result<Option<String>, StoreError> {
                Ok(self.try_get(col)?)
            }
            fn oi(&self, col: &str) -> Result<Option<i64>, StoreError> {
                Ok(self.try_get(col)?)
            }
            fn b(&self, col: &str) -> Result<bool, StoreError> {
                Ok(self.try_get(col)?)
            }
            fn ob(&self, col: &str) -> Result<Option<bool>, StoreError> {
                Ok(self.try_get(col)?)
            }
        }
    };
}
impl_get!(sqlx::sqlite::SqliteRow);
impl_get!(sqlx::postgres::PgRow);

fn revision_from<R: Get>(r: &R) -> Result<Revision, StoreError> {
    Ok(Revision {
        id: r.oi("id")?.unwrap_or_default(),
        label: r.s("label")?,
        content_hash: r.s("content_hash")?,
        origin: r.s("origin")?,
        made_by: r.s("made_by")?,
        created_at: r.s("created_at")?,
        facts_kept: r.b("facts_kept")?,
    })
}

/// The positions of `rows` per value of column `col`, in row order: read once, so that
/// assembling a revision is linear in its rows (reading an old revision must stay fast).
fn group_by<R: Get>(rows: &[R], col: &str) -> Result<HashMap<String, Vec<usize>>, StoreError> {
    let mut groups: HashMap<String, Vec<usize>> = HashMap::new();
    for (i, r) in rows.iter().enumerate() {
        groups.entry(r.s(col)?).or_default().push(i);
    }
    Ok(groups)
}

/// The rows of `rows` at the positions grouped under `key`.
fn rows_of<'r, R>(
    rows: &'r [R],
    groups: &HashMap<String, Vec<usize>>,
    key: &str,
) -> impl Iterator<Item = &'r R> {
    groups
        .get(key)
        .map(Vec::as_slice)
        .unwrap_or_default()
        .iter()
        .map(move |i| &rows[*i])
}

fn assemble<R: Get>(rows: &Rows<R>, extra: &Extra) -> Result<Vec<CountryAtlas>, StoreError> {
    let mut out = Vec::new();
    let by_country = |rs: &[R]| group_by(rs, "country_code");
    let (actors_g, ties_g, mechanisms_g, limitations_g) = (
        by_country(&rows.actors)?,
        by_country(&rows.cooperation)?,
        by_country(&rows.mechanisms)?,
        by_country(&rows.limitations)?,
    );
    let (documents_g, participation_g, findings_g, ambiguities_g, respondents_g) = (
        by_country(&rows.documents)?,
        by_country(&rows.participation)?,
        by_country(&rows.findings)?,
        by_country(&rows.ambiguities)?,
        by_country(&rows.respondents)?,
    );
    let aliases_g = group_by(&rows.aliases, "actor_id")?;
    let mandates_g = group_by(&rows.mandates, "actor_id")?;
    let members_g = group_by(&rows.members, "mechanism_id")?;
    let sources_g = group_by(&rows.ambiguity_sources, "ambiguity_id")?;
    for r in &rows.countries {
        let code = CountryCode::try_from(r.s("code")?).map_err(StoreError::Corrupt)?;
        let cc = code.as_str().to_string();
        let mut actors = Vec::new();
        for a in rows_of(&rows.actors, &actors_g, &cc) {
            let id = a.id("id")?;
            let o = owner::actor(id.as_str());
            let mut aliases = Vec::new();
            for al in rows_of(&rows.aliases, &aliases_g, id.as_str()) {
                aliases.push(al.s("alias")?);
            }
            let mut mandates = Vec::new();
            for m in rows_of(&rows.mandates, &mandates_g, id.as_str()) {
                let o = owner::mandate(id.as_str(), mandates.len());
                mandates.push(Mandate {
                    also: extra.also(&o),
                    read: extra.read(&o),
                    capability: m.parsed::<Capability>("capability")?,
                    denied: m.b("denied")?,
                    scope: m.os("scope")?,
                    labour_mandate: m.ob("labour_mandate")?,
                    note: m.os("note")?,
                    source: m.source_with_record()?,
                });
            }
            actors.push(Actor {
                id,
                country: code.clone(),
                name: a.s("name")?,
                native_name: a.os("native_name")?,
                acronym: a.os("acronym")?,
                aliases,
                sector: a.parsed("sector")?,
                level: a.parsed("level")?,
                study_status: a.parsed("study_status")?,
                parent: a
                    .os("parent_id")?
                    .map(|p| FactId::parse(&p))
                    .transpose()
                    .map_err(StoreError::Corrupt)?,
                group: a.b("is_group")?,
                note: a.os("note")?,
                source: a.source()?,
                also: extra.also(&o),
                read: extra.read(&o),
                mandates,
            });
        }
        let mut cooperation = Vec::new();
        for t in rows_of(&rows.cooperation, &ties_g, &cc) {
            let o = owner::tie(&cc, cooperation.len());
            cooperation.push(Cooperation {
                country: code.clone(),
                from: t.id("from_actor")?,
                to: t.id("to_actor")?,
                kind: t.parsed("kind")?,
                direction: t.parsed("direction")?,
                reported_by: t
                    .os("reported_by")?
                    .map(|h| FactId::parse(&h))
                    .transpose()
                    .map_err(StoreError::Corrupt)?,
                note: t.os("note")?,
                source: t.source_with_record()?,
                also: extra.also(&o),
                read: extra.read(&o),
            });
        }
        let mut mechanisms = Vec::new();
        for m in rows_of(&rows.mechanisms, &mechanisms_g, &cc) {
            let id = m.id("id")?;
            let mut members = Vec::new();
            for x in rows_of(&rows.members, &members_g, id.as_str()) {
                members.push(x.id("actor_id")?);
            }
            let o = owner::mechanism(id.as_str());
            mechanisms.push(Mechanism {
                also: extra.also(&o),
                read: extra.read(&o),
                id,
                country: code.clone(),
                kind: m.parsed("kind")?,
                name: m.s("name")?,
                status: m.parsed("status")?,
                holder: m
                    .os("holder_id")?
                    .map(|h| FactId::parse(&h))
                    .transpose()
                    .map_err(StoreError::Corrupt)?,
                members,
                year: m.oi("year")?,
                frequency: m.os("frequency")?,
                focus: m.parsed("focus")?,
                note: m.os("note")?,
                source: m.source_with_record()?,
            });
        }
        let mut limitations = Vec::new();
        for l in rows_of(&rows.limitations, &limitations_g, &cc) {
            let o = owner::limitation(&cc, limitations.len());
            limitations.push(Limitation {
                also: extra.also(&o),
                read: extra.read(&o),
                category: l.parsed("category")?,
                respondents: l.oi("respondents")?,
                note: l.os("note")?,
                source: l.source_with_record()?,
            });
        }
        let mut documents = Vec::new();
        for d in rows_of(&rows.documents, &documents_g, &cc) {
            let id = d.id("id")?;
            let o = owner::document(id.as_str());
            documents.push(Document {
                kind: d.parsed("kind")?,
                title: d.s("title")?,
                year: d.oi("year")?,
                capabilities: extra.parsed(&o, "capabilities")?,
                actors: extra.ids(&o, "actors")?,
                mechanisms: extra.ids(&o, "mechanisms")?,
                also: extra.also(&o),
                read: extra.read(&o),
                id,
                note: d.os("note")?,
                source: d.source()?,
            });
        }
        let mut participation = Vec::new();
        for p in rows_of(&rows.participation, &participation_g, &cc) {
            participation.push(Participation {
                also: extra.also(&owner::participation(&cc, participation.len())),
                invited: p.oi("invited")?,
                completed: p.oi("completed")?,
                note: p.os("note")?,
                source: p.source()?,
            });
        }
        let mut findings = Vec::new();
        for f in rows_of(&rows.findings, &findings_g, &cc) {
            findings.push(Finding {
                part: f.parsed("part")?,
                source: f.source()?,
            });
        }
        let mut ambiguities = Vec::new();
        for a in rows_of(&rows.ambiguities, &ambiguities_g, &cc) {
            let id = a.s("id")?;
            let mut sources = Vec::new();
            for s in rows_of(&rows.ambiguity_sources, &sources_g, &id) {
                sources.push(s.source()?);
            }
            ambiguities.push(Ambiguity {
                topic: a.s("topic")?,
                note: a.s("note")?,
                concerns: extra.list(&owner::ambiguity(&cc, ambiguities.len()), "concerns"),
                sources,
            });
        }
        let mut respondents = Vec::new();
        for r in rows_of(&rows.respondents, &respondents_g, &cc) {
            let id = r.id("id")?;
            let o = owner::respondent(id.as_str());
            respondents.push(Respondent {
                country: code.clone(),
                name: r.s("name")?,
                actors: extra.ids(&o, "actors")?,
                form: r.parsed("form")?,
                reason: r.os("reason")?,
                footnotes: extra.list(&o, "footnotes"),
                note: r.os("note")?,
                source: r.source()?,
                also: extra.also(&o),
                read: extra.read(&o),
                id,
            });
        }
        let mut recommendations = Vec::new();
        for r in &rows.recommendations {
            if r.os("country_code")?.as_deref() == Some(cc.as_str()) {
                recommendations.push(extra.recommendation(r, vec![code.clone()])?);
            }
        }
        out.push(CountryAtlas {
            country: Country {
                code,
                name: r.s("name")?,
                native_name: r.os("native_name")?,
                chapter: r.s("chapter")?,
            },
            participation,
            findings,
            actors,
            cooperation,
            mechanisms,
            limitations,
            documents,
            ambiguities,
            respondents,
            recommendations,
        });
    }
    Ok(out)
}
