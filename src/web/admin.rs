//! Organisers' settings: who organises, screens, the program's visibility,
//! retention, and the audit log.

use askama::Template;
use axum::{
    extract::State,
    response::{IntoResponse, Redirect, Response},
};
use jiff::Timestamp;

use super::{
    AppState,
    auth::Me,
    pages::{Current, PageResult, render, tr},
    views::Layout,
};
use crate::{domain::Consultation, error::AppError, store::RemoveOrganiser};

#[derive(serde::Deserialize)]
pub struct ProgramVisibilityForm {
    #[serde(default)]
    program_public: Option<String>,
    /// "program" when the form is on the program editor, to return there.
    #[serde(default)]
    back: Option<String>,
}

/// Organisers open the program to anonymous visitors, or close it.
pub async fn program_visibility(
    State(state): State<AppState>,
    Me(me): Me,
    axum::Form(form): axum::Form<ProgramVisibilityForm>,
) -> Result<Response, AppError> {
    let c = state
        .store
        .current_consultation()
        .await?
        .ok_or(AppError::NotFound)?;
    let public = form.program_public.as_deref() == Some("yes");
    state.store.set_program_public(c.id, public).await?;
    let detail = if public {
        "public"
    } else {
        "signed-in people only"
    };
    state
        .audit(c.id, &me, "set the program's visibility", detail)
        .await?;
    if form.back.as_deref() == Some("program") {
        return Ok(Redirect::to("/admin/program#details").into_response());
    }
    Ok(Redirect::to("/account?saved=1").into_response())
}

#[derive(Template)]
#[template(path = "audit.html")]
pub struct AuditPage {
    pub page: Layout,
    pub entries: Vec<(String, String, String, String)>,
}

pub async fn audit(State(state): State<AppState>, Current(c): Current) -> PageResult {
    let tr = tr();
    let entries = state
        .store
        .audit_log(c.id, 500)
        .await?
        .into_iter()
        .map(|e| {
            let at = Timestamp::from_second(e.at)
                .map(|t| {
                    t.to_zoned(c.time_zone.clone())
                        .strftime("%Y-%m-%d %H:%M")
                        .to_string()
                })
                .unwrap_or_default();
            (at, e.actor_name, e.action, e.detail)
        })
        .collect();
    render(&AuditPage {
        page: Layout::for_consultation(tr, &c, tr.t("audit-title"), "account"),
        entries,
    })
}

#[derive(Template)]
#[template(path = "access.html")]
pub struct AccessPage {
    pub page: Layout,
    pub csrf: String,
    pub me: Option<i64>,
    pub organisers: Vec<crate::store::Organiser>,
    /// The first day a retention date may be.
    pub retention_min: String,
    pub retention_date: String,
    pub retention_done: Option<String>,
    /// A screen link just created: its address and QR code.
    pub screen_link: Option<(String, String)>,
    /// An API token just created, shown this once.
    pub new_token: Option<String>,
    pub tokens: Vec<crate::store::ApiToken>,
    pub notice: Option<String>,
}

impl AccessPage {
    pub fn is_me(&self, id: impl std::borrow::Borrow<i64>) -> bool {
        self.me == Some(*id.borrow())
    }
}

#[derive(serde::Deserialize, Default)]
pub struct AccessQuery {
    #[serde(default)]
    done: Option<String>,
}

/// What the access page shows once, after an action.
#[derive(Default)]
struct JustMade {
    screen_link: Option<(String, String)>,
    token: Option<String>,
    notice: Option<String>,
}

async fn access_page(
    state: &AppState,
    c: &Consultation,
    me: &crate::auth::Principal,
    made: JustMade,
) -> PageResult {
    let tr = tr();
    let retention = state.store.retention(c.id).await?;
    let day = |t: Timestamp| t.to_zoned(c.time_zone.clone()).date().to_string();
    render(&AccessPage {
        page: Layout::for_consultation(tr, c, tr.t("access-title"), "account"),
        csrf: me.csrf_token.clone(),
        me: me.person_id,
        organisers: state.store.organisers(c.id).await?,
        retention_min: c
            .end_date
            .tomorrow()
            .map(|d| d.to_string())
            .unwrap_or_default(),
        retention_date: retention.until.map(day).unwrap_or_default(),
        retention_done: retention.done_at.map(day),
        screen_link: made.screen_link,
        new_token: made.token,
        tokens: state.store.api_tokens(c.id).await?,
        notice: made.notice,
    })
}

pub async fn access(
    State(state): State<AppState>,
    Current(c): Current,
    Me(me): Me,
    axum::extract::Query(query): axum::extract::Query<AccessQuery>,
) -> PageResult {
    let notice = query.done.map(|what| {
        tr().t(&format!(
            "access-done-{}",
            what.replace(|c: char| !c.is_ascii_lowercase(), "")
        ))
    });
    access_page(
        &state,
        &c,
        &me,
        JustMade {
            notice,
            ..JustMade::default()
        },
    )
    .await
}

/// One organiser removes another; never the last one.
pub async fn remove_organiser(
    State(state): State<AppState>,
    Current(c): Current,
    Me(me): Me,
    axum::extract::Path(id): axum::extract::Path<i64>,
) -> Result<Response, AppError> {
    let outcome = state
        .store
        .remove_organiser(c.id, id, me.actor(), jiff::Timestamp::now())
        .await?;
    match outcome {
        RemoveOrganiser::Removed => {}
        RemoveOrganiser::NotFound => return Err(AppError::NotFound),
        RemoveOrganiser::LastOrganiser => {
            return Err(AppError::Conflict(
                "This is the last organiser; add another before removing them.".into(),
            ));
        }
    }
    let to = if Some(id) == me.person_id {
        "/"
    } else {
        "/admin/access?done=removed"
    };
    Ok(Redirect::to(to).into_response())
}

#[derive(serde::Deserialize)]
pub struct ScreenForm {
    label: String,
}

/// How long a screen link may wait to be opened, and a screen stays signed in.
const SCREEN_LINK_HOURS: i64 = 24;

/// Creates a single-use link that turns a device (the projector's laptop)
/// into a screen: read-only, with no personal data.
pub async fn create_screen(
    State(state): State<AppState>,
    Current(c): Current,
    Me(me): Me,
    headers: axum::http::HeaderMap,
    axum::Form(form): axum::Form<ScreenForm>,
) -> PageResult {
    let token =
        crate::issue_screen_link(&state.store, c.id, &form.label, SCREEN_LINK_HOURS).await?;
    state
        .audit(c.id, &me, "created a screen link", form.label.trim())
        .await?;
    let link = format!(
        "{}/signin/{token}",
        super::exports::base_url(&state, &headers)
    );
    let svg = super::invitations::qr_svg(&link)?;
    let made = JustMade {
        screen_link: Some((link, svg)),
        ..JustMade::default()
    };
    access_page(&state, &c, &me, made).await
}

/// Signs every screen out, for when a projector's laptop leaves the room.
pub async fn end_screens(
    State(state): State<AppState>,
    Current(c): Current,
    Me(me): Me,
) -> Result<Response, AppError> {
    let n = state.store.end_screen_sessions(c.id).await?;
    state
        .audit(
            c.id,
            &me,
            "signed out every screen",
            &format!("{n} screens"),
        )
        .await?;
    Ok(Redirect::to("/admin/access?done=screens").into_response())
}

#[derive(serde::Deserialize)]
pub struct RetentionForm {
    #[serde(default)]
    date: String,
}

/// Sets the day personal data is erased, or clears it with an empty date.
pub async fn set_retention(
    State(state): State<AppState>,
    Current(c): Current,
    Me(me): Me,
    axum::Form(form): axum::Form<RetentionForm>,
) -> Result<Response, AppError> {
    let date = form.date.trim();
    let until = if date.is_empty() {
        None
    } else {
        let day: jiff::civil::Date = date.parse().map_err(|_| {
            AppError::BadRequest(format!("{date:?} is not a date; use the form 2027-03-31."))
        })?;
        Some(
            crate::domain::privacy::retention_instant(day, c.end_date, &c.time_zone)
                .map_err(|e| AppError::BadRequest(e.to_string()))?,
        )
    };
    state.store.set_retention(c.id, until).await?;
    let detail = if date.is_empty() { "none" } else { date };
    state
        .audit(c.id, &me, "set the retention date", detail)
        .await?;
    Ok(Redirect::to("/admin/access?done=retention").into_response())
}

#[derive(serde::Deserialize)]
pub struct TokenForm {
    label: String,
}

/// Issues a bearer token for the JSON API, acting as this organiser; it is
/// shown once and only its hash is kept.
pub async fn create_api_token(
    State(state): State<AppState>,
    Current(c): Current,
    Me(me): Me,
    axum::Form(form): axum::Form<TokenForm>,
) -> PageResult {
    let organiser = me
        .person_id
        .ok_or_else(|| AppError::Forbidden("API tokens act as an organiser".into()))?;
    let now = Timestamp::now();
    let (token, hash) = crate::auth::token::generate();
    state
        .store
        .create_api_token(c.id, organiser, &form.label, &hash, now)
        .await?;
    state
        .audit(c.id, &me, "issued an API token", form.label.trim())
        .await?;
    let made = JustMade {
        token: Some(token),
        ..JustMade::default()
    };
    access_page(&state, &c, &me, made).await
}

pub async fn revoke_api_token(
    State(state): State<AppState>,
    Current(c): Current,
    Me(me): Me,
    axum::extract::Path(id): axum::extract::Path<i64>,
) -> Result<Response, AppError> {
    if !state
        .store
        .revoke_api_token(c.id, id, Timestamp::now())
        .await?
    {
        return Err(AppError::NotFound);
    }
    state
        .audit(c.id, &me, "revoked an API token", &id.to_string())
        .await?;
    Ok(Redirect::to("/admin/access?done=token").into_response())
}
