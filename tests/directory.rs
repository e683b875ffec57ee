//! Directory, import and visibility against both backends.

mod common;

use common::{Backend, TestApp, TestDb};
use convene::{
    domain::{Corridor, Viewer, Visibility},
    import::participants,
};

const COUNTRIES: [&str; 5] = ["ID", "SG", "AR", "MX", "LB"];

fn participant_file(rows: usize, bad_lines: &[usize]) -> String {
    let mut csv = String::from("Name;Organisation;Country;Role;Languages;Email;Visibility;Notes\n");
    for i in 0..rows {
        // Line numbers count the header as line 1.
        let line = i + 2;
        let country = if bad_lines.contains(&line) {
            "Atlantis"
        } else {
            COUNTRIES[i % COUNTRIES.len()]
        };
        csv.push_str(&format!(
            "Persona {i};Org {};{country};participant;en|id;p{i}@example.org;listed;\n",
            i % 40
        ));
    }
    csv
}

async fn demo(backend: Backend) -> (TestDb, convene::store::Store, i64) {
    let db = TestDb::new(backend).await;
    let store = db.store().await;
    let id = convene::load_demo(&store).await.unwrap();
    (db, store, id)
}

async fn a_file_with_bad_rows_reports_all_and_changes_nothing(backend: Backend) {
    let (_db, store, id) = demo(backend).await;
    let before = store.directory(id, Viewer::Organiser).await.unwrap();
    let bad = [12, 502, 1001, 1502, 2001];
    let file = participant_file(2_000, &bad);

    // Through the organiser's import page, as a browser uploads it.
    let app = TestApp::spawn(store.clone()).await;
    let organiser = app.organiser().await;
    let form = reqwest::multipart::Form::new().part(
        "file",
        reqwest::multipart::Part::bytes(file.into_bytes()).file_name("people.csv"),
    );
    let response = organiser
        .client
        .post(format!(
            "{}/import/participants?csrf={}",
            app.base, organiser.csrf
        ))
        .multipart(form)
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 422);
    let page = response.text().await.unwrap();
    for line in bad {
        assert!(
            page.contains(&format!("<li>line {line}, column country: Unknown country")),
            "line {line} not reported"
        );
    }
    assert_eq!(page.matches("<li>line ").count(), bad.len());

    let after = store.directory(id, Viewer::Organiser).await.unwrap();
    // The organiser who signed in is the only new person: no row was imported.
    assert_eq!(after.people.len(), before.people.len() + 1);
    assert_eq!(before.organisations.len(), after.organisations.len());
}

async fn reimporting_updates_instead_of_duplicating(backend: Backend) {
    let (_db, store, id) = demo(backend).await;
    let demo_people = store
        .directory(id, Viewer::Organiser)
        .await
        .unwrap()
        .people
        .len();
    let file = participant_file(300, &[]);
    let parsed = participants::parse(file.as_bytes()).unwrap();
    assert_eq!(parsed.ignored_columns, ["Notes"]);
    let first = store.import_people(id, &parsed.people).await.unwrap();
    assert_eq!((first.people_created, first.people_updated), (300, 0));
    assert_eq!(first.organisations_created, 40);

    let changed = file.replace("Persona 7;Org 7;MX", "Persona 7;Org 7;Mexico");
    let again = store
        .import_people(id, &participants::parse(changed.as_bytes()).unwrap().people)
        .await
        .unwrap();
    assert_eq!(
        (
            again.people_created,
            again.people_updated,
            again.organisations_created
        ),
        (0, 300, 0)
    );
    let d = store.directory(id, Viewer::Organiser).await.unwrap();
    assert_eq!(d.people.len(), demo_people + 300);

    // An organisation is matched by acronym too.
    let by_acronym = "name,organisation,country\nNew Person,twc2,SG\n";
    let outcome = store
        .import_people(
            id,
            &participants::parse(by_acronym.as_bytes()).unwrap().people,
        )
        .await
        .unwrap();
    assert_eq!(outcome.organisations_created, 0);
    let d = store.directory(id, Viewer::Organiser).await.unwrap();
    let person = d
        .people
        .iter()
        .find(|p| p.display_name == "New Person")
        .unwrap();
    let org = d.organisation(person.organisation_id.unwrap()).unwrap();
    assert_eq!(org.name, "Transient Workers Count Too");
    assert_eq!(
        person.visibility,
        Visibility::Organisers,
        "the safe default"
    );
}

async fn participants_see_only_listed_people(backend: Backend) {
    let (_db, store, id) = demo(backend).await;
    let file = "name,organisation,country,visibility\n\
                Listed One,Sex Workers Collective,TH,listed\n\
                Quiet One,Sex Workers Collective,TH,organisers\n\
                Hidden One,Undocumented Workers Union,TH,hidden\n";
    store
        .import_people(id, &participants::parse(file.as_bytes()).unwrap().people)
        .await
        .unwrap();
    let participant = store.directory(id, Viewer::Participant).await.unwrap();
    let names: Vec<_> = participant
        .people
        .iter()
        .map(|p| p.display_name.as_str())
        .collect();
    assert!(names.contains(&"Listed One"));
    assert!(!names.contains(&"Quiet One") && !names.contains(&"Hidden One"));
    assert!(
        !participant
            .organisations
            .iter()
            .any(|o| o.name == "Undocumented Workers Union"),
        "an organisation whose only person is hidden reveals their attendance"
    );
    let organiser = store.directory(id, Viewer::Organiser).await.unwrap();
    assert!(
        organiser
            .people
            .iter()
            .any(|p| p.display_name == "Hidden One")
    );
    assert!(
        store
            .directory(id, Viewer::Anonymous)
            .await
            .unwrap()
            .people
            .is_empty()
    );
}

async fn the_demo_corridor_indonesia_singapore_has_both_ends(backend: Backend) {
    let (_db, store, id) = demo(backend).await;
    let d = store.directory(id, Viewer::Participant).await.unwrap();
    let ends = d.corridor_ends(Corridor::parse("ID>SG").unwrap());
    assert_eq!(
        ends.origin
            .iter()
            .map(|o| o.name.as_str())
            .collect::<Vec<_>>(),
        ["Yasanti"]
    );
    assert_eq!(
        ends.destination
            .iter()
            .map(|o| o.name.as_str())
            .collect::<Vec<_>>(),
        ["Transient Workers Count Too"]
    );
    let amumra = d
        .organisations
        .iter()
        .find(|o| o.acronym.as_deref() == Some("AMUMRA"))
        .unwrap();
    assert_eq!(amumra.country.unwrap().code(), "AR");
    assert!(amumra.sectors.contains(&"domestic-work".to_owned()));
}

async fn directory_pages_answer(backend: Backend) {
    let (_db, store, id) = demo(backend).await;
    let twc2 = store
        .directory(id, Viewer::Organiser)
        .await
        .unwrap()
        .organisations
        .iter()
        .find(|o| o.acronym.as_deref() == Some("TWC2"))
        .unwrap()
        .id;
    let app = TestApp::spawn(store).await;
    let anonymous = app.get("/people").await;
    assert_eq!(anonymous.status(), 200, "redirected to the sign-in page");
    assert!(anonymous.url().path().ends_with("/signin"));
    let app = app.as_person("Amin Muftiyanah").await;
    let (status, body) = app.text("/people?corridor=ID-SG").await;
    assert_eq!(status, 200);
    assert!(body.contains("Amin Muftiyanah") && body.contains("Alex Au"));
    assert!(!body.contains("Natividad Obeso"));
    let (status, body) = app.text(&format!("/organisations/{twc2}")).await;
    assert_eq!(status, 200);
    assert!(body.contains("Alex Au") && body.contains("safe migration, part 1"));
    let (status, body) = app.text("/corridors/ID-SG").await;
    assert_eq!(status, 200);
    assert!(body.contains("At the origin end, in Indonesia"));
    assert_eq!(app.text("/organisations/999999").await.0, 404);
    assert_eq!(app.text("/corridors/XX-YY").await.0, 404);
    assert_eq!(app.text("/people?country=Atlantis").await.0, 400);
}

on_both_backends!(
    a_file_with_bad_rows_reports_all_and_changes_nothing,
    reimporting_updates_instead_of_duplicating,
    participants_see_only_listed_people,
    the_demo_corridor_indonesia_singapore_has_both_ends,
    directory_pages_answer,
);
