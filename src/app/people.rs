//! People before and during the meeting: invitations (sign-in links),
//! revoking access, erasure, the participants import, and a person's own
//! profile and password.

use crate::error::Words;
use jiff::Timestamp;

use super::AppState;
use crate::{
    auth::{Principal, Role},
    domain::{
        Consents, Consultation, LanguageTag, Purpose, Viewer, Visibility,
        directory::{Directory, Person},
    },
    error::AppError,
    import::participants,
    store::{Erase, ImportOutcome, OwnProfile, StoreError},
};

/// Whom to invite.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Invitees {
    Everyone,
    /// Everyone neither signed in nor holding a valid link.
    NotYetIn,
    One(i64),
}

/// The people `who` names, from the directory.
pub async fn choose(
    state: &AppState,
    c: &Consultation,
    directory: &Directory,
    who: Invitees,
) -> Result<Vec<i64>, AppError> {
    Ok(match who {
        Invitees::Everyone => directory.people.iter().map(|p| p.id).collect(),
        Invitees::NotYetIn => {
            let status = state
                .store
                .invitation_status(c.id, Timestamp::now())
                .await?;
            directory
                .people
                .iter()
                .filter(|p| {
                    status
                        .iter()
                        .find(|s| s.person_id == p.id)
                        .is_none_or(|s| s.active_links == 0 && s.open_sessions == 0)
                })
                .map(|p| p.id)
                .collect()
        }
        Invitees::One(id) if directory.people.iter().any(|p| p.id == id) => vec![id],
        Invitees::One(_) => return Err(AppError::NotFound),
    })
}

/// New sign-in links, one per person, with the directory they were read
/// from (for the badges' organisations).
pub struct Invited {
    pub directory: Directory,
    /// (person id, the link's token): shown once, only its hash is kept.
    pub links: Vec<(i64, String)>,
}

impl Invited {
    pub fn people(&self) -> impl Iterator<Item = (&Person, &str)> {
        self.links.iter().filter_map(|(id, token)| {
            let person = self.directory.people.iter().find(|p| p.id == *id)?;
            Some((person, token.as_str()))
        })
    }
}

/// Makes new sign-in links, revoking each person's older unused ones; they
/// stay valid until a week after the consultation ends.
pub async fn invite(
    state: &AppState,
    c: &Consultation,
    me: &Principal,
    who: Invitees,
) -> Result<Invited, AppError> {
    let now = Timestamp::now();
    let directory = state.store.directory(c.id, Viewer::Organiser).await?;
    let chosen = choose(state, c, &directory, who).await?;
    let valid_hours = (c.end_date - c.local_date(now)).get_days().max(0) as i64 * 24 + 24 * 8;
    let mut links = Vec::with_capacity(chosen.len());
    for id in chosen {
        state.store.revoke_sign_in_links(id, now).await?;
        links.push((
            id,
            crate::issue_sign_in_link(&state.store, id, valid_hours).await?,
        ));
    }
    state
        .audit(
            c.id,
            me,
            "issued sign-in links",
            &format!("{} people", links.len()),
        )
        .await?;
    Ok(Invited { directory, links })
}

/// Revokes a person's links and ends their sessions everywhere.
pub async fn revoke_access(
    state: &AppState,
    c: &Consultation,
    me: &Principal,
    id: i64,
) -> Result<(), AppError> {
    let directory = state.store.directory(c.id, Viewer::Organiser).await?;
    let person = directory
        .people
        .iter()
        .find(|p| p.id == id)
        .ok_or(AppError::NotFound)?;
    let now = Timestamp::now();
    let links = state.store.revoke_sign_in_links(id, now).await?;
    let sessions = state.store.end_all_sessions(id).await?;
    let detail = format!(
        "{}: {links} links, {sessions} sessions",
        person.display_name
    );
    state.audit(c.id, me, "revoked access", &detail).await
}

/// Erases a person and their personal data (the store records it in the
/// audit log); never the last organiser.
pub async fn erase(
    state: &AppState,
    c: &Consultation,
    me: &Principal,
    id: i64,
) -> Result<(), AppError> {
    match state
        .store
        .erase_person(c.id, id, me.actor(), Timestamp::now())
        .await?
    {
        Erase::Erased => Ok(()),
        Erase::NotFound => Err(AppError::NotFound),
        Erase::LastOrganiser => Err(AppError::conflict(Words::new("error-last-organiser-erase"))),
    }
}

/// What came of importing the participants' list.
pub enum ParticipantsImported {
    Done {
        outcome: ImportOutcome,
        /// Columns of the file that nothing reads.
        ignored_columns: Vec<String>,
    },
    /// Problems in the file, each with its line and column; nothing stored.
    Refused(Vec<crate::import::ImportError>),
}

/// Imports the participants' list (CSV), all or nothing.
pub async fn import_participants(
    state: &AppState,
    c: &Consultation,
    me: &Principal,
    bytes: &[u8],
) -> Result<ParticipantsImported, AppError> {
    if me.role != Role::Organiser {
        return Err(AppError::NotFound);
    }
    let parsed = match participants::parse(bytes) {
        Ok(parsed) => parsed,
        Err(errors) => {
            return Ok(ParticipantsImported::Refused(errors));
        }
    };
    let outcome = state
        .store
        .import_directory(c.id, &parsed.organisations, &parsed.people)
        .await?;
    let detail = format!(
        "{} new, {} updated, {} organisations created, {} updated",
        outcome.people_created,
        outcome.people_updated,
        outcome.organisations_created,
        outcome.organisations_updated
    );
    state
        .audit(c.id, me, "imported participants", &detail)
        .await?;
    Ok(ParticipantsImported::Done {
        outcome,
        ignored_columns: parsed.ignored_columns,
    })
}

/// A person's own profile as typed on their account page.
pub struct ProfileForm<'a> {
    pub display_name: &'a str,
    pub visibility: &'a str,
    pub languages: &'a str,
    pub consents: Consents,
}

/// A person changes their own name, visibility, languages and consents;
/// `wording` gives the words they agreed to, kept with each consent.
pub async fn update_profile(
    state: &AppState,
    me: &Principal,
    form: &ProfileForm<'_>,
    wording: fn(Purpose) -> String,
) -> Result<(), AppError> {
    let person = me
        .person_id
        .ok_or_else(|| AppError::forbidden(Words::new("error-own-link-only")))?;
    let bad = AppError::from;
    let profile = OwnProfile {
        display_name: form.display_name.to_owned(),
        visibility: Visibility::parse(form.visibility).map_err(bad)?,
        languages: LanguageTag::parse_list(form.languages).map_err(bad)?,
        consents: form.consents,
    };
    state
        .store
        .update_own_profile(person, &profile, wording, Timestamp::now())
        .await
        .map_err(|e| match e {
            StoreError::Invalid(e) => AppError::from(e),
            e => e.into(),
        })
}

const PASSWORD_MIN: usize = 12;
const PASSWORD_MAX: usize = 1000;

/// An organiser sets a password, to sign in without a link.
pub async fn set_password(
    state: &AppState,
    me: &Principal,
    password: String,
    confirm: &str,
) -> Result<(), AppError> {
    let person = me
        .person_id
        .filter(|_| me.role == Role::Organiser)
        .ok_or_else(|| AppError::forbidden(Words::new("error-organisers-only")))?;
    let length = password.chars().count();
    if !(PASSWORD_MIN..=PASSWORD_MAX).contains(&length) {
        return Err(AppError::bad_request(
            Words::new("error-password-length")
                .with("min", PASSWORD_MIN)
                .with("max", PASSWORD_MAX)
                .with("length", length),
        ));
    }
    if password != confirm {
        return Err(AppError::bad_request(Words::new("error-passwords-differ")));
    }
    let hash = crate::auth::password::hash(password).await?;
    state.store.set_password_hash(person, &hash).await?;
    if let Some(c) = state.store.current_consultation().await? {
        state.audit(c.id, me, "set their password", "").await?;
    }
    Ok(())
}
