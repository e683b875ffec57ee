//! A person's own account: profile, consents, password, their data.

use askama::Template;
use axum::{
    extract::State,
    response::{IntoResponse, Redirect, Response},
};
use jiff::Timestamp;

use super::{
    AppState, Me,
    pages::{Current, PageResult, render, tr},
    views::{LanguagePicker, Layout, language_name},
};
use crate::{
    app::people as actions,
    auth::Role,
    domain::{Consents, Purpose},
    error::AppError,
};

#[derive(Template)]
#[template(path = "account.html")]
pub struct AccountPage {
    pub page: Layout,
    pub name: String,
    pub role: String,
    pub csrf: String,
    pub organiser: bool,
    pub visibility: &'static str,
    /// The languages the person speaks: (code, name in the UI language).
    pub spoken: Vec<(String, String)>,
    pub language_picker: LanguagePicker,
    pub consents: Consents,
    pub has_password: bool,
    pub notice: Option<String>,
    pub program_public: bool,
    /// The report is open to this person: published, or they organise.
    pub report: bool,
}

#[derive(serde::Deserialize, Default)]
pub struct AccountQuery {
    #[serde(default)]
    saved: Option<String>,
}

pub async fn account(
    State(state): State<AppState>,
    Current(c): Current,
    Me(me): Me,
    axum::extract::Query(query): axum::extract::Query<AccountQuery>,
) -> PageResult {
    let tr = tr();
    let person = match me.person_id {
        Some(id) => state.store.person(c.id, id).await?,
        None => None,
    };
    let has_password = match me.role {
        Role::Organiser => state
            .store
            .organisers(c.id)
            .await?
            .iter()
            .any(|o| Some(o.id) == me.person_id && o.has_password),
        _ => false,
    };
    let notice = match query.saved.as_deref() {
        Some("password") => Some(tr.t("account-password-saved")),
        Some(_) => Some(tr.t("account-saved")),
        None => None,
    };
    render(&AccountPage {
        page: Layout::for_consultation(tr, &c, tr.t("account-title"), "account"),
        role: tr.t(&format!("directory-role-{}", me.role.as_str())),
        name: me.name,
        csrf: me.csrf_token,
        organiser: me.role == Role::Organiser,
        visibility: person
            .as_ref()
            .map_or("organisers", |p| p.visibility.as_str()),
        consents: person.as_ref().map(|p| p.consents).unwrap_or_default(),
        spoken: person
            .map(|p| p.languages)
            .unwrap_or_default()
            .into_iter()
            .map(|l| {
                let name = language_name(tr, &l);
                (l, name)
            })
            .collect(),
        language_picker: LanguagePicker::new(tr, &c),
        has_password,
        notice,
        program_public: c.program_public,
        report: me.role == Role::Organiser || state.store.report_settings(c.id).await?.published,
    })
}

#[derive(serde::Deserialize)]
pub struct ProfileForm {
    display_name: String,
    visibility: String,
    /// The languages kept ticked, then one picked from the list.
    #[serde(default)]
    languages: Vec<String>,
    #[serde(default)]
    add_language: String,
    #[serde(default)]
    consent_screen: Option<String>,
    #[serde(default)]
    consent_report: Option<String>,
    #[serde(default)]
    consent_convener: Option<String>,
}

/// The words a person agrees to, as the account page shows them; stored
/// with each change of consent.
pub fn consent_wording(purpose: Purpose) -> String {
    let key = match purpose {
        Purpose::Directory => "account-visibility-listed",
        Purpose::Screen => "account-consent-screen",
        Purpose::Report => "account-consent-report",
        Purpose::Convener => "account-consent-convener",
    };
    tr().t(key)
}

/// A person changes their own name, visibility, languages and consents.
pub async fn update_profile(
    State(state): State<AppState>,
    Me(me): Me,
    axum_extra::extract::Form(form): axum_extra::extract::Form<ProfileForm>,
) -> Result<Response, AppError> {
    let mut languages = form.languages;
    if !form.add_language.trim().is_empty() && !languages.contains(&form.add_language) {
        languages.push(form.add_language);
    }
    let languages = languages.join(" ");
    let profile = actions::ProfileForm {
        display_name: &form.display_name,
        visibility: &form.visibility,
        languages: &languages,
        consents: Consents {
            screen: form.consent_screen.as_deref() == Some("yes"),
            report: form.consent_report.as_deref() == Some("yes"),
            convener: form.consent_convener.as_deref() == Some("yes"),
        },
    };
    actions::update_profile(&state, &me, &profile, consent_wording).await?;
    Ok(Redirect::to("/account?saved=1").into_response())
}

#[derive(serde::Deserialize)]
pub struct PasswordForm {
    password: String,
    confirm: String,
}

/// An organiser sets a password, to sign in without a link.
pub async fn set_password(
    State(state): State<AppState>,
    Me(me): Me,
    axum::Form(form): axum::Form<PasswordForm>,
) -> Result<Response, AppError> {
    actions::set_password(&state, &me, form.password, &form.confirm).await?;
    Ok(Redirect::to("/account?saved=password").into_response())
}

/// Everything held about the signed-in person, as JSON.
pub async fn my_data(State(state): State<AppState>, Me(me): Me) -> Result<Response, AppError> {
    let c = state
        .store
        .current_consultation()
        .await?
        .ok_or(AppError::NotFound)?;
    let id = me.person_id.ok_or(AppError::NotFound)?;
    let person = state
        .store
        .person(c.id, id)
        .await?
        .ok_or(AppError::NotFound)?;
    let organisations = state.store.organisations(c.id).await?;
    let organisation = person
        .organisation_id
        .and_then(|o| organisations.iter().find(|org| org.id == o))
        .map(|o| {
            serde_json::json!({
                "name": o.name,
                "acronym": o.acronym,
                "country": o.country.map(|c| c.code()),
                "sectors": o.sectors.iter().chain(&o.tags).collect::<Vec<_>>(),
                "services": o.services,
                "languages": o.languages,
                "website": o.website,
                "corridors": o.corridors.iter().map(|c| c.pair()).collect::<Vec<_>>(),
            })
        });
    let account = state.store.account_of(id).await?;
    let mut body = serde_json::json!({
        "consultation": c.title,
        "time_zone": c.time_zone_name,
        "exported_at": crate::store::rfc3339(Timestamp::now().as_second(), &c.time_zone),
        "person": {
            "display_name": person.display_name,
            "role": person.role.as_str(),
            "country": person.country.map(|c| c.code()),
            "languages": person.languages,
            "email": person.email,
            "visibility": person.visibility.as_str(),
            "consent_screen": person.consents.screen,
            "consent_report": person.consents.report,
            "convener_named": person.consents.convener,
            "interface_language": account.ui_lang,
            "has_password": account.has_password,
            "has_calendar_feed": account.has_calendar_feed,
        },
        "organisation": organisation,
    });
    let sections = state.store.personal_data(id, &c.time_zone).await?;
    body.as_object_mut().expect("an object").extend(sections);
    Ok((
        [
            (axum::http::header::CONTENT_TYPE, "application/json"),
            (
                axum::http::header::CONTENT_DISPOSITION,
                "attachment; filename=\"my-data.json\"",
            ),
        ],
        serde_json::to_vec_pretty(&body).expect("JSON"),
    )
        .into_response())
}
