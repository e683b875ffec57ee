//! Placement of open-space topics into (round, space) cells: fewest people
//! who must choose between two topics they marked, popular topics at big
//! tables, few moves once a board is published. Pure logic, no I/O.
//!
//! The solver splits the problem in two levels. Which round a topic goes to
//! decides the missed interests and the convener clashes; given the rounds,
//! which space each topic gets decides overflow, language and moves, and is
//! an assignment problem solved exactly per round (Hungarian algorithm). A
//! seeded local search (moves and swaps of topics between rounds, with
//! simulated annealing) improves the rounds. A lower bound from relaxations
//! says how far from the best a proposal can be.

use std::time::{Duration, Instant};

mod assignment;
pub mod board;
mod instance;
mod search;

pub use instance::{
    Cell, Instance, InstanceError, Outcome, Round, Score, Space, Topic, Unavailable, Weights,
};

/// How long the search may take when the caller sets no deadline.
pub const BUDGET: Duration = Duration::from_millis(800);

/// Solves an instance within [`BUDGET`] from now.
pub fn solve(instance: &Instance, seed: u64) -> Result<Outcome, InstanceError> {
    solve_by(instance, seed, Instant::now() + BUDGET)
}

/// Solves an instance, searching until `deadline` at the latest. The same
/// instance and seed give the same answer when the search finishes its
/// steps before the deadline (every board up to 200 topics on a 2-core
/// machine of 2026); a slower machine cools faster and may answer
/// differently.
pub fn solve_by(
    instance: &Instance,
    seed: u64,
    deadline: Instant,
) -> Result<Outcome, InstanceError> {
    let problem = instance.check()?;
    if let Some(explanation) = problem.infeasibility() {
        return Ok(Outcome::Infeasible { explanation });
    }
    Ok(match search::run(&problem, seed, deadline) {
        Some(found) => Outcome::Feasible {
            lower_bound: Some(problem.lower_bound()),
            score: found.score,
            placement: found.cells,
        },
        None => Outcome::Infeasible {
            explanation: problem.why_stuck(),
        },
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn instance(json: serde_json::Value) -> Instance {
        serde_json::from_value(json).unwrap()
    }

    fn placement(outcome: &Outcome) -> (&Vec<Cell>, Score) {
        match outcome {
            Outcome::Feasible {
                placement, score, ..
            } => (placement, *score),
            Outcome::Infeasible { explanation } => panic!("infeasible: {explanation}"),
        }
    }

    #[test]
    fn people_wanting_two_topics_get_them_in_different_rounds() {
        let i = instance(serde_json::json!({
            "rounds": [{"id": "r1"}, {"id": "r2"}],
            "spaces": [{"id": "big", "capacity": 3}, {"id": "small", "capacity": 1}],
            "topics": [
                {"id": "a", "conveners": ["x"], "interested": ["p1", "p2", "p3"]},
                {"id": "b", "conveners": ["y"], "interested": ["p1", "p2", "p3"]},
                {"id": "c", "conveners": ["z"], "interested": ["p4"]},
                {"id": "d", "conveners": ["x"], "interested": ["p4"]}
            ]
        }));
        let outcome = solve(&i, 7).unwrap();
        let (cells, score) = placement(&outcome);
        assert_eq!(cells.len(), 4);
        let round = |t: &str| cells.iter().find(|c| c.topic == t).unwrap().round.clone();
        assert_ne!(round("a"), round("b"), "p1–p3 want both");
        assert_ne!(round("c"), round("d"), "p4 wants both");
        assert_ne!(round("a"), round("d"), "x convenes both");
        assert_eq!((score.missed, score.overflow, score.moves), (0, 0, 0));
        // The popular topics sit at the big table.
        for t in ["a", "b"] {
            assert_eq!(cells.iter().find(|c| c.topic == t).unwrap().space, "big");
        }
        assert_eq!(
            solve(&i, 7).unwrap().to_json(),
            outcome.to_json(),
            "deterministic"
        );
        assert_eq!(outcome.to_json()["feasible"], true);
        assert_eq!(outcome.to_json()["lower_bound"], 0.0);
    }

    #[test]
    fn pins_unavailability_and_languages_hold() {
        let i = instance(serde_json::json!({
            "rounds": [{"id": "r1"}, {"id": "r2"}],
            "spaces": [{"id": "fr", "capacity": 10, "languages": ["fr"]}, {"id": "any", "capacity": 10}],
            "topics": [
                {"id": "t1", "conveners": ["ana"], "language": "fr", "interested": ["p"]},
                {"id": "t2", "conveners": ["ben"], "language": "fr", "interested": ["p"]},
                {"id": "t3", "conveners": ["cy"], "language": "en", "interested": []}
            ],
            "pinned": [{"topic": "t3", "round": "r2", "space": "any"}],
            "unavailable": [{"person": "ana", "round": "r1"}]
        }));
        let outcome = solve(&i, 1).unwrap();
        let (cells, _) = placement(&outcome);
        let at = |t: &str| cells.iter().find(|c| c.topic == t).unwrap().clone();
        assert_eq!(
            (at("t3").round.as_str(), at("t3").space.as_str()),
            ("r2", "any")
        );
        assert_eq!(at("t1").round, "r2", "ana is away in r1");
        assert_eq!(at("t1").space, "fr");
        assert_ne!(at("t3").space, "en-only");
        assert!(at("t2").space == "fr" || at("t2").space == "any");
    }

    #[test]
    fn the_previous_placement_is_kept_when_nothing_better_exists() {
        let i = instance(serde_json::json!({
            "rounds": [{"id": "r1"}, {"id": "r2"}],
            "spaces": [{"id": "s1", "capacity": 5}, {"id": "s2", "capacity": 5}],
            "topics": [
                {"id": "a", "interested": ["p"]},
                {"id": "b", "interested": ["q"]}
            ],
            "previous": [{"topic": "a", "round": "r2", "space": "s2"}, {"topic": "b", "round": "r1", "space": "s1"}]
        }));
        let (_, score) = placement(&solve(&i, 3).unwrap());
        assert_eq!(score.moves, 0);
    }

    #[test]
    fn impossible_instances_are_explained() {
        let too_many = instance(serde_json::json!({
            "rounds": [{"id": "r1"}],
            "spaces": [{"id": "s1", "capacity": 5}],
            "topics": [{"id": "a"}, {"id": "b"}]
        }));
        let Outcome::Infeasible { explanation } = solve(&too_many, 0).unwrap() else {
            panic!("feasible?");
        };
        assert!(
            explanation.contains("2 topics need a cell each; there are 1"),
            "{explanation}"
        );

        let french = instance(serde_json::json!({
            "rounds": [{"id": "r1"}, {"id": "r2"}],
            "spaces": [{"id": "fr", "capacity": 5, "languages": ["fr"]}, {"id": "en", "capacity": 5, "languages": ["en"]}],
            "topics": [{"id": "a", "language": "fr"}, {"id": "b", "language": "fr"}, {"id": "c", "language": "fr"}]
        }));
        let Outcome::Infeasible { explanation } = solve(&french, 0).unwrap() else {
            panic!("feasible?");
        };
        assert!(
            explanation.contains("3 topics are in \"fr\"")
                && explanation.contains("there are 2 such cells"),
            "{explanation}"
        );

        let busy = instance(serde_json::json!({
            "rounds": [{"id": "r1"}],
            "spaces": [{"id": "s1", "capacity": 5}, {"id": "s2", "capacity": 5}],
            "topics": [{"id": "a", "conveners": ["x"]}, {"id": "b", "conveners": ["x"]}]
        }));
        assert!(matches!(
            solve(&busy, 0).unwrap(),
            Outcome::Infeasible { .. }
        ));
        assert_eq!(solve(&busy, 0).unwrap().to_json()["feasible"], false);
    }

    #[test]
    fn bad_instances_are_refused_with_the_item_named() {
        let dup = instance(serde_json::json!({
            "rounds": [{"id": "r1"}, {"id": "r1"}], "spaces": [], "topics": []
        }));
        assert_eq!(
            solve(&dup, 0).unwrap_err().to_string(),
            "duplicate round id \"r1\""
        );
        let unknown = instance(serde_json::json!({
            "rounds": [{"id": "r1"}], "spaces": [{"id": "s", "capacity": 1}], "topics": [{"id": "a"}],
            "pinned": [{"topic": "zz", "round": "r1", "space": "s"}]
        }));
        assert!(
            solve(&unknown, 0)
                .unwrap_err()
                .to_string()
                .contains("unknown topic \"zz\"")
        );
        let nobody = instance(serde_json::json!({
            "rounds": [{"id": "r1"}], "spaces": [{"id": "s", "capacity": 1}], "topics": [{"id": "a", "conveners": ["x"]}],
            "unavailable": [{"person": "ghost", "round": "r1"}]
        }));
        assert!(
            solve(&nobody, 0)
                .unwrap_err()
                .to_string()
                .contains("unknown person (no topic names them) \"ghost\"")
        );
        let no_rounds = instance(serde_json::json!({
            "rounds": [], "spaces": [{"id": "s", "capacity": 1}], "topics": [{"id": "a"}]
        }));
        assert_eq!(solve(&no_rounds, 0).unwrap_err(), InstanceError::NoRounds);
        let twice = instance(serde_json::json!({
            "rounds": [{"id": "r1"}], "spaces": [{"id": "s", "capacity": 1}, {"id": "t", "capacity": 1}],
            "topics": [{"id": "a", "conveners": ["x"]}, {"id": "b", "conveners": ["x"]}],
            "pinned": [{"topic": "a", "round": "r1", "space": "s"}, {"topic": "b", "round": "r1", "space": "t"}]
        }));
        assert!(matches!(
            solve(&twice, 0).unwrap_err(),
            InstanceError::ConvenerPinnedTwice { .. }
        ));
    }

    #[test]
    fn the_lower_bound_never_exceeds_the_score() {
        // Ten people each want all four topics; two rounds: each misses two.
        let people: Vec<String> = (0..10).map(|i| format!("p{i}")).collect();
        let i = instance(serde_json::json!({
            "rounds": [{"id": "r1"}, {"id": "r2"}],
            "spaces": [{"id": "s1", "capacity": 4}, {"id": "s2", "capacity": 20}],
            "topics": (0..4).map(|t| serde_json::json!({"id": format!("t{t}"), "interested": people})).collect::<Vec<_>>()
        }));
        let outcome = solve(&i, 11).unwrap();
        let Outcome::Feasible {
            score,
            lower_bound: Some(bound),
            ..
        } = outcome
        else {
            panic!("infeasible");
        };
        assert!(bound <= score.total + 1e-9, "{bound} > {}", score.total);
        assert_eq!(score.missed, 20, "optimal: each person misses 2");
        assert_eq!(
            bound,
            20.0 + 0.5 * 12.0,
            "missed 20, and two topics of 10 at tables of 4"
        );
        assert_eq!(score.total, bound, "proved optimal");
    }
}
