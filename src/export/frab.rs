//! The frab schedule, as XML and JSON: the format pretalx and frab export
//! and that offline conference apps (Giggity, EventFahrplan) read.

use std::collections::BTreeMap;

use jiff::{Timestamp, civil::Date};
use serde_json::{Value, json};

use super::{slugify, stable_uuid};
use crate::domain::{Consultation, PersonRef, Session, sessions_by_day};

const GENERATOR: &str = "convene";

struct Event<'a> {
    session: &'a Session,
    guid: String,
    slug: String,
    room: String,
    date: String,
    start: String,
    duration: String,
    track: String,
    language: String,
    url: String,
}

struct Day<'a> {
    index: usize,
    date: Date,
    start: String,
    end: String,
    /// Room name → events, rooms in order of first use.
    rooms: Vec<(String, Vec<Event<'a>>)>,
}

/// The acronym the formats require: lowercase, at least four characters.
pub fn acronym(c: &Consultation) -> String {
    format!("convene{}", c.id)
}

fn days<'a>(c: &Consultation, sessions: &'a [Session], base_url: &str) -> Vec<Day<'a>> {
    let tz = &c.time_zone;
    let iso = |t: Timestamp| {
        t.to_zoned(tz.clone())
            .strftime("%Y-%m-%dT%H:%M:%S%:z")
            .to_string()
    };
    let acronym = acronym(c);
    sessions_by_day(c, sessions)
        .into_iter()
        .enumerate()
        .map(|(i, (date, list))| {
            let day_start = list.iter().map(|s| s.starts_at).min();
            let day_end = list.iter().map(|s| s.ends_at).max();
            let midnight = date
                .to_zoned(tz.clone())
                .map(|z| z.timestamp())
                .unwrap_or(Timestamp::UNIX_EPOCH);
            let mut rooms: Vec<(String, Vec<Event>)> = Vec::new();
            for s in list {
                let room = s.room.clone().unwrap_or_else(|| c.venue.clone());
                let minutes = (s.ends_at.as_second() - s.starts_at.as_second()) / 60;
                let title_slug = slugify(&s.title, 48);
                let slug = match title_slug.is_empty() {
                    true => format!("{acronym}-{}-session", s.id),
                    false => format!("{acronym}-{}-{title_slug}", s.id),
                };
                let event = Event {
                    session: s,
                    guid: super::session_guid(c.id, s),
                    slug,
                    date: iso(s.starts_at),
                    start: s
                        .starts_at
                        .to_zoned(tz.clone())
                        .strftime("%H:%M")
                        .to_string(),
                    duration: format!("{:02}:{:02}", minutes / 60, minutes % 60),
                    track: s.kind.as_str().to_owned(),
                    language: s
                        .languages
                        .first()
                        .cloned()
                        .unwrap_or_else(|| s.text_lang.clone()),
                    url: format!("{base_url}/sessions/{}", s.id),
                    room: room.clone(),
                };
                match rooms.iter_mut().find(|(name, _)| *name == room) {
                    Some((_, events)) => events.push(event),
                    None => rooms.push((room, vec![event])),
                }
            }
            Day {
                index: i + 1,
                date,
                start: iso(day_start.unwrap_or(midnight)),
                end: iso(day_end.unwrap_or(midnight)),
                rooms,
            }
        })
        .collect()
}

fn people(s: &Session) -> impl Iterator<Item = &PersonRef> {
    s.facilitators.iter().chain(&s.speakers)
}

/// The schedule as frab XML (validates against the c3voc schedule XSD).
pub fn xml(c: &Consultation, sessions: &[Session], base_url: &str) -> String {
    let days = days(c, sessions, base_url);
    let mut x = String::from("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<schedule>\n");
    x.push_str(&format!(
        "  <generator name=\"{GENERATOR}\" version=\"{}\"/>\n",
        env!("CARGO_PKG_VERSION")
    ));
    x.push_str("  <version>1.0</version>\n  <conference>\n");
    x.push_str(&format!("    <title>{}</title>\n", esc(&c.title)));
    x.push_str(&format!("    <acronym>{}</acronym>\n", acronym(c)));
    x.push_str(&format!("    <start>{}</start>\n", c.start_date));
    x.push_str(&format!("    <end>{}</end>\n", c.end_date));
    x.push_str(&format!("    <days>{}</days>\n", days.len()));
    x.push_str("    <timeslot_duration>00:15</timeslot_duration>\n");
    x.push_str(&format!("    <base_url>{}/</base_url>\n", esc(base_url)));
    x.push_str(&format!(
        "    <time_zone_name>{}</time_zone_name>\n",
        esc(&c.time_zone_name)
    ));
    x.push_str("  </conference>\n");
    for day in &days {
        x.push_str(&format!(
            "  <day index=\"{}\" date=\"{}\" start=\"{}\" end=\"{}\">\n",
            day.index, day.date, day.start, day.end
        ));
        for (room, events) in &day.rooms {
            x.push_str(&format!(
                "    <room name=\"{}\" guid=\"{}\">\n",
                esc(room),
                stable_uuid(c.id, "room", room)
            ));
            for e in events {
                let s = e.session;
                x.push_str(&format!(
                    "      <event guid=\"{}\" id=\"{}\">\n",
                    e.guid, s.id
                ));
                for (tag, value) in [
                    ("room", e.room.as_str()),
                    ("title", s.title.as_str()),
                    ("subtitle", ""),
                    ("type", s.kind.as_str()),
                    ("date", e.date.as_str()),
                    ("start", e.start.as_str()),
                    ("duration", e.duration.as_str()),
                    ("abstract", s.description.as_str()),
                    ("slug", e.slug.as_str()),
                    ("track", e.track.as_str()),
                    ("language", e.language.as_str()),
                    ("description", ""),
                    ("url", e.url.as_str()),
                ] {
                    x.push_str(&format!("        <{tag}>{}</{tag}>\n", esc(value)));
                }
                x.push_str("        <persons>\n");
                for p in people(s) {
                    x.push_str(&format!(
                        "          <person id=\"{}\" guid=\"{}\">{}</person>\n",
                        p.id,
                        stable_uuid(c.id, "person", p.id),
                        esc(&p.display_name)
                    ));
                }
                x.push_str("        </persons>\n        <links/>\n      </event>\n");
            }
            x.push_str("    </room>\n");
        }
        x.push_str("  </day>\n");
    }
    x.push_str("</schedule>\n");
    x
}

/// The schedule as frab JSON (validates against the c3voc JSON schema).
pub fn json(c: &Consultation, sessions: &[Session], base_url: &str) -> Value {
    let days = days(c, sessions, base_url);
    let mut all_rooms: Vec<String> = Vec::new();
    for (room, _) in days.iter().flat_map(|d| &d.rooms) {
        if !all_rooms.contains(room) {
            all_rooms.push(room.clone());
        }
    }
    let days_json: Vec<Value> = days
        .iter()
        .map(|d| {
            let rooms: BTreeMap<&str, Vec<Value>> = d
                .rooms
                .iter()
                .map(|(room, events)| {
                    (
                        room.as_str(),
                        events.iter().map(|e| event_json(c, e)).collect(),
                    )
                })
                .collect();
            json!({
                "index": d.index,
                "date": d.date.to_string(),
                "day_start": d.start,
                "day_end": d.end,
                "rooms": rooms,
            })
        })
        .collect();
    json!({
        "$schema": "https://c3voc.de/schedule/schema.json",
        "generator": { "name": GENERATOR, "version": env!("CARGO_PKG_VERSION") },
        "schedule": {
            "version": "1.0",
            "base_url": format!("{base_url}/"),
            "conference": {
                "acronym": acronym(c),
                "title": c.title,
                "start": c.start_date.to_string(),
                "end": c.end_date.to_string(),
                "daysCount": days.len(),
                "timeslot_duration": "00:15",
                "time_zone_name": c.time_zone_name,
                "url": format!("{base_url}/program"),
                "rooms": all_rooms
                    .iter()
                    .map(|r| json!({ "name": r, "guid": stable_uuid(c.id, "room", r).to_string() }))
                    .collect::<Vec<_>>(),
                "days": days_json,
            }
        }
    })
}

fn event_json(c: &Consultation, e: &Event) -> Value {
    let s = e.session;
    json!({
        "guid": e.guid,
        "id": s.id,
        "date": e.date,
        "start": e.start,
        "end": s.ends_at.to_zoned(c.time_zone.clone()).strftime("%Y-%m-%dT%H:%M:%S%:z").to_string(),
        "duration": e.duration,
        "room": e.room,
        "slug": e.slug,
        "url": e.url,
        "title": s.title,
        "subtitle": null,
        "track": e.track,
        "type": s.kind.as_str(),
        "language": e.language,
        "abstract": s.description,
        "description": null,
        "persons": people(s)
            .map(|p| json!({ "name": p.display_name, "guid": stable_uuid(c.id, "person", p.id).to_string() }))
            .collect::<Vec<_>>(),
        "links": [],
    })
}

/// Escapes text for XML content and attribute values.
fn esc(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            // Characters XML 1.0 cannot carry at all.
            c if (c as u32) < 0x20 && !matches!(c, '\t' | '\n' | '\r') => {}
            c => out.push(c),
        }
    }
    out
}
