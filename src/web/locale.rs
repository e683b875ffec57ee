//! The language of each request's pages: the person's choice (saved with
//! their profile), else the switcher's cookie, else the browser's
//! `Accept-Language`, else the consultation's first language, else English.
//! Handlers and templates read it through [`super::pages::tr`], set for the
//! request's task, with the CSRF token and path the language switcher on
//! every page needs.

use crate::error::Words;
use axum::{
    Form,
    extract::{Request, State},
    http::{HeaderMap, header},
    middleware::Next,
    response::{IntoResponse, Redirect, Response},
};
use axum_extra::extract::cookie::{Cookie, CookieJar, SameSite};

use super::AppState;
use crate::{auth::Principal, error::AppError, i18n::i18n};

/// The cookie the switcher sets, for people not signed in.
pub const COOKIE: &str = "convene_lang";

/// What the pages of one request are rendered with.
#[derive(Debug, Clone)]
pub struct RequestUi {
    pub lang: &'static str,
    /// For the switcher's form; empty without a session.
    pub csrf: String,
    /// Where the switcher brings the person back to.
    pub path: String,
}

tokio::task_local! {
    static REQUEST_UI: RequestUi;
}

/// The language of the request being answered; English outside one.
pub fn current_lang() -> &'static str {
    REQUEST_UI.try_with(|ui| ui.lang).unwrap_or("en")
}

/// The request's switcher details, when answering a request.
pub fn current() -> Option<RequestUi> {
    REQUEST_UI.try_with(Clone::clone).ok()
}

/// A UI language we have for `tag` (`es-AR` → `es`), if any.
pub fn available(tag: &str) -> Option<&'static str> {
    let primary = tag.trim().split(['-', '_']).next()?.to_ascii_lowercase();
    i18n().available().into_iter().find(|have| *have == primary)
}

/// The best of the languages a browser asks for, by their `q` weights.
pub fn from_accept_language(header: &str) -> Option<&'static str> {
    let mut asked: Vec<(f32, usize, &str)> = header
        .split(',')
        .enumerate()
        .filter_map(|(i, part)| {
            let mut fields = part.split(';');
            let tag = fields.next()?.trim();
            let q = fields
                .find_map(|f| f.trim().strip_prefix("q="))
                .map_or(Some(1.0), |q| q.trim().parse::<f32>().ok())?;
            (q > 0.0 && !tag.is_empty() && tag != "*").then_some((q, i, tag))
        })
        .collect();
    asked.sort_by(|a, b| b.0.total_cmp(&a.0).then(a.1.cmp(&b.1)));
    asked.into_iter().find_map(|(_, _, tag)| available(tag))
}

/// Sets the request's language for everything the request renders.
pub async fn negotiate(
    State(state): State<AppState>,
    jar: CookieJar,
    request: Request,
    next: Next,
) -> Response {
    let principal = request.extensions().get::<Principal>();
    let chosen = principal
        .and_then(|p| p.ui_lang.as_deref())
        .and_then(available)
        .or_else(|| jar.get(COOKIE).and_then(|c| available(c.value())));
    let lang = match chosen.or_else(|| browser_language(request.headers())) {
        Some(lang) => lang,
        None => consultation_language(&state).await,
    };
    let ui = RequestUi {
        lang,
        csrf: principal.map(|p| p.csrf_token.clone()).unwrap_or_default(),
        path: request
            .uri()
            .path_and_query()
            .map_or("/".to_owned(), |p| p.as_str().to_owned()),
    };
    REQUEST_UI.scope(ui, next.run(request)).await
}

fn browser_language(headers: &HeaderMap) -> Option<&'static str> {
    headers
        .get(header::ACCEPT_LANGUAGE)
        .and_then(|v| v.to_str().ok())
        .and_then(from_accept_language)
}

/// The first of the consultation's languages that the pages come in.
async fn consultation_language(state: &AppState) -> &'static str {
    let Ok(Some(c)) = state.store.current_consultation().await else {
        return "en";
    };
    c.languages
        .iter()
        .find_map(|l| available(l))
        .unwrap_or("en")
}

#[derive(serde::Deserialize)]
pub struct SwitchForm {
    #[serde(default)]
    lang: String,
    #[serde(default)]
    back: String,
}

/// The switcher: remembers the language on this device, and with the
/// person's profile when they are signed in; then back to the page.
pub async fn switch(
    State(state): State<AppState>,
    jar: CookieJar,
    super::Me(me): super::Me,
    Form(form): Form<SwitchForm>,
) -> Result<Response, AppError> {
    let lang = available(&form.lang).ok_or_else(|| {
        AppError::bad_request(Words::new("error-no-pages-in").with("value", &form.lang))
    })?;
    if let Some(person) = me.person_id {
        state.store.set_ui_lang(person, lang).await?;
    }
    let cookie = Cookie::build((COOKIE, lang))
        .path("/")
        .http_only(true)
        .same_site(SameSite::Lax)
        .secure(state.secure_cookies)
        .max_age(cookie::time::Duration::days(365))
        .build();
    // Only a path of this site: never an open redirect.
    let back = match form.back.as_str() {
        b if b.starts_with('/') && !b.starts_with("//") && !b.starts_with("/\\") => b,
        _ => "/",
    };
    Ok((jar.add(cookie), Redirect::to(back)).into_response())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn browsers_get_the_closest_language_there_is() {
        assert_eq!(from_accept_language("xx, en;q=0.5"), Some("en"));
        assert_eq!(from_accept_language("tlh, *;q=0.1"), None);
        assert_eq!(from_accept_language(""), None);
        assert_eq!(from_accept_language("en;q=0, xx"), None);
        assert_eq!(from_accept_language("en;q=garbage"), None);
    }
}
