//! Pages, API and health over HTTP, against the real server on both backends.

mod common;

use common::{Backend, TestApp, TestDb};
use convene::demo;

async fn demo_app(backend: Backend) -> (TestDb, TestApp) {
    let db = TestDb::new(backend).await;
    let store = db.store().await;
    convene::load_demo(&store).await.unwrap();
    let app = TestApp::spawn(store).await;
    (db, app)
}

async fn gcm_id(app: &TestApp) -> i64 {
    let (_, body) = app.text("/api/v1/sessions").await;
    let sessions: serde_json::Value = serde_json::from_str(&body).unwrap();
    sessions
        .as_array()
        .unwrap()
        .iter()
        .find(|s| s["title"] == demo::GCM_TITLE)
        .unwrap()["id"]
        .as_i64()
        .unwrap()
}

async fn program_pages_show_the_whole_agenda(backend: Backend) {
    let (_db, app) = demo_app(backend).await;
    let c = {
        let (_, body) = app.text("/api/v1/consultation").await;
        serde_json::from_str::<serde_json::Value>(&body).unwrap()
    };
    let start: jiff::civil::Date = c["start_date"].as_str().unwrap().parse().unwrap();
    let mut all = String::new();
    for offset in 0..3 {
        let day = start.checked_add(jiff::Span::new().days(offset)).unwrap();
        let (status, body) = app.text(&format!("/program/{day}")).await;
        assert_eq!(status, 200, "day {day}");
        all.push_str(&body);
    }
    for expected in [
        "The role of the Global Compact for Migration",
        "safe migration, part 1",
        "safe migration, part 2",
        "Open space, part 1",
        "Open space, part 2",
        "Natividad Obeso",
        "(AMUMRA)",
        "(Srijan Foundation / Jharkhand Anti-Trafficking Network)",
        "Farah Salka",
        "Demo data",
    ] {
        assert!(all.contains(expected), "program lacks {expected:?}");
    }
    let (status, body) = app.text("/program").await;
    assert_eq!(status, 200);
    assert!(body.contains("aria-current=\"page\""));
}

async fn session_page_shows_speakers_time_and_room(backend: Backend) {
    let (_db, app) = demo_app(backend).await;
    let id = gcm_id(&app).await;
    let (status, body) = app.text(&format!("/sessions/{id}")).await;
    assert_eq!(status, 200);
    for expected in [
        "Leah Sullivan",
        "GAATW-IS",
        "Thailand",
        "Berenice Valdez Rivera",
        "IMUMI",
        "Mexico",
        "Plenary hall",
        "09:30–11:00",
        "+07:00",
        "Spanish, French",
        "signed by states in December 2018",
    ] {
        assert!(body.contains(expected), "session page lacks {expected:?}");
    }
}

async fn unknown_addresses_are_404_pages(backend: Backend) {
    let (_db, app) = demo_app(backend).await;
    for path in [
        "/sessions/999999",
        "/sessions/not-a-number",
        "/sessions/-1",
        "/program/2001-01-01",
        "/program/not-a-date",
        "/nowhere",
        "/assets/nothing.css",
    ] {
        let (status, body) = app.text(path).await;
        assert_eq!(status, 404, "{path}");
        assert!(!body.contains("panicked"), "{path}");
    }
    let (status, body) = app.text("/sessions/999999").await;
    assert_eq!(status, 404);
    assert!(body.contains("Page not found"));
    let (status, body) = app.text("/api/v1/sessions/999999").await;
    assert_eq!(status, 404);
    assert_eq!(body, r#"{"error":"not found"}"#);
}

async fn health_reports_the_backend(backend: Backend) {
    let (_db, app) = demo_app(backend).await;
    let (status, body) = app.text("/healthz").await;
    assert_eq!(status, 200);
    let health: serde_json::Value = serde_json::from_str(&body).unwrap();
    assert_eq!(health["status"], "ok");
    let expected = if backend == Backend::Sqlite {
        "sqlite"
    } else {
        "postgres"
    };
    assert_eq!(health["database"], expected);
}

on_both_backends!(
    program_pages_show_the_whole_agenda,
    session_page_shows_speakers_time_and_room,
    unknown_addresses_are_404_pages,
    health_reports_the_backend,
);

#[tokio::test]
async fn an_empty_database_explains_how_to_start() {
    let db = TestDb::new(Backend::Sqlite).await;
    let app = TestApp::spawn(db.store().await).await;
    for path in ["/", "/program"] {
        let (status, body) = app.text(path).await;
        assert_eq!(status, 200, "{path}");
        assert!(body.contains("No consultation yet"), "{path}");
    }
    assert_eq!(app.text("/api/v1/consultation").await.0, 404);
}

#[tokio::test]
async fn the_event_stream_is_not_compressed_and_carries_the_security_headers() {
    let (_db, app) = demo_app(Backend::Sqlite).await;
    let response = app
        .client
        .get(format!("{}/events", app.base))
        .header("accept-encoding", "gzip, br")
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 200);
    assert_eq!(response.headers()["content-type"], "text/event-stream");
    assert!(!response.headers().contains_key("content-encoding"));
    assert!(response.headers().contains_key("content-security-policy"));
    assert_eq!(response.headers()["x-frame-options"], "DENY");
}

#[tokio::test]
async fn pages_are_small_compressed_and_make_no_third_party_requests() {
    let (_db, app) = demo_app(Backend::Sqlite).await;
    let response = app
        .client
        .get(format!("{}/program", app.base))
        .header("accept-encoding", "gzip, br")
        .send()
        .await
        .unwrap();
    assert!(response.headers().contains_key("content-encoding"));
    let csp = response.headers()["content-security-policy"]
        .to_str()
        .unwrap()
        .to_owned();
    assert!(csp.contains("default-src 'self'"));
    let compressed = response.bytes().await.unwrap().len();
    assert!(
        compressed < 15_000,
        "program page is {compressed} bytes compressed"
    );

    // Links may lead elsewhere (the quick exit does); nothing the page
    // loads may come from elsewhere.
    let (_, body) = app.text("/program").await;
    for needle in [
        "src=\"http",
        "src=\"//",
        "<link rel=\"stylesheet\" href=\"http",
        "@import",
    ] {
        assert!(!body.contains(needle), "page loads {needle}");
    }
    let (_, css) = app.text("/assets/style.css").await;
    assert!(
        !css.contains("url(") && !css.contains("@import"),
        "CSS loads nothing"
    );
    let css = app.get("/assets/style.css").await;
    assert!(
        css.headers()["cache-control"]
            .to_str()
            .unwrap()
            .contains("immutable")
    );
}

#[tokio::test]
async fn user_text_is_escaped() {
    let db = TestDb::new(Backend::Sqlite).await;
    let store = db.store().await;
    let mut bundle = demo::bundle(jiff::civil::date(2027, 3, 2));
    bundle.sessions[0].title = "<script>alert(1)</script> & more".into();
    store
        .create_program(&bundle, jiff::Timestamp::now())
        .await
        .unwrap();
    let app = TestApp::spawn(store).await;
    let (_, body) = app.text("/program/2027-03-02").await;
    assert!(!body.contains("<script>alert(1)"));
    assert!(
        body.contains("&#60;script&#62;alert(1)&#60;/script&#62; &#38; more")
            || body.contains("&lt;script&gt;")
    );
}

#[tokio::test]
async fn every_documented_api_path_answers() {
    let (_db, app) = demo_app(Backend::Sqlite).await;
    let organiser = app.organiser().await;
    let (status, body) = organiser.text("/api/v1/openapi.json").await;
    assert_eq!(status, 200);
    let spec: serde_json::Value = serde_json::from_str(&body).unwrap();
    let paths = spec["paths"].as_object().unwrap();
    let readable: Vec<&String> = paths
        .iter()
        .filter(|(_, entry)| entry.get("get").is_some())
        .map(|(path, _)| path)
        .collect();
    assert_eq!(readable.len(), 16, "{readable:?}");
    for path in readable {
        let concrete = path.replace("{id}", "1").replace("{key}", "ID-SG");
        let (status, _) = organiser.text(&concrete).await;
        assert_eq!(status, 200, "{concrete}");
    }
    let (status, body) = organiser.text("/api/v1/people?country=Atlantis").await;
    assert_eq!(status, 400);
    assert!(body.contains("Unknown country"), "{body}");
    assert_eq!(organiser.text("/api/v1/people/999999").await.0, 404);
    assert_eq!(organiser.text("/api/v1/corridors/XX-YY").await.0, 404);
    assert_eq!(organiser.text("/api/v1/nothing").await.0, 404);
    assert_eq!(app.text("/api/v1/people").await.0, 401, "anonymous");
}
