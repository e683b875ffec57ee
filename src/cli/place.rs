//! `convene place`: the placement solver from the command line, on an
//! instance file or on the open-space board of a database.

use std::path::Path;

use anyhow::{Context, bail};

use crate::{
    config::{self, FileConfig},
    placement::{self, Instance, Outcome},
    store::Store,
};

/// How long after the process started the search of `convene place
/// --input` stops.
const SEARCH_BUDGET: std::time::Duration = std::time::Duration::from_millis(750);

/// Solves an instance file and prints the answer.
pub fn from_file(path: &Path, json: bool, seed: u64) -> anyhow::Result<()> {
    let text =
        std::fs::read_to_string(path).with_context(|| format!("cannot read {}", path.display()))?;
    let instance: Instance = serde_json::from_str(&text).map_err(|e| {
        anyhow::anyhow!(
            "{}: line {}, column {}: {e}",
            path.display(),
            e.line(),
            e.column()
        )
    })?;
    let started = std::time::Instant::now();
    // The whole command answers within a second: the search stops in time
    // for settling the spaces, printing and exiting.
    let deadline = super::mark_started() + SEARCH_BUDGET;
    let outcome = placement::solve_by(&instance, seed, deadline)
        .map_err(|e| anyhow::anyhow!("{}: {e}", path.display()))?;
    print(&outcome, json, started.elapsed());
    Ok(())
}

fn print(outcome: &Outcome, json: bool, took: std::time::Duration) {
    if json {
        println!("{}", outcome.to_json());
        return;
    }
    match outcome {
        Outcome::Infeasible { explanation } => println!("No placement: {explanation}"),
        Outcome::Feasible {
            placement,
            score,
            lower_bound,
        } => {
            for cell in placement {
                println!("{}\t{}\t{}", cell.round, cell.space, cell.topic);
            }
            println!(
                "score {:.1}: {} missed interests, {} people over capacity, {} moves ({} ms)",
                score.total,
                score.missed,
                score.overflow,
                score.moves,
                took.as_millis()
            );
            if let Some(bound) = lower_bound {
                println!("lower bound {bound:.1}: no placement scores below it");
            }
        }
    }
}

/// Proposes a placement of the board's topics; with `apply`, places them.
pub async fn from_database(
    file: &FileConfig,
    database: Option<&str>,
    rounds: &[String],
    apply: bool,
    json: bool,
    seed: u64,
) -> anyhow::Result<()> {
    let url = config::database(database, file);
    let store = Store::open(&url).await?;
    let c = store
        .current_consultation()
        .await?
        .context("the database holds no consultation")?;
    let board = store.board(c.id).await?;
    let selected: Vec<i64> = if rounds.is_empty() {
        board.rounds.iter().map(|r| r.id).collect()
    } else {
        rounds
            .iter()
            .map(|name| {
                board
                    .rounds
                    .iter()
                    .find(|r| r.label == *name || r.id.to_string() == *name)
                    .map(|r| r.id)
                    .with_context(|| format!("no round {name:?} on the board"))
            })
            .collect::<anyhow::Result<_>>()?
    };
    let marks = store.topic_marks(c.id).await?;
    let instance =
        crate::placement::board::instance(&board, &marks, &selected, jiff::Timestamp::now());
    let started = std::time::Instant::now();
    // The whole command answers within a second: the search stops in time
    // for settling the spaces, printing and exiting.
    let deadline = super::mark_started() + SEARCH_BUDGET;
    let outcome = placement::solve_by(&instance, seed, deadline)?;
    let named = crate::placement::board::with_names(&board, &outcome);
    print(&named, json, started.elapsed());
    if apply {
        let Outcome::Feasible { placement, .. } = &outcome else {
            bail!("nothing applied");
        };
        let cells = crate::placement::board::cells(placement)?;
        let moved = store
            .apply_placement(c.id, &cells, jiff::Timestamp::now())
            .await?;
        store
            .audit(
                c.id,
                None,
                "convene place",
                "applied a suggested placement",
                &format!("{moved} topics moved"),
                jiff::Timestamp::now(),
            )
            .await?;
        if !json {
            println!("Applied: {moved} topics moved.");
        }
    }
    store.close().await;
    Ok(())
}
