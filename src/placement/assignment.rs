//! The exact space assignment of one round: topics to distinct spaces at the
//! least cost (Kuhn–Munkres, from the `pathfinding` crate).

use pathfinding::{kuhn_munkres::kuhn_munkres_min, matrix::Matrix};

use super::instance::Problem;

/// Cost units per unit of objective: the algorithm wants integers.
const SCALE: f64 = 1_000.0;
/// A forbidden pairing (language, pin): larger than any real total.
const FORBIDDEN: i64 = i64::MAX / 1_000_000;

/// What one topic costs in one cell: overflow, and a move away from where
/// it was; `None` when it may not go there.
pub fn cell_cost(p: &Problem, topic: usize, round: usize, space: usize) -> Option<(u32, u32)> {
    if !p.space_allowed[topic][space] || !p.round_allowed[topic][round] {
        return None;
    }
    if p.pinned[topic].is_some_and(|at| at != (round, space)) {
        return None;
    }
    let demand = u32::try_from(p.interested[topic].len()).unwrap_or(u32::MAX);
    let overflow = demand.saturating_sub(p.capacity[space]);
    let moved = u32::from(p.previous[topic].is_some_and(|at| at != (round, space)));
    Some((overflow, moved))
}

/// The spaces of `topics` in `round`, at the least overflow and moves; `None`
/// when no assignment respects languages and pins.
pub fn assign(p: &Problem, round: usize, topics: &[usize]) -> Option<Vec<usize>> {
    if topics.is_empty() {
        return Some(Vec::new());
    }
    if topics.len() > p.spaces.len() {
        return None;
    }
    let w = &p.weights;
    let weights = Matrix::from_fn(topics.len(), p.spaces.len(), |(i, s)| {
        match cell_cost(p, topics[i], round, s) {
            Some((overflow, moved)) => {
                let cost = w.overflow * f64::from(overflow) + w.moves * f64::from(moved);
                // Ties go to the previous cell, then to nothing in particular.
                (cost * SCALE).round() as i64
            }
            None => FORBIDDEN,
        }
    });
    let (_, spaces) = kuhn_munkres_min(&weights);
    let fits = topics
        .iter()
        .zip(&spaces)
        .all(|(t, s)| cell_cost(p, *t, round, *s).is_some());
    fits.then_some(spaces)
}
