//! People and organisations as CSV that a spreadsheet opens with accents
//! intact: UTF-8 with a byte-order mark. The people file has the columns the
//! participant import reads, so an export can be edited and imported back.

use crate::domain::{
    Viewer,
    directory::{Directory, Organisation},
};

const BOM: &str = "\u{FEFF}";

fn write(rows: Vec<Vec<String>>) -> Vec<u8> {
    let mut writer = csv::Writer::from_writer(BOM.as_bytes().to_vec());
    for row in rows {
        writer
            .write_record(row)
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
            .map(|c| format!("{}>{}", c.origin.code(), c.destination.code()))
            .collect::<Vec<_>>()
            .join(" "),
    ]
}
