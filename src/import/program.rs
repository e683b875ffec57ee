//! A program from elsewhere: the frab schedule as XML or JSON (what pretalx,
//! frab and other conference tools export), or a CSV with the columns
//! `title, kind, date, start, end, room, facilitators, speakers, languages`
//! (and optionally `id`, `description`). Every problem is reported with its
//! line and field; nothing is returned unless the whole file is good.

use std::collections::HashMap;

use jiff::{
    SignedDuration, Timestamp,
    civil::{Date, Time},
    tz::TimeZone,
};

use super::{ImportError, text};
use crate::domain::{
    DESCRIPTION_MAX, LanguageTag, SessionKind, TITLE_MAX, schedule::SessionImport, time_zone,
};
use crate::error::Words;

/// The consultation a frab file describes, for importing into an empty
/// database.
#[derive(Debug, Clone)]
pub struct Conference {
    pub title: String,
    pub start: Date,
    pub end: Date,
    pub time_zone: Option<String>,
}

#[derive(Debug)]
pub struct ParsedProgram {
    /// "frab XML", "frab JSON" or "CSV".
    pub format: &'static str,
    pub conference: Option<Conference>,
    pub sessions: Vec<SessionImport>,
}

/// What the file's times mean when they carry no offset, and the language
/// of sessions that name none.
#[derive(Debug, Clone)]
pub struct Defaults {
    pub time_zone: Option<TimeZone>,
    pub language: LanguageTag,
}

/// Parses the whole file, or returns every problem in it.
pub fn parse(bytes: &[u8], defaults: &Defaults) -> Result<ParsedProgram, Vec<ImportError>> {
    let text = text(bytes).map_err(|e| vec![e])?;
    let start = text.trim_start();
    let parsed = if start.starts_with('<') {
        frab_xml(text, defaults)
    } else if start.starts_with('{') {
        frab_json(text, defaults)
    } else {
        csv(text, defaults)
    }?;
    check_duplicates(&parsed.sessions)?;
    Ok(parsed)
}

fn check_duplicates(sessions: &[SessionImport]) -> Result<(), Vec<ImportError>> {
    let mut seen: HashMap<&str, &str> = HashMap::new();
    let mut errors = Vec::new();
    for s in sessions {
        if let Some(first) = seen.insert(&s.source_id, &s.place) {
            errors.push(ImportError::file(
                Words::new("import-duplicate-id")
                    .with("place", &s.place)
                    .with("id", &s.source_id)
                    .with("first", first),
            ));
        }
    }
    if errors.is_empty() {
        Ok(())
    } else {
        Err(errors)
    }
}

/// Maps a frab/pretalx event type to a session kind; unknown types are "other".
fn kind(input: &str) -> SessionKind {
    let t = input.trim().to_lowercase();
    if let Ok(k) = SessionKind::parse(&t) {
        return k;
    }
    match t.as_str() {
        "keynote" | "plenary session" | "opening" | "closing" => SessionKind::Plenary,
        "panel" | "discussion" | "panel discussion" | "workshop" => {
            SessionKind::FacilitatedDiscussion
        }
        "break" | "lunch" | "coffee break" | "pause" => SessionKind::Break,
        "open space" | "unconference" => SessionKind::OpenSpace,
        _ => SessionKind::Other,
    }
}

/// "01:30", "1:30:00" or "90" (minutes) as a duration.
fn duration(input: &str) -> Option<SignedDuration> {
    let t = input.trim();
    let (negative, t) = match t.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, t),
    };
    let parts: Vec<i64> = t
        .split(':')
        .map(|p| p.parse::<i64>().ok().filter(|n| *n >= 0))
        .collect::<Option<_>>()?;
    let minutes = match parts.as_slice() {
        [m] => *m,
        [h, m] if *m < 60 => h * 60 + m,
        [h, m, s] if *m < 60 && *s < 60 => h * 60 + m + s / 60,
        _ => return None,
    };
    let d = SignedDuration::from_mins(minutes);
    Some(if negative { -d } else { d })
}

fn language(input: &str, defaults: &Defaults) -> Result<LanguageTag, Words> {
    let t = input.trim();
    if t.is_empty() {
        return Ok(defaults.language.clone());
    }
    LanguageTag::parse(t).map_err(|e| Words::from(&e))
}

/// An instant from frab's `date` (ISO 8601 with an offset), or from the
/// day's date and a local `start` in the time zone.
fn start_instant(
    date: &str,
    day: Option<&str>,
    start: &str,
    tz: Option<&TimeZone>,
) -> Result<Timestamp, Words> {
    if let Ok(t) = date.trim().parse::<Timestamp>() {
        return Ok(t);
    }
    let day = day.unwrap_or(date).trim();
    let day: Date = day
        .get(..10)
        .unwrap_or(day)
        .parse()
        .map_err(|_| Words::new("import-bad-date").with("value", date))?;
    let time: Time = start
        .trim()
        .parse()
        .map_err(|_| Words::new("import-bad-start").with("value", start))?;
    let tz = tz.ok_or_else(|| Words::new("import-no-time-zone"))?;
    day.to_datetime(time)
        .to_zoned(tz.clone())
        .map(|z| z.timestamp())
        .map_err(|e| {
            Words::new("import-time-not-in-zone")
                .with("value", format!("{day} {time}"))
                .with("detail", e)
        })
}

/// Checks title and description lengths; the message names the field.
fn texts(title: &str, description: &str) -> Result<(), (&'static str, Words)> {
    let title = title.trim();
    if title.is_empty() {
        return Err(("title", Words::new("import-title-empty")));
    }
    if title.chars().count() > TITLE_MAX {
        return Err((
            "title",
            Words::new("import-title-too-long").with("max", TITLE_MAX),
        ));
    }
    if description.chars().count() > DESCRIPTION_MAX {
        return Err((
            "description",
            Words::new("import-description-too-long").with("max", DESCRIPTION_MAX),
        ));
    }
    Ok(())
}

// ------------------------------------------------------------------ frab XML

/// Deepest nesting of elements accepted. A frab schedule is six deep
/// (schedule, day, room, event, persons, person); roxmltree parses nested
/// elements by recursion, so a hostile file must be stopped before it
/// reaches the parser, or it overflows the stack and aborts the process.
const XML_DEPTH_MAX: usize = 32;
/// Most elements accepted: a 200-session program has about 5,000.
const XML_ELEMENTS_MAX: usize = 200_000;

/// Checks nesting depth and element count before the file is parsed, and
/// finds where a file that was cut off ends.
fn check_xml_shape(text: &str) -> Result<(), ImportError> {
    let bytes = text.as_bytes();
    let line_at = |pos: usize| bytes[..pos].iter().filter(|b| **b == b'\n').count() as u64 + 1;
    let cut_off = || ImportError::at(line_at(bytes.len()), None, Words::new("import-cut-off"));
    let find = |from: usize, needle: &[u8]| {
        bytes[from..]
            .windows(needle.len())
            .position(|w| w == needle)
            .map(|p| from + p + needle.len())
    };
    let (mut depth, mut elements, mut i) = (0usize, 0usize, 0usize);
    while let Some(offset) = bytes[i..].iter().position(|b| *b == b'<') {
        let at = i + offset;
        let rest = &bytes[at..];
        i = if rest.starts_with(b"<!--") {
            find(at, b"-->").ok_or_else(cut_off)?
        } else if rest.starts_with(b"<![CDATA[") {
            find(at, b"]]>").ok_or_else(cut_off)?
        } else if rest.starts_with(b"<?") {
            find(at, b"?>").ok_or_else(cut_off)?
        } else if rest.starts_with(b"<!") || rest.starts_with(b"</") {
            depth = depth.saturating_sub(usize::from(rest.starts_with(b"</")));
            find(at, b">").ok_or_else(cut_off)?
        } else {
            let mut quote = None;
            let end = rest.iter().enumerate().skip(1).find_map(|(k, b)| {
                match (quote, *b) {
                    (None, b'"' | b'\'') => quote = Some(*b),
                    (Some(q), b) if b == q => quote = None,
                    (None, b'>') => return Some(k),
                    _ => {}
                }
                None
            });
            let end = end.ok_or_else(cut_off)?;
            elements += 1;
            if rest[end - 1] != b'/' {
                depth += 1;
            }
            if depth > XML_DEPTH_MAX {
                return Err(ImportError::at(
                    line_at(at),
                    None,
                    Words::new("import-too-deep").with("max", XML_DEPTH_MAX),
                ));
            }
            if elements > XML_ELEMENTS_MAX {
                return Err(ImportError::at(
                    line_at(at),
                    None,
                    Words::new("import-too-many-elements").with("max", XML_ELEMENTS_MAX),
                ));
            }
            at + end + 1
        };
    }
    if depth > 0 {
        return Err(cut_off());
    }
    Ok(())
}

fn frab_xml(text: &str, defaults: &Defaults) -> Result<ParsedProgram, Vec<ImportError>> {
    check_xml_shape(text).map_err(|e| vec![e])?;
    let doc = roxmltree::Document::parse(text).map_err(|e| {
        let pos = e.pos();
        vec![ImportError::at(
            u64::from(pos.row),
            None,
            Words::new("import-not-xml")
                .with("column", pos.col)
                .with("detail", e),
        )]
    })?;
    let root = doc.root_element();
    if root.tag_name().name() != "schedule" {
        return Err(vec![ImportError::at(
            line_of(&doc, root),
            None,
            Words::new("import-not-frab-root").with("root", root.tag_name().name()),
        )]);
    }
    let child = |node: roxmltree::Node, name: &str| -> Option<String> {
        node.children()
            .find(|c| c.has_tag_name(name))
            .map(|c| c.text().unwrap_or("").trim().to_owned())
    };
    let mut errors = Vec::new();
    let conference = root.children().find(|c| c.has_tag_name("conference"));
    let conference = conference.and_then(|c| {
        let date = |name: &str| child(c, name).and_then(|d| d.get(..10)?.parse::<Date>().ok());
        Some(Conference {
            title: child(c, "title").unwrap_or_default(),
            start: date("start")?,
            end: date("end")?,
            time_zone: child(c, "time_zone_name").filter(|t| !t.is_empty()),
        })
    });
    let file_tz = conference
        .as_ref()
        .and_then(|c| c.time_zone.as_deref())
        .and_then(|t| time_zone(t).ok());
    let tz = file_tz.as_ref().or(defaults.time_zone.as_ref());

    let mut sessions = Vec::new();
    for day in root.children().filter(|c| c.has_tag_name("day")) {
        for room in day.children().filter(|c| c.has_tag_name("room")) {
            for event in room.children().filter(|c| c.has_tag_name("event")) {
                let line = line_of(&doc, event);
                let id = event
                    .attribute("guid")
                    .or_else(|| event.attribute("id"))
                    .unwrap_or("")
                    .trim()
                    .to_owned();
                let title = child(event, "title").unwrap_or_default();
                let place = format!("event {:?} (line {line})", title);
                // The line of the field's own element, else of the event.
                let fail = |field: &str, message: Words| {
                    let at = event
                        .children()
                        .find(|c| c.has_tag_name(field))
                        .map_or(line, |c| line_of(&doc, c));
                    let message = Words::new("import-event")
                        .with("title", &title)
                        .with_words("message", message);
                    ImportError::at(at, Some(field), message)
                };
                if id.is_empty() {
                    errors.push(fail("guid", Words::new("import-no-guid")));
                    continue;
                }
                let description = [child(event, "abstract"), child(event, "description")]
                    .into_iter()
                    .flatten()
                    .filter(|t| !t.is_empty())
                    .collect::<Vec<_>>()
                    .join("\n\n");
                if let Err((field, message)) = texts(&title, &description) {
                    errors.push(fail(field, message));
                    continue;
                }
                let starts_at = match start_instant(
                    &child(event, "date").unwrap_or_default(),
                    day.attribute("date"),
                    &child(event, "start").unwrap_or_default(),
                    tz,
                ) {
                    Ok(t) => t,
                    Err(message) => {
                        errors.push(fail("date", message));
                        continue;
                    }
                };
                let raw_duration = child(event, "duration").unwrap_or_default();
                let Some(length) = duration(&raw_duration) else {
                    errors.push(fail(
                        "duration",
                        Words::new("import-bad-duration").with("value", &raw_duration),
                    ));
                    continue;
                };
                if length <= SignedDuration::ZERO {
                    errors.push(fail(
                        "duration",
                        Words::new("import-negative-duration").with("value", &raw_duration),
                    ));
                    continue;
                }
                let lang = match language(&child(event, "language").unwrap_or_default(), defaults) {
                    Ok(l) => l,
                    Err(message) => {
                        errors.push(fail("language", message));
                        continue;
                    }
                };
                let room_name = child(event, "room")
                    .filter(|r| !r.is_empty())
                    .or_else(|| room.attribute("name").map(str::to_owned));
                let speakers = event
                    .children()
                    .filter(|c| c.has_tag_name("persons"))
                    .flat_map(|p| p.children().filter(|c| c.has_tag_name("person")))
                    .filter_map(|p| p.text().map(|t| t.trim().to_owned()))
                    .filter(|n| !n.is_empty())
                    .collect();
                sessions.push(SessionImport {
                    source_id: id,
                    place,
                    title: title.trim().to_owned(),
                    description,
                    kind: kind(&child(event, "type").unwrap_or_default()),
                    starts_at,
                    ends_at: starts_at + length,
                    room: room_name,
                    languages: vec![lang.clone()],
                    text_lang: lang,
                    facilitators: Vec::new(),
                    speakers,
                });
            }
        }
    }
    if !errors.is_empty() {
        return Err(errors);
    }
    Ok(ParsedProgram {
        format: "frab XML",
        conference,
        sessions,
    })
}

fn line_of(doc: &roxmltree::Document, node: roxmltree::Node) -> u64 {
    u64::from(doc.text_pos_at(node.range().start).row)
}

// ----------------------------------------------------------------- frab JSON

fn frab_json(text: &str, defaults: &Defaults) -> Result<ParsedProgram, Vec<ImportError>> {
    use serde_json::Value;
    let value: Value = serde_json::from_str(text).map_err(|e| {
        vec![ImportError::at(
            e.line() as u64,
            None,
            super::detail("import-not-json", e),
        )]
    })?;
    let Some(conf) = value.get("schedule").and_then(|s| s.get("conference")) else {
        return Err(vec![ImportError::file(Words::new("import-not-frab-json"))]);
    };
    let s = |v: &Value, key: &str| -> String {
        match v.get(key) {
            Some(Value::String(t)) => t.trim().to_owned(),
            Some(Value::Number(n)) => n.to_string(),
            _ => String::new(),
        }
    };
    let date = |key: &str| s(conf, key).get(..10).and_then(|d| d.parse::<Date>().ok());
    let conference = match (date("start"), date("end")) {
        (Some(start), Some(end)) => Some(Conference {
            title: s(conf, "title"),
            start,
            end,
            time_zone: Some(s(conf, "time_zone_name")).filter(|t| !t.is_empty()),
        }),
        _ => None,
    };
    let file_tz = conference
        .as_ref()
        .and_then(|c| c.time_zone.as_deref())
        .and_then(|t| time_zone(t).ok());
    let tz = file_tz.as_ref().or(defaults.time_zone.as_ref());
    let mut errors = Vec::new();
    let mut sessions = Vec::new();
    let days = conf
        .get("days")
        .and_then(Value::as_array)
        .cloned()
        .unwrap_or_default();
    for (d, day) in days.iter().enumerate() {
        let day_date = s(day, "date");
        let Some(rooms) = day.get("rooms").and_then(Value::as_object) else {
            continue;
        };
        for (room, events) in rooms {
            for (e, event) in events.as_array().into_iter().flatten().enumerate() {
                let title = s(event, "title");
                let place = format!("day {}, room {room:?}, event {} ({title:?})", d + 1, e + 1);
                let fail = |field: &str, message: Words| {
                    let message = Words::new("import-event-field")
                        .with("place", &place)
                        .with("field", field)
                        .with_words("message", message);
                    ImportError::file(message)
                };
                let id = Some(s(event, "guid"))
                    .filter(|g| !g.is_empty())
                    .unwrap_or_else(|| s(event, "id"));
                if id.is_empty() {
                    errors.push(fail("guid", Words::new("import-no-guid")));
                    continue;
                }
                let description = [s(event, "abstract"), s(event, "description")]
                    .into_iter()
                    .filter(|t| !t.is_empty())
                    .collect::<Vec<_>>()
                    .join("\n\n");
                if let Err((field, message)) = texts(&title, &description) {
                    errors.push(fail(field, message));
                    continue;
                }
                let starts_at =
                    match start_instant(&s(event, "date"), Some(&day_date), &s(event, "start"), tz)
                    {
                        Ok(t) => t,
                        Err(message) => {
                            errors.push(fail("date", message));
                            continue;
                        }
                    };
                let raw = s(event, "duration");
                let length = match duration(&raw) {
                    Some(l) if l > SignedDuration::ZERO => l,
                    Some(_) => {
                        errors.push(fail(
                            "duration",
                            Words::new("import-negative-duration").with("value", &raw),
                        ));
                        continue;
                    }
                    None => {
                        errors.push(fail(
                            "duration",
                            Words::new("import-bad-duration").with("value", &raw),
                        ));
                        continue;
                    }
                };
                let lang = match language(&s(event, "language"), defaults) {
                    Ok(l) => l,
                    Err(message) => {
                        errors.push(fail("language", message));
                        continue;
                    }
                };
                let speakers = event
                    .get("persons")
                    .and_then(Value::as_array)
                    .into_iter()
                    .flatten()
                    .map(|p| {
                        ["public_name", "name", "full_public_name"]
                            .into_iter()
                            .map(|k| s(p, k))
                            .find(|n| !n.is_empty())
                            .unwrap_or_default()
                    })
                    .filter(|n| !n.is_empty())
                    .collect();
                let room_name = Some(s(event, "room"))
                    .filter(|r| !r.is_empty())
                    .unwrap_or(room.clone());
                sessions.push(SessionImport {
                    source_id: id,
                    place,
                    title,
                    description,
                    kind: kind(&s(event, "type")),
                    starts_at,
                    ends_at: starts_at + length,
                    room: Some(room_name),
                    languages: vec![lang.clone()],
                    text_lang: lang,
                    facilitators: Vec::new(),
                    speakers,
                });
            }
        }
    }
    if !errors.is_empty() {
        return Err(errors);
    }
    Ok(ParsedProgram {
        format: "frab JSON",
        conference,
        sessions,
    })
}

// ----------------------------------------------------------------------- CSV

const CSV_COLUMNS: &[&str] = &[
    "id",
    "title",
    "kind",
    "date",
    "start",
    "end",
    "room",
    "facilitators",
    "speakers",
    "languages",
    "description",
];

fn names(cell: &str) -> Vec<String> {
    cell.split(';')
        .map(str::trim)
        .filter(|n| !n.is_empty())
        .map(str::to_owned)
        .collect()
}

fn csv(text: &str, defaults: &Defaults) -> Result<ParsedProgram, Vec<ImportError>> {
    let header_line = text.lines().next().unwrap_or("");
    let delimiter = [b',', b';', b'\t']
        .into_iter()
        .max_by_key(|d| header_line.bytes().filter(|b| b == d).count())
        .unwrap_or(b',');
    let mut reader = ::csv::ReaderBuilder::new()
        .delimiter(delimiter)
        .flexible(true)
        .from_reader(text.as_bytes());
    let headers = reader
        .headers()
        .map_err(|e| {
            vec![ImportError::file(super::detail(
                "import-unreadable-header",
                e,
            ))]
        })?
        .clone();
    let index: HashMap<&str, usize> = CSV_COLUMNS
        .iter()
        .filter_map(|c| {
            headers
                .iter()
                .position(|h| h.trim().eq_ignore_ascii_case(c))
                .map(|i| (*c, i))
        })
        .collect();
    let missing: Vec<&str> = ["title", "date", "start", "end"]
        .into_iter()
        .filter(|c| !index.contains_key(c))
        .collect();
    if !missing.is_empty() {
        return Err(vec![ImportError::at(
            1,
            None,
            Words::new("import-missing-columns")
                .with("missing", missing.join(", "))
                .with("expected", CSV_COLUMNS.join(", ")),
        )]);
    }
    let Some(tz) = defaults.time_zone.as_ref() else {
        return Err(vec![ImportError::file(Words::new(
            "import-needs-consultation",
        ))]);
    };
    let mut errors = Vec::new();
    let mut sessions = Vec::new();
    for record in reader.records() {
        let record = match record {
            Ok(r) => r,
            Err(e) => {
                let line = super::csv_line(text, e.position());
                errors.push(ImportError::at(
                    line,
                    None,
                    super::detail("import-unreadable-row", e),
                ));
                continue;
            }
        };
        let line = super::csv_line(text, record.position());
        let cell = |c: &str| {
            index
                .get(c)
                .and_then(|i| record.get(*i))
                .unwrap_or("")
                .trim()
                .to_owned()
        };
        if record.iter().all(|c| c.trim().is_empty()) {
            continue;
        }
        let title = cell("title");
        let description = cell("description");
        if let Err((field, message)) = texts(&title, &description) {
            errors.push(ImportError::at(line, Some(field), message));
            continue;
        }
        let date = match cell("date").parse::<Date>() {
            Ok(d) => d,
            Err(_) => {
                errors.push(ImportError::at(
                    line,
                    Some("date"),
                    Words::new("import-bad-csv-date").with("value", cell("date")),
                ));
                continue;
            }
        };
        let mut at = |field: &'static str| -> Option<Timestamp> {
            let raw = cell(field);
            let time = match raw.parse::<Time>() {
                Ok(t) => t,
                Err(_) => {
                    errors.push(ImportError::at(
                        line,
                        Some(field),
                        Words::new("import-bad-time").with("value", &raw),
                    ));
                    return None;
                }
            };
            match date.to_datetime(time).to_zoned(tz.clone()) {
                Ok(z) => Some(z.timestamp()),
                Err(e) => {
                    let message = Words::new("import-time-not-in-zone")
                        .with("value", format!("{date} {time}"))
                        .with("detail", e);
                    errors.push(ImportError::at(line, Some(field), message));
                    None
                }
            }
        };
        let (Some(starts_at), Some(ends_at)) = (at("start"), at("end")) else {
            continue;
        };
        if ends_at <= starts_at {
            errors.push(ImportError::at(
                line,
                Some("end"),
                Words::new("import-session-ends-before-start")
                    .with("end", cell("end"))
                    .with("start", cell("start")),
            ));
            continue;
        }
        let kind_cell = cell("kind");
        let kind = if kind_cell.is_empty() {
            SessionKind::Other
        } else {
            match SessionKind::parse(&kind_cell) {
                Ok(k) => k,
                Err(_) => {
                    errors.push(ImportError::at(
                        line,
                        Some("kind"),
                        Words::new("import-bad-kind").with("value", &kind_cell),
                    ));
                    continue;
                }
            }
        };
        let languages = match LanguageTag::parse_list(&cell("languages").replace(',', " ")) {
            Ok(l) => l,
            Err(e) => {
                errors.push(ImportError::at(line, Some("languages"), Words::from(&e)));
                continue;
            }
        };
        let id = cell("id");
        sessions.push(SessionImport {
            source_id: if id.is_empty() {
                format!("csv:{}", title.to_lowercase())
            } else {
                id
            },
            place: format!("line {line}"),
            text_lang: languages
                .first()
                .cloned()
                .unwrap_or_else(|| defaults.language.clone()),
            title,
            description,
            kind,
            starts_at,
            ends_at,
            room: Some(cell("room")).filter(|r| !r.is_empty()),
            languages,
            facilitators: names(&cell("facilitators")),
            speakers: names(&cell("speakers")),
        });
    }
    if !errors.is_empty() {
        return Err(errors);
    }
    Ok(ParsedProgram {
        format: "CSV",
        conference: None,
        sessions,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn defaults() -> Defaults {
        Defaults {
            time_zone: Some(TimeZone::get("Asia/Bangkok").unwrap()),
            language: LanguageTag::parse("en").unwrap(),
        }
    }

    const XML: &str = r#"<?xml version="1.0"?>
<schedule>
  <conference><title>Test</title><start>2026-11-30</start><end>2026-12-01</end>
    <time_zone_name>Asia/Bangkok</time_zone_name></conference>
  <day index="1" date="2026-11-30">
    <room name="Hall">
      <event guid="a1" id="1">
        <title>Opening</title><date>2026-11-30T09:00:00+07:00</date><start>09:00</start>
        <duration>00:30</duration><room>Hall</room><type>Talk</type><language>en</language>
        <abstract>Welcome</abstract>
        <persons><person id="3">Ana</person></persons>
      </event>
    </room>
  </day>
</schedule>"#;

    #[test]
    fn reads_a_frab_xml_event() {
        let p = parse(XML.as_bytes(), &defaults()).unwrap();
        assert_eq!(p.format, "frab XML");
        let s = &p.sessions[0];
        assert_eq!(s.source_id, "a1");
        assert_eq!(s.starts_at, "2026-11-30T02:00:00Z".parse().unwrap());
        assert_eq!(s.ends_at.duration_since(s.starts_at).as_mins(), 30);
        assert_eq!(s.speakers, ["Ana"]);
        assert_eq!(s.room.as_deref(), Some("Hall"));
    }

    #[test]
    fn names_the_element_and_line_of_each_problem() {
        let bad = XML
            .replace("<duration>00:30</duration>", "<duration>-00:30</duration>")
            .replace("<language>en</language>", "<language>english!</language>");
        let errors = parse(bad.as_bytes(), &defaults()).unwrap_err();
        assert_eq!(errors.len(), 1, "{errors:?}");
        assert_eq!(errors[0].line, Some(9), "the line of the <duration>");
        assert!(errors[0].to_string().contains("ends before it starts"));
        let not_frab = parse(b"<html><body/></html>", &defaults()).unwrap_err();
        assert!(not_frab[0].to_string().contains("not a frab schedule"));
        let broken = parse(b"<schedule><day></room></day></schedule>", &defaults()).unwrap_err();
        assert!(broken[0].to_string().contains("not well-formed"));
    }

    #[test]
    fn a_file_cut_off_is_reported_where_it_ends() {
        for (cut, line) in [(300, 8), (XML.len() - 3, 15)] {
            for text in [XML[..cut].to_owned(), XML[..cut].replace('\n', "\r\n")] {
                let errors = parse(text.as_bytes(), &defaults()).unwrap_err();
                assert_eq!(errors[0].line, Some(line), "{errors:?}");
                assert!(
                    errors[0].message.to_string().contains("cut off"),
                    "{errors:?}"
                );
            }
        }
        let in_a_comment = format!("{}<!-- the rest", &XML[..300]);
        let errors = parse(in_a_comment.as_bytes(), &defaults()).unwrap_err();
        assert!(
            errors[0].message.to_string().contains("cut off"),
            "{errors:?}"
        );
    }

    #[test]
    fn deep_nesting_is_refused_before_it_reaches_the_parser() {
        // 4,000 nested elements overflowed a worker's stack and aborted
        // the server; closed or not, they are refused with the line.
        let open = "<x>\n".repeat(4_000);
        for tail in [String::new(), "</x>".repeat(4_000) + "</schedule>"] {
            let text = format!("<schedule>\n{open}{tail}");
            let errors = parse(text.as_bytes(), &defaults()).unwrap_err();
            assert_eq!(errors[0].line, Some(33), "{errors:?}");
            assert!(
                errors[0]
                    .message
                    .to_string()
                    .contains("nested more than 32"),
                "{errors:?}"
            );
        }
        let attrs = r#"<schedule a="x>y" b='<'/>"#;
        let errors = parse(attrs.as_bytes(), &defaults()).unwrap_err();
        assert!(
            !errors[0].message.to_string().contains("nested"),
            "{errors:?}"
        );
        let many = format!("<schedule>{}</schedule>", "<x/>".repeat(200_001));
        let errors = parse(many.as_bytes(), &defaults()).unwrap_err();
        assert!(
            errors[0]
                .message
                .to_string()
                .contains("more than 200000 elements"),
            "{errors:?}"
        );
    }

    #[test]
    fn duplicate_guids_are_refused() {
        let event = &XML[XML.find("<event").unwrap()..XML.find("</event>").unwrap() + 8];
        let two = XML.replace("</event>", &format!("</event>{event}"));
        let errors = parse(two.as_bytes(), &defaults()).unwrap_err();
        assert!(errors[0].to_string().contains("already used"), "{errors:?}");
    }

    #[test]
    fn reads_the_documented_csv_and_reports_bad_rows() {
        let csv = "title,kind,date,start,end,room,facilitators,speakers,languages\n\
                   Opening,plenary,2026-11-30,09:00,09:30,Hall,Ana,Bo; Cy,en es\n\
                   Backwards,plenary,2026-11-30,10:00,09:00,Hall,,,en\n\
                   Odd,plenary,30/11/2026,10:00,11:00,Hall,,,en\n";
        let errors = parse(csv.as_bytes(), &defaults()).unwrap_err();
        assert_eq!(errors.len(), 2);
        assert_eq!(
            (errors[0].line, errors[0].column.as_deref()),
            (Some(3), Some("end"))
        );
        assert_eq!(
            (errors[1].line, errors[1].column.as_deref()),
            (Some(4), Some("date"))
        );
        let good: String = csv.lines().take(2).map(|l| format!("{l}\n")).collect();
        let p = parse(good.as_bytes(), &defaults()).unwrap();
        assert_eq!(p.sessions[0].speakers, ["Bo", "Cy"]);
        assert_eq!(p.sessions[0].facilitators, ["Ana"]);
        assert_eq!(p.sessions[0].languages.len(), 2);
    }

    #[test]
    fn durations() {
        assert_eq!(duration("01:30"), Some(SignedDuration::from_mins(90)));
        assert_eq!(duration("0:45:00"), Some(SignedDuration::from_mins(45)));
        assert_eq!(duration("abc"), None);
        assert_eq!(duration("-00:15"), Some(SignedDuration::from_mins(-15)));
    }
}
