//! Building the program: the consultation's details, rooms, sessions with
//! their people, and importing a program file. Organisers only.

use crate::error::Words;
use jiff::{
    Timestamp,
    civil::{Date, Time},
};

use super::{AppState, live::Scope};
use crate::{
    auth::Principal,
    domain::{
        Consultation, Country, LanguageTag, PersonRole, Session, SessionKind, Viewer, Visibility,
        directory::NewPerson,
        schedule::{ConsultationDetails, ImportPlan, SessionInput, Warning, changes},
    },
    error::AppError,
    i18n::Tr,
};

fn announce(state: &AppState) {
    state.live.changed(Scope::Program);
}

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

pub fn organisers_only(me: &Principal) -> Result<(), AppError> {
    if me.role == crate::auth::Role::Organiser {
        Ok(())
    } else {
        Err(AppError::forbidden(Words::new("error-organisers-only")))
    }
}

/// The message naming a session's start or end time.
fn time_field(field: &str) -> &'static str {
    match field {
        "start" => "field-start-time",
        _ => "field-end-time",
    }
}

fn local(c: &Consultation, date: Date, time: &str, field: &str) -> Result<Timestamp, AppError> {
    let time: Time = time.trim().parse().map_err(|_| {
        AppError::bad_request(
            Words::new("error-not-a-time")
                .with_message("field", time_field(field))
                .with("value", time),
        )
    })?;
    date.to_datetime(time)
        .to_zoned(c.time_zone.clone())
        .map(|z| z.timestamp())
        .map_err(|e| {
            AppError::bad_request(
                Words::new("import-time-not-in-zone")
                    .with("value", format!("{date} {time}"))
                    .with("detail", e),
            )
        })
}

async fn session_input(
    state: &AppState,
    c: &Consultation,
    form: &SessionForm,
) -> Result<SessionInput, AppError> {
    let date: Date = form.date.trim().parse().map_err(|_| {
        AppError::bad_request(Words::new("error-not-a-date").with("value", &form.date))
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
                .map_err(|_| AppError::bad_request(Words::new("error-pick-room")))?,
        ),
    };
    let room_id = match chosen {
        None => None,
        Some(id) => {
            let rooms = state.store.rooms(c.id).await?;
            if !rooms.iter().any(|room| room.id == id) {
                return Err(AppError::bad_request(Words::new("error-room-gone")));
            }
            Some(id)
        }
    };
    let people = state.store.directory(c.id, Viewer::Organiser).await?.people;
    if form
        .facilitators
        .iter()
        .chain(&form.speakers)
        .any(|id| !people.iter().any(|p| p.id == *id))
    {
        return Err(AppError::bad_request(Words::new("error-unknown-person")));
    }
    let language = if form.language.trim().is_empty() {
        c.languages.first().cloned().unwrap_or_else(|| "en".into())
    } else {
        form.language.clone()
    };
    let kind = if form.kind.trim().is_empty() {
        SessionKind::Other
    } else {
        SessionKind::parse(&form.kind).map_err(AppError::from)?
    };
    let input = SessionInput {
        title: form.title.trim().to_owned(),
        description: form.description.trim().to_owned(),
        text_lang: LanguageTag::parse(&language).map_err(AppError::from)?,
        kind,
        starts_at,
        ends_at,
        room_id,
        languages: LanguageTag::parse_list(&form.languages.replace(',', " "))
            .map_err(AppError::from)?,
        interpretation: LanguageTag::parse_list(&form.interpretation.replace(',', " "))
            .map_err(AppError::from)?,
        facilitators: form.facilitators.clone(),
        speakers: form.speakers.clone(),
    };
    input.validate().map_err(AppError::from)?;
    Ok(input)
}

/// The people chosen, those the session had in their order first, then
/// the new ones in the order chosen.
fn keep_order(had: &[crate::domain::PersonRef], chosen: &[i64]) -> Vec<i64> {
    let kept = had.iter().map(|p| p.id).filter(|id| chosen.contains(id));
    let new = chosen
        .iter()
        .copied()
        .filter(|id| !had.iter().any(|p| p.id == *id));
    kept.chain(new).collect()
}

/// A session as organisers see it.
pub async fn session_of(state: &AppState, c: &Consultation, id: i64) -> Result<Session, AppError> {
    state
        .store
        .session(c.id, id, Viewer::Organiser)
        .await?
        .ok_or(AppError::NotFound)
}

pub async fn create_session(
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
    announce(state);
    Ok(id)
}

/// Moves a speaker (or a facilitator) one place earlier or later in the
/// session's order, as the program lists them.
pub async fn move_person(
    state: &AppState,
    c: &Consultation,
    me: &Principal,
    id: i64,
    person: i64,
    facilitator: bool,
    earlier: bool,
) -> Result<(), AppError> {
    organisers_only(me)?;
    let before = session_of(state, c, id).await?;
    let mut input = session_input(state, c, &SessionForm::from_session(c, &before)).await?;
    let list = match facilitator {
        true => &mut input.facilitators,
        false => &mut input.speakers,
    };
    let at = list
        .iter()
        .position(|p| *p == person)
        .ok_or(AppError::NotFound)?;
    let to = match earlier {
        true => at.checked_sub(1),
        false => Some(at + 1).filter(|to| *to < list.len()),
    };
    let Some(to) = to else {
        return Ok(());
    };
    list.swap(at, to);
    state
        .store
        .update_session(c.id, id, &input, &[], Timestamp::now())
        .await?;
    state
        .audit(c.id, me, "reordered the session's people", &input.title)
        .await?;
    announce(state);
    Ok(())
}

/// Gives a session's floor its moderators: people who run the floor
/// (queue, questions, polls) without being named as its facilitators,
/// as at an opening plenary.
pub async fn set_moderators(
    state: &AppState,
    c: &Consultation,
    me: &Principal,
    id: i64,
    people: &[i64],
) -> Result<(), AppError> {
    organisers_only(me)?;
    let session = session_of(state, c, id).await?;
    state.store.set_moderators(c.id, id, people).await?;
    state
        .audit(c.id, me, "set the floor's moderators", &session.title)
        .await?;
    state.live.changed(Scope::Floor(id));
    Ok(())
}

pub async fn update_session(
    state: &AppState,
    c: &Consultation,
    me: &Principal,
    id: i64,
    form: &SessionForm,
) -> Result<(), AppError> {
    organisers_only(me)?;
    let before = session_of(state, c, id).await?;
    let mut input = session_input(state, c, form).await?;
    // A multiple choice list sends its choices in the list's (alphabetical)
    // order: people already in the session keep the agenda's order.
    input.facilitators = keep_order(&before.facilitators, &input.facilitators);
    input.speakers = keep_order(&before.speakers, &input.speakers);
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
    announce(state);
    Ok(())
}

pub async fn set_cancelled(
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
        return Err(AppError::conflict(Words::new(if cancelled {
            "error-session-cancelled-already"
        } else {
            "error-session-not-cancelled"
        })));
    }
    let action = if cancelled {
        "cancelled session"
    } else {
        "restored session"
    };
    state.audit(c.id, me, action, &s.title).await?;
    announce(state);
    Ok(())
}

pub async fn duplicate(
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
    announce(state);
    Ok(copy)
}

pub fn warning_text(tr: Tr<'static>, w: &Warning) -> String {
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

fn details_from(
    title: &str,
    venue: &str,
    time_zone: &str,
    start: &str,
    end: &str,
    languages: &str,
) -> Result<ConsultationDetails, AppError> {
    let date = |d: &str| {
        d.trim()
            .parse::<Date>()
            .map_err(|_| AppError::bad_request(Words::new("error-not-a-date").with("value", d)))
    };
    let details = ConsultationDetails {
        title: title.trim().to_owned(),
        venue: venue.trim().to_owned(),
        time_zone: time_zone.trim().to_owned(),
        start_date: date(start)?,
        end_date: date(end)?,
        languages: LanguageTag::parse_list(&languages.replace(',', " ")).map_err(AppError::from)?,
    };
    details.validate().map_err(AppError::from)?;
    Ok(details)
}

fn room_name(name: &str) -> Result<String, AppError> {
    crate::domain::required_text("room name", name, crate::domain::NAME_MAX).map_err(AppError::from)
}

/// The consultation's details as typed: dates as YYYY-MM-DD, languages
/// separated by spaces or commas.
pub struct DetailsForm<'a> {
    pub title: &'a str,
    pub venue: &'a str,
    pub time_zone: &'a str,
    pub start_date: &'a str,
    pub end_date: &'a str,
    pub languages: &'a str,
}

/// Edits the consultation's title, venue, time zone, dates and languages.
pub async fn edit_details(
    state: &AppState,
    c: &Consultation,
    me: &Principal,
    form: &DetailsForm<'_>,
) -> Result<(), AppError> {
    organisers_only(me)?;
    let details = details_from(
        form.title,
        form.venue,
        form.time_zone,
        form.start_date,
        form.end_date,
        form.languages,
    )?;
    state.store.update_consultation(c.id, &details).await?;
    state
        .audit(c.id, me, "edited consultation", &details.title)
        .await?;
    announce(state);
    Ok(())
}

/// Adds a room. Returns its id.
pub async fn add_room(
    state: &AppState,
    c: &Consultation,
    me: &Principal,
    name: &str,
) -> Result<i64, AppError> {
    organisers_only(me)?;
    let name = room_name(name)?;
    let id =
        state.store.create_room(c.id, &name).await?.ok_or_else(|| {
            AppError::conflict(Words::new("error-room-exists").with("name", &name))
        })?;
    state.audit(c.id, me, "added a room", &name).await?;
    announce(state);
    Ok(id)
}

/// Renames a room.
pub async fn rename_room(
    state: &AppState,
    c: &Consultation,
    me: &Principal,
    id: i64,
    name: &str,
) -> Result<(), AppError> {
    organisers_only(me)?;
    let name = room_name(name)?;
    if !state.store.rename_room(c.id, id, &name).await? {
        return Err(AppError::conflict(
            Words::new("error-room-rename").with("name", &name),
        ));
    }
    state.audit(c.id, me, "renamed a room", &name).await?;
    announce(state);
    Ok(())
}

/// Deletes a room; its sessions keep their times and lose the room.
pub async fn delete_room(
    state: &AppState,
    c: &Consultation,
    me: &Principal,
    id: i64,
) -> Result<(), AppError> {
    organisers_only(me)?;
    if !state.store.delete_room(c.id, id, Timestamp::now()).await? {
        return Err(AppError::NotFound);
    }
    state
        .audit(c.id, me, "removed a room", &id.to_string())
        .await?;
    announce(state);
    Ok(())
}

/// Someone to add to a session who is not in the directory yet.
pub struct NewSessionPerson<'a> {
    pub name: &'a str,
    pub organisation: &'a str,
    /// ISO code or English name; empty for none.
    pub country: &'a str,
    pub facilitator: bool,
}

/// Creates a person on the spot and adds them to the session, as its
/// facilitator or a speaker, after those it has.
pub async fn add_new_person(
    state: &AppState,
    c: &Consultation,
    me: &Principal,
    id: i64,
    new: &NewSessionPerson<'_>,
) -> Result<(), AppError> {
    organisers_only(me)?;
    let s = session_of(state, c, id).await?;
    let country = match new.country.trim() {
        "" => None,
        code => Some(Country::parse(code).map_err(AppError::from)?),
    };
    let organisation = new.organisation.trim();
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
        display_name: new.name.trim().to_owned(),
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
    let mut form = SessionForm::from_session(c, &s);
    match new.facilitator {
        true => form.facilitators.push(person_id),
        false => form.speakers.push(person_id),
    }
    update_session(state, c, me, id, &form).await
}

impl SessionForm {
    /// The form as the session is now, to change one part of it.
    pub fn from_session(c: &Consultation, s: &Session) -> SessionForm {
        let hm = |t: Timestamp| {
            t.to_zoned(c.time_zone.clone())
                .strftime("%H:%M")
                .to_string()
        };
        SessionForm {
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
            facilitators: s.facilitators.iter().map(|p| p.id).collect(),
            speakers: s.speakers.iter().map(|p| p.id).collect(),
        }
    }
}

/// What came of importing a program file.
pub enum Imported {
    /// The plan, applied or only previewed; `format` names the file's kind.
    Planned {
        format: &'static str,
        plan: ImportPlan,
    },
    /// Problems in the file, each with its line and field; nothing stored.
    Refused(Vec<crate::import::ImportError>),
}

/// Reads a program file (frab XML or JSON, or CSV) and answers what it
/// would change; with `apply`, changes it.
pub async fn import_program(
    state: &AppState,
    c: &Consultation,
    me: &Principal,
    bytes: &[u8],
    apply: bool,
) -> Result<Imported, AppError> {
    organisers_only(me)?;
    match crate::import_program(&state.store, Some(c), bytes, apply).await {
        Ok(done) => {
            if apply {
                let detail = format!(
                    "{}: {} created, {} updated",
                    done.format,
                    done.plan.created.len(),
                    done.plan.updated.len()
                );
                state.audit(c.id, me, "imported program", &detail).await?;
                announce(state);
            }
            Ok(Imported::Planned {
                format: done.format,
                plan: done.plan,
            })
        }
        Err(crate::ProgramImportError::File(errors)) => Ok(Imported::Refused(errors)),
        Err(crate::ProgramImportError::Other(e)) => Err(AppError::Internal(e.to_string())),
    }
}
