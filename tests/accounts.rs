//! What a person does with their own account, and erasure, on both backends.

mod common;

use common::{Backend, TestApp, TestDb};
use convene::domain::{Viewer, Visibility};

async fn a_participant_edits_themself_and_downloads_their_data(backend: Backend) {
    let common::Demo {
        store,
        id,
        app,
        db: _db,
    } = common::demo(backend).await;
    let me = app.as_person("Amin Muftiyanah").await;
    let person = store
        .person_id_by_name(id, "Amin Muftiyanah")
        .await
        .unwrap()
        .unwrap();

    let response = me
        .client
        .post(format!("{}/account?csrf={}", me.base, me.csrf))
        .form(&[
            ("display_name", "Amin M."),
            ("visibility", "hidden"),
            ("languages", "id jv"),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 303);
    let p = store.person(id, person).await.unwrap().unwrap();
    assert_eq!(
        (p.display_name.as_str(), p.visibility),
        ("Amin M.", Visibility::Hidden)
    );
    assert_eq!(p.languages, ["id", "jv"]);
    let d = store.directory(id, Viewer::Participant).await.unwrap();
    assert!(
        !d.people.iter().any(|p| p.id == person),
        "hidden from participants now"
    );

    let bad = me
        .client
        .post(format!("{}/account?csrf={}", me.base, me.csrf))
        .form(&[
            ("display_name", "  "),
            ("visibility", "listed"),
            ("languages", ""),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(bad.status(), 400);
    assert_eq!(
        store
            .person(id, person)
            .await
            .unwrap()
            .unwrap()
            .display_name,
        "Amin M."
    );

    let (status, body) = me.text("/account/data.json").await;
    assert_eq!(status, 200);
    let data: serde_json::Value = serde_json::from_str(&body).unwrap();
    assert_eq!(data["person"]["display_name"], "Amin M.");
    assert_eq!(data["organisation"]["name"], "Yasanti");
    assert_eq!(data["sessions"][0]["role"], "speaker");
}

async fn erasure_removes_the_person_and_keeps_the_program(backend: Backend) {
    let common::Demo {
        store,
        id,
        app,
        db: _db,
    } = common::demo(backend).await;
    let organiser = app.organiser().await;
    let alex = store
        .person_id_by_name(id, "Alex Au")
        .await
        .unwrap()
        .unwrap();
    let alex_session = app.signed_in(alex).await;
    let sessions_before = store.sessions(id, Viewer::Organiser).await.unwrap().len();

    let erase = |confirm: &'static str| {
        organiser
            .client
            .post(format!(
                "{}/admin/people/{alex}/erase?csrf={}",
                organiser.base, organiser.csrf
            ))
            .form(&[("confirm", confirm)])
            .send()
    };
    assert_eq!(erase("").await.unwrap().status(), 400, "needs confirmation");
    assert!(store.person(id, alex).await.unwrap().is_some());
    assert_eq!(erase("yes").await.unwrap().status(), 303);

    assert!(store.person(id, alex).await.unwrap().is_none());
    let sessions = store.sessions(id, Viewer::Organiser).await.unwrap();
    assert_eq!(
        sessions.len(),
        sessions_before,
        "the program keeps its sessions"
    );
    assert!(
        sessions
            .iter()
            .flat_map(|s| &s.speakers)
            .all(|p| p.display_name != "Alex Au")
    );
    let after = alex_session.get("/account").await;
    assert_eq!(after.status(), 303, "their sessions ended with them");
    let log = store.audit_log(id, 10).await.unwrap();
    assert!(log.iter().any(|e| e.action == "erased a person"));
    assert_eq!(erase("yes").await.unwrap().status(), 404, "gone");
}

on_both_backends!(
    a_participant_edits_themself_and_downloads_their_data,
    erasure_removes_the_person_and_keeps_the_program,
);

#[tokio::test]
async fn an_organiser_closes_the_program_to_anonymous_visitors() {
    let common::Demo { app, db: _db, .. } = common::demo(Backend::Sqlite).await;
    assert_eq!(
        app.get("/program").await.url().path(),
        "/program",
        "the demo's program is public"
    );
    let organiser = app.organiser().await;
    let response = organiser
        .client
        .post(format!(
            "{}/admin/program-visibility?csrf={}",
            organiser.base, organiser.csrf
        ))
        .form(&[("program_public", "no")])
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 303);
    let anonymous = app.get("/program").await;
    assert_eq!(anonymous.url().path(), "/signin", "private now");
    assert!(
        anonymous
            .text()
            .await
            .unwrap()
            .contains("Prevention of human trafficking"),
        "the title stays visible"
    );
    assert_eq!(app.get("/api/v1/sessions").await.status(), 401);
    assert_eq!(organiser.get("/program").await.status(), 200);
}

#[tokio::test]
async fn a_hidden_persons_id_answers_404_to_a_participant() {
    let db = TestDb::new(Backend::Sqlite).await;
    let store = db.store().await;
    let id = convene::load_demo(&store).await.unwrap();
    let csv = "name,visibility\nQuiet Person,hidden\nShy Person,organisers\n";
    let people = convene::import::participants::parse(csv.as_bytes())
        .unwrap()
        .people;
    store.import_people(id, &people).await.unwrap();
    let quiet = store
        .person_id_by_name(id, "Quiet Person")
        .await
        .unwrap()
        .unwrap();
    let shy = store
        .person_id_by_name(id, "Shy Person")
        .await
        .unwrap()
        .unwrap();
    let listed = store
        .person_id_by_name(id, "Alex Au")
        .await
        .unwrap()
        .unwrap();
    let app = TestApp::spawn(store).await;
    let participant = app.as_person("Amin Muftiyanah").await;
    for hidden in [quiet, shy] {
        assert_eq!(
            participant
                .text(&format!("/api/v1/people/{hidden}"))
                .await
                .0,
            404
        );
    }
    assert_eq!(
        participant
            .text(&format!("/api/v1/people/{listed}"))
            .await
            .0,
        200
    );
    let (_, people) = participant.text("/people").await;
    assert!(!people.contains("Quiet Person") && !people.contains("Shy Person"));
    let organiser = app.organiser().await;
    assert_eq!(
        organiser.text(&format!("/api/v1/people/{quiet}")).await.0,
        200
    );
}

/// On PostgreSQL an instance remembers the sessions it found, and
/// forgets them when any instance or command ends one or renames or
/// removes a person (a trigger announces it).
#[tokio::test]
async fn a_session_ended_elsewhere_is_not_remembered() {
    use convene::{auth::Role, store::Heard};
    use jiff::{SignedDuration, Timestamp};
    let db = TestDb::new(Backend::Postgres).await;
    let first = db.store().await;
    let id = convene::load_demo(&first).await.unwrap();
    let person = first
        .person_id_by_name(id, "Amin Muftiyanah")
        .await
        .unwrap()
        .unwrap();
    let now = Timestamp::now();
    let open = |hash: &'static str| {
        let first = first.clone();
        async move {
            let until = now + SignedDuration::from_hours(1);
            first
                .open_session(
                    id,
                    Some(person),
                    Role::Participant,
                    hash,
                    "csrf",
                    now,
                    until,
                )
                .await
                .unwrap()
        }
    };
    let (kept, ended) = (open("kept").await, open("ended").await);

    // The second instance hears announcements, as `serve` does.
    let second = db.store().await;
    let mut changes = second.changes().await.unwrap().unwrap();
    let (heard_tx, mut heard) = tokio::sync::mpsc::unbounded_channel();
    tokio::spawn(async move {
        while let Ok(h) = changes.next().await {
            let _ = heard_tx.send(h);
        }
    });
    let principal = |hash: &'static str| {
        let second = second.clone();
        async move {
            second
                .session_principal(hash, Timestamp::now())
                .await
                .unwrap()
        }
    };
    assert_eq!(principal("ended").await.unwrap().session_id, Some(ended));

    // Remembered: a change nobody announces is not seen.
    let raw = sqlx::PgPool::connect(&db.cli_url()).await.unwrap();
    let mut tx = raw.begin().await.unwrap();
    for sql in [
        "ALTER TABLE web_session DISABLE TRIGGER web_session_changed",
        "UPDATE web_session SET csrf_token = 'changed unannounced'",
        "ALTER TABLE web_session ENABLE TRIGGER web_session_changed",
    ] {
        sqlx::query(sql).execute(&mut *tx).await.unwrap();
    }
    tx.commit().await.unwrap();
    assert_eq!(principal("ended").await.unwrap().csrf_token, "csrf");

    // Ended by the first instance: the second soon refuses it.
    first.end_session(ended).await.unwrap();
    common::eventually(std::time::Duration::from_secs(5), || async {
        principal("ended").await.is_none().then_some(())
    })
    .await;
    let found = principal("kept").await.unwrap();
    assert_eq!(
        (found.session_id, found.csrf_token.as_str()),
        (Some(kept), "changed unannounced")
    );

    // Renamed with plain SQL: the second instance shows the new name.
    sqlx::query("UPDATE person SET display_name = 'Amin M.' WHERE id = $1")
        .bind(person)
        .execute(&raw)
        .await
        .unwrap();
    common::eventually(std::time::Duration::from_secs(5), || async {
        (principal("kept").await.unwrap().name == "Amin M.").then_some(())
    })
    .await;

    // A dropped connection is told, since announcements may be lost.
    sqlx::query(
        "SELECT pg_terminate_backend(pid) FROM pg_stat_activity \
         WHERE query LIKE 'LISTEN%' AND datname = current_database()",
    )
    .execute(&raw)
    .await
    .unwrap();
    let told = tokio::time::timeout(std::time::Duration::from_secs(5), async {
        while let Some(h) = heard.recv().await {
            if h == Heard::Missed {
                return;
            }
        }
    });
    told.await
        .expect("the listener notices its connection dropped");
}
