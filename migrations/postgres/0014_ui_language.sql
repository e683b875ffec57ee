-- The language a person reads the pages in (a UI locale tag); NULL until
-- they choose one, and then the browser's language is used.
ALTER TABLE person ADD COLUMN ui_lang TEXT;

-- Remembered sessions carry the person's language: forget them when it
-- changes too (see 0011).
DROP TRIGGER person_changed ON person;
CREATE TRIGGER person_changed AFTER UPDATE OF display_name, role, ui_lang OR DELETE ON person
    FOR EACH ROW EXECUTE FUNCTION convene_sessions_changed();
