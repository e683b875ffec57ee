//! Live polls in the browser: the floor's poll section, answering, and
//! the moderators' open and close.

use axum::{
    extract::{Path, State},
    response::{IntoResponse, Redirect, Response},
};

use super::pages::Current;
use crate::{
    app::{
        AppState, Me,
        polls::{self as actions, PollForm},
    },
    domain::poll::{self, Poll, PollKind},
    error::AppError,
};

/// A poll as the floor and its screen show it.
pub struct PollView {
    pub id: i64,
    pub question: String,
    pub lang: String,
    pub kind: &'static str,
    pub closed: bool,
    pub voters: i64,
    /// The person may answer now.
    pub can_answer: bool,
    pub answered: bool,
    /// Results are shown: to those who answered, the moderators, the
    /// screen, and everyone once closed.
    pub show_results: bool,
    pub choices: Vec<(usize, String)>,
    /// (label, count shown, percent, weight 1–5 for a word cloud)
    pub lines: Vec<(String, Option<i64>, i64, i64)>,
    /// Some counts are under three and hidden until the poll closes.
    pub some_hidden: bool,
}

pub fn poll_view(poll: &Poll, answered: bool, sees_results: bool, person: bool) -> PollView {
    let lines = poll::results(poll);
    let most = lines
        .iter()
        .filter_map(|l| l.count)
        .max()
        .unwrap_or(0)
        .max(1);
    PollView {
        id: poll.id,
        question: poll.question.clone(),
        lang: poll.text_lang.clone(),
        kind: poll.kind.as_str(),
        closed: poll.closed,
        voters: poll.voters,
        can_answer: person && !poll.closed && !answered,
        answered,
        show_results: answered || sees_results || poll.closed,
        choices: poll.choices.iter().cloned().enumerate().collect(),
        some_hidden: !poll.closed
            && (lines.iter().any(|l| l.count.is_none())
                || (poll.kind == PollKind::Words && poll.voters > 0)),
        lines: lines
            .into_iter()
            .map(|l| {
                let weight = 1 + 4 * l.count.unwrap_or(0) / most;
                (l.label, l.count, l.percent, weight)
            })
            .collect(),
    }
}

pub async fn open(
    State(state): State<AppState>,
    Current(c): Current,
    Me(me): Me,
    Path(session_id): Path<i64>,
    axum::Form(form): axum::Form<PollForm>,
) -> Result<Response, AppError> {
    actions::open(&state, &c, &me, session_id, &form).await?;
    Ok(Redirect::to(&format!("/sessions/{session_id}/floor#polls")).into_response())
}

pub async fn close(
    State(state): State<AppState>,
    Current(c): Current,
    Me(me): Me,
    Path(poll_id): Path<i64>,
) -> Result<Response, AppError> {
    let session_id = actions::close(&state, &c, &me, poll_id).await?;
    Ok(Redirect::to(&format!("/sessions/{session_id}/floor#poll-{poll_id}")).into_response())
}

#[derive(serde::Deserialize)]
pub struct AnswerForm {
    #[serde(default)]
    answer: Vec<String>,
}

pub async fn answer(
    State(state): State<AppState>,
    Current(c): Current,
    Me(me): Me,
    Path(poll_id): Path<i64>,
    axum_extra::extract::Form(form): axum_extra::extract::Form<AnswerForm>,
) -> Result<Response, AppError> {
    let session_id = actions::answer(&state, &c, &me, poll_id, &form.answer).await?;
    Ok(Redirect::to(&format!("/sessions/{session_id}/floor#poll-{poll_id}")).into_response())
}
