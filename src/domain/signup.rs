//! The sign-up rule of the open space: who takes a seat at a table, who is
//! turned away, and who moves in when a seat frees. Rules only: the store
//! reads a table while it holds the table's lock, asks [`join`] or
//! [`promotion`], and writes what they decided, which keeps capacity exact
//! under concurrency. [`SignUps`] applies the same rule to sign-ups held in
//! memory, for tests to hold the store to.
//!
//! On PostgreSQL a batch of sign-ups is answered by `convene_join_batch`
//! (migrations/postgres/0010), which repeats [`join`] in PL/pgSQL to save
//! round trips; tests/signup_rule.rs checks that both backends do as this
//! module does, seat for seat.

use std::collections::BTreeMap;

/// How many tables one freed seat may lead to look at, at most: each
/// look seats someone or ends a branch, and a board has far fewer tables.
const CASCADE_MAX: usize = 10_000;

/// What a sign-up finds at the table it asks for.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct TableLook {
    /// The table's round, and the seats of the space it is placed in; the
    /// topic is on the board only with both (not withdrawn, placed, its
    /// round and space still there).
    pub round_id: Option<i64>,
    pub capacity: Option<i64>,
    /// Names at the table now.
    pub taken: i64,
    /// The table of that round the person sits at, if any.
    pub current: Option<i64>,
    /// The person is in line for this table.
    pub waiting_here: bool,
    /// Someone is in line for the person's table of that round.
    pub waiting_at_current: bool,
    /// The person convenes another table of that round: a convener stays
    /// at their own table.
    pub convenes_other: bool,
}

/// What becomes of a request to sit at a table.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Join {
    /// The topic is not (or no longer) on the board.
    NotOnBoard,
    AlreadyThere,
    /// The person convenes another table of that round, and stays there.
    Convening,
    /// No seat left. Nobody is put in line by asking: waiting is a choice
    /// of its own; `waiting` says whether the person already made it.
    Full {
        round_id: i64,
        waiting: bool,
    },
    /// A seat in `round_id`. A person sits at one table per round, so
    /// `left` is the table of that round they leave for it: a move (the
    /// "law of two feet") is one step.
    Seat {
        round_id: i64,
        left: Option<i64>,
        /// They were in line for this table, and leave the line; lines for
        /// other tables keep them.
        leave_line: bool,
        /// `left`, when someone waits for it: its seat goes on to the first
        /// in line ([`Cascade`]).
        hand_on: Option<i64>,
    },
}

/// Decides a request by `topic_id`'s table as `look` found it.
pub fn join(topic_id: i64, look: &TableLook) -> Join {
    let (Some(round_id), Some(capacity)) = (look.round_id, look.capacity) else {
        return Join::NotOnBoard;
    };
    if look.current == Some(topic_id) {
        return Join::AlreadyThere;
    }
    if look.convenes_other {
        return Join::Convening;
    }
    if look.taken >= capacity {
        return Join::Full {
            round_id,
            waiting: look.waiting_here,
        };
    }
    Join::Seat {
        round_id,
        left: look.current,
        leave_line: look.waiting_here,
        hand_on: look.current.filter(|_| look.waiting_at_current),
    }
}

/// What becomes of a request to wait for a table.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Wait {
    /// No seat left: the person gets in line (keeping their place if they
    /// were in it already).
    Line { round_id: i64 },
    /// Decided as a request to sit: a free seat is taken rather than
    /// waited beside, someone seated there needs no line, and a topic off
    /// the board has none.
    Join(Join),
}

/// Decides a request to wait by `topic_id`'s table as `look` found it.
pub fn wait(topic_id: i64, look: &TableLook) -> Wait {
    match join(topic_id, look) {
        Join::Full { round_id, .. } => Wait::Line { round_id },
        decided => Wait::Join(decided),
    }
}

/// What a table a seat may have freed at is found to hold.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct FreedLook {
    /// As in [`TableLook`]: on the board only with both.
    pub round_id: Option<i64>,
    pub capacity: Option<i64>,
    pub taken: i64,
    /// The first in line: the earliest to ask, and of those asking in the
    /// same second, the first to arrive.
    pub first_in_line: Option<i64>,
}

/// The first in line moves in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Promotion {
    pub round_id: i64,
    pub person_id: i64,
}

/// Whether someone moves in at a table as `look` found it. They leave the
/// line, and their table of that round if they sit at one (told to
/// [`Cascade::moved_in`]); their places in other lines are kept.
pub fn promotion(look: &FreedLook) -> Option<Promotion> {
    let (Some(round_id), Some(capacity)) = (look.round_id, look.capacity) else {
        return None;
    };
    if look.taken >= capacity {
        return None;
    }
    look.first_in_line.map(|person_id| Promotion {
        round_id,
        person_id,
    })
}

/// The tables to look at once a seat frees, in the order the rule visits
/// them. Someone who moves in frees their seat elsewhere in that round,
/// which is looked at next (and so on down that chain), and then the table
/// they moved to again, which may have more seats free.
#[derive(Debug, Clone)]
pub struct Cascade {
    freed: Vec<i64>,
    looked: usize,
}

impl Cascade {
    /// After a seat freed at `topic_id`.
    pub fn from(topic_id: i64) -> Self {
        Cascade {
            freed: vec![topic_id],
            looked: 0,
        }
    }

    /// The next table to look at, with [`promotion`]; `None` when every
    /// freed seat has found someone or nobody waits for it.
    pub fn next_table(&mut self) -> Option<i64> {
        self.looked += 1;
        if self.looked > CASCADE_MAX {
            return None;
        }
        self.freed.pop()
    }

    /// Someone moved in at `topic_id`, leaving `left`, their table of that
    /// round.
    pub fn moved_in(&mut self, topic_id: i64, left: Option<i64>) {
        self.freed.push(topic_id);
        self.freed.extend(left);
    }
}

/// The seats and lines of a board, held in memory and changed only by the
/// rule above: what the store's tables hold after the same requests.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct SignUps {
    tables: BTreeMap<i64, Table>,
    /// The table each person sits at, by (round, person).
    seats: BTreeMap<(i64, i64), i64>,
    /// Each table's line, first first, with when each person asked.
    lines: BTreeMap<i64, Vec<(i64, i64)>>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Table {
    round_id: Option<i64>,
    capacity: Option<i64>,
}

impl SignUps {
    /// A topic's table: in `round_id` with `capacity` seats when placed,
    /// `None` for both when it is not on the board.
    pub fn add_table(&mut self, topic_id: i64, round_id: Option<i64>, capacity: Option<i64>) {
        self.tables.insert(topic_id, Table { round_id, capacity });
    }

    /// What a person finds at a table.
    fn look(&self, topic_id: i64, person_id: i64) -> TableLook {
        let table = self.table(topic_id);
        let current = table
            .round_id
            .and_then(|round| self.seats.get(&(round, person_id)).copied());
        TableLook {
            round_id: table.round_id,
            capacity: table.capacity,
            taken: self.taken(topic_id),
            current,
            waiting_here: self.line(topic_id).contains(&person_id),
            waiting_at_current: current.is_some_and(|t| !self.line(t).is_empty()),
            // Tables held in memory have no conveners.
            convenes_other: false,
        }
    }

    /// A person asks to sit at a table.
    pub fn join(&mut self, topic_id: i64, person_id: i64) -> Join {
        let look = self.look(topic_id, person_id);
        let decision = join(topic_id, &look);
        if let Join::Seat {
            round_id,
            leave_line,
            hand_on,
            ..
        } = decision
        {
            self.seats.insert((round_id, person_id), topic_id);
            if leave_line {
                self.stop_waiting(topic_id, person_id);
            }
            if let Some(left) = hand_on {
                self.hand_on(left);
            }
        }
        decision
    }

    /// A person takes their name off a table; false if it was not there.
    pub fn leave(&mut self, topic_id: i64, person_id: i64) -> bool {
        let seat = self
            .seats
            .iter()
            .find(|((_, p), t)| *p == person_id && **t == topic_id)
            .map(|(key, _)| *key);
        let Some(seat) = seat else {
            return false;
        };
        self.seats.remove(&seat);
        self.hand_on(topic_id);
        true
    }

    /// A person asks to wait for a table, at `at` (seconds): in line when
    /// it is full (once: asking again keeps their place), else decided as
    /// a request to sit.
    pub fn wait(&mut self, topic_id: i64, person_id: i64, at: i64) -> Wait {
        let decision = wait(topic_id, &self.look(topic_id, person_id));
        if let Wait::Join(_) = decision {
            return Wait::Join(self.join(topic_id, person_id));
        }
        let line = self.lines.entry(topic_id).or_default();
        if !line.iter().any(|(_, p)| *p == person_id) {
            let place = line.partition_point(|(asked, _)| *asked <= at);
            line.insert(place, (at, person_id));
        }
        decision
    }

    pub fn stop_waiting(&mut self, topic_id: i64, person_id: i64) {
        if let Some(line) = self.lines.get_mut(&topic_id) {
            line.retain(|(_, p)| *p != person_id);
        }
    }

    /// Who sits at a table, by person.
    pub fn seated(&self, topic_id: i64) -> Vec<i64> {
        let mut people: Vec<i64> = self
            .seats
            .iter()
            .filter(|(_, t)| **t == topic_id)
            .map(|((_, p), _)| *p)
            .collect();
        people.sort_unstable();
        people
    }

    /// Who waits for a table, first first.
    pub fn line(&self, topic_id: i64) -> Vec<i64> {
        self.lines
            .get(&topic_id)
            .map(|line| line.iter().map(|(_, p)| *p).collect())
            .unwrap_or_default()
    }

    fn table(&self, topic_id: i64) -> Table {
        self.tables.get(&topic_id).copied().unwrap_or(Table {
            round_id: None,
            capacity: None,
        })
    }

    fn taken(&self, topic_id: i64) -> i64 {
        self.seats.values().filter(|t| **t == topic_id).count() as i64
    }

    fn hand_on(&mut self, topic_id: i64) {
        let mut cascade = Cascade::from(topic_id);
        while let Some(topic) = cascade.next_table() {
            let table = self.table(topic);
            let look = FreedLook {
                round_id: table.round_id,
                capacity: table.capacity,
                taken: self.taken(topic),
                first_in_line: self.line(topic).first().copied(),
            };
            let Some(moving) = promotion(&look) else {
                continue;
            };
            self.stop_waiting(topic, moving.person_id);
            let left = self
                .seats
                .insert((moving.round_id, moving.person_id), topic);
            cascade.moved_in(topic, left);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn look(taken: i64, capacity: i64) -> TableLook {
        TableLook {
            round_id: Some(1),
            capacity: Some(capacity),
            taken,
            ..TableLook::default()
        }
    }

    #[test]
    fn a_table_off_the_board_seats_nobody() {
        assert_eq!(join(10, &TableLook::default()), Join::NotOnBoard);
        let no_space = TableLook {
            capacity: None,
            ..look(0, 5)
        };
        assert_eq!(join(10, &no_space), Join::NotOnBoard);
        let no_round = TableLook {
            round_id: None,
            ..look(0, 5)
        };
        assert_eq!(join(10, &no_round), Join::NotOnBoard);
    }

    #[test]
    fn a_seat_is_taken_while_one_is_left() {
        assert_eq!(
            join(10, &look(1, 2)),
            Join::Seat {
                round_id: 1,
                left: None,
                leave_line: false,
                hand_on: None
            }
        );
        assert_eq!(
            join(10, &look(2, 2)),
            Join::Full {
                round_id: 1,
                waiting: false
            }
        );
        let in_line = TableLook {
            waiting_here: true,
            ..look(3, 2)
        };
        assert_eq!(
            join(10, &in_line),
            Join::Full {
                round_id: 1,
                waiting: true
            }
        );
    }

    #[test]
    fn a_convener_stays_at_their_own_table_even_with_seats_elsewhere() {
        let convener = TableLook {
            convenes_other: true,
            current: Some(11),
            ..look(0, 2)
        };
        assert_eq!(join(10, &convener), Join::Convening);
        assert_eq!(wait(10, &convener), Wait::Join(Join::Convening));
    }

    #[test]
    fn someone_seated_is_already_there_even_at_a_full_table() {
        let there = TableLook {
            current: Some(10),
            ..look(2, 2)
        };
        assert_eq!(join(10, &there), Join::AlreadyThere);
    }

    #[test]
    fn a_move_leaves_the_other_table_and_hands_its_seat_on_only_to_a_line() {
        let moving = TableLook {
            current: Some(11),
            waiting_here: true,
            ..look(0, 2)
        };
        assert_eq!(
            join(10, &moving),
            Join::Seat {
                round_id: 1,
                left: Some(11),
                leave_line: true,
                hand_on: None
            }
        );
        let awaited = TableLook {
            waiting_at_current: true,
            ..moving
        };
        assert_eq!(
            join(10, &awaited),
            Join::Seat {
                round_id: 1,
                left: Some(11),
                leave_line: true,
                hand_on: Some(11)
            }
        );
    }

    #[test]
    fn a_freed_seat_goes_to_the_first_in_line_if_there_is_room() {
        let freed = FreedLook {
            round_id: Some(1),
            capacity: Some(2),
            taken: 1,
            first_in_line: Some(7),
        };
        assert_eq!(
            promotion(&freed),
            Some(Promotion {
                round_id: 1,
                person_id: 7
            })
        );
        assert_eq!(promotion(&FreedLook { taken: 2, ..freed }), None);
        let nobody = FreedLook {
            first_in_line: None,
            ..freed
        };
        assert_eq!(promotion(&nobody), None);
        let unplaced = FreedLook {
            capacity: None,
            ..freed
        };
        assert_eq!(promotion(&unplaced), None);
    }

    #[test]
    fn the_cascade_follows_the_seat_left_before_coming_back() {
        let mut cascade = Cascade::from(1);
        assert_eq!(cascade.next_table(), Some(1));
        cascade.moved_in(1, Some(2));
        assert_eq!(cascade.next_table(), Some(2));
        cascade.moved_in(2, None);
        assert_eq!(cascade.next_table(), Some(2));
        assert_eq!(cascade.next_table(), Some(1));
        assert_eq!(cascade.next_table(), None);
    }

    /// Round 1 with tables 10 (one seat), 11 (two) and 12 (one); table 20
    /// is not on the board.
    fn board() -> SignUps {
        let mut s = SignUps::default();
        s.add_table(10, Some(1), Some(1));
        s.add_table(11, Some(1), Some(2));
        s.add_table(12, Some(1), Some(1));
        s.add_table(20, None, None);
        s
    }

    #[test]
    fn the_first_in_line_takes_a_freed_seat_and_leaves_their_table() {
        let mut s = board();
        assert!(matches!(s.join(10, 1), Join::Seat { left: None, .. }));
        assert_eq!(
            s.join(10, 2),
            Join::Full {
                round_id: 1,
                waiting: false
            }
        );
        s.join(11, 2);
        s.wait(10, 2, 5);
        s.wait(10, 3, 5);
        assert_eq!(
            s.join(10, 2),
            Join::Full {
                round_id: 1,
                waiting: true
            }
        );
        assert!(s.leave(10, 1));
        assert!(!s.leave(10, 1), "no longer there");
        assert_eq!(s.seated(10), [2]);
        assert_eq!(s.seated(11), Vec::<i64>::new());
        assert_eq!(s.line(10), [3]);
        assert_eq!(s.join(20, 1), Join::NotOnBoard);
    }

    #[test]
    fn a_move_away_hands_the_seat_on_down_a_chain() {
        let mut s = board();
        s.join(10, 1);
        s.join(12, 2);
        // 2 waits for table 10 while sitting at 12; 3 waits for 12.
        s.wait(10, 2, 1);
        s.wait(12, 3, 1);
        let moved = s.join(11, 1);
        assert_eq!(
            moved,
            Join::Seat {
                round_id: 1,
                left: Some(10),
                leave_line: false,
                hand_on: Some(10)
            }
        );
        assert_eq!(
            (s.seated(10), s.seated(11), s.seated(12)),
            (vec![2], vec![1], vec![3])
        );
        assert!(s.line(10).is_empty() && s.line(12).is_empty());
    }

    #[test]
    fn seated_elsewhere_a_person_keeps_their_other_places_in_line() {
        let mut s = board();
        s.join(10, 1);
        s.join(12, 2);
        s.wait(10, 3, 1);
        s.wait(12, 3, 1);
        // 3 takes the seat at 12 first, then moves on to 10 when it frees,
        // and 12's seat is free again with nobody waiting.
        s.leave(12, 2);
        assert_eq!(s.seated(12), [3]);
        assert_eq!(s.line(10), [3]);
        s.leave(10, 1);
        assert_eq!((s.seated(10), s.seated(12)), (vec![3], vec![]));
        // Seated from one line, a person keeps their place in the other.
        s.join(11, 5);
        s.join(11, 6);
        s.wait(11, 4, 1);
        s.wait(10, 4, 1);
        s.leave(11, 5);
        assert_eq!(s.seated(11), [4, 6]);
        assert_eq!((s.line(11), s.line(10)), (vec![], vec![4]));
    }

    #[test]
    fn nobody_waits_beside_a_free_seat_at_their_own_table_or_off_the_board() {
        let mut s = board();
        assert!(matches!(
            s.wait(10, 1, 1),
            Wait::Join(Join::Seat { left: None, .. })
        ));
        assert!(
            s.line(10).is_empty(),
            "a free seat is taken, not waited for"
        );
        assert_eq!(s.wait(10, 1, 2), Wait::Join(Join::AlreadyThere));
        assert!(s.line(10).is_empty(), "nobody waits for their own table");
        assert_eq!(s.wait(20, 1, 3), Wait::Join(Join::NotOnBoard));
        assert_eq!(s.wait(10, 2, 4), Wait::Line { round_id: 1 });
        assert_eq!(s.line(10), [2]);
    }

    #[test]
    fn the_line_is_by_time_then_arrival_and_holds_a_person_once() {
        let mut s = board();
        s.join(10, 9);
        s.wait(10, 1, 7);
        s.wait(10, 2, 5);
        s.wait(10, 3, 7);
        s.wait(10, 1, 1);
        assert_eq!(s.line(10), [2, 1, 3]);
        s.stop_waiting(10, 1);
        assert_eq!(s.line(10), [2, 3]);
        s.leave(10, 9);
        assert_eq!(s.seated(10), [2]);
    }
}
