-- Atlas history (issue 6): an import no longer replaces the facts. Every revision keeps
-- its own complete set of fact rows, keyed by (revision_id, …), and is never changed
-- again: "the atlas as of revision N" is `WHERE revision_id = N` on every table, a plain
-- indexed query on both backends, and an actor id stays resolvable in every revision that
-- held it. What changed between two revisions is computed from the facts themselves
-- (domain::atlas::diff), so a reordering of a data file is not reported as a change.
--
-- The copy costs one set of rows per revision (about 3,000 for the 2013 atlas); revisions
-- are rare (an import, an accepted survey merge), so plain copies are preferred to
-- interval rows (valid_from / valid_to) that every query and every writer must get right.
--
-- Before this migration an import deleted the previous facts: revisions older than the
-- current one have no facts left, and `facts_kept` says so instead of pretending.

ALTER TABLE atlas_revision ADD COLUMN made_by TEXT NOT NULL DEFAULT 'unknown';
ALTER TABLE atlas_revision ADD COLUMN facts_kept BOOLEAN NOT NULL DEFAULT TRUE;
UPDATE atlas_revision SET facts_kept = FALSE WHERE id < (SELECT MAX(id) FROM atlas_revision);
UPDATE atlas_revision SET made_by = CASE origin WHEN 'embedded' THEN 'opennrm (embedded data)' ELSE 'opennrm import' END;

CREATE TABLE atlas_country (
    revision_id BIGINT NOT NULL REFERENCES atlas_revision (id),
    code        TEXT NOT NULL,
    name        TEXT NOT NULL,
    native_name TEXT,
    chapter     TEXT NOT NULL,
    PRIMARY KEY (revision_id, code)
);

CREATE TABLE atlas_actor (
    revision_id  BIGINT NOT NULL,
    id           TEXT NOT NULL,
    country_code TEXT NOT NULL,
    position     BIGINT NOT NULL,
    name         TEXT NOT NULL,
    native_name  TEXT,
    acronym      TEXT,
    sector       TEXT NOT NULL,
    level        TEXT NOT NULL,
    study_status TEXT NOT NULL,
    parent_id    TEXT,
    note         TEXT,
    src_section  TEXT NOT NULL,
    src_quote    TEXT NOT NULL,
    src_line     BIGINT,
    PRIMARY KEY (revision_id, id),
    FOREIGN KEY (revision_id, country_code) REFERENCES atlas_country (revision_id, code),
    FOREIGN KEY (revision_id, parent_id) REFERENCES atlas_actor (revision_id, id) DEFERRABLE INITIALLY DEFERRED
);
CREATE INDEX atlas_actor_country ON atlas_actor (revision_id, country_code, position);
-- "Which revisions held this id?": a retired actor's page and the id registry.
CREATE INDEX atlas_actor_id ON atlas_actor (id, revision_id);

CREATE TABLE atlas_actor_alias (
    revision_id BIGINT NOT NULL,
    actor_id    TEXT NOT NULL,
    position    BIGINT NOT NULL,
    alias       TEXT NOT NULL,
    PRIMARY KEY (revision_id, actor_id, position),
    FOREIGN KEY (revision_id, actor_id) REFERENCES atlas_actor (revision_id, id)
);

CREATE TABLE atlas_mandate (
    revision_id    BIGINT NOT NULL,
    actor_id       TEXT NOT NULL,
    position       BIGINT NOT NULL,
    capability     TEXT NOT NULL,
    scope          TEXT,
    labour_mandate BOOLEAN,
    note           TEXT,
    src_section    TEXT NOT NULL,
    src_quote      TEXT NOT NULL,
    src_line       BIGINT,
    PRIMARY KEY (revision_id, actor_id, position),
    FOREIGN KEY (revision_id, actor_id) REFERENCES atlas_actor (revision_id, id)
);

CREATE TABLE atlas_cooperation (
    revision_id  BIGINT NOT NULL,
    country_code TEXT NOT NULL,
    position     BIGINT NOT NULL,
    from_actor   TEXT NOT NULL,
    to_actor     TEXT NOT NULL,
    kind         TEXT NOT NULL,
    note         TEXT,
    src_section  TEXT NOT NULL,
    src_quote    TEXT NOT NULL,
    src_line     BIGINT,
    PRIMARY KEY (revision_id, country_code, position),
    FOREIGN KEY (revision_id, from_actor) REFERENCES atlas_actor (revision_id, id),
    FOREIGN KEY (revision_id, to_actor) REFERENCES atlas_actor (revision_id, id)
);

CREATE TABLE atlas_mechanism (
    revision_id  BIGINT NOT NULL,
    id           TEXT NOT NULL,
    country_code TEXT NOT NULL,
    position     BIGINT NOT NULL,
    kind         TEXT NOT NULL,
    name         TEXT NOT NULL,
    present      BOOLEAN NOT NULL,
    holder_id    TEXT,
    year         BIGINT,
    frequency    TEXT,
    focus        TEXT NOT NULL,
    note         TEXT,
    src_section  TEXT NOT NULL,
    src_quote    TEXT NOT NULL,
    src_line     BIGINT,
    PRIMARY KEY (revision_id, id),
    FOREIGN KEY (revision_id, country_code) REFERENCES atlas_country (revision_id, code),
    FOREIGN KEY (revision_id, holder_id) REFERENCES atlas_actor (revision_id, id)
);

CREATE TABLE atlas_mechanism_member (
    revision_id  BIGINT NOT NULL,
    mechanism_id TEXT NOT NULL,
    position     BIGINT NOT NULL,
    actor_id     TEXT NOT NULL,
    PRIMARY KEY (revision_id, mechanism_id, position),
    FOREIGN KEY (revision_id, mechanism_id) REFERENCES atlas_mechanism (revision_id, id),
    FOREIGN KEY (revision_id, actor_id) REFERENCES atlas_actor (revision_id, id)
);

CREATE TABLE atlas_limitation (
    revision_id  BIGINT NOT NULL,
    country_code TEXT NOT NULL,
    position     BIGINT NOT NULL,
    category     TEXT NOT NULL,
    respondents  BIGINT,
    note         TEXT,
    src_section  TEXT NOT NULL,
    src_quote    TEXT NOT NULL,
    src_line     BIGINT,
    PRIMARY KEY (revision_id, country_code, position),
    FOREIGN KEY (revision_id, country_code) REFERENCES atlas_country (revision_id, code)
);

CREATE TABLE atlas_document (
    revision_id  BIGINT NOT NULL,
    id           TEXT NOT NULL,
    country_code TEXT NOT NULL,
    position     BIGINT NOT NULL,
    kind         TEXT NOT NULL,
    title        TEXT NOT NULL,
    year         BIGINT,
    note         TEXT,
    src_section  TEXT NOT NULL,
    src_quote    TEXT NOT NULL,
    src_line     BIGINT,
    PRIMARY KEY (revision_id, id),
    FOREIGN KEY (revision_id, country_code) REFERENCES atlas_country (revision_id, code)
);

CREATE TABLE atlas_participation (
    revision_id  BIGINT NOT NULL,
    country_code TEXT NOT NULL,
    position     BIGINT NOT NULL,
    invited      BIGINT,
    completed    BIGINT,
    note         TEXT,
    src_section  TEXT NOT NULL,
    src_quote    TEXT NOT NULL,
    src_line     BIGINT,
    PRIMARY KEY (revision_id, country_code, position),
    FOREIGN KEY (revision_id, country_code) REFERENCES atlas_country (revision_id, code)
);

CREATE TABLE atlas_finding (
    revision_id  BIGINT NOT NULL,
    country_code TEXT NOT NULL,
    position     BIGINT NOT NULL,
    part         TEXT NOT NULL,
    src_section  TEXT NOT NULL,
    src_quote    TEXT NOT NULL,
    src_line     BIGINT,
    PRIMARY KEY (revision_id, country_code, position),
    FOREIGN KEY (revision_id, country_code) REFERENCES atlas_country (revision_id, code)
);

CREATE TABLE atlas_ambiguity (
    revision_id  BIGINT NOT NULL,
    id           TEXT NOT NULL,
    country_code TEXT NOT NULL,
    position     BIGINT NOT NULL,
    topic        TEXT NOT NULL,
    note         TEXT NOT NULL,
    PRIMARY KEY (revision_id, id),
    FOREIGN KEY (revision_id, country_code) REFERENCES atlas_country (revision_id, code)
);

CREATE TABLE atlas_ambiguity_source (
    revision_id  BIGINT NOT NULL,
    ambiguity_id TEXT NOT NULL,
    position     BIGINT NOT NULL,
    src_section  TEXT NOT NULL,
    src_quote    TEXT NOT NULL,
    src_line     BIGINT,
    PRIMARY KEY (revision_id, ambiguity_id, position),
    FOREIGN KEY (revision_id, ambiguity_id) REFERENCES atlas_ambiguity (revision_id, id)
);

-- The current facts move over unchanged, under the revision they were loaded in.
INSERT INTO atlas_country (revision_id, code, name, native_name, chapter)
    SELECT revision_id, code, name, native_name, chapter FROM country;
INSERT INTO atlas_actor (revision_id, id, country_code, position, name, native_name, acronym, sector, level, study_status, parent_id, note, src_section, src_quote, src_line)
    SELECT revision_id, id, country_code, position, name, native_name, acronym, sector, level, study_status, parent_id, note, src_section, src_quote, src_line FROM actor;
INSERT INTO atlas_actor_alias (revision_id, actor_id, position, alias)
    SELECT a.revision_id, x.actor_id, x.position, x.alias FROM actor_alias x JOIN actor a ON a.id = x.actor_id;
INSERT INTO atlas_mandate (revision_id, actor_id, position, capability, scope, labour_mandate, note, src_section, src_quote, src_line)
    SELECT revision_id, actor_id, position, capability, scope, labour_mandate, note, src_section, src_quote, src_line FROM mandate;
INSERT INTO atlas_cooperation (revision_id, country_code, position, from_actor, to_actor, kind, note, src_section, src_quote, src_line)
    SELECT revision_id, country_code, position, from_actor, to_actor, kind, note, src_section, src_quote, src_line FROM cooperation;
INSERT INTO atlas_mechanism (revision_id, id, country_code, position, kind, name, present, holder_id, year, frequency, focus, note, src_section, src_quote, src_line)
    SELECT revision_id, id, country_code, position, kind, name, present, holder_id, year, frequency, focus, note, src_section, src_quote, src_line FROM mechanism;
INSERT INTO atlas_mechanism_member (revision_id, mechanism_id, position, actor_id)
    SELECT m.revision_id, x.mechanism_id, x.position, x.actor_id FROM mechanism_member x JOIN mechanism m ON m.id = x.mechanism_id;
INSERT INTO atlas_limitation (revision_id, country_code, position, category, respondents, note, src_section, src_quote, src_line)
    SELECT revision_id, country_code, position, category, respondents, note, src_section, src_quote, src_line FROM limitation;
INSERT INTO atlas_document (revision_id, id, country_code, position, kind, title, year, note, src_section, src_quote, src_line)
    SELECT revision_id, id, country_code, position, kind, title, year, note, src_section, src_quote, src_line FROM document;
INSERT INTO atlas_participation (revision_id, country_code, position, invited, completed, note, src_section, src_quote, src_line)
    SELECT revision_id, country_code, position, invited, completed, note, src_section, src_quote, src_line FROM participation;
INSERT INTO atlas_finding (revision_id, country_code, position, part, src_section, src_quote, src_line)
    SELECT revision_id, country_code, position, part, src_section, src_quote, src_line FROM finding;
INSERT INTO atlas_ambiguity (revision_id, id, country_code, position, topic, note)
    SELECT revision_id, id, country_code, position, topic, note FROM ambiguity;
INSERT INTO atlas_ambiguity_source (revision_id, ambiguity_id, position, src_section, src_quote, src_line)
    SELECT a.revision_id, x.ambiguity_id, x.position, x.src_section, x.src_quote, x.src_line FROM ambiguity_source x JOIN ambiguity a ON a.id = x.ambiguity_id;

-- Children first, so no foreign key is left pointing at a dropped table.
DROP TABLE ambiguity_source;
DROP TABLE ambiguity;
DROP TABLE finding;
DROP TABLE participation;
DROP TABLE document;
DROP TABLE limitation;
DROP TABLE mechanism_member;
DROP TABLE mechanism;
DROP TABLE cooperation;
DROP TABLE mandate;
DROP TABLE actor_alias;
DROP TABLE actor;
DROP TABLE country;
