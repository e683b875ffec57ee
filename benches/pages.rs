//! Pages at the speed of the machine: wrk against a bare axum "hello"
//! route (this program, run again as its own child process with `hello
//! PORT`), then against the release server on a consultation made from
//! pretalx's 40-session, 80-speaker frab export (tests/data/pretalx-40.xml)
//! with 30 topics on the board and 50 questions on a floor, with the same
//! wrk flags in the same run. Prints requests/s, p99 and the ratio to the
//! bare route per page, signed in and anonymous, and the server's resident
//! memory afterwards; on SQLite and PostgreSQL.
//!
//! Run with `scripts/bench-pages` (it builds the release binary and needs
//! wrk). `CONVENE_BENCH_POSTGRES` selects the PostgreSQL server; `skip`
//! runs SQLite only. `BENCH_PAGES_SECONDS` sets each wrk run (default 10).

use std::{
    process::{Command, Stdio},
    time::{Duration, Instant},
};

use convene::{
    domain::{
        Viewer,
        floor::{QuestionInput, QuestionStatus},
        open_space::{SpaceInput, TopicInput},
    },
    store::{DatabaseUrl, Store},
};
use jiff::{SignedDuration, Timestamp};

mod support;
use support::{Person, postgres_database, resident_kib, signed_in_crowd, start_server};

const CONNECTIONS: usize = 32;
const TOPICS: usize = 30;
const QUESTIONS: usize = 50;

/// One wrk run: requests/s and p99 in ms.
struct Measured {
    rate: f64,
    p99_ms: f64,
}

fn seconds() -> u64 {
    std::env::var("BENCH_PAGES_SECONDS")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(10)
}

fn wrk(url: &str, cookie: Option<&str>) -> Measured {
    let mut command = Command::new("wrk");
    command.args([
        "-t2",
        &format!("-c{CONNECTIONS}"),
        &format!("-d{}s", seconds()),
        "--latency",
        "-H",
        "Accept-Encoding: gzip",
    ]);
    if let Some(cookie) = cookie {
        command.args(["-H", &format!("Cookie: convene_session={cookie}")]);
    }
    let out = command
        .arg(url)
        .output()
        .expect("wrk (apt-get install wrk)");
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(!text.contains("Non-2xx"), "{url} answered errors:\n{text}");
    let rate = text
        .lines()
        .find_map(|l| l.strip_prefix("Requests/sec:"))
        .and_then(|v| v.trim().parse().ok())
        .unwrap_or_else(|| panic!("wrk printed no rate for {url}:\n{text}"));
    let p99 = text
        .lines()
        .find_map(|l| l.trim().strip_prefix("99%"))
        .map(str::trim)
        .map(wrk_duration_ms)
        .unwrap_or(f64::NAN);
    Measured { rate, p99_ms: p99 }
}

/// "1.23ms", "456.00us", "1.02s" in milliseconds.
fn wrk_duration_ms(text: &str) -> f64 {
    let number = |suffix: &str| text.strip_suffix(suffix)?.parse::<f64>().ok();
    number("us")
        .map(|v| v / 1000.0)
        .or_else(|| number("ms"))
        .or_else(|| number("s").map(|v| v * 1000.0))
        .unwrap_or(f64::NAN)
}

/// The bare route, as small as axum makes it.
fn hello(port: u16) {
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .unwrap();
    runtime.block_on(async {
        let app = axum::Router::new().route("/", axum::routing::get(|| async { "hello" }));
        let listener = tokio::net::TcpListener::bind(("127.0.0.1", port))
            .await
            .unwrap();
        axum::serve(listener, app).await.unwrap();
    });
}

fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port()
}

fn wait_for(port: u16) {
    let deadline = Instant::now() + Duration::from_secs(20);
    while std::net::TcpStream::connect(("127.0.0.1", port)).is_err() {
        assert!(Instant::now() < deadline, "port {port} did not open");
        std::thread::sleep(Duration::from_millis(10));
    }
}

fn bare_route() -> f64 {
    let port = free_port();
    let mut child = Command::new(std::env::current_exe().unwrap())
        .args(["hello", &port.to_string()])
        .stdout(Stdio::null())
        .spawn()
        .unwrap();
    wait_for(port);
    let m = wrk(&format!("http://127.0.0.1:{port}/"), None);
    let _ = child.kill();
    let _ = child.wait();
    println!(
        "bare axum route: {:.0} requests/s, p99 {:.2} ms",
        m.rate, m.p99_ms
    );
    m.rate
}

struct Setup {
    day: String,
    session: i64,
    person: Person,
}

/// The pretalx program, then 30 topics placed on the board and 50
/// questions on the first session's floor.
async fn set_up(store: &Store) -> Setup {
    let file = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/data/pretalx-40.xml");
    let bytes = std::fs::read(file).unwrap();
    convene::import_program(store, None, &bytes, true)
        .await
        .unwrap();
    let c = store.current_consultation().await.unwrap().unwrap();
    let sessions = store.sessions(c.id, Viewer::Organiser).await.unwrap();
    let days: Vec<jiff::civil::Date> = sessions
        .iter()
        .map(|s| s.starts_at.to_zoned(c.time_zone.clone()).date())
        .collect();
    // The busiest day.
    let day = *days
        .iter()
        .max_by_key(|d| days.iter().filter(|x| x == d).count())
        .unwrap();
    let session = sessions[0].id;
    let mut crowd = signed_in_crowd(store, c.id, "Bench", 60).await;
    let now = Timestamp::now();
    for (i, p) in crowd.iter().enumerate().take(QUESTIONS) {
        let q = QuestionInput::new(
            &format!("Question {i}: how do unions reach workers in the corridor?"),
            "en",
        )
        .unwrap();
        store
            .ask_question(session, p.id, i % 4 == 0, &q, QuestionStatus::Visible, now)
            .await
            .unwrap();
    }
    let start = now + SignedDuration::from_hours(24);
    let rounds = [
        store
            .create_round(
                c.id,
                None,
                "Round 1",
                start,
                start + SignedDuration::from_hours(1),
            )
            .await
            .unwrap(),
        store
            .create_round(
                c.id,
                None,
                "Round 2",
                start + SignedDuration::from_hours(2),
                start + SignedDuration::from_hours(3),
            )
            .await
            .unwrap(),
    ];
    let mut spaces = Vec::new();
    for i in 0..TOPICS / 2 {
        let space = SpaceInput::new(&format!("Table {}", i + 1), 12, "").unwrap();
        spaces.push(store.create_space(c.id, &space).await.unwrap());
    }
    for i in 0..TOPICS {
        let topic = TopicInput::new(
            &format!("Topic {i}: recruitment fees, debt and the way home"),
            "What the table wants to change, and who can help.",
            "en",
        )
        .unwrap();
        let id = store
            .propose_topic(c.id, crowd[i].id, &topic, now)
            .await
            .unwrap();
        let cell = (rounds[i % 2], spaces[i / 2]);
        store.place_topic(id, Some(cell), None, now).await.unwrap();
    }
    Setup {
        day: day.to_string(),
        session,
        person: crowd.pop().unwrap(),
    }
}

async fn run(label: &str, url: &DatabaseUrl, raw: &str, bare: f64) {
    let store = Store::open(url).await.unwrap();
    let setup = set_up(&store).await;
    let server = start_server(raw);
    let base = server.base.clone();
    let pages = [
        (
            "program day (gzip)",
            format!("/program/{}", setup.day),
            true,
        ),
        ("board, 30 topics", "/open-space".to_owned(), true),
        (
            "floor, 50 questions",
            format!("/sessions/{}/floor", setup.session),
            false,
        ),
        ("session page", format!("/sessions/{}", setup.session), true),
    ];
    println!(
        "\n{label}: wrk -t2 -c{CONNECTIONS} -d{}s, Accept-Encoding: gzip",
        seconds()
    );
    println!("| page | who | requests/s | p99 ms | of the bare route |");
    println!("|---|---|---|---|---|");
    for (name, path, anonymous_too) in &pages {
        let url = format!("{base}{path}");
        let mut who = vec![("signed in", Some(setup.person.cookie.as_str()))];
        if *anonymous_too {
            who.push(("anonymous", None));
        }
        for (as_who, cookie) in who {
            let m = wrk(&url, cookie);
            println!(
                "| {name} | {as_who} | {:.0} | {:.2} | {:.0}% |",
                m.rate,
                m.p99_ms,
                100.0 * m.rate / bare
            );
        }
    }
    println!(
        "resident memory afterwards: {} MiB",
        resident_kib(server.child.id()) / 1024
    );
    let mut child = server.child;
    let _ = child.kill();
    let _ = child.wait();
    store.close().await;
}

fn main() {
    let args: Vec<String> = std::env::args().collect();
    if args.get(1).map(String::as_str) == Some("hello") {
        return hello(args[2].parse().unwrap());
    }
    let bare = bare_route();
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .unwrap();
    runtime.block_on(async {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("pages.db").to_string_lossy().into_owned();
        run(
            "SQLite",
            &DatabaseUrl::SqliteFile(file.clone()),
            &file,
            bare,
        )
        .await;
        match postgres_database("convene_bench_pages").await {
            Some((url, raw)) => run("PostgreSQL", &url, &raw, bare).await,
            None => println!("PostgreSQL: skipped (no server)"),
        }
    });
}
