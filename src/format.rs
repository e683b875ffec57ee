//! Dates, times and numbers as people read them in their language (ICU4X
//! with CLDR's compiled data), always in the consultation's time zone.

use std::{
    collections::HashMap,
    sync::{OnceLock, RwLock},
};

use icu_datetime::{
    DateTimeFormatter, DateTimeFormatterPreferences, NoCalendarFormatter, fieldsets,
    input::{Date as IcuDate, Time as IcuTime},
};
use icu_decimal::{DecimalFormatter, input::Decimal};
use icu_locale::names::{
    DisplayNamesPreferences, LanguageIdentifierDisplayName, LanguageIdentifierDisplayNameOptions,
};
use icu_locale_core::{LanguageIdentifier, Locale};
use writeable::TryWriteable;

use crate::domain::language;
use jiff::{Timestamp, civil::Date, tz::TimeZone};

/// The formatters of one UI language, built once: building one reads and
/// checks CLDR data, formatting with it is cheap.
struct Formatters {
    day: DateTimeFormatter<fieldsets::MDE>,
    day_short: DateTimeFormatter<fieldsets::MDE>,
    time: NoCalendarFormatter<fieldsets::T>,
    number: DecimalFormatter,
}

impl Formatters {
    fn new(tag: &str) -> Self {
        let locale = cldr_locale(tag);
        let prefs = DateTimeFormatterPreferences::from(&locale);
        // Compiled data covers every CLDR locale and falls back to the root
        // locale, so these only fail on a defect of the data itself.
        Formatters {
            day: DateTimeFormatter::try_new(prefs, fieldsets::MDE::long())
                .expect("CLDR has day names"),
            day_short: DateTimeFormatter::try_new(prefs, fieldsets::MDE::medium())
                .expect("CLDR has day names"),
            time: NoCalendarFormatter::try_new(prefs, fieldsets::T::hm())
                .expect("CLDR has a clock"),
            number: DecimalFormatter::try_new((&locale).into(), Default::default())
                .expect("CLDR has digits"),
        }
    }
}

/// The CLDR locale for a UI language. English is the network's working
/// language across regions: CLDR's world English writes "Tuesday 2 March"
/// and a 24-hour clock where US English would write "Tuesday, March 2"
/// and "9:30 AM". A tag CLDR does not know (a language added with
/// `--locales`) gets the root locale: ISO-like dates, Latin digits.
fn cldr_locale(tag: &str) -> Locale {
    let tag = if tag == "en" { "en-GB" } else { tag };
    tag.parse().unwrap_or(Locale::UNKNOWN)
}

fn formatters(tag: &str) -> &'static Formatters {
    static CACHE: OnceLock<RwLock<HashMap<String, &'static Formatters>>> = OnceLock::new();
    let cache = CACHE.get_or_init(Default::default);
    if let Some(found) = cache.read().unwrap_or_else(|e| e.into_inner()).get(tag) {
        return found;
    }
    let mut cache = cache.write().unwrap_or_else(|e| e.into_inner());
    // One per UI language, kept for the life of the process.
    cache
        .entry(tag.to_owned())
        .or_insert_with(|| Box::leak(Box::new(Formatters::new(tag))))
}

fn icu_date(date: Date) -> IcuDate<icu_calendar::Iso> {
    IcuDate::try_new_iso(i32::from(date.year()), date.month() as u8, date.day() as u8)
        .expect("jiff dates are valid ISO dates")
}

/// "Tuesday 2 March", "martes, 2 de marzo", "الثلاثاء، 2 مارس"
pub fn day(date: Date, lang: &str) -> String {
    formatters(lang).day.format(&icu_date(date)).to_string()
}

/// "Tue 2 Mar", for day tabs on small screens.
pub fn day_short(date: Date, lang: &str) -> String {
    formatters(lang)
        .day_short
        .format(&icu_date(date))
        .to_string()
}

/// "09:30", "09.30", "9:30 ص"
pub fn time(at: Timestamp, tz: &TimeZone, lang: &str) -> String {
    let local = at.to_zoned(tz.clone()).time();
    let time = IcuTime::try_new(local.hour() as u8, local.minute() as u8, 0, 0)
        .expect("jiff times are valid");
    formatters(lang).time.format(&time).to_string()
}

/// "09:30–11:00"
pub fn time_range(start: Timestamp, end: Timestamp, tz: &TimeZone, lang: &str) -> String {
    format!("{}–{}", time(start, tz, lang), time(end, tz, lang))
}

/// A whole number with the language's digits and grouping: "1,234", "1.234".
pub fn number(n: i64, lang: &str) -> String {
    formatters(lang)
        .number
        .format(&Decimal::from(n))
        .to_string()
}

/// A language's name in the UI language `lang` ("árabe" for `ar` in
/// Spanish), from CLDR; a language CLDR's common set lacks gets its English
/// name, and an unknown tag itself.
pub fn language_name(code: &str, lang: &str) -> String {
    let fallback = || language::english_name(code).unwrap_or(code).to_owned();
    let Ok(subject) = code.parse::<LanguageIdentifier>() else {
        return fallback();
    };
    let prefs = DisplayNamesPreferences::from(&cldr_locale(lang));
    let options = LanguageIdentifierDisplayNameOptions::default();
    match LanguageIdentifierDisplayName::try_new_light(prefs, subject, options) {
        Ok(name) => match name.as_borrowed().try_write_to_string() {
            Ok(name) => name.into_owned(),
            Err(_) => fallback(),
        },
        Err(_) => fallback(),
    }
}

/// A language's name for a list or a tab: "Árabe" where a sentence
/// writes "árabe".
pub fn language_label(code: &str, lang: &str) -> String {
    capitalised(&language_name(code, lang))
}

/// Every language as (code, name in `lang`), sorted as a reader of `lang`
/// looks for them: by name, accents aside. Built once per UI language.
pub fn language_choices(lang: &str) -> &'static [(&'static str, String)] {
    type Choices = &'static [(&'static str, String)];
    static CACHE: OnceLock<RwLock<HashMap<String, Choices>>> = OnceLock::new();
    let cache = CACHE.get_or_init(Default::default);
    if let Some(found) = cache.read().unwrap_or_else(|e| e.into_inner()).get(lang) {
        return found;
    }
    let mut choices: Vec<(&'static str, String)> = language::all()
        .iter()
        .map(|(code, _)| (*code, language_label(code, lang)))
        .collect();
    choices.sort_by_cached_key(|(_, name)| sort_key(name));
    let choices: Choices = Box::leak(choices.into_boxed_slice());
    cache
        .write()
        .unwrap_or_else(|e| e.into_inner())
        .insert(lang.to_owned(), choices);
    choices
}

/// Names in a list start with a capital, whatever the language writes
/// inside a sentence ("español").
fn capitalised(name: &str) -> String {
    let mut chars = name.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

/// "Árabe" sorts beside "Arabe", not after "Zulú".
fn sort_key(name: &str) -> String {
    icu_normalizer::DecomposingNormalizerBorrowed::new_nfd()
        .normalize(&name.to_lowercase())
        .chars()
        .filter(|c| !('\u{300}'..='\u{36f}').contains(c))
        .collect()
}

/// Machine-readable local time with offset, for `<time datetime>`.
pub fn iso(at: Timestamp, tz: &TimeZone) -> String {
    at.to_zoned(tz.clone())
        .strftime("%Y-%m-%dT%H:%M%:z")
        .to_string()
}

/// Paragraphs are separated by blank lines, whatever the line endings:
/// browsers send `\r\n` from a textarea.
pub fn paragraphs(text: &str) -> Vec<String> {
    let mut paragraphs = Vec::new();
    let mut lines: Vec<&str> = Vec::new();
    for line in text.lines().chain([""]) {
        if !line.trim().is_empty() {
            lines.push(line.trim_end());
        } else if !lines.is_empty() {
            paragraphs.push(lines.join("\n").trim().to_owned());
            lines.clear();
        }
    }
    paragraphs
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formats_in_the_given_zone() {
        let tz = TimeZone::get("Asia/Bangkok").unwrap();
        let start: Timestamp = "2027-03-02T02:30:00Z".parse().unwrap();
        let end: Timestamp = "2027-03-02T04:00:00Z".parse().unwrap();
        assert_eq!(time_range(start, end, &tz, "en"), "09:30–11:00");
        assert_eq!(iso(start, &tz), "2027-03-02T09:30+07:00");
        assert_eq!(day(jiff::civil::date(2027, 3, 2), "en"), "Tuesday 2 March");
    }

    #[test]
    fn each_language_writes_its_own_days_clock_and_digits() {
        let tz = TimeZone::get("Asia/Bangkok").unwrap();
        let at: Timestamp = "2027-03-02T02:30:00Z".parse().unwrap();
        let date = jiff::civil::date(2027, 3, 2);
        for (lang, day_name, clock) in [
            ("en", "Tuesday 2 March", "09:30"),
            ("es", "martes, 2 de marzo", "09:30"),
            ("fr", "mardi 2 mars", "09:30"),
            ("pt", "terça-feira, 2 de março", "09:30"),
            ("id", "Selasa, 2 Maret", "09.30"),
            ("th", "วันอังคารที่ 2 มีนาคม", "09:30"),
            ("ar", "الثلاثاء، 2 مارس", "9:30 ص"),
        ] {
            assert_eq!(day(date, lang), day_name, "{lang}");
            assert_eq!(time(at, &tz, lang), clock, "{lang}");
        }
        assert_eq!(number(1234, "en"), "1,234");
        assert_eq!(number(1234567, "es"), "1.234.567");
        assert_eq!(number(1234567, "id"), "1.234.567");
        // A language CLDR does not know still gets a readable date.
        assert!(!day(date, "zz").is_empty());
    }

    #[test]
    fn languages_are_named_in_the_readers_language() {
        assert_eq!(language_name("ar", "es"), "árabe");
        assert_eq!(language_name("es", "ar"), "الإسبانية");
        assert_eq!(language_name("tl", "en"), "Tagalog");
        assert_eq!(language_name("id", "th"), "อินโดนีเซีย");
        assert_eq!(language_name("zz-garbage!", "en"), "zz-garbage!");
        let spanish = language_choices("es");
        assert_eq!(spanish.len(), language::all().len());
        let position = |code| spanish.iter().position(|(c, _)| *c == code).unwrap();
        assert!(position("ar") < position("en"), "árabe before inglés");
        assert!(position("en") < position("zu"));
    }

    #[test]
    fn paragraphs_split_on_blank_lines_from_any_browser() {
        let expected = ["First line\nstill first.", "Second."];
        assert_eq!(
            paragraphs("First line\nstill first.\n\nSecond.\n"),
            expected
        );
        assert_eq!(
            paragraphs("First line\r\nstill first.\r\n\r\nSecond.\r\n"),
            expected
        );
        assert_eq!(
            paragraphs("\r\n  First line\r\nstill first.\r\n \t\r\n\r\nSecond."),
            expected
        );
        assert!(paragraphs(" \r\n ").is_empty());
    }
}
