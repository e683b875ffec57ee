//! Questionnaire pages: the list, the organisers' builder, the answer form,
//! the results with their charts and CSV, and the topic suggestions.

use std::collections::HashMap;

use askama::Template;
use axum::{
    extract::{Path, Query, State},
    http::{StatusCode, header},
    response::{IntoResponse, Redirect, Response},
};
use axum_extra::extract::Form;
use jiff::{Timestamp, civil::DateTime};
use serde::Deserialize;

use super::{
    pages::{Current, PageResult, render, tr},
    views::Layout,
};
use crate::{
    app::{
        AppState, Me,
        program::organisers_only,
        questionnaires::{self as actions, AnswerProblem, Curation, first_language},
    },
    auth::{Principal, Role},
    domain::{
        Consultation, Country,
        questionnaire::{
            self, QuestionInput, QuestionKind, Questionnaire, Status, Texts, shown_count, text_in,
        },
    },
    error::{AppError, Words},
    i18n::Tr,
    store::AnswerRow,
};

/// A text field per consultation language.
pub struct LangText {
    pub tag: String,
    pub name: String,
    pub value: String,
}

/// The languages texts are written in: the consultation's first (every
/// text must exist in it), its others, then every other language of the
/// pages, so that each reader can have the questions in theirs.
fn text_languages(c: &Consultation) -> Vec<String> {
    let mut tags: Vec<String> = vec![first_language(c).to_owned()];
    for tag in c
        .languages
        .iter()
        .map(String::as_str)
        .chain(crate::i18n::i18n().available())
    {
        if !tags.iter().any(|t| t == tag) {
            tags.push(tag.to_owned());
        }
    }
    tags
}

fn lang_texts(tr: Tr<'static>, c: &Consultation, texts: &Texts) -> Vec<LangText> {
    text_languages(c)
        .iter()
        .map(|tag| LangText {
            tag: tag.clone(),
            name: crate::format::language_name(tag, tr.lang()),
            value: texts.get(tag).cloned().unwrap_or_default(),
        })
        .collect()
}

fn shown<'a>(tr: Tr<'static>, c: &Consultation, texts: &'a Texts) -> &'a str {
    text_in(texts, tr.lang(), &c.languages)
}

fn status_label(tr: Tr<'static>, c: &Consultation, q: &Questionnaire) -> (&'static str, String) {
    let at = |t: Timestamp| {
        format!(
            "{} {}",
            crate::format::day_short(t.to_zoned(c.time_zone.clone()).date(), tr.lang()),
            crate::format::time(t, &c.time_zone, tr.lang())
        )
    };
    match q.status(Timestamp::now()) {
        Status::NotYetOpen => (
            "waiting",
            tr.t_with(
                "questionnaire-opens",
                "at",
                q.opens_at.map(at).unwrap_or_default(),
            ),
        ),
        Status::Open => match q.closes_at {
            Some(closes) => (
                "open",
                tr.t_with("questionnaire-open-until", "at", at(closes)),
            ),
            None => ("open", tr.t("questionnaire-open")),
        },
        Status::Closed => ("closed", tr.t("questionnaire-closed-label")),
    }
}

fn yes_no_label(tr: Tr<'static>, value: &str) -> String {
    match value {
        "yes" => tr.t("answer-yes"),
        _ => tr.t("answer-no"),
    }
}

fn kind_label(tr: Tr<'static>, kind: QuestionKind) -> String {
    tr.t(&format!("question-kind-{}", kind.as_str()))
}

pub struct ListItem {
    pub id: i64,
    pub title: String,
    pub status: &'static str,
    pub status_label: String,
    pub questions: usize,
    pub responses: i64,
    pub anonymous: bool,
    /// For participants: whether they answered.
    pub answered: bool,
    pub can_answer: bool,
    pub has_results: bool,
}

#[derive(Template)]
#[template(path = "questionnaires.html")]
pub struct ListPage {
    pub page: Layout,
    pub csrf: String,
    pub organiser: bool,
    pub items: Vec<ListItem>,
    pub title_fields: Vec<LangText>,
}

pub async fn list(State(state): State<AppState>, Current(c): Current, Me(me): Me) -> PageResult {
    let tr = tr();
    let organiser = me.role == Role::Organiser;
    let now = Timestamp::now();
    let mut items = Vec::new();
    for q in state.store.questionnaires(c.id).await? {
        let status = q.status(now);
        if !organiser && (q.questions.is_empty() || status == Status::NotYetOpen) {
            continue;
        }
        let answered = match me.person_id {
            Some(p) => state.store.own_answers(&q, p).await?.is_some(),
            None => false,
        };
        let open = status == Status::Open;
        let (status, status_label) = status_label(tr, &c, &q);
        items.push(ListItem {
            id: q.id,
            title: shown(tr, &c, &q.title).to_owned(),
            status,
            status_label,
            questions: q.questions.len(),
            responses: if organiser {
                state.store.response_count(q.id).await?
            } else {
                0
            },
            anonymous: q.anonymous,
            answered,
            can_answer: open && me.person_id.is_some() && !(answered && q.anonymous),
            has_results: organiser || q.questions.iter().any(|x| x.input.shared),
        });
    }
    render(&ListPage {
        page: Layout::for_consultation(tr, &c, tr.t("questionnaires-title"), "my"),
        csrf: me.csrf_token.clone(),
        organiser,
        items,
        title_fields: lang_texts(tr, &c, &Texts::new()),
    })
}

/// Form fields as pairs, for forms whose field names are made per
/// language or per question.
type Pairs = Vec<(String, String)>;

fn field<'a>(pairs: &'a Pairs, name: &str) -> Option<&'a str> {
    pairs
        .iter()
        .find(|(k, _)| k == name)
        .map(|(_, v)| v.as_str())
}

fn texts_from(pairs: &Pairs, c: &Consultation, prefix: &str) -> Texts {
    text_languages(c)
        .iter()
        .filter_map(|l| {
            field(pairs, &format!("{prefix}_{l}")).map(|v| (l.clone(), v.trim().to_owned()))
        })
        .filter(|(_, v)| !v.is_empty())
        .collect()
}

fn local_time(c: &Consultation, value: Option<&str>) -> Result<Option<Timestamp>, AppError> {
    let Some(value) = value.map(str::trim).filter(|v| !v.is_empty()) else {
        return Ok(None);
    };
    let civil: DateTime = value.parse().map_err(|_| {
        AppError::bad_request(Words::new("questionnaire-bad-time").with("value", value))
    })?;
    let zoned = civil.to_zoned(c.time_zone.clone()).map_err(|_| {
        AppError::bad_request(Words::new("questionnaire-bad-time").with("value", value))
    })?;
    Ok(Some(zoned.timestamp()))
}

fn local_input(c: &Consultation, at: Option<Timestamp>) -> String {
    at.map(|t| {
        t.to_zoned(c.time_zone.clone())
            .datetime()
            .strftime("%Y-%m-%dT%H:%M")
            .to_string()
    })
    .unwrap_or_default()
}

fn fields_from(
    c: &Consultation,
    pairs: &Pairs,
) -> Result<crate::store::QuestionnaireFields, AppError> {
    Ok(crate::store::QuestionnaireFields {
        title: texts_from(pairs, c, "title"),
        anonymous: field(pairs, "anonymous").is_some(),
        opens_at: local_time(c, field(pairs, "opens"))?,
        closes_at: local_time(c, field(pairs, "closes"))?,
    })
}

pub async fn create(
    State(state): State<AppState>,
    Current(c): Current,
    Me(me): Me,
    Form(pairs): Form<Pairs>,
) -> PageResult {
    let fields = fields_from(&c, &pairs)?;
    let id = actions::create(&state, &c, &me, &fields).await?;
    Ok(Redirect::to(&format!("/questionnaires/{id}/edit")).into_response())
}

pub struct QuestionForm {
    pub id: i64,
    pub kind: &'static str,
    pub kind_label: String,
    pub text: String,
    pub required: bool,
    pub shared: bool,
    pub suggests_topics: bool,
    pub texts: Vec<LangText>,
    /// One choice per line, per language.
    pub choices: Vec<LangText>,
    pub first: bool,
    pub last: bool,
}

#[derive(Template)]
#[template(path = "questionnaire_edit.html")]
pub struct EditPage {
    pub page: Layout,
    pub csrf: String,
    pub id: i64,
    pub title_fields: Vec<LangText>,
    pub anonymous: bool,
    pub answered: bool,
    pub opens: String,
    pub closes: String,
    pub questions: Vec<QuestionForm>,
    pub new_texts: Vec<LangText>,
    pub kinds: Vec<(&'static str, String)>,
    pub notice: Option<String>,
}

/// `?saved=1` after a change: the page says it is done.
#[derive(Debug, Default, Deserialize)]
pub struct Notice {
    saved: Option<String>,
}

pub async fn edit(
    State(state): State<AppState>,
    Current(c): Current,
    Me(me): Me,
    Path(id): Path<i64>,
    Query(notice): Query<Notice>,
) -> PageResult {
    organisers_only(&me)?;
    let tr = tr();
    let q = actions::find(&state, &c, &me, id).await?;
    let count = q.questions.len();
    let questions = q
        .questions
        .iter()
        .enumerate()
        .map(|(i, question)| {
            let input = &question.input;
            let choices = text_languages(&c)
                .iter()
                .map(|tag| LangText {
                    tag: tag.clone(),
                    name: crate::format::language_name(tag, tr.lang()),
                    value: input
                        .choices
                        .iter()
                        .map(|ch| ch.get(tag).cloned().unwrap_or_default())
                        .collect::<Vec<_>>()
                        .join("\n"),
                })
                .collect();
            QuestionForm {
                id: question.id,
                kind: input.kind.as_str(),
                kind_label: kind_label(tr, input.kind),
                text: shown(tr, &c, &input.text).to_owned(),
                required: input.required,
                shared: input.shared,
                suggests_topics: input.suggests_topics,
                texts: lang_texts(tr, &c, &input.text),
                choices,
                first: i == 0,
                last: i + 1 == count,
            }
        })
        .collect();
    render(&EditPage {
        page: Layout::for_consultation(tr, &c, shown(tr, &c, &q.title).to_owned(), "my"),
        csrf: me.csrf_token.clone(),
        id,
        title_fields: lang_texts(tr, &c, &q.title),
        anonymous: q.anonymous,
        answered: state.store.questionnaire_has_answers(id).await?,
        opens: local_input(&c, q.opens_at),
        closes: local_input(&c, q.closes_at),
        questions,
        new_texts: lang_texts(tr, &c, &Texts::new()),
        kinds: QuestionKind::ALL
            .iter()
            .map(|k| (k.as_str(), kind_label(tr, *k)))
            .collect(),
        notice: notice.saved.map(|_| tr.t("questionnaire-saved")),
    })
}

pub async fn update(
    State(state): State<AppState>,
    Current(c): Current,
    Me(me): Me,
    Path(id): Path<i64>,
    Form(pairs): Form<Pairs>,
) -> PageResult {
    let fields = fields_from(&c, &pairs)?;
    actions::update(&state, &c, &me, id, &fields).await?;
    Ok(Redirect::to(&format!("/questionnaires/{id}/edit?saved=1")).into_response())
}

fn question_from(c: &Consultation, pairs: &Pairs) -> Result<QuestionInput, AppError> {
    let kind = field(pairs, "kind")
        .and_then(QuestionKind::parse)
        .ok_or_else(|| {
            AppError::bad_request(
                Words::new("question-kind-unknown")
                    .with("value", field(pairs, "kind").unwrap_or("")),
            )
        })?;
    let first = first_language(c);
    let mut choices: Vec<Texts> = Vec::new();
    if kind.has_choices() {
        let lines = |tag: &str| -> Vec<String> {
            field(pairs, &format!("choices_{tag}"))
                .unwrap_or("")
                .lines()
                .map(str::trim)
                .filter(|l| !l.is_empty())
                .map(str::to_owned)
                .collect()
        };
        for (i, line) in lines(first).into_iter().enumerate() {
            let mut texts = Texts::from([(first.to_owned(), line)]);
            for tag in text_languages(c).iter().filter(|t| *t != first) {
                if let Some(translated) = lines(tag).into_iter().nth(i) {
                    texts.insert(tag.clone(), translated);
                }
            }
            choices.push(texts);
        }
    }
    Ok(QuestionInput {
        kind,
        text: texts_from(pairs, c, "text"),
        choices,
        required: field(pairs, "required").is_some(),
        shared: field(pairs, "shared").is_some(),
        suggests_topics: field(pairs, "suggests_topics").is_some(),
    })
}

pub async fn add_question(
    State(state): State<AppState>,
    Current(c): Current,
    Me(me): Me,
    Path(id): Path<i64>,
    Form(pairs): Form<Pairs>,
) -> PageResult {
    let input = question_from(&c, &pairs)?;
    actions::save_question(&state, &c, &me, id, None, &input).await?;
    Ok(Redirect::to(&format!("/questionnaires/{id}/edit?saved=1#new-question")).into_response())
}

pub async fn change_question(
    State(state): State<AppState>,
    Current(c): Current,
    Me(me): Me,
    Path((id, question)): Path<(i64, i64)>,
    Form(pairs): Form<Pairs>,
) -> PageResult {
    match field(&pairs, "action") {
        Some("delete") => actions::delete_question(&state, &c, &me, id, question).await?,
        Some("up") => actions::move_question(&state, &c, &me, id, question, true).await?,
        Some("down") => actions::move_question(&state, &c, &me, id, question, false).await?,
        _ => {
            let input = question_from(&c, &pairs)?;
            actions::save_question(&state, &c, &me, id, Some(question), &input).await?;
        }
    }
    Ok(Redirect::to(&format!(
        "/questionnaires/{id}/edit?saved=1#question-{question}"
    ))
    .into_response())
}

pub struct Option_ {
    pub value: String,
    pub label: String,
    pub checked: bool,
}

pub struct AnswerField {
    pub id: i64,
    pub number: usize,
    pub kind: &'static str,
    pub text: String,
    pub required: bool,
    pub options: Vec<Option_>,
    pub value: String,
    pub problem: Option<String>,
}

#[derive(Template)]
#[template(path = "questionnaire_answer.html")]
pub struct AnswerPage {
    pub page: Layout,
    pub csrf: String,
    pub id: i64,
    pub title: String,
    pub status_label: String,
    pub anonymous: bool,
    pub fields: Vec<AnswerField>,
    /// Answered already: editing, or (anonymous) done.
    pub answered: bool,
    pub open: bool,
    pub can_answer: bool,
    pub saved: bool,
    pub has_problems: bool,
    pub has_results: bool,
}

fn answer_fields(
    tr: Tr<'static>,
    c: &Consultation,
    q: &Questionnaire,
    values: &HashMap<i64, Vec<String>>,
    problems: &[AnswerProblem],
) -> Vec<AnswerField> {
    q.questions
        .iter()
        .enumerate()
        .map(|(i, question)| {
            let input = &question.input;
            let given: &[String] = values.get(&question.id).map_or(&[], Vec::as_slice);
            let has = |v: &str| given.iter().any(|g| g == v);
            let options: Vec<Option_> = match input.kind {
                QuestionKind::Single | QuestionKind::Multiple => input
                    .choices
                    .iter()
                    .enumerate()
                    .map(|(n, ch)| Option_ {
                        value: n.to_string(),
                        label: shown(tr, c, ch).to_owned(),
                        checked: has(&n.to_string()),
                    })
                    .collect(),
                QuestionKind::Scale => (1..=5)
                    .map(|n| Option_ {
                        value: n.to_string(),
                        label: tr.t(&format!("scale-{n}")),
                        checked: has(&n.to_string()),
                    })
                    .collect(),
                QuestionKind::YesNo => ["yes", "no"]
                    .into_iter()
                    .map(|v| Option_ {
                        value: v.to_owned(),
                        label: yes_no_label(tr, v),
                        checked: has(v),
                    })
                    .collect(),
                QuestionKind::Countries => {
                    let mut all: Vec<Option_> = Country::all()
                        .map(|country| Option_ {
                            value: country.code().to_owned(),
                            label: country.name_in(tr.lang()).to_owned(),
                            checked: has(country.code()),
                        })
                        .collect();
                    all.sort_by_key(|o| o.label.to_lowercase());
                    all
                }
                QuestionKind::Short | QuestionKind::Long => Vec::new(),
            };
            AnswerField {
                id: question.id,
                number: i + 1,
                kind: input.kind.as_str(),
                text: shown(tr, c, &input.text).to_owned(),
                required: input.required,
                options,
                value: if input.kind.is_text() {
                    given.join("\n")
                } else {
                    String::new()
                },
                problem: problems
                    .iter()
                    .find(|p| p.question_id == question.id)
                    .map(|p| p.words.in_lang(tr)),
            }
        })
        .collect()
}

/// Stored values as the form sends them.
fn stored_as_form(q: &Questionnaire, stored: &HashMap<i64, String>) -> HashMap<i64, Vec<String>> {
    q.questions
        .iter()
        .filter_map(|question| {
            let value = stored.get(&question.id)?;
            let values = match question.input.kind {
                QuestionKind::Short | QuestionKind::Long => vec![value.clone()],
                _ => value.split('|').map(str::to_owned).collect(),
            };
            Some((question.id, values))
        })
        .collect()
}

async fn answer_page(
    state: &AppState,
    c: &Consultation,
    me: &Principal,
    q: &Questionnaire,
    values: Option<HashMap<i64, Vec<String>>>,
    problems: &[AnswerProblem],
    saved: bool,
) -> PageResult {
    let tr = tr();
    let own = match me.person_id {
        Some(p) => state.store.own_answers(q, p).await?,
        None => None,
    };
    let answered = own.is_some();
    let values = values.unwrap_or_else(|| {
        own.as_ref()
            .map(|o| stored_as_form(q, o))
            .unwrap_or_default()
    });
    let open = q.status(Timestamp::now()) == Status::Open;
    render(&AnswerPage {
        page: Layout::for_consultation(tr, c, shown(tr, c, &q.title).to_owned(), "my"),
        csrf: me.csrf_token.clone(),
        id: q.id,
        title: shown(tr, c, &q.title).to_owned(),
        status_label: status_label(tr, c, q).1,
        anonymous: q.anonymous,
        fields: answer_fields(tr, c, q, &values, problems),
        answered,
        open,
        can_answer: open && me.person_id.is_some() && !(answered && q.anonymous),
        saved,
        has_problems: !problems.is_empty(),
        has_results: me.role == Role::Organiser || q.questions.iter().any(|x| x.input.shared),
    })
}

pub async fn show(
    State(state): State<AppState>,
    Current(c): Current,
    Me(me): Me,
    Path(id): Path<i64>,
    Query(notice): Query<Notice>,
) -> PageResult {
    let q = actions::find(&state, &c, &me, id).await?;
    answer_page(&state, &c, &me, &q, None, &[], notice.saved.is_some()).await
}

pub async fn submit(
    State(state): State<AppState>,
    Current(c): Current,
    Me(me): Me,
    Path(id): Path<i64>,
    Form(pairs): Form<Pairs>,
) -> PageResult {
    let mut values: HashMap<i64, Vec<String>> = HashMap::new();
    for (name, value) in &pairs {
        if let Some(question) = name.strip_prefix('q').and_then(|n| n.parse::<i64>().ok()) {
            values.entry(question).or_default().push(value.clone());
        }
    }
    let lang = tr().lang();
    match actions::answer(&state, &c, &me, id, lang, &values).await? {
        Ok(_) => Ok(Redirect::to(&format!("/questionnaires/{id}?saved=1")).into_response()),
        Err(problems) => {
            let q = actions::find(&state, &c, &me, id).await?;
            let page = answer_page(&state, &c, &me, &q, Some(values), &problems, false).await?;
            Ok((StatusCode::BAD_REQUEST, page).into_response())
        }
    }
}

/// One bar of a chart, laid out for the SVG.
pub struct Bar {
    pub label: String,
    pub count: String,
    pub width: u32,
    pub y: u32,
    pub hidden: bool,
}

pub struct TextAnswer {
    pub text: String,
    pub organisation: Option<String>,
    pub lang: String,
    pub lang_name: String,
}

pub struct QuestionResult {
    pub number: usize,
    pub text: String,
    pub kind_label: String,
    pub answered: String,
    pub bars: Vec<Bar>,
    pub chart_height: u32,
    pub texts: Vec<TextAnswer>,
    pub shared: bool,
}

#[derive(Template)]
#[template(path = "questionnaire_results.html")]
pub struct ResultsPage {
    pub page: Layout,
    pub id: i64,
    pub title: String,
    pub responses: String,
    pub questions: Vec<QuestionResult>,
    pub organiser: bool,
    pub rtl: bool,
}

/// Width of the charts' drawing, in SVG units.
pub const CHART_WIDTH: u32 = 400;
const BAR_STEP: u32 = 48;

fn count_text(tr: Tr<'static>, n: u64) -> String {
    match shown_count(n) {
        Some(n) => crate::format::number(n as i64, tr.lang()),
        None => tr.t("results-fewer-than-3"),
    }
}

fn option_label(tr: Tr<'static>, c: &Consultation, input: &QuestionInput, option: &str) -> String {
    match input.kind {
        QuestionKind::Single | QuestionKind::Multiple => option
            .parse::<usize>()
            .ok()
            .and_then(|n| input.choices.get(n))
            .map_or_else(|| option.to_owned(), |ch| shown(tr, c, ch).to_owned()),
        QuestionKind::Scale => tr.t(&format!("scale-{option}")),
        QuestionKind::YesNo => yes_no_label(tr, option),
        QuestionKind::Countries => Country::parse(option)
            .map_or_else(|_| option.to_owned(), |c| c.name_in(tr.lang()).to_owned()),
        QuestionKind::Short | QuestionKind::Long => option.to_owned(),
    }
}

/// The results a person may see: every question for organisers, the shared
/// ones for others.
fn results(
    tr: Tr<'static>,
    c: &Consultation,
    q: &Questionnaire,
    answers: &[AnswerRow],
    organiser: bool,
) -> Vec<QuestionResult> {
    q.questions
        .iter()
        .enumerate()
        .filter(|(_, question)| organiser || question.input.shared)
        .map(|(i, question)| {
            let input = &question.input;
            let mine: Vec<&AnswerRow> = answers
                .iter()
                .filter(|a| a.question_id == question.id)
                .collect();
            let values: Vec<&str> = mine.iter().map(|a| a.value.as_str()).collect();
            let counts = questionnaire::tally(input, &values);
            let max = counts
                .iter()
                .filter(|(_, n)| shown_count(*n).is_some())
                .map(|(_, n)| *n)
                .max()
                .unwrap_or(0)
                .max(1);
            let bars: Vec<Bar> = counts
                .iter()
                .enumerate()
                .map(|(k, (option, n))| {
                    let hidden = shown_count(*n).is_none();
                    Bar {
                        label: option_label(tr, c, input, option.as_deref().unwrap_or("")),
                        count: count_text(tr, *n),
                        width: if hidden {
                            0
                        } else {
                            (*n * (CHART_WIDTH as u64 - 70) / max) as u32
                        },
                        y: k as u32 * BAR_STEP,
                        hidden,
                    }
                })
                .collect();
            let texts = if input.kind.is_text() {
                mine.iter()
                    .map(|a| TextAnswer {
                        text: a.value.clone(),
                        organisation: a.organisation.clone().filter(|_| !q.anonymous),
                        lang: a.lang.clone(),
                        lang_name: match a.lang.as_str() {
                            "und" => String::new(),
                            lang => crate::format::language_name(lang, tr.lang()),
                        },
                    })
                    .collect()
            } else {
                Vec::new()
            };
            QuestionResult {
                number: i + 1,
                text: shown(tr, c, &input.text).to_owned(),
                kind_label: kind_label(tr, input.kind),
                answered: tr.t_with(
                    "results-answered",
                    "count",
                    count_text(tr, mine.len() as u64),
                ),
                chart_height: bars.len() as u32 * BAR_STEP,
                bars,
                texts,
                shared: input.shared,
            }
        })
        .collect()
}

pub async fn results_page(
    State(state): State<AppState>,
    Current(c): Current,
    Me(me): Me,
    Path(id): Path<i64>,
) -> PageResult {
    let tr = tr();
    let q = actions::find(&state, &c, &me, id).await?;
    let organiser = me.role == Role::Organiser;
    if !organiser && !q.questions.iter().any(|x| x.input.shared) {
        return Err(AppError::NotFound);
    }
    let answers = state.store.answers(id).await?;
    let responses = state.store.response_count(id).await?;
    render(&ResultsPage {
        page: Layout::for_consultation(tr, &c, tr.t("results-title"), "my"),
        id,
        title: shown(tr, &c, &q.title).to_owned(),
        responses: tr.t_with(
            "results-responses",
            "count",
            count_text(tr, responses as u64),
        ),
        questions: results(tr, &c, &q, &answers, organiser),
        organiser,
        rtl: tr.dir() == "rtl",
    })
}

/// The results as CSV: a row per option with its count (or "fewer than
/// 3"), then, for organisers, a row per free-text answer.
pub async fn results_csv(
    State(state): State<AppState>,
    Current(c): Current,
    Me(me): Me,
    Path(id): Path<i64>,
) -> Result<Response, AppError> {
    organisers_only(&me)?;
    let tr = tr();
    let q = actions::find(&state, &c, &me, id).await?;
    let answers = state.store.answers(id).await?;
    let mut rows: Vec<Vec<String>> = vec![vec![
        tr.t("results-csv-question"),
        tr.t("results-csv-answer"),
        tr.t("results-csv-count"),
        tr.t("results-csv-organisation"),
        tr.t("results-csv-language"),
    ]];
    for result in results(tr, &c, &q, &answers, true) {
        for bar in &result.bars {
            rows.push(vec![
                result.text.clone(),
                bar.label.clone(),
                bar.count.clone(),
                String::new(),
                String::new(),
            ]);
        }
        for text in &result.texts {
            rows.push(vec![
                result.text.clone(),
                text.text.clone(),
                String::new(),
                text.organisation.clone().unwrap_or_default(),
                text.lang.clone(),
            ]);
        }
    }
    Ok((
        [
            (header::CONTENT_TYPE, "text/csv; charset=utf-8".to_owned()),
            (
                header::CONTENT_DISPOSITION,
                format!("attachment; filename=\"questionnaire-{id}-results.csv\""),
            ),
        ],
        crate::export::csv::write(rows),
    )
        .into_response())
}

pub struct ColumnView {
    pub header: String,
    pub reading: String,
    pub read: bool,
}

#[derive(Template)]
#[template(path = "questionnaire_import.html")]
pub struct ImportPage {
    pub page: Layout,
    pub csrf: String,
    pub id: i64,
    pub title: String,
    pub errors: Vec<String>,
    pub columns: Vec<ColumnView>,
    pub rows: usize,
    pub matched: usize,
    /// Rows that matched nobody: (line, who).
    pub unmatched: Vec<(u64, String)>,
    pub applied: bool,
    pub previewed: bool,
    pub content: String,
}

fn import_page(tr: Tr<'static>, c: &Consultation, me: &Principal, q: &Questionnaire) -> ImportPage {
    ImportPage {
        page: Layout::for_consultation(tr, c, tr.t("import-answers-title"), "my"),
        csrf: me.csrf_token.clone(),
        id: q.id,
        title: shown(tr, c, &q.title).to_owned(),
        errors: Vec::new(),
        columns: Vec::new(),
        rows: 0,
        matched: 0,
        unmatched: Vec::new(),
        applied: false,
        previewed: false,
        content: String::new(),
    }
}

pub async fn import_form(
    State(state): State<AppState>,
    Current(c): Current,
    Me(me): Me,
    Path(id): Path<i64>,
) -> PageResult {
    organisers_only(&me)?;
    let q = actions::find(&state, &c, &me, id).await?;
    render(&import_page(tr(), &c, &me, &q))
}

pub async fn import_upload(
    State(state): State<AppState>,
    Current(c): Current,
    Me(me): Me,
    Path(id): Path<i64>,
    multipart: axum::extract::Multipart,
) -> PageResult {
    organisers_only(&me)?;
    let tr = tr();
    let q = actions::find(&state, &c, &me, id).await?;
    let (bytes, apply) =
        super::program_edit::read_upload(multipart, "import-answers-choose-file").await?;
    let mut page = import_page(tr, &c, &me, &q);
    let plan = match actions::import_answers(&state, &c, &me, id, &bytes, "import", apply).await? {
        actions::Imported::Refused(errors) => {
            page.errors = errors.iter().map(|e| e.in_lang(tr)).collect();
            let mut response = render(&page)?;
            *response.status_mut() = StatusCode::UNPROCESSABLE_ENTITY;
            return Ok(response);
        }
        actions::Imported::Preview(plan) => {
            page.content = String::from_utf8_lossy(&bytes).into_owned();
            plan
        }
        actions::Imported::Applied(plan) => {
            page.applied = true;
            plan
        }
    };
    use crate::import::answers::Column;
    page.previewed = true;
    page.columns = plan
        .columns
        .iter()
        .map(|(header, column)| ColumnView {
            header: header.clone(),
            reading: match column {
                Column::Email => tr.t("import-answers-column-email"),
                Column::Name => tr.t("import-answers-column-name"),
                Column::Question(qid) => q
                    .questions
                    .iter()
                    .position(|x| x.id == *qid)
                    .map(|i| format!("{}. {}", i + 1, shown(tr, &c, &q.questions[i].input.text)))
                    .unwrap_or_default(),
                Column::NotRead => tr.t("import-answers-column-not-read"),
            },
            read: *column != Column::NotRead,
        })
        .collect();
    page.rows = plan.rows.len();
    page.matched = plan.rows.iter().filter(|r| r.person.is_some()).count();
    page.unmatched = plan.unmatched().map(|r| (r.line, r.who.clone())).collect();
    render(&page)
}

pub struct SuggestionView {
    pub id: i64,
    pub title: String,
    pub published: bool,
    pub answers: Vec<(i64, String)>,
    pub organisations: String,
}

pub struct SuggestingQuestion {
    pub id: i64,
    pub text: String,
    pub answers: usize,
    pub waiting: i64,
    pub suggestions: Vec<SuggestionView>,
}

#[derive(Template)]
#[template(path = "questionnaire_suggestions.html")]
pub struct SuggestionsPage {
    pub page: Layout,
    pub csrf: String,
    pub id: i64,
    pub title: String,
    pub questions: Vec<SuggestingQuestion>,
    pub model_missing: Option<String>,
    pub notice: Option<String>,
}

pub async fn suggestions(
    State(state): State<AppState>,
    Current(c): Current,
    Me(me): Me,
    Path(id): Path<i64>,
    Query(notice): Query<Notice>,
) -> PageResult {
    organisers_only(&me)?;
    let tr = tr();
    let q = actions::find(&state, &c, &me, id).await?;
    let mut questions = Vec::new();
    for question in q.questions.iter().filter(|x| x.input.suggests_topics) {
        let (embedded, waiting) = state.store.embedded_answers(question.id).await?;
        let text_of: HashMap<i64, &str> = embedded
            .iter()
            .map(|a| (a.response_id, a.value.as_str()))
            .collect();
        let mut views = Vec::new();
        for s in state.store.suggestions(question.id).await? {
            let organisations = state.store.suggestion_organisations(s.id).await?;
            views.push(SuggestionView {
                id: s.id,
                title: s.title.clone(),
                published: s.topic_id.is_some(),
                answers: s
                    .responses
                    .iter()
                    .map(|r| (*r, text_of.get(r).copied().unwrap_or("").to_owned()))
                    .collect(),
                organisations: organisations
                    .into_iter()
                    .map(|(_, n)| n)
                    .collect::<Vec<_>>()
                    .join(", "),
            });
        }
        questions.push(SuggestingQuestion {
            id: question.id,
            text: shown(tr, &c, &question.input.text).to_owned(),
            answers: embedded.len() + waiting as usize,
            waiting,
            suggestions: views,
        });
    }
    render(&SuggestionsPage {
        page: Layout::for_consultation(tr, &c, tr.t("suggestions-title"), "my"),
        csrf: me.csrf_token.clone(),
        id,
        title: shown(tr, &c, &q.title).to_owned(),
        questions,
        model_missing: crate::suggest::model::path()
            .is_none()
            .then(|| tr.t("suggestions-no-model-help")),
        notice: notice.saved.map(|_| tr.t("suggestions-done")),
    })
}

pub async fn group(
    State(state): State<AppState>,
    Current(c): Current,
    Me(me): Me,
    Path((id, question)): Path<(i64, i64)>,
) -> PageResult {
    actions::group(&state, &c, &me, id, question).await?;
    Ok(Redirect::to(&format!(
        "/questionnaires/{id}/suggestions?saved=1#question-{question}"
    ))
    .into_response())
}

pub async fn curate(
    State(state): State<AppState>,
    Current(c): Current,
    Me(me): Me,
    Path((id, question, suggestion)): Path<(i64, i64, i64)>,
    Form(pairs): Form<Pairs>,
) -> PageResult {
    let title = field(&pairs, "title").unwrap_or("").to_owned();
    let action = match field(&pairs, "action") {
        Some("rename") => Curation::Rename(title),
        Some("merge") => Curation::MergeInto(
            field(&pairs, "into")
                .and_then(|v| v.parse().ok())
                .ok_or_else(|| AppError::bad_request(Words::new("suggestion-merge-choose")))?,
        ),
        Some("split") => Curation::Split(
            pairs
                .iter()
                .filter(|(k, _)| k == "answer")
                .filter_map(|(_, v)| v.parse().ok())
                .collect(),
            field(&pairs, "new_title").unwrap_or("").to_owned(),
        ),
        Some("drop") => Curation::Drop,
        Some("publish") => Curation::Publish,
        other => {
            return Err(AppError::bad_request(
                Words::new("suggestion-action-unknown").with("value", other.unwrap_or("")),
            ));
        }
    };
    actions::curate(&state, &c, &me, id, question, suggestion, action).await?;
    Ok(Redirect::to(&format!(
        "/questionnaires/{id}/suggestions?saved=1#question-{question}"
    ))
    .into_response())
}
