-- Referral, part 2: joint inspections. Several agencies inspect one workplace together,
-- each on its own legal basis; each records findings on the day (the text sealed like a
-- case note) and cases open from the inspection. A closed inspection is recorded in the
-- atlas as joint-inspection ties citing it (src_record = 'inspection:<reference>').
CREATE TABLE inspection (
    id           TEXT PRIMARY KEY,
    reference    TEXT NOT NULL UNIQUE,
    country_code TEXT NOT NULL,
    planned_by   TEXT NOT NULL,
    planner_id   TEXT NOT NULL,
    held_on      TEXT NOT NULL,
    work_sector  TEXT NOT NULL,
    region       TEXT,
    state        TEXT NOT NULL,
    revision_id  INTEGER,
    created_at   TEXT NOT NULL,
    updated_at   TEXT NOT NULL
);
CREATE INDEX inspection_country ON inspection (country_code, held_on);

CREATE TABLE inspection_participant (
    inspection_id TEXT NOT NULL REFERENCES inspection (id),
    position      INTEGER NOT NULL,
    org           TEXT NOT NULL,
    legal_basis   TEXT NOT NULL,
    PRIMARY KEY (inspection_id, org)
);
CREATE INDEX inspection_participant_org ON inspection_participant (org);

CREATE TABLE inspection_finding (
    id               TEXT PRIMARY KEY,
    inspection_id    TEXT NOT NULL REFERENCES inspection (id),
    org              TEXT NOT NULL,
    author_id        TEXT NOT NULL,
    workers_met      INTEGER NOT NULL,
    workers_screened INTEGER NOT NULL,
    body_ct          TEXT,
    created_at       TEXT NOT NULL
);
CREATE INDEX inspection_finding_inspection ON inspection_finding (inspection_id, created_at);

ALTER TABLE referral_case ADD COLUMN inspection_id TEXT REFERENCES inspection (id);
CREATE INDEX referral_case_inspection ON referral_case (inspection_id);
-- The sweep follows what is due next on a referral (decision, end of reflection period).
CREATE INDEX referral_deadline ON referral (state, deadline_at);
ALTER TABLE atlas_cooperation ADD COLUMN src_record TEXT;
ALTER TABLE atlas_fact_source ADD COLUMN src_record TEXT;
