//! Editing the program: the consultation's details, rooms, sessions and
//! their people, change records, and importing sessions from a file (one
//! transaction: all or nothing, a dry run for the preview).

use std::collections::HashMap;

use jiff::Timestamp;

use super::{
    Result, Store, StoreError,
    directory::insert_person,
    program::{SESSION_PEOPLE_SELECT, SESSION_SELECT, SessionPersonRow, SessionRow, attach_people},
    with_pool, with_writer,
};
use crate::domain::{
    LanguageTag, PersonRole, Session, SessionRole, Viewer, Visibility,
    directory::NewPerson,
    schedule::{Change, ConsultationDetails, ImportPlan, SessionImport, SessionInput},
};

#[derive(Debug, Clone, sqlx::FromRow)]
pub struct Room {
    pub id: i64,
    pub name: String,
}

/// A recorded change to a session.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct SessionChange {
    pub at: i64,
    pub field: String,
    pub old_value: String,
    pub new_value: String,
}

fn unique_violation(e: &sqlx::Error) -> bool {
    matches!(e, sqlx::Error::Database(db) if db.is_unique_violation())
}

/// Writes a session's facilitators and speakers, replacing what was there.
macro_rules! set_people {
    ($tx:expr, $session_id:expr, $facilitators:expr, $speakers:expr) => {
        async {
            sqlx::query("DELETE FROM session_person WHERE session_id = $1")
                .bind($session_id)
                .execute(&mut *$tx)
                .await?;
            let roles = [
                (SessionRole::Facilitator, $facilitators),
                (SessionRole::Speaker, $speakers),
            ];
            for (role, ids) in roles {
                let mut seen = Vec::new();
                for id in ids {
                    if seen.contains(id) {
                        continue;
                    }
                    seen.push(*id);
                    sqlx::query(
                        "INSERT INTO session_person (session_id, person_id, role, position) \
                         VALUES ($1, $2, $3, $4)",
                    )
                    .bind($session_id)
                    .bind(*id)
                    .bind(role.as_str())
                    .bind(seen.len() as i64)
                    .execute(&mut *$tx)
                    .await?;
                }
            }
            Ok::<(), StoreError>(())
        }
        .await
    };
}

/// Records the changes and raises the session's sequence.
macro_rules! record_changes {
    ($tx:expr, $session_id:expr, $changes:expr, $now:expr) => {
        async {
            sqlx::query("UPDATE session SET sequence = sequence + 1 WHERE id = $1")
                .bind($session_id)
                .execute(&mut *$tx)
                .await?;
            for change in $changes {
                sqlx::query(
                    "INSERT INTO session_change (session_id, at, field, old_value, new_value) \
                     VALUES ($1, $2, $3, $4, $5)",
                )
                .bind($session_id)
                .bind($now.as_second())
                .bind(change.field)
                .bind(&change.old)
                .bind(&change.new)
                .execute(&mut *$tx)
                .await?;
            }
            Ok::<(), StoreError>(())
        }
        .await
    };
}

/// Inserts a session from its input; evaluates to its id.
macro_rules! insert_session {
    ($tx:expr, $consultation_id:expr, $s:expr, $source_id:expr) => {
        sqlx::query_scalar::<_, i64>(
            "INSERT INTO session (consultation_id, title, description, text_lang, kind, \
             starts_at, ends_at, room_id, languages, interpretation, source_id) \
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11) RETURNING id",
        )
        .bind($consultation_id)
        .bind($s.title.trim())
        .bind($s.description.trim())
        .bind($s.text_lang.as_str())
        .bind($s.kind.as_str())
        .bind($s.starts_at.as_second())
        .bind($s.ends_at.as_second())
        .bind($s.room_id)
        .bind(LanguageTag::join(&$s.languages))
        .bind(LanguageTag::join(&$s.interpretation))
        .bind($source_id)
        .fetch_one(&mut *$tx)
        .await
    };
}

/// Writes a session's own columns from its input.
macro_rules! update_session_row {
    ($tx:expr, $session_id:expr, $s:expr) => {
        sqlx::query(
            "UPDATE session SET title = $2, description = $3, text_lang = $4, kind = $5, \
             starts_at = $6, ends_at = $7, room_id = $8, languages = $9, interpretation = $10 \
             WHERE id = $1",
        )
        .bind($session_id)
        .bind($s.title.trim())
        .bind($s.description.trim())
        .bind($s.text_lang.as_str())
        .bind($s.kind.as_str())
        .bind($s.starts_at.as_second())
        .bind($s.ends_at.as_second())
        .bind($s.room_id)
        .bind(LanguageTag::join(&$s.languages))
        .bind(LanguageTag::join(&$s.interpretation))
        .execute(&mut *$tx)
        .await
    };
}

impl Store {
    pub async fn rooms(&self, consultation_id: i64) -> Result<Vec<Room>> {
        let rooms = with_pool!(self, p => {
            sqlx::query_as("SELECT id, name FROM room WHERE consultation_id = $1 ORDER BY name")
                .bind(consultation_id)
                .fetch_all(p)
                .await?
        });
        Ok(rooms)
    }

    /// A new room; `None` when one of that name exists.
    pub async fn create_room(&self, consultation_id: i64, name: &str) -> Result<Option<i64>> {
        let inserted = with_writer!(self, p => {
            sqlx::query_scalar(
                "INSERT INTO room (consultation_id, name) VALUES ($1, $2) RETURNING id",
            )
            .bind(consultation_id)
            .bind(name.trim())
            .fetch_one(p)
            .await
        });
        match inserted {
            Ok(id) => Ok(Some(id)),
            Err(e) if unique_violation(&e) => Ok(None),
            Err(e) => Err(e.into()),
        }
    }

    /// Renames a room (its sessions' calendar entries follow); false when
    /// the name is taken or the room is gone.
    pub async fn rename_room(
        &self,
        consultation_id: i64,
        room_id: i64,
        name: &str,
    ) -> Result<bool> {
        let renamed = with_writer!(self, p => {
            async {
                let mut tx = p.begin().await?;
                let n = sqlx::query("UPDATE room SET name = $3 WHERE id = $2 AND consultation_id = $1")
                    .bind(consultation_id)
                    .bind(room_id)
                    .bind(name.trim())
                    .execute(&mut *tx)
                    .await?
                    .rows_affected();
                sqlx::query("UPDATE session SET sequence = sequence + 1 WHERE room_id = $1")
                    .bind(room_id)
                    .execute(&mut *tx)
                    .await?;
                tx.commit().await?;
                Ok::<u64, sqlx::Error>(n)
            }
            .await
        });
        match renamed {
            Ok(n) => Ok(n == 1),
            Err(e) if unique_violation(&e) => Ok(false),
            Err(e) => Err(e.into()),
        }
    }

    /// Deletes a room; its sessions keep their time, lose the room, and
    /// say so on their pages.
    pub async fn delete_room(
        &self,
        consultation_id: i64,
        room_id: i64,
        now: Timestamp,
    ) -> Result<bool> {
        let done = with_writer!(self, p => {
            let mut tx = p.begin().await?;
            sqlx::query(
                "INSERT INTO session_change (session_id, at, field, old_value, new_value) \
                 SELECT s.id, $2, 'room', r.name, '—' FROM session s JOIN room r ON r.id = s.room_id \
                 WHERE s.room_id = $1 AND r.consultation_id = $3",
            )
            .bind(room_id)
            .bind(now.as_second())
            .bind(consultation_id)
            .execute(&mut *tx)
            .await?;
            sqlx::query("UPDATE session SET room_id = NULL, sequence = sequence + 1 WHERE room_id = $1")
                .bind(room_id)
                .execute(&mut *tx)
                .await?;
            let done = sqlx::query("DELETE FROM room WHERE id = $2 AND consultation_id = $1")
                .bind(consultation_id)
                .bind(room_id)
                .execute(&mut *tx)
                .await?
                .rows_affected();
            tx.commit().await?;
            done
        });
        Ok(done == 1)
    }

    pub async fn update_consultation(
        &self,
        consultation_id: i64,
        details: &ConsultationDetails,
    ) -> Result<()> {
        details.validate()?;
        with_writer!(self, p => {
            sqlx::query(
                "UPDATE consultation SET title = $2, venue = $3, time_zone = $4, start_date = $5, \
                 end_date = $6, languages = $7 WHERE id = $1",
            )
            .bind(consultation_id)
            .bind(details.title.trim())
            .bind(details.venue.trim())
            .bind(details.time_zone.trim())
            .bind(details.start_date.to_string())
            .bind(details.end_date.to_string())
            .bind(LanguageTag::join(&details.languages))
            .execute(p)
            .await?;
        });
        self.consultation_changed();
        Ok(())
    }

    pub async fn create_session(&self, consultation_id: i64, s: &SessionInput) -> Result<i64> {
        s.validate()?;
        with_writer!(self, p => {
            let mut tx = p.begin().await?;
            let id = insert_session!(tx, consultation_id, s, None::<String>)?;
            set_people!(tx, id, &s.facilitators, &s.speakers)?;
            tx.commit().await?;
            Ok(id)
        })
    }

    /// Saves an edit; `changes` (room, time, title) are recorded for the
    /// session's page, and the sequence rises either way.
    pub async fn update_session(
        &self,
        consultation_id: i64,
        session_id: i64,
        s: &SessionInput,
        changes: &[Change],
        now: Timestamp,
    ) -> Result<bool> {
        s.validate()?;
        with_writer!(self, p => {
            let mut tx = p.begin().await?;
            let mine: Option<i64> = sqlx::query_scalar(
                "SELECT id FROM session WHERE id = $1 AND consultation_id = $2",
            )
            .bind(session_id)
            .bind(consultation_id)
            .fetch_optional(&mut *tx)
            .await?;
            if mine.is_none() {
                return Ok(false);
            }
            update_session_row!(tx, session_id, s)?;
            set_people!(tx, session_id, &s.facilitators, &s.speakers)?;
            record_changes!(tx, session_id, changes, now)?;
            tx.commit().await?;
            Ok(true)
        })
    }

    /// Cancels a session (or brings it back); recorded as a change.
    pub async fn set_cancelled(
        &self,
        consultation_id: i64,
        session_id: i64,
        cancelled: bool,
        now: Timestamp,
    ) -> Result<bool> {
        let change = Change {
            field: "cancelled",
            old: (!cancelled).to_string(),
            new: cancelled.to_string(),
        };
        with_writer!(self, p => {
            let mut tx = p.begin().await?;
            let done = sqlx::query(
                "UPDATE session SET cancelled_at = $3 WHERE id = $1 AND consultation_id = $2 \
                 AND (cancelled_at IS NULL) = $4",
            )
            .bind(session_id)
            .bind(consultation_id)
            .bind(cancelled.then_some(now.as_second()))
            .bind(cancelled)
            .execute(&mut *tx)
            .await?
            .rows_affected();
            if done == 0 {
                return Ok(false);
            }
            record_changes!(tx, session_id, [&change], now)?;
            tx.commit().await?;
            Ok(true)
        })
    }

    /// A copy of a session with its people, at the same time and place.
    pub async fn duplicate_session(
        &self,
        consultation_id: i64,
        session_id: i64,
    ) -> Result<Option<i64>> {
        with_writer!(self, p => {
            let mut tx = p.begin().await?;
            let copy: Option<i64> = sqlx::query_scalar(
                "INSERT INTO session (consultation_id, title, description, text_lang, kind, \
                 starts_at, ends_at, room_id, languages, interpretation) \
                 SELECT consultation_id, title || ' (copy)', description, text_lang, kind, \
                 starts_at, ends_at, room_id, languages, interpretation FROM session \
                 WHERE id = $1 AND consultation_id = $2 RETURNING id",
            )
            .bind(session_id)
            .bind(consultation_id)
            .fetch_optional(&mut *tx)
            .await?;
            let Some(copy) = copy else {
                return Ok(None);
            };
            sqlx::query(
                "INSERT INTO session_person (session_id, person_id, role, position) \
                 SELECT $2, person_id, role, position FROM session_person WHERE session_id = $1",
            )
            .bind(session_id)
            .bind(copy)
            .execute(&mut *tx)
            .await?;
            tx.commit().await?;
            Ok(Some(copy))
        })
    }

    /// The session's changes since `since`, newest first.
    pub async fn session_changes(
        &self,
        session_id: i64,
        since: Timestamp,
    ) -> Result<Vec<SessionChange>> {
        let rows = with_pool!(self, p => {
            sqlx::query_as(
                "SELECT at, field, old_value, new_value FROM session_change \
                 WHERE session_id = $1 AND at >= $2 ORDER BY at DESC, id DESC",
            )
            .bind(session_id)
            .bind(since.as_second())
            .fetch_all(p)
            .await?
        });
        Ok(rows)
    }

    /// Sessions changed since `since`: their ids, for the program's marks.
    pub async fn changed_sessions(
        &self,
        consultation_id: i64,
        since: Timestamp,
    ) -> Result<Vec<i64>> {
        let ids = with_pool!(self, p => {
            sqlx::query_scalar(
                "SELECT DISTINCT c.session_id FROM session_change c \
                 JOIN session s ON s.id = c.session_id \
                 WHERE s.consultation_id = $1 AND c.at >= $2",
            )
            .bind(consultation_id)
            .bind(since.as_second())
            .fetch_all(p)
            .await?
        });
        Ok(ids)
    }

    /// A person created on the spot while editing a session (a speaker
    /// not in the directory yet); listed, since the program names them.
    pub async fn create_program_person(
        &self,
        consultation_id: i64,
        person: &NewPerson,
        organisation_id: Option<i64>,
    ) -> Result<i64> {
        person.validate()?;
        with_writer!(self, p => {
            let mut tx = p.begin().await?;
            let id = insert_person!(&mut *tx, consultation_id, person, organisation_id)?;
            tx.commit().await?;
            Ok(id)
        })
    }

    /// The organisation of that name (or acronym), created when there is none.
    pub async fn organisation_id_by_name(
        &self,
        consultation_id: i64,
        name: &str,
        country: Option<crate::domain::Country>,
    ) -> Result<i64> {
        let name = name.trim();
        with_writer!(self, p => {
            let found: Option<i64> = sqlx::query_scalar(
                "SELECT id FROM organisation WHERE consultation_id = $1 \
                 AND (LOWER(name) = LOWER($2) OR LOWER(acronym) = LOWER($2)) ORDER BY id LIMIT 1",
            )
            .bind(consultation_id)
            .bind(name)
            .fetch_optional(p)
            .await?;
            if let Some(id) = found {
                return Ok(id);
            }
            let id: i64 = sqlx::query_scalar(
                "INSERT INTO organisation (consultation_id, name, country) VALUES ($1, $2, $3) \
                 RETURNING id",
            )
            .bind(consultation_id)
            .bind(name)
            .bind(country.map(crate::domain::Country::code))
            .fetch_one(p)
            .await?;
            Ok(id)
        })
    }

    /// Creates and updates sessions from an imported file, in one
    /// transaction. A session matches an existing one by its source id, or
    /// by the guid convene gave it in its own export. With `apply` false
    /// nothing is kept: the plan is the preview.
    pub async fn import_sessions(
        &self,
        consultation_id: i64,
        sessions: &[SessionImport],
        apply: bool,
        now: Timestamp,
    ) -> Result<ImportPlan> {
        let c = self
            .current_consultation()
            .await?
            .filter(|c| c.id == consultation_id)
            .ok_or_else(|| StoreError::Corrupt(format!("no consultation {consultation_id}")))?;
        with_writer!(self, p => {
            let mut tx = p.begin().await?;
            let rows: Vec<SessionRow> = sqlx::query_as(&format!(
                "{SESSION_SELECT} WHERE s.consultation_id = $1 ORDER BY s.id"
            ))
            .bind(consultation_id)
            .fetch_all(&mut *tx)
            .await?;
            let people_rows: Vec<SessionPersonRow> = sqlx::query_as(&format!(
                "{SESSION_PEOPLE_SELECT} WHERE s.consultation_id = $1 ORDER BY sp.position"
            ))
            .bind(consultation_id)
            .fetch_all(&mut *tx)
            .await?;
            let existing = attach_people(rows, people_rows, Viewer::Organiser)?;
            // A session is known by its source id, and by the guid convene's
            // export gave it; source ids win where the two collide.
            let mut by_key: HashMap<String, &Session> = existing
                .iter()
                .map(|s| (crate::export::session_guid(consultation_id, s), s))
                .collect();
            for s in &existing {
                if let Some(source) = &s.source_id {
                    by_key.insert(source.clone(), s);
                }
            }
            let mut rooms: HashMap<String, i64> = sqlx::query_as::<_, (String, i64)>(
                "SELECT name, id FROM room WHERE consultation_id = $1",
            )
            .bind(consultation_id)
            .fetch_all(&mut *tx)
            .await?
            .into_iter()
            .collect();
            let mut people: HashMap<String, i64> = sqlx::query_as::<_, (String, i64)>(
                "SELECT display_name, id FROM person WHERE consultation_id = $1 ORDER BY id DESC",
            )
            .bind(consultation_id)
            .fetch_all(&mut *tx)
            .await?
            .into_iter()
            .collect();
            let mut plan = ImportPlan::default();
            for s in sessions {
                let room_id = match &s.room {
                    None => None,
                    Some(name) => match rooms.get(name) {
                        Some(id) => Some(*id),
                        None => {
                            let id: i64 = sqlx::query_scalar(
                                "INSERT INTO room (consultation_id, name) VALUES ($1, $2) RETURNING id",
                            )
                            .bind(consultation_id)
                            .bind(name)
                            .fetch_one(&mut *tx)
                            .await?;
                            rooms.insert(name.clone(), id);
                            plan.new_rooms.push(name.clone());
                            Some(id)
                        }
                    },
                };
                let mut role_ids = Vec::new();
                for names in [&s.facilitators, &s.speakers] {
                    let mut list = Vec::new();
                    for name in names {
                        let id = match people.get(name) {
                            Some(id) => *id,
                            None => {
                                let person = NewPerson {
                                    display_name: name.clone(),
                                    organisation: None,
                                    country: None,
                                    role: PersonRole::Participant,
                                    languages: Vec::new(),
                                    email: None,
                                    visibility: Visibility::Listed,
                                };
                                let id = insert_person!(&mut *tx, consultation_id, &person, None::<i64>)?;
                                people.insert(name.clone(), id);
                                plan.new_people.push(name.clone());
                                id
                            }
                        };
                        list.push(id);
                    }
                    role_ids.push(list);
                }
                let input = SessionInput {
                    title: s.title.clone(),
                    description: s.description.clone(),
                    text_lang: s.text_lang.clone(),
                    kind: s.kind,
                    starts_at: s.starts_at,
                    ends_at: s.ends_at,
                    room_id,
                    languages: s.languages.clone(),
                    interpretation: Vec::new(),
                    facilitators: role_ids[0].clone(),
                    speakers: role_ids[1].clone(),
                };
                match by_key.get(&s.source_id) {
                    None => {
                        let id = insert_session!(tx, consultation_id, input, &s.source_id)?;
                        set_people!(tx, id, &input.facilitators, &input.speakers)?;
                        plan.created.push(s.title.clone());
                    }
                    Some(old) => {
                        let mut changes =
                            crate::domain::schedule::changes(&c, old, &input, s.room.as_deref());
                        let names = |list: &[crate::domain::PersonRef]| {
                            list.iter().map(|p| p.display_name.clone()).collect::<Vec<_>>()
                        };
                        let old_names: Vec<String> =
                            names(&old.facilitators).into_iter().chain(names(&old.speakers)).collect();
                        let new_names: Vec<String> =
                            s.facilitators.iter().chain(&s.speakers).cloned().collect();
                        // frab names people without their role: someone who
                        // facilitates the session keeps facilitating it.
                        let same_people = old_names == new_names;
                        let same_rest = old.description.trim() == s.description.trim()
                            && old.kind == s.kind
                            && old.languages == s.languages.iter().map(|l| l.as_str().to_owned()).collect::<Vec<_>>()
                            && old.text_lang == s.text_lang.as_str();
                        if changes.is_empty() && same_people && same_rest {
                            plan.unchanged += 1;
                            continue;
                        }
                        if !same_people {
                            changes.push(Change {
                                field: "people",
                                old: old_names.join(", "),
                                new: new_names.join(", "),
                            });
                        }
                        // A file says nothing of interpretation: keep what was set.
                        let input = SessionInput {
                            interpretation: old
                                .interpretation
                                .iter()
                                .filter_map(|l| LanguageTag::parse(l).ok())
                                .collect(),
                            ..input
                        };
                        update_session_row!(tx, old.id, input)?;
                        sqlx::query("UPDATE session SET source_id = $2 WHERE id = $1 AND source_id IS NULL")
                            .bind(old.id)
                            .bind(&s.source_id)
                            .execute(&mut *tx)
                            .await?;
                        if !same_people {
                            let facilitating: Vec<i64> =
                                old.facilitators.iter().map(|p| p.id).collect();
                            let everyone = input.facilitators.iter().chain(&input.speakers);
                            let (facilitators, speakers): (Vec<i64>, Vec<i64>) =
                                everyone.partition(|id| facilitating.contains(id));
                            set_people!(tx, old.id, &facilitators, &speakers)?;
                        }
                        let published: Vec<&Change> =
                            changes.iter().filter(|c| c.field != "people").collect();
                        record_changes!(tx, old.id, published, now)?;
                        plan.updated.push((s.title.clone(), changes));
                    }
                }
            }
            if apply {
                tx.commit().await?;
            } else {
                tx.rollback().await?;
            }
            Ok(plan)
        })
    }
}
