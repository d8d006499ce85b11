-- Referral, part 2: retention "by discarding their keys". Every case gets its own random
-- data key; its personal fields, notes, messages and reasons are sealed under it, and it
-- is kept here only wrapped (sealed) under the configured key-encryption keys, bound to
-- its case. Retention deletes the row: every earlier copy of the case's ciphertexts
-- (a backup of the case tables, a replica, a page left in a file) stops opening, even
-- with the master secret. Cases opened before this migration get their key when
-- something is next sealed for them or at `opennrm keys rotate`.
CREATE TABLE case_key (
    case_id    TEXT PRIMARY KEY REFERENCES referral_case (id),
    wrapped    TEXT NOT NULL,
    created_at TEXT NOT NULL
);
