//! Types and rules of a consultation. No I/O: nothing here knows about HTTP
//! or SQL, so every rule can be tested on its own.

pub mod corridor_tables;
pub mod country;
pub mod directory;
pub mod floor;
pub mod invitation;
pub mod language;
pub mod my_schedule;
pub mod open_space;
pub mod poll;
pub mod privacy;
pub mod program;
pub mod questionnaire;
pub mod report;
pub mod schedule;
pub mod signup;

pub use country::Country;
pub use directory::{Corridor, PersonRole, Viewer, Visibility};
pub use language::LanguageTag;
pub use privacy::{Consents, Purpose};
pub use program::*;

/// A rule of the domain that some input breaks. The message names the field
/// and the offending value so that a person can fix it.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ValidationError {
    #[error("{field} must not be empty")]
    Empty { field: &'static str },
    #[error("{field} is too long ({len} characters, at most {max})")]
    TooLong {
        field: &'static str,
        len: usize,
        max: usize,
    },
    #[error("unknown time zone {0:?} (expected an IANA name such as \"Asia/Bangkok\")")]
    UnknownTimeZone(String),
    #[error(
        "unknown country {0:?} (expected an ISO 3166-1 code such as \"AR\" or an English name)"
    )]
    UnknownCountry(String),
    #[error("invalid language tag {0:?} (expected an ISO 639-1 code such as \"en\" or \"id\")")]
    InvalidLanguage(String),
    #[error("invalid {field} {value:?} (expected {expected})")]
    Invalid {
        field: &'static str,
        value: String,
        expected: &'static str,
    },
    #[error("unknown session kind {0:?}")]
    UnknownSessionKind(String),
    #[error("session {title:?} ends at {ends} before it starts at {starts}")]
    EndsBeforeStart {
        title: String,
        starts: String,
        ends: String,
    },
    #[error("the consultation ends on {end} before it starts on {start}")]
    DatesReversed { start: String, end: String },
}

/// Checks that a user text is present and of reasonable length; returns it trimmed.
pub fn required_text(
    field: &'static str,
    value: &str,
    max: usize,
) -> Result<String, ValidationError> {
    let value = value.trim();
    if value.is_empty() {
        return Err(ValidationError::Empty { field });
    }
    let len = value.chars().count();
    if len > max {
        return Err(ValidationError::TooLong { field, len, max });
    }
    if value.contains('\0') {
        // PostgreSQL cannot store it; refused alike on both backends.
        return Err(ValidationError::Invalid {
            field,
            value: value.replace('\0', "\\0"),
            expected: "text without NUL characters",
        });
    }
    Ok(value.to_owned())
}
