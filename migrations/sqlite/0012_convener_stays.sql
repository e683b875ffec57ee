-- A convener sits at their own table: counted there, in the round of
-- their topic, and at no other table of that round. The sign-up rule
-- refuses the move (src/domain/signup.rs); this trigger keeps it true
-- whatever writes a sign-up.
CREATE TRIGGER signup_convener_stays BEFORE INSERT ON signup
WHEN EXISTS (SELECT 1 FROM topic o WHERE o.convener_id = NEW.person_id
    AND o.round_id = NEW.round_id AND o.id <> NEW.topic_id AND o.withdrawn_at IS NULL)
BEGIN
    SELECT RAISE(ABORT, 'convener_stays: a convener stays at their own table');
END;

CREATE TRIGGER signup_convener_stays_on_move BEFORE UPDATE OF topic_id ON signup
WHEN EXISTS (SELECT 1 FROM topic o WHERE o.convener_id = NEW.person_id
    AND o.round_id = NEW.round_id AND o.id <> NEW.topic_id AND o.withdrawn_at IS NULL)
BEGIN
    SELECT RAISE(ABORT, 'convener_stays: a convener stays at their own table');
END;

-- Conveners of topics already placed take their seats.
DELETE FROM waitlist WHERE EXISTS (
    SELECT 1 FROM topic o JOIN topic t ON t.round_id = o.round_id
    WHERE t.id = waitlist.topic_id AND o.convener_id = waitlist.person_id
    AND o.id <> t.id AND o.withdrawn_at IS NULL);
DELETE FROM signup WHERE EXISTS (
    SELECT 1 FROM topic o WHERE o.convener_id = signup.person_id
    AND o.round_id = signup.round_id AND o.id <> signup.topic_id AND o.withdrawn_at IS NULL);
INSERT INTO signup (round_id, person_id, topic_id, at)
SELECT t.round_id, t.convener_id, t.id, t.created_at FROM topic t
WHERE t.round_id IS NOT NULL AND t.space_id IS NOT NULL AND t.convener_id IS NOT NULL
    AND t.withdrawn_at IS NULL
ON CONFLICT (round_id, person_id) DO NOTHING;
