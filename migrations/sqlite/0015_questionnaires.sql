-- Questionnaires organisers define (the one before the meeting, the
-- evaluation at the end), the answers, and the topics suggested from them.
CREATE TABLE questionnaire (
    id INTEGER PRIMARY KEY,
    consultation_id INTEGER NOT NULL REFERENCES consultation(id) ON DELETE CASCADE,
    -- Texts are JSON objects from a language tag to the text in it.
    title TEXT NOT NULL,
    -- No person is stored with an answer: it cannot be edited afterwards.
    anonymous BOOLEAN NOT NULL DEFAULT FALSE,
    opens_at INTEGER,
    closes_at INTEGER,
    created_at INTEGER NOT NULL
);
CREATE INDEX questionnaire_consultation ON questionnaire(consultation_id);

CREATE TABLE questionnaire_question (
    id INTEGER PRIMARY KEY,
    questionnaire_id INTEGER NOT NULL REFERENCES questionnaire(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    -- 'short', 'long', 'single', 'multiple', 'countries', 'scale', 'yes_no'
    kind TEXT NOT NULL,
    text TEXT NOT NULL,
    -- JSON array of texts (each a language → text object), for choices.
    choices TEXT NOT NULL DEFAULT '[]',
    required BOOLEAN NOT NULL DEFAULT FALSE,
    -- Answers everyone signed in may read, not only organisers.
    shared BOOLEAN NOT NULL DEFAULT FALSE,
    -- Its answers are grouped into topic suggestions.
    suggests_topics BOOLEAN NOT NULL DEFAULT FALSE
);
CREATE INDEX questionnaire_question_order ON questionnaire_question(questionnaire_id, position);

-- One person's answers to one questionnaire; person_id is NULL when the
-- questionnaire is anonymous.
CREATE TABLE questionnaire_response (
    id INTEGER PRIMARY KEY,
    questionnaire_id INTEGER NOT NULL REFERENCES questionnaire(id) ON DELETE CASCADE,
    person_id INTEGER REFERENCES person(id) ON DELETE CASCADE,
    -- The language the answers were given in (the page's).
    lang TEXT NOT NULL,
    -- Kept when the person is not: for "interested" organisations.
    organisation_id INTEGER REFERENCES organisation(id) ON DELETE SET NULL,
    -- 'form' or the imported file's name.
    source TEXT NOT NULL DEFAULT 'form',
    submitted_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL
);
CREATE UNIQUE INDEX questionnaire_response_person
    ON questionnaire_response(questionnaire_id, person_id) WHERE person_id IS NOT NULL;

-- Who answered an anonymous questionnaire, apart from what they answered,
-- so that each answers once.
CREATE TABLE questionnaire_done (
    questionnaire_id INTEGER NOT NULL REFERENCES questionnaire(id) ON DELETE CASCADE,
    person_id INTEGER NOT NULL REFERENCES person(id) ON DELETE CASCADE,
    PRIMARY KEY (questionnaire_id, person_id)
);

CREATE TABLE questionnaire_answer (
    response_id INTEGER NOT NULL REFERENCES questionnaire_response(id) ON DELETE CASCADE,
    question_id INTEGER NOT NULL REFERENCES questionnaire_question(id) ON DELETE CASCADE,
    -- Text as typed; choices as their numbers, countries as ISO codes,
    -- separated by '|'; a scale as 1–5; 'yes' or 'no'.
    value TEXT NOT NULL,
    -- The sentence embedding of a text answer (384 little-endian f32),
    -- filled in by a background task.
    embedding BLOB,
    PRIMARY KEY (response_id, question_id)
);
CREATE INDEX questionnaire_answer_question ON questionnaire_answer(question_id);

-- Suggestions from grouping a question's answers, as organisers curate them.
CREATE TABLE topic_suggestion (
    id INTEGER PRIMARY KEY,
    question_id INTEGER NOT NULL REFERENCES questionnaire_question(id) ON DELETE CASCADE,
    title TEXT NOT NULL,
    -- The board's topic once published.
    topic_id INTEGER REFERENCES topic(id) ON DELETE SET NULL,
    position INTEGER NOT NULL
);
CREATE TABLE topic_suggestion_answer (
    suggestion_id INTEGER NOT NULL REFERENCES topic_suggestion(id) ON DELETE CASCADE,
    response_id INTEGER NOT NULL REFERENCES questionnaire_response(id) ON DELETE CASCADE,
    PRIMARY KEY (suggestion_id, response_id)
);
