//! Pages rendered once and served many times (src/web/cache.rs): what one
//! person's kept page holds never reaches another, a change shows at once,
//! `If-None-Match` answers 304 only for the page's own tag, compressed
//! forms decode to the same page, and a 404 is not kept.

mod common;

use common::{Backend, SignedIn};

fn csrf_of(page: &str) -> Option<String> {
    page.split("name=\"csrf\" value=\"")
        .nth(1)
        .and_then(|rest| rest.split('"').next())
        .map(str::to_owned)
}

async fn get_with(who: &reqwest::Client, url: &str, headers: &[(&str, &str)]) -> reqwest::Response {
    let mut request = who.get(url);
    for (name, value) in headers {
        request = request.header(*name, *value);
    }
    request.send().await.unwrap()
}

async fn personal_parts_stay_personal(backend: Backend) {
    let d = common::demo(backend).await;
    let amin = d.app.as_person("Amin Muftiyanah").await;
    let alex = d.app.as_person("Alex Au").await;
    let board = format!("{}/open-space", d.app.base);
    // Each opens the board twice, so that the second answer is the kept one.
    for _ in 0..2 {
        for (who, other) in [(&amin, &alex), (&alex, &amin)] {
            let page = who.client.get(&board).send().await.unwrap();
            assert_eq!(page.status(), 200);
            let page = page.text().await.unwrap();
            assert_eq!(csrf_of(&page).as_deref(), Some(who.csrf.as_str()));
            assert!(!page.contains(&other.csrf), "another's token leaked");
        }
    }
    let anonymous = d.app.client.get(&board).send().await.unwrap();
    let anonymous = anonymous.text().await.unwrap();
    assert!(!anonymous.contains(&amin.csrf) && !anonymous.contains(&alex.csrf));

    // Amin's proposal is on his next page at once, and on Alex's.
    let title = "Kept pages show changes at once";
    let proposed = amin
        .post(
            "/open-space/topics",
            &[("title", title), ("description", ""), ("language", "en")],
        )
        .await;
    assert_eq!(proposed.status(), 303);
    for who in [&amin, &alex] {
        let (_, page) = who.text("/open-space").await;
        assert!(page.contains(title), "the kept board was served stale");
    }
}

on_both_backends!(personal_parts_stay_personal);

async fn tags_and_encodings(backend: Backend) {
    let d = common::demo(backend).await;
    let client = reqwest::Client::builder().no_gzip().build().unwrap();
    let program = format!("{}/program", d.app.base);
    let first = get_with(&client, &program, &[]).await;
    assert_eq!(first.status(), 200);
    let tag = first.headers()["etag"].to_str().unwrap().to_owned();
    let plain = first.text().await.unwrap();
    assert!(plain.contains("</html>"));

    let again = get_with(&client, &program, &[("if-none-match", &tag)]).await;
    assert_eq!(again.status(), 304);
    assert_eq!(again.headers()["etag"].to_str().unwrap(), tag);
    assert!(again.bytes().await.unwrap().is_empty());

    for stale in [
        "\"garbage\"",
        "W/\"0000000000000000\"",
        "not even quoted",
        "",
    ] {
        let full = get_with(&client, &program, &[("if-none-match", stale)]).await;
        assert_eq!(full.status(), 200, "{stale:?}");
        assert_eq!(full.text().await.unwrap(), plain);
    }

    // Each encoding decodes to the same page.
    let gzip = get_with(&client, &program, &[("accept-encoding", "gzip")]).await;
    assert_eq!(gzip.headers()["content-encoding"], "gzip");
    let bytes = gzip.bytes().await.unwrap();
    assert!(bytes.len() * 3 < plain.len(), "gzip shrinks the page");
    let mut decoded = String::new();
    std::io::Read::read_to_string(&mut flate2::read::GzDecoder::new(&bytes[..]), &mut decoded)
        .unwrap();
    assert_eq!(decoded, plain);
    let br = get_with(&client, &program, &[("accept-encoding", "gzip, br")]).await;
    assert_eq!(br.headers()["content-encoding"], "br");
    let bytes = br.bytes().await.unwrap();
    let mut decoded = String::new();
    std::io::Read::read_to_string(
        &mut brotli::Decompressor::new(&bytes[..], 4096),
        &mut decoded,
    )
    .unwrap();
    assert_eq!(decoded, plain);

    // A changed program gets a new tag: the old one fetches the page.
    let organiser = d.app.organiser().await;
    rename_consultation(&organiser, "Renamed for the cache test").await;
    let changed = get_with(&client, &program, &[("if-none-match", &tag)]).await;
    assert_eq!(changed.status(), 200);
    assert!(
        changed
            .text()
            .await
            .unwrap()
            .contains("Renamed for the cache test")
    );

    // An unknown session is a 404 every time, never kept as a page.
    for _ in 0..2 {
        let missing = get_with(&client, &format!("{}/sessions/987654", d.app.base), &[]).await;
        assert_eq!(missing.status(), 404);
        assert!(missing.headers().get("etag").is_none());
    }
}

on_both_backends!(tags_and_encodings);

async fn rename_consultation(organiser: &SignedIn, name: &str) {
    let (_, page) = organiser.text("/admin/program").await;
    let field = |name: &str| {
        page.split(&format!("name=\"{name}\""))
            .nth(1)
            .and_then(|rest| rest.split("value=\"").nth(1))
            .and_then(|rest| rest.split('"').next())
            .unwrap_or("")
            .to_owned()
    };
    let fields = ["venue", "time_zone", "start_date", "end_date", "languages"].map(field);
    let saved = organiser
        .post(
            "/admin/consultation",
            &[
                ("title", name),
                ("venue", &fields[0]),
                ("time_zone", &fields[1]),
                ("start_date", &fields[2]),
                ("end_date", &fields[3]),
                ("languages", &fields[4]),
            ],
        )
        .await;
    assert_eq!(saved.status(), 303, "the consultation is renamed");
}
