//! Signing in and out: a single-use link (a person's or a screen's), an
//! organiser's password, and ending sessions. A session is a random token
//! the browser keeps; only its hash is stored.

use jiff::{SignedDuration, Timestamp};

use super::AppState;
use crate::{
    auth::{Principal, Role, token},
    domain::Consultation,
    error::AppError,
};

/// How long a session lasts without signing in again.
pub const SESSION_DAYS: i64 = 30;

/// A new session: the token to give the browser.
pub struct NewSession(pub String);

fn session_expiry(now: Timestamp) -> Timestamp {
    now.saturating_add(SignedDuration::from_hours(24 * SESSION_DAYS))
        .unwrap_or(now)
}

/// Redeems a sign-in link (a person's, else a screen's); `None` when it
/// never existed, was used, revoked or has expired, alike. Someone already
/// signed in on the device is signed out of their session.
pub async fn with_link(
    state: &AppState,
    me: &Principal,
    raw: &str,
) -> Result<Option<NewSession>, AppError> {
    let now = Timestamp::now();
    let (session_token, session_hash) = token::generate();
    let (csrf, _) = token::generate();
    let expires = session_expiry(now);
    let hash = token::hash(raw);
    let mut principal = state
        .store
        .redeem_sign_in_link(&hash, &session_hash, &csrf, now, expires)
        .await?;
    if principal.is_none() {
        principal = state
            .store
            .redeem_screen_link(&hash, &session_hash, &csrf, now, expires)
            .await?;
    }
    let Some(principal) = principal else {
        return Ok(None);
    };
    if let Some(previous) = me.session_id {
        state.store.end_session(previous).await?;
    }
    if principal.role == Role::Organiser
        && let Some(c) = state.store.current_consultation().await?
    {
        state
            .store
            .audit(
                c.id,
                principal.person_id,
                &principal.name,
                "signed in",
                "with a sign-in link",
                now,
            )
            .await?;
    }
    Ok(Some(NewSession(session_token)))
}

/// Signs an organiser in with their name and password; `None` for a wrong
/// name or a wrong password alike, answered in the same time.
pub async fn with_password(
    state: &AppState,
    c: &Consultation,
    me: &Principal,
    name: &str,
    password: String,
) -> Result<Option<NewSession>, AppError> {
    let found = state.store.organiser_password(c.id, name.trim()).await?;
    let person_id = found.as_ref().map(|(id, _)| *id);
    let ok = crate::auth::password::verify(password, found.map(|(_, hash)| hash)).await;
    let Some(person_id) = person_id.filter(|_| ok) else {
        tracing::info!("password sign-in refused");
        return Ok(None);
    };
    let now = Timestamp::now();
    let (session_token, session_hash) = token::generate();
    let (csrf, _) = token::generate();
    state
        .store
        .open_session(
            c.id,
            Some(person_id),
            Role::Organiser,
            &session_hash,
            &csrf,
            now,
            session_expiry(now),
        )
        .await?;
    if let Some(previous) = me.session_id {
        state.store.end_session(previous).await?;
    }
    state
        .store
        .audit(
            c.id,
            Some(person_id),
            name.trim(),
            "signed in",
            "with a password",
            now,
        )
        .await?;
    Ok(Some(NewSession(session_token)))
}

/// Ends this session.
pub async fn sign_out(state: &AppState, me: &Principal) -> Result<(), AppError> {
    if let Some(id) = me.session_id {
        state.store.end_session(id).await?;
    }
    Ok(())
}

/// Ends every session of the person, on every device.
pub async fn sign_out_everywhere(state: &AppState, me: &Principal) -> Result<(), AppError> {
    if let Some(person) = me.person_id {
        state.store.end_all_sessions(person).await?;
    }
    Ok(())
}
