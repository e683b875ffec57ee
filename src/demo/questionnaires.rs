//! The demo's questionnaires: the one sent before the meeting, whose
//! answers (in several languages) suggested the agenda's open-space topics,
//! and the anonymous evaluation, opening on the last day.
//!
//! The answers are written so that the topic grouping finds the agenda's
//! list; `tests/questionnaires.rs` checks that it does. The suggestions are
//! stored as organisers curated them: titled as on the agenda and published
//! as its suggested topics.

use jiff::Timestamp;

use crate::{
    domain::questionnaire::{QuestionInput, QuestionKind, Texts},
    store::{QuestionnaireFields, Store, StoreError},
};

fn texts(pairs: &[(&str, &str)]) -> Texts {
    pairs
        .iter()
        .map(|(l, t)| ((*l).to_owned(), (*t).to_owned()))
        .collect()
}

/// (organisation, language, answer, the agenda topic it was published under).
pub const TOPIC_ANSWERS: &[(&str, &str, &str, Option<&str>)] = &[
    (
        "Safe Horizon",
        "en",
        "Migration from South America to the US: Colombians, Venezuelans and Ecuadorians crossing the Darién and Mexico to reach the United States",
        Some("Migration from South America to the US"),
    ),
    (
        "Safe Horizon",
        "en",
        "South American migrants arriving in New York after the journey north to the United States: trafficking on the route",
        Some("Migration from South America to the US"),
    ),
    (
        "CHS Alternativo",
        "es",
        "Cómo medir el impacto de nuestras actividades de prevención de la trata",
        Some("How to measure the impact of prevention activities"),
    ),
    (
        "PLA",
        "en",
        "How do we know if our prevention work actually works? Measuring impact and indicators",
        Some("How to measure the impact of prevention activities"),
    ),
    (
        "La Strada Macedonia",
        "en",
        "Evaluating the impact of prevention activities and awareness campaigns",
        Some("How to measure the impact of prevention activities"),
    ),
    (
        "Sintrasedom",
        "es",
        "Inspecciones laborales: que el Ministerio del Trabajo fiscalice y sancione a los empleadores que violan los derechos laborales",
        Some("Domestic work: labour inspections"),
    ),
    (
        "Sintrasedom",
        "es",
        "Más inspectores de trabajo y visitas de inspección para verificar salarios y horarios",
        Some("Domestic work: labour inspections"),
    ),
    (
        "Ban Ying",
        "en",
        "Domestic workers in diplomat households: diplomatic immunity leaves them without protection",
        Some("Domestic work: domestic workers in diplomat households"),
    ),
    (
        "La Strada Czech Republic",
        "en",
        "Domestic workers employed by diplomats and embassy staff in Prague",
        Some("Domestic work: domestic workers in diplomat households"),
    ),
    (
        "LRC-KJHAM",
        "id",
        "Strategi kampanye pencegahan trafficking dengan promosi migrasi yang aman",
        Some("Strategi kampanye pencegahan trafficking dengan promosi migrasi yang aman"),
    ),
    (
        "OPRIFS",
        "en",
        "Safe migration campaigns in villages before young women leave for the Gulf",
        Some("Strategi kampanye pencegahan trafficking dengan promosi migrasi yang aman"),
    ),
    (
        "AMUMRA",
        "es",
        "Campañas de migración segura para mujeres que van a trabajar en otro país",
        Some("Strategi kampanye pencegahan trafficking dengan promosi migrasi yang aman"),
    ),
    (
        "ASBRAD",
        "pt",
        "Campanhas de migração segura e informação antes da viagem",
        Some("Strategi kampanye pencegahan trafficking dengan promosi migrasi yang aman"),
    ),
    (
        "Srijan Foundation / Jharkhand Anti-Trafficking Network",
        "en",
        "Safe migration awareness for girls from Jharkhand going to work in Delhi",
        Some("Strategi kampanye pencegahan trafficking dengan promosi migrasi yang aman"),
    ),
    (
        "Yasanti",
        "id",
        "Biaya penempatan yang mahal dan jeratan utang pekerja migran",
        None,
    ),
    (
        "TWC2",
        "en",
        "Recruitment fees and the debt workers carry before they even start",
        None,
    ),
    (
        "SWAN",
        "en",
        "Police raids on sex workers in the name of anti-trafficking",
        None,
    ),
    (
        "FairWork",
        "en",
        "Decriminalisation of sex work: raids and rescues push sex workers away from support",
        None,
    ),
    (
        "ARM",
        "ar",
        "إلغاء نظام الكفالة: الإقامة المرتبطة بالكفيل تمنع العمال المهاجرين من تغيير العمل أو مغادرة البلد",
        None,
    ),
    (
        "OPRIFS",
        "en",
        "Abolishing the kafala sponsorship system: visas tied to a sponsor who holds the passport",
        None,
    ),
];

/// Embeds the answers now, when the model is there, so that a server
/// starting on the demo has nothing left to embed (and its pages are not
/// invalidated by that work while people first look at them).
async fn embed(store: &Store, question_id: i64, responses: &[i64]) -> Result<(), StoreError> {
    let Ok(model) = crate::suggest::model::model() else {
        return Ok(());
    };
    let embeddings = tokio::task::spawn_blocking(move || {
        let texts: Vec<&str> = TOPIC_ANSWERS.iter().map(|(_, _, text, _)| *text).collect();
        model.embed_all(&texts, crate::suggest::model::threads())
    })
    .await
    .map_err(|e| StoreError::Failed(format!("embedding the demo's answers: {e}")))?;
    for ((response_id, embedding), (_, _, text, _)) in
        responses.iter().zip(&embeddings).zip(TOPIC_ANSWERS)
    {
        let answer = crate::store::Unembedded {
            response_id: *response_id,
            question_id,
            value: (*text).to_owned(),
        };
        store.store_embedding(&answer, embedding).await?;
    }
    Ok(())
}

/// Each answer's sector choice: 0 domestic work, 1 sex work, 2 other.
fn sector_of(organisation: &str) -> &'static str {
    match organisation {
        "SWAN" | "FairWork" => "1",
        "PLA" | "La Strada Macedonia" | "CHS Alternativo" | "Safe Horizon" => "2",
        _ => "0",
    }
}

pub async fn set_up(store: &Store, consultation_id: i64) -> Result<(), StoreError> {
    let now = Timestamp::now();
    let demo = crate::store::Actor {
        id: None,
        name: "demo",
    };
    let c = store
        .current_consultation()
        .await?
        .ok_or(StoreError::Unsupported("no demo consultation"))?;

    let before = store
        .create_questionnaire(
            consultation_id,
            &QuestionnaireFields {
                title: texts(&[
                    ("en", "Before the consultation"),
                    ("es", "Antes de la consulta"),
                    ("fr", "Avant la consultation"),
                    ("id", "Sebelum konsultasi"),
                    ("pt", "Antes da consulta"),
                    ("ar", "قبل المشاورة"),
                    ("th", "ก่อนการปรึกษาหารือ"),
                ]),
                anonymous: false,
                opens_at: None,
                closes_at: None,
            },
            demo,
            now,
        )
        .await?;
    let topics_question = store
        .add_question(
            before,
            &QuestionInput {
                kind: QuestionKind::Long,
                text: texts(&[
                    (
                        "en",
                        "Which topics would you like to discuss at the open space?",
                    ),
                    (
                        "es",
                        "¿Qué temas le gustaría discutir en el espacio abierto?",
                    ),
                    (
                        "fr",
                        "De quels sujets aimeriez-vous discuter au forum ouvert ?",
                    ),
                    (
                        "id",
                        "Topik apa yang ingin Anda diskusikan di ruang terbuka?",
                    ),
                    ("pt", "Que temas gostaria de discutir no espaço aberto?"),
                    ("ar", "ما المواضيع التي تودّون مناقشتها في المساحة المفتوحة؟"),
                    ("th", "คุณอยากพูดคุยหัวข้อใดในพื้นที่เปิด"),
                ]),
                choices: Vec::new(),
                required: true,
                shared: false,
                suggests_topics: true,
            },
        )
        .await?;
    let sector_question = store
        .add_question(
            before,
            &QuestionInput {
                kind: QuestionKind::Single,
                text: texts(&[
                    ("en", "Which sector does your organisation work with most?"),
                    ("es", "¿Con qué sector trabaja más su organización?"),
                    (
                        "fr",
                        "Avec quel secteur votre organisation travaille-t-elle le plus ?",
                    ),
                    (
                        "id",
                        "Organisasi Anda paling banyak bekerja dengan sektor apa?",
                    ),
                    ("pt", "Com que setor a sua organização mais trabalha?"),
                    ("ar", "ما القطاع الذي تعمل معه منظمتكم أكثر من غيره؟"),
                    ("th", "องค์กรของคุณทำงานกับภาคส่วนใดมากที่สุด"),
                ]),
                choices: vec![
                    texts(&[
                        ("en", "Domestic work"),
                        ("es", "Trabajo del hogar"),
                        ("fr", "Travail domestique"),
                        ("id", "Kerja rumah tangga"),
                        ("pt", "Trabalho doméstico"),
                        ("ar", "العمل المنزلي"),
                        ("th", "งานบ้าน"),
                    ]),
                    texts(&[
                        ("en", "Sex work"),
                        ("es", "Trabajo sexual"),
                        ("fr", "Travail du sexe"),
                        ("id", "Kerja seks"),
                        ("pt", "Trabalho sexual"),
                        ("ar", "العمل الجنسي"),
                        ("th", "งานบริการทางเพศ"),
                    ]),
                    texts(&[
                        ("en", "Other sectors"),
                        ("es", "Otros sectores"),
                        ("fr", "Autres secteurs"),
                        ("id", "Sektor lain"),
                        ("pt", "Outros setores"),
                        ("ar", "قطاعات أخرى"),
                        ("th", "ภาคส่วนอื่น"),
                    ]),
                ],
                required: false,
                shared: true,
                suggests_topics: false,
            },
        )
        .await?;

    let organisations = store.organisations(consultation_id).await?;
    let organisation_id = |short: &str| {
        let name = super::organisation_name(short);
        organisations.iter().find(|o| o.name == name).map(|o| o.id)
    };
    let mut responses = Vec::new();
    for (organisation, lang, answer, _) in TOPIC_ANSWERS {
        let answers = vec![
            (topics_question, (*answer).to_owned()),
            (sector_question, sector_of(organisation).to_owned()),
        ];
        let id = store
            .insert_response(
                before,
                None,
                organisation_id(organisation),
                lang,
                &answers,
                "demo",
                now,
            )
            .await?;
        responses.push(id);
    }
    embed(store, topics_question, &responses).await?;

    // As organisers curated them: the agenda's titles, on the board.
    let board = store.board(consultation_id).await?;
    let mut published: Vec<(String, Vec<i64>)> = Vec::new();
    for ((_, _, _, topic), response) in TOPIC_ANSWERS.iter().zip(&responses) {
        let Some(topic) = topic else { continue };
        match published.iter_mut().find(|(t, _)| t == topic) {
            Some((_, members)) => members.push(*response),
            None => published.push(((*topic).to_owned(), vec![*response])),
        }
    }
    store
        .replace_suggestions(topics_question, &published)
        .await?;
    for suggestion in store.suggestions(topics_question).await? {
        if let Some(topic) = board.topics.iter().find(|t| t.title == suggestion.title) {
            store
                .mark_suggestion_published(suggestion.id, topic.id)
                .await?;
        }
    }

    let last_day = c
        .end_date
        .to_zoned(c.time_zone.clone())
        .map_err(|e| StoreError::Corrupt(e.to_string()))?;
    let evaluation = store
        .create_questionnaire(
            consultation_id,
            &QuestionnaireFields {
                title: texts(&[
                    ("en", "Evaluation"),
                    ("es", "Evaluación"),
                    ("fr", "Évaluation"),
                    ("id", "Evaluasi"),
                    ("pt", "Avaliação"),
                    ("ar", "التقييم"),
                    ("th", "การประเมินผล"),
                ]),
                anonymous: true,
                opens_at: Some(last_day.timestamp()),
                closes_at: None,
            },
            demo,
            now,
        )
        .await?;
    store
        .add_question(
            evaluation,
            &QuestionInput {
                kind: QuestionKind::Scale,
                text: texts(&[
                    ("en", "How useful was the consultation for your work?"),
                    ("es", "¿Qué tan útil fue la consulta para su trabajo?"),
                    (
                        "fr",
                        "La consultation a-t-elle été utile pour votre travail ?",
                    ),
                    ("id", "Seberapa berguna konsultasi ini bagi pekerjaan Anda?"),
                    ("pt", "Quão útil foi a consulta para o seu trabalho?"),
                    ("ar", "ما مدى فائدة المشاورة لعملكم؟"),
                    ("th", "การปรึกษาหารือครั้งนี้มีประโยชน์ต่องานของคุณเพียงใด"),
                ]),
                choices: Vec::new(),
                required: true,
                shared: false,
                suggests_topics: false,
            },
        )
        .await?;
    store
        .add_question(
            evaluation,
            &QuestionInput {
                kind: QuestionKind::Long,
                text: texts(&[
                    ("en", "What should we do differently next time?"),
                    ("es", "¿Qué deberíamos hacer diferente la próxima vez?"),
                    (
                        "fr",
                        "Que devrions-nous faire autrement la prochaine fois ?",
                    ),
                    (
                        "id",
                        "Apa yang sebaiknya kami lakukan secara berbeda lain kali?",
                    ),
                    (
                        "pt",
                        "O que devemos fazer de forma diferente da próxima vez?",
                    ),
                    ("ar", "ما الذي ينبغي أن نفعله بشكل مختلف في المرة القادمة؟"),
                    ("th", "ครั้งหน้าเราควรทำอะไรให้ต่างไปจากเดิม"),
                ]),
                choices: Vec::new(),
                required: false,
                shared: false,
                suggests_topics: false,
            },
        )
        .await?;
    Ok(())
}
