//! Live polls: opening, answering once, closing. Who answered is kept
//! apart from the answers, which are only counted (`poll_tally`): no row
//! links a person to what they answered.

use std::collections::HashMap;

use jiff::Timestamp;

use super::{Result, Store, StoreError, with_pool, with_writer};
use crate::domain::poll::{Poll, PollInput, PollKind};

#[derive(sqlx::FromRow)]
struct PollRow {
    id: i64,
    session_id: i64,
    question: String,
    text_lang: String,
    kind: String,
    choices: String,
    closed_at: Option<i64>,
    voters: i64,
}

/// What came of an answer.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Answered {
    Counted,
    /// This person answered already: each answers once.
    Already,
    Closed,
    NotFound,
}

impl Store {
    pub async fn open_poll(
        &self,
        session_id: i64,
        poll: &PollInput,
        now: Timestamp,
    ) -> Result<i64> {
        let id = with_writer!(self, p => {
            sqlx::query_scalar(
                "INSERT INTO poll (session_id, question, text_lang, kind, choices, opened_at) \
                 VALUES ($1, $2, $3, $4, $5, $6) RETURNING id",
            )
            .bind(session_id)
            .bind(&poll.question)
            .bind(poll.language.as_str())
            .bind(poll.kind.as_str())
            .bind(poll.choices.join("\n"))
            .bind(now.as_second())
            .fetch_one(p)
            .await?
        });
        Ok(id)
    }

    /// Closes a poll; false if it was closed already or is not there.
    pub async fn close_poll(&self, poll_id: i64, now: Timestamp) -> Result<bool> {
        let done = with_writer!(self, p => {
            sqlx::query("UPDATE poll SET closed_at = $1 WHERE id = $2 AND closed_at IS NULL")
                .bind(now.as_second())
                .bind(poll_id)
                .execute(p)
                .await?
                .rows_affected()
        });
        Ok(done == 1)
    }

    /// Counts a person's answer (the keys [`crate::domain::poll::answer`]
    /// made), once per person, in one transaction: the voter's row is the
    /// guard, and each count goes up by a conditional write.
    pub async fn answer_poll(
        &self,
        poll_id: i64,
        person_id: i64,
        keys: &[String],
    ) -> Result<Answered> {
        // On PostgreSQL answers share the poll's row, and closing it waits
        // for them: no answer is counted after the close.
        let look = if self.is_postgres() {
            "SELECT closed_at FROM poll WHERE id = $1 FOR SHARE"
        } else {
            "SELECT closed_at FROM poll WHERE id = $1"
        };
        with_writer!(self, p => {
            let mut tx = p.begin().await?;
            let closed: Option<Option<i64>> = sqlx::query_scalar(look)
                .bind(poll_id)
                .fetch_optional(&mut *tx)
                .await?;
            match closed {
                None => return Ok(Answered::NotFound),
                Some(Some(_)) => return Ok(Answered::Closed),
                Some(None) => {}
            }
            let new = sqlx::query(
                "INSERT INTO poll_voter (poll_id, person_id) VALUES ($1, $2) ON CONFLICT DO NOTHING",
            )
            .bind(poll_id)
            .bind(person_id)
            .execute(&mut *tx)
            .await?
            .rows_affected();
            if new == 0 {
                return Ok(Answered::Already);
            }
            for key in keys {
                sqlx::query(
                    "INSERT INTO poll_tally (poll_id, answer, count) VALUES ($1, $2, 1) \
                     ON CONFLICT (poll_id, answer) DO UPDATE SET count = poll_tally.count + 1",
                )
                .bind(poll_id)
                .bind(key)
                .execute(&mut *tx)
                .await?;
            }
            tx.commit().await?;
            Ok(Answered::Counted)
        })
    }

    /// A session's polls with their counts, the newest first: two queries
    /// whatever their number.
    pub async fn polls(&self, session_id: i64) -> Result<Vec<Poll>> {
        let (rows, tallies): (Vec<PollRow>, Vec<(i64, String, i64)>) = with_pool!(self, p => {
            let mut c = p.acquire().await?;
            let rows = sqlx::query_as(
                "SELECT id, session_id, question, text_lang, kind, choices, closed_at, \
                 (SELECT COUNT(*) FROM poll_voter v WHERE v.poll_id = poll.id) AS voters \
                 FROM poll WHERE session_id = $1 ORDER BY id DESC",
            )
            .bind(session_id)
            .fetch_all(&mut *c)
            .await?;
            let tallies = sqlx::query_as(
                "SELECT t.poll_id, t.answer, t.count FROM poll_tally t \
                 JOIN poll ON poll.id = t.poll_id WHERE poll.session_id = $1",
            )
            .bind(session_id)
            .fetch_all(&mut *c)
            .await?;
            (rows, tallies)
        });
        let mut counted: HashMap<i64, Vec<(String, i64)>> = HashMap::new();
        for (poll, answer, count) in tallies {
            counted.entry(poll).or_default().push((answer, count));
        }
        rows.into_iter()
            .map(|r| {
                Ok(Poll {
                    kind: PollKind::parse(&r.kind)
                        .map_err(|e| StoreError::Corrupt(e.to_string()))?,
                    tallies: counted.remove(&r.id).unwrap_or_default(),
                    id: r.id,
                    session_id: r.session_id,
                    question: r.question,
                    text_lang: r.text_lang,
                    choices: r
                        .choices
                        .lines()
                        .filter(|l| !l.is_empty())
                        .map(str::to_owned)
                        .collect(),
                    closed: r.closed_at.is_some(),
                    closed_at: r.closed_at,
                    voters: r.voters,
                })
            })
            .collect()
    }

    /// The polls of a session this person answered.
    pub async fn polls_answered(&self, session_id: i64, person_id: i64) -> Result<Vec<i64>> {
        let ids = with_pool!(self, p => {
            sqlx::query_scalar(
                "SELECT v.poll_id FROM poll_voter v JOIN poll ON poll.id = v.poll_id \
                 WHERE poll.session_id = $1 AND v.person_id = $2",
            )
            .bind(session_id)
            .bind(person_id)
            .fetch_all(p)
            .await?
        });
        Ok(ids)
    }

    /// The session a poll belongs to.
    pub async fn poll_session(&self, poll_id: i64) -> Result<Option<i64>> {
        let id = with_pool!(self, p => {
            sqlx::query_scalar("SELECT session_id FROM poll WHERE id = $1")
                .bind(poll_id)
                .fetch_optional(p)
                .await?
        });
        Ok(id)
    }
}
