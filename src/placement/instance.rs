//! The instance format (JSON, ids are strings), its checks, and the indexed
//! problem the search works on.

use std::collections::{HashMap, HashSet};

use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Deserialize, Serialize)]
pub struct Round {
    pub id: String,
}

#[derive(Debug, Clone, Deserialize, Serialize)]
pub struct Space {
    pub id: String,
    pub capacity: u32,
    /// Languages with interpretation; absent means any language.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub languages: Option<Vec<String>>,
}

#[derive(Debug, Clone, Deserialize, Serialize)]
pub struct Topic {
    pub id: String,
    #[serde(default)]
    pub conveners: Vec<String>,
    #[serde(default)]
    pub language: Option<String>,
    #[serde(default)]
    pub interested: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Hash, Deserialize, Serialize)]
pub struct Cell {
    pub topic: String,
    pub round: String,
    pub space: String,
}

#[derive(Debug, Clone, Deserialize, Serialize)]
pub struct Unavailable {
    pub person: String,
    pub round: String,
}

#[derive(Debug, Clone, Copy, Deserialize, Serialize, PartialEq)]
pub struct Weights {
    #[serde(default = "one")]
    pub missed: f64,
    #[serde(default = "half")]
    pub overflow: f64,
    #[serde(default = "two")]
    pub moves: f64,
}

fn one() -> f64 {
    1.0
}
fn half() -> f64 {
    0.5
}
fn two() -> f64 {
    2.0
}

impl Default for Weights {
    fn default() -> Self {
        Weights {
            missed: 1.0,
            overflow: 0.5,
            moves: 2.0,
        }
    }
}

#[derive(Debug, Clone, Default, Deserialize, Serialize)]
pub struct Instance {
    pub rounds: Vec<Round>,
    pub spaces: Vec<Space>,
    pub topics: Vec<Topic>,
    #[serde(default)]
    pub pinned: Vec<Cell>,
    #[serde(default)]
    pub unavailable: Vec<Unavailable>,
    #[serde(default)]
    pub previous: Vec<Cell>,
    #[serde(default)]
    pub weights: Weights,
}

#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct Score {
    pub missed: u32,
    pub overflow: u32,
    pub moves: u32,
    pub total: f64,
}

impl Score {
    pub fn new(missed: u32, overflow: u32, moves: u32, w: &Weights) -> Self {
        Score {
            missed,
            overflow,
            moves,
            total: w.missed * f64::from(missed)
                + w.overflow * f64::from(overflow)
                + w.moves * f64::from(moves),
        }
    }
}

/// The answer, in the JSON shape of `convene place --json`.
#[derive(Debug, Clone, Serialize)]
#[serde(untagged)]
pub enum Outcome {
    Feasible {
        placement: Vec<Cell>,
        score: Score,
        lower_bound: Option<f64>,
    },
    Infeasible {
        explanation: String,
    },
}

impl Outcome {
    /// With `feasible` first, as the format has it.
    pub fn to_json(&self) -> serde_json::Value {
        let mut value = serde_json::to_value(self).unwrap_or_default();
        if let Some(map) = value.as_object_mut() {
            map.insert(
                "feasible".into(),
                matches!(self, Outcome::Feasible { .. }).into(),
            );
        }
        value
    }
}

/// An instance that cannot be read as one: the message names the item.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum InstanceError {
    #[error("duplicate {kind} id {id:?}")]
    Duplicate { kind: &'static str, id: String },
    #[error("{place} refers to an unknown {kind} {id:?}")]
    Unknown {
        place: String,
        kind: &'static str,
        id: String,
    },
    #[error("space {0:?} has capacity 0; every space seats at least one person")]
    NoSeats(String),
    #[error("topic {0:?} is pinned twice")]
    PinnedTwice(String),
    #[error("two topics are pinned to the same cell ({round:?}, {space:?})")]
    CellPinnedTwice { round: String, space: String },
    #[error("{person:?} convenes topics pinned to two cells of round {round:?}")]
    ConvenerPinnedTwice { person: String, round: String },
    #[error("there are topics but no rounds")]
    NoRounds,
    #[error("there are topics but no spaces")]
    NoSpaces,
    #[error("weights must be finite and not negative")]
    Weights,
}

/// The instance with every id replaced by an index, checked.
#[derive(Debug, Clone)]
pub struct Problem {
    pub rounds: Vec<String>,
    pub spaces: Vec<String>,
    pub capacity: Vec<u32>,
    /// Per space: the languages it serves; `None` serves any.
    pub space_languages: Vec<Option<Vec<String>>>,
    pub topics: Vec<String>,
    pub topic_language: Vec<Option<String>>,
    pub conveners: Vec<Vec<usize>>,
    pub interested: Vec<Vec<usize>>,
    pub people: usize,
    pub pinned: Vec<Option<(usize, usize)>>,
    pub previous: Vec<Option<(usize, usize)>>,
    /// Per topic and round: may it go there (conveners available).
    pub round_allowed: Vec<Vec<bool>>,
    /// Per topic and space: language fits.
    pub space_allowed: Vec<Vec<bool>>,
    pub weights: Weights,
}

fn index<'a>(
    kind: &'static str,
    ids: impl Iterator<Item = &'a str>,
) -> Result<HashMap<&'a str, usize>, InstanceError> {
    let mut map = HashMap::new();
    for (i, id) in ids.enumerate() {
        if map.insert(id, i).is_some() {
            return Err(InstanceError::Duplicate {
                kind,
                id: id.to_owned(),
            });
        }
    }
    Ok(map)
}

fn find(
    map: &HashMap<&str, usize>,
    id: &str,
    place: impl FnOnce() -> String,
    kind: &'static str,
) -> Result<usize, InstanceError> {
    map.get(id).copied().ok_or_else(|| InstanceError::Unknown {
        place: place(),
        kind,
        id: id.to_owned(),
    })
}

impl Instance {
    pub fn check(&self) -> Result<Problem, InstanceError> {
        let w = self.weights;
        if [w.missed, w.overflow, w.moves]
            .iter()
            .any(|x| !x.is_finite() || *x < 0.0)
        {
            return Err(InstanceError::Weights);
        }
        let rounds = index("round", self.rounds.iter().map(|r| r.id.as_str()))?;
        let spaces = index("space", self.spaces.iter().map(|s| s.id.as_str()))?;
        let topics = index("topic", self.topics.iter().map(|t| t.id.as_str()))?;
        if !self.topics.is_empty() && self.rounds.is_empty() {
            return Err(InstanceError::NoRounds);
        }
        if !self.topics.is_empty() && self.spaces.is_empty() {
            return Err(InstanceError::NoSpaces);
        }
        if let Some(s) = self.spaces.iter().find(|s| s.capacity == 0) {
            return Err(InstanceError::NoSeats(s.id.clone()));
        }
        let mut people: HashMap<String, usize> = HashMap::new();
        let mut person = |name: &str| {
            let next = people.len();
            *people.entry(name.to_owned()).or_insert(next)
        };
        let conveners: Vec<Vec<usize>> = self
            .topics
            .iter()
            .map(|t| {
                let mut c: Vec<usize> = t.conveners.iter().map(|p| person(p)).collect();
                c.sort_unstable();
                c.dedup();
                c
            })
            .collect();
        let interested: Vec<Vec<usize>> = self
            .topics
            .iter()
            .map(|t| {
                let mut c: Vec<usize> = t.interested.iter().map(|p| person(p)).collect();
                c.sort_unstable();
                c.dedup();
                c
            })
            .collect();
        let cell = |c: &Cell, what: &str| -> Result<(usize, (usize, usize)), InstanceError> {
            let place = || format!("{what} ({}, {}, {})", c.topic, c.round, c.space);
            Ok((
                find(&topics, &c.topic, place, "topic")?,
                (
                    find(&rounds, &c.round, place, "round")?,
                    find(&spaces, &c.space, place, "space")?,
                ),
            ))
        };
        let mut pinned = vec![None; self.topics.len()];
        let mut taken = HashSet::new();
        for c in &self.pinned {
            let (t, at) = cell(c, "pinned")?;
            if pinned[t].replace(at).is_some() {
                return Err(InstanceError::PinnedTwice(c.topic.clone()));
            }
            if !taken.insert(at) {
                return Err(InstanceError::CellPinnedTwice {
                    round: c.round.clone(),
                    space: c.space.clone(),
                });
            }
        }
        // A convener pinned to two cells of one round.
        let mut held: HashMap<(usize, usize), usize> = HashMap::new();
        for (t, at) in pinned.iter().enumerate() {
            let Some((r, _)) = at else { continue };
            for p in &conveners[t] {
                if held.insert((*p, *r), t).is_some() {
                    let name = people.iter().find(|(_, i)| *i == p).map(|(n, _)| n.clone());
                    return Err(InstanceError::ConvenerPinnedTwice {
                        person: name.unwrap_or_default(),
                        round: self.rounds[*r].id.clone(),
                    });
                }
            }
        }
        let mut previous = vec![None; self.topics.len()];
        for c in &self.previous {
            let (t, at) = cell(c, "previous")?;
            previous[t] = Some(at);
        }
        let mut absent: HashSet<(usize, usize)> = HashSet::new();
        for u in &self.unavailable {
            let r = find(
                &rounds,
                &u.round,
                || format!("unavailable ({}, {})", u.person, u.round),
                "round",
            )?;
            let p = people
                .get(&u.person)
                .ok_or_else(|| InstanceError::Unknown {
                    place: format!("unavailable ({}, {})", u.person, u.round),
                    kind: "person (no topic names them)",
                    id: u.person.clone(),
                })?;
            absent.insert((*p, r));
        }
        let round_allowed = conveners
            .iter()
            .map(|cs| {
                (0..self.rounds.len())
                    .map(|r| cs.iter().all(|p| !absent.contains(&(*p, r))))
                    .collect()
            })
            .collect();
        let space_allowed = self
            .topics
            .iter()
            .map(|t| {
                self.spaces
                    .iter()
                    .map(|s| match (&t.language, &s.languages) {
                        (Some(l), Some(ls)) => ls.iter().any(|x| x == l),
                        _ => true,
                    })
                    .collect()
            })
            .collect();
        Ok(Problem {
            rounds: self.rounds.iter().map(|r| r.id.clone()).collect(),
            spaces: self.spaces.iter().map(|s| s.id.clone()).collect(),
            capacity: self.spaces.iter().map(|s| s.capacity).collect(),
            space_languages: self.spaces.iter().map(|s| s.languages.clone()).collect(),
            topics: self.topics.iter().map(|t| t.id.clone()).collect(),
            topic_language: self.topics.iter().map(|t| t.language.clone()).collect(),
            conveners,
            interested,
            people: people.len(),
            pinned,
            previous,
            round_allowed,
            space_allowed,
            weights: self.weights,
        })
    }
}

impl Problem {
    pub fn cells(&self) -> usize {
        self.rounds.len() * self.spaces.len()
    }

    /// A reason no placement can exist, found by counting: more topics than
    /// cells, more topics in a language than cells serving it, a convener
    /// with more topics than rounds they can attend, a topic with no round
    /// or no space it may use.
    pub fn infeasibility(&self) -> Option<String> {
        let (topics, cells) = (self.topics.len(), self.cells());
        if topics > cells {
            return Some(format!(
                "{topics} topics need a cell each; there are {cells} ({} rounds × {} spaces). \
                 Add rounds or spaces, or leave {} topics out.",
                self.rounds.len(),
                self.spaces.len(),
                topics - cells
            ));
        }
        for t in 0..topics {
            if !self.space_allowed[t].iter().any(|ok| *ok) {
                return Some(format!(
                    "topic {:?} is in {:?}, and no space has interpretation into it",
                    self.topics[t],
                    self.topic_language[t].as_deref().unwrap_or("")
                ));
            }
            if !self.round_allowed[t].iter().any(|ok| *ok) {
                return Some(format!(
                    "topic {:?}: its conveners are not all available in any round",
                    self.topics[t]
                ));
            }
        }
        let mut by_language: HashMap<&str, usize> = HashMap::new();
        for l in self.topic_language.iter().flatten() {
            *by_language.entry(l).or_default() += 1;
        }
        let mut languages: Vec<(&str, usize)> = by_language.into_iter().collect();
        languages.sort();
        for (language, count) in languages {
            let serving = self
                .space_languages
                .iter()
                .filter(|ls| {
                    ls.as_ref()
                        .is_none_or(|ls| ls.iter().any(|x| x == language))
                })
                .count()
                * self.rounds.len();
            if count > serving {
                return Some(format!(
                    "{count} topics are in {language:?} and need a space that serves it; \
                     there are {serving} such cells"
                ));
            }
        }
        let mut per_person: HashMap<usize, Vec<usize>> = HashMap::new();
        for (t, cs) in self.conveners.iter().enumerate() {
            for p in cs {
                per_person.entry(*p).or_default().push(t);
            }
        }
        let mut heavy: Vec<(usize, Vec<usize>)> = per_person.into_iter().collect();
        heavy.sort();
        for (_, ts) in heavy {
            let rounds = (0..self.rounds.len())
                .filter(|r| ts.iter().any(|t| self.round_allowed[*t][*r]))
                .count();
            if ts.len() > rounds {
                let names: Vec<&str> = ts.iter().map(|t| self.topics[*t].as_str()).collect();
                return Some(format!(
                    "one convener has {} topics ({}) but can attend only {rounds} rounds",
                    ts.len(),
                    names.join(", ")
                ));
            }
        }
        None
    }

    /// Said when the search found no placement although counting found no
    /// reason: the combination of conveners, pins and languages is too tight.
    pub fn why_stuck(&self) -> String {
        "no placement satisfies every convener, pin, availability and language at once; \
         the counts alone allow one, so loosen a pin or a convener's availability"
            .into()
    }

    /// A cheap lower bound on the total: each term bounded on its own.
    /// Missed: a person who marked m topics misses at least m − rounds.
    /// Overflow: the best pairing of all topics' demands with all cells'
    /// capacities, ignoring rounds and languages. Moves: pins away from
    /// the previous cell.
    pub fn lower_bound(&self) -> f64 {
        let mut marked = vec![0usize; self.people];
        for list in &self.interested {
            for p in list {
                marked[*p] += 1;
            }
        }
        let missed: usize = marked
            .iter()
            .map(|m| m.saturating_sub(self.rounds.len()))
            .sum();
        let mut demand: Vec<usize> = self.interested.iter().map(Vec::len).collect();
        demand.sort_unstable_by(|a, b| b.cmp(a));
        let mut capacity: Vec<u32> = self
            .capacity
            .iter()
            .flat_map(|c| std::iter::repeat_n(*c, self.rounds.len()))
            .collect();
        capacity.sort_unstable_by(|a, b| b.cmp(a));
        let overflow: usize = demand
            .iter()
            .zip(&capacity)
            .map(|(d, c)| d.saturating_sub(*c as usize))
            .sum();
        let moves = self
            .pinned
            .iter()
            .zip(&self.previous)
            .filter(|(p, q)| p.is_some() && q.is_some() && p != q)
            .count();
        let w = &self.weights;
        w.missed * missed as f64 + w.overflow * overflow as f64 + w.moves * moves as f64
    }
}
