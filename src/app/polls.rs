//! Live polls on a session's floor: its moderators open and close them,
//! participants answer once, anonymously.

use jiff::Timestamp;

use super::{
    AppState,
    floor::{floor_of, moderated_floor},
    live::Scope,
    person,
};
use crate::{
    auth::Principal,
    domain::{
        Consultation,
        poll::{self, Poll, PollInput},
    },
    error::{AppError, Words},
    store::Answered,
};

/// A poll as the form and the API send it.
#[derive(serde::Deserialize, utoipa::ToSchema)]
pub struct PollForm {
    pub question: String,
    /// "single", "multiple" or "words".
    pub kind: String,
    /// The choices, one per line (none for "words").
    #[serde(default)]
    pub choices: String,
    /// Language of the question and choices (BCP 47).
    #[serde(default)]
    pub language: String,
}

/// Opens a poll on a session's floor (its moderators). Returns its id.
pub async fn open(
    state: &AppState,
    c: &Consultation,
    me: &Principal,
    session_id: i64,
    form: &PollForm,
) -> Result<i64, AppError> {
    moderated_floor(state, c, me, session_id).await?;
    let language = match form.language.trim() {
        "" => c.languages.first().map_or("en", String::as_str),
        given => given,
    };
    let input = PollInput::new(&form.question, language, &form.kind, &form.choices)?;
    let id = state
        .store
        .open_poll(session_id, &input, Timestamp::now())
        .await?;
    state
        .audit(c.id, me, "opened a poll", &input.question)
        .await?;
    state.live.changed(Scope::Floor(session_id));
    Ok(id)
}

/// The poll and its session, checked to be of this consultation.
async fn poll_of(
    state: &AppState,
    c: &Consultation,
    me: &Principal,
    poll_id: i64,
) -> Result<(i64, Poll), AppError> {
    let session_id = state
        .store
        .poll_session(poll_id)
        .await?
        .ok_or(AppError::NotFound)?;
    floor_of(state, c, me, session_id).await?;
    let poll = state
        .store
        .polls(session_id)
        .await?
        .into_iter()
        .find(|p| p.id == poll_id)
        .ok_or(AppError::NotFound)?;
    Ok((session_id, poll))
}

/// Closes a poll: its results are final, every count shown.
pub async fn close(
    state: &AppState,
    c: &Consultation,
    me: &Principal,
    poll_id: i64,
) -> Result<i64, AppError> {
    let (session_id, poll) = poll_of(state, c, me, poll_id).await?;
    moderated_floor(state, c, me, session_id).await?;
    if state.store.close_poll(poll_id, Timestamp::now()).await? {
        state
            .audit(c.id, me, "closed a poll", &poll.question)
            .await?;
        state.live.changed(Scope::Floor(session_id));
    }
    Ok(session_id)
}

/// Counts a participant's answer, once. Returns the poll's session.
pub async fn answer(
    state: &AppState,
    c: &Consultation,
    me: &Principal,
    poll_id: i64,
    given: &[String],
) -> Result<i64, AppError> {
    let who = person(me)?;
    let (session_id, poll) = poll_of(state, c, me, poll_id).await?;
    if poll.closed {
        return Err(AppError::conflict(Words::new("error-poll-closed")));
    }
    let keys = poll::answer(&poll, given)?;
    match state.store.answer_poll(poll_id, who, &keys).await? {
        Answered::Counted => state.live.changed(Scope::Floor(session_id)),
        Answered::Already => {
            return Err(AppError::conflict(Words::new("error-poll-answered")));
        }
        Answered::Closed => return Err(AppError::conflict(Words::new("error-poll-closed"))),
        Answered::NotFound => return Err(AppError::NotFound),
    }
    Ok(session_id)
}

/// A session's polls, and which of them the person answered.
pub async fn polls(
    state: &AppState,
    me: &Principal,
    session_id: i64,
) -> Result<(Vec<Poll>, Vec<i64>), AppError> {
    let polls = state.store.polls(session_id).await?;
    let answered = match me.person_id {
        Some(p) if !polls.is_empty() => state.store.polls_answered(session_id, p).await?,
        _ => Vec::new(),
    };
    Ok((polls, answered))
}
