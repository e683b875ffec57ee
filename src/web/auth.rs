//! Sign-in, sessions and the enforcement of the access table.

use crate::error::Words;
use askama::Template;
use axum::{
    extract::{MatchedPath, Path, Request, State},
    http::{HeaderMap, Method, StatusCode},
    middleware::Next,
    response::{IntoResponse, Redirect, Response},
};
use axum_extra::extract::cookie::{Cookie, CookieJar, SameSite};
use jiff::Timestamp;

use super::{
    AppState, Me, json_error,
    pages::{Current, PageResult, render, tr},
    views::{Layout, MessagePage},
};
use std::sync::Arc;

use crate::{
    app::{
        routes::AccessTable,
        sign_in::{self, NewSession, SESSION_DAYS},
    },
    auth::{Principal, Role, access::Rule, token},
    error::AppError,
};

pub const COOKIE: &str = "convene_session";

/// Resolves the session cookie into the request's [`Principal`].
pub async fn resolve_session(
    State(state): State<AppState>,
    jar: CookieJar,
    mut request: Request,
    next: Next,
) -> Response {
    let bearer = request
        .headers()
        .get(axum::http::header::AUTHORIZATION)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.strip_prefix("Bearer "))
        .map(str::to_owned);
    if let Some(token) = bearer {
        // An API client: the token acts as the organiser who issued it. A
        // browser never sends it by itself, so it needs no CSRF token.
        let principal = state
            .store
            .api_token_principal(&token::hash(token.trim()))
            .await
            .unwrap_or_else(|e| {
                tracing::error!(error = %e, "token lookup failed");
                None
            });
        let Some(principal) = principal else {
            return json_error(AppError::Unauthorized);
        };
        request.extensions_mut().insert(principal);
        return next.run(request).await;
    }
    let principal = match jar.get(COOKIE) {
        Some(cookie) => state
            .store
            .session_principal(&token::hash(cookie.value()), Timestamp::now())
            .await
            .unwrap_or_else(|e| {
                tracing::error!(error = %e, "session lookup failed");
                None
            })
            .unwrap_or_else(Principal::anonymous),
        None => Principal::anonymous(),
    };
    request.extensions_mut().insert(principal);
    next.run(request).await
}

/// Applies the access table and CSRF protection before any handler runs.
pub async fn enforce(
    State((state, access)): State<(AppState, Arc<AccessTable>)>,
    mut request: Request,
    next: Next,
) -> Response {
    let path = request
        .extensions()
        .get::<MatchedPath>()
        .map(|m| m.as_str().to_owned())
        .unwrap_or_default();
    let principal = request
        .extensions()
        .get::<Principal>()
        .cloned()
        .unwrap_or_else(Principal::anonymous);
    let method = request.method().clone();
    let api = path.starts_with("/api/");
    let refuse = |error: AppError| match api {
        true => json_error(error),
        false => error.into_response(),
    };
    let Some(rule) = access.rule(&method, &path) else {
        let allowed = access.methods(&path);
        if !allowed.is_empty() {
            return method_not_allowed(api, &allowed);
        }
        tracing::error!(%method, path, "route without an entry in the access table: denied");
        return refuse(AppError::NotFound);
    };
    let program_public = match rule {
        Rule::Program if principal.role == Role::Anonymous => {
            match state.store.current_consultation().await {
                Ok(c) => c.is_none_or(|c| c.program_public),
                Err(e) => return refuse(e.into()),
            }
        }
        _ => false,
    };
    if !rule.allows(principal.role, program_public) {
        tracing::info!(%method, path, role = principal.role.as_str(), "denied");
        return denied(&principal, &path);
    }
    if !is_safe(&method) {
        let checked = match check_origin(request.headers()) {
            Ok(()) if principal.session_id.is_some() => {
                let given;
                (request, given) = csrf_token_given(request).await;
                check_token(&principal, given.as_deref())
            }
            other => other,
        };
        if let Err(reason) = checked {
            tracing::warn!(%method, path, reason, "refused a state change");
            return refuse(AppError::Forbidden(reason.to_owned()));
        }
    }
    if let Some(refusal) = rate_limit(&state, &request, &principal, &path) {
        return refusal;
    }
    next.run(request).await
}

/// Sign-in per client address; state changes per signed-in person. Returns
/// the refusal when over the limit.
fn rate_limit(
    state: &AppState,
    request: &Request,
    principal: &Principal,
    path: &str,
) -> Option<Response> {
    // Link redemption, and password sign-in (a POST to /signin).
    let signing_in =
        path.starts_with("/signin/") || (path == "/signin" && !is_safe(request.method()));
    let allowed = if signing_in {
        let peer = request
            .extensions()
            .get::<axum::extract::ConnectInfo<std::net::SocketAddr>>()
            .map(|c| c.0);
        match crate::app::limits::client_ip(peer, request.headers(), &state.trusted_proxies) {
            Some(ip) => state.limits.allow_sign_in(ip),
            None => true,
        }
    } else if !is_safe(request.method())
        && principal.role != Role::Organiser
        && let Some(person) = principal.person_id
    {
        // Organisers are not limited: at the venue they type in dozens of
        // topics and tables in a few minutes.
        state.limits.allow_post(person)
    } else {
        true
    };
    if allowed {
        return None;
    }
    tracing::warn!(path, "rate limited");
    let message = "Too many requests; wait a moment and try again.";
    let retry = [(axum::http::header::RETRY_AFTER, "30")];
    let status = StatusCode::TOO_MANY_REQUESTS;
    Some(match path.starts_with("/api/") {
        true => (
            status,
            retry,
            axum::Json(serde_json::json!({ "error": message })),
        )
            .into_response(),
        false => (status, retry, message).into_response(),
    })
}

/// A path that exists, asked with a method it does not take.
fn method_not_allowed(api: bool, allowed: &[&str]) -> Response {
    let mut allow = allowed.to_vec();
    if allow.contains(&"GET") {
        allow.push("HEAD");
    }
    let message = format!("This address takes {} only.", allow.join(", "));
    let allow = [(axum::http::header::ALLOW, allow.join(", "))];
    let status = StatusCode::METHOD_NOT_ALLOWED;
    match api {
        true => (
            status,
            allow,
            axum::Json(serde_json::json!({ "error": message })),
        )
            .into_response(),
        false => (status, allow, message).into_response(),
    }
}

fn denied(principal: &Principal, path: &str) -> Response {
    let api = path.starts_with("/api/");
    match (principal.role, api) {
        (Role::Anonymous, false) => Redirect::to("/signin").into_response(),
        (Role::Anonymous, true) => json_error(AppError::Unauthorized),
        (_, true) => json_error(AppError::Forbidden("not allowed for your role".into())),
        (_, false) => AppError::forbidden(Words::new("error-not-for-your-role")).into_response(),
    }
}

fn is_safe(method: &Method) -> bool {
    matches!(*method, Method::GET | Method::HEAD | Method::OPTIONS)
}

/// Same-origin requests only. Browsers say where a request comes from in
/// `Sec-Fetch-Site`; older ones in `Origin`, which is `null` under our
/// `Referrer-Policy: no-referrer`, so then only the CSRF token can tell.
fn check_origin(headers: &HeaderMap) -> Result<(), &'static str> {
    let header = |name| {
        headers
            .get(name)
            .and_then(|v: &axum::http::HeaderValue| v.to_str().ok())
    };
    if let Some(site) = header("sec-fetch-site") {
        if !matches!(site, "same-origin" | "none") {
            return Err("cross-site request");
        }
    } else if let (Some(origin), Some(host)) = (header("origin"), header("host"))
        && origin != "null"
        && origin.split("://").nth(1) != Some(host)
    {
        return Err("request from another origin");
    }
    Ok(())
}

fn check_token(principal: &Principal, given: Option<&str>) -> Result<(), &'static str> {
    match given {
        Some(given) if token::same(given, &principal.csrf_token) => Ok(()),
        Some(_) => Err("wrong CSRF token"),
        None => Err("missing CSRF token"),
    }
}

/// The session's CSRF token as the request gives it: the `X-CSRF-Token`
/// header (scripts, API clients), the `csrf` query parameter, or a form's
/// hidden `csrf` field. Forms send it in their body so that it never shows
/// in the address bar of the page a POST answers with; the body is read
/// here and handed on unchanged.
async fn csrf_token_given(request: Request) -> (Request, Option<String>) {
    let header = request
        .headers()
        .get("x-csrf-token")
        .and_then(|v| v.to_str().ok());
    let query = request
        .uri()
        .query()
        .into_iter()
        .flat_map(|q| q.split('&'))
        .find_map(|pair| pair.strip_prefix("csrf="));
    if let Some(given) = header.or(query) {
        let given = given.to_owned();
        return (request, Some(given));
    }
    let content_type = request
        .headers()
        .get(axum::http::header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .unwrap_or("")
        .to_owned();
    let (parts, body) = request.into_parts();
    let Ok(bytes) = axum::body::to_bytes(body, crate::import::MAX_BYTES + 64 * 1024).await else {
        return (Request::from_parts(parts, axum::body::Body::empty()), None);
    };
    let given = if content_type.starts_with("application/x-www-form-urlencoded") {
        form_urlencoded::parse(&bytes)
            .find(|(name, _)| name == "csrf")
            .map(|(_, value)| value.into_owned())
    } else if content_type.starts_with("multipart/form-data") {
        multipart_csrf(&bytes)
    } else {
        None
    };
    (
        Request::from_parts(parts, axum::body::Body::from(bytes)),
        given,
    )
}

/// The value of a multipart form's `csrf` part (forms put it first).
fn multipart_csrf(body: &[u8]) -> Option<String> {
    let marker = b"name=\"csrf\"";
    let at = body.windows(marker.len()).position(|w| w == marker)?;
    let rest = &body[at..];
    let start = rest.windows(4).position(|w| w == b"\r\n\r\n")? + 4;
    let len = rest[start..].windows(2).position(|w| w == b"\r\n")?;
    std::str::from_utf8(&rest[start..start + len])
        .ok()
        .map(str::to_owned)
}

#[derive(Template)]
#[template(path = "signin.html")]
pub struct SignInPage {
    pub page: Layout,
    /// Whom the link signs in: a person's name, or a screen's label.
    pub holder: Option<String>,
    pub screen: bool,
    pub action: String,
    /// Someone already signed in on this device switches accounts: their
    /// current session's token authorises the change.
    pub csrf: String,
    /// The name typed before a refused password sign-in.
    pub error: Option<String>,
}

pub async fn signin_page(State(state): State<AppState>) -> PageResult {
    let tr = tr();
    let page = match state.store.current_consultation().await? {
        Some(c) => Layout::for_consultation(tr, &c, tr.t("signin-title"), "account"),
        None => Layout::new(tr, tr.t("signin-title"), "account"),
    };
    render(&SignInPage {
        page,
        holder: None,
        screen: false,
        action: String::new(),
        csrf: String::new(),
        error: None,
    })
}

/// Shows whom a link signs in, with a button: following the link alone
/// changes nothing, so link previews and prefetchers cannot use it up.
pub async fn signin_confirm(
    State(state): State<AppState>,
    Current(c): Current,
    Me(me): Me,
    Path(raw): Path<String>,
) -> PageResult {
    let tr = tr();
    let hash = token::hash(&raw);
    let now = Timestamp::now();
    let (holder, screen) = match state.store.sign_in_link_holder(&hash, now).await? {
        Some(holder) => (holder.name, false),
        None => match state.store.screen_link_label(&hash, now).await? {
            Some(label) => (label, true),
            None => return invalid_link(),
        },
    };
    render(&SignInPage {
        page: Layout::for_consultation(tr, &c, tr.t("signin-title"), "account"),
        holder: Some(holder),
        screen,
        error: None,
        action: format!("/signin/{raw}"),
        csrf: me.session_id.map(|_| me.csrf_token).unwrap_or_default(),
    })
}

/// The same answer whether the link never existed, was used, revoked or
/// expired: it does not reveal whether a person exists.
fn invalid_link() -> PageResult {
    let mut page = MessagePage::new("signin-invalid-title", "signin-invalid-body");
    page.page.active = "account";
    let mut response = render(&page)?;
    *response.status_mut() = StatusCode::NOT_FOUND;
    Ok(response)
}

pub async fn signin_redeem(
    State(state): State<AppState>,
    jar: CookieJar,
    Me(me): Me,
    Path(raw): Path<String>,
) -> Result<Response, AppError> {
    let Some(session) = sign_in::with_link(&state, &me, &raw).await? else {
        return invalid_link();
    };
    Ok((jar.add(session_cookie(&state, session)), Redirect::to("/")).into_response())
}

fn session_cookie(state: &AppState, session: NewSession) -> Cookie<'static> {
    Cookie::build((COOKIE, session.0))
        .http_only(true)
        .same_site(SameSite::Lax)
        .secure(state.secure_cookies)
        .path("/")
        .max_age(cookie::time::Duration::days(SESSION_DAYS))
        .build()
}

#[derive(serde::Deserialize)]
pub struct PasswordSignIn {
    name: String,
    password: String,
}

/// Organisers who set a password sign in with their name and it. A wrong
/// name and a wrong password get the same answer, in the same time.
pub async fn signin_password(
    State(state): State<AppState>,
    Current(c): Current,
    jar: CookieJar,
    Me(me): Me,
    axum::Form(form): axum::Form<PasswordSignIn>,
) -> Result<Response, AppError> {
    let signed_in = sign_in::with_password(&state, &c, &me, &form.name, form.password).await?;
    let Some(session) = signed_in else {
        let tr = tr();
        let mut response = render(&SignInPage {
            page: Layout::for_consultation(tr, &c, tr.t("signin-title"), "account"),
            holder: None,
            screen: false,
            action: String::new(),
            csrf: String::new(),
            error: Some(form.name),
        })?;
        *response.status_mut() = StatusCode::UNAUTHORIZED;
        return Ok(response);
    };
    Ok((jar.add(session_cookie(&state, session)), Redirect::to("/")).into_response())
}

fn clear_cookie(jar: CookieJar) -> CookieJar {
    jar.remove(Cookie::build(COOKIE).path("/"))
}

pub async fn signout(
    State(state): State<AppState>,
    jar: CookieJar,
    Me(me): Me,
) -> Result<Response, AppError> {
    sign_in::sign_out(&state, &me).await?;
    Ok((clear_cookie(jar), Redirect::to("/")).into_response())
}

pub async fn signout_everywhere(
    State(state): State<AppState>,
    jar: CookieJar,
    Me(me): Me,
) -> Result<Response, AppError> {
    sign_in::sign_out_everywhere(&state, &me).await?;
    Ok((clear_cookie(jar), Redirect::to("/")).into_response())
}
