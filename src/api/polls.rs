//! Live polls in the JSON API, adapted from [`crate::app::polls`], which
//! the pages share.

use axum::{
    Json,
    extract::{Path, State},
    http::StatusCode,
};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;
use utoipa_axum::routes;

use super::current;
use crate::{
    api::ApiError,
    app::{
        AppState, Me,
        floor::floor_of,
        polls::{self as actions, PollForm},
        routes::Routes,
    },
    auth::access::Rule,
    domain::poll,
};

pub fn routes(r: Routes) -> Routes {
    r.api(Rule::People, routes!(polls, open))
        .api(Rule::People, routes!(answer))
        .api(Rule::People, routes!(close))
}

#[derive(Serialize, ToSchema)]
pub struct PollLineJson {
    /// The choice, or the word.
    label: String,
    /// Null while the poll is open and fewer than 3 gave this answer.
    count: Option<i64>,
}

#[derive(Serialize, ToSchema)]
pub struct PollJson {
    id: i64,
    question: String,
    language: String,
    /// "single", "multiple" or "words".
    kind: String,
    choices: Vec<String>,
    closed: bool,
    /// People who answered.
    answers: i64,
    /// Whether the caller answered.
    answered: bool,
    lines: Vec<PollLineJson>,
}

/// A session's polls, the newest first, with their results as the room
/// may see them (counts under 3 hidden until a poll closes). No answer
/// carries a name.
#[utoipa::path(get, path = "/api/v1/sessions/{id}/polls", params(("id" = i64, Path)), responses(
    (status = 200, description = "The polls, newest first", body = [PollJson]),
    (status = 404, description = "No such session"),
))]
async fn polls(
    State(state): State<AppState>,
    Me(me): Me,
    Path(id): Path<i64>,
) -> Result<Json<Vec<PollJson>>, ApiError> {
    let c = current(&state).await?;
    floor_of(&state, &c, &me, id).await?;
    let (polls, answered) = actions::polls(&state, &me, id).await?;
    Ok(Json(
        polls
            .iter()
            .map(|p| PollJson {
                id: p.id,
                question: p.question.clone(),
                language: p.text_lang.clone(),
                kind: p.kind.as_str().to_owned(),
                choices: p.choices.clone(),
                closed: p.closed,
                answers: p.voters,
                answered: answered.contains(&p.id),
                lines: poll::results(p)
                    .into_iter()
                    .map(|l| PollLineJson {
                        label: l.label,
                        count: l.count,
                    })
                    .collect(),
            })
            .collect(),
    ))
}

#[derive(Serialize, ToSchema)]
pub struct OpenedJson {
    id: i64,
}

/// Opens a poll on the session's floor (its facilitators, moderators and
/// organisers).
#[utoipa::path(post, path = "/api/v1/sessions/{id}/polls", request_body = PollForm, params(("id" = i64, Path)), responses(
    (status = 201, description = "Opened", body = OpenedJson),
    (status = 400, description = "No question, or not 2 to 12 choices"),
    (status = 403, description = "Not a moderator of this floor"),
))]
async fn open(
    State(state): State<AppState>,
    Me(me): Me,
    Path(id): Path<i64>,
    Json(body): Json<PollForm>,
) -> Result<(StatusCode, Json<OpenedJson>), ApiError> {
    let c = current(&state).await?;
    let id = actions::open(&state, &c, &me, id, &body).await?;
    Ok((StatusCode::CREATED, Json(OpenedJson { id })))
}

#[derive(Deserialize, ToSchema)]
pub struct AnswerBody {
    /// The numbers of the choices (from 0), or the one word.
    answer: Vec<String>,
}

/// Answers a poll, once.
#[utoipa::path(post, path = "/api/v1/polls/{id}/answer", request_body = AnswerBody, params(("id" = i64, Path)), responses(
    (status = 204, description = "Counted"),
    (status = 400, description = "Not one of the choices, or not one word"),
    (status = 409, description = "Answered already, or closed"),
))]
async fn answer(
    State(state): State<AppState>,
    Me(me): Me,
    Path(id): Path<i64>,
    Json(body): Json<AnswerBody>,
) -> Result<StatusCode, ApiError> {
    let c = current(&state).await?;
    actions::answer(&state, &c, &me, id, &body.answer).await?;
    Ok(StatusCode::NO_CONTENT)
}

/// Closes a poll: its results are final.
#[utoipa::path(post, path = "/api/v1/polls/{id}/close", params(("id" = i64, Path)), responses(
    (status = 204, description = "Closed"),
    (status = 403, description = "Not a moderator of this floor"),
))]
async fn close(
    State(state): State<AppState>,
    Me(me): Me,
    Path(id): Path<i64>,
) -> Result<StatusCode, ApiError> {
    let c = current(&state).await?;
    actions::close(&state, &c, &me, id).await?;
    Ok(StatusCode::NO_CONTENT)
}
