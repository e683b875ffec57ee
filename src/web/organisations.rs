//! Organisers keep the organisations: a form to add or change one (its
//! sectors, services, languages and corridors picked from lists), and
//! merging two records of the same organisation. Plain forms that work
//! without JavaScript; the actions are shared with the JSON API.

use askama::Template;
use axum::{
    extract::{Path, Query, State},
    response::{IntoResponse, Redirect, Response},
};
use axum_extra::extract::Form;
use serde::Deserialize;

use super::{
    directory::Choice,
    pages::{Current, PageResult, render, tr},
    views::Layout,
};
use crate::{
    app::{
        AppState, Me,
        organisations::{self as actions, OrganisationInput},
    },
    auth::Role,
    domain::{
        Country, Viewer,
        directory::{Organisation, SECTORS, SERVICES},
    },
    error::AppError,
    i18n::Tr,
};

/// Empty rows offered below an organisation's corridors, to add more.
const BLANK_CORRIDOR_ROWS: usize = 3;

pub struct CorridorRow {
    pub origins: Vec<Choice>,
    pub destinations: Vec<Choice>,
}

#[derive(Template)]
#[template(path = "organisation_edit.html")]
pub struct EditPage {
    pub page: Layout,
    pub csrf: String,
    /// None while adding a new organisation.
    pub id: Option<i64>,
    pub saved: bool,
    pub name: String,
    pub acronym: String,
    pub website: String,
    pub countries: Vec<Choice>,
    pub sectors: Vec<Choice>,
    pub tags: String,
    pub services: Vec<Choice>,
    pub languages: String,
    pub corridors: Vec<CorridorRow>,
    /// Other organisations, to merge into this one.
    pub others: Vec<(i64, String)>,
    pub people: Vec<(i64, String)>,
}

#[derive(Debug, Default, Deserialize)]
pub struct Saved {
    saved: Option<String>,
}

fn country_choices(tr: Tr<'static>, selected: Option<Country>) -> Vec<Choice> {
    let mut list: Vec<Choice> = Country::all()
        .map(|c| Choice {
            value: c.code().to_owned(),
            label: c.name_in(tr.lang()).to_owned(),
            selected: Some(c) == selected,
        })
        .collect();
    list.sort_by_key(|c| c.label.to_lowercase());
    list
}

fn key_choices(tr: Tr<'static>, kind: &str, keys: &[&str], chosen: &[String]) -> Vec<Choice> {
    keys.iter()
        .map(|key| Choice {
            value: (*key).to_owned(),
            label: tr.t(&format!("{kind}-{key}")),
            selected: chosen.iter().any(|c| c == key),
        })
        .collect()
}

async fn edit_page(
    state: &AppState,
    c: &crate::domain::Consultation,
    csrf: String,
    org: Option<&Organisation>,
    saved: bool,
) -> PageResult {
    let tr = tr();
    let d = state.store.directory(c.id, Viewer::Organiser).await?;
    let corridors = org
        .map(|o| {
            o.corridors
                .iter()
                .map(|c| (Some(c.origin), Some(c.destination)))
        })
        .into_iter()
        .flatten()
        .chain(std::iter::repeat_n((None, None), BLANK_CORRIDOR_ROWS))
        .map(|(origin, destination)| CorridorRow {
            origins: country_choices(tr, origin),
            destinations: country_choices(tr, destination),
        })
        .collect();
    let title = match org {
        Some(o) => tr.t_with("organisation-edit-title", "name", &o.name),
        None => tr.t("organisation-new-title"),
    };
    render(&EditPage {
        page: Layout::for_consultation(tr, c, title, "directory"),
        csrf,
        id: org.map(|o| o.id),
        saved,
        name: org.map(|o| o.name.clone()).unwrap_or_default(),
        acronym: org.and_then(|o| o.acronym.clone()).unwrap_or_default(),
        website: org.and_then(|o| o.website.clone()).unwrap_or_default(),
        countries: country_choices(tr, org.and_then(|o| o.country)),
        sectors: key_choices(tr, "sector", SECTORS, org.map_or(&[], |o| &o.sectors)),
        tags: org.map(|o| o.tags.join(" | ")).unwrap_or_default(),
        services: key_choices(tr, "service", SERVICES, org.map_or(&[], |o| &o.services)),
        languages: org.map(|o| o.languages.join(" ")).unwrap_or_default(),
        corridors,
        others: d
            .organisations
            .iter()
            .filter(|o| Some(o.id) != org.map(|o| o.id))
            .map(|o| (o.id, o.name.clone()))
            .collect(),
        people: org
            .map(|o| {
                d.people_of(o.id)
                    .map(|p| (p.id, p.display_name.clone()))
                    .collect()
            })
            .unwrap_or_default(),
    })
}

fn organisers_only(me: &crate::auth::Principal) -> Result<(), AppError> {
    match me.role {
        Role::Organiser => Ok(()),
        _ => Err(AppError::NotFound),
    }
}

pub async fn new(State(state): State<AppState>, Current(c): Current, Me(me): Me) -> PageResult {
    organisers_only(&me)?;
    edit_page(&state, &c, me.csrf_token.clone(), None, false).await
}

pub async fn edit(
    State(state): State<AppState>,
    Current(c): Current,
    Me(me): Me,
    Path(id): Path<String>,
    Query(q): Query<Saved>,
) -> PageResult {
    organisers_only(&me)?;
    let id: i64 = id.parse().map_err(|_| AppError::NotFound)?;
    let organisations = state.store.organisations(c.id).await?;
    let org = organisations
        .iter()
        .find(|o| o.id == id)
        .ok_or(AppError::NotFound)?;
    edit_page(
        &state,
        &c,
        me.csrf_token.clone(),
        Some(org),
        q.saved.is_some(),
    )
    .await
}

/// The form as the browser sends it: checkboxes and corridor rows repeat
/// their names.
#[derive(Debug, Deserialize)]
pub struct EditForm {
    name: String,
    #[serde(default)]
    acronym: String,
    #[serde(default)]
    country: String,
    #[serde(default)]
    website: String,
    #[serde(default)]
    sector: Vec<String>,
    #[serde(default)]
    tags: String,
    #[serde(default)]
    service: Vec<String>,
    #[serde(default)]
    languages: String,
    #[serde(default)]
    origin: Vec<String>,
    #[serde(default)]
    destination: Vec<String>,
}

impl EditForm {
    fn input(self) -> OrganisationInput {
        let corridors = self
            .origin
            .iter()
            .zip(&self.destination)
            .filter(|(o, d)| !o.trim().is_empty() || !d.trim().is_empty())
            .map(|(o, d)| format!("{}>{}", o.trim(), d.trim()))
            .collect();
        OrganisationInput {
            name: self.name,
            acronym: self.acronym,
            country: self.country,
            website: self.website,
            sectors: self
                .sector
                .into_iter()
                .chain(self.tags.split(['|', ',']).map(str::to_owned))
                .collect(),
            services: self.service,
            languages: vec![self.languages],
            corridors,
        }
    }
}

pub async fn create(
    State(state): State<AppState>,
    Current(c): Current,
    Me(me): Me,
    Form(form): Form<EditForm>,
) -> Result<Response, AppError> {
    let id = actions::save(&state, c.id, &me, None, &form.input()).await?;
    Ok(Redirect::to(&format!("/organisations/{id}/edit?saved=1")).into_response())
}

pub async fn save(
    State(state): State<AppState>,
    Current(c): Current,
    Me(me): Me,
    Path(id): Path<i64>,
    Form(form): Form<EditForm>,
) -> Result<Response, AppError> {
    actions::save(&state, c.id, &me, Some(id), &form.input()).await?;
    Ok(Redirect::to(&format!("/organisations/{id}/edit?saved=1")).into_response())
}

#[derive(Debug, Deserialize)]
pub struct MergeForm {
    /// The organisation folded into this one.
    other: i64,
}

pub async fn merge(
    State(state): State<AppState>,
    Current(c): Current,
    Me(me): Me,
    Path(id): Path<i64>,
    Form(form): Form<MergeForm>,
) -> Result<Response, AppError> {
    actions::merge(&state, c.id, &me, id, form.other).await?;
    Ok(Redirect::to(&format!("/organisations/{id}/edit?saved=1")).into_response())
}
