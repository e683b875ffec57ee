//! Consultations, sessions, the people in them and open-space topics.

use std::collections::HashMap;

use jiff::{Timestamp, civil::Date};

use super::{
    Result, Store, StoreError,
    directory::{insert_organisation, insert_person},
    with_pool, with_writer,
};
use crate::domain::{
    Consultation, Country, LanguageTag, OrganisationRef, PersonRef, ProgramBundle, Session,
    SessionKind, SessionRole, Topic, TopicOrigin, Viewer, Visibility, time_zone,
};

#[derive(sqlx::FromRow)]
struct ConsultationRow {
    id: i64,
    title: String,
    title_lang: String,
    venue: String,
    time_zone: String,
    start_date: String,
    end_date: String,
    languages: String,
    is_demo: bool,
    program_public: bool,
    open_space_rules: Option<String>,
}

impl ConsultationRow {
    fn into_domain(self) -> Result<Consultation> {
        let date = |s: &str| {
            s.parse::<Date>()
                .map_err(|e| StoreError::Corrupt(format!("consultation date {s:?}: {e}")))
        };
        Ok(Consultation {
            id: self.id,
            time_zone: time_zone(&self.time_zone)
                .map_err(|e| StoreError::Corrupt(e.to_string()))?,
            time_zone_name: self.time_zone,
            start_date: date(&self.start_date)?,
            end_date: date(&self.end_date)?,
            languages: split_list(&self.languages),
            title: self.title,
            title_lang: self.title_lang,
            venue: self.venue,
            is_demo: self.is_demo,
            program_public: self.program_public,
            open_space_rules: self.open_space_rules,
        })
    }
}

#[derive(sqlx::FromRow)]
pub(super) struct SessionRow {
    id: i64,
    title: String,
    description: String,
    text_lang: String,
    kind: String,
    starts_at: i64,
    ends_at: i64,
    room: Option<String>,
    room_id: Option<i64>,
    languages: String,
    interpretation: String,
    cancelled_at: Option<i64>,
    sequence: i64,
    source_id: Option<String>,
}

impl SessionRow {
    fn into_domain(self) -> Result<Session> {
        Ok(Session {
            id: self.id,
            kind: SessionKind::parse(&self.kind).map_err(|e| StoreError::Corrupt(e.to_string()))?,
            starts_at: timestamp(self.starts_at)?,
            ends_at: timestamp(self.ends_at)?,
            languages: split_list(&self.languages),
            interpretation: split_list(&self.interpretation),
            title: self.title,
            description: self.description,
            text_lang: self.text_lang,
            room: self.room,
            room_id: self.room_id,
            facilitators: Vec::new(),
            speakers: Vec::new(),
            cancelled: self.cancelled_at.is_some(),
            sequence: self.sequence,
            source_id: self.source_id,
        })
    }
}

#[derive(sqlx::FromRow)]
pub(super) struct SessionPersonRow {
    session_id: i64,
    role: String,
    person_id: i64,
    display_name: String,
    country: Option<String>,
    org_id: Option<i64>,
    org_name: Option<String>,
    org_acronym: Option<String>,
    visibility: String,
}

impl SessionPersonRow {
    fn person(&self) -> PersonRef {
        PersonRef {
            id: self.person_id,
            display_name: self.display_name.clone(),
            organisation: org_ref(self.org_id, &self.org_name, &self.org_acronym),
            country: self.country.as_deref().and_then(|c| Country::parse(c).ok()),
            visibility: Visibility::parse(&self.visibility).unwrap_or_default(),
        }
    }
}

#[derive(sqlx::FromRow)]
struct TopicRow {
    id: i64,
    title: String,
    description: String,
    text_lang: String,
    origin: String,
    org_id: Option<i64>,
    org_name: Option<String>,
    org_acronym: Option<String>,
}

#[derive(sqlx::FromRow)]
struct TopicInterestRow {
    topic_id: i64,
    org_id: i64,
    org_name: String,
    org_acronym: Option<String>,
}

const CONSULTATION_COLUMNS: &str = "id, title, title_lang, venue, time_zone, start_date, \
     end_date, languages, is_demo, program_public, open_space_rules";

pub(super) const SESSION_SELECT: &str = "SELECT s.id, s.title, s.description, s.text_lang, s.kind, \
     s.starts_at, s.ends_at, r.name AS room, s.room_id, s.languages, s.interpretation, \
     s.cancelled_at, s.sequence, s.source_id \
     FROM session s LEFT JOIN room r ON r.id = s.room_id";

pub(super) const SESSION_PEOPLE_SELECT: &str = "SELECT sp.session_id, sp.role, p.id AS person_id, \
     p.display_name, p.country, p.visibility, o.id AS org_id, o.name AS org_name, o.acronym AS org_acronym \
     FROM session_person sp JOIN session s ON s.id = sp.session_id \
     JOIN person p ON p.id = sp.person_id \
     LEFT JOIN organisation o ON o.id = p.organisation_id";

impl Store {
    /// True when no consultation exists yet.
    pub async fn is_empty(&self) -> Result<bool> {
        let count: i64 = with_pool!(self, p => {
            sqlx::query_scalar("SELECT COUNT(*) FROM consultation").fetch_one(p).await?
        });
        Ok(count == 0)
    }

    /// The consultation this instance serves: the most recently created one.
    /// Nearly every request asks; the answer is kept for a moment (see
    /// [`super::CONSULTATION_KEPT_FOR`]) and forgotten when this process changes it.
    pub async fn current_consultation(&self) -> Result<Option<Consultation>> {
        let current = self
            .consultation
            .get_or_load((), self.load_current_consultation())
            .await?;
        Ok(Option::clone(&current))
    }

    async fn load_current_consultation(&self) -> Result<Option<Consultation>> {
        let sql =
            format!("SELECT {CONSULTATION_COLUMNS} FROM consultation ORDER BY id DESC LIMIT 1");
        let row: Option<ConsultationRow> = with_pool!(self, p => {
            sqlx::query_as(&sql).fetch_optional(p).await?
        });
        row.map(ConsultationRow::into_domain).transpose()
    }

    /// Call after committing a change to the consultation's row.
    pub(super) fn consultation_changed(&self) {
        self.consultation.forget();
    }

    /// The open space's rules, one per line; empty for the agenda's own.
    pub async fn set_open_space_rules(&self, consultation_id: i64, rules: &str) -> Result<()> {
        let rules = rules.trim();
        with_writer!(self, p => {
            sqlx::query("UPDATE consultation SET open_space_rules = $1 WHERE id = $2")
                .bind((!rules.is_empty()).then_some(rules))
                .bind(consultation_id)
                .execute(p)
                .await?;
        });
        self.consultation_changed();
        Ok(())
    }

    /// Opens the program to anonymous visitors, or closes it.
    pub async fn set_program_public(&self, consultation_id: i64, public: bool) -> Result<()> {
        with_writer!(self, p => {
            sqlx::query("UPDATE consultation SET program_public = $1 WHERE id = $2")
                .bind(public)
                .bind(consultation_id)
                .execute(p)
                .await?;
        });
        self.consultation_changed();
        Ok(())
    }

    /// Every session of a consultation in start order, with the people in
    /// it that `viewer` may see.
    pub async fn sessions(&self, consultation_id: i64, viewer: Viewer) -> Result<Vec<Session>> {
        let sql =
            format!("{SESSION_SELECT} WHERE s.consultation_id = $1 ORDER BY s.starts_at, s.id");
        let people_sql = format!(
            "{SESSION_PEOPLE_SELECT} WHERE s.consultation_id = $1 ORDER BY sp.session_id, sp.position"
        );
        let (rows, people): (Vec<SessionRow>, Vec<SessionPersonRow>) = with_pool!(self, p => {
            let rows = sqlx::query_as(&sql).bind(consultation_id).fetch_all(p).await?;
            let people = sqlx::query_as(&people_sql).bind(consultation_id).fetch_all(p).await?;
            (rows, people)
        });
        attach_people(rows, people, viewer)
    }

    /// One session of a consultation, or `None` if it does not belong to it.
    pub async fn session(
        &self,
        consultation_id: i64,
        session_id: i64,
        viewer: Viewer,
    ) -> Result<Option<Session>> {
        let sql = format!("{SESSION_SELECT} WHERE s.consultation_id = $1 AND s.id = $2");
        let people_sql =
            format!("{SESSION_PEOPLE_SELECT} WHERE sp.session_id = $1 ORDER BY sp.position");
        let (rows, people): (Vec<SessionRow>, Vec<SessionPersonRow>) = with_pool!(self, p => {
            let rows = sqlx::query_as(&sql).bind(consultation_id).bind(session_id).fetch_all(p).await?;
            let people = sqlx::query_as(&people_sql).bind(session_id).fetch_all(p).await?;
            (rows, people)
        });
        Ok(attach_people(rows, people, viewer)?.pop())
    }

    /// The open-space topics known for a session, in their listed order.
    /// An open-space session's topics: the agenda's suggestions for it and
    /// every topic placed in its rounds.
    pub async fn session_topics(&self, session_id: i64) -> Result<Vec<Topic>> {
        let topics_sql = "SELECT t.id, t.title, t.description, t.text_lang, t.origin, \
             o.id AS org_id, o.name AS org_name, o.acronym AS org_acronym \
             FROM topic t LEFT JOIN organisation o ON o.id = t.proposed_by \
             WHERE (t.session_id = $1 OR t.round_id IN (SELECT id FROM os_round WHERE session_id = $1)) \
             AND t.withdrawn_at IS NULL ORDER BY t.position, t.id";
        let interest_sql = "SELECT ti.topic_id, o.id AS org_id, o.name AS org_name, \
             o.acronym AS org_acronym FROM topic_interest ti \
             JOIN topic t ON t.id = ti.topic_id \
             JOIN organisation o ON o.id = ti.organisation_id \
             WHERE (t.session_id = $1 OR t.round_id IN (SELECT id FROM os_round WHERE session_id = $1)) \
             AND t.withdrawn_at IS NULL ORDER BY o.name";
        let (rows, interests): (Vec<TopicRow>, Vec<TopicInterestRow>) = with_pool!(self, p => {
            let rows = sqlx::query_as(topics_sql).bind(session_id).fetch_all(p).await?;
            let interests = sqlx::query_as(interest_sql).bind(session_id).fetch_all(p).await?;
            (rows, interests)
        });
        let mut by_topic: HashMap<i64, Vec<OrganisationRef>> = HashMap::new();
        for i in interests {
            by_topic
                .entry(i.topic_id)
                .or_default()
                .push(OrganisationRef {
                    id: i.org_id,
                    name: i.org_name,
                    acronym: i.org_acronym,
                });
        }
        Ok(rows
            .into_iter()
            .map(|t| Topic {
                proposed_by: org_ref(t.org_id, &t.org_name, &t.org_acronym),
                interested: by_topic.remove(&t.id).unwrap_or_default(),
                id: t.id,
                title: t.title,
                description: t.description,
                text_lang: t.text_lang,
                origin: TopicOrigin::parse(&t.origin),
            })
            .collect())
    }

    /// Creates a consultation with its whole program in one transaction, into
    /// an empty database only: it never touches an existing consultation.
    pub async fn create_program(&self, bundle: &ProgramBundle, now: Timestamp) -> Result<i64> {
        bundle.validate()?;
        with_writer!(self, p => {
            let mut tx = p.begin().await?;
            let existing: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM consultation")
                .fetch_one(&mut *tx)
                .await?;
            if existing > 0 {
                return Err(StoreError::NotEmpty);
            }
            let c = &bundle.consultation;
            let consultation_id: i64 = sqlx::query_scalar(
                "INSERT INTO consultation (title, title_lang, venue, time_zone, start_date, \
                 end_date, languages, is_demo, program_public, created_at) \
                 VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) RETURNING id",
            )
            .bind(c.title.trim())
            .bind(c.title_lang.as_str())
            .bind(c.venue.trim())
            .bind(c.time_zone.trim())
            .bind(c.start_date.to_string())
            .bind(c.end_date.to_string())
            .bind(LanguageTag::join(&c.languages))
            .bind(c.is_demo)
            .bind(c.program_public)
            .bind(now.as_second())
            .fetch_one(&mut *tx)
            .await?;

            let mut orgs = HashMap::new();
            for org in &bundle.organisations {
                let id = insert_organisation!(&mut *tx, consultation_id, org)?;
                orgs.insert(org.name.as_str(), id);
            }

            let mut people = HashMap::new();
            for person in &bundle.people {
                let organisation_id = person.organisation.as_deref().map(|o| orgs[o]);
                let id = insert_person!(&mut *tx, consultation_id, person, organisation_id)?;
                people.insert(person.display_name.as_str(), id);
            }

            let mut rooms: HashMap<&str, i64> = HashMap::new();
            let mut sessions = HashMap::new();
            for session in &bundle.sessions {
                let room_id = match session.room.as_deref() {
                    None => None,
                    Some(name) if rooms.contains_key(name) => Some(rooms[name]),
                    Some(name) => {
                        let id: i64 = sqlx::query_scalar(
                            "INSERT INTO room (consultation_id, name) VALUES ($1, $2) RETURNING id",
                        )
                        .bind(consultation_id)
                        .bind(name)
                        .fetch_one(&mut *tx)
                        .await?;
                        rooms.insert(name, id);
                        Some(id)
                    }
                };
                let session_id: i64 = sqlx::query_scalar(
                    "INSERT INTO session (consultation_id, title, description, text_lang, kind, \
                     starts_at, ends_at, room_id, languages, interpretation) \
                     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) RETURNING id",
                )
                .bind(consultation_id)
                .bind(session.title.trim())
                .bind(session.description.trim())
                .bind(session.text_lang.as_str())
                .bind(session.kind.as_str())
                .bind(session.starts_at.as_second())
                .bind(session.ends_at.as_second())
                .bind(room_id)
                .bind(LanguageTag::join(&session.languages))
                .bind(LanguageTag::join(&session.interpretation))
                .fetch_one(&mut *tx)
                .await?;
                sessions.insert(session.title.as_str(), session_id);
                let roles = [
                    (SessionRole::Facilitator, &session.facilitators),
                    (SessionRole::Speaker, &session.speakers),
                ];
                for (role, names) in roles {
                    for (position, name) in names.iter().enumerate() {
                        sqlx::query(
                            "INSERT INTO session_person (session_id, person_id, role, position) \
                             VALUES ($1, $2, $3, $4)",
                        )
                        .bind(session_id)
                        .bind(people[name.as_str()])
                        .bind(role.as_str())
                        .bind(position as i64)
                        .execute(&mut *tx)
                        .await?;
                    }
                }
            }

            for (position, topic) in bundle.topics.iter().enumerate() {
                let topic_id: i64 = sqlx::query_scalar(
                    "INSERT INTO topic (consultation_id, session_id, title, description, \
                     text_lang, origin, proposed_by, position) \
                     VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id",
                )
                .bind(consultation_id)
                .bind(topic.session.as_deref().map(|t| sessions[t]))
                .bind(topic.title.trim())
                .bind(topic.description.trim())
                .bind(topic.text_lang.as_str())
                .bind(topic.origin.as_str())
                .bind(topic.proposed_by.as_deref().map(|o| orgs[o]))
                .bind(position as i64)
                .fetch_one(&mut *tx)
                .await?;
                for org in &topic.interested {
                    sqlx::query(
                        "INSERT INTO topic_interest (topic_id, organisation_id) VALUES ($1, $2)",
                    )
                    .bind(topic_id)
                    .bind(orgs[org.as_str()])
                    .execute(&mut *tx)
                    .await?;
                }
            }
            tx.commit().await?;
            self.consultation_changed();
            Ok(consultation_id)
        })
    }
}

pub(super) fn attach_people(
    rows: Vec<SessionRow>,
    people: Vec<SessionPersonRow>,
    viewer: Viewer,
) -> Result<Vec<Session>> {
    let mut sessions: Vec<Session> = rows
        .into_iter()
        .map(SessionRow::into_domain)
        .collect::<Result<_>>()?;
    let index: HashMap<i64, usize> = sessions
        .iter()
        .enumerate()
        .map(|(i, s)| (s.id, i))
        .collect();
    for row in people {
        let Some(&i) = index.get(&row.session_id) else {
            continue;
        };
        let person = row.person();
        if !viewer.can_see_on_program(person.visibility) {
            continue;
        }
        match row.role.as_str() {
            "facilitator" => sessions[i].facilitators.push(person),
            _ => sessions[i].speakers.push(person),
        }
    }
    Ok(sessions)
}

fn org_ref(
    id: Option<i64>,
    name: &Option<String>,
    acronym: &Option<String>,
) -> Option<OrganisationRef> {
    Some(OrganisationRef {
        id: id?,
        name: name.clone()?,
        acronym: acronym.clone(),
    })
}

fn timestamp(seconds: i64) -> Result<Timestamp> {
    Timestamp::from_second(seconds)
        .map_err(|e| StoreError::Corrupt(format!("instant {seconds}: {e}")))
}

fn split_list(list: &str) -> Vec<String> {
    list.split_whitespace().map(str::to_owned).collect()
}
