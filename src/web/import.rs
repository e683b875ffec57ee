//! The organiser page that imports the participant list from a CSV file.

use askama::Template;
use axum::extract::{Multipart, State};

use super::{
    AppState, CurrentViewer, Me,
    pages::{Current, PageResult, render, tr},
    views::Layout,
};
use crate::{
    app::people::{self as actions, ParticipantsImported},
    domain::Viewer,
    error::AppError,
    import::MAX_BYTES,
};

#[derive(Template)]
#[template(path = "import.html")]
pub struct ImportPage {
    pub page: Layout,
    pub csrf: String,
    pub errors: Vec<String>,
    pub summary: Option<String>,
    pub ignored: Vec<String>,
}

fn require_organiser(viewer: Viewer) -> Result<(), AppError> {
    match viewer {
        Viewer::Organiser => Ok(()),
        _ => Err(AppError::NotFound),
    }
}

pub async fn form(
    Current(c): Current,
    CurrentViewer(viewer): CurrentViewer,
    Me(me): Me,
) -> PageResult {
    require_organiser(viewer)?;
    let tr = tr();
    render(&ImportPage {
        page: Layout::for_consultation(tr, &c, tr.t("import-title"), "directory"),
        csrf: me.csrf_token,
        errors: Vec::new(),
        summary: None,
        ignored: Vec::new(),
    })
}

pub async fn upload(
    State(state): State<AppState>,
    Current(c): Current,
    CurrentViewer(viewer): CurrentViewer,
    Me(me): Me,
    mut multipart: Multipart,
) -> PageResult {
    require_organiser(viewer)?;
    let tr = tr();
    let too_large = || tr.t_with("import-too-large", "megabytes", MAX_BYTES / 1_048_576);
    let mut bytes = None;
    loop {
        match multipart.next_field().await {
            Ok(Some(field)) if field.name() == Some("file") => match field.bytes().await {
                Ok(b) => bytes = Some(b),
                Err(e) if e.status() == axum::http::StatusCode::PAYLOAD_TOO_LARGE => {
                    return Err(AppError::BadRequest(too_large()));
                }
                Err(e) => return Err(AppError::BadRequest(e.body_text())),
            },
            Ok(Some(_)) => {}
            Ok(None) => break,
            Err(e) if e.status() == axum::http::StatusCode::PAYLOAD_TOO_LARGE => {
                return Err(AppError::BadRequest(too_large()));
            }
            Err(e) => return Err(AppError::BadRequest(e.body_text())),
        }
    }
    let bytes = bytes
        .filter(|b| !b.is_empty())
        .ok_or_else(|| AppError::BadRequest(tr.t("import-no-file")))?;
    let mut page = ImportPage {
        page: Layout::for_consultation(tr, &c, tr.t("import-title"), "directory"),
        csrf: me.csrf_token.clone(),
        errors: Vec::new(),
        summary: None,
        ignored: Vec::new(),
    };
    match actions::import_participants(&state, &c, &me, &bytes).await? {
        ParticipantsImported::Refused(errors) => {
            page.errors = errors.iter().map(|e| e.in_lang(tr)).collect()
        }
        ParticipantsImported::Done {
            outcome,
            ignored_columns,
        } => {
            page.summary = Some(format!(
                "{} {} {}",
                tr.t_count("import-done-new", outcome.people_created),
                tr.t_count("import-done-updated", outcome.people_updated),
                tr.t_count("import-done-organisations", outcome.organisations_created),
            ));
            page.ignored = ignored_columns;
        }
    }
    let status = if page.errors.is_empty() {
        axum::http::StatusCode::OK
    } else {
        axum::http::StatusCode::UNPROCESSABLE_ENTITY
    };
    let mut response = render(&page)?;
    *response.status_mut() = status;
    Ok(response)
}
