//! Importing a program file into the store: parse (pure, in `import`),
//! then one transaction, or a dry run of it for the preview. Shared by the
//! command line, the organiser's page and the API.

use jiff::Timestamp;

use crate::{
    domain::{
        Consultation, LanguageTag, NewConsultation, ProgramBundle,
        schedule::{ImportPlan, SessionImport},
    },
    error::Words,
    import::{
        ImportError,
        program::{Conference, Defaults, ParsedProgram, parse},
    },
    store::{Store, StoreError},
};

#[derive(Debug, thiserror::Error)]
pub enum ProgramImportError {
    /// Problems in the file; nothing was stored.
    #[error("the file has {} problem(s)", .0.len())]
    File(Vec<ImportError>),
    #[error(transparent)]
    Other(#[from] anyhow::Error),
}

/// What an import did or would do.
#[derive(Debug, Clone)]
pub struct ProgramImport {
    pub format: &'static str,
    pub plan: ImportPlan,
    /// The title of the consultation created from the file's conference,
    /// when the database had none.
    pub created_consultation: Option<String>,
}

fn defaults(c: Option<&Consultation>) -> Defaults {
    Defaults {
        time_zone: c.map(|c| c.time_zone.clone()),
        language: c
            .and_then(|c| c.languages.first())
            .and_then(|l| LanguageTag::parse(l).ok())
            .unwrap_or_else(|| LanguageTag::parse("en").expect("en")),
    }
}

/// Parses on a blocking thread of its own: a large file does not hold up a
/// worker that serves pages, and a parser that panics on a hostile file
/// fails this import, not the server.
async fn parse_apart(
    bytes: Vec<u8>,
    defaults: Defaults,
) -> Result<ParsedProgram, ProgramImportError> {
    tokio::task::spawn_blocking(move || parse(&bytes, &defaults))
        .await
        .map_err(|e| {
            tracing::error!(error = %e, "the program importer failed on a file");
            ProgramImportError::File(vec![ImportError::file(Words::new("import-reader-failed"))])
        })?
        .map_err(ProgramImportError::File)
}

/// Parses `bytes` and imports them into `consultation`, or into a new one
/// made from the file's conference. With `apply` false, nothing is stored.
pub async fn import_program(
    store: &Store,
    consultation: Option<&Consultation>,
    bytes: &[u8],
    apply: bool,
) -> Result<ProgramImport, ProgramImportError> {
    let parsed = parse_apart(bytes.to_vec(), defaults(consultation)).await?;
    let now = Timestamp::now();
    let Some(c) = consultation else {
        return into_new_consultation(store, parsed, apply, now).await;
    };
    let plan = store
        .import_sessions(c.id, &parsed.sessions, apply, now)
        .await
        .map_err(anyhow::Error::from)?;
    Ok(ProgramImport {
        format: parsed.format,
        plan,
        created_consultation: None,
    })
}

async fn into_new_consultation(
    store: &Store,
    parsed: ParsedProgram,
    apply: bool,
    now: Timestamp,
) -> Result<ProgramImport, ProgramImportError> {
    let Some(conference) = &parsed.conference else {
        return Err(ProgramImportError::File(vec![ImportError::file(
            Words::new("import-no-consultation"),
        )]));
    };
    let consultation = new_consultation(conference, &parsed.sessions);
    let title = consultation.title.clone();
    if !apply {
        return Ok(ProgramImport {
            format: parsed.format,
            plan: fresh_plan(&parsed.sessions),
            created_consultation: Some(title),
        });
    }
    let bundle = ProgramBundle {
        consultation,
        organisations: Vec::new(),
        people: Vec::new(),
        sessions: Vec::new(),
        topics: Vec::new(),
    };
    let id = store.create_program(&bundle, now).await.map_err(|e| {
        let words = match &e {
            StoreError::Invalid(invalid) => Words::from(invalid),
            other => crate::import::detail("import-not-stored", other),
        };
        ProgramImportError::File(vec![ImportError::file(words)])
    })?;
    let plan = store
        .import_sessions(id, &parsed.sessions, true, now)
        .await
        .map_err(anyhow::Error::from)?;
    Ok(ProgramImport {
        format: parsed.format,
        plan,
        created_consultation: Some(title),
    })
}

fn new_consultation(conference: &Conference, sessions: &[SessionImport]) -> NewConsultation {
    let mut languages: Vec<LanguageTag> = Vec::new();
    for l in sessions.iter().flat_map(|s| &s.languages) {
        if !languages.contains(l) {
            languages.push(l.clone());
        }
    }
    if languages.is_empty() {
        languages.push(LanguageTag::parse("en").expect("en"));
    }
    let title = conference.title.trim();
    NewConsultation {
        title: if title.is_empty() {
            "Imported program"
        } else {
            title
        }
        .to_owned(),
        title_lang: languages[0].clone(),
        venue: String::new(),
        time_zone: conference.time_zone.clone().unwrap_or_else(|| "UTC".into()),
        start_date: conference.start,
        end_date: conference.end,
        languages,
        is_demo: false,
        program_public: false,
    }
}

/// The plan of importing into an empty consultation: everything is new.
fn fresh_plan(sessions: &[SessionImport]) -> ImportPlan {
    let mut plan = ImportPlan::default();
    for s in sessions {
        plan.created.push(s.title.clone());
        if let Some(room) = &s.room
            && !plan.new_rooms.contains(room)
        {
            plan.new_rooms.push(room.clone());
        }
        for name in s.facilitators.iter().chain(&s.speakers) {
            if !plan.new_people.contains(name) {
                plan.new_people.push(name.clone());
            }
        }
    }
    plan
}

/// The plan in a few lines of plain text, for the command line.
pub fn describe_plan(format: &str, plan: &ImportPlan, applied: bool) -> String {
    let total = plan.created.len() + plan.updated.len() + plan.unchanged;
    let (create, update) = if applied {
        ("Created", "Updated")
    } else {
        ("Will create", "Will update")
    };
    let mut out = format!("Read {total} session(s) ({format}).\n");
    out += &format!("{create} {} session(s)", plan.created.len());
    if !plan.created.is_empty() {
        out += &format!(": {}", plan.created.join("; "));
    }
    out += &format!("\n{update} {} session(s)", plan.updated.len());
    out += "\n";
    for (title, changes) in &plan.updated {
        let what: Vec<String> = changes
            .iter()
            .map(|c| format!("{} {} → {}", c.field, c.old, c.new))
            .collect();
        let what = if what.is_empty() {
            "description, kind or languages".to_owned()
        } else {
            what.join("; ")
        };
        out += &format!("  {title}: {what}\n");
    }
    out += &format!("Unchanged: {}\n", plan.unchanged);
    if !plan.new_rooms.is_empty() {
        out += &format!("New rooms: {}\n", plan.new_rooms.join(", "));
    }
    if !plan.new_people.is_empty() {
        out += &format!("New people: {}\n", plan.new_people.join(", "));
    }
    out
}
