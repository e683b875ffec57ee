//! Prints each stdin line's embedding as JSON, one line each, and the time
//! taken on stderr: `cargo run --release --example embed MODEL < texts`.
use std::io::BufRead;

fn main() {
    let path = std::env::args().nth(1).expect("usage: embed MODEL < texts");
    let started = std::time::Instant::now();
    let model = e5::Model::load(path.as_ref()).unwrap_or_else(|e| panic!("{e}"));
    eprintln!("loaded in {:?}", started.elapsed());
    let lines: Vec<String> = std::io::stdin()
        .lock()
        .lines()
        .map_while(Result::ok)
        .collect();
    let texts: Vec<&str> = lines.iter().map(String::as_str).collect();
    let started = std::time::Instant::now();
    let one = texts.first().map(|t| model.embed(t));
    eprintln!("one text in {:?}", started.elapsed());
    let started = std::time::Instant::now();
    let all = model.embed_all(
        &texts,
        std::thread::available_parallelism().map_or(1, |n| n.get()),
    );
    eprintln!("{} texts in {:?}", texts.len(), started.elapsed());
    assert!(one.is_none_or(|one| one == all[0]));
    for e in all {
        let numbers: Vec<String> = e.iter().map(|x| format!("{x:.6}")).collect();
        println!("[{}]", numbers.join(","));
    }
}
