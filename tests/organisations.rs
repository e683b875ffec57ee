//! Organisations kept by organisers: imported from a spreadsheet (their own
//! list, or columns of the participants' list), edited on a page and
//! through the API, merged; and the corridor finder at a real event.

mod common;

use common::{Backend, TestApp, TestDb};
use convene::domain::Viewer;

const ORGANISATIONS_CSV: &str = "\u{FEFF}name;acronym;country;sectors;services;languages;website;corridors\r\n\
    Yayasan Annisa Swasti;YSNT;ID;domestic-work;legal-aid|organising;id;https://example.org/ysnt;ID>SG|ID>MY\r\n\
    Humanitarian Organisation for Migration Economics;HOME-SG;SG;domestic-work|care-work;shelter|hotline;en;;\r\n";

const PARTICIPANTS_CSV: &str = "name,organisation,country,email,visibility,organisation_country,organisation_corridors,organisation_sectors\n\
    Sri Wahyuni,YSNT,ID,sri@example.org,listed,,,\n\
    Jolovan Wham,HOME-SG,SG,jolovan@example.org,listed,SG,ID>SG|PH>SG,domestic-work\n\
    Rina,HOME-SG,SG,rina@example.org,listed,,,\n";

async fn imported_lists_fill_the_corridor_page(backend: Backend) {
    let db = TestDb::new(backend).await;
    let store = db.store().await;
    let id = convene::load_demo(&store).await.unwrap();
    let app = TestApp::spawn(store.clone()).await;
    let organiser = app.organiser().await;

    let response = organiser
        .upload(
            "/import/organisations",
            "organisations.csv",
            ORGANISATIONS_CSV.as_bytes(),
        )
        .await;
    let page = response.text().await.unwrap();
    assert!(page.contains("2 organisations created"), "{page}");
    let response = organiser
        .upload(
            "/import/participants",
            "people.csv",
            PARTICIPANTS_CSV.as_bytes(),
        )
        .await;
    assert_eq!(response.status(), 200);
    let page = response.text().await.unwrap();
    assert!(page.contains("1 organisation updated"), "{page}");
    assert!(!page.contains("Columns not read"), "{page}");

    let orgs = store.organisations(id).await.unwrap();
    let home = orgs
        .iter()
        .find(|o| o.acronym.as_deref() == Some("HOME-SG"))
        .unwrap();
    let pairs: Vec<String> = home.corridors.iter().map(|c| c.pair()).collect();
    assert_eq!(
        pairs,
        ["ID>SG", "PH>SG"],
        "the one-sheet columns set the corridors"
    );
    assert_eq!(
        home.services,
        ["shelter", "hotline"],
        "a column the sheet lacks is kept"
    );

    // Indonesia → Singapore, as a participant sees it: both ends listed.
    let participant = app.as_person("Amin Muftiyanah").await;
    let (status, page) = participant.text("/corridors/ID-SG").await;
    assert_eq!(status, 200);
    let origin = page.find("At the origin end, in Indonesia").unwrap();
    let destination = page.find("At the destination end, in Singapore").unwrap();
    let ysnt = page.find("Yayasan Annisa Swasti").unwrap();
    let home_at = page
        .find("Humanitarian Organisation for Migration Economics")
        .unwrap_or_else(|| panic!("{page}"));
    assert!(
        origin < ysnt && ysnt < destination,
        "Yasanti's org at the origin end"
    );
    assert!(destination < home_at, "HOME at the destination end");

    // The export is exactly what the import reads: importing it changes nothing.
    let before = store.organisations(id).await.unwrap();
    let exported = organiser
        .get("/export/organisations.csv")
        .await
        .bytes()
        .await
        .unwrap();
    let response = organiser
        .upload("/import/organisations", "organisations.csv", &exported)
        .await;
    assert_eq!(response.status(), 200);
    let after = store.organisations(id).await.unwrap();
    assert_eq!(before.len(), after.len());
    for (b, a) in before.iter().zip(&after) {
        assert_eq!(b.to_new(), a.to_new(), "{} changed on a round trip", b.name);
    }
}

async fn bad_organisation_files_store_nothing(backend: Backend) {
    let db = TestDb::new(backend).await;
    let store = db.store().await;
    let id = convene::load_demo(&store).await.unwrap();
    let app = TestApp::spawn(store.clone()).await;
    let organiser = app.organiser().await;
    let before = store.organisations(id).await.unwrap();
    let file = "name,country,corridors\n\
                New One,ID,ID>SG\n\
                Atlantis Aid,ID,ID>Atlantis\n\
                Self Loop,SG,SG>SG\n\
                new one,TH,\n";
    let response = organiser
        .upload(
            "/import/organisations",
            "organisations.csv",
            file.as_bytes(),
        )
        .await;
    assert_eq!(response.status(), 422);
    let page = response.text().await.unwrap();
    assert!(
        page.contains("line 3, column corridors: Unknown country “Atlantis”"),
        "{page}"
    );
    assert!(page.contains("line 4, column corridors:"), "{page}");
    assert!(page.contains("expected two different countries"), "{page}");
    assert!(
        page.contains("line 5, column name: the same organisation as line 2"),
        "{page}"
    );
    let after = store.organisations(id).await.unwrap();
    assert_eq!(before.len(), after.len(), "nothing half done");

    // The same through the command line: the line, the field, exit 1.
    let path = db_file(&db, "organisations.csv", file);
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_convene"))
        .args([
            "import",
            "organisations",
            &path,
            "--database",
            &db.cli_url(),
        ])
        .output()
        .unwrap();
    assert!(!out.status.success());
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains("line 3, column corridors: Unknown country “Atlantis”"),
        "{stderr}"
    );
    assert!(
        stderr.contains("nothing imported; 3 problem(s)"),
        "{stderr}"
    );
}

fn db_file(_db: &TestDb, name: &str, text: &str) -> String {
    let dir = tempfile::tempdir().unwrap().keep();
    let path = dir.join(name);
    std::fs::write(&path, text).unwrap();
    path.to_string_lossy().into_owned()
}

async fn organisers_edit_and_merge_organisations(backend: Backend) {
    let db = TestDb::new(backend).await;
    let store = db.store().await;
    let id = convene::load_demo(&store).await.unwrap();
    let app = TestApp::spawn(store.clone()).await;
    let organiser = app.organiser().await;

    // The page's form: sectors and services as checkboxes, corridors as rows.
    let response = organiser
        .post(
            "/organisations",
            &[
                ("name", "Migrant Care"),
                ("acronym", "MC"),
                ("country", "ID"),
                ("website", "https://example.org/mc"),
                ("sector", "domestic-work"),
                ("sector", "fishing"),
                ("tags", "garment workers"),
                ("service", "legal-aid"),
                ("languages", "id en"),
                ("origin", "ID"),
                ("destination", "MY"),
                ("origin", ""),
                ("destination", ""),
                ("origin", "ID"),
                ("destination", "SA"),
            ],
        )
        .await;
    assert_eq!(response.status(), 303, "on to the edit page");
    let orgs = store.organisations(id).await.unwrap();
    let mc = orgs.iter().find(|o| o.name == "Migrant Care").unwrap();
    assert_eq!(mc.sectors, ["domestic-work", "fishing"]);
    assert_eq!(mc.tags, ["garment workers"]);
    let pairs: Vec<String> = mc.corridors.iter().map(|c| c.pair()).collect();
    assert_eq!(pairs, ["ID>MY", "ID>SA"]);
    let (status, page) = organiser
        .text(&format!("/organisations/{}/edit", mc.id))
        .await;
    assert_eq!(status, 200);
    assert!(
        page.contains("value=\"SA\" selected"),
        "the corridor's destination is chosen"
    );

    // A corridor from a country to itself is refused with the field named.
    let response = organiser
        .post(
            &format!("/organisations/{}", mc.id),
            &[
                ("name", "Migrant Care"),
                ("origin", "ID"),
                ("destination", "ID"),
            ],
        )
        .await;
    assert_eq!(response.status(), 400);
    assert!(
        response
            .text()
            .await
            .unwrap()
            .contains("two different countries")
    );

    // Through the API, as an integration would.
    let api = format!("{}/api/v1/organisations/{}", app.base, mc.id);
    let response = organiser
        .client
        .put(&api)
        .header("x-csrf-token", &organiser.csrf)
        .json(&serde_json::json!({
            "name": "Migrant CARE",
            "country": "ID",
            "sectors": ["domestic-work"],
            "services": ["legal-aid", "shelter"],
            "languages": ["id"],
            "corridors": ["ID>MY", "ID>HK"],
        }))
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 204);
    let json: serde_json::Value = organiser
        .get(&format!("/api/v1/organisations/{}", mc.id))
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(json["name"], "Migrant CARE");
    assert_eq!(json["corridors"].as_array().unwrap().len(), 2);
    assert_eq!(
        json["acronym"],
        serde_json::Value::Null,
        "every field is set"
    );
    let response = organiser
        .client
        .put(&api)
        .header("x-csrf-token", &organiser.csrf)
        .json(&serde_json::json!({ "name": "Yasanti" }))
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 409, "another organisation's name");

    // Merging a duplicate moves its people and corridors, then deletes it.
    let orgs = store.organisations(id).await.unwrap();
    let yasanti = orgs.iter().find(|o| o.name == "Yasanti").unwrap();
    let yasanti_people = store
        .directory(id, Viewer::Organiser)
        .await
        .unwrap()
        .people_of(yasanti.id)
        .count();
    assert!(yasanti_people > 0);
    let response = organiser
        .post(
            &format!("/organisations/{}/merge", mc.id),
            &[("other", &yasanti.id.to_string())],
        )
        .await;
    assert_eq!(response.status(), 303);
    let d = store.directory(id, Viewer::Organiser).await.unwrap();
    assert!(
        d.organisation(yasanti.id).is_none(),
        "the duplicate is gone"
    );
    assert_eq!(d.people_of(mc.id).count(), yasanti_people);
    let merged = d.organisation(mc.id).unwrap();
    assert!(
        merged.corridors.iter().any(|c| c.pair() == "ID>SG"),
        "its corridors came along"
    );
    assert!(merged.corridors.iter().any(|c| c.pair() == "ID>HK"));

    // Participants cannot edit.
    let participant = app.as_person("Amin Muftiyanah").await;
    let (status, _) = participant
        .text(&format!("/organisations/{}/edit", mc.id))
        .await;
    assert_eq!(status, 403);
}

async fn corridor_tables_are_suggested_on_the_board(backend: Backend) {
    let db = TestDb::new(backend).await;
    let store = db.store().await;
    let id = convene::load_demo(&store).await.unwrap();
    let app = TestApp::spawn(store.clone()).await;
    let organiser = app.organiser().await;

    let (status, page) = organiser.text("/open-space/corridors").await;
    assert_eq!(status, 200);
    let at = page
        .find("value=\"ID-SG\"")
        .expect("Indonesia → Singapore is offered");
    let row = &page[at..at + 600];
    assert!(
        row.contains("Yasanti") && row.contains("Transient Workers Count Too"),
        "{row}"
    );
    assert!(
        page.contains("South-eastern Asia"),
        "grouped by the destination's region"
    );

    // A corridor with one end only is no table.
    let d = store.directory(id, Viewer::Organiser).await.unwrap();
    let one_ended = d
        .corridor_counts()
        .into_iter()
        .map(|(c, _)| c)
        .find(|c| {
            let ends = d.corridor_ends(*c);
            ends.origin.is_empty() || ends.destination.is_empty()
        })
        .expect("the demo has a corridor with one end");
    assert!(!page.contains(&format!("value=\"{}\"", one_ended.key())));
    let refused = organiser
        .post("/open-space/corridors", &[("corridor", &one_ended.key())])
        .await;
    assert_eq!(refused.status(), 404);
    let bad = organiser
        .post("/open-space/corridors", &[("corridor", "ID-Atlantis")])
        .await;
    assert_eq!(bad.status(), 400);

    let published = organiser
        .post("/open-space/corridors", &[("corridor", "ID-SG")])
        .await;
    assert_eq!(published.status(), 303);
    assert_eq!(
        published.headers()["location"],
        "/open-space/corridors?added=1&already=0"
    );
    let board = store.board(id).await.unwrap();
    let topic = board
        .topics
        .iter()
        .find(|t| t.title == "Indonesia → Singapore")
        .expect("on the board");
    assert_eq!(topic.origin, convene::domain::TopicOrigin::Suggested);
    assert!(topic.convener_id.is_none(), "anyone may convene it");
    let interested: Vec<&str> = topic.interested.iter().map(|o| o.name.as_str()).collect();
    assert!(interested.contains(&"Yasanti") && interested.contains(&"Transient Workers Count Too"));

    // Twice is once.
    let again = organiser
        .post("/open-space/corridors", &[("corridor", "ID-SG")])
        .await;
    assert_eq!(
        again.headers()["location"],
        "/open-space/corridors?added=0&already=1"
    );
    let (_, page) = organiser.text("/open-space/corridors").await;
    assert!(page.contains("on the board"));

    let participant = app.as_person("Amin Muftiyanah").await;
    assert_eq!(participant.text("/open-space/corridors").await.0, 403);
}

on_both_backends!(
    corridor_tables_are_suggested_on_the_board,
    imported_lists_fill_the_corridor_page,
    bad_organisation_files_store_nothing,
    organisers_edit_and_merge_organisations,
);
