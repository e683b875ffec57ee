//! One person's schedule: the sessions they facilitate, speak at or
//! remember, and their open-space tables (convening, signed up, waiting),
//! in time order. Pure: the pages and the personal calendar feed share it.

use jiff::Timestamp;

use super::{
    Session,
    open_space::{Board, BoardTopic, Round},
};

/// Why an entry is on a person's schedule.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Part {
    Facilitating,
    Speaking,
    Remembered,
    Convening,
    SignedUp,
    /// In the line for a full table, at this place (1: next).
    Waiting(i64),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum What {
    Session(i64),
    /// A topic's table in a round.
    Table {
        topic: i64,
        round: i64,
    },
}

#[derive(Debug, Clone)]
pub struct Entry {
    pub what: What,
    pub title: String,
    pub lang: String,
    pub starts_at: Timestamp,
    pub ends_at: Timestamp,
    /// The room, or the table's name.
    pub place: Option<String>,
    pub cancelled: bool,
    /// Raised on every change (the iCal SEQUENCE).
    pub sequence: i64,
    pub parts: Vec<Part>,
}

/// A person's open space, as [`crate::store::MyBoard`] reads it.
#[derive(Debug, Clone, Default)]
pub struct MyTables {
    /// (round, topic) of each table the person sits at.
    pub seats: Vec<(i64, i64)>,
    /// (topic, place in its line).
    pub waiting: Vec<(i64, i64)>,
}

/// The schedule of `person`: `remembered` are the sessions they starred.
pub fn schedule(
    person: i64,
    sessions: &[Session],
    remembered: &[i64],
    board: &Board,
    tables: &MyTables,
) -> Vec<Entry> {
    let mut entries: Vec<Entry> = sessions
        .iter()
        .filter_map(|s| {
            let mut parts = Vec::new();
            if s.facilitators.iter().any(|p| p.id == person) {
                parts.push(Part::Facilitating);
            }
            if s.speakers.iter().any(|p| p.id == person) {
                parts.push(Part::Speaking);
            }
            if remembered.contains(&s.id) {
                parts.push(Part::Remembered);
            }
            (!parts.is_empty()).then(|| Entry {
                what: What::Session(s.id),
                title: s.title.clone(),
                lang: s.text_lang.clone(),
                starts_at: s.starts_at,
                ends_at: s.ends_at,
                place: s.room.clone(),
                cancelled: s.cancelled,
                sequence: s.sequence,
                parts,
            })
        })
        .collect();
    let mut add_table = |topic: &BoardTopic, round: &Round, part: Part| {
        let what = What::Table {
            topic: topic.id,
            round: round.id,
        };
        if let Some(entry) = entries.iter_mut().find(|e| e.what == what) {
            entry.parts.push(part);
            return;
        }
        entries.push(Entry {
            what,
            title: topic.title.clone(),
            lang: topic.text_lang.clone(),
            starts_at: round.starts_at,
            ends_at: round.ends_at,
            place: topic
                .space_id
                .and_then(|id| board.spaces.iter().find(|s| s.id == id))
                .map(|s| s.name.clone()),
            cancelled: false,
            sequence: topic.version,
            parts: vec![part],
        });
    };
    let round_of = |topic: &BoardTopic| {
        topic
            .round_id
            .and_then(|id| board.rounds.iter().find(|r| r.id == id))
    };
    for topic in board
        .topics
        .iter()
        .filter(|t| t.convener_id == Some(person))
    {
        if let Some(round) = round_of(topic) {
            add_table(topic, round, Part::Convening);
        }
    }
    for (round_id, topic_id) in &tables.seats {
        let topic = board.topics.iter().find(|t| t.id == *topic_id);
        let round = board.rounds.iter().find(|r| r.id == *round_id);
        if let (Some(topic), Some(round)) = (topic, round) {
            add_table(topic, round, Part::SignedUp);
        }
    }
    for (topic_id, place) in &tables.waiting {
        let Some(topic) = board.topics.iter().find(|t| t.id == *topic_id) else {
            continue;
        };
        if let Some(round) = round_of(topic) {
            add_table(topic, round, Part::Waiting(*place));
        }
    }
    entries.sort_by_key(|e| (e.starts_at, e.ends_at, e.title.clone()));
    entries
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::{PersonRef, SessionKind, open_space::Space};

    fn at(hour: i64) -> Timestamp {
        Timestamp::from_second(1_800_000_000 + hour * 3600).unwrap()
    }

    fn person(id: i64) -> PersonRef {
        PersonRef {
            id,
            display_name: format!("P{id}"),
            organisation: None,
            country: None,
            visibility: crate::domain::Visibility::Listed,
        }
    }

    fn session(id: i64, hour: i64, facilitators: &[i64], speakers: &[i64]) -> Session {
        Session {
            id,
            title: format!("S{id}"),
            description: String::new(),
            text_lang: "en".into(),
            kind: SessionKind::Plenary,
            starts_at: at(hour),
            ends_at: at(hour + 1),
            room: Some("Hall".into()),
            room_id: None,
            languages: vec![],
            interpretation: vec![],
            facilitators: facilitators.iter().map(|i| person(*i)).collect(),
            speakers: speakers.iter().map(|i| person(*i)).collect(),
            cancelled: false,
            sequence: 0,
            source_id: None,
        }
    }

    #[test]
    fn sessions_and_tables_in_time_order() {
        let sessions = [
            session(1, 5, &[7], &[]),
            session(2, 1, &[], &[7]),
            session(3, 2, &[], &[]),
            session(4, 3, &[8], &[]),
        ];
        let board = Board {
            rounds: vec![Round {
                id: 10,
                session_id: None,
                label: "Round 1".into(),
                starts_at: at(4),
                ends_at: at(5),
            }],
            spaces: vec![Space {
                id: 20,
                name: "Table A".into(),
                capacity: 8,
                languages: vec![],
            }],
            topics: vec![],
        };
        let mut board = board;
        board.topics.push(BoardTopic {
            id: 30,
            title: "Safe migration".into(),
            description: String::new(),
            text_lang: "en".into(),
            origin: crate::domain::TopicOrigin::Proposed,
            convener_id: Some(8),
            convener_name: None,
            proposed_by: None,
            interested: vec![],
            round_id: Some(10),
            space_id: Some(20),
            marks: 0,
            signed_up: 1,
            waiting: 0,
            version: 3,
        });
        let tables = MyTables {
            seats: vec![(10, 30)],
            waiting: vec![],
        };
        let entries = schedule(7, &sessions, &[3, 1], &board, &tables);
        let whats: Vec<What> = entries.iter().map(|e| e.what).collect();
        assert_eq!(
            whats,
            [
                What::Session(2),
                What::Session(3),
                What::Table {
                    topic: 30,
                    round: 10
                },
                What::Session(1),
            ]
        );
        assert_eq!(entries[3].parts, [Part::Facilitating, Part::Remembered]);
        assert_eq!(entries[2].place.as_deref(), Some("Table A"));
        assert!(schedule(9, &sessions, &[], &board, &MyTables::default()).is_empty());
    }
}
