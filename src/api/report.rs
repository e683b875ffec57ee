//! The consultation's report as JSON: the same parts, names and counts as
//! the page and its files.

use axum::{Json, extract::State};
use serde::Serialize;
use utoipa::ToSchema;
use utoipa_axum::routes;

use super::current;
use crate::{
    api::ApiError,
    app::{AppState, Me, report::readable_report, routes::Routes},
    auth::access::Rule,
    domain::report::{ActionKind, Count, Named, Part, Text},
};

/// Organisers always; others once it is published (the action checks).
pub fn routes(r: Routes) -> Routes {
    r.api(Rule::Program, routes!(report))
}

/// Text as written, with its language (BCP 47).
#[derive(Serialize, ToSchema)]
pub struct TextJson {
    text: String,
    language: String,
}

impl From<&Text> for TextJson {
    fn from(t: &Text) -> Self {
        TextJson {
            text: t.text.clone(),
            language: t.lang.clone(),
        }
    }
}

/// A person: named only with their consent to appear in the report.
#[derive(Serialize, ToSchema)]
pub struct NamedJson {
    /// Null for "a participant".
    name: Option<String>,
    /// Organisation and country, only with the name.
    affiliation: Option<String>,
}

impl From<&Named> for NamedJson {
    fn from(n: &Named) -> Self {
        NamedJson {
            name: n.name.clone(),
            affiliation: n.affiliation.clone(),
        }
    }
}

/// Counts under 3 are null: in a small meeting they could name a person.
fn shown(c: Count) -> Option<i64> {
    c.shown()
}

#[derive(Serialize, ToSchema)]
pub struct NumbersJson {
    people: Option<i64>,
    organisations: Option<i64>,
    countries: Option<i64>,
    sessions: Option<i64>,
    topics: Option<i64>,
    questions_asked: Option<i64>,
    questions_answered: Option<i64>,
}

#[derive(Serialize, ToSchema)]
pub struct ReportQuestionJson {
    text: TextJson,
    votes: i64,
    answered: bool,
    /// Null for "a participant" and for anonymous questions.
    author: Option<String>,
}

#[derive(Serialize, ToSchema)]
pub struct ReportNotesJson {
    key_points: String,
    proposals: String,
    next_steps: String,
    continuing: String,
    language: String,
}

#[derive(Serialize, ToSchema)]
pub struct ReportTopicJson {
    id: i64,
    title: TextJson,
    /// Null when nobody convenes the topic.
    convener: Option<NamedJson>,
    table: Option<String>,
    /// People signed up at the table; null when fewer than 3.
    took_part: Option<i64>,
    notes: Option<ReportNotesJson>,
}

/// A session, or an open-space round with its tables, in program order.
#[derive(Serialize, ToSchema)]
pub struct ReportPartJson {
    /// `session` or `round`.
    kind: &'static str,
    id: i64,
    /// The session's title; a round's label (in the UI language).
    title: TextJson,
    starts_at: String,
    ends_at: String,
    facilitators: Vec<NamedJson>,
    speakers: Vec<NamedJson>,
    summary: Option<TextJson>,
    /// Answered first, then open; each by votes.
    questions: Vec<ReportQuestionJson>,
    /// People who asked, voted or asked to speak; null when fewer than 3.
    took_part: Option<i64>,
    topics: Vec<ReportTopicJson>,
}

#[derive(Serialize, ToSchema)]
pub struct ActionJson {
    /// `proposal` or `next-step`.
    kind: &'static str,
    text: TextJson,
    topic: i64,
    topic_title: TextJson,
}

#[derive(Serialize, ToSchema)]
pub struct ReportJson {
    title: TextJson,
    venue: String,
    start_date: String,
    end_date: String,
    published: bool,
    introduction: Option<TextJson>,
    conclusions: Option<TextJson>,
    numbers: NumbersJson,
    /// Parts left out by the organisers are not here.
    parts: Vec<ReportPartJson>,
    actions: Vec<ActionJson>,
    /// Whether anything was harvested: a summary, a question or notes.
    harvested: bool,
}

fn text_if_any(t: &Text) -> Option<TextJson> {
    (!t.is_empty()).then(|| t.into())
}

/// The report: organisers always, participants once it is published (and
/// anonymous visitors too when the program is public).
#[utoipa::path(get, path = "/api/v1/report", responses(
    (status = 200, description = "The report", body = ReportJson),
    (status = 404, description = "Not published yet"),
))]
async fn report(State(state): State<AppState>, Me(me): Me) -> Result<Json<ReportJson>, ApiError> {
    let c = current(&state).await?;
    let r = readable_report(&state, &c, &me).await?;
    let local = |t: jiff::Timestamp| t.to_zoned(c.time_zone.clone()).to_string();
    let n = &r.numbers;
    let parts = r
        .included()
        .iter()
        .map(|part| match part {
            Part::Session(s) => ReportPartJson {
                kind: "session",
                id: s.id,
                title: (&s.title).into(),
                starts_at: local(s.starts_at),
                ends_at: local(s.ends_at),
                facilitators: s.facilitators.iter().map(Into::into).collect(),
                speakers: s.speakers.iter().map(Into::into).collect(),
                summary: text_if_any(&s.summary),
                questions: s
                    .questions
                    .iter()
                    .map(|q| ReportQuestionJson {
                        text: (&q.text).into(),
                        votes: q.votes,
                        answered: q.answered,
                        author: q.author.clone(),
                    })
                    .collect(),
                took_part: shown(s.took_part),
                topics: Vec::new(),
            },
            Part::Round(round) => ReportPartJson {
                kind: "round",
                id: round.id,
                title: TextJson {
                    text: round.label.clone(),
                    language: c.title_lang.clone(),
                },
                starts_at: local(round.starts_at),
                ends_at: local(round.ends_at),
                facilitators: Vec::new(),
                speakers: Vec::new(),
                summary: None,
                questions: Vec::new(),
                took_part: None,
                topics: round
                    .topics
                    .iter()
                    .map(|t| ReportTopicJson {
                        id: t.id,
                        title: (&t.title).into(),
                        convener: t.convener.as_ref().map(Into::into),
                        table: t.space.clone(),
                        took_part: shown(t.took_part),
                        notes: t.notes.as_ref().map(|n| ReportNotesJson {
                            key_points: n.notes.key_points.clone(),
                            proposals: n.notes.proposals.clone(),
                            next_steps: n.notes.next_steps.clone(),
                            continuing: n.notes.continuing.clone(),
                            language: n.lang.clone(),
                        }),
                    })
                    .collect(),
            },
        })
        .collect();
    Ok(Json(ReportJson {
        title: TextJson {
            text: c.title.clone(),
            language: c.title_lang.clone(),
        },
        venue: c.venue.clone(),
        start_date: c.start_date.to_string(),
        end_date: c.end_date.to_string(),
        published: r.published,
        introduction: text_if_any(&r.introduction),
        conclusions: text_if_any(&r.conclusions),
        numbers: NumbersJson {
            people: shown(n.people),
            organisations: shown(n.organisations),
            countries: shown(n.countries),
            sessions: shown(n.sessions),
            topics: shown(n.topics),
            questions_asked: shown(n.questions_asked),
            questions_answered: shown(n.questions_answered),
        },
        parts,
        actions: r
            .actions
            .iter()
            .map(|a| ActionJson {
                kind: match a.kind {
                    ActionKind::Proposal => "proposal",
                    ActionKind::NextStep => "next-step",
                },
                text: (&a.text).into(),
                topic: a.topic_id,
                topic_title: (&a.topic_title).into(),
            })
            .collect(),
        harvested: r.has_harvest(),
    }))
}
