//! JSON API under `/api/v1`, read-only for now.

use axum::{
    Json, Router,
    extract::{Path, State},
    routing::get,
};
use serde::Serialize;

use crate::{
    domain::{Consultation, PersonRef, Session},
    error::{ApiError, AppError},
    web::{AppState, CurrentViewer},
};

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/consultation", get(consultation))
        .route("/sessions", get(sessions))
        .route("/sessions/{id}", get(session))
        .fallback(|| async { ApiError(AppError::NotFound) })
}

#[derive(Serialize)]
struct ConsultationJson {
    id: i64,
    title: String,
    title_lang: String,
    venue: String,
    time_zone: String,
    start_date: String,
    end_date: String,
    languages: Vec<String>,
    demo: bool,
}

#[derive(Serialize)]
struct PersonJson {
    id: i64,
    display_name: String,
    organisation: Option<String>,
    country: Option<&'static str>,
}

#[derive(Serialize)]
struct SessionJson {
    id: i64,
    title: String,
    title_lang: String,
    description: String,
    kind: &'static str,
    starts_at: String,
    ends_at: String,
    room: Option<String>,
    languages: Vec<String>,
    interpretation: Vec<String>,
    facilitators: Vec<PersonJson>,
    speakers: Vec<PersonJson>,
}

fn person(p: &PersonRef) -> PersonJson {
    PersonJson {
        id: p.id,
        display_name: p.display_name.clone(),
        organisation: p.organisation.as_ref().map(|o| o.name.clone()),
        country: p.country.map(|c| c.code()),
    }
}

fn session_json(c: &Consultation, s: Session) -> SessionJson {
    let local = |t: jiff::Timestamp| t.to_zoned(c.time_zone.clone()).to_string();
    SessionJson {
        id: s.id,
        kind: s.kind.as_str(),
        starts_at: local(s.starts_at),
        ends_at: local(s.ends_at),
        facilitators: s.facilitators.iter().map(person).collect(),
        speakers: s.speakers.iter().map(person).collect(),
        title: s.title,
        title_lang: s.text_lang,
        description: s.description,
        room: s.room,
        languages: s.languages,
        interpretation: s.interpretation,
    }
}

async fn current(state: &AppState) -> Result<Consultation, ApiError> {
    state
        .store
        .current_consultation()
        .await?
        .ok_or(ApiError(AppError::NotFound))
}

async fn consultation(State(state): State<AppState>) -> Result<Json<ConsultationJson>, ApiError> {
    let c = current(&state).await?;
    Ok(Json(ConsultationJson {
        id: c.id,
        start_date: c.start_date.to_string(),
        end_date: c.end_date.to_string(),
        title: c.title,
        title_lang: c.title_lang,
        venue: c.venue,
        time_zone: c.time_zone_name,
        languages: c.languages,
        demo: c.is_demo,
    }))
}

async fn sessions(
    State(state): State<AppState>,
    CurrentViewer(viewer): CurrentViewer,
) -> Result<Json<Vec<SessionJson>>, ApiError> {
    let c = current(&state).await?;
    let sessions = state.store.sessions(c.id, viewer).await?;
    Ok(Json(
        sessions.into_iter().map(|s| session_json(&c, s)).collect(),
    ))
}

async fn session(
    State(state): State<AppState>,
    CurrentViewer(viewer): CurrentViewer,
    Path(id): Path<String>,
) -> Result<Json<SessionJson>, ApiError> {
    let c = current(&state).await?;
    let id: i64 = id.parse().map_err(|_| ApiError(AppError::NotFound))?;
    let s = state
        .store
        .session(c.id, id, viewer)
        .await?
        .ok_or(ApiError(AppError::NotFound))?;
    Ok(Json(session_json(&c, s)))
}
