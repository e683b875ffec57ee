//! The floor of a session in the browser: questions and votes, the speaking
//! queue, moderation, the screen view and the summary. Every action is a
//! plain form; the live script refreshes the parts marked `data-live`. The
//! actions are shared with the JSON API, so both apply the same rules.

use super::live::Scope;
use askama::Template;
use axum::{
    extract::{Path, Query, State},
    response::{IntoResponse, Redirect, Response},
};
use jiff::Timestamp;

use super::{
    AppState,
    auth::Me,
    format,
    open_space::person,
    pages::{Current, PageResult, render, tr},
    views::{Layout, language_name, paragraphs},
};
use crate::{
    auth::{Principal, Role},
    domain::{
        Consultation, Session,
        floor::{
            FloorRequest, FloorSettings, Question, QuestionInput, QuestionSort, QuestionStatus,
            QueueOrder, QueueViewer, RequestInput, RequestState, SUMMARY_MAX, order_queue,
            sort_questions, spoken_so_far,
        },
    },
    error::AppError,
    i18n::Tr,
    store::{AskOutcome, CallOutcome, Floor, MergeOutcome, VoteOutcome},
};

// ------------------------------------------------------------ shared actions

/// The session a floor action is about, and whether the person moderates it
/// (an organiser, or one of the session's facilitators).
pub(crate) struct FloorOf {
    pub session: Session,
    pub moderator: bool,
}

pub(crate) async fn floor_of(
    state: &AppState,
    c: &Consultation,
    me: &Principal,
    session_id: i64,
) -> Result<FloorOf, AppError> {
    let session = state
        .store
        .session(c.id, session_id, me.role.viewer())
        .await?
        .ok_or(AppError::NotFound)?;
    let moderator = match (me.role, me.person_id) {
        (Role::Organiser, _) => true,
        (_, Some(p)) => state.store.facilitates(session_id, p).await?,
        _ => false,
    };
    Ok(FloorOf { session, moderator })
}

/// The floor of a session, for an action only its moderators may take.
async fn moderated_floor(
    state: &AppState,
    c: &Consultation,
    me: &Principal,
    session_id: i64,
) -> Result<FloorOf, AppError> {
    let f = floor_of(state, c, me, session_id).await?;
    if !f.moderator {
        return Err(AppError::Forbidden(
            "Only the session's facilitators and the organisers can do this.".into(),
        ));
    }
    Ok(f)
}

/// Tells the pages showing this session's floor.
fn announce(state: &AppState, session_id: i64) {
    state.live.changed(Scope::Floor(session_id));
}

async fn find_question(
    state: &AppState,
    question_id: i64,
) -> Result<crate::store::QuestionRef, AppError> {
    state
        .store
        .question_ref(question_id)
        .await?
        .ok_or(AppError::NotFound)
}

/// A question, checked to be in a session of this consultation.
async fn question_in(
    state: &AppState,
    c: &Consultation,
    me: &Principal,
    question_id: i64,
) -> Result<crate::store::QuestionRef, AppError> {
    let q = find_question(state, question_id).await?;
    floor_of(state, c, me, q.session_id).await?;
    Ok(q)
}

/// A question, for an action only its session's moderators may take.
async fn moderated_question(
    state: &AppState,
    c: &Consultation,
    me: &Principal,
    question_id: i64,
) -> Result<crate::store::QuestionRef, AppError> {
    let q = find_question(state, question_id).await?;
    moderated_floor(state, c, me, q.session_id).await?;
    Ok(q)
}

fn language_or_default(lang: &str, c: &Consultation) -> String {
    if lang.trim().is_empty() {
        c.languages.first().cloned().unwrap_or_else(|| "en".into())
    } else {
        lang.trim().to_owned()
    }
}

pub(crate) async fn ask_question(
    state: &AppState,
    c: &Consultation,
    me: &Principal,
    session_id: i64,
    text: &str,
    lang: &str,
    anonymous: bool,
) -> Result<i64, AppError> {
    let author = person(me)?;
    let f = floor_of(state, c, me, session_id).await?;
    let input = QuestionInput::new(text, &language_or_default(lang, c))
        .map_err(|e| AppError::BadRequest(e.to_string()))?;
    let settings = state.store.floor_settings(session_id).await?;
    if anonymous && !settings.anonymous_allowed {
        return Err(AppError::BadRequest(
            "This session does not take anonymous questions; ask with your name.".into(),
        ));
    }
    let status = if settings.moderated && !f.moderator {
        QuestionStatus::Pending
    } else {
        QuestionStatus::Visible
    };
    let id = state
        .store
        .ask_question(
            session_id,
            author,
            anonymous,
            &input,
            status,
            Timestamp::now(),
        )
        .await?;
    announce(state, session_id);
    Ok(id)
}

pub(crate) async fn vote(
    state: &AppState,
    c: &Consultation,
    me: &Principal,
    question_id: i64,
    yes: bool,
) -> Result<i64, AppError> {
    let voter = person(me)?;
    let q = question_in(state, c, me, question_id).await?;
    // A vote for a merged duplicate goes to the question it was merged into.
    let target = match (q.status, q.merged_into) {
        (QuestionStatus::Merged, Some(into)) => into,
        _ => question_id,
    };
    match state.store.vote(target, voter, yes).await? {
        VoteOutcome::Counted => {}
        VoteOutcome::AlreadyCounted => {
            return Err(AppError::Conflict(
                "You voted for this question already: each person votes once.".into(),
            ));
        }
        VoteOutcome::NotOpen => {
            return Err(AppError::Conflict(
                "This question is not open for votes (it waits for approval or was hidden).".into(),
            ));
        }
    }
    announce(state, q.session_id);
    Ok(q.session_id)
}

/// What a moderator does with a question.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Deserialize, utoipa::ToSchema)]
#[serde(rename_all = "lowercase")]
pub enum Moderation {
    Approve,
    Hide,
    Answered,
    Unanswered,
}

pub(crate) async fn moderate(
    state: &AppState,
    c: &Consultation,
    me: &Principal,
    question_id: i64,
    action: Moderation,
) -> Result<i64, AppError> {
    let q = moderated_question(state, c, me, question_id).await?;
    let now = Timestamp::now();
    let done = match action {
        Moderation::Approve => {
            state
                .store
                .set_question_status(question_id, QuestionStatus::Visible)
                .await?
        }
        Moderation::Hide => {
            state
                .store
                .set_question_status(question_id, QuestionStatus::Hidden)
                .await?
        }
        Moderation::Answered => state.store.mark_answered(question_id, true, now).await?,
        Moderation::Unanswered => state.store.mark_answered(question_id, false, now).await?,
    };
    if !done {
        return Err(AppError::Conflict(
            "This question was merged into another; act on that one.".into(),
        ));
    }
    announce(state, q.session_id);
    Ok(q.session_id)
}

pub(crate) async fn merge(
    state: &AppState,
    c: &Consultation,
    me: &Principal,
    duplicate: i64,
    into: i64,
) -> Result<i64, AppError> {
    let q = moderated_question(state, c, me, duplicate).await?;
    match state.store.merge_question(duplicate, into).await? {
        MergeOutcome::Merged => {
            announce(state, q.session_id);
            Ok(q.session_id)
        }
        MergeOutcome::Refused => Err(AppError::Conflict(
            "Merge a question into another open question of the same session.".into(),
        )),
    }
}

/// An organiser learns who wrote a question, anonymous or not; audited.
pub(crate) async fn trace(
    state: &AppState,
    c: &Consultation,
    me: &Principal,
    question_id: i64,
) -> Result<Option<(i64, String)>, AppError> {
    if me.role != Role::Organiser {
        return Err(AppError::Forbidden(
            "Only organisers can see who wrote a question.".into(),
        ));
    }
    question_in(state, c, me, question_id).await?;
    let author = state.store.question_author(question_id).await?;
    let detail = match &author {
        Some((id, name)) => format!("question {question_id}: person {id} ({name})"),
        None => format!("question {question_id}: author erased"),
    };
    state.audit(c.id, me, "trace-question", &detail).await?;
    Ok(author)
}

pub(crate) async fn ask_to_speak(
    state: &AppState,
    c: &Consultation,
    me: &Principal,
    session_id: i64,
    note: &str,
    lang: &str,
    point_of_order: bool,
) -> Result<i64, AppError> {
    let who = person(me)?;
    floor_of(state, c, me, session_id).await?;
    let input = RequestInput::new(note, &language_or_default(lang, c), point_of_order)
        .map_err(|e| AppError::BadRequest(e.to_string()))?;
    match state
        .store
        .ask_to_speak(session_id, who, &input, Timestamp::now())
        .await?
    {
        AskOutcome::Queued { position } => {
            announce(state, session_id);
            Ok(position)
        }
        AskOutcome::AlreadyQueued => Err(AppError::Conflict(
            "You are already in the queue of this session.".into(),
        )),
    }
}

pub(crate) async fn withdraw(
    state: &AppState,
    c: &Consultation,
    me: &Principal,
    session_id: i64,
) -> Result<(), AppError> {
    let who = person(me)?;
    floor_of(state, c, me, session_id).await?;
    if !state.store.withdraw_request(session_id, who).await? {
        return Err(AppError::Conflict(
            "You are not waiting to speak in this session.".into(),
        ));
    }
    announce(state, session_id);
    Ok(())
}

/// Gives the floor to the next in the queue, or to one request.
pub(crate) async fn call(
    state: &AppState,
    c: &Consultation,
    me: &Principal,
    session_id: i64,
    request: Option<i64>,
) -> Result<i64, AppError> {
    moderated_floor(state, c, me, session_id).await?;
    match state
        .store
        .call_speaker(session_id, request, Timestamp::now())
        .await?
    {
        CallOutcome::Called { request_id } => {
            announce(state, session_id);
            Ok(request_id)
        }
        CallOutcome::EmptyQueue => Err(AppError::Conflict("No one is waiting to speak.".into())),
        CallOutcome::NotWaiting => Err(AppError::Conflict(
            "That person is no longer waiting to speak.".into(),
        )),
    }
}

/// What a facilitator does with one request in the queue.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Deserialize, utoipa::ToSchema)]
#[serde(rename_all = "kebab-case")]
pub enum QueueAction {
    Call,
    Priority,
    NoPriority,
    Remove,
}

pub(crate) async fn manage_request(
    state: &AppState,
    c: &Consultation,
    me: &Principal,
    session_id: i64,
    request_id: i64,
    action: QueueAction,
) -> Result<(), AppError> {
    if action == QueueAction::Call {
        return call(state, c, me, session_id, Some(request_id))
            .await
            .map(|_| ());
    }
    moderated_floor(state, c, me, session_id).await?;
    let store = &state.store;
    let done = match action {
        QueueAction::Priority => {
            store
                .set_request_priority(session_id, request_id, true)
                .await?
        }
        QueueAction::NoPriority => {
            store
                .set_request_priority(session_id, request_id, false)
                .await?
        }
        QueueAction::Remove | QueueAction::Call => {
            store.remove_request(session_id, request_id).await?
        }
    };
    if !done {
        return Err(AppError::Conflict(
            "That person is no longer waiting to speak.".into(),
        ));
    }
    announce(state, session_id);
    Ok(())
}

pub(crate) async fn end_turn(
    state: &AppState,
    c: &Consultation,
    me: &Principal,
    session_id: i64,
) -> Result<(), AppError> {
    moderated_floor(state, c, me, session_id).await?;
    if !state.store.end_turn(session_id, Timestamp::now()).await? {
        return Err(AppError::Conflict("No one has the floor.".into()));
    }
    announce(state, session_id);
    Ok(())
}

pub(crate) async fn save_settings(
    state: &AppState,
    c: &Consultation,
    me: &Principal,
    session_id: i64,
    settings: FloorSettings,
) -> Result<(), AppError> {
    moderated_floor(state, c, me, session_id).await?;
    settings
        .check()
        .map_err(|e| AppError::BadRequest(e.to_string()))?;
    state
        .store
        .save_floor_settings(session_id, &settings)
        .await?;
    announce(state, session_id);
    Ok(())
}

pub(crate) async fn save_summary(
    state: &AppState,
    c: &Consultation,
    me: &Principal,
    session_id: i64,
    text: &str,
    lang: &str,
) -> Result<(), AppError> {
    moderated_floor(state, c, me, session_id).await?;
    let len = text.chars().count();
    if len > SUMMARY_MAX {
        return Err(AppError::BadRequest(format!(
            "The summary is too long ({len} characters, at most {SUMMARY_MAX})."
        )));
    }
    let lang = crate::domain::LanguageTag::parse(&language_or_default(lang, c))
        .map_err(|e| AppError::BadRequest(e.to_string()))?;
    state
        .store
        .save_summary(session_id, text.trim(), lang.as_str(), Timestamp::now())
        .await?;
    announce(state, session_id);
    Ok(())
}

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
        since: format::time(started, &c.time_zone),
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
}

impl FloorQuery {
    fn sort(&self) -> QuestionSort {
        match self.sort.as_deref() {
            Some("new") => QuestionSort::Newest,
            _ => QuestionSort::Votes,
        }
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
    pub speaking: Option<SpeakerView>,
    pub queue: Vec<RequestView>,
    /// The person's place in the queue, when waiting.
    pub my_place: Option<usize>,
    pub rule: String,
    pub questions: Vec<QuestionView>,
    /// Pending and hidden questions, for moderators.
    pub moderation: Vec<QuestionView>,
    pub answered: Vec<QuestionView>,
    pub languages: Vec<(String, String)>,
    pub moderated: bool,
    pub anonymous_allowed: bool,
    pub orders: Vec<(&'static str, String, bool)>,
    pub limit_seconds: String,
    pub summary: String,
    pub summary_paragraphs: Vec<String>,
}

pub async fn floor_page(
    State(state): State<AppState>,
    Current(c): Current,
    Me(me): Me,
    Path(id): Path<i64>,
    Query(query): Query<FloorQuery>,
) -> PageResult {
    let tr = tr();
    let f = floor_of(&state, &c, &me, id).await?;
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
    let view = |q: &Question| question_view(tr, q, me.person_id, &votes);
    let own = |q: &&Question| me.person_id.is_some() && q.author_id == me.person_id;
    let viewer = QueueViewer {
        moderator: f.moderator,
        person_id: me.person_id,
    };
    let queue = queue_views(tr, &floor, viewer, |r| page_name(tr, r, viewer));
    let s = &floor.settings;
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
            format::day_short(c.local_date(f.session.starts_at)),
            format::time_range(f.session.starts_at, f.session.ends_at, &c.time_zone)
        ),
        moderator: f.moderator,
        organiser: me.role == Role::Organiser,
        by_votes: query.sort() == QuestionSort::Votes,
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
        languages: c
            .languages
            .iter()
            .map(|l| (l.clone(), language_name(tr, l)))
            .collect(),
        moderated: s.moderated,
        anonymous_allowed: s.anonymous_allowed,
        orders: QueueOrder::ALL
            .into_iter()
            .map(|o| (o.as_str(), rule_text(tr, o), o == s.order))
            .collect(),
        limit_seconds: s.speaking_limit.map(|l| l.to_string()).unwrap_or_default(),
        summary_paragraphs: paragraphs(&floor.summary.text),
        summary: floor.summary.text,
    })
}

#[derive(Template)]
#[template(path = "floor_screen.html")]
pub struct FloorScreenPage {
    pub page: Layout,
    pub session_id: i64,
    pub title: String,
    pub title_lang: String,
    pub speakers: Vec<String>,
    pub speaking: Option<SpeakerView>,
    pub next: Vec<RequestView>,
    pub waiting: usize,
    pub rule: String,
    pub questions: Vec<QuestionView>,
    pub join_url: String,
    pub join_qr: String,
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
    let f = floor_of(&state, &c, &me, id).await?;
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
    let q = ask_question(
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
    let session = vote(&state, &c, &me, qid, yes).await?;
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
    let session = moderate(&state, &c, &me, qid, form.action).await?;
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
    let session = merge(&state, &c, &me, qid, form.into).await?;
    Ok(back_to(session, &format!("question-{}", form.into)))
}

pub async fn post_trace(
    State(state): State<AppState>,
    Current(c): Current,
    Me(me): Me,
    Path(qid): Path<i64>,
) -> PageResult {
    let author = trace(&state, &c, &me, qid).await?;
    let tr = tr();
    let body = match author {
        Some((_, name)) => tr.t_with("floor-trace-result", "name", name),
        None => tr.t("floor-trace-erased"),
    };
    render(&super::MessagePage {
        body,
        ..super::MessagePage::new("floor-trace-title", "floor-trace-title")
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
    ask_to_speak(
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
    withdraw(&state, &c, &me, id).await?;
    Ok(back_to(id, "queue"))
}

pub async fn post_next(
    State(state): State<AppState>,
    Current(c): Current,
    Me(me): Me,
    Path(id): Path<i64>,
) -> Result<Response, AppError> {
    call(&state, &c, &me, id, None).await?;
    Ok(back_to(id, "queue"))
}

pub async fn post_end_turn(
    State(state): State<AppState>,
    Current(c): Current,
    Me(me): Me,
    Path(id): Path<i64>,
) -> Result<Response, AppError> {
    end_turn(&state, &c, &me, id).await?;
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
    manage_request(&state, &c, &me, id, request, form.action).await?;
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

pub(crate) fn settings_from(
    order: &str,
    limit: &str,
    moderated: bool,
    anonymous_allowed: bool,
) -> Result<FloorSettings, AppError> {
    let order = if order.trim().is_empty() {
        QueueOrder::Arrival
    } else {
        QueueOrder::parse(order).map_err(|e| AppError::BadRequest(e.to_string()))?
    };
    let speaking_limit = match limit.trim() {
        "" | "0" => None,
        text => Some(text.parse::<i64>().map_err(|_| {
            AppError::BadRequest(format!(
                "The speaking time {text:?} is not a number of seconds."
            ))
        })?),
    };
    Ok(FloorSettings {
        moderated,
        anonymous_allowed,
        order,
        speaking_limit,
    })
}

pub async fn post_settings(
    State(state): State<AppState>,
    Current(c): Current,
    Me(me): Me,
    Path(id): Path<i64>,
    axum::Form(form): axum::Form<SettingsForm>,
) -> Result<Response, AppError> {
    let settings = settings_from(
        &form.order,
        &form.limit,
        checked(&form.moderated),
        checked(&form.anonymous_allowed),
    )?;
    save_settings(&state, &c, &me, id, settings).await?;
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
    save_summary(&state, &c, &me, id, &form.summary, &form.language).await?;
    Ok(back_to(id, "summary"))
}
