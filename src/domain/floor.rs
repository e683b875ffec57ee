//! The floor of a session: questions the room votes on, and the queue of
//! people who asked to speak. Rules only: who goes next, how questions are
//! sorted; the store keeps positions and votes right under concurrency.

use std::collections::HashMap;

use jiff::Timestamp;

use super::{LanguageTag, ValidationError, Visibility, required_text};

pub const QUESTION_MAX: usize = 1_000;
pub const REQUEST_NOTE_MAX: usize = 200;
pub const SUMMARY_MAX: usize = 20_000;
/// Longest speaking time a facilitator can set, in seconds.
pub const SPEAKING_LIMIT_MAX: i64 = 60 * 60;

/// How the facilitator orders the queue after points of order and the
/// people they gave priority to. The rule is shown to the room.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum QueueOrder {
    /// In the order people asked.
    #[default]
    Arrival,
    /// People who have not spoken in this session go before those who have.
    FirstTimeFirst,
    /// The next speaker comes from the country heard least so far.
    BalanceCountries,
    /// The next speaker speaks the language heard least so far.
    BalanceLanguages,
}

impl QueueOrder {
    pub const ALL: [QueueOrder; 4] = [
        QueueOrder::Arrival,
        QueueOrder::FirstTimeFirst,
        QueueOrder::BalanceCountries,
        QueueOrder::BalanceLanguages,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            QueueOrder::Arrival => "arrival",
            QueueOrder::FirstTimeFirst => "first-time-first",
            QueueOrder::BalanceCountries => "balance-countries",
            QueueOrder::BalanceLanguages => "balance-languages",
        }
    }

    pub fn parse(input: &str) -> Result<Self, ValidationError> {
        Self::ALL
            .into_iter()
            .find(|o| o.as_str() == input.trim())
            .ok_or_else(|| ValidationError::Invalid {
                field: "queue order",
                value: input.to_owned(),
                expected: "arrival, first-time-first, balance-countries or balance-languages",
            })
    }
}

/// How a session's floor works, set by its facilitators.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct FloorSettings {
    /// Questions wait for a moderator's approval before the room sees them.
    pub moderated: bool,
    /// Participants may ask without their name.
    pub anonymous_allowed: bool,
    pub order: QueueOrder,
    /// Seconds each speaker has; `None` for no limit.
    pub speaking_limit: Option<i64>,
}

impl FloorSettings {
    pub fn check(&self) -> Result<(), ValidationError> {
        match self.speaking_limit {
            Some(s) if !(10..=SPEAKING_LIMIT_MAX).contains(&s) => Err(ValidationError::Invalid {
                field: "speaking time",
                value: s.to_string(),
                expected: "between 10 seconds and 60 minutes",
            }),
            _ => Ok(()),
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum QuestionStatus {
    /// Waiting for a moderator (pre-moderated sessions).
    Pending,
    Visible,
    Hidden,
    /// A duplicate, merged into another question.
    Merged,
}

impl QuestionStatus {
    pub fn as_str(self) -> &'static str {
        match self {
            QuestionStatus::Pending => "pending",
            QuestionStatus::Visible => "visible",
            QuestionStatus::Hidden => "hidden",
            QuestionStatus::Merged => "merged",
        }
    }

    pub fn parse(input: &str) -> Option<Self> {
        [Self::Pending, Self::Visible, Self::Hidden, Self::Merged]
            .into_iter()
            .find(|s| s.as_str() == input)
    }
}

/// A question as stored. `author_id` is kept for anonymous questions too,
/// so that an organiser can trace abuse; no page shows it.
#[derive(Debug, Clone)]
pub struct Question {
    pub id: i64,
    pub author_id: Option<i64>,
    /// The author's display name; `None` when anonymous or erased.
    pub author_name: Option<String>,
    pub anonymous: bool,
    pub text: String,
    pub text_lang: String,
    pub status: QuestionStatus,
    pub answered: bool,
    pub merged_into: Option<i64>,
    pub votes: i64,
    pub created_at: Timestamp,
}

/// A question as a participant writes it.
#[derive(Debug, Clone)]
pub struct QuestionInput {
    pub text: String,
    pub text_lang: LanguageTag,
}

impl QuestionInput {
    pub fn new(text: &str, lang: &str) -> Result<Self, ValidationError> {
        Ok(QuestionInput {
            text: required_text("question", text, QUESTION_MAX)?,
            text_lang: LanguageTag::parse(lang)?,
        })
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum QuestionSort {
    Votes,
    Newest,
}

/// The questions the room sees, in the order asked for: most votes first
/// (earlier first among equals), or newest first.
pub fn sort_questions(questions: &mut [Question], sort: QuestionSort) {
    match sort {
        QuestionSort::Votes => questions.sort_by(|a, b| {
            b.votes
                .cmp(&a.votes)
                .then(a.created_at.cmp(&b.created_at))
                .then(a.id.cmp(&b.id))
        }),
        QuestionSort::Newest => {
            questions.sort_by(|a, b| b.created_at.cmp(&a.created_at).then(b.id.cmp(&a.id)))
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RequestState {
    Waiting,
    Speaking,
    Done,
    Withdrawn,
    Removed,
}

impl RequestState {
    pub fn as_str(self) -> &'static str {
        match self {
            RequestState::Waiting => "waiting",
            RequestState::Speaking => "speaking",
            RequestState::Done => "done",
            RequestState::Withdrawn => "withdrawn",
            RequestState::Removed => "removed",
        }
    }

    pub fn parse(input: &str) -> Option<Self> {
        [
            Self::Waiting,
            Self::Speaking,
            Self::Done,
            Self::Withdrawn,
            Self::Removed,
        ]
        .into_iter()
        .find(|s| s.as_str() == input)
    }
}

/// A request to speak ("an intervention from the floor").
#[derive(Debug, Clone)]
pub struct FloorRequest {
    pub id: i64,
    pub person_id: i64,
    pub name: String,
    /// The person agreed to their name on the projector screen.
    pub on_screen: bool,
    /// Who may find the person in the directory; the queue follows it.
    pub visibility: Visibility,
    pub country: Option<String>,
    /// The language they will speak in.
    pub lang: String,
    pub note: String,
    pub point_of_order: bool,
    /// Given priority by the facilitator.
    pub priority: bool,
    /// Distinct and stable within the session: the order of asking.
    pub position: i64,
    pub state: RequestState,
    pub requested_at: Timestamp,
    pub started_at: Option<Timestamp>,
    pub ended_at: Option<Timestamp>,
}

/// Who looks at a queue: the session's moderators (its facilitators and
/// organisers) see every name and note, as they call people; others see
/// names under the directory's rule and only their own note.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct QueueViewer {
    pub moderator: bool,
    pub person_id: Option<i64>,
}

impl FloorRequest {
    fn is_of(&self, viewer: QueueViewer) -> bool {
        viewer.person_id == Some(self.person_id)
    }

    /// The name `viewer` may see; `None` for "a participant".
    pub fn name_for(&self, viewer: QueueViewer) -> Option<&str> {
        let shown = viewer.moderator || self.is_of(viewer) || self.visibility == Visibility::Listed;
        shown.then_some(self.name.as_str())
    }

    /// The note for the facilitator, to those it was written for.
    pub fn note_for(&self, viewer: QueueViewer) -> &str {
        if viewer.moderator || self.is_of(viewer) {
            &self.note
        } else {
            ""
        }
    }

    /// Seconds spoken, for a finished turn.
    pub fn spoken_seconds(&self) -> i64 {
        match (self.started_at, self.ended_at) {
            (Some(s), Some(e)) => (e - s).get_seconds().max(0),
            _ => 0,
        }
    }
}

/// What a person's earlier turns in this session add up to.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Spoken {
    pub turns: i64,
    pub seconds: i64,
}

/// Turns per person, counting the one speaking now (without seconds).
pub fn spoken_so_far(requests: &[FloorRequest]) -> HashMap<i64, Spoken> {
    let mut spoken: HashMap<i64, Spoken> = HashMap::new();
    for r in requests {
        if matches!(r.state, RequestState::Done | RequestState::Speaking) {
            let entry = spoken.entry(r.person_id).or_default();
            entry.turns += 1;
            entry.seconds += r.spoken_seconds();
        }
    }
    spoken
}

/// The waiting queue in speaking order: points of order first, then those
/// the facilitator gave priority to, then everyone else by the session's
/// rule; within each, in the order they asked.
pub fn order_queue(requests: &[FloorRequest], rule: QueueOrder) -> Vec<&FloorRequest> {
    let mut waiting: Vec<&FloorRequest> = requests
        .iter()
        .filter(|r| r.state == RequestState::Waiting)
        .collect();
    waiting.sort_by_key(|r| (!r.point_of_order, !r.priority, r.position));
    let first_others = waiting
        .iter()
        .position(|r| !r.point_of_order && !r.priority)
        .unwrap_or(waiting.len());
    let others = waiting.split_off(first_others);
    let spoken = spoken_so_far(requests);
    let heard = |key: fn(&FloorRequest) -> String| {
        let mut counts: HashMap<String, i64> = HashMap::new();
        for r in requests {
            if matches!(r.state, RequestState::Done | RequestState::Speaking) {
                *counts.entry(key(r)).or_default() += 1;
            }
        }
        counts
    };
    let ordered = match rule {
        QueueOrder::Arrival => others,
        QueueOrder::FirstTimeFirst => {
            let (new, again): (Vec<_>, Vec<_>) = others
                .into_iter()
                .partition(|r| !spoken.contains_key(&r.person_id));
            new.into_iter().chain(again).collect()
        }
        QueueOrder::BalanceCountries => {
            let key = |r: &FloorRequest| r.country.clone().unwrap_or_default();
            balance(others, heard(key), key)
        }
        QueueOrder::BalanceLanguages => {
            let key = |r: &FloorRequest| r.lang.clone();
            balance(others, heard(key), key)
        }
    };
    waiting.extend(ordered);
    waiting
}

/// Repeatedly takes the earliest request whose group has been heard least
/// (counting those already placed ahead in the queue).
fn balance(
    mut rest: Vec<&FloorRequest>,
    mut heard: HashMap<String, i64>,
    key: impl Fn(&FloorRequest) -> String,
) -> Vec<&FloorRequest> {
    let mut ordered = Vec::with_capacity(rest.len());
    while !rest.is_empty() {
        let next = rest
            .iter()
            .enumerate()
            .min_by_key(|(_, r)| (heard.get(&key(r)).copied().unwrap_or(0), r.position))
            .map_or(0, |(i, _)| i);
        let chosen = rest.remove(next);
        *heard.entry(key(chosen)).or_default() += 1;
        ordered.push(chosen);
    }
    ordered
}

/// A request to speak as the person makes it.
#[derive(Debug, Clone)]
pub struct RequestInput {
    pub note: String,
    pub lang: LanguageTag,
    pub point_of_order: bool,
}

impl RequestInput {
    pub fn new(note: &str, lang: &str, point_of_order: bool) -> Result<Self, ValidationError> {
        let note = note.trim();
        let len = note.chars().count();
        if len > REQUEST_NOTE_MAX {
            return Err(ValidationError::TooLong {
                field: "note",
                len,
                max: REQUEST_NOTE_MAX,
            });
        }
        Ok(RequestInput {
            note: note.to_owned(),
            lang: LanguageTag::parse(lang)?,
            point_of_order,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn request(id: i64, person: i64, country: &str, lang: &str) -> FloorRequest {
        FloorRequest {
            id,
            person_id: person,
            name: format!("P{person}"),
            on_screen: false,
            visibility: Visibility::Listed,
            country: Some(country.to_owned()),
            lang: lang.to_owned(),
            note: String::new(),
            point_of_order: false,
            priority: false,
            position: id,
            state: RequestState::Waiting,
            requested_at: Timestamp::UNIX_EPOCH,
            started_at: None,
            ended_at: None,
        }
    }

    #[test]
    fn the_queue_names_people_as_the_directory_does() {
        let mut r = request(1, 7, "AR", "es");
        r.note = "on the draft".into();
        let participant = QueueViewer {
            moderator: false,
            person_id: Some(8),
        };
        let facilitator = QueueViewer {
            moderator: true,
            person_id: Some(9),
        };
        let themself = QueueViewer {
            moderator: false,
            person_id: Some(7),
        };
        assert_eq!(r.name_for(participant), Some("P7"));
        assert_eq!(r.note_for(participant), "", "notes are for the facilitator");
        for hidden in [Visibility::Organisers, Visibility::Hidden] {
            r.visibility = hidden;
            assert_eq!(r.name_for(participant), None);
            assert_eq!(r.name_for(facilitator), Some("P7"));
            assert_eq!(r.name_for(themself), Some("P7"));
        }
        assert_eq!(r.note_for(facilitator), "on the draft");
        assert_eq!(r.note_for(themself), "on the draft");
    }

    fn done(mut r: FloorRequest, seconds: i64) -> FloorRequest {
        r.state = RequestState::Done;
        r.started_at = Some(Timestamp::UNIX_EPOCH);
        r.ended_at = Some(Timestamp::from_second(seconds).unwrap());
        r
    }

    fn ids(queue: Vec<&FloorRequest>) -> Vec<i64> {
        queue.into_iter().map(|r| r.id).collect()
    }

    #[test]
    fn arrival_keeps_the_order_of_asking_and_skips_the_finished() {
        let rs = vec![
            request(3, 3, "TH", "en"),
            done(request(1, 1, "TH", "en"), 60),
            request(2, 2, "ID", "id"),
        ];
        assert_eq!(ids(order_queue(&rs, QueueOrder::Arrival)), vec![2, 3]);
    }

    #[test]
    fn points_of_order_then_priority_jump_the_queue() {
        let mut rs = vec![
            request(1, 1, "TH", "en"),
            request(2, 2, "TH", "en"),
            request(3, 3, "TH", "en"),
            request(4, 4, "TH", "en"),
        ];
        rs[2].priority = true;
        rs[3].point_of_order = true;
        assert_eq!(ids(order_queue(&rs, QueueOrder::Arrival)), vec![4, 3, 1, 2]);
    }

    #[test]
    fn first_time_speakers_go_before_those_who_spoke() {
        let rs = vec![
            done(request(1, 1, "TH", "en"), 90),
            request(2, 1, "TH", "en"),
            request(3, 2, "TH", "en"),
        ];
        assert_eq!(
            ids(order_queue(&rs, QueueOrder::FirstTimeFirst)),
            vec![3, 2]
        );
        assert_eq!(
            spoken_so_far(&rs)[&1],
            Spoken {
                turns: 1,
                seconds: 90
            }
        );
    }

    #[test]
    fn balancing_countries_alternates_and_counts_earlier_turns() {
        let rs = vec![
            done(request(1, 1, "TH", "en"), 60),
            request(2, 2, "TH", "en"),
            request(3, 3, "TH", "en"),
            request(4, 4, "ID", "id"),
            request(5, 5, "ID", "id"),
        ];
        // Thailand was heard once: Indonesia first, then alternate.
        assert_eq!(
            ids(order_queue(&rs, QueueOrder::BalanceCountries)),
            vec![4, 2, 5, 3]
        );
    }

    #[test]
    fn balancing_languages_uses_the_language_of_the_request() {
        let rs = vec![
            request(1, 1, "TH", "en"),
            request(2, 2, "TH", "en"),
            request(3, 3, "TH", "th"),
        ];
        assert_eq!(
            ids(order_queue(&rs, QueueOrder::BalanceLanguages)),
            vec![1, 3, 2]
        );
    }

    #[test]
    fn questions_sort_by_votes_then_age_or_newest() {
        let q = |id: i64, votes: i64, at: i64| Question {
            id,
            author_id: None,
            author_name: None,
            anonymous: false,
            text: String::new(),
            text_lang: "en".into(),
            status: QuestionStatus::Visible,
            answered: false,
            merged_into: None,
            votes,
            created_at: Timestamp::from_second(at).unwrap(),
        };
        let mut qs = vec![q(1, 2, 10), q(2, 5, 20), q(3, 2, 5)];
        sort_questions(&mut qs, QuestionSort::Votes);
        assert_eq!(qs.iter().map(|q| q.id).collect::<Vec<_>>(), vec![2, 3, 1]);
        sort_questions(&mut qs, QuestionSort::Newest);
        assert_eq!(qs.iter().map(|q| q.id).collect::<Vec<_>>(), vec![2, 1, 3]);
    }

    #[test]
    fn bad_input_is_refused_with_the_field() {
        assert!(QuestionInput::new("  ", "en").is_err());
        assert!(QuestionInput::new(&"x".repeat(QUESTION_MAX + 1), "en").is_err());
        assert!(RequestInput::new(&"x".repeat(201), "en", false).is_err());
        let bad = FloorSettings {
            speaking_limit: Some(5),
            ..Default::default()
        };
        assert!(bad.check().is_err());
        assert!(QueueOrder::parse("lottery").is_err());
    }
}
