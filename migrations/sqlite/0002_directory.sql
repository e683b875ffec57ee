-- The directory: what organisations do and where, and who may see each person.
-- Lists (sectors, tags, services, languages) are space- or '|'-separated text.
ALTER TABLE organisation ADD COLUMN sectors TEXT NOT NULL DEFAULT '';
ALTER TABLE organisation ADD COLUMN tags TEXT NOT NULL DEFAULT '';
ALTER TABLE organisation ADD COLUMN services TEXT NOT NULL DEFAULT '';
ALTER TABLE organisation ADD COLUMN languages TEXT NOT NULL DEFAULT '';
ALTER TABLE organisation ADD COLUMN website TEXT;

CREATE TABLE organisation_corridor (
    organisation_id INTEGER NOT NULL REFERENCES organisation(id) ON DELETE CASCADE,
    origin TEXT NOT NULL,
    destination TEXT NOT NULL,
    PRIMARY KEY (organisation_id, origin, destination)
);
CREATE INDEX corridor_pair ON organisation_corridor(origin, destination);

ALTER TABLE person ADD COLUMN languages TEXT NOT NULL DEFAULT '';
ALTER TABLE person ADD COLUMN email TEXT;
-- listed | organisers | hidden; the safe default keeps a person off participant lists.
ALTER TABLE person ADD COLUMN visibility TEXT NOT NULL DEFAULT 'organisers';
CREATE INDEX person_email ON person(consultation_id, email);
