//! Organisers build the program: the consultation's details, rooms,
//! sessions with their people, languages and interpretation; warnings for
//! clashes; and the import of a program file with a preview. Plain forms
//! that work on a phone without JavaScript. The actions are shared with
//! the JSON API.

use crate::error::Words;
use askama::Template;
use axum::{
    extract::{Multipart, Path, Query, State},
    response::{IntoResponse, Redirect, Response},
};
use axum_extra::extract::Form;
use jiff::Timestamp;

use super::{
    pages::{Current, PageResult, render, tr},
    views::{LanguagePicker, Layout},
};
use crate::{
    app::{
        AppState, Me,
        program::{self as actions, Imported, NewSessionPerson, SessionForm},
    },
    auth::Principal,
    domain::{
        Consultation, Country, Session, SessionKind, Viewer,
        schedule::{Warning, warnings},
    },
    error::AppError,
    import::MAX_BYTES,
};

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
    actions::organisers_only(&me)?;
    let tr = tr();
    let sessions = state.store.sessions(c.id, Viewer::Organiser).await?;
    let found = warnings(&c, &sessions);
    let warned: Vec<i64> = found.iter().flat_map(Warning::sessions).collect();
    let mut days: Vec<(String, Vec<SessionLine>)> = Vec::new();
    for s in &sessions {
        let day = tr.day(c.local_date(s.starts_at));
        let line = SessionLine {
            id: s.id,
            time: tr.time_range(s.starts_at, s.ends_at, &c.time_zone),
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
        warnings: found.iter().map(|w| actions::warning_text(tr, w)).collect(),
        days,
    })
}

/// People of one role in a session, in the program's order: (role,
/// heading, [(id, name)]).
pub type PeopleOrder = (&'static str, String, Vec<(i64, String)>);

#[derive(Template)]
#[template(path = "session_edit.html")]
pub struct SessionEditPage {
    pub page: Layout,
    pub csrf: String,
    pub id: Option<i64>,
    pub title: String,
    pub description: String,
    pub language: String,
    pub language_picker: LanguagePicker,
    pub kinds: Vec<(&'static str, String, bool)>,
    pub date: String,
    pub start: String,
    pub end: String,
    pub rooms: Vec<(i64, String, bool)>,
    pub languages: String,
    pub interpretation: String,
    /// (id, label, facilitating, speaking)
    pub people: Vec<(i64, String, bool, bool)>,
    /// The speakers and the facilitators, each in the program's order,
    /// where there are several.
    pub orders: Vec<PeopleOrder>,
    /// (id, label, moderating)
    pub moderators: Vec<(i64, String, bool)>,
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
    let moderating = match session {
        Some(s) => state.store.moderators(s.id).await?,
        None => Vec::new(),
    };
    let moderators = people
        .iter()
        .map(|(id, label, _, _)| (*id, label.clone(), moderating.contains(id)))
        .collect();
    let in_order = |list: &[crate::domain::PersonRef]| {
        list.iter()
            .map(|p| (p.id, p.display_name.clone()))
            .collect::<Vec<_>>()
    };
    let orders = match session {
        Some(s) => vec![
            ("speaker", tr.t("edit-s-speakers"), in_order(&s.speakers)),
            (
                "facilitator",
                tr.t("edit-s-facilitators"),
                in_order(&s.facilitators),
            ),
        ],
        None => Vec::new(),
    }
    .into_iter()
    .filter(|(_, _, list)| list.len() > 1)
    .collect();
    let warnings_here = match session {
        Some(s) => {
            let sessions = state.store.sessions(c.id, Viewer::Organiser).await?;
            warnings(c, &sessions)
                .iter()
                .filter(|w| w.sessions().contains(&s.id))
                .map(|w| actions::warning_text(tr, w))
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
        language_picker: LanguagePicker::new(tr, c),
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
        orders,
        moderators,
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
    actions::organisers_only(&me)?;
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
    actions::organisers_only(&me)?;
    let s = actions::session_of(&state, &c, id).await?;
    edit_page(&state, &c, &me, Some(&s), q.saved.is_some()).await
}

pub async fn post_new_session(
    State(state): State<AppState>,
    Current(c): Current,
    Me(me): Me,
    Form(form): Form<SessionForm>,
) -> Result<Response, AppError> {
    let id = actions::create_session(&state, &c, &me, &form).await?;
    Ok(Redirect::to(&format!("/admin/sessions/{id}?saved=1")).into_response())
}

pub async fn post_edit_session(
    State(state): State<AppState>,
    Current(c): Current,
    Me(me): Me,
    Path(id): Path<i64>,
    Form(form): Form<SessionForm>,
) -> Result<Response, AppError> {
    actions::update_session(&state, &c, &me, id, &form).await?;
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
    actions::set_cancelled(&state, &c, &me, id, cancel).await?;
    Ok(Redirect::to(&format!("/admin/sessions/{id}?saved=1")).into_response())
}

pub async fn post_duplicate(
    State(state): State<AppState>,
    Current(c): Current,
    Me(me): Me,
    Path(id): Path<i64>,
) -> Result<Response, AppError> {
    let copy = actions::duplicate(&state, &c, &me, id).await?;
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
    let new = NewSessionPerson {
        name: &form.name,
        organisation: &form.organisation,
        country: &form.country,
        facilitator: form.role == "facilitator",
    };
    actions::add_new_person(&state, &c, &me, id, &new).await?;
    Ok(Redirect::to(&format!("/admin/sessions/{id}?saved=1#people")).into_response())
}

#[derive(serde::Deserialize)]
pub struct MoveForm {
    person: i64,
    #[serde(default)]
    role: String,
    #[serde(default)]
    direction: String,
}

pub async fn post_move_person(
    State(state): State<AppState>,
    Current(c): Current,
    Me(me): Me,
    Path(id): Path<i64>,
    Form(form): Form<MoveForm>,
) -> Result<Response, AppError> {
    let facilitator = form.role == "facilitator";
    let earlier = form.direction == "up";
    actions::move_person(&state, &c, &me, id, form.person, facilitator, earlier).await?;
    Ok(Redirect::to(&format!("/admin/sessions/{id}?saved=1#order")).into_response())
}

#[derive(serde::Deserialize)]
pub struct ModeratorsForm {
    #[serde(default)]
    moderators: Vec<i64>,
}

pub async fn post_moderators(
    State(state): State<AppState>,
    Current(c): Current,
    Me(me): Me,
    Path(id): Path<i64>,
    axum_extra::extract::Form(form): axum_extra::extract::Form<ModeratorsForm>,
) -> Result<Response, AppError> {
    actions::set_moderators(&state, &c, &me, id, &form.moderators).await?;
    Ok(Redirect::to(&format!("/admin/sessions/{id}?saved=1#moderators")).into_response())
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

pub async fn post_details(
    State(state): State<AppState>,
    Current(c): Current,
    Me(me): Me,
    Form(form): Form<DetailsForm>,
) -> Result<Response, AppError> {
    let details = actions::DetailsForm {
        title: &form.title,
        venue: &form.venue,
        time_zone: &form.time_zone,
        start_date: &form.start_date,
        end_date: &form.end_date,
        languages: &form.languages,
    };
    actions::edit_details(&state, &c, &me, &details).await?;
    Ok(Redirect::to("/admin/program#details").into_response())
}

#[derive(serde::Deserialize)]
pub struct RoomForm {
    name: String,
}

pub async fn post_room(
    State(state): State<AppState>,
    Current(c): Current,
    Me(me): Me,
    Form(form): Form<RoomForm>,
) -> Result<Response, AppError> {
    actions::add_room(&state, &c, &me, &form.name).await?;
    Ok(Redirect::to("/admin/program#rooms").into_response())
}

pub async fn post_rename_room(
    State(state): State<AppState>,
    Current(c): Current,
    Me(me): Me,
    Path(id): Path<i64>,
    Form(form): Form<RoomForm>,
) -> Result<Response, AppError> {
    actions::rename_room(&state, &c, &me, id, &form.name).await?;
    Ok(Redirect::to("/admin/program#rooms").into_response())
}

pub async fn post_delete_room(
    State(state): State<AppState>,
    Current(c): Current,
    Me(me): Me,
    Path(id): Path<i64>,
) -> Result<Response, AppError> {
    actions::delete_room(&state, &c, &me, id).await?;
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
    actions::organisers_only(&me)?;
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
pub(super) async fn read_upload(
    mut multipart: Multipart,
    missing: &'static str,
) -> Result<(Vec<u8>, bool), AppError> {
    let too_large = || {
        AppError::bad_request(
            Words::new("error-upload-too-large").with("max", MAX_BYTES / 1_048_576),
        )
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
            Err(e) => return Err(AppError::BadRequest(e.body_text())),
        };
        let name = field.name().unwrap_or("").to_owned();
        let data = match field.bytes().await {
            Ok(b) => b,
            Err(e) if e.status() == axum::http::StatusCode::PAYLOAD_TOO_LARGE => {
                return Err(too_large());
            }
            Err(e) => return Err(AppError::BadRequest(e.body_text())),
        };
        match name.as_str() {
            "file" | "content" if !data.is_empty() => bytes = data.to_vec(),
            "apply" => apply = data.as_ref() == b"yes",
            _ => {}
        }
    }
    if bytes.is_empty() {
        return Err(AppError::bad_request(Words::new(missing)));
    }
    Ok((bytes, apply))
}

pub async fn import_upload(
    State(state): State<AppState>,
    Current(c): Current,
    Me(me): Me,
    multipart: Multipart,
) -> PageResult {
    actions::organisers_only(&me)?;
    let (bytes, apply) = read_upload(multipart, "error-choose-schedule-file").await?;
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
    match actions::import_program(&state, &c, &me, &bytes, apply).await? {
        Imported::Planned { format, plan } => {
            page.format = format.to_owned();
            page.plan = Some(plan);
        }
        Imported::Refused(errors) => {
            page.errors = errors.iter().map(|e| e.in_lang(tr)).collect();
            page.content.clear();
        }
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
