//! Organisers publish tables the corridors suggest: each a topic nobody
//! convenes yet, suggested on the open-space board with the organisations
//! of both ends interested.

use jiff::Timestamp;

use super::{AppState, live::Scope, program::organisers_only};
use crate::{
    auth::Principal,
    domain::{
        Consultation, Corridor, LanguageTag, Viewer,
        corridor_tables::{CorridorTable, corridor_tables},
        open_space::TopicInput,
    },
    error::AppError,
    i18n::i18n,
};

/// The board's language for a table's title: the consultation's first.
fn board_language(c: &Consultation) -> &str {
    c.languages.first().map_or("en", String::as_str)
}

/// The topic a corridor's table becomes: "Indonesia → Singapore", in the
/// consultation's first language, naming the organisations of each end.
pub fn topic_of(c: &Consultation, table: &CorridorTable) -> Result<TopicInput, AppError> {
    let lang = board_language(c);
    let tr = i18n().lang(lang);
    let names = |list: &[&crate::domain::directory::Organisation]| {
        list.iter()
            .map(|o| o.short_name().to_owned())
            .collect::<Vec<_>>()
            .join(", ")
    };
    let title = format!(
        "{} {} {}",
        table.corridor.origin.name_in(lang),
        tr.arrow(),
        table.corridor.destination.name_in(lang)
    );
    let description = tr.t_args(
        "corridor-table-description",
        &[
            ("origin", &names(&table.origin)),
            ("destination", &names(&table.destination)),
        ],
    );
    let language = LanguageTag::parse(lang).map_err(AppError::from)?;
    Ok(TopicInput {
        title,
        description,
        language,
    })
}

/// What publishing did: topics put on the board, and those already there.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Published {
    pub added: usize,
    pub already: usize,
}

/// Puts the chosen corridors' tables on the board as suggested topics.
pub async fn publish(
    state: &AppState,
    c: &Consultation,
    me: &Principal,
    chosen: &[Corridor],
) -> Result<Published, AppError> {
    organisers_only(me)?;
    let directory = state.store.directory(c.id, Viewer::Organiser).await?;
    let regions = corridor_tables(&directory);
    let mut published = Published::default();
    for corridor in chosen {
        let table = regions
            .iter()
            .flat_map(|r| &r.tables)
            .find(|t| t.corridor == *corridor)
            .ok_or(AppError::NotFound)?;
        let topic = topic_of(c, table)?;
        let interested: Vec<i64> = table.organisations().map(|o| o.id).collect();
        let (_, added) = state
            .store
            .suggest_topic(c.id, &topic, &interested, me.actor(), Timestamp::now())
            .await?;
        match added {
            true => published.added += 1,
            false => published.already += 1,
        }
    }
    if published.added > 0 {
        state.live.changed(Scope::OpenSpace);
    }
    Ok(published)
}
