//! Live updates: every change is announced to every open page over
//! Server-Sent Events, with only its scope ("program", "open-space",
//! "floor-6"); a page whose live parts show that scope fetches itself
//! again, others ignore it, so a vote in one session does not make every
//! phone in the building reload its program. The announcement carries no
//! content, so listening tells no one more than that something changed
//! there. With PostgreSQL the announcement goes through LISTEN/NOTIFY, so
//! instances behind the same database hear each other's changes.

use std::{collections::HashMap, sync::Arc, time::Duration};

use tokio::{
    sync::{broadcast, mpsc},
    time::Instant,
};

use crate::store::{Heard, Store};

/// What a change is about, as pages name it in `data-live`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Scope {
    /// The consultation, rooms and sessions.
    Program,
    /// The open-space board and its topics.
    OpenSpace,
    /// One session's questions, queue and summary.
    Floor(i64),
    /// The invitations sent by e-mail (their progress, for organisers).
    Invitations,
}

impl Scope {
    pub fn name(self) -> String {
        match self {
            Scope::Program => "program".into(),
            Scope::OpenSpace => "open-space".into(),
            Scope::Floor(session) => format!("floor-{session}"),
            Scope::Invitations => "invitations".into(),
        }
    }
}

/// Sent when a page may have missed changes: every page refreshes.
pub const EVERYTHING: &str = "all";

/// Announcements of one scope closer together than this are merged into
/// one: in a rush of sign-ups every open phone would otherwise fetch the
/// board once per sign-up. The first change of a quiet scope goes out at
/// once; later ones wait for the window to end, so no change waits longer.
/// Short enough that a change still reaches every page within 250 ms
/// (SPEC §11) with the fan-out's own 60 ms.
pub const MERGE_WINDOW: Duration = Duration::from_millis(150);

pub struct Live {
    /// Announcements on their way to the merging task.
    announce: mpsc::UnboundedSender<Arc<str>>,
    sender: broadcast::Sender<Arc<str>>,
    /// Becomes true when the server shuts down: open streams end, so that
    /// a graceful shutdown does not wait for every open page.
    closing: tokio::sync::watch::Sender<bool>,
    /// Counts each change, so that pages kept rendered are not served
    /// stale (src/web/cache.rs).
    store: Store,
}

impl Live {
    /// Starts the tasks that merge announcements and pass them on: through
    /// the database when it carries them between instances (PostgreSQL),
    /// else straight to this instance's pages.
    pub fn new(store: &Store) -> Arc<Live> {
        let (sender, _) = broadcast::channel(64);
        let (announce, announcements) = mpsc::unbounded_channel();
        let (merged, to_pass_on) = mpsc::unbounded_channel();
        tokio::spawn(merge_announcements(announcements, merged));
        tokio::spawn(pass_on(to_pass_on, store.clone(), sender.clone()));
        Arc::new(Live {
            announce,
            sender,
            closing: tokio::sync::watch::Sender::new(false),
            store: store.clone(),
        })
    }

    /// Announces a change.
    pub fn changed(&self, scope: Scope) {
        self.store.note_change();
        // The merging task ends only with the server.
        let _ = self.announce.send(Arc::from(scope.name()));
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
    pub fn closed(&self) -> impl std::future::Future<Output = ()> + Send + use<> {
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
                match store.changes().await {
                    Ok(Some(mut changes)) => loop {
                        match changes.next().await {
                            Ok(Heard::Change(scope)) => {
                                store.note_change();
                                live.tell_pages(&scope);
                            }
                            Ok(Heard::Missed) => {
                                store.note_change();
                                live.tell_pages(EVERYTHING);
                            }
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
                store.note_change();
                live.tell_pages(EVERYTHING);
                tokio::time::sleep(Duration::from_secs(1)).await;
            }
        }))
    }
}

/// Sends merged announcements through PostgreSQL, whose listener (this
/// instance's among them) tells the pages; on SQLite, or when NOTIFY
/// fails, tells this instance's pages directly.
async fn pass_on(
    mut merged: mpsc::UnboundedReceiver<Arc<str>>,
    store: Store,
    pages: broadcast::Sender<Arc<str>>,
) {
    while let Some(scope) = merged.recv().await {
        if store.is_postgres() {
            match store.announce_change(&scope).await {
                Ok(()) => continue,
                Err(e) => tracing::warn!(error = %e, "NOTIFY failed; telling this instance only"),
            }
        }
        // No page open is not an error.
        let _ = pages.send(scope);
    }
}

/// Passes announcements on, merging those of a scope that come within
/// [`MERGE_WINDOW`] of the last one passed: the first goes at once, the
/// rest as one at the end of the window.
async fn merge_announcements(
    mut incoming: mpsc::UnboundedReceiver<Arc<str>>,
    merged: mpsc::UnboundedSender<Arc<str>>,
) {
    let mut last_sent: HashMap<Arc<str>, Instant> = HashMap::new();
    let mut due: HashMap<Arc<str>, Instant> = HashMap::new();
    loop {
        let next = due.values().min().copied();
        tokio::select! {
            scope = incoming.recv() => {
                let Some(scope) = scope else { return };
                if due.contains_key(&scope) {
                    continue;
                }
                let now = Instant::now();
                match last_sent.get(&scope) {
                    Some(at) if now < *at + MERGE_WINDOW => {
                        due.insert(scope, *at + MERGE_WINDOW);
                    }
                    _ => {
                        // Ends only with the server.
                        let _ = merged.send(scope.clone());
                        last_sent.insert(scope, now);
                    }
                }
            }
            () = tokio::time::sleep_until(next.unwrap_or_else(Instant::now)), if next.is_some() => {
                let now = Instant::now();
                let ready: Vec<Arc<str>> =
                    due.iter().filter(|(_, at)| **at <= now).map(|(s, _)| s.clone()).collect();
                for scope in ready {
                    due.remove(&scope);
                    let _ = merged.send(scope.clone());
                    last_sent.insert(scope, now);
                }
                // Quiet scopes need no memory.
                last_sent.retain(|_, at| now < *at + MERGE_WINDOW);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Feeds announcements to the merging task on paused time.
    fn merger() -> (
        mpsc::UnboundedSender<Arc<str>>,
        mpsc::UnboundedReceiver<Arc<str>>,
    ) {
        let (pages, heard) = mpsc::unbounded_channel();
        let (announce, incoming) = mpsc::unbounded_channel();
        tokio::spawn(merge_announcements(incoming, pages));
        (announce, heard)
    }

    fn received(heard: &mut mpsc::UnboundedReceiver<Arc<str>>) -> Vec<String> {
        std::iter::from_fn(|| heard.try_recv().ok().map(|s| s.to_string())).collect()
    }

    async fn settle() {
        for _ in 0..10 {
            tokio::task::yield_now().await;
        }
    }

    #[tokio::test(start_paused = true)]
    async fn a_burst_of_changes_is_heard_once_at_once_and_once_after_the_window() {
        let (announce, mut heard) = merger();
        for _ in 0..100 {
            announce.send(Arc::from("open-space")).unwrap();
        }
        settle().await;
        assert_eq!(
            received(&mut heard),
            ["open-space"],
            "the first goes at once"
        );
        tokio::time::advance(MERGE_WINDOW - Duration::from_millis(1)).await;
        settle().await;
        assert!(
            received(&mut heard).is_empty(),
            "the rest wait for the window"
        );
        tokio::time::advance(Duration::from_millis(1)).await;
        settle().await;
        assert_eq!(received(&mut heard), ["open-space"], "and go as one");
        tokio::time::advance(MERGE_WINDOW * 3).await;
        settle().await;
        assert!(received(&mut heard).is_empty(), "nothing more to say");
    }

    #[tokio::test(start_paused = true)]
    async fn scopes_do_not_hold_each_other_back() {
        let (announce, mut heard) = merger();
        announce.send(Arc::from("open-space")).unwrap();
        announce.send(Arc::from("floor-6")).unwrap();
        announce.send(Arc::from("program")).unwrap();
        settle().await;
        assert_eq!(received(&mut heard), ["open-space", "floor-6", "program"]);
    }

    #[tokio::test(start_paused = true)]
    async fn a_change_after_a_quiet_window_goes_at_once() {
        let (announce, mut heard) = merger();
        announce.send(Arc::from("program")).unwrap();
        settle().await;
        tokio::time::advance(MERGE_WINDOW).await;
        announce.send(Arc::from("program")).unwrap();
        settle().await;
        assert_eq!(received(&mut heard), ["program", "program"]);
    }
}
