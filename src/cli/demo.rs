use anyhow::Context;

use crate::{config, config::FileConfig, store::Store};

pub async fn run(file: &FileConfig, database: Option<&str>) -> anyhow::Result<()> {
    let url = config::database(database, file);
    let store = Store::open(&url).await?;
    let id = crate::load_demo(&store)
        .await
        .with_context(|| format!("cannot load the demo into {}", url.redacted()))?;
    store.close().await;
    println!(
        "Loaded the demo consultation (id {id}) into {}",
        url.redacted()
    );
    Ok(())
}
