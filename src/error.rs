//! One error type for actions: the pages render it as HTML and the API as
//! JSON, both with [`AppError::status`] and a message that never leaks
//! internals to the client.

use axum::http::StatusCode;

use std::sync::atomic::{AtomicBool, Ordering};

use crate::{
    domain::{ValidationError, program::BundleError},
    i18n::{Tr, i18n},
    store::StoreError,
};

/// Words for a person: a Fluent message key and its arguments, put in the
/// reader's language where a page shows them (English in the API and logs).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Words {
    pub key: &'static str,
    pub args: Vec<(&'static str, String)>,
    /// Arguments that are words themselves (a field's name, the reason
    /// inside "line 3: …"), put in the same language.
    pub nested: Vec<(&'static str, Words)>,
}

impl Words {
    pub fn new(key: &'static str) -> Words {
        Words {
            key,
            args: Vec::new(),
            nested: Vec::new(),
        }
    }

    pub fn with_message(self, name: &'static str, key: &'static str) -> Words {
        self.with_words(name, Words::new(key))
    }

    pub fn with_words(mut self, name: &'static str, words: Words) -> Words {
        self.nested.push((name, words));
        self
    }

    pub fn with(mut self, name: &'static str, value: impl std::fmt::Display) -> Words {
        self.args.push((name, value.to_string()));
        self
    }

    /// The words in `tr`'s language.
    pub fn in_lang(&self, tr: Tr<'_>) -> String {
        let nested: Vec<(&str, String)> = self
            .nested
            .iter()
            .map(|(k, words)| (*k, words.in_lang(tr)))
            .collect();
        let args: Vec<(&str, &str)> = self
            .args
            .iter()
            .map(|(k, v)| (*k, v.as_str()))
            .chain(nested.iter().map(|(k, v)| (*k, v.as_str())))
            .collect();
        tr.t_args(self.key, &args)
    }
}

impl std::fmt::Display for Words {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.in_lang(i18n().lang("en")))
    }
}

/// The message naming a form field, for [`ValidationError`]'s words.
fn field_message(field: &str) -> &'static str {
    match field {
        "cancelled" => "field-cancelled",
        "capacity" => "field-capacity",
        "convener" => "field-convener",
        "corridor" => "field-corridor",
        "email" => "field-email",
        "languages" => "field-languages",
        "name" => "field-name",
        "note" => "field-note",
        "poll kind" => "field-poll-kind",
        "choice" => "field-choice",
        "choices" => "field-choices",
        "answer" => "field-answer",
        "open space rules" => "field-open-space-rules",
        "organisation" => "field-organisation",
        "organisation name" => "field-organisation-name",
        "people" => "field-people",
        "person" => "field-person",
        "question" => "field-question",
        "queue order" => "field-queue-order",
        "retention date" => "field-retention-date",
        "role" => "field-role",
        "room" => "field-room",
        "room name" => "field-room-name",
        "round end" => "field-round-end",
        "round name" => "field-round-name",
        "screen name" => "field-screen-name",
        "session" => "field-session",
        "session description" => "field-session-description",
        "session title" => "field-session-title",
        "space name" => "field-space-name",
        "speaking time" => "field-speaking-time",
        "time" => "field-time",
        "title" => "field-title",
        "token name" => "field-token-name",
        "topic" => "field-topic",
        "topic description" => "field-topic-description",
        "topic title" => "field-topic-title",
        "venue" => "field-venue",
        "visibility" => "field-visibility",
        "sectors" => "field-sectors",
        "services" => "field-services",
        "website" => "field-website",
        _ => "field-other",
    }
}

/// The message saying what a field expects.
fn expected_message(expected: &str) -> &'static str {
    match expected {
        "ORIGIN>DESTINATION, such as ID>SG" => "expected-corridor",
        "a date that exists in the consultation's time zone" => "expected-existing-date",
        "a day after the consultation's last day" => "expected-after-last-day",
        "a name no other space has" => "expected-unique-space-name",
        "a number of seats from 1 to 1000" => "expected-seats",
        "a person who convenes no other topic in that round" => "expected-free-convener",
        "a time after the round's start" => "expected-after-round-start",
        "a topic on the board (it was withdrawn meanwhile)" => "expected-topic-on-board",
        "an address starting with https://" => "expected-https-address",
        "an address such as name@example.org" => "expected-email-address",
        "arrival, first-time-first, balance-countries or balance-languages" => {
            "expected-queue-order"
        }
        "between 10 seconds and 60 minutes" => "expected-speaking-time",
        "listed, organisers or hidden" => "expected-visibility",
        "one of the listed values" => "expected-listed-value",
        "two different countries" => "expected-two-countries",
        "organiser, facilitator or participant" => "expected-role",
        "text without NUL characters" => "expected-no-nul",
        "single, multiple or words" => "expected-poll-kind",
        "from 2 to 12 choices, one per line" => "expected-poll-choices",
        "one word" => "expected-one-word",
        "one of the poll's choices" => "expected-poll-choice",
        "a choice" => "expected-a-choice",
        "one choice" => "expected-one-choice",
        _ => "expected-other",
    }
}

impl From<&ValidationError> for Words {
    fn from(error: &ValidationError) -> Words {
        use ValidationError as V;
        match error {
            V::Empty { field } => {
                Words::new("error-empty").with_message("field", field_message(field))
            }
            V::TooLong { field, len, max } => Words::new("error-too-long")
                .with_message("field", field_message(field))
                .with("length", len)
                .with("max", max),
            V::UnknownTimeZone(value) => Words::new("error-unknown-time-zone").with("value", value),
            V::UnknownCountry(value) => Words::new("error-unknown-country").with("value", value),
            V::InvalidLanguage(value) => Words::new("error-invalid-language").with("value", value),
            V::Invalid {
                field,
                value,
                expected,
            } => Words::new("error-invalid")
                .with_message("field", field_message(field))
                .with("value", value)
                .with_message("expected", expected_message(expected)),
            V::UnknownSessionKind(value) => {
                Words::new("error-unknown-session-kind").with("value", value)
            }
            V::EndsBeforeStart {
                title,
                starts,
                ends,
            } => Words::new("error-ends-before-start")
                .with("title", title)
                .with("starts", starts)
                .with("ends", ends),
            V::DatesReversed { start, end } => Words::new("error-dates-reversed")
                .with("start", start)
                .with("end", end),
        }
    }
}

impl From<&BundleError> for Words {
    fn from(error: &BundleError) -> Words {
        match error {
            BundleError::Invalid(e) => Words::from(e),
            BundleError::Dangling(kind, value) => Words::new("error-dangling")
                .with_message("field", field_message(kind))
                .with("value", value),
        }
    }
}

impl From<BundleError> for AppError {
    fn from(error: BundleError) -> AppError {
        AppError::bad_request(Words::from(&error))
    }
}

impl From<ValidationError> for AppError {
    fn from(error: ValidationError) -> AppError {
        AppError::bad_request(Words::from(&error))
    }
}

/// Which refusal a person is told about in [`AppError::Told`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Refusal {
    /// Input they can correct.
    BadRequest,
    /// Not theirs to do.
    Forbidden,
    /// Not possible in the state things are in now.
    Conflict,
}

#[derive(Debug, thiserror::Error)]
pub enum AppError {
    /// A refusal in words of the person's language.
    #[error("{1}")]
    Told(Refusal, Words),
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
    pub fn cannot_save(&self) -> Option<&'static str> {
        match self {
            AppError::Store(e) => e.cannot_save(),
            _ => None,
        }
    }

    /// What a person is told when nothing can be saved.
    pub fn cannot_save_message(reason: &str) -> String {
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
            AppError::Told(Refusal::BadRequest, _) => StatusCode::BAD_REQUEST,
            AppError::Told(Refusal::Forbidden, _) => StatusCode::FORBIDDEN,
            AppError::Told(Refusal::Conflict, _) => StatusCode::CONFLICT,
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

    /// Logs what the server should know: failures of its own, and "cannot
    /// save" once.
    pub fn log(&self) {
        if let Some(reason) = self.cannot_save() {
            report_cannot_save(reason);
        } else if self.status().is_server_error() {
            tracing::error!(error = %self, "request failed");
        }
    }
}

impl AppError {
    pub fn bad_request(words: Words) -> AppError {
        AppError::Told(Refusal::BadRequest, words)
    }

    pub fn forbidden(words: Words) -> AppError {
        AppError::Told(Refusal::Forbidden, words)
    }

    pub fn conflict(words: Words) -> AppError {
        AppError::Told(Refusal::Conflict, words)
    }

    /// What the person is told, in `tr`'s language where the words are
    /// keyed; logs what the server should know.
    pub fn into_message_in(self, tr: Tr<'_>) -> String {
        match self {
            AppError::Told(_, words) => words.in_lang(tr),
            AppError::Store(StoreError::Invalid(e)) => Words::from(&e).in_lang(tr),
            other => other.into_message(),
        }
    }

    /// What the person is told, for an API answer; logs what the server
    /// should know.
    pub fn into_message(self) -> String {
        self.log();
        if let Some(reason) = self.cannot_save() {
            return Self::cannot_save_message(reason);
        }
        match self {
            AppError::NotFound => "not found".to_owned(),
            AppError::BadRequest(message)
            | AppError::Forbidden(message)
            | AppError::Conflict(message)
            | AppError::Store(StoreError::Refused(message)) => message,
            AppError::Store(StoreError::Invalid(e)) => Words::from(&e).to_string(),
            AppError::Told(_, words) => words.to_string(),
            AppError::Unauthorized => "sign in first".to_owned(),
            _ => "internal error".to_owned(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every field name and expectation the code writes has its message:
    /// a new one would otherwise read "This field" in every language.
    #[test]
    fn every_field_and_expectation_in_the_code_has_a_message() {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
        let mut code = String::new();
        let mut dirs = vec![root];
        while let Some(dir) = dirs.pop() {
            for entry in std::fs::read_dir(dir).unwrap() {
                let path = entry.unwrap().path();
                if path.is_dir() {
                    dirs.push(path);
                } else if path.extension().is_some_and(|e| e == "rs") && !path.ends_with("error.rs")
                {
                    code.push_str(&std::fs::read_to_string(path).unwrap());
                }
            }
        }
        let quoted_after = |marker: &str| -> Vec<String> {
            code.split(marker)
                .skip(1)
                .filter_map(|rest| rest.trim_start().strip_prefix('"'))
                .filter_map(|rest| rest.split('"').next())
                .map(str::to_owned)
                .collect()
        };
        let mut missing = Vec::new();
        for field in quoted_after("required_text(")
            .into_iter()
            .chain(quoted_after("field:"))
            .chain(quoted_after("Dangling("))
        {
            if field_message(&field) == "field-other" {
                missing.push(field);
            }
        }
        for expected in quoted_after("expected:") {
            if expected_message(&expected) == "expected-other" {
                missing.push(expected);
            }
        }
        assert!(missing.is_empty(), "no message for {missing:?}");
    }
}
