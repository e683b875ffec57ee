use std::{io::Write, path::Path};

use anyhow::{Context, bail};

use crate::{
    config::{self, FileConfig},
    domain::Viewer,
    export::{
        self, Format, Output,
        report::{ReportView, docx, html_file, markdown},
    },
    store::Store,
};

/// What `convene export` writes: a data format, or the report.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum ExportFormat {
    Ical,
    FrabXml,
    FrabJson,
    PeopleCsv,
    OrganisationsCsv,
    Hsds,
    ReportMd,
    ReportDocx,
    ReportHtml,
}

impl ExportFormat {
    fn data(self) -> Option<Format> {
        Some(match self {
            ExportFormat::Ical => Format::Ical,
            ExportFormat::FrabXml => Format::FrabXml,
            ExportFormat::FrabJson => Format::FrabJson,
            ExportFormat::PeopleCsv => Format::PeopleCsv,
            ExportFormat::OrganisationsCsv => Format::OrganisationsCsv,
            ExportFormat::Hsds => Format::Hsds,
            _ => return None,
        })
    }
}

pub async fn run(
    file: &FileConfig,
    database: Option<&str>,
    format: ExportFormat,
    lang: &str,
    out: Option<&Path>,
    base_url: Option<&str>,
) -> anyhow::Result<()> {
    let Some(data) = format.data() else {
        return report(file, database, format, lang, out, base_url).await;
    };
    let format = data;
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

/// The report, as organisers see it once published: without the parts
/// they left out, names only with consent, small counts hidden.
async fn report(
    file: &FileConfig,
    database: Option<&str>,
    format: ExportFormat,
    lang: &str,
    out: Option<&Path>,
    base_url: Option<&str>,
) -> anyhow::Result<()> {
    let tr = export::report::file_language(lang).map_err(anyhow::Error::msg)?;
    let url = config::database(database, file);
    let store = Store::open(&url).await?;
    let Some(c) = store.current_consultation().await? else {
        bail!("{} holds no consultation yet", url.redacted());
    };
    let report = crate::domain::report::build(store.report_sources(c.id).await?);
    store.close().await;
    let base_url = config::public_url(base_url, file);
    let view = ReportView::new(&report, tr, &base_url, false);
    let bytes = match format {
        ExportFormat::ReportDocx => docx(&view),
        ExportFormat::ReportHtml => html_file(&view)?.into_bytes(),
        _ => markdown(&view).into_bytes(),
    };
    match out {
        None => std::io::stdout().write_all(&bytes)?,
        Some(path) => std::fs::write(path, bytes)
            .with_context(|| format!("cannot write {}", path.display()))?,
    }
    Ok(())
}
