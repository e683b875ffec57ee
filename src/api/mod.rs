//! JSON API under `/api/v1`, described by an OpenAPI 3
//! document generated from these handlers at `/api/v1/openapi.json`. Every
//! answer goes through the same visibility filter as the pages.

mod floor;
mod open_space;
mod organisations;
mod polls;
mod program;
mod report;

use std::sync::OnceLock;

use axum::{
    Json, Router,
    extract::{DefaultBodyLimit, Path, Query, State},
    http::Method,
    response::{IntoResponse, Response},
};
use serde::Serialize;
use utoipa::{Modify, OpenApi, ToSchema};
use utoipa_axum::routes;

use crate::{
    app::{AppState, CurrentViewer, directory::FilterParams, routes::Routes},
    auth::access::Rule,
    domain::{
        Consultation, Corridor, PersonRef, Session, Viewer,
        directory::{Directory, Organisation, Person},
    },
    error::AppError,
    store::StoreError,
};

/// Where the API is served.
pub const PREFIX: &str = "/api/v1";

#[derive(OpenApi)]
#[openapi(
    info(
        title = "convene API",
        description = "A consultation's program, directory and open space. People appear \
                       only as their visibility allows the caller to see them; every action \
                       follows the same access rules as the pages."
    ),
    components(schemas(ErrorJson)),
    modifiers(&BearerAuth),
    security(("bearer" = []), ("cookie" = []))
)]
struct ApiDoc;

/// Every route of the API with its access rule; the OpenAPI document is
/// built from the same declarations.
pub fn routes(upload_limit: DefaultBodyLimit) -> Routes {
    let r = Routes::nested_at(PREFIX)
        .route(
            Method::GET,
            "/openapi.json",
            Rule::Anyone,
            axum::routing::get(openapi),
        )
        .api(Rule::Program, routes!(consultation))
        .api(Rule::Program, routes!(sessions))
        .api(Rule::Program, routes!(session))
        .api(Rule::People, routes!(people))
        .api(Rule::People, routes!(person))
        .api(Rule::People, routes!(organisations))
        .api(Rule::People, routes!(organisation))
        .api(Rule::People, routes!(corridors))
        .api(Rule::People, routes!(corridor));
    let r = open_space::routes(r);
    let r = organisations::routes(r);
    let r = floor::routes(r);
    let r = polls::routes(r);
    let r = program::routes(r, upload_limit);
    report::routes(r)
}

/// The API's router, to nest at [`PREFIX`]: every error answer is JSON.
pub fn router(routes: Router<AppState>) -> Router<AppState> {
    routes
        .fallback(|| async { ApiError(AppError::NotFound) })
        .layer(axum::middleware::from_fn(json_errors))
}

/// The OpenAPI document of every route [`routes`] declares.
pub fn document() -> &'static utoipa::openapi::OpenApi {
    static DOCUMENT: OnceLock<utoipa::openapi::OpenApi> = OnceLock::new();
    DOCUMENT.get_or_init(|| {
        let (_, paths, _) = routes(DefaultBodyLimit::disable()).into_parts();
        let mut doc = ApiDoc::openapi();
        doc.merge(paths);
        CommonResponses.modify(&mut doc);
        doc
    })
}

async fn openapi() -> Json<&'static utoipa::openapi::OpenApi> {
    Json(document())
}

/// The two ways to call the API: an organiser's bearer token, or the
/// browser's session cookie (then with the `X-CSRF-Token` header on writes).
struct BearerAuth;

impl utoipa::Modify for BearerAuth {
    fn modify(&self, api: &mut utoipa::openapi::OpenApi) {
        use utoipa::openapi::security::{
            ApiKey, ApiKeyValue, HttpAuthScheme, HttpBuilder, SecurityScheme,
        };
        let components = api.components.get_or_insert_with(Default::default);
        components.add_security_scheme(
            "bearer",
            SecurityScheme::Http(HttpBuilder::new().scheme(HttpAuthScheme::Bearer).build()),
        );
        components.add_security_scheme(
            "cookie",
            SecurityScheme::ApiKey(ApiKey::Cookie(ApiKeyValue::new("convene_session"))),
        );
    }
}

/// Every error answer: `{"error": "what went wrong, for a person"}`.
#[derive(Serialize, ToSchema)]
struct ErrorJson {
    error: String,
}

/// Answers any operation can give, documented on each: bad input, no or
/// the wrong session, a method the path does not take, too many writes, a
/// server that cannot save.
struct CommonResponses;

impl utoipa::Modify for CommonResponses {
    fn modify(&self, api: &mut utoipa::openapi::OpenApi) {
        use utoipa::openapi::{Content, Ref, ResponseBuilder};
        let error = |description: &str| {
            ResponseBuilder::new()
                .description(description)
                .content(
                    "application/json",
                    Content::new(Some(Ref::from_schema_name("ErrorJson"))),
                )
                .build()
        };
        for (path, item) in api.paths.paths.iter_mut() {
            let operations = [
                (false, &mut item.get),
                (true, &mut item.put),
                (true, &mut item.post),
                (true, &mut item.delete),
            ];
            for (writes, operation) in operations {
                let Some(operation) = operation else { continue };
                let mut common = vec![
                    ("400", "The request is not valid; `error` says why"),
                    ("404", "No such thing, or not visible to the caller"),
                    ("405", "The path does not take this method"),
                    (
                        "503",
                        "The server cannot read or save right now; `error` says why",
                    ),
                ];
                if path != "/api/v1/openapi.json" {
                    common.push(("401", "Sign in first (a session cookie or a bearer token)"));
                    common.push((
                        "403",
                        "Not allowed for the caller's role, or a write without the CSRF token",
                    ));
                }
                if writes {
                    common.push(("429", "Too many writes; wait the `Retry-After` seconds"));
                }
                if operation.request_body.is_some() {
                    common.push(("413", "The body is too large"));
                    common.push(("415", "The body is not sent as the content type documented"));
                    common.push(("422", "The body does not fit the documented schema"));
                }
                for (status, description) in common {
                    operation
                        .responses
                        .responses
                        .entry(status.to_owned())
                        .or_insert_with(|| error(description).into());
                }
            }
        }
    }
}

/// Every error answer of the API is JSON, also those the extractors give
/// before a handler runs (a path id out of range, a body that is not
/// JSON): `{"error": their message}`.
async fn json_errors(request: axum::extract::Request, next: axum::middleware::Next) -> Response {
    let response = next.run(request).await;
    let is_json = response
        .headers()
        .get(axum::http::header::CONTENT_TYPE)
        .is_some_and(|v| v.as_bytes().starts_with(b"application/json"));
    if is_json || !(response.status().is_client_error() || response.status().is_server_error()) {
        return response;
    }
    let (mut parts, body) = response.into_parts();
    let text = axum::body::to_bytes(body, 64 * 1024)
        .await
        .map(|b| String::from_utf8_lossy(&b).trim().to_owned())
        .unwrap_or_default();
    let error = match text.is_empty() {
        true => parts
            .status
            .canonical_reason()
            .unwrap_or("error")
            .to_owned(),
        false => text,
    };
    parts.headers.remove(axum::http::header::CONTENT_LENGTH);
    parts.headers.insert(
        axum::http::header::CONTENT_TYPE,
        axum::http::HeaderValue::from_static("application/json"),
    );
    let body = serde_json::json!({ "error": error }).to_string();
    Response::from_parts(parts, axum::body::Body::from(body))
}

#[derive(Serialize, ToSchema)]
struct ConsultationJson {
    id: i64,
    title: String,
    /// Language of the title (BCP 47).
    title_lang: String,
    venue: String,
    /// IANA time zone of every time in the program.
    time_zone: String,
    start_date: String,
    end_date: String,
    languages: Vec<String>,
    demo: bool,
}

#[derive(Serialize, ToSchema)]
struct SessionPersonJson {
    id: i64,
    display_name: String,
    organisation: Option<String>,
    /// ISO 3166-1 alpha-2 code.
    country: Option<&'static str>,
}

#[derive(Serialize, ToSchema)]
struct SessionJson {
    id: i64,
    title: String,
    title_lang: String,
    description: String,
    /// plenary, facilitated-discussion, open-space, break or other.
    kind: &'static str,
    /// Local time with offset and time zone, e.g. `2026-11-28T09:30:00+07:00[Asia/Bangkok]`.
    starts_at: String,
    ends_at: String,
    room: Option<String>,
    languages: Vec<String>,
    interpretation: Vec<String>,
    facilitators: Vec<SessionPersonJson>,
    speakers: Vec<SessionPersonJson>,
    /// A cancelled session stays on the program, marked.
    cancelled: bool,
    /// Raised on every change (the iCal SEQUENCE).
    sequence: i64,
}

#[derive(Serialize, ToSchema)]
struct PersonJson {
    id: i64,
    display_name: String,
    organisation_id: Option<i64>,
    country: Option<&'static str>,
    /// organiser, facilitator or participant.
    role: &'static str,
    languages: Vec<String>,
    /// listed, organisers or hidden.
    visibility: &'static str,
    /// Present for organisers only.
    #[serde(skip_serializing_if = "Option::is_none")]
    email: Option<String>,
}

#[derive(Serialize, ToSchema)]
struct CorridorJson {
    /// `ORIGIN-DESTINATION`, e.g. `ID-SG`.
    key: String,
    origin: &'static str,
    destination: &'static str,
}

#[derive(Serialize, ToSchema)]
struct OrganisationJson {
    id: i64,
    name: String,
    acronym: Option<String>,
    country: Option<&'static str>,
    sectors: Vec<String>,
    services: Vec<String>,
    languages: Vec<String>,
    website: Option<String>,
    corridors: Vec<CorridorJson>,
}

#[derive(Serialize, ToSchema)]
struct CorridorCountJson {
    #[serde(flatten)]
    corridor: CorridorJson,
    /// How many organisations work on it.
    organisations: usize,
}

#[derive(Serialize, ToSchema)]
struct CorridorEndsJson {
    #[serde(flatten)]
    corridor: CorridorJson,
    /// Organisations in the origin country.
    origin_end: Vec<OrganisationJson>,
    /// Organisations in the destination country.
    destination_end: Vec<OrganisationJson>,
    /// Organisations elsewhere that work on it.
    elsewhere: Vec<OrganisationJson>,
}

fn session_person(p: &PersonRef) -> SessionPersonJson {
    SessionPersonJson {
        id: p.id,
        display_name: p.display_name.clone(),
        organisation: p.organisation.as_ref().map(|o| o.name.clone()),
        country: p.country.map(|c| c.code()),
    }
}

fn session_json(c: &Consultation, s: Session) -> SessionJson {
    let local = |t: jiff::Timestamp| t.to_zoned(c.time_zone.clone()).to_string();
    SessionJson {
        id: s.id,
        kind: s.kind.as_str(),
        starts_at: local(s.starts_at),
        ends_at: local(s.ends_at),
        facilitators: s.facilitators.iter().map(session_person).collect(),
        speakers: s.speakers.iter().map(session_person).collect(),
        title: s.title,
        title_lang: s.text_lang,
        description: s.description,
        room: s.room,
        languages: s.languages,
        interpretation: s.interpretation,
        cancelled: s.cancelled,
        sequence: s.sequence,
    }
}

fn corridor_json(c: &Corridor) -> CorridorJson {
    CorridorJson {
        key: c.key(),
        origin: c.origin.code(),
        destination: c.destination.code(),
    }
}

fn person_json(p: &Person, viewer: Viewer) -> PersonJson {
    PersonJson {
        id: p.id,
        display_name: p.display_name.clone(),
        organisation_id: p.organisation_id,
        country: p.country.map(|c| c.code()),
        role: p.role.as_str(),
        languages: p.languages.clone(),
        visibility: p.visibility.as_str(),
        email: p.email.clone().filter(|_| viewer == Viewer::Organiser),
    }
}

fn organisation_json(o: &Organisation) -> OrganisationJson {
    OrganisationJson {
        id: o.id,
        name: o.name.clone(),
        acronym: o.acronym.clone(),
        country: o.country.map(|c| c.code()),
        sectors: o.sectors.iter().chain(&o.tags).cloned().collect(),
        services: o.services.clone(),
        languages: o.languages.clone(),
        website: o.website.clone(),
        corridors: o.corridors.iter().map(corridor_json).collect(),
    }
}

async fn current(state: &AppState) -> Result<Consultation, ApiError> {
    Ok(state.consultation().await?)
}

async fn directory(state: &AppState, viewer: Viewer) -> Result<Directory, ApiError> {
    let c = current(state).await?;
    Ok(state.store.directory(c.id, viewer).await?)
}

fn id(raw: &str) -> Result<i64, ApiError> {
    raw.parse().map_err(|_| ApiError(AppError::NotFound))
}

/// The consultation.
#[utoipa::path(get, path = "/api/v1/consultation", responses(
    (status = 200, description = "OK", body = ConsultationJson),
    (status = 404, description = "No consultation yet"),
))]
async fn consultation(State(state): State<AppState>) -> Result<Json<ConsultationJson>, ApiError> {
    let c = current(&state).await?;
    Ok(Json(ConsultationJson {
        id: c.id,
        start_date: c.start_date.to_string(),
        end_date: c.end_date.to_string(),
        title: c.title,
        title_lang: c.title_lang,
        venue: c.venue,
        time_zone: c.time_zone_name,
        languages: c.languages,
        demo: c.is_demo,
    }))
}

/// Every session, in start order.
#[utoipa::path(get, path = "/api/v1/sessions", responses((status = 200, description = "OK", body = Vec<SessionJson>)))]
async fn sessions(
    State(state): State<AppState>,
    CurrentViewer(viewer): CurrentViewer,
) -> Result<Json<Vec<SessionJson>>, ApiError> {
    let c = current(&state).await?;
    let sessions = state.store.sessions(c.id, viewer).await?;
    Ok(Json(
        sessions.into_iter().map(|s| session_json(&c, s)).collect(),
    ))
}

/// One session.
#[utoipa::path(get, path = "/api/v1/sessions/{id}", params(("id" = i64, Path)), responses(
    (status = 200, description = "OK", body = SessionJson),
    (status = 404, description = "No such session"),
))]
async fn session(
    State(state): State<AppState>,
    CurrentViewer(viewer): CurrentViewer,
    Path(raw): Path<String>,
) -> Result<Json<SessionJson>, ApiError> {
    let c = current(&state).await?;
    let s = state
        .store
        .session(c.id, id(&raw)?, viewer)
        .await?
        .ok_or(ApiError(AppError::NotFound))?;
    Ok(Json(session_json(&c, s)))
}

/// People the caller may see, filtered.
#[utoipa::path(get, path = "/api/v1/people", params(FilterParams), responses(
    (status = 200, description = "OK", body = Vec<PersonJson>),
    (status = 400, description = "A filter value is not valid"),
))]
async fn people(
    State(state): State<AppState>,
    CurrentViewer(viewer): CurrentViewer,
    Query(params): Query<FilterParams>,
) -> Result<Json<Vec<PersonJson>>, ApiError> {
    let filter = params.parse()?;
    let d = directory(&state, viewer).await?;
    let (_, people) = d.search(&filter);
    Ok(Json(
        people.into_iter().map(|p| person_json(p, viewer)).collect(),
    ))
}

/// One person, if the caller may see them (otherwise 404, as if absent).
#[utoipa::path(get, path = "/api/v1/people/{id}", params(("id" = i64, Path)), responses(
    (status = 200, description = "OK", body = PersonJson),
    (status = 404, description = "No such person, or not visible to the caller"),
))]
async fn person(
    State(state): State<AppState>,
    CurrentViewer(viewer): CurrentViewer,
    Path(raw): Path<String>,
) -> Result<Json<PersonJson>, ApiError> {
    let id = id(&raw)?;
    let d = directory(&state, viewer).await?;
    let p = d
        .people
        .iter()
        .find(|p| p.id == id)
        .ok_or(ApiError(AppError::NotFound))?;
    Ok(Json(person_json(p, viewer)))
}

/// Organisations the caller may see, filtered.
#[utoipa::path(get, path = "/api/v1/organisations", params(FilterParams), responses(
    (status = 200, description = "OK", body = Vec<OrganisationJson>),
    (status = 400, description = "A filter value is not valid"),
))]
async fn organisations(
    State(state): State<AppState>,
    CurrentViewer(viewer): CurrentViewer,
    Query(params): Query<FilterParams>,
) -> Result<Json<Vec<OrganisationJson>>, ApiError> {
    let filter = params.parse()?;
    let d = directory(&state, viewer).await?;
    let (orgs, _) = d.search(&filter);
    Ok(Json(orgs.into_iter().map(organisation_json).collect()))
}

/// One organisation.
#[utoipa::path(get, path = "/api/v1/organisations/{id}", params(("id" = i64, Path)), responses(
    (status = 200, description = "OK", body = OrganisationJson),
    (status = 404, description = "No such organisation, or not visible to the caller"),
))]
async fn organisation(
    State(state): State<AppState>,
    CurrentViewer(viewer): CurrentViewer,
    Path(raw): Path<String>,
) -> Result<Json<OrganisationJson>, ApiError> {
    let id = id(&raw)?;
    let d = directory(&state, viewer).await?;
    let o = d.organisation(id).ok_or(ApiError(AppError::NotFound))?;
    Ok(Json(organisation_json(o)))
}

/// Every corridor among the organisations, most shared first.
#[utoipa::path(get, path = "/api/v1/corridors", responses((status = 200, description = "OK", body = Vec<CorridorCountJson>)))]
async fn corridors(
    State(state): State<AppState>,
    CurrentViewer(viewer): CurrentViewer,
) -> Result<Json<Vec<CorridorCountJson>>, ApiError> {
    let d = directory(&state, viewer).await?;
    Ok(Json(
        d.corridor_counts()
            .iter()
            .map(|(c, n)| CorridorCountJson {
                corridor: corridor_json(c),
                organisations: *n,
            })
            .collect(),
    ))
}

/// The organisations at each end of one corridor.
#[utoipa::path(get, path = "/api/v1/corridors/{key}", params(("key" = String, Path, example = "ID-SG")), responses(
    (status = 200, description = "OK", body = CorridorEndsJson),
    (status = 404, description = "Not a corridor of two known countries"),
))]
async fn corridor(
    State(state): State<AppState>,
    CurrentViewer(viewer): CurrentViewer,
    Path(key): Path<String>,
) -> Result<Json<CorridorEndsJson>, ApiError> {
    let corridor = Corridor::parse(&key).map_err(|_| ApiError(AppError::NotFound))?;
    let d = directory(&state, viewer).await?;
    let ends = d.corridor_ends(corridor);
    let list = |orgs: &[&Organisation]| orgs.iter().map(|o| organisation_json(o)).collect();
    Ok(Json(CorridorEndsJson {
        corridor: corridor_json(&corridor),
        origin_end: list(&ends.origin),
        destination_end: list(&ends.destination),
        elsewhere: list(&ends.elsewhere),
    }))
}

/// Errors of the JSON API: `{"error": "..."}` with the status.
pub struct ApiError(pub AppError);

impl From<AppError> for ApiError {
    fn from(e: AppError) -> Self {
        ApiError(e)
    }
}

impl From<StoreError> for ApiError {
    fn from(e: StoreError) -> Self {
        ApiError(e.into())
    }
}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        let status = self.0.status();
        let message = self.0.into_message();
        (status, axum::Json(serde_json::json!({ "error": message }))).into_response()
    }
}
