//! Sessions remembered between requests, on PostgreSQL. Every request
//! starts by finding its session, and in a rush of sign-ups that lookup
//! was most of PostgreSQL's work.
//!
//! A trigger (migrations/postgres/0011) announces every ended session
//! and every renamed or removed person, whichever instance or command
//! made the change; an instance remembers sessions only while it hears
//! those announcements ([`super::Changes`]), and forgets them all on each
//! one and whenever the connection it hears them on drops. This process's
//! own changes are forgotten at once, before their announcement returns.
//!
//! On SQLite this process makes the changes and forgets at once too; a
//! command-line tool writing the same file is not heard, so a session is
//! remembered there for [`SQLITE_SESSIONS_KEPT_FOR`] at most. Reading it
//! every time cost signed-in pages a fifth of their speed.

use std::{
    sync::{
        Arc,
        atomic::{AtomicUsize, Ordering},
    },
    time::Duration,
};

use crate::{auth::Principal, recent::Recent};

/// A bound on how long a session is remembered, in case an announcement
/// is lost without the connection dropping.
pub const SESSIONS_KEPT_FOR: Duration = Duration::from_secs(300);

/// How long a session is remembered on SQLite, where nothing announces
/// another process's changes.
pub const SQLITE_SESSIONS_KEPT_FOR: Duration = Duration::from_secs(5);

/// A session as found: who it is, and until when.
pub(super) struct Found {
    pub principal: Principal,
    pub expires_at: i64,
}

#[derive(Debug)]
pub(super) struct Sessions {
    kept: Recent<String, Found>,
    /// Open [`super::Changes`]: sessions are remembered only while one is.
    heard_by: AtomicUsize,
}

impl Sessions {
    pub fn new() -> Arc<Self> {
        Arc::new(Sessions {
            kept: Recent::new(SESSIONS_KEPT_FOR),
            heard_by: AtomicUsize::new(0),
        })
    }

    /// For SQLite: remembered always, briefly.
    pub fn new_local() -> Arc<Self> {
        Arc::new(Sessions {
            kept: Recent::new(SQLITE_SESSIONS_KEPT_FOR),
            heard_by: AtomicUsize::new(1),
        })
    }

    /// The session of `token_hash`, remembered or found by `find`.
    pub async fn get_or_find<F>(
        &self,
        token_hash: &str,
        find: F,
    ) -> super::Result<Option<Arc<Found>>>
    where
        F: Future<Output = super::Result<Option<Found>>>,
    {
        if self.heard_by.load(Ordering::SeqCst) == 0 {
            return Ok(find.await?.map(Arc::new));
        }
        self.kept.get_or_find(token_hash.to_owned(), find).await
    }

    /// Call after committing a change to sessions or people.
    pub fn forget(&self) {
        self.kept.forget();
    }

    /// A [`super::Changes`] started hearing announcements.
    pub fn heard(&self) {
        self.kept.forget();
        self.heard_by.fetch_add(1, Ordering::SeqCst);
    }

    /// A [`super::Changes`] stopped.
    pub fn not_heard(&self) {
        self.heard_by.fetch_sub(1, Ordering::SeqCst);
        self.kept.forget();
    }
}
