//! iCalendar (RFC 5545) feeds of the program, with the consultation's time
//! zone as a VTIMEZONE so that phones show the right local times.

use jiff::{Span, Timestamp, tz::Offset};

use crate::domain::{
    Consultation, Session,
    my_schedule::{Entry, What},
};

const PRODID: &str = "-//convene//convene program//EN";

/// A calendar of `sessions`, each event with a stable UID.
pub fn calendar(c: &Consultation, sessions: &[&Session], base_url: &str, now: Timestamp) -> String {
    let mut out = begin(c, &c.title);
    for s in sessions {
        event(&mut out, c, s, base_url, now);
    }
    out.line("END", "VCALENDAR");
    out.0
}

/// A person's own schedule: their sessions with the same UIDs as in the
/// program's feed, and their open-space tables; `parts` words why each
/// entry is theirs.
pub fn personal_calendar(
    c: &Consultation,
    name: &str,
    entries: &[Entry],
    parts: impl Fn(&Entry) -> String,
    base_url: &str,
    now: Timestamp,
) -> String {
    let mut out = begin(c, &format!("{} · {name}", c.title));
    for e in entries {
        let (uid, path) = match e.what {
            What::Session(id) => (format!("session-{id}"), format!("/sessions/{id}")),
            What::Table { topic, round } => {
                (format!("table-{topic}-{round}"), format!("/topics/{topic}"))
            }
        };
        out.line("BEGIN", "VEVENT");
        out.line(
            "UID",
            &format!(
                "{uid}@convene-{}",
                super::stable_uuid(c.id, "consultation", c.id)
            ),
        );
        out.line("DTSTAMP", &now.strftime("%Y%m%dT%H%M%SZ").to_string());
        out.line(
            &format!("DTSTART;TZID={}", c.time_zone_name),
            &local(c, e.starts_at),
        );
        out.line(
            &format!("DTEND;TZID={}", c.time_zone_name),
            &local(c, e.ends_at),
        );
        out.line("SEQUENCE", &e.sequence.to_string());
        if e.cancelled {
            out.line("STATUS", "CANCELLED");
        }
        out.line(&format!("SUMMARY;LANGUAGE={}", e.lang), &text(&e.title));
        out.line("DESCRIPTION", &text(&parts(e)));
        let location = [e.place.as_deref().unwrap_or(""), c.venue.trim()]
            .into_iter()
            .map(str::trim)
            .filter(|part| !part.is_empty())
            .collect::<Vec<_>>()
            .join(", ");
        if !location.is_empty() {
            out.line("LOCATION", &text(&location));
        }
        out.line("URL", &format!("{base_url}{path}"));
        out.line("END", "VEVENT");
    }
    out.line("END", "VCALENDAR");
    out.0
}

/// The calendar's header and time zone, up to its first event.
fn begin(c: &Consultation, name: &str) -> Writer {
    let mut out = Writer::default();
    out.line("BEGIN", "VCALENDAR");
    out.line("VERSION", "2.0");
    out.line("PRODID", PRODID);
    out.line("CALSCALE", "GREGORIAN");
    out.line("METHOD", "PUBLISH");
    out.line("X-WR-CALNAME", &text(name));
    out.line("X-WR-TIMEZONE", &c.time_zone_name);
    time_zone(&mut out, c);
    out
}

/// A time in the consultation's zone, as DTSTART with TZID takes it.
fn local(c: &Consultation, t: Timestamp) -> String {
    t.to_zoned(c.time_zone.clone())
        .strftime("%Y%m%dT%H%M%S")
        .to_string()
}

fn event(out: &mut Writer, c: &Consultation, s: &Session, base_url: &str, now: Timestamp) {
    let local = |t: Timestamp| local(c, t);
    let tzid = format!(";TZID={}", c.time_zone_name);
    out.line("BEGIN", "VEVENT");
    out.line(
        "UID",
        &format!(
            "session-{}@convene-{}",
            s.id,
            super::stable_uuid(c.id, "consultation", c.id)
        ),
    );
    out.line("DTSTAMP", &now.strftime("%Y%m%dT%H%M%SZ").to_string());
    out.line(&format!("DTSTART{tzid}"), &local(s.starts_at));
    out.line(&format!("DTEND{tzid}"), &local(s.ends_at));
    out.line("SEQUENCE", &s.sequence.to_string());
    if s.cancelled {
        out.line("STATUS", "CANCELLED");
    }
    out.line(
        &format!("SUMMARY;LANGUAGE={}", s.text_lang),
        &text(&s.title),
    );
    let mut description = String::new();
    for (label, people) in [("Facilitators", &s.facilitators), ("Speakers", &s.speakers)] {
        if people.is_empty() {
            continue;
        }
        let names: Vec<String> = people
            .iter()
            .map(|p| match &p.organisation {
                Some(o) => format!("{} ({})", p.display_name, o.short_name()),
                None => p.display_name.clone(),
            })
            .collect();
        description.push_str(&format!("{label}: {}\n\n", names.join(", ")));
    }
    description.push_str(&s.description);
    if !description.trim().is_empty() {
        out.line(
            &format!("DESCRIPTION;LANGUAGE={}", s.text_lang),
            &text(description.trim()),
        );
    }
    let location = [s.room.as_deref().unwrap_or(""), c.venue.trim()]
        .into_iter()
        .map(str::trim)
        .filter(|part| !part.is_empty())
        .collect::<Vec<_>>()
        .join(", ");
    if !location.is_empty() {
        out.line("LOCATION", &text(&location));
    }
    out.line("CATEGORIES", &text(s.kind.as_str()));
    out.line("URL", &format!("{base_url}/sessions/{}", s.id));
    out.line("END", "VEVENT");
}

/// The zone's observances over the consultation's dates (with a margin):
/// the offset in force at the start, then every transition until the end.
fn time_zone(out: &mut Writer, c: &Consultation) {
    let tz = &c.time_zone;
    let day = Span::new().days(1);
    let from = c
        .start_date
        .saturating_sub(day)
        .to_zoned(tz.clone())
        .map(|z| z.timestamp())
        .unwrap_or(Timestamp::UNIX_EPOCH);
    let to = c
        .end_date
        .saturating_add(day.days(2))
        .to_zoned(tz.clone())
        .map(|z| z.timestamp())
        .unwrap_or(Timestamp::MAX);
    let initial = tz.to_offset_info(from);
    out.line("BEGIN", "VTIMEZONE");
    out.line("TZID", &c.time_zone_name);
    observance(
        out,
        initial.dst().is_dst(),
        "19700101T000000",
        initial.offset(),
        initial.offset(),
        initial.abbreviation(),
    );
    let mut previous = initial.offset();
    for t in tz.following(from).take_while(|t| t.timestamp() <= to) {
        let onset = t.timestamp().to_zoned(jiff::tz::TimeZone::fixed(previous));
        observance(
            out,
            t.dst().is_dst(),
            &onset.strftime("%Y%m%dT%H%M%S").to_string(),
            previous,
            t.offset(),
            t.abbreviation(),
        );
        previous = t.offset();
    }
    out.line("END", "VTIMEZONE");
}

fn observance(out: &mut Writer, dst: bool, start: &str, from: Offset, to: Offset, name: &str) {
    let kind = if dst { "DAYLIGHT" } else { "STANDARD" };
    out.line("BEGIN", kind);
    out.line("DTSTART", start);
    out.line("TZOFFSETFROM", &offset(from));
    out.line("TZOFFSETTO", &offset(to));
    if !name.is_empty() {
        out.line("TZNAME", &text(name));
    }
    out.line("END", kind);
}

fn offset(o: Offset) -> String {
    let seconds = o.seconds();
    let sign = if seconds < 0 { '-' } else { '+' };
    let abs = seconds.unsigned_abs();
    format!("{sign}{:02}{:02}", abs / 3600, abs % 3600 / 60)
}

/// Escapes a TEXT value (RFC 5545 §3.3.11).
fn text(value: &str) -> String {
    let mut out = String::with_capacity(value.len());
    for c in value.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            ';' => out.push_str("\\;"),
            ',' => out.push_str("\\,"),
            '\n' => out.push_str("\\n"),
            '\r' => {}
            c => out.push(c),
        }
    }
    out
}

/// Content lines with CRLF endings, folded at 75 octets without splitting
/// a UTF-8 character (RFC 5545 §3.1).
#[derive(Default)]
struct Writer(String);

impl Writer {
    fn line(&mut self, name: &str, value: &str) {
        let line = format!("{name}:{value}");
        let mut width = 0;
        for c in line.chars() {
            let len = c.len_utf8();
            if width + len > 75 {
                self.0.push_str("\r\n ");
                width = 1;
            }
            self.0.push(c);
            width += len;
        }
        self.0.push_str("\r\n");
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folds_long_lines_on_character_boundaries() {
        let mut w = Writer::default();
        w.line("SUMMARY", &"ñ".repeat(100));
        for line in w.0.split("\r\n") {
            assert!(line.len() <= 75, "{} octets", line.len());
        }
        let unfolded = w.0.replace("\r\n ", "");
        assert_eq!(unfolded, format!("SUMMARY:{}\r\n", "ñ".repeat(100)));
    }

    #[test]
    fn escapes_text() {
        assert_eq!(text("a;b,c\\d\ne"), "a\\;b\\,c\\\\d\\ne");
    }

    #[test]
    fn location_names_room_and_venue_that_exist() {
        let mut c = consultation();
        let mut s = crate::domain::Session {
            id: 1,
            title: "Opening".into(),
            description: String::new(),
            text_lang: "en".into(),
            kind: crate::domain::SessionKind::Plenary,
            starts_at: Timestamp::UNIX_EPOCH,
            ends_at: Timestamp::from_second(3600).unwrap(),
            room: Some("Main Hall".into()),
            room_id: None,
            languages: vec![],
            interpretation: vec![],
            facilitators: vec![],
            speakers: vec![],
            cancelled: false,
            sequence: 0,
            source_id: None,
        };
        let location = |c: &Consultation, s: &crate::domain::Session| {
            let ics = calendar(c, &[s], "http://x", Timestamp::UNIX_EPOCH);
            ics.lines()
                .find_map(|l| l.strip_prefix("LOCATION:"))
                .map(str::to_owned)
        };
        assert_eq!(location(&c, &s).as_deref(), Some("Main Hall\\, Berlin"));
        c.venue = " ".into();
        assert_eq!(location(&c, &s).as_deref(), Some("Main Hall"));
        s.room = None;
        assert_eq!(location(&c, &s), None);
    }

    fn consultation() -> Consultation {
        Consultation {
            id: 1,
            title: "t".into(),
            title_lang: "en".into(),
            venue: "Berlin".into(),
            time_zone: jiff::tz::TimeZone::get("Europe/Berlin").unwrap(),
            time_zone_name: "Europe/Berlin".into(),
            start_date: jiff::civil::date(2027, 3, 27),
            end_date: jiff::civil::date(2027, 3, 29),
            languages: vec![],
            is_demo: false,
            program_public: false,
            open_space_rules: None,
        }
    }

    #[test]
    fn time_zone_with_daylight_saving_lists_the_transition() {
        let c = consultation();
        let ics = calendar(&c, &[], "http://x", Timestamp::UNIX_EPOCH);
        let daylight = ics
            .split("BEGIN:DAYLIGHT")
            .nth(1)
            .expect("a DAYLIGHT observance");
        assert!(daylight.contains("DTSTART:20270328T020000"), "{ics}");
        assert!(daylight.contains("TZOFFSETFROM:+0100") && daylight.contains("TZOFFSETTO:+0200"));
        assert!(ics.contains("BEGIN:STANDARD\r\nDTSTART:19700101T000000\r\nTZOFFSETFROM:+0100"));
    }

    #[test]
    fn offsets() {
        assert_eq!(offset(Offset::from_seconds(7 * 3600).unwrap()), "+0700");
        assert_eq!(
            offset(Offset::from_seconds(-(3 * 3600 + 1800)).unwrap()),
            "-0330"
        );
    }
}
