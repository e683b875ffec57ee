//! A person's own schedule and data: the *Remember* star, "My schedule",
//! the personal calendar feed following a moved session, and the data
//! download checked against every table that names a person.

mod common;

use common::{Backend, demo};
use convene::domain::Viewer;

/// The `DTSTART` of the event with `uid_start` in a calendar.
fn dtstart(ics: &str, uid_start: &str) -> Option<String> {
    let unfolded = ics.replace("\r\n ", "");
    let event = unfolded
        .split("BEGIN:VEVENT")
        .find(|e| e.contains(&format!("UID:{uid_start}")))?;
    event
        .lines()
        .find(|l| l.starts_with("DTSTART"))
        .map(|l| l.rsplit(':').next().unwrap().to_owned())
}

async fn the_schedule_and_its_feed_follow_changes(backend: Backend) {
    let d = demo(backend).await;
    let c = d.store.current_consultation().await.unwrap().unwrap();
    let amin = d.app.as_person("Amin Muftiyanah").await;
    let sessions = d.store.sessions(c.id, Viewer::Organiser).await.unwrap();
    let amin_id = d
        .store
        .person_id_by_name(c.id, "Amin Muftiyanah")
        .await
        .unwrap()
        .unwrap();
    let s = sessions
        .iter()
        .find(|s| {
            s.kind != convene::domain::SessionKind::Break
                && !s
                    .facilitators
                    .iter()
                    .chain(&s.speakers)
                    .any(|p| p.id == amin_id)
        })
        .expect("a session Amin has no part in");

    // The star on the program page, without JavaScript: a form.
    let day = c.local_date(s.starts_at);
    let (_, program) = amin.text(&format!("/program/{day}")).await;
    assert!(program.contains(&format!("action=\"/sessions/{}/remember\"", s.id)));
    let response = amin
        .post(
            &format!("/sessions/{}/remember", s.id),
            &[("remember", "yes"), ("back", &format!("/program/{day}"))],
        )
        .await;
    assert_eq!(response.status(), 303);
    assert_eq!(
        response.headers()["location"],
        format!("/program/{day}#session-{}", s.id).as_str()
    );
    let response = amin
        .post(
            &format!("/sessions/{}/remember", s.id),
            &[("remember", "yes"), ("back", "https://evil.example/")],
        )
        .await;
    assert_eq!(
        response.headers()["location"],
        format!("/my#session-{}", s.id).as_str(),
        "never elsewhere"
    );
    let (status, page) = amin.text("/my").await;
    assert_eq!(status, 200);
    assert!(
        page.contains(&s.title),
        "a remembered session is on My schedule"
    );
    assert!(page.contains("Remembered"));
    let (_, program) = amin.text(&format!("/program/{day}")).await;
    assert!(
        program.contains("aria-pressed=\"true\""),
        "the star shows it"
    );

    // The feed, at the address the page gives.
    let feed_path = page
        .split("/feeds/")
        .nth(1)
        .and_then(|rest| rest.split('"').next())
        .map(|rest| format!("/feeds/{rest}"))
        .expect("the page shows the feed's address");
    let (status, ics) = d.app.text(&feed_path).await;
    assert_eq!(status, 200, "the address alone opens it");
    let uid = format!("session-{}@", s.id);
    let before = dtstart(&ics, &uid).expect("the remembered session is in the feed");

    // An organiser moves the session an hour later: the feed follows.
    let org = d.app.organiser().await;
    let tz = &c.time_zone;
    let later = |t: jiff::Timestamp| {
        (t + jiff::SignedDuration::from_hours(1))
            .to_zoned(tz.clone())
            .strftime("%H:%M")
            .to_string()
    };
    let mut form: Vec<(&str, String)> = vec![
        ("title", s.title.clone()),
        ("description", s.description.clone()),
        ("language", s.text_lang.clone()),
        ("kind", s.kind.as_str().to_owned()),
        ("date", day.to_string()),
        ("start", later(s.starts_at)),
        ("end", later(s.ends_at)),
        ("room", s.room_id.map(|r| r.to_string()).unwrap_or_default()),
        ("languages", s.languages.join(" ")),
    ];
    form.extend(
        s.facilitators
            .iter()
            .map(|p| ("facilitators", p.id.to_string())),
    );
    form.extend(s.speakers.iter().map(|p| ("speakers", p.id.to_string())));
    let form: Vec<(&str, &str)> = form.iter().map(|(k, v)| (*k, v.as_str())).collect();
    assert_eq!(
        org.post(&format!("/admin/sessions/{}", s.id), &form)
            .await
            .status(),
        303
    );
    let (_, ics) = d.app.text(&feed_path).await;
    let after = dtstart(&ics, &uid).unwrap();
    assert_ne!(before, after);
    assert_eq!(
        &after[9..11],
        &later(s.starts_at)[..2],
        "an hour later: {after}"
    );

    // A new address: the old one answers 404.
    assert_eq!(amin.post("/my/calendar/reset", &[]).await.status(), 303);
    assert_eq!(d.app.text(&feed_path).await.0, 404);
    assert_eq!(d.app.text("/feeds/guess/schedule.ics").await.0, 404);

    // Forgetting takes it off.
    amin.post(
        &format!("/sessions/{}/remember", s.id),
        &[("remember", "no")],
    )
    .await;
    let (_, page) = amin.text("/my").await;
    assert!(!page.contains(&s.title));
}

async fn the_data_download_holds_every_table_that_names_the_person(backend: Backend) {
    let d = demo(backend).await;
    let c = d.store.current_consultation().await.unwrap().unwrap();
    let amin = d.app.as_person("Amin Muftiyanah").await;
    let person = d
        .store
        .person_id_by_name(c.id, "Amin Muftiyanah")
        .await
        .unwrap()
        .unwrap();

    // Every table with a column referencing a person is covered.
    let tables = d.store.tables_naming_people().await.unwrap();
    let mut covered: Vec<(String, String)> = convene::store::PERSONAL_TABLES
        .iter()
        .map(|s| (s.table.to_owned(), s.column.to_owned()))
        .collect();
    covered.sort();
    assert_eq!(
        tables, covered,
        "a table naming people is missing from the download"
    );

    // Amin leaves traces: a star, a question, a proposed topic, a mark.
    let sessions = d.store.sessions(c.id, Viewer::Organiser).await.unwrap();
    let s = sessions
        .iter()
        .find(|s| s.kind != convene::domain::SessionKind::Break)
        .unwrap();
    amin.post(
        &format!("/sessions/{}/remember", s.id),
        &[("remember", "yes")],
    )
    .await;
    let asked = amin
        .post(
            &format!("/sessions/{}/questions", s.id),
            &[
                ("text", "Who pays the recruitment fees?"),
                ("language", "en"),
            ],
        )
        .await;
    assert_eq!(asked.status(), 303);
    let proposed = amin
        .post(
            "/open-space/topics",
            &[("title", "Kampanye migrasi aman"), ("language", "id")],
        )
        .await;
    assert_eq!(proposed.status(), 303);
    let board = d.store.board(c.id).await.unwrap();
    let other = board
        .topics
        .iter()
        .find(|t| t.convener_id != Some(person))
        .unwrap();
    amin.post(
        &format!("/topics/{}/mark", other.id),
        &[("interested", "yes")],
    )
    .await;

    let response = amin.get("/account/data.json").await;
    assert_eq!(response.status(), 200);
    let data: serde_json::Value = response.json().await.unwrap();
    assert_eq!(data["person"]["display_name"], "Amin Muftiyanah");
    for section in convene::store::PERSONAL_TABLES {
        let rows = data[section.name]
            .as_array()
            .unwrap_or_else(|| panic!("no section {}", section.name));
        let stored = d
            .store
            .rows_naming(section.table, section.column, person)
            .await
            .unwrap();
        assert_eq!(
            rows.len() as i64,
            stored,
            "{} against {}",
            section.name,
            section.table
        );
        // Times in RFC 3339 with the consultation's offset (Bangkok: +07:00).
        for row in rows {
            for (key, value) in row.as_object().unwrap() {
                if key == "at" || key.ends_with("_at") {
                    if let Some(text) = value.as_str() {
                        assert!(text.ends_with("+07:00"), "{}.{key} = {text}", section.name);
                        assert!(text.parse::<jiff::Timestamp>().is_ok(), "{text}");
                    } else {
                        assert!(value.is_null(), "{}.{key} = {value}", section.name);
                    }
                }
            }
        }
    }
    for name in [
        "sessions_remembered",
        "questions",
        "topics_convened",
        "interest_marks",
        "sign_in_links",
        "sign_ins",
    ] {
        assert!(
            !data[name].as_array().unwrap().is_empty(),
            "{name} is empty"
        );
    }
    let text = data.to_string();
    assert!(!text.contains("token_hash") && !text.contains("password_hash"));
}

on_both_backends!(
    the_schedule_and_its_feed_follow_changes,
    the_data_download_holds_every_table_that_names_the_person,
);
