-- Instances remember sessions between requests (src/store/sessions.rs)
-- and forget them when told on this channel: whenever a session ends or
-- a person is renamed or removed, by any instance or command. A row
-- trigger, so that a statement that changes nothing tells no one;
-- PostgreSQL sends one notice per transaction however many rows change.
CREATE FUNCTION convene_sessions_changed() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_notify('convene_sessions', '');
    RETURN NULL;
END
$$;

CREATE TRIGGER web_session_changed AFTER UPDATE OR DELETE ON web_session
    FOR EACH ROW EXECUTE FUNCTION convene_sessions_changed();

CREATE TRIGGER person_changed AFTER UPDATE OF display_name, role OR DELETE ON person
    FOR EACH ROW EXECUTE FUNCTION convene_sessions_changed();
