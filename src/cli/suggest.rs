//! `convene suggest topics`: the topic grouping on a CSV of answers,
//! without a database, so that it can be measured outside the app.

use std::path::Path;

use anyhow::{Context, bail};
use serde_json::json;

use crate::suggest;

struct Answer {
    id: serde_json::Value,
    text: String,
}

pub fn topics(
    input: &Path,
    column: &str,
    id_column: Option<&str>,
    json: bool,
) -> anyhow::Result<()> {
    let bytes = std::fs::read(input).with_context(|| format!("cannot read {}", input.display()))?;
    let answers = read_answers(&bytes, column, id_column)
        .map_err(|e| anyhow::anyhow!("{}: {e}", input.display()))?;
    let model = suggest::model::model()?;
    let started = std::time::Instant::now();
    let texts: Vec<&str> = answers.iter().map(|a| a.text.as_str()).collect();
    let embeddings = model.embed_all(&texts, suggest::model::threads());
    let embedded = started.elapsed();
    let grouping = suggest::group(&texts, &embeddings);
    let grouped = started.elapsed() - embedded;
    if json {
        let groups: Vec<_> = grouping
            .groups
            .iter()
            .map(|g| json!({"title": g.title, "ids": g.members.iter().map(|&i| &answers[i].id).collect::<Vec<_>>()}))
            .collect();
        let ungrouped: Vec<_> = grouping.ungrouped.iter().map(|&i| &answers[i].id).collect();
        println!("{}", json!({"groups": groups, "ungrouped": ungrouped}));
    } else {
        for g in &grouping.groups {
            println!("{} ({} answers)", g.title, g.members.len());
            for &i in &g.members {
                println!("  {}\t{}", answers[i].id, answers[i].text);
            }
        }
        if !grouping.ungrouped.is_empty() {
            println!("Ungrouped ({} answers)", grouping.ungrouped.len());
            for &i in &grouping.ungrouped {
                println!("  {}\t{}", answers[i].id, answers[i].text);
            }
        }
    }
    eprintln!(
        "{} answers in {} groups, {} ungrouped; embedded in {} ms, grouped in {} ms",
        answers.len(),
        grouping.groups.len(),
        grouping.ungrouped.len(),
        embedded.as_millis(),
        grouped.as_millis()
    );
    Ok(())
}

fn read_answers(
    bytes: &[u8],
    column: &str,
    id_column: Option<&str>,
) -> anyhow::Result<Vec<Answer>> {
    let text = crate::import::text(bytes).map_err(|e| anyhow::anyhow!("{e}"))?;
    let mut reader = csv::ReaderBuilder::new()
        .delimiter(crate::import::delimiter(text))
        .flexible(true)
        .from_reader(text.as_bytes());
    let headers = reader.headers().context("unreadable header row")?.clone();
    let find = |name: &str| -> anyhow::Result<usize> {
        let wanted = name.trim().to_lowercase();
        headers
            .iter()
            .position(|h| h.trim().to_lowercase() == wanted)
            .with_context(|| {
                format!(
                    "line 1: no column \"{name}\"; the columns are: {}",
                    headers.iter().collect::<Vec<_>>().join(", ")
                )
            })
    };
    let answer_at = find(column)?;
    let id_at = id_column.map(find).transpose()?;
    let mut answers = Vec::new();
    for record in reader.records() {
        let record = record.context("unreadable row")?;
        let line = crate::import::csv_line(text, record.position());
        let Some(text) = record
            .get(answer_at)
            .map(str::trim)
            .filter(|t| !t.is_empty())
        else {
            continue;
        };
        let id = match id_at {
            None => json!(line),
            Some(at) => match record.get(at).map(str::trim).filter(|id| !id.is_empty()) {
                Some(id) => json!(id),
                None => bail!("line {line}, column {}: no id", headers[at].trim()),
            },
        };
        answers.push(Answer {
            id,
            text: text.to_owned(),
        });
    }
    if answers.is_empty() {
        bail!("column \"{column}\" holds no answers");
    }
    Ok(answers)
}
