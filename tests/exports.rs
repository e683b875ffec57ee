//! Export downloads over HTTP on both backends, and the CSV round trip.
//! The formats themselves are checked by independent parsers in
//! `tests/interop/check_exports.py`.

mod common;

use common::{Backend, TestApp, TestDb};
use convene::{
    domain::Viewer,
    export::{self, Format, Output},
    import::participants,
};

async fn downloads_have_the_right_types(backend: Backend) {
    let db = TestDb::new(backend).await;
    let store = db.store().await;
    convene::load_demo(&store).await.unwrap();
    let app = TestApp::spawn(store).await;
    assert_eq!(
        app.get("/export/people.csv").await.url().path(),
        "/signin",
        "anonymous"
    );
    let participant = app.as_person("Alex Au").await;
    assert_eq!(
        participant.get("/export/people.csv").await.status(),
        403,
        "organisers only"
    );
    let organiser = app.organiser().await;

    let ics = app.get("/program.ics").await;
    assert_eq!(
        ics.headers()["content-type"],
        "text/calendar; charset=utf-8"
    );
    let body = ics.text().await.unwrap();
    assert!(body.contains("BEGIN:VTIMEZONE\r\nTZID:Asia/Bangkok"));
    assert_eq!(body.matches("BEGIN:VEVENT").count(), 10);
    assert!(
        body.contains(&format!("URL:{}/sessions/", app.base)),
        "links use the request's host"
    );

    let (status, one) = app.text("/sessions/1/calendar.ics").await;
    assert_eq!(status, 200);
    assert_eq!(one.matches("BEGIN:VEVENT").count(), 1);

    for (path, content_type, start) in [
        (
            "/export/schedule.xml",
            "application/xml; charset=utf-8",
            &b"<?xml"[..],
        ),
        ("/export/schedule.json", "application/json", &b"{"[..]),
        (
            "/export/people.csv",
            "text/csv; charset=utf-8",
            &b"\xEF\xBB\xBFname,"[..],
        ),
        (
            "/export/organisations.csv",
            "text/csv; charset=utf-8",
            &b"\xEF\xBB\xBFname,"[..],
        ),
        ("/export/hsds.zip", "application/zip", &b"PK"[..]),
    ] {
        let response = organiser.get(path).await;
        assert_eq!(response.status(), 200, "{path}");
        assert_eq!(response.headers()["content-type"], content_type, "{path}");
        assert!(
            response.headers()["content-disposition"]
                .to_str()
                .unwrap()
                .starts_with("attachment")
        );
        let bytes = response.bytes().await.unwrap();
        assert!(bytes.starts_with(start), "{path}");
    }
    assert_eq!(app.text("/export/secrets.txt").await.0, 404);
    assert_eq!(app.text("/sessions/999/calendar.ics").await.0, 404);
}

async fn exported_people_import_back_without_duplicates(backend: Backend) {
    let db = TestDb::new(backend).await;
    let store = db.store().await;
    let id = convene::load_demo(&store).await.unwrap();
    let c = store.current_consultation().await.unwrap().unwrap();
    let directory = store.directory(id, Viewer::Organiser).await.unwrap();
    let Output::File { bytes, .. } = export::render(
        Format::PeopleCsv,
        &c,
        &[],
        &directory,
        Viewer::Organiser,
        "http://x",
        jiff::Timestamp::now(),
    ) else {
        panic!("people CSV is one file")
    };
    let parsed = participants::parse(&bytes).unwrap();
    assert_eq!(parsed.people.len(), 14);
    let outcome = store.import_people(id, &parsed.people).await.unwrap();
    assert_eq!(
        (
            outcome.people_created,
            outcome.people_updated,
            outcome.organisations_created
        ),
        (0, 14, 0)
    );
}

on_both_backends!(
    downloads_have_the_right_types,
    exported_people_import_back_without_duplicates
);
