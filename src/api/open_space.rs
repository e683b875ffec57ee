//! The open space in the JSON API: every action of the board, with the same
//! rules as the pages (they share the checks in `web::open_space`).

use crate::web::live::Scope;
use axum::{
    Json, Router,
    extract::{Path, State},
    http::StatusCode,
    response::{IntoResponse, Response},
    routing::{delete, get, post},
};
use jiff::Timestamp;
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use super::current;
use crate::{
    domain::open_space::{Board, Notes, SpaceInput},
    error::{ApiError, AppError},
    store::JoinOutcome,
    web::{
        AppState, Me,
        open_space::{Placed, TopicForm, not_yours, person, place_action, topic_for, topic_input},
    },
};

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/open-space", get(board))
        .route("/open-space/topics", post(propose))
        .route("/open-space/rounds", post(add_round))
        .route("/open-space/rounds/{id}", delete(delete_round))
        .route("/open-space/spaces", post(add_space))
        .route(
            "/open-space/spaces/{id}",
            delete(delete_space).put(edit_space),
        )
        .route("/topics/{id}", axum::routing::put(edit))
        .route("/topics/{id}/withdraw", post(withdraw))
        .route("/topics/{id}/adopt", post(adopt))
        .route("/topics/{id}/mark", post(mark))
        .route("/topics/{id}/place", post(place))
        .route("/topics/{id}/join", post(join))
        .route("/topics/{id}/leave", post(leave))
        .route("/topics/{id}/wait", post(wait))
        .route("/topics/{id}/notes", get(notes).put(save_notes))
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

fn created(id: i64) -> Response {
    (StatusCode::CREATED, Json(CreatedJson { id })).into_response()
}

/// Proposes a topic; the caller becomes its convener.
#[utoipa::path(post, path = "/api/v1/open-space/topics", request_body = TopicForm, responses(
    (status = 201, description = "Proposed", body = CreatedJson),
    (status = 400, description = "Empty or overlong title, unknown language"),
))]
async fn propose(
    State(state): State<AppState>,
    Me(me): Me,
    Json(form): Json<TopicForm>,
) -> Result<Response, ApiError> {
    let c = current(&state).await?;
    let convener = person(&me)?;
    let input = topic_input(&form, &c)?;
    let id = state
        .store
        .propose_topic(c.id, convener, &input, Timestamp::now())
        .await?;
    state.live.changed(Scope::OpenSpace);
    Ok(created(id))
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
    let (_, _, manage) = topic_for(&state, &c, &me, id).await?;
    if !manage {
        return Err(not_yours().into());
    }
    state.store.edit_topic(id, &topic_input(&form, &c)?).await?;
    state.live.changed(Scope::OpenSpace);
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
    let (_, _, manage) = topic_for(&state, &c, &me, id).await?;
    if !manage {
        return Err(not_yours().into());
    }
    state.store.withdraw_topic(id, Timestamp::now()).await?;
    state.live.changed(Scope::OpenSpace);
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
    let who = person(&me)?;
    topic_for(&state, &c, &me, id).await?;
    if !state.store.adopt_topic(id, who).await? {
        return Err(AppError::Conflict("Someone else convenes this topic already.".into()).into());
    }
    state.live.changed(Scope::OpenSpace);
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
    let who = person(&me)?;
    topic_for(&state, &c, &me, id).await?;
    state.store.mark_topic(id, who, body.interested).await?;
    state.live.changed(Scope::OpenSpace);
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
    match place_action(&state, &c, &me, id, cell, body.version, body.confirm).await? {
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

#[derive(Serialize, ToSchema)]
pub struct FullJson {
    error: String,
    /// Tables of the same round with room, emptiest first.
    tables_with_room: Vec<BoardTopicJson>,
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
    let c = current(&state).await?;
    let who = person(&me)?;
    match state.store.join_table(id, who, Timestamp::now()).await? {
        JoinOutcome::Joined { left } => {
            state.live.changed(Scope::OpenSpace);
            Ok(Json(JoinedJson { left }).into_response())
        }
        JoinOutcome::AlreadyThere => Ok(Json(JoinedJson { left: None }).into_response()),
        // A 409 from a join always has the list, as documented: here
        // empty, since a topic off the board has no round to look in.
        JoinOutcome::NotOnBoard => Ok((
            StatusCode::CONFLICT,
            Json(FullJson {
                error: "This topic is not on the board (withdrawn, or not placed yet).".into(),
                tables_with_room: Vec::new(),
            }),
        )
            .into_response()),
        JoinOutcome::Full(table) => {
            let board = state.store.board(c.id).await?;
            let all = board_json(&board);
            let open: Vec<i64> = board
                .tables_with_room(table.round_id)
                .iter()
                .map(|t| t.id)
                .collect();
            let mut tables: Vec<BoardTopicJson> = all
                .topics
                .into_iter()
                .filter(|t| open.contains(&t.id))
                .collect();
            tables.sort_by_key(|t| open.iter().position(|o| *o == t.id));
            Ok((
                StatusCode::CONFLICT,
                Json(FullJson {
                    error: "full".into(),
                    tables_with_room: tables,
                }),
            )
                .into_response())
        }
    }
}

/// Takes the caller's name off a table; the first in line takes the seat.
#[utoipa::path(post, path = "/api/v1/topics/{id}/leave", params(("id" = i64, Path)), responses(
    (status = 204, description = "Left (or was not there)"),
))]
async fn leave(
    State(state): State<AppState>,
    Me(me): Me,
    Path(id): Path<i64>,
) -> Result<StatusCode, ApiError> {
    let who = person(&me)?;
    if state.store.leave_table(id, who, Timestamp::now()).await? {
        state.live.changed(Scope::OpenSpace);
    }
    Ok(StatusCode::NO_CONTENT)
}

#[derive(Deserialize, ToSchema)]
pub struct WaitJson {
    /// True to leave the line.
    #[serde(default)]
    stop: bool,
}

/// Waits in line for a full table (or stops waiting).
#[utoipa::path(post, path = "/api/v1/topics/{id}/wait", request_body = WaitJson, params(("id" = i64, Path)), responses(
    (status = 204, description = "Saved"),
    (status = 409, description = "Not on the board"),
))]
async fn wait(
    State(state): State<AppState>,
    Me(me): Me,
    Path(id): Path<i64>,
    Json(body): Json<WaitJson>,
) -> Result<StatusCode, ApiError> {
    let c = current(&state).await?;
    let who = person(&me)?;
    let (_, topic, _) = topic_for(&state, &c, &me, id).await?;
    if body.stop {
        state.store.stop_waiting(id, who).await?;
    } else {
        if !topic.is_placed() {
            return Err(AppError::Conflict("This topic is not on the board yet.".into()).into());
        }
        state
            .store
            .wait_for_table(id, who, Timestamp::now())
            .await?;
    }
    state.live.changed(Scope::OpenSpace);
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
    topic_for(&state, &c, &me, id).await?;
    let n = state.store.notes(id).await?;
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
    let (_, _, manage) = topic_for(&state, &c, &me, id).await?;
    let taker = match me.person_id {
        Some(p) => state.store.note_takers(id).await?.contains(&p),
        None => false,
    };
    if !manage && !taker {
        return Err(AppError::Forbidden("Not a note-taker of this table.".into()).into());
    }
    let n = Notes {
        key_points: body.key_points,
        proposals: body.proposals,
        next_steps: body.next_steps,
        continuing: body.continuing,
        lang: body.language,
    };
    state
        .store
        .save_notes(id, &n, me.person_id, Timestamp::now())
        .await?;
    state.live.changed(Scope::OpenSpace);
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
    Json(body): Json<NewRoundJson>,
) -> Result<Response, ApiError> {
    let c = current(&state).await?;
    let at = |text: &str, field: &str| -> Result<Timestamp, ApiError> {
        text.parse().map_err(|_| {
            AppError::BadRequest(format!(
                "{field} {text:?} is not an RFC 3339 time such as 2027-03-02T07:00:00Z"
            ))
            .into()
        })
    };
    let id = state
        .store
        .create_round(
            c.id,
            body.session,
            &body.label,
            at(&body.starts_at, "starts_at")?,
            at(&body.ends_at, "ends_at")?,
        )
        .await?;
    state.live.changed(Scope::OpenSpace);
    Ok(created(id))
}

/// Removes a round; its topics go back to the unplaced list (organisers).
#[utoipa::path(delete, path = "/api/v1/open-space/rounds/{id}", params(("id" = i64, Path)), responses(
    (status = 204, description = "Removed"),
    (status = 404, description = "No such round"),
))]
async fn delete_round(
    State(state): State<AppState>,
    Path(id): Path<i64>,
) -> Result<StatusCode, ApiError> {
    let c = current(&state).await?;
    if !state.store.delete_round(c.id, id).await? {
        return Err(AppError::NotFound.into());
    }
    state.live.changed(Scope::OpenSpace);
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
    Json(body): Json<NewSpaceJson>,
) -> Result<Response, ApiError> {
    let c = current(&state).await?;
    let space = body.input()?;
    let id = state.store.create_space(c.id, &space).await?;
    state.live.changed(Scope::OpenSpace);
    Ok(created(id))
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
    Path(id): Path<i64>,
    Json(body): Json<NewSpaceJson>,
) -> Result<StatusCode, ApiError> {
    let c = current(&state).await?;
    let space = body.input()?;
    crate::web::open_space::space_saved(
        state
            .store
            .update_space(c.id, id, &space, Timestamp::now())
            .await?,
    )?;
    state.live.changed(Scope::OpenSpace);
    Ok(StatusCode::NO_CONTENT)
}

/// Removes a table or room (organisers).
#[utoipa::path(delete, path = "/api/v1/open-space/spaces/{id}", params(("id" = i64, Path)), responses(
    (status = 204, description = "Removed"),
    (status = 404, description = "No such space"),
))]
async fn delete_space(
    State(state): State<AppState>,
    Path(id): Path<i64>,
) -> Result<StatusCode, ApiError> {
    let c = current(&state).await?;
    if !state.store.delete_space(c.id, id).await? {
        return Err(AppError::NotFound.into());
    }
    state.live.changed(Scope::OpenSpace);
    Ok(StatusCode::NO_CONTENT)
}
