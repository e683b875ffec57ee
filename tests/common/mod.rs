//! Test helpers: a fresh database per test on either backend, and the real
//! server on a random port.
#![allow(dead_code)]

use std::{
    str::FromStr,
    sync::atomic::{AtomicU32, Ordering},
    time::{Duration, Instant},
};

use convene::store::{DatabaseUrl, Store};
use sqlx::{Connection, postgres::PgConnection};
use tokio::sync::oneshot;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Backend {
    Sqlite,
    Postgres,
}

/// The PostgreSQL server the tests use; each test creates its own database there.
pub fn postgres_admin_url() -> String {
    std::env::var("CONVENE_TEST_POSTGRES")
        .unwrap_or_else(|_| "postgres://postgres@127.0.0.1:5432/test".to_owned())
}

/// A database that exists for one test: a file in a temporary folder, or a
/// uniquely named PostgreSQL database dropped when the test ends.
pub struct TestDb {
    pub url: DatabaseUrl,
    _dir: Option<tempfile::TempDir>,
    pg_name: Option<String>,
}

impl TestDb {
    pub async fn new(backend: Backend) -> TestDb {
        match backend {
            Backend::Sqlite => {
                let dir = tempfile::tempdir().unwrap();
                let path = dir.path().join("test.db").to_string_lossy().into_owned();
                TestDb {
                    url: DatabaseUrl::SqliteFile(path),
                    _dir: Some(dir),
                    pg_name: None,
                }
            }
            Backend::Postgres => {
                static COUNTER: AtomicU32 = AtomicU32::new(0);
                let name = format!(
                    "convene_test_{}_{}_{}",
                    std::process::id(),
                    COUNTER.fetch_add(1, Ordering::Relaxed),
                    jiff::Timestamp::now().as_nanosecond() % 1_000_000_000
                );
                let admin = postgres_admin_url();
                let mut conn = PgConnection::connect(&admin).await.unwrap_or_else(|e| {
                    panic!("PostgreSQL for tests at {admin} (set CONVENE_TEST_POSTGRES): {e}")
                });
                sqlx::query(&format!("CREATE DATABASE {name}"))
                    .execute(&mut conn)
                    .await
                    .unwrap();
                conn.close().await.unwrap();
                TestDb {
                    url: DatabaseUrl::Postgres(with_database(&admin, &name)),
                    _dir: None,
                    pg_name: Some(name),
                }
            }
        }
    }

    pub async fn store(&self) -> Store {
        Store::open(&self.url).await.unwrap()
    }

    /// The URL as the command line takes it.
    pub fn cli_url(&self) -> String {
        match &self.url {
            DatabaseUrl::SqliteFile(p) => p.clone(),
            DatabaseUrl::Postgres(u) => u.clone(),
        }
    }
}

impl Drop for TestDb {
    fn drop(&mut self) {
        let Some(name) = self.pg_name.take() else {
            return;
        };
        // Drop runs inside the test's runtime; use a thread with its own.
        let admin = postgres_admin_url();
        let _ = std::thread::spawn(move || {
            let rt = tokio::runtime::Builder::new_current_thread()
                .enable_all()
                .build()
                .unwrap();
            rt.block_on(async {
                if let Ok(mut conn) = PgConnection::connect(&admin).await {
                    let _ = sqlx::query(&format!("DROP DATABASE IF EXISTS {name} WITH (FORCE)"))
                        .execute(&mut conn)
                        .await;
                }
            });
        })
        .join();
    }
}

fn with_database(url: &str, name: &str) -> String {
    let (base, query) = match url.split_once('?') {
        Some((b, q)) => (b, format!("?{q}")),
        None => (url, String::new()),
    };
    let (server, _) = base
        .rsplit_once('/')
        .expect("postgres URL has a database path");
    assert!(sqlx::postgres::PgConnectOptions::from_str(url).is_ok());
    format!("{server}/{name}{query}")
}

/// The real server, in-process, on a random port.
pub struct TestApp {
    pub base: String,
    /// An anonymous client: no session.
    pub client: reqwest::Client,
    pub store: Store,
    stop: Option<oneshot::Sender<()>>,
}

impl TestApp {
    pub async fn spawn(store: Store) -> TestApp {
        Self::spawn_with(store, Default::default()).await
    }

    pub async fn spawn_with(store: Store, settings: convene::ServeSettings) -> TestApp {
        let listener = convene::web::http::listen("127.0.0.1:0".parse().unwrap()).unwrap();
        let base = format!("http://{}", listener.local_addr().unwrap());
        let (stop, stopped) = oneshot::channel::<()>();
        let served = store.clone();
        tokio::spawn(async move {
            convene::serve(listener, served, settings, async {
                let _ = stopped.await;
            })
            .await
            .unwrap();
        });
        TestApp {
            base,
            client: reqwest::Client::new(),
            store,
            stop: Some(stop),
        }
    }

    /// A client signed in as the person, through a sign-in link, as a
    /// browser would be; and its CSRF token.
    pub async fn signed_in(&self, person_id: i64) -> SignedIn {
        let token = convene::issue_sign_in_link(&self.store, person_id, 1)
            .await
            .unwrap();
        self.sign_in_with(&format!("{}/signin/{token}", self.base))
            .await
    }

    /// A client signed in through the sign-in link `link`, as a browser.
    pub async fn sign_in_with(&self, link: &str) -> SignedIn {
        let client = reqwest::Client::builder()
            .cookie_store(true)
            .redirect(reqwest::redirect::Policy::none())
            .build()
            .unwrap();
        let response = client.post(link).send().await.unwrap();
        assert_eq!(response.status(), 303, "sign-in redirects home");
        let account = client
            .get(format!("{}/account", self.base))
            .send()
            .await
            .unwrap()
            .text()
            .await
            .unwrap();
        let csrf = account
            .split("name=\"csrf\" value=\"")
            .nth(1)
            .and_then(|rest| rest.split('"').next())
            .expect("the account page has forms with the CSRF token")
            .to_owned();
        SignedIn {
            base: self.base.clone(),
            client,
            csrf,
        }
    }

    /// Signs in as a new organiser of the current consultation.
    pub async fn organiser(&self) -> SignedIn {
        let c = self.store.current_consultation().await.unwrap().unwrap();
        let id = self
            .store
            .add_organiser(c.id, "Test organiser")
            .await
            .unwrap();
        self.signed_in(id).await
    }

    /// Signs in as a person of the demo, by name.
    pub async fn as_person(&self, name: &str) -> SignedIn {
        let c = self.store.current_consultation().await.unwrap().unwrap();
        let id = self
            .store
            .person_id_by_name(c.id, name)
            .await
            .unwrap()
            .unwrap();
        self.signed_in(id).await
    }

    pub async fn get(&self, path: &str) -> reqwest::Response {
        self.client
            .get(format!("{}{path}", self.base))
            .send()
            .await
            .unwrap()
    }

    pub async fn text(&self, path: &str) -> (u16, String) {
        let response = self.get(path).await;
        let status = response.status().as_u16();
        (status, response.text().await.unwrap())
    }
}

impl Drop for TestApp {
    fn drop(&mut self) {
        if let Some(stop) = self.stop.take() {
            let _ = stop.send(());
        }
    }
}

#[derive(Clone)]
pub struct SignedIn {
    pub base: String,
    pub client: reqwest::Client,
    pub csrf: String,
}

impl SignedIn {
    /// A form POST with this session's CSRF token, as the page's form sends it.
    pub async fn post(&self, path: &str, form: &[(&str, &str)]) -> reqwest::Response {
        let sep = if path.contains('?') { '&' } else { '?' };
        self.client
            .post(format!("{}{path}{sep}csrf={}", self.base, self.csrf))
            .form(form)
            .send()
            .await
            .unwrap()
    }

    /// Uploads a file as an import page's form does.
    pub async fn upload(&self, path: &str, file_name: &str, bytes: &[u8]) -> reqwest::Response {
        let form = reqwest::multipart::Form::new().part(
            "file",
            reqwest::multipart::Part::bytes(bytes.to_vec()).file_name(file_name.to_owned()),
        );
        self.client
            .post(format!("{}{path}?csrf={}", self.base, self.csrf))
            .multipart(form)
            .send()
            .await
            .unwrap()
    }

    pub async fn get(&self, path: &str) -> reqwest::Response {
        self.client
            .get(format!("{}{path}", self.base))
            .send()
            .await
            .unwrap()
    }

    pub async fn text(&self, path: &str) -> (u16, String) {
        let response = self.get(path).await;
        let status = response.status().as_u16();
        (status, response.text().await.unwrap())
    }
}

/// A fresh database with the demo loaded and the server running on it.
pub struct Demo {
    pub store: Store,
    /// The demo consultation's id.
    pub id: i64,
    pub app: TestApp,
    /// Kept to the end of the test: dropping it removes the database.
    pub db: TestDb,
}

pub async fn demo(backend: Backend) -> Demo {
    let db = TestDb::new(backend).await;
    let store = db.store().await;
    let id = convene::load_demo(&store).await.unwrap();
    let app = TestApp::spawn(store.clone()).await;
    Demo { store, id, app, db }
}

/// Polls `check` until it returns `Some`, or panics after `deadline`.
pub async fn eventually<T, F, Fut>(deadline: Duration, mut check: F) -> T
where
    F: FnMut() -> Fut,
    Fut: std::future::Future<Output = Option<T>>,
{
    let start = Instant::now();
    loop {
        if let Some(value) = check().await {
            return value;
        }
        assert!(
            start.elapsed() < deadline,
            "condition not met within {deadline:?}"
        );
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
}

/// Declares one test per backend that runs `$body(Backend)`.
#[macro_export]
macro_rules! on_both_backends {
    ($($name:ident),* $(,)?) => {
        $(
            mod $name {
                use super::*;
                #[tokio::test]
                async fn sqlite() {
                    super::$name(common::Backend::Sqlite).await
                }
                #[tokio::test]
                async fn postgres() {
                    super::$name(common::Backend::Postgres).await
                }
            }
        )*
    };
}
