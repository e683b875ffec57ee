//! Page handlers: load from the store, build views, render.

use askama::Template;
use axum::{
    Json,
    extract::{Path, State},
    http::StatusCode,
    response::{Html, IntoResponse, Response},
};
use jiff::{Timestamp, civil::Date};

use super::{
    AppState, CurrentViewer, Me,
    views::{
        DayTab, Layout, MessagePage, NowPage, PersonView, ProgramPage, SessionCard, SessionPage,
        Stars, TopicView, language_name, paragraphs,
    },
};
use crate::{
    auth::Principal,
    domain::{
        Consultation, Session, SessionKind, Viewer,
        floor::{QuestionSort, QuestionStatus, sort_questions},
        now_and_next as split_now, sessions_by_day,
    },
    error::AppError,
    i18n::{Tr, i18n},
};

pub(super) type PageResult = Result<Response, AppError>;

/// The translator of the request being answered (see [`super::locale`]).
pub(super) fn tr() -> Tr<'static> {
    i18n().lang(super::locale::current_lang())
}

pub(super) fn render(template: &impl Template) -> PageResult {
    Ok(Html(template.render()?).into_response())
}

/// The consultation a request is about. Without one, the request is
/// answered by the page that explains how to create it.
pub struct Current(pub Consultation);

impl axum::extract::FromRequestParts<AppState> for Current {
    type Rejection = Response;

    async fn from_request_parts(
        _parts: &mut axum::http::request::Parts,
        state: &AppState,
    ) -> Result<Self, Response> {
        match state.store.current_consultation().await {
            Ok(Some(c)) => Ok(Current(c)),
            Ok(None) => Err(render(&MessagePage::new("empty-title", "empty-body"))
                .unwrap_or_else(IntoResponse::into_response)),
            Err(e) => Err(AppError::from(e).into_response()),
        }
    }
}

pub async fn now_and_next(
    State(state): State<AppState>,
    Current(c): Current,
    CurrentViewer(viewer): CurrentViewer,
    Me(me): Me,
) -> PageResult {
    let tr = tr();
    let sessions = state.store.sessions(c.id, viewer).await?;
    let stars = Stars::of(&state.store, &me, "/".into()).await?;
    let now = Timestamp::now();
    let (running, next) = split_now(&sessions, now);
    let today = c.local_date(now);
    let notice = if today < c.start_date {
        Some(tr.t_with("now-before", "date", tr.day(c.start_date)))
    } else if running.is_empty() && next.is_empty() {
        Some(tr.t("now-after"))
    } else {
        None
    };
    let card = |s: &Session| {
        let date = c.local_date(s.starts_at);
        let card = SessionCard {
            day: (date != today).then(|| tr.day(date)),
            ..SessionCard::new(tr, &c, s, now)
        };
        Stars::on(&stars, card)
    };
    render(&NowPage {
        venue: c.venue.clone(),
        dates: format!("{} – {}", tr.day(c.start_date), tr.day(c.end_date)),
        running: running.into_iter().map(card).collect(),
        next: next.into_iter().map(card).collect(),
        notice,
        page: Layout::for_consultation(tr, &c, tr.t("now-title"), "now"),
    })
}

pub async fn program(
    State(state): State<AppState>,
    Current(c): Current,
    CurrentViewer(viewer): CurrentViewer,
    Me(me): Me,
) -> PageResult {
    let today = c.local_date(Timestamp::now());
    let day = if (c.start_date..=c.end_date).contains(&today) {
        today
    } else {
        c.start_date
    };
    program_page(&state, viewer, &me, c, day).await
}

pub async fn program_day(
    State(state): State<AppState>,
    Current(c): Current,
    CurrentViewer(viewer): CurrentViewer,
    Me(me): Me,
    Path(date): Path<String>,
) -> PageResult {
    let day: Date = date.parse().map_err(|_| AppError::NotFound)?;
    program_page(&state, viewer, &me, c, day).await
}

async fn program_page(
    state: &AppState,
    viewer: Viewer,
    me: &Principal,
    c: Consultation,
    day: Date,
) -> PageResult {
    let tr = tr();
    let sessions = state.store.sessions(c.id, viewer).await?;
    let stars = Stars::of(&state.store, me, format!("/program/{day}")).await?;
    let by_day = sessions_by_day(&c, &sessions);
    let Some((_, day_sessions)) = by_day.iter().find(|(d, _)| *d == day) else {
        return Err(AppError::NotFound);
    };
    let now = Timestamp::now();
    let changed = state
        .store
        .changed_sessions(c.id, now - CHANGES_SHOWN_FOR)
        .await?;
    render(&ProgramPage {
        days: by_day
            .iter()
            .enumerate()
            .map(|(i, (d, _))| DayTab {
                href: format!("/program/{d}"),
                label: tr.day_short(*d),
                number: i + 1,
                current: *d == day,
            })
            .collect(),
        day_title: tr.day(day),
        sessions: day_sessions
            .iter()
            .map(|s| {
                let card = SessionCard {
                    changed: changed.contains(&s.id),
                    ..SessionCard::new(tr, &c, s, now)
                };
                Stars::on(&stars, card)
            })
            .collect(),
        page: Layout::for_consultation(
            tr,
            &c,
            format!("{} · {}", tr.t("program-title"), tr.day(day)),
            "program",
        ),
    })
}

/// How long a change to a session is pointed out on its page and card.
const CHANGES_SHOWN_FOR: jiff::SignedDuration = jiff::SignedDuration::from_hours(24);

/// A recorded change in words: "Room: Plenary hall → Room B".
fn change_text(tr: crate::i18n::Tr<'static>, ch: &crate::store::SessionChange) -> String {
    match ch.field.as_str() {
        "cancelled" if ch.new_value == "true" => tr.t("session-change-cancelled"),
        "cancelled" => tr.t("session-change-restored"),
        field => tr.t_with(
            &format!("session-change-{field}"),
            "change",
            format!("{} → {}", ch.old_value, ch.new_value),
        ),
    }
}

pub async fn session(
    State(state): State<AppState>,
    Current(c): Current,
    CurrentViewer(viewer): CurrentViewer,
    Me(me): Me,
    Path(id): Path<String>,
) -> PageResult {
    let id: i64 = id.parse().map_err(|_| AppError::NotFound)?;
    let session = state
        .store
        .session(c.id, id, viewer)
        .await?
        .ok_or(AppError::NotFound)?;
    let topics = if session.kind == SessionKind::OpenSpace {
        state.store.session_topics(session.id).await?
    } else {
        Vec::new()
    };
    let floor = state.store.floor(session.id).await?;
    // Questions are the room's words: shown to people signed in, not to
    // everyone who can read a public program.
    let signed_in = viewer != Viewer::Anonymous;
    let harvest = |answered: bool| {
        let mut questions: Vec<_> = floor
            .questions
            .iter()
            .filter(|q| signed_in && q.status == QuestionStatus::Visible && q.answered == answered)
            .cloned()
            .collect();
        sort_questions(&mut questions, QuestionSort::Votes);
        questions
            .into_iter()
            .map(|q| (q.text, q.text_lang, q.votes))
            .collect()
    };
    let tr = tr();
    let day = c.local_date(session.starts_at);
    let speakers_label = if session.kind == SessionKind::FacilitatedDiscussion {
        tr.t("session-panelists")
    } else {
        tr.t("session-speakers")
    };
    let names = |codes: &[String]| codes.iter().map(|l| language_name(tr, l)).collect();
    render(&SessionPage {
        day: tr.day(day),
        day_href: format!("/program/{day}"),
        languages: names(&session.languages),
        interpretation: names(&session.interpretation),
        facilitators: session.facilitators.iter().map(PersonView::new).collect(),
        speakers: session.speakers.iter().map(PersonView::new).collect(),
        speakers_label,
        description: paragraphs(&session.description),
        topics: topics.iter().map(TopicView::new).collect(),
        has_floor: session.kind != SessionKind::Break,
        summary: paragraphs(&floor.summary.text),
        summary_lang: floor.summary.lang.clone().unwrap_or_default(),
        open_questions: harvest(false),
        answered_questions: harvest(true),
        changes: state
            .store
            .session_changes(session.id, Timestamp::now() - CHANGES_SHOWN_FOR)
            .await?
            .iter()
            .map(|ch| change_text(tr, ch))
            .collect(),
        can_edit: viewer == Viewer::Organiser,
        card: Stars::on(
            &Stars::of(&state.store, &me, format!("/sessions/{}", session.id)).await?,
            SessionCard::new(tr, &c, &session, Timestamp::now()),
        ),
        page: Layout::for_consultation(tr, &c, session.title.clone(), "program"),
    })
}

/// Ok when the database answers and takes a write; otherwise 503 with the
/// reason (a full disk, a read-only file), which a read alone would miss.
pub async fn health(State(state): State<AppState>) -> Response {
    let backend = state.store.backend();
    let reason = match state.store.ping().await {
        Ok(()) => state.store.cannot_save().await,
        Err(e) => Some(e.cannot_save().map_or_else(|| e.to_string(), str::to_owned)),
    };
    let Some(reason) = reason else {
        crate::error::can_save_again();
        return Json(serde_json::json!({ "status": "ok", "database": backend })).into_response();
    };
    crate::error::report_cannot_save(&reason);
    (
        StatusCode::SERVICE_UNAVAILABLE,
        Json(serde_json::json!({
            "status": "unavailable",
            "database": backend,
            "reason": reason,
        })),
    )
        .into_response()
}

pub async fn not_found() -> AppError {
    AppError::NotFound
}
