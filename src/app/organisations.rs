//! Organisations kept by organisers: changed on a page or through the API,
//! two records of the same organisation merged, and the organisations'
//! list imported from a spreadsheet.

use jiff::Timestamp;
use serde::Deserialize;

use super::AppState;
use crate::{
    auth::{Principal, Role},
    domain::{
        Corridor, Country, LanguageTag, ValidationError,
        directory::{NewOrganisation, SECTORS, SERVICES, parse_keys},
    },
    error::{AppError, Words},
    import::{ImportError, organisations},
    store::{ImportOutcome, SaveOrganisation},
};

/// An organisation as a person gives it, on the page or through the API.
#[derive(Debug, Default, Clone, Deserialize, utoipa::ToSchema)]
pub struct OrganisationInput {
    pub name: String,
    #[serde(default)]
    pub acronym: String,
    /// ISO 3166-1 code or English name.
    #[serde(default)]
    pub country: String,
    /// An address starting with https:// or http://.
    #[serde(default)]
    pub website: String,
    /// Sector keys such as `domestic-work`; other values are kept as free tags.
    #[serde(default)]
    pub sectors: Vec<String>,
    /// Service keys such as `legal-aid`.
    #[serde(default)]
    pub services: Vec<String>,
    /// Language tags such as `id` or `es`.
    #[serde(default)]
    pub languages: Vec<String>,
    /// Corridors as `ORIGIN>DESTINATION`, such as `ID>SG`.
    #[serde(default)]
    pub corridors: Vec<String>,
}

impl OrganisationInput {
    pub fn parse(&self) -> Result<NewOrganisation, ValidationError> {
        let some = |s: &str| Some(s.trim().to_owned()).filter(|s| !s.is_empty());
        let (mut sectors, mut tags) = (Vec::new(), Vec::new());
        for value in self
            .sectors
            .iter()
            .map(|s| s.trim())
            .filter(|s| !s.is_empty())
        {
            let key = value.to_lowercase().replace([' ', '_'], "-");
            match SECTORS.contains(&key.as_str()) {
                true if !sectors.contains(&key) => sectors.push(key),
                true => {}
                false if !tags.iter().any(|t: &String| t == value) => tags.push(value.to_owned()),
                false => {}
            }
        }
        let mut corridors = Vec::new();
        for corridor in self.corridors.iter().filter(|c| !c.trim().is_empty()) {
            let corridor = Corridor::parse(corridor.trim())?;
            if !corridors.contains(&corridor) {
                corridors.push(corridor);
            }
        }
        let organisation = NewOrganisation {
            name: self.name.trim().to_owned(),
            acronym: some(&self.acronym),
            country: some(&self.country)
                .map(|c| Country::parse(&c))
                .transpose()?,
            sectors,
            tags,
            services: parse_keys("services", &self.services.join("|"), SERVICES)?,
            languages: LanguageTag::parse_list(&self.languages.join(" "))?,
            website: some(&self.website),
            corridors,
        };
        organisation.validate()?;
        Ok(organisation)
    }
}

fn organisers_only(me: &Principal) -> Result<(), AppError> {
    match me.role {
        Role::Organiser => Ok(()),
        _ => Err(AppError::NotFound),
    }
}

/// Creates an organisation (`id` None) or changes every field of one.
pub async fn save(
    state: &AppState,
    consultation_id: i64,
    me: &Principal,
    id: Option<i64>,
    input: &OrganisationInput,
) -> Result<i64, AppError> {
    organisers_only(me)?;
    let organisation = input.parse()?;
    let saved = state
        .store
        .save_organisation(
            consultation_id,
            id,
            &organisation,
            me.actor(),
            Timestamp::now(),
        )
        .await?;
    match saved {
        SaveOrganisation::Saved(id) => Ok(id),
        SaveOrganisation::NotFound => Err(AppError::NotFound),
        SaveOrganisation::NameTaken(other) => Err(AppError::conflict(
            Words::new("error-organisation-name-taken").with("id", other),
        )),
    }
}

/// Folds `merged` into `kept`: its people, topics and corridors move, and
/// `merged` is gone.
pub async fn merge(
    state: &AppState,
    consultation_id: i64,
    me: &Principal,
    kept: i64,
    merged: i64,
) -> Result<(), AppError> {
    organisers_only(me)?;
    if kept == merged {
        return Err(AppError::bad_request(Words::new(
            "error-merge-same-organisation",
        )));
    }
    let done = state
        .store
        .merge_organisations(consultation_id, kept, merged, me.actor(), Timestamp::now())
        .await?;
    if done {
        Ok(())
    } else {
        Err(AppError::NotFound)
    }
}

/// What came of importing the organisations' list.
pub enum OrganisationsImported {
    Done {
        outcome: ImportOutcome,
        ignored_columns: Vec<String>,
    },
    /// Problems in the file, each with its line and column; nothing stored.
    Refused(Vec<ImportError>),
}

/// Imports the organisations' list (CSV), all or nothing.
pub async fn import(
    state: &AppState,
    consultation_id: i64,
    me: &Principal,
    bytes: &[u8],
) -> Result<OrganisationsImported, AppError> {
    organisers_only(me)?;
    let parsed = match organisations::parse(bytes) {
        Ok(parsed) => parsed,
        Err(errors) => return Ok(OrganisationsImported::Refused(errors)),
    };
    let outcome = state
        .store
        .import_directory(consultation_id, &parsed.organisations, &[])
        .await?;
    let detail = format!(
        "{} new, {} updated",
        outcome.organisations_created, outcome.organisations_updated
    );
    state
        .audit(consultation_id, me, "imported organisations", &detail)
        .await?;
    Ok(OrganisationsImported::Done {
        outcome,
        ignored_columns: parsed.ignored_columns,
    })
}
