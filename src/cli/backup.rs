use std::path::Path;

use anyhow::{Context, bail};

use crate::{
    config::{self, FileConfig},
    store::{DatabaseUrl, ServerLock, Store},
};

/// Writes a consistent copy of the database to `target`, also while the
/// server runs.
pub async fn backup(
    file: &FileConfig,
    database: Option<&str>,
    target: &Path,
) -> anyhow::Result<()> {
    if target.exists() {
        bail!(
            "{} exists already; choose a new file name",
            target.display()
        );
    }
    let url = config::database(database, file);
    let store = Store::open(&url).await?;
    let path = target.to_string_lossy().into_owned();
    store.backup_to(&path).await?;
    store.close().await;
    Store::check_sqlite_file(&path).await?;
    println!("Backed up {} to {}", url.redacted(), target.display());
    Ok(())
}

/// Replaces the database with a backup, after checking the backup. The
/// server must be stopped; the replaced file is kept beside it.
pub async fn restore(
    file: &FileConfig,
    database: Option<&str>,
    source: &Path,
) -> anyhow::Result<()> {
    let url = config::database(database, file);
    let DatabaseUrl::SqliteFile(db) = &url else {
        bail!(
            "convene restore brings back SQLite backups; restore PostgreSQL with pg_restore or psql"
        );
    };
    let _lock = ServerLock::restore(db)?;
    let source_path = source.to_string_lossy().into_owned();
    Store::check_sqlite_file(&source_path).await?;
    let db = Path::new(db);
    if db.exists() {
        let kept = db.with_extension(format!(
            "before-restore-{}.db",
            jiff::Timestamp::now().as_second()
        ));
        std::fs::rename(db, &kept)
            .with_context(|| format!("cannot move {} aside", db.display()))?;
        for suffix in ["-wal", "-shm"] {
            let side = format!("{}{suffix}", db.display());
            if Path::new(&side).exists() {
                std::fs::rename(&side, format!("{}{suffix}", kept.display()))?;
            }
        }
        println!("Kept the replaced database as {}", kept.display());
    }
    std::fs::copy(source, db)
        .with_context(|| format!("cannot copy {} to {}", source.display(), db.display()))?;
    // Opening applies any migrations newer than the backup.
    Store::open(&url).await?.close().await;
    println!("Restored {} from {}", db.display(), source.display());
    Ok(())
}
