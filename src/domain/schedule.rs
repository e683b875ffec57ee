//! Editing the program: what an organiser submits for a session, the
//! warnings a schedule deserves (a room or a person in two places at once,
//! a session outside the consultation's dates), and what changed.

use jiff::Timestamp;

use super::{
    Consultation, LanguageTag, Session, SessionKind, TITLE_MAX, ValidationError, check_session,
    required_text,
};

/// A session as an organiser writes it.
#[derive(Debug, Clone)]
pub struct SessionInput {
    pub title: String,
    pub description: String,
    pub text_lang: LanguageTag,
    pub kind: SessionKind,
    pub starts_at: Timestamp,
    pub ends_at: Timestamp,
    pub room_id: Option<i64>,
    pub languages: Vec<LanguageTag>,
    pub interpretation: Vec<LanguageTag>,
    pub facilitators: Vec<i64>,
    pub speakers: Vec<i64>,
}

impl SessionInput {
    pub fn validate(&self) -> Result<(), ValidationError> {
        check_session(&self.title, &self.description, self.starts_at, self.ends_at)
    }
}

/// Something in the schedule an organiser should look at; they decide.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Warning {
    /// Two sessions in one room at overlapping times.
    RoomClash {
        room: String,
        first: (i64, String),
        second: (i64, String),
    },
    /// A person facilitating or speaking in two overlapping sessions.
    PersonClash {
        person: String,
        first: (i64, String),
        second: (i64, String),
    },
    /// A session (partly) outside the consultation's dates.
    OutsideDates { session: (i64, String) },
}

impl Warning {
    /// The sessions it is about.
    pub fn sessions(&self) -> Vec<i64> {
        match self {
            Warning::RoomClash { first, second, .. }
            | Warning::PersonClash { first, second, .. } => vec![first.0, second.0],
            Warning::OutsideDates { session } => vec![session.0],
        }
    }
}

fn overlap(a: &Session, b: &Session) -> bool {
    a.starts_at < b.ends_at && b.starts_at < a.ends_at
}

/// Every warning of the schedule; cancelled sessions and breaks held in the
/// same room (the foyer) are left out.
pub fn warnings(c: &Consultation, sessions: &[Session]) -> Vec<Warning> {
    let live: Vec<&Session> = sessions.iter().filter(|s| !s.cancelled).collect();
    let named = |s: &Session| (s.id, s.title.clone());
    let mut found = Vec::new();
    for s in &live {
        let first = c.local_date(s.starts_at);
        let last = c.local_date(s.ends_at - jiff::SignedDuration::from_secs(1));
        if first < c.start_date || last > c.end_date {
            found.push(Warning::OutsideDates { session: named(s) });
        }
    }
    for (i, a) in live.iter().enumerate() {
        for b in &live[i + 1..] {
            if !overlap(a, b) {
                continue;
            }
            let both_breaks = a.kind == SessionKind::Break && b.kind == SessionKind::Break;
            if let (Some(ra), Some(rb)) = (&a.room, &b.room)
                && ra == rb
                && !both_breaks
            {
                found.push(Warning::RoomClash {
                    room: ra.clone(),
                    first: named(a),
                    second: named(b),
                });
            }
            let people_b: Vec<_> = b.facilitators.iter().chain(&b.speakers).collect();
            for p in a.facilitators.iter().chain(&a.speakers) {
                if people_b.iter().any(|q| q.id == p.id) {
                    found.push(Warning::PersonClash {
                        person: p.display_name.clone(),
                        first: named(a),
                        second: named(b),
                    });
                }
            }
        }
    }
    found
}

/// A change to a published session, as people are told of it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Change {
    /// "room", "time", "title" or "cancelled".
    pub field: &'static str,
    pub old: String,
    pub new: String,
}

/// What changed between the stored session and the organiser's edit, in
/// words people read: room names, local times.
pub fn changes(
    c: &Consultation,
    before: &Session,
    after: &SessionInput,
    new_room: Option<&str>,
) -> Vec<Change> {
    let mut found = Vec::new();
    let no_room = || "—".to_owned();
    if before.room.as_deref() != new_room {
        found.push(Change {
            field: "room",
            old: before.room.clone().unwrap_or_else(no_room),
            new: new_room.map_or_else(no_room, str::to_owned),
        });
    }
    if before.starts_at != after.starts_at || before.ends_at != after.ends_at {
        let when = |s: Timestamp, e: Timestamp| {
            let tz = &c.time_zone;
            format!(
                "{} {}–{}",
                c.local_date(s),
                s.to_zoned(tz.clone()).strftime("%H:%M"),
                e.to_zoned(tz.clone()).strftime("%H:%M")
            )
        };
        found.push(Change {
            field: "time",
            old: when(before.starts_at, before.ends_at),
            new: when(after.starts_at, after.ends_at),
        });
    }
    if before.title.trim() != after.title.trim() {
        found.push(Change {
            field: "title",
            old: before.title.clone(),
            new: after.title.trim().to_owned(),
        });
    }
    found
}

/// A session read from an imported file (frab XML or JSON, CSV).
#[derive(Debug, Clone)]
pub struct SessionImport {
    /// The guid or id in the file: the key that makes re-imports update.
    pub source_id: String,
    /// Where in the file, for messages: "line 12", "event 7f3e… (line 40)".
    pub place: String,
    pub title: String,
    pub description: String,
    pub text_lang: LanguageTag,
    pub kind: SessionKind,
    pub starts_at: Timestamp,
    pub ends_at: Timestamp,
    pub room: Option<String>,
    pub languages: Vec<LanguageTag>,
    /// Display names; people not in the directory yet are created.
    pub facilitators: Vec<String>,
    pub speakers: Vec<String>,
}

/// What an import does (or did): shown as a preview before anything is
/// stored, then as the outcome.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ImportPlan {
    pub created: Vec<String>,
    /// Title and what changes.
    pub updated: Vec<(String, Vec<Change>)>,
    pub unchanged: usize,
    pub new_rooms: Vec<String>,
    pub new_people: Vec<String>,
}

/// The consultation's own details, as an organiser edits them.
#[derive(Debug, Clone)]
pub struct ConsultationDetails {
    pub title: String,
    pub venue: String,
    pub time_zone: String,
    pub start_date: jiff::civil::Date,
    pub end_date: jiff::civil::Date,
    pub languages: Vec<LanguageTag>,
}

impl ConsultationDetails {
    pub fn validate(&self) -> Result<(), ValidationError> {
        required_text("title", &self.title, TITLE_MAX)?;
        if self.venue.chars().count() > TITLE_MAX {
            return Err(ValidationError::TooLong {
                field: "venue",
                len: self.venue.chars().count(),
                max: TITLE_MAX,
            });
        }
        super::time_zone(&self.time_zone)?;
        if self.end_date < self.start_date {
            return Err(ValidationError::DatesReversed {
                start: self.start_date.to_string(),
                end: self.end_date.to_string(),
            });
        }
        if self.languages.is_empty() {
            return Err(ValidationError::Empty { field: "languages" });
        }
        Ok(())
    }
}
