//! The floor of a session in the browser: questions and votes, the speaking
//! queue, moderation, the screen view and the summary. Every action is a
//! plain form; the live script refreshes the parts marked `data-live`. The
//! actions are in [`crate::app::floor`], shared with the JSON API.

use askama::Template;
use axum::{
    extract::{Path, Query, State},
    response::{IntoResponse, Redirect, Response},
};
use jiff::Timestamp;

use super::{
    pages::{Current, PageResult, render, tr},
    views::{LanguageFilter, LanguagePicker, Layout, language_name, paragraphs},
};
use crate::{
    app::{
        AppState, Me,
        floor::{self as actions, Moderation, QueueAction},
    },
    auth::Role,
    domain::{
        Consultation,
        floor::{
            FloorRequest, Question, QuestionSort, QuestionStatus, QueueOrder, QueueViewer,
            RequestState, order_queue, sort_questions, spoken_so_far,
        },
    },
    error::AppError,
    i18n::Tr,
    store::Floor,
};

// ------------------------------------------------------------------ views

pub struct QuestionView {
    pub id: i64,
    pub text: String,
    pub lang: String,
    /// The author's name, or "Anonymous"; never shown on the screen.
    pub author: String,
    pub anonymous: bool,
    pub votes: i64,
    pub voted: bool,
    pub mine: bool,
    pub answered: bool,
    pub pending: bool,
    pub hidden: bool,
}

pub struct RequestView {
    pub id: i64,
    pub place: usize,
    pub name: String,
    pub note: String,
    pub lang: String,
    pub point_of_order: bool,
    pub priority: bool,
    /// "First time" or "Spoke 2× · 3 min".
    pub spoken: String,
    pub mine: bool,
}

pub struct SpeakerView {
    pub name: String,
    pub note: String,
    pub lang: String,
    pub since: String,
    /// The end of the speaking time, in ms since the epoch, for the countdown.
    pub ends_ms: Option<i64>,
    /// Time left when the page was made, "1:30"; "0:00" when over.
    pub left: Option<String>,
    pub over: bool,
    pub mine: bool,
}

fn question_view(tr: Tr<'static>, q: &Question, me: Option<i64>, votes: &[i64]) -> QuestionView {
    QuestionView {
        id: q.id,
        text: q.text.clone(),
        lang: q.text_lang.clone(),
        author: q
            .author_name
            .clone()
            .unwrap_or_else(|| tr.t("floor-anonymous")),
        anonymous: q.anonymous,
        votes: q.votes,
        voted: votes.contains(&q.id),
        mine: me.is_some() && q.author_id == me,
        answered: q.answered,
        pending: q.status == QuestionStatus::Pending,
        hidden: q.status == QuestionStatus::Hidden,
    }
}

/// "Spoke 2× · 3 min", or "First time" for someone not heard yet.
fn spoken_label(tr: Tr<'static>, turns: i64, seconds: i64) -> String {
    if turns == 0 {
        return tr.t("floor-first-time");
    }
    format!("{} · {}", tr.t_count("floor-spoke", turns), clock(seconds))
}

/// Minutes and seconds, "3:05".
fn clock(seconds: i64) -> String {
    let s = seconds.max(0);
    format!("{}:{:02}", s / 60, s % 60)
}

/// The projector: the room reads it, so no notes.
const SCREEN: QueueViewer = QueueViewer {
    moderator: false,
    person_id: None,
};

/// A name for the screen: only with the person's consent.
fn screen_name(tr: Tr<'static>, r: &FloorRequest) -> String {
    if r.on_screen {
        r.name.clone()
    } else {
        tr.t("floor-a-participant")
    }
}

/// A name for the floor's page: as the directory shows the person.
fn page_name(tr: Tr<'static>, r: &FloorRequest, viewer: QueueViewer) -> String {
    r.name_for(viewer)
        .map_or_else(|| tr.t("floor-a-participant"), str::to_owned)
}

fn queue_views(
    tr: Tr<'static>,
    floor: &Floor,
    viewer: QueueViewer,
    name: impl Fn(&FloorRequest) -> String,
) -> Vec<RequestView> {
    let me = viewer.person_id;
    let spoken = spoken_so_far(&floor.requests);
    order_queue(&floor.requests, floor.settings.order)
        .into_iter()
        .enumerate()
        .map(|(i, r)| {
            let s = spoken.get(&r.person_id).copied().unwrap_or_default();
            RequestView {
                id: r.id,
                place: i + 1,
                name: name(r),
                note: r.note_for(viewer).to_owned(),
                lang: language_name(tr, &r.lang),
                point_of_order: r.point_of_order,
                priority: r.priority,
                spoken: spoken_label(tr, s.turns, s.seconds),
                mine: me == Some(r.person_id),
            }
        })
        .collect()
}

fn speaker_view(
    tr: Tr<'static>,
    c: &Consultation,
    floor: &Floor,
    viewer: QueueViewer,
    name: impl Fn(&FloorRequest) -> String,
    now: Timestamp,
) -> Option<SpeakerView> {
    let me = viewer.person_id;
    let r = floor
        .requests
        .iter()
        .find(|r| r.state == RequestState::Speaking)?;
    let started = r.started_at.unwrap_or(now);
    let ends = floor
        .settings
        .speaking_limit
        .map(|limit| started + jiff::SignedDuration::from_secs(limit));
    let left = ends.map(|e| (e - now).get_seconds());
    Some(SpeakerView {
        name: name(r),
        note: r.note_for(viewer).to_owned(),
        lang: language_name(tr, &r.lang),
        since: tr.time(started, &c.time_zone),
        ends_ms: ends.map(|e| e.as_millisecond()),
        left: left.map(clock),
        over: left.is_some_and(|l| l <= 0),
        mine: me == Some(r.person_id),
    })
}

fn rule_text(tr: Tr<'static>, order: QueueOrder) -> String {
    tr.t(&format!("floor-order-{}", order.as_str()))
}

#[derive(serde::Deserialize, Default)]
pub struct FloorQuery {
    #[serde(default)]
    sort: Option<String>,
    /// Only the questions written in this language.
    #[serde(default)]
    lang: Option<String>,
}

impl FloorQuery {
    fn sort(&self) -> QuestionSort {
        match self.sort.as_deref() {
            Some("new") => QuestionSort::Newest,
            _ => QuestionSort::Votes,
        }
    }

    fn lang(&self) -> Option<&str> {
        self.lang.as_deref().filter(|l| !l.is_empty())
    }
}

#[derive(Template)]
#[template(path = "floor.html")]
pub struct FloorPage {
    pub page: Layout,
    pub csrf: String,
    pub session_id: i64,
    pub title: String,
    pub title_lang: String,
    pub when: String,
    pub moderator: bool,
    pub organiser: bool,
    pub by_votes: bool,
    /// The language the question list is narrowed to, for the sort links.
    pub lang_query: String,
    pub language_filter: Option<LanguageFilter>,
    pub speaking: Option<SpeakerView>,
    pub queue: Vec<RequestView>,
    /// The person's place in the queue, when waiting.
    pub my_place: Option<usize>,
    pub rule: String,
    pub questions: Vec<QuestionView>,
    /// Pending and hidden questions, for moderators.
    pub moderation: Vec<QuestionView>,
    pub answered: Vec<QuestionView>,
    pub language_picker: LanguagePicker,
    pub moderated: bool,
    pub anonymous_allowed: bool,
    pub orders: Vec<(&'static str, String, bool)>,
    pub limit_seconds: String,
    pub summary: String,
    pub summary_paragraphs: Vec<String>,
    pub polls: Vec<super::polls::PollView>,
}

pub async fn floor_page(
    State(state): State<AppState>,
    Current(c): Current,
    Me(me): Me,
    Path(id): Path<i64>,
    Query(query): Query<FloorQuery>,
) -> PageResult {
    let tr = tr();
    let f = actions::floor_of(&state, &c, &me, id).await?;
    let floor = state.store.floor(id).await?;
    let votes = match me.person_id {
        Some(p) => state.store.my_votes(id, p).await?,
        None => Vec::new(),
    };
    let now = Timestamp::now();
    let mut questions: Vec<Question> = floor
        .questions
        .iter()
        .filter(|q| q.status != QuestionStatus::Merged)
        .cloned()
        .collect();
    sort_questions(&mut questions, query.sort());
    let sort = match query.sort() {
        QuestionSort::Newest => "sort=new&",
        QuestionSort::Votes => "sort=votes&",
    };
    let language_filter = LanguageFilter::new(
        tr,
        questions
            .iter()
            .filter(|q| !q.answered)
            .map(|q| q.text_lang.as_str()),
        query.lang(),
        sort,
        "questions",
    );
    if let Some(lang) = query.lang() {
        questions.retain(|q| q.text_lang == lang);
    }
    let view = |q: &Question| question_view(tr, q, me.person_id, &votes);
    let own = |q: &&Question| me.person_id.is_some() && q.author_id == me.person_id;
    let viewer = QueueViewer {
        moderator: f.moderator,
        person_id: me.person_id,
    };
    let queue = queue_views(tr, &floor, viewer, |r| page_name(tr, r, viewer));
    let s = &floor.settings;
    let (polls, answered) = crate::app::polls::polls(&state, &me, id).await?;
    let polls = polls
        .iter()
        .map(|p| {
            super::polls::poll_view(
                p,
                answered.contains(&p.id),
                f.moderator,
                me.person_id.is_some(),
            )
        })
        .collect();
    render(&FloorPage {
        page: Layout::for_consultation(
            tr,
            &c,
            format!("{} · {}", tr.t("floor-title"), f.session.title),
            "program",
        ),
        csrf: me.csrf_token.clone(),
        session_id: id,
        title: f.session.title.clone(),
        title_lang: f.session.text_lang.clone(),
        when: format!(
            "{} · {}",
            tr.day_short(c.local_date(f.session.starts_at)),
            tr.time_range(f.session.starts_at, f.session.ends_at, &c.time_zone)
        ),
        moderator: f.moderator,
        organiser: me.role == Role::Organiser,
        by_votes: query.sort() == QuestionSort::Votes,
        lang_query: query
            .lang()
            .map(|l| format!("&lang={l}"))
            .unwrap_or_default(),
        language_filter,
        speaking: speaker_view(tr, &c, &floor, viewer, |r| page_name(tr, r, viewer), now),
        my_place: queue.iter().find(|r| r.mine).map(|r| r.place),
        queue,
        rule: rule_text(tr, s.order),
        questions: questions
            .iter()
            .filter(|q| !q.answered)
            .filter(|q| q.status == QuestionStatus::Visible || own(q))
            .map(view)
            .collect(),
        moderation: if f.moderator {
            questions
                .iter()
                .filter(|q| q.status != QuestionStatus::Visible)
                .map(view)
                .collect()
        } else {
            Vec::new()
        },
        answered: questions
            .iter()
            .filter(|q| q.answered && q.status == QuestionStatus::Visible)
            .map(view)
            .collect(),
        language_picker: LanguagePicker::new(tr, &c),
        moderated: s.moderated,
        anonymous_allowed: s.anonymous_allowed,
        orders: QueueOrder::ALL
            .into_iter()
            .map(|o| (o.as_str(), rule_text(tr, o), o == s.order))
            .collect(),
        limit_seconds: s.speaking_limit.map(|l| l.to_string()).unwrap_or_default(),
        summary_paragraphs: paragraphs(&floor.summary.text),
        summary: floor.summary.text,
        polls,
    })
}

/// How long the screen keeps showing a poll's final results.
const POLL_SHOWN_CLOSED_SECONDS: i64 = 15 * 60;

#[derive(Template)]
#[template(path = "floor_screen.html")]
pub struct FloorScreenPage {
    pub page: Layout,
    pub session_id: i64,
    pub title: String,
    pub title_lang: String,
    /// The session's people as the program names them.
    pub facilitators: Vec<String>,
    pub speakers: Vec<String>,
    pub speaking: Option<SpeakerView>,
    pub next: Vec<RequestView>,
    pub waiting: usize,
    pub rule: String,
    pub questions: Vec<QuestionView>,
    pub join_url: String,
    pub join_qr: String,
    /// The newest poll, with its results.
    pub poll: Option<super::polls::PollView>,
}

/// The projector's view of a session: who speaks, who is next, the
/// questions the room cares about most. Names only with consent; question
/// authors never.
pub async fn screen(
    State(state): State<AppState>,
    Current(c): Current,
    Me(me): Me,
    Path(id): Path<i64>,
    headers: axum::http::HeaderMap,
) -> PageResult {
    let tr = tr();
    let f = actions::floor_of(&state, &c, &me, id).await?;
    let floor = state.store.floor(id).await?;
    let mut questions: Vec<Question> = floor
        .questions
        .iter()
        .filter(|q| q.status == QuestionStatus::Visible && !q.answered)
        .cloned()
        .collect();
    sort_questions(&mut questions, QuestionSort::Votes);
    let mut next = queue_views(tr, &floor, SCREEN, |r| screen_name(tr, r));
    let waiting = next.len();
    next.truncate(3);
    let join_url = format!(
        "{}/sessions/{id}/floor",
        super::exports::base_url(&state, &headers)
    );
    render(&FloorScreenPage {
        page: Layout::for_consultation(tr, &c, f.session.title.clone(), "program"),
        session_id: id,
        title: f.session.title.clone(),
        title_lang: f.session.text_lang.clone(),
        facilitators: f
            .session
            .facilitators
            .iter()
            .map(|p| p.display_name.clone())
            .collect(),
        speakers: f
            .session
            .speakers
            .iter()
            .map(|p| p.display_name.clone())
            .collect(),
        speaking: speaker_view(
            tr,
            &c,
            &floor,
            SCREEN,
            |r| screen_name(tr, r),
            Timestamp::now(),
        ),
        next,
        waiting,
        rule: rule_text(tr, floor.settings.order),
        questions: questions
            .iter()
            .take(5)
            .map(|q| QuestionView {
                author: String::new(),
                ..question_view(tr, q, None, &[])
            })
            .collect(),
        join_qr: super::invitations::qr_svg(&join_url)?,
        join_url,
        // The newest poll while open, and its final results for a while.
        poll: state
            .store
            .polls(id)
            .await?
            .first()
            .filter(|p| {
                p.closed_at
                    .is_none_or(|at| Timestamp::now().as_second() - at < POLL_SHOWN_CLOSED_SECONDS)
            })
            .map(|p| super::polls::poll_view(p, false, true, false)),
    })
}

// ------------------------------------------------------------ form handlers

fn back_to(session_id: i64, anchor: &str) -> Response {
    Redirect::to(&format!("/sessions/{session_id}/floor#{anchor}")).into_response()
}

fn checked(value: &Option<String>) -> bool {
    matches!(value.as_deref(), Some("yes" | "on" | "true"))
}

#[derive(serde::Deserialize)]
pub struct QuestionForm {
    #[serde(default)]
    text: String,
    #[serde(default)]
    language: String,
    #[serde(default)]
    anonymous: Option<String>,
}

pub async fn post_question(
    State(state): State<AppState>,
    Current(c): Current,
    Me(me): Me,
    Path(id): Path<i64>,
    axum::Form(form): axum::Form<QuestionForm>,
) -> Result<Response, AppError> {
    let q = actions::ask_question(
        &state,
        &c,
        &me,
        id,
        &form.text,
        &form.language,
        checked(&form.anonymous),
    )
    .await?;
    Ok(back_to(id, &format!("question-{q}")))
}

#[derive(serde::Deserialize)]
pub struct VoteForm {
    #[serde(default)]
    vote: Option<String>,
}

pub async fn post_vote(
    State(state): State<AppState>,
    Current(c): Current,
    Me(me): Me,
    Path(qid): Path<i64>,
    axum::Form(form): axum::Form<VoteForm>,
) -> Result<Response, AppError> {
    let yes = form.vote.as_deref() != Some("no");
    let session = actions::vote(&state, &c, &me, qid, yes).await?;
    Ok(back_to(session, &format!("question-{qid}")))
}

#[derive(serde::Deserialize)]
pub struct ModerateForm {
    action: Moderation,
}

pub async fn post_moderate(
    State(state): State<AppState>,
    Current(c): Current,
    Me(me): Me,
    Path(qid): Path<i64>,
    axum::Form(form): axum::Form<ModerateForm>,
) -> Result<Response, AppError> {
    let session = actions::moderate(&state, &c, &me, qid, form.action).await?;
    Ok(back_to(session, "questions"))
}

#[derive(serde::Deserialize)]
pub struct MergeForm {
    into: i64,
}

pub async fn post_merge(
    State(state): State<AppState>,
    Current(c): Current,
    Me(me): Me,
    Path(qid): Path<i64>,
    axum::Form(form): axum::Form<MergeForm>,
) -> Result<Response, AppError> {
    let session = actions::merge(&state, &c, &me, qid, form.into).await?;
    Ok(back_to(session, &format!("question-{}", form.into)))
}

pub async fn post_trace(
    State(state): State<AppState>,
    Current(c): Current,
    Me(me): Me,
    Path(qid): Path<i64>,
) -> PageResult {
    let author = actions::trace(&state, &c, &me, qid).await?;
    let tr = tr();
    let body = match author {
        Some((_, name)) => tr.t_with("floor-trace-result", "name", name),
        None => tr.t("floor-trace-erased"),
    };
    render(&super::views::MessagePage {
        body,
        ..super::views::MessagePage::new("floor-trace-title", "floor-trace-title")
    })
}

#[derive(serde::Deserialize)]
pub struct SpeakForm {
    #[serde(default)]
    note: String,
    #[serde(default)]
    language: String,
    #[serde(default)]
    point_of_order: Option<String>,
}

pub async fn post_speak(
    State(state): State<AppState>,
    Current(c): Current,
    Me(me): Me,
    Path(id): Path<i64>,
    axum::Form(form): axum::Form<SpeakForm>,
) -> Result<Response, AppError> {
    actions::ask_to_speak(
        &state,
        &c,
        &me,
        id,
        &form.note,
        &form.language,
        checked(&form.point_of_order),
    )
    .await?;
    Ok(back_to(id, "queue"))
}

pub async fn post_withdraw(
    State(state): State<AppState>,
    Current(c): Current,
    Me(me): Me,
    Path(id): Path<i64>,
) -> Result<Response, AppError> {
    actions::withdraw(&state, &c, &me, id).await?;
    Ok(back_to(id, "queue"))
}

pub async fn post_next(
    State(state): State<AppState>,
    Current(c): Current,
    Me(me): Me,
    Path(id): Path<i64>,
) -> Result<Response, AppError> {
    actions::call(&state, &c, &me, id, None).await?;
    Ok(back_to(id, "queue"))
}

pub async fn post_end_turn(
    State(state): State<AppState>,
    Current(c): Current,
    Me(me): Me,
    Path(id): Path<i64>,
) -> Result<Response, AppError> {
    actions::end_turn(&state, &c, &me, id).await?;
    Ok(back_to(id, "queue"))
}

#[derive(serde::Deserialize)]
pub struct RequestForm {
    action: QueueAction,
}

pub async fn post_request(
    State(state): State<AppState>,
    Current(c): Current,
    Me(me): Me,
    Path((id, request)): Path<(i64, i64)>,
    axum::Form(form): axum::Form<RequestForm>,
) -> Result<Response, AppError> {
    actions::manage_request(&state, &c, &me, id, request, form.action).await?;
    Ok(back_to(id, "queue"))
}

#[derive(serde::Deserialize)]
pub struct SettingsForm {
    #[serde(default)]
    moderated: Option<String>,
    #[serde(default)]
    anonymous_allowed: Option<String>,
    #[serde(default)]
    order: String,
    /// Seconds; empty for no limit.
    #[serde(default)]
    limit: String,
}

pub async fn post_settings(
    State(state): State<AppState>,
    Current(c): Current,
    Me(me): Me,
    Path(id): Path<i64>,
    axum::Form(form): axum::Form<SettingsForm>,
) -> Result<Response, AppError> {
    let settings = actions::settings_from(
        &form.order,
        &form.limit,
        checked(&form.moderated),
        checked(&form.anonymous_allowed),
    )?;
    actions::save_settings(&state, &c, &me, id, settings).await?;
    Ok(back_to(id, "settings"))
}

#[derive(serde::Deserialize)]
pub struct SummaryForm {
    #[serde(default)]
    summary: String,
    #[serde(default)]
    language: String,
}

pub async fn post_summary(
    State(state): State<AppState>,
    Current(c): Current,
    Me(me): Me,
    Path(id): Path<i64>,
    axum::Form(form): axum::Form<SummaryForm>,
) -> Result<Response, AppError> {
    actions::save_summary(&state, &c, &me, id, &form.summary, &form.language).await?;
    Ok(back_to(id, "summary"))
}
