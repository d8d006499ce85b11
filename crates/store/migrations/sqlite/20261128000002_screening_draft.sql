-- Screening drafts (capability 3): the answers of a screening not yet finished, so an
-- inspector can continue later. A draft holds no personal data — instrument, population,
-- country and indicator answers only — and is reachable only by its random id.
CREATE TABLE screening_draft (
    id         TEXT PRIMARY KEY,
    request    TEXT NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE INDEX screening_draft_updated ON screening_draft (updated_at);
