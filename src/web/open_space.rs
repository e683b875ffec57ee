//! The open space in the browser: the board, topics, sign-ups, the screen
//! view and the organisers' setup. Every page works by plain forms; the live
//! script only refreshes the parts marked `data-live`.

use crate::error::Words;
use askama::Template;
use axum::{
    extract::{Path, Query, State},
    http::StatusCode,
    response::{IntoResponse, Redirect, Response},
};
use jiff::Timestamp;

use super::{
    format,
    pages::{Current, PageResult, render, tr},
    views::{LanguageFilter, LanguagePicker, Layout},
};
use crate::{
    app::{
        AppState, Me,
        open_space::{self as actions, Joined, NewRound, Placed, TopicForm},
    },
    auth::{Principal, Role},
    domain::{
        Consultation, Viewer,
        open_space::{Board, BoardTopic, Notes, NoticeText, OpenTable, SpaceInput},
    },
    error::AppError,
    i18n::Tr,
    store::{MyBoard, Seat},
};

/// A notice in the reader's language.
fn notice_words(tr: Tr<'static>, notice: &NoticeText) -> String {
    if notice.key.is_empty() {
        return notice.args.get("text").cloned().unwrap_or_default();
    }
    let args: Vec<(&str, &str)> = notice
        .args
        .iter()
        .map(|(k, v)| (k.as_str(), v.as_str()))
        .collect();
    tr.t_args(&notice.key, &args)
}

/// A topic as a card on the board.
pub struct TopicCard {
    pub id: i64,
    pub title: String,
    pub description: String,
    pub lang: String,
    pub convener: Option<String>,
    pub has_convener: bool,
    pub suggested: bool,
    pub proposed_by: Option<String>,
    pub interested_orgs: String,
    pub marks: i64,
    pub signed_up: i64,
    pub capacity: Option<i64>,
    pub waiting: i64,
    pub full: bool,
    pub seated_here: bool,
    /// The person looking convenes it: they stay at it.
    pub convening: bool,
    pub waiting_here: bool,
    pub marked: bool,
    pub can_manage: bool,
    pub version: i64,
    /// Cells it may be placed in: ("round:space", "Round 1 · Table 3").
    pub free_cells: Vec<(String, String)>,
}

pub struct CellView {
    pub space: String,
    pub capacity: i64,
    pub languages: String,
    pub topic: TopicCard,
}

pub struct RoundView {
    pub id: i64,
    pub label: String,
    pub time: String,
    pub started: bool,
    pub ended: bool,
    /// Cells with a topic.
    pub cells: Vec<CellView>,
    /// Spaces still free in this round, as "Table 2 (12)".
    pub free: Vec<String>,
}

/// Who is looking, for what the board offers them.
struct Looker<'a> {
    me: &'a Principal,
    mine: MyBoard,
    now: Timestamp,
}

impl Looker<'_> {
    fn organiser(&self) -> bool {
        self.me.role == Role::Organiser
    }

    fn can_manage(&self, t: &BoardTopic) -> bool {
        self.organiser() || (t.convener_id.is_some() && t.convener_id == self.me.person_id)
    }
}

fn card(board: &Board, c: &Consultation, t: &BoardTopic, who: &Looker) -> TopicCard {
    let capacity = board.capacity(t);
    let can_manage = who.can_manage(t);
    let free_cells = if can_manage {
        // Rounds to come first: the choice selected by default is a round
        // to come whenever there is one, not one under way or over.
        let mut rounds: Vec<_> = board
            .rounds
            .iter()
            .filter(|r| who.organiser() || !r.has_started(who.now))
            // Only cells that will be accepted: not a round in which the
            // convener already holds another table.
            .filter(|r| !board.convener_busy(t, r.id))
            .collect();
        rounds.sort_by_key(|r| r.has_started(who.now));
        rounds
            .into_iter()
            .flat_map(|r| {
                board.free_spaces(r.id).map(move |s| {
                    (
                        format!("{}:{}", r.id, s.id),
                        format!(
                            "{} ({}) · {} · {}",
                            r.label,
                            tr().time_range(r.starts_at, r.ends_at, &c.time_zone),
                            s.name,
                            s.capacity
                        ),
                    )
                })
            })
            .collect()
    } else {
        Vec::new()
    };
    TopicCard {
        id: t.id,
        title: t.title.clone(),
        description: t.description.clone(),
        lang: t.text_lang.clone(),
        convener: t.convener_name.clone(),
        has_convener: t.convener_id.is_some(),
        suggested: t.origin == crate::domain::TopicOrigin::Suggested,
        proposed_by: t.proposed_by.as_ref().map(|o| o.short_name().to_owned()),
        interested_orgs: t
            .interested
            .iter()
            .map(|o| o.short_name().to_owned())
            .collect::<Vec<_>>()
            .join(", "),
        marks: t.marks,
        signed_up: t.signed_up,
        capacity,
        waiting: t.waiting,
        full: capacity.is_some_and(|c| t.signed_up >= c),
        seated_here: t
            .round_id
            .is_some_and(|r| who.mine.seats.get(&r) == Some(&t.id)),
        convening: t.convener_id.is_some() && t.convener_id == who.me.person_id,
        waiting_here: who.mine.waiting.iter().any(|(w, _)| *w == t.id),
        marked: who.mine.marks.contains(&t.id),
        can_manage,
        version: t.version,
        free_cells,
    }
}

fn rounds(board: &Board, c: &Consultation, who: &Looker) -> Vec<RoundView> {
    board
        .rounds
        .iter()
        .map(|r| RoundView {
            id: r.id,
            label: r.label.clone(),
            time: format!(
                "{} · {}",
                tr().day_short(c.local_date(r.starts_at)),
                tr().time_range(r.starts_at, r.ends_at, &c.time_zone)
            ),
            started: r.has_started(who.now),
            ended: r.has_ended(who.now),
            cells: board
                .spaces
                .iter()
                .filter_map(|s| {
                    let topic = board.cell(r.id, s.id)?;
                    Some(CellView {
                        space: s.name.clone(),
                        capacity: s.capacity,
                        languages: s.languages.join(" "),
                        topic: card(board, c, topic, who),
                    })
                })
                .collect(),
            free: board
                .free_spaces(r.id)
                .map(|s| format!("{} ({})", s.name, s.capacity))
                .collect(),
        })
        .collect()
}

async fn looker<'a>(
    state: &AppState,
    c: &Consultation,
    me: &'a Principal,
) -> Result<Looker<'a>, AppError> {
    let mine = match me.person_id {
        Some(p) => state.store.my_board(c.id, p).await?,
        None => MyBoard::default(),
    };
    Ok(Looker {
        me,
        mine,
        now: Timestamp::now(),
    })
}

#[derive(Template)]
#[template(path = "open_space.html")]
pub struct BoardPage {
    pub page: Layout,
    pub csrf: String,
    pub person: bool,
    pub organiser: bool,
    pub rounds: Vec<RoundView>,
    pub unplaced: Vec<TopicCard>,
    pub notices: Vec<String>,
    /// Why the action just asked for was refused.
    pub refusal: Option<String>,
    pub mine: Option<MyOpenSpace>,
    pub find: Find,
    pub rules: Vec<String>,
    pub rules_lang: String,
    /// Enters topics for conveners: the names to pick one from.
    pub convener_names: Option<Vec<String>>,
    /// The person was not asked yet whether their name may be shown as a
    /// convener.
    pub ask_named: bool,
    pub language_picker: LanguagePicker,
    pub language_filter: Option<LanguageFilter>,
    pub has_setup: bool,
}

#[derive(serde::Deserialize, Default)]
pub struct BoardQuery {
    /// Only the topics written in this language.
    #[serde(default)]
    lang: Option<String>,
    /// Words to find in titles, descriptions, conveners and tables.
    #[serde(default)]
    q: Option<String>,
    /// Only this round (its id).
    #[serde(default)]
    round: Option<String>,
    /// Only tables with a seat left.
    #[serde(default)]
    room: Option<String>,
}

/// The board's search and filters, as the person set them.
pub struct Find {
    pub q: String,
    pub lang: Option<String>,
    /// (id, label, selected)
    pub rounds: Vec<(i64, String, bool)>,
    pub room: bool,
    pub active: bool,
    /// Topics shown, when a filter is set.
    pub shown: usize,
}

/// A person's own open space: where they sit in each round, what they
/// convene, where they wait.
pub struct MyOpenSpace {
    pub rounds: Vec<MyRound>,
    /// Topics they convene that are not on the board yet: (id, title, lang).
    pub unplaced: Vec<(i64, String, String)>,
    pub lines: Vec<MyLine>,
}

pub struct MyRound {
    pub label: String,
    pub time: String,
    pub table: Option<MyTable>,
}

pub struct MyTable {
    pub topic_id: i64,
    pub title: String,
    pub lang: String,
    pub space: String,
    pub convening: bool,
}

pub struct MyLine {
    pub topic_id: i64,
    pub title: String,
    pub lang: String,
    pub round: String,
    pub place: i64,
}

fn my_open_space(board: &Board, c: &Consultation, who: &Looker) -> Option<MyOpenSpace> {
    let me = who.me.person_id?;
    let tr = tr();
    let rounds = board
        .rounds
        .iter()
        .map(|r| MyRound {
            label: r.label.clone(),
            time: format!(
                "{} · {}",
                tr.day_short(c.local_date(r.starts_at)),
                tr.time_range(r.starts_at, r.ends_at, &c.time_zone)
            ),
            table: who
                .mine
                .seats
                .get(&r.id)
                .and_then(|id| board.topic(*id))
                .map(|t| MyTable {
                    topic_id: t.id,
                    title: t.title.clone(),
                    lang: t.text_lang.clone(),
                    space: t
                        .space_id
                        .and_then(|s| board.space(s))
                        .map(|s| s.name.clone())
                        .unwrap_or_default(),
                    convening: t.convener_id == Some(me),
                }),
        })
        .collect();
    let unplaced = board
        .unplaced()
        .filter(|t| t.convener_id == Some(me))
        .map(|t| (t.id, t.title.clone(), t.text_lang.clone()))
        .collect();
    let lines = who
        .mine
        .waiting
        .iter()
        .filter_map(|(id, place)| {
            let t = board.topic(*id)?;
            Some(MyLine {
                topic_id: t.id,
                title: t.title.clone(),
                lang: t.text_lang.clone(),
                round: t
                    .round_id
                    .and_then(|r| board.round(r))
                    .map(|r| r.label.clone())
                    .unwrap_or_default(),
                place: *place,
            })
        })
        .collect();
    Some(MyOpenSpace {
        rounds,
        unplaced,
        lines,
    })
}

/// Whether a card matches the words searched for (any case).
fn matches_words(t: &TopicCard, space: &str, words: &str) -> bool {
    let words = words.to_lowercase();
    words.split_whitespace().all(|word| {
        [
            t.title.as_str(),
            t.description.as_str(),
            t.convener.as_deref().unwrap_or(""),
            space,
        ]
        .iter()
        .any(|text| text.to_lowercase().contains(word))
    })
}

pub async fn board(
    State(state): State<AppState>,
    Current(c): Current,
    Me(me): Me,
    Query(query): Query<BoardQuery>,
) -> PageResult {
    board_page(&state, &c, &me, &query, None).await
}

async fn board_page(
    state: &AppState,
    c: &Consultation,
    me: &Principal,
    query: &BoardQuery,
    refusal: Option<String>,
) -> PageResult {
    let tr = tr();
    let mut board = state.store.board(c.id).await?;
    if me.role == Role::Anonymous {
        // A public board names nobody: visitors who did not sign in are
        // not the conveners' fellow participants.
        for t in &mut board.topics {
            t.convener_name = None;
        }
    }
    let who = looker(state, c, me).await?;
    let notices = match me.person_id {
        Some(p) => state
            .store
            .unseen_notices(p)
            .await?
            .into_iter()
            .map(|n| notice_words(tr, &NoticeText::decode(&n.message)))
            .collect(),
        None => Vec::new(),
    };
    let lang = query.lang.as_deref().filter(|l| !l.is_empty());
    let language_filter = LanguageFilter::new(
        tr,
        board.topics.iter().map(|t| t.text_lang.as_str()),
        lang,
        "",
        "board",
    );
    let words = query.q.as_deref().unwrap_or("").trim().to_owned();
    let round_wanted = query.round.as_deref().and_then(|r| r.parse::<i64>().ok());
    let room = query.room.as_deref().is_some_and(|r| !r.is_empty());
    let in_language = |t: &TopicCard| lang.is_none_or(|l| t.lang == l);
    let mut rounds = rounds(&board, c, &who);
    rounds.retain(|r| round_wanted.is_none_or(|id| id == r.id));
    for round in &mut rounds {
        round.cells.retain(|cell| {
            in_language(&cell.topic)
                && (!room || !cell.topic.full)
                && matches_words(&cell.topic, &cell.space, &words)
        });
    }
    let unplaced: Vec<TopicCard> = board
        .unplaced()
        .map(|t| card(&board, c, t, &who))
        .filter(|t| {
            round_wanted.is_none() && !room && in_language(t) && matches_words(t, "", &words)
        })
        .collect();
    let active = !words.is_empty() || round_wanted.is_some() || room;
    let find = Find {
        shown: unplaced.len() + rounds.iter().map(|r| r.cells.len()).sum::<usize>(),
        q: words,
        lang: lang.map(str::to_owned),
        rounds: board
            .rounds
            .iter()
            .map(|r| (r.id, r.label.clone(), round_wanted == Some(r.id)))
            .collect(),
        room,
        active,
    };
    let (rules, rules_lang) = open_space_rules(tr, c);
    let convener_names = match actions::enters_for_others(state, c, me).await? {
        true => Some(state.store.person_names(c.id).await?),
        false => None,
    };
    let ask_named = match me.person_id {
        Some(p) => state.store.convener_named(p).await?.is_none(),
        None => false,
    };
    render(&BoardPage {
        page: Layout::for_consultation(tr, c, tr.t("os-title"), "open-space"),
        csrf: me.csrf_token.clone(),
        person: me.person_id.is_some(),
        organiser: who.organiser(),
        mine: my_open_space(&board, c, &who),
        rounds,
        unplaced,
        notices,
        refusal,
        find,
        rules,
        rules_lang,
        convener_names,
        ask_named,
        language_picker: LanguagePicker::new(tr, c),
        language_filter,
        has_setup: !board.rounds.is_empty() && !board.spaces.is_empty(),
    })
}

/// The rules of the open space as the organisers wrote them, one per
/// line, in the consultation's first language; else the agenda's, in the
/// reader's.
fn open_space_rules(tr: Tr<'static>, c: &Consultation) -> (Vec<String>, String) {
    match c.open_space_rules.as_deref().map(str::trim) {
        Some(rules) if !rules.is_empty() => (
            rules
                .lines()
                .map(str::trim)
                .filter(|l| !l.is_empty())
                .map(str::to_owned)
                .collect(),
            c.languages.first().cloned().unwrap_or_default(),
        ),
        _ => (
            [
                "os-rule-anyone",
                "os-rule-convener",
                "os-rule-no-preparation",
                "os-rule-two-feet",
            ]
            .iter()
            .map(|key| tr.t(key))
            .collect(),
            tr.lang().to_owned(),
        ),
    }
}

/// A refused open-space action shows the board again, with the reason,
/// rather than a page whose only way on is the start page.
async fn or_board(
    state: &AppState,
    c: &Consultation,
    me: &Principal,
    result: Result<Response, AppError>,
) -> Result<Response, AppError> {
    match result {
        Err(e @ AppError::Told(..)) => {
            let status = e.status();
            let reason = e.into_message_in(tr());
            let mut response =
                board_page(state, c, me, &BoardQuery::default(), Some(reason)).await?;
            *response.status_mut() = status;
            Ok(response)
        }
        other => other,
    }
}

#[derive(Template)]
#[template(path = "os_screen.html")]
pub struct ScreenPage {
    pub page: Layout,
    pub rounds: Vec<RoundView>,
    pub unplaced: Vec<TopicCard>,
    pub join_url: String,
    pub join_qr: String,
    pub rules: Vec<String>,
    pub rules_lang: String,
}

/// The projector's view: the whole board, large; names never.
pub async fn screen(
    State(state): State<AppState>,
    Current(c): Current,
    headers: axum::http::HeaderMap,
) -> PageResult {
    let tr = tr();
    let board = state.store.board(c.id).await?;
    let nobody = Principal::anonymous();
    let who = Looker {
        me: &nobody,
        mine: MyBoard::default(),
        now: Timestamp::now(),
    };
    let join_url = format!("{}/open-space", super::exports::base_url(&state, &headers));
    // The screen shows only upcoming and running rounds: a past round is noise.
    let mut rounds = rounds(&board, &c, &who);
    let now = who.now;
    rounds.retain(|r| board.round(r.id).is_none_or(|b| b.ends_at > now));
    let (rules, rules_lang) = open_space_rules(tr, &c);
    render(&ScreenPage {
        page: Layout::for_consultation(tr, &c, tr.t("os-title"), "open-space"),
        rounds,
        unplaced: board
            .unplaced()
            .map(|t| card(&board, &c, t, &who))
            .collect(),
        join_qr: super::invitations::qr_svg(&join_url)?,
        join_url,
        rules,
        rules_lang,
    })
}

pub async fn propose(
    State(state): State<AppState>,
    Current(c): Current,
    Me(me): Me,
    axum::Form(form): axum::Form<TopicForm>,
) -> Result<Response, AppError> {
    let result = actions::propose(&state, &c, &me, &form)
        .await
        .map(|id| Redirect::to(&format!("/topics/{id}")).into_response());
    or_board(&state, &c, &me, result).await
}

pub async fn edit_topic(
    State(state): State<AppState>,
    Current(c): Current,
    Me(me): Me,
    Path(id): Path<i64>,
    axum::Form(form): axum::Form<TopicForm>,
) -> Result<Response, AppError> {
    actions::edit(&state, &c, &me, id, &form).await?;
    Ok(Redirect::to(&format!("/topics/{id}")).into_response())
}

pub async fn withdraw_topic(
    State(state): State<AppState>,
    Current(c): Current,
    Me(me): Me,
    Path(id): Path<i64>,
) -> Result<Response, AppError> {
    let result = actions::withdraw(&state, &c, &me, id)
        .await
        .map(|()| Redirect::to("/open-space").into_response());
    or_board(&state, &c, &me, result).await
}

#[derive(serde::Deserialize, Default)]
pub struct AdoptForm {
    #[serde(default)]
    named: Option<String>,
    #[serde(default)]
    named_asked: Option<String>,
}

#[derive(Template)]
#[template(path = "os_convene.html")]
pub struct ConvenePage {
    pub page: Layout,
    pub csrf: String,
    pub topic_id: i64,
    pub title: String,
    pub lang: String,
}

pub async fn adopt_topic(
    State(state): State<AppState>,
    Current(c): Current,
    Me(me): Me,
    Path(id): Path<i64>,
    axum::Form(form): axum::Form<AdoptForm>,
) -> Result<Response, AppError> {
    let named = match (&form.named, &form.named_asked) {
        (Some(answer), _) => Some(answer == "yes"),
        (None, Some(_)) => Some(false),
        (None, None) => None,
    };
    // Convening for the first time asks whether the name may be shown.
    if let (None, Some(p)) = (named, me.person_id)
        && state.store.convener_named(p).await?.is_none()
    {
        let (_, topic, _) = actions::topic_for(&state, &c, &me, id).await?;
        let tr = tr();
        return render(&ConvenePage {
            page: Layout::for_consultation(tr, &c, tr.t("os-adopt"), "open-space"),
            csrf: me.csrf_token.clone(),
            topic_id: id,
            title: topic.title,
            lang: topic.text_lang,
        });
    }
    let result = actions::adopt(&state, &c, &me, id, named)
        .await
        .map(|()| Redirect::to(&format!("/topics/{id}")).into_response());
    or_board(&state, &c, &me, result).await
}

#[derive(serde::Deserialize)]
pub struct MarkForm {
    #[serde(default)]
    interested: String,
}

pub async fn mark_topic(
    State(state): State<AppState>,
    Current(c): Current,
    Me(me): Me,
    Path(id): Path<i64>,
    axum::Form(form): axum::Form<MarkForm>,
) -> Result<Response, AppError> {
    let result = actions::mark(&state, &c, &me, id, form.interested == "yes")
        .await
        .map(|()| Redirect::to(&format!("/open-space#topic-{id}")).into_response());
    or_board(&state, &c, &me, result).await
}

#[derive(serde::Deserialize)]
pub struct PlaceForm {
    /// "round:space", or empty to take the topic off the board.
    #[serde(default)]
    cell: String,
    #[serde(default)]
    version: Option<i64>,
    #[serde(default)]
    confirm: Option<String>,
}

#[derive(Template)]
#[template(path = "os_confirm_move.html")]
pub struct ConfirmMovePage {
    pub page: Layout,
    pub csrf: String,
    pub topic_id: i64,
    pub title: String,
    pub signed_up: i64,
    pub cell: String,
    pub version: i64,
}

fn parse_cell(cell: &str) -> Result<Option<(i64, i64)>, AppError> {
    if cell.trim().is_empty() {
        return Ok(None);
    }
    let bad = || AppError::bad_request(Words::new("error-not-a-cell").with("value", cell));
    let (r, s) = cell.split_once(':').ok_or_else(bad)?;
    Ok(Some((
        r.parse().map_err(|_| bad())?,
        s.parse().map_err(|_| bad())?,
    )))
}

pub async fn place_topic(
    State(state): State<AppState>,
    Current(c): Current,
    Me(me): Me,
    Path(id): Path<i64>,
    axum::Form(form): axum::Form<PlaceForm>,
) -> Result<Response, AppError> {
    let result = place_topic_in(&state, &c, &me, id, &form).await;
    or_board(&state, &c, &me, result).await
}

async fn place_topic_in(
    state: &AppState,
    c: &Consultation,
    me: &Principal,
    id: i64,
    form: &PlaceForm,
) -> Result<Response, AppError> {
    let cell = parse_cell(&form.cell)?;
    let confirmed = form.confirm.as_deref() == Some("yes");
    match actions::place(state, c, me, id, cell, form.version, confirmed).await? {
        Placed::Done => Ok(Redirect::to(&format!("/open-space#topic-{id}")).into_response()),
        Placed::NeedsConfirmation {
            title,
            signed_up,
            version,
        } => {
            let tr = tr();
            let mut response = render(&ConfirmMovePage {
                page: Layout::for_consultation(tr, c, tr.t("os-move-title"), "open-space"),
                csrf: me.csrf_token.clone(),
                topic_id: id,
                title,
                signed_up,
                cell: form.cell.clone(),
                version,
            })?;
            *response.status_mut() = StatusCode::CONFLICT;
            Ok(response)
        }
    }
}

#[derive(Template)]
#[template(path = "os_full.html")]
pub struct FullPage {
    pub page: Layout,
    pub csrf: String,
    pub topic_id: i64,
    pub title: String,
    pub waiting_here: bool,
    pub alternatives: std::sync::Arc<Vec<OpenTable>>,
}

pub async fn join(
    State(state): State<AppState>,
    Me(me): Me,
    Path(id): Path<i64>,
) -> Result<Response, AppError> {
    let (table, with_room) = match actions::join(&state, &me, id).await {
        Ok(Joined::Full { table, with_room }) => (table, with_room),
        Ok(_) => return Ok(Redirect::to(&format!("/topics/{id}")).into_response()),
        Err(e) => {
            let c = state.consultation().await?;
            return or_board(&state, &c, &me, Err(e)).await;
        }
    };
    // The consultation is read only now: in a rush most answers are "full",
    // and a seat taken needs nothing more.
    let c = state.consultation().await?;
    let tr = tr();
    let mut response = render(&FullPage {
        page: Layout::for_consultation(tr, &c, tr.t("os-full-title"), "open-space"),
        csrf: me.csrf_token.clone(),
        topic_id: id,
        title: table.title,
        waiting_here: table.waiting,
        alternatives: with_room,
    })?;
    *response.status_mut() = StatusCode::CONFLICT;
    Ok(response)
}

pub async fn leave(
    State(state): State<AppState>,
    Current(c): Current,
    Me(me): Me,
    Path(id): Path<i64>,
) -> Result<Response, AppError> {
    let result = actions::leave(&state, &c, &me, id)
        .await
        .map(|()| Redirect::to(&format!("/topics/{id}")).into_response());
    or_board(&state, &c, &me, result).await
}

#[derive(serde::Deserialize)]
pub struct WaitForm {
    #[serde(default)]
    stop: Option<String>,
}

pub async fn wait(
    State(state): State<AppState>,
    Current(c): Current,
    Me(me): Me,
    Path(id): Path<i64>,
    axum::Form(form): axum::Form<WaitForm>,
) -> Result<Response, AppError> {
    let result = match form.stop {
        Some(_) => actions::stop_waiting(&state, &c, &me, id).await,
        None => actions::wait(&state, &me, id).await,
    };
    let result = result.map(|()| Redirect::to(&format!("/topics/{id}")).into_response());
    or_board(&state, &c, &me, result).await
}

pub async fn dismiss_notices(
    State(state): State<AppState>,
    Me(me): Me,
) -> Result<Response, AppError> {
    actions::dismiss_notices(&state, &me).await?;
    Ok(Redirect::to("/open-space").into_response())
}

#[derive(Template)]
#[template(path = "topic.html")]
pub struct TopicPage {
    pub page: Layout,
    pub csrf: String,
    pub card: TopicCard,
    pub description: String,
    pub proposed_by: Option<String>,
    pub place: Option<String>,
    pub names: Vec<String>,
    pub unnamed: usize,
    pub notes: Notes,
    /// The notes' language: theirs, else the topic's.
    pub notes_lang: String,
    pub can_write_notes: bool,
    pub person: bool,
    pub language_picker: LanguagePicker,
    pub seated: Vec<(i64, String)>,
}

/// Names at a table that a viewer may see; the rest are counted.
fn visible_names(seats: &[&Seat], viewer: Viewer) -> (Vec<String>, usize) {
    let names: Vec<String> = seats
        .iter()
        .filter(|s| viewer.can_see(s.visibility()))
        .map(|s| s.display_name.clone())
        .collect();
    let hidden = seats.len() - names.len();
    (names, hidden)
}

pub async fn topic(
    State(state): State<AppState>,
    Current(c): Current,
    Me(me): Me,
    Path(id): Path<i64>,
) -> PageResult {
    let tr = tr();
    let (board, topic, manage) = actions::topic_for(&state, &c, &me, id).await?;
    let who = looker(&state, &c, &me).await?;
    let all_seats = state.store.seats(c.id).await?;
    let seats: Vec<&Seat> = all_seats.iter().filter(|s| s.topic_id == id).collect();
    let (names, unnamed) = visible_names(&seats, me.role.viewer());
    let takers = state.store.note_takers(id).await?;
    let can_write_notes = manage || me.person_id.is_some_and(|p| takers.contains(&p));
    let notes = state.store.notes(id).await?;
    let place = topic.round_id.zip(topic.space_id).and_then(|(r, s)| {
        let (r, s) = (board.round(r)?, board.space(s)?);
        Some(format!(
            "{} · {} · {}",
            r.label,
            tr.time_range(r.starts_at, r.ends_at, &c.time_zone),
            s.name
        ))
    });
    render(&TopicPage {
        page: Layout::for_consultation(tr, &c, topic.title.clone(), "open-space"),
        csrf: me.csrf_token.clone(),
        card: card(&board, &c, &topic, &who),
        description: topic.description.clone(),
        proposed_by: topic.proposed_by.as_ref().map(|o| o.name.clone()),
        place,
        names,
        unnamed,
        notes_lang: notes
            .lang
            .clone()
            .unwrap_or_else(|| topic.text_lang.clone()),
        notes,
        can_write_notes,
        person: me.person_id.is_some(),
        language_picker: LanguagePicker::new(tr, &c),
        seated: if manage {
            seats
                .iter()
                .filter(|s| !takers.contains(&s.person_id))
                .map(|s| (s.person_id, s.display_name.clone()))
                .collect()
        } else {
            Vec::new()
        },
    })
}

#[derive(serde::Deserialize)]
pub struct NotesForm {
    #[serde(default)]
    key_points: String,
    #[serde(default)]
    proposals: String,
    #[serde(default)]
    next_steps: String,
    #[serde(default)]
    continuing: String,
    #[serde(default)]
    language: String,
}

pub async fn save_notes(
    State(state): State<AppState>,
    Current(c): Current,
    Me(me): Me,
    Path(id): Path<i64>,
    axum::Form(form): axum::Form<NotesForm>,
) -> Result<Response, AppError> {
    let notes = Notes {
        key_points: form.key_points,
        proposals: form.proposals,
        next_steps: form.next_steps,
        continuing: form.continuing,
        lang: Some(form.language).filter(|l| !l.trim().is_empty()),
    };
    actions::save_notes(&state, &c, &me, id, &notes).await?;
    Ok(Redirect::to(&format!("/topics/{id}#notes")).into_response())
}

#[derive(serde::Deserialize)]
pub struct NoteTakerForm {
    person: i64,
}

pub async fn add_note_taker(
    State(state): State<AppState>,
    Current(c): Current,
    Me(me): Me,
    Path(id): Path<i64>,
    axum::Form(form): axum::Form<NoteTakerForm>,
) -> Result<Response, AppError> {
    actions::add_note_taker(&state, &c, &me, id, form.person).await?;
    Ok(Redirect::to(&format!("/topics/{id}#notes")).into_response())
}

#[derive(Template)]
#[template(path = "os_setup.html")]
pub struct SetupPage {
    pub page: Layout,
    pub csrf: String,
    /// The rules as organisers wrote them; empty for the agenda's.
    pub rules: String,
    pub rounds: Vec<RoundView>,
    pub spaces: Vec<(i64, String, i64, String)>,
    pub sessions: Vec<(i64, String)>,
    pub first_day: String,
}

pub async fn setup(State(state): State<AppState>, Current(c): Current, Me(me): Me) -> PageResult {
    let tr = tr();
    let board = state.store.board(c.id).await?;
    let who = looker(&state, &c, &me).await?;
    let sessions = state
        .store
        .sessions(c.id, Viewer::Organiser)
        .await?
        .into_iter()
        .filter(|s| s.kind == crate::domain::SessionKind::OpenSpace)
        .map(|s| {
            let label = format!(
                "{} · {} {}",
                s.title,
                tr.day_short(c.local_date(s.starts_at)),
                tr.time_range(s.starts_at, s.ends_at, &c.time_zone)
            );
            (s.id, label)
        })
        .collect();
    render(&SetupPage {
        page: Layout::for_consultation(tr, &c, tr.t("os-setup-title"), "open-space"),
        csrf: me.csrf_token.clone(),
        rules: c.open_space_rules.clone().unwrap_or_default(),
        rounds: rounds(&board, &c, &who),
        spaces: board
            .spaces
            .iter()
            .map(|s| (s.id, s.name.clone(), s.capacity, s.languages.join(" ")))
            .collect(),
        sessions,
        first_day: c.start_date.to_string(),
    })
}

#[derive(serde::Deserialize)]
pub struct RulesForm {
    #[serde(default)]
    rules: String,
}

pub async fn set_rules(
    State(state): State<AppState>,
    Current(c): Current,
    Me(me): Me,
    axum::Form(form): axum::Form<RulesForm>,
) -> Result<Response, AppError> {
    actions::set_rules(&state, &c, &me, &form.rules).await?;
    Ok(Redirect::to("/open-space/setup").into_response())
}

#[derive(serde::Deserialize)]
pub struct RoundForm {
    label: String,
    #[serde(default)]
    session: Option<String>,
    date: String,
    start: String,
    end: String,
}

pub async fn add_round(
    State(state): State<AppState>,
    Current(c): Current,
    Me(me): Me,
    axum::Form(form): axum::Form<RoundForm>,
) -> Result<Response, AppError> {
    let local = |time: &str| -> Result<Timestamp, AppError> {
        let text = format!("{}T{}", form.date.trim(), time.trim());
        let civil: jiff::civil::DateTime = text.parse().map_err(|_| {
            AppError::bad_request(Words::new("error-not-a-date-time").with("value", &text))
        })?;
        civil
            .to_zoned(c.time_zone.clone())
            .map(|z| z.timestamp())
            .map_err(|e| AppError::BadRequest(e.to_string()))
    };
    let session = form
        .session
        .as_deref()
        .filter(|s| !s.is_empty())
        .map(str::parse::<i64>)
        .transpose()
        .map_err(|_| AppError::bad_request(Words::new("error-pick-session")))?;
    let round = NewRound {
        label: &form.label,
        session,
        starts_at: local(&form.start)?,
        ends_at: local(&form.end)?,
    };
    actions::add_round(&state, &c, &me, &round).await?;
    Ok(Redirect::to("/open-space/setup").into_response())
}

pub async fn delete_round(
    State(state): State<AppState>,
    Current(c): Current,
    Me(me): Me,
    Path(id): Path<i64>,
) -> Result<Response, AppError> {
    actions::delete_round(&state, &c, &me, id).await?;
    Ok(Redirect::to("/open-space/setup").into_response())
}

#[derive(serde::Deserialize)]
pub struct SpaceForm {
    name: String,
    capacity: String,
    #[serde(default)]
    languages: String,
}

/// Parses the table form: capacity as a number of seats.
fn space_input(form: &SpaceForm) -> Result<SpaceInput, AppError> {
    let capacity: i64 = form.capacity.trim().parse().map_err(|_| {
        AppError::bad_request(Words::new("error-not-seats").with("value", &form.capacity))
    })?;
    SpaceInput::new(&form.name, capacity, &form.languages).map_err(AppError::from)
}

pub async fn add_space(
    State(state): State<AppState>,
    Current(c): Current,
    Me(me): Me,
    axum::Form(form): axum::Form<SpaceForm>,
) -> Result<Response, AppError> {
    actions::add_space(&state, &c, &me, &space_input(&form)?).await?;
    Ok(Redirect::to("/open-space/setup").into_response())
}

pub async fn edit_space(
    State(state): State<AppState>,
    Current(c): Current,
    Me(me): Me,
    Path(id): Path<i64>,
    axum::Form(form): axum::Form<SpaceForm>,
) -> Result<Response, AppError> {
    actions::edit_space(&state, &c, &me, id, &space_input(&form)?).await?;
    Ok(Redirect::to("/open-space/setup").into_response())
}

pub async fn delete_space(
    State(state): State<AppState>,
    Current(c): Current,
    Me(me): Me,
    Path(id): Path<i64>,
) -> Result<Response, AppError> {
    actions::delete_space(&state, &c, &me, id).await?;
    Ok(Redirect::to("/open-space/setup").into_response())
}

/// Every sign-up, for organisers: topic, round, space, name.
pub async fn signups_csv(
    State(state): State<AppState>,
    Current(c): Current,
) -> Result<Response, AppError> {
    let board = state.store.board(c.id).await?;
    let seats = state.store.seats(c.id).await?;
    let mut rows = vec![
        ["topic", "round", "space", "name", "signed_up_at"]
            .map(String::from)
            .to_vec(),
    ];
    for seat in &seats {
        let Some(topic) = board.topic(seat.topic_id) else {
            continue;
        };
        let round = board
            .round(seat.round_id)
            .map(|r| r.label.as_str())
            .unwrap_or("");
        let space = topic
            .space_id
            .and_then(|s| board.space(s))
            .map(|s| s.name.as_str())
            .unwrap_or("");
        let at = Timestamp::from_second(seat.at)
            .map(|t| format::iso(t, &c.time_zone))
            .unwrap_or_default();
        rows.push(vec![
            topic.title.clone(),
            round.to_owned(),
            space.to_owned(),
            seat.display_name.clone(),
            at,
        ]);
    }
    let body = crate::export::csv::write(rows);
    Ok((
        [
            (axum::http::header::CONTENT_TYPE, "text/csv; charset=utf-8"),
            (
                axum::http::header::CONTENT_DISPOSITION,
                "attachment; filename=\"signups.csv\"",
            ),
        ],
        body,
    )
        .into_response())
}

pub struct PrintRound {
    pub label: String,
    pub time: String,
    /// Every space of the round: its name, and its topic.
    pub all_cells: Vec<(String, Option<PrintTopic>)>,
}

pub struct PrintTopic {
    pub title: String,
    pub lang: String,
    /// "7/12": seats taken of the table's.
    pub count: String,
}

#[derive(Template)]
#[template(path = "os_print.html")]
pub struct PrintPage {
    pub page: Layout,
    pub rounds: Vec<PrintRound>,
}

/// The whole board for the wall, on A3 landscape.
pub async fn print_board(State(state): State<AppState>, Current(c): Current) -> PageResult {
    let tr = tr();
    let board = state.store.board(c.id).await?;
    // Paper for the wall shows the rounds to come; once all are over, all.
    let now = Timestamp::now();
    let all_over = board.rounds.iter().all(|r| r.has_ended(now));
    let rounds = board
        .rounds
        .iter()
        .filter(|r| all_over || !r.has_ended(now))
        .map(|r| PrintRound {
            label: r.label.clone(),
            time: format!(
                "{} · {}",
                tr.day_short(c.local_date(r.starts_at)),
                tr.time_range(r.starts_at, r.ends_at, &c.time_zone)
            ),
            all_cells: board
                .spaces
                .iter()
                .map(|s| {
                    let topic = board.cell(r.id, s.id).map(|t| PrintTopic {
                        title: t.title.clone(),
                        lang: t.text_lang.clone(),
                        count: format!("{}/{}", t.signed_up, s.capacity),
                    });
                    (s.name.clone(), topic)
                })
                .collect(),
        })
        .collect();
    render(&PrintPage {
        page: Layout::for_consultation(tr, &c, tr.t("os-print"), "open-space"),
        rounds,
    })
}

pub struct SheetView {
    pub round: String,
    pub space: String,
    pub title: String,
    pub lang: String,
    pub convener: Option<String>,
    pub names: Vec<String>,
    pub unlisted: usize,
    pub empty_lines: usize,
}

#[derive(Template)]
#[template(path = "os_sheets.html")]
pub struct SheetsPage {
    pub page: Layout,
    pub sheets: Vec<SheetView>,
}

/// A sign-up sheet per table, to lay on it: the names already signed up
/// (those listed in the directory; the others are counted) and an empty
/// line for every seat left.
pub async fn sheets(State(state): State<AppState>, Current(c): Current) -> PageResult {
    let tr = tr();
    let board = state.store.board(c.id).await?;
    let seats = state.store.seats(c.id).await?;
    let mut sheets = Vec::new();
    for r in &board.rounds {
        for s in &board.spaces {
            let Some(t) = board.cell(r.id, s.id) else {
                continue;
            };
            let at_table: Vec<&Seat> = seats.iter().filter(|x| x.topic_id == t.id).collect();
            let (names, unlisted) = visible_names(&at_table, Viewer::Participant);
            sheets.push(SheetView {
                round: format!(
                    "{} · {}",
                    r.label,
                    tr.time_range(r.starts_at, r.ends_at, &c.time_zone)
                ),
                space: s.name.clone(),
                title: t.title.clone(),
                lang: t.text_lang.clone(),
                convener: t.convener_name.clone(),
                empty_lines: usize::try_from(s.capacity - t.signed_up).unwrap_or(0),
                names,
                unlisted,
            });
        }
    }
    render(&SheetsPage {
        page: Layout::for_consultation(tr, &c, tr.t("os-sheets"), "open-space"),
        sheets,
    })
}
