//! Organisations, their corridors, and people.

use std::collections::HashMap;

use jiff::Timestamp;

use super::{
    Result, Store, StoreError,
    accounts::{Actor, insert_audit, lock_organisers},
    with_pool, with_writer,
};
use crate::domain::{
    Corridor, Country, LanguageTag, PersonRole, Viewer, Visibility,
    directory::{Directory, NewOrganisation, NewPerson, Organisation, OrganisationFields, Person},
};
use crate::import::organisations::OrganisationRow as ImportedOrganisation;

/// Inserts an organisation and its corridors on an open connection or
/// transaction of either backend; evaluates to `Result<i64>`.
macro_rules! insert_organisation {
    ($conn:expr, $consultation_id:expr, $org:expr) => {
        async {
            let conn = $conn;
            let org: &$crate::domain::directory::NewOrganisation = $org;
            let id: i64 = sqlx::query_scalar(
                "INSERT INTO organisation (consultation_id, name, acronym, country, sectors, \
                 tags, services, languages, website) \
                 VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING id",
            )
            .bind($consultation_id)
            .bind(org.name.trim())
            .bind(org.acronym.as_deref())
            .bind(org.country.map($crate::domain::Country::code))
            .bind(org.sectors.join("|"))
            .bind(org.tags.join("|"))
            .bind(org.services.join("|"))
            .bind($crate::domain::LanguageTag::join(&org.languages))
            .bind(org.website.as_deref())
            .fetch_one(&mut *conn)
            .await?;
            for corridor in &org.corridors {
                sqlx::query(
                    "INSERT INTO organisation_corridor (organisation_id, origin, destination) \
                     VALUES ($1, $2, $3) ON CONFLICT DO NOTHING",
                )
                .bind(id)
                .bind(corridor.origin.code())
                .bind(corridor.destination.code())
                .execute(&mut *conn)
                .await?;
            }
            Ok::<i64, $crate::store::StoreError>(id)
        }
        .await
    };
}
pub(crate) use insert_organisation;

/// Sets the fields `fields` names of organisation `id` (its corridors
/// replaced); evaluates to `Result<()>`.
macro_rules! update_organisation {
    ($conn:expr, $id:expr, $org:expr, $fields:expr) => {
        async {
            let conn = $conn;
            let org: &$crate::domain::directory::NewOrganisation = $org;
            let fields: $crate::domain::directory::OrganisationFields = $fields;
            sqlx::query(
                "UPDATE organisation SET name = CASE WHEN $16 THEN $1 ELSE name END, \
                 acronym = CASE WHEN $2 THEN $3 ELSE acronym END, \
                 country = CASE WHEN $4 THEN $5 ELSE country END, \
                 sectors = CASE WHEN $6 THEN $7 ELSE sectors END, \
                 tags = CASE WHEN $6 THEN $8 ELSE tags END, \
                 services = CASE WHEN $9 THEN $10 ELSE services END, \
                 languages = CASE WHEN $11 THEN $12 ELSE languages END, \
                 website = CASE WHEN $13 THEN $14 ELSE website END \
                 WHERE id = $15",
            )
            .bind(org.name.trim())
            .bind(fields.acronym)
            .bind(org.acronym.as_deref())
            .bind(fields.country)
            .bind(org.country.map($crate::domain::Country::code))
            .bind(fields.sectors)
            .bind(org.sectors.join("|"))
            .bind(org.tags.join("|"))
            .bind(fields.services)
            .bind(org.services.join("|"))
            .bind(fields.languages)
            .bind($crate::domain::LanguageTag::join(&org.languages))
            .bind(fields.website)
            .bind(org.website.as_deref())
            .bind($id)
            .bind(fields.name)
            .execute(&mut *conn)
            .await?;
            if fields.corridors {
                sqlx::query("DELETE FROM organisation_corridor WHERE organisation_id = $1")
                    .bind($id)
                    .execute(&mut *conn)
                    .await?;
                for corridor in &org.corridors {
                    sqlx::query(
                        "INSERT INTO organisation_corridor (organisation_id, origin, destination) \
                         VALUES ($1, $2, $3) ON CONFLICT DO NOTHING",
                    )
                    .bind($id)
                    .bind(corridor.origin.code())
                    .bind(corridor.destination.code())
                    .execute(&mut *conn)
                    .await?;
                }
            }
            Ok::<(), $crate::store::StoreError>(())
        }
        .await
    };
}

/// Inserts a person on an open connection or transaction; evaluates to `Result<i64>`.
macro_rules! insert_person {
    ($conn:expr, $consultation_id:expr, $person:expr, $organisation_id:expr) => {
        async {
            let person: &$crate::domain::directory::NewPerson = $person;
            let id: i64 = sqlx::query_scalar(
                "INSERT INTO person (consultation_id, display_name, organisation_id, country, \
                 role, languages, email, visibility) \
                 VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id",
            )
            .bind($consultation_id)
            .bind(person.display_name.trim())
            .bind($organisation_id)
            .bind(person.country.map($crate::domain::Country::code))
            .bind(person.role.as_str())
            .bind($crate::domain::LanguageTag::join(&person.languages))
            .bind(person.email.as_deref())
            .bind(person.visibility.as_str())
            .fetch_one($conn)
            .await?;
            Ok::<i64, $crate::store::StoreError>(id)
        }
        .await
    };
}
pub(crate) use insert_person;

#[derive(sqlx::FromRow)]
struct OrganisationRow {
    id: i64,
    name: String,
    acronym: Option<String>,
    country: Option<String>,
    sectors: String,
    tags: String,
    services: String,
    languages: String,
    website: Option<String>,
}

#[derive(sqlx::FromRow)]
struct CorridorRow {
    organisation_id: i64,
    origin: String,
    destination: String,
}

#[derive(sqlx::FromRow)]
struct PersonRow {
    id: i64,
    display_name: String,
    organisation_id: Option<i64>,
    country: Option<String>,
    role: String,
    languages: String,
    email: Option<String>,
    visibility: String,
    consent_screen: bool,
    consent_report: bool,
    convener_named: bool,
}

fn list(text: &str) -> Vec<String> {
    text.split(['|', ' '])
        .filter(|s| !s.is_empty())
        .map(str::to_owned)
        .collect()
}

fn country(code: Option<&str>) -> Result<Option<Country>> {
    code.map(|c| Country::parse(c).map_err(|e| StoreError::Corrupt(e.to_string())))
        .transpose()
}

impl Store {
    /// Every organisation of a consultation, with its corridors.
    pub async fn organisations(&self, consultation_id: i64) -> Result<Vec<Organisation>> {
        let (rows, corridors): (Vec<OrganisationRow>, Vec<CorridorRow>) = with_pool!(self, p => {
            let rows = sqlx::query_as(
                "SELECT id, name, acronym, country, sectors, tags, services, languages, website \
                 FROM organisation WHERE consultation_id = $1 ORDER BY name",
            )
            .bind(consultation_id)
            .fetch_all(p)
            .await?;
            let corridors = sqlx::query_as(
                "SELECT c.organisation_id, c.origin, c.destination FROM organisation_corridor c \
                 JOIN organisation o ON o.id = c.organisation_id \
                 WHERE o.consultation_id = $1 ORDER BY c.origin, c.destination",
            )
            .bind(consultation_id)
            .fetch_all(p)
            .await?;
            (rows, corridors)
        });
        let mut by_org: HashMap<i64, Vec<Corridor>> = HashMap::new();
        for c in corridors {
            let corridor = Corridor {
                origin: country(Some(&c.origin))?.expect("present"),
                destination: country(Some(&c.destination))?.expect("present"),
            };
            by_org.entry(c.organisation_id).or_default().push(corridor);
        }
        rows.into_iter()
            .map(|r| {
                Ok(Organisation {
                    corridors: by_org.remove(&r.id).unwrap_or_default(),
                    country: country(r.country.as_deref())?,
                    sectors: list(&r.sectors),
                    // Free tags may hold spaces: only '|' separates them.
                    tags: r
                        .tags
                        .split('|')
                        .map(str::trim)
                        .filter(|t| !t.is_empty())
                        .map(str::to_owned)
                        .collect(),
                    services: list(&r.services),
                    languages: list(&r.languages),
                    id: r.id,
                    name: r.name,
                    acronym: r.acronym,
                    website: r.website,
                })
            })
            .collect()
    }

    /// Every person of a consultation, unfiltered: callers go through
    /// [`Store::directory`] unless they manage records.
    async fn all_people(&self, consultation_id: i64) -> Result<Vec<Person>> {
        let rows: Vec<PersonRow> = with_pool!(self, p => {
            sqlx::query_as(
                "SELECT id, display_name, organisation_id, country, role, languages, email, \
                 visibility, consent_screen, consent_report, \
                 COALESCE(convener_named, TRUE) AS convener_named FROM person \
                 WHERE consultation_id = $1 ORDER BY display_name, id",
            )
            .bind(consultation_id)
            .fetch_all(p)
            .await?
        });
        rows.into_iter()
            .map(|r| {
                Ok(Person {
                    country: country(r.country.as_deref())?,
                    role: PersonRole::parse(&r.role)
                        .map_err(|e| StoreError::Corrupt(e.to_string()))?,
                    languages: list(&r.languages),
                    visibility: Visibility::parse(&r.visibility)
                        .map_err(|e| StoreError::Corrupt(e.to_string()))?,
                    id: r.id,
                    display_name: r.display_name,
                    organisation_id: r.organisation_id,
                    email: r.email,
                    consents: crate::domain::Consents {
                        screen: r.consent_screen,
                        report: r.consent_report,
                        convener: r.convener_named,
                    },
                })
            })
            .collect()
    }

    /// One person, unfiltered: for the person themself and for organisers.
    pub async fn person(&self, consultation_id: i64, person_id: i64) -> Result<Option<Person>> {
        Ok(self
            .all_people(consultation_id)
            .await?
            .into_iter()
            .find(|p| p.id == person_id))
    }

    /// Erases a person and their personal data: sign-in links and sessions
    /// go with the record; the program keeps its sessions, and the audit
    /// log keeps its entries without their name. Never the last organiser;
    /// the erasure is audited in its own transaction.
    pub async fn erase_person(
        &self,
        consultation_id: i64,
        person_id: i64,
        actor: Actor<'_>,
        now: Timestamp,
    ) -> Result<Erase> {
        with_writer!(self, p => {
            let mut tx = p.begin().await?;
            lock_organisers!(&mut *tx, consultation_id);
            let role: Option<String> = sqlx::query_scalar(
                "SELECT role FROM person WHERE id = $1 AND consultation_id = $2",
            )
            .bind(person_id)
            .bind(consultation_id)
            .fetch_optional(&mut *tx)
            .await?;
            let Some(role) = role else {
                return Ok(Erase::NotFound);
            };
            if role == "organiser" {
                let organisers: i64 = sqlx::query_scalar(
                    "SELECT COUNT(*) FROM person WHERE consultation_id = $1 AND role = 'organiser'",
                )
                .bind(consultation_id)
                .fetch_one(&mut *tx)
                .await?;
                if organisers <= 1 {
                    return Ok(Erase::LastOrganiser);
                }
            }
            let detail = format!("person #{person_id}");
            insert_audit!(&mut *tx, consultation_id, actor, "erased a person", &detail, now);
            sqlx::query("UPDATE audit_log SET actor_name = 'a former participant' WHERE actor_id = $1")
                .bind(person_id)
                .execute(&mut *tx)
                .await?;
            sqlx::query("DELETE FROM person WHERE id = $1")
                .bind(person_id)
                .execute(&mut *tx)
                .await?;
            tx.commit().await?;
            self.sessions_changed();
            Ok(Erase::Erased)
        })
    }

    /// Creates (`id` None) or changes an organisation, every field as
    /// given; refused when another one has its name or acronym.
    pub async fn save_organisation(
        &self,
        consultation_id: i64,
        id: Option<i64>,
        org: &NewOrganisation,
        actor: Actor<'_>,
        now: Timestamp,
    ) -> Result<SaveOrganisation> {
        let existing = self.organisations(consultation_id).await?;
        if id.is_some_and(|id| !existing.iter().any(|o| o.id == id)) {
            return Ok(SaveOrganisation::NotFound);
        }
        let names: Vec<String> = std::iter::once(&org.name)
            .chain(&org.acronym)
            .map(|n| n.trim().to_lowercase())
            .collect();
        if let Some(other) = existing.iter().find(|o| {
            Some(o.id) != id
                && std::iter::once(&o.name)
                    .chain(&o.acronym)
                    .any(|n| names.contains(&n.to_lowercase()))
        }) {
            return Ok(SaveOrganisation::NameTaken(other.id));
        }
        with_writer!(self, p => {
            let mut tx = p.begin().await?;
            let saved = match id {
                Some(id) => {
                    update_organisation!(&mut *tx, id, org, OrganisationFields::ALL)?;
                    id
                }
                None => insert_organisation!(&mut *tx, consultation_id, org)?,
            };
            let action = if id.is_some() { "changed an organisation" } else { "added an organisation" };
            insert_audit!(&mut *tx, consultation_id, actor, action, org.name.trim(), now);
            tx.commit().await?;
            Ok(SaveOrganisation::Saved(saved))
        })
    }

    /// Folds organisation `merged` into `kept`: its people, sessions'
    /// speakers, topics and interests move, its corridors and lists are
    /// added, the fields `kept` lacks are taken from it, and it is deleted.
    pub async fn merge_organisations(
        &self,
        consultation_id: i64,
        kept: i64,
        merged: i64,
        actor: Actor<'_>,
        now: Timestamp,
    ) -> Result<bool> {
        let existing = self.organisations(consultation_id).await?;
        let (Some(keep), Some(gone)) = (
            existing.iter().find(|o| o.id == kept),
            existing.iter().find(|o| o.id == merged),
        ) else {
            return Ok(false);
        };
        if kept == merged {
            return Ok(false);
        }
        let combined = keep.merged_with(gone);
        with_writer!(self, p => {
            let mut tx = p.begin().await?;
            for statement in [
                "UPDATE person SET organisation_id = $1 WHERE organisation_id = $2",
                "UPDATE topic SET proposed_by = $1 WHERE proposed_by = $2",
                "INSERT INTO topic_interest (topic_id, organisation_id) \
                 SELECT topic_id, $1 FROM topic_interest WHERE organisation_id = $2 \
                 ON CONFLICT DO NOTHING",
            ] {
                sqlx::query(statement).bind(kept).bind(merged).execute(&mut *tx).await?;
            }
            sqlx::query("DELETE FROM organisation WHERE id = $1")
                .bind(merged)
                .execute(&mut *tx)
                .await?;
            update_organisation!(&mut *tx, kept, &combined, OrganisationFields::ALL)?;
            let detail = format!("{} into {}", gone.name, keep.name);
            insert_audit!(&mut *tx, consultation_id, actor, "merged organisations", &detail, now);
            tx.commit().await?;
            self.sessions_changed();
            Ok(true)
        })
    }

    /// The directory as `viewer` may see it.
    pub async fn directory(&self, consultation_id: i64, viewer: Viewer) -> Result<Directory> {
        let organisations = self.organisations(consultation_id).await?;
        let people = self.all_people(consultation_id).await?;
        Ok(Directory::visible_to(viewer, organisations, people))
    }

    /// Creates or updates people from an import, all or nothing; see
    /// [`Store::import_directory`].
    pub async fn import_people(
        &self,
        consultation_id: i64,
        people: &[NewPerson],
    ) -> Result<ImportOutcome> {
        self.import_directory(consultation_id, &[], people).await
    }

    /// Creates or updates organisations, then people, from an import, all
    /// or nothing. Organisations are matched by name or acronym,
    /// case-insensitively, else created, and only the fields their file
    /// has columns for are set; people are matched by email, else by name
    /// within the same organisation.
    pub async fn import_directory(
        &self,
        consultation_id: i64,
        organisations: &[ImportedOrganisation],
        people: &[NewPerson],
    ) -> Result<ImportOutcome> {
        let existing_orgs = self.organisations(consultation_id).await?;
        let existing_people = self.all_people(consultation_id).await?;
        let mut outcome = ImportOutcome::default();
        with_writer!(self, p => {
            let mut tx = p.begin().await?;
            lock_organisers!(&mut *tx, consultation_id);
            let mut org_ids: HashMap<String, i64> = HashMap::new();
            for o in &existing_orgs {
                org_ids.insert(o.name.to_lowercase(), o.id);
                if let Some(a) = &o.acronym {
                    org_ids.entry(a.to_lowercase()).or_insert(o.id);
                }
            }
            for row in organisations {
                let org = &row.organisation;
                let known = std::iter::once(&org.name)
                    .chain(&org.acronym)
                    .find_map(|n| org_ids.get(&n.trim().to_lowercase()).copied());
                let id = match known {
                    Some(id) => {
                        update_organisation!(&mut *tx, id, org, row.fields)?;
                        outcome.organisations_updated += 1;
                        id
                    }
                    None => {
                        let id = insert_organisation!(&mut *tx, consultation_id, org)?;
                        outcome.organisations_created += 1;
                        id
                    }
                };
                org_ids.insert(org.name.trim().to_lowercase(), id);
                if let Some(a) = &org.acronym {
                    org_ids.entry(a.trim().to_lowercase()).or_insert(id);
                }
            }
            let mut by_email: HashMap<String, i64> = HashMap::new();
            let mut by_name: HashMap<(String, Option<i64>), i64> = HashMap::new();
            for person in &existing_people {
                if let Some(e) = &person.email {
                    by_email.insert(e.to_lowercase(), person.id);
                }
                by_name.insert((person.display_name.to_lowercase(), person.organisation_id), person.id);
            }
            for person in people {
                let organisation_id = match person.organisation.as_deref().map(str::trim) {
                    None | Some("") => None,
                    Some(name) => match org_ids.get(&name.to_lowercase()) {
                        Some(id) => Some(*id),
                        None => {
                            let new = NewOrganisation {
                                name: name.to_owned(),
                                country: person.country,
                                ..Default::default()
                            };
                            let id = insert_organisation!(&mut *tx, consultation_id, &new)?;
                            org_ids.insert(name.to_lowercase(), id);
                            outcome.organisations_created += 1;
                            Some(id)
                        }
                    },
                };
                let key = (person.display_name.trim().to_lowercase(), organisation_id);
                let existing = person
                    .email
                    .as_ref()
                    .and_then(|e| by_email.get(&e.to_lowercase()))
                    .or_else(|| by_name.get(&key))
                    .copied();
                match existing {
                    Some(id) => {
                        sqlx::query(
                            "UPDATE person SET display_name = $1, organisation_id = $2, country = $3, \
                             role = $4, languages = $5, email = COALESCE($6, email), visibility = $7 \
                             WHERE id = $8",
                        )
                        .bind(person.display_name.trim())
                        .bind(organisation_id)
                        .bind(person.country.map(Country::code))
                        .bind(person.role.as_str())
                        .bind(LanguageTag::join(&person.languages))
                        .bind(person.email.as_deref())
                        .bind(person.visibility.as_str())
                        .bind(id)
                        .execute(&mut *tx)
                        .await?;
                        outcome.people_updated += 1;
                    }
                    None => {
                        let id = insert_person!(&mut *tx, consultation_id, person, organisation_id)?;
                        if let Some(e) = &person.email {
                            by_email.insert(e.to_lowercase(), id);
                        }
                        by_name.insert(key, id);
                        outcome.people_created += 1;
                    }
                }
            }
            let organisers: i64 = sqlx::query_scalar(
                "SELECT COUNT(*) FROM person WHERE consultation_id = $1 AND role = 'organiser'",
            )
            .bind(consultation_id)
            .fetch_one(&mut *tx)
            .await?;
            if organisers == 0 && existing_people.iter().any(|p| p.role == PersonRole::Organiser) {
                return Err(StoreError::Refused(
                    "This list makes every organiser a participant; keep at least one organiser.".into(),
                ));
            }
            tx.commit().await?;
            self.sessions_changed();
        });
        Ok(outcome)
    }
}

#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct ImportOutcome {
    pub people_created: usize,
    pub people_updated: usize,
    pub organisations_created: usize,
    pub organisations_updated: usize,
}

/// What came of saving an organisation.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SaveOrganisation {
    Saved(i64),
    /// Another organisation has this name or acronym.
    NameTaken(i64),
    NotFound,
}

/// What came of erasing a person.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Erase {
    Erased,
    /// Refused: a consultation always keeps one organiser.
    LastOrganiser,
    NotFound,
}
