//! The open space through the web: proposing, placing, signing up under
//! concurrency, waiting lists, bad input, and live updates, on both backends.

mod common;

use std::time::Duration;

use common::{Backend, SignedIn, TestApp, TestDb};
use convene::domain::{
    LanguageTag, PersonRole, Visibility, directory::NewPerson, open_space::SpaceInput,
};
use jiff::{SignedDuration, Timestamp};

/// A round tomorrow and one the day after, so that neither has started.
async fn future_rounds(store: &convene::store::Store, id: i64) -> (i64, i64) {
    let start = Timestamp::now() + SignedDuration::from_hours(24);
    let first = store
        .create_round(
            id,
            None,
            "Test round A",
            start,
            start + SignedDuration::from_hours(1),
        )
        .await
        .unwrap();
    let later = start + SignedDuration::from_hours(24);
    let second = store
        .create_round(
            id,
            None,
            "Test round B",
            later,
            later + SignedDuration::from_hours(1),
        )
        .await
        .unwrap();
    (first, second)
}

async fn space(store: &convene::store::Store, id: i64, name: &str, capacity: i64) -> i64 {
    store
        .create_space(id, &SpaceInput::new(name, capacity, "").unwrap())
        .await
        .unwrap()
}

/// `n` new participants, signed in.
async fn crowd(app: &TestApp, id: i64, n: usize) -> Vec<SignedIn> {
    let people: Vec<NewPerson> = (0..n)
        .map(|i| NewPerson {
            display_name: format!("Rush participant {i}"),
            organisation: None,
            country: None,
            role: PersonRole::Participant,
            languages: vec![LanguageTag::parse("en").unwrap()],
            email: None,
            visibility: Visibility::Listed,
        })
        .collect();
    app.store.import_people(id, &people).await.unwrap();
    let mut signed = Vec::new();
    for i in 0..n {
        signed.push(app.as_person(&format!("Rush participant {i}")).await);
    }
    signed
}

/// The ids of the people [`crowd`] made, in its order.
async fn crowd_ids(store: &convene::store::Store, id: i64, n: usize) -> Vec<i64> {
    let mut ids = Vec::new();
    for i in 0..n {
        let name = format!("Rush participant {i}");
        ids.push(store.person_id_by_name(id, &name).await.unwrap().unwrap());
    }
    ids
}

fn settings() -> convene::ServeSettings {
    convene::ServeSettings {
        sign_ins_per_minute: std::num::NonZeroU32::new(100_000),
        ..Default::default()
    }
}

async fn start(backend: Backend) -> (TestDb, convene::store::Store, i64, TestApp) {
    let db = TestDb::new(backend).await;
    let store = db.store().await;
    let id = convene::load_demo(&store).await.unwrap();
    let app = TestApp::spawn_with(store.clone(), settings()).await;
    (db, store, id, app)
}

/// Proposes a topic through the form; returns its id.
async fn propose(who: &SignedIn, title: &str) -> i64 {
    let response = who
        .post(
            "/open-space/topics",
            &[
                ("title", title),
                ("description", "A test topic"),
                ("language", "en"),
            ],
        )
        .await;
    assert_eq!(response.status(), 303, "{title}");
    let location = response.headers()["location"].to_str().unwrap().to_owned();
    location.trim_start_matches("/topics/").parse().unwrap()
}

async fn place(who: &SignedIn, topic: i64, round: i64, space: i64) -> reqwest::Response {
    who.post(
        &format!("/topics/{topic}/place"),
        &[("cell", &format!("{round}:{space}")), ("confirm", "yes")],
    )
    .await
}

/// A topic nobody convenes (one of the agenda's suggestions, retitled),
/// placed by an organiser: a convener sits at their own table, so tests
/// of sign-ups use these to keep every seat for the crowd.
async fn unconvened(
    store: &convene::store::Store,
    id: i64,
    title: &str,
    round: i64,
    space: i64,
) -> i64 {
    let board = store.board(id).await.unwrap();
    let topic = board
        .unplaced()
        .find(|t| t.convener_id.is_none())
        .expect("the demo suggests topics nobody convenes yet")
        .id;
    store
        .edit_topic(
            topic,
            &convene::domain::open_space::TopicInput::new(title, "", "en").unwrap(),
        )
        .await
        .unwrap();
    let placed = store
        .place_topic(topic, Some((round, space)), None, Timestamp::now())
        .await
        .unwrap();
    assert!(matches!(
        placed,
        convene::store::PlaceOutcome::Placed { .. }
    ));
    topic
}

/// Hundreds of people press "add my name" at one table of 20 at once.
async fn capacity_holds_under_a_rush(backend: Backend) {
    let (_db, store, id, app) = start(backend).await;
    let (round, _) = future_rounds(&store, id).await;
    let small = space(&store, id, "Rush table", 20).await;
    let other = space(&store, id, "Roomy table", 500).await;
    let people = crowd(&app, id, 200).await;
    let topic = unconvened(&store, id, "The popular topic", round, small).await;
    let roomy = unconvened(&store, id, "The quiet topic", round, other).await;

    let answers = futures_join(people.iter().cloned().map(|p| async move {
        let response = p.post(&format!("/topics/{topic}/join"), &[]).await;
        let status = response.status().as_u16();
        (status, response.text().await.unwrap())
    }))
    .await;
    let joined = answers.iter().filter(|(s, _)| *s == 303).count();
    let full: Vec<&String> = answers
        .iter()
        .filter(|(s, _)| *s == 409)
        .map(|(_, body)| body)
        .collect();
    assert_eq!(joined, 20, "exactly the seats there are");
    assert_eq!(full.len(), 180, "everyone else is told it is full");
    assert!(
        full.iter()
            .all(|b| b.contains("This table is full") && b.contains("The quiet topic"))
    );
    let board = store.board(id).await.unwrap();
    assert_eq!(board.topic(topic).unwrap().signed_up, 20);

    // Those seated move to the roomy table in one step, all at once.
    let moves = futures_join(people.iter().cloned().map(|p| async move {
        p.post(&format!("/topics/{roomy}/join"), &[])
            .await
            .status()
            .as_u16()
    }))
    .await;
    assert!(moves.iter().all(|s| *s == 303), "{moves:?}");
    let board = store.board(id).await.unwrap();
    assert_eq!(
        board.topic(topic).unwrap().signed_up,
        0,
        "one table per round"
    );
    assert_eq!(board.topic(roomy).unwrap().signed_up, 200);
}

/// An organiser changes a table: more seats move the first in line in
/// (and tell them); fewer seats than people already there, a name another
/// table has, or no seats at all are refused and change nothing.
async fn an_organiser_changes_a_table(backend: Backend) {
    let (_db, store, id, app) = start(backend).await;
    let (round, _) = future_rounds(&store, id).await;
    let small = space(&store, id, "Small table", 1).await;
    let people = crowd(&app, id, 3).await;
    let ids = crowd_ids(&store, id, 3).await;
    let topic = unconvened(&store, id, "A small circle", round, small).await;
    let join = |who: usize| {
        let (who, path) = (&people[who], format!("/topics/{topic}/join"));
        async move { who.post(&path, &[]).await }
    };
    assert_eq!(join(1).await.status(), 303);
    assert_eq!(join(2).await.status(), 409);
    people[2].post(&format!("/topics/{topic}/wait"), &[]).await;

    let organiser = app.organiser().await;
    let edit = |name: &'static str, seats: &'static str| {
        let (organiser, path) = (&organiser, format!("/open-space/spaces/{small}"));
        async move {
            organiser
                .post(
                    &path,
                    &[("name", name), ("capacity", seats), ("languages", "en es")],
                )
                .await
        }
    };
    assert_eq!(edit("Small table", "2").await.status(), 303);
    let board = store.board(id).await.unwrap();
    assert_eq!(
        board.topic(topic).unwrap().signed_up,
        2,
        "the first in line is in"
    );
    assert_eq!(board.capacity(board.topic(topic).unwrap()), Some(2));
    let notices = store.unseen_notices(ids[2]).await.unwrap();
    assert!(
        notices.iter().any(|n| n.message.contains("A small circle")),
        "{notices:?}"
    );

    let fewer = edit("Small table", "1").await;
    assert_eq!(fewer.status(), 409);
    assert!(
        fewer
            .text()
            .await
            .unwrap()
            .contains("2 people are signed up")
    );
    let taken = edit("Table 1", "2").await;
    assert_eq!(taken.status(), 400);
    assert_eq!(edit("Small table", "0").await.status(), 400);
    assert_eq!(edit("Small table", "many").await.status(), 400);
    let board = store.board(id).await.unwrap();
    let table = board.spaces.iter().find(|s| s.id == small).unwrap();
    assert_eq!((table.name.as_str(), table.capacity), ("Small table", 2));
    assert_eq!(table.languages.join(" "), "en es");
    assert_eq!(
        organiser
            .post(
                "/open-space/spaces/999999",
                &[("name", "Nowhere"), ("capacity", "3")]
            )
            .await
            .status(),
        404
    );
    assert_eq!(
        people[1]
            .post(
                &format!("/open-space/spaces/{small}"),
                &[("name", "Mine"), ("capacity", "9")]
            )
            .await
            .status(),
        403,
        "organisers only"
    );
}

on_both_backends!(an_organiser_changes_a_table);

/// Sign-ups race an organiser cutting a table's seats: whichever comes
/// first, no table ends up with more people than seats.
async fn fewer_seats_and_a_rush_of_sign_ups_never_overbook(backend: Backend) {
    let (_db, store, id, app) = start(backend).await;
    let (round, _) = future_rounds(&store, id).await;
    let people = crowd(&app, id, 40).await;
    let organiser = app.organiser().await;
    for attempt in 0..5 {
        let table = space(&store, id, &format!("Shrinking table {attempt}"), 30).await;
        let topic = propose(&people[attempt], &format!("Race {attempt}")).await;
        assert_eq!(
            place(&people[attempt], topic, round, table).await.status(),
            303
        );
        // The cut comes a little later each time, to meet the rush at
        // another point.
        let cut = async {
            tokio::time::sleep(Duration::from_millis(attempt as u64 * 4)).await;
            organiser
                .post(
                    &format!("/open-space/spaces/{table}"),
                    &[
                        ("name", &format!("Shrinking table {attempt}")),
                        ("capacity", "10"),
                    ],
                )
                .await
                .status()
                .as_u16()
        };
        let joins = futures_join(people.iter().cloned().map(|p| async move {
            p.post(&format!("/topics/{topic}/join"), &[])
                .await
                .status()
                .as_u16()
        }));
        let (cut, joins) = tokio::join!(cut, joins);
        let board = store.board(id).await.unwrap();
        let t = board.topic(topic).unwrap();
        let capacity = board.capacity(t).unwrap();
        assert!(
            t.signed_up <= capacity,
            "{} seated at {capacity} seats",
            t.signed_up
        );
        let joined = joins.iter().filter(|s| **s == 303).count() as i64;
        match cut {
            303 => assert_eq!(capacity, 10),
            409 => assert!(
                joined > 10 && capacity == 30,
                "refused with {joined} seated"
            ),
            other => panic!("the cut answered {other}"),
        }
        assert_eq!(t.signed_up, joined);
    }
}

on_both_backends!(fewer_seats_and_a_rush_of_sign_ups_never_overbook);

/// Two instances behind one PostgreSQL database, each with its own
/// sign-up writer: half the crowd presses "add my name" on one, half on the
/// other, at one table of 20 at once.
#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn capacity_holds_across_two_instances() {
    let (db, store, id, first) = start(Backend::Postgres).await;
    let second = TestApp::spawn_with(db.store().await, settings()).await;
    let (round, _) = future_rounds(&store, id).await;
    let small = space(&store, id, "Rush table", 20).await;
    let people = crowd(&first, id, 200).await;
    let topic = unconvened(&store, id, "The popular topic", round, small).await;

    for attempt in 0..3 {
        let answers = futures_join(people.iter().cloned().enumerate().map(|(i, mut p)| {
            if i % 2 == 1 {
                p.base = second.base.clone();
            }
            async move {
                p.post(&format!("/topics/{topic}/join"), &[])
                    .await
                    .status()
                    .as_u16()
            }
        }))
        .await;
        let joined = answers.iter().filter(|s| **s == 303).count();
        let full = answers.iter().filter(|s| **s == 409).count();
        assert_eq!((joined, full), (20, 180), "attempt {attempt}");
        assert_eq!(
            store
                .board(id)
                .await
                .unwrap()
                .topic(topic)
                .unwrap()
                .signed_up,
            20
        );
        // Everyone leaves, for the next attempt.
        futures_join(people.iter().cloned().map(|p| async move {
            p.post(&format!("/topics/{topic}/leave"), &[])
                .await
                .status()
        }))
        .await;
    }
}

/// Runs the futures at once and collects their answers in order.
async fn futures_join<F>(futures: impl Iterator<Item = F>) -> Vec<F::Output>
where
    F: std::future::Future + Send + 'static,
    F::Output: Send + 'static,
{
    let handles: Vec<_> = futures.map(tokio::spawn).collect();
    let mut out = Vec::new();
    for h in handles {
        out.push(h.await.unwrap());
    }
    out
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn capacity_holds_under_a_rush_sqlite() {
    capacity_holds_under_a_rush(Backend::Sqlite).await
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn capacity_holds_under_a_rush_postgres() {
    capacity_holds_under_a_rush(Backend::Postgres).await
}

async fn the_first_in_line_gets_a_freed_seat(backend: Backend) {
    let (_db, store, id, app) = start(backend).await;
    let (round, _) = future_rounds(&store, id).await;
    let pair = space(&store, id, "Table for two", 2).await;
    let big = space(&store, id, "Big table", 50).await;
    let people = crowd(&app, id, 4).await;
    let topic = unconvened(&store, id, "Small circle", round, pair).await;
    let elsewhere = unconvened(&store, id, "Elsewhere", round, big).await;

    for p in &people[..2] {
        assert_eq!(
            p.post(&format!("/topics/{topic}/join"), &[]).await.status(),
            303
        );
    }
    // The third sits elsewhere and waits for the small circle.
    people[2]
        .post(&format!("/topics/{elsewhere}/join"), &[])
        .await;
    let full = people[2].post(&format!("/topics/{topic}/join"), &[]).await;
    assert_eq!(full.status(), 409);
    assert_eq!(
        people[2]
            .post(&format!("/topics/{topic}/wait"), &[])
            .await
            .status(),
        303
    );
    people[3].post(&format!("/topics/{topic}/wait"), &[]).await;

    // A seat frees: the first in line is moved in, out of the other table.
    people[1].post(&format!("/topics/{topic}/leave"), &[]).await;
    let board = store.board(id).await.unwrap();
    assert_eq!(board.topic(topic).unwrap().signed_up, 2);
    assert_eq!(
        board.topic(topic).unwrap().waiting,
        1,
        "the second still waits"
    );
    assert_eq!(board.topic(elsewhere).unwrap().signed_up, 0);
    let (_, page) = people[2].text("/open-space").await;
    assert!(
        page.contains("A seat freed at “Small circle”"),
        "told on the next page view"
    );
    // The notice is kept as a message, put in words in the reader's language.
    people[2]
        .post("/language", &[("lang", "es"), ("back", "/open-space")])
        .await;
    let (_, page) = people[2].text("/open-space").await;
    assert!(
        page.contains("Se liberó un lugar en “Small circle”"),
        "told in Spanish once they read Spanish"
    );
    let (_, names) = people[2].text(&format!("/topics/{topic}")).await;
    assert!(names.contains("Rush participant 2") && !names.contains("Rush participant 1"));
}

on_both_backends!(the_first_in_line_gets_a_freed_seat);

async fn moving_away_gives_the_seat_to_the_first_in_line(backend: Backend) {
    let (_db, store, id, app) = start(backend).await;
    let (round, _) = future_rounds(&store, id).await;
    let pair = space(&store, id, "Table for two", 2).await;
    let big = space(&store, id, "Big table", 50).await;
    let people = crowd(&app, id, 3).await;
    let small = unconvened(&store, id, "Small circle", round, pair).await;
    let roomy = unconvened(&store, id, "Roomy circle", round, big).await;
    for p in &people[..2] {
        p.post(&format!("/topics/{small}/join"), &[]).await;
    }

    // Turned away: the answer offers the table with room and a place in line.
    let full = people[2].post(&format!("/topics/{small}/join"), &[]).await;
    assert_eq!(full.status(), 409);
    let page = full.text().await.unwrap();
    assert!(page.contains("Roomy circle") && page.contains("50 seats left"));
    assert!(page.contains("Wait for a place"));
    people[2].post(&format!("/topics/{small}/wait"), &[]).await;
    let again = people[2].post(&format!("/topics/{small}/join"), &[]).await;
    assert!(
        again
            .text()
            .await
            .unwrap()
            .contains("You are waiting for a place")
    );

    // Someone seated moves to the roomy table: the one in line takes the seat.
    let moved = people[1].post(&format!("/topics/{roomy}/join"), &[]).await;
    assert_eq!(moved.status(), 303);
    let board = store.board(id).await.unwrap();
    assert_eq!(board.topic(small).unwrap().signed_up, 2);
    assert_eq!(board.topic(small).unwrap().waiting, 0);
    assert_eq!(board.topic(roomy).unwrap().signed_up, 1);
    let (_, names) = people[2].text(&format!("/topics/{small}")).await;
    assert!(names.contains("Rush participant 2") && !names.contains("Rush participant 1"));
}

on_both_backends!(moving_away_gives_the_seat_to_the_first_in_line);

/// Sign-ups run in batches, one transaction each: one that fails (here, a
/// person who does not exist) gets its error, the rest their seats.
async fn a_failing_sign_up_leaves_the_rest_of_its_batch_seated(backend: Backend) {
    let (_db, store, id, app) = start(backend).await;
    let (round, _) = future_rounds(&store, id).await;
    let table = space(&store, id, "Batch table", 50).await;
    crowd(&app, id, 20).await;
    let topic = unconvened(&store, id, "Batch topic", round, table).await;
    let ids = crowd_ids(&store, id, 20).await;
    let nobody = ids.iter().max().unwrap() + 1_000;
    for _ in 0..5 {
        let now = jiff::Timestamp::now();
        let mut everyone = ids.clone();
        everyone.insert(7, nobody);
        let answers = futures_join(everyone.iter().map(|p| {
            let (store, p) = (store.clone(), *p);
            async move { store.join_table(topic, p, now).await }
        }))
        .await;
        assert!(answers[7].is_err(), "the one who does not exist");
        for (i, answer) in answers.iter().enumerate().filter(|(i, _)| *i != 7) {
            assert!(
                matches!(
                    answer,
                    Ok(convene::store::JoinOutcome::Joined { .. }
                        | convene::store::JoinOutcome::AlreadyThere)
                ),
                "sign-up {i}: {answer:?}"
            );
        }
        let board = store.board(id).await.unwrap();
        assert_eq!(board.topic(topic).unwrap().signed_up, 20);
    }
}

on_both_backends!(a_failing_sign_up_leaves_the_rest_of_its_batch_seated);

/// A move that hands its seat to someone waiting, amid other sign-ups
/// sent at the same moment (one batch, or a few): the one in line is
/// seated, and so is everyone else.
async fn a_seat_handed_on_amid_a_batch_leaves_the_rest_seated(backend: Backend) {
    let (_db, store, id, app) = start(backend).await;
    let (round, _) = future_rounds(&store, id).await;
    let pair_table = space(&store, id, "Table for two", 2).await;
    let big_table = space(&store, id, "Big table", 50).await;
    crowd(&app, id, 24).await;
    let pair = unconvened(&store, id, "Small circle", round, pair_table).await;
    let big = unconvened(&store, id, "Roomy circle", round, big_table).await;
    let ids = crowd_ids(&store, id, 24).await;
    let person = |i: usize| ids[i];
    let now = jiff::Timestamp::now();
    for i in [0, 1] {
        store.join_table(pair, person(i), now).await.unwrap();
    }
    store.wait_for_table(pair, person(2), now).await.unwrap();

    // Participant 1 moves to the big table between twenty others joining it.
    let movers: Vec<i64> = (3..13).chain([1]).chain(13..23).map(person).collect();
    let answers = futures_join(movers.iter().map(|p| {
        let (store, p) = (store.clone(), *p);
        async move { store.join_table(big, p, now).await }
    }))
    .await;
    for (p, answer) in movers.iter().zip(&answers) {
        assert!(
            matches!(answer, Ok(convene::store::JoinOutcome::Joined { .. })),
            "person {p}: {answer:?}"
        );
    }
    let board = store.board(id).await.unwrap();
    assert_eq!(board.topic(big).unwrap().signed_up, 21);
    assert_eq!(board.topic(pair).unwrap().signed_up, 2);
    assert_eq!(board.topic(pair).unwrap().waiting, 0);
    let seated: Vec<i64> = store
        .seats(id)
        .await
        .unwrap()
        .iter()
        .filter(|s| s.topic_id == pair)
        .map(|s| s.person_id)
        .collect();
    assert!(seated.contains(&person(2)) && !seated.contains(&person(1)));
}

on_both_backends!(a_seat_handed_on_amid_a_batch_leaves_the_rest_seated);

async fn bad_input_changes_nothing(backend: Backend) {
    let (_db, store, id, app) = start(backend).await;
    let (round, later) = future_rounds(&store, id).await;
    let table = space(&store, id, "Table X", 10).await;
    let other_table = space(&store, id, "Table Y", 10).await;
    let people = crowd(&app, id, 3).await;
    let before = store.board(id).await.unwrap().topics.len();
    for title in ["", "   ", &"x".repeat(10_000)] {
        let r = people[0]
            .post(
                "/open-space/topics",
                &[("title", title), ("language", "en")],
            )
            .await;
        assert_eq!(r.status(), 400, "title of {} characters", title.len());
    }
    let bad_language = people[0]
        .post(
            "/open-space/topics",
            &[("title", "Fine"), ("language", "xx-invalid-!")],
        )
        .await;
    assert_eq!(bad_language.status(), 400);
    assert_eq!(store.board(id).await.unwrap().topics.len(), before);

    let mine = propose(&people[0], "Mine").await;
    let theirs = propose(&people[1], "Theirs").await;
    let also_mine = propose(&people[0], "Also mine").await;
    assert_eq!(place(&people[0], mine, round, table).await.status(), 303);
    let taken = place(&people[1], theirs, round, table).await;
    assert_eq!(taken.status(), 409, "a taken cell");
    assert!(taken.text().await.unwrap().contains("took that cell"));
    let twice = place(&people[0], also_mine, round, other_table).await;
    assert_eq!(twice.status(), 409, "a convener holds one cell per round");
    assert_eq!(
        place(&people[0], also_mine, later, other_table)
            .await
            .status(),
        303
    );
    let not_yours = place(&people[1], mine, later, table).await;
    assert_eq!(not_yours.status(), 403);
    let edit = people[1]
        .post(&format!("/topics/{mine}/edit"), &[("title", "Hijacked")])
        .await;
    assert_eq!(edit.status(), 403);
    let garbage = people[0]
        .post(&format!("/topics/{mine}/place"), &[("cell", "nowhere")])
        .await;
    assert_eq!(garbage.status(), 400);
    let stale = people[0]
        .post(
            &format!("/topics/{mine}/place"),
            &[
                ("cell", &format!("{round}:{other_table}")),
                ("version", "0"),
            ],
        )
        .await;
    assert_eq!(stale.status(), 409, "a stale page");

    // Joining twice is one seat; a withdrawn topic cannot be joined.
    people[2].post(&format!("/topics/{mine}/join"), &[]).await;
    people[2].post(&format!("/topics/{mine}/join"), &[]).await;
    assert_eq!(
        store
            .board(id)
            .await
            .unwrap()
            .topic(mine)
            .unwrap()
            .signed_up,
        2,
        "its convener and one more"
    );
    // Moving a topic with sign-ups asks first.
    let ask = people[0]
        .post(
            &format!("/topics/{mine}/place"),
            &[("cell", &format!("{round}:{other_table}"))],
        )
        .await;
    assert_eq!(ask.status(), 409);
    assert!(ask.text().await.unwrap().contains("Move it and tell them"));
    assert_eq!(
        store.board(id).await.unwrap().topic(mine).unwrap().space_id,
        Some(table)
    );
    let moved = place(&people[0], mine, round, other_table).await;
    assert_eq!(moved.status(), 303);
    let (_, told) = people[2].text("/open-space").await;
    assert!(
        told.contains("“Mine” moved to Table Y"),
        "the people signed up are told"
    );

    assert_eq!(
        people[0]
            .post(&format!("/topics/{mine}/withdraw"), &[])
            .await
            .status(),
        303
    );
    let gone = people[1].post(&format!("/topics/{mine}/join"), &[]).await;
    assert_eq!(gone.status(), 409);
    assert!(store.board(id).await.unwrap().topic(mine).is_none());
}

on_both_backends!(bad_input_changes_nothing);

async fn a_started_round_is_frozen_except_for_organisers(backend: Backend) {
    let (_db, store, id, app) = start(backend).await;
    let now = Timestamp::now();
    let running = store
        .create_round(
            id,
            None,
            "Running round",
            now - SignedDuration::from_mins(5),
            now + SignedDuration::from_hours(1),
        )
        .await
        .unwrap();
    let table = space(&store, id, "Table R", 10).await;
    let people = crowd(&app, id, 1).await;
    let topic = propose(&people[0], "Late idea").await;
    let refused = place(&people[0], topic, running, table).await;
    assert_eq!(refused.status(), 409);
    assert!(refused.text().await.unwrap().contains("has started"));
    let organiser = app.organiser().await;
    assert_eq!(place(&organiser, topic, running, table).await.status(), 303);
}

on_both_backends!(a_started_round_is_frozen_except_for_organisers);

/// An organiser may still place a topic in a round under way or over, but
/// the choice selected at first is a round to come; a round that is over
/// says so.
async fn an_organiser_is_offered_rounds_to_come_first(backend: Backend) {
    let (_db, store, id, app) = start(backend).await;
    let now = Timestamp::now();
    let past = store
        .create_round(
            id,
            None,
            "Past round",
            now - SignedDuration::from_hours(3),
            now - SignedDuration::from_hours(2),
        )
        .await
        .unwrap();
    future_rounds(&store, id).await;
    let organiser = app.organiser().await;
    let (_, board) = organiser.text("/open-space").await;
    let select = board
        .split("<select id=\"cell-")
        .nth(1)
        .and_then(|s| s.split("</select>").next())
        .expect("a place form");
    // What comes before the first `<option` is the select's own tag.
    let options: Vec<&str> = select.split("<option").skip(1).collect();
    let last_to_come = options
        .iter()
        .rposition(|o| o.contains("Test round"))
        .unwrap();
    let first_past = options
        .iter()
        .position(|o| o.contains("Past round"))
        .expect("organisers may still place in a past round");
    assert!(last_to_come < first_past, "{options:#?}");
    assert!(!options[0].contains("Past round"));
    let heading = board
        .split(&format!("<h2 id=\"round-{past}\">"))
        .nth(1)
        .and_then(|s| s.split("</h2>").next())
        .unwrap();
    assert!(heading.contains("ended"), "{heading}");
    assert!(!heading.contains("started"), "{heading}");
}

on_both_backends!(an_organiser_is_offered_rounds_to_come_first);

async fn conveners_and_note_takers_write_the_harvest(backend: Backend) {
    let (_db, store, id, app) = start(backend).await;
    let (round, _) = future_rounds(&store, id).await;
    let table = space(&store, id, "Harvest table", 10).await;
    let people = crowd(&app, id, 3).await;
    let topic = propose(&people[0], "Harvested").await;
    place(&people[0], topic, round, table).await;
    people[1].post(&format!("/topics/{topic}/join"), &[]).await;
    let notes = [
        ("key_points", "Recruitment fees push workers into debt."),
        ("proposals", "A joint campaign."),
        ("next_steps", "Draft by March."),
        ("continuing", "Everyone at the table."),
    ];
    assert_eq!(
        people[1]
            .post(&format!("/topics/{topic}/notes"), &notes)
            .await
            .status(),
        403
    );
    let person = store
        .person_id_by_name(id, "Rush participant 1")
        .await
        .unwrap()
        .unwrap()
        .to_string();
    let not_seated = store
        .person_id_by_name(id, "Rush participant 2")
        .await
        .unwrap()
        .unwrap()
        .to_string();
    let refused = people[0]
        .post(
            &format!("/topics/{topic}/note-takers"),
            &[("person", &not_seated)],
        )
        .await;
    assert_eq!(refused.status(), 400);
    people[0]
        .post(
            &format!("/topics/{topic}/note-takers"),
            &[("person", &person)],
        )
        .await;
    assert_eq!(
        people[1]
            .post(&format!("/topics/{topic}/notes"), &notes)
            .await
            .status(),
        303
    );
    let (_, page) = people[2].text(&format!("/topics/{topic}")).await;
    assert!(page.contains("Recruitment fees push workers into debt."));
    let too_long = "x".repeat(20_001);
    let long = people[0]
        .post(
            &format!("/topics/{topic}/notes"),
            &[("key_points", &too_long)],
        )
        .await;
    assert_eq!(long.status(), 400);
    assert_eq!(
        store.notes(topic).await.unwrap().proposals,
        "A joint campaign.",
        "unchanged by the refused save"
    );
}

on_both_backends!(conveners_and_note_takers_write_the_harvest);

/// Reads an SSE response until a `change` event arrives.
async fn next_change(response: &mut reqwest::Response) {
    let mut seen = String::new();
    while !seen.contains("event: change") {
        let chunk = response
            .chunk()
            .await
            .unwrap()
            .expect("the stream stays open");
        seen.push_str(&String::from_utf8_lossy(&chunk));
    }
}

async fn open_events(app: &TestApp, who: &SignedIn) -> reqwest::Response {
    let response = who.get("/events").await;
    assert_eq!(response.status(), 200);
    assert_eq!(response.headers()["content-type"], "text/event-stream");
    let _ = app;
    response
}

async fn a_change_reaches_open_pages(backend: Backend) {
    let (_db, _store, id, app) = start(backend).await;
    let people = crowd(&app, id, 2).await;
    let mut events = open_events(&app, &people[1]).await;
    propose(&people[0], "Announced").await;
    tokio::time::timeout(Duration::from_secs(5), next_change(&mut events))
        .await
        .expect("the change is announced within 5 s");
}

on_both_backends!(a_change_reaches_open_pages);

/// Two instances behind one PostgreSQL database hear each other's changes.
#[tokio::test]
async fn two_instances_share_changes_through_postgres() {
    let db = TestDb::new(Backend::Postgres).await;
    let store = db.store().await;
    let id = convene::load_demo(&store).await.unwrap();
    let first = TestApp::spawn_with(store.clone(), settings()).await;
    let second_store = db.store().await;
    let second = TestApp::spawn_with(second_store, settings()).await;
    let on_first = crowd(&first, id, 1).await;
    let watcher = second.as_person("Amin Muftiyanah").await;
    let mut events = open_events(&second, &watcher).await;
    // The listener of the second instance may still be connecting: a change
    // made before it listens is not lost but announced on connection.
    let title = "Told across instances";
    propose(&on_first[0], title).await;
    tokio::time::timeout(Duration::from_secs(5), next_change(&mut events))
        .await
        .expect("the second instance hears the first's change");
    let (_, board) = watcher.text("/open-space").await;
    assert!(board.contains(title));
}

async fn conveners_are_named_unless_they_say_no(backend: Backend) {
    let (_db, store, id, app) = start(backend).await;
    let (round, _) = future_rounds(&store, id).await;
    let table = space(&store, id, "Screen table", 10).await;
    let people = crowd(&app, id, 2).await;
    let named = propose(&people[0], "On the projector").await;
    place(&people[0], named, round, table).await;
    let organiser = app.organiser().await;
    let (_, screen) = organiser.text("/open-space/screen").await;
    assert!(screen.contains("On the projector"));
    assert!(
        screen.contains("Rush participant 0"),
        "a convener is named by default"
    );
    let (_, page) = people[1].text("/open-space").await;
    assert!(
        page.contains("name=\"named_asked\""),
        "asked once, before the first topic"
    );
    let response = people[1]
        .post(
            "/open-space/topics",
            &[
                ("title", "Unnamed convener"),
                ("language", "en"),
                ("named_asked", "yes"),
            ],
        )
        .await;
    assert_eq!(response.status(), 303);
    let (_, page) = people[1].text("/open-space").await;
    assert!(!page.contains("name=\"named_asked\""), "asked only once");
    let (_, board) = organiser.text("/open-space").await;
    assert!(!board.contains("Convened by Rush participant 1"), "said no");
    assert!(board.contains("Convened by a participant"));
    let ledger = store
        .consent_records(crowd_ids(&store, id, 2).await[1])
        .await
        .unwrap();
    assert!(
        ledger.iter().any(|r| r.purpose == "convener" && !r.granted),
        "{ledger:?}"
    );
    let (_, public) = app.text("/open-space").await;
    assert!(
        !public.contains("Rush participant 0"),
        "a public board names nobody"
    );

    people[1]
        .post(
            "/account",
            &[
                ("display_name", "Rush participant 1"),
                ("visibility", "organisers"),
                ("consent_convener", "yes"),
            ],
        )
        .await;
    let (_, board) = organiser.text("/open-space").await;
    assert!(
        board.contains("Convened by Rush participant 1"),
        "named once they agree"
    );
}

/// The secretariat types in topics called out in the room, each for its
/// convener, and places them in one round; conveners stay at their own
/// tables (placing a topic moves its convener there), and only cells that
/// will be accepted are offered.
async fn the_secretariat_enters_topics_for_conveners(backend: Backend) {
    let (_db, store, id, app) = start(backend).await;
    let (round, later) = future_rounds(&store, id).await;
    let mut tables = Vec::new();
    for n in 0..6 {
        tables.push(space(&store, id, &format!("Venue table {n}"), 3).await);
    }
    let people = crowd(&app, id, 5).await;
    let ids = crowd_ids(&store, id, 5).await;
    let organiser = app.organiser().await;
    let mut topics = Vec::new();
    for (n, who) in [
        "Rush participant 0",
        "Rush participant 1",
        "Rush participant 2",
        "Rush participant 3",
        "Someone new at the venue",
    ]
    .into_iter()
    .enumerate()
    {
        let response = organiser
            .post(
                "/open-space/topics",
                &[
                    ("title", &format!("Called out {n}")),
                    ("language", "en"),
                    ("convener", who),
                ],
            )
            .await;
        assert_eq!(response.status(), 303, "{who}");
        let location = response.headers()["location"].to_str().unwrap().to_owned();
        let topic: i64 = location.trim_start_matches("/topics/").parse().unwrap();
        assert_eq!(
            place(&organiser, topic, round, tables[n]).await.status(),
            303
        );
        topics.push(topic);
    }
    let board = store.board(id).await.unwrap();
    assert_eq!(board.topic(topics[0]).unwrap().convener_id, Some(ids[0]));
    assert!(
        store
            .person_id_by_name(id, "Someone new at the venue")
            .await
            .unwrap()
            .is_some(),
        "a new name joins the directory"
    );
    let (_, page) = people[0].text("/open-space").await;
    assert!(
        page.contains("The secretariat entered “Called out 0”"),
        "told"
    );
    assert_eq!(
        board.topic(topics[0]).unwrap().signed_up,
        1,
        "counted at their table"
    );

    // A convener cannot join another table of that round, nor wait for one.
    let refused = people[0]
        .post(&format!("/topics/{}/join", topics[1]), &[])
        .await;
    assert_eq!(refused.status(), 409);
    let page = refused.text().await.unwrap();
    assert!(
        page.contains("You convene “Called out 0” in this round"),
        "the reason, on the board"
    );
    assert!(page.contains("id=\"board\""), "back on the board");
    let refused = people[0]
        .post(&format!("/topics/{}/wait", topics[1]), &[])
        .await;
    assert_eq!(refused.status(), 409);
    let refused = people[0]
        .post(&format!("/topics/{}/leave", topics[0]), &[])
        .await;
    assert_eq!(refused.status(), 409, "nor leave their own table");

    // Someone seated elsewhere who then convenes in that round moves to
    // their own table, and the first in line takes the seat left.
    let own = propose(&people[4], "A late topic").await;
    assert_eq!(
        people[4]
            .post(&format!("/topics/{}/join", topics[1]), &[])
            .await
            .status(),
        303
    );
    let seated = store
        .board(id)
        .await
        .unwrap()
        .topic(topics[1])
        .unwrap()
        .signed_up;
    assert_eq!(seated, 2, "its convener and a participant");
    assert_eq!(place(&people[4], own, round, tables[5]).await.status(), 303);
    let board = store.board(id).await.unwrap();
    assert_eq!(
        board.topic(own).unwrap().signed_up,
        1,
        "seated at their own table"
    );
    assert_eq!(
        board.topic(topics[1]).unwrap().signed_up,
        1,
        "left the other"
    );

    // Only acceptable cells are offered: for a second topic of a convener,
    // not the round where they hold a table.
    let second = propose(&people[0], "A second idea").await;
    let (_, page) = people[0].text("/open-space").await;
    let select = page
        .split(&format!("id=\"cell-{second}\""))
        .nth(1)
        .and_then(|rest| rest.split("</select>").next())
        .unwrap();
    let offered: Vec<&str> = select.split("option value=\"").skip(1).collect();
    assert!(!offered.is_empty());
    assert!(
        offered.iter().all(|o| !o.starts_with(&format!("{round}:"))),
        "a round the convener holds is not offered"
    );
    assert!(offered.iter().any(|o| o.starts_with(&format!("{later}:"))));
    // Asking anyway is refused with the reason, on the board.
    let again = people[0]
        .post(
            &format!("/topics/{}/place", topics[0]),
            &[("cell", "999:999")],
        )
        .await;
    assert_eq!(again.status(), 400);
    assert!(again.text().await.unwrap().contains("id=\"board\""));
}

on_both_backends!(the_secretariat_enters_topics_for_conveners);

/// A participant finds their table on a phone: search, filters, and My
/// open space.
async fn a_participant_finds_their_table(backend: Backend) {
    let (_db, store, id, app) = start(backend).await;
    let (round, later) = future_rounds(&store, id).await;
    let a = space(&store, id, "Garden table", 2).await;
    let b = space(&store, id, "Window table", 5).await;
    let people = crowd(&app, id, 3).await;
    let first = propose(&people[0], "Domestic workers in Gulf states").await;
    let second = propose(&people[1], "Safe housing for survivors").await;
    place(&people[0], first, round, a).await;
    place(&people[1], second, later, b).await;
    people[2].post(&format!("/topics/{first}/join"), &[]).await;
    let card = |topic: i64| format!("id=\"topic-{topic}\"");
    let (_, found) = people[2].text("/open-space?q=gulf").await;
    assert!(found.contains(&card(first)) && !found.contains(&card(second)));
    assert!(found.contains("One topic shown"));
    let (_, room) = people[2].text("/open-space?room=1").await;
    assert!(!room.contains(&card(first)), "full: its convener and one");
    assert!(room.contains(&card(second)));
    let (_, by_round) = people[2].text(&format!("/open-space?round={later}")).await;
    assert!(!by_round.contains(&card(first)) && by_round.contains(&card(second)));
    let (_, mine) = people[2].text("/open-space").await;
    let mine = mine
        .split("id=\"mine\"")
        .nth(1)
        .unwrap()
        .split("</section>")
        .next()
        .unwrap();
    assert!(mine.contains("Domestic workers in Gulf states") && mine.contains("Garden table"));
    assert!(mine.contains("No table yet"), "nothing in the later round");
}

on_both_backends!(a_participant_finds_their_table);

/// An open-space session's page lists every topic placed in its rounds,
/// and leads to the board.
#[tokio::test]
async fn the_open_space_session_lists_its_placed_topics() {
    let (_db, store, id, app) = start(Backend::Sqlite).await;
    let board = store.board(id).await.unwrap();
    let round = board
        .rounds
        .iter()
        .find(|r| r.session_id.is_some())
        .unwrap();
    let people = crowd(&app, id, 1).await;
    let topic = propose(&people[0], "Called out in the room").await;
    let organiser = app.organiser().await;
    let placed = place(&organiser, topic, round.id, board.spaces[0].id).await;
    assert_eq!(placed.status(), 303);
    let (_, page) = people[0]
        .text(&format!("/sessions/{}", round.session_id.unwrap()))
        .await;
    assert!(page.contains(&format!(
        "<a href=\"/topics/{topic}\">Called out in the room</a>"
    )));
    assert!(page.contains("href=\"/open-space\""));
}

/// Organisers write the open space's rules; without them, the agenda's
/// rules appear in the reader's language.
#[tokio::test]
async fn the_rules_of_the_open_space_are_shown_and_editable() {
    let (_db, _store, _id, app) = start(Backend::Sqlite).await;
    let organiser = app.organiser().await;
    let (_, board) = organiser.text("/open-space").await;
    assert!(board.contains("The convener decides how their session runs."));
    let response = organiser
        .post(
            "/open-space/rules",
            &[(
                "rules",
                "Phones on silent\r\nSpeak slowly for interpreters\r\n",
            )],
        )
        .await;
    assert_eq!(response.status(), 303);
    let (_, screen) = organiser.text("/open-space/screen").await;
    assert!(
        screen.contains("<li>Phones on silent</li>")
            && screen.contains("<li>Speak slowly for interpreters</li>")
    );
    let long = "x".repeat(5000);
    let response = organiser
        .post("/open-space/rules", &[("rules", &long)])
        .await;
    assert_eq!(response.status(), 400);
    organiser.post("/open-space/rules", &[("rules", "")]).await;
    let (_, board) = organiser.text("/open-space").await;
    assert!(
        board.contains("No preparation is needed."),
        "back to the agenda's"
    );
}

on_both_backends!(conveners_are_named_unless_they_say_no);

async fn the_api_does_what_the_board_does(backend: Backend) {
    let (_db, store, id, app) = start(backend).await;
    let (round, _) = future_rounds(&store, id).await;
    let organiser = app.organiser().await;
    let made = organiser
        .post("/admin/api-tokens", &[("label", "Registration desk")])
        .await;
    assert_eq!(made.status(), 200);
    let page = made.text().await.unwrap();
    let token = page
        .split("<code class=\"token\">")
        .nth(1)
        .and_then(|rest| rest.split('<').next())
        .expect("the token is shown once")
        .to_owned();
    let api = reqwest::Client::new();
    let call = |method: reqwest::Method, path: &str| {
        api.request(method, format!("{}/api/v1{path}", app.base))
            .bearer_auth(&token)
    };
    let space: serde_json::Value = call(reqwest::Method::POST, "/open-space/spaces")
        .json(&serde_json::json!({"name": "API table", "capacity": 1}))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    let space = space["id"].as_i64().unwrap();
    let roomy = store
        .create_space(id, &SpaceInput::new("API roomy", 10, "").unwrap())
        .await
        .unwrap();
    let bad = call(reqwest::Method::POST, "/open-space/topics")
        .json(&serde_json::json!({"title": ""}))
        .send()
        .await
        .unwrap();
    assert_eq!(bad.status(), 400);
    let topic: serde_json::Value = call(reqwest::Method::POST, "/open-space/topics")
        .json(&serde_json::json!({"title": "Through the API", "language": "en"}))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    let topic = topic["id"].as_i64().unwrap();
    let placed = call(reqwest::Method::POST, &format!("/topics/{topic}/place"))
        .json(&serde_json::json!({"round": round, "space": space}))
        .send()
        .await
        .unwrap();
    assert_eq!(placed.status(), 204);
    let other = store
        .propose_topic(
            id,
            store
                .person_id_by_name(id, "Diana Cano")
                .await
                .unwrap()
                .unwrap(),
            &convene::domain::open_space::TopicInput::new("Roomy one", "", "en").unwrap(),
            Timestamp::now(),
        )
        .await
        .unwrap();
    store
        .place_topic(other, Some((round, roomy)), None, Timestamp::now())
        .await
        .unwrap();

    let joined = call(reqwest::Method::POST, &format!("/topics/{topic}/join"))
        .send()
        .await
        .unwrap();
    assert_eq!(joined.status(), 200);
    // A participant with the browser's cookie finds it full.
    let amin = app.as_person("Amin Muftiyanah").await;
    let amin_joins = || {
        amin.client
            .post(format!("{}/api/v1/topics/{topic}/join", app.base))
            .header("x-csrf-token", &amin.csrf)
            .send()
    };
    let full = amin_joins().await.unwrap();
    assert_eq!(full.status(), 409);
    let full: serde_json::Value = full.json().await.unwrap();
    assert_eq!(full["error"], "full");
    assert_eq!(full["tables_with_room"][0]["title"], "Roomy one");
    // Without the CSRF header a cookie session cannot write.
    let forged = amin
        .client
        .post(format!("{}/api/v1/topics/{other}/join", app.base))
        .send()
        .await
        .unwrap();
    assert_eq!(forged.status(), 403);
    // A participant cannot set up the board, a wrong token is refused.
    let setup = amin
        .client
        .post(format!("{}/api/v1/open-space/spaces", app.base))
        .header("x-csrf-token", &amin.csrf)
        .json(&serde_json::json!({"name": "Mine", "capacity": 3}))
        .send()
        .await
        .unwrap();
    assert_eq!(setup.status(), 403);
    let wrong = api
        .get(format!("{}/api/v1/open-space", app.base))
        .bearer_auth("not-a-token")
        .send()
        .await
        .unwrap();
    assert_eq!(wrong.status(), 401);
    let board: serde_json::Value = call(reqwest::Method::GET, "/open-space")
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    let mine = board["topics"]
        .as_array()
        .unwrap()
        .iter()
        .find(|t| t["id"] == topic)
        .unwrap();
    assert_eq!(
        (mine["signed_up"].as_i64(), mine["capacity"].as_i64()),
        (Some(1), Some(1))
    );

    // One more seat, and the participant turned away gets it.
    let resize = |seats: i64| {
        call(reqwest::Method::PUT, &format!("/open-space/spaces/{space}"))
            .json(&serde_json::json!({"name": "API table", "capacity": seats}))
            .send()
    };
    assert_eq!(resize(0).await.unwrap().status(), 400);
    assert_eq!(resize(2).await.unwrap().status(), 204);
    assert_eq!(amin_joins().await.unwrap().status(), 200);
    assert_eq!(resize(1).await.unwrap().status(), 409, "two are seated");

    // Revoked, the token opens nothing.
    let listed = store.api_tokens(id).await.unwrap();
    organiser
        .post(&format!("/admin/api-tokens/{}/revoke", listed[0].id), &[])
        .await;
    let revoked = call(reqwest::Method::GET, "/open-space")
        .send()
        .await
        .unwrap();
    assert_eq!(revoked.status(), 401);
}

on_both_backends!(the_api_does_what_the_board_does);

/// An organiser's API token, made on the access page.
async fn api_token(app: &TestApp) -> String {
    let made = app
        .organiser()
        .await
        .post("/admin/api-tokens", &[("label", "Secretariat laptop")])
        .await;
    let page = made.text().await.unwrap();
    page.split("<code class=\"token\">")
        .nth(1)
        .and_then(|rest| rest.split('<').next())
        .expect("the token is shown once")
        .to_owned()
}

/// The behaviours that drifted while the API kept its own copy of the
/// board's actions: each now goes through the action the page uses.
async fn the_api_and_the_pages_share_each_action(backend: Backend) {
    let (_db, store, id, app) = start(backend).await;
    let (round, _) = future_rounds(&store, id).await;
    let token = api_token(&app).await;
    let api = reqwest::Client::new();
    let call = |method: reqwest::Method, path: &str| {
        api.request(method, format!("{}/api/v1{path}", app.base))
            .bearer_auth(&token)
    };
    let audited = |action: &'static str| {
        let store = store.clone();
        async move {
            store
                .audit_log(id, 200)
                .await
                .unwrap()
                .iter()
                .filter(|e| e.action == action)
                .count()
        }
    };

    // Setting up the board through the API is audited as on the page.
    let space: serde_json::Value = call(reqwest::Method::POST, "/open-space/spaces")
        .json(&serde_json::json!({"name": "One seat", "capacity": 1}))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    let space = space["id"].as_i64().unwrap();
    assert_eq!(audited("added an open-space space").await, 1);
    let edited = call(reqwest::Method::PUT, &format!("/open-space/spaces/{space}"))
        .json(&serde_json::json!({"name": "One seat", "capacity": 1, "languages": ["en"]}))
        .send()
        .await
        .unwrap();
    assert_eq!(edited.status(), 204);
    assert_eq!(audited("changed an open-space space").await, 1);
    let spare: serde_json::Value = call(reqwest::Method::POST, "/open-space/rounds")
        .json(&serde_json::json!({
            "label": "Spare round",
            "starts_at": "2099-03-02T07:00:00Z",
            "ends_at": "2099-03-02T08:00:00Z"
        }))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(audited("added an open-space round").await, 1);
    let removed = call(
        reqwest::Method::DELETE,
        &format!("/open-space/rounds/{}", spare["id"]),
    )
    .send()
    .await
    .unwrap();
    assert_eq!(removed.status(), 204);
    assert_eq!(audited("removed an open-space round").await, 1);

    // A takes the only seat, B finds it full, A leaves, B asks to wait
    // through the API: B takes the free seat rather than waiting beside it.
    let topic = unconvened(&store, id, "One-seat table", round, space).await;
    let roomy = store
        .create_space(id, &SpaceInput::new("Roomy", 8, "").unwrap())
        .await
        .unwrap();
    let other = store
        .propose_topic(
            id,
            store
                .person_id_by_name(id, "Amin Muftiyanah")
                .await
                .unwrap()
                .unwrap(),
            &convene::domain::open_space::TopicInput::new("Roomy table", "", "en").unwrap(),
            Timestamp::now(),
        )
        .await
        .unwrap();
    store
        .place_topic(other, Some((round, roomy)), None, Timestamp::now())
        .await
        .unwrap();
    let a = app.as_person("Alex Au").await;
    let b = app.as_person("Natividad Obeso").await;
    let api_as = |who: &SignedIn, path: String| {
        who.client
            .post(format!("{}/api/v1{path}", app.base))
            .header("x-csrf-token", &who.csrf)
    };
    let joined = api_as(&a, format!("/topics/{topic}/join"))
        .send()
        .await
        .unwrap();
    assert_eq!(joined.status(), 200);
    let full = api_as(&b, format!("/topics/{topic}/join"))
        .send()
        .await
        .unwrap();
    assert_eq!(full.status(), 409);
    let full: serde_json::Value = full.json().await.unwrap();
    // The API's "full" answer is the page's: the same tables, in the same order.
    let offered: Vec<&str> = full["tables_with_room"]
        .as_array()
        .unwrap()
        .iter()
        .map(|t| t["title"].as_str().unwrap())
        .collect();
    assert_eq!(offered, ["Roomy table"]);
    let page = b.post(&format!("/topics/{topic}/join"), &[]).await;
    assert_eq!(page.status(), 409);
    assert!(page.text().await.unwrap().contains("Roomy table"));

    let left = api_as(&a, format!("/topics/{topic}/leave"))
        .send()
        .await
        .unwrap();
    assert_eq!(left.status(), 204);
    let waited = api_as(&b, format!("/topics/{topic}/wait"))
        .json(&serde_json::json!({}))
        .send()
        .await
        .unwrap();
    assert_eq!(waited.status(), 204);
    let board: serde_json::Value = call(reqwest::Method::GET, "/open-space")
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    let table = board["topics"]
        .as_array()
        .unwrap()
        .iter()
        .find(|t| t["id"] == topic)
        .unwrap();
    assert_eq!(table["signed_up"], 1, "B took the free seat: {table}");
    assert_eq!(
        table["waiting"], 0,
        "nobody waits beside a free seat: {table}"
    );
}

on_both_backends!(the_api_and_the_pages_share_each_action);

#[tokio::test]
async fn the_openapi_document_lists_every_open_space_action() {
    let common::Demo { app, db: _db, .. } = common::demo(Backend::Sqlite).await;
    let doc: serde_json::Value = app.get("/api/v1/openapi.json").await.json().await.unwrap();
    let paths = doc["paths"].as_object().unwrap();
    for route in convene::server::access_table().entries() {
        let (method, path) = (route.method.as_str(), route.path.as_str());
        if !path.starts_with("/api/v1/") || path.ends_with("openapi.json") {
            continue;
        }
        let entry = &paths[path];
        assert!(
            entry.get(method.to_lowercase()).is_some(),
            "{method} {path} is not in the OpenAPI document"
        );
    }
    assert!(doc["components"]["securitySchemes"]["bearer"].is_object());
}

async fn organisers_see_a_suggested_placement_before_applying_it(backend: Backend) {
    let (_db, store, id, app) = start(backend).await;
    let people = crowd(&app, id, 6).await;
    // Everyone marks two suggested topics: they belong in different rounds.
    let board = store.board(id).await.unwrap();
    let wanted: Vec<i64> = board.topics.iter().take(2).map(|t| t.id).collect();
    for p in &people {
        for t in &wanted {
            p.post(&format!("/topics/{t}/mark"), &[("interested", "yes")])
                .await;
        }
    }
    let organiser = app.organiser().await;
    let (status, page) = organiser.text("/open-space/suggest").await;
    assert_eq!(status, 200);
    assert!(page.contains("Apply this placement"), "{page}");
    assert!(page.contains("no placement can score below"));
    let cells = page
        .split("name=\"cells\" value=\"")
        .nth(1)
        .and_then(|rest| rest.split('"').next())
        .unwrap()
        .to_owned();
    assert!(
        store
            .board(id)
            .await
            .unwrap()
            .topics
            .iter()
            .all(|t| !t.is_placed()),
        "nothing changes before applying"
    );
    let tampered = organiser
        .post("/open-space/suggest", &[("cells", "1:2")])
        .await;
    assert_eq!(tampered.status(), 400);
    let applied = organiser
        .post("/open-space/suggest", &[("cells", &cells)])
        .await;
    assert_eq!(applied.status(), 303);
    let board = store.board(id).await.unwrap();
    let rounds: Vec<Option<i64>> = wanted
        .iter()
        .map(|t| board.topic(*t).unwrap().round_id)
        .collect();
    assert!(rounds.iter().all(Option::is_some));
    assert_ne!(
        rounds[0], rounds[1],
        "the two wanted topics in different rounds"
    );
    let (_, log) = organiser.text("/admin/audit").await;
    assert!(log.contains("applied a suggested placement"));
}

on_both_backends!(organisers_see_a_suggested_placement_before_applying_it);

/// The A3 board for the wall shows the rounds to come, not those over, and
/// each title carries its language so that the browser hyphenates it.
#[tokio::test]
async fn the_printed_board_leaves_out_rounds_that_are_over() {
    let d = common::demo(Backend::Sqlite).await;
    let organiser = d.app.organiser().await;
    let added = organiser
        .client
        .post(format!("{}/api/v1/open-space/rounds", d.app.base))
        .header("x-csrf-token", &organiser.csrf)
        .json(&serde_json::json!({
            "label": "Bygone round",
            "starts_at": "2020-03-02T07:00:00Z",
            "ends_at": "2020-03-02T08:00:00Z"
        }))
        .send()
        .await
        .unwrap();
    assert_eq!(added.status(), 201);
    let (_, board) = organiser.text("/open-space").await;
    assert!(board.contains("Bygone round"), "the board still lists it");
    let (status, paper) = organiser.text("/open-space/print").await;
    assert_eq!(status, 200);
    assert!(
        !paper.contains("Bygone round"),
        "a round over is not printed"
    );
    assert!(paper.contains("Round 3"), "rounds to come are");
}

/// A round names its program session by id: an id that is no session of
/// this consultation is the caller's mistake, told as such, never a 500.
#[tokio::test]
async fn a_round_for_a_session_that_does_not_exist_is_refused() {
    let d = common::demo(Backend::Sqlite).await;
    let organiser = d.app.organiser().await;
    let added = organiser
        .client
        .post(format!("{}/api/v1/open-space/rounds", d.app.base))
        .header("x-csrf-token", &organiser.csrf)
        .json(&serde_json::json!({
            "label": "Round 3",
            "session": 987_654,
            "starts_at": "2026-12-03T07:00:00Z",
            "ends_at": "2026-12-03T08:30:00Z"
        }))
        .send()
        .await
        .unwrap();
    assert_eq!(added.status(), 400);
    let body = added.text().await.unwrap();
    assert!(body.contains("987654"), "names the session: {body}");
}
