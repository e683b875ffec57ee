//! Consent, retention, organiser passwords and removal, and screens, on
//! both backends.

mod common;

use std::sync::{
    Arc,
    atomic::{AtomicI64, Ordering},
};
use std::time::Duration;

use common::{Backend, TestApp, TestDb};
use convene::domain::Viewer;

async fn revoking_consent_takes_effect_on_the_next_request(backend: Backend) {
    let common::Demo {
        store,
        id,
        app,
        db: _db,
    } = common::demo(backend).await;
    let amin = app.as_person("Amin Muftiyanah").await;
    let other = app.as_person("Diana Cano").await;
    let (_, before) = other.text("/people").await;
    assert!(before.contains("Amin Muftiyanah"), "listed in the demo");

    let response = amin
        .post(
            "/account",
            &[
                ("display_name", "Amin Muftiyanah"),
                ("visibility", "organisers"),
                ("languages", "id"),
                ("consent_screen", "yes"),
                ("consent_convener", "yes"),
            ],
        )
        .await;
    assert_eq!(response.status(), 303);
    let (_, after) = other.text("/people").await;
    assert!(!after.contains("Amin Muftiyanah"), "withdrawn at once");

    let person = store
        .person_id_by_name(id, "Amin Muftiyanah")
        .await
        .unwrap()
        .unwrap();
    let records = store.consent_records(person).await.unwrap();
    let summary: Vec<(&str, bool)> = records
        .iter()
        .map(|r| (r.purpose.as_str(), r.granted))
        .collect();
    assert_eq!(summary, [("directory", false), ("screen", true)]);
    assert!(records[1].wording.contains("projector"), "the words shown");
    let p = store.person(id, person).await.unwrap().unwrap();
    assert!(p.consents.screen && !p.consents.report);

    // Saving again without changes records nothing new.
    amin.post(
        "/account",
        &[
            ("display_name", "Amin Muftiyanah"),
            ("visibility", "organisers"),
            ("languages", "id"),
            ("consent_screen", "yes"),
            ("consent_convener", "yes"),
        ],
    )
    .await;
    assert_eq!(store.consent_records(person).await.unwrap().len(), 2);
    let data = amin.get("/account/data.json").await.text().await.unwrap();
    let data: serde_json::Value = serde_json::from_str(&data).unwrap();
    assert_eq!(data["consents"].as_array().unwrap().len(), 2);
}

on_both_backends!(revoking_consent_takes_effect_on_the_next_request);

/// The server's clock, moved by the test.
fn test_clock() -> (convene::clock::Clock, Arc<AtomicI64>) {
    let now = Arc::new(AtomicI64::new(jiff::Timestamp::now().as_second()));
    let read = now.clone();
    let clock = convene::clock::Clock::from_fn(move || {
        jiff::Timestamp::from_second(read.load(Ordering::SeqCst)).unwrap()
    });
    (clock, now)
}

async fn personal_data_is_erased_at_the_retention_date(backend: Backend) {
    let db = TestDb::new(backend).await;
    let store = db.store().await;
    let id = convene::load_demo(&store).await.unwrap();
    let (clock, now) = test_clock();
    let app = TestApp::spawn_with(
        store.clone(),
        convene::ServeSettings {
            clock,
            housekeeping_every: Some(Duration::from_millis(20)),
            ..Default::default()
        },
    )
    .await;
    let organiser = app.organiser().await;
    let c = store.current_consultation().await.unwrap().unwrap();

    let too_early = organiser
        .post("/admin/retention", &[("date", &c.end_date.to_string())])
        .await;
    assert_eq!(too_early.status(), 400);
    let garbage = organiser
        .post("/admin/retention", &[("date", "next spring")])
        .await;
    assert_eq!(garbage.status(), 400);
    assert!(store.retention(id).await.unwrap().until.is_none());

    let day = c.end_date.tomorrow().unwrap().tomorrow().unwrap();
    let saved = organiser
        .post("/admin/retention", &[("date", &day.to_string())])
        .await;
    assert_eq!(saved.status(), 303);
    let until = store.retention(id).await.unwrap().until.unwrap();
    let sessions_before = store.sessions(id, Viewer::Organiser).await.unwrap().len();
    let people_before = store
        .directory(id, Viewer::Organiser)
        .await
        .unwrap()
        .people
        .len();
    assert!(people_before > 10);

    // The second before the date, nothing is due.
    let just_before = jiff::Timestamp::from_second(until.as_second() - 1).unwrap();
    assert_eq!(store.apply_retention(just_before).await.unwrap(), 0);
    let still = store
        .directory(id, Viewer::Organiser)
        .await
        .unwrap()
        .people
        .len();
    assert_eq!(still, people_before);

    now.store(until.as_second(), Ordering::SeqCst);
    let left = common::eventually(Duration::from_secs(10), || async {
        let d = store.directory(id, Viewer::Organiser).await.unwrap();
        (d.people.len() < people_before).then_some(d.people)
    })
    .await;
    assert!(
        left.iter()
            .all(|p| p.role == convene::domain::PersonRole::Organiser),
        "only organisers remain: {left:?}"
    );
    let sessions = store.sessions(id, Viewer::Organiser).await.unwrap();
    assert_eq!(sessions.len(), sessions_before, "the program stays");
    assert!(
        sessions
            .iter()
            .all(|s| s.speakers.is_empty() && s.facilitators.is_empty())
    );
    assert!(store.retention(id).await.unwrap().done_at.is_some());
    let log = store.audit_log(id, 10).await.unwrap();
    assert!(log.iter().any(|e| e.action.contains("retention")));
}

on_both_backends!(personal_data_is_erased_at_the_retention_date);

async fn organisers_sign_in_with_a_password_and_remove_each_other(backend: Backend) {
    let common::Demo {
        store,
        id,
        app,
        db: _db,
    } = common::demo(backend).await;
    let first = app.organiser().await;
    let short = first
        .post(
            "/account/password",
            &[("password", "short"), ("confirm", "short")],
        )
        .await;
    assert_eq!(short.status(), 400);
    let differ = first
        .post(
            "/account/password",
            &[
                ("password", "a long enough one"),
                ("confirm", "a long enough two"),
            ],
        )
        .await;
    assert_eq!(differ.status(), 400);
    let set = first
        .post(
            "/account/password",
            &[
                ("password", "correct horse battery"),
                ("confirm", "correct horse battery"),
            ],
        )
        .await;
    assert_eq!(set.status(), 303);

    let browser = || {
        reqwest::Client::builder()
            .cookie_store(true)
            .redirect(reqwest::redirect::Policy::none())
            .build()
            .unwrap()
    };
    let sign_in = |client: reqwest::Client, name: &'static str, password: &'static str| {
        let url = format!("{}/signin", app.base);
        async move {
            let response = client
                .post(url)
                .form(&[("name", name), ("password", password)])
                .send()
                .await
                .unwrap();
            let status = response.status().as_u16();
            (status, response.text().await.unwrap())
        }
    };
    let (wrong_status, wrong_body) = sign_in(browser(), "Test organiser", "not the password").await;
    let (unknown_status, unknown_body) =
        sign_in(browser(), "Nobody at all", "not the password").await;
    assert_eq!((wrong_status, unknown_status), (401, 401));
    // The form keeps the name typed; apart from it, the same page.
    assert_eq!(
        wrong_body.replace("Test organiser", "NAME"),
        unknown_body.replace("Nobody at all", "NAME"),
        "the answer does not reveal whether an organiser of that name exists"
    );
    // A participant's name never signs in with a password.
    let (participant, _) = sign_in(browser(), "Amin Muftiyanah", "correct horse battery").await;
    assert_eq!(participant, 401);
    let client = browser();
    let (ok, _) = sign_in(client.clone(), "Test organiser", "correct horse battery").await;
    assert_eq!(ok, 303);
    let page = client
        .get(format!("{}/admin/access", app.base))
        .send()
        .await
        .unwrap();
    assert_eq!(page.status(), 200, "signed in as an organiser");

    // The only organiser cannot be removed.
    let me = store
        .person_id_by_name(id, "Test organiser")
        .await
        .unwrap()
        .unwrap();
    let last = first
        .post(&format!("/admin/organisers/{me}/remove"), &[])
        .await;
    assert_eq!(last.status(), 409);
    assert!(last.text().await.unwrap().contains("last organiser"));

    let second = store.add_organiser(id, "Second organiser").await.unwrap();
    let removed = first
        .post(&format!("/admin/organisers/{second}/remove"), &[])
        .await;
    assert_eq!(removed.status(), 303);
    assert_eq!(store.organisers(id).await.unwrap().len(), 1);
    let (_, log) = first.text("/admin/audit").await;
    assert!(log.contains("removed an organiser") && log.contains("Second organiser"));

    // Two organisers remove each other at the same moment: one stays.
    for round in 0..5 {
        let a = store.add_organiser(id, &format!("A{round}")).await.unwrap();
        let b = store.add_organiser(id, &format!("B{round}")).await.unwrap();
        let keep = store.organisers(id).await.unwrap();
        let now = jiff::Timestamp::now();
        let actor = |name| convene::store::Actor { id: None, name };
        for o in keep.iter().filter(|o| o.id != a && o.id != b) {
            store
                .remove_organiser(id, o.id, actor("test"), now)
                .await
                .unwrap();
        }
        let (x, y) = tokio::join!(
            store.remove_organiser(id, a, actor("B"), now),
            store.remove_organiser(id, b, actor("A"), now)
        );
        let outcomes = [x.unwrap(), y.unwrap()];
        assert_eq!(store.organisers(id).await.unwrap().len(), 1, "{outcomes:?}");
        assert!(outcomes.contains(&convene::store::RemoveOrganiser::LastOrganiser));
    }
}

on_both_backends!(organisers_sign_in_with_a_password_and_remove_each_other);

async fn a_screen_sees_the_program_and_no_personal_data(backend: Backend) {
    let common::Demo {
        store,
        id: _,
        app,
        db: _db,
    } = common::demo(backend).await;
    store
        .set_program_public(
            store.current_consultation().await.unwrap().unwrap().id,
            false,
        )
        .await
        .unwrap();
    let organiser = app.organiser().await;
    let created = organiser
        .post("/admin/screens", &[("label", "Plenary projector")])
        .await;
    assert_eq!(created.status(), 200);
    let page = created.text().await.unwrap();
    let link = page
        .split("<p class=\"badge-link\">")
        .nth(1)
        .and_then(|rest| rest.split('<').next())
        .expect("the page shows the screen link")
        .to_owned();
    assert!(page.contains("<svg"), "with its QR code");

    let screen = reqwest::Client::builder()
        .cookie_store(true)
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .unwrap();
    let confirm = screen
        .get(&link)
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(confirm.contains("Plenary projector"));
    let redeemed = screen.post(&link).send().await.unwrap();
    assert_eq!(redeemed.status(), 303);
    let get = |path: &'static str| {
        let screen = screen.clone();
        let url = format!("{}{path}", app.base);
        async move { screen.get(url).send().await.unwrap().status().as_u16() }
    };
    assert_eq!(get("/program").await, 200, "the private program");
    assert_eq!(get("/people").await, 403);
    assert_eq!(get("/account").await, 403);
    assert_eq!(get("/api/v1/people").await, 403);
    // The link worked once.
    let again = reqwest::Client::new().post(&link).send().await.unwrap();
    assert_eq!(again.status(), 404);

    let ended = organiser.post("/admin/screens/signout", &[]).await;
    assert_eq!(ended.status(), 303);
    assert_eq!(
        get("/program").await,
        303,
        "signed out: back to the sign-in page"
    );
}

on_both_backends!(a_screen_sees_the_program_and_no_personal_data);

#[test]
fn no_table_stores_an_address_or_user_agent() {
    for backend in ["sqlite", "postgres"] {
        let dir = format!("{}/migrations/{backend}", env!("CARGO_MANIFEST_DIR"));
        for entry in std::fs::read_dir(&dir).unwrap() {
            let sql = std::fs::read_to_string(entry.unwrap().path())
                .unwrap()
                .to_lowercase();
            for word in [
                "ip_address",
                "user_agent",
                "remote_addr",
                " ip ",
                "client_ip",
            ] {
                assert!(!sql.contains(word), "{dir}: {word}");
            }
        }
    }
}
