//! The consultation's report (issue 18): the harvest gathered, names only
//! with consent, small counts hidden, drafts private, files and API alike.

mod common;

use std::io::Read;

use common::{Backend, SignedIn, TestApp, TestDb};
use convene::{
    domain::{
        LanguageTag, PersonRole, Viewer, Visibility,
        directory::NewPerson,
        floor::{QuestionInput, QuestionStatus},
        open_space::{SpaceInput, TopicInput},
    },
    store::Store,
};
use jiff::{SignedDuration, Timestamp};
use serde_json::Value;

struct Meeting {
    _db: TestDb,
    store: Store,
    id: i64,
    app: TestApp,
    organiser: SignedIn,
    /// The panel with a summary, and the two tables with notes.
    panel: i64,
    named_table: i64,
    unnamed_table: i64,
}

fn person(name: &str) -> NewPerson {
    NewPerson {
        display_name: name.to_owned(),
        organisation: None,
        country: None,
        role: PersonRole::Participant,
        languages: vec![LanguageTag::parse("en").unwrap()],
        email: None,
        visibility: Visibility::Listed,
    }
}

async fn meeting(backend: Backend) -> Meeting {
    let db = TestDb::new(backend).await;
    let store = db.store().await;
    let id = convene::load_demo(&store).await.unwrap();
    let settings = convene::ServeSettings {
        sign_ins_per_minute: std::num::NonZeroU32::new(100_000),
        ..Default::default()
    };
    let app = TestApp::spawn_with(store.clone(), settings).await;
    let organiser = app.organiser().await;
    let people = [
        "Consenting Convener",
        "Shy Convener",
        "Shy Asker",
        "Third Sitter",
        "Fourth Sitter",
        "Fifth Sitter",
    ];
    store.import_people(id, &people.map(person)).await.unwrap();
    let ids: Vec<i64> = {
        let mut ids = Vec::new();
        for name in people {
            ids.push(store.person_id_by_name(id, name).await.unwrap().unwrap());
        }
        ids
    };
    // Only the first agrees to be named in the report.
    let consenting = app.as_person("Consenting Convener").await;
    let saved = consenting
        .post(
            "/account",
            &[
                ("display_name", "Consenting Convener"),
                ("visibility", "listed"),
                ("languages", "en"),
                ("consent_report", "yes"),
            ],
        )
        .await;
    assert_eq!(saved.status(), 303);

    // A panel: its facilitator's summary, a question answered, one open.
    let panel = store
        .sessions(id, Viewer::Organiser)
        .await
        .unwrap()
        .into_iter()
        .find(|s| s.title.contains("part 1"))
        .unwrap()
        .id;
    store
        .save_summary(
            panel,
            "The panel agreed that recruitment fees must be banned.\r\n\r\nA second paragraph.",
            "en",
            Timestamp::now(),
        )
        .await
        .unwrap();
    let now = Timestamp::now();
    let answered = store
        .ask_question(
            panel,
            ids[2],
            false,
            &QuestionInput::new("Who pays the recruiters?", "en").unwrap(),
            QuestionStatus::Visible,
            now,
        )
        .await
        .unwrap();
    store.mark_answered(answered, true, now).await.unwrap();
    store
        .ask_question(
            panel,
            ids[0],
            false,
            &QuestionInput::new("¿Y las inspecciones laborales?", "es").unwrap(),
            QuestionStatus::Visible,
            now,
        )
        .await
        .unwrap();

    // Two tables in a round to come, each with notes; two people at one.
    let start = Timestamp::now() + SignedDuration::from_hours(30);
    let round = store
        .create_round(
            id,
            None,
            "Round R",
            start,
            start + SignedDuration::from_hours(1),
        )
        .await
        .unwrap();
    let mut tables = Vec::new();
    for (i, (convener, title)) in [
        (ids[0], "How to measure the impact of prevention activities"),
        (ids[1], "Kampanye migrasi aman"),
    ]
    .into_iter()
    .enumerate()
    {
        let space = store
            .create_space(
                id,
                &SpaceInput::new(&format!("Report table {i}"), 10, "").unwrap(),
            )
            .await
            .unwrap();
        let lang = if i == 0 { "en" } else { "id" };
        let topic = store
            .propose_topic(
                id,
                convener,
                &TopicInput::new(title, "", lang).unwrap(),
                now,
            )
            .await
            .unwrap();
        store
            .place_topic(topic, Some((round, space)), None, now)
            .await
            .unwrap();
        tables.push(topic);
    }
    // Its convener and one more at the second table (a convener is
    // counted at their own table).
    store.join_table(tables[1], ids[2], now).await.unwrap();
    for sitter in [ids[0], ids[4], ids[5]] {
        store.join_table(tables[0], sitter, now).await.unwrap();
    }
    let notes = |key_points: &str, proposals: &str, next: &str, lang: &str| {
        convene::domain::open_space::Notes {
            key_points: key_points.into(),
            proposals: proposals.into(),
            next_steps: next.into(),
            continuing: "Everyone at the table".into(),
            lang: Some(lang.into()),
        }
    };
    store
        .save_notes(
            tables[0],
            &notes(
                "Counting leaflets measures nothing.",
                "- Track recruitment fees paid\n- Ask returnees",
                "Meet again in March",
                "en",
            ),
            Some(ids[0]),
            now,
        )
        .await
        .unwrap();
    store
        .save_notes(
            tables[1],
            &notes(
                "Kampanye harus dalam bahasa daerah.",
                "Libatkan serikat pekerja rumah tangga",
                "",
                "id",
            ),
            Some(ids[1]),
            now,
        )
        .await
        .unwrap();
    Meeting {
        _db: db,
        store,
        id,
        app,
        organiser,
        panel,
        named_table: tables[0],
        unnamed_table: tables[1],
    }
}

async fn file(who: &SignedIn, format: &str) -> (u16, Vec<u8>) {
    let response = who.get(&format!("/report/file?format={format}")).await;
    let status = response.status().as_u16();
    (status, response.bytes().await.unwrap().to_vec())
}

/// The text of a Word document's body.
fn docx_text(bytes: &[u8]) -> String {
    let mut zip = zip::ZipArchive::new(std::io::Cursor::new(bytes)).unwrap();
    let mut xml = String::new();
    zip.by_name("word/document.xml")
        .unwrap()
        .read_to_string(&mut xml)
        .unwrap();
    xml
}

async fn the_report_gathers_the_harvest_with_consent(backend: Backend) {
    let m = meeting(backend).await;
    let participant = m.app.as_person("Third Sitter").await;

    // A draft is the organisers'.
    let (status, page) = m.organiser.text("/report").await;
    assert_eq!(status, 200);
    assert!(page.contains("Draft: only organisers"), "{page}");
    assert_eq!(participant.get("/report").await.status(), 404);
    assert_eq!(file(&participant, "md").await.0, 404);
    assert_eq!(participant.get("/api/v1/report").await.status(), 404);

    for (what, text) in [
        ("page", page.clone()),
        (
            "markdown",
            String::from_utf8(file(&m.organiser, "md").await.1).unwrap(),
        ),
        (
            "html file",
            String::from_utf8(file(&m.organiser, "html").await.1).unwrap(),
        ),
        ("word", docx_text(&file(&m.organiser, "docx").await.1)),
    ] {
        for expected in [
            "The panel agreed that recruitment fees must be banned.",
            "Who pays the recruiters?",
            "Counting leaflets measures nothing.",
            "Track recruitment fees paid",
            "Kampanye harus dalam bahasa daerah.",
            "Consenting Convener",
            "fewer than 3",
        ] {
            assert!(text.contains(expected), "{what} lacks {expected:?}");
        }
        for secret in ["Shy Convener", "Shy Asker"] {
            assert!(!text.contains(secret), "{what} names {secret}");
        }
    }
    // Paragraphs written in a browser stay paragraphs; notes keep their language.
    assert!(page.contains("<p>A second paragraph.</p>"));
    assert!(
        page.contains(r#"<div lang="id" dir="auto">"#),
        "the Indonesian notes"
    );
    assert!(page.contains("People at the table: 3"));
    assert!(page.contains("People at the table: fewer than 3"));
    // Every proposal and next step in one list, linked to its table.
    let actions = page.split("id=\"actions\"").nth(1).unwrap();
    for item in [
        "Track recruitment fees paid",
        "Ask returnees",
        "Meet again in March",
        "Libatkan serikat",
    ] {
        assert!(actions.contains(item), "{item}");
    }
    assert!(actions.contains(&format!("/topics/{}", m.unnamed_table)));

    // Organisers write around it, leave a table out, and publish.
    let saved = m
        .organiser
        .post(
            "/report",
            &[
                ("introduction", "Forty organisations met in Bangkok."),
                ("introduction_lang", "en"),
                ("conclusions", "We meet again next year."),
                ("conclusions_lang", "en"),
                ("left_out", &format!("topic-{}", m.named_table)),
                ("published", "yes"),
            ],
        )
        .await;
    assert_eq!(saved.status(), 303);
    let (status, page) = participant.text("/report").await;
    assert_eq!(status, 200);
    assert!(page.contains("Forty organisations met in Bangkok."));
    assert!(page.contains("We meet again next year."));
    assert!(!page.contains("Counting leaflets"), "left out");
    assert!(!page.contains("Track recruitment fees"), "its actions too");
    assert!(!page.contains("Edit the report"), "not for participants");

    let (status, json) = {
        let r = participant.get("/api/v1/report").await;
        (r.status().as_u16(), r.json::<Value>().await.unwrap())
    };
    assert_eq!(status, 200);
    assert_eq!(json["published"], true);
    let round = json["parts"]
        .as_array()
        .unwrap()
        .iter()
        .find(|p| p["kind"] == "round")
        .unwrap();
    let table = &round["topics"][0];
    assert_eq!(table["id"], m.unnamed_table);
    assert_eq!(table["convener"]["name"], Value::Null);
    assert_eq!(table["took_part"], Value::Null, "2 is fewer than 3");
    assert_eq!(table["notes"]["language"], "id");
    let panel = json["parts"]
        .as_array()
        .unwrap()
        .iter()
        .find(|p| p["id"] == m.panel && p["kind"] == "session")
        .unwrap();
    let questions = panel["questions"].as_array().unwrap();
    assert_eq!(questions[0]["answered"], true, "answered first");
    assert_eq!(questions[0]["author"], Value::Null, "no consent");
    assert_eq!(questions[1]["author"], "Consenting Convener");
    assert_eq!(questions[1]["text"]["language"], "es");
    assert!(json["numbers"]["people"].as_i64().unwrap() > 3);

    // Anonymous visitors: only with a public program.
    m.store.set_program_public(m.id, false).await.unwrap();
    let private = m.app.get("/report").await;
    assert_eq!(private.url().path(), "/signin", "sent to sign in");
    m.store.set_program_public(m.id, true).await.unwrap();
    let public = m.app.get("/report").await;
    assert_eq!(
        (public.status().as_u16(), public.url().path()),
        (200, "/report")
    );
    assert!(
        public
            .text()
            .await
            .unwrap()
            .contains("We meet again next year.")
    );
}

on_both_backends!(the_report_gathers_the_harvest_with_consent);

async fn an_empty_report_says_so_and_bad_input_is_refused(backend: Backend) {
    let db = TestDb::new(backend).await;
    let store = db.store().await;
    convene::load_demo(&store).await.unwrap();
    let app = TestApp::spawn(store.clone()).await;
    let organiser = app.organiser().await;
    let (status, page) = organiser.text("/report").await;
    assert_eq!(status, 200);
    assert!(page.contains("Nothing has been harvested yet"), "{page}");
    let (status, md) = file(&organiser, "md").await;
    assert_eq!(status, 200);
    assert!(
        String::from_utf8(md)
            .unwrap()
            .contains("Nothing has been harvested yet")
    );

    let response = organiser.get("/report/file?format=md&lang=xx").await;
    assert_eq!(response.status(), 400);
    assert!(
        response
            .text()
            .await
            .unwrap()
            .contains("available: ar, en, es, fr, id, pt, th")
    );
    assert_eq!(organiser.get("/report/file?format=pdf").await.status(), 400);
    let refused = organiser
        .post(
            "/report",
            &[
                ("introduction", "x"),
                ("introduction_lang", "not a language"),
            ],
        )
        .await;
    assert_eq!(refused.status(), 400);
}

on_both_backends!(an_empty_report_says_so_and_bad_input_is_refused);

#[test]
fn the_command_line_writes_each_file_and_refuses_an_unknown_language() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("demo.db");
    let db = db.to_str().unwrap();
    let convene = |args: &[&str]| {
        std::process::Command::new(env!("CARGO_BIN_EXE_convene"))
            .args(args)
            .output()
            .unwrap()
    };
    assert!(convene(&["demo", "--database", db]).status.success());
    for (format, check) in [
        ("report-md", "# Report: "),
        ("report-html", "<!doctype html>"),
        ("report-docx", "PK"),
    ] {
        let out = dir.path().join(format);
        let done = convene(&[
            "export",
            format,
            "--database",
            db,
            "--out",
            out.to_str().unwrap(),
        ]);
        assert!(
            done.status.success(),
            "{}",
            String::from_utf8_lossy(&done.stderr)
        );
        let bytes = std::fs::read(&out).unwrap();
        assert!(bytes.starts_with(check.as_bytes()), "{format}");
    }
    let spanish = convene(&["export", "report-md", "--database", db, "--lang", "es"]);
    assert!(String::from_utf8_lossy(&spanish.stdout).starts_with("# Informe"));
    let refused = convene(&["export", "report-md", "--database", db, "--lang", "tlh"]);
    assert!(!refused.status.success());
    let stderr = String::from_utf8_lossy(&refused.stderr);
    assert!(
        stderr.contains("available: ar, en, es, fr, id, pt, th"),
        "{stderr}"
    );
}
