-- Organisers edit the program and import it from other tools.

-- Where an imported session came from (the frab/pretalx guid or id, or the
-- CSV's id): re-importing the same file updates instead of duplicating.
ALTER TABLE session ADD COLUMN source_id TEXT;
CREATE UNIQUE INDEX session_source ON session(consultation_id, source_id);
-- A cancelled session stays on the program, marked, so people learn of it.
ALTER TABLE session ADD COLUMN cancelled_at INTEGER;
-- Raised on every change, for the iCal SEQUENCE: phone calendars follow.
ALTER TABLE session ADD COLUMN sequence INTEGER NOT NULL DEFAULT 0;

-- What changed in a published session ("room: Plenary → Room B"), shown on
-- its page for a while.
CREATE TABLE session_change (
    id INTEGER PRIMARY KEY,
    session_id INTEGER NOT NULL REFERENCES session(id) ON DELETE CASCADE,
    at INTEGER NOT NULL,
    field TEXT NOT NULL,
    old_value TEXT NOT NULL,
    new_value TEXT NOT NULL
);
CREATE INDEX session_change_session ON session_change(session_id, at);
