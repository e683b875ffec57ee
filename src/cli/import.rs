use std::path::Path;

use anyhow::{Context, bail};

use crate::{
    config,
    config::FileConfig,
    import::{organisations, participants},
    store::Store,
};

pub async fn participants(
    file: &FileConfig,
    database: Option<&str>,
    path: &Path,
) -> anyhow::Result<()> {
    let bytes = std::fs::read(path).with_context(|| format!("cannot read {}", path.display()))?;
    let parsed = match participants::parse(&bytes) {
        Ok(parsed) => parsed,
        Err(errors) => {
            for e in &errors {
                eprintln!("{}: {e}", path.display());
            }
            let rows = errors
                .iter()
                .filter_map(|e| e.line)
                .collect::<std::collections::BTreeSet<_>>();
            bail!(
                "{}: nothing imported; {} problem(s) on {} row(s)",
                path.display(),
                errors.len(),
                rows.len()
            );
        }
    };
    let url = config::database(database, file);
    let store = Store::open(&url).await?;
    let Some(consultation) = store.current_consultation().await? else {
        bail!(
            "{} holds no consultation yet; create one first (convene demo loads the demo)",
            url.redacted()
        );
    };
    let outcome = store
        .import_directory(consultation.id, &parsed.organisations, &parsed.people)
        .await?;
    store.close().await;
    println!(
        "Imported {} people from {}: {} new, {} updated; {} organisations created, {} updated.",
        parsed.people.len(),
        path.display(),
        outcome.people_created,
        outcome.people_updated,
        outcome.organisations_created,
        outcome.organisations_updated
    );
    if !parsed.ignored_columns.is_empty() {
        println!("Ignored columns: {}", parsed.ignored_columns.join(", "));
    }
    Ok(())
}

pub async fn organisations(
    file: &FileConfig,
    database: Option<&str>,
    path: &Path,
) -> anyhow::Result<()> {
    let bytes = std::fs::read(path).with_context(|| format!("cannot read {}", path.display()))?;
    let parsed = match organisations::parse(&bytes) {
        Ok(parsed) => parsed,
        Err(errors) => {
            for e in &errors {
                eprintln!("{}: {e}", path.display());
            }
            bail!(
                "{}: nothing imported; {} problem(s)",
                path.display(),
                errors.len()
            );
        }
    };
    let url = config::database(database, file);
    let store = Store::open(&url).await?;
    let Some(consultation) = store.current_consultation().await? else {
        bail!(
            "{} holds no consultation yet; create one first (convene demo loads the demo)",
            url.redacted()
        );
    };
    let outcome = store
        .import_directory(consultation.id, &parsed.organisations, &[])
        .await?;
    store.close().await;
    println!(
        "Imported {} organisations from {}: {} new, {} updated.",
        parsed.organisations.len(),
        path.display(),
        outcome.organisations_created,
        outcome.organisations_updated
    );
    if !parsed.ignored_columns.is_empty() {
        println!("Ignored columns: {}", parsed.ignored_columns.join(", "));
    }
    Ok(())
}

pub async fn program(
    file: &FileConfig,
    database: Option<&str>,
    path: &Path,
    apply: bool,
) -> anyhow::Result<()> {
    let size = std::fs::metadata(path)
        .with_context(|| format!("cannot read {}", path.display()))?
        .len();
    if size > crate::import::MAX_BYTES as u64 {
        bail!(
            "{}: the file is {:.1} MB; at most {} MB can be imported; nothing imported",
            path.display(),
            size as f64 / 1_048_576.0,
            crate::import::MAX_BYTES / 1_048_576
        );
    }
    let bytes = std::fs::read(path).with_context(|| format!("cannot read {}", path.display()))?;
    let url = config::database(database, file);
    let store = Store::open(&url).await?;
    let existing = store.current_consultation().await?;
    let outcome = crate::import_program(&store, existing.as_ref(), &bytes, apply).await;
    store.close().await;
    let done = match outcome {
        Ok(done) => done,
        Err(crate::ProgramImportError::File(errors)) => {
            for e in &errors {
                eprintln!("{}: {e}", path.display());
            }
            bail!(
                "{}: nothing imported; {} problem(s)",
                path.display(),
                errors.len()
            );
        }
        Err(crate::ProgramImportError::Other(e)) => return Err(e),
    };
    if let Some(title) = &done.created_consultation {
        let verb = if apply { "Created" } else { "Will create" };
        println!("{verb} the consultation {title:?} from the file's conference.");
    }
    print!("{}", crate::describe_plan(done.format, &done.plan, apply));
    if !apply {
        println!("Nothing stored yet: run again with --apply to import.");
    }
    Ok(())
}

/// `convene import answers`: answers exported by another form tool, shown
/// as they are read, stored with --apply (all or nothing).
pub async fn answers(
    file: &FileConfig,
    database: Option<&str>,
    questionnaire: &str,
    path: &Path,
    apply: bool,
) -> anyhow::Result<()> {
    use crate::import::answers::{Column, Respondent, read};
    let bytes = std::fs::read(path).with_context(|| format!("cannot read {}", path.display()))?;
    let url = config::database(database, file);
    let store = Store::open(&url).await?;
    let result = async {
        let c = store
            .current_consultation()
            .await?
            .context("the database holds no consultation")?;
        let all = store.questionnaires(c.id).await?;
        let wanted = questionnaire.trim().to_lowercase();
        let q = all
            .iter()
            .find(|q| {
                q.id.to_string() == wanted
                    || q.title.values().any(|t| t.trim().to_lowercase() == wanted)
            })
            .with_context(|| {
                let known: Vec<String> = all
                    .iter()
                    .map(|q| {
                        format!(
                            "{} ({})",
                            q.id,
                            q.title.values().next().map_or("", String::as_str)
                        )
                    })
                    .collect();
                format!(
                    "no questionnaire {questionnaire:?}; the questionnaires are: {}",
                    known.join(", ")
                )
            })?;
        let people: Vec<Respondent> = store
            .directory(c.id, crate::domain::Viewer::Organiser)
            .await?
            .people
            .into_iter()
            .map(Respondent::from)
            .collect();
        let plan = match read(&bytes, q, &people) {
            Ok(plan) => plan,
            Err(errors) => {
                for e in &errors {
                    eprintln!("{}: {e}", path.display());
                }
                bail!(
                    "{}: nothing imported; {} problem(s)",
                    path.display(),
                    errors.len()
                );
            }
        };
        for (header, column) in &plan.columns {
            let reading = match column {
                Column::Email => "e-mail address".to_owned(),
                Column::Name => "name".to_owned(),
                Column::Question(id) => {
                    let at = q.questions.iter().position(|x| x.id == *id).unwrap_or(0);
                    format!(
                        "question {}: {}",
                        at + 1,
                        q.questions[at]
                            .input
                            .text
                            .values()
                            .next()
                            .map_or("", String::as_str)
                    )
                }
                Column::NotRead => "not read".to_owned(),
            };
            println!("{header:?} → {reading}");
        }
        let matched = plan.rows.iter().filter(|r| r.person.is_some()).count();
        println!(
            "{} rows, {matched} naming people of the directory.",
            plan.rows.len()
        );
        for row in plan.unmatched() {
            println!(
                "line {}: {:?} names nobody; kept without a person",
                row.line, row.who
            );
        }
        if !apply {
            println!("Nothing stored yet: run again with --apply to import.");
            return Ok(());
        }
        let source = path
            .file_name()
            .map_or("import".into(), |n| n.to_string_lossy().into_owned());
        let now = jiff::Timestamp::now();
        store.import_responses(q, &plan.rows, &source, now).await?;
        store
            .audit(
                c.id,
                None,
                "command line",
                "imported answers",
                &format!("{source} ({} rows)", plan.rows.len()),
                now,
            )
            .await?;
        println!("Imported.");
        Ok(())
    }
    .await;
    store.close().await;
    result
}
