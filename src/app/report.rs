//! The consultation's report: who may read it, and the organisers' edits.

use jiff::Timestamp;

use super::{AppState, live::Scope};
use crate::{
    auth::{Principal, Role},
    domain::{
        Consultation, LanguageTag,
        report::{Part, Report, Text, build},
    },
    error::AppError,
    store::LeftOutKind,
};

/// The report as `me` may read it: organisers always, others once it is
/// published (a draft is 404 to them, as if absent).
pub async fn readable_report(
    state: &AppState,
    c: &Consultation,
    me: &Principal,
) -> Result<Report, AppError> {
    let report = build(state.store.report_sources(c.id).await?);
    if me.role != Role::Organiser && !report.published {
        return Err(AppError::NotFound);
    }
    Ok(report)
}

/// Longest introduction or conclusions, in characters.
const REPORT_TEXT_MAX: usize = 50_000;

/// The organisers' part of the report, as typed.
pub struct ReportEdit<'a> {
    pub introduction: &'a str,
    pub introduction_lang: &'a str,
    pub conclusions: &'a str,
    pub conclusions_lang: &'a str,
    pub published: bool,
    /// Every part left out, as `session-ID` or `topic-ID`.
    pub left_out: &'a [String],
}

fn report_text(field: &'static str, text: &str, lang: &str) -> Result<Text, AppError> {
    let len = text.chars().count();
    if len > REPORT_TEXT_MAX {
        let error = crate::domain::ValidationError::TooLong {
            field,
            len,
            max: REPORT_TEXT_MAX,
        };
        return Err(AppError::BadRequest(error.to_string()));
    }
    let lang = LanguageTag::parse(lang).map_err(AppError::from)?;
    Ok(Text {
        text: text.to_owned(),
        lang: lang.as_str().to_owned(),
    })
}

/// Saves the introduction, the conclusions, what is left out and whether
/// the report is published.
pub async fn save(
    state: &AppState,
    c: &Consultation,
    me: &Principal,
    edit: &ReportEdit<'_>,
) -> Result<(), AppError> {
    let introduction = report_text("introduction", edit.introduction, edit.introduction_lang)?;
    let conclusions = report_text("conclusions", edit.conclusions, edit.conclusions_lang)?;
    let report = build(state.store.report_sources(c.id).await?);
    let parts = report.parts.iter().flat_map(|part| match part {
        Part::Session(s) => vec![(LeftOutKind::Session, "session", s.id, s.left_out)],
        Part::Round(r) => r
            .topics
            .iter()
            .map(|t| (LeftOutKind::Topic, "topic", t.id, t.left_out))
            .collect(),
    });
    let mut left_out = 0;
    for (kind, key, id, was_left_out) in parts {
        let leave = edit.left_out.contains(&format!("{key}-{id}"));
        if leave != was_left_out {
            state.store.set_left_out(c.id, kind, id, leave).await?;
        }
        left_out += usize::from(leave);
    }
    state
        .store
        .save_report(
            c.id,
            &introduction,
            &conclusions,
            edit.published,
            Timestamp::now(),
        )
        .await?;
    let detail = format!(
        "{}; {left_out} left out",
        if edit.published { "published" } else { "draft" },
    );
    state.audit(c.id, me, "edited the report", &detail).await?;
    state.live.changed(Scope::Program);
    Ok(())
}
