//! The open-space rush, against the real server (`target/release/convene`,
//! started as a child process): 1,000 participants, 50 tables of 20 in one
//! round, everyone opening the board (spread over two seconds, as people
//! look before they choose), then signing up within one second (some to
//! full tables), then
//! moving (spread over a second, all at once on new connections, and
//! 10,000 moves from 64 clients on kept-alive connections); then 2,000 open
//! SSE connections waiting for one change; then
//! `kill -9` in the middle of a rush. Prints numbers; asserts only what must
//! hold (no overbooking, no lost sign-up).
//!
//! Run with `scripts/bench-rush` (it raises the open-file limit and builds
//! the release binary). `CONVENE_BENCH_POSTGRES` selects the PostgreSQL
//! server (default postgres://postgres@127.0.0.1:5432/test); set it to
//! `skip` to run SQLite only.

use std::{
    collections::HashMap,
    process::Command,
    sync::Arc,
    time::{Duration, Instant},
};

use convene::{
    domain::open_space::{SpaceInput, TopicInput},
    store::{DatabaseUrl, Store},
};
use jiff::{SignedDuration, Timestamp};

mod support;
use support::{
    Person, Server, cpu_time, listen_drops, ms, percentile, postgres_database, resident_kib,
    signed_in_crowd, start_server,
};

const PEOPLE: usize = 1_000;
const TABLES: usize = 50;
const CAPACITY: i64 = 20;
const WATCHERS: usize = 2_000;
/// The sustained phase: clients sending at once, and requests in all.
const LANES: usize = 64;
const SUSTAINED: usize = 10_000;
/// How long the crowd takes to open the board before the rush.
const LOOKING: Duration = Duration::from_secs(2);

struct Setup {
    people: Vec<Person>,
    topics: Vec<i64>,
}

/// A fresh consultation: the demo, plus the crowd with open sessions, one
/// round tomorrow with 50 tables and a topic placed at each.
async fn set_up(store: &Store) -> Setup {
    let id = convene::load_demo(store).await.unwrap();
    let people = signed_in_crowd(store, id, "Participant", PEOPLE).await;
    let ids: Vec<i64> = people.iter().map(|p| p.id).collect();
    let now = Timestamp::now();
    let start = now + SignedDuration::from_hours(24);
    let round = store
        .create_round(
            id,
            None,
            "Rush round",
            start,
            start + SignedDuration::from_hours(1),
        )
        .await
        .unwrap();
    let mut topics = Vec::new();
    for (t, convener) in ids.iter().enumerate().take(TABLES) {
        let space = store
            .create_space(
                id,
                &SpaceInput::new(&format!("Rush table {t}"), CAPACITY, "").unwrap(),
            )
            .await
            .unwrap();
        let input = TopicInput::new(&format!("Rush topic {t}"), "", "en").unwrap();
        let topic = store
            .propose_topic(id, *convener, &input, now)
            .await
            .unwrap();
        store
            .place_topic(topic, Some((round, space)), None, now)
            .await
            .unwrap();
        topics.push(topic);
    }
    Setup { people, topics }
}

/// Tables people aim at: a few popular ones, so that some fill up.
fn choice(i: usize, topics: &[i64]) -> i64 {
    // Every third person goes for one of the five most popular tables.
    if i.is_multiple_of(3) {
        topics[i % 5]
    } else {
        topics[(i * 7919) % topics.len()]
    }
}

/// One "add my name" as `p`: the answer's status, 0 when none came.
async fn join(client: &reqwest::Client, url: &str, p: &Person) -> u16 {
    client
        .post(url)
        .header("cookie", format!("convene_session={}", p.cookie))
        .header("x-csrf-token", &p.csrf)
        .send()
        .await
        .map(|r| r.status().as_u16())
        .unwrap_or(0)
}

/// Opens the board as a person's phone does.
async fn look(client: &reqwest::Client, url: &str, p: &Person) -> u16 {
    client
        .get(url)
        .header("cookie", format!("convene_session={}", p.cookie))
        .send()
        .await
        .map(|r| r.status().as_u16())
        .unwrap_or(0)
}

/// Fires one join per person (or, with no target, one look at the board),
/// spread evenly over `spread` (zero: all at once). Returns (status,
/// latency, person index) of each.
async fn rush(
    client: &reqwest::Client,
    base: &str,
    people: &Arc<Vec<Person>>,
    target: impl Fn(usize) -> Option<i64>,
    spread: Duration,
) -> (Vec<(u16, Duration, usize)>, Duration) {
    let started = Instant::now();
    let mut tasks = Vec::new();
    for i in 0..people.len() {
        let client = client.clone();
        let people = people.clone();
        let topic = target(i);
        let url = match topic {
            Some(t) => format!("{base}/topics/{t}/join"),
            None => format!("{base}/open-space"),
        };
        let at = spread.mul_f64(i as f64 / people.len() as f64);
        tasks.push(tokio::spawn(async move {
            tokio::time::sleep_until(tokio::time::Instant::from_std(started + at)).await;
            let p = &people[i];
            let sent = Instant::now();
            let status = match topic {
                Some(_) => join(&client, &url, p).await,
                None => look(&client, &url, p).await,
            };
            (status, sent.elapsed(), i)
        }));
    }
    let mut out = Vec::new();
    for t in tasks {
        out.push(t.await.unwrap());
    }
    (out, started.elapsed())
}

/// Moves sent back to back by `lanes` clients, each over one kept-alive
/// connection (as a proxy in front passes requests on), until `total` are
/// answered: the rate the server sustains rather than the cost of 1,000
/// new connections at once.
async fn sustained(
    base: &str,
    people: &Arc<Vec<Person>>,
    topics: &[i64],
    lanes: usize,
    total: usize,
) -> (Vec<(u16, Duration, usize)>, Duration) {
    let client = reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .pool_max_idle_per_host(lanes)
        .build()
        .unwrap();
    let next = Arc::new(std::sync::atomic::AtomicUsize::new(0));
    let topics = Arc::new(topics.to_vec());
    let started = Instant::now();
    let mut tasks = Vec::new();
    for _ in 0..lanes {
        let (client, people, topics, next) =
            (client.clone(), people.clone(), topics.clone(), next.clone());
        let base = base.to_owned();
        tasks.push(tokio::spawn(async move {
            let mut answers = Vec::new();
            loop {
                let n = next.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
                if n >= total {
                    return answers;
                }
                let i = n % people.len();
                // Each pass over the crowd aims everyone at other tables.
                let topic = topics[(i * 13 + 3 + (n / people.len()) * 17) % topics.len()];
                let p = &people[i];
                let sent = Instant::now();
                let status = join(&client, &format!("{base}/topics/{topic}/join"), p).await;
                answers.push((status, sent.elapsed(), i));
            }
        }));
    }
    let mut out = Vec::new();
    for t in tasks {
        out.extend(t.await.unwrap());
    }
    (out, started.elapsed())
}

fn report(label: &str, answers: &[(u16, Duration, usize)], took: Duration) {
    let mut latencies: Vec<Duration> = answers.iter().map(|a| a.1).collect();
    latencies.sort();
    let count = |status: u16| answers.iter().filter(|a| a.0 == status).count();
    let (shown, joined, full) = (count(200), count(303), count(409));
    let other = answers.len() - shown - joined - full;
    let mut kinds: Vec<u16> = answers
        .iter()
        .map(|a| a.0)
        .filter(|s| ![200, 303, 409].contains(s))
        .collect();
    kinds.sort_unstable();
    kinds.dedup();
    let answered = match shown {
        0 => format!("{joined} joined, {full} full"),
        _ => format!("{shown} shown"),
    };
    println!(
        "  {label}: {} requests in {} ({:.0}/s): {answered}, {other} other {kinds:?}; p50 {}, p99 {}, max {}",
        answers.len(),
        ms(took),
        answers.len() as f64 / took.as_secs_f64(),
        ms(percentile(&latencies, 0.5)),
        ms(percentile(&latencies, 0.99)),
        ms(*latencies.last().unwrap_or(&Duration::ZERO)),
    );
}

/// CPU time the server and this load generator used since `before`.
fn report_cpu(server_pid: &str, before: (Duration, Duration), requests: usize) {
    let server = cpu_time(server_pid) - before.0;
    println!(
        "    CPU time used meanwhile: server {}, load generator {} ({:.0} requests per server CPU second)",
        ms(server),
        ms(cpu_time("self") - before.1),
        requests as f64 / server.as_secs_f64().max(0.001),
    );
}

async fn overbooked(store: &Store) -> usize {
    let c = store.current_consultation().await.unwrap().unwrap();
    let board = store.board(c.id).await.unwrap();
    board
        .topics
        .iter()
        .filter(|t| board.capacity(t).is_some_and(|cap| t.signed_up > cap))
        .count()
}

async fn rush_and_move(label: &str, url: &DatabaseUrl, raw: &str) {
    println!("{label}");
    let store = Store::open(url).await.unwrap();
    let setup = set_up(&store).await;
    let server = start_server(raw);
    // A sign-up answers 303 (joined) or 409 (full): not followed.
    let client = reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .unwrap();
    let people = Arc::new(setup.people);
    let topics = setup.topics.clone();

    // Before the rush everyone has the board open, deciding where to go.
    let (looks, took) = rush(&client, &server.base, &people, |_| None, LOOKING).await;
    report("board views spread over 2 s, before the rush", &looks, took);
    let (answers, took) = rush(
        &client,
        &server.base,
        &people,
        |i| Some(choice(i, &topics)),
        Duration::from_secs(1),
    )
    .await;
    report("sign-ups spread over 1 s", &answers, took);
    let t2 = topics.clone();
    let (moves, took) = rush(
        &client,
        &server.base,
        &people,
        |i| Some(t2[(i * 31 + 7) % t2.len()]),
        Duration::from_secs(1),
    )
    .await;
    report("moves spread over 1 s", &moves, took);
    let t3 = topics.clone();
    let server_pid = server.child.id().to_string();
    let (server_cpu, bench_cpu) = (cpu_time(&server_pid), cpu_time("self"));
    let dropped = listen_drops();
    let (burst, took) = rush(
        &client,
        &server.base,
        &people,
        |i| Some(t3[(i * 13 + 3) % t3.len()]),
        Duration::ZERO,
    )
    .await;
    report(
        "moves all at once, each on a new connection (throughput)",
        &burst,
        took,
    );
    report_cpu(&server_pid, (server_cpu, bench_cpu), burst.len());
    println!(
        "    connections dropped by a full accept queue: {}",
        listen_drops() - dropped
    );
    let (server_cpu, bench_cpu) = (cpu_time(&server_pid), cpu_time("self"));
    let (kept, took) = sustained(&server.base, &people, &topics, LANES, SUSTAINED).await;
    report(
        &format!("moves, {LANES} at a time over kept-alive connections (throughput)"),
        &kept,
        took,
    );
    report_cpu(&server_pid, (server_cpu, bench_cpu), kept.len());
    let over = overbooked(&store).await;
    println!("  tables over capacity: {over}");
    assert_eq!(over, 0, "overbooked");
    println!(
        "  server resident memory after the rush: {} MiB",
        resident_kib(server.child.id()) / 1024
    );

    fan_out(&server, &people[0], topics[0]).await;
    let mut child = server.child;
    let _ = child.kill();
    let _ = child.wait();
    store.close().await;
}

/// 2,000 pages listen; one change; how long until each hears it.
async fn fan_out(server: &Server, who: &Person, topic: i64) {
    // The rush's last changes are announced at the end of the merge window.
    tokio::time::sleep(convene::app::live::MERGE_WINDOW * 2).await;
    let client = reqwest::Client::builder().build().unwrap();
    let (ready_tx, mut ready_rx) = tokio::sync::mpsc::channel::<bool>(WATCHERS);
    let heard = Arc::new(tokio::sync::Mutex::new(Vec::with_capacity(WATCHERS)));
    let changed_at = Arc::new(std::sync::OnceLock::<Instant>::new());
    let mut tasks = Vec::new();
    for _ in 0..WATCHERS {
        let client = client.clone();
        let url = format!("{}/events", server.base);
        let ready = ready_tx.clone();
        let heard = heard.clone();
        let changed_at = changed_at.clone();
        tasks.push(tokio::spawn(async move {
            let Ok(mut response) = client.get(url).send().await else {
                let _ = ready.send(false).await;
                return;
            };
            let _ = ready.send(true).await;
            let mut seen = String::new();
            while let Ok(Some(chunk)) = response.chunk().await {
                seen.push_str(&String::from_utf8_lossy(&chunk));
                if !seen.contains("event: change") {
                    continue;
                }
                // A change announced before the one measured is not it.
                let Some(at) = changed_at.get() else {
                    seen.clear();
                    continue;
                };
                heard.lock().await.push(at.elapsed());
                return;
            }
        }));
    }
    drop(ready_tx);
    let mut open = 0;
    for _ in 0..WATCHERS {
        if ready_rx.recv().await == Some(true) {
            open += 1;
        }
    }
    let resident = resident_kib(server.child.id());
    // One change: a participant marks a topic.
    let _ = changed_at.set(Instant::now());
    client
        .post(format!("{}/topics/{topic}/mark", server.base))
        .header("cookie", format!("convene_session={}", who.cookie))
        .header("x-csrf-token", &who.csrf)
        .form(&[("interested", "yes")])
        .send()
        .await
        .unwrap();
    let deadline = Instant::now() + Duration::from_secs(10);
    while heard.lock().await.len() < open && Instant::now() < deadline {
        tokio::time::sleep(Duration::from_millis(2)).await;
    }
    let mut times = heard.lock().await.clone();
    times.sort();
    println!(
        "  fan-out: {open} event streams open, {} heard one change; p50 {}, p99 {}, max {}; server resident memory with them open: {} MiB",
        times.len(),
        ms(percentile(&times, 0.5)),
        ms(percentile(&times, 0.99)),
        ms(*times.last().unwrap_or(&Duration::ZERO)),
        resident / 1024
    );
    for t in tasks {
        t.abort();
    }
}

/// `kill -9` in the middle of a rush: every sign-up answered "joined" must
/// be there after a restart.
async fn crash(label: &str, url: &DatabaseUrl, raw: &str) {
    let store = Store::open(url).await.unwrap();
    let setup = set_up(&store).await;
    let server = start_server(raw);
    let client = reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .unwrap();
    let people = Arc::new(setup.people);
    let topics = setup.topics.clone();
    let mut child = server.child;
    let pid = child.id();
    let killer = tokio::spawn(async move {
        tokio::time::sleep(Duration::from_millis(500)).await;
        let _ = Command::new("kill").args(["-9", &pid.to_string()]).status();
    });
    let (answers, _) = rush(
        &client,
        &server.base,
        &people,
        |i| Some(choice(i, &topics)),
        Duration::from_secs(1),
    )
    .await;
    killer.await.unwrap();
    let _ = child.wait();
    let joined: Vec<usize> = answers.iter().filter(|a| a.0 == 303).map(|a| a.2).collect();
    let restarted = start_server(raw);
    let c = store.current_consultation().await.unwrap().unwrap();
    let seats = store.seats(c.id).await.unwrap();
    let seated: std::collections::HashSet<String> =
        seats.iter().map(|s| s.display_name.clone()).collect();
    let names: HashMap<usize, String> = (0..PEOPLE)
        .map(|i| (i, format!("Participant {i:04}")))
        .collect();
    let lost = joined
        .iter()
        .filter(|i| !seated.contains(&names[i]))
        .count();
    println!(
        "  {label} kill -9 after 0.5 s of a 1 s rush: {} answered joined before the kill, {} seats after restart, {lost} lost",
        joined.len(),
        seats.len()
    );
    assert_eq!(lost, 0, "a sign-up answered joined was lost");
    let mut again = restarted.child;
    let _ = again.kill();
    let _ = again.wait();
    store.close().await;
}

fn main() {
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .unwrap();
    runtime.block_on(async {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("rush.db").to_string_lossy().into_owned();
        rush_and_move("SQLite", &DatabaseUrl::SqliteFile(file.clone()), &file).await;
        let crashed = dir.path().join("crash.db").to_string_lossy().into_owned();
        crash(
            "SQLite",
            &DatabaseUrl::SqliteFile(crashed.clone()),
            &crashed,
        )
        .await;
        match postgres_database("convene_bench_rush").await {
            Some((url, raw)) => rush_and_move("PostgreSQL", &url, &raw).await,
            None => println!("PostgreSQL: skipped (no server)"),
        }
        if let Some((url, raw)) = postgres_database("convene_bench_crash").await {
            crash("PostgreSQL", &url, &raw).await;
        }
    });
}
