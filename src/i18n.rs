//! UI translations with Project Fluent. English is the fallback: a key
//! missing in another language is looked up in English. Beside the
//! embedded languages, a folder given at start (`serve --locales DIR`) may
//! add languages or correct messages, without rebuilding.

use std::{
    collections::{BTreeMap, BTreeSet, HashMap},
    path::{Path, PathBuf},
    sync::OnceLock,
};

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

static I18N: OnceLock<I18n> = OnceLock::new();

/// The translations, loaded once. The embedded sources are checked by the
/// tests below, so a failure here is a build defect, not a runtime condition.
pub fn i18n() -> &'static I18n {
    I18N.get_or_init(|| I18n::load().expect("embedded translations parse"))
}

/// Adds the translations of `dir` to the embedded ones, for the rest of the
/// process; call before anything is translated. `dir` holds one folder per
/// language tag with `.ftl` files (`sw/main.ftl`), as `locales/` does.
/// Returns what was loaded, one line per language; on any problem (a file
/// that does not parse, a message English does not have, variables other
/// than English's) nothing is loaded and the error names the file and line.
pub fn install(dir: &Path) -> Result<Vec<String>, String> {
    let mut i18n = I18n::load()?;
    let loaded = i18n.add_folder(dir)?;
    I18N.set(i18n)
        .map_err(|_| "translations were in use before the folder was loaded".to_owned())?;
    Ok(loaded)
}

fn new_bundle(tag: &str) -> Result<FluentBundle<FluentResource>, String> {
    let lang: LanguageIdentifier = tag
        .parse()
        .map_err(|e| format!("{tag:?} is not a language tag: {e}"))?;
    let mut bundle = FluentBundle::new_concurrent(vec![lang]);
    // Isolation marks would end up in copied text and break matching.
    bundle.set_use_isolating(false);
    Ok(bundle)
}

impl I18n {
    pub fn load() -> Result<Self, String> {
        let mut bundles = HashMap::new();
        for (tag, source) in LOCALES {
            let resource = FluentResource::try_new((*source).to_owned())
                .map_err(|(_, errors)| format!("locales/{tag}/main.ftl: {errors:?}"))?;
            let mut bundle = new_bundle(tag)?;
            bundle
                .add_resource(resource)
                .map_err(|errors| format!("locales/{tag}/main.ftl: {errors:?}"))?;
            bundles.insert(*tag, bundle);
        }
        Ok(I18n { bundles })
    }

    /// Adds every `TAG/*.ftl` of `dir`; a message of a language already
    /// here replaces the embedded one.
    fn add_folder(&mut self, dir: &Path) -> Result<Vec<String>, String> {
        let english = message_variables(LOCALES.iter().find(|(t, _)| *t == FALLBACK).unwrap().1)
            .expect("embedded English parses");
        let mut loaded = Vec::new();
        for (tag, files) in ftl_files(dir)? {
            let known = self.bundles.keys().find(|k| **k == tag).copied();
            let tag: &'static str = known.unwrap_or_else(|| Box::leak(tag.into_boxed_str()));
            let mut bundle = match known {
                Some(_) => self.bundles.remove(tag).expect("known"),
                None => new_bundle(tag)?,
            };
            let mut messages = 0;
            for file in files {
                let source = std::fs::read_to_string(&file)
                    .map_err(|e| format!("{}: cannot read: {e}", file.display()))?;
                messages += check_against_english(&file, &source, &english)?;
                let resource = FluentResource::try_new(source)
                    .map_err(|_| format!("{}: does not parse", file.display()))?;
                bundle.add_resource_overriding(resource);
            }
            let missing = english.keys().filter(|id| !bundle.has_message(id)).count();
            loaded.push(format!(
                "{tag} ({}): {messages} messages from {}, {missing} of English's shown in English",
                own_name_in(&bundle, tag),
                dir.display()
            ));
            self.bundles.insert(tag, bundle);
        }
        Ok(loaded)
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

/// The `.ftl` files of a locales folder, by language tag.
fn ftl_files(dir: &Path) -> Result<BTreeMap<String, Vec<PathBuf>>, String> {
    let entries =
        std::fs::read_dir(dir).map_err(|e| format!("{}: cannot read: {e}", dir.display()))?;
    let mut found: BTreeMap<String, Vec<PathBuf>> = BTreeMap::new();
    for entry in entries {
        let path = entry
            .map_err(|e| format!("{}: cannot read: {e}", dir.display()))?
            .path();
        let Some(tag) = path.file_name().and_then(|n| n.to_str()) else {
            continue;
        };
        if !path.is_dir() {
            continue;
        }
        let tag = tag.to_owned();
        let mut files: Vec<PathBuf> = std::fs::read_dir(&path)
            .map_err(|e| format!("{}: cannot read: {e}", path.display()))?
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| p.extension().is_some_and(|x| x == "ftl"))
            .collect();
        files.sort();
        if !files.is_empty() {
            found.insert(tag, files);
        }
    }
    if found.is_empty() {
        return Err(format!(
            "{}: no translations found (expected TAG/main.ftl, such as sw/main.ftl)",
            dir.display()
        ));
    }
    Ok(found)
}

/// Message ids and the variables each uses; the first syntax error as
/// (byte offset, message) otherwise.
fn message_variables(source: &str) -> Result<BTreeMap<String, BTreeSet<String>>, (usize, String)> {
    use fluent_syntax::ast::Entry;
    let resource = fluent_syntax::parser::parse(source).map_err(|(_, errors)| {
        let first = &errors[0];
        (first.pos.start, first.kind.to_string())
    })?;
    Ok(resource
        .body
        .iter()
        .filter_map(|entry| match entry {
            Entry::Message(m) => Some(m),
            _ => None,
        })
        .map(|m| {
            let mut vars = BTreeSet::new();
            if let Some(value) = &m.value {
                variables::pattern(value, &mut vars);
            }
            (m.id.name.to_owned(), vars)
        })
        .collect())
}

/// Checks a translation file as the embedded ones are checked: it parses,
/// has only English's messages, each with English's variables. Returns how
/// many messages it has.
fn check_against_english(
    file: &Path,
    source: &str,
    english: &BTreeMap<String, BTreeSet<String>>,
) -> Result<usize, String> {
    let line_of = |offset: usize| source[..offset.min(source.len())].matches('\n').count() + 1;
    let line_of_id = |id: &str| {
        source
            .find(&format!("\n{id} ="))
            .map_or(1, |at| line_of(at + 1))
    };
    let theirs = message_variables(source)
        .map_err(|(at, message)| format!("{}, line {}: {message}", file.display(), line_of(at)))?;
    for (id, vars) in &theirs {
        let at = || format!("{}, line {}", file.display(), line_of_id(id));
        match english.get(id) {
            None => return Err(format!("{}: {id} is not a message of English", at())),
            Some(expected) if expected != vars => {
                return Err(format!(
                    "{}: {id} uses the variables {vars:?}; English uses {expected:?}",
                    at()
                ));
            }
            Some(_) => {}
        }
    }
    Ok(theirs.len())
}

/// The variables a pattern uses, through selectors and nested placeables.
mod variables {
    use std::collections::BTreeSet;

    use fluent_syntax::ast;

    pub fn pattern(pattern: &ast::Pattern<&str>, vars: &mut BTreeSet<String>) {
        for element in &pattern.elements {
            if let ast::PatternElement::Placeable { expression } = element {
                self::expression(expression, vars);
            }
        }
    }

    fn expression(expression: &ast::Expression<&str>, vars: &mut BTreeSet<String>) {
        match expression {
            ast::Expression::Select { selector, variants } => {
                inline(selector, vars);
                for v in variants {
                    pattern(&v.value, vars);
                }
            }
            ast::Expression::Inline(i) => inline(i, vars),
        }
    }

    fn inline(inline: &ast::InlineExpression<&str>, vars: &mut BTreeSet<String>) {
        match inline {
            ast::InlineExpression::VariableReference { id } => {
                vars.insert(id.name.to_owned());
            }
            ast::InlineExpression::Placeable { expression: e } => expression(e, vars),
            _ => {}
        }
    }
}

/// A UI language's name as its speakers write it, for the switcher.
pub fn own_name(tag: &str) -> String {
    match i18n().bundles.get(tag) {
        Some(bundle) => own_name_in(bundle, tag),
        None => tag.to_owned(),
    }
}

/// The language's own name: its `language-own-name` message, else its tag
/// (never English's name, which a new language would otherwise inherit).
fn own_name_in(bundle: &FluentBundle<FluentResource>, tag: &str) -> String {
    let Some(pattern) = bundle
        .get_message("language-own-name")
        .and_then(|m| m.value())
    else {
        return tag.to_owned();
    };
    let mut errors = Vec::new();
    bundle
        .format_pattern(pattern, None, &mut errors)
        .into_owned()
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
    /// "From → to" in the reading direction: in right-to-left text the
    /// arrow points left, from the first name read to the second.
    pub fn arrow(&self) -> &'static str {
        match self.dir() {
            "rtl" => "←",
            _ => "→",
        }
    }

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

    /// "Tuesday 2 March" in this language.
    pub fn day(&self, date: jiff::civil::Date) -> String {
        crate::format::day(date, self.tag)
    }

    /// "Tue 2 Mar" in this language.
    pub fn day_short(&self, date: jiff::civil::Date) -> String {
        crate::format::day_short(date, self.tag)
    }

    /// "09:30" as this language writes the clock, in the zone given.
    pub fn time(&self, at: jiff::Timestamp, tz: &jiff::tz::TimeZone) -> String {
        crate::format::time(at, tz, self.tag)
    }

    /// "09:30–11:00" in this language, in the zone given.
    pub fn time_range(
        &self,
        start: jiff::Timestamp,
        end: jiff::Timestamp,
        tz: &jiff::tz::TimeZone,
    ) -> String {
        crate::format::time_range(start, end, tz, self.tag)
    }

    /// A whole number with this language's digits.
    pub fn number(&self, n: impl Count) -> String {
        crate::format::number(n.count(), self.tag)
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

    /// Keys the code builds from a prefix and a value (`session-kind-panel`).
    const BUILT_FROM_PREFIX: &[&str] = &[
        "access-done-",
        "directory-role-",
        "directory-visibility-",
        "floor-order-",
        "question-kind-",
        "region-",
        "scale-",
        "sector-",
        "service-",
        "session-change-",
        "session-kind-",
    ];

    #[test]
    fn every_message_of_english_is_used_by_the_code() {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
        let code: String = ["src", "templates", "assets"]
            .iter()
            .map(|dir| root.join(dir))
            .filter(|dir| dir.is_dir())
            .flat_map(|dir| walk(&dir))
            .filter_map(|file| std::fs::read_to_string(file).ok())
            .collect();
        let english = messages(LOCALES.iter().find(|(t, _)| *t == FALLBACK).unwrap().1);
        let unused: Vec<&String> = english
            .keys()
            .filter(|key| !code.contains(&format!("\"{key}\"")))
            .filter(|key| !BUILT_FROM_PREFIX.iter().any(|p| key.starts_with(p)))
            .collect();
        assert!(unused.is_empty(), "messages no code uses: {unused:?}");
    }

    fn messages(source: &str) -> BTreeMap<String, BTreeSet<String>> {
        message_variables(source).expect("parses")
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

    fn folder(files: &[(&str, &str)]) -> tempfile::TempDir {
        let dir = tempfile::tempdir().unwrap();
        for (tag, source) in files {
            std::fs::create_dir_all(dir.path().join(tag)).unwrap();
            std::fs::write(dir.path().join(tag).join("main.ftl"), source).unwrap();
        }
        dir
    }

    #[test]
    fn a_folder_adds_a_language_and_corrects_another() {
        let dir = folder(&[
            (
                "sw",
                "language-own-name = Kiswahili\nnav-program = Ratiba\n\
                 footer-time-zone = Saa ni za { $zone }.\n",
            ),
            ("es", "nav-program = Agenda\n"),
        ]);
        let mut i18n = I18n::load().unwrap();
        let loaded = i18n.add_folder(dir.path()).unwrap();
        assert!(
            loaded[1].starts_with("sw (Kiswahili): 3 messages"),
            "{loaded:?}"
        );
        let sw = i18n.lang("sw");
        assert_eq!(sw.lang(), "sw");
        assert_eq!(sw.t("nav-program"), "Ratiba");
        assert_eq!(
            sw.t_with("footer-time-zone", "zone", "Asia/Bangkok"),
            "Saa ni za Asia/Bangkok."
        );
        assert_eq!(sw.t("nav-now"), "Now and next", "the rest in English");
        assert_eq!(i18n.lang("es").t("nav-program"), "Agenda");
        assert_eq!(
            i18n.lang("es").t("nav-now"),
            I18n::load().unwrap().lang("es").t("nav-now")
        );
        assert!(i18n.available().contains(&"sw"));
    }

    #[test]
    fn a_broken_folder_is_refused_naming_the_file_and_line() {
        let refused = |source: &str| {
            let dir = folder(&[("sw", source)]);
            let error = I18n::load().unwrap().add_folder(dir.path()).unwrap_err();
            assert!(error.contains("sw/main.ftl"), "{error}");
            error
        };
        let syntax = refused("nav-program = Ratiba\nthis is not fluent { \n");
        assert!(syntax.contains("line 2"), "{syntax}");
        let unknown = refused("nav-program = Ratiba\nnav-progrm = Ratiba\n");
        assert!(
            unknown.contains("line 2")
                && unknown.contains("nav-progrm is not a message of English"),
            "{unknown}"
        );
        let variables = refused("footer-time-zone = Saa za { $eneo }.\n");
        assert!(variables.contains("variables"), "{variables}");
        let empty = tempfile::tempdir().unwrap();
        assert!(I18n::load().unwrap().add_folder(empty.path()).is_err());
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
