//! The organisations' list as CSV: `name, acronym, country, sectors,
//! services, languages, website, corridors`, as `convene export
//! organisations-csv` writes it, matched by header in any order and case.
//! The participants' list may carry the same columns as `organisation_…`.

use std::collections::HashMap;

use super::{ImportError, Sheet, optional};
use crate::domain::{
    Corridor, Country, LanguageTag,
    directory::{NewOrganisation, OrganisationFields, SERVICES, parse_keys, sectors_and_tags},
};
use crate::error::Words;

pub const COLUMNS: &[&str] = &[
    "name",
    "acronym",
    "country",
    "sectors",
    "services",
    "languages",
    "website",
    "corridors",
];

const ALIASES: &[(&str, &str)] = &[
    ("organisation", "name"),
    ("organization", "name"),
    ("organisation_name", "name"),
    ("organization_name", "name"),
    ("sector", "sectors"),
    ("service", "services"),
    ("language", "languages"),
    ("corridor", "corridors"),
];

/// One organisation of a file, with the fields it sets.
#[derive(Debug, Clone, PartialEq)]
pub struct OrganisationRow {
    pub organisation: NewOrganisation,
    pub fields: OrganisationFields,
    pub line: u64,
}

#[derive(Debug)]
pub struct Organisations {
    pub organisations: Vec<OrganisationRow>,
    /// Header names that are not read, to report back.
    pub ignored_columns: Vec<String>,
}

/// Parses the whole file, or returns every problem in it.
pub fn parse(bytes: &[u8]) -> Result<Organisations, Vec<ImportError>> {
    let mut errors = Vec::new();
    let Some(sheet) = Sheet::read(bytes, COLUMNS, ALIASES, "name", &mut errors) else {
        return Err(errors);
    };
    let mut organisations = Vec::new();
    let mut seen: HashMap<String, u64> = HashMap::new();
    for (line, record) in &sheet.rows {
        match read(|column| sheet.get(record, column), "", *line) {
            Ok(row) => {
                let org = &row.organisation;
                let names = std::iter::once(&org.name).chain(&org.acronym);
                let first = names
                    .clone()
                    .find_map(|n| seen.get(&n.to_lowercase()).copied());
                if let Some(first) = first {
                    errors.push(ImportError::at(
                        *line,
                        Some("name"),
                        Words::new("import-same-organisation").with("first", first),
                    ));
                    continue;
                }
                for name in names {
                    seen.insert(name.to_lowercase(), *line);
                }
                organisations.push(row);
            }
            Err(mut row_errors) => errors.append(&mut row_errors),
        }
    }
    if errors.is_empty() && organisations.is_empty() {
        errors.push(ImportError::file(Words::new("import-no-organisations")));
    }
    if !errors.is_empty() {
        errors.sort_by_key(|e| e.line);
        return Err(errors);
    }
    Ok(Organisations {
        organisations,
        ignored_columns: sheet.ignored_columns,
    })
}

/// Reads an organisation from a row: its name from `{prefix}name` (or
/// `organisation` in a participants' list) and its other fields from
/// `{prefix}acronym` and so on; a field is set when its column is there.
pub(super) fn read<'r>(
    get: impl Fn(&str) -> Option<&'r str>,
    prefix: &str,
    line: u64,
) -> Result<OrganisationRow, Vec<ImportError>> {
    let column = |name: &str| format!("{prefix}{name}");
    let name_column = if prefix.is_empty() {
        "name".to_owned()
    } else {
        "organisation".to_owned()
    };
    let mut errors = Vec::new();
    let mut fields = OrganisationFields {
        name: prefix.is_empty(),
        ..Default::default()
    };
    let mut organisation = NewOrganisation {
        name: get(&name_column).unwrap_or("").to_owned(),
        ..Default::default()
    };
    let name_ok = crate::domain::required_text("organisation name", &organisation.name, 200);
    if let Err(e) = &name_ok {
        errors.push(ImportError::at(line, Some(&name_column), Words::from(e)));
    }
    let mut check = |name: &str, result: Result<(), crate::domain::ValidationError>| {
        if let Err(e) = result {
            errors.push(ImportError::at(line, Some(&column(name)), Words::from(&e)));
        }
    };
    if let Some(value) = get(&column("acronym")) {
        fields.acronym = true;
        organisation.acronym = Some(value.to_owned()).filter(|v| !v.is_empty());
    }
    if let Some(value) = get(&column("country")) {
        fields.country = true;
        match optional(value, Country::parse) {
            Ok(country) => organisation.country = country,
            Err(e) => check("country", Err(e)),
        }
    }
    if let Some(value) = get(&column("website")) {
        fields.website = true;
        organisation.website = Some(value.to_owned()).filter(|v| !v.is_empty());
    }
    if let Some(value) = get(&column("sectors")) {
        fields.sectors = true;
        (organisation.sectors, organisation.tags) = sectors_and_tags(value);
    }
    if let Some(value) = get(&column("services")) {
        fields.services = true;
        match parse_keys("services", value, SERVICES) {
            Ok(services) => organisation.services = services,
            Err(e) => check("services", Err(e)),
        }
    }
    if let Some(value) = get(&column("languages")) {
        fields.languages = true;
        match LanguageTag::parse_list(value) {
            Ok(languages) => organisation.languages = languages,
            Err(e) => check("languages", Err(e)),
        }
    }
    if let Some(value) = get(&column("corridors")) {
        fields.corridors = true;
        match Corridor::parse_list(value) {
            Ok(corridors) => organisation.corridors = corridors,
            Err(e) => check("corridors", Err(e)),
        }
    }
    if name_ok.is_ok() {
        // The name is checked above: what is left to check is the website.
        check("website", organisation.validate());
    }
    if !errors.is_empty() {
        return Err(errors);
    }
    Ok(OrganisationRow {
        organisation,
        fields,
        line,
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
    fn reads_what_a_spreadsheet_on_windows_saves() {
        let csv = "\u{FEFF}Name;Acronym;Country;Sectors;Services;Languages;Website;Corridors;Notes\r\n\
                   Yayasan Annisa Swasti;Yasanti;ID;Domestic work|garment workers;legal-aid|organising;id|jv;https://yasanti.or.id;ID>SG|ID>MY;x\r\n\
                   Transient Workers Count Too;TWC2;Singapore;;;en;;ID>SG BD>SG;\r\n";
        let parsed = parse(csv.as_bytes()).unwrap();
        assert_eq!(parsed.ignored_columns, ["Notes"]);
        let first = &parsed.organisations[0].organisation;
        assert_eq!(first.acronym.as_deref(), Some("Yasanti"));
        assert_eq!(first.sectors, ["domestic-work"]);
        assert_eq!(first.tags, ["garment workers"]);
        assert_eq!(first.services, ["legal-aid", "organising"]);
        assert_eq!(
            first
                .corridors
                .iter()
                .map(Corridor::pair)
                .collect::<Vec<_>>(),
            ["ID>SG", "ID>MY"]
        );
        let second = &parsed.organisations[1];
        assert_eq!(second.organisation.country.unwrap().code(), "SG");
        assert_eq!(
            second.organisation.corridors.len(),
            2,
            "space-separated, as older exports wrote"
        );
        assert_eq!(second.fields, OrganisationFields::ALL);
        assert_eq!(second.line, 3);
    }

    #[test]
    fn reports_every_bad_field_with_line_and_column() {
        let csv = "name,country,corridors,services,website\n\
                   Yasanti,ID,ID>Atlantis,,\n\
                   TWC2,SG,SG>SG,astrology,ftp://x\n\
                   ,SG,,,\n";
        assert_eq!(
            messages(csv.as_bytes()),
            [
                "line 2, column corridors: Unknown country “Atlantis”: use a code such as AR or the country's name.",
                "line 3, column services: “Services”: “astrology” is not valid; expected one of the listed values.",
                "line 3, column corridors: “Corridor”: “SG>SG” is not valid; expected two different countries.",
                "line 3, column website: “Website”: “ftp://x” is not valid; expected an address starting with https://.",
                "line 4, column name: “Organisation name” must not be empty.",
            ]
        );
    }

    #[test]
    fn the_same_organisation_twice_is_refused() {
        let csv = "name,acronym\nYayasan Annisa Swasti,Yasanti\nyasanti,\nTWC2,\n";
        assert_eq!(
            messages(csv.as_bytes()),
            ["line 3, column name: the same organisation as line 2"]
        );
        assert!(messages(b"name\n")[0].contains("no organisations"));
        assert!(messages(b"country\nAR\n")[0].contains("no “name” column"));
    }
}
