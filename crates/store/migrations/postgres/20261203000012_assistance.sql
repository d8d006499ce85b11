-- Referral, part 2: a person's assistance plan. Each task is given to one service provider
-- (an atlas actor holding the mandate) and moves assigned → in_progress → completed, or is
-- declined. No personal data here: the provider reads the person's sealed fields its
-- task needs through the service layer, and every read is audited.
CREATE TABLE assistance_task (
    id           TEXT PRIMARY KEY,
    case_id      TEXT NOT NULL REFERENCES referral_case (id),
    person_id    TEXT NOT NULL REFERENCES case_person (id),
    kind         TEXT NOT NULL,
    provider_org TEXT NOT NULL,
    state        TEXT NOT NULL,
    created_by   TEXT NOT NULL,
    created_at   TEXT NOT NULL,
    updated_at   TEXT NOT NULL
);
CREATE INDEX assistance_task_provider ON assistance_task (provider_org, state, created_at);
CREATE INDEX assistance_task_case ON assistance_task (case_id);
