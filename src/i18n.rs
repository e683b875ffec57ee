//! UI translations with Project Fluent. English is the fallback: a key
//! missing in another language is looked up in English.

use std::{collections::HashMap, sync::OnceLock};

use fluent_bundle::{FluentArgs, FluentResource, FluentValue, concurrent::FluentBundle};
use unic_langid::LanguageIdentifier;

const FALLBACK: &str = "en";

/// (language tag, Fluent source) for every UI language, embedded at build time.
const LOCALES: &[(&str, &str)] = &[("en", include_str!("../locales/en/main.ftl"))];

pub struct I18n {
    bundles: HashMap<&'static str, FluentBundle<FluentResource>>,
}

/// The translations, loaded once. The embedded sources are checked by the
/// tests below, so a failure here is a build defect, not a runtime condition.
pub fn i18n() -> &'static I18n {
    static I18N: OnceLock<I18n> = OnceLock::new();
    I18N.get_or_init(|| I18n::load().expect("embedded translations parse"))
}

impl I18n {
    pub fn load() -> Result<Self, String> {
        let mut bundles = HashMap::new();
        for (tag, source) in LOCALES {
            let lang: LanguageIdentifier = tag.parse().map_err(|e| format!("{tag}: {e}"))?;
            let resource = FluentResource::try_new((*source).to_owned())
                .map_err(|(_, errors)| format!("locales/{tag}/main.ftl: {errors:?}"))?;
            let mut bundle = FluentBundle::new_concurrent(vec![lang]);
            // Isolation marks would end up in copied text and break matching.
            bundle.set_use_isolating(false);
            bundle
                .add_resource(resource)
                .map_err(|errors| format!("locales/{tag}/main.ftl: {errors:?}"))?;
            bundles.insert(*tag, bundle);
        }
        Ok(I18n { bundles })
    }

    /// The UI languages there are, sorted.
    pub fn available(&self) -> Vec<&'static str> {
        let mut tags: Vec<&'static str> = self.bundles.keys().copied().collect();
        tags.sort_unstable();
        tags
    }

    /// A translator bound to one language, falling back to English.
    pub fn lang<'a>(&'a self, tag: &str) -> Tr<'a> {
        let tag = self
            .bundles
            .keys()
            .find(|k| **k == tag)
            .copied()
            .unwrap_or(FALLBACK);
        Tr { i18n: self, tag }
    }

    fn format(&self, tag: &str, key: &str, args: Option<&FluentArgs>) -> String {
        for candidate in [tag, FALLBACK] {
            let Some(bundle) = self.bundles.get(candidate) else {
                continue;
            };
            let Some(pattern) = bundle.get_message(key).and_then(|m| m.value()) else {
                continue;
            };
            let mut errors = Vec::new();
            let text = bundle.format_pattern(pattern, args, &mut errors);
            if !errors.is_empty() {
                tracing::warn!(key, ?errors, "translation error");
            }
            return text.into_owned();
        }
        tracing::warn!(key, "missing translation");
        key.to_owned()
    }
}

/// What templates call to get UI strings.
#[derive(Clone, Copy)]
pub struct Tr<'a> {
    i18n: &'a I18n,
    tag: &'static str,
}

impl Tr<'_> {
    pub fn lang(&self) -> &'static str {
        self.tag
    }

    /// Right-to-left scripts among the UI languages.
    pub fn dir(&self) -> &'static str {
        match self.tag {
            "ar" | "fa" | "he" | "ur" => "rtl",
            _ => "ltr",
        }
    }

    pub fn t(&self, key: &str) -> String {
        self.i18n.format(self.tag, key, None)
    }

    pub fn t_with(&self, key: &str, name: &str, value: impl std::fmt::Display) -> String {
        let mut args = FluentArgs::new();
        args.set(name.to_owned(), FluentValue::from(value.to_string()));
        self.i18n.format(self.tag, key, Some(&args))
    }

    /// A message with several arguments.
    pub fn t_args(&self, key: &str, values: &[(&str, &str)]) -> String {
        let mut args = FluentArgs::new();
        for (name, value) in values {
            args.set(name.to_string(), FluentValue::from(value.to_string()));
        }
        self.i18n.format(self.tag, key, Some(&args))
    }

    pub fn t_count(&self, key: &str, count: impl Count) -> String {
        let mut args = FluentArgs::new();
        args.set("count", FluentValue::from(count.count()));
        self.i18n.format(self.tag, key, Some(&args))
    }
}

/// A number of things, as templates hold it (by value or by reference).
pub trait Count {
    fn count(&self) -> i64;
}

impl Count for usize {
    fn count(&self) -> i64 {
        i64::try_from(*self).unwrap_or(i64::MAX)
    }
}

impl Count for i64 {
    fn count(&self) -> i64 {
        *self
    }
}

impl<T: Count> Count for &T {
    fn count(&self) -> i64 {
        (**self).count()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn english_loads_and_interpolates_without_isolation_marks() {
        let i18n = I18n::load().unwrap();
        let tr = i18n.lang("en");
        assert_eq!(tr.t("nav-program"), "Program");
        assert_eq!(
            tr.t_with("footer-time-zone", "zone", "Asia/Bangkok"),
            "Times are in Asia/Bangkok time."
        );
        assert_eq!(tr.t_count("session-more-people", 1usize), "and one more");
        assert_eq!(tr.t_count("session-more-people", 3usize), "and 3 more");
    }

    #[test]
    fn unknown_language_falls_back_to_english() {
        let i18n = I18n::load().unwrap();
        assert_eq!(i18n.lang("xx").t("nav-program"), "Program");
        assert_eq!(i18n.lang("xx").lang(), "en");
    }

    #[test]
    fn every_key_used_in_templates_exists_in_english() {
        let i18n = I18n::load().unwrap();
        let en = &i18n.bundles["en"];
        let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/templates");
        let mut missing = Vec::new();
        for entry in walk(std::path::Path::new(dir)) {
            let text = std::fs::read_to_string(&entry).unwrap();
            for key in text
                .split("t(\"")
                .skip(1)
                .chain(text.split("t_with(\"").skip(1))
            {
                let key = key.split('"').next().unwrap();
                if !en.has_message(key) {
                    missing.push(format!("{}: {key}", entry.display()));
                }
            }
        }
        assert!(missing.is_empty(), "missing keys: {missing:?}");
    }

    fn walk(dir: &std::path::Path) -> Vec<std::path::PathBuf> {
        let mut files = Vec::new();
        for entry in std::fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                files.extend(walk(&path));
            } else {
                files.push(path);
            }
        }
        files
    }
}
