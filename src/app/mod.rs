//! The actions: one function for each thing a person can do (join a table,
//! ask a question, edit a session…). Each takes who acts and what they ask,
//! checks what the access table cannot (is this their topic? do they
//! moderate this floor?), calls the store, writes the audit entry,
//! announces the change to live pages and returns a typed outcome. The
//! pages (`web/`) and the JSON API (`api/`) are adapters above this layer:
//! they parse a request, call an action and render its outcome.

pub mod admin;
pub mod corridor_tables;
pub mod directory;
pub mod floor;
pub mod limits;
pub mod live;
pub mod mail_invitations;
pub mod my_schedule;
pub mod open_space;
pub mod organisations;
pub mod people;
pub mod polls;
pub mod program;
pub mod questionnaires;
pub mod report;
pub mod routes;
pub mod sign_in;

use crate::error::Words;
use std::sync::Arc;

use jiff::Timestamp;

use crate::{
    auth::{Principal, Role},
    domain::{Consultation, Viewer, open_space::OpenTable},
    error::AppError,
    recent::Recent,
    store::Store,
};

/// How long a round's tables with room are reused for "full" answers.
pub const OPEN_TABLES_KEPT_FOR: std::time::Duration = std::time::Duration::from_millis(250);

/// What every action works with: the store, the live announcements, and
/// the server's settings.
#[derive(Clone)]
pub struct AppState {
    pub store: Store,
    /// Configured public address; `None` derives it from each request.
    pub public_url: Option<String>,
    /// Mark the session cookie `Secure` (served over TLS, directly or behind a proxy).
    pub secure_cookies: bool,
    /// Proxies whose `X-Forwarded-For` is believed.
    pub trusted_proxies: Arc<Vec<std::net::IpAddr>>,
    pub limits: Arc<limits::Limits>,
    pub live: Arc<live::Live>,
    /// Per round, its tables with room, as the "full" answer lists them.
    pub open_tables: Arc<Recent<i64, Vec<OpenTable>>>,
    /// Pages kept as rendered until something changes.
    pub pages: Arc<crate::web::cache::PageCache>,
    /// The mail server invitations go through, when one is configured.
    pub mailer: Option<Arc<crate::mail::Mailer>>,
    /// Wakes the invitations' sender when messages are queued.
    pub mail_queued: Arc<tokio::sync::Notify>,
    /// Wakes the embedding of answers when answers are stored.
    pub answers_stored: Arc<tokio::sync::Notify>,
}

impl AppState {
    /// Tells the background task that answers wait for their embedding.
    pub fn embedder_wake(&self) {
        self.answers_stored.notify_one();
    }

    /// Records an organiser's action in the audit log, now.
    pub async fn audit(
        &self,
        consultation_id: i64,
        me: &Principal,
        action: &str,
        detail: &str,
    ) -> Result<(), AppError> {
        self.store
            .audit(
                consultation_id,
                me.person_id,
                &me.name,
                action,
                detail,
                Timestamp::now(),
            )
            .await?;
        Ok(())
    }

    /// The consultation every request is about; not found before one exists.
    pub async fn consultation(&self) -> Result<Consultation, AppError> {
        self.store
            .current_consultation()
            .await?
            .ok_or(AppError::NotFound)
    }
}

/// The signed-in party (or an anonymous one), as the session middleware
/// resolved it.
pub struct Me(pub Principal);

impl<S: Send + Sync> axum::extract::FromRequestParts<S> for Me {
    type Rejection = std::convert::Infallible;

    async fn from_request_parts(
        parts: &mut axum::http::request::Parts,
        _state: &S,
    ) -> Result<Self, Self::Rejection> {
        Ok(Me(parts
            .extensions
            .get::<Principal>()
            .cloned()
            .unwrap_or_else(Principal::anonymous)))
    }
}

/// Whose eyes the request's answer is filtered for, from its session.
#[derive(Debug, Clone, Copy)]
pub struct CurrentViewer(pub Viewer);

impl<S: Send + Sync> axum::extract::FromRequestParts<S> for CurrentViewer {
    type Rejection = std::convert::Infallible;

    async fn from_request_parts(
        parts: &mut axum::http::request::Parts,
        _state: &S,
    ) -> Result<Self, Self::Rejection> {
        let role = parts
            .extensions
            .get::<Principal>()
            .map_or(Role::Anonymous, |p| p.role);
        Ok(CurrentViewer(role.viewer()))
    }
}

/// The person behind a session; screens and API tokens without a person
/// cannot act as one.
pub fn person(me: &Principal) -> Result<i64, AppError> {
    me.person_id
        .ok_or_else(|| AppError::forbidden(Words::new("error-own-link-only")))
}
