-- Audit log: an append-only chain of events, each row carrying a keyed hash (HMAC) of its
-- content and of the previous row's hash, so edits, deletions and reordering are detectable
-- by `opennrm audit verify`. `detail` is a JSON object and never holds personal data.
-- `seq` is assigned by the application (the head's seq + 1), never by the database.
CREATE TABLE audit_event (
    seq       INTEGER PRIMARY KEY CHECK (seq >= 1),
    at        TEXT NOT NULL,
    actor     TEXT NOT NULL,
    action    TEXT NOT NULL,
    object    TEXT,
    outcome   TEXT NOT NULL CHECK (outcome IN ('ok', 'denied', 'failed')),
    address   TEXT,
    detail    TEXT NOT NULL,
    prev_hash TEXT NOT NULL,
    hash      TEXT NOT NULL
);
CREATE INDEX audit_event_action ON audit_event (action, seq);
CREATE INDEX audit_event_actor ON audit_event (actor, seq);
CREATE INDEX audit_event_at ON audit_event (at);

-- The chain head: the seq and hash of the last row. Writers lock this one row first, which
-- serialises appends; verification compares the last row against it to notice a cut tail.
CREATE TABLE audit_head (
    id   INTEGER PRIMARY KEY CHECK (id = 1),
    seq  INTEGER NOT NULL,
    hash TEXT NOT NULL
);
INSERT INTO audit_head (id, seq, hash)
VALUES (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');

-- Append-only in the database too, so a bug or a careless UPDATE cannot rewrite history.
-- Someone with DDL rights can drop these; the keyed hashes are what catches that.
CREATE TRIGGER audit_event_no_update BEFORE UPDATE ON audit_event
BEGIN
    SELECT RAISE(ABORT, 'audit_event is append-only: UPDATE is not allowed');
END;
CREATE TRIGGER audit_event_no_delete BEFORE DELETE ON audit_event
BEGIN
    SELECT RAISE(ABORT, 'audit_event is append-only: DELETE is not allowed');
END;
CREATE TRIGGER audit_head_no_delete BEFORE DELETE ON audit_head
BEGIN
    SELECT RAISE(ABORT, 'audit_head cannot be deleted');
END;
CREATE TRIGGER audit_head_forward_only BEFORE UPDATE ON audit_head
WHEN NEW.id <> OLD.id OR NEW.seq < OLD.seq
BEGIN
    SELECT RAISE(ABORT, 'audit_head only moves forward');
END;
