//! The consultation's report: the harvest of every session and table in
//! the program's order, with what organisers write around it. Rules only:
//! who is named (those who agreed to be), which counts are too small to
//! show, what is left out; the store gathers the sources, and pages and
//! files render the result.

use std::collections::{HashMap, HashSet};

use jiff::Timestamp;

use super::{
    Consultation, Session, SessionKind,
    floor::{Question, QuestionStatus},
    open_space::{Board, Notes},
};

/// Counts under this are shown as "fewer than 3": in a small meeting a rare
/// combination (two people from one country at one table) names a person.
pub const SMALLEST_COUNT_SHOWN: i64 = 3;

/// A count as the report may show it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Count {
    Exact(i64),
    /// One or two: not shown.
    FewerThan3,
}

impl Count {
    pub fn of(n: i64) -> Count {
        if n > 0 && n < SMALLEST_COUNT_SHOWN {
            Count::FewerThan3
        } else {
            Count::Exact(n)
        }
    }

    /// The number, when it may be shown.
    pub fn shown(self) -> Option<i64> {
        match self {
            Count::Exact(n) => Some(n),
            Count::FewerThan3 => None,
        }
    }
}

/// Text as written, with its language.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Text {
    pub text: String,
    pub lang: String,
}

impl Text {
    pub fn is_empty(&self) -> bool {
        self.text.trim().is_empty()
    }
}

/// What organisers write around the harvest, and what they leave out.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ReportSettings {
    pub introduction: Text,
    pub conclusions: Text,
    pub published: bool,
    pub left_out_sessions: HashSet<i64>,
    pub left_out_topics: HashSet<i64>,
}

/// A table's notes with the language they are written in.
#[derive(Debug, Clone, Default)]
pub struct TopicNotes {
    pub notes: Notes,
    pub lang: String,
}

/// A session's floor as the report reads it.
#[derive(Debug, Clone, Default)]
pub struct SessionHarvest {
    pub summary: Text,
    pub questions: Vec<Question>,
    /// Distinct people who asked, voted or asked to speak.
    pub took_part: i64,
    pub polls: Vec<super::poll::Poll>,
}

/// Everything the report is made from, as the store gathers it.
#[derive(Debug, Clone)]
pub struct ReportSources {
    pub consultation: Consultation,
    pub settings: ReportSettings,
    /// Every session, as organisers see the program.
    pub sessions: Vec<Session>,
    pub floors: HashMap<i64, SessionHarvest>,
    pub board: Board,
    pub notes: HashMap<i64, TopicNotes>,
    /// People who agreed to be named in the report.
    pub named: HashSet<i64>,
    /// People, their organisations and countries, among those who came.
    pub people: i64,
    pub organisations: i64,
    pub countries: i64,
}

/// A person in the report: named with their consent, else "a participant".
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Named {
    pub name: Option<String>,
    /// Organisation and country, only with the name.
    pub affiliation: Option<String>,
}

#[derive(Debug, Clone)]
pub struct ReportQuestion {
    pub text: Text,
    pub votes: i64,
    pub answered: bool,
    /// `None` for "a participant" (or an anonymous question).
    pub author: Option<String>,
}

#[derive(Debug, Clone)]
pub struct ReportSession {
    pub id: i64,
    pub title: Text,
    pub kind: SessionKind,
    pub starts_at: Timestamp,
    pub ends_at: Timestamp,
    pub facilitators: Vec<Named>,
    pub speakers: Vec<Named>,
    pub summary: Text,
    /// Answered first, then open; each by votes.
    pub questions: Vec<ReportQuestion>,
    /// Closed polls, oldest first, with their final counts.
    pub polls: Vec<ReportPoll>,
    pub took_part: Count,
    pub left_out: bool,
}

/// A closed poll's results, counts as the report may show them.
#[derive(Debug, Clone)]
pub struct ReportPoll {
    pub question: Text,
    pub voters: Count,
    /// (choice or word, count)
    pub lines: Vec<(String, Count)>,
}

fn report_polls(polls: &[super::poll::Poll]) -> Vec<ReportPoll> {
    polls
        .iter()
        .rev()
        .filter(|p| p.closed)
        .map(|p| ReportPoll {
            question: Text {
                text: p.question.clone(),
                lang: p.text_lang.clone(),
            },
            voters: Count::of(p.voters),
            lines: super::poll::results(p)
                .into_iter()
                .map(|l| (l.label, Count::of(l.count.unwrap_or(0))))
                .collect(),
        })
        .collect()
}

#[derive(Debug, Clone)]
pub struct ReportTopic {
    pub id: i64,
    pub title: Text,
    /// `None` for a topic nobody convenes (suggested, placed by organisers).
    pub convener: Option<Named>,
    pub space: Option<String>,
    pub took_part: Count,
    pub notes: Option<TopicNotes>,
    pub left_out: bool,
}

#[derive(Debug, Clone)]
pub struct ReportRound {
    pub id: i64,
    pub label: String,
    pub starts_at: Timestamp,
    pub ends_at: Timestamp,
    pub topics: Vec<ReportTopic>,
}

/// One part of the report, in the program's order.
#[derive(Debug, Clone)]
pub enum Part {
    Session(ReportSession),
    Round(ReportRound),
}

impl Part {
    fn starts_at(&self) -> Timestamp {
        match self {
            Part::Session(s) => s.starts_at,
            Part::Round(r) => r.starts_at,
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ActionKind {
    Proposal,
    NextStep,
}

/// A proposal or next step, with the table it came from.
#[derive(Debug, Clone)]
pub struct Action {
    pub kind: ActionKind,
    pub text: Text,
    pub topic_id: i64,
    pub topic_title: Text,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Numbers {
    pub people: Count,
    pub organisations: Count,
    pub countries: Count,
    pub sessions: Count,
    pub topics: Count,
    pub questions_asked: Count,
    pub questions_answered: Count,
}

#[derive(Debug, Clone)]
pub struct Report {
    pub consultation: Consultation,
    pub introduction: Text,
    pub conclusions: Text,
    pub published: bool,
    pub numbers: Numbers,
    /// Everything, left-out parts marked: what organisers edit.
    pub parts: Vec<Part>,
    pub actions: Vec<Action>,
}

impl Report {
    /// The parts as readers get them: without those left out.
    pub fn included(&self) -> Vec<Part> {
        self.parts
            .iter()
            .filter_map(|part| match part {
                Part::Session(s) if s.left_out => None,
                Part::Session(s) => Some(Part::Session(s.clone())),
                Part::Round(r) => {
                    let topics: Vec<ReportTopic> =
                        r.topics.iter().filter(|t| !t.left_out).cloned().collect();
                    (!topics.is_empty()).then(|| {
                        Part::Round(ReportRound {
                            topics,
                            ..r.clone()
                        })
                    })
                }
            })
            .collect()
    }

    /// Whether anything was harvested: a summary, a question or a note.
    pub fn has_harvest(&self) -> bool {
        self.included().iter().any(|part| match part {
            Part::Session(s) => {
                !s.summary.is_empty() || !s.questions.is_empty() || !s.polls.is_empty()
            }
            Part::Round(r) => r.topics.iter().any(|t| t.notes.is_some()),
        })
    }
}

/// Builds the report from its sources.
pub fn build(sources: ReportSources) -> Report {
    let ReportSources {
        consultation,
        settings,
        sessions,
        mut floors,
        board,
        mut notes,
        named,
        people,
        organisations,
        countries,
    } = sources;
    let is_named = |id: i64| named.contains(&id);
    let mut parts = Vec::new();
    let (mut asked, mut answered, mut session_count) = (0, 0, 0);
    for s in sessions {
        let harvest = floors.remove(&s.id).unwrap_or_default();
        let has_floor = !harvest.summary.is_empty() || !harvest.questions.is_empty();
        // Breaks say nothing; an open-space session is reported by its rounds.
        if s.cancelled
            || s.kind == SessionKind::Break
            || (s.kind == SessionKind::OpenSpace && !has_floor)
        {
            continue;
        }
        let questions = report_questions(harvest.questions, &is_named);
        let left_out = settings.left_out_sessions.contains(&s.id);
        if !left_out {
            session_count += 1;
            asked += questions.len() as i64;
            answered += questions.iter().filter(|q| q.answered).count() as i64;
        }
        let person = |p: &super::PersonRef| named_person(p, &is_named);
        parts.push(Part::Session(ReportSession {
            id: s.id,
            title: Text {
                text: s.title,
                lang: s.text_lang,
            },
            kind: s.kind,
            starts_at: s.starts_at,
            ends_at: s.ends_at,
            facilitators: s.facilitators.iter().map(person).collect(),
            speakers: s.speakers.iter().map(person).collect(),
            summary: harvest.summary,
            questions,
            polls: report_polls(&harvest.polls),
            took_part: Count::of(harvest.took_part),
            left_out,
        }));
    }
    let mut topic_count = 0;
    let mut actions = Vec::new();
    for round in &board.rounds {
        let mut topics = Vec::new();
        for t in board.topics.iter().filter(|t| t.round_id == Some(round.id)) {
            let left_out = settings.left_out_topics.contains(&t.id);
            let title = Text {
                text: t.title.clone(),
                lang: t.text_lang.clone(),
            };
            let topic_notes = notes.remove(&t.id).filter(|n| !n.notes.is_empty());
            if !left_out {
                topic_count += 1;
                if let Some(n) = &topic_notes {
                    actions.extend(actions_of(n, t.id, &title));
                }
            }
            topics.push(ReportTopic {
                id: t.id,
                title,
                convener: t.convener_id.map(|id| Named {
                    name: is_named(id).then(|| t.convener_name.clone()).flatten(),
                    affiliation: None,
                }),
                space: t
                    .space_id
                    .and_then(|s| board.space(s))
                    .map(|s| s.name.clone()),
                took_part: Count::of(t.signed_up),
                notes: topic_notes,
                left_out,
            });
        }
        if topics.is_empty() {
            continue;
        }
        parts.push(Part::Round(ReportRound {
            id: round.id,
            label: round.label.clone(),
            starts_at: round.starts_at,
            ends_at: round.ends_at,
            topics,
        }));
    }
    parts.sort_by_key(Part::starts_at);
    Report {
        introduction: settings.introduction,
        conclusions: settings.conclusions,
        published: settings.published,
        numbers: Numbers {
            people: Count::of(people),
            organisations: Count::of(organisations),
            countries: Count::of(countries),
            sessions: Count::Exact(session_count),
            topics: Count::Exact(topic_count),
            questions_asked: Count::of(asked),
            questions_answered: Count::of(answered),
        },
        consultation,
        parts,
        actions,
    }
}

fn named_person(p: &super::PersonRef, is_named: &impl Fn(i64) -> bool) -> Named {
    if !is_named(p.id) {
        return Named {
            name: None,
            affiliation: None,
        };
    }
    let affiliation = [
        p.organisation.as_ref().map(|o| o.name.clone()),
        p.country.map(|c| c.name().to_owned()),
    ]
    .into_iter()
    .flatten()
    .collect::<Vec<_>>()
    .join(", ");
    Named {
        name: Some(p.display_name.clone()),
        affiliation: Some(affiliation).filter(|a| !a.is_empty()),
    }
}

/// Questions the room saw (not hidden, pending or merged): answered first,
/// then open, each by votes. An anonymous question's author is never named.
fn report_questions(
    questions: Vec<Question>,
    is_named: &impl Fn(i64) -> bool,
) -> Vec<ReportQuestion> {
    let mut shown: Vec<Question> = questions
        .into_iter()
        .filter(|q| q.status == QuestionStatus::Visible)
        .collect();
    shown.sort_by(|a, b| {
        b.answered
            .cmp(&a.answered)
            .then(b.votes.cmp(&a.votes))
            .then(a.created_at.cmp(&b.created_at))
    });
    shown
        .into_iter()
        .map(|q| ReportQuestion {
            author: match (q.anonymous, q.author_id) {
                (false, Some(id)) if is_named(id) => q.author_name.clone(),
                _ => None,
            },
            text: Text {
                text: q.text,
                lang: q.text_lang,
            },
            votes: q.votes,
            answered: q.answered,
        })
        .collect()
}

/// Each line (or bullet) of a table's proposals and next steps.
fn actions_of(n: &TopicNotes, topic_id: i64, title: &Text) -> Vec<Action> {
    [
        (ActionKind::Proposal, &n.notes.proposals),
        (ActionKind::NextStep, &n.notes.next_steps),
    ]
    .into_iter()
    .flat_map(|(kind, text)| items(text).into_iter().map(move |item| (kind, item)))
    .map(|(kind, item)| Action {
        kind,
        text: Text {
            text: item,
            lang: n.lang.clone(),
        },
        topic_id,
        topic_title: title.clone(),
    })
    .collect()
}

/// The items of a list written as lines, with or without bullets.
pub fn items(text: &str) -> Vec<String> {
    text.lines()
        .map(|line| {
            line.trim()
                .trim_start_matches(['-', '*', '•', '–'])
                .trim()
                .to_owned()
        })
        .filter(|item| !item.is_empty())
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn small_counts_are_not_shown() {
        assert_eq!(Count::of(0), Count::Exact(0));
        assert_eq!(Count::of(1), Count::FewerThan3);
        assert_eq!(Count::of(2), Count::FewerThan3);
        assert_eq!(Count::of(3).shown(), Some(3));
    }

    #[test]
    fn list_items_lose_their_bullets() {
        assert_eq!(
            items("- Map recruiters\r\n\r\n* Share contacts\n• Meet in March\nPlain line"),
            [
                "Map recruiters",
                "Share contacts",
                "Meet in March",
                "Plain line"
            ]
        );
    }
}
