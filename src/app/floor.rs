//! The floor's actions: questions and votes, moderation, the speaking
//! queue, the session's floor settings and summary.

use jiff::Timestamp;

use super::{AppState, live::Scope, person};
use crate::{
    auth::{Principal, Role},
    domain::{
        Consultation, Session,
        floor::{
            FloorSettings, QuestionInput, QuestionStatus, QueueOrder, RequestInput, SUMMARY_MAX,
        },
    },
    error::{AppError, Words},
    store::{AskOutcome, CallOutcome, MergeOutcome, VoteOutcome},
};

/// The session a floor action is about, and whether the person moderates it
/// (an organiser, or one of the session's facilitators).
pub struct FloorOf {
    pub session: Session,
    pub moderator: bool,
}

pub async fn floor_of(
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
pub(super) async fn moderated_floor(
    state: &AppState,
    c: &Consultation,
    me: &Principal,
    session_id: i64,
) -> Result<FloorOf, AppError> {
    let f = floor_of(state, c, me, session_id).await?;
    if !f.moderator {
        return Err(AppError::forbidden(Words::new("error-not-a-moderator")));
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

pub async fn ask_question(
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
    let input = QuestionInput::new(text, &language_or_default(lang, c)).map_err(AppError::from)?;
    let settings = state.store.floor_settings(session_id).await?;
    if anonymous && !settings.anonymous_allowed {
        return Err(AppError::bad_request(Words::new(
            "error-no-anonymous-questions",
        )));
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

pub async fn vote(
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
            return Err(AppError::conflict(Words::new("error-voted-already")));
        }
        VoteOutcome::NotOpen => {
            return Err(AppError::conflict(Words::new("error-question-not-open")));
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

pub async fn moderate(
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
        return Err(AppError::conflict(Words::new("error-question-merged")));
    }
    announce(state, q.session_id);
    Ok(q.session_id)
}

pub async fn merge(
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
        MergeOutcome::Refused => Err(AppError::conflict(Words::new("error-merge-refused"))),
    }
}

/// An organiser learns who wrote a question, anonymous or not; audited.
pub async fn trace(
    state: &AppState,
    c: &Consultation,
    me: &Principal,
    question_id: i64,
) -> Result<Option<(i64, String)>, AppError> {
    if me.role != Role::Organiser {
        return Err(AppError::forbidden(Words::new("error-trace-organisers")));
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

pub async fn ask_to_speak(
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
        .map_err(AppError::from)?;
    match state
        .store
        .ask_to_speak(session_id, who, &input, Timestamp::now())
        .await?
    {
        AskOutcome::Queued { position } => {
            announce(state, session_id);
            Ok(position)
        }
        AskOutcome::AlreadyQueued => Err(AppError::conflict(Words::new("error-queued-already"))),
    }
}

pub async fn withdraw(
    state: &AppState,
    c: &Consultation,
    me: &Principal,
    session_id: i64,
) -> Result<(), AppError> {
    let who = person(me)?;
    floor_of(state, c, me, session_id).await?;
    if !state.store.withdraw_request(session_id, who).await? {
        return Err(AppError::conflict(Words::new("error-not-queued")));
    }
    announce(state, session_id);
    Ok(())
}

/// Gives the floor to the next in the queue, or to one request.
pub async fn call(
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
        CallOutcome::EmptyQueue => Err(AppError::conflict(Words::new("error-queue-empty"))),
        CallOutcome::NotWaiting => Err(AppError::conflict(Words::new("error-no-longer-waiting"))),
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

pub async fn manage_request(
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
        return Err(AppError::conflict(Words::new("error-no-longer-waiting")));
    }
    announce(state, session_id);
    Ok(())
}

pub async fn end_turn(
    state: &AppState,
    c: &Consultation,
    me: &Principal,
    session_id: i64,
) -> Result<(), AppError> {
    moderated_floor(state, c, me, session_id).await?;
    if !state.store.end_turn(session_id, Timestamp::now()).await? {
        return Err(AppError::conflict(Words::new("error-nobody-speaking")));
    }
    announce(state, session_id);
    Ok(())
}

pub async fn save_settings(
    state: &AppState,
    c: &Consultation,
    me: &Principal,
    session_id: i64,
    settings: FloorSettings,
) -> Result<(), AppError> {
    moderated_floor(state, c, me, session_id).await?;
    settings.check().map_err(AppError::from)?;
    state
        .store
        .save_floor_settings(session_id, &settings)
        .await?;
    announce(state, session_id);
    Ok(())
}

pub async fn save_summary(
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
        return Err(AppError::bad_request(
            Words::new("error-summary-too-long")
                .with("len", len)
                .with("max", SUMMARY_MAX),
        ));
    }
    let lang =
        crate::domain::LanguageTag::parse(&language_or_default(lang, c)).map_err(AppError::from)?;
    state
        .store
        .save_summary(session_id, text.trim(), lang.as_str(), Timestamp::now())
        .await?;
    announce(state, session_id);
    Ok(())
}

/// Floor settings from what a facilitator typed: an order by name, a
/// speaking limit in seconds (empty or 0 for none).
pub fn settings_from(
    order: &str,
    limit: &str,
    moderated: bool,
    anonymous_allowed: bool,
) -> Result<FloorSettings, AppError> {
    let order = if order.trim().is_empty() {
        QueueOrder::Arrival
    } else {
        QueueOrder::parse(order).map_err(AppError::from)?
    };
    let speaking_limit = match limit.trim() {
        "" | "0" => None,
        text => Some(text.parse::<i64>().map_err(|_| {
            AppError::bad_request(Words::new("error-speaking-time").with("text", text))
        })?),
    };
    Ok(FloorSettings {
        moderated,
        anonymous_allowed,
        order,
        speaking_limit,
    })
}
