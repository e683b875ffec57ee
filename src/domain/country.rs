//! ISO 3166-1 countries. The table is Debian's iso-codes data, vendored by
//! `scripts/vendor-countries.py` so that the build needs no system package.

use std::{collections::HashMap, fmt, sync::OnceLock};

use super::ValidationError;

static TABLE: &str = include_str!("../../data/countries.tsv");
/// Each code's UN M49 sub-region (`south-eastern-asia`).
static REGIONS: &str = include_str!("../../data/regions.tsv");

/// The languages of the table's name columns, in order.
const NAME_LANGUAGES: &[&str] = &["en", "es", "fr", "id", "ar", "pt", "th"];

struct Countries {
    /// Code → names in the order of `NAME_LANGUAGES`.
    by_code: HashMap<&'static str, Vec<&'static str>>,
    /// Lowercased name in any language → code.
    by_name: HashMap<String, &'static str>,
    codes: Vec<&'static str>,
}

fn countries() -> &'static Countries {
    static COUNTRIES: OnceLock<Countries> = OnceLock::new();
    COUNTRIES.get_or_init(|| {
        let mut by_code = HashMap::new();
        let mut by_name = HashMap::new();
        let mut codes = Vec::new();
        for line in TABLE.lines().filter(|l| !l.starts_with('#')) {
            let mut fields = line.split('\t');
            let Some(code) = fields.next() else {
                continue;
            };
            let names: Vec<&str> = fields.collect();
            // English names win over a translation that happens to match.
            for name in names.iter().rev() {
                by_name.insert(name.to_lowercase(), code);
            }
            by_code.insert(code, names);
            codes.push(code);
        }
        Countries {
            by_code,
            by_name,
            codes,
        }
    })
}

/// A country by its ISO 3166-1 alpha-2 code, e.g. `AR`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Country(&'static str);

impl Country {
    /// Accepts a code in any case (`ar`, `AR`) or the English name (`Argentina`).
    pub fn parse(input: &str) -> Result<Self, ValidationError> {
        let trimmed = input.trim();
        let table = countries();
        let upper = trimmed.to_ascii_uppercase();
        if let Some((code, _)) = table.by_code.get_key_value(upper.as_str()) {
            return Ok(Country(code));
        }
        let lower = trimmed.to_lowercase();
        let lower = lower.strip_prefix("the ").unwrap_or(&lower);
        match table.by_name.get(lower) {
            Some(code) => Ok(Country(code)),
            None => Err(ValidationError::UnknownCountry(input.to_owned())),
        }
    }

    pub fn code(self) -> &'static str {
        self.0
    }

    /// The English name.
    pub fn name(self) -> &'static str {
        countries().by_code[self.0][0]
    }

    /// The name in a UI language, falling back to English.
    pub fn name_in(self, lang: &str) -> &'static str {
        let column = NAME_LANGUAGES.iter().position(|l| *l == lang).unwrap_or(0);
        let names = &countries().by_code[self.0];
        names.get(column).copied().unwrap_or(names[0])
    }

    /// The country's UN M49 sub-region, as a key (`south-eastern-asia`)
    /// that the interface translates (`region-south-eastern-asia`).
    pub fn region(self) -> &'static str {
        static BY_CODE: OnceLock<HashMap<&'static str, &'static str>> = OnceLock::new();
        BY_CODE
            .get_or_init(|| {
                REGIONS
                    .lines()
                    .filter(|l| !l.starts_with('#'))
                    .filter_map(|l| l.split_once('\t'))
                    .collect()
            })
            .get(self.0)
            .copied()
            .unwrap_or("elsewhere")
    }

    /// Every country, by code.
    pub fn all() -> impl Iterator<Item = Country> {
        countries().codes.iter().map(|c| Country(c))
    }
}

impl fmt::Display for Country {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_codes_and_names() {
        assert_eq!(Country::parse("ar").unwrap().code(), "AR");
        assert_eq!(Country::parse("Argentina").unwrap().code(), "AR");
        assert_eq!(Country::parse("the Netherlands").unwrap().code(), "NL");
        assert_eq!(Country::parse(" Singapore ").unwrap().name(), "Singapore");
        assert_eq!(Country::parse("North Macedonia").unwrap().code(), "MK");
    }

    #[test]
    fn names_in_ui_languages_from_iso_codes() {
        let nl = Country::parse("NL").unwrap();
        assert_eq!(nl.name_in("es"), "Países Bajos");
        assert_eq!(nl.name_in("fr"), "Pays-Bas");
        assert_eq!(nl.name_in("id"), "Belanda");
        assert_eq!(nl.name_in("ar"), "هولندا");
        assert_eq!(nl.name_in("xx"), "Netherlands");
        assert_eq!(Country::parse("Países Bajos").unwrap(), nl);
        assert_eq!(Country::all().count(), 249);
    }

    #[test]
    fn rejects_unknown() {
        assert_eq!(
            Country::parse("XX"),
            Err(ValidationError::UnknownCountry("XX".into()))
        );
        assert!(Country::parse("Coloumbia").is_err());
        assert!(Country::parse("").is_err());
    }

    #[test]
    fn every_country_has_a_region() {
        for country in Country::all() {
            assert_ne!(country.region(), "elsewhere", "{}", country.code());
        }
        assert_eq!(Country::parse("SG").unwrap().region(), "south-eastern-asia");
        assert_eq!(Country::parse("LB").unwrap().region(), "western-asia");
    }
}
