-- Closer to the text (issue 6, docs/DATA_FORMAT.md "Closer to the text"): respondents,
-- recommendations, the report beyond the chapters, several sources per fact, readings,
-- links from documents, ties' direction and reporter, generic groups.
--
-- Like every atlas table, each row belongs to one revision and is never changed. Small
-- lists that belong to one fact (the fields marked as readings, the facts an ambiguity
-- concerns, a document's linked capabilities …) share one table keyed by the fact, rather
-- than a table per list: they are only ever read whole with the revision.
-- A fact is named by its owner key: "actor:<id>", "mandate:<actor-id>:<position>",
-- "tie:<cc>:<position>", "mechanism:<id>", "document:<id>", "limitation:<cc>:<position>",
-- "participation:<cc>:<position>", "ambiguity:<cc>:<position>", "respondent:<id>",
-- "recommendation:<id>", "report_finding:<position>".
--
-- Attribution ("said by") is not stored: it is derived from the report's footnotes each
-- time a revision is read (domain::atlas::attribution).

ALTER TABLE atlas_actor ADD COLUMN is_group BOOLEAN NOT NULL DEFAULT 0;
ALTER TABLE atlas_cooperation ADD COLUMN direction TEXT NOT NULL DEFAULT 'mutual';
ALTER TABLE atlas_cooperation ADD COLUMN reported_by TEXT;

-- The other places the report states a fact (its first source stays on the fact's row).
CREATE TABLE atlas_fact_source (
    revision_id INTEGER NOT NULL REFERENCES atlas_revision (id),
    owner       TEXT NOT NULL,
    position    INTEGER NOT NULL,
    src_section TEXT NOT NULL,
    src_quote   TEXT NOT NULL,
    src_line    INTEGER,
    PRIMARY KEY (revision_id, owner, position)
);

CREATE TABLE atlas_fact_list (
    revision_id INTEGER NOT NULL REFERENCES atlas_revision (id),
    owner       TEXT NOT NULL,
    list        TEXT NOT NULL,
    position    INTEGER NOT NULL,
    value       TEXT NOT NULL,
    PRIMARY KEY (revision_id, owner, list, position)
);

CREATE TABLE atlas_respondent (
    revision_id  INTEGER NOT NULL,
    id           TEXT NOT NULL,
    country_code TEXT NOT NULL,
    position     INTEGER NOT NULL,
    name         TEXT NOT NULL,
    form         TEXT NOT NULL,
    reason       TEXT,
    note         TEXT,
    src_section  TEXT NOT NULL,
    src_quote    TEXT NOT NULL,
    src_line     INTEGER,
    PRIMARY KEY (revision_id, id),
    FOREIGN KEY (revision_id, country_code) REFERENCES atlas_country (revision_id, code)
);
CREATE INDEX atlas_respondent_country ON atlas_respondent (revision_id, country_code, position);

-- country_code is NULL for a report-wide recommendation (its countries are a list).
CREATE TABLE atlas_recommendation (
    revision_id  INTEGER NOT NULL REFERENCES atlas_revision (id),
    id           TEXT NOT NULL,
    country_code TEXT,
    position     INTEGER NOT NULL,
    summary      TEXT NOT NULL,
    src_section  TEXT NOT NULL,
    src_quote    TEXT NOT NULL,
    src_line     INTEGER,
    PRIMARY KEY (revision_id, id)
);

CREATE TABLE atlas_report (
    revision_id INTEGER PRIMARY KEY REFERENCES atlas_revision (id),
    title       TEXT NOT NULL
);

CREATE TABLE atlas_report_finding (
    revision_id INTEGER NOT NULL REFERENCES atlas_revision (id),
    position    INTEGER NOT NULL,
    part        TEXT NOT NULL,
    topic       TEXT,
    src_section TEXT NOT NULL,
    src_quote   TEXT NOT NULL,
    src_line    INTEGER,
    PRIMARY KEY (revision_id, position)
);
