-- At the venue: the open space's rules as organisers wrote them (NULL:
-- the agenda's, in each reader's language); whether a convener's name may
-- be shown on the board and the screen (NULL: not asked yet, and named);
-- moderators of a session's floor who are not its facilitators; live polls.
ALTER TABLE consultation ADD COLUMN open_space_rules TEXT;
ALTER TABLE person ADD COLUMN convener_named BOOLEAN;

CREATE TABLE session_moderator (
    session_id INTEGER NOT NULL REFERENCES session(id) ON DELETE CASCADE,
    person_id INTEGER NOT NULL REFERENCES person(id) ON DELETE CASCADE,
    PRIMARY KEY (session_id, person_id)
);

CREATE TABLE poll (
    id INTEGER PRIMARY KEY,
    session_id INTEGER NOT NULL REFERENCES session(id) ON DELETE CASCADE,
    question TEXT NOT NULL,
    text_lang TEXT NOT NULL,
    -- 'single', 'multiple' or 'words'
    kind TEXT NOT NULL,
    -- The choices, one per line ('words': none).
    choices TEXT NOT NULL DEFAULT '',
    opened_at INTEGER NOT NULL,
    closed_at INTEGER
);
CREATE INDEX poll_session ON poll(session_id, id);

-- Who answered, so that each answers once; kept apart from the answers,
-- in key order (no row order to match with a tally's change).
CREATE TABLE poll_voter (
    poll_id INTEGER NOT NULL REFERENCES poll(id) ON DELETE CASCADE,
    person_id INTEGER NOT NULL REFERENCES person(id) ON DELETE CASCADE,
    PRIMARY KEY (poll_id, person_id)
) WITHOUT ROWID;

-- The answers, counted: a choice's number, or a word. No name is stored
-- with an answer.
CREATE TABLE poll_tally (
    poll_id INTEGER NOT NULL REFERENCES poll(id) ON DELETE CASCADE,
    answer TEXT NOT NULL,
    count INTEGER NOT NULL,
    PRIMARY KEY (poll_id, answer)
) WITHOUT ROWID;
