-- Referral, part 1: cases, the persons in them, attached screenings, notes, the consent
-- ledger, referrals and their transitions. Personal data lives only in the *_ct columns,
-- each sealed on its own (XChaCha20-Poly1305, "kid:nonce:ciphertext", additional data
-- binding it to its table, column and row); keys come from configuration, never from here.
-- A case's `reference` is random and is what pages, URLs and audit rows name.

CREATE TABLE referral_case (
    id              TEXT PRIMARY KEY,
    reference       TEXT NOT NULL UNIQUE,
    country_code    TEXT NOT NULL,
    organisation_id TEXT NOT NULL,
    officer_id      TEXT NOT NULL,
    work_sector     TEXT,
    region          TEXT,
    exploitation    TEXT NOT NULL,
    persons         BIGINT NOT NULL,
    level           TEXT,
    created_at      TEXT NOT NULL,
    updated_at      TEXT NOT NULL
);
CREATE INDEX referral_case_org ON referral_case (organisation_id, created_at);
CREATE INDEX referral_case_country ON referral_case (country_code, created_at);

-- One row per person whose route differs (a minor among a crew of adults); `count` is
-- how many persons share the row's route.
CREATE TABLE case_person (
    id             TEXT PRIMARY KEY,
    case_id        TEXT NOT NULL REFERENCES referral_case (id),
    position       BIGINT NOT NULL,
    residence      TEXT NOT NULL,
    age_group      TEXT NOT NULL,
    count          BIGINT NOT NULL,
    name_ct        TEXT,
    birth_date_ct  TEXT,
    nationality_ct TEXT,
    contact_ct     TEXT,
    created_at     TEXT NOT NULL,
    UNIQUE (case_id, position)
);

-- A screening attached to a case: the normalised request (indicator answers, no
-- personal data) and the level it reached.
CREATE TABLE case_screening (
    id         TEXT PRIMARY KEY,
    case_id    TEXT NOT NULL REFERENCES referral_case (id),
    request    TEXT NOT NULL,
    level      TEXT NOT NULL,
    created_by TEXT NOT NULL,
    created_at TEXT NOT NULL
);
CREATE INDEX case_screening_case ON case_screening (case_id);

CREATE TABLE case_note (
    id              TEXT PRIMARY KEY,
    case_id         TEXT NOT NULL REFERENCES referral_case (id),
    author_id       TEXT NOT NULL,
    organisation_id TEXT NOT NULL,
    body_ct         TEXT NOT NULL,
    created_at      TEXT NOT NULL
);
CREATE INDEX case_note_case ON case_note (case_id);

-- The consent ledger: one row per purpose given; withdrawal fills withdrawn_*. Rows are
-- never deleted, so the ledger shows what was true at any time.
CREATE TABLE consent (
    id              TEXT PRIMARY KEY,
    case_id         TEXT NOT NULL REFERENCES referral_case (id),
    person_id       TEXT NOT NULL REFERENCES case_person (id),
    purpose         TEXT NOT NULL,
    organisation_id TEXT,
    method          TEXT NOT NULL,
    recorded_by     TEXT NOT NULL,
    recorded_at     TEXT NOT NULL,
    withdrawn_at    TEXT,
    withdrawn_by    TEXT
);
CREATE INDEX consent_person ON consent (person_id);

CREATE TABLE referral (
    id              TEXT PRIMARY KEY,
    case_id         TEXT NOT NULL REFERENCES referral_case (id),
    person_id       TEXT NOT NULL REFERENCES case_person (id),
    rule_id         TEXT NOT NULL,
    action          TEXT NOT NULL,
    from_org        TEXT NOT NULL,
    to_org          TEXT NOT NULL,
    consent_purpose TEXT,
    state           TEXT NOT NULL,
    message_ct      TEXT,
    deadline_at     TEXT,
    created_by      TEXT NOT NULL,
    created_at      TEXT NOT NULL,
    updated_at      TEXT NOT NULL
);
CREATE INDEX referral_to ON referral (to_org, state, created_at);
CREATE INDEX referral_by_case ON referral (case_id);

-- Every step of a referral, in order; `detail` is JSON without personal data (outcome,
-- end date); a decline's reason may name a person, so it is sealed in reason_ct.
CREATE TABLE referral_event (
    referral_id TEXT NOT NULL REFERENCES referral (id),
    seq         BIGINT NOT NULL,
    at          TEXT NOT NULL,
    by_user     TEXT NOT NULL,
    by_org      TEXT NOT NULL,
    kind        TEXT NOT NULL,
    to_state    TEXT NOT NULL,
    detail      TEXT NOT NULL,
    reason_ct   TEXT,
    PRIMARY KEY (referral_id, seq)
);

-- "Who has seen what" on a case page reads the audit rows about the case.
CREATE INDEX audit_event_object ON audit_event (object);
