//! The web interface: server-rendered pages that work without JavaScript.

mod assets;
pub mod directory;
mod exports;
mod format;
mod import;
mod pages;
mod views;

pub use views::MessagePage;

use axum::{Router, http::HeaderValue, routing::get};
use tower_http::{
    compression::CompressionLayer, set_header::SetResponseHeaderLayer, trace::TraceLayer,
};

use crate::{domain::Viewer, store::Store};

/// Who is making the request. Sign-in arrives with the accounts issue; until
/// then every request is treated as an organiser's, and every listing
/// already takes this viewer so that accounts only change this extractor.
#[derive(Debug, Clone, Copy)]
pub struct CurrentViewer(pub Viewer);

impl<S: Send + Sync> axum::extract::FromRequestParts<S> for CurrentViewer {
    type Rejection = std::convert::Infallible;

    async fn from_request_parts(
        _parts: &mut axum::http::request::Parts,
        _state: &S,
    ) -> Result<Self, Self::Rejection> {
        Ok(CurrentViewer(Viewer::Organiser))
    }
}

#[derive(Clone)]
pub struct AppState {
    pub store: Store,
    /// Configured public address; `None` derives it from each request.
    pub public_url: Option<String>,
}

pub fn router(state: AppState) -> Router {
    Router::new()
        .route("/", get(pages::now_and_next))
        .route("/program", get(pages::program))
        .route("/program/{date}", get(pages::program_day))
        .route("/sessions/{id}", get(pages::session))
        .route("/people", get(directory::people))
        .route("/organisations", get(directory::organisations))
        .route("/organisations/{id}", get(directory::organisation))
        .route("/corridors", get(directory::corridors))
        .route("/corridors/{key}", get(directory::corridor))
        .route(
            "/import/participants",
            get(import::form)
                .post(import::upload)
                .layer(import::body_limit()),
        )
        .route("/program.ics", get(exports::program_ics))
        .route("/sessions/{id}/calendar.ics", get(exports::session_ics))
        .route("/export/{file}", get(exports::download))
        .route("/healthz", get(pages::health))
        .route("/assets/{name}", get(assets::serve))
        .nest("/api/v1", crate::api::router())
        .fallback(pages::not_found)
        .with_state(state)
        .layer(CompressionLayer::new())
        .layer(SetResponseHeaderLayer::if_not_present(
            axum::http::header::CONTENT_SECURITY_POLICY,
            HeaderValue::from_static(
                "default-src 'self'; img-src 'self' data:; style-src 'self'; \
                 script-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'",
            ),
        ))
        .layer(SetResponseHeaderLayer::if_not_present(
            axum::http::header::X_CONTENT_TYPE_OPTIONS,
            HeaderValue::from_static("nosniff"),
        ))
        .layer(SetResponseHeaderLayer::if_not_present(
            axum::http::header::REFERRER_POLICY,
            HeaderValue::from_static("no-referrer"),
        ))
        .layer(TraceLayer::new_for_http())
}
