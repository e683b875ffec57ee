//! The program: a consultation, its days, rooms, sessions and the people in them.

use jiff::{Timestamp, civil::Date, tz::TimeZone};

use super::{
    Country, LanguageTag, ValidationError, Visibility,
    directory::{NewOrganisation, NewPerson},
    required_text,
};

pub const TITLE_MAX: usize = 300;
pub const DESCRIPTION_MAX: usize = 20_000;
pub const NAME_MAX: usize = 200;

/// Resolves an IANA time zone name such as `Asia/Bangkok`.
pub fn time_zone(name: &str) -> Result<TimeZone, ValidationError> {
    TimeZone::get(name.trim()).map_err(|_| ValidationError::UnknownTimeZone(name.to_owned()))
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum SessionKind {
    Plenary,
    FacilitatedDiscussion,
    OpenSpace,
    Break,
    Other,
}

impl SessionKind {
    pub const ALL: [SessionKind; 5] = [
        SessionKind::Plenary,
        SessionKind::FacilitatedDiscussion,
        SessionKind::OpenSpace,
        SessionKind::Break,
        SessionKind::Other,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            SessionKind::Plenary => "plenary",
            SessionKind::FacilitatedDiscussion => "facilitated-discussion",
            SessionKind::OpenSpace => "open-space",
            SessionKind::Break => "break",
            SessionKind::Other => "other",
        }
    }

    pub fn parse(input: &str) -> Result<Self, ValidationError> {
        Self::ALL
            .into_iter()
            .find(|k| k.as_str() == input.trim())
            .ok_or_else(|| ValidationError::UnknownSessionKind(input.to_owned()))
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SessionRole {
    Facilitator,
    Speaker,
}

impl SessionRole {
    pub fn as_str(self) -> &'static str {
        match self {
            SessionRole::Facilitator => "facilitator",
            SessionRole::Speaker => "speaker",
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TopicOrigin {
    /// Suggested by the organisers from the questionnaire's answers.
    Suggested,
    /// Proposed by a participant or their organisation.
    Proposed,
}

impl TopicOrigin {
    pub fn as_str(self) -> &'static str {
        match self {
            TopicOrigin::Suggested => "suggested",
            TopicOrigin::Proposed => "proposed",
        }
    }

    pub fn parse(input: &str) -> Self {
        if input == "proposed" {
            TopicOrigin::Proposed
        } else {
            TopicOrigin::Suggested
        }
    }
}

// ---------------------------------------------------------------- inputs

#[derive(Debug, Clone)]
pub struct NewConsultation {
    pub title: String,
    pub title_lang: LanguageTag,
    pub venue: String,
    pub time_zone: String,
    pub start_date: Date,
    pub end_date: Date,
    pub languages: Vec<LanguageTag>,
    pub is_demo: bool,
    pub program_public: bool,
}

impl NewConsultation {
    pub fn validate(&self) -> Result<(), ValidationError> {
        required_text("title", &self.title, TITLE_MAX)?;
        time_zone(&self.time_zone)?;
        if self.end_date < self.start_date {
            return Err(ValidationError::DatesReversed {
                start: self.start_date.to_string(),
                end: self.end_date.to_string(),
            });
        }
        Ok(())
    }
}

#[derive(Debug, Clone)]
pub struct NewSession {
    pub title: String,
    pub description: String,
    pub text_lang: LanguageTag,
    pub kind: SessionKind,
    pub starts_at: Timestamp,
    pub ends_at: Timestamp,
    pub room: Option<String>,
    pub languages: Vec<LanguageTag>,
    pub interpretation: Vec<LanguageTag>,
    /// Display names of people created alongside.
    pub facilitators: Vec<String>,
    pub speakers: Vec<String>,
}

impl NewSession {
    pub fn validate(&self) -> Result<(), ValidationError> {
        check_session(&self.title, &self.description, self.starts_at, self.ends_at)
    }
}

/// The rules every session keeps, however it is entered: a title, a
/// description of reasonable length, an end after the start.
pub fn check_session(
    title: &str,
    description: &str,
    starts_at: Timestamp,
    ends_at: Timestamp,
) -> Result<(), ValidationError> {
    required_text("session title", title, TITLE_MAX)?;
    let len = description.chars().count();
    if len > DESCRIPTION_MAX {
        return Err(ValidationError::TooLong {
            field: "session description",
            len,
            max: DESCRIPTION_MAX,
        });
    }
    if ends_at <= starts_at {
        return Err(ValidationError::EndsBeforeStart {
            title: title.to_owned(),
            starts: starts_at.to_string(),
            ends: ends_at.to_string(),
        });
    }
    Ok(())
}

#[derive(Debug, Clone)]
pub struct NewTopic {
    pub title: String,
    pub description: String,
    pub text_lang: LanguageTag,
    pub origin: TopicOrigin,
    /// Title of the open-space session the topic belongs to.
    pub session: Option<String>,
    pub proposed_by: Option<String>,
    pub interested: Vec<String>,
}

impl NewTopic {
    pub fn validate(&self) -> Result<(), ValidationError> {
        required_text("topic title", &self.title, TITLE_MAX).map(drop)
    }
}

/// A whole program to create at once (the demo, later imports): people,
/// rooms and organisations are referred to by name inside the bundle.
#[derive(Debug, Clone)]
pub struct ProgramBundle {
    pub consultation: NewConsultation,
    pub organisations: Vec<NewOrganisation>,
    pub people: Vec<NewPerson>,
    pub sessions: Vec<NewSession>,
    pub topics: Vec<NewTopic>,
}

impl ProgramBundle {
    /// Checks every item and that every name it refers to exists.
    pub fn validate(&self) -> Result<(), BundleError> {
        self.consultation.validate()?;
        let has_org = |name: &str| self.organisations.iter().any(|o| o.name == name);
        let has_person = |name: &str| self.people.iter().any(|p| p.display_name == name);
        let has_session = |title: &str| self.sessions.iter().any(|s| s.title == title);
        for org in &self.organisations {
            org.validate()?;
        }
        for person in &self.people {
            person.validate()?;
            if let Some(org) = person.organisation.as_deref().filter(|o| !has_org(o)) {
                return Err(BundleError::Dangling("organisation", org.to_owned()));
            }
        }
        for session in &self.sessions {
            session.validate()?;
            let people = session.facilitators.iter().chain(&session.speakers);
            if let Some(name) = people.into_iter().find(|n| !has_person(n)) {
                return Err(BundleError::Dangling("person", name.clone()));
            }
        }
        for topic in &self.topics {
            topic.validate()?;
            if let Some(title) = topic.session.as_deref().filter(|t| !has_session(t)) {
                return Err(BundleError::Dangling("session", title.to_owned()));
            }
            let orgs = topic.proposed_by.iter().chain(&topic.interested);
            if let Some(org) = orgs.into_iter().find(|o| !has_org(o)) {
                return Err(BundleError::Dangling("organisation", org.clone()));
            }
        }
        Ok(())
    }
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum BundleError {
    #[error(transparent)]
    Invalid(#[from] ValidationError),
    #[error("unknown {0} {1:?}")]
    Dangling(&'static str, String),
}

// ---------------------------------------------------------------- views

#[derive(Debug, Clone)]
pub struct Consultation {
    pub id: i64,
    pub title: String,
    pub title_lang: String,
    pub venue: String,
    pub time_zone: TimeZone,
    pub time_zone_name: String,
    pub start_date: Date,
    pub end_date: Date,
    pub languages: Vec<String>,
    pub is_demo: bool,
    pub program_public: bool,
    /// The open space's rules as organisers wrote them, one per line;
    /// `None` for the agenda's own, in each reader's language.
    pub open_space_rules: Option<String>,
}

impl Consultation {
    /// Every calendar day from the start date to the end date.
    pub fn days(&self) -> Vec<Date> {
        self.start_date
            .series(jiff::Span::new().days(1))
            .take_while(|d| *d <= self.end_date)
            .collect()
    }

    /// The local calendar date of an instant in the consultation's time zone.
    pub fn local_date(&self, at: Timestamp) -> Date {
        at.to_zoned(self.time_zone.clone()).date()
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OrganisationRef {
    pub id: i64,
    pub name: String,
    pub acronym: Option<String>,
}

impl OrganisationRef {
    /// The short name people use: the acronym where there is one.
    pub fn short_name(&self) -> &str {
        self.acronym.as_deref().unwrap_or(&self.name)
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PersonRef {
    pub id: i64,
    pub display_name: String,
    pub organisation: Option<OrganisationRef>,
    pub country: Option<Country>,
    pub visibility: Visibility,
}

#[derive(Debug, Clone)]
pub struct Session {
    pub id: i64,
    pub title: String,
    pub description: String,
    pub text_lang: String,
    pub kind: SessionKind,
    pub starts_at: Timestamp,
    pub ends_at: Timestamp,
    pub room: Option<String>,
    pub room_id: Option<i64>,
    pub languages: Vec<String>,
    pub interpretation: Vec<String>,
    pub facilitators: Vec<PersonRef>,
    pub speakers: Vec<PersonRef>,
    /// Stays on the program, marked, so that people learn of it.
    pub cancelled: bool,
    /// Raised on every change (the iCal SEQUENCE).
    pub sequence: i64,
    /// Where an imported session came from: the guid or id in its file.
    pub source_id: Option<String>,
}

impl Session {
    pub fn is_running(&self, now: Timestamp) -> bool {
        self.starts_at <= now && now < self.ends_at
    }
}

#[derive(Debug, Clone)]
pub struct Topic {
    pub id: i64,
    pub title: String,
    pub description: String,
    pub text_lang: String,
    pub origin: TopicOrigin,
    pub proposed_by: Option<OrganisationRef>,
    pub interested: Vec<OrganisationRef>,
}

/// Sessions running at `now`, and those starting next: every session that
/// starts at the earliest start time after `now`.
pub fn now_and_next(sessions: &[Session], now: Timestamp) -> (Vec<&Session>, Vec<&Session>) {
    let running = sessions.iter().filter(|s| s.is_running(now)).collect();
    let next_start = sessions
        .iter()
        .map(|s| s.starts_at)
        .filter(|t| *t > now)
        .min();
    let next = match next_start {
        Some(t) => sessions.iter().filter(|s| s.starts_at == t).collect(),
        None => Vec::new(),
    };
    (running, next)
}

/// Sessions grouped by their local start date, in the order of `days`.
pub fn sessions_by_day<'a>(
    consultation: &Consultation,
    sessions: &'a [Session],
) -> Vec<(Date, Vec<&'a Session>)> {
    let mut days: Vec<(Date, Vec<&Session>)> = consultation
        .days()
        .into_iter()
        .map(|d| (d, Vec::new()))
        .collect();
    for session in sessions {
        let date = consultation.local_date(session.starts_at);
        match days.iter_mut().find(|(d, _)| *d == date) {
            Some((_, list)) => list.push(session),
            None => days.push((date, vec![session])),
        }
    }
    days.sort_by_key(|(d, _)| *d);
    for (_, list) in &mut days {
        list.sort_by_key(|s| (s.starts_at, s.id));
    }
    days
}

#[cfg(test)]
mod tests {
    use super::*;

    fn session(id: i64, start: &str, end: &str) -> Session {
        Session {
            id,
            title: format!("s{id}"),
            description: String::new(),
            text_lang: "en".into(),
            kind: SessionKind::Plenary,
            starts_at: start.parse().unwrap(),
            ends_at: end.parse().unwrap(),
            room: None,
            room_id: None,
            languages: vec![],
            interpretation: vec![],
            facilitators: vec![],
            speakers: vec![],
            cancelled: false,
            sequence: 0,
            source_id: None,
        }
    }

    fn consultation() -> Consultation {
        Consultation {
            id: 1,
            title: "t".into(),
            title_lang: "en".into(),
            venue: "v".into(),
            time_zone: time_zone("Asia/Bangkok").unwrap(),
            time_zone_name: "Asia/Bangkok".into(),
            start_date: jiff::civil::date(2027, 3, 2),
            end_date: jiff::civil::date(2027, 3, 4),
            languages: vec!["en".into()],
            is_demo: false,
            program_public: false,
            open_space_rules: None,
        }
    }

    #[test]
    fn now_and_next_picks_running_and_earliest_following() {
        let sessions = vec![
            session(1, "2027-03-02T02:00:00Z", "2027-03-02T03:00:00Z"),
            session(2, "2027-03-02T03:30:00Z", "2027-03-02T04:00:00Z"),
            session(3, "2027-03-02T03:30:00Z", "2027-03-02T05:00:00Z"),
            session(4, "2027-03-02T06:00:00Z", "2027-03-02T07:00:00Z"),
        ];
        let now: Timestamp = "2027-03-02T02:30:00Z".parse().unwrap();
        let (running, next) = now_and_next(&sessions, now);
        assert_eq!(running.iter().map(|s| s.id).collect::<Vec<_>>(), [1]);
        assert_eq!(next.iter().map(|s| s.id).collect::<Vec<_>>(), [2, 3]);

        let after: Timestamp = "2027-03-02T08:00:00Z".parse().unwrap();
        let (running, next) = now_and_next(&sessions, after);
        assert!(running.is_empty() && next.is_empty());
    }

    #[test]
    fn groups_by_local_day_including_empty_days() {
        // 23:30 UTC on the 2nd is 06:30 on the 3rd in Bangkok.
        let sessions = vec![
            session(1, "2027-03-02T23:30:00Z", "2027-03-03T00:30:00Z"),
            session(2, "2027-03-02T02:00:00Z", "2027-03-02T03:00:00Z"),
        ];
        let days = sessions_by_day(&consultation(), &sessions);
        assert_eq!(days.len(), 3);
        assert_eq!(days[0].1[0].id, 2);
        assert_eq!(days[1].1[0].id, 1);
        assert!(days[2].1.is_empty());
    }

    #[test]
    fn session_must_end_after_start() {
        let new = NewSession {
            title: "GCM".into(),
            description: String::new(),
            text_lang: LanguageTag::parse("en").unwrap(),
            kind: SessionKind::Plenary,
            starts_at: "2027-03-02T03:00:00Z".parse().unwrap(),
            ends_at: "2027-03-02T02:00:00Z".parse().unwrap(),
            room: None,
            languages: vec![],
            interpretation: vec![],
            facilitators: vec![],
            speakers: vec![],
        };
        let err = new.validate().unwrap_err();
        assert!(matches!(err, ValidationError::EndsBeforeStart { .. }));
        assert!(err.to_string().contains("GCM"));
    }

    #[test]
    fn unknown_time_zone_is_an_error() {
        assert_eq!(
            time_zone("Mars/Olympus").unwrap_err(),
            ValidationError::UnknownTimeZone("Mars/Olympus".into())
        );
        assert!(time_zone("America/Argentina/Buenos_Aires").is_ok());
    }

    #[test]
    fn session_kinds_round_trip() {
        for kind in SessionKind::ALL {
            assert_eq!(SessionKind::parse(kind.as_str()).unwrap(), kind);
        }
        assert!(SessionKind::parse("party").is_err());
    }
}
