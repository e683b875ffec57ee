//! Building the program through the JSON API: the consultation's details,
//! rooms, sessions (create, edit, cancel, duplicate), the schedule's
//! warnings, and importing a program file. Organisers only; adapted from
//! [`crate::app::program`], which the pages share.

use axum::{
    Json,
    body::Bytes,
    extract::{DefaultBodyLimit, Path, Query, State},
    http::StatusCode,
    response::{IntoResponse, Response},
};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;
use utoipa_axum::{router::UtoipaMethodRouterExt, routes};

use super::current;
use crate::{
    api::ApiError,
    app::{
        AppState, Me,
        program::{self as actions, DetailsForm, Imported, SessionForm, organisers_only},
        routes::Routes,
    },
    auth::access::Rule,
    domain::{Viewer, schedule::warnings},
};

pub fn routes(r: Routes, upload_limit: DefaultBodyLimit) -> Routes {
    r.api(Rule::Organisers, routes!(details))
        .api(Rule::Program, routes!(rooms))
        .api(Rule::Organisers, routes!(add_room))
        .api(Rule::Organisers, routes!(rename_room, delete_room))
        .api(Rule::Organisers, routes!(create))
        .api(Rule::Organisers, routes!(update))
        .api(Rule::Organisers, routes!(cancel))
        .api(Rule::Organisers, routes!(duplicate))
        .api(Rule::Organisers, routes!(program_warnings))
        .api(Rule::Organisers, routes!(import).layer(upload_limit))
}

#[derive(Deserialize, ToSchema)]
pub struct DetailsJson {
    title: String,
    #[serde(default)]
    venue: String,
    /// IANA name, such as Asia/Bangkok.
    time_zone: String,
    /// YYYY-MM-DD.
    start_date: String,
    end_date: String,
    /// Language tags.
    languages: Vec<String>,
}

/// Edits the consultation's title, venue, time zone, dates and languages.
#[utoipa::path(put, path = "/api/v1/consultation", request_body = DetailsJson, responses(
    (status = 204, description = "Saved"),
    (status = 400, description = "Unknown time zone, dates reversed, no languages"),
))]
async fn details(
    State(state): State<AppState>,
    Me(me): Me,
    Json(body): Json<DetailsJson>,
) -> Result<StatusCode, ApiError> {
    let c = current(&state).await?;
    let languages = body.languages.join(" ");
    let details = DetailsForm {
        title: &body.title,
        venue: &body.venue,
        time_zone: &body.time_zone,
        start_date: &body.start_date,
        end_date: &body.end_date,
        languages: &languages,
    };
    actions::edit_details(&state, &c, &me, &details).await?;
    Ok(StatusCode::NO_CONTENT)
}

#[derive(Serialize, Deserialize, ToSchema)]
pub struct RoomJson {
    #[serde(default)]
    id: i64,
    name: String,
}

/// The rooms.
#[utoipa::path(get, path = "/api/v1/rooms", responses((status = 200, description = "Rooms", body = [RoomJson])))]
async fn rooms(State(state): State<AppState>) -> Result<Json<Vec<RoomJson>>, ApiError> {
    let c = current(&state).await?;
    let rooms = state.store.rooms(c.id).await?;
    Ok(Json(
        rooms
            .into_iter()
            .map(|r| RoomJson {
                id: r.id,
                name: r.name,
            })
            .collect(),
    ))
}

#[derive(Serialize, ToSchema)]
pub struct CreatedJson {
    id: i64,
}

/// Adds a room.
#[utoipa::path(post, path = "/api/v1/rooms", request_body = RoomJson, responses(
    (status = 201, description = "Added", body = CreatedJson),
    (status = 409, description = "A room of that name exists"),
))]
async fn add_room(
    State(state): State<AppState>,
    Me(me): Me,
    Json(body): Json<RoomJson>,
) -> Result<Response, ApiError> {
    let c = current(&state).await?;
    let id = actions::add_room(&state, &c, &me, &body.name).await?;
    Ok((StatusCode::CREATED, Json(CreatedJson { id })).into_response())
}

/// Renames a room.
#[utoipa::path(put, path = "/api/v1/rooms/{id}", request_body = RoomJson, params(("id" = i64, Path)), responses(
    (status = 204, description = "Renamed"),
    (status = 409, description = "The name is taken, or the room is gone"),
))]
async fn rename_room(
    State(state): State<AppState>,
    Me(me): Me,
    Path(id): Path<i64>,
    Json(body): Json<RoomJson>,
) -> Result<StatusCode, ApiError> {
    let c = current(&state).await?;
    actions::rename_room(&state, &c, &me, id, &body.name).await?;
    Ok(StatusCode::NO_CONTENT)
}

/// Deletes a room; its sessions keep their times and lose the room.
#[utoipa::path(delete, path = "/api/v1/rooms/{id}", params(("id" = i64, Path)), responses(
    (status = 204, description = "Deleted"),
    (status = 404, description = "No such room"),
))]
async fn delete_room(
    State(state): State<AppState>,
    Me(me): Me,
    Path(id): Path<i64>,
) -> Result<StatusCode, ApiError> {
    let c = current(&state).await?;
    actions::delete_room(&state, &c, &me, id).await?;
    Ok(StatusCode::NO_CONTENT)
}

/// Creates a session.
#[utoipa::path(post, path = "/api/v1/sessions", request_body = SessionForm, responses(
    (status = 201, description = "Created", body = CreatedJson),
    (status = 400, description = "Empty title, times that do not parse, ends before it starts"),
))]
async fn create(
    State(state): State<AppState>,
    Me(me): Me,
    Json(body): Json<SessionForm>,
) -> Result<Response, ApiError> {
    let c = current(&state).await?;
    let id = actions::create_session(&state, &c, &me, &body).await?;
    Ok((StatusCode::CREATED, Json(CreatedJson { id })).into_response())
}

/// Edits a session: moving it to another time or room is an edit; people
/// with its page open see the change, and calendars follow.
#[utoipa::path(put, path = "/api/v1/sessions/{id}", request_body = SessionForm, params(("id" = i64, Path)), responses(
    (status = 204, description = "Saved"),
    (status = 400, description = "Empty title, times that do not parse, ends before it starts"),
))]
async fn update(
    State(state): State<AppState>,
    Me(me): Me,
    Path(id): Path<i64>,
    Json(body): Json<SessionForm>,
) -> Result<StatusCode, ApiError> {
    let c = current(&state).await?;
    actions::update_session(&state, &c, &me, id, &body).await?;
    Ok(StatusCode::NO_CONTENT)
}

#[derive(Deserialize, ToSchema)]
pub struct CancelJson {
    /// false brings a cancelled session back.
    cancelled: bool,
}

/// Cancels a session, or brings it back.
#[utoipa::path(post, path = "/api/v1/sessions/{id}/cancel", request_body = CancelJson, params(("id" = i64, Path)), responses(
    (status = 204, description = "Done"),
    (status = 409, description = "Already so"),
))]
async fn cancel(
    State(state): State<AppState>,
    Me(me): Me,
    Path(id): Path<i64>,
    Json(body): Json<CancelJson>,
) -> Result<StatusCode, ApiError> {
    let c = current(&state).await?;
    actions::set_cancelled(&state, &c, &me, id, body.cancelled).await?;
    Ok(StatusCode::NO_CONTENT)
}

/// Duplicates a session with its people.
#[utoipa::path(post, path = "/api/v1/sessions/{id}/duplicate", params(("id" = i64, Path)), responses(
    (status = 201, description = "The copy", body = CreatedJson),
))]
async fn duplicate(
    State(state): State<AppState>,
    Me(me): Me,
    Path(id): Path<i64>,
) -> Result<Response, ApiError> {
    let c = current(&state).await?;
    let copy = actions::duplicate(&state, &c, &me, id).await?;
    Ok((StatusCode::CREATED, Json(CreatedJson { id: copy })).into_response())
}

#[derive(Serialize, ToSchema)]
pub struct WarningJson {
    /// room, person or dates.
    kind: &'static str,
    message: String,
    sessions: Vec<i64>,
}

/// What the schedule's organisers should check: rooms and people in two
/// places at once, sessions outside the consultation's dates.
#[utoipa::path(get, path = "/api/v1/program/warnings", responses((status = 200, description = "Warnings", body = [WarningJson])))]
async fn program_warnings(
    State(state): State<AppState>,
    Me(me): Me,
) -> Result<Json<Vec<WarningJson>>, ApiError> {
    let c = current(&state).await?;
    organisers_only(&me)?;
    let sessions = state.store.sessions(c.id, Viewer::Organiser).await?;
    let tr = crate::i18n::i18n().lang("en");
    Ok(Json(
        warnings(&c, &sessions)
            .iter()
            .map(|w| WarningJson {
                kind: match w {
                    crate::domain::schedule::Warning::RoomClash { .. } => "room",
                    crate::domain::schedule::Warning::PersonClash { .. } => "person",
                    crate::domain::schedule::Warning::OutsideDates { .. } => "dates",
                },
                message: actions::warning_text(tr, w),
                sessions: w.sessions(),
            })
            .collect(),
    ))
}

#[derive(Deserialize)]
pub struct ImportQuery {
    #[serde(default)]
    apply: bool,
}

#[derive(Serialize, ToSchema)]
pub struct ChangeJson {
    field: &'static str,
    old: String,
    new: String,
}

#[derive(Serialize, ToSchema)]
pub struct ImportJson {
    /// "frab XML", "frab JSON" or "CSV".
    format: &'static str,
    applied: bool,
    created: Vec<String>,
    /// (title, changes)
    updated: Vec<(String, Vec<ChangeJson>)>,
    unchanged: usize,
    new_rooms: Vec<String>,
    new_people: Vec<String>,
}

#[derive(Serialize, ToSchema)]
pub struct ImportErrorsJson {
    error: String,
    /// Each problem with its line and field.
    problems: Vec<String>,
}

/// Imports a program file (the request body: frab XML or JSON, or CSV).
/// Without `apply=true` it only answers what would change.
#[utoipa::path(post, path = "/api/v1/import/program", params(("apply" = Option<bool>, Query)), request_body(content = String, content_type = "application/octet-stream"), responses(
    (status = 200, description = "The plan, or what was done", body = ImportJson),
    (status = 422, description = "Problems in the file; nothing stored", body = ImportErrorsJson),
))]
async fn import(
    State(state): State<AppState>,
    Me(me): Me,
    Query(q): Query<ImportQuery>,
    body: Bytes,
) -> Result<Response, ApiError> {
    let c = current(&state).await?;
    match actions::import_program(&state, &c, &me, &body, q.apply).await? {
        Imported::Planned { format, plan: p } => Ok(Json(ImportJson {
            format,
            applied: q.apply,
            created: p.created,
            updated: p
                .updated
                .into_iter()
                .map(|(t, changes)| {
                    let changes = changes
                        .into_iter()
                        .map(|ch| ChangeJson {
                            field: ch.field,
                            old: ch.old,
                            new: ch.new,
                        })
                        .collect();
                    (t, changes)
                })
                .collect(),
            unchanged: p.unchanged,
            new_rooms: p.new_rooms,
            new_people: p.new_people,
        })
        .into_response()),
        Imported::Refused(problems) => Ok((
            StatusCode::UNPROCESSABLE_ENTITY,
            Json(ImportErrorsJson {
                error: "nothing imported: the file has problems".into(),
                problems: problems.iter().map(ToString::to_string).collect(),
            }),
        )
            .into_response()),
    }
}
