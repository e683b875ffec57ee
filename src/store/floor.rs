//! The floor of a session: questions and votes, the speaking queue, the
//! summary.
//!
//! Votes are rows keyed by (question, person): a second vote is a no-op by
//! the primary key, whatever the timing; a vote writes its question's row
//! first, so it cannot slip past a merge or a hide of that question.
//!
//! Every change to the queue first writes the session's `floor` row:
//! PostgreSQL then holds that row's lock to the end of the transaction and
//! SQLite its single write lock, so positions are handed out one at a time
//! and two facilitators pressing "next" call two people one after the
//! other, never the same one twice.

use jiff::Timestamp;

use super::{Result, Store, StoreError, with_pool, with_writer};
use crate::domain::Visibility;
use crate::domain::floor::{
    FloorRequest, FloorSettings, Question, QuestionInput, QuestionStatus, QueueOrder, RequestInput,
    RequestState, order_queue,
};

/// Everything the floor pages show, for one session.
#[derive(Debug, Clone, Default)]
pub struct Floor {
    pub settings: FloorSettings,
    /// Every question, merged and hidden ones included; pages filter.
    pub questions: Vec<Question>,
    /// Every request to speak, finished ones included (for who spoke how long).
    pub requests: Vec<FloorRequest>,
    pub summary: Summary,
}

#[derive(Debug, Clone, Default)]
pub struct Summary {
    pub text: String,
    pub lang: Option<String>,
    pub updated_at: Option<Timestamp>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum VoteOutcome {
    Counted,
    /// This person's vote was already there.
    AlreadyCounted,
    /// The question is not open for votes (pending, hidden or gone).
    NotOpen,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AskOutcome {
    Queued {
        position: i64,
    },
    /// The person is already waiting or speaking.
    AlreadyQueued,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CallOutcome {
    Called {
        request_id: i64,
    },
    EmptyQueue,
    /// The request asked for is not waiting (any more).
    NotWaiting,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MergeOutcome {
    Merged,
    /// Not two distinct open questions of the same session.
    Refused,
}

/// A question's place, for the checks before acting on it.
#[derive(Debug, Clone, Copy)]
pub struct QuestionRef {
    pub session_id: i64,
    pub status: QuestionStatus,
    pub merged_into: Option<i64>,
}

#[derive(sqlx::FromRow)]
struct SettingsRow {
    moderated: bool,
    anonymous_allowed: bool,
    queue_order: String,
    speaking_limit: Option<i64>,
    summary: String,
    summary_lang: Option<String>,
    summary_updated_at: Option<i64>,
}

#[derive(sqlx::FromRow)]
struct QuestionRow {
    id: i64,
    author_id: Option<i64>,
    author_name: Option<String>,
    anonymous: bool,
    text: String,
    text_lang: String,
    status: String,
    answered_at: Option<i64>,
    merged_into: Option<i64>,
    votes: i64,
    created_at: i64,
}

#[derive(sqlx::FromRow)]
struct RequestRow {
    id: i64,
    person_id: i64,
    name: String,
    on_screen: bool,
    visibility: String,
    country: Option<String>,
    lang: String,
    note: String,
    point_of_order: bool,
    priority: bool,
    position: i64,
    state: String,
    requested_at: i64,
    started_at: Option<i64>,
    ended_at: Option<i64>,
}

const QUESTIONS: &str = "SELECT q.id, q.author_id, p.display_name AS author_name, q.anonymous, \
     q.text, q.text_lang, q.status, q.answered_at, q.merged_into, \
     (SELECT COUNT(*) FROM question_vote v WHERE v.question_id = q.id) AS votes, q.created_at \
     FROM question q LEFT JOIN person p ON p.id = q.author_id \
     WHERE q.session_id = $1 ORDER BY q.id";

const REQUESTS: &str = "SELECT r.id, r.person_id, p.display_name AS name, \
     p.consent_screen AS on_screen, p.visibility, p.country, r.lang, r.note, r.point_of_order, r.priority, \
     r.position, r.state, r.requested_at, r.started_at, r.ended_at \
     FROM floor_request r JOIN person p ON p.id = r.person_id \
     WHERE r.session_id = $1 AND r.state IN ('waiting', 'speaking', 'done') \
     ORDER BY r.position";

const ENSURE_FLOOR: &str =
    "INSERT INTO floor (session_id) VALUES ($1) ON CONFLICT (session_id) DO NOTHING";

/// Takes the session's floor lock (see the module comment) and hands out
/// the next position.
const LOCK_FLOOR: &str = "UPDATE floor SET next_position = next_position + 1 WHERE session_id = $1 RETURNING next_position";

fn at(seconds: i64) -> Result<Timestamp> {
    Timestamp::from_second(seconds).map_err(|e| StoreError::Corrupt(e.to_string()))
}

fn corrupt(what: &str, value: &str) -> StoreError {
    StoreError::Corrupt(format!("{what} {value:?}"))
}

impl SettingsRow {
    fn settings(&self) -> Result<FloorSettings> {
        Ok(FloorSettings {
            moderated: self.moderated,
            anonymous_allowed: self.anonymous_allowed,
            order: QueueOrder::parse(&self.queue_order)
                .map_err(|_| corrupt("queue order", &self.queue_order))?,
            speaking_limit: self.speaking_limit,
        })
    }
}

const SETTINGS: &str = "SELECT moderated, anonymous_allowed, queue_order, speaking_limit, summary, \
     summary_lang, summary_updated_at FROM floor WHERE session_id = $1";

impl QuestionRow {
    fn into_question(self) -> Result<Question> {
        let status =
            QuestionStatus::parse(&self.status).ok_or_else(|| corrupt("status", &self.status))?;
        Ok(Question {
            id: self.id,
            author_id: self.author_id,
            author_name: if self.anonymous {
                None
            } else {
                self.author_name
            },
            anonymous: self.anonymous,
            text: self.text,
            text_lang: self.text_lang,
            status,
            answered: self.answered_at.is_some(),
            merged_into: self.merged_into,
            votes: self.votes,
            created_at: at(self.created_at)?,
        })
    }
}

impl RequestRow {
    fn into_request(self) -> Result<FloorRequest> {
        let state =
            RequestState::parse(&self.state).ok_or_else(|| corrupt("state", &self.state))?;
        Ok(FloorRequest {
            id: self.id,
            person_id: self.person_id,
            name: self.name,
            on_screen: self.on_screen,
            visibility: Visibility::parse(&self.visibility)
                .map_err(|_| corrupt("visibility", &self.visibility))?,
            country: self.country,
            lang: self.lang,
            note: self.note,
            point_of_order: self.point_of_order,
            priority: self.priority,
            position: self.position,
            state,
            requested_at: at(self.requested_at)?,
            started_at: self.started_at.map(at).transpose()?,
            ended_at: self.ended_at.map(at).transpose()?,
        })
    }
}

fn requests(rows: Vec<RequestRow>) -> Result<Vec<FloorRequest>> {
    rows.into_iter().map(RequestRow::into_request).collect()
}

impl Store {
    /// The floor of a session; its defaults when nobody has used it yet.
    pub async fn floor(&self, session_id: i64) -> Result<Floor> {
        let (settings, questions, request_rows): (
            Option<SettingsRow>,
            Vec<QuestionRow>,
            Vec<RequestRow>,
        ) = with_pool!(self, p => {
            let settings = sqlx::query_as(SETTINGS).bind(session_id).fetch_optional(p).await?;
            let questions = sqlx::query_as(QUESTIONS).bind(session_id).fetch_all(p).await?;
            let requests = sqlx::query_as(REQUESTS).bind(session_id).fetch_all(p).await?;
            (settings, questions, requests)
        });
        let mut floor = Floor {
            questions: questions
                .into_iter()
                .map(QuestionRow::into_question)
                .collect::<Result<_>>()?,
            requests: requests(request_rows)?,
            ..Floor::default()
        };
        if let Some(s) = settings {
            floor.settings = s.settings()?;
            floor.summary = Summary {
                text: s.summary,
                lang: s.summary_lang,
                updated_at: s.summary_updated_at.map(at).transpose()?,
            };
        }
        Ok(floor)
    }

    /// How the session's floor works; its defaults when nobody set them.
    pub async fn floor_settings(&self, session_id: i64) -> Result<FloorSettings> {
        let row: Option<SettingsRow> = with_pool!(self, p => {
            sqlx::query_as(SETTINGS).bind(session_id).fetch_optional(p).await?
        });
        row.map_or_else(|| Ok(FloorSettings::default()), |r| r.settings())
    }

    /// Whether the person facilitates the session (whatever their visibility).
    pub async fn facilitates(&self, session_id: i64, person_id: i64) -> Result<bool> {
        let found: Option<i64> = with_pool!(self, p => {
            sqlx::query_scalar(
                "SELECT person_id FROM session_person \
                 WHERE session_id = $1 AND person_id = $2 AND role = 'facilitator' \
                 UNION SELECT person_id FROM session_moderator \
                 WHERE session_id = $1 AND person_id = $2",
            )
            .bind(session_id)
            .bind(person_id)
            .fetch_optional(p)
            .await?
        });
        Ok(found.is_some())
    }

    /// The people who moderate a session's floor without facilitating it.
    pub async fn moderators(&self, session_id: i64) -> Result<Vec<i64>> {
        let ids = with_pool!(self, p => {
            sqlx::query_scalar(
                "SELECT person_id FROM session_moderator WHERE session_id = $1 ORDER BY person_id",
            )
            .bind(session_id)
            .fetch_all(p)
            .await?
        });
        Ok(ids)
    }

    /// Replaces a session's moderators; people of another consultation are
    /// left out.
    pub async fn set_moderators(
        &self,
        consultation_id: i64,
        session_id: i64,
        people: &[i64],
    ) -> Result<()> {
        with_writer!(self, p => {
            let mut tx = p.begin().await?;
            sqlx::query("DELETE FROM session_moderator WHERE session_id = $1")
                .bind(session_id)
                .execute(&mut *tx)
                .await?;
            for person in people {
                sqlx::query(
                    "INSERT INTO session_moderator (session_id, person_id) \
                     SELECT $1, id FROM person WHERE id = $2 AND consultation_id = $3 \
                     ON CONFLICT DO NOTHING",
                )
                .bind(session_id)
                .bind(person)
                .bind(consultation_id)
                .execute(&mut *tx)
                .await?;
            }
            tx.commit().await?;
        });
        Ok(())
    }

    /// The questions of the session this person voted for.
    pub async fn my_votes(&self, session_id: i64, person_id: i64) -> Result<Vec<i64>> {
        let ids = with_pool!(self, p => {
            sqlx::query_scalar(
                "SELECT v.question_id FROM question_vote v JOIN question q ON q.id = v.question_id \
                 WHERE q.session_id = $1 AND v.person_id = $2",
            )
            .bind(session_id)
            .bind(person_id)
            .fetch_all(p)
            .await?
        });
        Ok(ids)
    }

    pub async fn save_floor_settings(&self, session_id: i64, s: &FloorSettings) -> Result<()> {
        s.check()?;
        with_writer!(self, p => {
            sqlx::query(
                "INSERT INTO floor (session_id, moderated, anonymous_allowed, queue_order, \
                 speaking_limit) VALUES ($1, $2, $3, $4, $5) ON CONFLICT (session_id) DO UPDATE \
                 SET moderated = $2, anonymous_allowed = $3, queue_order = $4, speaking_limit = $5",
            )
            .bind(session_id)
            .bind(s.moderated)
            .bind(s.anonymous_allowed)
            .bind(s.order.as_str())
            .bind(s.speaking_limit)
            .execute(p)
            .await?;
        });
        Ok(())
    }

    pub async fn ask_question(
        &self,
        session_id: i64,
        author_id: i64,
        anonymous: bool,
        question: &QuestionInput,
        status: QuestionStatus,
        now: Timestamp,
    ) -> Result<i64> {
        let id = with_writer!(self, p => {
            sqlx::query_scalar(
                "INSERT INTO question (session_id, author_id, anonymous, text, text_lang, status, \
                 created_at) VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id",
            )
            .bind(session_id)
            .bind(author_id)
            .bind(anonymous)
            .bind(&question.text)
            .bind(question.text_lang.as_str())
            .bind(status.as_str())
            .bind(now.as_second())
            .fetch_one(p)
            .await?
        });
        Ok(id)
    }

    pub async fn question_ref(&self, question_id: i64) -> Result<Option<QuestionRef>> {
        let row: Option<(i64, String, Option<i64>)> = with_pool!(self, p => {
            sqlx::query_as("SELECT session_id, status, merged_into FROM question WHERE id = $1")
                .bind(question_id)
                .fetch_optional(p)
                .await?
        });
        row.map(|(session_id, status, merged_into)| {
            Ok(QuestionRef {
                session_id,
                status: QuestionStatus::parse(&status).ok_or_else(|| corrupt("status", &status))?,
                merged_into,
            })
        })
        .transpose()
    }

    /// Adds (or takes back) one person's vote. A vote first writes its
    /// question's row, so it waits for a merge or a hide of that question
    /// in progress and then sees whether the question is still open.
    pub async fn vote(&self, question_id: i64, person_id: i64, yes: bool) -> Result<VoteOutcome> {
        if !yes {
            with_writer!(self, p => {
                sqlx::query("DELETE FROM question_vote WHERE question_id = $1 AND person_id = $2")
                    .bind(question_id)
                    .bind(person_id)
                    .execute(p)
                    .await?;
            });
            return Ok(VoteOutcome::Counted);
        }
        with_writer!(self, p => {
            let mut tx = p.begin().await?;
            let open = sqlx::query(
                "UPDATE question SET status = status WHERE id = $1 AND status = 'visible'",
            )
            .bind(question_id)
            .execute(&mut *tx)
            .await?
            .rows_affected();
            if open == 0 {
                return Ok(VoteOutcome::NotOpen);
            }
            let added = sqlx::query(
                "INSERT INTO question_vote (question_id, person_id) VALUES ($1, $2) \
                 ON CONFLICT (question_id, person_id) DO NOTHING",
            )
            .bind(question_id)
            .bind(person_id)
            .execute(&mut *tx)
            .await?
            .rows_affected();
            tx.commit().await?;
            Ok(if added == 1 {
                VoteOutcome::Counted
            } else {
                VoteOutcome::AlreadyCounted
            })
        })
    }

    /// Moves a question between pending, visible and hidden; false when it
    /// was merged (or is gone).
    pub async fn set_question_status(&self, question_id: i64, to: QuestionStatus) -> Result<bool> {
        let done = with_writer!(self, p => {
            sqlx::query("UPDATE question SET status = $2 WHERE id = $1 AND status <> 'merged'")
                .bind(question_id)
                .bind(to.as_str())
                .execute(p)
                .await?
                .rows_affected()
        });
        Ok(done == 1)
    }

    pub async fn mark_answered(
        &self,
        question_id: i64,
        answered: bool,
        now: Timestamp,
    ) -> Result<bool> {
        let done = with_writer!(self, p => {
            sqlx::query("UPDATE question SET answered_at = $2 WHERE id = $1")
                .bind(question_id)
                .bind(answered.then_some(now.as_second()))
                .execute(p)
                .await?
                .rows_affected()
        });
        Ok(done == 1)
    }

    /// Merges a duplicate into another question of the same session: the
    /// votes combine (a person who voted for both counts once), questions
    /// merged into the duplicate follow it, and the duplicate is closed.
    pub async fn merge_question(&self, duplicate: i64, into: i64) -> Result<MergeOutcome> {
        with_writer!(self, p => {
            let mut tx = p.begin().await?;
            // The session's floor row first, so merges in one session run one
            // after the other (never two waiting on each other's questions);
            // then both questions' rows, so votes on them wait for the merge.
            let session: Option<i64> =
                sqlx::query_scalar("SELECT session_id FROM question WHERE id = $1")
                    .bind(into)
                    .fetch_optional(&mut *tx)
                    .await?;
            let Some(session) = session else {
                return Ok(MergeOutcome::Refused);
            };
            sqlx::query(ENSURE_FLOOR).bind(session).execute(&mut *tx).await?;
            sqlx::query_scalar::<_, i64>(LOCK_FLOOR)
                .bind(session)
                .fetch_one(&mut *tx)
                .await?;
            let open = sqlx::query(
                "UPDATE question SET status = status WHERE id IN ($1, $2) AND status <> 'merged' \
                 AND session_id = (SELECT session_id FROM question WHERE id = $2)",
            )
            .bind(duplicate)
            .bind(into)
            .execute(&mut *tx)
            .await?
            .rows_affected();
            if duplicate == into || open != 2 {
                return Ok(MergeOutcome::Refused);
            }
            sqlx::query(
                "INSERT INTO question_vote (question_id, person_id) \
                 SELECT $2, person_id FROM question_vote WHERE question_id = $1 \
                 ON CONFLICT (question_id, person_id) DO NOTHING",
            )
            .bind(duplicate)
            .bind(into)
            .execute(&mut *tx)
            .await?;
            sqlx::query("DELETE FROM question_vote WHERE question_id = $1")
                .bind(duplicate)
                .execute(&mut *tx)
                .await?;
            sqlx::query("UPDATE question SET merged_into = $2 WHERE merged_into = $1")
                .bind(duplicate)
                .bind(into)
                .execute(&mut *tx)
                .await?;
            sqlx::query("UPDATE question SET status = 'merged', merged_into = $2 WHERE id = $1")
                .bind(duplicate)
                .bind(into)
                .execute(&mut *tx)
                .await?;
            tx.commit().await?;
        });
        Ok(MergeOutcome::Merged)
    }

    /// Who wrote a question, anonymous or not: for an organiser tracing
    /// abuse (the caller audits it).
    pub async fn question_author(&self, question_id: i64) -> Result<Option<(i64, String)>> {
        let row = with_pool!(self, p => {
            sqlx::query_as(
                "SELECT p.id, p.display_name FROM question q JOIN person p ON p.id = q.author_id \
                 WHERE q.id = $1",
            )
            .bind(question_id)
            .fetch_optional(p)
            .await?
        });
        Ok(row)
    }

    /// Puts the person in the session's queue with the next position.
    pub async fn ask_to_speak(
        &self,
        session_id: i64,
        person_id: i64,
        request: &RequestInput,
        now: Timestamp,
    ) -> Result<AskOutcome> {
        with_writer!(self, p => {
            let mut tx = p.begin().await?;
            sqlx::query(ENSURE_FLOOR).bind(session_id).execute(&mut *tx).await?;
            let position: i64 = sqlx::query_scalar(LOCK_FLOOR)
                .bind(session_id)
                .fetch_one(&mut *tx)
                .await?;
            let open: Option<i64> = sqlx::query_scalar(
                "SELECT id FROM floor_request WHERE session_id = $1 AND person_id = $2 \
                 AND state IN ('waiting', 'speaking')",
            )
            .bind(session_id)
            .bind(person_id)
            .fetch_optional(&mut *tx)
            .await?;
            if open.is_some() {
                return Ok(AskOutcome::AlreadyQueued);
            }
            sqlx::query(
                "INSERT INTO floor_request (session_id, person_id, position, note, lang, \
                 point_of_order, state, requested_at) VALUES ($1, $2, $3, $4, $5, $6, 'waiting', $7)",
            )
            .bind(session_id)
            .bind(person_id)
            .bind(position)
            .bind(&request.note)
            .bind(request.lang.as_str())
            .bind(request.point_of_order)
            .bind(now.as_second())
            .execute(&mut *tx)
            .await?;
            tx.commit().await?;
            Ok(AskOutcome::Queued { position })
        })
    }

    /// The person leaves the queue; false when they were not waiting.
    pub async fn withdraw_request(&self, session_id: i64, person_id: i64) -> Result<bool> {
        let done = with_writer!(self, p => {
            sqlx::query(
                "UPDATE floor_request SET state = 'withdrawn' \
                 WHERE session_id = $1 AND person_id = $2 AND state = 'waiting'",
            )
            .bind(session_id)
            .bind(person_id)
            .execute(p)
            .await?
            .rows_affected()
        });
        Ok(done == 1)
    }

    /// Ends the current turn and gives the floor to `request`, or to the
    /// first in the queue by the session's rule (read under the lock, so a
    /// change of rule cannot slip in between). Nothing changes when
    /// nobody (or not that request) is waiting.
    pub async fn call_speaker(
        &self,
        session_id: i64,
        request: Option<i64>,
        now: Timestamp,
    ) -> Result<CallOutcome> {
        with_writer!(self, p => {
            let mut tx = p.begin().await?;
            sqlx::query(ENSURE_FLOOR).bind(session_id).execute(&mut *tx).await?;
            sqlx::query_scalar::<_, i64>(LOCK_FLOOR)
                .bind(session_id)
                .fetch_one(&mut *tx)
                .await?;
            let rows: Vec<RequestRow> = sqlx::query_as(REQUESTS)
                .bind(session_id)
                .fetch_all(&mut *tx)
                .await?;
            let all = requests(rows)?;
            let order: String = sqlx::query_scalar("SELECT queue_order FROM floor WHERE session_id = $1")
                .bind(session_id)
                .fetch_one(&mut *tx)
                .await?;
            let order = QueueOrder::parse(&order).map_err(|_| corrupt("queue order", &order))?;
            let queue = order_queue(&all, order);
            let chosen = match request {
                Some(id) => match queue.iter().find(|r| r.id == id) {
                    Some(r) => r.id,
                    None => return Ok(CallOutcome::NotWaiting),
                },
                None => match queue.first() {
                    Some(r) => r.id,
                    None => return Ok(CallOutcome::EmptyQueue),
                },
            };
            sqlx::query(
                "UPDATE floor_request SET state = 'done', ended_at = $2 \
                 WHERE session_id = $1 AND state = 'speaking'",
            )
            .bind(session_id)
            .bind(now.as_second())
            .execute(&mut *tx)
            .await?;
            sqlx::query("UPDATE floor_request SET state = 'speaking', started_at = $2 WHERE id = $1")
                .bind(chosen)
                .bind(now.as_second())
                .execute(&mut *tx)
                .await?;
            tx.commit().await?;
            Ok(CallOutcome::Called { request_id: chosen })
        })
    }

    /// Ends the current turn without calling anyone; false when nobody spoke.
    pub async fn end_turn(&self, session_id: i64, now: Timestamp) -> Result<bool> {
        let done = with_writer!(self, p => {
            sqlx::query(
                "UPDATE floor_request SET state = 'done', ended_at = $2 \
                 WHERE session_id = $1 AND state = 'speaking'",
            )
            .bind(session_id)
            .bind(now.as_second())
            .execute(p)
            .await?
            .rows_affected()
        });
        Ok(done == 1)
    }

    /// Gives (or takes back) priority to a waiting request.
    pub async fn set_request_priority(
        &self,
        session_id: i64,
        request_id: i64,
        priority: bool,
    ) -> Result<bool> {
        let done = with_writer!(self, p => {
            sqlx::query(
                "UPDATE floor_request SET priority = $3 \
                 WHERE id = $2 AND session_id = $1 AND state = 'waiting'",
            )
            .bind(session_id)
            .bind(request_id)
            .bind(priority)
            .execute(p)
            .await?
            .rows_affected()
        });
        Ok(done == 1)
    }

    /// A facilitator takes a request out of the queue.
    pub async fn remove_request(&self, session_id: i64, request_id: i64) -> Result<bool> {
        let done = with_writer!(self, p => {
            sqlx::query(
                "UPDATE floor_request SET state = 'removed' \
                 WHERE id = $2 AND session_id = $1 AND state = 'waiting'",
            )
            .bind(session_id)
            .bind(request_id)
            .execute(p)
            .await?
            .rows_affected()
        });
        Ok(done == 1)
    }

    pub async fn save_summary(
        &self,
        session_id: i64,
        text: &str,
        lang: &str,
        now: Timestamp,
    ) -> Result<()> {
        with_writer!(self, p => {
            sqlx::query(
                "INSERT INTO floor (session_id, summary, summary_lang, summary_updated_at) \
                 VALUES ($1, $2, $3, $4) ON CONFLICT (session_id) DO UPDATE \
                 SET summary = $2, summary_lang = $3, summary_updated_at = $4",
            )
            .bind(session_id)
            .bind(text)
            .bind(lang)
            .bind(now.as_second())
            .execute(p)
            .await?;
        });
        Ok(())
    }
}
