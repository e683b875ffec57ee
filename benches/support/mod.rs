//! Shared by the benchmarks: the release server as a child process, a
//! fresh PostgreSQL database, percentiles, resident memory.

#![allow(dead_code)]

use std::{
    process::{Child, Command, Stdio},
    time::{Duration, Instant},
};

use convene::store::DatabaseUrl;

pub struct Server {
    pub child: Child,
    pub base: String,
}

pub fn start_server(database: &str) -> Server {
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let child = Command::new(env!("CARGO_MANIFEST_DIR").to_owned() + "/target/release/convene")
        .args([
            "serve",
            "--database",
            database,
            "--bind",
            &format!("127.0.0.1:{port}"),
        ])
        .env("RUST_LOG", "warn")
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .expect("target/release/convene (run `cargo build --release` first)");
    let base = format!("http://127.0.0.1:{port}");
    let deadline = Instant::now() + Duration::from_secs(20);
    while std::net::TcpStream::connect(("127.0.0.1", port)).is_err() {
        assert!(Instant::now() < deadline, "the server did not start");
        std::thread::sleep(Duration::from_millis(10));
    }
    Server { child, base }
}

pub fn resident_kib(pid: u32) -> u64 {
    let status = std::fs::read_to_string(format!("/proc/{pid}/status")).unwrap_or_default();
    status
        .lines()
        .find_map(|l| l.strip_prefix("VmRSS:"))
        .and_then(|v| v.split_whitespace().next()?.parse().ok())
        .unwrap_or(0)
}

/// CPU time (user and system) a process has used so far; "self" for this
/// one. Counted in the kernel's clock ticks of 10 ms.
pub fn cpu_time(pid: &str) -> Duration {
    let stat = std::fs::read_to_string(format!("/proc/{pid}/stat")).unwrap_or_default();
    // Fields after the command name, which is in parentheses.
    let fields: Vec<&str> = stat
        .rsplit_once(')')
        .map(|(_, rest)| rest.split_whitespace().collect())
        .unwrap_or_default();
    let ticks = |i: usize| {
        fields
            .get(i)
            .and_then(|v| v.parse::<u64>().ok())
            .unwrap_or(0)
    };
    // utime and stime are fields 14 and 15 of the whole line.
    Duration::from_millis((ticks(11) + ticks(12)) * 10)
}

pub fn percentile(sorted: &[Duration], p: f64) -> Duration {
    if sorted.is_empty() {
        return Duration::ZERO;
    }
    let i = ((sorted.len() as f64 - 1.0) * p).round() as usize;
    sorted[i]
}

pub fn ms(d: Duration) -> String {
    format!("{:.1} ms", d.as_secs_f64() * 1000.0)
}

pub async fn postgres_database(name: &str) -> Option<(DatabaseUrl, String)> {
    let admin = std::env::var("CONVENE_BENCH_POSTGRES")
        .unwrap_or_else(|_| "postgres://postgres@127.0.0.1:5432/test".into());
    if admin == "skip" {
        return None;
    }
    let mut conn = <sqlx::PgConnection as sqlx::Connection>::connect(&admin)
        .await
        .ok()?;
    sqlx::query(&format!("DROP DATABASE IF EXISTS {name} WITH (FORCE)"))
        .execute(&mut conn)
        .await
        .ok()?;
    sqlx::query(&format!("CREATE DATABASE {name}"))
        .execute(&mut conn)
        .await
        .ok()?;
    let base = admin.rsplit_once('/').map_or(admin.as_str(), |(b, _)| b);
    let raw = format!("{base}/{name}");
    Some((DatabaseUrl::Postgres(raw.clone()), raw))
}

/// A participant signed in: their session cookie and CSRF token.
pub struct Person {
    pub id: i64,
    pub cookie: String,
    pub csrf: String,
}

/// `n` new participants named "{prefix} 0001"…, each with an open session.
pub async fn signed_in_crowd(
    store: &convene::store::Store,
    consultation_id: i64,
    prefix: &str,
    n: usize,
) -> Vec<Person> {
    use convene::{
        auth::{Role, token},
        domain::{LanguageTag, PersonRole, Viewer, Visibility, directory::NewPerson},
    };
    let crowd: Vec<NewPerson> = (0..n)
        .map(|i| NewPerson {
            display_name: format!("{prefix} {i:04}"),
            organisation: None,
            country: None,
            role: PersonRole::Participant,
            languages: vec![LanguageTag::parse("en").unwrap()],
            email: None,
            visibility: Visibility::Listed,
        })
        .collect();
    store.import_people(consultation_id, &crowd).await.unwrap();
    let mut ids: Vec<(String, i64)> = store
        .directory(consultation_id, Viewer::Organiser)
        .await
        .unwrap()
        .people
        .iter()
        .filter(|p| p.display_name.starts_with(&format!("{prefix} ")))
        .map(|p| (p.display_name.clone(), p.id))
        .collect();
    ids.sort();
    let now = jiff::Timestamp::now();
    let mut people = Vec::new();
    for (_, id) in ids {
        let (cookie, hash) = token::generate();
        let (csrf, _) = token::generate();
        store
            .open_session(
                consultation_id,
                Some(id),
                Role::Participant,
                &hash,
                &csrf,
                now,
                now + jiff::SignedDuration::from_hours(24),
            )
            .await
            .unwrap();
        people.push(Person { id, cookie, csrf });
    }
    people
}

/// Connections the kernel dropped so far, machine-wide, because a listening
/// socket's queue of connections waiting to be accepted was full
/// (`ListenDrops` in /proc/net/netstat). The client's packet is sent again
/// after at least 200 ms, which shows as a slow request.
pub fn listen_drops() -> u64 {
    let netstat = std::fs::read_to_string("/proc/net/netstat").unwrap_or_default();
    let mut tcp_ext = netstat.lines().filter(|l| l.starts_with("TcpExt:"));
    let (Some(names), Some(values)) = (tcp_ext.next(), tcp_ext.next()) else {
        return 0;
    };
    names
        .split_whitespace()
        .zip(values.split_whitespace())
        .find(|(name, _)| *name == "ListenDrops")
        .and_then(|(_, value)| value.parse().ok())
        .unwrap_or(0)
}
