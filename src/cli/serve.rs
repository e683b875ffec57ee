use std::io::Write;

use anyhow::Context;

use crate::{
    config::{self, FileConfig},
    store::{DatabaseUrl, ServerLock, Store},
};

/// Adds the translations of `dir` before anything is served; a broken file
/// stops here, naming it and its line.
pub fn load_locales(dir: &std::path::Path) -> anyhow::Result<()> {
    let loaded =
        crate::i18n::install(dir).map_err(|e| anyhow::anyhow!("translations not loaded: {e}"))?;
    for line in loaded {
        tracing::info!("translations: {line}");
    }
    Ok(())
}

pub async fn run(
    file: &FileConfig,
    bind: Option<&str>,
    database: Option<&str>,
    demo: bool,
    public_url: Option<&str>,
    trusted_proxies: &[std::net::IpAddr],
    mail: Option<crate::mail::MailSettings>,
) -> anyhow::Result<()> {
    let addr = config::bind_address(bind, file)?;
    let mailer = mail
        .map(|settings| crate::mail::Mailer::new(&settings))
        .transpose()
        .map_err(|e| anyhow::anyhow!(e))?;
    // Kept alive until the server stops; the folder is removed on drop.
    let mut _demo_dir = None;
    let url = if demo {
        let dir = tempfile::Builder::new()
            .prefix("convene-demo-")
            .tempdir()
            .context("cannot create a temporary folder for the demo database")?;
        let path = dir.path().join("demo.db").to_string_lossy().into_owned();
        _demo_dir = Some(dir);
        DatabaseUrl::SqliteFile(path)
    } else {
        config::database(database, file)
    };
    let _lock = match &url {
        DatabaseUrl::SqliteFile(path) => Some(ServerLock::serve(path)?),
        DatabaseUrl::Postgres(_) => None,
    };
    let store = Store::open(&url).await?;
    let demo_people = match demo {
        true => Some(demo_accounts(&store).await?),
        false => None,
    };
    let listener =
        crate::web::http::listen(addr).with_context(|| format!("cannot listen on {addr}"))?;
    let local = listener.local_addr()?;
    tracing::info!(database = %url.redacted(), backend = store.backend(), "serving");
    // The server must outlive whoever reads its output: a closed pipe is
    // not a reason to stop, so write errors are ignored.
    let mut out = std::io::stdout();
    let _ = writeln!(out, "convene listening on http://{local}/");
    if let Some(people) = demo_people {
        let base = config::configured_public_url(public_url, file)
            .unwrap_or_else(|| format!("http://{local}"));
        let _ = writeln!(out, "Demo sign-in links (each works once, on one device):");
        for (role, name, token) in people {
            let _ = writeln!(out, "  {role:<12} {name:<18} {base}/signin/{token}");
        }
    }
    let _ = out.flush();
    if let Some(mailer) = &mailer {
        tracing::info!(server = %mailer.server, "invitations by e-mail go through this server");
    }
    let settings = crate::ServeSettings {
        public_url: config::configured_public_url(public_url, file),
        trusted_proxies: trusted_proxies.to_vec(),
        mailer: mailer.map(std::sync::Arc::new),
        ..Default::default()
    };
    crate::serve(listener, store.clone(), settings, shutdown_signal()).await?;
    store.close().await;
    Ok(())
}

/// Loads the demo and makes a sign-in link for one person of each role, so
/// that a newcomer can try every role at once.
async fn demo_accounts(store: &Store) -> anyhow::Result<Vec<(&'static str, String, String)>> {
    let id = crate::load_demo(store).await?;
    let organiser = store.add_organiser(id, "Demo organiser").await?;
    let mut accounts = vec![("organiser", "Demo organiser".to_owned(), organiser)];
    for (role, name) in [
        ("facilitator", "Diana Cano"),
        ("participant", "Amin Muftiyanah"),
    ] {
        let person = store
            .person_id_by_name(id, name)
            .await?
            .with_context(|| format!("the demo has {name}"))?;
        accounts.push((role, name.to_owned(), person));
    }
    let mut links = Vec::new();
    for (role, name, person) in accounts {
        links.push((
            role,
            name,
            crate::issue_sign_in_link(store, person, 24 * 7).await?,
        ));
    }
    let screen = "Plenary projector";
    let token = crate::issue_screen_link(store, id, screen, 24 * 7).await?;
    links.push(("screen", screen.to_owned(), token));
    Ok(links)
}

async fn shutdown_signal() {
    let ctrl_c = async {
        let _ = tokio::signal::ctrl_c().await;
    };
    #[cfg(unix)]
    let terminate = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut s) => {
                s.recv().await;
            }
            Err(_) => std::future::pending().await,
        }
    };
    #[cfg(not(unix))]
    let terminate = std::future::pending::<()>();
    tokio::select! {
        () = ctrl_c => {},
        () = terminate => {},
    }
    tracing::info!("shutting down");
}
