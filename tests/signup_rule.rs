//! The sign-up rule three ways: the rule itself (`domain::signup`, on
//! sign-ups held in memory), the SQLite store, and the PostgreSQL store,
//! whose joins go through `convene_join_batch`. Generated sequences of
//! joins, moves, leaves and waits by a few people at a few small tables
//! must get the same answers from all three, and leave the same people at
//! the same tables and in the same lines, in the same order, after every
//! step (issue 21).

mod common;

use std::{
    collections::HashMap,
    fmt::Write,
    sync::atomic::{AtomicUsize, Ordering},
    time::{Duration, Instant},
};

use common::{Backend, TestDb};
use convene::{
    demo,
    domain::{
        LanguageTag, PersonRole, Visibility,
        directory::NewPerson,
        open_space::{SpaceInput, TopicInput},
        signup::{Join, SignUps, Wait},
    },
    store::{JoinOutcome, Store, Waited},
};
use jiff::{SignedDuration, Timestamp};
use proptest::{
    prelude::*,
    test_runner::{Config, TestCaseError, TestRunner},
};

const PEOPLE: usize = 6;
const SPACES: usize = 3;
const ROUNDS: usize = 2;
/// Some ten to twenty seconds per backend on two cores, and a few hundred
/// moves and seats handed on among them.
const CASES: u32 = 128;

/// One request. People and tables are indexes, taken modulo what the
/// scenario has; the last table of a scenario is a topic not on the board.
#[derive(Debug, Clone, Copy)]
enum Step {
    Join {
        person: usize,
        table: usize,
    },
    /// With `own`, the table is the one the person sits at in the round
    /// `table` picks, if any: most leaves are by people who sit there.
    Leave {
        person: usize,
        table: usize,
        own: bool,
    },
    /// In line, asking `later` seconds after the others' requests: the
    /// line goes by time, then by arrival.
    Wait {
        person: usize,
        table: usize,
        later: i64,
    },
    StopWaiting {
        person: usize,
        table: usize,
    },
}

#[derive(Debug, Clone)]
struct Scenario {
    people: usize,
    rounds: usize,
    /// The seats of each space; each space has a table in every round.
    capacities: Vec<i64>,
    steps: Vec<Step>,
}

impl Scenario {
    /// Tables on the board, then the one off it.
    fn tables(&self) -> usize {
        self.rounds * self.capacities.len() + 1
    }

    /// The round and seats of a table; `None` for the one off the board.
    fn placed(&self, table: usize) -> Option<(usize, i64)> {
        let spaces = self.capacities.len();
        (table < self.rounds * spaces).then(|| (table / spaces, self.capacities[table % spaces]))
    }

    fn describe(&self, table: usize) -> String {
        match self.placed(table) {
            Some((round, seats)) => format!("T{table} (round {round}, {seats} seats)"),
            None => format!("T{table} (off the board)"),
        }
    }

    /// The person and table a step is by and for, with sign-ups as
    /// `rule` holds them before it.
    fn resolve(&self, step: Step, rule: &SignUps) -> (usize, usize) {
        let (person, table) = match step {
            Step::Join { person, table }
            | Step::Leave { person, table, .. }
            | Step::Wait { person, table, .. }
            | Step::StopWaiting { person, table } => (person % self.people, table),
        };
        let round = table % self.rounds;
        let own = (0..self.tables())
            .filter(|t| self.placed(*t).is_some_and(|(r, _)| r == round))
            .find(|t| rule.seated(*t as i64).contains(&(person as i64)));
        match (step, own) {
            (Step::Leave { own: true, .. }, Some(own)) => (person, own),
            _ => (person, table % self.tables()),
        }
    }

    fn narrate(&self, step: Step, (person, table): (usize, usize)) -> String {
        let table = self.describe(table);
        match step {
            Step::Join { .. } => format!("P{person} joins {table}"),
            Step::Leave { .. } => format!("P{person} leaves {table}"),
            Step::Wait { later, .. } => format!("P{person} waits for {table} at +{later} s"),
            Step::StopWaiting { .. } => format!("P{person} stops waiting for {table}"),
        }
    }
}

fn step() -> impl Strategy<Value = Step> {
    let person = 0..PEOPLE;
    let table = 0..ROUNDS * SPACES + 1;
    prop_oneof![
        4 => (person.clone(), table.clone()).prop_map(|(person, table)| Step::Join { person, table }),
        3 => (person.clone(), table.clone(), any::<bool>())
            .prop_map(|(person, table, own)| Step::Leave { person, table, own }),
        3 => (person.clone(), table.clone(), 0..3i64)
            .prop_map(|(person, table, later)| Step::Wait { person, table, later }),
        1 => (person, table).prop_map(|(person, table)| Step::StopWaiting { person, table }),
    ]
}

fn scenario() -> impl Strategy<Value = Scenario> {
    (
        2..=PEOPLE,
        1..=ROUNDS,
        proptest::collection::vec(1..=3i64, 2..=SPACES),
        proptest::collection::vec(step(), 1..40),
    )
        .prop_map(|(people, rounds, capacities, steps)| Scenario {
            people,
            rounds,
            capacities,
            steps,
        })
}

/// What a request was answered, in the scenario's indexes.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Answer {
    Joined { left: Option<usize> },
    AlreadyThere,
    Convening,
    Full { round: usize, waiting: bool },
    NotOnBoard,
    Left(bool),
    InLine,
    Done,
}

/// Who sits at each table (by person) and who waits for it (first first).
#[derive(Debug, Clone, PartialEq, Eq)]
struct Tables {
    seated: Vec<Vec<usize>>,
    lines: Vec<Vec<usize>>,
}

impl Tables {
    fn show(&self) -> String {
        let mut text = String::new();
        for (t, (seated, line)) in self.seated.iter().zip(&self.lines).enumerate() {
            let _ = write!(text, " T{t}: {seated:?} waiting {line:?};");
        }
        text
    }
}

/// The pure rule, on the scenario's indexes as ids.
fn rule_answer(rule: &mut SignUps, step: Step, (person, table): (usize, usize)) -> Answer {
    let (p, t) = (person as i64, table as i64);
    let joined = |decision: Join| match decision {
        Join::NotOnBoard => Answer::NotOnBoard,
        Join::AlreadyThere => Answer::AlreadyThere,
        Join::Convening => Answer::Convening,
        Join::Full { round_id, waiting } => Answer::Full {
            round: round_id as usize,
            waiting,
        },
        Join::Seat { left, .. } => Answer::Joined {
            left: left.map(|l| l as usize),
        },
    };
    match step {
        Step::Join { .. } => joined(rule.join(t, p)),
        Step::Leave { .. } => Answer::Left(rule.leave(t, p)),
        Step::Wait { later, .. } => match rule.wait(t, p, later) {
            Wait::Line { .. } => Answer::InLine,
            Wait::Join(decision) => joined(decision),
        },
        Step::StopWaiting { .. } => {
            rule.stop_waiting(t, p);
            Answer::Done
        }
    }
}

fn rule_tables(rule: &SignUps, s: &Scenario) -> Tables {
    let as_index = |people: Vec<i64>| people.into_iter().map(|p| p as usize).collect();
    Tables {
        seated: (0..s.tables())
            .map(|t| as_index(rule.seated(t as i64)))
            .collect(),
        lines: (0..s.tables())
            .map(|t| as_index(rule.line(t as i64)))
            .collect(),
    }
}

/// A plain connection to the store's database: only a scenario's own
/// tables are read, and the lines in their order, which no page shows.
enum Raw {
    Sqlite(sqlx::SqlitePool),
    Postgres(sqlx::PgPool),
}

impl Raw {
    async fn pairs(&self, sql: &str) -> Vec<(i64, i64)> {
        match self {
            Raw::Sqlite(p) => sqlx::query_as(sql).fetch_all(p).await.unwrap(),
            Raw::Postgres(p) => sqlx::query_as(sql).fetch_all(p).await.unwrap(),
        }
    }

    async fn execute(&self, sql: &str) {
        match self {
            Raw::Sqlite(p) => drop(sqlx::query(sql).execute(p).await.unwrap()),
            Raw::Postgres(p) => drop(sqlx::query(sql).execute(p).await.unwrap()),
        }
    }
}

/// One backend's database, set up once; each scenario gets rounds,
/// spaces and topics of its own, so that nothing is left over from the
/// last one.
struct Backstage {
    backend: Backend,
    _db: TestDb,
    store: Store,
    raw: Raw,
    consultation: i64,
    people: Vec<i64>,
    conveners: Vec<i64>,
    scenarios: AtomicUsize,
    spent: std::sync::Mutex<Duration>,
}

/// A scenario's board in one backend: ids by index.
struct Board {
    rounds: Vec<i64>,
    topics: Vec<i64>,
    titles: Vec<String>,
}

fn someone(name: String) -> NewPerson {
    NewPerson {
        display_name: name,
        organisation: None,
        country: None,
        role: PersonRole::Participant,
        languages: vec![LanguageTag::parse("en").unwrap()],
        email: None,
        visibility: Visibility::Listed,
    }
}

impl Backstage {
    async fn open(backend: Backend) -> Backstage {
        let db = TestDb::new(backend).await;
        let store = db.store().await;
        let consultation = store
            .create_program(
                &demo::bundle(jiff::civil::date(2027, 3, 2)),
                Timestamp::now(),
            )
            .await
            .unwrap();
        let names: Vec<String> = (0..PEOPLE)
            .map(|i| format!("Sitter {i}"))
            .chain((0..SPACES).map(|i| format!("Convener {i}")))
            .collect();
        let new: Vec<NewPerson> = names.iter().cloned().map(someone).collect();
        store.import_people(consultation, &new).await.unwrap();
        let mut ids = Vec::new();
        for name in &names {
            ids.push(
                store
                    .person_id_by_name(consultation, name)
                    .await
                    .unwrap()
                    .unwrap(),
            );
        }
        let conveners = ids.split_off(PEOPLE);
        let raw = match backend {
            Backend::Sqlite => Raw::Sqlite(
                sqlx::SqlitePool::connect(&format!("sqlite://{}", db.cli_url()))
                    .await
                    .unwrap(),
            ),
            Backend::Postgres => Raw::Postgres(sqlx::PgPool::connect(&db.cli_url()).await.unwrap()),
        };
        Backstage {
            backend,
            _db: db,
            store,
            raw,
            consultation,
            people: ids,
            conveners,
            scenarios: AtomicUsize::new(0),
            spent: std::sync::Mutex::new(Duration::ZERO),
        }
    }

    async fn board(&self, s: &Scenario, start: Timestamp) -> Board {
        let store = &self.store;
        let began = Instant::now();
        let n = self.scenarios.fetch_add(1, Ordering::Relaxed);
        let mut rounds = Vec::new();
        for r in 0..s.rounds {
            let starts = start + SignedDuration::from_hours(r as i64);
            let id = store
                .create_round(
                    self.consultation,
                    None,
                    &format!("Scenario {n} round {r}"),
                    starts,
                    starts + SignedDuration::from_mins(50),
                )
                .await
                .unwrap();
            rounds.push(id);
        }
        let mut spaces = Vec::new();
        for (k, seats) in s.capacities.iter().enumerate() {
            let space = SpaceInput::new(&format!("Scenario {n} space {k}"), *seats, "").unwrap();
            spaces.push(store.create_space(self.consultation, &space).await.unwrap());
        }
        let (mut topics, mut titles) = (Vec::new(), Vec::new());
        for t in 0..s.tables() {
            let title = format!("Scenario {n} topic {t}");
            let input = TopicInput::new(&title, "", "en").unwrap();
            // A convener per space: one cell per convener and round.
            let convener = self.conveners[t % s.capacities.len()];
            let id = store
                .propose_topic(self.consultation, convener, &input, start)
                .await
                .unwrap();
            if let Some((round, _)) = s.placed(t) {
                let cell = (rounds[round], spaces[t % s.capacities.len()]);
                let placed = store.place_topic(id, Some(cell), None, start).await;
                assert!(
                    matches!(placed, Ok(convene::store::PlaceOutcome::Placed { .. })),
                    "{placed:?}"
                );
            }
            topics.push(id);
            titles.push(title);
        }
        // Placing a topic seats its convener; the rule under test is the
        // crowd's, so the conveners' own seats make way (they never join).
        let conveners: Vec<String> = self.conveners.iter().map(i64::to_string).collect();
        self.raw
            .execute(&format!(
                "DELETE FROM signup WHERE person_id IN ({})",
                conveners.join(", ")
            ))
            .await;
        *self.spent.lock().unwrap() += began.elapsed();
        Board {
            rounds,
            topics,
            titles,
        }
    }

    async fn answer(
        &self,
        b: &Board,
        step: Step,
        (person, table): (usize, usize),
        start: Timestamp,
    ) -> Answer {
        let (p, t) = (self.people[person], b.topics[table]);
        let store = &self.store;
        let began = Instant::now();
        let joined = |outcome: JoinOutcome| match outcome {
            JoinOutcome::Joined { left } => Answer::Joined {
                left: left.map(|l| b.topics.iter().position(|x| *x == l).unwrap()),
            },
            JoinOutcome::AlreadyThere => Answer::AlreadyThere,
            JoinOutcome::Convening { .. } => Answer::Convening,
            JoinOutcome::NotOnBoard => Answer::NotOnBoard,
            JoinOutcome::Full(full) => {
                assert_eq!(full.title, b.titles[table]);
                Answer::Full {
                    round: b.rounds.iter().position(|r| *r == full.round_id).unwrap(),
                    waiting: full.waiting,
                }
            }
        };
        let answer = match step {
            Step::Join { .. } => joined(store.join_table(t, p, start).await.unwrap()),
            Step::Leave { .. } => Answer::Left(store.leave_table(t, p, start).await.unwrap()),
            Step::Wait { later, .. } => {
                let at = start + SignedDuration::from_secs(later);
                match store.wait_for_table(t, p, at).await.unwrap() {
                    Waited::InLine => Answer::InLine,
                    Waited::Asked(outcome) => joined(outcome),
                }
            }
            Step::StopWaiting { .. } => {
                store.stop_waiting(t, p).await.unwrap();
                Answer::Done
            }
        };
        *self.spent.lock().unwrap() += began.elapsed();
        answer
    }

    async fn tables(&self, b: &Board) -> Tables {
        let ids: Vec<String> = b.topics.iter().map(i64::to_string).collect();
        let ids = ids.join(", ");
        let table: HashMap<i64, usize> =
            b.topics.iter().enumerate().map(|(i, t)| (*t, i)).collect();
        let person: HashMap<i64, usize> = self
            .people
            .iter()
            .enumerate()
            .map(|(i, p)| (*p, i))
            .collect();
        let began = Instant::now();
        let seats = self
            .raw
            .pairs(&format!(
                "SELECT topic_id, person_id FROM signup WHERE topic_id IN ({ids}) \
                 ORDER BY topic_id, person_id"
            ))
            .await;
        let lines = self
            .raw
            .pairs(&format!(
                "SELECT topic_id, person_id FROM waitlist WHERE topic_id IN ({ids}) \
                 ORDER BY topic_id, at, id"
            ))
            .await;
        *self.spent.lock().unwrap() += began.elapsed();
        let mut found = Tables {
            seated: vec![Vec::new(); b.topics.len()],
            lines: vec![Vec::new(); b.topics.len()],
        };
        for (t, p) in seats {
            found.seated[table[&t]].push(person[&p]);
        }
        for (t, p) in lines {
            found.lines[table[&t]].push(person[&p]);
        }
        for seated in &mut found.seated {
            seated.sort_unstable();
        }
        found
    }
}

/// Runs a scenario through the rule and each backend, step by step.
async fn agree(s: &Scenario, backends: &[&Backstage]) -> Result<(), TestCaseError> {
    let start = Timestamp::now() + SignedDuration::from_hours(24);
    let mut rule = SignUps::default();
    for t in 0..s.tables() {
        let placed = s.placed(t);
        rule.add_table(
            t as i64,
            placed.map(|(round, _)| round as i64),
            placed.map(|(_, seats)| seats),
        );
    }
    let mut boards = Vec::new();
    for b in backends {
        boards.push(b.board(s, start).await);
    }
    let mut story = String::new();
    for (i, step) in s.steps.iter().enumerate() {
        let who = s.resolve(*step, &rule);
        let _ = writeln!(story, "  {i}. {}", s.narrate(*step, who));
        let expected = rule_answer(&mut rule, *step, who);
        let tables = rule_tables(&rule, s);
        for (b, board) in backends.iter().zip(&boards) {
            let answer = b.answer(board, *step, who, start).await;
            let found = b.tables(board).await;
            if answer != expected || found != tables {
                return Err(TestCaseError::fail(format!(
                    "{:?} differs from the rule at step {i}:\n{story}\
                     rule answered {expected:?}, leaving{}\n\
                     store answered {answer:?}, leaving{}",
                    b.backend,
                    tables.show(),
                    found.show(),
                )));
            }
        }
    }
    Ok(())
}

#[test]
fn the_rule_sqlite_and_postgres_agree_seat_for_seat() {
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .unwrap();
    let (sqlite, postgres) = runtime.block_on(async {
        (
            Backstage::open(Backend::Sqlite).await,
            Backstage::open(Backend::Postgres).await,
        )
    });
    let mut runner = TestRunner::new(Config {
        cases: CASES,
        failure_persistence: None,
        ..Config::default()
    });
    let result = runner.run(&scenario(), |s| {
        runtime.block_on(agree(&s, &[&sqlite, &postgres]))
    });
    for b in [&sqlite, &postgres] {
        println!(
            "{:?}: {} scenarios, {:.1} s in the store",
            b.backend,
            b.scenarios.load(Ordering::Relaxed),
            b.spent.lock().unwrap().as_secs_f64()
        );
    }
    if let Err(e) = result {
        panic!("{e}");
    }
}
