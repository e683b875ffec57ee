//! One error type for requests: it becomes an HTML page or JSON with the
//! right status, and never leaks internals to the client.

use axum::{
    http::StatusCode,
    response::{Html, IntoResponse, Response},
};

use std::sync::atomic::{AtomicBool, Ordering};

use askama::Template;

use crate::{store::StoreError, web::MessagePage};

#[derive(Debug, thiserror::Error)]
pub enum AppError {
    #[error("not found")]
    NotFound,
    #[error("sign in first")]
    Unauthorized,
    #[error("{0}")]
    Forbidden(String),
    /// Input a person can correct; the message says how.
    #[error("{0}")]
    BadRequest(String),
    /// The request is valid but the state forbids it now (a full table, the
    /// last organiser); the message says what to do instead.
    #[error("{0}")]
    Conflict(String),
    #[error(transparent)]
    Store(#[from] StoreError),
    #[error("{0}")]
    Internal(String),
    #[error("template: {0}")]
    Template(#[from] askama::Error),
}

/// Whether "cannot save" was logged and not yet followed by a write that
/// worked: a full disk fails every request, and is logged once.
static CANNOT_SAVE_LOGGED: AtomicBool = AtomicBool::new(false);

/// Logs that nothing can be saved, the first time only.
pub fn report_cannot_save(reason: &str) {
    if !CANNOT_SAVE_LOGGED.swap(true, Ordering::Relaxed) {
        tracing::error!(
            reason,
            "the server cannot save: every write fails until this is fixed"
        );
    }
}

/// A write probe succeeded: the next failure is news again.
pub fn can_save_again() {
    if CANNOT_SAVE_LOGGED.swap(false, Ordering::Relaxed) {
        tracing::info!("the server can save again");
    }
}

impl AppError {
    /// Why nothing can be saved right now, when that caused this error.
    fn cannot_save(&self) -> Option<&'static str> {
        match self {
            AppError::Store(e) => e.cannot_save(),
            _ => None,
        }
    }

    /// What a person is told when nothing can be saved.
    fn cannot_save_message(reason: &str) -> String {
        format!(
            "The server cannot save right now ({reason}). Nothing was changed; \
             try again in a moment, and tell the organisers if this goes on."
        )
    }

    pub fn status(&self) -> StatusCode {
        if self.cannot_save().is_some() {
            return StatusCode::SERVICE_UNAVAILABLE;
        }
        match self {
            AppError::NotFound => StatusCode::NOT_FOUND,
            AppError::BadRequest(_) => StatusCode::BAD_REQUEST,
            AppError::Unauthorized => StatusCode::UNAUTHORIZED,
            AppError::Forbidden(_) => StatusCode::FORBIDDEN,
            AppError::Conflict(_) => StatusCode::CONFLICT,
            AppError::Store(StoreError::Invalid(_)) => StatusCode::BAD_REQUEST,
            AppError::Store(StoreError::Refused(_)) => StatusCode::CONFLICT,
            _ => StatusCode::INTERNAL_SERVER_ERROR,
        }
    }

    fn log(&self) {
        if let Some(reason) = self.cannot_save() {
            report_cannot_save(reason);
        } else if self.status().is_server_error() {
            tracing::error!(error = %self, "request failed");
        }
    }
}

impl IntoResponse for AppError {
    fn into_response(self) -> Response {
        self.log();
        let status = self.status();
        let page = match self {
            _ if let Some(reason) = self.cannot_save() => MessagePage {
                body: Self::cannot_save_message(reason),
                ..MessagePage::new("error-cannot-save-title", "error-internal-body")
            },
            AppError::NotFound => MessagePage::new("error-not-found-title", "error-not-found-body"),
            AppError::BadRequest(message) => MessagePage {
                body: message,
                ..MessagePage::new("error-bad-request-title", "error-bad-request-title")
            },
            AppError::Store(StoreError::Invalid(e)) => MessagePage {
                body: e.to_string(),
                ..MessagePage::new("error-bad-request-title", "error-bad-request-title")
            },
            AppError::Conflict(message) | AppError::Store(StoreError::Refused(message)) => {
                MessagePage {
                    body: message,
                    ..MessagePage::new("error-conflict-title", "error-conflict-title")
                }
            }
            AppError::Forbidden(message) => MessagePage {
                body: message,
                ..MessagePage::new("error-forbidden-title", "error-forbidden-title")
            },
            _ => MessagePage::new("error-internal-title", "error-internal-body"),
        };
        let body = page.render().unwrap_or_else(|_| {
            // The page template itself failed: answer with the bare status.
            format!("<!doctype html><title>{status}</title><h1>{status}</h1>")
        });
        (status, Html(body)).into_response()
    }
}

/// Errors of the JSON API: `{"error": "..."}` with the status.
pub struct ApiError(pub AppError);

impl From<AppError> for ApiError {
    fn from(e: AppError) -> Self {
        ApiError(e)
    }
}

impl From<StoreError> for ApiError {
    fn from(e: StoreError) -> Self {
        ApiError(e.into())
    }
}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        self.0.log();
        let status = self.0.status();
        let message = match self.0 {
            _ if let Some(reason) = self.0.cannot_save() => AppError::cannot_save_message(reason),
            AppError::NotFound => "not found".to_owned(),
            AppError::BadRequest(message)
            | AppError::Forbidden(message)
            | AppError::Conflict(message)
            | AppError::Store(StoreError::Refused(message)) => message,
            AppError::Store(StoreError::Invalid(e)) => e.to_string(),
            AppError::Unauthorized => "sign in first".to_owned(),
            _ => "internal error".to_owned(),
        };
        (status, axum::Json(serde_json::json!({ "error": message }))).into_response()
    }
}
