//! The store against both backends: migrations, the demo, validation.

mod common;

use common::{Backend, TestDb};
use convene::{
    demo,
    domain::{SessionKind, TopicOrigin, Viewer},
    store::{Store, StoreError},
};

fn first_day() -> jiff::civil::Date {
    jiff::civil::date(2027, 3, 2)
}

async fn load(store: &Store) -> i64 {
    store
        .create_program(&demo::bundle(first_day()), jiff::Timestamp::now())
        .await
        .unwrap()
}

async fn demo_program_round_trips(backend: Backend) {
    let db = TestDb::new(backend).await;
    let store = db.store().await;
    assert!(store.is_empty().await.unwrap());
    let id = load(&store).await;

    let c = store.current_consultation().await.unwrap().unwrap();
    assert_eq!(c.id, id);
    assert_eq!(c.time_zone_name, "Asia/Bangkok");
    assert_eq!(c.days().len(), 3);
    assert!(c.is_demo);

    let sessions = store.sessions(id, Viewer::Organiser).await.unwrap();
    assert_eq!(sessions.len(), 10);
    assert!(
        sessions
            .windows(2)
            .all(|w| w[0].starts_at <= w[1].starts_at)
    );

    let gcm = sessions
        .iter()
        .find(|s| s.title == demo::GCM_TITLE)
        .unwrap();
    assert_eq!(gcm.kind, SessionKind::Plenary);
    assert_eq!(gcm.room.as_deref(), Some("Plenary hall"));
    assert_eq!(gcm.interpretation, ["es", "fr"]);
    let speakers: Vec<_> = gcm
        .speakers
        .iter()
        .map(|p| {
            (
                p.display_name.as_str(),
                p.organisation.as_ref().unwrap().short_name(),
                p.country.unwrap().code(),
            )
        })
        .collect();
    assert_eq!(
        speakers,
        [
            ("Leah Sullivan", "GAATW-IS", "TH"),
            ("Berenice Valdez Rivera", "IMUMI", "MX")
        ]
    );
    // 09:30 in Bangkok is 02:30 UTC.
    assert_eq!(gcm.starts_at.to_string(), "2027-03-02T02:30:00Z");

    let part2 = sessions
        .iter()
        .find(|s| s.title.ends_with("part 2") && s.kind == SessionKind::FacilitatedDiscussion)
        .unwrap();
    let facilitators: Vec<_> = part2
        .facilitators
        .iter()
        .map(|p| (p.display_name.as_str(), p.country.unwrap().code()))
        .collect();
    assert_eq!(facilitators, [("Diana Cano", "MX"), ("Chus Alvarez", "CO")]);
    assert_eq!(part2.speakers.len(), 5);
    assert_eq!(
        part2.speakers[4].organisation.as_ref().unwrap().name,
        "Anti-Racism Movement"
    );

    let open_space = sessions
        .iter()
        .find(|s| s.title == "Open space, part 2")
        .unwrap();
    let topics = store.session_topics(open_space.id).await.unwrap();
    assert_eq!(topics.len(), 7);
    let measure = topics
        .iter()
        .find(|t| t.title.contains("measure the impact"))
        .unwrap();
    let mut interested: Vec<_> = measure.interested.iter().map(|o| o.short_name()).collect();
    interested.sort();
    assert_eq!(
        interested,
        ["CHS Alternativo", "La Strada Macedonia", "PLA"]
    );
    let proposal = topics
        .iter()
        .find(|t| t.origin == TopicOrigin::Proposed)
        .unwrap();
    assert_eq!(proposal.text_lang, "id");
    assert_eq!(
        proposal.proposed_by.as_ref().unwrap().short_name(),
        "LRC-KJHAM"
    );
    assert!(proposal.description.starts_with("LRC-KJHAM mengusulkan"));

    let one = store
        .session(id, gcm.id, Viewer::Organiser)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(one.speakers, gcm.speakers);
    assert!(
        store
            .session(id, 999_999, Viewer::Organiser)
            .await
            .unwrap()
            .is_none()
    );
}

async fn a_second_program_is_refused_and_nothing_changes(backend: Backend) {
    let db = TestDb::new(backend).await;
    let store = db.store().await;
    let id = load(&store).await;
    let err = store
        .create_program(&demo::bundle(first_day()), jiff::Timestamp::now())
        .await
        .unwrap_err();
    assert!(matches!(err, StoreError::NotEmpty), "{err}");
    assert_eq!(store.current_consultation().await.unwrap().unwrap().id, id);
    assert_eq!(
        store.sessions(id, Viewer::Organiser).await.unwrap().len(),
        10
    );
}

async fn an_invalid_program_stores_nothing(backend: Backend) {
    let db = TestDb::new(backend).await;
    let store = db.store().await;
    let mut bundle = demo::bundle(first_day());
    let last = bundle.sessions.last_mut().unwrap();
    std::mem::swap(&mut last.starts_at, &mut last.ends_at);
    let err = store
        .create_program(&bundle, jiff::Timestamp::now())
        .await
        .unwrap_err();
    assert!(err.to_string().contains("ends at"), "{err}");
    assert!(store.is_empty().await.unwrap());

    let mut bundle = demo::bundle(first_day());
    bundle.consultation.time_zone = "Europe/Atlantis".into();
    let err = store
        .create_program(&bundle, jiff::Timestamp::now())
        .await
        .unwrap_err();
    assert!(err.to_string().contains("Europe/Atlantis"), "{err}");
    assert!(store.is_empty().await.unwrap());
}

async fn reopening_keeps_data_and_migrations_apply_once(backend: Backend) {
    let db = TestDb::new(backend).await;
    let store = db.store().await;
    let id = load(&store).await;
    store.close().await;
    let again = db.store().await;
    assert_eq!(
        again.sessions(id, Viewer::Organiser).await.unwrap().len(),
        10
    );
    again.ping().await.unwrap();
    assert_eq!(
        again.backend(),
        match backend {
            Backend::Sqlite => "sqlite",
            Backend::Postgres => "postgres",
        }
    );
}

on_both_backends!(
    demo_program_round_trips,
    a_second_program_is_refused_and_nothing_changes,
    an_invalid_program_stores_nothing,
    reopening_keeps_data_and_migrations_apply_once,
);

#[tokio::test]
async fn sqlite_file_is_in_wal_mode() {
    let db = TestDb::new(Backend::Sqlite).await;
    let _store = db.store().await;
    let convene::store::DatabaseUrl::SqliteFile(path) = &db.url else {
        unreachable!()
    };
    use sqlx::Connection;
    let mut conn = sqlx::SqliteConnection::connect(&format!("sqlite://{path}"))
        .await
        .unwrap();
    let mode: String = sqlx::query_scalar("PRAGMA journal_mode")
        .fetch_one(&mut conn)
        .await
        .unwrap();
    assert_eq!(mode, "wal");
}
