-- The consultation's report: what organisers write around the harvest, and
-- whether participants may read it.
CREATE TABLE report (
    consultation_id BIGINT PRIMARY KEY REFERENCES consultation(id) ON DELETE CASCADE,
    introduction TEXT NOT NULL DEFAULT '',
    introduction_lang TEXT NOT NULL DEFAULT 'en',
    conclusions TEXT NOT NULL DEFAULT '',
    conclusions_lang TEXT NOT NULL DEFAULT 'en',
    published BOOLEAN NOT NULL DEFAULT FALSE,
    updated_at BIGINT NOT NULL
);

-- Sessions and topics an organiser left out of the report.
CREATE TABLE report_left_out (
    consultation_id BIGINT NOT NULL REFERENCES consultation(id) ON DELETE CASCADE,
    kind TEXT NOT NULL CHECK (kind IN ('session', 'topic')),
    item_id BIGINT NOT NULL,
    PRIMARY KEY (consultation_id, kind, item_id)
);

-- The language table notes are written in (NULL: the topic's).
ALTER TABLE topic_note ADD COLUMN text_lang TEXT;
