//! Placement benchmark: instances like real consultations (power-law
//! popularity, interests clustered by corridor or sector, 20–200 topics,
//! 50–2,000 people, 2–6 rounds) and some infeasible ones, solved by
//! convene's solver. Writes each instance and convene's answer under
//! `target/placement-bench/`, where `scripts/bench-placement` hands them to
//! the integer programme (CBC and HiGHS) for comparison.

use std::{path::Path, time::Instant};

use convene::placement::{Instance, Round, Space, Topic};

struct Shape {
    topics: usize,
    people: usize,
    rounds: usize,
}

/// A consultation-like instance: people belong to one of a few clusters
/// (a corridor, a sector), mark 2–6 topics mostly from their cluster, and
/// favour the popular ones; one participant in ten convenes.
fn generate(shape: &Shape, seed: u64) -> Instance {
    let mut rng = fastrand::Rng::with_seed(seed);
    let clusters = 6;
    let spaces_needed = shape.topics.div_ceil(shape.rounds) + 1;
    let capacities = [8u32, 12, 12, 20, 30];
    let spaces: Vec<Space> = (0..spaces_needed)
        .map(|i| Space {
            id: format!("s{i}"),
            capacity: capacities[i % capacities.len()],
            languages: match i % 5 {
                1 => Some(vec!["en".into(), "es".into()]),
                3 => Some(vec!["en".into(), "fr".into()]),
                _ => None,
            },
        })
        .collect();
    let popularity: Vec<f64> = (0..shape.topics)
        .map(|r| 1.0 / ((r + 1) as f64).powf(1.1))
        .collect();
    let mut topics: Vec<Topic> = (0..shape.topics)
        .map(|t| Topic {
            id: format!("t{t}"),
            conveners: vec![format!("p{}", (t * 7) % shape.people)],
            language: Some(
                match rng.u8(..10) {
                    0 => "es",
                    1 => "fr",
                    _ => "en",
                }
                .into(),
            ),
            interested: Vec::new(),
        })
        .collect();
    let cluster_of_topic: Vec<usize> = (0..shape.topics).map(|_| rng.usize(..clusters)).collect();
    for person in 0..shape.people {
        let cluster = person % clusters;
        let wants = 2 + rng.usize(..5);
        let mut chosen = Vec::new();
        let mut tries = 0;
        while chosen.len() < wants && tries < 200 {
            tries += 1;
            let t = rng.usize(..shape.topics);
            let weight = popularity[t]
                * if cluster_of_topic[t] == cluster {
                    3.0
                } else {
                    0.5
                };
            if rng.f64() < weight.min(1.0) && !chosen.contains(&t) {
                chosen.push(t);
            }
        }
        for t in chosen {
            topics[t].interested.push(format!("p{person}"));
        }
    }
    Instance {
        rounds: (0..shape.rounds)
            .map(|r| Round {
                id: format!("r{r}"),
            })
            .collect(),
        spaces,
        topics,
        ..Default::default()
    }
}

fn main() {
    let out = Path::new(env!("CARGO_MANIFEST_DIR")).join("target/placement-bench");
    std::fs::create_dir_all(&out).unwrap();
    let shapes = [
        (20, 50, 2),
        (40, 300, 3),
        (60, 500, 3),
        (100, 800, 4),
        (150, 1_500, 5),
        (200, 2_000, 6),
    ];
    let mut instances: Vec<(String, Instance)> = shapes
        .iter()
        .enumerate()
        .map(|(i, (topics, people, rounds))| {
            let shape = Shape {
                topics: *topics,
                people: *people,
                rounds: *rounds,
            };
            (
                format!("t{topics}-p{people}-r{rounds}"),
                generate(&shape, 1_000 + i as u64),
            )
        })
        .collect();
    // Infeasible: more topics than cells; too many in French; a busy convener.
    let mut crowded = generate(
        &Shape {
            topics: 40,
            people: 200,
            rounds: 2,
        },
        7,
    );
    crowded.spaces.truncate(15);
    instances.push(("infeasible-cells".into(), crowded));
    // Twenty topics in French, and one space of eleven interprets French.
    let mut french = generate(
        &Shape {
            topics: 30,
            people: 200,
            rounds: 3,
        },
        8,
    );
    for t in french.topics.iter_mut().take(20) {
        t.language = Some("fr".into());
    }
    for (i, s) in french.spaces.iter_mut().enumerate() {
        s.languages = Some(if i == 3 {
            vec!["en".into(), "fr".into()]
        } else {
            vec!["en".into(), "es".into()]
        });
    }
    instances.push(("infeasible-french".into(), french));
    let mut busy = generate(
        &Shape {
            topics: 30,
            people: 200,
            rounds: 2,
        },
        9,
    );
    for t in busy.topics.iter_mut().take(3) {
        t.conveners = vec!["p-busy".into()];
    }
    instances.push(("infeasible-convener".into(), busy));

    // The whole command, as a secretariat runs it: process start, reading
    // the file, the search on every core, printing. Best of three runs.
    let binary = Path::new(env!("CARGO_MANIFEST_DIR")).join("target/release/convene");
    assert!(
        binary.exists(),
        "build the release binary first (scripts/bench-placement does)"
    );
    println!("instance\ttopics\tpeople\trounds\tconvene total\tmissed\toverflow\tlower bound\tms");
    for (name, instance) in &instances {
        let path = out.join(format!("{name}.json"));
        std::fs::write(&path, serde_json::to_string(instance).unwrap()).unwrap();
        let mut runs = Vec::new();
        let mut answer = String::new();
        for _ in 0..3 {
            let started = Instant::now();
            let done = std::process::Command::new(&binary)
                .args(["place", "--json", "--seed", "1", "--input"])
                .arg(&path)
                .output()
                .unwrap();
            runs.push(started.elapsed().as_secs_f64() * 1000.0);
            assert!(
                done.status.success(),
                "{}",
                String::from_utf8_lossy(&done.stderr)
            );
            answer = String::from_utf8(done.stdout).unwrap();
        }
        let ms = runs.iter().copied().fold(f64::INFINITY, f64::min);
        let worst = runs.iter().copied().fold(0.0, f64::max);
        let outcome: serde_json::Value = serde_json::from_str(&answer).unwrap();
        let people: std::collections::HashSet<&String> =
            instance.topics.iter().flat_map(|t| &t.interested).collect();
        let row = match outcome["feasible"].as_bool() {
            Some(true) => format!(
                "{:.1}\t{}\t{}\t{:.1}",
                outcome["score"]["total"].as_f64().unwrap(),
                outcome["score"]["missed"],
                outcome["score"]["overflow"],
                outcome["lower_bound"].as_f64().unwrap_or(f64::NAN)
            ),
            _ => format!(
                "infeasible: {}\t\t\t",
                outcome["explanation"].as_str().unwrap()
            ),
        };
        println!(
            "{name}\t{}\t{}\t{}\t{row}\t{ms:.0} (worst {worst:.0})",
            instance.topics.len(),
            people.len(),
            instance.rounds.len()
        );
        std::fs::write(out.join(format!("{name}.convene.json")), answer).unwrap();
    }
}
