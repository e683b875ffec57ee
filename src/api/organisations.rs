//! Organisations through the JSON API: add one, change one, merge two.
//! Organisers only; adapted from [`crate::app::organisations`], which the
//! pages share.

use axum::{
    Json,
    extract::{Path, State},
    http::StatusCode,
    response::Response,
};
use serde::Deserialize;
use utoipa::ToSchema;
use utoipa_axum::routes;

use super::{current, open_space::created};
use crate::{
    api::ApiError,
    app::{
        AppState, Me,
        organisations::{self as actions, OrganisationInput},
        routes::Routes,
    },
    auth::access::Rule,
};

pub fn routes(r: Routes) -> Routes {
    r.api(Rule::Organisers, routes!(create_organisation))
        .api(Rule::Organisers, routes!(update_organisation))
        .api(Rule::Organisers, routes!(merge_organisations))
}

/// Adds an organisation.
#[utoipa::path(post, path = "/api/v1/organisations", request_body = OrganisationInput, responses(
    (status = 201, description = "Added", body = super::open_space::CreatedJson),
    (status = 400, description = "An empty name, an unknown country, sector key, service or language, a corridor from a country to itself"),
    (status = 409, description = "Another organisation has this name or acronym"),
))]
async fn create_organisation(
    State(state): State<AppState>,
    Me(me): Me,
    Json(body): Json<OrganisationInput>,
) -> Result<Response, ApiError> {
    let c = current(&state).await?;
    let id = actions::save(&state, c.id, &me, None, &body).await?;
    Ok(created(id))
}

/// Changes every field of an organisation, its corridors included.
#[utoipa::path(put, path = "/api/v1/organisations/{id}", request_body = OrganisationInput, params(("id" = i64, Path)), responses(
    (status = 204, description = "Saved"),
    (status = 400, description = "An empty name, an unknown country, sector key, service or language, a corridor from a country to itself"),
    (status = 404, description = "No such organisation"),
    (status = 409, description = "Another organisation has this name or acronym"),
))]
async fn update_organisation(
    State(state): State<AppState>,
    Me(me): Me,
    Path(id): Path<i64>,
    Json(body): Json<OrganisationInput>,
) -> Result<StatusCode, ApiError> {
    let c = current(&state).await?;
    actions::save(&state, c.id, &me, Some(id), &body).await?;
    Ok(StatusCode::NO_CONTENT)
}

#[derive(Deserialize, ToSchema)]
pub struct MergeJson {
    /// The organisation folded into this one, then deleted.
    other: i64,
}

/// Merges a duplicate into this organisation: its people, topics and
/// corridors move here, and it is deleted.
#[utoipa::path(post, path = "/api/v1/organisations/{id}/merge", request_body = MergeJson, params(("id" = i64, Path)), responses(
    (status = 204, description = "Merged"),
    (status = 400, description = "An organisation merged into itself"),
    (status = 404, description = "No such organisation"),
))]
async fn merge_organisations(
    State(state): State<AppState>,
    Me(me): Me,
    Path(id): Path<i64>,
    Json(body): Json<MergeJson>,
) -> Result<StatusCode, ApiError> {
    let c = current(&state).await?;
    actions::merge(&state, c.id, &me, id, body.other).await?;
    Ok(StatusCode::NO_CONTENT)
}
