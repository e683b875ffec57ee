//! Organisers invite people: single-use sign-in links, printed as badges
//! with a QR code. Only hashes are stored, so links are shown once, when
//! made; making new ones revokes the old.

use crate::error::Words;
use askama::Template;
use axum::{
    Form,
    extract::{Path, Query, State},
    response::{IntoResponse, Redirect},
};
use jiff::Timestamp;
use serde::Deserialize;

use super::{
    AppState, Me,
    exports::base_url,
    pages::{Current, PageResult, render, tr},
    views::Layout,
};
use crate::{
    app::{
        mail_invitations as mail_actions,
        people::{self as actions, Invitees},
    },
    domain::{Viewer, invitation::MailTemplate},
    error::AppError,
    i18n::i18n,
};

pub struct InviteeRow {
    pub id: i64,
    pub name: String,
    pub organisation: Option<String>,
    pub status: String,
    /// The address, when the person has one.
    pub email: Option<String>,
    /// The last e-mail's fate, in words; and whether it failed.
    pub mail: Option<(String, bool)>,
}

/// Invitations by e-mail, when a mail server is configured.
pub struct MailPanel {
    pub server: String,
    /// This form's own key: the same form sent twice queues once.
    pub form_key: String,
    pub waiting: usize,
    pub sent: usize,
    pub failed: usize,
    pub without_address: usize,
    /// The wording's language, its subject and body, and the choices.
    pub lang: String,
    pub languages: Vec<(&'static str, String, bool)>,
    pub subject: String,
    pub body: String,
    pub customised: bool,
}

#[derive(Template)]
#[template(path = "invitations.html")]
pub struct InvitationsPage {
    pub page: Layout,
    pub csrf: String,
    pub people: Vec<InviteeRow>,
    pub mail: Option<MailPanel>,
    /// What the last press of "send" did, in words.
    pub notice: Option<String>,
}

#[derive(Debug, Default, Deserialize)]
pub struct ListQuery {
    /// The language of the wording shown.
    #[serde(default)]
    lang: String,
    #[serde(default)]
    queued: Option<usize>,
    #[serde(default)]
    repeated: Option<String>,
    #[serde(default)]
    saved: Option<String>,
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

pub async fn list(
    State(state): State<AppState>,
    Current(c): Current,
    Me(me): Me,
    Query(q): Query<ListQuery>,
) -> PageResult {
    let tr = tr();
    let d = state.store.directory(c.id, Viewer::Organiser).await?;
    let status = state
        .store
        .invitation_status(c.id, Timestamp::now())
        .await?;
    let mails = state.store.invitation_mail_status(c.id).await?;
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
                email: p.email.clone(),
                mail: mails.iter().find(|m| m.person_id == p.id).map(|m| {
                    let words = match (m.state.as_str(), &m.reply) {
                        ("sent", _) => tr.t_with("invitations-mail-sent", "address", &m.address),
                        ("failed", reply) => tr.t_args(
                            "invitations-mail-failed",
                            &[
                                ("address", &m.address),
                                ("reply", reply.as_deref().unwrap_or("")),
                            ],
                        ),
                        (_, Some(reply)) => tr.t_args(
                            "invitations-mail-retrying",
                            &[("address", &m.address), ("reply", reply)],
                        ),
                        _ => tr.t_with("invitations-mail-waiting", "address", &m.address),
                    };
                    (words, m.state == "failed")
                }),
            }
        })
        .collect::<Vec<InviteeRow>>();
    let mail = match &state.mailer {
        None => None,
        Some(mailer) => {
            let lang = i18n()
                .available()
                .into_iter()
                .find(|l| *l == q.lang)
                .unwrap_or(tr.lang());
            let custom = state.store.invitation_template(c.id, lang).await?;
            let wording = mail_actions::template(&state, c.id, lang).await?;
            let count = |state: &str| mails.iter().filter(|m| m.state == state).count();
            Some(MailPanel {
                server: mailer.server.clone(),
                form_key: crate::auth::token::generate().0,
                waiting: count("waiting") + count("sending"),
                sent: count("sent"),
                failed: count("failed"),
                without_address: people.iter().filter(|p| p.email.is_none()).count(),
                languages: i18n()
                    .available()
                    .into_iter()
                    .map(|l| (l, crate::i18n::own_name(l), l == lang))
                    .collect(),
                lang: lang.to_owned(),
                subject: wording.subject,
                body: wording.body,
                customised: custom.is_some(),
            })
        }
    };
    let notice = if let Some(n) = q.queued {
        Some(tr.t_count("invitations-mail-queued", n))
    } else if q.repeated.is_some() {
        Some(tr.t("invitations-mail-repeated"))
    } else if q.saved.is_some() {
        Some(tr.t("edit-saved"))
    } else {
        None
    };
    render(&InvitationsPage {
        page: Layout::for_consultation(tr, &c, tr.t("invitations-title"), "account"),
        csrf: me.csrf_token,
        people,
        mail,
        notice,
    })
}

#[derive(Deserialize)]
pub struct MailForm {
    /// `everyone`, `not-yet-in`, or one person id.
    who: String,
    form_key: String,
}

/// Queues invitations by e-mail; the sender sends them in the background.
pub async fn email(
    State(state): State<AppState>,
    Current(c): Current,
    headers: axum::http::HeaderMap,
    Me(me): Me,
    Form(form): Form<MailForm>,
) -> PageResult {
    let who = match form.who.as_str() {
        "everyone" => Invitees::Everyone,
        "not-yet-in" => Invitees::NotYetIn,
        id => Invitees::One(
            id.parse()
                .map_err(|_| AppError::bad_request(Words::new("error-unknown-person")))?,
        ),
    };
    let base = base_url(&state, &headers);
    let queued = mail_actions::queue(&state, &c, &me, who, &form.form_key, &base).await?;
    let to = if queued.repeated {
        "/admin/invitations?repeated=1".to_owned()
    } else {
        format!("/admin/invitations?queued={}", queued.queued)
    };
    Ok(Redirect::to(&to).into_response())
}

#[derive(Deserialize)]
pub struct TemplateForm {
    lang: String,
    #[serde(default)]
    subject: String,
    #[serde(default)]
    body: String,
}

/// Saves the invitation's wording in one language (empty: convene's own).
pub async fn save_template(
    State(state): State<AppState>,
    Current(c): Current,
    Me(me): Me,
    Form(form): Form<TemplateForm>,
) -> PageResult {
    let wording = MailTemplate {
        subject: form.subject,
        body: form.body,
    };
    mail_actions::save_template(&state, &c, &me, &form.lang, &wording).await?;
    Ok(Redirect::to(&format!(
        "/admin/invitations?lang={}&saved=1#wording",
        form.lang
    ))
    .into_response())
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

/// The QR code of a link as inline SVG.
pub(super) fn qr_svg(link: &str) -> Result<String, AppError> {
    crate::export::qr::svg(link).map_err(AppError::Internal)
}
