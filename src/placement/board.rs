//! Between the open-space board and the solver's instance: topic, round and
//! space ids become strings ("12"), people "p34".

use jiff::Timestamp;

use super::{Cell, Instance, Outcome, Round, Space, Topic};
use crate::domain::open_space::Board;

/// The instance for placing the board's topics into `rounds`: every topic
/// not placed, or placed in one of those rounds. Topics in a round that has
/// started stay where they are (pinned); the current cells are the previous
/// placement, so that a proposal moves little.
pub fn instance(board: &Board, marks: &[(i64, i64)], rounds: &[i64], now: Timestamp) -> Instance {
    let topics: Vec<_> = board
        .topics
        .iter()
        .filter(|t| t.round_id.is_none_or(|r| rounds.contains(&r)))
        .collect();
    let current = |t: &crate::domain::open_space::BoardTopic| {
        t.round_id.zip(t.space_id).map(|(r, s)| Cell {
            topic: t.id.to_string(),
            round: r.to_string(),
            space: s.to_string(),
        })
    };
    Instance {
        rounds: board
            .rounds
            .iter()
            .filter(|r| rounds.contains(&r.id))
            .map(|r| Round {
                id: r.id.to_string(),
            })
            .collect(),
        spaces: board
            .spaces
            .iter()
            .map(|s| Space {
                id: s.id.to_string(),
                capacity: u32::try_from(s.capacity).unwrap_or(1),
                languages: (!s.languages.is_empty()).then(|| s.languages.clone()),
            })
            .collect(),
        topics: topics
            .iter()
            .map(|t| Topic {
                id: t.id.to_string(),
                conveners: t.convener_id.map(|p| format!("p{p}")).into_iter().collect(),
                language: Some(t.text_lang.clone()),
                interested: marks
                    .iter()
                    .filter(|(topic, _)| *topic == t.id)
                    .map(|(_, p)| format!("p{p}"))
                    .collect(),
            })
            .collect(),
        pinned: topics
            .iter()
            .filter(|t| {
                t.round_id
                    .and_then(|r| board.round(r))
                    .is_some_and(|r| r.has_started(now))
            })
            .filter_map(|t| current(t))
            .collect(),
        unavailable: Vec::new(),
        previous: topics.iter().filter_map(|t| current(t)).collect(),
        weights: Default::default(),
    }
}

/// The outcome with titles and names instead of ids, for people to read.
pub fn with_names(board: &Board, outcome: &Outcome) -> Outcome {
    let Outcome::Feasible {
        placement,
        score,
        lower_bound,
    } = outcome
    else {
        return outcome.clone();
    };
    let name = |cell: &Cell| {
        let id = |s: &str| s.parse::<i64>().unwrap_or(-1);
        Cell {
            topic: board
                .topic(id(&cell.topic))
                .map_or_else(|| cell.topic.clone(), |t| t.title.clone()),
            round: board
                .round(id(&cell.round))
                .map_or_else(|| cell.round.clone(), |r| r.label.clone()),
            space: board
                .space(id(&cell.space))
                .map_or_else(|| cell.space.clone(), |s| s.name.clone()),
        }
    };
    Outcome::Feasible {
        placement: placement.iter().map(name).collect(),
        score: *score,
        lower_bound: *lower_bound,
    }
}

/// (topic, round, space) ids of a placement of the board.
pub fn cells(placement: &[Cell]) -> Result<Vec<(i64, i64, i64)>, std::num::ParseIntError> {
    placement
        .iter()
        .map(|c| Ok((c.topic.parse()?, c.round.parse()?, c.space.parse()?)))
        .collect()
}
