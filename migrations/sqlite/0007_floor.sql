-- The floor of a session: questions with votes, the queue of people who
-- asked to speak, and the facilitators' summary.

-- One row per session with a floor. Its writes also serialise the queue:
-- taking a position or calling the next speaker updates this row first.
CREATE TABLE floor (
    session_id INTEGER PRIMARY KEY REFERENCES session(id) ON DELETE CASCADE,
    moderated BOOLEAN NOT NULL DEFAULT FALSE,
    anonymous_allowed BOOLEAN NOT NULL DEFAULT FALSE,
    queue_order TEXT NOT NULL DEFAULT 'arrival',
    speaking_limit INTEGER,
    next_position INTEGER NOT NULL DEFAULT 0,
    summary TEXT NOT NULL DEFAULT '',
    summary_lang TEXT,
    summary_updated_at INTEGER
);

-- author_id is kept for anonymous questions too, for an organiser to
-- trace abuse (audited); no page shows it.
CREATE TABLE question (
    id INTEGER PRIMARY KEY,
    session_id INTEGER NOT NULL REFERENCES session(id) ON DELETE CASCADE,
    author_id INTEGER REFERENCES person(id) ON DELETE SET NULL,
    anonymous BOOLEAN NOT NULL DEFAULT FALSE,
    text TEXT NOT NULL,
    text_lang TEXT NOT NULL,
    status TEXT NOT NULL,
    answered_at INTEGER,
    merged_into INTEGER REFERENCES question(id) ON DELETE SET NULL,
    created_at INTEGER NOT NULL
);
CREATE INDEX question_session ON question(session_id);
CREATE INDEX question_author ON question(author_id);

CREATE TABLE question_vote (
    question_id INTEGER NOT NULL REFERENCES question(id) ON DELETE CASCADE,
    person_id INTEGER NOT NULL REFERENCES person(id) ON DELETE CASCADE,
    PRIMARY KEY (question_id, person_id)
);
CREATE INDEX question_vote_person ON question_vote(person_id);

CREATE TABLE floor_request (
    id INTEGER PRIMARY KEY,
    session_id INTEGER NOT NULL REFERENCES session(id) ON DELETE CASCADE,
    person_id INTEGER NOT NULL REFERENCES person(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    note TEXT NOT NULL DEFAULT '',
    lang TEXT NOT NULL,
    point_of_order BOOLEAN NOT NULL DEFAULT FALSE,
    priority BOOLEAN NOT NULL DEFAULT FALSE,
    state TEXT NOT NULL,
    requested_at INTEGER NOT NULL,
    started_at INTEGER,
    ended_at INTEGER,
    UNIQUE (session_id, position)
);
-- One open request per person and session, one speaker at a time.
CREATE UNIQUE INDEX floor_request_open ON floor_request(session_id, person_id)
    WHERE state IN ('waiting', 'speaking');
CREATE UNIQUE INDEX floor_request_speaking ON floor_request(session_id)
    WHERE state = 'speaking';
CREATE INDEX floor_request_person ON floor_request(person_id);
