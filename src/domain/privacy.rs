//! Consent to the uses of a person's name, and when personal data goes.

use jiff::{Timestamp, civil::Date, tz::TimeZone};

use super::ValidationError;

/// A use of a person's name that needs their consent.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Purpose {
    /// Listed in the participant directory (visibility "listed").
    Directory,
    /// Shown on the projector in the room (sign-ups, speaking queue).
    Screen,
    /// Named in the consultation's report.
    Report,
    /// Named as the convener of a table on the board and the screen.
    Convener,
}

impl Purpose {
    pub const ALL: [Purpose; 4] = [
        Purpose::Directory,
        Purpose::Screen,
        Purpose::Report,
        Purpose::Convener,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Purpose::Directory => "directory",
            Purpose::Screen => "screen",
            Purpose::Report => "report",
            Purpose::Convener => "convener",
        }
    }
}

/// What a person currently consents to, besides the directory (which is
/// their visibility).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Consents {
    pub screen: bool,
    pub report: bool,
    /// Named as a table's convener: yes unless they said no.
    pub convener: bool,
}

/// The instant personal data is erased: the start of `date` in the
/// consultation's time zone, which must come after its last day, so that
/// nothing is erased while people still meet.
pub fn retention_instant(
    date: Date,
    last_day: Date,
    tz: &TimeZone,
) -> Result<Timestamp, ValidationError> {
    if date <= last_day {
        return Err(ValidationError::Invalid {
            field: "retention date",
            value: date.to_string(),
            expected: "a day after the consultation's last day",
        });
    }
    date.to_zoned(tz.clone())
        .map(|z| z.timestamp())
        .map_err(|_| ValidationError::Invalid {
            field: "retention date",
            value: date.to_string(),
            expected: "a date that exists in the consultation's time zone",
        })
}

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::civil::date;

    #[test]
    fn retention_starts_after_the_last_day_in_the_consultations_zone() {
        let tz = TimeZone::get("Asia/Bangkok").unwrap();
        let at = retention_instant(date(2027, 1, 1), date(2026, 12, 3), &tz).unwrap();
        assert_eq!(at.to_string(), "2026-12-31T17:00:00Z");
        assert!(retention_instant(date(2026, 12, 3), date(2026, 12, 3), &tz).is_err());
        assert!(retention_instant(date(2026, 12, 1), date(2026, 12, 3), &tz).is_err());
    }
}
