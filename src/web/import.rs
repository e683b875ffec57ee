//! The organiser pages that import the participants' and the
//! organisations' lists from CSV files.

use askama::Template;
use axum::extract::{Multipart, State};

use super::{
    AppState, CurrentViewer, Me,
    pages::{Current, PageResult, render, tr},
    views::Layout,
};
use crate::{
    app::{
        organisations::{self, OrganisationsImported},
        people::{self as actions, ParticipantsImported},
    },
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
    pub list: List,
}

/// The message keys of an import page: its title, the file field's
/// label, the format's description, and the link to the listing.
pub struct ListWords {
    pub title: &'static str,
    pub file: &'static str,
    pub format: &'static str,
    pub see: &'static str,
}

/// Which list a page imports.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum List {
    Participants,
    Organisations,
}

impl List {
    pub fn action(self) -> &'static str {
        match self {
            List::Participants => "/import/participants",
            List::Organisations => "/import/organisations",
        }
    }

    /// Where the imported list is seen.
    pub fn listing(self) -> &'static str {
        match self {
            List::Participants => "/people",
            List::Organisations => "/organisations",
        }
    }

    /// The keys of the page's own words.
    pub fn words(self) -> ListWords {
        match self {
            List::Participants => ListWords {
                title: "import-title",
                file: "import-file",
                format: "import-format-body",
                see: "import-see",
            },
            List::Organisations => ListWords {
                title: "import-orgs-title",
                file: "import-orgs-file",
                format: "import-orgs-format-body",
                see: "import-orgs-see",
            },
        }
    }

    /// The columns the file may have, each with its message key.
    pub fn columns(self) -> &'static [(&'static str, &'static str)] {
        match self {
            List::Participants => &[
                ("name", "import-col-name"),
                ("organisation", "import-col-organisation"),
                ("country", "import-col-country"),
                ("role", "import-col-role"),
                ("languages", "import-col-languages"),
                ("email", "import-col-email"),
                ("visibility", "import-col-visibility"),
                ("organisation_corridors", "import-col-organisation-fields"),
            ],
            List::Organisations => &[
                ("name", "import-orgs-col-name"),
                ("acronym", "import-orgs-col-acronym"),
                ("country", "import-col-country"),
                ("sectors", "import-orgs-col-sectors"),
                ("services", "import-orgs-col-services"),
                ("languages", "import-col-languages"),
                ("website", "import-orgs-col-website"),
                ("corridors", "import-orgs-col-corridors"),
            ],
        }
    }

    fn page(self, c: &crate::domain::Consultation, csrf: String) -> ImportPage {
        let tr = tr();
        ImportPage {
            page: Layout::for_consultation(tr, c, tr.t(self.words().title), "directory"),
            csrf,
            errors: Vec::new(),
            summary: None,
            ignored: Vec::new(),
            list: self,
        }
    }
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
    render(&List::Participants.page(&c, me.csrf_token))
}

pub async fn organisations_form(
    Current(c): Current,
    CurrentViewer(viewer): CurrentViewer,
    Me(me): Me,
) -> PageResult {
    require_organiser(viewer)?;
    render(&List::Organisations.page(&c, me.csrf_token))
}

/// The file field of an upload form; a clear refusal when it is missing,
/// empty or too large.
async fn file_field(mut multipart: Multipart) -> Result<axum::body::Bytes, AppError> {
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
    bytes
        .filter(|b| !b.is_empty())
        .ok_or_else(|| AppError::BadRequest(tr.t("import-no-file")))
}

pub async fn upload(
    State(state): State<AppState>,
    Current(c): Current,
    CurrentViewer(viewer): CurrentViewer,
    Me(me): Me,
    multipart: Multipart,
) -> PageResult {
    require_organiser(viewer)?;
    let tr = tr();
    let bytes = file_field(multipart).await?;
    let mut page = List::Participants.page(&c, me.csrf_token.clone());
    match actions::import_participants(&state, &c, &me, &bytes).await? {
        ParticipantsImported::Refused(errors) => {
            page.errors = errors.iter().map(|e| e.in_lang(tr)).collect()
        }
        ParticipantsImported::Done {
            outcome,
            ignored_columns,
        } => {
            page.summary = Some(format!(
                "{} {} {} {}",
                tr.t_count("import-done-new", outcome.people_created),
                tr.t_count("import-done-updated", outcome.people_updated),
                tr.t_count("import-done-organisations", outcome.organisations_created),
                tr.t_count(
                    "import-done-organisations-updated",
                    outcome.organisations_updated
                ),
            ));
            page.ignored = ignored_columns;
        }
    }
    answer(&page)
}

pub async fn organisations_upload(
    State(state): State<AppState>,
    Current(c): Current,
    CurrentViewer(viewer): CurrentViewer,
    Me(me): Me,
    multipart: Multipart,
) -> PageResult {
    require_organiser(viewer)?;
    let tr = tr();
    let bytes = file_field(multipart).await?;
    let mut page = List::Organisations.page(&c, me.csrf_token.clone());
    match organisations::import(&state, c.id, &me, &bytes).await? {
        OrganisationsImported::Refused(errors) => {
            page.errors = errors.iter().map(|e| e.in_lang(tr)).collect()
        }
        OrganisationsImported::Done {
            outcome,
            ignored_columns,
        } => {
            page.summary = Some(format!(
                "{} {}",
                tr.t_count("import-done-organisations", outcome.organisations_created),
                tr.t_count(
                    "import-done-organisations-updated",
                    outcome.organisations_updated
                ),
            ));
            page.ignored = ignored_columns;
        }
    }
    answer(&page)
}

/// The page, with 422 when the file was refused.
fn answer(page: &ImportPage) -> PageResult {
    let status = if page.errors.is_empty() {
        axum::http::StatusCode::OK
    } else {
        axum::http::StatusCode::UNPROCESSABLE_ENTITY
    };
    let mut response = render(page)?;
    *response.status_mut() = status;
    Ok(response)
}
