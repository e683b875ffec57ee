//! The organisation directory as an Open Referral HSDS 3.0 tabular data
//! package: organizations, services, locations, languages, and sectors and
//! migration corridors as taxonomy terms linked through attributes.

use serde_json::Value;

use super::stable_uuid;
use crate::domain::{Consultation, directory::Directory};

/// The official descriptor (Open Referral, CC BY-SA 4.0), trimmed at export
/// to the resources written.
const DATAPACKAGE: &str = include_str!("../../data/hsds-datapackage.json");

/// (file name, CSV bytes) for every file of the package, datapackage.json first.
pub fn package(c: &Consultation, d: &Directory) -> Vec<(String, Vec<u8>)> {
    let id = |kind: &str, key: &str| stable_uuid(c.id, kind, key).to_string();
    let mut orgs = Table::new(
        "organizations.csv",
        &["id", "name", "alternate_name", "description", "website"],
    );
    let mut services = Table::new("services.csv", &["id", "organization_id", "name", "status"]);
    let mut locations = Table::new(
        "locations.csv",
        &[
            "id",
            "location_type",
            "organization_id",
            "name",
            "external_identifier",
            "external_identifier_type",
        ],
    );
    let mut languages = Table::new("languages.csv", &["id", "location_id", "name", "code"]);
    let mut taxonomies = Table::new("taxonomies.csv", &["id", "name", "description", "version"]);
    let mut terms = Table::new(
        "taxonomy_terms.csv",
        &[
            "id",
            "code",
            "name",
            "description",
            "taxonomy",
            "taxonomy_id",
        ],
    );
    let mut attributes = Table::new(
        "attributes.csv",
        &[
            "id",
            "link_id",
            "taxonomy_term_id",
            "link_type",
            "link_entity",
            "value",
        ],
    );

    let sector_taxonomy = id("taxonomy", "sector");
    let corridor_taxonomy = id("taxonomy", "corridor");
    taxonomies.push(vec![
        sector_taxonomy.clone(),
        "convene sectors".into(),
        "Sectors of work of organisations in the anti-trafficking and migrant rights field".into(),
        "1".into(),
    ]);
    taxonomies.push(vec![
        corridor_taxonomy.clone(),
        "convene migration corridors".into(),
        "Migration corridors as ISO 3166-1 origin and destination country pairs".into(),
        "1".into(),
    ]);
    let mut term_ids: Vec<String> = Vec::new();
    let mut term = |kind: &str, code: String, name: String, description: String, taxonomy: &str| {
        let term_id = id(kind, &code);
        if !term_ids.contains(&term_id) {
            term_ids.push(term_id.clone());
            terms.push(vec![
                term_id.clone(),
                code,
                name,
                description,
                kind.to_owned(),
                taxonomy.to_owned(),
            ]);
        }
        term_id
    };

    for o in &d.organisations {
        let org_id = id("organisation", &o.id.to_string());
        let country = o.country.map(|c| c.name().to_owned());
        let mut description = match &country {
            Some(country) => format!("Organisation based in {country}"),
            None => "Organisation".to_owned(),
        };
        if !o.corridors.is_empty() {
            let list: Vec<String> = o.corridors.iter().map(ToString::to_string).collect();
            description.push_str(&format!(", working on migration {}", list.join("; ")));
        }
        description.push('.');
        orgs.push(vec![
            org_id.clone(),
            o.name.clone(),
            o.acronym.clone().unwrap_or_default(),
            description,
            o.website.clone().unwrap_or_default(),
        ]);
        for service in &o.services {
            services.push(vec![
                id("service", &format!("{}/{service}", o.id)),
                org_id.clone(),
                service.replace('-', " "),
                "active".into(),
            ]);
        }
        if let Some(code) = o.country {
            let location_id = id("location", &o.id.to_string());
            locations.push(vec![
                location_id.clone(),
                "physical".into(),
                org_id.clone(),
                code.name().to_owned(),
                code.code().to_owned(),
                "ISO 3166-1 alpha-2".into(),
            ]);
            for lang in &o.languages {
                languages.push(vec![
                    id("language", &format!("{}/{lang}", o.id)),
                    location_id.clone(),
                    String::new(),
                    lang.clone(),
                ]);
            }
        }
        for sector in o.sectors.iter().chain(&o.tags) {
            let term_id = term(
                "sector",
                sector.clone(),
                sector.replace('-', " "),
                format!("Sector of work: {}", sector.replace('-', " ")),
                &sector_taxonomy,
            );
            attributes.push(vec![
                id("attribute", &format!("{}/sector/{sector}", o.id)),
                org_id.clone(),
                term_id,
                "sector".into(),
                "organization".into(),
                sector.clone(),
            ]);
        }
        for corridor in &o.corridors {
            let term_id = term(
                "corridor",
                corridor.key(),
                corridor.to_string(),
                format!(
                    "Migration from {} to {}",
                    corridor.origin.name(),
                    corridor.destination.name()
                ),
                &corridor_taxonomy,
            );
            attributes.push(vec![
                id(
                    "attribute",
                    &format!("{}/corridor/{}", o.id, corridor.key()),
                ),
                org_id.clone(),
                term_id,
                "corridor".into(),
                "organization".into(),
                corridor.key(),
            ]);
        }
    }

    let tables = [
        orgs, services, locations, languages, taxonomies, terms, attributes,
    ];
    let mut files = vec![("datapackage.json".to_owned(), descriptor(c, &tables))];
    for table in tables {
        let mut writer = csv::Writer::from_writer(Vec::new());
        writer
            .write_record(table.header)
            .expect("writing to memory");
        for row in table.rows {
            writer.write_record(row).expect("writing to memory");
        }
        files.push((
            table.file.to_owned(),
            writer.into_inner().expect("writing to memory"),
        ));
    }
    files
}

/// One CSV file of the package.
struct Table {
    file: &'static str,
    header: &'static [&'static str],
    rows: Vec<Vec<String>>,
}

impl Table {
    fn new(file: &'static str, header: &'static [&'static str]) -> Self {
        Table {
            file,
            header,
            rows: Vec::new(),
        }
    }

    fn push(&mut self, row: Vec<String>) {
        debug_assert_eq!(row.len(), self.header.len(), "{}", self.file);
        self.rows.push(row);
    }
}

/// The official descriptor with only the resources written, each schema
/// reduced to the columns present, in file order.
fn descriptor(c: &Consultation, tables: &[Table]) -> Vec<u8> {
    let mut package: Value =
        serde_json::from_str(DATAPACKAGE).expect("embedded descriptor is JSON");
    package["name"] = Value::from(format!("convene-{}-directory", c.id));
    package["title"] = Value::from(format!("{}: organisations", c.title));
    let resources = package["resources"].as_array().cloned().unwrap_or_default();
    let kept: Vec<Value> = resources
        .into_iter()
        .filter_map(|mut r| {
            let header = tables.iter().find(|t| r["path"] == t.file)?.header;
            let fields = r["schema"]["fields"]
                .as_array()
                .cloned()
                .unwrap_or_default();
            let ordered: Vec<Value> = header
                .iter()
                .filter_map(|h| fields.iter().find(|f| f["name"] == *h).cloned())
                .collect();
            r["schema"]["fields"] = Value::from(ordered);
            // Foreign keys may point at tables this package does not carry.
            if let Some(schema) = r["schema"].as_object_mut() {
                schema.remove("foreignKeys");
            }
            Some(r)
        })
        .collect();
    package["resources"] = Value::from(kept);
    serde_json::to_vec_pretty(&package).expect("JSON")
}
