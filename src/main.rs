use std::process::ExitCode;

use clap::{Parser, error::ErrorKind};
use convene::{
    cli::{self, Cli},
    config::{FileConfig, LogFormat},
};
use tracing_subscriber::EnvFilter;

// glibc's allocator kept 175 MiB resident after a rush of 1,000 sign-ups on
// PostgreSQL (many threads, many short-lived buffers); mimalloc returns
// freed memory to the system.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> ExitCode {
    cli::mark_started();
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        Err(e) => return clap_error(e),
    };
    let file = match FileConfig::load(cli.config.as_deref()) {
        Ok(file) => file,
        Err(e) => return fail(e),
    };
    init_logging(cli.log_format.or(file.log_format).unwrap_or_default());
    let runtime = match tokio::runtime::Runtime::new() {
        Ok(rt) => rt,
        Err(e) => return fail(e.into()),
    };
    match runtime.block_on(cli::run(cli, file)) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => fail(e),
    }
}

fn fail(e: anyhow::Error) -> ExitCode {
    eprintln!("error: {e:#}");
    ExitCode::FAILURE
}

/// Help and version go to stdout as clap prints them; a usage error becomes
/// one line on stderr.
fn clap_error(e: clap::Error) -> ExitCode {
    match e.kind() {
        ErrorKind::DisplayHelp
        | ErrorKind::DisplayVersion
        | ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand => {
            let _ = e.print();
            if e.kind() == ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand {
                ExitCode::from(2)
            } else {
                ExitCode::SUCCESS
            }
        }
        _ => {
            let rendered = e.render().to_string();
            let first = rendered.lines().next().unwrap_or("invalid arguments");
            eprintln!("{first} (see `convene --help`)");
            ExitCode::from(2)
        }
    }
}

fn init_logging(format: LogFormat) {
    let filter = EnvFilter::try_from_env("CONVENE_LOG")
        .unwrap_or_else(|_| EnvFilter::new("convene=info,tower_http=warn,sqlx=warn"));
    let builder = tracing_subscriber::fmt()
        .with_env_filter(filter)
        .with_writer(std::io::stderr);
    match format {
        LogFormat::Text => builder.init(),
        LogFormat::Json => builder.json().init(),
    }
}
