//! Questionnaires from the organisers' builder to the participants'
//! answers, the results with small counts hidden, the anonymous
//! evaluation, and topic suggestions published on the board.

mod common;

use common::{Backend, demo};
use convene::domain::questionnaire::{QuestionKind, Questionnaire};

async fn questionnaire(store: &convene::store::Store, consultation: i64, id: i64) -> Questionnaire {
    store
        .questionnaire(consultation, id)
        .await
        .unwrap()
        .unwrap()
}

fn id_from(response: &reqwest::Response) -> i64 {
    let location = response.headers()["location"].to_str().unwrap();
    location
        .trim_start_matches("/questionnaires/")
        .split('/')
        .next()
        .unwrap()
        .parse()
        .unwrap()
}

async fn organisers_build_and_participants_answer(backend: Backend) {
    let d = demo(backend).await;
    let organiser = d.app.organiser().await;

    // Bad input: no title, then a questionnaire and its bad questions.
    let response = organiser
        .post("/questionnaires", &[("title_en", " ")])
        .await;
    assert_eq!(response.status(), 400);
    let response = organiser
        .post(
            "/questionnaires",
            &[
                ("title_en", "Before the meeting"),
                ("title_es", "Antes de la reunión"),
            ],
        )
        .await;
    assert_eq!(response.status(), 303);
    let id = id_from(&response);
    let questions = format!("/questionnaires/{id}/questions");
    let one_choice = organiser
        .post(
            &questions,
            &[
                ("kind", "single"),
                ("text_en", "Your sector?"),
                ("choices_en", "Only one"),
            ],
        )
        .await;
    assert_eq!(one_choice.status(), 400);
    assert!(one_choice.text().await.unwrap().contains("from 2 to"));

    for form in [
        vec![
            ("kind", "single"),
            ("text_en", "What kind of organisation are you?"),
            ("text_es", "¿Qué tipo de organización son?"),
            ("text_id", "Organisasi Anda jenis apa?"),
            ("choices_en", "Union\nShelter\nSex worker group"),
            (
                "choices_es",
                "Sindicato\nAlbergue\nGrupo de trabajadoras sexuales",
            ),
            ("required", "yes"),
            ("shared", "yes"),
        ],
        vec![
            ("kind", "long"),
            ("text_en", "Which topics would you like to discuss?"),
            ("text_id", "Topik apa yang ingin Anda diskusikan?"),
            ("suggests_topics", "yes"),
        ],
        vec![
            ("kind", "countries"),
            ("text_en", "Which countries do you work in?"),
        ],
    ] {
        let response = organiser.post(&questions, &form).await;
        assert_eq!(response.status(), 303, "{}", response.text().await.unwrap());
    }
    let duplicate = organiser
        .post(
            &questions,
            &[
                ("kind", "short"),
                ("text_en", "which topics would you like to discuss? "),
            ],
        )
        .await;
    assert_eq!(duplicate.status(), 400);
    assert!(duplicate.text().await.unwrap().contains("already asks"));

    let q = questionnaire(&d.store, d.id, id).await;
    assert_eq!(q.questions.len(), 3);
    let (kind_q, topics_q, countries_q) = (q.questions[0].id, q.questions[1].id, q.questions[2].id);
    assert_eq!(q.questions[0].input.kind, QuestionKind::Single);
    assert_eq!(
        q.questions[0].input.choices[2]["es"],
        "Grupo de trabajadoras sexuales"
    );

    // Moving a question changes the order.
    organiser
        .post(&format!("{questions}/{countries_q}"), &[("action", "up")])
        .await;
    let q = questionnaire(&d.store, d.id, id).await;
    assert_eq!(q.questions[1].id, countries_q);

    // A participant reads it in Indonesian where it is translated.
    let amin = d.app.as_person("Amin Muftiyanah").await;
    amin.post("/language", &[("lang", "id"), ("back", "/")])
        .await;
    let (status, page) = amin.text(&format!("/questionnaires/{id}")).await;
    assert_eq!(status, 200);
    assert!(
        page.contains("Organisasi Anda jenis apa?")
            && page.contains("Which countries do you work in?"),
        "{page}"
    );

    // A bad answer is refused, nothing stored.
    let answers = format!("/questionnaires/{id}/answers");
    let kind = format!("q{kind_q}");
    let topics = format!("q{topics_q}");
    let countries = format!("q{countries_q}");
    let refused = amin
        .post(
            &answers,
            &[
                (countries.as_str(), "Atlantis"),
                (topics.as_str(), "kampanye migrasi aman"),
            ],
        )
        .await;
    assert_eq!(refused.status(), 400);
    let page = refused.text().await.unwrap();
    assert!(
        page.contains("kampanye migrasi aman"),
        "what was typed stays in the form"
    );
    assert_eq!(d.store.response_count(id).await.unwrap(), 0);

    let saved = amin
        .post(
            &answers,
            &[
                (kind.as_str(), "1"),
                (countries.as_str(), "ID"),
                (countries.as_str(), "SG"),
                (topics.as_str(), "kampanye migrasi aman"),
            ],
        )
        .await;
    assert_eq!(saved.status(), 303);
    // Answers can be changed until it closes: still one response.
    let saved = amin
        .post(
            &answers,
            &[
                (kind.as_str(), "0"),
                (countries.as_str(), "ID"),
                (countries.as_str(), "SG"),
                (topics.as_str(), "kampanye migrasi aman di desa asal"),
            ],
        )
        .await;
    assert_eq!(saved.status(), 303);
    let (_, page) = amin.text(&format!("/questionnaires/{id}")).await;
    assert!(page.contains("kampanye migrasi aman di desa asal"));
    assert_eq!(d.store.response_count(id).await.unwrap(), 1);

    let berenice = d.app.as_person("Berenice Valdez Rivera").await;
    let saved = berenice
        .post(
            &answers,
            &[
                (kind.as_str(), "0"),
                (topics.as_str(), "campañas de migración segura"),
            ],
        )
        .await;
    assert_eq!(saved.status(), 303);
    let alex = d.app.as_person("Alex Au").await;
    alex.post(
        &answers,
        &[
            (kind.as_str(), "0"),
            (topics.as_str(), "safe migration campaigns before departure"),
        ],
    )
    .await;

    // Results: three chose "Union", so its count shows; the others do not.
    let (status, page) = organiser
        .text(&format!("/questionnaires/{id}/results"))
        .await;
    assert_eq!(status, 200);
    assert!(
        page.contains("<svg class=\"chart\""),
        "a chart drawn by the server"
    );
    assert!(page.contains("<td>Union</td><td>3</td>"), "{page}");
    assert!(page.contains("<td>Shelter</td><td>0</td>"));
    assert!(
        page.contains("fewer than 3"),
        "Indonesia and Singapore were named once"
    );
    assert!(page.contains("Yasanti"), "free text with the organisation");
    let csv = organiser
        .get(&format!("/questionnaires/{id}/results.csv"))
        .await;
    assert_eq!(csv.status(), 200);
    let csv = csv.text().await.unwrap();
    assert!(
        csv.contains("Union,3") && csv.contains("Singapore,fewer than 3"),
        "{csv}"
    );
    // Participants see the shared question only, and no CSV.
    let (status, page) = amin.text(&format!("/questionnaires/{id}/results")).await;
    assert_eq!(status, 200);
    assert!(
        !page.contains("kampanye") && !page.contains("Singapura"),
        "{page}"
    );
    assert_eq!(
        amin.get(&format!("/questionnaires/{id}/results.csv"))
            .await
            .status(),
        403
    );
    assert_eq!(
        amin.get(&format!("/questionnaires/{id}/edit"))
            .await
            .status(),
        403
    );

    // Closed: answers are refused and nothing changes.
    let response = organiser
        .post(
            &format!("/questionnaires/{id}"),
            &[
                ("title_en", "Before the meeting"),
                ("opens", "2020-01-02T00:00"),
                ("closes", "2020-01-01T00:00"),
            ],
        )
        .await;
    assert_eq!(response.status(), 400, "closing before opening");
    let response = organiser
        .post(
            &format!("/questionnaires/{id}"),
            &[
                ("title_en", "Before the meeting"),
                ("opens", "2019-12-31T00:00"),
                ("closes", "2020-01-01T00:00"),
            ],
        )
        .await;
    assert_eq!(response.status(), 303);
    let late = amin
        .post(
            &answers,
            &[(kind.as_str(), "2"), (topics.as_str(), "changed")],
        )
        .await;
    assert_eq!(late.status(), 409);
    assert!(
        late.text()
            .await
            .unwrap()
            .contains("Kuesioner ini sudah ditutup"),
        "in his language"
    );
    let kept = d
        .store
        .own_answers(&questionnaire(&d.store, d.id, id).await, amin_id(&d).await)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(kept[&kind_q], "0");
}

async fn amin_id(d: &common::Demo) -> i64 {
    d.store
        .directory(d.id, convene::domain::Viewer::Organiser)
        .await
        .unwrap()
        .people
        .iter()
        .find(|p| p.display_name == "Amin Muftiyanah")
        .unwrap()
        .id
}

async fn the_evaluation_stores_no_person(backend: Backend) {
    let d = demo(backend).await;
    let organiser = d.app.organiser().await;
    let response = organiser
        .post(
            "/questionnaires",
            &[("title_en", "Evaluation"), ("anonymous", "yes")],
        )
        .await;
    let id = id_from(&response);
    organiser
        .post(
            &format!("/questionnaires/{id}/questions"),
            &[
                ("kind", "scale"),
                ("text_en", "How useful was the meeting?"),
                ("required", "yes"),
            ],
        )
        .await;
    let q = questionnaire(&d.store, d.id, id).await;
    let field = format!("q{}", q.questions[0].id);
    let amin = d.app.as_person("Amin Muftiyanah").await;
    let answers = format!("/questionnaires/{id}/answers");
    assert_eq!(
        amin.post(&answers, &[(field.as_str(), "6")]).await.status(),
        400
    );
    assert_eq!(
        amin.post(&answers, &[(field.as_str(), "5")]).await.status(),
        303
    );
    let again = amin.post(&answers, &[(field.as_str(), "1")]).await;
    assert_eq!(again.status(), 409, "once only");
    let rows = d.store.answers(id).await.unwrap();
    assert_eq!(rows.len(), 1);
    assert_eq!(
        (rows[0].value.as_str(), rows[0].organisation.as_deref()),
        ("5", None)
    );
    let person_rows = d
        .store
        .rows_naming("questionnaire_response", "person_id", amin_id(&d).await)
        .await
        .unwrap();
    assert_eq!(person_rows, 0, "no person stored with the answer");
    // Once answered, anonymity cannot be switched off.
    let response = organiser
        .post(
            &format!("/questionnaires/{id}"),
            &[("title_en", "Evaluation")],
        )
        .await;
    assert_eq!(response.status(), 409);
}

async fn suggestions_are_published_on_the_board(backend: Backend) {
    let d = demo(backend).await;
    let organiser = d.app.organiser().await;
    let id = id_from(
        &organiser
            .post("/questionnaires", &[("title_en", "Topics")])
            .await,
    );
    organiser
        .post(
            &format!("/questionnaires/{id}/questions"),
            &[
                ("kind", "short"),
                ("text_en", "Which topics would you like to discuss?"),
                ("suggests_topics", "yes"),
            ],
        )
        .await;
    let q = questionnaire(&d.store, d.id, id).await;
    let field = format!("q{}", q.questions[0].id);
    for (person, answer) in [
        ("Amin Muftiyanah", "kampanye migrasi aman di desa asal"),
        ("Berenice Valdez Rivera", "campañas de migración segura"),
        ("Alex Au", "safe migration campaigns before people leave"),
        (
            "Natividad Obeso",
            "inspecciones laborales en casas particulares",
        ),
        (
            "Livia Valensise",
            "labour inspections in private households",
        ),
        ("Farah Salka", "تفتيش العمل في المنازل الخاصة"),
    ] {
        let participant = d.app.as_person(person).await;
        let saved = participant
            .post(
                &format!("/questionnaires/{id}/answers"),
                &[(field.as_str(), answer)],
            )
            .await;
        assert_eq!(saved.status(), 303);
    }
    let response = organiser
        .post(
            &format!("/questionnaires/{id}/questions/{}/group", q.questions[0].id),
            &[],
        )
        .await;
    assert_eq!(response.status(), 303);
    let suggestions = d.store.suggestions(q.questions[0].id).await.unwrap();
    let (status, page) = organiser
        .text(&format!("/questionnaires/{id}/suggestions"))
        .await;
    assert_eq!(status, 200);
    let migration = suggestions
        .iter()
        .find(|s| s.responses.len() == 3 && page.contains("campañas de migración segura"))
        .unwrap_or_else(|| panic!("{suggestions:?}"));
    let base = format!(
        "/questionnaires/{id}/questions/{}/suggestions/{}",
        q.questions[0].id, migration.id
    );
    let renamed = organiser
        .post(
            &base,
            &[("action", "rename"), ("title", "Safe migration campaigns")],
        )
        .await;
    assert_eq!(renamed.status(), 303);
    let published = organiser.post(&base, &[("action", "publish")]).await;
    assert_eq!(published.status(), 303);
    let again = organiser.post(&base, &[("action", "publish")]).await;
    assert_eq!(again.status(), 409);

    let board = d.store.board(d.id).await.unwrap();
    let topic = board
        .topics
        .iter()
        .find(|t| t.title == "Safe migration campaigns")
        .expect("on the board");
    let (_, page) = organiser.text(&format!("/topics/{}", topic.id)).await;
    for organisation in ["Yasanti", "IMUMI", "TWC2"] {
        assert!(
            page.contains(organisation),
            "{organisation} interested: {page}"
        );
    }
    // Split an answer off, merge it back, drop the group.
    let inspections = d
        .store
        .suggestions(q.questions[0].id)
        .await
        .unwrap()
        .into_iter()
        .find(|s| s.id != migration.id)
        .expect("the inspections group");
    assert_eq!(inspections.responses.len(), 3, "{inspections:?}");
    let base = format!(
        "/questionnaires/{id}/questions/{}/suggestions/{}",
        q.questions[0].id, inspections.id
    );
    let one = inspections.responses[0].to_string();
    let all: Vec<String> = inspections.responses.iter().map(i64::to_string).collect();
    let mut split_all = vec![("action", "split"), ("new_title", "Everything")];
    split_all.extend(all.iter().map(|r| ("answer", r.as_str())));
    assert_eq!(
        organiser.post(&base, &split_all).await.status(),
        400,
        "splitting off every answer leaves nothing"
    );
    let split = organiser
        .post(
            &base,
            &[
                ("action", "split"),
                ("answer", &one),
                ("new_title", "Inspections, apart"),
            ],
        )
        .await;
    assert_eq!(split.status(), 303);
    let now = d.store.suggestions(q.questions[0].id).await.unwrap();
    let apart = now
        .iter()
        .find(|s| s.title == "Inspections, apart")
        .unwrap();
    assert_eq!(apart.responses, vec![inspections.responses[0]]);
    let back = format!(
        "/questionnaires/{id}/questions/{}/suggestions/{}",
        q.questions[0].id, apart.id
    );
    let merged = organiser
        .post(
            &back,
            &[("action", "merge"), ("into", &inspections.id.to_string())],
        )
        .await;
    assert_eq!(merged.status(), 303);
    let now = d.store.suggestions(q.questions[0].id).await.unwrap();
    assert_eq!(
        now.iter()
            .find(|s| s.id == inspections.id)
            .unwrap()
            .responses
            .len(),
        3
    );
    assert!(now.iter().all(|s| s.id != apart.id));
    assert_eq!(
        organiser
            .post(&base, &[("action", "rename"), ("title", " ")])
            .await
            .status(),
        400
    );
    assert_eq!(
        organiser.post(&base, &[("action", "drop")]).await.status(),
        303
    );
    assert_eq!(
        d.store.suggestions(q.questions[0].id).await.unwrap().len(),
        1
    );

    // Grouping again keeps the published suggestion.
    organiser
        .post(
            &format!("/questionnaires/{id}/questions/{}/group", q.questions[0].id),
            &[],
        )
        .await;
    let after = d.store.suggestions(q.questions[0].id).await.unwrap();
    assert!(
        after
            .iter()
            .any(|s| s.id == migration.id && s.topic_id == Some(topic.id))
    );
    assert!(
        after.iter().all(|s| s.id == migration.id
            || !s.responses.iter().any(|r| migration.responses.contains(r)))
    );
}

/// The demo's answers to "Which topics…?" group into the agenda's list:
/// each topic the agenda says the questionnaire suggested is exactly one
/// group, LRC-KJHAM's Indonesian proposal with the safe-migration
/// campaigns in English, Spanish and Portuguese.
#[test]
fn the_demo_answers_suggest_the_agendas_topics() {
    use convene::demo::questionnaires::TOPIC_ANSWERS;
    let model = convene::suggest::model::model().expect("the build fetched the model");
    let texts: Vec<&str> = TOPIC_ANSWERS.iter().map(|(_, _, text, _)| *text).collect();
    let embeddings = model.embed_all(&texts, 2);
    let grouping = convene::suggest::group(&texts, &embeddings);
    let mut agenda: Vec<&str> = TOPIC_ANSWERS
        .iter()
        .filter_map(|(_, _, _, topic)| *topic)
        .collect();
    agenda.dedup();
    assert_eq!(agenda.len(), 5);
    for topic in agenda {
        let expected: Vec<usize> = (0..TOPIC_ANSWERS.len())
            .filter(|&i| TOPIC_ANSWERS[i].3 == Some(topic))
            .collect();
        let found = grouping
            .groups
            .iter()
            .find(|g| g.members.contains(&expected[0]));
        assert_eq!(
            found.map(|g| &g.members),
            Some(&expected),
            "{topic}: {grouping:#?}"
        );
    }
}

async fn the_demo_ships_both_questionnaires(backend: Backend) {
    let d = demo(backend).await;
    let all = d.store.questionnaires(d.id).await.unwrap();
    assert_eq!(all.len(), 2);
    let (before, evaluation) = (&all[0], &all[1]);
    assert!(evaluation.anonymous && evaluation.opens_at.is_some());
    let question = before
        .questions
        .iter()
        .find(|q| q.input.suggests_topics)
        .unwrap();
    let suggestions = d.store.suggestions(question.id).await.unwrap();
    assert_eq!(suggestions.len(), 5);
    assert!(
        suggestions.iter().all(|s| s.topic_id.is_some()),
        "published as the board's topics"
    );
    let organiser = d.app.organiser().await;
    let (status, page) = organiser
        .text(&format!("/questionnaires/{}/suggestions", before.id))
        .await;
    assert_eq!(status, 200);
    assert!(
        page.contains("Safe Horizon") && page.contains("Sintrasedom") && page.contains("kampanye"),
        "{page}"
    );
    // A participant can answer it; the evaluation waits for the last day.
    let amin = d.app.as_person("Amin Muftiyanah").await;
    let (_, list) = amin.text("/questionnaires").await;
    assert!(
        list.contains("Before the consultation") && !list.contains("Evaluation"),
        "{list}"
    );
}

async fn answers_come_in_from_another_form_tool(backend: Backend) {
    let d = demo(backend).await;
    let organiser = d.app.organiser().await;
    let id = id_from(
        &organiser
            .post("/questionnaires", &[("title_en", "Imported")])
            .await,
    );
    let questions = format!("/questionnaires/{id}/questions");
    organiser
        .post(
            &questions,
            &[
                ("kind", "long"),
                ("text_en", "Which topics would you like to discuss?"),
                ("text_es", "¿Qué temas le gustaría discutir?"),
            ],
        )
        .await;
    organiser
        .post(
            &questions,
            &[
                ("kind", "multiple"),
                ("text_en", "Your sectors"),
                ("choices_en", "Domestic work\nSex work"),
            ],
        )
        .await;
    let import = format!("/questionnaires/{id}/import");

    // As Excel on Windows saves a Google Forms export: BOM, semicolons, CRLF.
    let csv = "\u{feff}Timestamp;Name;¿Qué temas le gustaría discutir?;Your sectors\r\n\
               2026/11/02 10:00;Amin Muftiyanah;kampanye migrasi aman;Domestic work, Sex work\r\n\
               2026/11/02 10:05;Someone Else;inspecciones laborales;\r\n";
    let preview = organiser
        .upload(&import, "answers.csv", csv.as_bytes())
        .await;
    assert_eq!(preview.status(), 200);
    let page = preview.text().await.unwrap();
    assert!(
        page.contains("not read") && page.contains("1. Which topics would you like to discuss?"),
        "{page}"
    );
    assert!(
        page.contains("line 3") && page.contains("Someone Else"),
        "the row naming nobody is shown"
    );
    assert_eq!(
        d.store.response_count(id).await.unwrap(),
        0,
        "a preview stores nothing"
    );

    let form = reqwest::multipart::Form::new()
        .text("content", csv.to_owned())
        .text("apply", "yes");
    let applied = organiser
        .client
        .post(format!(
            "{}{import}?csrf={}",
            organiser.base, organiser.csrf
        ))
        .multipart(form)
        .send()
        .await
        .unwrap();
    assert_eq!(applied.status(), 200);
    assert!(
        applied
            .text()
            .await
            .unwrap()
            .contains("The answers are imported")
    );
    let rows = d.store.answers(id).await.unwrap();
    assert_eq!(rows.len(), 3);
    assert!(
        rows.iter()
            .any(|r| r.value == "0|1" && r.organisation.as_deref() == Some("Yasanti")),
        "{rows:?}"
    );

    // Refused files store nothing: another encoding, no matching column, a bad value.
    for (file, expected) in [
        (
            b"Name;Which topics would you like to discuss?\nJos\xe9;caf\xe9\n".to_vec(),
            "UTF-8",
        ),
        (
            b"Name,Comments\nAna,hello\n".to_vec(),
            "No column is a question",
        ),
        (
            b"Name,Your sectors\nAna,Church\n".to_vec(),
            "line 2, column Your sectors",
        ),
    ] {
        let refused = organiser.upload(&import, "bad.csv", &file).await;
        assert_eq!(refused.status(), 422);
        let page = refused.text().await.unwrap();
        assert!(page.contains(expected), "{expected}: {page}");
    }
    assert_eq!(d.store.response_count(id).await.unwrap(), 2);

    // The same from the command line.
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("answers.csv");
    std::fs::write(&path, csv).unwrap();
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_convene"))
        .args([
            "import",
            "answers",
            "imported",
            path.to_str().unwrap(),
            "--apply",
            "--database",
            &d.db.cli_url(),
        ])
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(String::from_utf8_lossy(&out.stdout).contains("names nobody"));
    assert_eq!(
        d.store.response_count(id).await.unwrap(),
        3,
        "Amin's replaced, the unmatched row again"
    );
    std::fs::write(&path, b"Name,Your sectors\nAna,Church\n").unwrap();
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_convene"))
        .args([
            "import",
            "answers",
            &id.to_string(),
            path.to_str().unwrap(),
            "--apply",
            "--database",
            &d.db.cli_url(),
        ])
        .output()
        .unwrap();
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        !out.status.success() && err.contains("line 2, column Your sectors"),
        "{err}"
    );
}

on_both_backends!(
    answers_come_in_from_another_form_tool,
    the_demo_ships_both_questionnaires,
    organisers_build_and_participants_answer,
    the_evaluation_stores_no_person,
    suggestions_are_published_on_the_board,
);
