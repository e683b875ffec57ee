-- Open space: rounds (time slots of the program's open-space sessions) and
-- spaces (tables or rooms) make the board's cells; topics are placed in a
-- cell; people mark topics before placement and sign up to one table per round.

CREATE TABLE os_round (
    id INTEGER PRIMARY KEY,
    consultation_id INTEGER NOT NULL REFERENCES consultation(id) ON DELETE CASCADE,
    session_id INTEGER REFERENCES session(id) ON DELETE SET NULL,
    label TEXT NOT NULL,
    starts_at INTEGER NOT NULL,
    ends_at INTEGER NOT NULL,
    CHECK (ends_at > starts_at)
);
CREATE INDEX os_round_consultation ON os_round(consultation_id, starts_at);

CREATE TABLE os_space (
    id INTEGER PRIMARY KEY,
    consultation_id INTEGER NOT NULL REFERENCES consultation(id) ON DELETE CASCADE,
    name TEXT NOT NULL,
    capacity INTEGER NOT NULL CHECK (capacity > 0),
    languages TEXT NOT NULL DEFAULT '',
    position INTEGER NOT NULL,
    UNIQUE (consultation_id, name)
);

-- A topic's convener (NULL: suggested and not yet adopted, or erased), its
-- cell, and a version every change increments: sign-ups lock the topic's row
-- by writing it, so that a table's count is checked under that lock.
ALTER TABLE topic ADD COLUMN convener_id INTEGER REFERENCES person(id) ON DELETE SET NULL;
ALTER TABLE topic ADD COLUMN round_id INTEGER REFERENCES os_round(id) ON DELETE SET NULL;
ALTER TABLE topic ADD COLUMN space_id INTEGER REFERENCES os_space(id) ON DELETE SET NULL;
ALTER TABLE topic ADD COLUMN withdrawn_at INTEGER;
ALTER TABLE topic ADD COLUMN version INTEGER NOT NULL DEFAULT 0;
ALTER TABLE topic ADD COLUMN created_at INTEGER NOT NULL DEFAULT 0;
-- One topic per cell; a convener holds one cell per round.
CREATE UNIQUE INDEX topic_cell ON topic(round_id, space_id);
CREATE UNIQUE INDEX topic_convener_round ON topic(round_id, convener_id);

-- "I am interested": marks before placement, used to place topics well.
CREATE TABLE topic_mark (
    topic_id INTEGER NOT NULL REFERENCES topic(id) ON DELETE CASCADE,
    person_id INTEGER NOT NULL REFERENCES person(id) ON DELETE CASCADE,
    PRIMARY KEY (topic_id, person_id)
);
CREATE INDEX topic_mark_person ON topic_mark(person_id);

-- A name on a table: one per person and round, by the primary key.
CREATE TABLE signup (
    round_id INTEGER NOT NULL REFERENCES os_round(id) ON DELETE CASCADE,
    person_id INTEGER NOT NULL REFERENCES person(id) ON DELETE CASCADE,
    topic_id INTEGER NOT NULL REFERENCES topic(id) ON DELETE CASCADE,
    at INTEGER NOT NULL,
    PRIMARY KEY (round_id, person_id)
);
CREATE INDEX signup_topic ON signup(topic_id);

-- Waiting for a full table, first come first served.
CREATE TABLE waitlist (
    id INTEGER PRIMARY KEY,
    topic_id INTEGER NOT NULL REFERENCES topic(id) ON DELETE CASCADE,
    person_id INTEGER NOT NULL REFERENCES person(id) ON DELETE CASCADE,
    at INTEGER NOT NULL,
    UNIQUE (topic_id, person_id)
);

-- What a person is told on their next page view (and live).
CREATE TABLE notice (
    id INTEGER PRIMARY KEY,
    person_id INTEGER NOT NULL REFERENCES person(id) ON DELETE CASCADE,
    at INTEGER NOT NULL,
    message TEXT NOT NULL,
    seen BOOLEAN NOT NULL DEFAULT FALSE
);
CREATE INDEX notice_person ON notice(person_id, seen);

-- The harvest of a table.
CREATE TABLE topic_note (
    topic_id INTEGER PRIMARY KEY REFERENCES topic(id) ON DELETE CASCADE,
    key_points TEXT NOT NULL DEFAULT '',
    proposals TEXT NOT NULL DEFAULT '',
    next_steps TEXT NOT NULL DEFAULT '',
    continuing TEXT NOT NULL DEFAULT '',
    updated_at INTEGER NOT NULL,
    updated_by INTEGER REFERENCES person(id) ON DELETE SET NULL
);
CREATE TABLE topic_note_taker (
    topic_id INTEGER NOT NULL REFERENCES topic(id) ON DELETE CASCADE,
    person_id INTEGER NOT NULL REFERENCES person(id) ON DELETE CASCADE,
    PRIMARY KEY (topic_id, person_id)
);
