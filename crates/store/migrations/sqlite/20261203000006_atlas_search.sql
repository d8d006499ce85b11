-- Full-text search over every fact of every revision (issue 6). One row per searchable
-- text of a fact (a name, a scope, a note, a title, a quote, …), written in the same
-- transaction as the revision's facts and never changed afterwards, like them.
--
-- `body` is the text as the report or the data file has it; `folded` is the same text
-- folded in Rust (lower case, accents removed, words separated by single spaces; see
-- domain::atlas::search::fold), so that SQLite and PostgreSQL index the very same words
-- and no extension (unaccent, ICU) is needed. SQLite cannot fold like Rust in SQL, so
-- revisions that exist before this migration are indexed by the application right after
-- migrating (Store::migrate → index_search_backlog).
--
-- SQLite: an FTS5 index over `folded`, kept in step by triggers (external content, so
-- the text is stored once). Queries are `MATCH` expressions built from folded words only.

CREATE TABLE atlas_search (
    id           INTEGER PRIMARY KEY,
    revision_id  INTEGER NOT NULL REFERENCES atlas_revision (id),
    position     INTEGER NOT NULL,
    country_code TEXT NOT NULL,
    kind         TEXT NOT NULL,
    field        TEXT NOT NULL,
    reference    TEXT NOT NULL,
    anchor       TEXT,
    sector       TEXT,
    capability   TEXT,
    body         TEXT NOT NULL,
    folded       TEXT NOT NULL,
    UNIQUE (revision_id, position)
);

CREATE VIRTUAL TABLE atlas_search_fts USING fts5 (
    folded,
    content = 'atlas_search',
    content_rowid = 'id',
    tokenize = 'unicode61'
);

CREATE TRIGGER atlas_search_insert AFTER INSERT ON atlas_search BEGIN
    INSERT INTO atlas_search_fts (rowid, folded) VALUES (new.id, new.folded);
END;

CREATE TRIGGER atlas_search_delete AFTER DELETE ON atlas_search BEGIN
    INSERT INTO atlas_search_fts (atlas_search_fts, rowid, folded) VALUES ('delete', old.id, old.folded);
END;
