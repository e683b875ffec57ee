-- Program of a consultation: who, where, when.
-- Instants are Unix epoch seconds; dates are ISO 8601 text (YYYY-MM-DD);
-- language lists are space-separated BCP 47 tags.
CREATE TABLE consultation (
    id INTEGER PRIMARY KEY,
    title TEXT NOT NULL,
    title_lang TEXT NOT NULL,
    venue TEXT NOT NULL,
    time_zone TEXT NOT NULL,
    start_date TEXT NOT NULL,
    end_date TEXT NOT NULL,
    languages TEXT NOT NULL,
    is_demo BOOLEAN NOT NULL DEFAULT FALSE,
    program_public BOOLEAN NOT NULL DEFAULT FALSE,
    created_at INTEGER NOT NULL
);

CREATE TABLE organisation (
    id INTEGER PRIMARY KEY,
    consultation_id INTEGER NOT NULL REFERENCES consultation(id) ON DELETE CASCADE,
    name TEXT NOT NULL,
    acronym TEXT,
    country TEXT,
    UNIQUE (consultation_id, name)
);

CREATE TABLE person (
    id INTEGER PRIMARY KEY,
    consultation_id INTEGER NOT NULL REFERENCES consultation(id) ON DELETE CASCADE,
    display_name TEXT NOT NULL,
    organisation_id INTEGER REFERENCES organisation(id) ON DELETE SET NULL,
    country TEXT,
    role TEXT NOT NULL DEFAULT 'participant'
);
CREATE INDEX person_consultation ON person(consultation_id);

CREATE TABLE room (
    id INTEGER PRIMARY KEY,
    consultation_id INTEGER NOT NULL REFERENCES consultation(id) ON DELETE CASCADE,
    name TEXT NOT NULL,
    UNIQUE (consultation_id, name)
);

CREATE TABLE session (
    id INTEGER PRIMARY KEY,
    consultation_id INTEGER NOT NULL REFERENCES consultation(id) ON DELETE CASCADE,
    title TEXT NOT NULL,
    description TEXT NOT NULL DEFAULT '',
    text_lang TEXT NOT NULL,
    kind TEXT NOT NULL,
    starts_at INTEGER NOT NULL,
    ends_at INTEGER NOT NULL,
    room_id INTEGER REFERENCES room(id) ON DELETE SET NULL,
    languages TEXT NOT NULL DEFAULT '',
    interpretation TEXT NOT NULL DEFAULT '',
    CHECK (ends_at > starts_at)
);
CREATE INDEX session_time ON session(consultation_id, starts_at);

CREATE TABLE session_person (
    session_id INTEGER NOT NULL REFERENCES session(id) ON DELETE CASCADE,
    person_id INTEGER NOT NULL REFERENCES person(id) ON DELETE CASCADE,
    role TEXT NOT NULL,
    position INTEGER NOT NULL,
    PRIMARY KEY (session_id, person_id, role)
);
CREATE INDEX session_person_person ON session_person(person_id);

-- Open-space topics known before the meeting: suggested from the
-- questionnaire, or proposed in writing by an organisation.
CREATE TABLE topic (
    id INTEGER PRIMARY KEY,
    consultation_id INTEGER NOT NULL REFERENCES consultation(id) ON DELETE CASCADE,
    session_id INTEGER REFERENCES session(id) ON DELETE SET NULL,
    title TEXT NOT NULL,
    description TEXT NOT NULL DEFAULT '',
    text_lang TEXT NOT NULL,
    origin TEXT NOT NULL,
    proposed_by INTEGER REFERENCES organisation(id) ON DELETE SET NULL,
    position INTEGER NOT NULL
);

CREATE TABLE topic_interest (
    topic_id INTEGER NOT NULL REFERENCES topic(id) ON DELETE CASCADE,
    organisation_id INTEGER NOT NULL REFERENCES organisation(id) ON DELETE CASCADE,
    PRIMARY KEY (topic_id, organisation_id)
);
