-- A sign-up's look at a table in one round trip: takes the topic's row
-- lock (the table's lock against other sign-ups, also from other
-- instances), then reads what the decision needs. The read is a statement
-- of its own inside the function, so it sees every sign-up committed
-- before the lock was granted; one statement with both parts would read
-- from a snapshot taken before waiting for the lock.
-- No row: the topic is withdrawn, missing, or not placed.
CREATE FUNCTION convene_look_at_table(wanted BIGINT, who BIGINT)
RETURNS TABLE (
    round_id BIGINT,
    space_id BIGINT,
    title TEXT,
    capacity BIGINT,
    taken BIGINT,
    current BIGINT,
    waiting_here BIGINT,
    waiting_at_current BIGINT
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
         WHERE m.round_id = the_round AND m.person_id = who)
    FROM os_space s WHERE s.id = the_space;
END
$$;
