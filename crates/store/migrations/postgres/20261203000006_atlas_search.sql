-- Full-text search over every fact of every revision (issue 6). One row per searchable
-- text of a fact (a name, a scope, a note, a title, a quote, …), written in the same
-- transaction as the revision's facts and never changed afterwards, like them.
--
-- `body` is the text as the report or the data file has it; `folded` is the same text
-- folded in Rust (lower case, accents removed, words separated by single spaces; see
-- domain::atlas::search::fold), so that SQLite and PostgreSQL index the very same words
-- and no extension (unaccent) is needed. Revisions that exist before this migration are
-- indexed by the application right after migrating (Store::migrate → index_search_backlog).
--
-- PostgreSQL: a stored tsvector of `folded` with the 'simple' configuration (no stemming,
-- no stop words: the words as folded) and a GIN index on it; the application refreshes
-- the table's statistics after writing a revision (ANALYZE), so the index is used at once.

CREATE TABLE atlas_search (
    id           BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    revision_id  BIGINT NOT NULL REFERENCES atlas_revision (id),
    position     BIGINT NOT NULL,
    country_code TEXT NOT NULL,
    kind         TEXT NOT NULL,
    field        TEXT NOT NULL,
    reference    TEXT NOT NULL,
    anchor       TEXT,
    sector       TEXT,
    capability   TEXT,
    body         TEXT NOT NULL,
    folded       TEXT NOT NULL,
    words        TSVECTOR GENERATED ALWAYS AS (to_tsvector('simple', folded)) STORED,
    UNIQUE (revision_id, position)
);

-- fastupdate off: rows go straight into the index. With the default, a revision's rows
-- wait in the index's pending list until the next vacuum, and every search scans that
-- list (≈ 2 ms instead of ≈ 0.05 ms for a one-word query); revisions are written rarely.
CREATE INDEX atlas_search_words ON atlas_search USING GIN (words) WITH (fastupdate = off);
