//! The floor through the web and the API: questions, votes, moderation,
//! the speaking queue, concurrency, bad input and live updates, on both
//! backends.

mod common;

use common::{Backend, SignedIn, TestApp, TestDb};
use convene::domain::{LanguageTag, PersonRole, Viewer, Visibility, directory::NewPerson};
use serde_json::Value;

struct Room {
    _db: TestDb,
    app: TestApp,
    /// A session with facilitators, and one of them signed in.
    session: i64,
    facilitator: SignedIn,
    organiser: SignedIn,
    /// Participants who facilitate nothing.
    people: Vec<SignedIn>,
}

async fn room(backend: Backend, people: usize) -> Room {
    let db = TestDb::new(backend).await;
    let store = db.store().await;
    let id = convene::load_demo(&store).await.unwrap();
    let settings = convene::ServeSettings {
        sign_ins_per_minute: std::num::NonZeroU32::new(100_000),
        ..Default::default()
    };
    let app = TestApp::spawn_with(store.clone(), settings).await;
    let session = store
        .sessions(id, Viewer::Organiser)
        .await
        .unwrap()
        .into_iter()
        .find(|s| !s.facilitators.is_empty())
        .expect("the demo has a facilitated session");
    let facilitator = app.signed_in(session.facilitators[0].id).await;
    let organiser = app.organiser().await;
    let crowd: Vec<NewPerson> = (0..people)
        .map(|i| NewPerson {
            display_name: format!("Floor participant {i}"),
            organisation: None,
            country: Some(convene::domain::Country::parse(["TH", "ID", "PH"][i % 3]).unwrap()),
            role: PersonRole::Participant,
            languages: vec![LanguageTag::parse("en").unwrap()],
            email: None,
            visibility: Visibility::Listed,
        })
        .collect();
    store.import_people(id, &crowd).await.unwrap();
    let mut signed = Vec::new();
    for i in 0..people {
        signed.push(app.as_person(&format!("Floor participant {i}")).await);
    }
    Room {
        _db: db,
        app,
        session: session.id,
        facilitator,
        organiser,
        people: signed,
    }
}

async fn api(who: &SignedIn, method: &str, path: &str, body: Value) -> (u16, Value) {
    let response = who
        .client
        .request(
            reqwest::Method::from_bytes(method.as_bytes()).unwrap(),
            format!("{}/api/v1{path}", who.base),
        )
        .header("x-csrf-token", &who.csrf)
        .json(&body)
        .send()
        .await
        .unwrap();
    let status = response.status().as_u16();
    let text = response.text().await.unwrap();
    (status, serde_json::from_str(&text).unwrap_or(Value::Null))
}

async fn floor(who: &SignedIn, session: i64) -> Value {
    let (status, body) = api(
        who,
        "GET",
        &format!("/sessions/{session}/floor"),
        Value::Null,
    )
    .await;
    assert_eq!(status, 200, "{body}");
    body
}

fn question(floor: &Value, id: i64) -> Option<&Value> {
    floor["questions"]
        .as_array()
        .unwrap()
        .iter()
        .find(|q| q["id"] == id)
}

async fn ask(who: &SignedIn, session: i64, text: &str) -> i64 {
    let response = who
        .post(
            &format!("/sessions/{session}/questions"),
            &[("text", text), ("language", "en")],
        )
        .await;
    assert_eq!(response.status(), 303, "{text}");
    let location = response.headers()["location"].to_str().unwrap().to_owned();
    location
        .rsplit("question-")
        .next()
        .unwrap()
        .parse()
        .unwrap()
}

async fn questions_votes_and_moderation(backend: Backend) {
    let r = room(backend, 4).await;
    let s = r.session;
    let [a, b, c, d] = &r.people[..] else {
        unreachable!()
    };
    let q1 = ask(a, s, "How do shelters reach domestic workers?").await;
    let q2 = ask(b, s, "How can shelters reach domestic workers?").await;

    // Everyone votes once; a second vote is refused and not counted.
    for who in [b, c] {
        assert_eq!(
            who.post(&format!("/questions/{q1}/vote"), &[])
                .await
                .status(),
            303
        );
    }
    let again = b.post(&format!("/questions/{q1}/vote"), &[]).await;
    assert_eq!(again.status(), 409);
    assert!(again.text().await.unwrap().contains("once"));
    for who in [c, d] {
        assert_eq!(
            who.post(&format!("/questions/{q2}/vote"), &[])
                .await
                .status(),
            303
        );
    }
    let f = floor(a, s).await;
    assert_eq!(question(&f, q1).unwrap()["votes"], 2);
    assert_eq!(question(&f, q2).unwrap()["votes"], 2);

    // A participant cannot moderate: 403, nothing changed.
    for (path, form) in [
        (
            format!("/questions/{q1}/moderate"),
            vec![("action", "hide")],
        ),
        (format!("/questions/{q2}/merge"), vec![("into", "1")]),
        (format!("/sessions/{s}/queue/next"), vec![]),
        (
            format!("/sessions/{s}/floor/settings"),
            vec![("moderated", "yes")],
        ),
        (format!("/sessions/{s}/summary"), vec![("summary", "Mine")]),
    ] {
        let response = a.post(&path, &form).await;
        assert_eq!(response.status(), 403, "{path}");
    }
    assert_eq!(
        question(&floor(a, s).await, q1).unwrap()["status"],
        "visible"
    );

    // Merging combines the votes: c voted for both and counts once.
    let merged = r
        .facilitator
        .post(
            &format!("/questions/{q2}/merge"),
            &[("into", &q1.to_string())],
        )
        .await;
    assert_eq!(merged.status(), 303);
    let f = floor(a, s).await;
    assert_eq!(question(&f, q1).unwrap()["votes"], 3);
    assert!(question(&f, q2).is_none(), "the duplicate is gone");
    // A vote for the duplicate goes to the original, once.
    assert_eq!(
        d.post(&format!("/questions/{q2}/vote"), &[]).await.status(),
        409
    );
    assert_eq!(question(&floor(a, s).await, q1).unwrap()["votes"], 3);

    // Hidden: no votes, not on others' pages.
    let hide = [("action", "hide")];
    let path = format!("/questions/{q1}/moderate");
    assert_eq!(r.facilitator.post(&path, &hide).await.status(), 303);
    assert_eq!(
        a.post(&format!("/questions/{q1}/vote"), &[]).await.status(),
        409
    );
    let (_, page) = d.text(&format!("/sessions/{s}/floor")).await;
    assert!(!page.contains("How do shelters reach"));

    // Answered questions are listed apart, and on the session page.
    let approve = [("action", "approve")];
    assert_eq!(r.facilitator.post(&path, &approve).await.status(), 303);
    let answered = [("action", "answered")];
    assert_eq!(r.facilitator.post(&path, &answered).await.status(), 303);
    let summary = [
        ("summary", "The room agreed to map the shelters."),
        ("language", "en"),
    ];
    let response = r
        .facilitator
        .post(&format!("/sessions/{s}/summary"), &summary)
        .await;
    assert_eq!(response.status(), 303);
    let (_, page) = d.text(&format!("/sessions/{s}")).await;
    assert!(page.contains("The room agreed to map the shelters."));
    assert!(page.contains("How do shelters reach domestic workers?"));
    // Anyone reading a public program sees the summary, not the questions.
    let (_, public) = r.app.text(&format!("/sessions/{s}")).await;
    assert!(public.contains("The room agreed to map the shelters."));
    assert!(!public.contains("How do shelters reach domestic workers?"));
}

async fn pre_moderation_and_anonymity(backend: Backend) {
    let r = room(backend, 2).await;
    let s = r.session;
    let [a, b] = &r.people[..] else {
        unreachable!()
    };
    let anonymous = [("text", "Who pays for the shelters?"), ("anonymous", "yes")];
    let refused = a
        .post(&format!("/sessions/{s}/questions"), &anonymous)
        .await;
    assert_eq!(refused.status(), 400, "anonymous is off by default");

    let settings = [
        ("moderated", "yes"),
        ("anonymous_allowed", "yes"),
        ("order", "arrival"),
    ];
    let response = r
        .facilitator
        .post(&format!("/sessions/{s}/floor/settings"), &settings)
        .await;
    assert_eq!(response.status(), 303);
    let response = a
        .post(&format!("/sessions/{s}/questions"), &anonymous)
        .await;
    assert_eq!(response.status(), 303);
    let q: i64 = response.headers()["location"]
        .to_str()
        .unwrap()
        .rsplit("question-")
        .next()
        .unwrap()
        .parse()
        .unwrap();

    // Pending: the author sees it, the room does not, nobody can vote.
    let (_, mine) = a.text(&format!("/sessions/{s}/floor")).await;
    assert!(mine.contains("Who pays for the shelters?"));
    assert!(mine.contains("Waiting for approval"));
    let (_, theirs) = b.text(&format!("/sessions/{s}/floor")).await;
    assert!(!theirs.contains("Who pays for the shelters?"));
    assert_eq!(
        b.post(&format!("/questions/{q}/vote"), &[]).await.status(),
        409
    );

    // The facilitator sees it without its author, and approves it.
    let (_, moderation) = r.facilitator.text(&format!("/sessions/{s}/floor")).await;
    assert!(moderation.contains("Who pays for the shelters?"));
    assert!(!moderation.contains("Floor participant 0"));
    let f = floor(&r.facilitator, s).await;
    assert_eq!(question(&f, q).unwrap()["author"], Value::Null);
    let approve = [("action", "approve")];
    let path = format!("/questions/{q}/moderate");
    assert_eq!(r.facilitator.post(&path, &approve).await.status(), 303);
    assert_eq!(
        b.post(&format!("/questions/{q}/vote"), &[]).await.status(),
        303
    );

    // Only an organiser can trace the author, and it is audited.
    let trace = format!("/questions/{q}/trace");
    assert_eq!(r.facilitator.post(&trace, &[]).await.status(), 403);
    let traced = r.organiser.post(&trace, &[]).await;
    assert_eq!(traced.status(), 200);
    assert!(traced.text().await.unwrap().contains("Floor participant 0"));
    let (_, audit) = r.organiser.text("/admin/audit").await;
    assert!(audit.contains("trace-question"));

    // The author's data download has the question, anonymous as it is.
    let (_, data) = a.text("/account/data.json").await;
    let data: Value = serde_json::from_str(&data).unwrap();
    assert_eq!(data["questions"][0]["text"], "Who pays for the shelters?");
    assert_eq!(data["questions"][0]["anonymous"], true);
}

async fn the_speaking_queue(backend: Backend) {
    let r = room(backend, 4).await;
    let s = r.session;
    let f = &r.facilitator;
    let next = format!("/sessions/{s}/queue/next");
    let empty = f.post(&next, &[]).await;
    assert_eq!(empty.status(), 409, "calling next on an empty queue");
    assert!(empty.text().await.unwrap().contains("No one is waiting"));

    let speak = format!("/sessions/{s}/queue");
    let ask = [("language", "en"), ("note", "short reaction")];
    for who in &r.people[..3] {
        assert_eq!(who.post(&speak, &ask).await.status(), 303);
    }
    assert_eq!(
        r.people[0].post(&speak, &ask).await.status(),
        409,
        "asked twice"
    );
    let order = [("language", "en"), ("point_of_order", "yes")];
    assert_eq!(r.people[3].post(&speak, &order).await.status(), 303);
    let queue = |f: &Value| -> Vec<String> {
        f["queue"]
            .as_array()
            .unwrap()
            .iter()
            .map(|r| r["name"].as_str().unwrap().to_owned())
            .collect()
    };
    let before = floor(f, s).await;
    assert_eq!(
        queue(&before),
        [
            "Floor participant 3",
            "Floor participant 0",
            "Floor participant 1",
            "Floor participant 2"
        ],
        "the point of order jumps the queue"
    );

    // Withdraw; then call next twice: 3 (point of order), then 0.
    let withdraw = format!("/sessions/{s}/queue/withdraw");
    assert_eq!(r.people[1].post(&withdraw, &[]).await.status(), 303);
    assert_eq!(r.people[1].post(&withdraw, &[]).await.status(), 409);
    assert_eq!(f.post(&next, &[]).await.status(), 303);
    assert_eq!(floor(f, s).await["speaking"]["name"], "Floor participant 3");
    assert_eq!(f.post(&next, &[]).await.status(), 303);
    let now = floor(f, s).await;
    assert_eq!(now["speaking"]["name"], "Floor participant 0");
    assert_eq!(queue(&now), ["Floor participant 2"]);

    // First-time speakers first: 3 asks again, and goes behind 2.
    assert_eq!(r.people[3].post(&speak, &ask).await.status(), 303);
    let first_time = [("order", "first-time-first"), ("limit", "120")];
    let settings = format!("/sessions/{s}/floor/settings");
    assert_eq!(f.post(&settings, &first_time).await.status(), 303);
    let later = floor(f, s).await;
    assert_eq!(
        queue(&later),
        ["Floor participant 2", "Floor participant 3"]
    );
    assert_eq!(later["queue"][1]["turns"], 1);
    assert!(
        later["speaking"]["ends_at"].is_string(),
        "a speaking time shows its end"
    );

    // The facilitator may call someone out of order, or give priority.
    let id3 = later["queue"][1]["id"].as_i64().unwrap();
    let call = format!("/sessions/{s}/queue/{id3}");
    assert_eq!(f.post(&call, &[("action", "call")]).await.status(), 303);
    assert_eq!(floor(f, s).await["speaking"]["name"], "Floor participant 3");
    assert_eq!(
        f.post(&call, &[("action", "remove")]).await.status(),
        409,
        "not waiting"
    );
    let end = format!("/sessions/{s}/queue/end");
    assert_eq!(f.post(&end, &[]).await.status(), 303);
    assert_eq!(f.post(&end, &[]).await.status(), 409);

    // The room sees the queue; the screen names only who consented.
    let (_, page) = r.people[0].text(&format!("/sessions/{s}/floor")).await;
    assert!(page.contains("Floor participant 2"));
    let (status, screen) = r.app.text(&format!("/sessions/{s}/screen")).await;
    assert_eq!(status, 200);
    assert!(!screen.contains("Floor participant 2"));
    assert!(screen.contains("A participant"));
    // Unnamed or not, the room sees how long the line is, and who runs it.
    let waiting = floor(f, s).await["queue"].as_array().map_or(0, Vec::len);
    let expected = match waiting {
        0 => "Nobody is waiting to speak".to_owned(),
        1 => "One person is waiting to speak".to_owned(),
        n => format!("{n} people are waiting to speak"),
    };
    assert!(screen.contains(&expected), "{expected}");
    assert!(screen.contains("<dt>Facilitators</dt>"));
}

async fn bad_input_is_refused(backend: Backend) {
    let r = room(backend, 1).await;
    let s = r.session;
    let a = &r.people[0];
    let questions = format!("/sessions/{s}/questions");
    let long = "x".repeat(10_000);
    for text in ["", "   ", long.as_str()] {
        let response = a.post(&questions, &[("text", text)]).await;
        assert_eq!(response.status(), 400, "{} characters", text.len());
    }
    let bad_lang = a
        .post(&questions, &[("text", "Fine"), ("language", "not a tag!")])
        .await;
    assert_eq!(bad_lang.status(), 400);
    assert_eq!(
        a.post("/sessions/999999/questions", &[("text", "Lost")])
            .await
            .status(),
        404
    );
    assert_eq!(a.post("/questions/999999/vote", &[]).await.status(), 404);
    let settings = format!("/sessions/{s}/floor/settings");
    for form in [
        vec![("order", "lottery")],
        vec![("limit", "5")],
        vec![("limit", "ten minutes")],
    ] {
        let response = r.facilitator.post(&settings, &form).await;
        assert_eq!(response.status(), 400, "{form:?}");
    }
    let note = "n".repeat(500);
    let speak = a
        .post(&format!("/sessions/{s}/queue"), &[("note", &note)])
        .await;
    assert_eq!(speak.status(), 400);
    let f = floor(a, s).await;
    assert!(
        f["questions"].as_array().unwrap().is_empty(),
        "nothing stored"
    );
    assert!(f["queue"].as_array().unwrap().is_empty());
    assert_eq!(f["settings"]["order"], "arrival");
}

/// Posting is rate-limited per person.
async fn posting_is_rate_limited(backend: Backend) {
    let r = room(backend, 1).await;
    let path = format!("/sessions/{}/questions", r.session);
    let mut limited = 0;
    for i in 0..40 {
        let response = r.people[0].post(&path, &[("text", &format!("Q{i}"))]).await;
        if response.status() == 429 {
            limited += 1;
        }
    }
    assert!(limited > 0, "40 questions at once are not all taken");
    for i in 0..40 {
        let rules = format!("Rule {i}");
        let response = r
            .organiser
            .post("/open-space/rules", &[("rules", &rules)])
            .await;
        assert_eq!(
            response.status(),
            303,
            "organisers typing in the venue's setup"
        );
    }
}

/// Simultaneous votes count once each; simultaneous requests to speak get
/// distinct, stable positions; two facilitators pressing "next" at once
/// call two different people.
async fn concurrency_holds(backend: Backend) {
    let r = room(backend, 100).await;
    let s = r.session;
    let q = ask(&r.people[0], s, "Everyone votes for this").await;
    let votes = r.people.iter().map(|who| {
        let who = who.clone();
        tokio::spawn(async move {
            who.post(&format!("/questions/{q}/vote"), &[])
                .await
                .status()
        })
    });
    for v in futures_util::future::join_all(votes).await {
        assert_eq!(v.unwrap(), 303);
    }
    // One person pressing twenty times at once counts once.
    let twice = (0..20).map(|_| {
        let who = r.people[0].clone();
        tokio::spawn(async move {
            who.post(&format!("/questions/{q}/vote"), &[("vote", "yes")])
                .await
                .status()
        })
    });
    let statuses: Vec<_> = futures_util::future::join_all(twice).await;
    assert!(statuses.iter().all(|s| s.as_ref().unwrap().as_u16() == 409));
    assert_eq!(
        question(&floor(&r.people[1], s).await, q).unwrap()["votes"],
        100
    );

    let asks = r.people.iter().map(|who| {
        let who = who.clone();
        tokio::spawn(async move {
            who.post(&format!("/sessions/{s}/queue"), &[("language", "en")])
                .await
                .status()
        })
    });
    for a in futures_util::future::join_all(asks).await {
        assert_eq!(a.unwrap(), 303);
    }
    let positions = |f: &Value| -> Vec<i64> {
        f["queue"]
            .as_array()
            .unwrap()
            .iter()
            .map(|r| r["position"].as_i64().unwrap())
            .collect()
    };
    let first = positions(&floor(&r.facilitator, s).await);
    let mut sorted = first.clone();
    sorted.sort();
    sorted.dedup();
    assert_eq!(sorted.len(), 100, "distinct positions");
    assert_eq!(first, positions(&floor(&r.people[5], s).await), "stable");

    // Two moderators press "next" ten times each, at once: twenty turns.
    let presses = (0..20).map(|i| {
        let who = if i % 2 == 0 {
            r.facilitator.clone()
        } else {
            r.organiser.clone()
        };
        tokio::spawn(async move {
            who.post(&format!("/sessions/{s}/queue/next"), &[])
                .await
                .status()
        })
    });
    for p in futures_util::future::join_all(presses).await {
        assert_eq!(p.unwrap(), 303);
    }
    let after = floor(&r.facilitator, s).await;
    assert_eq!(after["queue"].as_array().unwrap().len(), 80);
    assert!(after["speaking"].is_object());
}

/// People vote for a duplicate while a facilitator merges it: every vote
/// answered "counted" ends up on the original, none is left behind.
async fn votes_racing_a_merge_are_kept(backend: Backend) {
    let r = room(backend, 60).await;
    let s = r.session;
    let original = ask(&r.people[0], s, "The original question").await;
    let duplicate = ask(&r.people[1], s, "The same question again").await;
    let votes = r.people.iter().map(|who| {
        let who = who.clone();
        tokio::spawn(async move {
            who.post(&format!("/questions/{duplicate}/vote"), &[])
                .await
                .status()
        })
    });
    let facilitator = r.facilitator.clone();
    let merge = tokio::spawn(async move {
        facilitator
            .post(
                &format!("/questions/{duplicate}/merge"),
                &[("into", &original.to_string())],
            )
            .await
            .status()
    });
    let answers: Vec<_> = futures_util::future::join_all(votes).await;
    assert_eq!(merge.await.unwrap(), 303);
    let counted = answers
        .iter()
        .filter(|a| a.as_ref().unwrap().as_u16() == 303)
        .count();
    let f = floor(&r.facilitator, s).await;
    assert_eq!(
        question(&f, original).unwrap()["votes"],
        counted as i64,
        "no counted vote lost"
    );
    assert!(question(&f, duplicate).is_none());
    assert!(
        answers
            .iter()
            .all(|a| matches!(a.as_ref().unwrap().as_u16(), 303 | 409))
    );
}

/// A vote reaches an open event stream.
async fn changes_are_announced(backend: Backend) {
    let r = room(backend, 2).await;
    let q = ask(&r.people[0], r.session, "Is this live?").await;
    let mut events = r.people[0].get("/events").await;
    assert_eq!(events.status(), 200);
    let vote = r.people[1].post(&format!("/questions/{q}/vote"), &[]).await;
    assert_eq!(vote.status(), 303);
    let seen = tokio::time::timeout(std::time::Duration::from_secs(5), async {
        let mut seen = String::new();
        while !seen.contains("event: change") {
            let chunk = events
                .chunk()
                .await
                .unwrap()
                .expect("the stream stays open");
            seen.push_str(&String::from_utf8_lossy(&chunk));
        }
        seen
    })
    .await
    .expect("a change event within 5 s");
    // Only its scope: pages showing this session's floor refresh, others not.
    assert!(
        seen.contains(&format!("data: floor-{}", r.session)),
        "{seen}"
    );
}

/// Opens a poll as the facilitator; returns its id.
async fn open_poll(r: &Room, question: &str, kind: &str, choices: &str) -> i64 {
    let response = r
        .facilitator
        .post(
            &format!("/sessions/{}/polls", r.session),
            &[
                ("question", question),
                ("kind", kind),
                ("choices", choices),
                ("language", "en"),
            ],
        )
        .await;
    assert_eq!(response.status(), 303, "{question}");
    let polls = r.app.store.polls(r.session).await.unwrap();
    polls.iter().find(|p| p.question == question).unwrap().id
}

/// A live poll: answered once from each phone, at once; counts under 3
/// hidden until it closes; no name stored with an answer.
async fn a_live_poll(backend: Backend) {
    let r = room(backend, 40).await;
    let poll = open_poll(
        &r,
        "Which corridor first?",
        "single",
        "Indonesia to Malaysia\nPhilippines to Hong Kong\nMyanmar to Thailand",
    )
    .await;
    let forbidden = r.people[0]
        .post(
            &format!("/sessions/{}/polls", r.session),
            &[("question", "Mine?"), ("kind", "words")],
        )
        .await;
    assert_eq!(
        forbidden.status(),
        403,
        "only the floor's moderators open polls"
    );

    // Everyone answers at once, some twice: each answer counts once.
    let answers = futures_util::future::join_all(r.people.iter().enumerate().map(|(i, p)| {
        let choice = if i < 38 { "0" } else { "2" };
        let path = format!("/polls/{poll}/answer");
        async move {
            let first = p.post(&path, &[("answer", choice)]).await.status().as_u16();
            let again = p.post(&path, &[("answer", "1")]).await.status().as_u16();
            (first, again)
        }
    }))
    .await;
    assert!(answers.iter().all(|a| *a == (303, 409)), "{answers:?}");
    let counted = r.app.store.polls(r.session).await.unwrap();
    let counted = counted.iter().find(|p| p.id == poll).unwrap();
    assert_eq!(counted.voters, 40);
    let total: i64 = counted.tallies.iter().map(|(_, n)| n).sum();
    assert_eq!(total, 40, "{:?}", counted.tallies);

    let (_, page) = r.people[0]
        .text(&format!("/sessions/{}/floor", r.session))
        .await;
    assert!(page.contains("40 answers"));
    assert!(
        page.contains("fewer than 3"),
        "two answers for one choice stay hidden"
    );
    let (_, screen) = r
        .organiser
        .text(&format!("/sessions/{}/screen", r.session))
        .await;
    assert!(screen.contains("Which corridor first?") && screen.contains(">38<"));

    // The API says the same, through the same actions.
    let (status, json) = api(
        &r.people[0],
        "GET",
        &format!("/sessions/{}/polls", r.session),
        Value::Null,
    )
    .await;
    assert_eq!(status, 200);
    let lines = &json[0]["lines"];
    assert_eq!(
        (lines[0]["count"].as_i64(), lines[2]["count"].as_i64()),
        (Some(38), None)
    );
    assert_eq!(json[0]["answered"], true);
    let (status, _) = api(
        &r.people[0],
        "POST",
        &format!("/polls/{poll}/answer"),
        serde_json::json!({"answer": ["1"]}),
    )
    .await;
    assert_eq!(status, 409, "once, through the API too");
    let (status, opened) = api(
        &r.facilitator,
        "POST",
        &format!("/sessions/{}/polls", r.session),
        serde_json::json!({"question": "Through the API?", "kind": "multiple", "choices": "A\nB\nC"}),
    )
    .await;
    assert_eq!(status, 201, "{opened}");
    let (status, _) = api(
        &r.people[1],
        "POST",
        &format!("/polls/{}/answer", opened["id"]),
        serde_json::json!({"answer": ["0", "2"]}),
    )
    .await;
    assert_eq!(status, 204);
    let (status, _) = api(
        &r.facilitator,
        "POST",
        &format!("/polls/{}/close", opened["id"]),
        Value::Null,
    )
    .await;
    assert_eq!(status, 204);

    let closed = r
        .facilitator
        .post(&format!("/polls/{poll}/close"), &[])
        .await;
    assert_eq!(closed.status(), 303);
    let (_, page) = r.people[1]
        .text(&format!("/sessions/{}/floor", r.session))
        .await;
    assert!(!page.contains("fewer than 3"), "every count once closed");
    let late = r.people[0]
        .post(&format!("/polls/{poll}/answer"), &[("answer", "0")])
        .await;
    assert_eq!(late.status(), 409);

    // Bad answers change nothing.
    let words = open_poll(&r, "One word for today?", "words", "").await;
    for bad in ["", "two words", &"x".repeat(50)] {
        let response = r.people[0]
            .post(&format!("/polls/{words}/answer"), &[("answer", bad)])
            .await;
        assert_eq!(response.status(), 400, "{bad:?}");
    }
    let response = r.people[0]
        .post(&format!("/polls/{poll}/answer"), &[("answer", "7")])
        .await;
    assert_eq!(response.status(), 409, "closed first");
    let one_choice = open_poll(&r, "Yes or no?", "single", "Yes\nNo").await;
    let response = r.people[0]
        .post(
            &format!("/polls/{one_choice}/answer"),
            &[("answer", "0"), ("answer", "1")],
        )
        .await;
    assert_eq!(response.status(), 400, "one choice only");
    for (question, kind, choices) in [
        ("", "single", "A\nB"),
        ("Q?", "single", "Only"),
        ("Q?", "ranked", "A\nB"),
    ] {
        let response = r
            .facilitator
            .post(
                &format!("/sessions/{}/polls", r.session),
                &[("question", question), ("kind", kind), ("choices", choices)],
            )
            .await;
        assert_eq!(response.status(), 400, "{question:?} {kind}");
    }
    for p in &r.people[..3] {
        p.post(&format!("/polls/{words}/answer"), &[("answer", "Dignity")])
            .await;
    }
    let (_, page) = r.people[5]
        .text(&format!("/sessions/{}/floor", r.session))
        .await;
    assert!(!page.contains(">dignity"), "results show once answered");
    r.people[5]
        .post(&format!("/polls/{words}/answer"), &[("answer", "safety")])
        .await;
    let (_, page) = r.people[5]
        .text(&format!("/sessions/{}/floor", r.session))
        .await;
    assert!(page.contains(">dignity"), "said by three");
    assert!(
        !page.contains(">safety"),
        "said by one: hidden until closed"
    );
}

/// A session without a facilitator (the opening plenary) gets a moderator
/// for its floor, who is not listed as its facilitator.
async fn a_moderator_runs_a_floor_without_facilitating(backend: Backend) {
    let r = room(backend, 2).await;
    let store = &r.app.store;
    let c = store.current_consultation().await.unwrap().unwrap();
    let plenary = store
        .sessions(c.id, Viewer::Organiser)
        .await
        .unwrap()
        .into_iter()
        .find(|s| s.facilitators.is_empty())
        .expect("the demo has a session without facilitators");
    let moderator = store
        .person_id_by_name(c.id, "Floor participant 1")
        .await
        .unwrap()
        .unwrap();
    let path = format!("/sessions/{}/polls", plenary.id);
    let poll = [
        ("question", "Ready?"),
        ("kind", "single"),
        ("choices", "Yes\nNo"),
    ];
    assert_eq!(r.people[1].post(&path, &poll).await.status(), 403);
    let response = r
        .organiser
        .post(
            &format!("/admin/sessions/{}/moderators", plenary.id),
            &[("moderators", &moderator.to_string())],
        )
        .await;
    assert_eq!(response.status(), 303);
    assert_eq!(
        r.people[1].post(&path, &poll).await.status(),
        303,
        "moderates now"
    );
    let session = store
        .session(c.id, plenary.id, Viewer::Organiser)
        .await
        .unwrap()
        .unwrap();
    assert!(
        session.facilitators.is_empty(),
        "not listed as a facilitator"
    );
}

on_both_backends!(
    questions_votes_and_moderation,
    pre_moderation_and_anonymity,
    the_speaking_queue,
    bad_input_is_refused,
    posting_is_rate_limited,
    concurrency_holds,
    votes_racing_a_merge_are_kept,
    changes_are_announced,
    a_live_poll,
    a_moderator_runs_a_floor_without_facilitating,
);
