//! The open space in the JSON API: every action of the board, adapted
//! from [`crate::app::open_space`], which the pages share.

use axum::{
    Json,
    extract::{Path, State},
    http::StatusCode,
    response::{IntoResponse, Response},
};
use jiff::Timestamp;
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;
use utoipa_axum::routes;

use super::current;
use crate::{
    api::ApiError,
    app::{
        AppState, Me,
        open_space::{self as actions, Joined, NewRound, Placed, TopicForm},
        routes::Routes,
    },
    auth::access::Rule,
    domain::open_space::{Board, Notes, OpenTable, SpaceInput},
    error::{AppError, Refusal},
};

pub fn routes(r: Routes) -> Routes {
    r.api(Rule::Program, routes!(board))
        .api(Rule::People, routes!(propose))
        .api(Rule::Organisers, routes!(add_round))
        .api(Rule::Organisers, routes!(delete_round))
        .api(Rule::Organisers, routes!(add_space))
        .api(Rule::Organisers, routes!(edit_space, delete_space))
        .api(Rule::People, routes!(edit))
        .api(Rule::People, routes!(withdraw))
        .api(Rule::People, routes!(adopt))
        .api(Rule::People, routes!(mark))
        .api(Rule::People, routes!(place))
        .api(Rule::People, routes!(join))
        .api(Rule::People, routes!(leave))
        .api(Rule::People, routes!(wait))
        .api(Rule::People, routes!(notes, save_notes))
}

#[derive(Serialize, ToSchema)]
pub struct RoundJson {
    id: i64,
    label: String,
    /// The program's open-space session this round belongs to.
    session: Option<i64>,
    starts_at: String,
    ends_at: String,
}

#[derive(Serialize, ToSchema)]
pub struct SpaceJson {
    id: i64,
    name: String,
    capacity: i64,
    /// Languages with interpretation; empty means any.
    languages: Vec<String>,
}

#[derive(Serialize, ToSchema)]
pub struct BoardTopicJson {
    id: i64,
    title: String,
    description: String,
    language: String,
    /// "suggested" (by the organisers) or "proposed" (by a participant).
    origin: String,
    /// Whether someone convenes it.
    has_convener: bool,
    /// The convener's name, when their visibility lets everyone see it.
    convener: Option<String>,
    round: Option<i64>,
    space: Option<i64>,
    /// People who marked it as interesting before placement.
    marks: i64,
    signed_up: i64,
    capacity: Option<i64>,
    waiting: i64,
    /// Changes on every change of the topic; send it back when placing.
    version: i64,
}

#[derive(Serialize, ToSchema)]
pub struct BoardJson {
    rounds: Vec<RoundJson>,
    spaces: Vec<SpaceJson>,
    topics: Vec<BoardTopicJson>,
}

fn board_json(board: &Board) -> BoardJson {
    BoardJson {
        rounds: board
            .rounds
            .iter()
            .map(|r| RoundJson {
                id: r.id,
                label: r.label.clone(),
                session: r.session_id,
                starts_at: r.starts_at.to_string(),
                ends_at: r.ends_at.to_string(),
            })
            .collect(),
        spaces: board
            .spaces
            .iter()
            .map(|s| SpaceJson {
                id: s.id,
                name: s.name.clone(),
                capacity: s.capacity,
                languages: s.languages.clone(),
            })
            .collect(),
        topics: board
            .topics
            .iter()
            .map(|t| BoardTopicJson {
                id: t.id,
                title: t.title.clone(),
                description: t.description.clone(),
                language: t.text_lang.clone(),
                origin: t.origin.as_str().to_owned(),
                has_convener: t.convener_id.is_some(),
                convener: t.convener_name.clone(),
                round: t.round_id,
                space: t.space_id,
                marks: t.marks,
                signed_up: t.signed_up,
                capacity: board.capacity(t),
                waiting: t.waiting,
                version: t.version,
            })
            .collect(),
    }
}

/// The whole board: rounds, spaces and topics with their counts.
#[utoipa::path(get, path = "/api/v1/open-space", responses((status = 200, description = "OK", body = BoardJson)))]
async fn board(State(state): State<AppState>) -> Result<Json<BoardJson>, ApiError> {
    let c = current(&state).await?;
    Ok(Json(board_json(&state.store.board(c.id).await?)))
}

#[derive(Serialize, ToSchema)]
pub struct CreatedJson {
    id: i64,
}

pub(super) fn created(id: i64) -> Response {
    (StatusCode::CREATED, Json(CreatedJson { id })).into_response()
}

/// Proposes a topic; the caller becomes its convener.
#[utoipa::path(post, path = "/api/v1/open-space/topics", request_body = TopicForm, responses(
    (status = 201, description = "Proposed", body = CreatedJson),
    (status = 400, description = "Empty or overlong title, unknown language"),
    (status = 403, description = "A convener named by someone who enters topics for nobody else"),
))]
async fn propose(
    State(state): State<AppState>,
    Me(me): Me,
    Json(form): Json<TopicForm>,
) -> Result<Response, ApiError> {
    let c = current(&state).await?;
    Ok(created(actions::propose(&state, &c, &me, &form).await?))
}

/// Edits a topic's title, description and language (convener or organiser).
#[utoipa::path(put, path = "/api/v1/topics/{id}", request_body = TopicForm, params(("id" = i64, Path)), responses(
    (status = 204, description = "Saved"),
    (status = 403, description = "Not the convener"),
))]
async fn edit(
    State(state): State<AppState>,
    Me(me): Me,
    Path(id): Path<i64>,
    Json(form): Json<TopicForm>,
) -> Result<StatusCode, ApiError> {
    let c = current(&state).await?;
    actions::edit(&state, &c, &me, id, &form).await?;
    Ok(StatusCode::NO_CONTENT)
}

/// Withdraws a topic; people signed up or waiting are told.
#[utoipa::path(post, path = "/api/v1/topics/{id}/withdraw", params(("id" = i64, Path)), responses(
    (status = 204, description = "Withdrawn"),
    (status = 403, description = "Not the convener"),
))]
async fn withdraw(
    State(state): State<AppState>,
    Me(me): Me,
    Path(id): Path<i64>,
) -> Result<StatusCode, ApiError> {
    let c = current(&state).await?;
    actions::withdraw(&state, &c, &me, id).await?;
    Ok(StatusCode::NO_CONTENT)
}

/// Convenes a suggested topic that has no convener yet.
#[utoipa::path(post, path = "/api/v1/topics/{id}/adopt", params(("id" = i64, Path)), responses(
    (status = 204, description = "The caller convenes it"),
    (status = 409, description = "Someone convenes it already"),
))]
async fn adopt(
    State(state): State<AppState>,
    Me(me): Me,
    Path(id): Path<i64>,
) -> Result<StatusCode, ApiError> {
    let c = current(&state).await?;
    actions::adopt(&state, &c, &me, id, None).await?;
    Ok(StatusCode::NO_CONTENT)
}

#[derive(Deserialize, ToSchema)]
pub struct MarkJson {
    interested: bool,
}

/// Marks or unmarks interest in a topic.
#[utoipa::path(post, path = "/api/v1/topics/{id}/mark", request_body = MarkJson, params(("id" = i64, Path)), responses(
    (status = 204, description = "Saved"),
))]
async fn mark(
    State(state): State<AppState>,
    Me(me): Me,
    Path(id): Path<i64>,
    Json(body): Json<MarkJson>,
) -> Result<StatusCode, ApiError> {
    let c = current(&state).await?;
    actions::mark(&state, &c, &me, id, body.interested).await?;
    Ok(StatusCode::NO_CONTENT)
}

#[derive(Deserialize, ToSchema)]
pub struct PlaceJson {
    /// Round and space of the cell; both absent takes the topic off the board.
    round: Option<i64>,
    space: Option<i64>,
    /// The topic's version as last seen; a changed topic is refused.
    version: Option<i64>,
    /// Needed to move a topic people signed up to (they are told).
    #[serde(default)]
    confirm: bool,
}

/// Places a topic in a free cell, moves it, or takes it off the board.
#[utoipa::path(post, path = "/api/v1/topics/{id}/place", request_body = PlaceJson, params(("id" = i64, Path)), responses(
    (status = 204, description = "Placed"),
    (status = 400, description = "No such round or space"),
    (status = 403, description = "Not the convener"),
    (status = 409, description = "Cell taken, convener busy in that round, round started, stale version, or people signed up and no confirm"),
))]
async fn place(
    State(state): State<AppState>,
    Me(me): Me,
    Path(id): Path<i64>,
    Json(body): Json<PlaceJson>,
) -> Result<StatusCode, ApiError> {
    let c = current(&state).await?;
    let cell = match (body.round, body.space) {
        (Some(r), Some(s)) => Some((r, s)),
        (None, None) => None,
        _ => {
            return Err(
                AppError::BadRequest("Give both round and space, or neither.".into()).into(),
            );
        }
    };
    match actions::place(&state, &c, &me, id, cell, body.version, body.confirm).await? {
        Placed::Done => Ok(StatusCode::NO_CONTENT),
        Placed::NeedsConfirmation { signed_up, .. } => Err(AppError::Conflict(format!(
            "{signed_up} people are signed up; send \"confirm\": true to move it and tell them."
        ))
        .into()),
    }
}

#[derive(Serialize, ToSchema)]
pub struct JoinedJson {
    /// The table of the same round the caller left for this one.
    left: Option<i64>,
}

/// A table of the same round with seats left.
#[derive(Serialize, ToSchema)]
pub struct OpenTableJson {
    /// The topic's id: join it instead.
    id: i64,
    title: String,
    language: String,
    /// The table or room it is placed at.
    space: String,
    capacity: i64,
    signed_up: i64,
}

#[derive(Serialize, ToSchema)]
pub struct FullJson {
    error: String,
    /// Tables of the same round with room, emptiest first.
    tables_with_room: Vec<OpenTableJson>,
}

fn full(error: String, tables: &[OpenTable]) -> Response {
    let tables_with_room = tables
        .iter()
        .map(|t| OpenTableJson {
            id: t.topic_id,
            title: t.title.clone(),
            language: t.text_lang.clone(),
            space: t.space.clone(),
            capacity: t.capacity,
            signed_up: t.taken,
        })
        .collect();
    let body = FullJson {
        error,
        tables_with_room,
    };
    (StatusCode::CONFLICT, Json(body)).into_response()
}

/// Adds the caller's name to a table, leaving their table of that round.
#[utoipa::path(post, path = "/api/v1/topics/{id}/join", params(("id" = i64, Path)), responses(
    (status = 200, description = "Joined (or already there)", body = JoinedJson),
    (status = 409, description = "Full, with the tables that have room; or not on the board", body = FullJson),
))]
async fn join(
    State(state): State<AppState>,
    Me(me): Me,
    Path(id): Path<i64>,
) -> Result<Response, ApiError> {
    match actions::join(&state, &me, id).await {
        Ok(Joined::Seated { left }) => Ok(Json(JoinedJson { left }).into_response()),
        Ok(Joined::AlreadyThere) => Ok(Json(JoinedJson { left: None }).into_response()),
        Ok(Joined::Full { with_room, .. }) => Ok(full("full".into(), &with_room)),
        // A 409 from a join always has the list, as documented: here
        // empty, since a topic off the board has no round to look in.
        Err(e @ AppError::Told(Refusal::Conflict, _)) => Ok(full(e.into_message(), &[])),
        Err(e) => Err(e.into()),
    }
}

/// Takes the caller's name off a table; the first in line takes the seat.
#[utoipa::path(post, path = "/api/v1/topics/{id}/leave", params(("id" = i64, Path)), responses(
    (status = 204, description = "Left (or was not there)"),
    (status = 409, description = "The caller convenes this table: a convener stays at it"),
))]
async fn leave(
    State(state): State<AppState>,
    Me(me): Me,
    Path(id): Path<i64>,
) -> Result<StatusCode, ApiError> {
    let c = current(&state).await?;
    actions::leave(&state, &c, &me, id).await?;
    Ok(StatusCode::NO_CONTENT)
}

#[derive(Deserialize, ToSchema)]
pub struct WaitJson {
    /// True to leave the line.
    #[serde(default)]
    stop: bool,
}

/// Waits in line for a full table (or stops waiting); when a seat is free,
/// the caller takes it at once instead.
#[utoipa::path(post, path = "/api/v1/topics/{id}/wait", request_body = WaitJson, params(("id" = i64, Path)), responses(
    (status = 204, description = "Saved"),
    (status = 409, description = "Not on the board, or the caller convenes another table of that round"),
))]
async fn wait(
    State(state): State<AppState>,
    Me(me): Me,
    Path(id): Path<i64>,
    Json(body): Json<WaitJson>,
) -> Result<StatusCode, ApiError> {
    let c = current(&state).await?;
    match body.stop {
        true => actions::stop_waiting(&state, &c, &me, id).await?,
        false => actions::wait(&state, &me, id).await?,
    }
    Ok(StatusCode::NO_CONTENT)
}

#[derive(Serialize, Deserialize, ToSchema)]
pub struct NotesJson {
    key_points: String,
    proposals: String,
    next_steps: String,
    /// Who wants to continue.
    continuing: String,
    /// The language the notes are written in (BCP 47); null for the topic's.
    #[serde(default)]
    language: Option<String>,
}

/// A table's notes.
#[utoipa::path(get, path = "/api/v1/topics/{id}/notes", params(("id" = i64, Path)), responses(
    (status = 200, description = "OK", body = NotesJson),
))]
async fn notes(
    State(state): State<AppState>,
    Me(me): Me,
    Path(id): Path<i64>,
) -> Result<Json<NotesJson>, ApiError> {
    let c = current(&state).await?;
    let n = actions::notes(&state, &c, &me, id).await?;
    Ok(Json(NotesJson {
        key_points: n.key_points,
        proposals: n.proposals,
        next_steps: n.next_steps,
        continuing: n.continuing,
        language: n.lang,
    }))
}

/// Saves a table's notes (convener, their note-takers, organisers).
#[utoipa::path(put, path = "/api/v1/topics/{id}/notes", request_body = NotesJson, params(("id" = i64, Path)), responses(
    (status = 204, description = "Saved"),
    (status = 400, description = "A field is too long"),
    (status = 403, description = "Not a note-taker of this table"),
))]
async fn save_notes(
    State(state): State<AppState>,
    Me(me): Me,
    Path(id): Path<i64>,
    Json(body): Json<NotesJson>,
) -> Result<StatusCode, ApiError> {
    let c = current(&state).await?;
    let notes = Notes {
        key_points: body.key_points,
        proposals: body.proposals,
        next_steps: body.next_steps,
        continuing: body.continuing,
        lang: body.language,
    };
    actions::save_notes(&state, &c, &me, id, &notes).await?;
    Ok(StatusCode::NO_CONTENT)
}

#[derive(Deserialize, ToSchema)]
pub struct NewRoundJson {
    label: String,
    session: Option<i64>,
    /// RFC 3339, such as "2027-03-02T07:00:00Z".
    starts_at: String,
    ends_at: String,
}

/// Adds a round (organisers).
#[utoipa::path(post, path = "/api/v1/open-space/rounds", request_body = NewRoundJson, responses(
    (status = 201, description = "Added", body = CreatedJson),
    (status = 400, description = "Times that do not parse, or an end before the start"),
))]
async fn add_round(
    State(state): State<AppState>,
    Me(me): Me,
    Json(body): Json<NewRoundJson>,
) -> Result<Response, ApiError> {
    let c = current(&state).await?;
    let at = |text: &str, field: &str| -> Result<Timestamp, AppError> {
        text.parse().map_err(|_| {
            AppError::BadRequest(format!(
                "{field} {text:?} is not an RFC 3339 time such as 2027-03-02T07:00:00Z"
            ))
        })
    };
    let round = NewRound {
        label: &body.label,
        session: body.session,
        starts_at: at(&body.starts_at, "starts_at")?,
        ends_at: at(&body.ends_at, "ends_at")?,
    };
    Ok(created(actions::add_round(&state, &c, &me, &round).await?))
}

/// Removes a round; its topics go back to the unplaced list (organisers).
#[utoipa::path(delete, path = "/api/v1/open-space/rounds/{id}", params(("id" = i64, Path)), responses(
    (status = 204, description = "Removed"),
    (status = 404, description = "No such round"),
))]
async fn delete_round(
    State(state): State<AppState>,
    Me(me): Me,
    Path(id): Path<i64>,
) -> Result<StatusCode, ApiError> {
    let c = current(&state).await?;
    actions::delete_round(&state, &c, &me, id).await?;
    Ok(StatusCode::NO_CONTENT)
}

#[derive(Deserialize, ToSchema)]
pub struct NewSpaceJson {
    name: String,
    capacity: i64,
    #[serde(default)]
    languages: Vec<String>,
}

impl NewSpaceJson {
    fn input(&self) -> Result<SpaceInput, AppError> {
        SpaceInput::new(&self.name, self.capacity, &self.languages.join(" "))
            .map_err(|e| AppError::BadRequest(e.to_string()))
    }
}

/// Adds a table or room (organisers).
#[utoipa::path(post, path = "/api/v1/open-space/spaces", request_body = NewSpaceJson, responses(
    (status = 201, description = "Added", body = CreatedJson),
    (status = 400, description = "Empty or taken name, capacity outside 1–1000"),
))]
async fn add_space(
    State(state): State<AppState>,
    Me(me): Me,
    Json(body): Json<NewSpaceJson>,
) -> Result<Response, ApiError> {
    let c = current(&state).await?;
    Ok(created(
        actions::add_space(&state, &c, &me, &body.input()?).await?,
    ))
}

/// Renames a table or room, or changes its seats or interpretation
/// (organisers). More seats move the first in line in at its tables.
#[utoipa::path(put, path = "/api/v1/open-space/spaces/{id}", request_body = NewSpaceJson, params(("id" = i64, Path)), responses(
    (status = 204, description = "Saved"),
    (status = 400, description = "Empty or taken name, capacity outside 1–1000"),
    (status = 404, description = "No such space"),
    (status = 409, description = "Fewer seats than people signed up at one of its tables"),
))]
async fn edit_space(
    State(state): State<AppState>,
    Me(me): Me,
    Path(id): Path<i64>,
    Json(body): Json<NewSpaceJson>,
) -> Result<StatusCode, ApiError> {
    let c = current(&state).await?;
    actions::edit_space(&state, &c, &me, id, &body.input()?).await?;
    Ok(StatusCode::NO_CONTENT)
}

/// Removes a table or room (organisers).
#[utoipa::path(delete, path = "/api/v1/open-space/spaces/{id}", params(("id" = i64, Path)), responses(
    (status = 204, description = "Removed"),
    (status = 404, description = "No such space"),
))]
async fn delete_space(
    State(state): State<AppState>,
    Me(me): Me,
    Path(id): Path<i64>,
) -> Result<StatusCode, ApiError> {
    let c = current(&state).await?;
    actions::delete_space(&state, &c, &me, id).await?;
    Ok(StatusCode::NO_CONTENT)
}
