//! The floor, live: 200 phones have a session's floor page open (an event
//! stream each, and on every change they fetch the page again, as
//! `live.js` does); people vote for a question one after another; for each
//! vote, the time until every phone shows the new count. On SQLite and on
//! PostgreSQL, against the release server as a child process.
//!
//! Run with `scripts/bench-floor`. `CONVENE_BENCH_POSTGRES` as for the
//! rush benchmark (`skip` for SQLite only).

use std::{
    sync::Arc,
    time::{Duration, Instant},
};

use convene::{
    domain::{
        Viewer,
        floor::{QuestionInput, QuestionStatus},
    },
    store::{DatabaseUrl, Store},
};
use jiff::Timestamp;

mod support;
use support::{
    Person, ms, percentile, postgres_database, resident_kib, signed_in_crowd, start_server,
};

const PHONES: usize = 200;
const VOTES: usize = 30;

/// The demo, 200 people signed in, and one question in a facilitated session.
async fn set_up(store: &Store) -> (Vec<Person>, i64, i64) {
    let id = convene::load_demo(store).await.unwrap();
    let people = signed_in_crowd(store, id, "Phone", PHONES).await;
    let session = store
        .sessions(id, Viewer::Organiser)
        .await
        .unwrap()
        .into_iter()
        .find(|s| !s.facilitators.is_empty())
        .unwrap()
        .id;
    let now = Timestamp::now();
    let question = store
        .ask_question(
            session,
            people[0].id,
            false,
            &QuestionInput::new("What does the room think?", "en").unwrap(),
            QuestionStatus::Visible,
            now,
        )
        .await
        .unwrap();
    (people, session, question)
}

/// The vote count the page shows for the question.
fn shown_votes(page: &str, question: i64) -> Option<usize> {
    let card = page.split(&format!("id=\"question-{question}\"")).nth(1)?;
    let strong = card.split("<strong>").nth(1)?;
    strong.split('<').next()?.trim().parse().ok()
}

async fn run(label: &str, url: &DatabaseUrl, raw: &str) {
    let store = Store::open(url).await.unwrap();
    let (people, session, question) = set_up(&store).await;
    let server = start_server(raw);
    let base = server.base.clone();
    let client = reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .unwrap();
    let people = Arc::new(people);
    // Each phone reports (phone, votes shown, when) after every refetch.
    let (seen_tx, mut seen_rx) = tokio::sync::mpsc::unbounded_channel::<(usize, usize, Instant)>();
    let (ready_tx, mut ready_rx) = tokio::sync::mpsc::channel::<()>(PHONES);
    let mut phones = Vec::new();
    for phone in 0..PHONES {
        let client = client.clone();
        let people = people.clone();
        let base = base.clone();
        let seen = seen_tx.clone();
        let ready = ready_tx.clone();
        phones.push(tokio::spawn(async move {
            let cookie = format!("convene_session={}", people[phone].cookie);
            let mut events = client
                .get(format!("{base}/events"))
                .header("cookie", &cookie)
                .send()
                .await
                .unwrap();
            ready.send(()).await.unwrap();
            let page_url = format!("{base}/sessions/{session}/floor");
            while let Ok(Some(chunk)) = events.chunk().await {
                if !String::from_utf8_lossy(&chunk).contains("event: change") {
                    continue;
                }
                let page = client
                    .get(&page_url)
                    .header("cookie", &cookie)
                    .header("x-live", "1")
                    .send()
                    .await
                    .unwrap()
                    .text()
                    .await
                    .unwrap();
                if let Some(votes) = shown_votes(&page, question) {
                    let _ = seen.send((phone, votes, Instant::now()));
                }
            }
        }));
    }
    for _ in 0..PHONES {
        ready_rx.recv().await.unwrap();
    }
    let mut latencies = Vec::with_capacity(PHONES * VOTES);
    let mut per_vote = Vec::with_capacity(VOTES);
    let started = Instant::now();
    for vote in 1..=VOTES {
        let voter = &people[vote];
        let sent = Instant::now();
        let response = client
            .post(format!("{base}/questions/{question}/vote"))
            .header("cookie", format!("convene_session={}", voter.cookie))
            .header("x-csrf-token", &voter.csrf)
            .form(&[("vote", "yes")])
            .send()
            .await
            .unwrap();
        assert_eq!(response.status(), 303, "the vote is taken");
        let mut shown = [false; PHONES];
        let mut left = PHONES;
        let deadline = sent + Duration::from_secs(30);
        while left > 0 {
            let wait = deadline.saturating_duration_since(Instant::now());
            let Ok(Some((phone, votes, at))) = tokio::time::timeout(wait, seen_rx.recv()).await
            else {
                panic!("{left} phones did not show vote {vote} within 30 s");
            };
            if votes >= vote && !shown[phone] {
                shown[phone] = true;
                left -= 1;
                latencies.push(at.saturating_duration_since(sent));
            }
        }
        per_vote.push(sent.elapsed());
    }
    let took = started.elapsed();
    let resident = resident_kib(server.child.id());
    latencies.sort();
    per_vote.sort();
    println!(
        "{label}: {VOTES} votes one after another, {PHONES} phones with the page open: \
         vote to new count on a phone p50 {}, p99 {}, max {}; until the last phone shows it: p50 {}, max {}; \
         {:.0} page renders/s; resident memory {} MiB",
        ms(percentile(&latencies, 0.5)),
        ms(percentile(&latencies, 0.99)),
        ms(*latencies.last().unwrap()),
        ms(percentile(&per_vote, 0.5)),
        ms(*per_vote.last().unwrap()),
        (PHONES * VOTES) as f64 / took.as_secs_f64(),
        resident / 1024
    );
    for p in phones {
        p.abort();
    }
    let mut child = server.child;
    let _ = child.kill();
    let _ = child.wait();
    store.close().await;
}

fn main() {
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .unwrap();
    runtime.block_on(async {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("floor.db").to_string_lossy().into_owned();
        run("SQLite", &DatabaseUrl::SqliteFile(file.clone()), &file).await;
        match postgres_database("convene_bench_floor").await {
            Some((url, raw)) => run("PostgreSQL", &url, &raw).await,
            None => println!("PostgreSQL: skipped (no server)"),
        }
    });
}
