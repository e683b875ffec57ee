//! The web interface: server-rendered pages that work without JavaScript.

mod account;
mod admin;
mod assets;
mod auth;
pub mod directory;
mod exports;
pub(crate) mod floor;
use crate::format;
pub mod http;
mod import;
mod input;
mod invitations;
pub mod limits;
pub mod live;
pub mod locale;
pub(crate) mod open_space;
mod pages;
pub(crate) mod program_edit;
pub(crate) mod report;
mod suggest;
mod views;

pub use auth::Me;
pub use views::MessagePage;

/// The body limit of the import routes: the largest file and a little.
pub fn import_body_limit() -> axum::extract::DefaultBodyLimit {
    import::body_limit()
}

use axum::{
    Router,
    http::HeaderValue,
    routing::{get, post},
};
use tower_http::{
    compression::CompressionLayer, set_header::SetResponseHeaderLayer, trace::TraceLayer,
};

use crate::{domain::Viewer, store::Store};

/// How long a round's tables with room are reused for "full" answers.
pub const OPEN_TABLES_KEPT_FOR: std::time::Duration = std::time::Duration::from_millis(250);

/// Whose eyes the request's answer is filtered for, from its session.
#[derive(Debug, Clone, Copy)]
pub struct CurrentViewer(pub Viewer);

impl<S: Send + Sync> axum::extract::FromRequestParts<S> for CurrentViewer {
    type Rejection = std::convert::Infallible;

    async fn from_request_parts(
        parts: &mut axum::http::request::Parts,
        _state: &S,
    ) -> Result<Self, Self::Rejection> {
        let role = parts
            .extensions
            .get::<crate::auth::Principal>()
            .map_or(crate::auth::Role::Anonymous, |p| p.role);
        Ok(CurrentViewer(role.viewer()))
    }
}

#[derive(Clone)]
pub struct AppState {
    pub store: Store,
    /// Configured public address; `None` derives it from each request.
    pub public_url: Option<String>,
    /// Mark the session cookie `Secure` (served over TLS, directly or behind a proxy).
    pub secure_cookies: bool,
    /// Proxies whose `X-Forwarded-For` is believed.
    pub trusted_proxies: std::sync::Arc<Vec<std::net::IpAddr>>,
    pub limits: std::sync::Arc<limits::Limits>,
    pub live: std::sync::Arc<live::Live>,
    /// Per round, its tables with room, as the "full" answer lists them.
    pub open_tables:
        std::sync::Arc<crate::recent::Recent<i64, Vec<crate::domain::open_space::OpenTable>>>,
}

impl AppState {
    /// Records an organiser's action in the audit log, now.
    pub(crate) async fn audit(
        &self,
        consultation_id: i64,
        me: &crate::auth::Principal,
        action: &str,
        detail: &str,
    ) -> Result<(), crate::error::AppError> {
        self.store
            .audit(
                consultation_id,
                me.person_id,
                &me.name,
                action,
                detail,
                jiff::Timestamp::now(),
            )
            .await?;
        Ok(())
    }
}

pub fn router(state: AppState) -> Router {
    let pages = Router::new()
        .route("/", get(pages::now_and_next))
        .route("/program", get(pages::program))
        .route("/program/{date}", get(pages::program_day))
        .route("/sessions/{id}", get(pages::session))
        .route("/sessions/{id}/floor", get(floor::floor_page))
        .route("/sessions/{id}/screen", get(floor::screen))
        .route("/sessions/{id}/floor/settings", post(floor::post_settings))
        .route("/sessions/{id}/summary", post(floor::post_summary))
        .route("/sessions/{id}/questions", post(floor::post_question))
        .route("/questions/{id}/vote", post(floor::post_vote))
        .route("/questions/{id}/moderate", post(floor::post_moderate))
        .route("/questions/{id}/merge", post(floor::post_merge))
        .route("/questions/{id}/trace", post(floor::post_trace))
        .route("/sessions/{id}/queue", post(floor::post_speak))
        .route("/sessions/{id}/queue/withdraw", post(floor::post_withdraw))
        .route("/sessions/{id}/queue/next", post(floor::post_next))
        .route("/sessions/{id}/queue/end", post(floor::post_end_turn))
        .route("/sessions/{id}/queue/{request}", post(floor::post_request))
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
        .route(
            "/import/program",
            get(program_edit::import_form)
                .post(program_edit::import_upload)
                .layer(import::body_limit()),
        )
        .route("/admin/program", get(program_edit::overview))
        .route("/admin/consultation", post(program_edit::post_details))
        .route("/admin/rooms", post(program_edit::post_room))
        .route("/admin/rooms/{id}", post(program_edit::post_rename_room))
        .route(
            "/admin/rooms/{id}/delete",
            post(program_edit::post_delete_room),
        )
        .route("/admin/sessions", post(program_edit::post_new_session))
        .route("/admin/sessions/new", get(program_edit::new_session))
        .route(
            "/admin/sessions/{id}",
            get(program_edit::edit_session).post(program_edit::post_edit_session),
        )
        .route(
            "/admin/sessions/{id}/cancel",
            post(program_edit::post_cancel),
        )
        .route(
            "/admin/sessions/{id}/duplicate",
            post(program_edit::post_duplicate),
        )
        .route(
            "/admin/sessions/{id}/people",
            post(program_edit::post_new_person),
        )
        .route("/program.ics", get(exports::program_ics))
        .route("/sessions/{id}/calendar.ics", get(exports::session_ics))
        .route("/export/schedule.xml", get(exports::schedule_xml))
        .route("/export/schedule.json", get(exports::schedule_json))
        .route("/export/people.csv", get(exports::people_csv))
        .route("/export/organisations.csv", get(exports::organisations_csv))
        .route("/export/hsds.zip", get(exports::hsds_zip))
        .route(
            "/signin",
            get(auth::signin_page).post(auth::signin_password),
        )
        .route(
            "/signin/{token}",
            get(auth::signin_confirm).post(auth::signin_redeem),
        )
        .route("/signout", axum::routing::post(auth::signout))
        .route(
            "/signout/everywhere",
            axum::routing::post(auth::signout_everywhere),
        )
        .route(
            "/account",
            get(account::account).post(account::update_profile),
        )
        .route("/account/data.json", get(account::my_data))
        .route(
            "/account/password",
            axum::routing::post(account::set_password),
        )
        .route("/admin/access", get(admin::access))
        .route(
            "/admin/organisers/{id}/remove",
            axum::routing::post(admin::remove_organiser),
        )
        .route("/admin/screens", axum::routing::post(admin::create_screen))
        .route(
            "/admin/screens/signout",
            axum::routing::post(admin::end_screens),
        )
        .route(
            "/admin/retention",
            axum::routing::post(admin::set_retention),
        )
        .route("/admin/api-tokens", post(admin::create_api_token))
        .route(
            "/admin/api-tokens/{id}/revoke",
            post(admin::revoke_api_token),
        )
        .route("/admin/audit", get(admin::audit))
        .route(
            "/admin/program-visibility",
            axum::routing::post(admin::program_visibility),
        )
        .route(
            "/admin/invitations",
            get(invitations::list).post(invitations::issue),
        )
        .route(
            "/admin/invitations/{id}/revoke",
            axum::routing::post(invitations::revoke),
        )
        .route(
            "/admin/people/{id}/erase",
            axum::routing::post(invitations::erase),
        )
        .route("/open-space", get(open_space::board))
        .route("/open-space/screen", get(open_space::screen))
        .route("/open-space/setup", get(open_space::setup))
        .route(
            "/open-space/suggest",
            get(suggest::suggest).post(suggest::apply),
        )
        .route("/open-space/print", get(open_space::print_board))
        .route("/open-space/sheets", get(open_space::sheets))
        .route("/open-space/topics", post(open_space::propose))
        .route("/open-space/rounds", post(open_space::add_round))
        .route(
            "/open-space/rounds/{id}/delete",
            post(open_space::delete_round),
        )
        .route("/open-space/spaces", post(open_space::add_space))
        .route("/open-space/spaces/{id}", post(open_space::edit_space))
        .route(
            "/open-space/spaces/{id}/delete",
            post(open_space::delete_space),
        )
        .route(
            "/open-space/notices/dismiss",
            post(open_space::dismiss_notices),
        )
        .route("/topics/{id}", get(open_space::topic))
        .route("/topics/{id}/edit", post(open_space::edit_topic))
        .route("/topics/{id}/withdraw", post(open_space::withdraw_topic))
        .route("/topics/{id}/adopt", post(open_space::adopt_topic))
        .route("/topics/{id}/mark", post(open_space::mark_topic))
        .route("/topics/{id}/place", post(open_space::place_topic))
        .route("/topics/{id}/join", post(open_space::join))
        .route("/topics/{id}/leave", post(open_space::leave))
        .route("/topics/{id}/wait", post(open_space::wait))
        .route("/topics/{id}/notes", post(open_space::save_notes))
        .route("/topics/{id}/note-takers", post(open_space::add_note_taker))
        .route("/export/signups.csv", get(open_space::signups_csv))
        .route("/report", get(report::page).post(report::save))
        .route("/report/file", get(report::file))
        .route("/healthz", get(pages::health))
        .route("/language", post(locale::switch))
        .route("/assets/{name}", get(assets::serve))
        .nest("/api/v1", crate::api::router())
        .fallback(pages::not_found)
        .layer(CompressionLayer::new());
    // The event stream is not compressed (nothing to gain on a few bytes
    // per change) and stays outside the compression layer, whose body costs
    // every open stream 5.6 KiB.
    let events = Router::new().route("/events", get(live::events));
    let https = state
        .public_url
        .as_deref()
        .is_some_and(|u| u.starts_with("https://"));
    let router = Router::new()
        .merge(pages)
        .merge(events)
        .route_layer(axum::middleware::from_fn(input::refuse_nul))
        .route_layer(axum::middleware::from_fn_with_state(
            state.clone(),
            auth::enforce,
        ))
        .layer(axum::middleware::from_fn_with_state(
            state.clone(),
            locale::negotiate,
        ))
        .layer(axum::middleware::from_fn_with_state(
            state.clone(),
            auth::resolve_session,
        ))
        .with_state(state)
        .layer(SetResponseHeaderLayer::if_not_present(
            axum::http::header::CONTENT_SECURITY_POLICY,
            HeaderValue::from_static(
                "default-src 'self'; img-src 'self' data:; style-src 'self'; \
                 script-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'",
            ),
        ))
        .layer(SetResponseHeaderLayer::if_not_present(
            axum::http::header::X_FRAME_OPTIONS,
            HeaderValue::from_static("DENY"),
        ))
        .layer(SetResponseHeaderLayer::if_not_present(
            axum::http::HeaderName::from_static("cross-origin-opener-policy"),
            HeaderValue::from_static("same-origin"),
        ))
        .layer(SetResponseHeaderLayer::if_not_present(
            axum::http::header::X_CONTENT_TYPE_OPTIONS,
            HeaderValue::from_static("nosniff"),
        ))
        .layer(SetResponseHeaderLayer::if_not_present(
            axum::http::header::REFERRER_POLICY,
            HeaderValue::from_static("no-referrer"),
        ))
        .layer(TraceLayer::new_for_http());
    if !https {
        return router;
    }
    // Served over TLS: browsers that saw it once never fall back to plain
    // HTTP on the venue's Wi-Fi, where a sign-in link could be read.
    router.layer(SetResponseHeaderLayer::if_not_present(
        axum::http::header::STRICT_TRANSPORT_SECURITY,
        HeaderValue::from_static("max-age=31536000"),
    ))
}
