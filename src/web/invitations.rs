//! Organisers invite people: single-use sign-in links, printed as badges
//! with a QR code. Only hashes are stored, so links are shown once, when
//! made; making new ones revokes the old.

use crate::error::Words;
use askama::Template;
use axum::{
    Form,
    extract::{Path, State},
    response::{IntoResponse, Redirect},
};
use jiff::Timestamp;
use qrcode::{QrCode, render::svg};
use serde::Deserialize;

use super::{
    AppState, Me,
    exports::base_url,
    pages::{Current, PageResult, render, tr},
    views::Layout,
};
use crate::{
    app::people::{self as actions, Invitees},
    domain::Viewer,
    error::AppError,
};

pub struct InviteeRow {
    pub id: i64,
    pub name: String,
    pub organisation: Option<String>,
    pub status: String,
}

#[derive(Template)]
#[template(path = "invitations.html")]
pub struct InvitationsPage {
    pub page: Layout,
    pub csrf: String,
    pub people: Vec<InviteeRow>,
}

pub struct Badge {
    pub name: String,
    pub organisation: Option<String>,
    pub country: Option<String>,
    pub link: String,
    pub qr_svg: String,
}

#[derive(Template)]
#[template(path = "badges.html")]
pub struct BadgesPage {
    pub page: Layout,
    pub badges: Vec<Badge>,
}

pub async fn list(State(state): State<AppState>, Current(c): Current, Me(me): Me) -> PageResult {
    let tr = tr();
    let d = state.store.directory(c.id, Viewer::Organiser).await?;
    let status = state
        .store
        .invitation_status(c.id, Timestamp::now())
        .await?;
    let people = d
        .people
        .iter()
        .map(|p| {
            let s = status.iter().find(|s| s.person_id == p.id);
            let key = match s {
                Some(s) if s.open_sessions > 0 => "invitations-signed-in",
                Some(s) if s.active_links > 0 => "invitations-invited",
                _ => "invitations-none",
            };
            InviteeRow {
                id: p.id,
                name: p.display_name.clone(),
                organisation: p
                    .organisation_id
                    .and_then(|id| d.organisation(id))
                    .map(|o| o.short_name().to_owned()),
                status: tr.t(key),
            }
        })
        .collect();
    render(&InvitationsPage {
        page: Layout::for_consultation(tr, &c, tr.t("invitations-title"), "account"),
        csrf: me.csrf_token,
        people,
    })
}

#[derive(Deserialize)]
pub struct IssueForm {
    /// `all` for everyone not yet signed in or invited, else one person id.
    who: String,
}

/// Makes new links (revoking older unused ones) and shows them as badges.
pub async fn issue(
    State(state): State<AppState>,
    Current(c): Current,
    headers: axum::http::HeaderMap,
    Me(me): Me,
    Form(form): Form<IssueForm>,
) -> PageResult {
    let who = match form.who.as_str() {
        "all" => Invitees::NotYetIn,
        id => Invitees::One(
            id.parse()
                .map_err(|_| AppError::bad_request(Words::new("error-unknown-person")))?,
        ),
    };
    let invited = actions::invite(&state, &c, &me, who).await?;
    let tr = tr();
    let base = base_url(&state, &headers);
    let badges = invited
        .people()
        .map(|(person, token)| {
            let link = format!("{base}/signin/{token}");
            Ok(Badge {
                name: person.display_name.clone(),
                organisation: person
                    .organisation_id
                    .and_then(|id| invited.directory.organisation(id))
                    .map(|o| o.short_name().to_owned()),
                country: person.country.map(|c| c.name_in(tr.lang()).to_owned()),
                qr_svg: qr_svg(&link)?,
                link,
            })
        })
        .collect::<Result<Vec<_>, AppError>>()?;
    render(&BadgesPage {
        page: Layout::for_consultation(tr, &c, tr.t("badges-title"), "account"),
        badges,
    })
}

pub async fn revoke(
    State(state): State<AppState>,
    Current(c): Current,
    Me(me): Me,
    Path(id): Path<String>,
) -> PageResult {
    let id: i64 = id.parse().map_err(|_| AppError::NotFound)?;
    actions::revoke_access(&state, &c, &me, id).await?;
    Ok(Redirect::to("/admin/invitations").into_response())
}

#[derive(Deserialize)]
pub struct EraseForm {
    #[serde(default)]
    confirm: String,
}

/// Erases a person and their personal data; recorded in the audit log.
pub async fn erase(
    State(state): State<AppState>,
    Current(c): Current,
    Me(me): Me,
    Path(id): Path<String>,
    Form(form): Form<EraseForm>,
) -> PageResult {
    if form.confirm != "yes" {
        return Err(AppError::BadRequest(tr().t("erase-unconfirmed")));
    }
    let id: i64 = id.parse().map_err(|_| AppError::NotFound)?;
    if me.person_id == Some(id) {
        return Err(AppError::BadRequest(tr().t("erase-self")));
    }
    actions::erase(&state, &c, &me, id).await?;
    Ok(Redirect::to("/admin/invitations").into_response())
}

/// The QR code of a link as inline SVG; the input is our own URL, never user text.
pub(super) fn qr_svg(link: &str) -> Result<String, AppError> {
    let code =
        QrCode::new(link.as_bytes()).map_err(|e| AppError::Internal(format!("QR code: {e}")))?;
    Ok(code
        .render::<svg::Color>()
        .min_dimensions(160, 160)
        .quiet_zone(true)
        .build())
}
