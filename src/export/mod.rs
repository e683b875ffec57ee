//! The formats other software reads: iCalendar, the frab schedule (XML and
//! JSON), CSV and the Open Referral HSDS data package. Pure: data in, bytes out.

pub mod csv;
pub mod frab;
pub mod hsds;
pub mod ical;
pub mod qr;
pub mod report;

use uuid::Uuid;

/// The namespace of every UUID convene derives, so that exports of the same
/// data carry the same identifiers every time.
const NAMESPACE: Uuid = Uuid::from_u128(0x6f1c_2f59_9a3e_4b8e_8d0a_63c0_7e5b_21d4);

/// A stable UUID for an entity: `kind` and ids within a consultation.
pub fn stable_uuid(consultation_id: i64, kind: &str, id: impl std::fmt::Display) -> Uuid {
    Uuid::new_v5(
        &NAMESPACE,
        format!("{consultation_id}/{kind}/{id}").as_bytes(),
    )
}

/// The guid of a session in frab exports: the one it was imported with,
/// when that is a UUID (so pretalx's guids survive a round trip), else a
/// stable one of its own.
pub fn session_guid(consultation_id: i64, session: &crate::domain::Session) -> String {
    session
        .source_id
        .as_deref()
        .and_then(|g| Uuid::parse_str(g).ok())
        .unwrap_or_else(|| stable_uuid(consultation_id, "session", session.id))
        .to_string()
}

/// Every format, as the CLI names it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    Ical,
    FrabXml,
    FrabJson,
    PeopleCsv,
    OrganisationsCsv,
    Hsds,
}

/// A lowercase ASCII slug of a title, for identifiers that must be ASCII.
pub fn slugify(text: &str, max: usize) -> String {
    let mut slug = String::new();
    for c in text.chars() {
        if c.is_ascii_alphanumeric() {
            slug.push(c.to_ascii_lowercase());
        } else if !slug.ends_with('-') && !slug.is_empty() {
            slug.push('-');
        }
        if slug.len() >= max {
            break;
        }
    }
    slug.trim_end_matches('-').to_owned()
}

/// What one export produces.
pub enum Output {
    File {
        bytes: Vec<u8>,
        content_type: &'static str,
        file_name: &'static str,
    },
    /// A folder of files (the HSDS package).
    Folder(Vec<(String, Vec<u8>)>),
}

/// Renders `format` from data already filtered for the viewer.
pub fn render(
    format: Format,
    c: &crate::domain::Consultation,
    sessions: &[crate::domain::Session],
    directory: &crate::domain::directory::Directory,
    viewer: crate::domain::Viewer,
    base_url: &str,
    now: jiff::Timestamp,
) -> Output {
    let file = |bytes, content_type, file_name| Output::File {
        bytes,
        content_type,
        file_name,
    };
    match format {
        Format::Ical => {
            let all: Vec<&crate::domain::Session> = sessions.iter().collect();
            file(
                ical::calendar(c, &all, base_url, now).into_bytes(),
                "text/calendar; charset=utf-8",
                "program.ics",
            )
        }
        Format::FrabXml => file(
            frab::xml(c, sessions, base_url).into_bytes(),
            "application/xml; charset=utf-8",
            "schedule.xml",
        ),
        Format::FrabJson => file(
            serde_json::to_vec_pretty(&frab::json(c, sessions, base_url)).expect("JSON"),
            "application/json",
            "schedule.json",
        ),
        Format::PeopleCsv => file(
            csv::people(directory, viewer),
            "text/csv; charset=utf-8",
            "people.csv",
        ),
        Format::OrganisationsCsv => file(
            csv::organisations(directory),
            "text/csv; charset=utf-8",
            "organisations.csv",
        ),
        Format::Hsds => Output::Folder(hsds::package(c, directory)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slugs_and_uuids_are_stable() {
        assert_eq!(
            slugify("Safe, orderly and regular migration?", 60),
            "safe-orderly-and-regular-migration"
        );
        assert_eq!(slugify("الهجرة الآمنة", 60), "");
        assert_eq!(stable_uuid(1, "session", 5), stable_uuid(1, "session", 5));
        assert_ne!(stable_uuid(1, "session", 5), stable_uuid(2, "session", 5));
    }
}
