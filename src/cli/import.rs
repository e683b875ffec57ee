use std::path::Path;

use anyhow::{Context, bail};

use crate::{config, config::FileConfig, import::participants, store::Store};

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
    let outcome = store.import_people(consultation.id, &parsed.people).await?;
    store.close().await;
    println!(
        "Imported {} people from {}: {} new, {} updated; {} organisations created.",
        parsed.people.len(),
        path.display(),
        outcome.people_created,
        outcome.people_updated,
        outcome.organisations_created
    );
    if !parsed.ignored_columns.is_empty() {
        println!("Ignored columns: {}", parsed.ignored_columns.join(", "));
    }
    Ok(())
}
