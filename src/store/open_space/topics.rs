//! Topics: the board, proposing, editing, adopting, withdrawing, marking
//! and placing them.

use std::collections::HashMap;

use jiff::Timestamp;

use super::{PlaceOutcome, signups::seat_convener};
use crate::domain::{
    OrganisationRef, TopicOrigin,
    open_space::{Board, BoardTopic, NoticeText, Round, Space, TopicInput},
};
use crate::store::{Result, Store, StoreError, with_pool, with_writer};

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
    convener_named: bool,
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

const BOARD_TOPICS: &str = "SELECT t.id, t.title, t.description, t.text_lang, t.origin, \
     t.convener_id, c.display_name AS convener_name, \
     COALESCE(c.convener_named, TRUE) AS convener_named, \
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
                    // A convener is named on the board and the screen
                    // unless they said no.
                    convener_name: t.convener_name.filter(|_| t.convener_named),
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

    /// Puts a topic the organisers suggest on the board, nobody convening
    /// it yet, with the organisations interested. A topic with the same
    /// title already on the board is left as it is: its id, and `false`.
    pub async fn suggest_topic(
        &self,
        consultation_id: i64,
        topic: &TopicInput,
        interested: &[i64],
        actor: crate::store::Actor<'_>,
        now: Timestamp,
    ) -> Result<(i64, bool)> {
        with_writer!(self, p => {
            let mut tx = p.begin().await?;
            let existing: Option<i64> = sqlx::query_scalar(
                "SELECT id FROM topic WHERE consultation_id = $1 AND title = $2 \
                 AND withdrawn_at IS NULL",
            )
            .bind(consultation_id)
            .bind(&topic.title)
            .fetch_optional(&mut *tx)
            .await?;
            if let Some(id) = existing {
                return Ok((id, false));
            }
            let id: i64 = sqlx::query_scalar(
                "INSERT INTO topic (consultation_id, title, description, text_lang, origin, \
                 position, created_at) VALUES ($1, $2, $3, $4, 'suggested', \
                 (SELECT COALESCE(MAX(position), 0) + 1 FROM topic WHERE consultation_id = $1), $5) \
                 RETURNING id",
            )
            .bind(consultation_id)
            .bind(&topic.title)
            .bind(&topic.description)
            .bind(topic.language.as_str())
            .bind(now.as_second())
            .fetch_one(&mut *tx)
            .await?;
            for organisation in interested {
                sqlx::query(
                    "INSERT INTO topic_interest (topic_id, organisation_id) \
                     SELECT $1, id FROM organisation WHERE id = $2 AND consultation_id = $3 \
                     ON CONFLICT DO NOTHING",
                )
                .bind(id)
                .bind(organisation)
                .bind(consultation_id)
                .execute(&mut *tx)
                .await?;
            }
            crate::store::accounts::insert_audit!(
                &mut *tx,
                consultation_id,
                actor,
                "suggested a topic",
                &topic.title,
                now
            );
            tx.commit().await?;
            Ok((id, true))
        })
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
    pub async fn adopt_topic(&self, topic_id: i64, person_id: i64, now: Timestamp) -> Result<bool> {
        let done = with_writer!(self, p => {
            let mut tx = p.begin().await?;
            let done = sqlx::query(
                "UPDATE topic SET convener_id = $1, version = version + 1 \
                 WHERE id = $2 AND convener_id IS NULL AND withdrawn_at IS NULL",
            )
            .bind(person_id)
            .bind(topic_id)
            .execute(&mut *tx)
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
            .rows_affected();
            if done == 1 {
                seat_convener(&mut tx, topic_id, now).await?;
            }
            tx.commit().await?;
            done
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
                 UNION SELECT person_id FROM waitlist WHERE topic_id = $1 \
                 EXCEPT SELECT convener_id FROM topic WHERE id = $1 AND convener_id IS NOT NULL",
            )
            .bind(topic_id)
            .fetch_all(&mut *tx)
            .await?;
            sqlx::query("DELETE FROM signup WHERE topic_id = $1").bind(topic_id).execute(&mut *tx).await?;
            sqlx::query("DELETE FROM waitlist WHERE topic_id = $1").bind(topic_id).execute(&mut *tx).await?;
            let message = NoticeText::new("notice-topic-withdrawn", &[("title", &title)]).encode();
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
            // Everyone at the table but its convener, who is the one moving it
            // or is told as a convener.
            let told: Vec<i64> = sqlx::query_scalar(
                "SELECT person_id FROM signup WHERE topic_id = $1 AND person_id NOT IN \
                 (SELECT convener_id FROM topic WHERE id = $1 AND convener_id IS NOT NULL)",
            )
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
                (Some((_, space)), true) => NoticeText::new(
                    "notice-topic-moved",
                    &[("title", &title), ("space", space)],
                ),
                (Some((round, space)), false) => NoticeText::new(
                    "notice-topic-moved-round",
                    &[("title", &title), ("space", space), ("round", round)],
                ),
                (None, _) => NoticeText::new("notice-topic-off-board", &[("title", &title)]),
            }
            .encode();
            if round != old_round || cell.is_none() {
                sqlx::query("DELETE FROM signup WHERE topic_id = $1").bind(topic_id).execute(&mut *tx).await?;
            }
            seat_convener(&mut tx, topic_id, now).await?;
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
                let message =
                    NoticeText::new("notice-topic-other-round", &[("title", &title)]).encode();
                for person in told {
                    sqlx::query("INSERT INTO notice (person_id, at, message) VALUES ($1, $2, $3)")
                        .bind(person)
                        .bind(now.as_second())
                        .bind(&message)
                        .execute(&mut *tx)
                        .await?;
                }
            }
            for (topic, _, _) in cells {
                seat_convener(&mut tx, *topic, now).await?;
            }
            tx.commit().await?;
            Ok(moved)
        })
    }
}

impl Store {
    /// Tells a person something on their next page view (and live).
    pub async fn notify(&self, person_id: i64, message: &NoticeText, now: Timestamp) -> Result<()> {
        with_writer!(self, p => {
            sqlx::query("INSERT INTO notice (person_id, at, message) VALUES ($1, $2, $3)")
                .bind(person_id)
                .bind(now.as_second())
                .bind(message.encode())
                .execute(p)
                .await?;
        });
        Ok(())
    }

    /// Whether the person facilitates an open-space session of the
    /// consultation: they enter topics for conveners, as organisers do.
    pub async fn facilitates_open_space(
        &self,
        consultation_id: i64,
        person_id: i64,
    ) -> Result<bool> {
        let count: i64 = with_pool!(self, p => {
            sqlx::query_scalar(
                "SELECT COUNT(*) FROM session_person sp JOIN session s ON s.id = sp.session_id \
                 WHERE s.consultation_id = $1 AND sp.person_id = $2 \
                 AND sp.role = 'facilitator' AND s.kind = 'open-space'",
            )
            .bind(consultation_id)
            .bind(person_id)
            .fetch_one(p)
            .await?
        });
        Ok(count > 0)
    }

    /// Everyone's name, for a list to pick a convener from.
    pub async fn person_names(&self, consultation_id: i64) -> Result<Vec<String>> {
        let names = with_pool!(self, p => {
            sqlx::query_scalar(
                "SELECT display_name FROM person WHERE consultation_id = $1 ORDER BY display_name",
            )
            .bind(consultation_id)
            .fetch_all(p)
            .await?
        });
        Ok(names)
    }
}
