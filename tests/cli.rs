//! The binary as a person runs it: bad input gets one clear line on stderr
//! and a non-zero exit, never a panic.

mod common;

use std::{
    io::{BufRead, BufReader},
    process::{Command, Output, Stdio},
    time::Duration,
};

use common::{Backend, TestDb};

fn convene(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_convene"))
        .args(args)
        .env_remove("CONVENE_DATABASE")
        .env_remove("CONVENE_BIND")
        .env_remove("CONVENE_CONFIG")
        .output()
        .unwrap()
}

/// Asserts a failure with exactly one line on stderr containing `needle`.
fn assert_one_line_error(output: &Output, needle: &str) {
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(!output.status.success(), "succeeded: {stderr}");
    assert!(!stderr.contains("panicked"), "{stderr}");
    assert_eq!(stderr.trim().lines().count(), 1, "not one line: {stderr}");
    assert!(stderr.contains(needle), "{stderr:?} lacks {needle:?}");
}

#[test]
fn help_explains_each_command() {
    let output = convene(&["--help"]);
    assert!(output.status.success());
    let help = String::from_utf8_lossy(&output.stdout);
    assert!(help.contains("serve") && help.contains("demo"), "{help}");
    let serve = String::from_utf8_lossy(&convene(&["serve", "--help"]).stdout).into_owned();
    for flag in ["--bind", "--database", "--demo", "postgres://"] {
        assert!(serve.contains(flag), "serve --help lacks {flag}");
    }
}

#[test]
fn unknown_flag_is_one_line() {
    assert_one_line_error(&convene(&["serve", "--bogus"]), "--bogus");
    assert_one_line_error(&convene(&["frobnicate"]), "frobnicate");
}

#[test]
fn unreachable_postgres_is_one_line_without_password() {
    let output = convene(&[
        "serve",
        "--database",
        "postgres://someone:hunter2@127.0.0.1:1/nothing",
    ]);
    assert_one_line_error(
        &output,
        "cannot open the database postgres://127.0.0.1:1/nothing",
    );
    assert!(!String::from_utf8_lossy(&output.stderr).contains("hunter2"));
}

#[test]
fn a_file_that_is_not_sqlite_is_refused_and_left_alone() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("notes.db");
    let content = "These are my meeting notes, not a database.\n".repeat(200);
    std::fs::write(&path, &content).unwrap();
    let output = convene(&["serve", "--database", path.to_str().unwrap()]);
    assert_one_line_error(&output, "is not a SQLite database");
    assert_eq!(std::fs::read_to_string(&path).unwrap(), content);
}

#[test]
fn a_missing_folder_is_named() {
    let output = convene(&["demo", "--database", "/nonexistent/folder/convene.db"]);
    assert_one_line_error(&output, "its folder does not exist");
}

#[test]
fn a_port_in_use_is_one_line() {
    let taken = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let addr = taken.local_addr().unwrap().to_string();
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("c.db");
    let output = convene(&["serve", "--bind", &addr, "--database", db.to_str().unwrap()]);
    assert_one_line_error(&output, &format!("cannot listen on {addr}"));
}

#[test]
fn a_bad_bind_address_is_one_line() {
    assert_one_line_error(
        &convene(&["serve", "--bind", "localhost"]),
        "invalid bind address",
    );
}

#[test]
fn a_bad_config_file_is_named() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("convene.toml");
    std::fs::write(&path, "bind = 8080\n").unwrap();
    let output = convene(&["--config", path.to_str().unwrap(), "serve"]);
    assert_one_line_error(&output, "convene.toml");
}

async fn demo_loads_once_and_refuses_a_database_with_data(backend: Backend) {
    let db = TestDb::new(backend).await;
    let url = db.cli_url();
    let first = convene(&["demo", "--database", &url]);
    assert!(
        first.status.success(),
        "{}",
        String::from_utf8_lossy(&first.stderr)
    );
    let store = db.store().await;
    let before = store.current_consultation().await.unwrap().unwrap();
    let second = convene(&["demo", "--database", &url]);
    assert_one_line_error(&second, "already holds a consultation");
    let after = store.current_consultation().await.unwrap().unwrap();
    assert_eq!(before.id, after.id);
    assert_eq!(
        store
            .sessions(after.id, convene::domain::Viewer::Organiser)
            .await
            .unwrap()
            .len(),
        10
    );
}

on_both_backends!(demo_loads_once_and_refuses_a_database_with_data);

#[tokio::test]
async fn serve_demo_serves_the_program_and_stops_on_sigterm_with_a_page_listening() {
    let mut child = Command::new(env!("CARGO_BIN_EXE_convene"))
        .args(["serve", "--demo", "--bind", "127.0.0.1:0"])
        .env("CONVENE_LOG", "warn")
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let stdout = child.stdout.take().unwrap();
    let line = tokio::task::spawn_blocking(move || {
        let mut line = String::new();
        BufReader::new(stdout).read_line(&mut line).unwrap();
        line
    });
    let line = tokio::time::timeout(Duration::from_secs(20), line)
        .await
        .expect("server printed its address")
        .unwrap();
    let base = line
        .trim()
        .strip_prefix("convene listening on ")
        .unwrap_or_else(|| panic!("unexpected first line {line:?}"))
        .trim_end_matches('/')
        .to_owned();
    let body = reqwest::get(format!("{base}/program"))
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(body.contains("Global Compact for Migration"));
    // A page listening for live updates does not hold the shutdown up.
    let events = reqwest::get(format!("{base}/events")).await.unwrap();
    assert_eq!(events.status(), 200);

    let pid = child.id().to_string();
    Command::new("kill").args(["-TERM", &pid]).status().unwrap();
    let status = common::eventually(Duration::from_secs(10), || {
        let status = child.try_wait().unwrap();
        async move { status }
    })
    .await;
    assert!(status.success(), "exit status {status:?}");
}

#[test]
fn import_reports_every_bad_row_and_imports_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("c.db");
    let db = db.to_str().unwrap();
    assert!(convene(&["demo", "--database", db]).status.success());
    let csv = dir.path().join("people.csv");
    std::fs::write(
        &csv,
        "name;country;email\nAna;AR;ana@example.org\nBo;Atlantis;\n;MX;\nCy;SG;not-an-email\n",
    )
    .unwrap();
    let output = convene(&[
        "import",
        "participants",
        csv.to_str().unwrap(),
        "--database",
        db,
    ]);
    assert!(!output.status.success());
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(
        stderr.contains("line 3, column country: Unknown country “Atlantis”"),
        "{stderr}"
    );
    assert!(stderr.contains("line 4, column name"), "{stderr}");
    assert!(stderr.contains("line 5, column email"), "{stderr}");
    assert!(
        stderr.contains("nothing imported; 3 problem(s) on 3 row(s)"),
        "{stderr}"
    );

    std::fs::write(&csv, "name;country;email\nAna;AR;ana@example.org\n").unwrap();
    let output = convene(&[
        "import",
        "participants",
        csv.to_str().unwrap(),
        "--database",
        db,
    ]);
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    assert!(stdout.contains("1 new, 0 updated"), "{stdout}");
}

#[test]
fn import_program_previews_applies_and_names_bad_elements() {
    let dir = tempfile::tempdir().unwrap();
    let empty = dir.path().join("empty.db");
    let empty = empty.to_str().unwrap();
    let pretalx = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/data/pretalx-schedule.xml"
    );

    // Into an empty database: the preview stores nothing, --apply creates
    // the consultation from the file's conference.
    let preview = convene(&["import", "program", pretalx, "--database", empty]);
    let stdout = String::from_utf8_lossy(&preview.stdout);
    assert!(
        preview.status.success(),
        "{}",
        String::from_utf8_lossy(&preview.stderr)
    );
    assert!(stdout.contains("Will create 4 session(s)"), "{stdout}");
    assert!(stdout.contains("Nothing stored yet"), "{stdout}");
    let applied = convene(&["import", "program", pretalx, "--database", empty, "--apply"]);
    let stdout = String::from_utf8_lossy(&applied.stdout);
    assert!(
        stdout.contains("Created the consultation \"Regional consultation on safe migration\""),
        "{stdout}"
    );
    assert!(stdout.contains("Created 4 session(s)"), "{stdout}");
    let again = convene(&["import", "program", pretalx, "--database", empty, "--apply"]);
    assert!(String::from_utf8_lossy(&again.stdout).contains("Unchanged: 4"));

    // A broken event: its line and field, nothing imported.
    let text = std::fs::read_to_string(pretalx).unwrap();
    let broken = dir.path().join("broken.xml");
    std::fs::write(
        &broken,
        text.replacen(
            "<duration>00:45</duration>",
            "<duration>forever</duration>",
            1,
        ),
    )
    .unwrap();
    let output = convene(&[
        "import",
        "program",
        broken.to_str().unwrap(),
        "--database",
        empty,
        "--apply",
    ]);
    assert!(!output.status.success());
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(stderr.contains("line 28, column duration"), "{stderr}");
    assert!(
        stderr.contains("nothing imported; 1 problem(s)"),
        "{stderr}"
    );

    // A file over the limit is refused before it is read.
    let huge = dir.path().join("huge.xml");
    let file = std::fs::File::create(&huge).unwrap();
    file.set_len(100 * 1024 * 1024).unwrap();
    let output = convene(&[
        "import",
        "program",
        huge.to_str().unwrap(),
        "--database",
        empty,
    ]);
    assert!(!output.status.success());
    assert!(String::from_utf8_lossy(&output.stderr).contains("at most 10 MB"));
}

#[test]
fn backup_while_serving_and_restore() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("live.db");
    let db = db.to_str().unwrap();
    assert!(convene(&["demo", "--database", db]).status.success());
    let mut server = Command::new(env!("CARGO_BIN_EXE_convene"))
        .args(["serve", "--bind", "127.0.0.1:0", "--database", db])
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let mut line = String::new();
    BufReader::new(server.stdout.take().unwrap())
        .read_line(&mut line)
        .unwrap();
    assert!(line.contains("listening"), "{line}");

    let backup = dir.path().join("backup.db");
    let output = convene(&["backup", backup.to_str().unwrap(), "--database", db]);
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    // Restoring under the running server would lose what it writes next.
    assert_one_line_error(
        &convene(&["restore", backup.to_str().unwrap(), "--database", db]),
        "a convene server is using",
    );
    assert!(
        !std::fs::read_dir(dir.path()).unwrap().any(|e| e
            .unwrap()
            .file_name()
            .to_string_lossy()
            .contains("before-restore")),
        "a refused restore moves nothing aside"
    );
    server.kill().unwrap();
    server.wait().unwrap();
    assert_one_line_error(
        &convene(&["backup", backup.to_str().unwrap(), "--database", db]),
        "exists already",
    );

    // Lose the data, then bring it back.
    std::fs::remove_file(db).unwrap();
    let _ = std::fs::remove_file(format!("{db}-wal"));
    let _ = std::fs::remove_file(format!("{db}-shm"));
    let output = convene(&["restore", backup.to_str().unwrap(), "--database", db]);
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let csv = convene(&["export", "people-csv", "--database", db]);
    assert!(String::from_utf8_lossy(&csv.stdout).contains("Natividad Obeso"));

    let junk = dir.path().join("junk.db");
    std::fs::write(
        &junk,
        "not a database at all, just some words in a file.".repeat(100),
    )
    .unwrap();
    assert_one_line_error(
        &convene(&["restore", junk.to_str().unwrap(), "--database", db]),
        "is not a SQLite database",
    );
    assert!(
        String::from_utf8_lossy(&convene(&["export", "people-csv", "--database", db]).stdout)
            .contains("Natividad Obeso"),
        "a refused restore changes nothing"
    );
}

#[test]
fn place_solves_an_instance_file_and_explains_bad_ones() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("instance.json");
    std::fs::write(
        &file,
        r#"{ "rounds": [{"id": "r1"}, {"id": "r2"}],
  "spaces": [{"id": "s1", "capacity": 20, "languages": ["en", "es"]}],
  "topics": [{"id": "t1", "conveners": ["p1"], "language": "en", "interested": ["p2", "p3"]},
             {"id": "t2", "conveners": ["p4"], "language": "es", "interested": ["p2", "p3"]}],
  "unavailable": [{"person": "p1", "round": "r1"}],
  "weights": {"missed": 1, "overflow": 0.5, "moves": 2} }"#,
    )
    .unwrap();
    let output = convene(&["place", "--input", file.to_str().unwrap(), "--json"]);
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let answer: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    assert_eq!(answer["feasible"], true);
    assert_eq!(answer["score"]["missed"], 0);
    let t1 = answer["placement"]
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["topic"] == "t1")
        .unwrap();
    assert_eq!(t1["round"], "r2", "p1 is away in r1");
    assert!(answer["lower_bound"].is_number());

    let text = convene(&["place", "--input", file.to_str().unwrap()]);
    assert!(String::from_utf8_lossy(&text.stdout).contains("score 0.0"));

    std::fs::write(&file, "{ \"rounds\": [}").unwrap();
    assert_one_line_error(
        &convene(&["place", "--input", file.to_str().unwrap()]),
        "line 1, column",
    );
    std::fs::write(
        &file,
        r#"{"rounds": [{"id": "r"}], "spaces": [{"id": "s", "capacity": 3}], "topics": [{"id": "a"}, {"id": "a"}]}"#,
    )
    .unwrap();
    assert_one_line_error(
        &convene(&["place", "--input", file.to_str().unwrap()]),
        "duplicate topic id \"a\"",
    );
    std::fs::write(
        &file,
        r#"{"rounds": [{"id": "r"}], "spaces": [{"id": "s", "capacity": 3}], "topics": [{"id": "a"}, {"id": "b"}]}"#,
    )
    .unwrap();
    let infeasible = convene(&["place", "--input", file.to_str().unwrap(), "--json"]);
    assert!(infeasible.status.success());
    let answer: serde_json::Value = serde_json::from_slice(&infeasible.stdout).unwrap();
    assert_eq!(answer["feasible"], false);
    assert!(
        answer["explanation"]
            .as_str()
            .unwrap()
            .contains("2 topics need a cell each")
    );
}

async fn place_applies_a_proposal_to_the_board(backend: Backend) {
    let db = TestDb::new(backend).await;
    let store = db.store().await;
    let id = convene::load_demo(&store).await.unwrap();
    let url = db.cli_url();
    let output = convene(&[
        "place",
        "--database",
        &url,
        "--round",
        "Round 2",
        "--round",
        "Round 3",
        "--apply",
    ]);
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert!(stdout.contains("Applied: 7 topics moved."), "{stdout}");
    assert!(
        stdout.contains("GAATW Secretariat"),
        "titles, not ids: {stdout}"
    );
    let board = store.board(id).await.unwrap();
    assert!(board.topics.iter().all(|t| t.is_placed()));
    let round1 = board
        .rounds
        .iter()
        .find(|r| r.label == "Round 1")
        .unwrap()
        .id;
    assert!(
        board.topics.iter().all(|t| t.round_id != Some(round1)),
        "only the rounds asked for"
    );
    let unknown = convene(&["place", "--database", &url, "--round", "Round 9"]);
    assert_one_line_error(&unknown, "no round \"Round 9\"");
}

on_both_backends!(place_applies_a_proposal_to_the_board);
