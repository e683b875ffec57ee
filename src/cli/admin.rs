use anyhow::bail;
use qrcode::{QrCode, render::unicode};

use crate::{config, config::FileConfig, store::Store};

/// Creates (or finds) an organiser and prints a one-time sign-in link,
/// also as a QR code for the terminal.
pub async fn add(
    file: &FileConfig,
    database: Option<&str>,
    public_url: Option<&str>,
    name: &str,
) -> anyhow::Result<()> {
    let url = config::database(database, file);
    let store = Store::open(&url).await?;
    let Some(c) = store.current_consultation().await? else {
        bail!(
            "{} holds no consultation yet; create one first (convene demo loads the demo)",
            url.redacted()
        );
    };
    let person = store.add_organiser(c.id, name).await?;
    let token = crate::issue_sign_in_link(&store, person, crate::ADMIN_LINK_HOURS).await?;
    store
        .audit(
            c.id,
            None,
            "command line",
            "added an organiser",
            name,
            jiff::Timestamp::now(),
        )
        .await?;
    store.close().await;
    let link = format!("{}/signin/{token}", config::public_url(public_url, file));
    println!(
        "Sign-in link for organiser {name} (valid {} hours, once):\n{link}\n",
        crate::ADMIN_LINK_HOURS
    );
    print!("{}", terminal_qr(&link)?);
    Ok(())
}

fn terminal_qr(text: &str) -> anyhow::Result<String> {
    let code = QrCode::new(text.as_bytes())?;
    Ok(code
        .render::<unicode::Dense1x2>()
        .dark_color(unicode::Dense1x2::Light)
        .light_color(unicode::Dense1x2::Dark)
        .quiet_zone(true)
        .build()
        + "\n")
}
