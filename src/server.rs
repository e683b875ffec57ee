//! The HTTP application: the pages and the JSON API, each declared with
//! its access rules, under one set of middleware.

use std::sync::Arc;

use axum::{Router, extract::DefaultBodyLimit};
use tower_http::compression::CompressionLayer;

use crate::{
    api,
    app::{AppState, routes::AccessTable},
    import::MAX_BYTES,
    web,
};

/// Room for a form's own fields around the largest accepted file.
fn upload_limit() -> DefaultBodyLimit {
    DefaultBodyLimit::max(MAX_BYTES + 64 * 1024)
}

/// The whole application, ready to serve.
pub fn router(state: AppState) -> Router {
    let (pages, _, mut access) = web::routes(upload_limit()).into_parts();
    let (events, _, events_access) = web::event_routes().into_parts();
    let (api_routes, _, api_access) = api::routes(upload_limit()).into_parts();
    access.extend(events_access);
    access.extend(api_access);
    let app = pages
        .nest(api::PREFIX, api::router(api_routes))
        .fallback(web::not_found)
        .layer(CompressionLayer::new())
        .merge(events);
    web::with_middleware(app, state, Arc::new(access))
}

/// Every route the application has, with its rule: what the access
/// middleware enforces.
pub fn access_table() -> AccessTable {
    let (_, _, mut access) = web::routes(upload_limit()).into_parts();
    access.extend(web::event_routes().into_parts().2);
    access.extend(api::routes(upload_limit()).into_parts().2);
    access
}
