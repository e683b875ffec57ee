//! The only place with SQL. One `Store` serves SQLite (the default, one file)
//! and PostgreSQL (several instances behind one database); both run the same
//! SQL text, with migrations kept per backend under `migrations/`.

mod accounts;
mod directory;
mod floor;
mod invitation_mail;
mod my_schedule;
mod open_space;
mod personal;
mod polls;
mod privacy;
mod program;
mod questionnaires;
mod report;
mod schedule;
mod server_lock;
mod sessions;

pub use accounts::{
    Actor, ApiToken, AuditEntry, InvitationStatus, LinkHolder, Organiser, RemoveOrganiser,
};
pub use directory::{Erase, ImportOutcome, SaveOrganisation};
pub use floor::{AskOutcome, CallOutcome, Floor, MergeOutcome, QuestionRef, Summary, VoteOutcome};
pub use invitation_mail::{MailOutcome, MailStatus, QueuedMail};
pub use open_space::{
    FullTable, JoinOutcome, MyBoard, Notice, PlaceOutcome, Seat, SpaceEdit, Waited,
};
pub use personal::{Account, PERSONAL_TABLES, Section, rfc3339};
pub use polls::Answered;
pub use privacy::{ConsentRecord, OwnProfile, Retention};
pub use questionnaires::{AnswerRow, Embedded, QuestionnaireFields, Saved, Suggestion, Unembedded};
pub use report::LeftOutKind;
pub use schedule::{Room, SessionChange};
pub use server_lock::ServerLock;

use std::{path::Path, str::FromStr, time::Duration};

use sqlx::{
    PgPool, SqlitePool,
    postgres::{PgConnectOptions, PgPoolOptions},
    sqlite::{SqliteConnectOptions, SqliteJournalMode, SqlitePoolOptions, SqliteSynchronous},
};

use crate::domain::{BundleError, ValidationError};

#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error("cannot open the database {target}: {reason}")]
    Open { target: String, reason: String },
    #[error("{0} is not a SQLite database")]
    NotSqlite(String),
    #[error("cannot apply the database migrations: {0}")]
    Migrate(#[from] sqlx::migrate::MigrateError),
    #[error("the database already holds a consultation; use a new, empty database")]
    NotEmpty,
    #[error(transparent)]
    Invalid(#[from] BundleError),
    #[error("the database holds a value convene cannot read: {0}")]
    Corrupt(String),
    #[error("{0}")]
    Unsupported(&'static str),
    #[error("database error: {0}")]
    Sql(#[from] sqlx::Error),
    /// The change would break a rule of the consultation (its last
    /// organiser); nothing was changed, and the message says why.
    #[error("{0}")]
    Refused(String),
    /// A failure reported to several callers (a batch of sign-ups).
    #[error("database error: {0}")]
    Failed(String),
}

impl StoreError {
    /// Why the database cannot save anything now, when that is the cause:
    /// a full disk, a read-only file or database, a disk that fails, or a
    /// database out of reach. Such errors last until someone acts, and the
    /// person who meets one is told so, not "internal error".
    pub fn cannot_save(&self) -> Option<&'static str> {
        let StoreError::Sql(e) = self else {
            return None;
        };
        let e = match e {
            sqlx::Error::Database(e) => e,
            sqlx::Error::PoolTimedOut | sqlx::Error::Io(_) => {
                return Some("the database cannot be reached");
            }
            _ => return None,
        };
        let code = e.code()?;
        // SQLite gives its extended result code, the primary one in the
        // low byte; PostgreSQL an SQLSTATE.
        if e.try_downcast_ref::<sqlx::sqlite::SqliteError>().is_some() {
            return match code.parse::<i32>().ok()? & 0xff {
                8 => Some("the database file is read-only"),
                13 => Some("the disk is full"),
                10 => Some("the disk cannot be written"),
                _ => None,
            };
        }
        match code.as_ref() {
            "53100" => Some("the disk is full"),
            "25006" => Some("the database is read-only"),
            "58030" => Some("the disk cannot be written"),
            _ => None,
        }
    }
}

impl From<ValidationError> for StoreError {
    fn from(e: ValidationError) -> Self {
        StoreError::Invalid(e.into())
    }
}

pub type Result<T, E = StoreError> = std::result::Result<T, E>;

#[derive(Clone, Debug)]
enum Pool {
    Sqlite(SqlitePool),
    Postgres(PgPool),
}

/// Runs the same body against whichever pool the store holds; the body is
/// compiled once per backend, so each arm gets the concrete driver.
macro_rules! with_pool {
    ($store:expr, $pool:ident => $body:expr) => {
        match &$store.pool {
            $crate::store::Pool::Sqlite($pool) => $body,
            $crate::store::Pool::Postgres($pool) => $body,
        }
    };
}
pub(crate) use with_pool;

/// Like [`with_pool!`], for transactions that write: on SQLite they go
/// through a pool of one connection, so that writers queue in order
/// instead of polling SQLite's lock (the busy handler sleeps, and under a
/// rush of sign-ups those sleeps are most of the latency). PostgreSQL
/// takes its row locks itself.
macro_rules! with_writer {
    ($store:expr, $pool:ident => $body:expr) => {{
        let done = match (&$store.pool, &$store.sqlite_writer) {
            (_, Some($pool)) => $body,
            ($crate::store::Pool::Sqlite($pool), None) => $body,
            ($crate::store::Pool::Postgres($pool), None) => $body,
        };
        $store.note_change();
        done
    }};
}
pub(crate) use with_writer;

/// How long the current consultation is reused before it is read again.
/// Changes made by this process are seen at once; this bounds how long
/// another process's change (a second instance on PostgreSQL, a
/// command-line tool) takes to be seen.
pub const CONSULTATION_KEPT_FOR: Duration = Duration::from_secs(1);

/// How long a write probe's answer is reused by the health check.
pub const WRITE_PROBE_KEPT_FOR: Duration = Duration::from_secs(2);

/// The PostgreSQL channel changes are announced on.
const CHANGES_CHANNEL: &str = "convene_changes";
/// The channel migrations/postgres/0011's trigger announces ended
/// sessions and changed people on.
const SESSIONS_CHANNEL: &str = "convene_sessions";

#[derive(Clone, Debug)]
pub struct Store {
    pool: Pool,
    /// SQLite only: the one connection transactions that write go through.
    sqlite_writer: Option<SqlitePool>,
    /// The current consultation, as last read.
    consultation: std::sync::Arc<crate::recent::Recent<(), Option<crate::domain::Consultation>>>,
    /// Sessions found, remembered on PostgreSQL.
    sessions: std::sync::Arc<sessions::Sessions>,
    /// Whether the last write probe could save, and if not why.
    write_probe: std::sync::Arc<crate::recent::Recent<(), Option<String>>>,
    /// The queues of the sign-up writers, started on the first sign-up.
    joins: std::sync::Arc<
        std::sync::OnceLock<Vec<tokio::sync::mpsc::Sender<open_space::JoinRequest>>>,
    >,
    /// Counts writes made through this store and changes heard from other
    /// instances: what was read at one count may differ at the next.
    version: std::sync::Arc<std::sync::atomic::AtomicU64>,
}

/// What a listening instance hears (see [`Store::changes`]).
#[derive(Debug, PartialEq, Eq)]
pub enum Heard {
    /// A change announced by [`Store::announce_change`].
    Change(String),
    /// The connection dropped and is back: anything may have changed.
    Missed,
}

/// Announced changes from every instance on a PostgreSQL database. While
/// one is open, the store remembers sessions between requests, since it
/// hears when they end (src/store/sessions.rs).
#[derive(Debug)]
pub struct Changes {
    listener: sqlx::postgres::PgListener,
    sessions: std::sync::Arc<sessions::Sessions>,
}

impl Changes {
    /// The next announcement; an error when the connection is lost and
    /// cannot be made again.
    pub async fn next(&mut self) -> Result<Heard> {
        loop {
            let Some(heard) = self.listener.try_recv().await? else {
                self.sessions.forget();
                return Ok(Heard::Missed);
            };
            if heard.channel() == SESSIONS_CHANNEL {
                self.sessions.forget();
                continue;
            }
            return Ok(Heard::Change(heard.payload().to_owned()));
        }
    }
}

impl Drop for Changes {
    fn drop(&mut self) {
        self.sessions.not_heard();
    }
}

/// Where the data lives, parsed from `--database`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DatabaseUrl {
    SqliteFile(String),
    Postgres(String),
}

impl DatabaseUrl {
    /// A file path or `sqlite://path` selects SQLite; `postgres://` or
    /// `postgresql://` selects PostgreSQL.
    pub fn parse(input: &str) -> Self {
        if input.starts_with("postgres://") || input.starts_with("postgresql://") {
            return DatabaseUrl::Postgres(input.to_owned());
        }
        let path = input
            .strip_prefix("sqlite://")
            .or_else(|| input.strip_prefix("sqlite:"))
            .unwrap_or(input);
        DatabaseUrl::SqliteFile(path.split('?').next().unwrap_or(path).to_owned())
    }

    /// The location without any password, safe for logs and errors.
    pub fn redacted(&self) -> String {
        match self {
            DatabaseUrl::SqliteFile(path) => path.clone(),
            DatabaseUrl::Postgres(url) => match PgConnectOptions::from_str(url) {
                Ok(o) => format!(
                    "postgres://{}:{}/{}",
                    o.get_host(),
                    o.get_port(),
                    o.get_database().unwrap_or("")
                ),
                Err(_) => "postgres://(unparsable URL)".to_owned(),
            },
        }
    }
}

impl Store {
    /// The count of changes so far (see [`Store::note_change`]): a page
    /// read at one count is stale at any other.
    pub fn data_version(&self) -> u64 {
        self.version.load(std::sync::atomic::Ordering::Acquire)
    }

    /// Counts a change: every write through the store calls it once it is
    /// done, and the live updates call it for each change another instance
    /// announces.
    pub fn note_change(&self) {
        self.version
            .fetch_add(1, std::sync::atomic::Ordering::AcqRel);
    }
}

impl Store {
    /// Opens the database and applies its migrations.
    pub async fn open(url: &DatabaseUrl) -> Result<Self> {
        let store = match url {
            DatabaseUrl::SqliteFile(path) => Self::open_sqlite(path).await?,
            DatabaseUrl::Postgres(raw) => Self::open_postgres(url, raw).await?,
        };
        store.migrate(url).await?;
        Ok(store)
    }

    async fn open_sqlite(path: &str) -> Result<Self> {
        let options = SqliteConnectOptions::new()
            .filename(path)
            .create_if_missing(true)
            .journal_mode(SqliteJournalMode::Wal)
            .synchronous(SqliteSynchronous::Full)
            .foreign_keys(true)
            .busy_timeout(Duration::from_secs(5));
        // Readers: each connection is a thread with its own page and
        // statement caches (about 2 MiB once warm); on a small machine more
        // would cost memory without reading faster.
        // A connection to a local file cannot go stale, and the check
        // sqlx makes before lending one out is a trip to its thread.
        let pool = SqlitePoolOptions::new()
            .max_connections(4)
            .test_before_acquire(false)
            .connect_with(options.clone())
            .await
            .map_err(|e| sqlite_open_error(path, e))?;
        let writer = SqlitePoolOptions::new()
            .max_connections(1)
            .test_before_acquire(false)
            .connect_with(options)
            .await
            .map_err(|e| sqlite_open_error(path, e))?;
        Ok(Store {
            pool: Pool::Sqlite(pool),
            sqlite_writer: Some(writer),
            consultation: std::sync::Arc::new(crate::recent::Recent::new(CONSULTATION_KEPT_FOR)),
            write_probe: std::sync::Arc::new(crate::recent::Recent::new(WRITE_PROBE_KEPT_FOR)),
            sessions: sessions::Sessions::new_local(),
            joins: Default::default(),
            version: Default::default(),
        })
    }

    async fn open_postgres(url: &DatabaseUrl, raw: &str) -> Result<Self> {
        let open_error = |e: sqlx::Error| StoreError::Open {
            target: url.redacted(),
            reason: e.to_string(),
        };
        let options = PgConnectOptions::from_str(raw).map_err(open_error)?;
        // Connections kept open even when idle: opening one takes
        // PostgreSQL milliseconds, and a rush after a quiet hour would wait
        // for them.
        let pool = PgPoolOptions::new()
            .min_connections(4)
            .max_connections(16)
            .acquire_timeout(Duration::from_secs(5))
            .connect_with(options)
            .await
            .map_err(open_error)?;
        Ok(Store {
            pool: Pool::Postgres(pool),
            sqlite_writer: None,
            consultation: std::sync::Arc::new(crate::recent::Recent::new(CONSULTATION_KEPT_FOR)),
            write_probe: std::sync::Arc::new(crate::recent::Recent::new(WRITE_PROBE_KEPT_FOR)),
            sessions: sessions::Sessions::new(),
            joins: Default::default(),
            version: Default::default(),
        })
    }

    async fn migrate(&self, url: &DatabaseUrl) -> Result<()> {
        let result = match &self.pool {
            Pool::Sqlite(p) => sqlx::migrate!("migrations/sqlite").run(p).await,
            Pool::Postgres(p) => sqlx::migrate!("migrations/postgres").run(p).await,
        };
        match (result, url) {
            (Err(sqlx::migrate::MigrateError::Execute(e)), DatabaseUrl::SqliteFile(path)) => {
                Err(sqlite_open_error(path, e))
            }
            (result, _) => Ok(result?),
        }
    }

    /// A consistent copy of a SQLite database, made while it is in use
    /// (`VACUUM INTO` reads one snapshot). PostgreSQL has `pg_dump`.
    pub async fn backup_to(&self, path: &str) -> Result<()> {
        let Pool::Sqlite(pool) = &self.pool else {
            return Err(StoreError::Unsupported(
                "convene backup copies SQLite databases; back up PostgreSQL with pg_dump",
            ));
        };
        sqlx::query("VACUUM INTO $1")
            .bind(path)
            .execute(pool)
            .await?;
        Ok(())
    }

    /// Checks a SQLite file: readable, intact, and a convene database.
    pub async fn check_sqlite_file(path: &str) -> Result<()> {
        let options = SqliteConnectOptions::new().filename(path).read_only(true);
        let pool = SqlitePoolOptions::new()
            .max_connections(1)
            .connect_with(options)
            .await
            .map_err(|e| sqlite_open_error(path, e))?;
        let check: String = sqlx::query_scalar("PRAGMA integrity_check")
            .fetch_one(&pool)
            .await
            .map_err(|e| sqlite_open_error(path, e))?;
        let has_consultations: i64 = sqlx::query_scalar(
            "SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = 'consultation'",
        )
        .fetch_one(&pool)
        .await?;
        pool.close().await;
        if check != "ok" {
            return Err(StoreError::Open {
                target: path.to_owned(),
                reason: format!("integrity check failed: {check}"),
            });
        }
        if has_consultations == 0 {
            return Err(StoreError::Open {
                target: path.to_owned(),
                reason: "not a convene database".to_owned(),
            });
        }
        Ok(())
    }

    pub fn backend(&self) -> &'static str {
        match self.pool {
            Pool::Sqlite(_) => "sqlite",
            Pool::Postgres(_) => "postgres",
        }
    }

    pub fn is_postgres(&self) -> bool {
        matches!(self.pool, Pool::Postgres(_))
    }

    /// Tells every instance listening on this PostgreSQL database that
    /// something changed.
    pub async fn announce_change(&self, scope: &str) -> Result<()> {
        if let Pool::Postgres(p) = &self.pool {
            sqlx::query("SELECT pg_notify($1, $2)")
                .bind(CHANGES_CHANNEL)
                .bind(scope)
                .execute(p)
                .await?;
        }
        Ok(())
    }

    /// Every instance's announced changes, as they come; `None` on SQLite,
    /// where one process is the only writer and announces in memory.
    pub async fn changes(&self) -> Result<Option<Changes>> {
        let Pool::Postgres(p) = &self.pool else {
            return Ok(None);
        };
        let mut listener = sqlx::postgres::PgListener::connect_with(p).await?;
        listener
            .listen_all([CHANGES_CHANNEL, SESSIONS_CHANNEL])
            .await?;
        self.sessions.heard();
        Ok(Some(Changes {
            listener,
            sessions: self.sessions.clone(),
        }))
    }

    /// Call after committing a change to sessions or to people's names,
    /// roles or existence.
    fn sessions_changed(&self) {
        self.sessions.forget();
    }

    /// A cheap round trip, for the health endpoint.
    /// Why nothing can be saved right now (a full or read-only disk),
    /// or `None` when a write goes through. A real write, on the same
    /// connection as every other; its answer is kept a moment, so that a
    /// health check polled often costs one write per moment.
    pub async fn cannot_save(&self) -> Option<String> {
        let probe = async {
            let wrote = self.probe_write().await;
            Ok::<_, std::convert::Infallible>(wrote.err().map(|e| {
                e.cannot_save()
                    .map_or_else(|| format!("{e}"), str::to_owned)
            }))
        };
        match self.write_probe.get_or_load((), probe).await {
            Ok(answer) => (*answer).clone(),
            Err(never) => match never {},
        }
    }

    async fn probe_write(&self) -> Result<()> {
        with_writer!(self, p => {
            sqlx::query(
                "INSERT INTO write_probe (id, probed_at) VALUES (1, $1) \
                 ON CONFLICT (id) DO UPDATE SET probed_at = excluded.probed_at",
            )
            .bind(jiff::Timestamp::now().as_second())
            .execute(p)
            .await?;
        });
        Ok(())
    }

    pub async fn ping(&self) -> Result<()> {
        with_pool!(self, p => {
            sqlx::query("SELECT 1").execute(p).await?;
        });
        Ok(())
    }

    pub async fn close(&self) {
        if let Some(writer) = &self.sqlite_writer {
            writer.close().await;
        }
        with_pool!(self, p => p.close().await)
    }
}

fn sqlite_open_error(path: &str, e: sqlx::Error) -> StoreError {
    let not_a_database = e
        .as_database_error()
        .and_then(|d| d.code())
        .is_some_and(|code| code == "26");
    if not_a_database {
        return StoreError::NotSqlite(path.to_owned());
    }
    let reason = if Path::new(path)
        .parent()
        .is_some_and(|p| !p.as_os_str().is_empty() && !p.exists())
    {
        "its folder does not exist".to_owned()
    } else {
        e.to_string()
    };
    StoreError::Open {
        target: path.to_owned(),
        reason,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_database_urls() {
        assert_eq!(
            DatabaseUrl::parse("convene.db"),
            DatabaseUrl::SqliteFile("convene.db".into())
        );
        assert_eq!(
            DatabaseUrl::parse("sqlite:///tmp/x.db"),
            DatabaseUrl::SqliteFile("/tmp/x.db".into())
        );
        assert_eq!(
            DatabaseUrl::parse("sqlite://data/x.db?mode=rwc"),
            DatabaseUrl::SqliteFile("data/x.db".into())
        );
        assert!(matches!(
            DatabaseUrl::parse("postgresql://u@h/db"),
            DatabaseUrl::Postgres(_)
        ));
    }

    #[test]
    fn redacts_passwords() {
        let url = DatabaseUrl::parse("postgres://me:secret@db.example:5433/convene");
        assert_eq!(url.redacted(), "postgres://db.example:5433/convene");
    }
}
