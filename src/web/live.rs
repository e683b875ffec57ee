//! Live updates: every change is announced to every open page over
//! Server-Sent Events, with only its scope ("program", "open-space",
//! "floor-6"); a page whose live parts show that scope fetches itself
//! again, others ignore it, so a vote in one session does not make every
//! phone in the building reload its program. The announcement carries no
//! content, so listening tells no one more than that something changed
//! there. With PostgreSQL the announcement goes through LISTEN/NOTIFY, so
//! instances behind the same database hear each other's changes.

use std::{convert::Infallible, sync::Arc, time::Duration};

use axum::{
    extract::State,
    response::sse::{Event, KeepAlive, Sse},
};
use futures_util::StreamExt;
use tokio::sync::broadcast;
use tokio_stream::{Stream, wrappers::BroadcastStream};

use super::AppState;
use crate::store::Store;

/// What a change is about, as pages name it in `data-live`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Scope {
    /// The consultation, rooms and sessions.
    Program,
    /// The open-space board and its topics.
    OpenSpace,
    /// One session's questions, queue and summary.
    Floor(i64),
}

impl Scope {
    pub fn name(self) -> String {
        match self {
            Scope::Program => "program".into(),
            Scope::OpenSpace => "open-space".into(),
            Scope::Floor(session) => format!("floor-{session}"),
        }
    }
}

/// Sent when a page may have missed changes: every page refreshes.
const EVERYTHING: &str = "all";

pub struct Live {
    sender: broadcast::Sender<Arc<str>>,
    /// Becomes true when the server shuts down: open streams end, so that
    /// a graceful shutdown does not wait for every open page.
    closing: tokio::sync::watch::Sender<bool>,
}

impl Live {
    pub fn new() -> Arc<Live> {
        let (sender, _) = broadcast::channel(64);
        Arc::new(Live {
            sender,
            closing: tokio::sync::watch::Sender::new(false),
        })
    }

    /// Announces a change: through the database when it carries
    /// announcements between instances, else to this instance's pages.
    pub async fn changed(&self, store: &Store, scope: Scope) {
        let name = scope.name();
        if store.is_postgres() {
            match store.announce_change(&name).await {
                Ok(()) => return,
                Err(e) => tracing::warn!(error = %e, "NOTIFY failed; telling this instance only"),
            }
        }
        self.tell_pages(&name);
    }

    fn tell_pages(&self, scope: &str) {
        // No page open is not an error.
        let _ = self.sender.send(Arc::from(scope));
    }

    pub fn subscribe(&self) -> broadcast::Receiver<Arc<str>> {
        self.sender.subscribe()
    }

    /// Ends every open event stream.
    pub fn close(&self) {
        self.closing.send_replace(true);
    }

    /// Completes when the server shuts down.
    fn closed(&self) -> impl std::future::Future<Output = ()> + Send + use<> {
        let mut closing = self.closing.subscribe();
        async move {
            let _ = closing.wait_for(|c| *c).await;
        }
    }

    /// With PostgreSQL, listens for every instance's announcements (its own
    /// included) and passes them to this instance's pages; reconnects when
    /// the connection drops.
    pub fn listen(self: &Arc<Self>, store: &Store) -> Option<tokio::task::JoinHandle<()>> {
        if !store.is_postgres() {
            return None;
        }
        let live = self.clone();
        let store = store.clone();
        Some(tokio::spawn(async move {
            loop {
                match store.change_listener().await {
                    Ok(Some(mut listener)) => loop {
                        match listener.recv().await {
                            Ok(notification) => live.tell_pages(notification.payload()),
                            Err(e) => {
                                tracing::warn!(error = %e, "lost the change listener; reconnecting");
                                break;
                            }
                        }
                    },
                    Ok(None) => return,
                    Err(e) => tracing::warn!(error = %e, "cannot listen for changes; retrying"),
                }
                // Pages may have missed a change while disconnected.
                live.tell_pages(EVERYTHING);
                tokio::time::sleep(Duration::from_secs(1)).await;
            }
        }))
    }
}

/// The event stream a page subscribes to.
pub async fn events(
    State(state): State<AppState>,
) -> Sse<impl Stream<Item = Result<Event, Infallible>>> {
    let stream = BroadcastStream::new(state.live.subscribe())
        .map(|scope| {
            // A page too slow to keep up refreshes whatever it shows.
            let data = scope.map_or_else(|_| EVERYTHING.to_owned(), |s| s.to_string());
            Ok(Event::default().event("change").data(data))
        })
        .take_until(state.live.closed());
    Sse::new(stream).keep_alive(KeepAlive::new().interval(Duration::from_secs(20)))
}
