//! A lock beside a SQLite file that says a server is using it. `convene
//! serve` holds it shared while it runs; `convene restore` takes it
//! exclusively, so that it never replaces a file under a running server
//! (whose later writes would go to the file moved aside and be lost). A
//! separate file, because closing any descriptor of the database file
//! itself would drop SQLite's own locks on it.

use std::{fs::File, path::PathBuf};

use super::StoreError;

/// Held until dropped; the operating system releases it if the process dies.
#[derive(Debug)]
pub struct ServerLock {
    _file: File,
}

fn lock_path(database: &str) -> PathBuf {
    PathBuf::from(format!("{database}.lock"))
}

fn open(database: &str) -> Result<File, StoreError> {
    let path = lock_path(database);
    File::options()
        .create(true)
        .truncate(false)
        .write(true)
        .open(&path)
        .map_err(|e| StoreError::Open {
            target: path.display().to_string(),
            reason: e.to_string(),
        })
}

impl ServerLock {
    /// For a server: shared with other servers of the same file.
    pub fn serve(database: &str) -> Result<ServerLock, StoreError> {
        let file = open(database)?;
        file.try_lock_shared().map_err(|_| {
            StoreError::Refused(format!(
                "{database} is being restored from a backup right now; start the server when the restore has finished"
            ))
        })?;
        Ok(ServerLock { _file: file })
    }

    /// For a restore: no server may hold the file.
    pub fn restore(database: &str) -> Result<ServerLock, StoreError> {
        let file = open(database)?;
        file.try_lock().map_err(|_| {
            StoreError::Refused(format!(
                "a convene server is using {database}; stop it before restoring (its later changes would be lost)"
            ))
        })?;
        Ok(ServerLock { _file: file })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_restore_waits_for_every_server_to_stop() {
        let dir = tempfile::tempdir().unwrap();
        let db = dir.path().join("convene.db").to_string_lossy().into_owned();
        let first = ServerLock::serve(&db).unwrap();
        let second = ServerLock::serve(&db).unwrap();
        let refused = ServerLock::restore(&db).unwrap_err().to_string();
        assert!(refused.contains("stop it before restoring"), "{refused}");
        drop(first);
        assert!(ServerLock::restore(&db).is_err(), "one server still runs");
        drop(second);
        let restoring = ServerLock::restore(&db).unwrap();
        let refused = ServerLock::serve(&db).unwrap_err().to_string();
        assert!(refused.contains("being restored"), "{refused}");
        drop(restoring);
        ServerLock::serve(&db).unwrap();
    }
}
