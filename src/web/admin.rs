//! Organisers' settings: who organises, screens, the program's visibility,
//! retention, and the audit log.

use super::{
    AppState, Me,
    pages::{Current, PageResult, render, tr},
    views::Layout,
};
use crate::{app::admin as actions, domain::Consultation, error::AppError};
use askama::Template;
use axum::{
    extract::State,
    response::{IntoResponse, Redirect, Response},
};

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
    Current(c): Current,
    Me(me): Me,
    axum::Form(form): axum::Form<ProgramVisibilityForm>,
) -> Result<Response, AppError> {
    let public = form.program_public.as_deref() == Some("yes");
    actions::set_program_public(&state, &c, &me, public).await?;
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
            let at = jiff::Timestamp::from_second(e.at)
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
    let day = |t: jiff::Timestamp| t.to_zoned(c.time_zone.clone()).date().to_string();
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
    actions::remove_organiser(&state, &c, &me, id).await?;
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

/// Creates a single-use link that turns a device (the projector's laptop)
/// into a screen, and shows it once.
pub async fn create_screen(
    State(state): State<AppState>,
    Current(c): Current,
    Me(me): Me,
    headers: axum::http::HeaderMap,
    axum::Form(form): axum::Form<ScreenForm>,
) -> PageResult {
    let token = actions::create_screen_link(&state, &c, &me, &form.label).await?;
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
    actions::end_screens(&state, &c, &me).await?;
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
    actions::set_retention(&state, &c, &me, &form.date).await?;
    Ok(Redirect::to("/admin/access?done=retention").into_response())
}

#[derive(serde::Deserialize)]
pub struct TokenForm {
    label: String,
}

/// Issues a bearer token for the JSON API, acting as this organiser; it is
/// shown once.
pub async fn create_api_token(
    State(state): State<AppState>,
    Current(c): Current,
    Me(me): Me,
    axum::Form(form): axum::Form<TokenForm>,
) -> PageResult {
    let token = actions::create_api_token(&state, &c, &me, &form.label).await?;
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
    actions::revoke_api_token(&state, &c, &me, id).await?;
    Ok(Redirect::to("/admin/access?done=token").into_response())
}
