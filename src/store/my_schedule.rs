//! What makes a person's own schedule: the sessions they remember, and the
//! token of their personal calendar feed.

use jiff::Timestamp;

use super::{Result, Store, with_pool, with_writer};

impl Store {
    /// Remembers a session for a person, or forgets it; idempotent.
    pub async fn remember_session(
        &self,
        person_id: i64,
        session_id: i64,
        remember: bool,
        now: Timestamp,
    ) -> Result<()> {
        with_writer!(self, p => {
            if remember {
                sqlx::query(
                    "INSERT INTO session_star (person_id, session_id, at) VALUES ($1, $2, $3) \
                     ON CONFLICT DO NOTHING",
                )
                .bind(person_id)
                .bind(session_id)
                .bind(now.as_second())
                .execute(p)
                .await?;
            } else {
                sqlx::query("DELETE FROM session_star WHERE person_id = $1 AND session_id = $2")
                    .bind(person_id)
                    .bind(session_id)
                    .execute(p)
                    .await?;
            }
        });
        Ok(())
    }

    /// The sessions a person remembers.
    pub async fn remembered_sessions(&self, person_id: i64) -> Result<Vec<i64>> {
        Ok(with_pool!(self, p => {
            sqlx::query_scalar("SELECT session_id FROM session_star WHERE person_id = $1")
                .bind(person_id)
                .fetch_all(p)
                .await?
        }))
    }

    /// The token of a person's calendar feed, made the first time it is asked.
    pub async fn calendar_token(&self, person_id: i64) -> Result<String> {
        let existing: Option<Option<String>> = with_pool!(self, p => {
            sqlx::query_scalar("SELECT calendar_token FROM person WHERE id = $1")
                .bind(person_id)
                .fetch_optional(p)
                .await?
        });
        match existing.flatten() {
            Some(token) => Ok(token),
            None => self.reset_calendar_token(person_id).await,
        }
    }

    /// A new token for a person's feed: the old address stops answering.
    pub async fn reset_calendar_token(&self, person_id: i64) -> Result<String> {
        let (token, _) = crate::auth::token::generate();
        with_writer!(self, p => {
            sqlx::query("UPDATE person SET calendar_token = $1 WHERE id = $2")
                .bind(&token)
                .bind(person_id)
                .execute(p)
                .await?;
        });
        Ok(token)
    }

    /// Whose feed a token opens: (consultation, person).
    pub async fn calendar_owner(&self, token: &str) -> Result<Option<(i64, i64)>> {
        Ok(with_pool!(self, p => {
            sqlx::query_as("SELECT consultation_id, id FROM person WHERE calendar_token = $1")
                .bind(token)
                .fetch_optional(p)
                .await?
        }))
    }
}
