//! The participant list as CSV: `name, organisation, country, role,
//! languages, email, visibility`, matched by header in any order and case.
//! Secretariats that keep one sheet add the organisation's fields as
//! `organisation_country`, `organisation_corridors` (`ID>SG|ID>MY`) and so on.

use std::collections::HashMap;

use super::{ImportError, Sheet, optional, organisations::OrganisationRow};
use crate::domain::{
    Country, LanguageTag, PersonRole, Visibility,
    directory::{NewPerson, OrganisationFields, validate_email},
    required_text,
};
use crate::error::Words;

const COLUMNS: &[&str] = &[
    "name",
    "organisation",
    "country",
    "role",
    "languages",
    "email",
    "visibility",
    "organisation_acronym",
    "organisation_country",
    "organisation_sectors",
    "organisation_services",
    "organisation_languages",
    "organisation_website",
    "organisation_corridors",
];

/// A participants' list describes people; the columns of what only an
/// organisation has (its sectors, corridors…) are the organisation's.
const ALIASES: &[(&str, &str)] = &[
    ("organization", "organisation"),
    ("acronym", "organisation_acronym"),
    ("sector", "organisation_sectors"),
    ("sectors", "organisation_sectors"),
    ("service", "organisation_services"),
    ("services", "organisation_services"),
    ("website", "organisation_website"),
    ("corridor", "organisation_corridors"),
    ("corridors", "organisation_corridors"),
    ("organization_acronym", "organisation_acronym"),
    ("organization_country", "organisation_country"),
    ("organization_sectors", "organisation_sectors"),
    ("organization_services", "organisation_services"),
    ("organization_languages", "organisation_languages"),
    ("organization_website", "organisation_website"),
    ("organization_corridors", "organisation_corridors"),
];

#[derive(Debug)]
pub struct Participants {
    pub people: Vec<NewPerson>,
    /// Organisations the rows describe in `organisation_…` columns.
    pub organisations: Vec<OrganisationRow>,
    /// Header names that are not read, to report back.
    pub ignored_columns: Vec<String>,
}

/// Parses the whole file, or returns every problem in it.
pub fn parse(bytes: &[u8]) -> Result<Participants, Vec<ImportError>> {
    let mut errors = Vec::new();
    let Some(sheet) = Sheet::read(bytes, COLUMNS, ALIASES, "name", &mut errors) else {
        return Err(errors);
    };
    let mut people = Vec::new();
    let mut organisations: Vec<OrganisationRow> = Vec::new();
    let mut seen: HashMap<String, u64> = HashMap::new();
    for (line, record) in &sheet.rows {
        let line = *line;
        let get = |column: &str| sheet.get(record, column);
        match organisation(&get, line) {
            Ok(Some(row)) => match described(&organisations, &row) {
                Described::New => organisations.push(row),
                Described::Same => {}
                Described::Differently(first) => errors.push(ImportError::at(
                    line,
                    Some("organisation"),
                    Words::new("import-organisation-differs").with("first", first),
                )),
            },
            Ok(None) => {}
            Err(mut row_errors) => errors.append(&mut row_errors),
        }
        match person(&get, line) {
            Ok(p) => {
                let key = match &p.email {
                    Some(e) => e.to_lowercase(),
                    None => format!(
                        "{}\u{0}{}",
                        p.display_name.to_lowercase(),
                        p.organisation.as_deref().unwrap_or("").to_lowercase()
                    ),
                };
                if let Some(first) = seen.insert(key, line) {
                    errors.push(ImportError::at(
                        line,
                        None,
                        Words::new("import-same-person").with("first", first),
                    ));
                } else {
                    people.push(p);
                }
            }
            Err(mut row_errors) => errors.append(&mut row_errors),
        }
    }
    if !errors.is_empty() {
        errors.sort_by_key(|e| e.line);
        return Err(errors);
    }
    if people.is_empty() {
        return Err(vec![ImportError::file(Words::new(
            "import-no-participants",
        ))]);
    }
    Ok(Participants {
        people,
        organisations,
        ignored_columns: sheet.ignored_columns,
    })
}

/// The organisation a row describes in its `organisation_…` cells; `None`
/// when it names none or leaves them all empty (another row may fill them).
fn organisation<'r>(
    get: &impl Fn(&str) -> Option<&'r str>,
    line: u64,
) -> Result<Option<OrganisationRow>, Vec<ImportError>> {
    if get("organisation").is_none_or(str::is_empty) {
        return Ok(None);
    }
    let filled = |column: &str| get(column).filter(|v| !v.is_empty());
    let mut row = super::organisations::read(filled, "organisation_", line)?;
    row.fields.acronym &= row.organisation.acronym.is_some();
    row.fields.country &= row.organisation.country.is_some();
    row.fields.website &= row.organisation.website.is_some();
    if row.fields == OrganisationFields::default() {
        return Ok(None);
    }
    Ok(Some(row))
}

enum Described {
    New,
    Same,
    /// Described with other values on that line.
    Differently(u64),
}

/// Whether an organisation was described on an earlier row, and alike.
fn described(earlier: &[OrganisationRow], row: &OrganisationRow) -> Described {
    let name = row.organisation.name.to_lowercase();
    match earlier
        .iter()
        .find(|o| o.organisation.name.to_lowercase() == name)
    {
        None => Described::New,
        Some(first) if first.organisation == row.organisation && first.fields == row.fields => {
            Described::Same
        }
        Some(first) => Described::Differently(first.line),
    }
}

fn person<'r>(
    get: &impl Fn(&str) -> Option<&'r str>,
    line: u64,
) -> Result<NewPerson, Vec<ImportError>> {
    let field = |name: &str| get(name).unwrap_or("");
    let mut errors = Vec::new();
    let mut check = |column: &str, result: Result<(), Words>| {
        if let Err(message) = result {
            errors.push(ImportError::at(line, Some(column), message));
        }
    };
    let display_name = required_text("name", field("name"), 200);
    check("name", display_name.as_ref().map(drop).map_err(Words::from));
    let country = optional(field("country"), Country::parse);
    check("country", country.as_ref().map(drop).map_err(Words::from));
    let role = PersonRole::parse(field("role"));
    check("role", role.as_ref().map(drop).map_err(Words::from));
    let languages = LanguageTag::parse_list(field("languages"));
    check(
        "languages",
        languages.as_ref().map(drop).map_err(Words::from),
    );
    let email = optional(field("email"), |e| validate_email(e).map(|()| e.to_owned()));
    check("email", email.as_ref().map(drop).map_err(Words::from));
    let visibility = optional(field("visibility"), Visibility::parse);
    check(
        "visibility",
        visibility.as_ref().map(drop).map_err(Words::from),
    );
    let organisation = Some(field("organisation")).filter(|o| !o.is_empty());
    if organisation.is_some_and(|o| o.chars().count() > 200) {
        errors.push(ImportError::at(
            line,
            Some("organisation"),
            Words::new("import-too-long").with("max", 200),
        ));
    }
    if !errors.is_empty() {
        return Err(errors);
    }
    Ok(NewPerson {
        display_name: display_name.expect("checked"),
        organisation: organisation.map(str::to_owned),
        country: country.expect("checked"),
        role: role.expect("checked"),
        languages: languages.expect("checked"),
        email: email.expect("checked"),
        visibility: visibility.expect("checked").unwrap_or_default(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn messages(bytes: &[u8]) -> Vec<String> {
        parse(bytes)
            .unwrap_err()
            .iter()
            .map(ToString::to_string)
            .collect()
    }

    #[test]
    fn reads_any_column_order_case_and_semicolons_with_bom() {
        let csv = "\u{FEFF}Country;NAME;Languages;Organisation;Notes\n\
                   ar;Natividad Obeso;es|en;AMUMRA;first time\n\
                   Indonesia;\"Amin\nMuftiyanah\";id;Yasanti;\n";
        let parsed = parse(csv.as_bytes()).unwrap();
        assert_eq!(parsed.people.len(), 2);
        assert_eq!(parsed.ignored_columns, ["Notes"]);
        let first = &parsed.people[0];
        assert_eq!(first.display_name, "Natividad Obeso");
        assert_eq!(first.country.unwrap().code(), "AR");
        assert_eq!(LanguageTag::join(&first.languages), "es en");
        assert_eq!(first.visibility, Visibility::Organisers, "the safe default");
        assert_eq!(parsed.people[1].display_name, "Amin\nMuftiyanah");
    }

    #[test]
    fn a_secretariats_one_sheet_describes_the_organisations() {
        let csv = "name,organisation,country,sector,corridors\n\
                   Amin,Yasanti,ID,domestic-work,ID>SG|ID>MY\n\
                   Sri,Yasanti,ID,,\n\
                   Alex,TWC2,SG,construction,ID>SG\n\
                   Bo,TWC2,SG,fishing,\n";
        let errors = messages(csv.as_bytes());
        assert_eq!(
            errors,
            ["line 5, column organisation: this organisation is described differently on line 4"]
        );
        let parsed = parse(
            csv.lines()
                .take(4)
                .collect::<Vec<_>>()
                .join("\n")
                .as_bytes(),
        )
        .unwrap();
        assert!(
            parsed.ignored_columns.is_empty(),
            "{:?}",
            parsed.ignored_columns
        );
        assert_eq!(parsed.organisations.len(), 2);
        let yasanti = &parsed.organisations[0];
        assert_eq!(yasanti.organisation.sectors, ["domestic-work"]);
        assert_eq!(yasanti.organisation.corridors.len(), 2);
        assert!(yasanti.fields.corridors && !yasanti.fields.name && !yasanti.fields.country);
    }

    #[test]
    fn names_in_any_script() {
        let csv = "name,country\nفرح سلكة,LB\n山田花子,JP\nМария,UA\n";
        let parsed = parse(csv.as_bytes()).unwrap();
        assert_eq!(parsed.people[0].display_name, "فرح سلكة");
    }

    #[test]
    fn reports_every_bad_row_with_line_and_column() {
        let csv = "name,country,role,email,visibility\n\
                   Ana,AR,participant,ana@example.org,listed\n\
                   Bo,Atlantis,participant,,\n\
                   ,AR,,,\n\
                   Cy,AR,boss,not-an-email,public\n";
        let errors = messages(csv.as_bytes());
        assert_eq!(
            errors,
            [
                "line 3, column country: Unknown country “Atlantis”: use a code such as AR or the country's name.",
                "line 4, column name: “Name” must not be empty.",
                "line 5, column role: “Role”: “boss” is not valid; expected organiser, facilitator or participant.",
                "line 5, column email: “Email”: “not-an-email” is not valid; expected an address such as name@example.org.",
                "line 5, column visibility: “Visibility”: “public” is not valid; expected listed, organisers only or hidden.",
            ]
        );
    }

    #[test]
    fn duplicates_and_ragged_rows() {
        let csv =
            "name,organisation,email\nAna,X,a@x.org\nBo,Y,\nAna Again,Z,A@X.org\nBo,y,\nShort\n";
        let errors = messages(csv.as_bytes());
        assert_eq!(
            errors,
            [
                "line 4: the same person as line 2",
                "line 5: the same person as line 3",
                "line 6: has 1 fields, the header has 3",
            ]
        );
    }

    #[test]
    fn refuses_what_is_not_a_participant_list() {
        assert!(messages(b"organisation,country\nX,AR\n")[0].contains("no “name” column"));
        assert!(messages(b"\x89PNG\r\n\x1a\n\x00\x00")[0].contains("not a text file"));
        assert!(messages(b"name\nJos\xe9\n")[0].contains("line 2 is not UTF-8"));
        assert!(messages(b"name\n")[0].contains("no participants"));
        let big = vec![b'a'; super::super::MAX_BYTES + 1];
        assert!(messages(&big)[0].contains("at most 10 MB"));
    }
}
