//! convene: a self-hosted platform for participatory consultations.
//!
//! `main.rs` parses the command line; this library builds the application
//! so that integration tests can start the real server in-process.

pub mod api;
pub mod cli;
pub mod config;
pub mod demo;
pub mod domain;
pub mod error;
pub mod export;
pub mod i18n;
pub mod import;
pub mod store;
pub mod web;

use std::future::Future;

use jiff::{Timestamp, tz::TimeZone};
use tokio::net::TcpListener;

use crate::store::{Store, StoreError};

/// Serves the web interface on `listener` until `shutdown` completes.
pub async fn serve(
    listener: TcpListener,
    store: Store,
    public_url: Option<String>,
    shutdown: impl Future<Output = ()> + Send + 'static,
) -> std::io::Result<()> {
    let app = web::router(web::AppState { store, public_url });
    axum::serve(listener, app)
        .with_graceful_shutdown(shutdown)
        .await
}

/// Loads the demo consultation, starting today in its time zone, into an
/// empty database.
pub async fn load_demo(store: &Store) -> Result<i64, StoreError> {
    let now = Timestamp::now();
    let tz = TimeZone::get(demo::TIME_ZONE).expect("bundled time zone");
    let today = now.to_zoned(tz).date();
    store.create_program(&demo::bundle(today), now).await
}
