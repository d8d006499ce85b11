-- Referral, part 2: background jobs and notifications. Jobs live in the database so any
-- node can run them: a node claims due jobs (PostgreSQL: FOR UPDATE SKIP LOCKED, so two
-- nodes never claim the same job; SQLite: one writer at a time), holds them for a lease,
-- and marks them done or failed; a job whose node died is claimed again once its lease
-- has run out (at least once; handlers are idempotent). Payloads hold ids, never personal
-- data.
CREATE TABLE job (
    id           TEXT PRIMARY KEY,
    kind         TEXT NOT NULL,
    payload      TEXT NOT NULL,
    dedupe_key   TEXT UNIQUE,
    run_at       TEXT NOT NULL,
    state        TEXT NOT NULL,
    attempts     BIGINT NOT NULL DEFAULT 0,
    max_attempts BIGINT NOT NULL,
    locked_by    TEXT,
    locked_until TEXT,
    last_error   TEXT,
    created_at   TEXT NOT NULL,
    updated_at   TEXT NOT NULL
);
CREATE INDEX job_due ON job (state, run_at);

-- What an organisation is told in the interface (an unacknowledged referral escalated to
-- the coordinator, …): a kind and the object it concerns, never case content. One per
-- (organisation, kind, object), so a job run twice notifies once.
CREATE TABLE notification (
    id              TEXT PRIMARY KEY,
    organisation_id TEXT NOT NULL,
    kind            TEXT NOT NULL,
    object          TEXT NOT NULL,
    created_at      TEXT NOT NULL,
    UNIQUE (organisation_id, kind, object)
);
CREATE INDEX notification_object ON notification (object, kind);

-- The escalation sweep finds referrals still `sent` past their deadline by this index
-- (rather than a job row per referral, which would add a write to every referral sent).
CREATE INDEX referral_state ON referral (state, created_at);
