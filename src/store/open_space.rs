//! The open space: setup, topics, placement, sign-ups, waiting lists,
//! notices and the harvest.
//!
//! Sign-ups must hold capacity exactly under concurrency on both backends.
//! Every change to a table first writes its topic's row (`version + 1`):
//! PostgreSQL then holds that row's lock to the end of the transaction and
//! SQLite holds its single write lock, so counting the table's names and
//! adding one happen as one step. The primary key of `signup` (round,
//! person) keeps a person at one table per round.

use std::collections::HashMap;

use jiff::Timestamp;

use super::{Result, Store, StoreError, with_pool, with_writer};
use crate::domain::{
    OrganisationRef, TopicOrigin, Visibility,
    open_space::{Board, BoardTopic, Notes, OpenTable, Round, Space, SpaceInput, TopicInput},
};

/// What came of asking for a seat at a table.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum JoinOutcome {
    /// Seated; `left` is the table of the same round the person left for it.
    Joined {
        left: Option<i64>,
    },
    AlreadyThere,
    /// No seat left.
    Full(FullTable),
    /// The topic is not (or no longer) on the board.
    NotOnBoard,
}

/// The table someone was turned away from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FullTable {
    pub round_id: i64,
    pub title: String,
    /// The person is already in line for it.
    pub waiting: bool,
}

/// What came of placing a topic in a cell.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PlaceOutcome {
    /// Placed; the people who were signed up and were told of the move.
    Placed {
        told: Vec<i64>,
    },
    CellTaken,
    /// The convener already holds a cell in that round.
    ConvenerBusy,
    /// The topic changed since the page was loaded.
    Stale,
    NotFound,
}

/// What became of an organiser's change to a table or room.
#[derive(Debug, PartialEq, Eq)]
pub enum SpaceEdit {
    Saved,
    NotFound,
    /// That many people sit at one of its tables: fewer seats would
    /// leave some without one.
    TooManySeated(i64),
}

/// A name at a table, with what decides whether a viewer may see it.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct Seat {
    pub topic_id: i64,
    pub round_id: i64,
    pub person_id: i64,
    pub display_name: String,
    pub visibility: String,
    pub consent_screen: bool,
    pub at: i64,
}

impl Seat {
    pub fn visibility(&self) -> Visibility {
        Visibility::parse(&self.visibility).unwrap_or_default()
    }
}

/// Where one person stands on the board.
#[derive(Debug, Clone, Default)]
pub struct MyBoard {
    /// (round, topic) of each table the person sits at.
    pub seats: HashMap<i64, i64>,
    pub waiting: Vec<i64>,
    pub marks: Vec<i64>,
}

#[derive(Debug, Clone, sqlx::FromRow)]
pub struct Notice {
    pub id: i64,
    pub at: i64,
    pub message: String,
}

#[derive(sqlx::FromRow)]
struct RoundRow {
    id: i64,
    session_id: Option<i64>,
    label: String,
    starts_at: i64,
    ends_at: i64,
}

#[derive(sqlx::FromRow)]
struct SpaceRow {
    id: i64,
    name: String,
    capacity: i64,
    languages: String,
}

#[derive(sqlx::FromRow)]
struct BoardTopicRow {
    id: i64,
    title: String,
    description: String,
    text_lang: String,
    origin: String,
    convener_id: Option<i64>,
    convener_name: Option<String>,
    convener_visibility: Option<String>,
    convener_on_screen: bool,
    org_id: Option<i64>,
    org_name: Option<String>,
    org_acronym: Option<String>,
    round_id: Option<i64>,
    space_id: Option<i64>,
    marks: i64,
    signed_up: i64,
    waiting: i64,
    version: i64,
}

#[derive(sqlx::FromRow)]
struct InterestRow {
    topic_id: i64,
    org_id: i64,
    org_name: String,
    org_acronym: Option<String>,
}

#[derive(sqlx::FromRow)]
struct NoteRow {
    key_points: String,
    proposals: String,
    next_steps: String,
    continuing: String,
    text_lang: Option<String>,
}

fn at(seconds: i64) -> Result<Timestamp> {
    Timestamp::from_second(seconds).map_err(|e| StoreError::Corrupt(e.to_string()))
}

/// Which unique index a failed write broke, if any.
fn broken_index(e: &sqlx::Error) -> Option<&'static str> {
    let sqlx::Error::Database(db) = e else {
        return None;
    };
    if !db.is_unique_violation() {
        return None;
    }
    let text = format!("{} {}", db.constraint().unwrap_or(""), db.message());
    [
        ("topic_cell", "topic.space_id"),
        ("topic_convener_round", "topic.convener_id"),
        ("signup_pkey", "signup.round_id"),
        ("waitlist_topic_id_person_id_key", "waitlist.topic_id"),
    ]
    .into_iter()
    .find(|(pg, sqlite)| text.contains(pg) || text.contains(sqlite))
    .map(|(pg, _)| pg)
}

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

/// A transaction that lost a race it can simply run again: a PostgreSQL
/// deadlock or serialization failure.
fn is_retryable(e: &StoreError) -> bool {
    let StoreError::Sql(sqlx::Error::Database(db)) = e else {
        return false;
    };
    matches!(db.code().as_deref(), Some("40P01" | "40001"))
}

const BOARD_TOPICS: &str = "SELECT t.id, t.title, t.description, t.text_lang, t.origin, \
     t.convener_id, c.display_name AS convener_name, c.visibility AS convener_visibility, \
     COALESCE(c.consent_screen, FALSE) AS convener_on_screen, \
     o.id AS org_id, o.name AS org_name, o.acronym AS org_acronym, t.round_id, t.space_id, \
     (SELECT COUNT(*) FROM topic_mark m WHERE m.topic_id = t.id) AS marks, \
     (SELECT COUNT(*) FROM signup s WHERE s.topic_id = t.id) AS signed_up, \
     (SELECT COUNT(*) FROM waitlist w WHERE w.topic_id = t.id) AS waiting, t.version \
     FROM topic t LEFT JOIN person c ON c.id = t.convener_id \
     LEFT JOIN organisation o ON o.id = t.proposed_by \
     WHERE t.consultation_id = $1 AND t.withdrawn_at IS NULL \
     ORDER BY t.position, t.id";

impl Store {
    /// The whole board: rounds, spaces, and every topic not withdrawn.
    pub async fn board(&self, consultation_id: i64) -> Result<Board> {
        let (rounds, spaces, topics, interests): (
            Vec<RoundRow>,
            Vec<SpaceRow>,
            Vec<BoardTopicRow>,
            Vec<InterestRow>,
        ) = with_pool!(self, p => {
            // One connection for the four reads: each lending costs a round trip.
            let mut c = p.acquire().await?;
            let rounds = sqlx::query_as(
                "SELECT id, session_id, label, starts_at, ends_at FROM os_round \
                 WHERE consultation_id = $1 ORDER BY starts_at, id",
            )
            .bind(consultation_id)
            .fetch_all(&mut *c)
            .await?;
            let spaces = sqlx::query_as(
                "SELECT id, name, capacity, languages FROM os_space \
                 WHERE consultation_id = $1 ORDER BY position, id",
            )
            .bind(consultation_id)
            .fetch_all(&mut *c)
            .await?;
            let topics = sqlx::query_as(BOARD_TOPICS).bind(consultation_id).fetch_all(&mut *c).await?;
            let interests = sqlx::query_as(
                "SELECT ti.topic_id, o.id AS org_id, o.name AS org_name, o.acronym AS org_acronym \
                 FROM topic_interest ti JOIN topic t ON t.id = ti.topic_id \
                 JOIN organisation o ON o.id = ti.organisation_id \
                 WHERE t.consultation_id = $1 ORDER BY o.name",
            )
            .bind(consultation_id)
            .fetch_all(&mut *c)
            .await?;
            (rounds, spaces, topics, interests)
        });
        let mut interested: HashMap<i64, Vec<OrganisationRef>> = HashMap::new();
        for i in interests {
            interested
                .entry(i.topic_id)
                .or_default()
                .push(OrganisationRef {
                    id: i.org_id,
                    name: i.org_name,
                    acronym: i.org_acronym,
                });
        }
        Ok(Board {
            rounds: rounds
                .into_iter()
                .map(|r| {
                    Ok(Round {
                        id: r.id,
                        session_id: r.session_id,
                        label: r.label,
                        starts_at: at(r.starts_at)?,
                        ends_at: at(r.ends_at)?,
                    })
                })
                .collect::<Result<_>>()?,
            spaces: spaces
                .into_iter()
                .map(|s| Space {
                    id: s.id,
                    name: s.name,
                    capacity: s.capacity,
                    languages: s.languages.split_whitespace().map(str::to_owned).collect(),
                })
                .collect(),
            topics: topics
                .into_iter()
                .map(|t| BoardTopic {
                    proposed_by: t.org_id.zip(t.org_name).map(|(id, name)| OrganisationRef {
                        id,
                        name,
                        acronym: t.org_acronym,
                    }),
                    interested: interested.remove(&t.id).unwrap_or_default(),
                    origin: TopicOrigin::parse(&t.origin),
                    // The convener's name is shown as their visibility allows.
                    convener_name: t.convener_name.filter(|_| {
                        t.convener_visibility.as_deref() == Some(Visibility::Listed.as_str())
                    }),
                    convener_on_screen: t.convener_on_screen,
                    id: t.id,
                    title: t.title,
                    description: t.description,
                    text_lang: t.text_lang,
                    convener_id: t.convener_id,
                    round_id: t.round_id,
                    space_id: t.space_id,
                    marks: t.marks,
                    signed_up: t.signed_up,
                    waiting: t.waiting,
                    version: t.version,
                })
                .collect(),
        })
    }

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

    /// A participant proposes a topic and becomes its convener.
    pub async fn propose_topic(
        &self,
        consultation_id: i64,
        convener: i64,
        topic: &TopicInput,
        now: Timestamp,
    ) -> Result<i64> {
        let id = with_writer!(self, p => {
            sqlx::query_scalar(
                "INSERT INTO topic (consultation_id, title, description, text_lang, origin, \
                 convener_id, position, created_at) VALUES ($1, $2, $3, $4, 'proposed', $5, \
                 (SELECT COALESCE(MAX(position), 0) + 1 FROM topic WHERE consultation_id = $1), $6) \
                 RETURNING id",
            )
            .bind(consultation_id)
            .bind(&topic.title)
            .bind(&topic.description)
            .bind(topic.language.as_str())
            .bind(convener)
            .bind(now.as_second())
            .fetch_one(p)
            .await?
        });
        Ok(id)
    }

    pub async fn edit_topic(&self, topic_id: i64, topic: &TopicInput) -> Result<bool> {
        let done = with_writer!(self, p => {
            sqlx::query(
                "UPDATE topic SET title = $1, description = $2, text_lang = $3, version = version + 1 \
                 WHERE id = $4 AND withdrawn_at IS NULL",
            )
            .bind(&topic.title)
            .bind(&topic.description)
            .bind(topic.language.as_str())
            .bind(topic_id)
            .execute(p)
            .await?
            .rows_affected()
        });
        Ok(done == 1)
    }

    /// Takes a suggested topic without a convener; false if someone was first.
    pub async fn adopt_topic(&self, topic_id: i64, person_id: i64) -> Result<bool> {
        let done = with_writer!(self, p => {
            sqlx::query(
                "UPDATE topic SET convener_id = $1, version = version + 1 \
                 WHERE id = $2 AND convener_id IS NULL AND withdrawn_at IS NULL",
            )
            .bind(person_id)
            .bind(topic_id)
            .execute(p)
            .await
            .map_err(|e| match broken_index(&e) {
                Some(_) => StoreError::Invalid(
                    crate::domain::ValidationError::Invalid {
                        field: "convener",
                        value: person_id.to_string(),
                        expected: "a person who convenes no other topic in that round",
                    }
                    .into(),
                ),
                None => e.into(),
            })?
            .rows_affected()
        });
        Ok(done == 1)
    }

    /// Withdraws a topic: it leaves the board, and everyone signed up or
    /// waiting is told. Returns who was told.
    pub async fn withdraw_topic(&self, topic_id: i64, now: Timestamp) -> Result<Vec<i64>> {
        with_writer!(self, p => {
            let mut tx = p.begin().await?;
            let title: Option<String> = sqlx::query_scalar(
                "UPDATE topic SET withdrawn_at = $1, round_id = NULL, space_id = NULL, \
                 version = version + 1 WHERE id = $2 AND withdrawn_at IS NULL RETURNING title",
            )
            .bind(now.as_second())
            .bind(topic_id)
            .fetch_optional(&mut *tx)
            .await?;
            let Some(title) = title else {
                return Ok(Vec::new());
            };
            let told: Vec<i64> = sqlx::query_scalar(
                "SELECT person_id FROM signup WHERE topic_id = $1 \
                 UNION SELECT person_id FROM waitlist WHERE topic_id = $1",
            )
            .bind(topic_id)
            .fetch_all(&mut *tx)
            .await?;
            sqlx::query("DELETE FROM signup WHERE topic_id = $1").bind(topic_id).execute(&mut *tx).await?;
            sqlx::query("DELETE FROM waitlist WHERE topic_id = $1").bind(topic_id).execute(&mut *tx).await?;
            let message = format!("“{title}” was withdrawn by its convener; your name was taken off its table.");
            for person in &told {
                sqlx::query("INSERT INTO notice (person_id, at, message) VALUES ($1, $2, $3)")
                    .bind(person)
                    .bind(now.as_second())
                    .bind(&message)
                    .execute(&mut *tx)
                    .await?;
            }
            tx.commit().await?;
            Ok(told)
        })
    }

    /// Marks (or unmarks) interest in a topic, before placement.
    pub async fn mark_topic(&self, topic_id: i64, person_id: i64, interested: bool) -> Result<()> {
        with_writer!(self, p => {
            if interested {
                sqlx::query(
                    "INSERT INTO topic_mark (topic_id, person_id) VALUES ($1, $2) \
                     ON CONFLICT (topic_id, person_id) DO NOTHING",
                )
                .bind(topic_id)
                .bind(person_id)
                .execute(p)
                .await?;
            } else {
                sqlx::query("DELETE FROM topic_mark WHERE topic_id = $1 AND person_id = $2")
                    .bind(topic_id)
                    .bind(person_id)
                    .execute(p)
                    .await?;
            }
        });
        Ok(())
    }

    /// Puts a topic in a cell, or takes it off the board with `None`.
    /// `version` is the topic's version the page showed: a topic changed
    /// since is refused as stale rather than moved blindly. People signed
    /// up are told; moving to another round takes their names off, since
    /// they may sit elsewhere then.
    pub async fn place_topic(
        &self,
        topic_id: i64,
        cell: Option<(i64, i64)>,
        version: Option<i64>,
        now: Timestamp,
    ) -> Result<PlaceOutcome> {
        let (round, space) = cell.unzip();
        with_writer!(self, p => {
            let mut tx = p.begin().await?;
            let before: Option<(String, Option<i64>, Option<i64>, i64)> = sqlx::query_as(
                "UPDATE topic SET version = version + 1 WHERE id = $1 AND withdrawn_at IS NULL \
                 RETURNING title, round_id, space_id, version - 1",
            )
            .bind(topic_id)
            .fetch_optional(&mut *tx)
            .await?;
            let Some((title, old_round, old_space, old_version)) = before else {
                return Ok(PlaceOutcome::NotFound);
            };
            if version.is_some_and(|v| v != old_version) {
                return Ok(PlaceOutcome::Stale);
            }
            if (old_round, old_space) == (round, space) {
                tx.commit().await?;
                return Ok(PlaceOutcome::Placed { told: Vec::new() });
            }
            let moved = sqlx::query("UPDATE topic SET round_id = $1, space_id = $2 WHERE id = $3")
                .bind(round)
                .bind(space)
                .bind(topic_id)
                .execute(&mut *tx)
                .await;
            if let Err(e) = moved {
                return match broken_index(&e) {
                    Some("topic_cell") => Ok(PlaceOutcome::CellTaken),
                    Some("topic_convener_round") => Ok(PlaceOutcome::ConvenerBusy),
                    _ => Err(e.into()),
                };
            }
            let told: Vec<i64> = sqlx::query_scalar("SELECT person_id FROM signup WHERE topic_id = $1")
                .bind(topic_id)
                .fetch_all(&mut *tx)
                .await?;
            let where_now: Option<(String, String)> = match cell {
                Some((r, s)) => sqlx::query_as(
                    "SELECT r.label, s.name FROM os_round r, os_space s WHERE r.id = $1 AND s.id = $2",
                )
                .bind(r)
                .bind(s)
                .fetch_optional(&mut *tx)
                .await?,
                None => None,
            };
            let message = match (&where_now, round == old_round) {
                (Some((_, space)), true) => format!("“{title}” moved to {space}; you are still signed up."),
                (Some((round, space)), false) => format!(
                    "“{title}” moved to {space} in {round}; your name was taken off it, sign up again if you can come."
                ),
                (None, _) => format!("“{title}” was taken off the board; your name was taken off its table."),
            };
            if round != old_round || cell.is_none() {
                sqlx::query("DELETE FROM signup WHERE topic_id = $1").bind(topic_id).execute(&mut *tx).await?;
            }
            for person in &told {
                sqlx::query("INSERT INTO notice (person_id, at, message) VALUES ($1, $2, $3)")
                    .bind(person)
                    .bind(now.as_second())
                    .bind(&message)
                    .execute(&mut *tx)
                    .await?;
            }
            tx.commit().await?;
            Ok(PlaceOutcome::Placed { told })
        })
    }

    /// Adds a person's name to a table, leaving the table they held in the
    /// same round, in one step.
    ///
    /// Sign-ups go to a writer task (one per process on SQLite; on
    /// PostgreSQL one per share of the tables), which takes every sign-up
    /// waiting and runs them in one transaction (see `join_batch`): a rush
    /// costs one commit per batch instead of one per person, and no two
    /// sign-ups for one table in this process race. Other writers and
    /// processes (several instances on PostgreSQL) are kept apart by the
    /// row locks.
    pub async fn join_table(
        &self,
        topic_id: i64,
        person_id: i64,
        now: Timestamp,
    ) -> Result<JoinOutcome> {
        let writers = self.joins.get_or_init(|| {
            let count = if self.is_postgres() {
                JOIN_WRITERS_POSTGRES
            } else {
                1
            };
            (0..count)
                .map(|_| {
                    let (sender, receiver) = tokio::sync::mpsc::channel(JOIN_QUEUE);
                    tokio::spawn(join_writer(self.clone(), receiver));
                    sender
                })
                .collect()
        });
        let sender = &writers[topic_id.rem_euclid(writers.len() as i64) as usize];
        let (reply, answer) = tokio::sync::oneshot::channel();
        let request = JoinRequest {
            topic_id,
            person_id,
            now,
            reply,
        };
        sender
            .send(request)
            .await
            .map_err(|_| StoreError::Failed("the sign-up writer stopped".into()))?;
        answer
            .await
            .map_err(|_| StoreError::Failed("the sign-up writer stopped".into()))?
    }

    /// Runs a batch of sign-ups in one transaction; retried as a whole when
    /// PostgreSQL resolves a deadlock with another instance.
    ///
    /// A failed statement spoils a PostgreSQL transaction (SQLite undoes
    /// only the statement). Savepoints around each sign-up would contain
    /// that, at two more round trips each; so on PostgreSQL a batch first
    /// runs in one round trip ([`join_batch_in_postgres`]), and only if one
    /// of its sign-ups fails does it run again one by one with savepoints,
    /// to give the others their answer.
    async fn join_batch(&self, batch: &[JoinRequest]) -> Result<Vec<Result<JoinOutcome>>> {
        let mut attempt = 0;
        let mut guarded = false;
        loop {
            match self.try_join_batch(batch, guarded).await {
                Err(e) if is_retryable(&e) && attempt < 5 => attempt += 1,
                Err(_) if !guarded && self.is_postgres() => guarded = true,
                other => return other,
            }
        }
    }

    async fn try_join_batch(
        &self,
        batch: &[JoinRequest],
        guarded: bool,
    ) -> Result<Vec<Result<JoinOutcome>>> {
        if let (super::Pool::Postgres(p), false) = (&self.pool, guarded) {
            let mut tx = p.begin().await?;
            let outcomes = join_batch_in_postgres(&mut tx, batch).await?;
            tx.commit().await?;
            return Ok(outcomes);
        }
        let look = if self.is_postgres() {
            LOOK_AT_TABLE_POSTGRES
        } else {
            LOOK_AT_TABLE_SQLITE
        };
        with_writer!(self, p => {
            let mut tx = p.begin().await?;
            let mut outcomes = Vec::with_capacity(batch.len());
            for request in batch {
                if guarded {
                    sqlx::query("SAVEPOINT join_one").execute(&mut *tx).await?;
                }
                let outcome = join_in(&mut tx, look, request.topic_id, request.person_id, request.now).await;
                if let Err(e) = &outcome
                    && is_retryable(e)
                {
                    return Err(outcome.unwrap_err());
                }
                if guarded {
                    let end = if outcome.is_ok() { "RELEASE SAVEPOINT join_one" } else { "ROLLBACK TO SAVEPOINT join_one" };
                    sqlx::query(end).execute(&mut *tx).await?;
                }
                outcomes.push(outcome);
            }
            tx.commit().await?;
            Ok(outcomes)
        })
    }

    /// Takes a person's name off a table; the first in line takes the seat.
    pub async fn leave_table(&self, topic_id: i64, person_id: i64, now: Timestamp) -> Result<bool> {
        let mut attempt = 0;
        loop {
            let result: Result<bool> = with_writer!(self, p => {
                async {
                    let mut tx = p.begin().await?;
                    sqlx::query("UPDATE topic SET version = version + 1 WHERE id = $1")
                        .bind(topic_id)
                        .execute(&mut *tx)
                        .await?;
                    let left = sqlx::query("DELETE FROM signup WHERE topic_id = $1 AND person_id = $2")
                        .bind(topic_id)
                        .bind(person_id)
                        .execute(&mut *tx)
                        .await?
                        .rows_affected();
                    if left == 1 {
                        promote(&mut tx, topic_id, now).await?;
                    }
                    tx.commit().await?;
                    Ok(left == 1)
                }
                .await
            });
            match result {
                Err(e) if is_retryable(&e) && attempt < 5 => attempt += 1,
                other => return other,
            }
        }
    }

    /// Puts a person in line for a full table.
    pub async fn wait_for_table(
        &self,
        topic_id: i64,
        person_id: i64,
        now: Timestamp,
    ) -> Result<()> {
        with_writer!(self, p => {
            sqlx::query(
                "INSERT INTO waitlist (topic_id, person_id, at) VALUES ($1, $2, $3) \
                 ON CONFLICT (topic_id, person_id) DO NOTHING",
            )
            .bind(topic_id)
            .bind(person_id)
            .bind(now.as_second())
            .execute(p)
            .await?;
        });
        Ok(())
    }

    pub async fn stop_waiting(&self, topic_id: i64, person_id: i64) -> Result<()> {
        with_writer!(self, p => {
            sqlx::query("DELETE FROM waitlist WHERE topic_id = $1 AND person_id = $2")
                .bind(topic_id)
                .bind(person_id)
                .execute(p)
                .await?;
        });
        Ok(())
    }

    /// Where a person stands: tables, lines and marks.
    pub async fn my_board(&self, consultation_id: i64, person_id: i64) -> Result<MyBoard> {
        let (seats, waiting, marks): (Vec<(i64, i64)>, Vec<i64>, Vec<i64>) = with_pool!(self, p => {
            let mut c = p.acquire().await?;
            let seats = sqlx::query_as(
                "SELECT s.round_id, s.topic_id FROM signup s JOIN os_round r ON r.id = s.round_id \
                 WHERE s.person_id = $1 AND r.consultation_id = $2",
            )
            .bind(person_id)
            .bind(consultation_id)
            .fetch_all(&mut *c)
            .await?;
            let waiting = sqlx::query_scalar("SELECT topic_id FROM waitlist WHERE person_id = $1")
                .bind(person_id)
                .fetch_all(&mut *c)
                .await?;
            let marks = sqlx::query_scalar("SELECT topic_id FROM topic_mark WHERE person_id = $1")
                .bind(person_id)
                .fetch_all(&mut *c)
                .await?;
            (seats, waiting, marks)
        });
        Ok(MyBoard {
            seats: seats.into_iter().collect(),
            waiting,
            marks,
        })
    }

    /// Every name at every table of a consultation, in the order they came.
    pub async fn seats(&self, consultation_id: i64) -> Result<Vec<Seat>> {
        let rows = with_pool!(self, p => {
            sqlx::query_as(
                "SELECT s.topic_id, s.round_id, s.person_id, p.display_name, p.visibility, \
                 p.consent_screen, s.at FROM signup s JOIN person p ON p.id = s.person_id \
                 JOIN topic t ON t.id = s.topic_id WHERE t.consultation_id = $1 \
                 ORDER BY s.topic_id, s.at, p.id",
            )
            .bind(consultation_id)
            .fetch_all(p)
            .await?
        });
        Ok(rows)
    }

    /// Notices a person has not seen yet, oldest first.
    pub async fn unseen_notices(&self, person_id: i64) -> Result<Vec<Notice>> {
        let rows = with_pool!(self, p => {
            sqlx::query_as(
                "SELECT id, at, message FROM notice WHERE person_id = $1 AND seen = FALSE ORDER BY at, id",
            )
            .bind(person_id)
            .fetch_all(p)
            .await?
        });
        Ok(rows)
    }

    pub async fn dismiss_notices(&self, person_id: i64) -> Result<()> {
        with_writer!(self, p => {
            sqlx::query("UPDATE notice SET seen = TRUE WHERE person_id = $1")
                .bind(person_id)
                .execute(p)
                .await?;
        });
        Ok(())
    }

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

/// Sign-ups waiting for the writer; a full queue makes callers wait.
const JOIN_QUEUE: usize = 4_096;
/// Sign-ups per transaction at most.
const JOIN_BATCH: usize = 256;
/// Writers on PostgreSQL, each for its share of the tables. One writer's
/// batches run one after another; the rows they lock do not overlap, so
/// PostgreSQL runs two side by side. SQLite has one writing connection.
const JOIN_WRITERS_POSTGRES: usize = 2;

pub(crate) struct JoinRequest {
    topic_id: i64,
    person_id: i64,
    now: Timestamp,
    reply: tokio::sync::oneshot::Sender<Result<JoinOutcome>>,
}

/// The writer: takes every sign-up waiting (up to a batch), runs them in
/// one transaction, answers each.
async fn join_writer(store: Store, mut requests: tokio::sync::mpsc::Receiver<JoinRequest>) {
    while let Some(first) = requests.recv().await {
        let mut batch = vec![first];
        while batch.len() < JOIN_BATCH {
            match requests.try_recv() {
                Ok(more) => batch.push(more),
                Err(_) => break,
            }
        }
        match store.join_batch(&batch).await {
            Ok(outcomes) => {
                for (request, outcome) in batch.into_iter().zip(outcomes) {
                    let _ = request.reply.send(outcome);
                }
            }
            Err(e) => {
                tracing::error!(error = %e, "a batch of sign-ups failed");
                for request in batch {
                    let _ = request.reply.send(Err(StoreError::Failed(e.to_string())));
                }
            }
        }
    }
}

/// A sign-up's first statement: takes the table's lock (by writing the
/// topic's row) and reads what the decision needs, in one round trip (to
/// PostgreSQL, or to SQLite's worker thread) while the table is locked.
/// No row, or one without a round and space: not on the board.
///
/// SQLite runs one writer at a time, so the reads can ride on the update's
/// RETURNING. On PostgreSQL they would then read from a snapshot taken
/// before the statement waited for the lock (another instance's sign-ups
/// unseen): a function runs them as a statement of their own
/// (migrations/postgres/0009).
const LOOK_AT_TABLE_SQLITE: &str = "UPDATE topic SET version = version + 1 \
     WHERE id = $1 AND withdrawn_at IS NULL \
     RETURNING round_id, title, \
     (SELECT capacity FROM os_space s WHERE s.id = topic.space_id) AS capacity, \
     (SELECT COUNT(*) FROM signup su WHERE su.topic_id = $1) AS taken, \
     (SELECT su.topic_id FROM signup su \
      WHERE su.round_id = topic.round_id AND su.person_id = $2) AS current, \
     (SELECT COUNT(*) FROM waitlist w WHERE w.topic_id = $1 AND w.person_id = $2) AS waiting_here, \
     (SELECT COUNT(*) FROM waitlist w JOIN signup m ON m.topic_id = w.topic_id \
      WHERE m.round_id = topic.round_id AND m.person_id = $2) AS waiting_at_current";
const LOOK_AT_TABLE_POSTGRES: &str = "SELECT round_id, title, capacity, taken, current, \
     waiting_here, waiting_at_current FROM convene_look_at_table($1, $2)";

/// One sign-up, inside the writer's transaction; `look` is the backend's
/// [`LOOK_AT_TABLE_SQLITE`] or [`LOOK_AT_TABLE_POSTGRES`].
async fn join_in<'c, DB>(
    tx: &mut sqlx::Transaction<'c, DB>,
    look: &str,
    topic_id: i64,
    person_id: i64,
    now: Timestamp,
) -> Result<JoinOutcome>
where
    DB: sqlx::Database,
    for<'e> &'e mut <DB as sqlx::Database>::Connection: sqlx::Executor<'e, Database = DB>,
    for<'q> <DB as sqlx::Database>::Arguments<'q>: sqlx::IntoArguments<'q, DB>,
    i64: sqlx::Type<DB> + for<'q> sqlx::Encode<'q, DB> + for<'r> sqlx::Decode<'r, DB>,
    Option<i64>: sqlx::Type<DB> + for<'r> sqlx::Decode<'r, DB>,
    String: sqlx::Type<DB> + for<'q> sqlx::Encode<'q, DB> + for<'r> sqlx::Decode<'r, DB>,
    (i64,): for<'r> sqlx::FromRow<'r, DB::Row>,
    (i64, i64): for<'r> sqlx::FromRow<'r, DB::Row>,
    (Option<i64>, Option<i64>, String): for<'r> sqlx::FromRow<'r, DB::Row>,
    TableLook: for<'r> sqlx::FromRow<'r, DB::Row>,
{
    let seen: Option<TableLook> = sqlx::query_as(look)
        .bind(topic_id)
        .bind(person_id)
        .fetch_optional(&mut **tx)
        .await?;
    let Some(seen) = seen else {
        return Ok(JoinOutcome::NotOnBoard);
    };
    let (Some(round), Some(capacity)) = (seen.round_id, seen.capacity) else {
        return Ok(JoinOutcome::NotOnBoard);
    };
    if seen.current == Some(topic_id) {
        return Ok(JoinOutcome::AlreadyThere);
    }
    if seen.taken >= capacity {
        return Ok(JoinOutcome::Full(FullTable {
            round_id: round,
            title: seen.title,
            waiting: seen.waiting_here > 0,
        }));
    }
    // Joining, or moving from the table held in this round: one row per
    // person and round.
    sqlx::query(
        "INSERT INTO signup (round_id, person_id, topic_id, at) VALUES ($1, $2, $3, $4) \
         ON CONFLICT (round_id, person_id) DO UPDATE SET topic_id = excluded.topic_id, at = excluded.at",
    )
    .bind(round)
    .bind(person_id)
    .bind(topic_id)
    .bind(now.as_second())
    .execute(&mut **tx)
    .await?;
    if seen.waiting_here > 0 {
        sqlx::query("DELETE FROM waitlist WHERE topic_id = $1 AND person_id = $2")
            .bind(topic_id)
            .bind(person_id)
            .execute(&mut **tx)
            .await?;
    }
    // The seat left behind goes to the first in line there; with no line,
    // that table need not be locked at all. After the new seat is taken,
    // so that a chain of moves cannot fill it meanwhile.
    if let Some(old) = seen.current
        && seen.waiting_at_current > 0
    {
        promote(tx, old, now).await?;
    }
    Ok(JoinOutcome::Joined { left: seen.current })
}

/// A batch of sign-ups on PostgreSQL: `convene_join_batch`
/// (migrations/postgres/0010) answers them in one round trip, stopping
/// before one whose move hands a seat on to someone waiting; that one is
/// seated here ([`join_in`], [`promote`]) and the rest sent again.
async fn join_batch_in_postgres(
    tx: &mut sqlx::Transaction<'_, sqlx::Postgres>,
    batch: &[JoinRequest],
) -> Result<Vec<Result<JoinOutcome>>> {
    let mut outcomes = Vec::with_capacity(batch.len());
    while let Some(rest) = batch.get(outcomes.len()..).filter(|r| !r.is_empty()) {
        let answers: Vec<BatchAnswer> = sqlx::query_as(
            "SELECT kind, in_round, table_title, in_line, left_table \
             FROM convene_join_batch($1, $2, $3)",
        )
        .bind(rest.iter().map(|r| r.topic_id).collect::<Vec<_>>())
        .bind(rest.iter().map(|r| r.person_id).collect::<Vec<_>>())
        .bind(rest.iter().map(|r| r.now.as_second()).collect::<Vec<_>>())
        .fetch_all(&mut **tx)
        .await?;
        let handled = answers.len();
        for answer in answers {
            outcomes.push(Ok(answer.outcome()?));
        }
        if let Some(next) = rest.get(handled) {
            let outcome = join_in(
                tx,
                LOOK_AT_TABLE_POSTGRES,
                next.topic_id,
                next.person_id,
                next.now,
            );
            outcomes.push(Ok(outcome.await?));
        }
    }
    Ok(outcomes)
}

/// One row of `convene_join_batch`.
#[derive(sqlx::FromRow)]
struct BatchAnswer {
    kind: String,
    in_round: Option<i64>,
    table_title: Option<String>,
    in_line: bool,
    left_table: Option<i64>,
}

impl BatchAnswer {
    fn outcome(self) -> Result<JoinOutcome> {
        Ok(match self.kind.as_str() {
            "joined" => JoinOutcome::Joined {
                left: self.left_table,
            },
            "already_there" => JoinOutcome::AlreadyThere,
            "not_on_board" => JoinOutcome::NotOnBoard,
            "full" => JoinOutcome::Full(FullTable {
                round_id: self
                    .in_round
                    .ok_or_else(|| StoreError::Corrupt("a full table without a round".into()))?,
                title: self.table_title.unwrap_or_default(),
                waiting: self.in_line,
            }),
            other => return Err(StoreError::Corrupt(format!("sign-up answer {other:?}"))),
        })
    }
}

/// What a sign-up finds at the table, read in one statement.
#[derive(sqlx::FromRow)]
struct TableLook {
    round_id: Option<i64>,
    capacity: Option<i64>,
    title: String,
    taken: i64,
    current: Option<i64>,
    waiting_here: i64,
    waiting_at_current: i64,
}

/// Gives freed seats at a table to the people waiting for it, first come
/// first served. Someone moved in leaves their seat in that round, which
/// may free a seat elsewhere: followed until no seat is freed, within the
/// same transaction. Each person moved is told.
async fn promote<'c, DB>(
    tx: &mut sqlx::Transaction<'c, DB>,
    topic_id: i64,
    now: Timestamp,
) -> Result<()>
where
    DB: sqlx::Database,
    for<'e> &'e mut <DB as sqlx::Database>::Connection: sqlx::Executor<'e, Database = DB>,
    for<'q> <DB as sqlx::Database>::Arguments<'q>: sqlx::IntoArguments<'q, DB>,
    i64: sqlx::Type<DB> + for<'q> sqlx::Encode<'q, DB> + for<'r> sqlx::Decode<'r, DB>,
    Option<i64>: sqlx::Type<DB> + for<'r> sqlx::Decode<'r, DB>,
    String: sqlx::Type<DB> + for<'q> sqlx::Encode<'q, DB> + for<'r> sqlx::Decode<'r, DB>,
    (i64,): for<'r> sqlx::FromRow<'r, DB::Row>,
    (i64, i64): for<'r> sqlx::FromRow<'r, DB::Row>,
    (Option<i64>, Option<i64>, String): for<'r> sqlx::FromRow<'r, DB::Row>,
{
    let mut freed = vec![topic_id];
    // Each step seats one person; a board has far fewer tables than this.
    let mut steps = 0;
    while let Some(topic) = freed.pop() {
        steps += 1;
        if steps > 10_000 {
            break;
        }
        let (round, space, title): (Option<i64>, Option<i64>, String) = sqlx::query_as(
            "UPDATE topic SET version = version + 1 WHERE id = $1 RETURNING round_id, space_id, title",
        )
        .bind(topic)
        .fetch_one(&mut **tx)
        .await?;
        let (Some(round), Some(space)) = (round, space) else {
            continue;
        };
        let (taken, capacity): (i64, i64) = sqlx::query_as(
            "SELECT (SELECT COUNT(*) FROM signup WHERE topic_id = $1), \
             (SELECT capacity FROM os_space WHERE id = $2)",
        )
        .bind(topic)
        .bind(space)
        .fetch_one(&mut **tx)
        .await?;
        if taken >= capacity {
            continue;
        }
        let next: Option<(i64, i64)> = sqlx::query_as(
            "SELECT id, person_id FROM waitlist WHERE topic_id = $1 ORDER BY at, id LIMIT 1",
        )
        .bind(topic)
        .fetch_optional(&mut **tx)
        .await?;
        let Some((line_id, person)) = next else {
            continue;
        };
        sqlx::query("DELETE FROM waitlist WHERE id = $1")
            .bind(line_id)
            .execute(&mut **tx)
            .await?;
        let previous: Option<(i64,)> = sqlx::query_as(
            "DELETE FROM signup WHERE round_id = $1 AND person_id = $2 RETURNING topic_id",
        )
        .bind(round)
        .bind(person)
        .fetch_optional(&mut **tx)
        .await?;
        sqlx::query(
            "INSERT INTO signup (round_id, person_id, topic_id, at) VALUES ($1, $2, $3, $4)",
        )
        .bind(round)
        .bind(person)
        .bind(topic)
        .bind(now.as_second())
        .execute(&mut **tx)
        .await?;
        let message = match previous {
            Some(_) => format!(
                "A seat freed at “{title}”: you are in, and your name left the other table of that round."
            ),
            None => format!("A seat freed at “{title}”: you are in."),
        };
        sqlx::query("INSERT INTO notice (person_id, at, message) VALUES ($1, $2, $3)")
            .bind(person)
            .bind(now.as_second())
            .bind(message)
            .execute(&mut **tx)
            .await?;
        // More seats may be free here, and one was freed where they sat.
        freed.push(topic);
        freed.extend(previous.map(|(t,)| t));
    }
    Ok(())
}

impl Store {
    /// The tables of a round with seats left, the emptiest first: what
    /// someone turned away from a full table is offered. One query, since
    /// in a rush most answers are "full".
    pub async fn tables_with_room(&self, round_id: i64) -> Result<Vec<OpenTable>> {
        let rows: Vec<(i64, String, String, String, i64, i64)> = with_pool!(self, p => {
            sqlx::query_as(
                // Counted per table from the index on signup(topic_id)
                // alone: a rush answers "full" hundreds of times a second.
                "WITH cell AS MATERIALIZED ( \
                   SELECT t.id, t.title, t.text_lang, s.name, s.capacity, \
                   (SELECT COUNT(*) FROM signup su WHERE su.topic_id = t.id) AS taken \
                   FROM topic t JOIN os_space s ON s.id = t.space_id \
                   WHERE t.round_id = $1 AND t.withdrawn_at IS NULL) \
                 SELECT id, title, text_lang, name, capacity, taken FROM cell \
                 WHERE taken < capacity ORDER BY taken - capacity, id",
            )
            .bind(round_id)
            .fetch_all(p)
            .await?
        });
        Ok(rows
            .into_iter()
            .map(
                |(topic_id, title, text_lang, space, capacity, taken)| OpenTable {
                    topic_id,
                    title,
                    text_lang,
                    space,
                    capacity,
                    taken,
                },
            )
            .collect())
    }

    /// Every "interested" mark: (topic, person).
    pub async fn topic_marks(&self, consultation_id: i64) -> Result<Vec<(i64, i64)>> {
        let rows = with_pool!(self, p => {
            sqlx::query_as(
                "SELECT m.topic_id, m.person_id FROM topic_mark m JOIN topic t ON t.id = m.topic_id \
                 WHERE t.consultation_id = $1 AND t.withdrawn_at IS NULL ORDER BY m.topic_id, m.person_id",
            )
            .bind(consultation_id)
            .fetch_all(p)
            .await?
        });
        Ok(rows)
    }

    /// Puts topics in the given cells all at once (a suggested placement):
    /// the topics leave their cells first, so that they may trade places.
    /// People signed up to a topic that changes round are taken off it and
    /// told. Returns how many topics changed cell.
    pub async fn apply_placement(
        &self,
        consultation_id: i64,
        cells: &[(i64, i64, i64)],
        now: Timestamp,
    ) -> Result<usize> {
        with_writer!(self, p => {
            let mut tx = p.begin().await?;
            let mut before = Vec::new();
            for (topic, _, _) in cells {
                let row: Option<(String, Option<i64>, Option<i64>)> = sqlx::query_as(
                    "SELECT title, round_id, space_id FROM topic \
                     WHERE id = $1 AND consultation_id = $2 AND withdrawn_at IS NULL",
                )
                .bind(topic)
                .bind(consultation_id)
                .fetch_optional(&mut *tx)
                .await?;
                let Some(row) = row else {
                    return Err(StoreError::Invalid(
                        crate::domain::ValidationError::Invalid {
                            field: "topic",
                            value: topic.to_string(),
                            expected: "a topic on the board (it was withdrawn meanwhile)",
                        }
                        .into(),
                    ));
                };
                sqlx::query(
                    "UPDATE topic SET round_id = NULL, space_id = NULL, version = version + 1 WHERE id = $1",
                )
                .bind(topic)
                .execute(&mut *tx)
                .await?;
                before.push(row);
            }
            let mut moved = 0;
            for ((topic, round, space), (title, old_round, old_space)) in cells.iter().zip(before) {
                sqlx::query("UPDATE topic SET round_id = $1, space_id = $2 WHERE id = $3")
                    .bind(round)
                    .bind(space)
                    .bind(topic)
                    .execute(&mut *tx)
                    .await?;
                if (old_round, old_space) != (Some(*round), Some(*space)) {
                    moved += 1;
                }
                if old_round.is_none_or(|r| r == *round) {
                    continue;
                }
                let told: Vec<i64> =
                    sqlx::query_scalar("DELETE FROM signup WHERE topic_id = $1 RETURNING person_id")
                        .bind(topic)
                        .fetch_all(&mut *tx)
                        .await?;
                let message = format!(
                    "“{title}” moved to another round; your name was taken off it, sign up again if you can come."
                );
                for person in told {
                    sqlx::query("INSERT INTO notice (person_id, at, message) VALUES ($1, $2, $3)")
                        .bind(person)
                        .bind(now.as_second())
                        .bind(&message)
                        .execute(&mut *tx)
                        .await?;
                }
            }
            tx.commit().await?;
            Ok(moved)
        })
    }
}
