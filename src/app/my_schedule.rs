//! A person's own schedule: the *Remember* star, the schedule itself, and
//! their personal calendar feed (an address only they hold, which they
//! can reset).

use jiff::Timestamp;

use super::{AppState, person};
use crate::{
    auth::Principal,
    domain::{
        Consultation, Viewer,
        my_schedule::{self, Entry, MyTables},
    },
    error::AppError,
};

/// Remembers a session the person may see, or forgets it.
pub async fn remember(
    state: &AppState,
    c: &Consultation,
    me: &Principal,
    session_id: i64,
    remember: bool,
) -> Result<(), AppError> {
    let person = person(me)?;
    state
        .store
        .session(c.id, session_id, me.role.viewer())
        .await?
        .ok_or(AppError::NotFound)?;
    state
        .store
        .remember_session(person, session_id, remember, Timestamp::now())
        .await?;
    Ok(())
}

/// The schedule of a person, in time order.
pub async fn schedule(
    state: &AppState,
    c: &Consultation,
    person_id: i64,
) -> Result<Vec<Entry>, AppError> {
    // Read unfiltered: only the person's own entries come out, and they
    // name nobody else.
    let sessions = state.store.sessions(c.id, Viewer::Organiser).await?;
    let remembered = state.store.remembered_sessions(person_id).await?;
    let board = state.store.board(c.id).await?;
    let mine = state.store.my_board(c.id, person_id).await?;
    let tables = MyTables {
        seats: mine.seats.into_iter().collect(),
        waiting: mine.waiting,
    };
    Ok(my_schedule::schedule(
        person_id,
        &sessions,
        &remembered,
        &board,
        &tables,
    ))
}

/// The address token of the person's calendar feed.
pub async fn feed_token(state: &AppState, me: &Principal) -> Result<String, AppError> {
    Ok(state.store.calendar_token(person(me)?).await?)
}

/// A new address for the feed; the old one stops answering.
pub async fn reset_feed(
    state: &AppState,
    c: &Consultation,
    me: &Principal,
) -> Result<(), AppError> {
    state.store.reset_calendar_token(person(me)?).await?;
    state
        .audit(c.id, me, "reset their calendar address", "")
        .await
}

/// Whose feed an address opens, in the current consultation.
pub async fn feed_owner(state: &AppState, token: &str) -> Result<(Consultation, i64), AppError> {
    let c = state.consultation().await?;
    match state.store.calendar_owner(token).await? {
        Some((consultation, person)) if consultation == c.id => Ok((c, person)),
        _ => Err(AppError::NotFound),
    }
}
