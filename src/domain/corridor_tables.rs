//! Tables the corridors suggest: every migration corridor with an
//! organisation at each end becomes a table where the origin and the
//! destination meet ("Indonesia → Singapore: Yasanti, Transient Workers
//! Count Too"). Related corridors are grouped by the destination's region,
//! where the tables would refer people to each other.

use super::{
    Corridor,
    directory::{Directory, Organisation},
};

/// One corridor worth a table, with its organisations by end.
#[derive(Debug)]
pub struct CorridorTable<'a> {
    pub corridor: Corridor,
    pub origin: Vec<&'a Organisation>,
    pub destination: Vec<&'a Organisation>,
    /// Working on the corridor from a third country.
    pub elsewhere: Vec<&'a Organisation>,
}

impl CorridorTable<'_> {
    /// Everyone the table is for: both ends, then the others.
    pub fn organisations(&self) -> impl Iterator<Item = &Organisation> {
        self.origin
            .iter()
            .chain(&self.destination)
            .chain(&self.elsewhere)
            .copied()
    }
}

/// The tables of one region (the destinations' UN M49 sub-region).
#[derive(Debug)]
pub struct RegionTables<'a> {
    pub region: &'static str,
    pub tables: Vec<CorridorTable<'a>>,
}

/// Every corridor with at least one organisation at each end, grouped by
/// the destination's region; the regions with most tables first, and in
/// each the corridors with most organisations first.
pub fn corridor_tables(directory: &Directory) -> Vec<RegionTables<'_>> {
    let mut regions: Vec<RegionTables> = Vec::new();
    for (corridor, _) in directory.corridor_counts() {
        let ends = directory.corridor_ends(corridor);
        if ends.origin.is_empty() || ends.destination.is_empty() {
            continue;
        }
        let table = CorridorTable {
            corridor,
            origin: ends.origin,
            destination: ends.destination,
            elsewhere: ends.elsewhere,
        };
        let region = corridor.destination.region();
        match regions.iter_mut().find(|r| r.region == region) {
            Some(r) => r.tables.push(table),
            None => regions.push(RegionTables {
                region,
                tables: vec![table],
            }),
        }
    }
    for r in &mut regions {
        r.tables.sort_by(|a, b| {
            b.organisations()
                .count()
                .cmp(&a.organisations().count())
                .then_with(|| a.corridor.key().cmp(&b.corridor.key()))
        });
    }
    regions.sort_by(|a, b| {
        b.tables
            .len()
            .cmp(&a.tables.len())
            .then_with(|| a.region.cmp(b.region))
    });
    regions
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::{Country, Viewer};

    fn org(id: i64, name: &str, country: &str, corridors: &[&str]) -> Organisation {
        Organisation {
            id,
            name: name.into(),
            acronym: None,
            country: Some(Country::parse(country).unwrap()),
            sectors: vec![],
            tags: vec![],
            services: vec![],
            languages: vec![],
            website: None,
            corridors: corridors
                .iter()
                .map(|c| Corridor::parse(c).unwrap())
                .collect(),
        }
    }

    #[test]
    fn a_corridor_with_both_ends_is_a_table_grouped_by_the_destinations_region() {
        let d = Directory::visible_to(
            Viewer::Organiser,
            vec![
                org(1, "Yasanti", "ID", &["ID>SG", "ID>MY", "ID>HK"]),
                org(2, "Transient Workers Count Too", "SG", &["ID>SG", "BD>SG"]),
                org(3, "Tenaganita", "MY", &["ID>MY"]),
                org(4, "GAATW-IS", "TH", &["ID>SG"]),
                org(5, "Insan Association", "LB", &["ET>LB"]),
                org(6, "Ethiopian Women", "ET", &["ET>LB"]),
            ],
            vec![],
        );
        let regions = corridor_tables(&d);
        let keys: Vec<(&str, Vec<String>)> = regions
            .iter()
            .map(|r| {
                (
                    r.region,
                    r.tables.iter().map(|t| t.corridor.pair()).collect(),
                )
            })
            .collect();
        assert_eq!(
            keys,
            [
                (
                    "south-eastern-asia",
                    vec!["ID>SG".to_owned(), "ID>MY".to_owned()]
                ),
                ("western-asia", vec!["ET>LB".to_owned()]),
            ],
            "ID>HK and BD>SG have one end only"
        );
        let id_sg = &regions[0].tables[0];
        let names: Vec<&str> = id_sg.organisations().map(|o| o.name.as_str()).collect();
        assert_eq!(
            names,
            ["Yasanti", "Transient Workers Count Too", "GAATW-IS"]
        );
    }
}
