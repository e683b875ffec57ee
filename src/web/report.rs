//! The consultation's report: the page organisers draft and publish, and
//! its files (Markdown, Word, one HTML file) in the language asked for.

use crate::error::Words;
use askama::Template;
use axum::{
    extract::{Query, State},
    http::{HeaderMap, header},
    response::{IntoResponse, Redirect, Response},
};

use super::{
    AppState, Me,
    exports::base_url,
    pages::{Current, PageResult, render, tr},
    views::{Layout, language_name},
};
use crate::{
    app::report::{self as actions, ReportEdit},
    auth::Role,
    domain::report::{Part, Report, Text},
    error::AppError,
    export::report::{ReportView, docx, file_language, html_file, markdown},
    i18n::i18n,
};

/// A part of the report an organiser can leave out.
pub struct Choice {
    pub kind: &'static str,
    pub id: i64,
    pub title: String,
    pub lang: String,
    pub left_out: bool,
}

#[derive(Template)]
#[template(path = "report.html")]
pub struct ReportPage {
    pub page: Layout,
    pub csrf: String,
    pub organiser: bool,
    pub report: ReportView,
    pub introduction: Text,
    pub conclusions: Text,
    pub choices: Vec<Choice>,
    /// (code, name) of the consultation's languages, for the texts.
    pub languages: Vec<(String, String)>,
    /// (code, name in itself) of the UI languages, for the files.
    pub file_languages: Vec<(String, String)>,
    pub saved: bool,
}

#[derive(serde::Deserialize, Default)]
pub struct PageQuery {
    #[serde(default)]
    saved: Option<String>,
}

pub async fn page(
    State(state): State<AppState>,
    Current(c): Current,
    Me(me): Me,
    headers: HeaderMap,
    Query(query): Query<PageQuery>,
) -> PageResult {
    let tr = tr();
    let report = actions::readable_report(&state, &c, &me).await?;
    let organiser = me.role == Role::Organiser;
    let settings = state.store.report_settings(c.id).await?;
    let mut page = Layout::for_consultation(tr, &c, tr.t("report-title"), "");
    page.extra_css = Some(super::assets::url("report.css"));
    render(&ReportPage {
        page,
        csrf: me.csrf_token.clone(),
        organiser,
        report: ReportView::new(&report, tr, &base_url(&state, &headers), organiser),
        choices: if organiser {
            choices(&report)
        } else {
            Vec::new()
        },
        introduction: settings.introduction,
        conclusions: settings.conclusions,
        languages: c
            .languages
            .iter()
            .map(|l| (l.clone(), language_name(tr, l)))
            .collect(),
        file_languages: i18n()
            .available()
            .into_iter()
            .map(|l| (l.to_owned(), language_name(i18n().lang(l), l)))
            .collect(),
        saved: query.saved.is_some(),
    })
}

fn choices(report: &Report) -> Vec<Choice> {
    let mut choices = Vec::new();
    for part in &report.parts {
        match part {
            Part::Session(s) => choices.push(Choice {
                kind: "session",
                id: s.id,
                title: s.title.text.clone(),
                lang: s.title.lang.clone(),
                left_out: s.left_out,
            }),
            Part::Round(r) => choices.extend(r.topics.iter().map(|t| Choice {
                kind: "topic",
                id: t.id,
                title: t.title.text.clone(),
                lang: t.title.lang.clone(),
                left_out: t.left_out,
            })),
        }
    }
    choices
}

/// The editing form: `left_out` lists every part left out, as
/// `session-ID` or `topic-ID`.
#[derive(serde::Deserialize)]
pub struct ReportForm {
    #[serde(default)]
    introduction: String,
    #[serde(default)]
    introduction_lang: String,
    #[serde(default)]
    conclusions: String,
    #[serde(default)]
    conclusions_lang: String,
    #[serde(default)]
    published: Option<String>,
    #[serde(default)]
    left_out: Vec<String>,
}

pub async fn save(
    State(state): State<AppState>,
    Current(c): Current,
    Me(me): Me,
    axum_extra::extract::Form(form): axum_extra::extract::Form<ReportForm>,
) -> Result<Response, AppError> {
    let edit = ReportEdit {
        introduction: &form.introduction,
        introduction_lang: &form.introduction_lang,
        conclusions: &form.conclusions,
        conclusions_lang: &form.conclusions_lang,
        published: matches!(form.published.as_deref(), Some("yes" | "on")),
        left_out: &form.left_out,
    };
    actions::save(&state, &c, &me, &edit).await?;
    Ok(Redirect::to("/report?saved=1#report-edit").into_response())
}

#[derive(serde::Deserialize)]
pub struct FileQuery {
    #[serde(default)]
    format: String,
    #[serde(default)]
    lang: String,
}

pub async fn file(
    State(state): State<AppState>,
    Current(c): Current,
    Me(me): Me,
    headers: HeaderMap,
    Query(query): Query<FileQuery>,
) -> Result<Response, AppError> {
    let report = actions::readable_report(&state, &c, &me).await?;
    let tr = file_language(&query.lang).map_err(AppError::BadRequest)?;
    let view = ReportView::new(&report, tr, &base_url(&state, &headers), false);
    let name = format!(
        "report-{}",
        crate::export::slugify(&c.title, 40).trim_end_matches('-')
    );
    let (content_type, extension, body) = match query.format.as_str() {
        "md" | "" => (
            "text/markdown; charset=utf-8",
            "md",
            markdown(&view).into_bytes(),
        ),
        "docx" => (
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            "docx",
            docx(&view),
        ),
        "html" => (
            "text/html; charset=utf-8",
            "html",
            html_file(&view)?.into_bytes(),
        ),
        other => {
            return Err(AppError::bad_request(
                Words::new("error-unknown-format").with("value", other),
            ));
        }
    };
    let disposition = format!("attachment; filename=\"{name}.{extension}\"");
    Ok((
        [
            (header::CONTENT_TYPE, content_type.to_owned()),
            (header::CONTENT_DISPOSITION, disposition),
        ],
        body,
    )
        .into_response())
}
