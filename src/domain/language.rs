use std::{fmt, sync::OnceLock};

use super::ValidationError;

static TABLE: &str = include_str!("../../data/languages.tsv");

/// Every ISO 639-1 language with its English name (Debian's iso-codes,
/// vendored by `scripts/vendor-iso-codes.py`): what people may pick for
/// their own text and their spoken languages.
pub fn all() -> &'static [(&'static str, &'static str)] {
    static ALL: OnceLock<Vec<(&str, &str)>> = OnceLock::new();
    ALL.get_or_init(|| {
        TABLE
            .lines()
            .filter(|l| !l.starts_with('#'))
            .filter_map(|l| l.split_once('\t'))
            .collect()
    })
}

/// The English name of an ISO 639-1 language, if the table has it.
pub fn english_name(code: &str) -> Option<&'static str> {
    let primary = code.split('-').next().unwrap_or(code);
    all().iter().find(|(c, _)| *c == primary).map(|(_, n)| *n)
}

/// A language tag for user text and sessions: an ISO 639 primary language
/// (`en`, `id`, `ar`), optionally with a region or script (`pt-BR`).
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct LanguageTag(String);

impl LanguageTag {
    pub fn parse(input: &str) -> Result<Self, ValidationError> {
        let invalid = || ValidationError::InvalidLanguage(input.to_owned());
        let mut parts = input.trim().split('-');
        let primary = parts
            .next()
            .filter(|p| (2..=3).contains(&p.len()) && p.bytes().all(|b| b.is_ascii_alphabetic()));
        let mut tag = primary.ok_or_else(invalid)?.to_ascii_lowercase();
        for sub in parts {
            if !(2..=8).contains(&sub.len()) || !sub.bytes().all(|b| b.is_ascii_alphanumeric()) {
                return Err(invalid());
            }
            tag.push('-');
            tag.push_str(&if sub.len() == 2 {
                sub.to_ascii_uppercase()
            } else {
                sub.to_owned()
            });
        }
        Ok(LanguageTag(tag))
    }

    /// Parses a list separated by spaces, commas or `|`.
    pub fn parse_list(input: &str) -> Result<Vec<Self>, ValidationError> {
        input
            .split(|c: char| c.is_whitespace() || c == ',' || c == '|')
            .filter(|s| !s.is_empty())
            .map(Self::parse)
            .collect()
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// The list as stored: space-separated.
    pub fn join(list: &[Self]) -> String {
        list.iter()
            .map(|l| l.as_str())
            .collect::<Vec<_>>()
            .join(" ")
    }
}

impl fmt::Display for LanguageTag {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn normalises_case() {
        assert_eq!(LanguageTag::parse("EN").unwrap().as_str(), "en");
        assert_eq!(LanguageTag::parse("pt-br").unwrap().as_str(), "pt-BR");
    }

    #[test]
    fn lists() {
        let list = LanguageTag::parse_list("en es|fr, id").unwrap();
        assert_eq!(LanguageTag::join(&list), "en es fr id");
    }

    #[test]
    fn the_table_has_every_iso_639_1_language() {
        assert_eq!(all().len(), 184);
        assert_eq!(english_name("es"), Some("Spanish"));
        assert_eq!(english_name("pt-BR"), Some("Portuguese"));
        assert_eq!(english_name("tlh"), None);
    }

    #[test]
    fn rejects_garbage() {
        assert!(LanguageTag::parse("english!").is_err());
        assert!(LanguageTag::parse("e").is_err());
        assert!(LanguageTag::parse("en-").is_err());
    }
}
