//! convene: a self-hosted platform for participatory consultations.
//!
//! `main.rs` parses the command line; this library builds the application
//! so that integration tests can start the real server in-process.

pub mod api;
pub mod app;
pub mod auth;
pub mod cli;
pub mod clock;
pub mod config;
pub mod demo;
pub mod domain;
pub mod error;
pub mod export;
pub mod format;
pub mod i18n;
pub mod import;
pub mod mail;
pub mod placement;
pub mod program_import;
pub mod recent;
pub mod server;
pub mod store;
pub mod suggest;
pub mod web;

use std::future::Future;

use jiff::{Timestamp, tz::TimeZone};
use tokio::net::TcpListener;

pub use program_import::{ProgramImportError, describe_plan, import_program};

use crate::store::{Store, StoreError};

/// What `serve` takes beside the store.
#[derive(Debug, Clone, Default)]
pub struct ServeSettings {
    /// The address people reach convene at; `None` derives it per request.
    pub public_url: Option<String>,
    /// Proxies whose `X-Forwarded-For` header is believed.
    pub trusted_proxies: Vec<std::net::IpAddr>,
    /// Sign-ins allowed per minute from one address; `None` for the default.
    pub sign_ins_per_minute: Option<std::num::NonZeroU32>,
    /// The time housekeeping (erasure at the retention date) goes by.
    pub clock: clock::Clock,
    /// How often housekeeping runs; `None` for every ten minutes.
    pub housekeeping_every: Option<std::time::Duration>,
    /// The mail server invitations go through; `None`: badges only.
    pub mailer: Option<std::sync::Arc<mail::Mailer>>,
}

/// Serves the web interface on `listener` until `shutdown` completes.
pub async fn serve(
    listener: TcpListener,
    store: Store,
    settings: ServeSettings,
    shutdown: impl Future<Output = ()> + Send + 'static,
) -> std::io::Result<()> {
    let secure_cookies = settings
        .public_url
        .as_deref()
        .is_some_and(|u| u.starts_with("https://"));
    let housekeeping = tokio::spawn(housekeeping(
        store.clone(),
        settings.clock.clone(),
        settings
            .housekeeping_every
            .unwrap_or(std::time::Duration::from_secs(600)),
    ));
    let live = app::live::Live::new(&store);
    let listener_task = live.listen(&store);
    let closing = live.clone();
    let state = app::AppState {
        live,
        store,
        open_tables: std::sync::Arc::new(recent::Recent::new(app::OPEN_TABLES_KEPT_FOR)),
        pages: Default::default(),
        mailer: settings.mailer,
        mail_queued: Default::default(),
        answers_stored: Default::default(),
        public_url: settings.public_url,
        secure_cookies,
        trusted_proxies: std::sync::Arc::new(settings.trusted_proxies),
        limits: std::sync::Arc::new(match settings.sign_ins_per_minute {
            Some(n) => app::limits::Limits::with_sign_ins_per_minute(n),
            None => app::limits::Limits::default(),
        }),
    };
    let sender = tokio::spawn(app::mail_invitations::run_sender(state.clone()));
    let embedder = tokio::spawn(app::questionnaires::run_embedder(
        state.clone(),
        state.answers_stored.clone(),
    ));
    let app = server::router(state);
    let served = web::http::serve(listener, app, async move {
        shutdown.await;
        closing.close();
    })
    .await;
    housekeeping.abort();
    sender.abort();
    embedder.abort();
    if let Some(task) = listener_task {
        task.abort();
    }
    served
}

/// Erases personal data once a consultation's retention date has passed;
/// checked at start-up and then periodically, so a server that was down on
/// the day catches up.
async fn housekeeping(store: Store, clock: clock::Clock, every: std::time::Duration) {
    let mut ticks = tokio::time::interval(every);
    loop {
        ticks.tick().await;
        match store.apply_retention(clock.now()).await {
            Ok(0) => {}
            Ok(n) => tracing::info!(people = n, "erased personal data at the retention date"),
            Err(e) => tracing::error!(error = %e, "retention check failed"),
        }
    }
}

/// How long a sign-in link printed by `convene admin add` stays valid.
pub const ADMIN_LINK_HOURS: i64 = 24;

/// Creates a single-use sign-in link for a person; returns its token (only
/// its hash is stored).
pub async fn issue_sign_in_link(
    store: &Store,
    person_id: i64,
    valid_hours: i64,
) -> Result<String, StoreError> {
    let now = Timestamp::now();
    let (token, hash) = auth::token::generate();
    let expires = now
        .saturating_add(jiff::SignedDuration::from_hours(valid_hours))
        .unwrap_or(now);
    store
        .create_sign_in_link(person_id, &hash, now, expires)
        .await?;
    Ok(token)
}

/// Creates a single-use link that turns a device into a screen of the
/// consultation; returns its token.
pub async fn issue_screen_link(
    store: &Store,
    consultation_id: i64,
    label: &str,
    valid_hours: i64,
) -> Result<String, StoreError> {
    let now = Timestamp::now();
    let (token, hash) = auth::token::generate();
    let expires = now
        .saturating_add(jiff::SignedDuration::from_hours(valid_hours))
        .unwrap_or(now);
    store
        .create_screen_link(consultation_id, label, &hash, now, expires)
        .await?;
    Ok(token)
}

/// Loads the demo consultation, starting today in its time zone, into an
/// empty database.
pub async fn load_demo(store: &Store) -> Result<i64, StoreError> {
    let now = Timestamp::now();
    let tz = TimeZone::get(demo::TIME_ZONE).expect("bundled time zone");
    let today = now.to_zoned(tz).date();
    let id = store.create_program(&demo::bundle(today), now).await?;
    demo::set_up_open_space(store, id).await?;
    demo::questionnaires::set_up(store, id).await?;
    Ok(id)
}
