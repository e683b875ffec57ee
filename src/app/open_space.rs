//! The open space's actions: proposing and managing topics, placing them
//! on the board, signing up and waiting, notes, and the organisers' setup
//! of rounds and spaces.

use std::sync::Arc;

use jiff::Timestamp;

use super::{AppState, live::Scope, person};
use crate::{
    auth::{Principal, Role},
    domain::{
        Consultation,
        open_space::{Board, BoardTopic, Notes, NoticeText, OpenTable, SpaceInput, TopicInput},
    },
    error::{AppError, Words},
    store::{FullTable, JoinOutcome, PlaceOutcome, SpaceEdit, StoreError, Waited},
};

/// A topic's title, description and language, as proposed or edited.
#[derive(serde::Deserialize, utoipa::ToSchema)]
pub struct TopicForm {
    pub title: String,
    #[serde(default)]
    pub description: String,
    /// Language of the title and description (BCP 47); the consultation's
    /// first language when empty.
    #[serde(default)]
    pub language: String,
    /// Organisers and facilitators of the open space enter topics for
    /// others: the convener's name, as in the directory or new. Empty: the
    /// person proposing convenes it.
    #[serde(default)]
    pub convener: String,
    /// "yes" or "no": may the convener's name be shown on the board and
    /// the screen. Asked once, of the person convening.
    #[serde(default)]
    pub named: Option<String>,
    /// The form asked (its box unticked sends no `named`).
    #[serde(default)]
    #[schema(ignore)]
    pub named_asked: Option<String>,
}

impl TopicForm {
    /// The answer to "may your name be shown", if the form asked it.
    pub fn named(&self) -> Option<bool> {
        match (&self.named, &self.named_asked) {
            (Some(answer), _) => Some(answer == "yes"),
            (None, Some(_)) => Some(false),
            (None, None) => None,
        }
    }
}

fn topic_input(form: &TopicForm, c: &Consultation) -> Result<TopicInput, AppError> {
    let language = if form.language.trim().is_empty() {
        c.languages.first().map_or("en", String::as_str)
    } else {
        form.language.trim()
    };
    TopicInput::new(&form.title, &form.description, language).map_err(AppError::from)
}

fn announce(state: &AppState) {
    state.live.changed(Scope::OpenSpace);
}

/// The topic and whether the person may manage it (convener or organiser).
pub async fn topic_for(
    state: &AppState,
    c: &Consultation,
    me: &Principal,
    id: i64,
) -> Result<(Board, BoardTopic, bool), AppError> {
    let board = state.store.board(c.id).await?;
    let topic = board.topic(id).cloned().ok_or(AppError::NotFound)?;
    let manage = me.role == Role::Organiser
        || (topic.convener_id.is_some() && topic.convener_id == me.person_id);
    Ok((board, topic, manage))
}

/// The topic, for an action only its convener or an organiser may take.
async fn managed_topic(
    state: &AppState,
    c: &Consultation,
    me: &Principal,
    id: i64,
) -> Result<(Board, BoardTopic), AppError> {
    let (board, topic, manage) = topic_for(state, c, me, id).await?;
    if !manage {
        return Err(AppError::forbidden(Words::new("error-not-your-topic")));
    }
    Ok((board, topic))
}

/// Proposes a topic, convened by the person proposing, or (organisers
/// and the open space's facilitators, who type in topics called out in
/// the room) by the person named in the form, who is told. Returns its id.
pub async fn propose(
    state: &AppState,
    c: &Consultation,
    me: &Principal,
    form: &TopicForm,
) -> Result<i64, AppError> {
    let input = topic_input(form, c)?;
    let typed = form.convener.trim();
    let convener = match typed {
        "" => person(me)?,
        name => {
            if !enters_for_others(state, c, me).await? {
                return Err(AppError::forbidden(Words::new("error-convener-for-others")));
            }
            convener_by_name(state, c, me, name).await?
        }
    };
    let now = Timestamp::now();
    let id = state
        .store
        .propose_topic(c.id, convener, &input, now)
        .await?;
    if Some(convener) == me.person_id {
        answer_named(state, convener, form.named()).await?;
    } else {
        let told = NoticeText::new("notice-topic-entered", &[("title", &input.title)]);
        state.store.notify(convener, &told, now).await?;
        state
            .audit(
                c.id,
                me,
                "entered a topic for its convener",
                &format!("{} ({typed})", input.title),
            )
            .await?;
    }
    announce(state);
    Ok(id)
}

/// Whether the person may enter topics for others: an organiser, or a
/// facilitator of an open-space session.
pub async fn enters_for_others(
    state: &AppState,
    c: &Consultation,
    me: &Principal,
) -> Result<bool, AppError> {
    if me.role == Role::Organiser {
        return Ok(true);
    }
    match me.person_id {
        Some(p) => Ok(state.store.facilitates_open_space(c.id, p).await?),
        None => Ok(false),
    }
}

/// The person of that name, or a new one (not listed in the directory):
/// someone who called out a topic may not be in it yet.
async fn convener_by_name(
    state: &AppState,
    c: &Consultation,
    me: &Principal,
    name: &str,
) -> Result<i64, AppError> {
    if let Some(id) = state.store.person_id_by_name(c.id, name).await? {
        return Ok(id);
    }
    let person = crate::domain::directory::NewPerson {
        display_name: name.to_owned(),
        organisation: None,
        country: None,
        role: crate::domain::PersonRole::Participant,
        languages: Vec::new(),
        email: None,
        visibility: crate::domain::Visibility::Organisers,
    };
    let id = state
        .store
        .create_program_person(c.id, &person, None)
        .await?;
    state
        .audit(c.id, me, "added a convener to the directory", name)
        .await?;
    Ok(id)
}

/// Records the convener's answer to "may your name be shown", when the
/// form asked it.
async fn answer_named(
    state: &AppState,
    convener: i64,
    named: Option<bool>,
) -> Result<(), AppError> {
    let Some(named) = named else {
        return Ok(());
    };
    if state.store.convener_named(convener).await? == Some(named) {
        return Ok(());
    }
    let wording = crate::i18n::i18n()
        .lang(crate::web::locale::current_lang())
        .t("account-consent-convener");
    state
        .store
        .answer_convener_named(convener, named, &wording, Timestamp::now())
        .await?;
    Ok(())
}

/// Edits a topic's title, description and language.
pub async fn edit(
    state: &AppState,
    c: &Consultation,
    me: &Principal,
    id: i64,
    form: &TopicForm,
) -> Result<(), AppError> {
    managed_topic(state, c, me, id).await?;
    state.store.edit_topic(id, &topic_input(form, c)?).await?;
    announce(state);
    Ok(())
}

/// Withdraws a topic; people signed up or waiting are told.
pub async fn withdraw(
    state: &AppState,
    c: &Consultation,
    me: &Principal,
    id: i64,
) -> Result<(), AppError> {
    managed_topic(state, c, me, id).await?;
    state.store.withdraw_topic(id, Timestamp::now()).await?;
    announce(state);
    Ok(())
}

/// Convenes a suggested topic that nobody convenes yet; `named` answers
/// "may your name be shown", when asked.
pub async fn adopt(
    state: &AppState,
    c: &Consultation,
    me: &Principal,
    id: i64,
    named: Option<bool>,
) -> Result<(), AppError> {
    let convener = person(me)?;
    topic_for(state, c, me, id).await?;
    if !state
        .store
        .adopt_topic(id, convener, Timestamp::now())
        .await?
    {
        return Err(AppError::conflict(Words::new("error-topic-convened")));
    }
    answer_named(state, convener, named).await?;
    announce(state);
    Ok(())
}

/// Marks or unmarks interest in a topic before placement.
pub async fn mark(
    state: &AppState,
    c: &Consultation,
    me: &Principal,
    id: i64,
    interested: bool,
) -> Result<(), AppError> {
    let who = person(me)?;
    topic_for(state, c, me, id).await?;
    state.store.mark_topic(id, who, interested).await?;
    announce(state);
    Ok(())
}

/// What came of a request to place a topic.
pub enum Placed {
    Done,
    /// People are signed up: the convener confirms before they are moved.
    NeedsConfirmation {
        title: String,
        signed_up: i64,
        version: i64,
    },
}

/// Puts a topic in a free cell (round, space), moves it, or takes it off
/// the board (`None`). A started round is frozen except for organisers;
/// moving a topic people signed up to needs `confirmed`.
pub async fn place(
    state: &AppState,
    c: &Consultation,
    me: &Principal,
    id: i64,
    cell: Option<(i64, i64)>,
    version: Option<i64>,
    confirmed: bool,
) -> Result<Placed, AppError> {
    let (board, topic) = managed_topic(state, c, me, id).await?;
    let now = Timestamp::now();
    let organiser = me.role == Role::Organiser;
    if let Some((round, space)) = cell {
        let r = board
            .round(round)
            .ok_or_else(|| AppError::bad_request(Words::new("error-no-such-round")))?;
        board
            .space(space)
            .ok_or_else(|| AppError::bad_request(Words::new("error-no-such-space")))?;
        if r.has_started(now) && !organiser {
            return Err(AppError::conflict(
                Words::new("error-round-started").with("round", &r.label),
            ));
        }
    }
    let frozen = topic
        .round_id
        .and_then(|r| board.round(r))
        .is_some_and(|r| r.has_started(now));
    if frozen && !organiser {
        return Err(AppError::conflict(Words::new("error-topic-round-started")));
    }
    let moves = (topic.round_id, topic.space_id) != cell.unzip();
    // The convener sits at their own table and moves with it.
    let others = topic.signed_up - i64::from(topic.is_placed() && topic.convener_id.is_some());
    if moves && others > 0 && !confirmed {
        return Ok(Placed::NeedsConfirmation {
            title: topic.title,
            signed_up: others,
            version: topic.version,
        });
    }
    match state.store.place_topic(id, cell, version, now).await? {
        PlaceOutcome::Placed { .. } => {}
        PlaceOutcome::CellTaken => {
            return Err(AppError::conflict(Words::new("error-cell-taken")));
        }
        PlaceOutcome::ConvenerBusy => {
            return Err(AppError::conflict(Words::new("error-convener-busy")));
        }
        PlaceOutcome::Stale => {
            return Err(AppError::conflict(Words::new("error-topic-stale")));
        }
        PlaceOutcome::NotFound => return Err(AppError::NotFound),
    }
    announce(state);
    Ok(Placed::Done)
}

/// Applies a suggested placement: (topic, round, space) for each topic to
/// move, all at once. Returns how many topics moved.
pub async fn apply_placement(
    state: &AppState,
    c: &Consultation,
    me: &Principal,
    cells: &[(i64, i64, i64)],
) -> Result<usize, AppError> {
    let unreadable = || AppError::bad_request(Words::new("error-proposal-unreadable"));
    let board = state.store.board(c.id).await?;
    let now = Timestamp::now();
    for (topic, round, space) in cells {
        let r = board.round(*round).ok_or_else(unreadable)?;
        board.space(*space).ok_or_else(unreadable)?;
        board.topic(*topic).ok_or_else(unreadable)?;
        if r.has_started(now) {
            return Err(AppError::conflict(
                Words::new("error-round-started-meanwhile").with("round", &r.label),
            ));
        }
    }
    let moved = state
        .store
        .apply_placement(c.id, cells, now)
        .await
        .map_err(|e| match e {
            StoreError::Sql(sqlx::Error::Database(db)) if db.is_unique_violation() => {
                AppError::conflict(Words::new("error-board-changed"))
            }
            e => e.into(),
        })?;
    state
        .audit(
            c.id,
            me,
            "applied a suggested placement",
            &format!("{moved} topics moved"),
        )
        .await?;
    announce(state);
    Ok(moved)
}

/// What came of a request to join a table.
pub enum Joined {
    /// Seated; `left` is the table of the same round they left for it.
    Seated {
        left: Option<i64>,
    },
    AlreadyThere,
    /// No seat left: the tables of the same round with room, emptiest
    /// first (the same answer for everyone for a quarter of a second, since
    /// in a rush most answers are "full").
    Full {
        table: FullTable,
        with_room: Arc<Vec<OpenTable>>,
    },
}

/// Adds a person's name to a table, taking it off their table of the same
/// round.
pub async fn join(state: &AppState, me: &Principal, id: i64) -> Result<Joined, AppError> {
    let who = person(me)?;
    match state.store.join_table(id, who, Timestamp::now()).await? {
        JoinOutcome::Joined { left } => {
            announce(state);
            Ok(Joined::Seated { left })
        }
        JoinOutcome::AlreadyThere => Ok(Joined::AlreadyThere),
        JoinOutcome::NotOnBoard => Err(not_on_board()),
        JoinOutcome::Convening { title } => Err(convener_stays(&title)),
        JoinOutcome::Full(table) => {
            let with_room = state
                .open_tables
                .get_or_load(table.round_id, state.store.tables_with_room(table.round_id))
                .await?;
            Ok(Joined::Full { table, with_room })
        }
    }
}

fn not_on_board() -> AppError {
    AppError::conflict(Words::new("error-topic-not-on-board"))
}

fn convener_stays(title: &str) -> AppError {
    AppError::conflict(Words::new("error-convener-stays").with("title", title))
}

/// Takes a person's name off a table; the first in line takes the seat.
/// A convener stays at their own table (they withdraw the topic instead).
pub async fn leave(
    state: &AppState,
    c: &Consultation,
    me: &Principal,
    id: i64,
) -> Result<(), AppError> {
    let who = person(me)?;
    let (_, topic, _) = topic_for(state, c, me, id).await?;
    if topic.convener_id == Some(who) {
        return Err(convener_stays(&topic.title));
    }
    if state.store.leave_table(id, who, Timestamp::now()).await? {
        announce(state);
    }
    Ok(())
}

/// Puts a person in line for a full table; at a free seat they sit
/// instead, and at their own table nothing changes.
pub async fn wait(state: &AppState, me: &Principal, id: i64) -> Result<(), AppError> {
    let who = person(me)?;
    match state
        .store
        .wait_for_table(id, who, Timestamp::now())
        .await?
    {
        Waited::Asked(JoinOutcome::NotOnBoard) => return Err(not_on_board()),
        Waited::Asked(JoinOutcome::AlreadyThere) => return Ok(()),
        Waited::Asked(JoinOutcome::Convening { title }) => return Err(convener_stays(&title)),
        Waited::InLine | Waited::Asked(JoinOutcome::Joined { .. } | JoinOutcome::Full(_)) => {}
    }
    announce(state);
    Ok(())
}

/// Takes a person out of a table's waiting line.
pub async fn stop_waiting(
    state: &AppState,
    c: &Consultation,
    me: &Principal,
    id: i64,
) -> Result<(), AppError> {
    let who = person(me)?;
    topic_for(state, c, me, id).await?;
    state.store.stop_waiting(id, who).await?;
    announce(state);
    Ok(())
}

/// Clears the notices a person was shown (a table moved, a seat came).
pub async fn dismiss_notices(state: &AppState, me: &Principal) -> Result<(), AppError> {
    state.store.dismiss_notices(person(me)?).await?;
    Ok(())
}

/// A table's notes, for those who may read the topic.
pub async fn notes(
    state: &AppState,
    c: &Consultation,
    me: &Principal,
    id: i64,
) -> Result<Notes, AppError> {
    topic_for(state, c, me, id).await?;
    Ok(state.store.notes(id).await?)
}

/// Saves a table's notes: its convener, the note-takers they chose, or an
/// organiser.
pub async fn save_notes(
    state: &AppState,
    c: &Consultation,
    me: &Principal,
    id: i64,
    notes: &Notes,
) -> Result<(), AppError> {
    let (_, _, manage) = topic_for(state, c, me, id).await?;
    let taker = match me.person_id {
        Some(p) => state.store.note_takers(id).await?.contains(&p),
        None => false,
    };
    if !manage && !taker {
        return Err(AppError::forbidden(Words::new("error-not-a-note-taker")));
    }
    state
        .store
        .save_notes(id, notes, me.person_id, Timestamp::now())
        .await?;
    announce(state);
    Ok(())
}

/// Lets someone seated at the table write its notes.
pub async fn add_note_taker(
    state: &AppState,
    c: &Consultation,
    me: &Principal,
    id: i64,
    taker: i64,
) -> Result<(), AppError> {
    managed_topic(state, c, me, id).await?;
    let seated = state.store.seats(c.id).await?;
    if !seated
        .iter()
        .any(|s| s.topic_id == id && s.person_id == taker)
    {
        return Err(AppError::bad_request(Words::new(
            "error-note-taker-not-seated",
        )));
    }
    state.store.add_note_taker(id, taker).await?;
    Ok(())
}

/// A round to add to the board.
pub struct NewRound<'a> {
    pub label: &'a str,
    /// The program's open-space session it belongs to.
    pub session: Option<i64>,
    pub starts_at: Timestamp,
    pub ends_at: Timestamp,
}

/// Adds a round (organisers). Returns its id.
pub async fn add_round(
    state: &AppState,
    c: &Consultation,
    me: &Principal,
    round: &NewRound<'_>,
) -> Result<i64, AppError> {
    if let Some(session) = round.session {
        let found = state
            .store
            .session(c.id, session, crate::domain::Viewer::Organiser)
            .await?;
        if found.is_none() {
            return Err(AppError::BadRequest(format!(
                "session {session} is not a session of this consultation"
            )));
        }
    }
    let id = state
        .store
        .create_round(
            c.id,
            round.session,
            round.label,
            round.starts_at,
            round.ends_at,
        )
        .await?;
    state
        .audit(c.id, me, "added an open-space round", round.label.trim())
        .await?;
    announce(state);
    Ok(id)
}

/// Removes a round; its topics go back to the unplaced list.
pub async fn delete_round(
    state: &AppState,
    c: &Consultation,
    me: &Principal,
    id: i64,
) -> Result<(), AppError> {
    if !state.store.delete_round(c.id, id).await? {
        return Err(AppError::NotFound);
    }
    state
        .audit(c.id, me, "removed an open-space round", &id.to_string())
        .await?;
    announce(state);
    Ok(())
}

/// Adds a table or room. Returns its id.
pub async fn add_space(
    state: &AppState,
    c: &Consultation,
    me: &Principal,
    space: &SpaceInput,
) -> Result<i64, AppError> {
    let id = state.store.create_space(c.id, space).await?;
    state
        .audit(c.id, me, "added an open-space space", &space.name)
        .await?;
    announce(state);
    Ok(id)
}

/// Renames a table or room, or changes its seats or interpretation; more
/// seats move the first in line in at its tables.
pub async fn edit_space(
    state: &AppState,
    c: &Consultation,
    me: &Principal,
    id: i64,
    space: &SpaceInput,
) -> Result<(), AppError> {
    match state
        .store
        .update_space(c.id, id, space, Timestamp::now())
        .await?
    {
        SpaceEdit::Saved => {}
        SpaceEdit::NotFound => return Err(AppError::NotFound),
        SpaceEdit::TooManySeated(seated) => {
            return Err(AppError::conflict(
                Words::new("error-too-few-seats").with("seated", seated),
            ));
        }
    }
    state
        .audit(c.id, me, "changed an open-space space", &space.name)
        .await?;
    announce(state);
    Ok(())
}

/// Removes a table or room.
pub async fn delete_space(
    state: &AppState,
    c: &Consultation,
    me: &Principal,
    id: i64,
) -> Result<(), AppError> {
    if !state.store.delete_space(c.id, id).await? {
        return Err(AppError::NotFound);
    }
    state
        .audit(c.id, me, "removed an open-space space", &id.to_string())
        .await?;
    announce(state);
    Ok(())
}

/// The rules of the open space, as organisers write them: one per line,
/// or nothing for the agenda's own.
pub async fn set_rules(
    state: &AppState,
    c: &Consultation,
    me: &Principal,
    rules: &str,
) -> Result<(), AppError> {
    if !rules.trim().is_empty() {
        crate::domain::required_text("open space rules", rules, 4_000)?;
    }
    state.store.set_open_space_rules(c.id, rules).await?;
    state
        .audit(c.id, me, "changed the open space's rules", rules.trim())
        .await?;
    announce(state);
    Ok(())
}
