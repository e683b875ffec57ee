-- Accounts: sign-in links, browser sessions, organiser passwords, audit log.
-- Only hashes of tokens are stored (SHA-256, hex); the tokens themselves
-- exist in the link a person holds and in their cookie.
ALTER TABLE person ADD COLUMN password_hash TEXT;

CREATE TABLE sign_in_link (
    id INTEGER PRIMARY KEY,
    person_id INTEGER NOT NULL REFERENCES person(id) ON DELETE CASCADE,
    token_hash TEXT NOT NULL UNIQUE,
    created_at INTEGER NOT NULL,
    expires_at INTEGER NOT NULL,
    used_at INTEGER,
    revoked_at INTEGER
);
CREATE INDEX sign_in_link_person ON sign_in_link(person_id);

-- A browser's session: a person's, or a screen's (no person).
CREATE TABLE web_session (
    id INTEGER PRIMARY KEY,
    consultation_id INTEGER NOT NULL REFERENCES consultation(id) ON DELETE CASCADE,
    token_hash TEXT NOT NULL UNIQUE,
    person_id INTEGER REFERENCES person(id) ON DELETE CASCADE,
    role TEXT NOT NULL,
    csrf_token TEXT NOT NULL,
    created_at INTEGER NOT NULL,
    expires_at INTEGER NOT NULL
);
CREATE INDEX web_session_person ON web_session(person_id);

CREATE TABLE audit_log (
    id INTEGER PRIMARY KEY,
    consultation_id INTEGER NOT NULL REFERENCES consultation(id) ON DELETE CASCADE,
    at INTEGER NOT NULL,
    actor_id INTEGER REFERENCES person(id) ON DELETE SET NULL,
    actor_name TEXT NOT NULL,
    action TEXT NOT NULL,
    detail TEXT NOT NULL DEFAULT ''
);
CREATE INDEX audit_log_time ON audit_log(consultation_id, at);
