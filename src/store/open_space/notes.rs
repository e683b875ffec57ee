//! The harvest: each table's notes and who may write them.

use jiff::Timestamp;

use crate::domain::open_space::Notes;
use crate::store::{Result, Store, with_pool, with_writer};

#[derive(sqlx::FromRow)]
struct NoteRow {
    key_points: String,
    proposals: String,
    next_steps: String,
    continuing: String,
    text_lang: Option<String>,
}

impl Store {
    pub async fn notes(&self, topic_id: i64) -> Result<Notes> {
        let row: Option<NoteRow> = with_pool!(self, p => {
            sqlx::query_as(
                "SELECT key_points, proposals, next_steps, continuing, text_lang FROM topic_note \
                 WHERE topic_id = $1",
            )
            .bind(topic_id)
            .fetch_optional(p)
            .await?
        });
        Ok(row.map_or_else(Notes::default, |r| Notes {
            key_points: r.key_points,
            proposals: r.proposals,
            next_steps: r.next_steps,
            continuing: r.continuing,
            lang: r.text_lang,
        }))
    }

    pub async fn save_notes(
        &self,
        topic_id: i64,
        notes: &Notes,
        author: Option<i64>,
        now: Timestamp,
    ) -> Result<()> {
        notes.validate()?;
        with_writer!(self, p => {
            sqlx::query(
                "INSERT INTO topic_note (topic_id, key_points, proposals, next_steps, continuing, \
                 updated_at, updated_by, text_lang) VALUES ($1, $2, $3, $4, $5, $6, $7, $8) \
                 ON CONFLICT (topic_id) DO UPDATE SET key_points = excluded.key_points, \
                 proposals = excluded.proposals, next_steps = excluded.next_steps, \
                 continuing = excluded.continuing, updated_at = excluded.updated_at, \
                 updated_by = excluded.updated_by, text_lang = excluded.text_lang",
            )
            .bind(topic_id)
            .bind(&notes.key_points)
            .bind(&notes.proposals)
            .bind(&notes.next_steps)
            .bind(&notes.continuing)
            .bind(now.as_second())
            .bind(author)
            .bind(notes.lang.as_deref())
            .execute(p)
            .await?;
        });
        Ok(())
    }

    pub async fn note_takers(&self, topic_id: i64) -> Result<Vec<i64>> {
        let ids = with_pool!(self, p => {
            sqlx::query_scalar("SELECT person_id FROM topic_note_taker WHERE topic_id = $1")
                .bind(topic_id)
                .fetch_all(p)
                .await?
        });
        Ok(ids)
    }

    pub async fn add_note_taker(&self, topic_id: i64, person_id: i64) -> Result<()> {
        with_writer!(self, p => {
            sqlx::query(
                "INSERT INTO topic_note_taker (topic_id, person_id) VALUES ($1, $2) \
                 ON CONFLICT (topic_id, person_id) DO NOTHING",
            )
            .bind(topic_id)
            .bind(person_id)
            .execute(p)
            .await?;
        });
        Ok(())
    }
}
