//! UI translations with Project Fluent. English is the fallback: a key
//! missing in another language is looked up in English.

use std::{collections::HashMap, sync::OnceLock};

use fluent_bundle::{FluentArgs, FluentResource, FluentValue, concurrent::FluentBundle};
use unic_langid::LanguageIdentifier;

const FALLBACK: &str = "en";

/// (language tag, Fluent source) for every UI language, embedded at build time.
const LOCALES: &[(&str, &str)] = &[
    ("ar", include_str!("../locales/ar/main.ftl")),
    ("en", include_str!("../locales/en/main.ftl")),
    ("es", include_str!("../locales/es/main.ftl")),
    ("fr", include_str!("../locales/fr/main.ftl")),
    ("id", include_str!("../locales/id/main.ftl")),
    ("pt", include_str!("../locales/pt/main.ftl")),
    ("th", include_str!("../locales/th/main.ftl")),
];

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

/// A UI language's name as its speakers write it, for the switcher.
pub fn own_name(tag: &str) -> &'static str {
    match tag {
        "ar" => "العربية",
        "en" => "English",
        "es" => "Español",
        "fr" => "Français",
        "id" => "Bahasa Indonesia",
        "pt" => "Português",
        "th" => "ไทย",
        _ => "?",
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
    use std::collections::{BTreeMap, BTreeSet};

    use fluent_syntax::ast;

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

    /// Message ids and the variables each uses, from a Fluent source.
    fn messages(source: &str) -> BTreeMap<String, BTreeSet<String>> {
        use fluent_syntax::ast::Entry;
        let resource = fluent_syntax::parser::parse(source).expect("parses");
        resource
            .body
            .iter()
            .filter_map(|entry| match entry {
                Entry::Message(m) => Some(m),
                _ => None,
            })
            .map(|m| {
                let mut vars = BTreeSet::new();
                if let Some(value) = &m.value {
                    pattern_variables(value, &mut vars);
                }
                (m.id.name.to_owned(), vars)
            })
            .collect()
    }

    fn pattern_variables(pattern: &ast::Pattern<&str>, vars: &mut BTreeSet<String>) {
        for element in &pattern.elements {
            if let ast::PatternElement::Placeable { expression } = element {
                expression_variables(expression, vars);
            }
        }
    }

    fn expression_variables(expression: &ast::Expression<&str>, vars: &mut BTreeSet<String>) {
        match expression {
            ast::Expression::Select { selector, variants } => {
                inline_variables(selector, vars);
                for v in variants {
                    pattern_variables(&v.value, vars);
                }
            }
            ast::Expression::Inline(inline) => inline_variables(inline, vars),
        }
    }

    fn inline_variables(inline: &ast::InlineExpression<&str>, vars: &mut BTreeSet<String>) {
        match inline {
            ast::InlineExpression::VariableReference { id } => {
                vars.insert(id.name.to_owned());
            }
            ast::InlineExpression::Placeable { expression } => {
                expression_variables(expression, vars)
            }
            _ => {}
        }
    }

    #[test]
    fn every_locale_has_every_message_of_english_with_its_variables() {
        let en = messages(LOCALES.iter().find(|(t, _)| *t == "en").unwrap().1);
        let mut problems = Vec::new();
        for (tag, source) in LOCALES {
            let theirs = messages(source);
            for (id, vars) in &en {
                match theirs.get(id) {
                    None => problems.push(format!("{tag}: missing {id}")),
                    Some(v) if v != vars => {
                        problems.push(format!("{tag}: {id} uses {v:?}, English {vars:?}"))
                    }
                    Some(_) => {}
                }
            }
            for id in theirs.keys().filter(|id| !en.contains_key(*id)) {
                problems.push(format!("{tag}: {id} is not an English message"));
            }
        }
        assert!(problems.is_empty(), "{problems:#?}");
        assert!(I18n::load().is_ok());
        assert_eq!(i18n().available().len(), 7);
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
