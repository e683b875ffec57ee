//! Every page in the participant's language (issue 17): the choice of
//! language, right to left, and no English left in translated pages.

mod common;

use common::{Backend, TestApp};

async fn page(client: &reqwest::Client, url: &str, accept: &str) -> String {
    client
        .get(url)
        .header("accept-language", accept)
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap()
}

fn html_tag(page: &str) -> &str {
    let start = page.find("<html").unwrap();
    &page[start..start + page[start..].find('>').unwrap()]
}

async fn the_language_comes_from_the_person_the_cookie_the_browser(backend: Backend) {
    let d = common::demo(backend).await;
    let app: &TestApp = &d.app;
    let anonymous = reqwest::Client::builder()
        .cookie_store(true)
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .unwrap();
    let url = format!("{}/program", app.base);
    for (accept, expected) in [
        ("es-AR,es;q=0.9,en;q=0.8", r#"lang="es" dir="ltr""#),
        ("pt-BR", r#"lang="pt" dir="ltr""#),
        ("ar-LB,ar;q=0.9", r#"lang="ar" dir="rtl""#),
        ("th-TH", r#"lang="th" dir="ltr""#),
        ("id", r#"lang="id" dir="ltr""#),
        ("fr-CA;q=0.5, tlh", r#"lang="fr""#),
        ("tlh, *", r#"lang="en" dir="ltr""#),
        ("", r#"lang="en""#),
    ] {
        let body = page(&anonymous, &url, accept).await;
        assert!(
            html_tag(&body).contains(expected),
            "{accept}: {}",
            html_tag(&body)
        );
    }
    let spanish = page(&anonymous, &url, "es").await;
    assert!(spanish.contains(">Programa<"), "the navigation in Spanish");
    // The switcher names each language in itself, on every page.
    for name in [
        "Español",
        "Bahasa Indonesia",
        "ไทย",
        "العربية",
        "Português",
        "Français",
    ] {
        assert!(spanish.contains(name), "{name}");
    }

    // The switcher's cookie wins over the browser, and brings the person back.
    let switched = anonymous
        .post(format!("{}/language", app.base))
        .form(&[("lang", "th"), ("back", "/program")])
        .send()
        .await
        .unwrap();
    assert_eq!(switched.status(), 303);
    assert_eq!(switched.headers()["location"], "/program");
    assert!(html_tag(&page(&anonymous, &url, "es").await).contains(r#"lang="th""#));
    // Never an open redirect; an unknown language is refused.
    let elsewhere = anonymous
        .post(format!("{}/language", app.base))
        .form(&[("lang", "es"), ("back", "//evil.example/")])
        .send()
        .await
        .unwrap();
    assert_eq!(elsewhere.headers()["location"], "/");
    let unknown = anonymous
        .post(format!("{}/language", app.base))
        .form(&[("lang", "tlh"), ("back", "/")])
        .send()
        .await
        .unwrap();
    assert_eq!(unknown.status(), 400);

    // A bad cookie falls back quietly.
    let odd = reqwest::Client::new()
        .get(&url)
        .header("cookie", "convene_lang=../../etc")
        .header("accept-language", "id")
        .send()
        .await
        .unwrap();
    assert_eq!(odd.status(), 200);
    assert!(html_tag(&odd.text().await.unwrap()).contains(r#"lang="id""#));

    // Signed in, the choice is saved with the person: another device, whose
    // browser asks for Spanish, gets Arabic.
    let amin = app.as_person("Amin Muftiyanah").await;
    let saved = amin
        .client
        .post(format!("{}/language?csrf={}", app.base, amin.csrf))
        .form(&[("lang", "ar"), ("back", "/account")])
        .send()
        .await
        .unwrap();
    assert_eq!(saved.status(), 303);
    let other_device = app.as_person("Amin Muftiyanah").await;
    let account = page(&other_device.client, &format!("{}/account", app.base), "es").await;
    assert!(
        html_tag(&account).contains(r#"lang="ar" dir="rtl""#),
        "{}",
        html_tag(&account)
    );
    // The switcher needs the session's CSRF token like every change.
    let forged = amin
        .client
        .post(format!("{}/language", app.base))
        .form(&[("lang", "es"), ("back", "/")])
        .send()
        .await
        .unwrap();
    assert_eq!(forged.status(), 403);
}

on_both_backends!(the_language_comes_from_the_person_the_cookie_the_browser);

/// Dates and language names read in the reader's language; people write
/// in any language, not only the consultation's, and lists narrow to one.
async fn text_carries_any_language_and_dates_read_in_the_readers_language(backend: Backend) {
    let d = common::demo(backend).await;
    let c = d.store.current_consultation().await.unwrap().unwrap();
    let anonymous = reqwest::Client::new();
    let spanish = page(&anonymous, &format!("{}/program", d.app.base), "es").await;
    let weekday = convene::format::day(c.start_date, "es");
    assert!(weekday.contains(" de "), "{weekday}");
    assert!(
        spanish.contains(&weekday),
        "the program's days in Spanish: {weekday}"
    );

    // Spoken languages are picked by name from every language.
    let amin = d.app.as_person("Amin Muftiyanah").await;
    let (_, account) = amin.text("/account").await;
    assert!(account.contains(r#"<option value="tl">Tagalog</option>"#));
    let saved = amin
        .post(
            "/account",
            &[
                ("display_name", "Amin Muftiyanah"),
                ("visibility", "listed"),
                ("languages", "id"),
                ("languages", "en"),
                ("add_language", "ar"),
            ],
        )
        .await;
    assert_eq!(saved.status(), 303);
    let (_, account) = amin.text("/account").await;
    for name in ["Indonesian", "English", "Arabic"] {
        assert!(
            account.contains(&format!(r#"checked> {name}</label>"#)),
            "{name} kept"
        );
    }
    // Unticking removes; a code that is no language is refused.
    amin.post(
        "/account",
        &[
            ("display_name", "Amin Muftiyanah"),
            ("visibility", "listed"),
            ("languages", "id"),
        ],
    )
    .await;
    let (_, account) = amin.text("/account").await;
    assert!(!account.contains("checked> Arabic</label>"));
    let refused = amin
        .post(
            "/account",
            &[
                ("display_name", "Amin Muftiyanah"),
                ("visibility", "listed"),
                ("add_language", "not a language!"),
            ],
        )
        .await;
    assert_eq!(refused.status(), 400);

    // A question in Tagalog, which the consultation does not list, keeps
    // its language; the list narrows to it.
    let session = d
        .store
        .sessions(d.id, convene::domain::Viewer::Organiser)
        .await
        .unwrap()
        .into_iter()
        .find(|s| !s.facilitators.is_empty())
        .unwrap()
        .id;
    for (text, lang) in [
        ("Paano po kami makakatulong?", "tl"),
        ("How do shelters reach migrants?", "en"),
    ] {
        let asked = amin
            .post(
                &format!("/sessions/{session}/questions"),
                &[("text", text), ("language", lang)],
            )
            .await;
        assert_eq!(asked.status(), 303, "{lang}");
    }
    let floor_url = format!("/sessions/{session}/floor");
    let (_, floor) = amin.text(&floor_url).await;
    assert!(
        floor.contains(r#"lang="tl""#),
        "the question keeps its language"
    );
    assert!(
        floor.contains("lang=tl#questions"),
        "a filter link for Tagalog"
    );
    let (_, only) = amin.text(&format!("{floor_url}?lang=tl")).await;
    assert!(only.contains("Paano po"));
    assert!(!only.contains("How do shelters reach migrants?"));

    // A form's refusal names the field and the fault in the reader's language.
    amin.post("/language", &[("lang", "es"), ("back", "/")])
        .await;
    let empty = amin
        .post(
            &format!("/sessions/{session}/questions"),
            &[("text", "  "), ("language", "es")],
        )
        .await;
    assert_eq!(empty.status(), 400);
    let body = empty.text().await.unwrap();
    assert!(
        body.contains("“Pregunta” no puede quedar en blanco."),
        "{body}"
    );
}

on_both_backends!(text_carries_any_language_and_dates_read_in_the_readers_language);

#[tokio::test]
async fn an_import_page_names_each_problem_in_the_readers_language() {
    let d = common::demo(Backend::Sqlite).await;
    let organiser = d.app.organiser().await;
    organiser
        .post("/language", &[("lang", "es"), ("back", "/")])
        .await;
    let csv = "name,country\r\nAna,AR\r\nBo,Atlantis\r\n";
    let form = reqwest::multipart::Form::new().part(
        "file",
        reqwest::multipart::Part::bytes(csv.as_bytes().to_vec()).file_name("people.csv"),
    );
    let response = organiser
        .client
        .post(format!(
            "{}/import/participants?csrf={}",
            d.app.base, organiser.csrf
        ))
        .multipart(form)
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 422);
    let page = response.text().await.unwrap();
    assert!(
        page.contains("línea 3, columna country: No se reconoce el país “Atlantis”"),
        "{page}"
    );
}

/// English sentences of the UI that must not appear in a translated page:
/// the values of English messages that the locale translates differently,
/// long enough not to be names or codes.
fn english_sentences(lang: &str) -> Vec<String> {
    let i18n = convene::i18n::i18n();
    let (en, theirs) = (i18n.lang("en"), i18n.lang(lang));
    let source = include_str!("../locales/en/main.ftl");
    source
        .lines()
        .filter_map(|l| l.split_once(" = "))
        .map(|(id, _)| id.trim())
        .filter(|id| !id.starts_with("language-") && !id.starts_with('#'))
        .filter_map(|id| {
            let english = en.t(id);
            let translated = theirs.t(id);
            (english.len() >= 16 && english != translated && !english.contains('{'))
                .then_some(english)
        })
        .collect()
}

#[tokio::test]
async fn translated_pages_hold_no_english_sentence_and_no_missing_key() {
    let d = common::demo(Backend::Sqlite).await;
    let organiser = d.app.organiser().await;
    let participant = d.app.as_person("Amin Muftiyanah").await;
    let first_day = d
        .store
        .current_consultation()
        .await
        .unwrap()
        .unwrap()
        .start_date
        .to_string();
    let table = convene::server::access_table();
    let pages: Vec<String> = table
        .entries()
        .iter()
        .map(|e| (e.method.as_str(), e.path.as_str()))
        .filter(|(method, path)| {
            *method == "GET"
                && !path.starts_with("/api/")
                && !path.contains("export")
                && !path.ends_with(".ics")
                && !path.ends_with(".csv")
                && ![
                    "/events",
                    "/healthz",
                    "/assets/{name}",
                    "/report/file",
                    "/account/data.json",
                ]
                .contains(path)
                && !path.starts_with("/signin/")
        })
        .map(|(_, path)| {
            path.replace("{date}", &first_day)
                .replace("{id}", "1")
                .replace("{key}", "ID-SG")
        })
        .collect();
    assert!(pages.len() > 20, "{pages:?}");
    let mut problems = Vec::new();
    let mut read = 0;
    for lang in ["es", "fr", "pt", "id", "th", "ar"] {
        let english = english_sentences(lang);
        for who in [&organiser, &participant] {
            for path in &pages {
                let response = who
                    .client
                    .get(format!("{}{path}", who.base))
                    .header("accept-language", lang)
                    .send()
                    .await
                    .unwrap();
                if !response.status().is_success() {
                    continue;
                }
                let body = response.text().await.unwrap();
                assert!(body.contains(&format!("lang=\"{lang}\"")), "{lang} {path}");
                read += 1;
                // A key shown instead of its text: "floor-title".
                for line in body.lines() {
                    let text = line.trim();
                    if text.len() > 3
                        && text.chars().all(|c| c.is_ascii_lowercase() || c == '-')
                        && text.contains('-')
                        && convene::i18n::i18n().lang("en").t(text) != text
                    {
                        problems.push(format!("{lang} {path}: key {text}"));
                    }
                }
                let unescaped = body.replace("&#39;", "'").replace("&#34;", "\"");
                for sentence in &english {
                    if unescaped.contains(sentence.as_str()) {
                        problems.push(format!("{lang} {path}: {sentence:?}"));
                    }
                }
            }
        }
    }
    assert!(read > 200, "only {read} pages read");
    problems.sort();
    problems.dedup();
    assert!(
        problems.is_empty(),
        "{} problems: {problems:#?}",
        problems.len()
    );
}

/// A network adds a language without rebuilding: `serve --locales DIR`
/// loads it at start; a broken file stops the server, naming file and line.
#[tokio::test]
async fn serve_loads_a_locales_folder_and_refuses_a_broken_one() {
    use std::io::{BufRead, BufReader};
    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir(dir.path().join("sw")).unwrap();
    let ftl = dir.path().join("sw").join("main.ftl");
    std::fs::write(
        &ftl,
        "language-own-name = Kiswahili\nnav-program = Ratiba\n",
    )
    .unwrap();
    let serve = || {
        std::process::Command::new(env!("CARGO_BIN_EXE_convene"))
            .args(["serve", "--demo", "--bind", "127.0.0.1:0", "--locales"])
            .arg(dir.path())
            .env("CONVENE_LOG", "info")
            .stdout(std::process::Stdio::piped())
            .stderr(std::process::Stdio::piped())
            .spawn()
            .unwrap()
    };
    let mut server = serve();
    let stdout = BufReader::new(server.stdout.take().unwrap());
    let base = stdout
        .lines()
        .map_while(Result::ok)
        .find_map(|l| {
            l.strip_prefix("convene listening on ")
                .map(|u| u.trim_end_matches('/').to_owned())
        })
        .expect("the server starts");
    let page = reqwest::Client::new()
        .get(format!("{base}/program"))
        .header("cookie", "convene_lang=sw")
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    server.kill().unwrap();
    server.wait().unwrap();
    assert!(
        html_tag(&page).contains("lang=\"sw\""),
        "{}",
        html_tag(&page)
    );
    assert!(page.contains("Ratiba"), "the Swahili message is used");
    assert!(
        page.contains("Kiswahili"),
        "the switcher names it in itself"
    );

    std::fs::write(&ftl, "nav-program = Ratiba\nnot fluent {\n").unwrap();
    let refused = serve().wait_with_output().unwrap();
    assert!(!refused.status.success());
    let stderr = String::from_utf8_lossy(&refused.stderr);
    assert!(
        stderr.contains("sw/main.ftl, line 2"),
        "names the file and line: {stderr}"
    );
}
