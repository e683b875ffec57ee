//! A program day, the board, a floor and a session page are read with a
//! fixed number of queries whatever their size, and a kept page (src/web/
//! cache.rs) is served without reading them again. Queries are counted
//! from sqlx's own statement log, so this file holds one test: the count
//! is global to the process.

mod common;

use std::sync::atomic::{AtomicUsize, Ordering};

use common::{Backend, SignedIn};
use convene::domain::{
    LanguageTag, SessionKind, Viewer,
    floor::{QuestionInput, QuestionStatus},
    open_space::{SpaceInput, TopicInput},
    schedule::SessionInput,
};
use jiff::{SignedDuration, Timestamp};
use tracing_subscriber::layer::SubscriberExt;

static QUERIES: AtomicUsize = AtomicUsize::new(0);

struct CountQueries;

impl<S: tracing::Subscriber> tracing_subscriber::Layer<S> for CountQueries {
    fn on_event(&self, event: &tracing::Event<'_>, _: tracing_subscriber::layer::Context<'_, S>) {
        if event.metadata().target() != "sqlx::query" {
            return;
        }
        let mut statement = Statement(String::new());
        event.record(&mut statement);
        // The current consultation is read again once a second whatever
        // the page (src/store/mod.rs, CONSULTATION_KEPT_FOR), and a new
        // SQLite connection sets itself up with PRAGMAs: not counted, or
        // the counts would depend on when the test runs.
        let setup = statement
            .0
            .contains("FROM consultation ORDER BY id DESC LIMIT 1")
            || statement.0.trim_start().starts_with("PRAGMA");
        if !setup {
            if std::env::var("SHOW_QUERIES").is_ok() {
                eprintln!("QUERY {}", statement.0.replace('\n', " "));
            }
            QUERIES.fetch_add(1, Ordering::SeqCst);
        }
    }
}

struct Statement(String);

impl tracing::field::Visit for Statement {
    fn record_str(&mut self, field: &tracing::field::Field, value: &str) {
        if field.name() == "db.statement" || field.name() == "summary" {
            self.0.push_str(value);
        }
    }

    fn record_debug(&mut self, field: &tracing::field::Field, value: &dyn std::fmt::Debug) {
        if field.name() == "db.statement" || field.name() == "summary" {
            self.0.push_str(&format!("{value:?}"));
        }
    }
}

/// Queries made while fetching `path` (a 200).
async fn queries_for(who: &SignedIn, path: &str) -> usize {
    if std::env::var("SHOW_QUERIES").is_ok() {
        eprintln!("PAGE {path}");
    }
    let before = QUERIES.load(Ordering::SeqCst);
    let (status, _) = who.text(path).await;
    assert_eq!(status, 200, "{path}");
    QUERIES.load(Ordering::SeqCst) - before
}

struct Pages {
    day: String,
    session: String,
    floor: String,
    board: String,
}

/// The queries of each page on a first visit (a new address each time, so
/// no kept page answers), then on a second visit of the same address.
async fn count(who: &SignedIn, pages: &Pages, visit: usize) -> Vec<(String, usize, usize)> {
    let mut counts = Vec::new();
    for path in [&pages.day, &pages.session, &pages.floor, &pages.board] {
        let fresh = format!("{path}?visit={visit}");
        let first = queries_for(who, &fresh).await;
        let again = queries_for(who, &fresh).await;
        counts.push((path.clone(), first, again));
    }
    counts
}

async fn pages_read_in_fixed_queries(backend: Backend) {
    let d = common::demo(backend).await;
    let store = &d.store;
    let c = store.current_consultation().await.unwrap().unwrap();
    let sessions = store.sessions(d.id, Viewer::Organiser).await.unwrap();
    let first = sessions
        .iter()
        .find(|s| s.kind == SessionKind::Plenary)
        .expect("the demo has a plenary");
    let day = first.starts_at.to_zoned(c.time_zone.clone()).date();
    let pages = Pages {
        day: format!("/program/{day}"),
        session: format!("/sessions/{}", first.id),
        floor: format!("/sessions/{}/floor", first.id),
        board: "/open-space".into(),
    };
    let amin = d.app.as_person("Amin Muftiyanah").await;
    let small = count(&amin, &pages, 1).await;

    // The same pages, grown: 20 more sessions that day with 4 speakers
    // each, 50 questions on the floor, 25 more topics on the board.
    let people: Vec<i64> = store
        .directory(d.id, Viewer::Organiser)
        .await
        .unwrap()
        .people
        .iter()
        .map(|p| p.id)
        .collect();
    assert!(people.len() >= 8);
    for i in 0..20 {
        let starts_at = first.starts_at + SignedDuration::from_mins(i);
        let speakers = (0..4).map(|k| people[(i as usize * 4 + k) % people.len()]);
        store
            .create_session(
                d.id,
                &SessionInput {
                    title: format!("Grown session {i}"),
                    description: "Many sessions on one day".into(),
                    text_lang: LanguageTag::parse("en").unwrap(),
                    kind: SessionKind::FacilitatedDiscussion,
                    starts_at,
                    ends_at: starts_at + SignedDuration::from_mins(45),
                    room_id: None,
                    languages: Vec::new(),
                    interpretation: Vec::new(),
                    facilitators: vec![people[i as usize % people.len()]],
                    speakers: speakers.collect(),
                },
            )
            .await
            .unwrap();
    }
    let now = Timestamp::now();
    for i in 0..50 {
        let question = QuestionInput::new(&format!("Question number {i} from the floor"), "en");
        store
            .ask_question(
                first.id,
                people[i % people.len()],
                i % 3 == 0,
                &question.unwrap(),
                QuestionStatus::Visible,
                now,
            )
            .await
            .unwrap();
    }
    let start = now + SignedDuration::from_hours(24);
    let round = store
        .create_round(
            d.id,
            None,
            "Grown round",
            start,
            start + SignedDuration::from_hours(1),
        )
        .await
        .unwrap();
    for i in 0..25 {
        let space = store
            .create_space(
                d.id,
                &SpaceInput::new(&format!("Grown table {i}"), 12, "").unwrap(),
            )
            .await
            .unwrap();
        let topic = store
            .propose_topic(
                d.id,
                people[i % people.len()],
                &TopicInput::new(&format!("Grown topic {i}"), "", "en").unwrap(),
                now,
            )
            .await
            .unwrap();
        if i < people.len() {
            store
                .place_topic(topic, Some((round, space)), None, now)
                .await
                .unwrap();
        }
    }
    let grown = count(&amin, &pages, 2).await;
    for ((path, small, small_again), (_, grown, grown_again)) in small.iter().zip(&grown) {
        eprintln!(
            "{backend:?} {path}: {small} queries small, {grown} grown; kept: {small_again}, {grown_again}"
        );
        assert_eq!(small, grown, "{path}: a query per row");
        assert!(
            *small_again <= 1 && *grown_again <= 1,
            "{path}: a kept page reads at most the session ({small_again}, {grown_again})"
        );
    }
}

#[tokio::test]
async fn pages_are_read_in_a_fixed_number_of_queries() {
    let subscriber = tracing_subscriber::registry().with(CountQueries);
    tracing::subscriber::set_global_default(subscriber).unwrap();
    pages_read_in_fixed_queries(Backend::Sqlite).await;
    pages_read_in_fixed_queries(Backend::Postgres).await;
}
