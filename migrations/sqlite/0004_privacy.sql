-- Screens, consent and retention.

-- The projector signs in with a link of its own; its session has no person.
CREATE TABLE screen_link (
    id INTEGER PRIMARY KEY,
    consultation_id INTEGER NOT NULL REFERENCES consultation(id) ON DELETE CASCADE,
    label TEXT NOT NULL,
    token_hash TEXT NOT NULL UNIQUE,
    created_at INTEGER NOT NULL,
    expires_at INTEGER NOT NULL,
    used_at INTEGER
);

-- Consent to each use of a person's name: the effective state on the person
-- (read by every page, so revoking applies on the next request), and every
-- change with the wording the person was shown.
ALTER TABLE person ADD COLUMN consent_screen BOOLEAN NOT NULL DEFAULT FALSE;
ALTER TABLE person ADD COLUMN consent_report BOOLEAN NOT NULL DEFAULT FALSE;
CREATE TABLE consent_record (
    id INTEGER PRIMARY KEY,
    person_id INTEGER NOT NULL REFERENCES person(id) ON DELETE CASCADE,
    purpose TEXT NOT NULL,
    granted BOOLEAN NOT NULL,
    wording TEXT NOT NULL,
    at INTEGER NOT NULL
);
CREATE INDEX consent_record_person ON consent_record(person_id, at);

-- After this instant personal data is erased; when that was done.
ALTER TABLE consultation ADD COLUMN retention_until INTEGER;
ALTER TABLE consultation ADD COLUMN retention_done_at INTEGER;
