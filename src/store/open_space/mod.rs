//! The open space: setup (rounds and spaces), topics and their placement,
//! sign-ups and waiting lines, and the harvest's notes.
//!
//! Sign-ups must hold capacity exactly under concurrency on both backends.
//! Every change to a table first writes its topic's row (`version + 1`):
//! PostgreSQL then holds that row's lock to the end of the transaction and
//! SQLite holds its single write lock, so counting the table's names and
//! adding one happen as one step. The primary key of `signup` (round,
//! person) keeps a person at one table per round.

mod notes;
mod setup;
mod signups;
mod topics;

pub(crate) use signups::JoinRequest;

use std::collections::HashMap;

use super::StoreError;
use crate::domain::Visibility;

/// What came of asking for a seat at a table.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum JoinOutcome {
    /// Seated; `left` is the table of the same round the person left for it.
    Joined {
        left: Option<i64>,
    },
    AlreadyThere,
    /// The person convenes `title`, another table of that round, and stays
    /// there.
    Convening {
        title: String,
    },
    /// No seat left.
    Full(FullTable),
    /// The topic is not (or no longer) on the board.
    NotOnBoard,
}

/// What came of asking to wait for a table.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Waited {
    /// In line for the full table.
    InLine,
    /// Answered as a request to sit: seated at a free seat, already there,
    /// or not on the board (never full: then they are in line).
    Asked(JoinOutcome),
}

/// The table someone was turned away from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FullTable {
    pub round_id: i64,
    pub title: String,
    /// The person is already in line for it.
    pub waiting: bool,
}

/// What came of placing a topic in a cell.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PlaceOutcome {
    /// Placed; the people who were signed up and were told of the move.
    Placed {
        told: Vec<i64>,
    },
    CellTaken,
    /// The convener already holds a cell in that round.
    ConvenerBusy,
    /// The topic changed since the page was loaded.
    Stale,
    NotFound,
}

/// What became of an organiser's change to a table or room.
#[derive(Debug, PartialEq, Eq)]
pub enum SpaceEdit {
    Saved,
    NotFound,
    /// That many people sit at one of its tables: fewer seats would
    /// leave some without one.
    TooManySeated(i64),
}

/// A name at a table, with what decides whether a viewer may see it.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct Seat {
    pub topic_id: i64,
    pub round_id: i64,
    pub person_id: i64,
    pub display_name: String,
    pub visibility: String,
    pub consent_screen: bool,
    pub at: i64,
}

impl Seat {
    pub fn visibility(&self) -> Visibility {
        Visibility::parse(&self.visibility).unwrap_or_default()
    }
}

/// Where one person stands on the board.
#[derive(Debug, Clone, Default)]
pub struct MyBoard {
    /// (round, topic) of each table the person sits at.
    pub seats: HashMap<i64, i64>,
    /// (topic, place in its line: 1 for the first) of each line the person
    /// is in.
    pub waiting: Vec<(i64, i64)>,
    pub marks: Vec<i64>,
}

#[derive(Debug, Clone, sqlx::FromRow)]
pub struct Notice {
    pub id: i64,
    pub at: i64,
    pub message: String,
}

/// A transaction that lost a race it can simply run again: a PostgreSQL
/// deadlock or serialization failure.
fn is_retryable(e: &StoreError) -> bool {
    let StoreError::Sql(sqlx::Error::Database(db)) = e else {
        return false;
    };
    matches!(db.code().as_deref(), Some("40P01" | "40001"))
}
