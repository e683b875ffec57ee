//! Questionnaires, their questions and answers, the answers' embeddings,
//! and the topic suggestions organisers curate from them.

use std::collections::HashMap;

use jiff::Timestamp;
use sqlx::Row;

use super::{Actor, Result, Store, StoreError, accounts::insert_audit, with_pool, with_writer};
use crate::domain::questionnaire::{Question, QuestionInput, QuestionKind, Questionnaire, Texts};

/// What saving a person's answers did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Saved {
    New,
    Updated,
    /// An anonymous questionnaire this person answered already.
    AlreadyAnswered,
}

/// One stored answer with what results show beside it.
#[derive(Debug, Clone)]
pub struct AnswerRow {
    pub response_id: i64,
    pub question_id: i64,
    pub value: String,
    pub lang: String,
    pub organisation: Option<String>,
    pub organisation_id: Option<i64>,
}

/// A text answer with its embedding, for grouping.
#[derive(Debug, Clone)]
pub struct Embedded {
    pub response_id: i64,
    pub value: String,
    pub embedding: Vec<f32>,
}

/// An answer waiting for its embedding.
#[derive(Debug, Clone)]
pub struct Unembedded {
    pub response_id: i64,
    pub question_id: i64,
    pub value: String,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Suggestion {
    pub id: i64,
    pub title: String,
    pub topic_id: Option<i64>,
    pub responses: Vec<i64>,
}

/// The fields of a questionnaire itself.
#[derive(Debug, Clone, PartialEq)]
pub struct QuestionnaireFields {
    pub title: Texts,
    pub anonymous: bool,
    pub opens_at: Option<Timestamp>,
    pub closes_at: Option<Timestamp>,
}

fn texts(json: &str) -> Result<Texts> {
    serde_json::from_str(json).map_err(|e| StoreError::Corrupt(format!("texts {json:?}: {e}")))
}

fn to_json<T: serde::Serialize>(value: &T) -> String {
    serde_json::to_string(value).expect("texts serialise")
}

fn timestamp(seconds: Option<i64>) -> Option<Timestamp> {
    seconds.and_then(|s| Timestamp::from_second(s).ok())
}

pub fn embedding_bytes(v: &[f32]) -> Vec<u8> {
    v.iter().flat_map(|x| x.to_le_bytes()).collect()
}

fn embedding_of(bytes: &[u8]) -> Vec<f32> {
    bytes
        .chunks_exact(4)
        .map(|b| f32::from_le_bytes(b.try_into().expect("4 bytes")))
        .collect()
}

/// Inserts a response and its answers (without embeddings) on `$tx`;
/// evaluates to the response's id.
macro_rules! insert_response {
    ($tx:expr, $questionnaire:expr, $person:expr, $organisation:expr, $lang:expr, $source:expr, $now:expr, $answers:expr) => {{
        let id: i64 = sqlx::query_scalar(
            "INSERT INTO questionnaire_response (questionnaire_id, person_id, lang, organisation_id, \
             source, submitted_at, updated_at) VALUES ($1, $2, $3, $4, $5, $6, $6) RETURNING id",
        )
        .bind($questionnaire)
        .bind($person)
        .bind($lang)
        .bind($organisation)
        .bind($source)
        .bind($now.as_second())
        .fetch_one(&mut *$tx)
        .await?;
        for (question_id, value) in $answers {
            sqlx::query("INSERT INTO questionnaire_answer (response_id, question_id, value) VALUES ($1, $2, $3)")
                .bind(id)
                .bind(question_id)
                .bind(value)
                .execute(&mut *$tx)
                .await?;
        }
        id
    }};
}

impl Store {
    pub async fn create_questionnaire(
        &self,
        consultation_id: i64,
        fields: &QuestionnaireFields,
        actor: Actor<'_>,
        now: Timestamp,
    ) -> Result<i64> {
        with_writer!(self, p => {
            let mut tx = p.begin().await?;
            let id: i64 = sqlx::query_scalar(
                "INSERT INTO questionnaire (consultation_id, title, anonymous, opens_at, closes_at, created_at) \
                 VALUES ($1, $2, $3, $4, $5, $6) RETURNING id",
            )
            .bind(consultation_id)
            .bind(to_json(&fields.title))
            .bind(fields.anonymous)
            .bind(fields.opens_at.map(|t| t.as_second()))
            .bind(fields.closes_at.map(|t| t.as_second()))
            .bind(now.as_second())
            .fetch_one(&mut *tx)
            .await?;
            let title = fields.title.values().next().cloned().unwrap_or_default();
            insert_audit!(&mut *tx, consultation_id, actor, "created a questionnaire", &title, now);
            tx.commit().await?;
            Ok(id)
        })
    }

    /// Changes a questionnaire's fields; false when it is not this
    /// consultation's.
    pub async fn update_questionnaire(
        &self,
        consultation_id: i64,
        id: i64,
        fields: &QuestionnaireFields,
    ) -> Result<bool> {
        let done = with_writer!(self, p => {
            sqlx::query(
                "UPDATE questionnaire SET title = $1, anonymous = $2, opens_at = $3, closes_at = $4 \
                 WHERE id = $5 AND consultation_id = $6",
            )
            .bind(to_json(&fields.title))
            .bind(fields.anonymous)
            .bind(fields.opens_at.map(|t| t.as_second()))
            .bind(fields.closes_at.map(|t| t.as_second()))
            .bind(id)
            .bind(consultation_id)
            .execute(p)
            .await?
            .rows_affected()
        });
        Ok(done == 1)
    }

    /// Whether anyone answered it: then anonymity cannot change.
    pub async fn questionnaire_has_answers(&self, id: i64) -> Result<bool> {
        Ok(with_pool!(self, p => {
            sqlx::query_scalar::<_, i64>("SELECT COUNT(*) FROM questionnaire_response WHERE questionnaire_id = $1")
                .bind(id)
                .fetch_one(p)
                .await?
        }) > 0)
    }

    pub async fn questionnaires(&self, consultation_id: i64) -> Result<Vec<Questionnaire>> {
        let (rows, questions) = with_pool!(self, p => {
            let rows = sqlx::query(
                "SELECT id, title, anonymous, opens_at, closes_at FROM questionnaire \
                 WHERE consultation_id = $1 ORDER BY id",
            )
            .bind(consultation_id)
            .fetch_all(p)
            .await?;
            let questions = sqlx::query(
                "SELECT q.id, q.questionnaire_id, q.position, q.kind, q.text, q.choices, q.required, \
                 q.shared, q.suggests_topics FROM questionnaire_question q \
                 JOIN questionnaire n ON n.id = q.questionnaire_id \
                 WHERE n.consultation_id = $1 ORDER BY q.questionnaire_id, q.position, q.id",
            )
            .bind(consultation_id)
            .fetch_all(p)
            .await?;
            (rows.into_iter().map(|r| Ok::<_, StoreError>((
                r.try_get::<i64, _>("id")?,
                r.try_get::<String, _>("title")?,
                r.try_get::<bool, _>("anonymous")?,
                r.try_get::<Option<i64>, _>("opens_at")?,
                r.try_get::<Option<i64>, _>("closes_at")?,
            ))).collect::<Result<Vec<_>>>()?,
             questions.into_iter().map(|r| Ok::<_, StoreError>((
                r.try_get::<i64, _>("questionnaire_id")?,
                r.try_get::<i64, _>("id")?,
                r.try_get::<i64, _>("position")?,
                r.try_get::<String, _>("kind")?,
                r.try_get::<String, _>("text")?,
                r.try_get::<String, _>("choices")?,
                (r.try_get::<bool, _>("required")?, r.try_get::<bool, _>("shared")?, r.try_get::<bool, _>("suggests_topics")?),
            ))).collect::<Result<Vec<_>>>()?)
        });
        let mut by_questionnaire: HashMap<i64, Vec<Question>> = HashMap::new();
        for (
            questionnaire_id,
            id,
            position,
            kind,
            text,
            choices,
            (required, shared, suggests_topics),
        ) in questions
        {
            let kind = QuestionKind::parse(&kind)
                .ok_or_else(|| StoreError::Corrupt(format!("question kind {kind:?}")))?;
            let choices: Vec<Texts> = serde_json::from_str(&choices)
                .map_err(|e| StoreError::Corrupt(format!("choices: {e}")))?;
            by_questionnaire
                .entry(questionnaire_id)
                .or_default()
                .push(Question {
                    id,
                    position,
                    input: QuestionInput {
                        kind,
                        text: texts(&text)?,
                        choices,
                        required,
                        shared,
                        suggests_topics,
                    },
                });
        }
        rows.into_iter()
            .map(|(id, title, anonymous, opens, closes)| {
                Ok(Questionnaire {
                    id,
                    consultation_id,
                    title: texts(&title)?,
                    anonymous,
                    opens_at: timestamp(opens),
                    closes_at: timestamp(closes),
                    questions: by_questionnaire.remove(&id).unwrap_or_default(),
                })
            })
            .collect()
    }

    pub async fn questionnaire(
        &self,
        consultation_id: i64,
        id: i64,
    ) -> Result<Option<Questionnaire>> {
        Ok(self
            .questionnaires(consultation_id)
            .await?
            .into_iter()
            .find(|q| q.id == id))
    }

    pub async fn add_question(&self, questionnaire_id: i64, q: &QuestionInput) -> Result<i64> {
        with_writer!(self, p => {
            Ok(sqlx::query_scalar(
                "INSERT INTO questionnaire_question (questionnaire_id, position, kind, text, choices, required, shared, suggests_topics) \
                 VALUES ($1, (SELECT COALESCE(MAX(position), 0) + 1 FROM questionnaire_question WHERE questionnaire_id = $1), \
                 $2, $3, $4, $5, $6, $7) RETURNING id",
            )
            .bind(questionnaire_id)
            .bind(q.kind.as_str())
            .bind(to_json(&q.text))
            .bind(to_json(&q.choices))
            .bind(q.required)
            .bind(q.shared)
            .bind(q.suggests_topics)
            .fetch_one(p)
            .await?)
        })
    }

    /// Changes a question; the answers given stay (a changed choice list
    /// keeps the numbers already chosen).
    pub async fn update_question(
        &self,
        questionnaire_id: i64,
        question_id: i64,
        q: &QuestionInput,
    ) -> Result<bool> {
        let done = with_writer!(self, p => {
            sqlx::query(
                "UPDATE questionnaire_question SET kind = $1, text = $2, choices = $3, required = $4, shared = $5, \
                 suggests_topics = $6 WHERE id = $7 AND questionnaire_id = $8",
            )
            .bind(q.kind.as_str())
            .bind(to_json(&q.text))
            .bind(to_json(&q.choices))
            .bind(q.required)
            .bind(q.shared)
            .bind(q.suggests_topics)
            .bind(question_id)
            .bind(questionnaire_id)
            .execute(p)
            .await?
            .rows_affected()
        });
        Ok(done == 1)
    }

    pub async fn delete_question(&self, questionnaire_id: i64, question_id: i64) -> Result<bool> {
        let done = with_writer!(self, p => {
            sqlx::query("DELETE FROM questionnaire_question WHERE id = $1 AND questionnaire_id = $2")
                .bind(question_id)
                .bind(questionnaire_id)
                .execute(p)
                .await?
                .rows_affected()
        });
        Ok(done == 1)
    }

    /// Swaps a question with the one before (`up`) or after it.
    pub async fn move_question(
        &self,
        questionnaire_id: i64,
        question_id: i64,
        up: bool,
    ) -> Result<()> {
        with_writer!(self, p => {
            let mut tx = p.begin().await?;
            let order: Vec<(i64, i64)> = sqlx::query_as(
                "SELECT id, position FROM questionnaire_question WHERE questionnaire_id = $1 ORDER BY position, id",
            )
            .bind(questionnaire_id)
            .fetch_all(&mut *tx)
            .await?;
            let Some(at) = order.iter().position(|(id, _)| *id == question_id) else { return Ok(()) };
            let other = if up { at.checked_sub(1) } else { Some(at + 1).filter(|&o| o < order.len()) };
            if let Some(other) = other {
                for (i, (id, _)) in order.iter().enumerate() {
                    let position = if i == at { other } else if i == other { at } else { i };
                    sqlx::query("UPDATE questionnaire_question SET position = $1 WHERE id = $2")
                        .bind(position as i64 + 1)
                        .bind(id)
                        .execute(&mut *tx)
                        .await?;
                }
            }
            tx.commit().await?;
            Ok(())
        })
    }

    /// Stores a person's answers to a questionnaire, replacing theirs; an
    /// anonymous questionnaire stores them without the person, once.
    #[allow(clippy::too_many_arguments)]
    pub async fn save_response(
        &self,
        questionnaire: &Questionnaire,
        person_id: i64,
        organisation_id: Option<i64>,
        lang: &str,
        answers: &[(i64, String)],
        source: &str,
        now: Timestamp,
    ) -> Result<Saved> {
        with_writer!(self, p => {
            let mut tx = p.begin().await?;
            let (response_id, saved) = if questionnaire.anonymous {
                let first = sqlx::query(
                    "INSERT INTO questionnaire_done (questionnaire_id, person_id) VALUES ($1, $2) \
                     ON CONFLICT DO NOTHING",
                )
                .bind(questionnaire.id)
                .bind(person_id)
                .execute(&mut *tx)
                .await?
                .rows_affected() == 1;
                if !first {
                    return Ok(Saved::AlreadyAnswered);
                }
                let none: Option<i64> = None;
                let id = insert_response!(tx, questionnaire.id, none, none, lang, source, now, std::iter::empty::<(i64, String)>());
                (id, Saved::New)
            } else {
                let existing: Option<i64> = sqlx::query_scalar(
                    "SELECT id FROM questionnaire_response WHERE questionnaire_id = $1 AND person_id = $2",
                )
                .bind(questionnaire.id)
                .bind(person_id)
                .fetch_optional(&mut *tx)
                .await?;
                match existing {
                    Some(id) => {
                        sqlx::query(
                            "UPDATE questionnaire_response SET lang = $1, organisation_id = $2, source = $3, \
                             updated_at = $4 WHERE id = $5",
                        )
                        .bind(lang)
                        .bind(organisation_id)
                        .bind(source)
                        .bind(now.as_second())
                        .bind(id)
                        .execute(&mut *tx)
                        .await?;
                        (id, Saved::Updated)
                    }
                    None => {
                        let id = insert_response!(tx, questionnaire.id, Some(person_id), organisation_id, lang, source, now, std::iter::empty::<(i64, String)>());
                        (id, Saved::New)
                    }
                }
            };
            // An unchanged text keeps its embedding; others are (re)made.
            let kept: Vec<(i64, String, Option<Vec<u8>>)> = sqlx::query_as(
                "SELECT question_id, value, embedding FROM questionnaire_answer WHERE response_id = $1",
            )
            .bind(response_id)
            .fetch_all(&mut *tx)
            .await?;
            sqlx::query("DELETE FROM questionnaire_answer WHERE response_id = $1").bind(response_id).execute(&mut *tx).await?;
            for (question_id, value) in answers {
                let embedding = kept
                    .iter()
                    .find(|(q, v, _)| q == question_id && v == value)
                    .and_then(|(_, _, e)| e.clone());
                sqlx::query("INSERT INTO questionnaire_answer (response_id, question_id, value, embedding) VALUES ($1, $2, $3, $4)")
                    .bind(response_id)
                    .bind(question_id)
                    .bind(value)
                    .bind(embedding)
                    .execute(&mut *tx)
                    .await?;
            }
            tx.commit().await?;
            Ok(saved)
        })
    }

    /// Stores answers given elsewhere (a file from another form tool, the
    /// demo), for a person or for nobody.
    #[allow(clippy::too_many_arguments)]
    pub async fn insert_response(
        &self,
        questionnaire_id: i64,
        person_id: Option<i64>,
        organisation_id: Option<i64>,
        lang: &str,
        answers: &[(i64, String)],
        source: &str,
        now: Timestamp,
    ) -> Result<i64> {
        with_writer!(self, p => {
            let mut tx = p.begin().await?;
            let id = insert_response!(tx, questionnaire_id, person_id, organisation_id, lang, source, now, answers);
            tx.commit().await?;
            Ok(id)
        })
    }

    /// Stores imported rows in one transaction: a matched person's earlier
    /// answers are replaced; an anonymous questionnaire keeps no person
    /// with the answers and only notes who answered.
    pub async fn import_responses(
        &self,
        questionnaire: &Questionnaire,
        rows: &[crate::import::answers::Row],
        source: &str,
        now: Timestamp,
    ) -> Result<()> {
        with_writer!(self, p => {
            let mut tx = p.begin().await?;
            for row in rows {
                let (person, organisation) = match (questionnaire.anonymous, row.person) {
                    (true, Some(person)) => {
                        sqlx::query(
                            "INSERT INTO questionnaire_done (questionnaire_id, person_id) VALUES ($1, $2) \
                             ON CONFLICT DO NOTHING",
                        )
                        .bind(questionnaire.id)
                        .bind(person)
                        .execute(&mut *tx)
                        .await?;
                        (None, None)
                    }
                    (true, None) => (None, None),
                    (false, person) => {
                        if let Some(person) = person {
                            sqlx::query("DELETE FROM questionnaire_response WHERE questionnaire_id = $1 AND person_id = $2")
                                .bind(questionnaire.id)
                                .bind(person)
                                .execute(&mut *tx)
                                .await?;
                        }
                        (person, row.organisation)
                    }
                };
                insert_response!(tx, questionnaire.id, person, organisation, "und", source, now, &row.answers);
            }
            tx.commit().await?;
            Ok(())
        })
    }

    /// A person's own answers (question → value), when the questionnaire
    /// keeps them with the person; `Some(empty)` when they answered an
    /// anonymous one.
    pub async fn own_answers(
        &self,
        questionnaire: &Questionnaire,
        person_id: i64,
    ) -> Result<Option<HashMap<i64, String>>> {
        with_pool!(self, p => {
            if questionnaire.anonymous {
                let done: Option<i64> = sqlx::query_scalar(
                    "SELECT person_id FROM questionnaire_done WHERE questionnaire_id = $1 AND person_id = $2",
                )
                .bind(questionnaire.id)
                .bind(person_id)
                .fetch_optional(p)
                .await?;
                return Ok(done.map(|_| HashMap::new()));
            }
            let response: Option<i64> = sqlx::query_scalar(
                "SELECT id FROM questionnaire_response WHERE questionnaire_id = $1 AND person_id = $2",
            )
            .bind(questionnaire.id)
            .bind(person_id)
            .fetch_optional(p)
            .await?;
            let Some(response) = response else { return Ok(None) };
            let rows: Vec<(i64, String)> = sqlx::query_as("SELECT question_id, value FROM questionnaire_answer WHERE response_id = $1")
                .bind(response)
                .fetch_all(p)
                .await?;
            Ok(Some(rows.into_iter().collect()))
        })
    }

    /// Every answer to a questionnaire, with the response's language and
    /// organisation.
    pub async fn answers(&self, questionnaire_id: i64) -> Result<Vec<AnswerRow>> {
        type Row = (i64, i64, String, String, Option<String>, Option<i64>);
        let rows: Vec<Row> = with_pool!(self, p => {
            sqlx::query_as(
                "SELECT a.response_id, a.question_id, a.value, r.lang, o.name, r.organisation_id \
                 FROM questionnaire_answer a JOIN questionnaire_response r ON r.id = a.response_id \
                 LEFT JOIN organisation o ON o.id = r.organisation_id \
                 WHERE r.questionnaire_id = $1 ORDER BY r.submitted_at, r.id",
            )
            .bind(questionnaire_id)
            .fetch_all(p)
            .await?
        });
        Ok(rows
            .into_iter()
            .map(
                |(response_id, question_id, value, lang, organisation, organisation_id)| {
                    AnswerRow {
                        response_id,
                        question_id,
                        value,
                        lang,
                        organisation,
                        organisation_id,
                    }
                },
            )
            .collect())
    }

    pub async fn response_count(&self, questionnaire_id: i64) -> Result<i64> {
        Ok(with_pool!(self, p => {
            sqlx::query_scalar("SELECT COUNT(*) FROM questionnaire_response WHERE questionnaire_id = $1")
                .bind(questionnaire_id)
                .fetch_one(p)
                .await?
        }))
    }

    /// Text answers to questions that suggest topics, still without an
    /// embedding; oldest first.
    pub async fn answers_to_embed(&self, limit: i64) -> Result<Vec<Unembedded>> {
        let rows: Vec<(i64, i64, String)> = with_pool!(self, p => {
            sqlx::query_as(
                "SELECT a.response_id, a.question_id, a.value FROM questionnaire_answer a \
                 JOIN questionnaire_question q ON q.id = a.question_id \
                 WHERE a.embedding IS NULL AND q.suggests_topics \
                 ORDER BY a.response_id LIMIT $1",
            )
            .bind(limit)
            .fetch_all(p)
            .await?
        });
        Ok(rows
            .into_iter()
            .map(|(response_id, question_id, value)| Unembedded {
                response_id,
                question_id,
                value,
            })
            .collect())
    }

    /// Keeps an answer's embedding, unless the answer changed meanwhile.
    pub async fn store_embedding(&self, answer: &Unembedded, embedding: &[f32]) -> Result<()> {
        with_writer!(self, p => {
            sqlx::query("UPDATE questionnaire_answer SET embedding = $1 WHERE response_id = $2 AND question_id = $3 AND value = $4")
                .bind(embedding_bytes(embedding))
                .bind(answer.response_id)
                .bind(answer.question_id)
                .bind(&answer.value)
                .execute(p)
                .await?;
        });
        Ok(())
    }

    /// The answers to a question with their embeddings, and how many still
    /// wait for one.
    pub async fn embedded_answers(&self, question_id: i64) -> Result<(Vec<Embedded>, i64)> {
        let rows: Vec<(i64, String, Option<Vec<u8>>)> = with_pool!(self, p => {
            sqlx::query_as("SELECT response_id, value, embedding FROM questionnaire_answer WHERE question_id = $1 ORDER BY response_id")
                .bind(question_id)
                .fetch_all(p)
                .await?
        });
        let waiting = rows.iter().filter(|(_, _, e)| e.is_none()).count() as i64;
        let done = rows
            .into_iter()
            .filter_map(|(response_id, value, e)| {
                e.map(|e| Embedded {
                    response_id,
                    value,
                    embedding: embedding_of(&e),
                })
            })
            .collect();
        Ok((done, waiting))
    }

    pub async fn suggestions(&self, question_id: i64) -> Result<Vec<Suggestion>> {
        type Rows = (Vec<(i64, String, Option<i64>)>, Vec<(i64, i64)>);
        let (rows, members): Rows = with_pool!(self, p => {
            let rows = sqlx::query_as(
                "SELECT id, title, topic_id FROM topic_suggestion WHERE question_id = $1 ORDER BY position, id",
            )
            .bind(question_id)
            .fetch_all(p)
            .await?;
            let members = sqlx::query_as(
                "SELECT m.suggestion_id, m.response_id FROM topic_suggestion_answer m \
                 JOIN topic_suggestion s ON s.id = m.suggestion_id WHERE s.question_id = $1 ORDER BY m.response_id",
            )
            .bind(question_id)
            .fetch_all(p)
            .await?;
            (rows, members)
        });
        Ok(rows
            .into_iter()
            .map(|(id, title, topic_id)| Suggestion {
                id,
                title,
                topic_id,
                responses: members
                    .iter()
                    .filter(|(s, _)| *s == id)
                    .map(|(_, r)| *r)
                    .collect(),
            })
            .collect())
    }

    /// Replaces the question's unpublished suggestions with a new grouping.
    pub async fn replace_suggestions(
        &self,
        question_id: i64,
        groups: &[(String, Vec<i64>)],
    ) -> Result<()> {
        with_writer!(self, p => {
            let mut tx = p.begin().await?;
            sqlx::query("DELETE FROM topic_suggestion WHERE question_id = $1 AND topic_id IS NULL")
                .bind(question_id)
                .execute(&mut *tx)
                .await?;
            for (position, (title, responses)) in groups.iter().enumerate() {
                let id: i64 = sqlx::query_scalar(
                    "INSERT INTO topic_suggestion (question_id, title, position) VALUES ($1, $2, $3) RETURNING id",
                )
                .bind(question_id)
                .bind(title)
                .bind(position as i64)
                .fetch_one(&mut *tx)
                .await?;
                for response in responses {
                    sqlx::query("INSERT INTO topic_suggestion_answer (suggestion_id, response_id) VALUES ($1, $2)")
                        .bind(id)
                        .bind(response)
                        .execute(&mut *tx)
                        .await?;
                }
            }
            tx.commit().await?;
            Ok(())
        })
    }

    pub async fn rename_suggestion(&self, question_id: i64, id: i64, title: &str) -> Result<bool> {
        let done = with_writer!(self, p => {
            sqlx::query("UPDATE topic_suggestion SET title = $1 WHERE id = $2 AND question_id = $3")
                .bind(title)
                .bind(id)
                .bind(question_id)
                .execute(p)
                .await?
                .rows_affected()
        });
        Ok(done == 1)
    }

    /// Moves `from`'s answers into `into` and drops `from`.
    pub async fn merge_suggestions(&self, question_id: i64, into: i64, from: i64) -> Result<bool> {
        with_writer!(self, p => {
            let mut tx = p.begin().await?;
            let both: i64 = sqlx::query_scalar(
                "SELECT COUNT(*) FROM topic_suggestion WHERE question_id = $1 AND id IN ($2, $3)",
            )
            .bind(question_id)
            .bind(into)
            .bind(from)
            .fetch_one(&mut *tx)
            .await?;
            if both != 2 || into == from {
                return Ok(false);
            }
            sqlx::query(
                "INSERT INTO topic_suggestion_answer (suggestion_id, response_id) \
                 SELECT $1, response_id FROM topic_suggestion_answer WHERE suggestion_id = $2 \
                 ON CONFLICT DO NOTHING",
            )
            .bind(into)
            .bind(from)
            .execute(&mut *tx)
            .await?;
            sqlx::query("DELETE FROM topic_suggestion WHERE id = $1").bind(from).execute(&mut *tx).await?;
            tx.commit().await?;
            Ok(true)
        })
    }

    /// Moves some of a suggestion's answers into a new suggestion.
    pub async fn split_suggestion(
        &self,
        question_id: i64,
        id: i64,
        responses: &[i64],
        title: &str,
    ) -> Result<Option<i64>> {
        with_writer!(self, p => {
            let mut tx = p.begin().await?;
            let position: Option<i64> =
                sqlx::query_scalar("SELECT position FROM topic_suggestion WHERE id = $1 AND question_id = $2")
                    .bind(id)
                    .bind(question_id)
                    .fetch_optional(&mut *tx)
                    .await?;
            let Some(position) = position else { return Ok(None) };
            let new: i64 = sqlx::query_scalar(
                "INSERT INTO topic_suggestion (question_id, title, position) VALUES ($1, $2, $3) RETURNING id",
            )
            .bind(question_id)
            .bind(title)
            .bind(position)
            .fetch_one(&mut *tx)
            .await?;
            for response in responses {
                sqlx::query("UPDATE topic_suggestion_answer SET suggestion_id = $1 WHERE suggestion_id = $2 AND response_id = $3")
                    .bind(new)
                    .bind(id)
                    .bind(response)
                    .execute(&mut *tx)
                    .await?;
            }
            tx.commit().await?;
            Ok(Some(new))
        })
    }

    pub async fn drop_suggestion(&self, question_id: i64, id: i64) -> Result<bool> {
        let done = with_writer!(self, p => {
            sqlx::query("DELETE FROM topic_suggestion WHERE id = $1 AND question_id = $2")
                .bind(id)
                .bind(question_id)
                .execute(p)
                .await?
                .rows_affected()
        });
        Ok(done == 1)
    }

    pub async fn mark_suggestion_published(&self, id: i64, topic_id: i64) -> Result<()> {
        with_writer!(self, p => {
            sqlx::query("UPDATE topic_suggestion SET topic_id = $1 WHERE id = $2")
                .bind(topic_id)
                .bind(id)
                .execute(p)
                .await?;
        });
        Ok(())
    }

    /// The organisations of the responses behind a suggestion.
    pub async fn suggestion_organisations(&self, id: i64) -> Result<Vec<(i64, String)>> {
        Ok(with_pool!(self, p => {
            sqlx::query_as(
                "SELECT DISTINCT o.id, o.name FROM topic_suggestion_answer m \
                 JOIN questionnaire_response r ON r.id = m.response_id \
                 JOIN organisation o ON o.id = r.organisation_id \
                 WHERE m.suggestion_id = $1 ORDER BY o.name",
            )
            .bind(id)
            .fetch_all(p)
            .await?
        }))
    }
}
