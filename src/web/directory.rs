//! Directory pages: people, organisations, one organisation, corridors.
//! Every page reads the directory through the viewer's visibility filter.

use askama::Template;
use axum::extract::{Path, Query, State};
use serde::Deserialize;

use super::{
    AppState, CurrentViewer,
    pages::{Current, PageResult, render, tr},
    views::{Layout, language_name},
};
use crate::{
    app::directory::FilterParams,
    domain::{
        Consultation, Corridor, Country, Viewer, Visibility,
        directory::{Directory, Organisation, Person},
    },
    error::AppError,
    i18n::Tr,
};

pub struct Choice {
    pub value: String,
    pub label: String,
    pub selected: bool,
}

/// The filter form, offering only values present in the directory.
pub struct FilterForm {
    pub action: &'static str,
    pub q: String,
    pub countries: Vec<Choice>,
    pub sectors: Vec<Choice>,
    pub languages: Vec<Choice>,
    pub corridors: Vec<Choice>,
    pub active: bool,
}

fn choices(mut items: Vec<(String, String)>, selected: &str) -> Vec<Choice> {
    items.sort_by_key(|(_, label)| label.to_lowercase());
    items.dedup_by(|a, b| a.0 == b.0);
    items
        .into_iter()
        .map(|(value, label)| Choice {
            selected: value.eq_ignore_ascii_case(selected.trim()),
            value,
            label,
        })
        .collect()
}

fn filter_form(
    tr: Tr<'static>,
    d: &Directory,
    params: &FilterParams,
    action: &'static str,
) -> FilterForm {
    let lang = tr.lang();
    let countries = d
        .organisations
        .iter()
        .filter_map(|o| o.country)
        .chain(d.people.iter().filter_map(|p| p.country))
        .map(|c| (c.code().to_owned(), c.name_in(lang).to_owned()))
        .collect();
    let sectors = d
        .organisations
        .iter()
        .flat_map(|o| o.sectors.iter().chain(&o.tags))
        .map(|s| (s.clone(), label(tr, "sector", s)))
        .collect();
    let languages = d
        .organisations
        .iter()
        .flat_map(|o| &o.languages)
        .chain(d.people.iter().flat_map(|p| &p.languages))
        .map(|l| (l.clone(), language_name(tr, l)))
        .collect();
    let corridors = d
        .corridor_counts()
        .into_iter()
        .map(|(c, _)| (c.key(), corridor_label(c, lang)))
        .collect();
    FilterForm {
        action,
        q: params.q.clone(),
        countries: choices(countries, &params.country),
        sectors: choices(sectors, &params.sector),
        languages: choices(languages, &params.language),
        corridors: choices(corridors, &params.corridor.replace('>', "-")),
        active: !params.is_empty(),
    }
}

/// A translated label for a fixed key (`sector-…`, `service-…`), or the key
/// itself for free tags.
fn label(tr: Tr<'static>, kind: &str, key: &str) -> String {
    let id = format!("{kind}-{key}");
    let text = tr.t(&id);
    if text == id { key.to_owned() } else { text }
}

fn corridor_label(c: Corridor, lang: &str) -> String {
    format!(
        "{} {} {}",
        c.origin.name_in(lang),
        crate::i18n::i18n().lang(lang).arrow(),
        c.destination.name_in(lang)
    )
}

pub struct PersonItem {
    pub name: String,
    pub organisation: Option<(i64, String)>,
    pub country: Option<String>,
    pub role: String,
    pub languages: Vec<String>,
    /// Shown to organisers, who see people others do not.
    pub visibility: Option<String>,
}

fn person_item(tr: Tr<'static>, viewer: Viewer, d: &Directory, p: &Person) -> PersonItem {
    PersonItem {
        name: p.display_name.clone(),
        organisation: p
            .organisation_id
            .and_then(|id| d.organisation(id))
            .map(|o| (o.id, o.short_name().to_owned())),
        country: p.country.map(|c| c.name_in(tr.lang()).to_owned()),
        role: tr.t(&format!("directory-role-{}", p.role.as_str())),
        languages: p.languages.iter().map(|l| language_name(tr, l)).collect(),
        visibility: (viewer == Viewer::Organiser && p.visibility != Visibility::Listed)
            .then(|| tr.t(&format!("directory-visibility-{}", p.visibility.as_str()))),
    }
}

pub struct OrganisationItem {
    pub id: i64,
    pub name: String,
    pub acronym: Option<String>,
    pub country: Option<String>,
    pub sectors: Vec<String>,
    pub corridors: Vec<(String, String)>,
}

fn organisation_item(tr: Tr<'static>, o: &Organisation) -> OrganisationItem {
    OrganisationItem {
        id: o.id,
        name: o.name.clone(),
        acronym: o.acronym.clone(),
        country: o.country.map(|c| c.name_in(tr.lang()).to_owned()),
        sectors: o
            .sectors
            .iter()
            .chain(&o.tags)
            .map(|s| label(tr, "sector", s))
            .collect(),
        corridors: o
            .corridors
            .iter()
            .map(|c| (c.key(), corridor_label(*c, tr.lang())))
            .collect(),
    }
}

#[derive(Template)]
#[template(path = "people.html")]
pub struct PeoplePage {
    pub page: Layout,
    pub organiser: bool,
    pub tab: &'static str,
    pub form: FilterForm,
    pub count: String,
    pub people: Vec<PersonItem>,
}

#[derive(Template)]
#[template(path = "organisations.html")]
pub struct OrganisationsPage {
    pub page: Layout,
    pub organiser: bool,
    pub tab: &'static str,
    pub form: FilterForm,
    pub count: String,
    pub organisations: Vec<OrganisationItem>,
}

pub struct SessionLink {
    pub id: i64,
    pub title: String,
    pub lang: String,
    pub when: String,
}

#[derive(Template)]
#[template(path = "organisation.html")]
pub struct OrganisationPage {
    pub page: Layout,
    pub organiser: bool,
    pub tab: &'static str,
    pub org: OrganisationItem,
    pub website: Option<String>,
    pub services: Vec<String>,
    pub languages: Vec<String>,
    pub people: Vec<PersonItem>,
    pub sessions: Vec<SessionLink>,
}

pub struct CorridorEnd {
    pub heading: String,
    pub organisations: Vec<OrganisationItem>,
}

pub struct CorridorDetail {
    pub title: String,
    pub ends: Vec<CorridorEnd>,
    pub empty: bool,
}

#[derive(Template)]
#[template(path = "corridors.html")]
pub struct CorridorsPage {
    pub page: Layout,
    pub tab: &'static str,
    pub counts: Vec<(String, String, String)>,
    pub origins: Vec<Choice>,
    pub destinations: Vec<Choice>,
    pub detail: Option<CorridorDetail>,
}

pub async fn people(
    State(state): State<AppState>,
    Current(c): Current,
    CurrentViewer(viewer): CurrentViewer,
    Query(params): Query<FilterParams>,
) -> PageResult {
    let tr = tr();
    let filter = params.parse()?;
    let d = state.store.directory(c.id, viewer).await?;
    let (_, people) = d.search(&filter);
    render(&PeoplePage {
        organiser: viewer == Viewer::Organiser,
        tab: "people",
        form: filter_form(tr, &d, &params, "/people"),
        count: tr.t_count("directory-count-people", people.len()),
        people: people
            .iter()
            .map(|p| person_item(tr, viewer, &d, p))
            .collect(),
        page: Layout::for_consultation(tr, &c, tr.t("directory-people"), "directory"),
    })
}

pub async fn organisations(
    State(state): State<AppState>,
    Current(c): Current,
    CurrentViewer(viewer): CurrentViewer,
    Query(params): Query<FilterParams>,
) -> PageResult {
    let tr = tr();
    let filter = params.parse()?;
    let d = state.store.directory(c.id, viewer).await?;
    let (organisations, _) = d.search(&filter);
    render(&OrganisationsPage {
        organiser: viewer == Viewer::Organiser,
        tab: "organisations",
        form: filter_form(tr, &d, &params, "/organisations"),
        count: tr.t_count("directory-count-organisations", organisations.len()),
        organisations: organisations
            .iter()
            .map(|o| organisation_item(tr, o))
            .collect(),
        page: Layout::for_consultation(tr, &c, tr.t("directory-organisations"), "directory"),
    })
}

pub async fn organisation(
    State(state): State<AppState>,
    Current(c): Current,
    CurrentViewer(viewer): CurrentViewer,
    Path(id): Path<String>,
) -> PageResult {
    let tr = tr();
    let id: i64 = id.parse().map_err(|_| AppError::NotFound)?;
    let d = state.store.directory(c.id, viewer).await?;
    let org = d.organisation(id).ok_or(AppError::NotFound)?;
    let people: Vec<&Person> = d.people_of(id).collect();
    let sessions = state.store.sessions(c.id, viewer).await?;
    let speaking = sessions
        .iter()
        .filter(|s| {
            s.facilitators
                .iter()
                .chain(&s.speakers)
                .any(|p| p.organisation.as_ref().is_some_and(|o| o.id == id))
        })
        .map(|s| SessionLink {
            id: s.id,
            title: s.title.clone(),
            lang: s.text_lang.clone(),
            when: format!(
                "{}, {}",
                tr.day(c.local_date(s.starts_at)),
                tr.time_range(s.starts_at, s.ends_at, &c.time_zone)
            ),
        })
        .collect();
    render(&OrganisationPage {
        organiser: viewer == Viewer::Organiser,
        tab: "organisations",
        org: organisation_item(tr, org),
        website: org.website.clone(),
        services: org
            .services
            .iter()
            .map(|s| label(tr, "service", s))
            .collect(),
        languages: org.languages.iter().map(|l| language_name(tr, l)).collect(),
        people: people
            .iter()
            .map(|p| person_item(tr, viewer, &d, p))
            .collect(),
        sessions: speaking,
        page: Layout::for_consultation(tr, &c, org.name.clone(), "directory"),
    })
}

#[derive(Debug, Default, Deserialize)]
pub struct CorridorParams {
    #[serde(default)]
    origin: String,
    #[serde(default)]
    destination: String,
}

pub async fn corridors(
    State(state): State<AppState>,
    Current(c): Current,
    viewer: CurrentViewer,
    Query(params): Query<CorridorParams>,
) -> PageResult {
    let selected = match (params.origin.trim(), params.destination.trim()) {
        ("", "") => None,
        (origin, destination) => {
            Some(Corridor::parse(&format!("{origin}>{destination}")).map_err(AppError::from)?)
        }
    };
    corridors_page(state, c, viewer, selected).await
}

pub async fn corridor(
    State(state): State<AppState>,
    Current(c): Current,
    viewer: CurrentViewer,
    Path(key): Path<String>,
) -> PageResult {
    let corridor = Corridor::parse(&key).map_err(|_| AppError::NotFound)?;
    corridors_page(state, c, viewer, Some(corridor)).await
}

async fn corridors_page(
    state: AppState,
    c: Consultation,
    CurrentViewer(viewer): CurrentViewer,
    selected: Option<Corridor>,
) -> PageResult {
    let tr = tr();
    let lang = tr.lang();
    let d = state.store.directory(c.id, viewer).await?;
    let counts = d
        .corridor_counts()
        .into_iter()
        .map(|(corridor, n)| {
            (
                corridor.key(),
                corridor_label(corridor, lang),
                tr.t_count("corridors-count", n),
            )
        })
        .collect();
    let all_countries: Vec<(String, String)> = Country::all()
        .map(|c| (c.code().to_owned(), c.name_in(lang).to_owned()))
        .collect();
    let detail = selected.map(|corridor| {
        let ends = d.corridor_ends(corridor);
        let items =
            |list: &[&Organisation]| list.iter().map(|o| organisation_item(tr, o)).collect();
        CorridorDetail {
            title: corridor_label(corridor, lang),
            empty: ends.origin.is_empty()
                && ends.destination.is_empty()
                && ends.elsewhere.is_empty(),
            ends: vec![
                CorridorEnd {
                    heading: tr.t_with(
                        "corridors-origin-end",
                        "country",
                        corridor.origin.name_in(lang),
                    ),
                    organisations: items(&ends.origin),
                },
                CorridorEnd {
                    heading: tr.t_with(
                        "corridors-destination-end",
                        "country",
                        corridor.destination.name_in(lang),
                    ),
                    organisations: items(&ends.destination),
                },
                CorridorEnd {
                    heading: tr.t("corridors-elsewhere"),
                    organisations: items(&ends.elsewhere),
                },
            ],
        }
    });
    let title = match &detail {
        Some(d) => d.title.clone(),
        None => tr.t("directory-corridors"),
    };
    render(&CorridorsPage {
        tab: "corridors",
        counts,
        origins: choices(
            all_countries.clone(),
            selected.map_or("", |c| c.origin.code()),
        ),
        destinations: choices(all_countries, selected.map_or("", |c| c.destination.code())),
        detail,
        page: Layout::for_consultation(tr, &c, title, "directory"),
    })
}
