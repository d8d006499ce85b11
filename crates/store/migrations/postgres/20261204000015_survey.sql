-- Survey (issue 11): waves of the study's questionnaire run through OpenNRM. A wave
-- belongs to one country and keeps the questionnaire version it started with; its
-- invitees are atlas actors or new contacts, invited with single-use links (only the
-- SHA-256 of a link's token is stored) that expire with the wave. A respondent may
-- nominate further contacts: each becomes a proposed invitee linked to its nominator
-- (the recruitment tree). Contact details, nomination reasons and answers are sealed;
-- answers stay private until the coordinator accepts them into the atlas.
CREATE TABLE survey_wave (
    id               TEXT PRIMARY KEY,
    country_code     TEXT NOT NULL,
    number           BIGINT NOT NULL,
    questionnaire_id TEXT NOT NULL,
    questionnaire_version BIGINT NOT NULL,
    label            TEXT NOT NULL,
    started_by       TEXT NOT NULL,
    created_at       TEXT NOT NULL,
    closes_at        TEXT NOT NULL,
    UNIQUE (country_code, number)
);

CREATE TABLE survey_invitee (
    id           TEXT PRIMARY KEY,
    wave_id      TEXT NOT NULL REFERENCES survey_wave (id),
    position     BIGINT NOT NULL,
    actor_id     TEXT,
    organisation TEXT NOT NULL,
    sector       TEXT,
    contact_ct   TEXT,
    email_ct     TEXT,
    why_ct       TEXT,
    nominated_by TEXT REFERENCES survey_invitee (id),
    state        TEXT NOT NULL,
    form         TEXT,
    token_hash   TEXT UNIQUE,
    answers_ct   TEXT,
    invited_at   TEXT,
    completed_at TEXT,
    created_at   TEXT NOT NULL,
    updated_at   TEXT NOT NULL,
    UNIQUE (wave_id, position)
);

-- The coordinator's review: one decision per proposed tie (an invitee's answer to a
-- question naming a partner): accepted (as proposed), edited (accepted with another
-- kind of cooperation) or rejected; an accepted one names the atlas revision it made.
CREATE TABLE survey_decision (
    wave_id     TEXT NOT NULL REFERENCES survey_wave (id),
    invitee_id  TEXT NOT NULL REFERENCES survey_invitee (id),
    question    TEXT NOT NULL,
    target      TEXT NOT NULL,
    decision    TEXT NOT NULL,
    kind        TEXT,
    decided_by  TEXT NOT NULL,
    decided_at  TEXT NOT NULL,
    revision_id BIGINT,
    PRIMARY KEY (invitee_id, question, target)
);
