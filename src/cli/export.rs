use std::{io::Write, path::Path};

use anyhow::{Context, bail};

use crate::{
    config::{self, FileConfig},
    domain::Viewer,
    export::{self, Format, Output},
    store::Store,
};

pub async fn run(
    file: &FileConfig,
    database: Option<&str>,
    format: Format,
    out: Option<&Path>,
    base_url: Option<&str>,
) -> anyhow::Result<()> {
    if format == Format::Hsds && out.is_none() {
        bail!("hsds writes a folder of files: give it with --out FOLDER");
    }
    let url = config::database(database, file);
    let store = Store::open(&url).await?;
    let Some(c) = store.current_consultation().await? else {
        bail!("{} holds no consultation yet", url.redacted());
    };
    // The command line is the organiser's: it sees what organisers see.
    let viewer = Viewer::Organiser;
    let sessions = store.sessions(c.id, viewer).await?;
    let directory = store.directory(c.id, viewer).await?;
    store.close().await;
    let base_url = config::public_url(base_url, file);
    let output = export::render(
        format,
        &c,
        &sessions,
        &directory,
        viewer,
        &base_url,
        jiff::Timestamp::now(),
    );
    match (output, out) {
        (Output::File { bytes, .. }, None) => std::io::stdout().write_all(&bytes)?,
        (Output::File { bytes, .. }, Some(path)) => {
            std::fs::write(path, bytes)
                .with_context(|| format!("cannot write {}", path.display()))?;
        }
        (Output::Folder(files), Some(dir)) => {
            std::fs::create_dir_all(dir)
                .with_context(|| format!("cannot create {}", dir.display()))?;
            for (name, bytes) in files {
                let path = dir.join(name);
                std::fs::write(&path, bytes)
                    .with_context(|| format!("cannot write {}", path.display()))?;
            }
        }
        (Output::Folder(_), None) => unreachable!("checked above"),
    }
    Ok(())
}
