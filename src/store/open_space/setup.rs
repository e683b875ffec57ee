//! Setting up the open space: its rounds and its spaces.

use jiff::Timestamp;

use super::{SpaceEdit, is_retryable, signups::promote};
use crate::domain::open_space::SpaceInput;
use crate::store::{Result, Store, StoreError, with_writer};

/// A space's name is taken when another space of the consultation has it.
fn name_taken(e: sqlx::Error, name: &str) -> StoreError {
    match &e {
        sqlx::Error::Database(db) if db.is_unique_violation() => {
            crate::domain::ValidationError::Invalid {
                field: "space name",
                value: name.to_owned(),
                expected: "a name no other space has",
            }
            .into()
        }
        _ => e.into(),
    }
}

impl Store {
    pub async fn create_round(
        &self,
        consultation_id: i64,
        session_id: Option<i64>,
        label: &str,
        starts_at: Timestamp,
        ends_at: Timestamp,
    ) -> Result<i64> {
        let label = crate::domain::required_text("round name", label, 100)?;
        if ends_at <= starts_at {
            return Err(crate::domain::ValidationError::Invalid {
                field: "round end",
                value: ends_at.to_string(),
                expected: "a time after the round's start",
            }
            .into());
        }
        let id = with_writer!(self, p => {
            sqlx::query_scalar(
                "INSERT INTO os_round (consultation_id, session_id, label, starts_at, ends_at) \
                 VALUES ($1, $2, $3, $4, $5) RETURNING id",
            )
            .bind(consultation_id)
            .bind(session_id)
            .bind(&label)
            .bind(starts_at.as_second())
            .bind(ends_at.as_second())
            .fetch_one(p)
            .await?
        });
        Ok(id)
    }

    /// Removes a round; its topics go back to the unplaced list and its
    /// sign-ups go.
    pub async fn delete_round(&self, consultation_id: i64, round_id: i64) -> Result<bool> {
        let done = with_writer!(self, p => {
            sqlx::query("DELETE FROM os_round WHERE id = $1 AND consultation_id = $2")
                .bind(round_id)
                .bind(consultation_id)
                .execute(p)
                .await?
                .rows_affected()
        });
        Ok(done == 1)
    }

    pub async fn create_space(&self, consultation_id: i64, space: &SpaceInput) -> Result<i64> {
        let id = with_writer!(self, p => {
            sqlx::query_scalar(
                "INSERT INTO os_space (consultation_id, name, capacity, languages, position) \
                 VALUES ($1, $2, $3, $4, \
                 (SELECT COALESCE(MAX(position), 0) + 1 FROM os_space WHERE consultation_id = $1)) \
                 RETURNING id",
            )
            .bind(consultation_id)
            .bind(&space.name)
            .bind(space.capacity)
            .bind(crate::domain::LanguageTag::join(&space.languages))
            .fetch_one(p)
            .await
            .map_err(|e| name_taken(e, &space.name))?
        });
        Ok(id)
    }

    /// Renames a table or room, or changes its seats or interpretation.
    /// Seats never go below the people already at one of its tables; more
    /// seats move the first in line in, as a seat freed by someone leaving
    /// does. The topics placed there are locked first, as a sign-up locks
    /// its topic, so sign-ups at the same moment are counted.
    pub async fn update_space(
        &self,
        consultation_id: i64,
        space_id: i64,
        space: &SpaceInput,
        now: Timestamp,
    ) -> Result<SpaceEdit> {
        let mut attempt = 0;
        loop {
            let result: Result<SpaceEdit> = with_writer!(self, p => {
                async {
                    let mut tx = p.begin().await?;
                    let topics: Vec<(i64,)> = sqlx::query_as(
                        "UPDATE topic SET version = version + 1 \
                         WHERE space_id = $1 AND consultation_id = $2 RETURNING id",
                    )
                    .bind(space_id)
                    .bind(consultation_id)
                    .fetch_all(&mut *tx)
                    .await?;
                    let most: i64 = sqlx::query_scalar(
                        "SELECT COALESCE(MAX(seated), 0) FROM \
                         (SELECT COUNT(*) AS seated FROM signup s JOIN topic t ON t.id = s.topic_id \
                          WHERE t.space_id = $1 GROUP BY s.topic_id) AS tables",
                    )
                    .bind(space_id)
                    .fetch_one(&mut *tx)
                    .await?;
                    if most > space.capacity {
                        return Ok(SpaceEdit::TooManySeated(most));
                    }
                    let saved = sqlx::query(
                        "UPDATE os_space SET name = $1, capacity = $2, languages = $3 \
                         WHERE id = $4 AND consultation_id = $5",
                    )
                    .bind(&space.name)
                    .bind(space.capacity)
                    .bind(crate::domain::LanguageTag::join(&space.languages))
                    .bind(space_id)
                    .bind(consultation_id)
                    .execute(&mut *tx)
                    .await
                    .map_err(|e| name_taken(e, &space.name))?
                    .rows_affected();
                    if saved == 0 {
                        return Ok(SpaceEdit::NotFound);
                    }
                    for (topic,) in topics {
                        promote(&mut tx, topic, now).await?;
                    }
                    tx.commit().await?;
                    Ok(SpaceEdit::Saved)
                }
                .await
            });
            match result {
                Err(e) if is_retryable(&e) && attempt < 5 => attempt += 1,
                other => return other,
            }
        }
    }

    pub async fn delete_space(&self, consultation_id: i64, space_id: i64) -> Result<bool> {
        let done = with_writer!(self, p => {
            sqlx::query("DELETE FROM os_space WHERE id = $1 AND consultation_id = $2")
                .bind(space_id)
                .bind(consultation_id)
                .execute(p)
                .await?
                .rows_affected()
        });
        Ok(done == 1)
    }
}
