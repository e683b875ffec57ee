//! An action's error as a page: the status, a heading for its kind and the
//! message that says what to do.

use askama::Template;
use axum::{
    http::StatusCode,
    response::{Html, IntoResponse, Response},
};

use super::views::MessagePage;
use crate::error::AppError;

impl IntoResponse for AppError {
    fn into_response(self) -> Response {
        let status = self.status();
        let page = match status {
            StatusCode::NOT_FOUND => {
                self.log();
                MessagePage::new("error-not-found-title", "error-not-found-body")
            }
            StatusCode::BAD_REQUEST => titled("error-bad-request-title", self),
            StatusCode::CONFLICT => titled("error-conflict-title", self),
            StatusCode::FORBIDDEN => titled("error-forbidden-title", self),
            StatusCode::SERVICE_UNAVAILABLE => MessagePage {
                body: self.into_message(),
                ..MessagePage::new("error-cannot-save-title", "error-internal-body")
            },
            _ => {
                self.log();
                MessagePage::new("error-internal-title", "error-internal-body")
            }
        };
        let body = page.render().unwrap_or_else(|_| {
            // The page template itself failed: answer with the bare status.
            format!("<!doctype html><title>{status}</title><h1>{status}</h1>")
        });
        (status, Html(body)).into_response()
    }
}

/// A page whose heading names the kind of error and whose text is the
/// error's own message.
fn titled(title_key: &str, error: AppError) -> MessagePage {
    MessagePage {
        body: error.into_message_in(super::pages::tr()),
        ..MessagePage::new(title_key, title_key)
    }
}
