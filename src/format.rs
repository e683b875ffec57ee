//! Dates and times as people read them, always in the consultation's time zone.

use jiff::{Timestamp, civil::Date, tz::TimeZone};

/// "Tuesday 2 March"
pub fn day(date: Date) -> String {
    date.strftime("%A %-d %B").to_string()
}

/// "Tue 2 Mar", for day tabs on small screens.
pub fn day_short(date: Date) -> String {
    date.strftime("%a %-d %b").to_string()
}

/// "09:30"
pub fn time(at: Timestamp, tz: &TimeZone) -> String {
    at.to_zoned(tz.clone()).strftime("%H:%M").to_string()
}

/// "09:30–11:00"
pub fn time_range(start: Timestamp, end: Timestamp, tz: &TimeZone) -> String {
    format!("{}–{}", time(start, tz), time(end, tz))
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
        assert_eq!(time_range(start, end, &tz), "09:30–11:00");
        assert_eq!(iso(start, &tz), "2027-03-02T09:30+07:00");
        assert_eq!(day(jiff::civil::date(2027, 3, 2)), "Tuesday 2 March");
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
