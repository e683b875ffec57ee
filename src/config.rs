//! Settings: built-in defaults, then a TOML file, then `CONVENE_*`
//! environment variables, then command-line flags (clap merges the last two).

use std::{net::SocketAddr, path::Path};

use anyhow::{Context, bail};
use serde::Deserialize;

use crate::store::DatabaseUrl;

pub const DEFAULT_BIND: &str = "127.0.0.1:8080";
pub const DEFAULT_DATABASE: &str = "convene.db";
/// Read when present and no other file is named.
pub const DEFAULT_CONFIG_FILE: &str = "convene.toml";

/// The configuration file. Every key is optional.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FileConfig {
    pub bind: Option<String>,
    pub database: Option<String>,
    pub log_format: Option<LogFormat>,
    pub public_url: Option<String>,
    /// A folder of extra or corrected translations (`TAG/main.ftl`).
    pub locales: Option<std::path::PathBuf>,
    /// The mail server invitations are sent through, such as
    /// `smtp://mail.example.org:587?tls=required`; the user and password
    /// come from `CONVENE_SMTP_USER` and `CONVENE_SMTP_PASSWORD`.
    pub smtp_url: Option<String>,
    /// The sender of invitations, such as `Secretariat <secretariat@example.org>`.
    pub smtp_from: Option<String>,
}

#[derive(Debug, Default, Clone, Copy, PartialEq, Eq, Deserialize, clap::ValueEnum)]
#[serde(rename_all = "lowercase")]
pub enum LogFormat {
    #[default]
    Text,
    Json,
}

impl FileConfig {
    /// Reads `path`, or `convene.toml` in the working directory if it exists.
    pub fn load(path: Option<&Path>) -> anyhow::Result<Self> {
        let path = match path {
            Some(p) => p,
            None if Path::new(DEFAULT_CONFIG_FILE).exists() => Path::new(DEFAULT_CONFIG_FILE),
            None => return Ok(FileConfig::default()),
        };
        let text = std::fs::read_to_string(path)
            .with_context(|| format!("cannot read the configuration file {}", path.display()))?;
        toml::from_str(&text).map_err(|e| {
            let at = e.span().map(|span| line_and_column(&text, span.start));
            let at = at
                .map(|(l, c)| format!(", line {l}, column {c}"))
                .unwrap_or_default();
            anyhow::anyhow!("configuration file {}{at}: {}", path.display(), e.message())
        })
    }
}

fn line_and_column(text: &str, offset: usize) -> (usize, usize) {
    let before = &text[..offset.min(text.len())];
    let line = before.matches('\n').count() + 1;
    let column = before.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
    (line, column)
}

/// Picks the first value given: flag or environment, then file, then default.
pub fn bind_address(flag: Option<&str>, file: &FileConfig) -> anyhow::Result<SocketAddr> {
    let raw = flag.or(file.bind.as_deref()).unwrap_or(DEFAULT_BIND);
    match raw.parse() {
        Ok(addr) => Ok(addr),
        Err(_) => bail!("invalid bind address {raw:?} (expected IP:PORT, such as 127.0.0.1:8080)"),
    }
}

pub fn database(flag: Option<&str>, file: &FileConfig) -> DatabaseUrl {
    DatabaseUrl::parse(
        flag.or(file.database.as_deref())
            .unwrap_or(DEFAULT_DATABASE),
    )
}

/// The mail server's settings, when one is configured: flags or
/// environment, then the file; the user and password only from the
/// environment, so that no file holds them.
pub fn mail(
    url: Option<&str>,
    from: Option<&str>,
    file: &FileConfig,
) -> anyhow::Result<Option<crate::mail::MailSettings>> {
    let Some(url) = url
        .or(file.smtp_url.as_deref())
        .filter(|u| !u.trim().is_empty())
    else {
        return Ok(None);
    };
    let Some(from) = from.or(file.smtp_from.as_deref()) else {
        bail!(
            "smtp_url is set but smtp_from is not: give the sender's address, such as \"Secretariat <secretariat@example.org>\" (--smtp-from or CONVENE_SMTP_FROM)"
        );
    };
    let env = |name: &str| std::env::var(name).ok().filter(|v| !v.is_empty());
    Ok(Some(crate::mail::MailSettings {
        url: url.trim().to_owned(),
        from: from.trim().to_owned(),
        user: env("CONVENE_SMTP_USER"),
        password: env("CONVENE_SMTP_PASSWORD"),
    }))
}

/// The public address for links in exports, without a trailing slash.
pub fn public_url(flag: Option<&str>, file: &FileConfig) -> String {
    flag.or(file.public_url.as_deref())
        .unwrap_or("http://127.0.0.1:8080")
        .trim_end_matches('/')
        .to_owned()
}

/// Like [`public_url`], but `None` when nothing is configured, so that the
/// server can derive it from each request.
pub fn configured_public_url(flag: Option<&str>, file: &FileConfig) -> Option<String> {
    flag.or(file.public_url.as_deref())
        .map(|u| u.trim_end_matches('/').to_owned())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn flag_beats_file_beats_default() {
        let file: FileConfig = toml::from_str("bind = \"0.0.0.0:9000\"").unwrap();
        assert_eq!(bind_address(None, &file).unwrap().port(), 9000);
        assert_eq!(
            bind_address(Some("127.0.0.1:7000"), &file).unwrap().port(),
            7000
        );
        assert_eq!(
            bind_address(None, &FileConfig::default())
                .unwrap()
                .to_string(),
            DEFAULT_BIND
        );
        assert_eq!(
            database(None, &FileConfig::default()),
            DatabaseUrl::SqliteFile(DEFAULT_DATABASE.into())
        );
    }

    #[test]
    fn rejects_unknown_keys_and_bad_addresses() {
        assert!(toml::from_str::<FileConfig>("bnid = \"x\"").is_err());
        let err = bind_address(Some("localhost"), &FileConfig::default()).unwrap_err();
        assert!(err.to_string().contains("localhost"));
    }
}
