//! The floor of a session in the JSON API: questions, votes, moderation,
//! the speaking queue, settings and summary, adapted from
//! [`crate::app::floor`], which the pages share.

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
        floor::{self as actions, Moderation, QueueAction, floor_of, settings_from},
        routes::Routes,
    },
    auth::access::Rule,
    domain::floor::{QuestionStatus, QueueViewer, RequestState, order_queue, spoken_so_far},
};

pub fn routes(r: Routes) -> Routes {
    r.api(Rule::People, routes!(floor))
        .api(Rule::People, routes!(settings))
        .api(Rule::People, routes!(summary))
        .api(Rule::People, routes!(ask))
        .api(Rule::People, routes!(vote, unvote))
        .api(Rule::People, routes!(moderate))
        .api(Rule::People, routes!(merge))
        .api(Rule::Organisers, routes!(trace))
        .api(Rule::People, routes!(speak, leave_queue))
        .api(Rule::People, routes!(next))
        .api(Rule::People, routes!(end_turn))
        .api(Rule::People, routes!(manage))
}

#[derive(Serialize, ToSchema)]
pub struct QuestionJson {
    id: i64,
    text: String,
    language: String,
    /// The author's name; null when anonymous.
    author: Option<String>,
    votes: i64,
    /// "pending", "visible" or "hidden"; the room sees visible ones.
    status: String,
    answered: bool,
    /// Whether the caller voted for it.
    voted: bool,
    /// Whether the caller asked it.
    mine: bool,
    created_at: String,
}

#[derive(Serialize, ToSchema)]
pub struct RequestJson {
    id: i64,
    /// 1 for the next speaker, in the order the session's rule gives.
    place: usize,
    /// Distinct and stable: the order of asking.
    position: i64,
    /// Null when the person is not listed in the directory: "a participant".
    name: Option<String>,
    language: String,
    /// For the session's facilitators and organisers, and the person
    /// themself; empty for everyone else.
    note: String,
    point_of_order: bool,
    priority: bool,
    /// Earlier turns in this session, and their seconds.
    turns: i64,
    spoken_seconds: i64,
    mine: bool,
}

#[derive(Serialize, ToSchema)]
pub struct SpeakerJson {
    request: i64,
    /// Null when the person is not listed in the directory.
    name: Option<String>,
    language: String,
    started_at: String,
    /// When the speaking time runs out; null without a limit.
    ends_at: Option<String>,
}

#[derive(Serialize, Deserialize, ToSchema)]
pub struct SettingsJson {
    moderated: bool,
    anonymous_allowed: bool,
    /// "arrival", "first-time-first", "balance-countries" or "balance-languages".
    order: String,
    /// Seconds each speaker has; null for no limit.
    speaking_limit: Option<i64>,
}

#[derive(Serialize, ToSchema)]
pub struct FloorJson {
    session: i64,
    /// Whether the caller moderates this session.
    moderator: bool,
    settings: SettingsJson,
    speaking: Option<SpeakerJson>,
    queue: Vec<RequestJson>,
    /// Visible questions, the caller's own, and (for moderators) pending
    /// and hidden ones; merged duplicates are left out.
    questions: Vec<QuestionJson>,
    summary: String,
}

/// The floor of a session: settings, who speaks, the queue, the questions.
#[utoipa::path(get, path = "/api/v1/sessions/{id}/floor", params(("id" = i64, Path)), responses(
    (status = 200, description = "The floor", body = FloorJson),
    (status = 404, description = "No such session"),
))]
async fn floor(
    State(state): State<AppState>,
    Me(me): Me,
    Path(id): Path<i64>,
) -> Result<Json<FloorJson>, ApiError> {
    let c = current(&state).await?;
    let f = floor_of(&state, &c, &me, id).await?;
    let floor = state.store.floor(id).await?;
    let votes = match me.person_id {
        Some(p) => state.store.my_votes(id, p).await?,
        None => Vec::new(),
    };
    let spoken = spoken_so_far(&floor.requests);
    let mine = |person: Option<i64>| me.person_id.is_some() && person == me.person_id;
    let viewer = QueueViewer {
        moderator: f.moderator,
        person_id: me.person_id,
    };
    let s = &floor.settings;
    Ok(Json(FloorJson {
        session: id,
        moderator: f.moderator,
        settings: SettingsJson {
            moderated: s.moderated,
            anonymous_allowed: s.anonymous_allowed,
            order: s.order.as_str().into(),
            speaking_limit: s.speaking_limit,
        },
        speaking: floor
            .requests
            .iter()
            .find(|r| r.state == RequestState::Speaking)
            .map(|r| {
                let started = r.started_at.unwrap_or_else(Timestamp::now);
                SpeakerJson {
                    request: r.id,
                    name: r.name_for(viewer).map(str::to_owned),
                    language: r.lang.clone(),
                    started_at: started.to_string(),
                    ends_at: s
                        .speaking_limit
                        .map(|l| (started + jiff::SignedDuration::from_secs(l)).to_string()),
                }
            }),
        queue: order_queue(&floor.requests, s.order)
            .into_iter()
            .enumerate()
            .map(|(i, r)| {
                let done = spoken.get(&r.person_id).copied().unwrap_or_default();
                RequestJson {
                    id: r.id,
                    place: i + 1,
                    position: r.position,
                    name: r.name_for(viewer).map(str::to_owned),
                    language: r.lang.clone(),
                    note: r.note_for(viewer).to_owned(),
                    point_of_order: r.point_of_order,
                    priority: r.priority,
                    turns: done.turns,
                    spoken_seconds: done.seconds,
                    mine: mine(Some(r.person_id)),
                }
            })
            .collect(),
        questions: floor
            .questions
            .iter()
            .filter(|q| match q.status {
                QuestionStatus::Merged => false,
                QuestionStatus::Visible => true,
                _ => f.moderator || mine(q.author_id),
            })
            .map(|q| QuestionJson {
                id: q.id,
                text: q.text.clone(),
                language: q.text_lang.clone(),
                author: q.author_name.clone(),
                votes: q.votes,
                status: q.status.as_str().into(),
                answered: q.answered,
                voted: votes.contains(&q.id),
                mine: mine(q.author_id),
                created_at: q.created_at.to_string(),
            })
            .collect(),
        summary: floor.summary.text,
    }))
}

#[derive(Serialize, ToSchema)]
pub struct CreatedJson {
    id: i64,
}

#[derive(Deserialize, ToSchema)]
pub struct QuestionBody {
    text: String,
    /// BCP 47; the consultation's first language when empty.
    #[serde(default)]
    language: String,
    /// Only where the session allows anonymous questions.
    #[serde(default)]
    anonymous: bool,
}

/// Asks a question; in a pre-moderated session it waits for approval.
#[utoipa::path(post, path = "/api/v1/sessions/{id}/questions", request_body = QuestionBody, params(("id" = i64, Path)), responses(
    (status = 201, description = "Asked", body = CreatedJson),
    (status = 400, description = "Empty or overlong, unknown language, anonymous not allowed"),
))]
async fn ask(
    State(state): State<AppState>,
    Me(me): Me,
    Path(id): Path<i64>,
    Json(body): Json<QuestionBody>,
) -> Result<Response, ApiError> {
    let c = current(&state).await?;
    let q = actions::ask_question(
        &state,
        &c,
        &me,
        id,
        &body.text,
        &body.language,
        body.anonymous,
    )
    .await?;
    Ok((StatusCode::CREATED, Json(CreatedJson { id: q })).into_response())
}

/// Votes for a question, once per person.
#[utoipa::path(post, path = "/api/v1/questions/{id}/vote", params(("id" = i64, Path)), responses(
    (status = 204, description = "Counted"),
    (status = 409, description = "Voted already, or the question is not open for votes"),
))]
async fn vote(
    State(state): State<AppState>,
    Me(me): Me,
    Path(id): Path<i64>,
) -> Result<StatusCode, ApiError> {
    let c = current(&state).await?;
    actions::vote(&state, &c, &me, id, true).await?;
    Ok(StatusCode::NO_CONTENT)
}

/// Takes back the caller's vote.
#[utoipa::path(delete, path = "/api/v1/questions/{id}/vote", params(("id" = i64, Path)), responses(
    (status = 204, description = "Taken back"),
))]
async fn unvote(
    State(state): State<AppState>,
    Me(me): Me,
    Path(id): Path<i64>,
) -> Result<StatusCode, ApiError> {
    let c = current(&state).await?;
    actions::vote(&state, &c, &me, id, false).await?;
    Ok(StatusCode::NO_CONTENT)
}

#[derive(Deserialize, ToSchema)]
pub struct ModerateBody {
    action: Moderation,
}

/// Approves, hides, or marks a question (not) answered: the session's
/// facilitators and organisers.
#[utoipa::path(post, path = "/api/v1/questions/{id}/moderate", request_body = ModerateBody, params(("id" = i64, Path)), responses(
    (status = 204, description = "Done"),
    (status = 403, description = "Not a facilitator of the session"),
))]
async fn moderate(
    State(state): State<AppState>,
    Me(me): Me,
    Path(id): Path<i64>,
    Json(body): Json<ModerateBody>,
) -> Result<StatusCode, ApiError> {
    let c = current(&state).await?;
    actions::moderate(&state, &c, &me, id, body.action).await?;
    Ok(StatusCode::NO_CONTENT)
}

#[derive(Deserialize, ToSchema)]
pub struct MergeBody {
    /// The question this one duplicates.
    into: i64,
}

/// Merges a duplicate into another question; votes combine, no one twice.
#[utoipa::path(post, path = "/api/v1/questions/{id}/merge", request_body = MergeBody, params(("id" = i64, Path)), responses(
    (status = 204, description = "Merged"),
    (status = 409, description = "Not two open questions of one session"),
))]
async fn merge(
    State(state): State<AppState>,
    Me(me): Me,
    Path(id): Path<i64>,
    Json(body): Json<MergeBody>,
) -> Result<StatusCode, ApiError> {
    let c = current(&state).await?;
    actions::merge(&state, &c, &me, id, body.into).await?;
    Ok(StatusCode::NO_CONTENT)
}

#[derive(Serialize, ToSchema)]
pub struct AuthorJson {
    /// Null when the author was erased.
    person: Option<i64>,
    name: Option<String>,
}

/// Who wrote a question, anonymous or not: organisers only, audited.
#[utoipa::path(post, path = "/api/v1/questions/{id}/trace", params(("id" = i64, Path)), responses(
    (status = 200, description = "The author", body = AuthorJson),
    (status = 403, description = "Not an organiser"),
))]
async fn trace(
    State(state): State<AppState>,
    Me(me): Me,
    Path(id): Path<i64>,
) -> Result<Json<AuthorJson>, ApiError> {
    let c = current(&state).await?;
    let author = actions::trace(&state, &c, &me, id).await?;
    Ok(Json(AuthorJson {
        person: author.as_ref().map(|a| a.0),
        name: author.map(|a| a.1),
    }))
}

#[derive(Deserialize, ToSchema)]
pub struct SpeakBody {
    #[serde(default)]
    note: String,
    /// The language the caller will speak; the consultation's first when empty.
    #[serde(default)]
    language: String,
    #[serde(default)]
    point_of_order: bool,
}

#[derive(Serialize, ToSchema)]
pub struct PositionJson {
    /// Distinct and stable within the session.
    position: i64,
}

/// Asks to speak.
#[utoipa::path(post, path = "/api/v1/sessions/{id}/queue", request_body = SpeakBody, params(("id" = i64, Path)), responses(
    (status = 201, description = "In the queue", body = PositionJson),
    (status = 409, description = "Already in the queue"),
))]
async fn speak(
    State(state): State<AppState>,
    Me(me): Me,
    Path(id): Path<i64>,
    Json(body): Json<SpeakBody>,
) -> Result<Response, ApiError> {
    let c = current(&state).await?;
    let position = actions::ask_to_speak(
        &state,
        &c,
        &me,
        id,
        &body.note,
        &body.language,
        body.point_of_order,
    )
    .await?;
    Ok((StatusCode::CREATED, Json(PositionJson { position })).into_response())
}

/// Leaves the queue.
#[utoipa::path(delete, path = "/api/v1/sessions/{id}/queue", params(("id" = i64, Path)), responses(
    (status = 204, description = "Withdrawn"),
    (status = 409, description = "Not waiting"),
))]
async fn leave_queue(
    State(state): State<AppState>,
    Me(me): Me,
    Path(id): Path<i64>,
) -> Result<StatusCode, ApiError> {
    let c = current(&state).await?;
    actions::withdraw(&state, &c, &me, id).await?;
    Ok(StatusCode::NO_CONTENT)
}

#[derive(Serialize, ToSchema)]
pub struct CalledJson {
    /// The request that now has the floor.
    request: i64,
}

/// Ends the current turn and calls the next speaker by the session's rule.
#[utoipa::path(post, path = "/api/v1/sessions/{id}/queue/next", params(("id" = i64, Path)), responses(
    (status = 200, description = "Called", body = CalledJson),
    (status = 409, description = "No one is waiting"),
))]
async fn next(
    State(state): State<AppState>,
    Me(me): Me,
    Path(id): Path<i64>,
) -> Result<Json<CalledJson>, ApiError> {
    let c = current(&state).await?;
    let request = actions::call(&state, &c, &me, id, None).await?;
    Ok(Json(CalledJson { request }))
}

/// Ends the current turn without calling anyone.
#[utoipa::path(post, path = "/api/v1/sessions/{id}/queue/end", params(("id" = i64, Path)), responses(
    (status = 204, description = "Ended"),
    (status = 409, description = "No one has the floor"),
))]
async fn end_turn(
    State(state): State<AppState>,
    Me(me): Me,
    Path(id): Path<i64>,
) -> Result<StatusCode, ApiError> {
    let c = current(&state).await?;
    actions::end_turn(&state, &c, &me, id).await?;
    Ok(StatusCode::NO_CONTENT)
}

#[derive(Deserialize, ToSchema)]
pub struct ManageBody {
    action: QueueAction,
}

/// Calls one person, gives or removes priority, or takes them out of the queue.
#[utoipa::path(post, path = "/api/v1/sessions/{id}/queue/{request}", request_body = ManageBody, params(("id" = i64, Path), ("request" = i64, Path)), responses(
    (status = 204, description = "Done"),
    (status = 409, description = "Not waiting"),
))]
async fn manage(
    State(state): State<AppState>,
    Me(me): Me,
    Path((id, request)): Path<(i64, i64)>,
    Json(body): Json<ManageBody>,
) -> Result<StatusCode, ApiError> {
    let c = current(&state).await?;
    actions::manage_request(&state, &c, &me, id, request, body.action).await?;
    Ok(StatusCode::NO_CONTENT)
}

/// Sets moderation, anonymous questions, the queue's order and the speaking time.
#[utoipa::path(put, path = "/api/v1/sessions/{id}/floor/settings", request_body = SettingsJson, params(("id" = i64, Path)), responses(
    (status = 204, description = "Saved"),
    (status = 400, description = "Unknown order, speaking time out of range"),
))]
async fn settings(
    State(state): State<AppState>,
    Me(me): Me,
    Path(id): Path<i64>,
    Json(body): Json<SettingsJson>,
) -> Result<StatusCode, ApiError> {
    let c = current(&state).await?;
    let limit = body
        .speaking_limit
        .map(|l| l.to_string())
        .unwrap_or_default();
    let s = settings_from(&body.order, &limit, body.moderated, body.anonymous_allowed)?;
    actions::save_settings(&state, &c, &me, id, s).await?;
    Ok(StatusCode::NO_CONTENT)
}

#[derive(Deserialize, ToSchema)]
pub struct SummaryBody {
    summary: String,
    #[serde(default)]
    language: String,
}

/// Saves the facilitators' summary of the discussion.
#[utoipa::path(put, path = "/api/v1/sessions/{id}/summary", request_body = SummaryBody, params(("id" = i64, Path)), responses(
    (status = 204, description = "Saved"),
    (status = 400, description = "Too long"),
))]
async fn summary(
    State(state): State<AppState>,
    Me(me): Me,
    Path(id): Path<i64>,
    Json(body): Json<SummaryBody>,
) -> Result<StatusCode, ApiError> {
    let c = current(&state).await?;
    actions::save_summary(&state, &c, &me, id, &body.summary, &body.language).await?;
    Ok(StatusCode::NO_CONTENT)
}
