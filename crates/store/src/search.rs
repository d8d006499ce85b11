//! Full-text search in the databases' own indexes: FTS5 on SQLite, a GIN-indexed
//! `tsvector` on PostgreSQL, over `atlas_search` (one row per searchable text of a fact,
//! per revision). What is searched and how words are folded is the domain's
//! (`domain::atlas::search`); this module writes the rows and runs the query.

use opennrm_domain::atlas::search::{SearchEntry, SearchKind, SearchWords, entries, fold};
use opennrm_domain::atlas::vocabulary::{Capability, Sector};
use opennrm_domain::atlas::{Atlas, CountryCode};
use sqlx::Row;

use crate::{Store, StoreError, with_pool};

/// Columns of one row; the insert below binds them in this order.
const COLUMNS: usize = 11;
/// Rows per INSERT statement (11 parameters each: well under both backends' limits).
const CHUNK: usize = 200;

/// `INSERT … VALUES ($1, …), (…)` for `rows` rows.
fn insert_sql(rows: usize) -> String {
    let mut sql = String::from(
        "INSERT INTO atlas_search (revision_id, position, country_code, kind, field, reference, anchor, sector, capability, body, folded) VALUES ",
    );
    for r in 0..rows {
        if r > 0 {
            sql.push_str(", ");
        }
        sql.push('(');
        for c in 0..COLUMNS {
            if c > 0 {
                sql.push_str(", ");
            }
            sql.push_str(&format!("${}", r * COLUMNS + c + 1));
        }
        sql.push(')');
    }
    sql
}

/// Writes the search rows of revision `$rev` of `$atlas` on `$tx` (either backend).
macro_rules! write_search_rows {
    ($tx:expr, $rev:expr, $atlas:expr) => {{
        let all = $crate::search::rows($atlas);
        for (n, chunk) in all.chunks($crate::search::chunk_size()).enumerate() {
            let sql = $crate::search::insert_sql_for(chunk.len());
            let mut q = sqlx::query(&sql);
            for (i, (e, folded)) in chunk.iter().enumerate() {
                let position =
                    i64::try_from(n * $crate::search::chunk_size() + i).unwrap_or(i64::MAX);
                q = q
                    .bind($rev)
                    .bind(position)
                    .bind(e.country.as_str())
                    .bind(e.kind.as_str())
                    .bind(e.field.as_str())
                    .bind(e.reference.as_str())
                    .bind(e.anchor.as_deref())
                    .bind(e.sector.map(|s| s.as_str()))
                    .bind(e.capability.map(|c| c.as_str()))
                    .bind(e.text.as_str())
                    .bind(folded.as_str());
            }
            q.execute(&mut *$tx).await?;
        }
    }};
}
pub(crate) use write_search_rows;

pub(crate) fn chunk_size() -> usize {
    CHUNK
}

pub(crate) fn insert_sql_for(rows: usize) -> String {
    insert_sql(rows)
}

/// The entries of `atlas` with their folded text (entries that fold to nothing are left out).
pub(crate) fn rows(atlas: &Atlas) -> Vec<(SearchEntry, String)> {
    entries(atlas)
        .into_iter()
        .map(|e| {
            let f = fold(&e.text);
            (e, f)
        })
        .filter(|(_, f)| !f.is_empty())
        .collect()
}

/// What to look for, in which revision.
#[derive(Debug, Clone)]
pub struct SearchQuery<'a> {
    pub revision: i64,
    pub words: &'a SearchWords,
    pub country: Option<&'a CountryCode>,
    pub sector: Option<Sector>,
    pub capability: Option<Capability>,
    pub kind: Option<SearchKind>,
    /// Most rows returned.
    pub limit: i64,
}

const SELECT: &str =
    "s.country_code, s.kind, s.field, s.reference, s.anchor, s.sector, s.capability, s.body";

/// FTS5 query: every word as a quoted prefix, all required. The words are folded
/// (ASCII letters and digits only), and quoted besides, so nothing a user types is syntax.
fn fts5_match(words: &SearchWords) -> String {
    words
        .as_slice()
        .iter()
        .map(|w| format!("\"{}\"*", w.replace('"', "\"\"")))
        .collect::<Vec<_>>()
        .join(" AND ")
}

/// PostgreSQL tsquery: every word as a prefix (`:*`), all required (`&`); words are quoted.
fn tsquery(words: &SearchWords) -> String {
    words
        .as_slice()
        .iter()
        .map(|w| format!("'{}':*", w.replace('\'', "''").replace('\\', "\\\\")))
        .collect::<Vec<_>>()
        .join(" & ")
}

impl Store {
    /// Refreshes PostgreSQL's statistics of `atlas_search` after rows were added, so the
    /// planner uses the word index at once rather than after autovacuum's next round
    /// (without statistics it scans the revision's rows: ~3 ms instead of ~0.1 ms).
    /// A failure only costs speed, so it is logged, not returned.
    pub(crate) async fn analyze_search(&self) {
        if let Store::Postgres(p) = self
            && let Err(e) = sqlx::query("ANALYZE atlas_search").execute(p).await
        {
            tracing::warn!(error = %e, "could not refresh the search statistics");
        }
    }

    /// The texts of revision `q.revision` holding every word of the query (as word
    /// prefixes), best matches first, at most `q.limit`.
    pub async fn search(&self, q: &SearchQuery<'_>) -> Result<Vec<SearchEntry>, StoreError> {
        if q.words.is_empty() {
            return Ok(Vec::new());
        }
        let country = q.country.map(CountryCode::as_str);
        let sector = q.sector.map(Sector::as_str);
        let capability = q.capability.map(Capability::as_str);
        let kind = q.kind.map(SearchKind::as_str);
        // The dialects differ only in the match expression and the ranking; the
        // parameters are the same.
        let (sql, matching) = match self {
            Store::Sqlite(_) => (
                format!(
                    "SELECT {SELECT} FROM atlas_search_fts f JOIN atlas_search s ON s.id = f.rowid \
                     WHERE atlas_search_fts MATCH $1 AND s.revision_id = $2 \
                     AND ($3 IS NULL OR s.country_code = $3) AND ($4 IS NULL OR s.sector = $4) \
                     AND ($5 IS NULL OR s.capability = $5) AND ($6 IS NULL OR s.kind = $6) \
                     ORDER BY f.rank, s.position LIMIT $7"
                ),
                fts5_match(q.words),
            ),
            Store::Postgres(_) => (
                format!(
                    "SELECT {SELECT} FROM atlas_search s, to_tsquery('simple', $1) tq \
                     WHERE s.words @@ tq AND s.revision_id = $2 \
                     AND ($3::text IS NULL OR s.country_code = $3) AND ($4::text IS NULL OR s.sector = $4) \
                     AND ($5::text IS NULL OR s.capability = $5) AND ($6::text IS NULL OR s.kind = $6) \
                     ORDER BY ts_rank(s.words, tq) DESC, s.position LIMIT $7"
                ),
                tsquery(q.words),
            ),
        };
        with_pool!(self, p => {
            let rows = sqlx::query(&sql)
                .bind(&matching)
                .bind(q.revision)
                .bind(country)
                .bind(sector)
                .bind(capability)
                .bind(kind)
                .bind(q.limit)
                .fetch_all(p)
                .await?;
            rows.iter().map(entry_from).collect()
        })
    }

    /// Indexes every revision whose facts are kept but that has no search rows yet (those
    /// written before search existed). Safe with several nodes starting at once: each
    /// revision is indexed in one transaction under the atlas writers' lock, re-checked.
    pub async fn index_search_backlog(&self) -> Result<usize, StoreError> {
        const MISSING: &str = "SELECT r.id FROM atlas_revision r WHERE r.facts_kept \
            AND NOT EXISTS (SELECT 1 FROM atlas_search s WHERE s.revision_id = r.id) ORDER BY r.id";
        let missing: Vec<i64> = with_pool!(self, p => {
            let rows = sqlx::query(MISSING).fetch_all(p).await?;
            rows.iter().map(|r| r.try_get::<i64, _>("id")).collect::<Result<_, _>>()?
        });
        let mut done = 0;
        for id in missing {
            let Some((_, atlas)) = self.load_revision(id).await? else {
                continue;
            };
            with_pool!(self, p => {
                let mut tx = p.begin().await?;
                if let Store::Postgres(_) = self {
                    sqlx::query("SELECT pg_advisory_xact_lock(7310521)").execute(&mut *tx).await?;
                } else {
                    sqlx::query("UPDATE atlas_revision SET label = label WHERE 0 = 1").execute(&mut *tx).await?;
                }
                let present = sqlx::query("SELECT 1 AS one FROM atlas_search WHERE revision_id = $1 LIMIT 1")
                    .bind(id).fetch_optional(&mut *tx).await?;
                if present.is_none() {
                    write_search_rows!(tx, id, &atlas);
                    done += 1;
                }
                tx.commit().await?;
            });
        }
        if done > 0 {
            tracing::info!(
                revisions = done,
                "indexed atlas revisions for full-text search"
            );
        }
        Ok(done)
    }
}

fn entry_from<R: Row>(r: &R) -> Result<SearchEntry, StoreError>
where
    for<'c> &'c str: sqlx::ColumnIndex<R>,
    for<'q> String: sqlx::Decode<'q, R::Database> + sqlx::Type<R::Database>,
    for<'q> Option<String>: sqlx::Decode<'q, R::Database> + sqlx::Type<R::Database>,
{
    let s = |col: &str| -> Result<String, StoreError> { Ok(r.try_get::<String, _>(col)?) };
    let os = |col: &str| -> Result<Option<String>, StoreError> {
        Ok(r.try_get::<Option<String>, _>(col)?)
    };
    fn parsed<T: std::str::FromStr>(col: &str, v: &str) -> Result<T, StoreError> {
        v.parse()
            .map_err(|_| StoreError::Corrupt(format!("column {col} holds unknown value \"{v}\"")))
    }
    Ok(SearchEntry {
        country: CountryCode::try_from(s("country_code")?).map_err(StoreError::Corrupt)?,
        kind: parsed("kind", &s("kind")?)?,
        field: parsed("field", &s("field")?)?,
        reference: s("reference")?,
        anchor: os("anchor")?,
        sector: os("sector")?.map(|v| parsed("sector", &v)).transpose()?,
        capability: os("capability")?
            .map(|v| parsed("capability", &v))
            .transpose()?,
        text: s("body")?,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn queries_are_quoted_words_whatever_was_typed() {
        let w = SearchWords::parse("\"reflection\" NEAR(period*) -§ 262a").expect("ok");
        assert_eq!(
            fts5_match(&w),
            "\"reflection\"* AND \"near\"* AND \"period\"* AND \"262a\"*"
        );
        assert_eq!(
            tsquery(&w),
            "'reflection':* & 'near':* & 'period':* & '262a':*"
        );
    }

    #[test]
    fn a_chunk_binds_eleven_parameters_per_row() {
        let sql = insert_sql(2);
        assert!(
            sql.ends_with("($12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22)"),
            "{sql}"
        );
    }
}
