//! Organisers build the program: the consultation's details, rooms,
//! sessions with their people, languages and interpretation; warnings for
//! clashes; and the import of a program file with a preview. Plain forms
//! that work on a phone without JavaScript. The actions are shared with
//! the JSON API.

use super::live::Scope;
use askama::Template;
use axum::{
    extract::{Multipart, Path, Query, State},
    response::{IntoResponse, Redirect, Response},
};
use axum_extra::extract::Form;
use jiff::{
    Timestamp,
    civil::{Date, Time},
};

use super::{
    AppState,
    auth::Me,
    format,
    pages::{Current, PageResult, render, tr},
    views::Layout,
};
use crate::{
    auth::Principal,
    domain::{
        Consultation, Country, LanguageTag, PersonRole, Session, SessionKind, Viewer, Visibility,
        directory::NewPerson,
        schedule::{ConsultationDetails, SessionInput, Warning, changes, warnings},
    },
    error::AppError,
    i18n::Tr,
    import::MAX_BYTES,
};

// ------------------------------------------------------------ shared actions

/// A session as the form and the API send it. Times are local to the
/// consultation's time zone.
#[derive(Debug, Default, serde::Deserialize, utoipa::ToSchema)]
pub struct SessionForm {
    pub title: String,
    #[serde(default)]
    pub description: String,
    /// Language of the title and description; the consultation's first when empty.
    #[serde(default)]
    pub language: String,
    /// plenary, facilitated-discussion, open-space, break or other.
    #[serde(default)]
    pub kind: String,
    /// YYYY-MM-DD.
    pub date: String,
    /// HH:MM, local time.
    pub start: String,
    /// HH:MM, local time, after the start.
    pub end: String,
    /// A room's id (a number, or its digits as text); empty or absent for none.
    #[serde(default)]
    pub room: Option<RoomField>,
    /// Language tags separated by spaces.
    #[serde(default)]
    pub languages: String,
    /// Languages with interpretation, separated by spaces.
    #[serde(default)]
    pub interpretation: String,
    /// People ids.
    #[serde(default)]
    pub facilitators: Vec<i64>,
    #[serde(default)]
    pub speakers: Vec<i64>,
}

/// A room as a form sends it (its id as text) or a JSON client (a number).
#[derive(Debug, Clone, serde::Deserialize, utoipa::ToSchema)]
#[serde(untagged)]
pub enum RoomField {
    Id(i64),
    Text(String),
}

fn bad(e: impl std::fmt::Display) -> AppError {
    AppError::BadRequest(e.to_string())
}

pub(crate) fn organisers_only(me: &Principal) -> Result<(), AppError> {
    if me.role == crate::auth::Role::Organiser {
        Ok(())
    } else {
        Err(AppError::Forbidden(
            "Only organisers edit the program.".into(),
        ))
    }
}

fn local(c: &Consultation, date: Date, time: &str, field: &str) -> Result<Timestamp, AppError> {
    let time: Time = time.trim().parse().map_err(|_| {
        bad(format!(
            "The {field} time {time:?} is not a time such as 09:30."
        ))
    })?;
    date.to_datetime(time)
        .to_zoned(c.time_zone.clone())
        .map(|z| z.timestamp())
        .map_err(bad)
}

pub(crate) async fn session_input(
    state: &AppState,
    c: &Consultation,
    form: &SessionForm,
) -> Result<SessionInput, AppError> {
    let date: Date = form.date.trim().parse().map_err(|_| {
        bad(format!(
            "The date {:?} is not a date such as 2026-11-30.",
            form.date
        ))
    })?;
    let starts_at = local(c, date, &form.start, "start")?;
    let ends_at = local(c, date, &form.end, "end")?;
    let chosen = match &form.room {
        None => None,
        Some(RoomField::Id(id)) => Some(*id),
        Some(RoomField::Text(t)) if t.trim().is_empty() => None,
        Some(RoomField::Text(t)) => Some(
            t.trim()
                .parse::<i64>()
                .map_err(|_| bad("Pick a room from the list."))?,
        ),
    };
    let room_id = match chosen {
        None => None,
        Some(id) => {
            let rooms = state.store.rooms(c.id).await?;
            if !rooms.iter().any(|room| room.id == id) {
                return Err(bad("That room does not exist (any more)."));
            }
            Some(id)
        }
    };
    let people = state.store.directory(c.id, Viewer::Organiser).await?.people;
    if let Some(id) = form
        .facilitators
        .iter()
        .chain(&form.speakers)
        .find(|id| !people.iter().any(|p| p.id == **id))
    {
        return Err(bad(format!("Person {id} is not in the directory.")));
    }
    let language = if form.language.trim().is_empty() {
        c.languages.first().cloned().unwrap_or_else(|| "en".into())
    } else {
        form.language.clone()
    };
    let kind = if form.kind.trim().is_empty() {
        SessionKind::Other
    } else {
        SessionKind::parse(&form.kind).map_err(bad)?
    };
    let input = SessionInput {
        title: form.title.trim().to_owned(),
        description: form.description.trim().to_owned(),
        text_lang: LanguageTag::parse(&language).map_err(bad)?,
        kind,
        starts_at,
        ends_at,
        room_id,
        languages: LanguageTag::parse_list(&form.languages.replace(',', " ")).map_err(bad)?,
        interpretation: LanguageTag::parse_list(&form.interpretation.replace(',', " "))
            .map_err(bad)?,
        facilitators: form.facilitators.clone(),
        speakers: form.speakers.clone(),
    };
    input.validate().map_err(bad)?;
    Ok(input)
}

async fn session_of(state: &AppState, c: &Consultation, id: i64) -> Result<Session, AppError> {
    state
        .store
        .session(c.id, id, Viewer::Organiser)
        .await?
        .ok_or(AppError::NotFound)
}

pub(crate) async fn create_session(
    state: &AppState,
    c: &Consultation,
    me: &Principal,
    form: &SessionForm,
) -> Result<i64, AppError> {
    organisers_only(me)?;
    let input = session_input(state, c, form).await?;
    let id = state.store.create_session(c.id, &input).await?;
    state
        .audit(c.id, me, "created session", &input.title)
        .await?;
    state.live.changed(Scope::Program);
    Ok(id)
}

pub(crate) async fn update_session(
    state: &AppState,
    c: &Consultation,
    me: &Principal,
    id: i64,
    form: &SessionForm,
) -> Result<(), AppError> {
    organisers_only(me)?;
    let before = session_of(state, c, id).await?;
    let input = session_input(state, c, form).await?;
    let rooms = state.store.rooms(c.id).await?;
    let new_room = input
        .room_id
        .and_then(|r| rooms.iter().find(|room| room.id == r))
        .map(|r| r.name.as_str());
    let found = changes(c, &before, &input, new_room);
    state
        .store
        .update_session(c.id, id, &input, &found, Timestamp::now())
        .await?;
    let detail = found
        .iter()
        .map(|ch| format!("{}: {} → {}", ch.field, ch.old, ch.new))
        .collect::<Vec<_>>()
        .join("; ");
    state
        .audit(
            c.id,
            me,
            "edited session",
            &format!("{}: {detail}", input.title),
        )
        .await?;
    state.live.changed(Scope::Program);
    Ok(())
}

pub(crate) async fn set_cancelled(
    state: &AppState,
    c: &Consultation,
    me: &Principal,
    id: i64,
    cancelled: bool,
) -> Result<(), AppError> {
    organisers_only(me)?;
    let s = session_of(state, c, id).await?;
    if !state
        .store
        .set_cancelled(c.id, id, cancelled, Timestamp::now())
        .await?
    {
        return Err(AppError::Conflict(if cancelled {
            "This session is cancelled already.".into()
        } else {
            "This session is not cancelled.".into()
        }));
    }
    let action = if cancelled {
        "cancelled session"
    } else {
        "restored session"
    };
    state.audit(c.id, me, action, &s.title).await?;
    state.live.changed(Scope::Program);
    Ok(())
}

pub(crate) async fn duplicate(
    state: &AppState,
    c: &Consultation,
    me: &Principal,
    id: i64,
) -> Result<i64, AppError> {
    organisers_only(me)?;
    let copy = state
        .store
        .duplicate_session(c.id, id)
        .await?
        .ok_or(AppError::NotFound)?;
    state.live.changed(Scope::Program);
    Ok(copy)
}

pub(crate) fn warning_text(tr: Tr<'static>, w: &Warning) -> String {
    match w {
        Warning::RoomClash {
            room,
            first,
            second,
        } => tr.t_args(
            "edit-warning-room",
            &[("room", room), ("first", &first.1), ("second", &second.1)],
        ),
        Warning::PersonClash {
            person,
            first,
            second,
        } => tr.t_args(
            "edit-warning-person",
            &[
                ("person", person),
                ("first", &first.1),
                ("second", &second.1),
            ],
        ),
        Warning::OutsideDates { session } => tr.t_with("edit-warning-dates", "session", &session.1),
    }
}

// ------------------------------------------------------------------- pages

pub struct SessionLine {
    pub id: i64,
    pub time: String,
    pub title: String,
    pub room: String,
    pub kind: String,
    pub cancelled: bool,
    pub warned: bool,
}

#[derive(Template)]
#[template(path = "program_admin.html")]
pub struct ProgramAdminPage {
    pub page: Layout,
    pub csrf: String,
    pub title: String,
    pub venue: String,
    pub time_zone: String,
    pub start_date: String,
    pub end_date: String,
    pub languages: String,
    pub public: bool,
    pub rooms: Vec<(i64, String)>,
    pub warnings: Vec<String>,
    pub days: Vec<(String, Vec<SessionLine>)>,
}

pub async fn overview(
    State(state): State<AppState>,
    Current(c): Current,
    Me(me): Me,
) -> PageResult {
    organisers_only(&me)?;
    let tr = tr();
    let sessions = state.store.sessions(c.id, Viewer::Organiser).await?;
    let found = warnings(&c, &sessions);
    let warned: Vec<i64> = found.iter().flat_map(Warning::sessions).collect();
    let mut days: Vec<(String, Vec<SessionLine>)> = Vec::new();
    for s in &sessions {
        let day = format::day(c.local_date(s.starts_at));
        let line = SessionLine {
            id: s.id,
            time: format::time_range(s.starts_at, s.ends_at, &c.time_zone),
            title: s.title.clone(),
            room: s.room.clone().unwrap_or_default(),
            kind: tr.t(&format!("session-kind-{}", s.kind.as_str())),
            cancelled: s.cancelled,
            warned: warned.contains(&s.id),
        };
        match days.last_mut() {
            Some((d, lines)) if *d == day => lines.push(line),
            _ => days.push((day, vec![line])),
        }
    }
    render(&ProgramAdminPage {
        page: Layout::for_consultation(tr, &c, tr.t("edit-title"), "program"),
        csrf: me.csrf_token.clone(),
        title: c.title.clone(),
        venue: c.venue.clone(),
        time_zone: c.time_zone_name.clone(),
        start_date: c.start_date.to_string(),
        end_date: c.end_date.to_string(),
        languages: c.languages.join(" "),
        public: c.program_public,
        rooms: state
            .store
            .rooms(c.id)
            .await?
            .into_iter()
            .map(|r| (r.id, r.name))
            .collect(),
        warnings: found.iter().map(|w| warning_text(tr, w)).collect(),
        days,
    })
}

#[derive(Template)]
#[template(path = "session_edit.html")]
pub struct SessionEditPage {
    pub page: Layout,
    pub csrf: String,
    pub id: Option<i64>,
    pub title: String,
    pub description: String,
    pub language: String,
    pub kinds: Vec<(&'static str, String, bool)>,
    pub date: String,
    pub start: String,
    pub end: String,
    pub rooms: Vec<(i64, String, bool)>,
    pub languages: String,
    pub interpretation: String,
    /// (id, label, facilitating, speaking)
    pub people: Vec<(i64, String, bool, bool)>,
    pub warnings: Vec<String>,
    pub cancelled: bool,
    pub saved: bool,
    pub countries: Vec<(String, String)>,
}

async fn edit_page(
    state: &AppState,
    c: &Consultation,
    me: &Principal,
    session: Option<&Session>,
    saved: bool,
) -> PageResult {
    let tr = tr();
    let tz = &c.time_zone;
    let hm = |t: Timestamp| t.to_zoned(tz.clone()).strftime("%H:%M").to_string();
    let directory = state.store.directory(c.id, Viewer::Organiser).await?;
    let mut people: Vec<(i64, String, bool, bool)> = directory
        .people
        .iter()
        .map(|p| {
            let org = p
                .organisation_id
                .and_then(|o| directory.organisation(o))
                .map(|o| format!(" ({})", o.acronym.clone().unwrap_or_else(|| o.name.clone())))
                .unwrap_or_default();
            let role = |list: &[crate::domain::PersonRef]| list.iter().any(|x| x.id == p.id);
            (
                p.id,
                format!("{}{org}", p.display_name),
                session.is_some_and(|s| role(&s.facilitators)),
                session.is_some_and(|s| role(&s.speakers)),
            )
        })
        .collect();
    people.sort_by_key(|p| p.1.to_lowercase());
    let warnings_here = match session {
        Some(s) => {
            let sessions = state.store.sessions(c.id, Viewer::Organiser).await?;
            warnings(c, &sessions)
                .iter()
                .filter(|w| w.sessions().contains(&s.id))
                .map(|w| warning_text(tr, w))
                .collect()
        }
        None => Vec::new(),
    };
    let kind = session.map_or(SessionKind::Plenary, |s| s.kind);
    let title = match session {
        Some(s) => s.title.clone(),
        None => String::new(),
    };
    render(&SessionEditPage {
        page: Layout::for_consultation(
            tr,
            c,
            if session.is_some() {
                tr.t("edit-session-title")
            } else {
                tr.t("edit-new-session")
            },
            "program",
        ),
        csrf: me.csrf_token.clone(),
        id: session.map(|s| s.id),
        title,
        description: session.map(|s| s.description.clone()).unwrap_or_default(),
        language: session
            .map(|s| s.text_lang.clone())
            .or_else(|| c.languages.first().cloned())
            .unwrap_or_default(),
        kinds: SessionKind::ALL
            .into_iter()
            .map(|k| {
                (
                    k.as_str(),
                    tr.t(&format!("session-kind-{}", k.as_str())),
                    k == kind,
                )
            })
            .collect(),
        date: session
            .map_or(c.start_date, |s| c.local_date(s.starts_at))
            .to_string(),
        start: session
            .map(|s| hm(s.starts_at))
            .unwrap_or_else(|| "09:00".into()),
        end: session
            .map(|s| hm(s.ends_at))
            .unwrap_or_else(|| "10:00".into()),
        rooms: state
            .store
            .rooms(c.id)
            .await?
            .into_iter()
            .map(|r| {
                let chosen = session.is_some_and(|s| s.room_id == Some(r.id));
                (r.id, r.name, chosen)
            })
            .collect(),
        languages: session
            .map(|s| s.languages.join(" "))
            .unwrap_or_else(|| c.languages.join(" ")),
        interpretation: session
            .map(|s| s.interpretation.join(" "))
            .unwrap_or_default(),
        people,
        warnings: warnings_here,
        cancelled: session.is_some_and(|s| s.cancelled),
        saved,
        countries: Country::all()
            .map(|k| (k.code().to_owned(), k.name_in(tr.lang()).to_owned()))
            .collect(),
    })
}

pub async fn new_session(
    State(state): State<AppState>,
    Current(c): Current,
    Me(me): Me,
) -> PageResult {
    organisers_only(&me)?;
    edit_page(&state, &c, &me, None, false).await
}

#[derive(serde::Deserialize, Default)]
pub struct Saved {
    #[serde(default)]
    saved: Option<String>,
}

pub async fn edit_session(
    State(state): State<AppState>,
    Current(c): Current,
    Me(me): Me,
    Path(id): Path<i64>,
    Query(q): Query<Saved>,
) -> PageResult {
    organisers_only(&me)?;
    let s = session_of(&state, &c, id).await?;
    edit_page(&state, &c, &me, Some(&s), q.saved.is_some()).await
}

pub async fn post_new_session(
    State(state): State<AppState>,
    Current(c): Current,
    Me(me): Me,
    Form(form): Form<SessionForm>,
) -> Result<Response, AppError> {
    let id = create_session(&state, &c, &me, &form).await?;
    Ok(Redirect::to(&format!("/admin/sessions/{id}?saved=1")).into_response())
}

pub async fn post_edit_session(
    State(state): State<AppState>,
    Current(c): Current,
    Me(me): Me,
    Path(id): Path<i64>,
    Form(form): Form<SessionForm>,
) -> Result<Response, AppError> {
    update_session(&state, &c, &me, id, &form).await?;
    Ok(Redirect::to(&format!("/admin/sessions/{id}?saved=1")).into_response())
}

#[derive(serde::Deserialize)]
pub struct CancelForm {
    #[serde(default)]
    cancelled: Option<String>,
}

pub async fn post_cancel(
    State(state): State<AppState>,
    Current(c): Current,
    Me(me): Me,
    Path(id): Path<i64>,
    Form(form): Form<CancelForm>,
) -> Result<Response, AppError> {
    let cancel = form.cancelled.as_deref() != Some("no");
    set_cancelled(&state, &c, &me, id, cancel).await?;
    Ok(Redirect::to(&format!("/admin/sessions/{id}?saved=1")).into_response())
}

pub async fn post_duplicate(
    State(state): State<AppState>,
    Current(c): Current,
    Me(me): Me,
    Path(id): Path<i64>,
) -> Result<Response, AppError> {
    let copy = duplicate(&state, &c, &me, id).await?;
    Ok(Redirect::to(&format!("/admin/sessions/{copy}?saved=1")).into_response())
}

#[derive(serde::Deserialize)]
pub struct NewPersonForm {
    name: String,
    #[serde(default)]
    organisation: String,
    #[serde(default)]
    country: String,
    /// "facilitator" or "speaker".
    #[serde(default)]
    role: String,
}

/// Creates a person on the spot and adds them to the session.
pub async fn post_new_person(
    State(state): State<AppState>,
    Current(c): Current,
    Me(me): Me,
    Path(id): Path<i64>,
    Form(form): Form<NewPersonForm>,
) -> Result<Response, AppError> {
    organisers_only(&me)?;
    let s = session_of(&state, &c, id).await?;
    let country = match form.country.trim() {
        "" => None,
        code => Some(Country::parse(code).map_err(bad)?),
    };
    let organisation = form.organisation.trim();
    let organisation_id = if organisation.is_empty() {
        None
    } else {
        Some(
            state
                .store
                .organisation_id_by_name(c.id, organisation, country)
                .await?,
        )
    };
    let person = NewPerson {
        display_name: form.name.trim().to_owned(),
        organisation: None,
        country,
        role: PersonRole::Participant,
        languages: Vec::new(),
        email: None,
        visibility: Visibility::Listed,
    };
    let person_id = state
        .store
        .create_program_person(c.id, &person, organisation_id)
        .await?;
    let mut facilitators: Vec<i64> = s.facilitators.iter().map(|p| p.id).collect();
    let mut speakers: Vec<i64> = s.speakers.iter().map(|p| p.id).collect();
    if form.role == "facilitator" {
        facilitators.push(person_id);
    } else {
        speakers.push(person_id);
    }
    let tz = &c.time_zone;
    let hm = |t: Timestamp| t.to_zoned(tz.clone()).strftime("%H:%M").to_string();
    let same = SessionForm {
        title: s.title.clone(),
        description: s.description.clone(),
        language: s.text_lang.clone(),
        kind: s.kind.as_str().into(),
        date: c.local_date(s.starts_at).to_string(),
        start: hm(s.starts_at),
        end: hm(s.ends_at),
        room: s.room_id.map(RoomField::Id),
        languages: s.languages.join(" "),
        interpretation: s.interpretation.join(" "),
        facilitators,
        speakers,
    };
    update_session(&state, &c, &me, id, &same).await?;
    Ok(Redirect::to(&format!("/admin/sessions/{id}?saved=1#people")).into_response())
}

#[derive(serde::Deserialize)]
pub struct DetailsForm {
    title: String,
    #[serde(default)]
    venue: String,
    time_zone: String,
    start_date: String,
    end_date: String,
    languages: String,
}

pub(crate) fn details_from(
    title: &str,
    venue: &str,
    time_zone: &str,
    start: &str,
    end: &str,
    languages: &str,
) -> Result<ConsultationDetails, AppError> {
    let date = |d: &str, field: &str| {
        d.trim().parse::<Date>().map_err(|_| {
            bad(format!(
                "The {field} date {d:?} is not a date such as 2026-11-30."
            ))
        })
    };
    let details = ConsultationDetails {
        title: title.trim().to_owned(),
        venue: venue.trim().to_owned(),
        time_zone: time_zone.trim().to_owned(),
        start_date: date(start, "first")?,
        end_date: date(end, "last")?,
        languages: LanguageTag::parse_list(&languages.replace(',', " ")).map_err(bad)?,
    };
    details.validate().map_err(bad)?;
    Ok(details)
}

pub async fn post_details(
    State(state): State<AppState>,
    Current(c): Current,
    Me(me): Me,
    Form(form): Form<DetailsForm>,
) -> Result<Response, AppError> {
    organisers_only(&me)?;
    let details = details_from(
        &form.title,
        &form.venue,
        &form.time_zone,
        &form.start_date,
        &form.end_date,
        &form.languages,
    )?;
    state.store.update_consultation(c.id, &details).await?;
    state
        .audit(c.id, &me, "edited consultation", &details.title)
        .await?;
    state.live.changed(Scope::Program);
    Ok(Redirect::to("/admin/program#details").into_response())
}

#[derive(serde::Deserialize)]
pub struct RoomForm {
    name: String,
}

fn room_name(name: &str) -> Result<String, AppError> {
    crate::domain::required_text("room name", name, crate::domain::NAME_MAX).map_err(bad)
}

pub async fn post_room(
    State(state): State<AppState>,
    Current(c): Current,
    Me(me): Me,
    Form(form): Form<RoomForm>,
) -> Result<Response, AppError> {
    organisers_only(&me)?;
    let name = room_name(&form.name)?;
    if state.store.create_room(c.id, &name).await?.is_none() {
        return Err(AppError::Conflict(format!(
            "There is a room called {name:?} already."
        )));
    }
    Ok(Redirect::to("/admin/program#rooms").into_response())
}

pub async fn post_rename_room(
    State(state): State<AppState>,
    Current(c): Current,
    Me(me): Me,
    Path(id): Path<i64>,
    Form(form): Form<RoomForm>,
) -> Result<Response, AppError> {
    organisers_only(&me)?;
    let name = room_name(&form.name)?;
    if !state.store.rename_room(c.id, id, &name).await? {
        return Err(AppError::Conflict(format!(
            "Cannot rename the room to {name:?}: another room has that name, or the room is gone."
        )));
    }
    state.live.changed(Scope::Program);
    Ok(Redirect::to("/admin/program#rooms").into_response())
}

pub async fn post_delete_room(
    State(state): State<AppState>,
    Current(c): Current,
    Me(me): Me,
    Path(id): Path<i64>,
) -> Result<Response, AppError> {
    organisers_only(&me)?;
    if !state
        .store
        .delete_room(c.id, id, jiff::Timestamp::now())
        .await?
    {
        return Err(AppError::NotFound);
    }
    state.live.changed(Scope::Program);
    Ok(Redirect::to("/admin/program#rooms").into_response())
}

// ------------------------------------------------------------------ import

#[derive(Template)]
#[template(path = "import_program.html")]
pub struct ImportProgramPage {
    pub page: Layout,
    pub csrf: String,
    pub errors: Vec<String>,
    /// The preview, or the outcome once applied.
    pub plan: Option<crate::domain::schedule::ImportPlan>,
    pub format: String,
    pub applied: bool,
    /// The file's text, carried from the preview to the confirmation.
    pub content: String,
}

pub async fn import_form(Current(c): Current, Me(me): Me) -> PageResult {
    organisers_only(&me)?;
    let tr = tr();
    render(&ImportProgramPage {
        page: Layout::for_consultation(tr, &c, tr.t("import-program-title"), "program"),
        csrf: me.csrf_token.clone(),
        errors: Vec::new(),
        plan: None,
        format: String::new(),
        applied: false,
        content: String::new(),
    })
}

/// Reads the upload (`file`), or the text carried from the preview
/// (`content`), and whether to apply.
async fn read_upload(mut multipart: Multipart) -> Result<(Vec<u8>, bool), AppError> {
    let too_large = || {
        AppError::BadRequest(format!(
            "The file is larger than {} MB; nothing was imported.",
            MAX_BYTES / 1_048_576
        ))
    };
    let mut bytes = Vec::new();
    let mut apply = false;
    loop {
        let field = match multipart.next_field().await {
            Ok(Some(field)) => field,
            Ok(None) => break,
            Err(e) if e.status() == axum::http::StatusCode::PAYLOAD_TOO_LARGE => {
                return Err(too_large());
            }
            Err(e) => return Err(bad(e.body_text())),
        };
        let name = field.name().unwrap_or("").to_owned();
        let data = match field.bytes().await {
            Ok(b) => b,
            Err(e) if e.status() == axum::http::StatusCode::PAYLOAD_TOO_LARGE => {
                return Err(too_large());
            }
            Err(e) => return Err(bad(e.body_text())),
        };
        match name.as_str() {
            "file" | "content" if !data.is_empty() => bytes = data.to_vec(),
            "apply" => apply = data.as_ref() == b"yes",
            _ => {}
        }
    }
    if bytes.is_empty() {
        return Err(bad("Choose a schedule file to import."));
    }
    Ok((bytes, apply))
}

pub async fn import_upload(
    State(state): State<AppState>,
    Current(c): Current,
    Me(me): Me,
    multipart: Multipart,
) -> PageResult {
    organisers_only(&me)?;
    let (bytes, apply) = read_upload(multipart).await?;
    let tr = tr();
    let mut page = ImportProgramPage {
        page: Layout::for_consultation(tr, &c, tr.t("import-program-title"), "program"),
        csrf: me.csrf_token.clone(),
        errors: Vec::new(),
        plan: None,
        format: String::new(),
        applied: apply,
        content: String::from_utf8_lossy(&bytes).into_owned(),
    };
    match crate::import_program(&state.store, Some(&c), &bytes, apply).await {
        Ok(done) => {
            page.format = done.format.to_owned();
            if apply {
                let detail = format!(
                    "{}: {} created, {} updated",
                    done.format,
                    done.plan.created.len(),
                    done.plan.updated.len()
                );
                state.audit(c.id, &me, "imported program", &detail).await?;
                state.live.changed(Scope::Program);
            }
            page.plan = Some(done.plan);
        }
        Err(crate::ProgramImportError::File(errors)) => {
            page.errors = errors.iter().map(ToString::to_string).collect();
            page.content.clear();
        }
        Err(crate::ProgramImportError::Other(e)) => return Err(AppError::Internal(e.to_string())),
    }
    let status = if page.errors.is_empty() {
        axum::http::StatusCode::OK
    } else {
        axum::http::StatusCode::UNPROCESSABLE_ENTITY
    };
    let mut response = render(&page)?;
    *response.status_mut() = status;
    Ok(response)
}
