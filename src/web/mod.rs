//! The web interface: server-rendered pages that work without JavaScript,
//! adapting the actions of [`crate::app`] to forms and HTML.

mod account;
mod admin;
mod assets;
mod auth;
pub mod cache;
mod corridor_tables;
mod directory;
mod error_page;
mod exports;
mod floor;
pub mod http;
mod import;
mod input;
mod invitations;
mod live;
pub mod locale;
mod my_schedule;
mod open_space;
mod organisations;
mod pages;
mod polls;
mod program_edit;
mod questionnaires;
mod report;
mod suggest;
mod views;

use std::sync::Arc;

use axum::{
    Router,
    extract::DefaultBodyLimit,
    http::{HeaderValue, Method},
    routing::post,
};
use tower_http::{set_header::SetResponseHeaderLayer, trace::TraceLayer};

use crate::{
    app::{
        AppState, CurrentViewer, Me,
        routes::{AccessTable, Routes},
    },
    auth::access::Rule,
    error::AppError,
    format,
};

pub use pages::not_found;

/// An error as the API answers it, for API requests refused by the
/// middleware before they reach the API's own handlers.
fn json_error(error: AppError) -> axum::response::Response {
    use axum::response::IntoResponse;
    let status = error.status();
    let body = serde_json::json!({ "error": error.into_message() });
    (status, axum::Json(body)).into_response()
}

/// Every page with its access rule.
pub fn routes(upload_limit: DefaultBodyLimit) -> Routes {
    Routes::new()
        .get("/", Rule::Program, pages::now_and_next)
        .get("/program", Rule::Program, pages::program)
        .get("/program/{date}", Rule::Program, pages::program_day)
        .get("/sessions/{id}", Rule::Program, pages::session)
        .post(
            "/sessions/{id}/remember",
            Rule::People,
            my_schedule::remember,
        )
        .get("/my", Rule::People, my_schedule::page)
        .post("/my/calendar/reset", Rule::People, my_schedule::reset_feed)
        .get(
            "/feeds/{token}/schedule.ics",
            Rule::Anyone,
            my_schedule::feed,
        )
        .get("/sessions/{id}/floor", Rule::People, floor::floor_page)
        .get("/sessions/{id}/screen", Rule::Program, floor::screen)
        .post(
            "/sessions/{id}/floor/settings",
            Rule::People,
            floor::post_settings,
        )
        .post("/sessions/{id}/summary", Rule::People, floor::post_summary)
        .post(
            "/sessions/{id}/questions",
            Rule::People,
            floor::post_question,
        )
        .post("/questions/{id}/vote", Rule::People, floor::post_vote)
        .post(
            "/questions/{id}/moderate",
            Rule::People,
            floor::post_moderate,
        )
        .post("/questions/{id}/merge", Rule::People, floor::post_merge)
        .post("/questions/{id}/trace", Rule::Organisers, floor::post_trace)
        .post("/sessions/{id}/polls", Rule::People, polls::open)
        .post("/polls/{id}/close", Rule::People, polls::close)
        .post("/polls/{id}/answer", Rule::People, polls::answer)
        .post("/sessions/{id}/queue", Rule::People, floor::post_speak)
        .post(
            "/sessions/{id}/queue/withdraw",
            Rule::People,
            floor::post_withdraw,
        )
        .post("/sessions/{id}/queue/next", Rule::People, floor::post_next)
        .post(
            "/sessions/{id}/queue/end",
            Rule::People,
            floor::post_end_turn,
        )
        .post(
            "/sessions/{id}/queue/{request}",
            Rule::People,
            floor::post_request,
        )
        .get("/people", Rule::People, directory::people)
        .get("/organisations", Rule::People, directory::organisations)
        .get("/organisations/{id}", Rule::People, directory::organisation)
        .get("/organisations/new", Rule::Organisers, organisations::new)
        .post("/organisations", Rule::Organisers, organisations::create)
        .get(
            "/organisations/{id}/edit",
            Rule::Organisers,
            organisations::edit,
        )
        .post("/organisations/{id}", Rule::Organisers, organisations::save)
        .post(
            "/organisations/{id}/merge",
            Rule::Organisers,
            organisations::merge,
        )
        .get("/corridors", Rule::People, directory::corridors)
        .get("/corridors/{key}", Rule::People, directory::corridor)
        .get("/import/participants", Rule::Organisers, import::form)
        .route(
            Method::POST,
            "/import/participants",
            Rule::Organisers,
            post(import::upload).layer(upload_limit),
        )
        .get(
            "/import/organisations",
            Rule::Organisers,
            import::organisations_form,
        )
        .route(
            Method::POST,
            "/import/organisations",
            Rule::Organisers,
            post(import::organisations_upload).layer(upload_limit),
        )
        .get(
            "/import/program",
            Rule::Organisers,
            program_edit::import_form,
        )
        .route(
            Method::POST,
            "/import/program",
            Rule::Organisers,
            post(program_edit::import_upload).layer(upload_limit),
        )
        .get("/admin/program", Rule::Organisers, program_edit::overview)
        .post(
            "/admin/consultation",
            Rule::Organisers,
            program_edit::post_details,
        )
        .post("/admin/rooms", Rule::Organisers, program_edit::post_room)
        .post(
            "/admin/rooms/{id}",
            Rule::Organisers,
            program_edit::post_rename_room,
        )
        .post(
            "/admin/rooms/{id}/delete",
            Rule::Organisers,
            program_edit::post_delete_room,
        )
        .post(
            "/admin/sessions",
            Rule::Organisers,
            program_edit::post_new_session,
        )
        .get(
            "/admin/sessions/new",
            Rule::Organisers,
            program_edit::new_session,
        )
        .get(
            "/admin/sessions/{id}",
            Rule::Organisers,
            program_edit::edit_session,
        )
        .post(
            "/admin/sessions/{id}",
            Rule::Organisers,
            program_edit::post_edit_session,
        )
        .post(
            "/admin/sessions/{id}/cancel",
            Rule::Organisers,
            program_edit::post_cancel,
        )
        .post(
            "/admin/sessions/{id}/duplicate",
            Rule::Organisers,
            program_edit::post_duplicate,
        )
        .post(
            "/admin/sessions/{id}/people",
            Rule::Organisers,
            program_edit::post_new_person,
        )
        .post(
            "/admin/sessions/{id}/order",
            Rule::Organisers,
            program_edit::post_move_person,
        )
        .post(
            "/admin/sessions/{id}/moderators",
            Rule::Organisers,
            program_edit::post_moderators,
        )
        .get("/program.ics", Rule::Program, exports::program_ics)
        .get(
            "/sessions/{id}/calendar.ics",
            Rule::Program,
            exports::session_ics,
        )
        .get("/export/schedule.xml", Rule::Program, exports::schedule_xml)
        .get(
            "/export/schedule.json",
            Rule::Program,
            exports::schedule_json,
        )
        .get("/export/people.csv", Rule::Organisers, exports::people_csv)
        .get(
            "/export/organisations.csv",
            Rule::People,
            exports::organisations_csv,
        )
        .get("/export/hsds.zip", Rule::People, exports::hsds_zip)
        .get("/signin", Rule::Anyone, auth::signin_page)
        .post("/signin", Rule::Anyone, auth::signin_password)
        .get("/signin/{token}", Rule::Anyone, auth::signin_confirm)
        .post("/signin/{token}", Rule::Anyone, auth::signin_redeem)
        .post("/signout", Rule::Anyone, auth::signout)
        .post(
            "/signout/everywhere",
            Rule::People,
            auth::signout_everywhere,
        )
        .get("/account", Rule::People, account::account)
        .post("/account", Rule::People, account::update_profile)
        .get("/account/data.json", Rule::People, account::my_data)
        .post("/account/password", Rule::Organisers, account::set_password)
        .get("/admin/access", Rule::Organisers, admin::access)
        .post(
            "/admin/organisers/{id}/remove",
            Rule::Organisers,
            admin::remove_organiser,
        )
        .post("/admin/screens", Rule::Organisers, admin::create_screen)
        .post(
            "/admin/screens/signout",
            Rule::Organisers,
            admin::end_screens,
        )
        .post("/admin/retention", Rule::Organisers, admin::set_retention)
        .post(
            "/admin/api-tokens",
            Rule::Organisers,
            admin::create_api_token,
        )
        .post(
            "/admin/api-tokens/{id}/revoke",
            Rule::Organisers,
            admin::revoke_api_token,
        )
        .get("/admin/audit", Rule::Organisers, admin::audit)
        .post(
            "/admin/program-visibility",
            Rule::Organisers,
            admin::program_visibility,
        )
        .get("/admin/invitations", Rule::Organisers, invitations::list)
        .post("/admin/invitations", Rule::Organisers, invitations::issue)
        .post(
            "/admin/invitations/email",
            Rule::Organisers,
            invitations::email,
        )
        .post(
            "/admin/invitations/template",
            Rule::Organisers,
            invitations::save_template,
        )
        .post(
            "/admin/invitations/{id}/revoke",
            Rule::Organisers,
            invitations::revoke,
        )
        .post(
            "/admin/people/{id}/erase",
            Rule::Organisers,
            invitations::erase,
        )
        .get("/open-space", Rule::Program, open_space::board)
        .get("/open-space/screen", Rule::Program, open_space::screen)
        .get("/open-space/setup", Rule::Organisers, open_space::setup)
        .get(
            "/open-space/corridors",
            Rule::Organisers,
            corridor_tables::page,
        )
        .post(
            "/open-space/corridors",
            Rule::Organisers,
            corridor_tables::publish,
        )
        .get("/questionnaires", Rule::People, questionnaires::list)
        .post("/questionnaires", Rule::Organisers, questionnaires::create)
        .get("/questionnaires/{id}", Rule::People, questionnaires::show)
        .post(
            "/questionnaires/{id}",
            Rule::Organisers,
            questionnaires::update,
        )
        .get(
            "/questionnaires/{id}/edit",
            Rule::Organisers,
            questionnaires::edit,
        )
        .post(
            "/questionnaires/{id}/questions",
            Rule::Organisers,
            questionnaires::add_question,
        )
        .post(
            "/questionnaires/{id}/questions/{question}",
            Rule::Organisers,
            questionnaires::change_question,
        )
        .post(
            "/questionnaires/{id}/answers",
            Rule::People,
            questionnaires::submit,
        )
        .get(
            "/questionnaires/{id}/results",
            Rule::People,
            questionnaires::results_page,
        )
        .get(
            "/questionnaires/{id}/results.csv",
            Rule::Organisers,
            questionnaires::results_csv,
        )
        .get(
            "/questionnaires/{id}/import",
            Rule::Organisers,
            questionnaires::import_form,
        )
        .route(
            Method::POST,
            "/questionnaires/{id}/import",
            Rule::Organisers,
            post(questionnaires::import_upload).layer(upload_limit),
        )
        .get(
            "/questionnaires/{id}/suggestions",
            Rule::Organisers,
            questionnaires::suggestions,
        )
        .post(
            "/questionnaires/{id}/questions/{question}/group",
            Rule::Organisers,
            questionnaires::group,
        )
        .post(
            "/questionnaires/{id}/questions/{question}/suggestions/{suggestion}",
            Rule::Organisers,
            questionnaires::curate,
        )
        .get("/open-space/suggest", Rule::Organisers, suggest::suggest)
        .post("/open-space/suggest", Rule::Organisers, suggest::apply)
        .get(
            "/open-space/print",
            Rule::Organisers,
            open_space::print_board,
        )
        .get("/open-space/sheets", Rule::Organisers, open_space::sheets)
        .post("/open-space/topics", Rule::People, open_space::propose)
        .post("/open-space/rules", Rule::Organisers, open_space::set_rules)
        .post(
            "/open-space/rounds",
            Rule::Organisers,
            open_space::add_round,
        )
        .post(
            "/open-space/rounds/{id}/delete",
            Rule::Organisers,
            open_space::delete_round,
        )
        .post(
            "/open-space/spaces",
            Rule::Organisers,
            open_space::add_space,
        )
        .post(
            "/open-space/spaces/{id}",
            Rule::Organisers,
            open_space::edit_space,
        )
        .post(
            "/open-space/spaces/{id}/delete",
            Rule::Organisers,
            open_space::delete_space,
        )
        .post(
            "/open-space/notices/dismiss",
            Rule::People,
            open_space::dismiss_notices,
        )
        .get("/topics/{id}", Rule::Program, open_space::topic)
        .post("/topics/{id}/edit", Rule::People, open_space::edit_topic)
        .post(
            "/topics/{id}/withdraw",
            Rule::People,
            open_space::withdraw_topic,
        )
        .post("/topics/{id}/adopt", Rule::People, open_space::adopt_topic)
        .post("/topics/{id}/mark", Rule::People, open_space::mark_topic)
        .post("/topics/{id}/place", Rule::People, open_space::place_topic)
        .post("/topics/{id}/join", Rule::People, open_space::join)
        .post("/topics/{id}/leave", Rule::People, open_space::leave)
        .post("/topics/{id}/wait", Rule::People, open_space::wait)
        .post("/topics/{id}/notes", Rule::People, open_space::save_notes)
        .post(
            "/topics/{id}/note-takers",
            Rule::People,
            open_space::add_note_taker,
        )
        .get(
            "/export/signups.csv",
            Rule::Organisers,
            open_space::signups_csv,
        )
        // Organisers always; others once it is published (the action checks).
        .get("/report", Rule::Program, report::page)
        .post("/report", Rule::Organisers, report::save)
        .get("/report/file", Rule::Program, report::file)
        .get("/healthz", Rule::Anyone, pages::health)
        .post("/language", Rule::Anyone, locale::switch)
        .get("/assets/{name}", Rule::Anyone, assets::serve)
}

/// The event stream, declared apart: it stays outside the compression
/// layer, whose body costs every open stream 5.6 KiB for nothing to gain on
/// a few bytes per change.
pub fn event_routes() -> Routes {
    Routes::new().get("/events", Rule::Program, live::events)
}

/// Puts the whole application (pages, the API nested in them, the event
/// stream) behind the middleware every request passes: the session, the
/// language, the access table with CSRF and rate limits, and the security
/// headers.
pub fn with_middleware(app: Router<AppState>, state: AppState, access: Arc<AccessTable>) -> Router {
    let https = state
        .public_url
        .as_deref()
        .is_some_and(|u| u.starts_with("https://"));
    let router = app
        .route_layer(axum::middleware::from_fn_with_state(
            state.clone(),
            cache::pages,
        ))
        .route_layer(axum::middleware::from_fn(input::refuse_nul))
        .route_layer(axum::middleware::from_fn_with_state(
            (state.clone(), access),
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
