//! Command-line interface: `serve`, `demo`; more commands arrive with their issues.

mod admin;
mod backup;
mod demo;
mod export;
mod import;
mod place;
mod serve;
mod suggest;

use std::{path::PathBuf, sync::OnceLock, time::Instant};

use clap::{Parser, Subcommand};

use crate::config::LogFormat;

static STARTED: OnceLock<Instant> = OnceLock::new();

/// Notes when the process started; `main` calls it first, so that time
/// budgets (`convene place` answers within a second) count from there.
pub fn mark_started() -> Instant {
    *STARTED.get_or_init(Instant::now)
}

/// convene: run a participatory consultation (program, directory, floor,
/// open space, harvest) from one binary.
#[derive(Debug, Parser)]
#[command(name = "convene", version, about, long_about = None)]
pub struct Cli {
    /// Configuration file (TOML with keys bind, database, log_format).
    /// Default: convene.toml in the working directory, if it exists.
    #[arg(long, global = true, env = "CONVENE_CONFIG", value_name = "FILE")]
    pub config: Option<PathBuf>,

    /// Log format on stderr. Verbosity follows CONVENE_LOG (e.g. "debug").
    #[arg(long, global = true, env = "CONVENE_LOG_FORMAT", value_enum)]
    pub log_format: Option<LogFormat>,

    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Serve the web interface and the JSON API.
    ///
    /// Uses the database given by --database (default: convene.db in the
    /// working directory). With --demo, it starts instead on a fresh
    /// temporary database holding the demo consultation, removed on exit.
    Serve {
        /// Address and port to listen on [default: 127.0.0.1:8080].
        #[arg(long, env = "CONVENE_BIND", value_name = "ADDR")]
        bind: Option<String>,
        /// SQLite file path or sqlite:// URL, or a postgres:// URL [default: convene.db].
        #[arg(
            long,
            env = "CONVENE_DATABASE",
            value_name = "URL",
            conflicts_with = "demo"
        )]
        database: Option<String>,
        /// Serve the demo consultation from a fresh temporary database.
        #[arg(long)]
        demo: bool,
        /// The address people reach convene at, for links in exports
        /// [default: from each request's Host header].
        #[arg(long, env = "CONVENE_PUBLIC_URL", value_name = "URL")]
        public_url: Option<String>,
        /// A reverse proxy whose X-Forwarded-For header gives the client's
        /// address (repeat for several). Without one, that header is ignored.
        #[arg(
            long = "trusted-proxy",
            env = "CONVENE_TRUSTED_PROXIES",
            value_delimiter = ',',
            value_name = "IP"
        )]
        trusted_proxies: Vec<std::net::IpAddr>,
        /// A folder of extra or corrected translations, one folder per
        /// language tag holding .ftl files (sw/main.ftl), checked at start.
        #[arg(long, env = "CONVENE_LOCALES", value_name = "DIR")]
        locales: Option<std::path::PathBuf>,
        /// The mail server for invitations: smtp://HOST:587?tls=required
        /// (STARTTLS), smtps://HOST:465 (TLS) or smtp://HOST:25. The user and
        /// password are read from CONVENE_SMTP_USER and CONVENE_SMTP_PASSWORD.
        #[arg(long, env = "CONVENE_SMTP_URL", value_name = "URL")]
        smtp_url: Option<String>,
        /// The sender of invitations, such as "Secretariat <secretariat@example.org>".
        #[arg(long, env = "CONVENE_SMTP_FROM", value_name = "ADDRESS")]
        smtp_from: Option<String>,
    },
    /// Load the demo consultation into a new, empty database.
    ///
    /// Refuses a database that already holds a consultation: it never
    /// changes existing data.
    Demo {
        /// SQLite file path or sqlite:// URL, or a postgres:// URL [default: convene.db].
        #[arg(long, env = "CONVENE_DATABASE", value_name = "URL")]
        database: Option<String>,
    },
    /// Export the program or the directory in an open format.
    ///
    /// ical: iCalendar feed of the program (RFC 5545). frab-xml, frab-json:
    /// the schedule as pretalx and frab export it. people-csv,
    /// organisations-csv: CSV for spreadsheets (people-csv has the columns
    /// the import reads). hsds: the organisations as an Open Referral HSDS
    /// 3.0 data package, written as a folder (--out is required).
    /// report-md, report-docx, report-html: the consultation's report as
    /// Markdown, a Word document or one HTML file, with its headings in
    /// --lang.
    Export {
        #[arg(value_enum)]
        format: export::ExportFormat,
        /// The language of the report's headings and labels.
        #[arg(long, value_name = "LANG", default_value = "en")]
        lang: String,
        /// SQLite file path or sqlite:// URL, or a postgres:// URL [default: convene.db].
        #[arg(long, env = "CONVENE_DATABASE", value_name = "URL")]
        database: Option<String>,
        /// File (or folder, for hsds) to write; standard output if absent.
        #[arg(long, value_name = "PATH")]
        out: Option<PathBuf>,
        /// The address people reach convene at, for links in the export.
        #[arg(long, env = "CONVENE_PUBLIC_URL", value_name = "URL")]
        public_url: Option<String>,
    },
    /// Import data into the consultation.
    #[command(subcommand)]
    Import(ImportCommand),
    /// Copy the SQLite database consistently, also while the server runs.
    Backup {
        /// The backup file to create.
        file: PathBuf,
        /// SQLite file path or sqlite:// URL [default: convene.db].
        #[arg(long, env = "CONVENE_DATABASE", value_name = "URL")]
        database: Option<String>,
    },
    /// Replace the SQLite database with a backup (stop the server first).
    ///
    /// The backup is checked before anything changes; the replaced database
    /// is kept beside it.
    Restore {
        /// The backup file.
        file: PathBuf,
        /// SQLite file path or sqlite:// URL [default: convene.db].
        #[arg(long, env = "CONVENE_DATABASE", value_name = "URL")]
        database: Option<String>,
    },
    /// Manage organiser accounts.
    #[command(subcommand)]
    Admin(AdminCommand),
    /// Suggest open-space topics from questionnaire answers.
    #[command(subcommand)]
    Suggest(SuggestCommand),
    /// Place open-space topics where the fewest people must choose.
    ///
    /// With --input, solves an instance file (JSON: rounds, spaces, topics,
    /// and optionally pinned, unavailable, previous, weights) without a
    /// database. Otherwise proposes a placement of the database's board for
    /// the rounds that have not started (or those given by --round), and
    /// with --apply puts the topics there. Prints each cell and the score
    /// (missed interests, people over capacity, moves) with a lower bound.
    Place {
        /// An instance file to solve instead of the database's board.
        #[arg(long, value_name = "FILE", conflicts_with_all = ["database", "round", "apply"])]
        input: Option<PathBuf>,
        /// SQLite file path or sqlite:// URL, or a postgres:// URL [default: convene.db].
        #[arg(long, env = "CONVENE_DATABASE", value_name = "URL")]
        database: Option<String>,
        /// A round (name or id) to place topics in; repeat for several.
        #[arg(long, value_name = "ROUND")]
        round: Vec<String>,
        /// Apply the proposal to the board.
        #[arg(long)]
        apply: bool,
        /// Print the answer as JSON.
        #[arg(long)]
        json: bool,
        /// Seed of the search: the same seed gives the same answer.
        #[arg(long, default_value_t = 2026)]
        seed: u64,
    },
}

#[derive(Debug, Subcommand)]
pub enum SuggestCommand {
    /// Group free-text answers by topic, across languages, and propose a
    /// title per group.
    ///
    /// Reads a CSV (comma, semicolon or tab; UTF-8 with or without BOM),
    /// embeds each answer of --column with multilingual-e5-small and groups
    /// the answers that speak of the same thing. With --json prints
    /// {"groups":[{"title":…,"ids":[…]}],"ungrouped":[…]}; ids come from
    /// --id-column, else they are the answers' line numbers in the file
    /// (the header is line 1). Empty answers are skipped.
    Topics {
        /// The CSV file of answers.
        #[arg(long, value_name = "FILE")]
        input: PathBuf,
        /// The column holding the answers (its header, in any case).
        #[arg(long, value_name = "COLUMN")]
        column: String,
        /// A column identifying each answer.
        #[arg(long, value_name = "COLUMN")]
        id_column: Option<String>,
        /// Print the groups as JSON.
        #[arg(long)]
        json: bool,
    },
}

#[derive(Debug, Subcommand)]
pub enum AdminCommand {
    /// Add an organiser and print a one-time sign-in link (and its QR code).
    ///
    /// Running it again for the same name prints a fresh link: the way back
    /// in for an organiser who lost theirs.
    Add {
        /// The organiser's name as shown to others.
        name: String,
        /// SQLite file path or sqlite:// URL, or a postgres:// URL [default: convene.db].
        #[arg(long, env = "CONVENE_DATABASE", value_name = "URL")]
        database: Option<String>,
        /// The address people reach convene at, for the link.
        #[arg(long, env = "CONVENE_PUBLIC_URL", value_name = "URL")]
        public_url: Option<String>,
    },
}

#[derive(Debug, Subcommand)]
pub enum ImportCommand {
    /// Import the participant list from a CSV file, all or nothing.
    ///
    /// Columns, matched by header in any order and case: name (required),
    /// organisation, country (ISO 3166 code or English name), role
    /// (organiser, facilitator, participant), languages (ISO 639-1 codes
    /// separated by spaces or |), email, visibility (listed, organisers,
    /// hidden; default organisers). Other columns are reported as ignored.
    /// Comma or semicolon separated, UTF-8 with or without BOM. Every bad row
    /// is reported with its line and column; re-importing updates people
    /// (matched by email, else by name and organisation) instead of
    /// duplicating them. Secretariats that keep one sheet may add the
    /// organisation's fields as organisation_acronym, organisation_country,
    /// organisation_sectors, organisation_services, organisation_languages,
    /// organisation_website and organisation_corridors (ID>SG|ID>MY).
    Participants {
        /// The CSV file.
        file: PathBuf,
        /// SQLite file path or sqlite:// URL, or a postgres:// URL [default: convene.db].
        #[arg(long, env = "CONVENE_DATABASE", value_name = "URL")]
        database: Option<String>,
    },
    /// Import the organisations' list from a CSV file, all or nothing.
    ///
    /// Columns, matched by header in any order and case: name (required),
    /// acronym, country, sectors (keys such as domestic-work, or free tags,
    /// separated by |), services (keys such as legal-aid), languages,
    /// website, corridors (ORIGIN>DESTINATION pairs separated by |, such as
    /// ID>SG|ID>MY). Organisations are matched by name or acronym and
    /// updated; a column the file lacks is left as it is. `convene export
    /// organisations-csv` writes this format.
    Organisations {
        /// The CSV file.
        file: PathBuf,
        /// SQLite file path or sqlite:// URL, or a postgres:// URL [default: convene.db].
        #[arg(long, env = "CONVENE_DATABASE", value_name = "URL")]
        database: Option<String>,
    },
    /// Import answers to a questionnaire exported by another form tool.
    ///
    /// QUESTIONNAIRE is its number or title. The CSV has a header row of
    /// question texts (in any of the questionnaire's languages) and one row
    /// per respondent; columns "email" or "name" match people of the
    /// directory. Shows how columns map to questions and which rows match
    /// nobody; with --apply, stores them, all or nothing.
    Answers {
        /// The questionnaire's number or title.
        questionnaire: String,
        /// The CSV file.
        file: PathBuf,
        /// Store the answers (without it, only the preview is shown).
        #[arg(long)]
        apply: bool,
        /// SQLite file path or sqlite:// URL, or a postgres:// URL [default: convene.db].
        #[arg(long, env = "CONVENE_DATABASE", value_name = "URL")]
        database: Option<String>,
    },
    /// Import a program: frab schedule XML or JSON (as pretalx, frab and
    /// other conference tools export it), or CSV with the columns title,
    /// kind, date (YYYY-MM-DD), start, end (HH:MM, local time), room,
    /// facilitators, speakers (names separated by ;), languages, and
    /// optionally id and description.
    ///
    /// Shows what will be created and updated; with --apply, stores it, all
    /// or nothing. Re-importing the same file updates the sessions (matched
    /// by the file's guid or id) instead of duplicating them. Into an empty
    /// database, a frab file creates the consultation from its conference.
    Program {
        /// The schedule file.
        file: PathBuf,
        /// Store the changes (without it, only the preview is shown).
        #[arg(long)]
        apply: bool,
        /// SQLite file path or sqlite:// URL, or a postgres:// URL [default: convene.db].
        #[arg(long, env = "CONVENE_DATABASE", value_name = "URL")]
        database: Option<String>,
    },
}

pub async fn run(cli: Cli, file: crate::config::FileConfig) -> anyhow::Result<()> {
    match cli.command {
        Command::Serve {
            bind,
            database,
            demo,
            public_url,
            trusted_proxies,
            locales,
            smtp_url,
            smtp_from,
        } => {
            let locales = locales.or_else(|| file.locales.clone());
            if let Some(dir) = locales {
                serve::load_locales(&dir)?;
            }
            let mail = crate::config::mail(smtp_url.as_deref(), smtp_from.as_deref(), &file)?;
            serve::run(
                &file,
                bind.as_deref(),
                database.as_deref(),
                demo,
                public_url.as_deref(),
                &trusted_proxies,
                mail,
            )
            .await
        }
        Command::Demo { database } => demo::run(&file, database.as_deref()).await,
        Command::Export {
            format,
            lang,
            database,
            out,
            public_url,
        } => {
            export::run(
                &file,
                database.as_deref(),
                format,
                &lang,
                out.as_deref(),
                public_url.as_deref(),
            )
            .await
        }
        Command::Backup {
            file: path,
            database,
        } => backup::backup(&file, database.as_deref(), &path).await,
        Command::Restore {
            file: path,
            database,
        } => backup::restore(&file, database.as_deref(), &path).await,
        Command::Admin(AdminCommand::Add {
            name,
            database,
            public_url,
        }) => admin::add(&file, database.as_deref(), public_url.as_deref(), &name).await,
        Command::Place {
            input: Some(path),
            json,
            seed,
            ..
        } => place::from_file(&path, json, seed),
        Command::Place {
            input: None,
            database,
            round,
            apply,
            json,
            seed,
        } => place::from_database(&file, database.as_deref(), &round, apply, json, seed).await,
        Command::Suggest(SuggestCommand::Topics {
            input,
            column,
            id_column,
            json,
        }) => suggest::topics(&input, &column, id_column.as_deref(), json),
        Command::Import(ImportCommand::Participants {
            file: path,
            database,
        }) => import::participants(&file, database.as_deref(), &path).await,
        Command::Import(ImportCommand::Organisations {
            file: path,
            database,
        }) => import::organisations(&file, database.as_deref(), &path).await,
        Command::Import(ImportCommand::Answers {
            questionnaire,
            file: path,
            apply,
            database,
        }) => import::answers(&file, database.as_deref(), &questionnaire, &path, apply).await,
        Command::Import(ImportCommand::Program {
            file: path,
            apply,
            database,
        }) => import::program(&file, database.as_deref(), &path, apply).await,
    }
}
