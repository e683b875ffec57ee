//! Invitations by e-mail through a real SMTP server on this machine
//! (Python's aiosmtpd, from the test environment): 200 people, one address
//! refused, a double click, a server busy for a while, a refused login;
//! and signing in with a link taken from a received message.

mod common;

use std::{
    io::{BufRead, BufReader},
    path::{Path, PathBuf},
    process::{Child, Command, Stdio},
    time::{Duration, Instant},
};

use common::{Backend, TestApp, TestDb, eventually};
use convene::{
    domain::{PersonRole, Visibility, directory::NewPerson},
    mail::{MailSettings, Mailer},
};

/// The Python that has aiosmtpd: `scripts/test` sets CONVENE_TEST_PYTHON
/// to the test environment's, and then it must have it (so CI cannot pass
/// by skipping). Without the variable, a bare `cargo test` skips these
/// tests when no `python3` with aiosmtpd is found.
fn python() -> Option<String> {
    let given = std::env::var("CONVENE_TEST_PYTHON").ok();
    let python = given.clone().unwrap_or_else(|| "python3".into());
    let ok = Command::new(&python)
        .args(["-c", "import aiosmtpd"])
        .stderr(Stdio::null())
        .status()
        .is_ok_and(|s| s.success());
    assert!(
        ok || given.is_none(),
        "CONVENE_TEST_PYTHON={python} has no aiosmtpd (pip install -r tests/interop/requirements.txt)"
    );
    ok.then_some(python)
}

/// The sink, killed when dropped.
struct Sink {
    child: Child,
    port: u16,
    dir: tempfile::TempDir,
}

impl Drop for Sink {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

impl Sink {
    fn start(python: &str, options: &[&str]) -> Sink {
        let port = std::net::TcpListener::bind("127.0.0.1:0")
            .unwrap()
            .local_addr()
            .unwrap()
            .port();
        let dir = tempfile::tempdir().unwrap();
        let script = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/interop/smtp_sink.py");
        let mut child = Command::new(python)
            .arg(script)
            .arg(port.to_string())
            .arg(dir.path())
            .args(options)
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .spawn()
            .unwrap();
        let mut line = String::new();
        BufReader::new(child.stdout.take().unwrap())
            .read_line(&mut line)
            .unwrap();
        assert_eq!(line.trim(), "ready", "the mail sink started");
        Sink { child, port, dir }
    }

    fn messages(&self) -> Vec<serde_json::Value> {
        let mut files: Vec<PathBuf> = std::fs::read_dir(self.dir.path())
            .unwrap()
            .map(|e| e.unwrap().path())
            .filter(|p| p.extension().is_some_and(|e| e == "json"))
            .collect();
        files.sort();
        files
            .iter()
            .map(|p| serde_json::from_str(&std::fs::read_to_string(p).unwrap()).unwrap())
            .collect()
    }

    fn mailer(&self, user: Option<&str>) -> std::sync::Arc<Mailer> {
        std::sync::Arc::new(
            Mailer::new(&MailSettings {
                url: format!("smtp://127.0.0.1:{}", self.port),
                from: "Consultation secretariat <secretariat@example.org>".into(),
                user: user.map(str::to_owned),
                password: user.map(|_| "wrong".to_owned()),
            })
            .unwrap(),
        )
    }
}

fn crowd(n: usize) -> Vec<NewPerson> {
    (0..n)
        .map(|i| NewPerson {
            display_name: format!("Invitee {i:03}"),
            organisation: None,
            country: None,
            role: PersonRole::Participant,
            languages: vec![
                convene::domain::LanguageTag::parse(if i % 2 == 0 { "es" } else { "id" }).unwrap(),
            ],
            email: Some(if i == 7 {
                "nobody@example.org".to_owned()
            } else {
                format!("invitee{i:03}@example.org")
            }),
            visibility: Visibility::Organisers,
        })
        .collect()
}

/// The form key of the invitations page's e-mail forms.
async fn form_key(org: &common::SignedIn) -> String {
    let (status, page) = org.text("/admin/invitations").await;
    assert_eq!(status, 200);
    page.split("name=\"form_key\" value=\"")
        .nth(1)
        .and_then(|rest| rest.split('"').next())
        .expect("the page offers to send by e-mail")
        .to_owned()
}

async fn two_hundred_invitations_one_refused(backend: Backend) {
    let Some(python) = python() else {
        eprintln!("skipped: no Python with aiosmtpd (set CONVENE_TEST_PYTHON)");
        return;
    };
    let sink = Sink::start(&python, &["--refuse", "nobody@example.org"]);
    let db = TestDb::new(backend).await;
    let store = db.store().await;
    let id = convene::load_demo(&store).await.unwrap();
    store.import_people(id, &crowd(200)).await.unwrap();
    let settings = convene::ServeSettings {
        mailer: Some(sink.mailer(None)),
        ..Default::default()
    };
    let app = TestApp::spawn_with(store.clone(), settings).await;
    let org = app.organiser().await;

    let key = form_key(&org).await;
    let started = Instant::now();
    let form = [("who", "not-yet-in"), ("form_key", key.as_str())];
    let first = org.post("/admin/invitations/email", &form).await;
    assert_eq!(first.status(), 303);
    assert_eq!(first.headers()["location"], "/admin/invitations?queued=200");
    // A double click sends the same form again: nothing more is queued.
    let second = org.post("/admin/invitations/email", &form).await;
    assert_eq!(
        second.headers()["location"],
        "/admin/invitations?repeated=1"
    );

    let statuses = eventually(Duration::from_secs(120), || async {
        let all = store.invitation_mail_status(id).await.unwrap();
        let done = all.len() == 200 && all.iter().all(|m| m.state == "sent" || m.state == "failed");
        done.then_some(all)
    })
    .await;
    let took = started.elapsed();
    eprintln!(
        "200 invitations by e-mail ({backend:?}): {} ms",
        took.as_millis()
    );
    let failed: Vec<_> = statuses.iter().filter(|m| m.state == "failed").collect();
    assert_eq!(failed.len(), 1);
    assert_eq!(failed[0].address, "nobody@example.org");
    assert!(
        failed[0].reply.as_deref().unwrap().contains("550"),
        "{:?}",
        failed[0].reply
    );

    let messages = sink.messages();
    assert_eq!(messages.len(), 199, "one message per person, none twice");
    let mut recipients: Vec<&str> = messages
        .iter()
        .map(|m| m["rcpt"][0].as_str().unwrap())
        .collect();
    recipients.sort();
    recipients.dedup();
    assert_eq!(recipients.len(), 199);

    // In the person's language, with the QR code inline.
    let title = store.current_consultation().await.unwrap().unwrap().title;
    let subject_in = |lang: &str| {
        convene::i18n::i18n()
            .lang(lang)
            .t("invitation-mail-subject")
            .replace("{consultation}", &title)
    };
    let to_42 = messages
        .iter()
        .find(|m| m["rcpt"][0] == "invitee042@example.org")
        .unwrap();
    assert_eq!(to_42["subject"], subject_in("es").as_str(), "in Spanish");
    assert_eq!(to_42["images"], 1);
    assert!(
        to_42["html"]
            .as_str()
            .unwrap()
            .contains("cid:sign-in-qr@convene")
    );
    let to_43 = messages
        .iter()
        .find(|m| m["rcpt"][0] == "invitee043@example.org")
        .unwrap();
    assert_eq!(to_43["subject"], subject_in("id").as_str(), "in Indonesian");
    assert_ne!(subject_in("es"), subject_in("id"));

    // The page shows the refusal with the server's reply.
    let (_, page) = org.text("/admin/invitations").await;
    assert!(page.contains("199 sent"), "progress on the page");
    assert!(
        page.contains("Not sent to nobody@example.org: 550"),
        "the reply, on the page"
    );

    // The audit log records each sending without its link.
    let (_, audit) = org.text("/admin/audit").await;
    assert!(audit.contains("sent an invitation by e-mail"));
    assert!(!audit.contains("/signin/"), "no link in the audit log");

    // Sign in with the link as received.
    let text = to_42["text"].as_str().unwrap();
    let link = text
        .split_whitespace()
        .find(|w| w.starts_with(&format!("{}/signin/", app.base)))
        .expect("the message holds the link");
    let invitee = app.sign_in_with(link).await;
    let (_, account) = invitee.text("/account").await;
    assert!(account.contains("Invitee 042"));

    // A re-sent link revokes the old one, once the new one is sent.
    let person_41 = store
        .person_id_by_name(id, "Invitee 041")
        .await
        .unwrap()
        .unwrap();
    let old_link = messages
        .iter()
        .find(|m| m["rcpt"][0] == "invitee041@example.org")
        .and_then(|m| {
            m["text"]
                .as_str()
                .unwrap()
                .split_whitespace()
                .find(|w| w.contains("/signin/"))
                .map(str::to_owned)
        })
        .unwrap();
    let key = form_key(&org).await;
    let one = format!("{key}-{person_41}");
    let resent = org
        .post(
            "/admin/invitations/email",
            &[("who", &person_41.to_string()), ("form_key", &one)],
        )
        .await;
    assert_eq!(resent.headers()["location"], "/admin/invitations?queued=1");
    eventually(Duration::from_secs(30), || async {
        (sink.messages().len() == 200).then_some(())
    })
    .await;
    let client = reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .unwrap();
    let response = client.post(&old_link).send().await.unwrap();
    assert_ne!(response.status(), 303, "the old link no longer signs in");
}

async fn a_busy_server_is_tried_again_and_a_refused_login_is_reported(backend: Backend) {
    let Some(python) = python() else {
        eprintln!("skipped: no Python with aiosmtpd (set CONVENE_TEST_PYTHON)");
        return;
    };
    // Busy for the first two messages: 451, then accepted on a later try.
    let busy = Sink::start(&python, &["--busy", "2"]);
    let db = TestDb::new(backend).await;
    let store = db.store().await;
    let id = convene::load_demo(&store).await.unwrap();
    store.import_people(id, &crowd(3)).await.unwrap();
    let settings = convene::ServeSettings {
        mailer: Some(busy.mailer(None)),
        ..Default::default()
    };
    let app = TestApp::spawn_with(store.clone(), settings).await;
    let org = app.organiser().await;
    let key = form_key(&org).await;
    org.post(
        "/admin/invitations/email",
        &[("who", "everyone"), ("form_key", &key)],
    )
    .await;
    let statuses = eventually(Duration::from_secs(60), || async {
        let all = store.invitation_mail_status(id).await.unwrap();
        (all.len() == 3 && all.iter().all(|m| m.state == "sent")).then_some(all)
    })
    .await;
    assert!(
        statuses.iter().any(|m| m.attempts > 1),
        "tried again after 451"
    );
    assert_eq!(busy.messages().len(), 3);

    // A server that refuses the login: every message fails, with its reply.
    let strict = Sink::start(&python, &["--refuse-login"]);
    let db = TestDb::new(backend).await;
    let store = db.store().await;
    let id = convene::load_demo(&store).await.unwrap();
    store.import_people(id, &crowd(2)).await.unwrap();
    let settings = convene::ServeSettings {
        mailer: Some(strict.mailer(Some("secretariat"))),
        ..Default::default()
    };
    let app = TestApp::spawn_with(store.clone(), settings).await;
    let org = app.organiser().await;
    let key = form_key(&org).await;
    org.post(
        "/admin/invitations/email",
        &[("who", "everyone"), ("form_key", &key)],
    )
    .await;
    let statuses = eventually(Duration::from_secs(60), || async {
        let all = store.invitation_mail_status(id).await.unwrap();
        (all.len() == 2 && all.iter().all(|m| m.state == "failed")).then_some(all)
    })
    .await;
    assert!(
        statuses[0].reply.as_deref().unwrap().contains("535"),
        "{:?}",
        statuses[0].reply
    );
    assert!(strict.messages().is_empty());
}

/// Without a mail server the page says how to configure one, and still
/// offers badges; sending is refused with the reason.
#[tokio::test]
async fn without_a_mail_server_the_page_says_how() {
    let db = TestDb::new(Backend::Sqlite).await;
    let store = db.store().await;
    convene::load_demo(&store).await.unwrap();
    let app = TestApp::spawn(store).await;
    let org = app.organiser().await;
    let (_, page) = org.text("/admin/invitations").await;
    assert!(page.contains("smtp_url"), "how to configure it");
    assert!(page.contains("Make badges for everyone"));
    let refused = org
        .post(
            "/admin/invitations/email",
            &[("who", "everyone"), ("form_key", "0123456789abcdef0123")],
        )
        .await;
    assert_eq!(refused.status(), 409);
}

on_both_backends!(
    two_hundred_invitations_one_refused,
    a_busy_server_is_tried_again_and_a_refused_login_is_reported,
);
