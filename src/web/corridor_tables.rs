//! The organisers' page of tables the corridors suggest, grouped by region,
//! with a checkbox each to publish them on the open-space board.

use askama::Template;
use axum::{
    extract::{Query, State},
    response::{IntoResponse, Redirect, Response},
};
use axum_extra::extract::Form;
use serde::Deserialize;

use super::{
    pages::{Current, PageResult, render, tr},
    views::Layout,
};
use crate::{
    app::{
        AppState, Me,
        corridor_tables::{self as actions, topic_of},
        program::organisers_only,
    },
    domain::{Corridor, Viewer, corridor_tables::corridor_tables},
    error::AppError,
};

pub struct TableView {
    pub key: String,
    pub title: String,
    pub origin: Vec<String>,
    pub destination: Vec<String>,
    pub elsewhere: Vec<String>,
    /// Already a topic on the board.
    pub on_board: bool,
}

#[derive(Template)]
#[template(path = "os_corridors.html")]
pub struct CorridorTablesPage {
    pub page: Layout,
    pub csrf: String,
    pub regions: Vec<(String, Vec<TableView>)>,
    pub notice: Option<String>,
}

#[derive(Debug, Default, Deserialize)]
pub struct Done {
    added: Option<usize>,
    already: Option<usize>,
}

pub async fn page(
    State(state): State<AppState>,
    Current(c): Current,
    Me(me): Me,
    Query(done): Query<Done>,
) -> PageResult {
    organisers_only(&me)?;
    let tr = tr();
    let directory = state.store.directory(c.id, Viewer::Organiser).await?;
    let board = state.store.board(c.id).await?;
    let names = |list: &[&crate::domain::directory::Organisation]| {
        list.iter().map(|o| o.name.clone()).collect::<Vec<_>>()
    };
    let mut regions = Vec::new();
    for region in corridor_tables(&directory) {
        let mut tables = Vec::new();
        for table in &region.tables {
            let topic = topic_of(&c, table)?;
            tables.push(TableView {
                key: table.corridor.key(),
                title: format!(
                    "{} {} {}",
                    table.corridor.origin.name_in(tr.lang()),
                    tr.arrow(),
                    table.corridor.destination.name_in(tr.lang())
                ),
                origin: names(&table.origin),
                destination: names(&table.destination),
                elsewhere: names(&table.elsewhere),
                on_board: board.topics.iter().any(|t| t.title == topic.title),
            });
        }
        regions.push((tr.t(&format!("region-{}", region.region)), tables));
    }
    let notice = match (done.added, done.already) {
        (None, None) => None,
        (added, already) => Some(format!(
            "{} {}",
            tr.t_count("corridor-tables-added", added.unwrap_or(0)),
            tr.t_count("corridor-tables-already", already.unwrap_or(0)),
        )),
    };
    render(&CorridorTablesPage {
        page: Layout::for_consultation(tr, &c, tr.t("corridor-tables-title"), "open-space"),
        csrf: me.csrf_token.clone(),
        regions,
        notice,
    })
}

#[derive(Debug, Deserialize)]
pub struct PublishForm {
    /// Corridors as `ORIGIN-DESTINATION`, one per ticked box.
    #[serde(default)]
    corridor: Vec<String>,
}

pub async fn publish(
    State(state): State<AppState>,
    Current(c): Current,
    Me(me): Me,
    Form(form): Form<PublishForm>,
) -> Result<Response, AppError> {
    let chosen = form
        .corridor
        .iter()
        .map(|key| Corridor::parse(key))
        .collect::<Result<Vec<_>, _>>()
        .map_err(AppError::from)?;
    if chosen.is_empty() {
        return Err(AppError::BadRequest(tr().t("corridor-tables-none-chosen")));
    }
    let published = actions::publish(&state, &c, &me, &chosen).await?;
    Ok(Redirect::to(&format!(
        "/open-space/corridors?added={}&already={}",
        published.added, published.already
    ))
    .into_response())
}
