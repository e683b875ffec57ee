//! Sign-ups: joining a table, moving, leaving, waiting in line, the seat
//! handed on to the first in line, and what people are told of it.

use jiff::Timestamp;

use super::{FullTable, JoinOutcome, MyBoard, Notice, Seat, Waited, is_retryable};
use crate::domain::{
    open_space::{NoticeText, OpenTable},
    signup::{self, Join, Promotion, Wait},
};
use crate::store::{Result, Store, StoreError, with_pool, with_writer};

impl Store {
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
        if let (crate::store::Pool::Postgres(p), false) = (&self.pool, guarded) {
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

    /// Asks to wait for a table, as [`signup::wait`] decides: in line at a
    /// full table; otherwise as a request to sit, so that nobody waits
    /// beside a free seat or at their own table. One transaction, so a
    /// seat that frees meanwhile is either taken here or handed on to the
    /// line this joins.
    pub async fn wait_for_table(
        &self,
        topic_id: i64,
        person_id: i64,
        now: Timestamp,
    ) -> Result<Waited> {
        let look = if self.is_postgres() {
            LOOK_AT_TABLE_POSTGRES
        } else {
            LOOK_AT_TABLE_SQLITE
        };
        let mut attempt = 0;
        loop {
            let result: Result<Waited> = with_writer!(self, p => {
                async {
                    let mut tx = p.begin().await?;
                    let waited = wait_in(&mut tx, look, topic_id, person_id, now).await?;
                    tx.commit().await?;
                    Ok(waited)
                }
                .await
            });
            match result {
                Err(e) if is_retryable(&e) && attempt < 5 => attempt += 1,
                other => return other,
            }
        }
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
        // (round, topic), (topic, place in line), topic.
        type Pairs = Vec<(i64, i64)>;
        let (seats, waiting, marks): (Pairs, Pairs, Vec<i64>) = with_pool!(self, p => {
            let mut c = p.acquire().await?;
            let seats = sqlx::query_as(
                "SELECT s.round_id, s.topic_id FROM signup s JOIN os_round r ON r.id = s.round_id \
                 WHERE s.person_id = $1 AND r.consultation_id = $2",
            )
            .bind(person_id)
            .bind(consultation_id)
            .fetch_all(&mut *c)
            .await?;
            // The place in line as promotion counts it: by time asked, then arrival.
            let waiting = sqlx::query_as(
                "SELECT w.topic_id, (SELECT COUNT(*) FROM waitlist x WHERE x.topic_id = w.topic_id \
                 AND (x.at < w.at OR (x.at = w.at AND x.id <= w.id))) FROM waitlist w \
                 WHERE w.person_id = $1 ORDER BY w.topic_id",
            )
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
      WHERE m.round_id = topic.round_id AND m.person_id = $2) AS waiting_at_current, \
     (SELECT o.title FROM topic o WHERE o.convener_id = $2 AND o.round_id = topic.round_id \
      AND o.id <> $1 AND o.withdrawn_at IS NULL) AS convening";
const LOOK_AT_TABLE_POSTGRES: &str = "SELECT round_id, title, capacity, taken, current, \
     waiting_here, waiting_at_current, convening FROM convene_look_at_table($1, $2)";

/// One sign-up, inside the writer's transaction, as [`signup::join`]
/// decides; `look` is the backend's [`LOOK_AT_TABLE_SQLITE`] or
/// [`LOOK_AT_TABLE_POSTGRES`].
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
    (i64, Option<i64>, Option<i64>): for<'r> sqlx::FromRow<'r, DB::Row>,
    (Option<i64>, String): for<'r> sqlx::FromRow<'r, DB::Row>,
    TableLook: for<'r> sqlx::FromRow<'r, DB::Row>,
{
    let seen: Option<TableLook> = sqlx::query_as(look)
        .bind(topic_id)
        .bind(person_id)
        .fetch_optional(&mut **tx)
        .await?;
    let rule = seen.as_ref().map(TableLook::rule).unwrap_or_default();
    let (round, left, leave_line, hand_on) = match signup::join(topic_id, &rule) {
        Join::NotOnBoard => return Ok(JoinOutcome::NotOnBoard),
        Join::AlreadyThere => return Ok(JoinOutcome::AlreadyThere),
        Join::Convening => {
            let title = seen.and_then(|s| s.convening).unwrap_or_default();
            return Ok(JoinOutcome::Convening { title });
        }
        Join::Full { round_id, waiting } => {
            return Ok(JoinOutcome::Full(FullTable {
                round_id,
                title: seen.map(|s| s.title).unwrap_or_default(),
                waiting,
            }));
        }
        Join::Seat {
            round_id,
            left,
            leave_line,
            hand_on,
        } => (round_id, left, leave_line, hand_on),
    };
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
    if leave_line {
        sqlx::query("DELETE FROM waitlist WHERE topic_id = $1 AND person_id = $2")
            .bind(topic_id)
            .bind(person_id)
            .execute(&mut **tx)
            .await?;
    }
    // The seat left behind goes to the first in line there; with no line,
    // that table need not be locked at all. After the new seat is taken,
    // so that a chain of moves cannot fill it meanwhile.
    if let Some(old) = hand_on {
        promote(tx, old, now).await?;
    }
    Ok(JoinOutcome::Joined { left })
}

/// A request to wait, inside a transaction, as [`signup::wait`] decides.
async fn wait_in<'c, DB>(
    tx: &mut sqlx::Transaction<'c, DB>,
    look: &str,
    topic_id: i64,
    person_id: i64,
    now: Timestamp,
) -> Result<Waited>
where
    DB: sqlx::Database,
    for<'e> &'e mut <DB as sqlx::Database>::Connection: sqlx::Executor<'e, Database = DB>,
    for<'q> <DB as sqlx::Database>::Arguments<'q>: sqlx::IntoArguments<'q, DB>,
    i64: sqlx::Type<DB> + for<'q> sqlx::Encode<'q, DB> + for<'r> sqlx::Decode<'r, DB>,
    Option<i64>: sqlx::Type<DB> + for<'r> sqlx::Decode<'r, DB>,
    String: sqlx::Type<DB> + for<'q> sqlx::Encode<'q, DB> + for<'r> sqlx::Decode<'r, DB>,
    (i64,): for<'r> sqlx::FromRow<'r, DB::Row>,
    (i64, Option<i64>, Option<i64>): for<'r> sqlx::FromRow<'r, DB::Row>,
    (Option<i64>, String): for<'r> sqlx::FromRow<'r, DB::Row>,
    TableLook: for<'r> sqlx::FromRow<'r, DB::Row>,
{
    let seen: Option<TableLook> = sqlx::query_as(look)
        .bind(topic_id)
        .bind(person_id)
        .fetch_optional(&mut **tx)
        .await?;
    let rule = seen.as_ref().map(TableLook::rule).unwrap_or_default();
    if let Wait::Join(_) = signup::wait(topic_id, &rule) {
        // Looked at again by the join, in the same transaction.
        return Ok(Waited::Asked(
            join_in(tx, look, topic_id, person_id, now).await?,
        ));
    }
    sqlx::query(
        "INSERT INTO waitlist (topic_id, person_id, at) VALUES ($1, $2, $3) \
         ON CONFLICT (topic_id, person_id) DO NOTHING",
    )
    .bind(topic_id)
    .bind(person_id)
    .bind(now.as_second())
    .execute(&mut **tx)
    .await?;
    Ok(Waited::InLine)
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
            "convening" => JoinOutcome::Convening {
                title: self.table_title.unwrap_or_default(),
            },
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
    convening: Option<String>,
}

impl TableLook {
    fn rule(&self) -> signup::TableLook {
        signup::TableLook {
            round_id: self.round_id,
            capacity: self.capacity,
            taken: self.taken,
            current: self.current,
            waiting_here: self.waiting_here > 0,
            waiting_at_current: self.waiting_at_current > 0,
            convenes_other: self.convening.is_some(),
        }
    }
}

/// Gives freed seats at a table to the people waiting for it, as
/// [`signup::promotion`] and [`signup::Cascade`] decide, within the same
/// transaction. Each person moved is told.
pub(super) async fn promote<'c, DB>(
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
    (i64, Option<i64>, Option<i64>): for<'r> sqlx::FromRow<'r, DB::Row>,
    (Option<i64>, String): for<'r> sqlx::FromRow<'r, DB::Row>,
{
    let mut cascade = signup::Cascade::from(topic_id);
    while let Some(topic) = cascade.next_table() {
        let (round, title): (Option<i64>, String) = sqlx::query_as(
            "UPDATE topic SET version = version + 1 WHERE id = $1 RETURNING round_id, title",
        )
        .bind(topic)
        .fetch_one(&mut **tx)
        .await?;
        let (taken, capacity, first_in_line): (i64, Option<i64>, Option<i64>) = sqlx::query_as(
            "SELECT (SELECT COUNT(*) FROM signup WHERE topic_id = $1), \
             (SELECT s.capacity FROM os_space s JOIN topic t ON t.space_id = s.id WHERE t.id = $1), \
             (SELECT w.person_id FROM waitlist w WHERE w.topic_id = $1 AND NOT EXISTS ( \
                SELECT 1 FROM topic o WHERE o.convener_id = w.person_id AND o.id <> $1 \
                AND o.withdrawn_at IS NULL \
                AND o.round_id = (SELECT t.round_id FROM topic t WHERE t.id = $1)) \
              ORDER BY w.at, w.id LIMIT 1)",
        )
        .bind(topic)
        .fetch_one(&mut **tx)
        .await?;
        let freed = signup::FreedLook {
            round_id: round,
            capacity,
            taken,
            first_in_line,
        };
        let Some(Promotion {
            round_id: round,
            person_id: person,
        }) = signup::promotion(&freed)
        else {
            continue;
        };
        sqlx::query("DELETE FROM waitlist WHERE topic_id = $1 AND person_id = $2")
            .bind(topic)
            .bind(person)
            .execute(&mut **tx)
            .await?;
        // The table they leave is the one the deleted row held, not one read
        // before: on PostgreSQL another instance may be moving them now, and
        // the delete waits for it.
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
        let key = match previous {
            Some(_) => "notice-seat-freed-moved",
            None => "notice-seat-freed",
        };
        let message = NoticeText::new(key, &[("title", &title)]).encode();
        sqlx::query("INSERT INTO notice (person_id, at, message) VALUES ($1, $2, $3)")
            .bind(person)
            .bind(now.as_second())
            .bind(message)
            .execute(&mut **tx)
            .await?;
        cascade.moved_in(topic, previous.map(|(t,)| t));
    }
    Ok(())
}

/// Seats a placed topic's convener at it, within the placing transaction:
/// a convener is counted at their own table and sits at no other of that
/// round. Their seat elsewhere in the round goes to the first in line
/// there, their places in that round's lines are given up, and they are
/// told.
pub(super) async fn seat_convener<'c, DB>(
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
    (i64, Option<i64>, Option<i64>): for<'r> sqlx::FromRow<'r, DB::Row>,
    (Option<i64>, String): for<'r> sqlx::FromRow<'r, DB::Row>,
{
    let placed: Option<(i64, Option<i64>, Option<i64>)> = sqlx::query_as(
        "SELECT id, round_id, convener_id FROM topic \
         WHERE id = $1 AND withdrawn_at IS NULL AND space_id IS NOT NULL",
    )
    .bind(topic_id)
    .fetch_optional(&mut **tx)
    .await?;
    let Some((_, Some(round), Some(convener))) = placed else {
        return Ok(());
    };
    sqlx::query(
        "DELETE FROM waitlist WHERE person_id = $1 \
         AND topic_id IN (SELECT id FROM topic WHERE round_id = $2)",
    )
    .bind(convener)
    .bind(round)
    .execute(&mut **tx)
    .await?;
    let left: Option<(i64,)> = sqlx::query_as(
        "DELETE FROM signup WHERE round_id = $1 AND person_id = $2 AND topic_id <> $3 \
         RETURNING topic_id",
    )
    .bind(round)
    .bind(convener)
    .bind(topic_id)
    .fetch_optional(&mut **tx)
    .await?;
    sqlx::query(
        "INSERT INTO signup (round_id, person_id, topic_id, at) VALUES ($1, $2, $3, $4) \
         ON CONFLICT (round_id, person_id) DO NOTHING",
    )
    .bind(round)
    .bind(convener)
    .bind(topic_id)
    .bind(now.as_second())
    .execute(&mut **tx)
    .await?;
    let Some((left,)) = left else {
        return Ok(());
    };
    let (_, title): (Option<i64>, String) =
        sqlx::query_as("SELECT round_id, title FROM topic WHERE id = $1")
            .bind(topic_id)
            .fetch_one(&mut **tx)
            .await?;
    let message = NoticeText::new("notice-convener-seated", &[("title", &title)]).encode();
    sqlx::query("INSERT INTO notice (person_id, at, message) VALUES ($1, $2, $3)")
        .bind(convener)
        .bind(now.as_second())
        .bind(message)
        .execute(&mut **tx)
        .await?;
    promote(tx, left, now).await
}
