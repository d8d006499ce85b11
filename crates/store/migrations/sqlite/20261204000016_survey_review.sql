-- Survey review, second part (issue 11). A response proposes mandates and mechanisms as
-- well as ties, and a wave's limitation counts are reviewed as one; the atlas facts an
-- acceptance writes cite the survey record (src_record = 'survey:<CC>-<wave>/…') as ties
-- already could. A reminder re-issues a link (the old one stops working: only hashes are
-- kept) and is counted per invitee for the tracking page.
ALTER TABLE atlas_mandate ADD COLUMN src_record TEXT;
ALTER TABLE atlas_mechanism ADD COLUMN src_record TEXT;
ALTER TABLE atlas_limitation ADD COLUMN src_record TEXT;

ALTER TABLE survey_invitee ADD COLUMN reminders INTEGER NOT NULL DEFAULT 0;
ALTER TABLE survey_invitee ADD COLUMN reminded_at TEXT;

-- The decision on a wave's count of respondents naming one limitation alternative
-- (question 'limitations', target the alternative): it belongs to the wave, not to one
-- invitee, so it has a table of its own beside survey_decision.
CREATE TABLE survey_count_decision (
    wave_id     TEXT NOT NULL REFERENCES survey_wave (id),
    question    TEXT NOT NULL,
    target      TEXT NOT NULL,
    respondents INTEGER NOT NULL,
    decision    TEXT NOT NULL,
    decided_by  TEXT NOT NULL,
    decided_at  TEXT NOT NULL,
    revision_id INTEGER,
    PRIMARY KEY (wave_id, question, target)
);
