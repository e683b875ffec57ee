//! The role × route table: every route of the access table requested as
//! every role, with the program public and private, checked against the
//! rule. A route the router serves but the table lacks is denied to all,
//! so its own tests fail until it has an entry.

mod common;

use common::{Backend, TestApp, TestDb};
use convene::auth::{Role, access::Rule};
use reqwest::{Method, StatusCode};

fn concrete(path: &str, first_day: &str) -> String {
    path.replace("{id}", "1")
        .replace("{date}", first_day)
        .replace("{key}", "ID-SG")
        .replace("{name}", "style.css")
        .replace("{token}", "not-a-real-token")
}

/// True when the answer is a refusal by the access layer. A handler's own
/// refusal of one object (a participant calling the next speaker of a
/// session they do not facilitate) is a 403 with another message.
fn refused(status: StatusCode, location: Option<&str>, body: &str) -> bool {
    // Every page's language switcher carries the CSRF token: look for the
    // refusal's own words, not the token.
    let by_access_layer = body.contains("not open to your role")
        || body.contains("not allowed for your role")
        || body.contains("CSRF token")
        || body.contains("cross-site request")
        || body.contains("request from another origin");
    status == StatusCode::UNAUTHORIZED
        || (status == StatusCode::FORBIDDEN && by_access_layer)
        || (status == StatusCode::SEE_OTHER && location == Some("/signin"))
}

async fn every_route_as_every_role(backend: Backend) {
    let db = TestDb::new(backend).await;
    let store = db.store().await;
    let id = convene::load_demo(&store).await.unwrap();
    let first_day = store
        .current_consultation()
        .await
        .unwrap()
        .unwrap()
        .start_date
        .to_string();
    // This test signs in hundreds of times from one address.
    let settings = convene::ServeSettings {
        sign_ins_per_minute: std::num::NonZeroU32::new(100_000),
        ..Default::default()
    };
    let app = TestApp::spawn_with(store.clone(), settings).await;
    let organiser = store.add_organiser(id, "Table organiser").await.unwrap();
    let facilitator = store
        .person_id_by_name(id, "Diana Cano")
        .await
        .unwrap()
        .unwrap();
    let participant = store
        .person_id_by_name(id, "Amin Muftiyanah")
        .await
        .unwrap()
        .unwrap();

    let table = convene::server::access_table();
    let mut checked = 0;
    for program_public in [true, false] {
        store.set_program_public(id, program_public).await.unwrap();
        for role in [
            Role::Organiser,
            Role::Facilitator,
            Role::Participant,
            Role::Screen,
            Role::Anonymous,
        ] {
            for entry in table.entries() {
                let (method, path, rule) = (entry.method.as_str(), entry.path.as_str(), entry.rule);
                let (client, csrf) = match role {
                    Role::Organiser => signed(&app, organiser).await,
                    Role::Facilitator => signed(&app, facilitator).await,
                    Role::Participant => signed(&app, participant).await,
                    Role::Screen => screen(&app, id).await,
                    _ => (
                        reqwest::Client::builder()
                            .redirect(reqwest::redirect::Policy::none())
                            .build()
                            .unwrap(),
                        String::new(),
                    ),
                };
                let url = format!("{}{}?csrf={csrf}", app.base, concrete(path, &first_day));
                let response = client
                    .request(Method::from_bytes(method.as_bytes()).unwrap(), &url)
                    .send()
                    .await
                    .unwrap();
                let status = response.status();
                let location = response
                    .headers()
                    .get("location")
                    .and_then(|l| l.to_str().ok())
                    .map(str::to_owned);
                // Only refusals are read: the event stream never ends.
                let body = if status == StatusCode::FORBIDDEN {
                    response.text().await.unwrap_or_default()
                } else {
                    String::new()
                };
                let expected = rule.allows(role, program_public);
                assert_eq!(
                    !refused(status, location.as_deref(), &body),
                    expected,
                    "{method} {path} as {role:?} (public program: {program_public}): {status} {location:?}"
                );
                assert!(
                    !status.is_server_error(),
                    "{method} {path} as {role:?}: {status}"
                );
                checked += 1;
            }
        }
    }
    assert_eq!(checked, table.entries().len() * 5 * 2);
}

async fn signed(app: &TestApp, person: i64) -> (reqwest::Client, String) {
    let s = app.signed_in(person).await;
    (s.client, s.csrf)
}

/// A client signed in as a screen through a screen link; its CSRF token
/// comes from the store, since a screen has no account page.
async fn screen(app: &TestApp, consultation: i64) -> (reqwest::Client, String) {
    let token = convene::issue_screen_link(&app.store, consultation, "Projector", 1)
        .await
        .unwrap();
    let response = reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .unwrap()
        .post(format!("{}/signin/{token}", app.base))
        .send()
        .await
        .unwrap();
    let cookie = response
        .cookies()
        .find(|c| c.name() == "convene_session")
        .expect("a session cookie")
        .value()
        .to_owned();
    let principal = app
        .store
        .session_principal(&convene::auth::token::hash(&cookie), jiff::Timestamp::now())
        .await
        .unwrap()
        .unwrap();
    assert_eq!(principal.role, Role::Screen);
    let mut headers = reqwest::header::HeaderMap::new();
    headers.insert(
        "cookie",
        format!("convene_session={cookie}").parse().unwrap(),
    );
    let client = reqwest::Client::builder()
        .default_headers(headers)
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .unwrap();
    (client, principal.csrf_token)
}

on_both_backends!(every_route_as_every_role);

/// The rules themselves, for the routes where a mistake would leak.
#[test]
fn sensitive_routes_have_the_strict_rules() {
    let table = convene::server::access_table();
    let rule = |m: &str, p: &str| table.rule(&m.parse().unwrap(), p).unwrap();
    assert_eq!(rule("GET", "/people"), Rule::People);
    assert_eq!(rule("GET", "/api/v1/people"), Rule::People);
    assert_eq!(rule("GET", "/api/v1/people/{id}"), Rule::People);
    assert_eq!(rule("GET", "/export/people.csv"), Rule::Organisers);
    assert_eq!(rule("POST", "/import/participants"), Rule::Organisers);
    assert_eq!(rule("GET", "/admin/audit"), Rule::Organisers);
    assert!(table.rule(&"DELETE".parse().unwrap(), "/people").is_none());
    assert_eq!(rule("HEAD", "/program"), Rule::Program);
    assert!(
        table
            .rule(&"GET".parse().unwrap(), "/not-declared")
            .is_none()
    );
    assert_eq!(table.methods("/api/v1/rooms/{id}"), ["PUT", "DELETE"]);
}

#[tokio::test]
async fn state_changes_need_the_csrf_token_and_the_same_origin() {
    let common::Demo { app, db: _db, .. } = common::demo(Backend::Sqlite).await;
    let organiser = app.organiser().await;
    let post = |query: &str, origin: Option<&str>| {
        let mut request = organiser
            .client
            .post(format!("{}/signout{query}", app.base));
        if let Some(origin) = origin {
            request = request.header("origin", origin);
        }
        request.send()
    };
    assert_eq!(post("", None).await.unwrap().status(), 403, "no token");
    assert_eq!(
        post("?csrf=forged", None).await.unwrap().status(),
        403,
        "wrong token"
    );
    let csrf = format!("?csrf={}", organiser.csrf);
    let other = post(&csrf, Some("https://evil.example")).await.unwrap();
    assert_eq!(other.status(), 403, "another origin");
    // Still signed in after the refusals: nothing changed.
    assert_eq!(organiser.get("/admin/audit").await.status(), 200);
    let ok = post(&csrf, None).await.unwrap();
    assert_eq!(ok.status(), 303);
    let after = organiser.get("/admin/audit").await;
    assert_eq!(after.status(), 303, "signed out");
    assert_eq!(after.headers()["location"], "/signin");
}

/// Forms carry the token in a hidden field, so that the page a POST
/// answers with never shows it in the address bar.
#[tokio::test]
async fn forms_send_the_csrf_token_in_their_body_never_in_the_address() {
    let common::Demo { app, db: _db, .. } = common::demo(Backend::Sqlite).await;
    let organiser = app.organiser().await;
    for page in [
        "/open-space",
        "/account",
        "/admin/program",
        "/import/participants",
    ] {
        let (_, html) = organiser.text(page).await;
        assert!(!html.contains("?csrf="), "{page} puts the token in a URL");
        assert!(
            html.contains("name=\"csrf\""),
            "{page} has forms with the token"
        );
    }
    let wrong = organiser
        .client
        .post(format!("{}/account", app.base))
        .form(&[("csrf", "forged"), ("display_name", "Nobody")])
        .send()
        .await
        .unwrap();
    assert_eq!(wrong.status(), 403, "a forged token in the body");
    let right = organiser
        .client
        .post(format!("{}/signout", app.base))
        .form(&[("csrf", organiser.csrf.as_str())])
        .send()
        .await
        .unwrap();
    assert_eq!(right.status(), 303);
    assert_eq!(
        organiser.get("/admin/audit").await.status(),
        303,
        "signed out"
    );
}

#[tokio::test]
async fn sign_in_links_work_once_and_sessions_end() {
    let common::Demo {
        store,
        id,
        app,
        db: _db,
    } = common::demo(Backend::Sqlite).await;
    let person = store
        .person_id_by_name(id, "Alex Au")
        .await
        .unwrap()
        .unwrap();
    let token = convene::issue_sign_in_link(&store, person, 1)
        .await
        .unwrap();

    let (status, page) = app.text(&format!("/signin/{token}")).await;
    assert_eq!(status, 200);
    assert!(
        page.contains("You are signing in as Alex Au."),
        "following the link changes nothing"
    );
    let first = reqwest::Client::builder()
        .cookie_store(true)
        .build()
        .unwrap();
    let redeemed = first
        .post(format!("{}/signin/{token}", app.base))
        .send()
        .await
        .unwrap();
    assert_eq!(redeemed.url().path(), "/");
    let again = app
        .client
        .post(format!("{}/signin/{token}", app.base))
        .send()
        .await
        .unwrap();
    assert_eq!(again.status(), 404, "a used link is refused");
    assert!(again.text().await.unwrap().contains("cannot be used"));
    let forged = app
        .client
        .post(format!("{}/signin/forged", app.base))
        .send()
        .await
        .unwrap();
    assert_eq!(forged.status(), 404);

    // Sign out everywhere ends every session of the person.
    let second = app.signed_in(person).await;
    let account = first
        .get(format!("{}/account", app.base))
        .send()
        .await
        .unwrap();
    assert_eq!(account.url().path(), "/account");
    let response = second
        .client
        .post(format!(
            "{}/signout/everywhere?csrf={}",
            app.base, second.csrf
        ))
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 303);
    let after = first
        .get(format!("{}/account", app.base))
        .send()
        .await
        .unwrap();
    assert_eq!(
        after.url().path(),
        "/signin",
        "the other device is signed out too"
    );
}

#[tokio::test]
async fn session_cookie_is_http_only_and_lax() {
    let common::Demo {
        store,
        id,
        app,
        db: _db,
    } = common::demo(Backend::Sqlite).await;
    let person = store
        .person_id_by_name(id, "Alex Au")
        .await
        .unwrap()
        .unwrap();
    let token = convene::issue_sign_in_link(&store, person, 1)
        .await
        .unwrap();
    let client = reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .unwrap();
    let response = client
        .post(format!("{}/signin/{token}", app.base))
        .send()
        .await
        .unwrap();
    let cookie = response.headers()["set-cookie"]
        .to_str()
        .unwrap()
        .to_owned();
    assert!(cookie.starts_with("convene_session="), "{cookie}");
    assert!(
        cookie.contains("HttpOnly") && cookie.contains("SameSite=Lax") && cookie.contains("Path=/")
    );
    assert!(
        !cookie.contains(&token),
        "the link's token is not the session's"
    );
}

#[tokio::test]
async fn sign_in_is_rate_limited_per_address_and_forwarded_for_is_not_believed() {
    let common::Demo { app, db: _db, .. } = common::demo(Backend::Sqlite).await;
    let mut limited = 0;
    for i in 0..200 {
        let response = app
            .client
            .get(format!("{}/signin/guess-{i}", app.base))
            .header("x-forwarded-for", format!("198.51.100.{}", i % 250))
            .send()
            .await
            .unwrap();
        match response.status().as_u16() {
            404 => {}
            429 => limited += 1,
            other => panic!("unexpected {other}"),
        }
    }
    assert!(limited >= 70, "only {limited} of 200 guesses were limited");
    // Pages other than sign-in are not limited for anonymous readers.
    assert_eq!(app.get("/program").await.status(), 200);
}

#[tokio::test]
async fn every_page_sends_the_security_headers() {
    let common::Demo { app, db: _db, .. } = common::demo(Backend::Sqlite).await;
    for path in ["/", "/program", "/signin", "/nowhere", "/api/v1/sessions"] {
        let response = app.get(path).await;
        let h = response.headers();
        let csp = h["content-security-policy"].to_str().unwrap();
        assert!(
            csp.contains("default-src 'self'") && csp.contains("frame-ancestors 'none'"),
            "{path}"
        );
        assert!(
            !csp.contains("unsafe-inline"),
            "{path}: no inline script or style"
        );
        assert_eq!(h["x-content-type-options"], "nosniff", "{path}");
        assert_eq!(h["referrer-policy"], "no-referrer", "{path}");
        assert_eq!(h["x-frame-options"], "DENY", "{path}");
        if path == "/program" {
            let mut names: Vec<_> = h.keys().map(|k| k.as_str().to_owned()).collect();
            names.sort();
            println!("headers of /program: {names:?}");
        }
    }
}

#[tokio::test]
async fn oversized_bodies_are_refused() {
    let common::Demo { app, db: _db, .. } = common::demo(Backend::Sqlite).await;
    let me = app.as_person("Alex Au").await;
    let big = "x".repeat(3 * 1024 * 1024);
    let response = me
        .client
        .post(format!("{}/account?csrf={}", me.base, me.csrf))
        .form(&[("display_name", big.as_str()), ("visibility", "listed")])
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 413);
}

#[tokio::test]
async fn a_signed_in_browser_switches_to_another_persons_link() {
    let common::Demo {
        store,
        id,
        app,
        db: _db,
    } = common::demo(Backend::Sqlite).await;
    let browser = app.organiser().await;
    let alex = store
        .person_id_by_name(id, "Alex Au")
        .await
        .unwrap()
        .unwrap();
    let token = convene::issue_sign_in_link(&store, alex, 1).await.unwrap();
    let (_, page) = browser.text(&format!("/signin/{token}")).await;
    let action = page
        .split("action=\"")
        .nth(1)
        .and_then(|rest| rest.split('"').next())
        .unwrap()
        .to_owned();
    assert!(
        !action.contains("csrf"),
        "no token in the address: {action}"
    );
    assert!(page.contains(&format!("name=\"csrf\" value=\"{}\"", browser.csrf)));
    let response = browser
        .client
        .post(format!("{}{action}", app.base))
        .form(&[("csrf", browser.csrf.as_str())])
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 303);
    let (_, account) = browser.text("/account").await;
    assert!(account.contains("signed in as Alex Au"), "switched");
}
