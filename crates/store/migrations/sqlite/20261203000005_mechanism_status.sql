-- Data format 2 (docs/DATA_FORMAT.md): a mechanism is graded (formal, functional_equivalent,
-- absent, expired) instead of present or not, and a mandate can be stated as denied.
--
-- Rows already stored keep their revision's meaning as well as a yes/no can carry it:
-- present = true becomes 'formal', present = false 'absent'. The finer grades
-- (functional equivalent, expired) exist only in revisions written from format-2 data;
-- the old revisions are history and are not re-graded here. Existing mandates were all
-- stated as held, so they get denied = false.
ALTER TABLE atlas_mechanism ADD COLUMN status TEXT NOT NULL DEFAULT 'absent';
UPDATE atlas_mechanism SET status = CASE WHEN present THEN 'formal' ELSE 'absent' END;
ALTER TABLE atlas_mechanism DROP COLUMN present;

ALTER TABLE atlas_mandate ADD COLUMN denied BOOLEAN NOT NULL DEFAULT FALSE;
