//! Downloads: the iCal feeds and every export format.

use std::io::Write;

use axum::{
    extract::{Path, State},
    http::{HeaderMap, header},
    response::{IntoResponse, Response},
};

use super::{AppState, CurrentViewer, pages::PageResult};
use crate::{
    domain::Viewer,
    error::AppError,
    export::{self, Format, Output},
};

/// The address links in exports point to: configured, or this request's host.
pub(super) fn base_url(state: &AppState, headers: &HeaderMap) -> String {
    if let Some(url) = &state.public_url {
        return url.clone();
    }
    let host = headers
        .get(header::HOST)
        .and_then(|h| h.to_str().ok())
        .filter(|h| {
            h.chars()
                .all(|c| c.is_ascii_alphanumeric() || ".-:[]".contains(c))
        })
        .unwrap_or("localhost");
    format!("http://{host}")
}

fn attachment(bytes: Vec<u8>, content_type: &'static str, file_name: &str) -> Response {
    (
        [
            (header::CONTENT_TYPE, content_type.to_owned()),
            (
                header::CONTENT_DISPOSITION,
                format!("attachment; filename=\"{file_name}\""),
            ),
            (header::CACHE_CONTROL, "no-cache".to_owned()),
        ],
        bytes,
    )
        .into_response()
}

async fn rendered(
    state: &AppState,
    viewer: Viewer,
    headers: &HeaderMap,
    format: Format,
) -> Result<Output, AppError> {
    let c = state
        .store
        .current_consultation()
        .await?
        .ok_or(AppError::NotFound)?;
    let sessions = state.store.sessions(c.id, viewer).await?;
    let directory = state.store.directory(c.id, viewer).await?;
    Ok(export::render(
        format,
        &c,
        &sessions,
        &directory,
        viewer,
        &base_url(state, headers),
        jiff::Timestamp::now(),
    ))
}

pub async fn program_ics(
    State(state): State<AppState>,
    CurrentViewer(viewer): CurrentViewer,
    headers: HeaderMap,
) -> PageResult {
    download_format(&state, viewer, &headers, Format::Ical).await
}

pub async fn session_ics(
    State(state): State<AppState>,
    CurrentViewer(viewer): CurrentViewer,
    headers: HeaderMap,
    Path(id): Path<String>,
) -> PageResult {
    let id: i64 = id.parse().map_err(|_| AppError::NotFound)?;
    let c = state
        .store
        .current_consultation()
        .await?
        .ok_or(AppError::NotFound)?;
    let session = state
        .store
        .session(c.id, id, viewer)
        .await?
        .ok_or(AppError::NotFound)?;
    let body = export::ical::calendar(
        &c,
        &[&session],
        &base_url(&state, &headers),
        jiff::Timestamp::now(),
    );
    Ok(attachment(
        body.into_bytes(),
        "text/calendar; charset=utf-8",
        &format!("session-{id}.ics"),
    ))
}

macro_rules! export_route {
    ($name:ident, $format:expr) => {
        pub async fn $name(
            State(state): State<AppState>,
            CurrentViewer(viewer): CurrentViewer,
            headers: HeaderMap,
        ) -> PageResult {
            download_format(&state, viewer, &headers, $format).await
        }
    };
}

export_route!(schedule_xml, Format::FrabXml);
export_route!(schedule_json, Format::FrabJson);
export_route!(people_csv, Format::PeopleCsv);
export_route!(organisations_csv, Format::OrganisationsCsv);
export_route!(hsds_zip, Format::Hsds);

async fn download_format(
    state: &AppState,
    viewer: Viewer,
    headers: &HeaderMap,
    format: Format,
) -> PageResult {
    Ok(match rendered(state, viewer, headers, format).await? {
        Output::File {
            bytes,
            content_type,
            file_name,
        } => attachment(bytes, content_type, file_name),
        Output::Folder(files) => attachment(zip(files)?, "application/zip", "hsds.zip"),
    })
}

fn zip(files: Vec<(String, Vec<u8>)>) -> Result<Vec<u8>, AppError> {
    let mut archive = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    let options = zip::write::SimpleFileOptions::default();
    let failed = |e: &dyn std::fmt::Display| AppError::Internal(format!("zip: {e}"));
    for (name, bytes) in files {
        archive.start_file(name, options).map_err(|e| failed(&e))?;
        archive.write_all(&bytes).map_err(|e| failed(&e))?;
    }
    let cursor = archive.finish().map_err(|e| failed(&e))?;
    Ok(cursor.into_inner())
}
