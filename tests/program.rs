//! Organisers build the program: editing through the pages and the API,
//! warnings, changes that reach people and calendars, and importing frab,
//! pretalx and CSV files, on both backends.

mod common;

use std::collections::BTreeSet;

use common::{Backend, SignedIn, TestApp, TestDb, demo};
use convene::domain::Viewer;
use serde_json::Value;

/// What a round trip must keep of each session: title, times, room, people.
fn fingerprint(xml: &str) -> BTreeSet<String> {
    let doc = roxmltree::Document::parse(xml).unwrap();
    doc.descendants()
        .filter(|n| n.has_tag_name("event"))
        .map(|e| {
            let child = |name: &str| {
                e.children()
                    .find(|c| c.has_tag_name(name))
                    .and_then(|c| c.text())
                    .unwrap_or("")
                    .to_owned()
            };
            let mut people: Vec<String> = e
                .descendants()
                .filter(|n| n.has_tag_name("person"))
                .filter_map(|p| p.text().map(str::to_owned))
                .collect();
            people.sort();
            format!(
                "{} | {} | {} | {} | {}",
                child("title"),
                child("date"),
                child("duration"),
                child("room"),
                people.join(", ")
            )
        })
        .collect()
}

async fn organiser_get(app: &TestApp, path: &str) -> String {
    let organiser = app.organiser().await;
    let (status, body) = organiser.text(path).await;
    assert_eq!(status, 200, "{path}");
    body
}

/// Export the demo as frab XML, import it into an empty database, export
/// again: the same sessions, times, rooms and people.
async fn frab_round_trip(backend: Backend) {
    let d = demo(backend).await;
    let first = organiser_get(&d.app, "/export/schedule.xml").await;

    let empty = TestDb::new(backend).await;
    let store = empty.store().await;
    let done = convene::import_program(&store, None, first.as_bytes(), true)
        .await
        .unwrap();
    assert_eq!(done.plan.created.len(), fingerprint(&first).len());
    let c = store.current_consultation().await.unwrap().unwrap();
    assert_eq!(
        c.title,
        d.store.current_consultation().await.unwrap().unwrap().title
    );
    let app = TestApp::spawn(store.clone()).await;
    let second = organiser_get(&app, "/export/schedule.xml").await;
    assert_eq!(fingerprint(&first), fingerprint(&second));

    // Importing the same file again changes nothing.
    let again = convene::import_program(&store, Some(&c), first.as_bytes(), true)
        .await
        .unwrap();
    assert!(again.plan.created.is_empty() && again.plan.updated.is_empty());
    assert_eq!(again.plan.unchanged, done.plan.created.len());
    // So does importing convene's own export into the consultation it came from.
    let own = convene::import_program(&store, Some(&c), second.as_bytes(), false)
        .await
        .unwrap();
    assert_eq!(
        own.plan.unchanged,
        done.plan.created.len(),
        "{:?}",
        own.plan
    );
}

/// A schedule exported by pretalx itself (see tests/data/README.md).
async fn pretalx_export_imports(backend: Backend) {
    let d = demo(backend).await;
    let c = d.store.current_consultation().await.unwrap().unwrap();
    let before = d
        .store
        .sessions(c.id, Viewer::Organiser)
        .await
        .unwrap()
        .len();
    for file in ["pretalx-schedule.xml", "pretalx-schedule.json"] {
        let bytes =
            std::fs::read(format!("{}/tests/data/{file}", env!("CARGO_MANIFEST_DIR"))).unwrap();
        let preview = convene::import_program(&d.store, Some(&c), &bytes, false)
            .await
            .unwrap_or_else(|e| panic!("{file}: {e:?}"));
        assert!(!preview.plan.created.is_empty(), "{file}");
        let after = d
            .store
            .sessions(c.id, Viewer::Organiser)
            .await
            .unwrap()
            .len();
        assert_eq!(after, before, "a preview stores nothing");
    }
    let xml = std::fs::read(format!(
        "{}/tests/data/pretalx-schedule.xml",
        env!("CARGO_MANIFEST_DIR")
    ))
    .unwrap();
    let done = convene::import_program(&d.store, Some(&c), &xml, true)
        .await
        .unwrap();
    let sessions = d.store.sessions(c.id, Viewer::Organiser).await.unwrap();
    assert_eq!(sessions.len(), before + done.plan.created.len());
    let imported = sessions
        .iter()
        .find(|s| s.title == done.plan.created[0])
        .unwrap();
    assert!(imported.room.is_some(), "rooms come along");
    assert!(!imported.speakers.is_empty(), "speakers come along");
    // The JSON export of the same schedule names the same guids: nothing new.
    let json = std::fs::read(format!(
        "{}/tests/data/pretalx-schedule.json",
        env!("CARGO_MANIFEST_DIR")
    ))
    .unwrap();
    let again = convene::import_program(&d.store, Some(&c), &json, false)
        .await
        .unwrap();
    assert!(again.plan.created.is_empty(), "{:?}", again.plan);
}

fn session_form<'a>(
    room: &'a str,
    start: &'a str,
    end: &'a str,
    date: &'a str,
) -> Vec<(&'a str, &'a str)> {
    vec![
        ("title", "Safe migration: next steps"),
        ("kind", "plenary"),
        ("date", date),
        ("start", start),
        ("end", end),
        ("room", room),
        ("languages", "en es"),
        ("interpretation", "es"),
    ]
}

async fn room_id(org: &SignedIn, name: &str) -> String {
    let (_, body) = org.text("/api/v1/rooms").await;
    let rooms: Value = serde_json::from_str(&body).unwrap();
    rooms
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["name"] == name)
        .map(|r| r["id"].to_string())
        .unwrap_or_else(|| panic!("no room {name}: {body}"))
}

fn location(response: &reqwest::Response) -> String {
    response.headers()["location"].to_str().unwrap().to_owned()
}

/// An organiser creates a session, moves it to another room: its page
/// says so, the calendar keeps the UID with a higher SEQUENCE; a clash is
/// a warning, not a refusal; cancel and duplicate.
async fn editing_reaches_people(backend: Backend) {
    let d = demo(backend).await;
    let c = d.store.current_consultation().await.unwrap().unwrap();
    let org = d.app.organiser().await;
    let day = c.start_date.to_string();
    assert_eq!(
        org.post("/admin/rooms", &[("name", "Room B")])
            .await
            .status(),
        303
    );
    assert_eq!(
        org.post("/admin/rooms", &[("name", "Room B")])
            .await
            .status(),
        409
    );
    let plenary = room_id(&org, "Plenary hall").await;
    let room_b = room_id(&org, "Room B").await;

    let created = org
        .post(
            "/admin/sessions",
            &session_form(&room_b, "16:00", "17:00", &day),
        )
        .await;
    assert_eq!(created.status(), 303);
    let edit_path = location(&created).replace("?saved=1", "");
    let id: i64 = edit_path.rsplit('/').next().unwrap().parse().unwrap();
    let ics = |body: &str| -> (String, String) {
        let event = body
            .split("BEGIN:VEVENT")
            .find(|e| e.contains(&format!("session-{id}@")))
            .expect("the session is in the feed")
            .to_owned();
        let line = |key: &str| {
            event
                .lines()
                .find(|l| l.starts_with(key))
                .unwrap_or("")
                .to_owned()
        };
        (line("UID:"), line("SEQUENCE:"))
    };
    let (uid, sequence) = ics(&org.text("/program.ics").await.1);
    assert_eq!(sequence, "SEQUENCE:0");

    // Move it to the plenary, at the same time as the demo's sessions?
    // Only a warning; the organiser decides.
    let moved = org
        .post(&edit_path, &session_form(&plenary, "16:00", "17:00", &day))
        .await;
    assert_eq!(moved.status(), 303);
    let (_, page) = d.app.text(&format!("/sessions/{id}")).await;
    assert!(
        page.contains("Room B → Plenary hall"),
        "the change is shown"
    );
    let (uid_after, sequence_after) = ics(&org.text("/program.ics").await.1);
    assert_eq!(uid_after, uid, "same UID");
    assert_eq!(sequence_after, "SEQUENCE:1");

    // A clash with the demo's session in the plenary at the same time.
    let sessions = d.store.sessions(c.id, Viewer::Organiser).await.unwrap();
    let other = sessions
        .iter()
        .find(|s| s.room.as_deref() == Some("Plenary hall") && s.id != id)
        .unwrap();
    let tz = &c.time_zone;
    let hm = |t: jiff::Timestamp| t.to_zoned(tz.clone()).strftime("%H:%M").to_string();
    let other_day = c.local_date(other.starts_at).to_string();
    let (start, end) = (hm(other.starts_at), hm(other.ends_at));
    let clash = org
        .post(
            &edit_path,
            &session_form(&plenary, &start, &end, &other_day),
        )
        .await;
    assert_eq!(clash.status(), 303, "a clash does not block");
    let (_, overview) = org.text("/admin/program").await;
    assert!(
        overview.contains("Plenary hall holds"),
        "the room clash is listed"
    );
    assert!(overview.contains(&other.title.replace('&', "&amp;")) || overview.contains("Check"));
    let (_, warnings) = org.text("/api/v1/program/warnings").await;
    let warnings: Value = serde_json::from_str(&warnings).unwrap();
    assert!(warnings.as_array().unwrap().iter().any(
        |w| w["kind"] == "room" && w["sessions"].as_array().unwrap().contains(&Value::from(id))
    ));

    // Outside the consultation's dates: a warning too.
    let late = (c.end_date + jiff::ToSpan::days(3)).to_string();
    assert_eq!(
        org.post(&edit_path, &session_form(&room_b, "10:00", "11:00", &late))
            .await
            .status(),
        303
    );
    let (_, page) = org.text(&edit_path).await;
    assert!(page.contains("outside the consultation"));

    // Cancel: stays on the program, marked; the calendar says so.
    assert_eq!(
        org.post(
            &format!("/admin/sessions/{id}/cancel"),
            &[("cancelled", "yes")]
        )
        .await
        .status(),
        303
    );
    assert_eq!(
        org.post(
            &format!("/admin/sessions/{id}/cancel"),
            &[("cancelled", "yes")]
        )
        .await
        .status(),
        409
    );
    let (_, feed) = org.text("/program.ics").await;
    let event = feed
        .split("BEGIN:VEVENT")
        .find(|e| e.contains(&format!("session-{id}@")))
        .unwrap();
    assert!(event.contains("STATUS:CANCELLED"));
    let (_, page) = d.app.text(&format!("/sessions/{id}")).await;
    assert!(page.contains("This session is cancelled."));

    // Duplicate: a copy with its people.
    let copy = org
        .post(&format!("/admin/sessions/{id}/duplicate"), &[])
        .await;
    assert_eq!(copy.status(), 303);
    assert_ne!(location(&copy), location(&created));

    // Someone new, created on the spot, speaks.
    let added = org
        .post(
            &format!("/admin/sessions/{id}/people"),
            &[
                ("name", "Nadia Rahman"),
                ("organisation", "Migrant Forum in Asia"),
                ("country", "PH"),
                ("role", "speaker"),
            ],
        )
        .await;
    assert_eq!(added.status(), 303);
    let s = d
        .store
        .session(c.id, id, Viewer::Organiser)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(s.speakers[0].display_name, "Nadia Rahman");

    // Deleting its room: the session stays, without a room, and says so.
    let delete = format!("/admin/rooms/{room_b}/delete");
    assert_eq!(org.post(&delete, &[]).await.status(), 303);
    let (_, page) = d.app.text(&format!("/sessions/{id}")).await;
    assert!(page.contains("Room B → —"), "the lost room is shown");

    // The program's visibility, from the editor, returns to the editor.
    let private = org
        .post(
            "/admin/program-visibility",
            &[("program_public", "no"), ("back", "program")],
        )
        .await;
    assert_eq!(location(&private), "/admin/program#details");
    let anonymous = d.app.get("/program").await;
    assert_eq!(anonymous.url().path(), "/signin", "private: sign in first");

    // Participants cannot edit.
    let amin = d.app.as_person("Amin Muftiyanah").await;
    let refused = amin
        .post(&edit_path, &session_form(&room_b, "10:00", "11:00", &day))
        .await;
    assert_eq!(refused.status(), 403);
}

/// Session titles and descriptions through the API, moved live.
async fn the_api_edits_and_imports(backend: Backend) {
    let d = demo(backend).await;
    let c = d.store.current_consultation().await.unwrap().unwrap();
    let org = d.app.organiser().await;
    let api = |method: reqwest::Method, path: &str| {
        org.client
            .request(method, format!("{}/api/v1{path}", org.base))
            .header("x-csrf-token", &org.csrf)
    };
    let day = c.start_date.to_string();
    let body = serde_json::json!({
        "title": "From the API", "kind": "plenary", "date": day, "start": "18:00", "end": "19:00",
        "languages": "en", "facilitators": [], "speakers": [],
        "room": room_id(&org, "Plenary hall").await.parse::<i64>().unwrap()
    });
    let created = api(reqwest::Method::POST, "/sessions")
        .json(&body)
        .send()
        .await
        .unwrap();
    assert_eq!(created.status(), 201);
    let id = created.json::<Value>().await.unwrap()["id"]
        .as_i64()
        .unwrap();
    let s = d
        .store
        .session(c.id, id, Viewer::Organiser)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(
        s.room.as_deref(),
        Some("Plenary hall"),
        "a room id as a JSON number"
    );
    let backwards = serde_json::json!({
        "title": "Backwards", "date": day, "start": "19:00", "end": "18:00"
    });
    let refused = api(reqwest::Method::PUT, &format!("/sessions/{id}"))
        .json(&backwards)
        .send()
        .await
        .unwrap();
    assert_eq!(refused.status(), 400);
    assert!(refused.text().await.unwrap().contains("before it starts"));
    let unparsable =
        serde_json::json!({ "title": "Odd", "date": "30/11", "start": "9", "end": "10" });
    let refused = api(reqwest::Method::PUT, &format!("/sessions/{id}"))
        .json(&unparsable)
        .send()
        .await
        .unwrap();
    assert_eq!(refused.status(), 400);

    let csv = format!(
        "title,kind,date,start,end,room,facilitators,speakers,languages\n\
         Caucus of domestic workers,facilitated-discussion,{day},18:00,19:00,Room C,Diana Cano,Amin Muftiyanah; Nuevo Ponente,en es\n"
    );
    let preview = api(reqwest::Method::POST, "/import/program")
        .body(csv.clone())
        .send()
        .await
        .unwrap();
    assert_eq!(preview.status(), 200);
    let plan: Value = preview.json().await.unwrap();
    assert_eq!(plan["applied"], false);
    assert_eq!(plan["created"][0], "Caucus of domestic workers");
    assert_eq!(plan["new_people"][0], "Nuevo Ponente");
    let applied = api(reqwest::Method::POST, "/import/program?apply=true")
        .body(csv.clone())
        .send()
        .await
        .unwrap();
    assert_eq!(applied.status(), 200);
    let again = api(reqwest::Method::POST, "/import/program?apply=true")
        .body(csv)
        .send()
        .await
        .unwrap();
    let plan: Value = again.json().await.unwrap();
    assert_eq!(
        plan["unchanged"], 1,
        "re-importing updates instead of duplicating"
    );
    let sessions = d.store.sessions(c.id, Viewer::Organiser).await.unwrap();
    let caucus = sessions
        .iter()
        .find(|s| s.title == "Caucus of domestic workers")
        .unwrap();
    assert_eq!(caucus.facilitators[0].display_name, "Diana Cano");
    assert_eq!(caucus.speakers.len(), 2);
    assert_eq!(caucus.room.as_deref(), Some("Room C"));
}

/// Posts the program import page's form, as the browser does.
async fn import_page(
    org: &SignedIn,
    form: reqwest::multipart::Form,
) -> reqwest::Result<reqwest::Response> {
    org.client
        .post(format!("{}/import/program?csrf={}", org.base, org.csrf))
        .multipart(form)
        .send()
        .await
}

/// A form with the file to import.
fn upload(bytes: Vec<u8>) -> reqwest::multipart::Form {
    reqwest::multipart::Form::new().part(
        "file",
        reqwest::multipart::Part::bytes(bytes).file_name("schedule"),
    )
}

/// Bad files: clear errors naming the line or element, nothing stored.
async fn bad_files_store_nothing(backend: Backend) {
    let d = demo(backend).await;
    let c = d.store.current_consultation().await.unwrap().unwrap();
    let before = d
        .store
        .sessions(c.id, Viewer::Organiser)
        .await
        .unwrap()
        .len();
    let org = d.app.organiser().await;
    let good = organiser_get(&d.app, "/export/schedule.xml").await;
    let first_guid = good
        .split("<event guid=\"")
        .nth(1)
        .unwrap()
        .split('"')
        .next()
        .unwrap()
        .to_owned();
    let second_guid = good
        .split("<event guid=\"")
        .nth(2)
        .unwrap()
        .split('"')
        .next()
        .unwrap()
        .to_owned();
    let cases: Vec<(String, &str)> = vec![
        (
            "<html><body>Not a schedule</body></html>".into(),
            "not a frab schedule",
        ),
        ("<schedule><day>".into(), "it was cut off"),
        (
            "<schedule><day></room></schedule>".into(),
            "not well-formed",
        ),
        (
            good.replacen("<duration>", "<duration>-", 1),
            "ends before it starts",
        ),
        (
            good.replacen("<duration>", "<duration>soon", 1),
            "is not HH:MM",
        ),
        (good.replace(&second_guid, &first_guid), "already used"),
        (
            "title,date,start,end\nA,2026-13-45,09:00,10:00\n".into(),
            "line 2, column date",
        ),
        (
            "title,date,start,end\nA,2026-11-30,10:00,09:00\n".into(),
            "line 2, column end",
        ),
        ("{\"schedule\": 1}".into(), "not a frab schedule"),
    ];
    for (file, expected) in cases {
        let response = import_page(&org, upload(file.into_bytes())).await.unwrap();
        assert_eq!(response.status(), 422, "{expected}");
        let page = response.text().await.unwrap();
        assert!(
            page.contains(expected),
            "{expected}: {}",
            &page[page.len().saturating_sub(3000)..]
        );
    }
    // A 100 MB file is refused before it is read.
    let huge = vec![b'a'; 100 * 1024 * 1024];
    // The server may answer before the client has sent it all, and close:
    // then the client sees the connection end instead of the answer.
    if let Ok(r) = import_page(&org, upload(huge)).await {
        assert!(r.status().is_client_error(), "{}", r.status());
    }
    let after = d
        .store
        .sessions(c.id, Viewer::Organiser)
        .await
        .unwrap()
        .len();
    assert_eq!(after, before, "nothing stored");
    // The preview, then "Import it", through the page.
    let csv = format!(
        "title,date,start,end,room\nEvening caucus,{},18:00,19:00,Foyer\n",
        c.start_date
    );
    let preview = import_page(&org, upload(csv.clone().into_bytes()))
        .await
        .unwrap();
    assert_eq!(preview.status(), 200);
    assert!(
        preview
            .text()
            .await
            .unwrap()
            .contains("Preview: nothing is stored yet")
    );
    assert_eq!(
        d.store
            .sessions(c.id, Viewer::Organiser)
            .await
            .unwrap()
            .len(),
        before
    );
    let confirm = reqwest::multipart::Form::new()
        .text("content", csv)
        .text("apply", "yes");
    let apply = import_page(&org, confirm).await.unwrap();
    assert_eq!(apply.status(), 200);
    assert_eq!(
        d.store
            .sessions(c.id, Viewer::Organiser)
            .await
            .unwrap()
            .len(),
        before + 1
    );
}

/// The current consultation is kept in memory for a moment: the process
/// that changes it shows the change on the very next page, another process
/// (a second instance, a command-line tool) within the time it is kept.
async fn a_renamed_consultation_is_seen(backend: Backend) {
    let d = demo(backend).await;
    let elsewhere = d.db.store().await;
    let c = elsewhere.current_consultation().await.unwrap().unwrap();
    let organiser = d.app.organiser().await;
    assert!(organiser.text("/program").await.1.contains(&c.title));
    let (start, end) = (c.start_date.to_string(), c.end_date.to_string());
    let languages = c.languages.join(" ");
    let response = organiser
        .post(
            "/admin/consultation",
            &[
                ("title", "Consultation, renamed"),
                ("venue", &c.venue),
                ("time_zone", &c.time_zone_name),
                ("start_date", &start),
                ("end_date", &end),
                ("languages", &languages),
            ],
        )
        .await;
    assert_eq!(response.status(), 303);
    assert!(
        organiser
            .text("/program")
            .await
            .1
            .contains("Consultation, renamed")
    );
    common::eventually(convene::store::CONSULTATION_KEPT_FOR * 3, || async {
        let title = elsewhere
            .current_consultation()
            .await
            .unwrap()
            .unwrap()
            .title;
        (title == "Consultation, renamed").then_some(())
    })
    .await;
}

/// Moving a session to another room keeps its speakers in the agenda's
/// order, although the form sends them alphabetically.
async fn editing_keeps_the_speakers_order(backend: Backend) {
    let d = demo(backend).await;
    let org = d.app.organiser().await;
    let c = d.store.current_consultation().await.unwrap().unwrap();
    let sessions = d.store.sessions(c.id, Viewer::Organiser).await.unwrap();
    let s = sessions
        .iter()
        .find(|s| {
            let names: Vec<&str> = s.speakers.iter().map(|p| p.display_name.as_str()).collect();
            let mut sorted = names.clone();
            sorted.sort_by_key(|n| n.to_lowercase());
            names.len() > 2 && names != sorted
        })
        .expect("the demo has a panel whose speakers are not in alphabetical order");
    let order: Vec<i64> = s.speakers.iter().map(|p| p.id).collect();
    let mut alphabetical = s.speakers.clone();
    alphabetical.sort_by_key(|p| p.display_name.to_lowercase());
    let tz = &c.time_zone;
    let hm = |t: jiff::Timestamp| t.to_zoned(tz.clone()).strftime("%H:%M").to_string();
    let mut form: Vec<(&str, String)> = vec![
        ("title", s.title.clone()),
        ("description", s.description.clone()),
        ("language", s.text_lang.clone()),
        ("kind", s.kind.as_str().to_owned()),
        ("date", c.local_date(s.starts_at).to_string()),
        ("start", hm(s.starts_at)),
        ("end", hm(s.ends_at)),
        ("room", String::new()),
        ("languages", s.languages.join(" ")),
    ];
    form.extend(
        s.facilitators
            .iter()
            .map(|p| ("facilitators", p.id.to_string())),
    );
    form.extend(alphabetical.iter().map(|p| ("speakers", p.id.to_string())));
    let form: Vec<(&str, &str)> = form.iter().map(|(k, v)| (*k, v.as_str())).collect();
    let saved = org.post(&format!("/admin/sessions/{}", s.id), &form).await;
    assert_eq!(saved.status(), 303);
    let after = d
        .store
        .session(c.id, s.id, Viewer::Organiser)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(after.room, None, "the room changed");
    assert_eq!(
        after.speakers.iter().map(|p| p.id).collect::<Vec<_>>(),
        order
    );

    // Organisers reorder them: the last speaker one place earlier.
    let (_, page) = org.text(&format!("/admin/sessions/{}", s.id)).await;
    assert!(page.contains("Order in the program"));
    let last = *order.last().unwrap();
    let moved = org
        .post(
            &format!("/admin/sessions/{}/order", s.id),
            &[
                ("person", &last.to_string()),
                ("role", "speaker"),
                ("direction", "up"),
            ],
        )
        .await;
    assert_eq!(moved.status(), 303);
    let mut expected = order.clone();
    let n = expected.len();
    expected.swap(n - 1, n - 2);
    let after = d
        .store
        .session(c.id, s.id, Viewer::Organiser)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(
        after.speakers.iter().map(|p| p.id).collect::<Vec<_>>(),
        expected
    );
    let first = order[0];
    let nowhere = org
        .post(
            &format!("/admin/sessions/{}/order", s.id),
            &[
                ("person", &first.to_string()),
                ("role", "speaker"),
                ("direction", "up"),
            ],
        )
        .await;
    assert_eq!(nowhere.status(), 303, "the first stays first");
    let stranger = org
        .post(
            &format!("/admin/sessions/{}/order", s.id),
            &[
                ("person", "999999"),
                ("role", "speaker"),
                ("direction", "up"),
            ],
        )
        .await;
    assert_eq!(stranger.status(), 404);
}

on_both_backends!(
    editing_keeps_the_speakers_order,
    a_renamed_consultation_is_seen,
    frab_round_trip,
    pretalx_export_imports,
    editing_reaches_people,
    the_api_edits_and_imports,
    bad_files_store_nothing,
);
