-- Before the meeting: sessions a person remembers (their schedule), the
-- token of their personal calendar feed, and invitations sent by e-mail
-- with the wording organisers gave them.
CREATE TABLE session_star (
    person_id INTEGER NOT NULL REFERENCES person(id) ON DELETE CASCADE,
    session_id INTEGER NOT NULL REFERENCES session(id) ON DELETE CASCADE,
    at INTEGER NOT NULL,
    PRIMARY KEY (person_id, session_id)
);

-- The feed's address holds it: a reset makes the old address answer 404.
ALTER TABLE person ADD COLUMN calendar_token TEXT;
CREATE UNIQUE INDEX person_calendar_token ON person(calendar_token);

-- One press of "send": the form's key is unique, so a double click (the
-- same form sent twice) queues nothing more.
CREATE TABLE invitation_batch (
    id INTEGER PRIMARY KEY,
    consultation_id INTEGER NOT NULL REFERENCES consultation(id) ON DELETE CASCADE,
    form_key TEXT NOT NULL UNIQUE,
    -- Where the links in its messages lead (the address organisers use).
    base_url TEXT NOT NULL,
    created_at INTEGER NOT NULL
);

-- One message to one person; no link is stored, it is made when sent.
CREATE TABLE invitation_mail (
    id INTEGER PRIMARY KEY,
    batch_id INTEGER NOT NULL REFERENCES invitation_batch(id) ON DELETE CASCADE,
    person_id INTEGER NOT NULL REFERENCES person(id) ON DELETE CASCADE,
    address TEXT NOT NULL,
    -- 'waiting', 'sending', 'sent' or 'failed'
    state TEXT NOT NULL,
    attempts INTEGER NOT NULL DEFAULT 0,
    next_attempt_at INTEGER NOT NULL,
    -- The mail server's reply to the last attempt.
    reply TEXT,
    updated_at INTEGER NOT NULL
);
CREATE INDEX invitation_mail_batch ON invitation_mail(batch_id);
-- A person has at most one message on its way.
CREATE UNIQUE INDEX invitation_mail_pending ON invitation_mail(person_id)
    WHERE state IN ('waiting', 'sending');

CREATE TABLE invitation_template (
    consultation_id INTEGER NOT NULL REFERENCES consultation(id) ON DELETE CASCADE,
    lang TEXT NOT NULL,
    subject TEXT NOT NULL,
    body TEXT NOT NULL,
    PRIMARY KEY (consultation_id, lang)
);
