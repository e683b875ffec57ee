-- A batch of sign-ups in one round trip. The sign-up writer sends every
-- sign-up waiting, in order; each one waits on a round trip to PostgreSQL
-- otherwise, and one after another those round trips, not PostgreSQL's
-- work, were what limited a rush.
--
-- Each sign-up looks at its table (convene_look_at_table: the table's
-- lock, then a fresh read), then is answered as in join_in
-- (src/store/open_space.rs), whose rules these are. One row per sign-up
-- handled, in order: 'joined' (left_table: the table of that round left
-- for it), 'already_there', 'full' (round, title, in line already), or
-- 'not_on_board'. Leaving a table someone waits for hands the seat on
-- (promote, in Rust): the batch stops before such a sign-up, and the
-- caller seats it and sends the rest, in the same transaction.
CREATE FUNCTION convene_join_batch(wanted BIGINT[], who BIGINT[], at_second BIGINT[])
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
