//! ISO 3166-1 countries. The table is Debian's iso-codes data, vendored by
//! `scripts/vendor-countries.py` so that the build needs no system package.

use std::{collections::HashMap, fmt, sync::OnceLock};

use super::ValidationError;

static TABLE: &str = include_str!("../../data/countries.tsv");

struct Countries {
    by_code: HashMap<&'static str, &'static str>,
    by_name: HashMap<String, &'static str>,
}

fn countries() -> &'static Countries {
    static COUNTRIES: OnceLock<Countries> = OnceLock::new();
    COUNTRIES.get_or_init(|| {
        let mut by_code = HashMap::new();
        let mut by_name = HashMap::new();
        for line in TABLE.lines().filter(|l| !l.starts_with('#')) {
            let Some((code, name)) = line.split_once('\t') else {
                continue;
            };
            by_code.insert(code, name);
            by_name.insert(name.to_lowercase(), code);
        }
        Countries { by_code, by_name }
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

    /// The English name; other languages come with translated tables.
    pub fn name(self) -> &'static str {
        countries().by_code[self.0]
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
    fn rejects_unknown() {
        assert_eq!(
            Country::parse("XX"),
            Err(ValidationError::UnknownCountry("XX".into()))
        );
        assert!(Country::parse("Coloumbia").is_err());
        assert!(Country::parse("").is_err());
    }
}
