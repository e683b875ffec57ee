//! Questionnaires: organisers build them, participants answer them, the
//! results are counted, and the answers to a question that suggests
//! topics are grouped into suggestions organisers curate and publish on
//! the open-space board.

use std::{collections::HashMap, sync::Arc};

use jiff::Timestamp;

use super::{AppState, live::Scope, person, program::organisers_only};
use crate::{
    auth::Principal,
    domain::{
        Consultation, LanguageTag,
        open_space::TopicInput,
        questionnaire::{self, QuestionInput, Questionnaire, Status},
    },
    error::{AppError, Words},
    store::{QuestionnaireFields, Saved, Suggestion},
    suggest,
};

/// The consultation's first language: every text must exist in it.
pub fn first_language(c: &Consultation) -> &str {
    c.languages.first().map_or("en", String::as_str)
}

fn bad(words: Words) -> AppError {
    AppError::bad_request(words)
}

/// A questionnaire of this consultation, for organisers or (open or
/// closed, not before it opens) for people answering it.
pub async fn find(
    state: &AppState,
    c: &Consultation,
    me: &Principal,
    id: i64,
) -> Result<Questionnaire, AppError> {
    let q = state
        .store
        .questionnaire(c.id, id)
        .await?
        .ok_or(AppError::NotFound)?;
    if organisers_only(me).is_err()
        && (q.questions.is_empty() || q.status(Timestamp::now()) == Status::NotYetOpen)
    {
        return Err(AppError::NotFound);
    }
    Ok(q)
}

/// Open questionnaires a person has not answered yet.
pub async fn waiting_for(
    state: &AppState,
    c: &Consultation,
    person_id: i64,
) -> Result<Vec<Questionnaire>, AppError> {
    let now = Timestamp::now();
    let mut waiting = Vec::new();
    for q in state.store.questionnaires(c.id).await? {
        if q.questions.is_empty() || q.status(now) != Status::Open {
            continue;
        }
        if state.store.own_answers(&q, person_id).await?.is_none() {
            waiting.push(q);
        }
    }
    Ok(waiting)
}

fn check_fields(c: &Consultation, fields: &QuestionnaireFields) -> Result<(), AppError> {
    questionnaire::check_title(&fields.title, first_language(c)).map_err(bad)?;
    if let (Some(opens), Some(closes)) = (fields.opens_at, fields.closes_at)
        && closes <= opens
    {
        return Err(bad(Words::new("questionnaire-closes-before-opening")));
    }
    Ok(())
}

pub async fn create(
    state: &AppState,
    c: &Consultation,
    me: &Principal,
    fields: &QuestionnaireFields,
) -> Result<i64, AppError> {
    organisers_only(me)?;
    check_fields(c, fields)?;
    Ok(state
        .store
        .create_questionnaire(c.id, fields, me.actor(), Timestamp::now())
        .await?)
}

pub async fn update(
    state: &AppState,
    c: &Consultation,
    me: &Principal,
    id: i64,
    fields: &QuestionnaireFields,
) -> Result<(), AppError> {
    organisers_only(me)?;
    check_fields(c, fields)?;
    let current = find(state, c, me, id).await?;
    if current.anonymous != fields.anonymous && state.store.questionnaire_has_answers(id).await? {
        return Err(AppError::conflict(Words::new(
            "questionnaire-anonymity-fixed",
        )));
    }
    state.store.update_questionnaire(c.id, id, fields).await?;
    state
        .audit(
            c.id,
            me,
            "changed a questionnaire",
            questionnaire::text_in(&fields.title, first_language(c), &[]),
        )
        .await
}

/// Adds a question, or changes question `question_id`.
pub async fn save_question(
    state: &AppState,
    c: &Consultation,
    me: &Principal,
    questionnaire_id: i64,
    question_id: Option<i64>,
    input: &QuestionInput,
) -> Result<(), AppError> {
    organisers_only(me)?;
    let q = find(state, c, me, questionnaire_id).await?;
    if question_id.is_none() && q.questions.len() >= questionnaire::MAX_QUESTIONS {
        return Err(bad(Words::new("questionnaire-too-many-questions")
            .with("max", questionnaire::MAX_QUESTIONS)));
    }
    let others: Vec<&QuestionInput> = q
        .questions
        .iter()
        .filter(|o| Some(o.id) != question_id)
        .map(|o| &o.input)
        .collect();
    questionnaire::check_question(input, &others, first_language(c)).map_err(bad)?;
    match question_id {
        None => {
            state.store.add_question(questionnaire_id, input).await?;
        }
        Some(id) => {
            if !state
                .store
                .update_question(questionnaire_id, id, input)
                .await?
            {
                return Err(AppError::NotFound);
            }
        }
    }
    state.embedder_wake();
    Ok(())
}

pub async fn delete_question(
    state: &AppState,
    c: &Consultation,
    me: &Principal,
    questionnaire_id: i64,
    question_id: i64,
) -> Result<(), AppError> {
    organisers_only(me)?;
    find(state, c, me, questionnaire_id).await?;
    if !state
        .store
        .delete_question(questionnaire_id, question_id)
        .await?
    {
        return Err(AppError::NotFound);
    }
    Ok(())
}

pub async fn move_question(
    state: &AppState,
    c: &Consultation,
    me: &Principal,
    questionnaire_id: i64,
    question_id: i64,
    up: bool,
) -> Result<(), AppError> {
    organisers_only(me)?;
    find(state, c, me, questionnaire_id).await?;
    Ok(state
        .store
        .move_question(questionnaire_id, question_id, up)
        .await?)
}

/// What reading an answers file gave.
#[derive(Debug)]
pub enum Imported {
    /// Read and shown, nothing stored.
    Preview(crate::import::answers::Plan),
    /// Read and stored.
    Applied(crate::import::answers::Plan),
    /// Not readable: every problem, nothing stored.
    Refused(Vec<crate::import::ImportError>),
}

/// Reads answers exported by another form tool; with `apply`, stores
/// them all or nothing.
pub async fn import_answers(
    state: &AppState,
    c: &Consultation,
    me: &Principal,
    questionnaire_id: i64,
    bytes: &[u8],
    source: &str,
    apply: bool,
) -> Result<Imported, AppError> {
    organisers_only(me)?;
    let q = find(state, c, me, questionnaire_id).await?;
    let people: Vec<crate::import::answers::Respondent> = state
        .store
        .directory(c.id, crate::domain::Viewer::Organiser)
        .await?
        .people
        .into_iter()
        .map(Into::into)
        .collect();
    let plan = match crate::import::answers::read(bytes, &q, &people) {
        Ok(plan) => plan,
        Err(errors) => return Ok(Imported::Refused(errors)),
    };
    if !apply {
        return Ok(Imported::Preview(plan));
    }
    state
        .store
        .import_responses(&q, &plan.rows, source, Timestamp::now())
        .await?;
    state
        .audit(
            c.id,
            me,
            "imported answers",
            &format!("{} ({} rows)", source, plan.rows.len()),
        )
        .await?;
    state.embedder_wake();
    Ok(Imported::Applied(plan))
}

/// One question's refusal, for the form to show beside it.
#[derive(Debug, Clone)]
pub struct AnswerProblem {
    pub question_id: i64,
    pub words: Words,
}

/// Stores a person's answers (`raw`: question → the values the form or
/// file gave). Refused answers come back per question, nothing stored.
pub async fn answer(
    state: &AppState,
    c: &Consultation,
    me: &Principal,
    questionnaire_id: i64,
    lang: &str,
    raw: &HashMap<i64, Vec<String>>,
) -> Result<Result<Saved, Vec<AnswerProblem>>, AppError> {
    let person_id = person(me)?;
    let q = find(state, c, me, questionnaire_id).await?;
    match q.status(Timestamp::now()) {
        Status::Open => {}
        Status::NotYetOpen => return Err(AppError::NotFound),
        Status::Closed => return Err(AppError::conflict(Words::new("questionnaire-closed"))),
    }
    let (answers, problems) = parse_answers(&q, raw);
    if !problems.is_empty() {
        return Ok(Err(problems));
    }
    let organisation = match q.anonymous {
        true => None,
        false => state
            .store
            .person(c.id, person_id)
            .await?
            .and_then(|p| p.organisation_id),
    };
    let lang = LanguageTag::parse(lang)
        .map_or_else(|_| first_language(c).to_owned(), |l| l.as_str().to_owned());
    let saved = state
        .store
        .save_response(
            &q,
            person_id,
            organisation,
            &lang,
            &answers,
            "form",
            Timestamp::now(),
        )
        .await?;
    if saved == Saved::AlreadyAnswered {
        return Err(AppError::conflict(Words::new(
            "questionnaire-answered-already",
        )));
    }
    state.embedder_wake();
    Ok(Ok(saved))
}

/// The stored form of each answer, and the refusals.
pub fn parse_answers(
    q: &Questionnaire,
    raw: &HashMap<i64, Vec<String>>,
) -> (Vec<(i64, String)>, Vec<AnswerProblem>) {
    let mut answers = Vec::new();
    let mut problems = Vec::new();
    for question in &q.questions {
        let values: Vec<&str> = raw
            .get(&question.id)
            .map(|v| v.iter().map(String::as_str).collect())
            .unwrap_or_default();
        match questionnaire::parse_answer(&question.input, &values) {
            Ok(Some(value)) => answers.push((question.id, value)),
            Ok(None) => {}
            Err(words) => problems.push(AnswerProblem {
                question_id: question.id,
                words,
            }),
        }
    }
    (answers, problems)
}

/// Groups the answers to a question that suggests topics, replacing the
/// suggestions not yet published. Answers still waiting for their
/// embedding are embedded first.
pub async fn group(
    state: &AppState,
    c: &Consultation,
    me: &Principal,
    questionnaire_id: i64,
    question_id: i64,
) -> Result<usize, AppError> {
    organisers_only(me)?;
    let q = find(state, c, me, questionnaire_id).await?;
    q.questions
        .iter()
        .find(|x| x.id == question_id && x.input.suggests_topics)
        .ok_or(AppError::NotFound)?;
    embed_waiting(state).await?;
    let (answers, _) = state.store.embedded_answers(question_id).await?;
    let published: Vec<i64> = state
        .store
        .suggestions(question_id)
        .await?
        .into_iter()
        .filter(|s| s.topic_id.is_some())
        .flat_map(|s| s.responses)
        .collect();
    let answers: Vec<_> = answers
        .into_iter()
        .filter(|a| !published.contains(&a.response_id))
        .collect();
    let grouping = tokio::task::spawn_blocking(move || {
        let texts: Vec<&str> = answers.iter().map(|a| a.value.as_str()).collect();
        let embeddings: Vec<Vec<f32>> = answers.iter().map(|a| a.embedding.clone()).collect();
        let grouping = suggest::group(&texts, &embeddings);
        grouping
            .groups
            .into_iter()
            .map(|g| {
                (
                    g.title,
                    g.members
                        .iter()
                        .map(|&i| answers[i].response_id)
                        .collect::<Vec<_>>(),
                )
            })
            .collect::<Vec<_>>()
    })
    .await
    .map_err(|e| AppError::Internal(format!("grouping failed: {e}")))?;
    state
        .store
        .replace_suggestions(question_id, &grouping)
        .await?;
    Ok(grouping.len())
}

/// What an organiser does with a suggestion.
#[derive(Debug, Clone)]
pub enum Curation {
    Rename(String),
    MergeInto(i64),
    /// Moves these answers into a new suggestion titled so.
    Split(Vec<i64>, String),
    Drop,
    Publish,
}

pub async fn curate(
    state: &AppState,
    c: &Consultation,
    me: &Principal,
    questionnaire_id: i64,
    question_id: i64,
    suggestion_id: i64,
    action: Curation,
) -> Result<(), AppError> {
    organisers_only(me)?;
    let q = find(state, c, me, questionnaire_id).await?;
    q.questions
        .iter()
        .find(|x| x.id == question_id)
        .ok_or(AppError::NotFound)?;
    let suggestions = state.store.suggestions(question_id).await?;
    let suggestion = suggestions
        .iter()
        .find(|s| s.id == suggestion_id)
        .ok_or(AppError::NotFound)?;
    let title_ok = |t: &str| -> Result<String, AppError> {
        let t = t.trim();
        if t.is_empty() || t.chars().count() > questionnaire::MAX_TITLE {
            return Err(bad(
                Words::new("suggestion-title-needed").with("max", questionnaire::MAX_TITLE)
            ));
        }
        Ok(t.to_owned())
    };
    let done = match action {
        Curation::Rename(title) => {
            state
                .store
                .rename_suggestion(question_id, suggestion_id, &title_ok(&title)?)
                .await?
        }
        Curation::MergeInto(other) => {
            state
                .store
                .merge_suggestions(question_id, other, suggestion_id)
                .await?
        }
        Curation::Split(responses, title) => {
            let title = title_ok(&title)?;
            if responses.is_empty() || responses.len() >= suggestion.responses.len() {
                return Err(bad(Words::new("suggestion-split-some")));
            }
            state
                .store
                .split_suggestion(question_id, suggestion_id, &responses, &title)
                .await?
                .is_some()
        }
        Curation::Drop => {
            state
                .store
                .drop_suggestion(question_id, suggestion_id)
                .await?
        }
        Curation::Publish => {
            publish(state, c, me, suggestion).await?;
            true
        }
    };
    if !done {
        return Err(AppError::NotFound);
    }
    Ok(())
}

/// Puts a suggestion on the board as a suggested topic, with the
/// organisations of the answers behind it interested.
async fn publish(
    state: &AppState,
    c: &Consultation,
    me: &Principal,
    suggestion: &Suggestion,
) -> Result<(), AppError> {
    if suggestion.topic_id.is_some() {
        return Err(AppError::conflict(Words::new(
            "suggestion-published-already",
        )));
    }
    let organisations = state.store.suggestion_organisations(suggestion.id).await?;
    let names: Vec<&str> = organisations.iter().map(|(_, n)| n.as_str()).collect();
    let lang = first_language(c);
    let tr = crate::i18n::i18n().lang(lang);
    let description = match names.is_empty() {
        true => String::new(),
        false => tr.t_with(
            "suggestion-topic-interested",
            "organisations",
            names.join(", "),
        ),
    };
    let topic = TopicInput {
        title: suggestion.title.clone(),
        description,
        language: LanguageTag::parse(lang).map_err(AppError::from)?,
    };
    let interested: Vec<i64> = organisations.iter().map(|(id, _)| *id).collect();
    let (topic_id, _) = state
        .store
        .suggest_topic(c.id, &topic, &interested, me.actor(), Timestamp::now())
        .await?;
    state
        .store
        .mark_suggestion_published(suggestion.id, topic_id)
        .await?;
    state.live.changed(Scope::OpenSpace);
    Ok(())
}

/// Embeds the answers that wait for it, a few at a time.
async fn embed_waiting(state: &AppState) -> Result<usize, AppError> {
    let mut done = 0;
    loop {
        let waiting = state.store.answers_to_embed(16).await?;
        if waiting.is_empty() {
            return Ok(done);
        }
        let model = suggest::model::model()
            .map_err(|e| AppError::conflict(Words::new("suggestions-no-model").with("why", e)))?;
        let texts: Vec<String> = waiting.iter().map(|a| a.value.clone()).collect();
        let embeddings = tokio::task::spawn_blocking(move || {
            let texts: Vec<&str> = texts.iter().map(String::as_str).collect();
            model.embed_all(&texts, suggest::model::threads().min(2))
        })
        .await
        .map_err(|e| AppError::Internal(format!("embedding failed: {e}")))?;
        for (answer, embedding) in waiting.iter().zip(&embeddings) {
            state.store.store_embedding(answer, embedding).await?;
        }
        done += waiting.len();
    }
}

/// Embeds each text answer soon after it is stored, so that grouping
/// finds the vectors ready.
pub async fn run_embedder(state: AppState, wake: Arc<tokio::sync::Notify>) {
    if suggest::model::path().is_none() {
        tracing::warn!("topic suggestions unavailable: set CONVENE_MODEL");
        return;
    }
    loop {
        match embed_waiting(&state).await {
            Ok(0) => {}
            Ok(n) => tracing::debug!(answers = n, "embedded answers"),
            Err(e) => {
                tracing::warn!(error = %e, "embedding answers failed");
                tokio::time::sleep(std::time::Duration::from_secs(60)).await;
            }
        }
        let _ = tokio::time::timeout(std::time::Duration::from_secs(300), wake.notified()).await;
    }
}
