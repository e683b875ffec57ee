//! Arbitrary input to every importer and form parser: never a panic, and
//! either the whole file or none of it (issue 20). Pure: no database.

use convene::{
    domain::{
        Corridor, Country, LanguageTag, Visibility,
        floor::{QuestionInput, RequestInput},
        open_space::{SpaceInput, TopicInput},
        required_text,
    },
    import::{
        participants,
        program::{self, Defaults},
    },
};
use proptest::prelude::*;

fn defaults() -> Defaults {
    Defaults {
        time_zone: Some(jiff::tz::TimeZone::get("Asia/Bangkok").unwrap()),
        language: LanguageTag::parse("en").unwrap(),
    }
}

const FRAB_XML: &str = r#"<?xml version="1.0"?>
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

const FRAB_JSON: &str = r#"{"schedule":{"version":"1","conference":{"acronym":"t","title":"Test",
"start":"2026-11-30","end":"2026-12-01","daysCount":1,"timeslot_duration":"00:15",
"time_zone_name":"Asia/Bangkok","days":[{"index":1,"date":"2026-11-30",
"day_start":"2026-11-30T06:00:00+07:00","day_end":"2026-12-01T03:00:00+07:00",
"rooms":{"Hall":[{"guid":"a1","id":1,"date":"2026-11-30T09:00:00+07:00","start":"09:00",
"duration":"00:30","room":"Hall","slug":"o","url":"","title":"Opening","subtitle":"",
"track":null,"type":"Talk","language":"en","abstract":"Welcome","description":"",
"recording_license":"","do_not_record":false,"persons":[{"id":3,"public_name":"Ana"}],
"links":[],"attachments":[]}]}}]}}}"#;

fn lines(text: &[u8]) -> u64 {
    text.iter().filter(|b| **b == b'\n').count() as u64 + 1
}

/// A cell as a spreadsheet may hold it: good, empty, hostile, or odd.
fn cell() -> impl Strategy<Value = String> {
    prop_oneof![
        "[A-Za-z ]{1,20}",
        Just(String::new()),
        Just("=HYPERLINK(\"x\")".to_owned()),
        Just("'-1".to_owned()),
        Just("Atlantis".to_owned()),
        Just("AR".to_owned()),
        Just("es en".to_owned()),
        Just("hidden".to_owned()),
        Just("organiser".to_owned()),
        Just("a@b.example".to_owned()),
        Just("\"quoted, with comma\"".to_owned()),
        "\\PC{0,30}",
    ]
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 1_000, ..ProptestConfig::default() })]

    #[test]
    fn participants_never_panic_on_bytes(bytes in proptest::collection::vec(any::<u8>(), 0..2_000)) {
        let _ = participants::parse(&bytes);
    }

    #[test]
    fn participants_are_all_or_nothing(
        rows in proptest::collection::vec(proptest::collection::vec(cell(), 0..8), 0..30),
        crlf in any::<bool>(),
        delimiter in prop_oneof![Just(','), Just(';')],
    ) {
        let header = ["name", "country", "languages", "visibility", "role", "email", "organisation"];
        let end = if crlf { "\r\n" } else { "\n" };
        let mut text = header.join(&delimiter.to_string()) + end;
        for row in &rows {
            text += &row.join(&delimiter.to_string());
            text += end;
        }
        match participants::parse(text.as_bytes()) {
            Ok(parsed) => {
                // Every row that is not blank is a person: none dropped.
                let blank = rows.iter().filter(|r| r.iter().all(|c| c.trim().is_empty())).count();
                prop_assert!(parsed.people.len() <= rows.len() - blank);
                prop_assert!(!parsed.people.is_empty());
            }
            Err(errors) => {
                prop_assert!(!errors.is_empty());
                for e in &errors {
                    prop_assert!(e.line.is_none_or(|l| l >= 1 && l <= lines(text.as_bytes())), "{e}");
                }
            }
        }
    }

    #[test]
    fn programs_never_panic_on_bytes(bytes in proptest::collection::vec(any::<u8>(), 0..2_000)) {
        let _ = program::parse(&bytes, &defaults());
    }

    #[test]
    fn frab_files_cut_or_spoilt_anywhere_are_refused_or_whole(
        which in 0..2usize,
        cut in 0.0..1.0f64,
        insert in "\\PC{0,5}",
    ) {
        let whole = [FRAB_XML, FRAB_JSON][which];
        let mut at = (whole.len() as f64 * cut) as usize;
        while !whole.is_char_boundary(at) {
            at -= 1;
        }
        for text in [whole[..at].to_owned(), format!("{}{insert}{}", &whole[..at], &whole[at..])] {
            match program::parse(text.as_bytes(), &defaults()) {
                // A spoilt key can leave a valid file with no sessions.
                Ok(parsed) => prop_assert!(parsed.sessions.len() <= 1),
                Err(errors) => {
                    prop_assert!(!errors.is_empty());
                    for e in &errors {
                        prop_assert!(e.line.is_none_or(|l| l <= lines(text.as_bytes())), "{e}");
                    }
                }
            }
        }
    }

    #[test]
    fn program_csv_never_panics(
        rows in proptest::collection::vec(proptest::collection::vec(cell(), 0..10), 0..20),
    ) {
        let mut text = "title,kind,date,start,end,room,facilitators,speakers,languages\n".to_owned();
        for row in rows {
            text += &row.join(",");
            text += "\n";
        }
        let _ = program::parse(text.as_bytes(), &defaults());
    }

    #[test]
    fn form_parsers_never_panic(a in "\\PC{0,300}", b in "\\PC{0,20}", n in any::<i64>()) {
        let _ = required_text("field", &a, 200);
        let _ = QuestionInput::new(&a, &b);
        let _ = RequestInput::new(&a, &b, n % 2 == 0);
        let _ = TopicInput::new(&a, &a, &b);
        let _ = SpaceInput::new(&a, n, &b);
        let _ = Country::parse(&a);
        let _ = Corridor::parse(&a);
        let _ = LanguageTag::parse(&b);
        let _ = LanguageTag::parse_list(&a);
        let _ = Visibility::parse(&a);
        let with_nul = format!("{a}\0");
        prop_assert!(required_text("field", &with_nul, 1_000).is_err());
    }
}
