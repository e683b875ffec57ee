//! Everything stored about one person, for their own download: one section
//! per table that has a column naming a person, with times in RFC 3339 in
//! the consultation's time zone. [`PERSONAL_TABLES`] is checked against the
//! schema by a test, so a new table with a person column cannot be left out.

use jiff::{Timestamp, tz::TimeZone};
use serde_json::{Map, Value};
use sqlx::{Column, Row, TypeInfo};

use super::{Result, Store, with_pool};

/// A section of the download: the table and its column naming the person,
/// the section's name, and the query giving its rows (`$1`: the person).
/// Columns named `at` or ending in `_at` are times.
pub struct Section {
    pub table: &'static str,
    pub column: &'static str,
    pub name: &'static str,
    query: &'static str,
}

pub const PERSONAL_TABLES: &[Section] = &[
    Section {
        table: "consent_record",
        column: "person_id",
        name: "consents",
        query: "SELECT purpose, granted, wording, at FROM consent_record \
                WHERE person_id = $1 ORDER BY at, id",
    },
    Section {
        table: "session_person",
        column: "person_id",
        name: "sessions",
        query: "SELECT s.title AS session, sp.role, s.starts_at, s.ends_at \
                FROM session_person sp JOIN session s ON s.id = sp.session_id \
                WHERE sp.person_id = $1 ORDER BY s.starts_at, s.id",
    },
    Section {
        table: "session_moderator",
        column: "person_id",
        name: "sessions_moderated",
        query: "SELECT s.title AS session, s.starts_at \
                FROM session_moderator m JOIN session s ON s.id = m.session_id \
                WHERE m.person_id = $1 ORDER BY s.starts_at, s.id",
    },
    Section {
        table: "session_star",
        column: "person_id",
        name: "sessions_remembered",
        query: "SELECT s.title AS session, s.starts_at, st.at AS remembered_at \
                FROM session_star st JOIN session s ON s.id = st.session_id \
                WHERE st.person_id = $1 ORDER BY s.starts_at, s.id",
    },
    Section {
        table: "topic",
        column: "convener_id",
        name: "topics_convened",
        query: "SELECT t.title, t.description, t.text_lang AS language, t.origin, \
                r.label AS round, sp.name AS space, t.created_at, t.withdrawn_at \
                FROM topic t LEFT JOIN os_round r ON r.id = t.round_id \
                LEFT JOIN os_space sp ON sp.id = t.space_id \
                WHERE t.convener_id = $1 ORDER BY t.id",
    },
    Section {
        table: "topic_mark",
        column: "person_id",
        name: "interest_marks",
        query: "SELECT t.title AS topic FROM topic_mark m JOIN topic t ON t.id = m.topic_id \
                WHERE m.person_id = $1 ORDER BY t.id",
    },
    Section {
        table: "signup",
        column: "person_id",
        name: "sign_ups",
        query: "SELECT t.title AS topic, r.label AS round, s.at \
                FROM signup s JOIN topic t ON t.id = s.topic_id \
                JOIN os_round r ON r.id = s.round_id \
                WHERE s.person_id = $1 ORDER BY r.starts_at, r.id",
    },
    Section {
        table: "waitlist",
        column: "person_id",
        name: "waiting_lines",
        query: "SELECT t.title AS topic, w.at FROM waitlist w JOIN topic t ON t.id = w.topic_id \
                WHERE w.person_id = $1 ORDER BY w.at, w.id",
    },
    Section {
        table: "notice",
        column: "person_id",
        name: "notices",
        query: "SELECT message, seen, at FROM notice WHERE person_id = $1 ORDER BY at, id",
    },
    Section {
        table: "topic_note",
        column: "updated_by",
        name: "notes_written",
        query: "SELECT t.title AS topic, n.key_points, n.proposals, n.next_steps, \
                n.continuing, n.updated_at FROM topic_note n JOIN topic t ON t.id = n.topic_id \
                WHERE n.updated_by = $1 ORDER BY t.id",
    },
    Section {
        table: "topic_note_taker",
        column: "person_id",
        name: "note_taking",
        query: "SELECT t.title AS topic FROM topic_note_taker k JOIN topic t ON t.id = k.topic_id \
                WHERE k.person_id = $1 ORDER BY t.id",
    },
    Section {
        table: "question",
        column: "author_id",
        name: "questions",
        query: "SELECT s.title AS session, q.text, q.text_lang AS language, q.anonymous, \
                q.status, q.created_at, q.answered_at \
                FROM question q JOIN session s ON s.id = q.session_id \
                WHERE q.author_id = $1 ORDER BY q.created_at, q.id",
    },
    Section {
        table: "question_vote",
        column: "person_id",
        name: "question_votes",
        query: "SELECT q.text AS question FROM question_vote v \
                JOIN question q ON q.id = v.question_id \
                WHERE v.person_id = $1 ORDER BY q.id",
    },
    Section {
        table: "floor_request",
        column: "person_id",
        name: "requests_to_speak",
        query: "SELECT s.title AS session, f.note, f.lang AS language, f.point_of_order, \
                f.state, f.requested_at, f.started_at, f.ended_at \
                FROM floor_request f JOIN session s ON s.id = f.session_id \
                WHERE f.person_id = $1 ORDER BY f.requested_at, f.id",
    },
    Section {
        table: "poll_voter",
        column: "person_id",
        name: "polls_answered",
        query: "SELECT p.question AS poll, s.title AS session, p.opened_at \
                FROM poll_voter v JOIN poll p ON p.id = v.poll_id \
                JOIN session s ON s.id = p.session_id \
                WHERE v.person_id = $1 ORDER BY p.opened_at, p.id",
    },
    Section {
        table: "sign_in_link",
        column: "person_id",
        name: "sign_in_links",
        query: "SELECT created_at, expires_at, used_at, revoked_at FROM sign_in_link \
                WHERE person_id = $1 ORDER BY created_at, id",
    },
    Section {
        table: "web_session",
        column: "person_id",
        name: "sign_ins",
        query: "SELECT role, created_at, expires_at FROM web_session \
                WHERE person_id = $1 ORDER BY created_at, id",
    },
    Section {
        table: "api_token",
        column: "person_id",
        name: "api_tokens",
        query: "SELECT label, created_at, revoked_at FROM api_token \
                WHERE person_id = $1 ORDER BY created_at, id",
    },
    Section {
        table: "invitation_mail",
        column: "person_id",
        name: "invitations_emailed",
        query: "SELECT address, state, attempts, reply, updated_at FROM invitation_mail \
                WHERE person_id = $1 ORDER BY id",
    },
    Section {
        table: "questionnaire_response",
        column: "person_id",
        name: "questionnaires_answered",
        query: "SELECT n.title AS questionnaire, r.lang AS language, r.submitted_at, r.updated_at, \
                (SELECT string_agg(q.text || ': ' || a.value, ' | ' ORDER BY q.position) \
                 FROM questionnaire_answer a JOIN questionnaire_question q ON q.id = a.question_id \
                 WHERE a.response_id = r.id) AS answers \
                FROM questionnaire_response r JOIN questionnaire n ON n.id = r.questionnaire_id \
                WHERE r.person_id = $1 ORDER BY r.id",
    },
    Section {
        table: "questionnaire_done",
        column: "person_id",
        name: "questionnaires_answered_anonymously",
        query: "SELECT n.title AS questionnaire FROM questionnaire_done d \
                JOIN questionnaire n ON n.id = d.questionnaire_id \
                WHERE d.person_id = $1 ORDER BY n.id",
    },
    Section {
        table: "audit_log",
        column: "actor_id",
        name: "actions_recorded",
        query: "SELECT at, action, detail FROM audit_log WHERE actor_id = $1 ORDER BY at, id",
    },
];

/// A stored time as RFC 3339 with the offset of `tz` at that moment.
pub fn rfc3339(seconds: i64, tz: &TimeZone) -> Value {
    match Timestamp::from_second(seconds) {
        Ok(t) => {
            let offset = tz.to_offset(t);
            Value::String(t.display_with_offset(offset).to_string())
        }
        Err(_) => Value::Null,
    }
}

fn is_time(column: &str) -> bool {
    column == "at" || column.ends_with("_at")
}

/// One row as a JSON object, whichever backend it came from.
fn row_json<R>(row: &R, tz: &TimeZone) -> Map<String, Value>
where
    R: Row,
    usize: sqlx::ColumnIndex<R>,
    for<'r> i64: sqlx::Decode<'r, R::Database> + sqlx::Type<R::Database>,
    for<'r> bool: sqlx::Decode<'r, R::Database> + sqlx::Type<R::Database>,
    for<'r> String: sqlx::Decode<'r, R::Database> + sqlx::Type<R::Database>,
{
    let mut object = Map::new();
    for (i, column) in row.columns().iter().enumerate() {
        let name = column.name();
        let boolean = column
            .type_info()
            .name()
            .to_ascii_uppercase()
            .starts_with("BOOL");
        let value = if boolean {
            row.try_get::<Option<bool>, _>(i)
                .ok()
                .flatten()
                .map(Value::Bool)
        } else if let Ok(number) = row.try_get::<Option<i64>, _>(i) {
            number.map(|n| {
                if is_time(name) {
                    rfc3339(n, tz)
                } else {
                    n.into()
                }
            })
        } else {
            row.try_get::<Option<String>, _>(i)
                .ok()
                .flatten()
                .map(Value::String)
        };
        object.insert(name.to_owned(), value.unwrap_or(Value::Null));
    }
    object
}

/// What a person's own row holds beyond their profile; never the hash
/// of a password or a token.
#[derive(Debug, Default)]
pub struct Account {
    pub ui_lang: Option<String>,
    pub has_password: bool,
    pub has_calendar_feed: bool,
}

impl Store {
    pub async fn account_of(&self, person_id: i64) -> Result<Account> {
        let row: Option<(Option<String>, bool, bool)> = with_pool!(self, p => {
            sqlx::query_as(
                "SELECT ui_lang, password_hash IS NOT NULL, calendar_token IS NOT NULL \
                 FROM person WHERE id = $1",
            )
            .bind(person_id)
            .fetch_optional(p)
            .await?
        });
        Ok(row.map_or_else(
            Account::default,
            |(ui_lang, has_password, has_calendar_feed)| Account {
                ui_lang,
                has_password,
                has_calendar_feed,
            },
        ))
    }

    /// Every section of a person's download, by name, each a list of rows.
    pub async fn personal_data(&self, person_id: i64, tz: &TimeZone) -> Result<Map<String, Value>> {
        let mut sections = Map::new();
        for section in PERSONAL_TABLES {
            let rows: Vec<Value> = with_pool!(self, p => {
                sqlx::query(section.query)
                    .bind(person_id)
                    .fetch_all(p)
                    .await?
                    .iter()
                    .map(|row| Value::Object(row_json(row, tz)))
                    .collect()
            });
            sections.insert(section.name.to_owned(), Value::Array(rows));
        }
        Ok(sections)
    }

    /// The tables with a column that references a person, from the
    /// database's own catalogue: what [`PERSONAL_TABLES`] must cover.
    pub async fn tables_naming_people(&self) -> Result<Vec<(String, String)>> {
        let mut found: Vec<(String, String)> = match &self.pool {
            super::Pool::Sqlite(p) => {
                sqlx::query_as(
                    "SELECT m.name, f.\"from\" FROM sqlite_master m \
                     JOIN pragma_foreign_key_list(m.name) f \
                     WHERE m.type = 'table' AND f.\"table\" = 'person'",
                )
                .fetch_all(p)
                .await?
            }
            super::Pool::Postgres(p) => {
                sqlx::query_as(
                    "SELECT c.conrelid::regclass::text, a.attname::text FROM pg_constraint c \
                     JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = ANY (c.conkey) \
                     WHERE c.contype = 'f' AND c.confrelid = 'person'::regclass",
                )
                .fetch_all(p)
                .await?
            }
        };
        found.sort();
        Ok(found)
    }

    /// How many rows of `table` name the person in `column`; for the test
    /// that compares the download with the tables.
    pub async fn rows_naming(&self, table: &str, column: &str, person_id: i64) -> Result<i64> {
        let known = PERSONAL_TABLES
            .iter()
            .any(|s| s.table == table && s.column == column);
        if !known {
            return Err(super::StoreError::Unsupported("not a personal table"));
        }
        let sql = format!("SELECT COUNT(*) FROM {table} WHERE {column} = $1");
        Ok(with_pool!(self, p => {
            sqlx::query_scalar(&sql).bind(person_id).fetch_one(p).await?
        }))
    }
}
