//! Live updates: every change to the board is announced to every open page
//! over Server-Sent Events. The announcement carries no data (the page
//! fetches itself again), so no one learns anything from listening. With
//! PostgreSQL the announcement goes through LISTEN/NOTIFY, so instances
//! behind the same database hear each other's changes.

use std::{
    convert::Infallible,
    sync::{
        Arc,
        atomic::{AtomicU64, Ordering},
    },
    time::Duration,
};

use axum::{
    extract::State,
    response::sse::{Event, KeepAlive, Sse},
};
use futures_util::StreamExt;
use tokio::sync::broadcast;
use tokio_stream::{Stream, wrappers::BroadcastStream};

use super::AppState;
use crate::store::Store;

pub struct Live {
    sender: broadcast::Sender<u64>,
    version: AtomicU64,
    /// Becomes true when the server shuts down: open streams end, so that
    /// a graceful shutdown does not wait for every open page.
    closing: tokio::sync::watch::Sender<bool>,
}

impl Live {
    pub fn new() -> Arc<Live> {
        let (sender, _) = broadcast::channel(64);
        Arc::new(Live {
            sender,
            version: AtomicU64::new(0),
            closing: tokio::sync::watch::Sender::new(false),
        })
    }

    /// Announces a change: through the database when it carries
    /// announcements between instances, else to this instance's pages.
    pub async fn changed(&self, store: &Store) {
        if store.is_postgres() {
            match store.announce_change().await {
                Ok(()) => return,
                Err(e) => tracing::warn!(error = %e, "NOTIFY failed; telling this instance only"),
            }
        }
        self.tell_pages();
    }

    fn tell_pages(&self) {
        let version = self.version.fetch_add(1, Ordering::Relaxed) + 1;
        // No page open is not an error.
        let _ = self.sender.send(version);
    }

    pub fn subscribe(&self) -> broadcast::Receiver<u64> {
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
                            Ok(_) => live.tell_pages(),
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
                live.tell_pages();
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
        .map(|version| {
            // A page too slow to keep up still learns that something changed.
            let data = version.map_or_else(|_| "lagged".to_owned(), |v| v.to_string());
            Ok(Event::default().event("change").data(data))
        })
        .take_until(state.live.closed());
    Sse::new(stream).keep_alive(KeepAlive::new().interval(Duration::from_secs(20)))
}
