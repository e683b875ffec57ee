//! The organisers' settings: the program's visibility, who organises,
//! screens, API tokens and the retention date. Each is audited.

use crate::error::Words;
use jiff::Timestamp;

use super::AppState;
use crate::{auth::Principal, domain::Consultation, error::AppError, store::RemoveOrganiser};

/// Opens the program to anonymous visitors, or closes it.
pub async fn set_program_public(
    state: &AppState,
    c: &Consultation,
    me: &Principal,
    public: bool,
) -> Result<(), AppError> {
    state.store.set_program_public(c.id, public).await?;
    let detail = match public {
        true => "public",
        false => "signed-in people only",
    };
    state
        .audit(c.id, me, "set the program's visibility", detail)
        .await
}

/// One organiser removes another (or themselves); never the last one.
pub async fn remove_organiser(
    state: &AppState,
    c: &Consultation,
    me: &Principal,
    id: i64,
) -> Result<(), AppError> {
    let outcome = state
        .store
        .remove_organiser(c.id, id, me.actor(), Timestamp::now())
        .await?;
    match outcome {
        RemoveOrganiser::Removed => Ok(()),
        RemoveOrganiser::NotFound => Err(AppError::NotFound),
        RemoveOrganiser::LastOrganiser => Err(AppError::conflict(Words::new(
            "error-last-organiser-remove",
        ))),
    }
}

/// How long a screen link may wait to be opened, and a screen stays signed in.
const SCREEN_LINK_HOURS: i64 = 24;

/// Creates a single-use link that turns a device (the projector's laptop)
/// into a screen: read-only, with no personal data. Returns its token.
pub async fn create_screen_link(
    state: &AppState,
    c: &Consultation,
    me: &Principal,
    label: &str,
) -> Result<String, AppError> {
    let token = crate::issue_screen_link(&state.store, c.id, label, SCREEN_LINK_HOURS).await?;
    state
        .audit(c.id, me, "created a screen link", label.trim())
        .await?;
    Ok(token)
}

/// Signs every screen out, for when a projector's laptop leaves the room.
pub async fn end_screens(
    state: &AppState,
    c: &Consultation,
    me: &Principal,
) -> Result<(), AppError> {
    let n = state.store.end_screen_sessions(c.id).await?;
    state
        .audit(c.id, me, "signed out every screen", &format!("{n} screens"))
        .await
}

/// Sets the day personal data is erased (YYYY-MM-DD), or clears it with an
/// empty date.
pub async fn set_retention(
    state: &AppState,
    c: &Consultation,
    me: &Principal,
    date: &str,
) -> Result<(), AppError> {
    let date = date.trim();
    let until = if date.is_empty() {
        None
    } else {
        let day: jiff::civil::Date = date.parse().map_err(|_| {
            AppError::bad_request(Words::new("error-not-a-date").with("value", date))
        })?;
        Some(
            crate::domain::privacy::retention_instant(day, c.end_date, &c.time_zone)
                .map_err(AppError::from)?,
        )
    };
    state.store.set_retention(c.id, until).await?;
    let detail = if date.is_empty() { "none" } else { date };
    state
        .audit(c.id, me, "set the retention date", detail)
        .await
}

/// Issues a bearer token for the JSON API, acting as this organiser.
/// Returns the token: it is shown once and only its hash is kept.
pub async fn create_api_token(
    state: &AppState,
    c: &Consultation,
    me: &Principal,
    label: &str,
) -> Result<String, AppError> {
    let organiser = me
        .person_id
        .ok_or_else(|| AppError::Forbidden("API tokens act as an organiser".into()))?;
    let (token, hash) = crate::auth::token::generate();
    state
        .store
        .create_api_token(c.id, organiser, label, &hash, Timestamp::now())
        .await?;
    state
        .audit(c.id, me, "issued an API token", label.trim())
        .await?;
    Ok(token)
}

/// Revokes an API token.
pub async fn revoke_api_token(
    state: &AppState,
    c: &Consultation,
    me: &Principal,
    id: i64,
) -> Result<(), AppError> {
    if !state
        .store
        .revoke_api_token(c.id, id, Timestamp::now())
        .await?
    {
        return Err(AppError::NotFound);
    }
    state
        .audit(c.id, me, "revoked an API token", &id.to_string())
        .await
}
