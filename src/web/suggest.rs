//! "Suggest placement": the solver's proposal for the open-space board,
//! shown beside the current board with its score before anything changes.

use crate::error::Words;
use askama::Template;
use axum::{
    extract::State,
    response::{IntoResponse, Redirect, Response},
};
use jiff::Timestamp;

use super::{
    AppState, Me,
    pages::{Current, PageResult, render, tr},
    views::Layout,
};
use crate::{
    error::AppError,
    placement::{self, Outcome},
};

/// One row of the comparison: a topic, where it is, where it would go.
pub struct ProposalRow {
    pub title: String,
    pub now: String,
    pub proposed: String,
    pub changed: bool,
}

#[derive(Template)]
#[template(path = "os_suggest.html")]
pub struct SuggestPage {
    pub page: Layout,
    pub csrf: String,
    pub rows: Vec<ProposalRow>,
    pub explanation: Option<String>,
    /// Missed, overflow, moves, total, lower bound: of the proposal.
    pub score: Option<(u32, u32, u32, String, String)>,
    /// The same, of the board as it is.
    pub current_missed: u32,
    pub current_overflow: u32,
    pub cells: String,
    pub took_ms: u128,
}

/// The seed of the organisers' proposal: fixed, so that the same board
/// gives the same proposal.
const SEED: u64 = 2026;

pub async fn suggest(State(state): State<AppState>, Current(c): Current, Me(me): Me) -> PageResult {
    let tr = tr();
    let board = state.store.board(c.id).await?;
    let marks = state.store.topic_marks(c.id).await?;
    let now = Timestamp::now();
    let rounds: Vec<i64> = board
        .rounds
        .iter()
        .filter(|r| !r.has_started(now))
        .map(|r| r.id)
        .collect();
    let instance = placement::board::instance(&board, &marks, &rounds, now);
    let started = std::time::Instant::now();
    // The search keeps every core busy for up to a second: off the
    // runtime's workers, which go on serving pages meanwhile.
    let outcome = tokio::task::spawn_blocking(move || placement::solve(&instance, SEED))
        .await
        .map_err(|e| AppError::Internal(format!("the placement search failed: {e}")))?
        .map_err(|e| AppError::Conflict(e.to_string()))?;
    let took_ms = started.elapsed().as_millis();
    let (current_missed, current_overflow) = current_score(&board, &marks);
    let place = |round: Option<i64>, space: Option<i64>| match (
        round.and_then(|r| board.round(r)),
        space.and_then(|s| board.space(s)),
    ) {
        (Some(r), Some(s)) => format!(
            "{} ({}) · {}",
            r.label,
            tr.time_range(r.starts_at, r.ends_at, &c.time_zone),
            s.name
        ),
        _ => tr.t("os-not-placed"),
    };
    let mut page = SuggestPage {
        page: Layout::for_consultation(tr, &c, tr.t("os-suggest-title"), "open-space"),
        csrf: me.csrf_token.clone(),
        rows: Vec::new(),
        explanation: None,
        score: None,
        current_missed,
        current_overflow,
        cells: String::new(),
        took_ms,
    };
    match &outcome {
        Outcome::Infeasible { explanation } => page.explanation = Some(explanation.clone()),
        Outcome::Feasible {
            placement: cells,
            score,
            lower_bound,
        } => {
            let ids =
                placement::board::cells(cells).map_err(|e| AppError::Internal(e.to_string()))?;
            for (topic, round, space) in &ids {
                let Some(t) = board.topic(*topic) else {
                    continue;
                };
                let now = place(t.round_id, t.space_id);
                let proposed = place(Some(*round), Some(*space));
                page.rows.push(ProposalRow {
                    title: t.title.clone(),
                    changed: now != proposed,
                    now,
                    proposed,
                });
            }
            page.cells = ids
                .iter()
                .map(|(t, r, s)| format!("{t}:{r}:{s}"))
                .collect::<Vec<_>>()
                .join(",");
            page.score = Some((
                score.missed,
                score.overflow,
                score.moves,
                format!("{:.1}", score.total),
                lower_bound.map(|b| format!("{b:.1}")).unwrap_or_default(),
            ));
        }
    }
    render(&page)
}

/// Missed interests and overflow of the board as it stands, to compare.
fn current_score(board: &crate::domain::open_space::Board, marks: &[(i64, i64)]) -> (u32, u32) {
    let mut per: std::collections::HashMap<(i64, i64), u32> = std::collections::HashMap::new();
    for (topic, person) in marks {
        if let Some(round) = board.topic(*topic).and_then(|t| t.round_id) {
            *per.entry((*person, round)).or_default() += 1;
        }
    }
    let missed = per.values().map(|c| c.saturating_sub(1)).sum();
    let overflow = board
        .topics
        .iter()
        .filter_map(|t| {
            let capacity = board.capacity(t)?;
            let demand = marks.iter().filter(|(topic, _)| *topic == t.id).count() as i64;
            Some(u32::try_from((demand - capacity).max(0)).unwrap_or(0))
        })
        .sum();
    (missed, overflow)
}

#[derive(serde::Deserialize)]
pub struct ApplyForm {
    cells: String,
}

/// Applies a proposal as it was shown (the cells travel with the form).
pub async fn apply(
    State(state): State<AppState>,
    Current(c): Current,
    Me(me): Me,
    axum::Form(form): axum::Form<ApplyForm>,
) -> Result<Response, AppError> {
    let bad = || AppError::bad_request(Words::new("error-proposal-unreadable"));
    let cells: Vec<(i64, i64, i64)> = form
        .cells
        .split(',')
        .filter(|c| !c.is_empty())
        .map(|c| {
            let mut parts = c.split(':').map(str::parse::<i64>);
            match (parts.next(), parts.next(), parts.next(), parts.next()) {
                (Some(Ok(t)), Some(Ok(r)), Some(Ok(s)), None) => Ok((t, r, s)),
                _ => Err(bad()),
            }
        })
        .collect::<Result<_, _>>()?;
    crate::app::open_space::apply_placement(&state, &c, &me, &cells).await?;
    Ok(Redirect::to("/open-space").into_response())
}
