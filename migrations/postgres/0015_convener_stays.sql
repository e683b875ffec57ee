-- A convener sits at their own table: counted there, in the round of
-- their topic, and at no other table of that round. The sign-up rule
-- refuses the move (src/domain/signup.rs); the look at a table says
-- which table the person convenes in its round, and a trigger keeps the
-- rule true whatever writes a sign-up (a placement committed by another
-- instance while a sign-up looked).
DROP FUNCTION convene_look_at_table(BIGINT, BIGINT);
CREATE FUNCTION convene_look_at_table(wanted BIGINT, who BIGINT)
RETURNS TABLE (
    round_id BIGINT,
    space_id BIGINT,
    title TEXT,
    capacity BIGINT,
    taken BIGINT,
    current BIGINT,
    waiting_here BIGINT,
    waiting_at_current BIGINT,
    convening TEXT
)
LANGUAGE plpgsql VOLATILE AS $$
#variable_conflict use_column
DECLARE
    the_round BIGINT;
    the_space BIGINT;
    the_title TEXT;
BEGIN
    UPDATE topic t SET version = t.version + 1
    WHERE t.id = wanted AND t.withdrawn_at IS NULL
    RETURNING t.round_id, t.space_id, t.title INTO the_round, the_space, the_title;
    IF the_round IS NULL OR the_space IS NULL THEN
        RETURN;
    END IF;
    RETURN QUERY
    SELECT the_round, the_space, the_title, s.capacity,
        (SELECT COUNT(*) FROM signup su WHERE su.topic_id = wanted),
        (SELECT su.topic_id FROM signup su WHERE su.round_id = the_round AND su.person_id = who),
        (SELECT COUNT(*) FROM waitlist w WHERE w.topic_id = wanted AND w.person_id = who),
        (SELECT COUNT(*) FROM waitlist w JOIN signup m ON m.topic_id = w.topic_id
         WHERE m.round_id = the_round AND m.person_id = who),
        (SELECT o.title FROM topic o WHERE o.convener_id = who AND o.round_id = the_round
         AND o.id <> wanted AND o.withdrawn_at IS NULL)
    FROM os_space s WHERE s.id = the_space;
END
$$;

CREATE OR REPLACE FUNCTION convene_join_batch(wanted BIGINT[], who BIGINT[], at_second BIGINT[])
RETURNS TABLE (
    kind TEXT,
    in_round BIGINT,
    table_title TEXT,
    in_line BOOLEAN,
    left_table BIGINT
)
LANGUAGE plpgsql VOLATILE AS $$
DECLARE
    seen RECORD;
BEGIN
    FOR i IN 1 .. COALESCE(array_length(wanted, 1), 0) LOOP
        SELECT * INTO seen FROM convene_look_at_table(wanted[i], who[i]);
        kind := NULL; in_round := NULL; table_title := NULL; in_line := FALSE; left_table := NULL;
        IF NOT FOUND OR seen.capacity IS NULL THEN
            kind := 'not_on_board';
        ELSIF seen.current = wanted[i] THEN
            kind := 'already_there';
        ELSIF seen.convening IS NOT NULL THEN
            kind := 'convening';
            table_title := seen.convening;
        ELSIF seen.taken >= seen.capacity THEN
            kind := 'full';
            in_round := seen.round_id;
            table_title := seen.title;
            in_line := seen.waiting_here > 0;
        ELSIF seen.current IS NOT NULL AND seen.waiting_at_current > 0 THEN
            RETURN;
        ELSE
            INSERT INTO signup (round_id, person_id, topic_id, at)
            VALUES (seen.round_id, who[i], wanted[i], at_second[i])
            ON CONFLICT (round_id, person_id)
            DO UPDATE SET topic_id = excluded.topic_id, at = excluded.at;
            IF seen.waiting_here > 0 THEN
                DELETE FROM waitlist w WHERE w.topic_id = wanted[i] AND w.person_id = who[i];
            END IF;
            kind := 'joined';
            left_table := seen.current;
        END IF;
        RETURN NEXT;
    END LOOP;
END
$$;

CREATE FUNCTION convene_convener_stays() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF EXISTS (SELECT 1 FROM topic o WHERE o.convener_id = NEW.person_id
        AND o.round_id = NEW.round_id AND o.id <> NEW.topic_id AND o.withdrawn_at IS NULL) THEN
        RAISE EXCEPTION 'convener_stays: a convener stays at their own table'
            USING ERRCODE = 'check_violation';
    END IF;
    RETURN NEW;
END
$$;
CREATE TRIGGER signup_convener_stays BEFORE INSERT OR UPDATE OF topic_id ON signup
FOR EACH ROW EXECUTE FUNCTION convene_convener_stays();

-- Conveners of topics already placed take their seats.
DELETE FROM waitlist w WHERE EXISTS (
    SELECT 1 FROM topic o JOIN topic t ON t.round_id = o.round_id
    WHERE t.id = w.topic_id AND o.convener_id = w.person_id
    AND o.id <> t.id AND o.withdrawn_at IS NULL);
DELETE FROM signup s WHERE EXISTS (
    SELECT 1 FROM topic o WHERE o.convener_id = s.person_id
    AND o.round_id = s.round_id AND o.id <> s.topic_id AND o.withdrawn_at IS NULL);
INSERT INTO signup (round_id, person_id, topic_id, at)
SELECT t.round_id, t.convener_id, t.id, t.created_at FROM topic t
WHERE t.round_id IS NOT NULL AND t.space_id IS NOT NULL AND t.convener_id IS NOT NULL
    AND t.withdrawn_at IS NULL
ON CONFLICT (round_id, person_id) DO NOTHING;
