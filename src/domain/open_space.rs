//! The open space: rounds × spaces make the board's cells; topics are
//! proposed, marked, placed in a cell, and people add their names to one
//! table per round. Rules only; the store keeps them under concurrency.

use jiff::Timestamp;

use super::{LanguageTag, OrganisationRef, TopicOrigin, ValidationError, required_text};

pub const TOPIC_TITLE_MAX: usize = 200;
pub const TOPIC_DESCRIPTION_MAX: usize = 2_000;
pub const NOTE_MAX: usize = 20_000;
pub const CAPACITY_MAX: i64 = 1_000;

/// A time slot of the open space, within one of the program's open-space
/// sessions.
#[derive(Debug, Clone)]
pub struct Round {
    pub id: i64,
    pub session_id: Option<i64>,
    pub label: String,
    pub starts_at: Timestamp,
    pub ends_at: Timestamp,
}

impl Round {
    /// A started round is frozen: only organisers may still move its topics.
    pub fn has_started(&self, now: Timestamp) -> bool {
        now >= self.starts_at
    }

    pub fn has_ended(&self, now: Timestamp) -> bool {
        now >= self.ends_at
    }
}

/// A table or room, with the number of people it seats.
#[derive(Debug, Clone)]
pub struct Space {
    pub id: i64,
    pub name: String,
    pub capacity: i64,
    pub languages: Vec<String>,
}

/// A topic as the board shows it.
#[derive(Debug, Clone)]
pub struct BoardTopic {
    pub id: i64,
    pub title: String,
    pub description: String,
    pub text_lang: String,
    pub origin: TopicOrigin,
    pub convener_id: Option<i64>,
    /// Shown on the board and the screen unless the convener said no.
    pub convener_name: Option<String>,
    pub proposed_by: Option<OrganisationRef>,
    pub interested: Vec<OrganisationRef>,
    pub round_id: Option<i64>,
    pub space_id: Option<i64>,
    /// People who marked it before placement.
    pub marks: i64,
    pub signed_up: i64,
    pub waiting: i64,
    pub version: i64,
}

impl BoardTopic {
    pub fn is_placed(&self) -> bool {
        self.round_id.is_some() && self.space_id.is_some()
    }
}

#[derive(Debug, Clone, Default)]
pub struct Board {
    pub rounds: Vec<Round>,
    pub spaces: Vec<Space>,
    /// Every topic not withdrawn, placed or not.
    pub topics: Vec<BoardTopic>,
}

impl Board {
    pub fn cell(&self, round: i64, space: i64) -> Option<&BoardTopic> {
        self.topics
            .iter()
            .find(|t| t.round_id == Some(round) && t.space_id == Some(space))
    }

    pub fn unplaced(&self) -> impl Iterator<Item = &BoardTopic> {
        self.topics.iter().filter(|t| !t.is_placed())
    }

    pub fn space(&self, id: i64) -> Option<&Space> {
        self.spaces.iter().find(|s| s.id == id)
    }

    pub fn round(&self, id: i64) -> Option<&Round> {
        self.rounds.iter().find(|r| r.id == id)
    }

    pub fn topic(&self, id: i64) -> Option<&BoardTopic> {
        self.topics.iter().find(|t| t.id == id)
    }

    /// Seats a topic's table has, if it is placed.
    pub fn capacity(&self, topic: &BoardTopic) -> Option<i64> {
        topic
            .space_id
            .and_then(|s| self.space(s))
            .map(|s| s.capacity)
    }

    /// Whether the topic's convener convenes another topic in `round`: one
    /// person convenes one table per round.
    pub fn convener_busy(&self, topic: &BoardTopic, round: i64) -> bool {
        topic.convener_id.is_some_and(|convener| {
            self.topics.iter().any(|o| {
                o.id != topic.id && o.convener_id == Some(convener) && o.round_id == Some(round)
            })
        })
    }

    /// Cells of a round with no topic.
    pub fn free_spaces(&self, round: i64) -> impl Iterator<Item = &Space> {
        self.spaces
            .iter()
            .filter(move |s| self.cell(round, s.id).is_none())
    }
}

/// A table of a round with seats left.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OpenTable {
    pub topic_id: i64,
    pub title: String,
    pub text_lang: String,
    /// The space it is placed in.
    pub space: String,
    pub capacity: i64,
    pub taken: i64,
}

impl OpenTable {
    pub fn seats_left(&self) -> i64 {
        self.capacity - self.taken
    }
}

/// What a participant writes to propose a topic, or to edit it.
#[derive(Debug, Clone)]
pub struct TopicInput {
    pub title: String,
    pub description: String,
    pub language: LanguageTag,
}

impl TopicInput {
    pub fn new(title: &str, description: &str, language: &str) -> Result<Self, ValidationError> {
        let title = required_text("topic title", title, TOPIC_TITLE_MAX)?;
        let description = description.trim().to_owned();
        if description.chars().count() > TOPIC_DESCRIPTION_MAX {
            return Err(ValidationError::TooLong {
                field: "topic description",
                len: description.chars().count(),
                max: TOPIC_DESCRIPTION_MAX,
            });
        }
        Ok(TopicInput {
            title,
            description,
            language: LanguageTag::parse(language)?,
        })
    }
}

/// A table or room as the organiser sets it up.
#[derive(Debug, Clone)]
pub struct SpaceInput {
    pub name: String,
    pub capacity: i64,
    pub languages: Vec<LanguageTag>,
}

impl SpaceInput {
    pub fn new(name: &str, capacity: i64, languages: &str) -> Result<Self, ValidationError> {
        if !(1..=CAPACITY_MAX).contains(&capacity) {
            return Err(ValidationError::Invalid {
                field: "capacity",
                value: capacity.to_string(),
                expected: "a number of seats from 1 to 1000",
            });
        }
        Ok(SpaceInput {
            name: required_text("space name", name, 100)?,
            capacity,
            languages: LanguageTag::parse_list(languages)?,
        })
    }
}

/// The harvest of one table.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Notes {
    pub key_points: String,
    pub proposals: String,
    pub next_steps: String,
    pub continuing: String,
    /// The language they are written in; `None` for the topic's.
    pub lang: Option<String>,
}

impl Notes {
    pub fn validate(&self) -> Result<(), ValidationError> {
        for (field, text) in [
            ("key points", &self.key_points),
            ("proposals", &self.proposals),
            ("next steps", &self.next_steps),
            ("who wants to continue", &self.continuing),
        ] {
            let len = text.chars().count();
            if len > NOTE_MAX {
                return Err(ValidationError::TooLong {
                    field,
                    len,
                    max: NOTE_MAX,
                });
            }
        }
        if let Some(lang) = &self.lang {
            LanguageTag::parse(lang)?;
        }
        Ok(())
    }

    pub fn is_empty(&self) -> bool {
        [
            &self.key_points,
            &self.proposals,
            &self.next_steps,
            &self.continuing,
        ]
        .iter()
        .all(|t| t.trim().is_empty())
    }
}

/// What a person is told of a change to their sign-ups (a seat freed, a
/// topic moved): a message key and its arguments, stored as such and put in
/// words in the reader's language when shown.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct NoticeText {
    pub key: String,
    pub args: std::collections::BTreeMap<String, String>,
}

impl NoticeText {
    pub fn new(key: &str, args: &[(&str, &str)]) -> NoticeText {
        NoticeText {
            key: key.to_owned(),
            args: args
                .iter()
                .map(|(k, v)| ((*k).to_owned(), (*v).to_owned()))
                .collect(),
        }
    }

    /// As the store keeps it.
    pub fn encode(&self) -> String {
        serde_json::to_string(self).expect("strings serialise")
    }

    /// From the store; a notice stored as plain words (before notices had
    /// keys) comes back with no key and its words as `text`.
    pub fn decode(stored: &str) -> NoticeText {
        serde_json::from_str(stored).unwrap_or_else(|_| NoticeText::new("", &[("text", stored)]))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn topic(id: i64, round: Option<i64>, space: Option<i64>, signed_up: i64) -> BoardTopic {
        BoardTopic {
            id,
            title: format!("T{id}"),
            description: String::new(),
            text_lang: "en".into(),
            origin: TopicOrigin::Proposed,
            convener_id: None,
            convener_name: None,
            proposed_by: None,
            interested: vec![],
            round_id: round,
            space_id: space,
            marks: 0,
            signed_up,
            waiting: 0,
            version: 0,
        }
    }

    fn board() -> Board {
        let space = |id, capacity| Space {
            id,
            name: format!("Table {id}"),
            capacity,
            languages: vec![],
        };
        Board {
            rounds: vec![Round {
                id: 1,
                session_id: None,
                label: "Round 1".into(),
                starts_at: Timestamp::from_second(1_000).unwrap(),
                ends_at: Timestamp::from_second(2_000).unwrap(),
            }],
            spaces: vec![space(1, 2), space(2, 10), space(3, 5)],
            topics: vec![
                topic(10, Some(1), Some(1), 2),
                topic(11, Some(1), Some(2), 9),
                topic(12, Some(1), Some(3), 1),
                topic(13, None, None, 0),
            ],
        }
    }

    #[test]
    fn a_notice_keeps_its_key_and_arguments_and_reads_old_plain_words() {
        let n = NoticeText::new("notice-seat-freed", &[("title", "Safe “migration”")]);
        assert_eq!(NoticeText::decode(&n.encode()), n);
        let old = NoticeText::decode("A seat freed at “X”: you are in.");
        assert_eq!(old.key, "");
        assert_eq!(old.args["text"], "A seat freed at “X”: you are in.");
    }

    #[test]
    fn a_board_knows_its_unplaced_topics_free_cells_and_started_rounds() {
        let b = board();
        assert_eq!(b.unplaced().map(|t| t.id).collect::<Vec<_>>(), [13]);
        assert_eq!(b.free_spaces(1).count(), 0);
        assert!(
            b.round(1)
                .unwrap()
                .has_started(Timestamp::from_second(1_000).unwrap())
        );
        assert!(
            !b.round(1)
                .unwrap()
                .has_started(Timestamp::from_second(999).unwrap())
        );
    }

    #[test]
    fn inputs_are_checked() {
        assert!(TopicInput::new("  ", "", "en").is_err());
        assert!(TopicInput::new(&"x".repeat(10_000), "", "en").is_err());
        assert!(TopicInput::new("Safe migration", &"x".repeat(2_001), "en").is_err());
        assert!(TopicInput::new("Safe migration", "", "not a language").is_err());
        let ok = TopicInput::new("  Migrasi aman ", "", "id").unwrap();
        assert_eq!(ok.title, "Migrasi aman");
        assert!(SpaceInput::new("Table 1", 0, "").is_err());
        assert!(SpaceInput::new("Table 1", 20, "en es").is_ok());
        let long = Notes {
            key_points: "x".repeat(NOTE_MAX + 1),
            ..Notes::default()
        };
        assert!(long.validate().is_err());
        assert!(Notes::default().is_empty());
    }
}
