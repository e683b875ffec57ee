//! "My schedule": the sessions a person facilitates, speaks at or
//! remembers, and their open-space tables, by day; the *Remember* star's
//! form; and the personal calendar feed.

use askama::Template;
use axum::{
    extract::{Path, State},
    http::HeaderMap,
    response::{IntoResponse, Redirect, Response},
};
use axum_extra::extract::Form;
use serde::Deserialize;

use super::{
    exports::base_url,
    pages::{Current, PageResult, render, tr},
    views::Layout,
};
use crate::{
    app::{AppState, Me, my_schedule as actions, person},
    domain::my_schedule::{Entry, Part, What},
    error::AppError,
    export,
    i18n::Tr,
};

pub struct EntryView {
    pub href: String,
    pub title: String,
    pub lang: String,
    pub time: String,
    pub place: Option<String>,
    pub parts: Vec<String>,
    pub cancelled: bool,
}

#[derive(Template)]
#[template(path = "my_schedule.html")]
pub struct MySchedulePage {
    pub page: Layout,
    pub csrf: String,
    pub days: Vec<(String, Vec<EntryView>)>,
    /// The feed's address, https and webcal.
    pub feed: String,
    pub webcal: String,
    /// Open questionnaires the person has not answered: (id, title).
    pub questionnaires: Vec<(i64, String)>,
}

fn part_words(tr: Tr<'static>, part: Part) -> String {
    match part {
        Part::Facilitating => tr.t("my-part-facilitating"),
        Part::Speaking => tr.t("my-part-speaking"),
        Part::Remembered => tr.t("my-part-remembered"),
        Part::Convening => tr.t("my-part-convening"),
        Part::SignedUp => tr.t("my-part-signed-up"),
        Part::Waiting(place) => tr.t_with("my-part-waiting", "place", place),
    }
}

fn href(entry: &Entry) -> String {
    match entry.what {
        What::Session(id) => format!("/sessions/{id}"),
        What::Table { topic, .. } => format!("/topics/{topic}"),
    }
}

pub async fn page(
    State(state): State<AppState>,
    Current(c): Current,
    Me(me): Me,
    headers: HeaderMap,
) -> PageResult {
    let tr = tr();
    let entries = actions::schedule(&state, &c, person(&me)?).await?;
    let mut days: Vec<(String, Vec<EntryView>)> = Vec::new();
    for e in &entries {
        let day = tr.day(c.local_date(e.starts_at));
        let view = EntryView {
            href: href(e),
            title: e.title.clone(),
            lang: e.lang.clone(),
            time: tr.time_range(e.starts_at, e.ends_at, &c.time_zone),
            place: e.place.clone(),
            parts: e.parts.iter().map(|p| part_words(tr, *p)).collect(),
            cancelled: e.cancelled,
        };
        match days.last_mut() {
            Some((d, list)) if *d == day => list.push(view),
            _ => days.push((day, vec![view])),
        }
    }
    let token = actions::feed_token(&state, &me).await?;
    let feed = format!("{}/feeds/{token}/schedule.ics", base_url(&state, &headers));
    let webcal = feed
        .replacen("https://", "webcal://", 1)
        .replacen("http://", "webcal://", 1);
    let questionnaires = crate::app::questionnaires::waiting_for(&state, &c, person(&me)?)
        .await?
        .into_iter()
        .map(|q| {
            let title = crate::domain::questionnaire::text_in(&q.title, tr.lang(), &c.languages);
            (q.id, title.to_owned())
        })
        .collect();
    render(&MySchedulePage {
        page: Layout::for_consultation(tr, &c, tr.t("my-title"), "my"),
        csrf: me.csrf_token.clone(),
        days,
        feed,
        webcal,
        questionnaires,
    })
}

#[derive(Debug, Deserialize)]
pub struct RememberForm {
    /// "yes" to remember, "no" to forget.
    remember: String,
    /// The page the star was pressed on, to go back to.
    #[serde(default)]
    back: String,
}

pub async fn remember(
    State(state): State<AppState>,
    Current(c): Current,
    Me(me): Me,
    Path(id): Path<String>,
    Form(form): Form<RememberForm>,
) -> Result<Response, AppError> {
    let id: i64 = id.parse().map_err(|_| AppError::NotFound)?;
    let on = match form.remember.as_str() {
        "yes" => true,
        "no" => false,
        _ => {
            return Err(AppError::BadRequest(tr().t("error-remember-yes-no")));
        }
    };
    actions::remember(&state, &c, &me, id, on).await?;
    // Only a path of this site: never an address elsewhere.
    let back = Some(form.back.as_str())
        .filter(|b| b.starts_with('/') && !b.starts_with("//") && !b.contains(['\\', '\r', '\n']))
        .unwrap_or("/my");
    Ok(Redirect::to(&format!("{back}#session-{id}")).into_response())
}

pub async fn reset_feed(
    State(state): State<AppState>,
    Current(c): Current,
    Me(me): Me,
) -> Result<Response, AppError> {
    actions::reset_feed(&state, &c, &me).await?;
    Ok(Redirect::to("/my#calendar").into_response())
}

/// The personal feed: its address is the only key, so it answers 404 to
/// anything else, and it is never kept by caches on the way.
pub async fn feed(
    State(state): State<AppState>,
    Path(token): Path<String>,
    headers: HeaderMap,
) -> Result<Response, AppError> {
    let (c, person_id) = actions::feed_owner(&state, &token).await?;
    let person = state
        .store
        .person(c.id, person_id)
        .await?
        .ok_or(AppError::NotFound)?;
    let entries = actions::schedule(&state, &c, person_id).await?;
    let account = state.store.account_of(person_id).await?;
    let lang = account
        .ui_lang
        .or_else(|| person.languages.first().cloned())
        .unwrap_or_else(|| "en".into());
    let tr = crate::i18n::i18n().lang(&lang);
    let body = export::ical::personal_calendar(
        &c,
        &person.display_name,
        &entries,
        |e| {
            e.parts
                .iter()
                .map(|p| part_words(tr, *p))
                .collect::<Vec<_>>()
                .join(", ")
        },
        &base_url(&state, &headers),
        jiff::Timestamp::now(),
    );
    Ok((
        [
            (
                axum::http::header::CONTENT_TYPE,
                "text/calendar; charset=utf-8",
            ),
            (axum::http::header::CACHE_CONTROL, "private, no-store"),
        ],
        body,
    )
        .into_response())
}
