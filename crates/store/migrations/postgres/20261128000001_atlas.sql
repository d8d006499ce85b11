-- The atlas (capability 1). Every fact row carries its source (section, verbatim quote,
-- report line) and the revision that introduced it; revision 1 is the 2013 baseline.
-- `position` keeps the order of the data files so pages read like the report.

CREATE TABLE atlas_revision (
    id           BIGSERIAL PRIMARY KEY,
    label        TEXT NOT NULL,
    content_hash TEXT NOT NULL,
    origin       TEXT NOT NULL,
    created_at   TEXT NOT NULL
);

CREATE TABLE country (
    code        TEXT PRIMARY KEY,
    name        TEXT NOT NULL,
    native_name TEXT,
    chapter     TEXT NOT NULL,
    revision_id BIGINT NOT NULL REFERENCES atlas_revision (id)
);

CREATE TABLE actor (
    id           TEXT PRIMARY KEY,
    country_code TEXT NOT NULL REFERENCES country (code),
    position     BIGINT NOT NULL,
    name         TEXT NOT NULL,
    native_name  TEXT,
    acronym      TEXT,
    sector       TEXT NOT NULL,
    level        TEXT NOT NULL,
    study_status TEXT NOT NULL,
    parent_id    TEXT REFERENCES actor (id) DEFERRABLE INITIALLY DEFERRED,
    note         TEXT,
    src_section  TEXT NOT NULL,
    src_quote    TEXT NOT NULL,
    src_line     BIGINT,
    revision_id  BIGINT NOT NULL REFERENCES atlas_revision (id)
);
CREATE INDEX actor_country ON actor (country_code, position);

CREATE TABLE actor_alias (
    actor_id TEXT NOT NULL REFERENCES actor (id),
    position BIGINT NOT NULL,
    alias    TEXT NOT NULL,
    PRIMARY KEY (actor_id, position)
);

CREATE TABLE mandate (
    id             BIGSERIAL PRIMARY KEY,
    actor_id       TEXT NOT NULL REFERENCES actor (id),
    position       BIGINT NOT NULL,
    capability     TEXT NOT NULL,
    scope          TEXT,
    labour_mandate BOOLEAN,
    note           TEXT,
    src_section    TEXT NOT NULL,
    src_quote      TEXT NOT NULL,
    src_line       BIGINT,
    revision_id    BIGINT NOT NULL REFERENCES atlas_revision (id)
);
CREATE INDEX mandate_actor ON mandate (actor_id, position);

CREATE TABLE cooperation (
    id           BIGSERIAL PRIMARY KEY,
    country_code TEXT NOT NULL REFERENCES country (code),
    position     BIGINT NOT NULL,
    from_actor   TEXT NOT NULL REFERENCES actor (id),
    to_actor     TEXT NOT NULL REFERENCES actor (id),
    kind         TEXT NOT NULL,
    note         TEXT,
    src_section  TEXT NOT NULL,
    src_quote    TEXT NOT NULL,
    src_line     BIGINT,
    revision_id  BIGINT NOT NULL REFERENCES atlas_revision (id)
);

CREATE TABLE mechanism (
    id           TEXT PRIMARY KEY,
    country_code TEXT NOT NULL REFERENCES country (code),
    position     BIGINT NOT NULL,
    kind         TEXT NOT NULL,
    name         TEXT NOT NULL,
    present      BOOLEAN NOT NULL,
    holder_id    TEXT REFERENCES actor (id),
    year         BIGINT,
    frequency    TEXT,
    focus        TEXT NOT NULL,
    note         TEXT,
    src_section  TEXT NOT NULL,
    src_quote    TEXT NOT NULL,
    src_line     BIGINT,
    revision_id  BIGINT NOT NULL REFERENCES atlas_revision (id)
);

CREATE TABLE mechanism_member (
    mechanism_id TEXT NOT NULL REFERENCES mechanism (id),
    position     BIGINT NOT NULL,
    actor_id     TEXT NOT NULL REFERENCES actor (id),
    PRIMARY KEY (mechanism_id, position)
);

CREATE TABLE limitation (
    id           BIGSERIAL PRIMARY KEY,
    country_code TEXT NOT NULL REFERENCES country (code),
    position     BIGINT NOT NULL,
    category     TEXT NOT NULL,
    respondents  BIGINT,
    note         TEXT,
    src_section  TEXT NOT NULL,
    src_quote    TEXT NOT NULL,
    src_line     BIGINT,
    revision_id  BIGINT NOT NULL REFERENCES atlas_revision (id)
);

CREATE TABLE document (
    id           TEXT PRIMARY KEY,
    country_code TEXT NOT NULL REFERENCES country (code),
    position     BIGINT NOT NULL,
    kind         TEXT NOT NULL,
    title        TEXT NOT NULL,
    year         BIGINT,
    note         TEXT,
    src_section  TEXT NOT NULL,
    src_quote    TEXT NOT NULL,
    src_line     BIGINT,
    revision_id  BIGINT NOT NULL REFERENCES atlas_revision (id)
);

CREATE TABLE participation (
    id           BIGSERIAL PRIMARY KEY,
    country_code TEXT NOT NULL REFERENCES country (code),
    position     BIGINT NOT NULL,
    invited      BIGINT,
    completed    BIGINT,
    note         TEXT,
    src_section  TEXT NOT NULL,
    src_quote    TEXT NOT NULL,
    src_line     BIGINT,
    revision_id  BIGINT NOT NULL REFERENCES atlas_revision (id)
);

CREATE TABLE finding (
    id           BIGSERIAL PRIMARY KEY,
    country_code TEXT NOT NULL REFERENCES country (code),
    position     BIGINT NOT NULL,
    part         TEXT NOT NULL,
    src_section  TEXT NOT NULL,
    src_quote    TEXT NOT NULL,
    src_line     BIGINT,
    revision_id  BIGINT NOT NULL REFERENCES atlas_revision (id)
);

CREATE TABLE ambiguity (
    id           TEXT PRIMARY KEY,
    country_code TEXT NOT NULL REFERENCES country (code),
    position     BIGINT NOT NULL,
    topic        TEXT NOT NULL,
    note         TEXT NOT NULL,
    revision_id  BIGINT NOT NULL REFERENCES atlas_revision (id)
);

CREATE TABLE ambiguity_source (
    ambiguity_id TEXT NOT NULL REFERENCES ambiguity (id),
    position     BIGINT NOT NULL,
    src_section  TEXT NOT NULL,
    src_quote    TEXT NOT NULL,
    src_line     BIGINT,
    PRIMARY KEY (ambiguity_id, position)
);
