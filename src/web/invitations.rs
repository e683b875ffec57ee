//! Organisers invite people: single-use sign-in links, printed as badges
//! with a QR code. Only hashes are stored, so links are shown once, when
//! made; making new ones revokes the old.

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
    AppState,
    auth::Me,
    exports::base_url,
    pages::{Current, PageResult, render, tr},
    views::Layout,
};
use crate::{domain::Viewer, error::AppError, store::Erase};

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
    let tr = tr();
    let now = Timestamp::now();
    let d = state.store.directory(c.id, Viewer::Organiser).await?;
    let status = state.store.invitation_status(c.id, now).await?;
    let chosen: Vec<_> = match form.who.as_str() {
        "all" => d
            .people
            .iter()
            .filter(|p| {
                status
                    .iter()
                    .find(|s| s.person_id == p.id)
                    .is_none_or(|s| s.active_links == 0 && s.open_sessions == 0)
            })
            .collect(),
        id => {
            let id: i64 = id
                .parse()
                .map_err(|_| AppError::BadRequest("unknown person".into()))?;
            vec![
                d.people
                    .iter()
                    .find(|p| p.id == id)
                    .ok_or(AppError::NotFound)?,
            ]
        }
    };
    // Valid until a week after the consultation ends.
    let valid_hours = (c.end_date - c.local_date(now)).get_days().max(0) as i64 * 24 + 24 * 8;
    let base = base_url(&state, &headers);
    let mut badges = Vec::new();
    for person in &chosen {
        state.store.revoke_sign_in_links(person.id, now).await?;
        let token = crate::issue_sign_in_link(&state.store, person.id, valid_hours).await?;
        let link = format!("{base}/signin/{token}");
        badges.push(Badge {
            name: person.display_name.clone(),
            organisation: person
                .organisation_id
                .and_then(|id| d.organisation(id))
                .map(|o| o.short_name().to_owned()),
            country: person.country.map(|c| c.name_in(tr.lang()).to_owned()),
            qr_svg: qr_svg(&link)?,
            link,
        });
    }
    state
        .audit(
            c.id,
            &me,
            "issued sign-in links",
            &format!("{} people", badges.len()),
        )
        .await?;
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
    let d = state.store.directory(c.id, Viewer::Organiser).await?;
    let person = d
        .people
        .iter()
        .find(|p| p.id == id)
        .ok_or(AppError::NotFound)?;
    let now = Timestamp::now();
    let links = state.store.revoke_sign_in_links(id, now).await?;
    let sessions = state.store.end_all_sessions(id).await?;
    state
        .audit(
            c.id,
            &me,
            "revoked access",
            &format!(
                "{}: {links} links, {sessions} sessions",
                person.display_name
            ),
        )
        .await?;
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
    let outcome = state
        .store
        .erase_person(c.id, id, me.actor(), jiff::Timestamp::now())
        .await?;
    match outcome {
        Erase::Erased => {}
        Erase::NotFound => return Err(AppError::NotFound),
        Erase::LastOrganiser => {
            return Err(AppError::Conflict(
                "This is the last organiser; add another before erasing them.".into(),
            ));
        }
    }
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
