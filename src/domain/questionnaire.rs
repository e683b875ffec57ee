//! Questionnaires: their questions of seven kinds, texts per language,
//! the checks on an answer, and the tally of results, in which a count
//! under three is never shown as such, so that a rare answer names nobody.

use std::collections::BTreeMap;

use jiff::Timestamp;
use serde::{Deserialize, Serialize};

use super::Country;
use crate::error::Words;

/// A text in several languages: language tag → text.
pub type Texts = BTreeMap<String, String>;

/// Counts below this show as "fewer than 3".
pub const SMALLEST_SHOWN: u64 = 3;
pub const MAX_TITLE: usize = 200;
pub const MAX_QUESTION: usize = 500;
pub const MAX_CHOICE: usize = 200;
pub const MAX_CHOICES: usize = 30;
pub const MAX_QUESTIONS: usize = 60;
pub const MAX_ANSWER: usize = 4000;

/// The text in `lang`, else in the first of `fallbacks` that has one, else any.
pub fn text_in<'a>(texts: &'a Texts, lang: &str, fallbacks: &[String]) -> &'a str {
    texts
        .get(lang)
        .filter(|t| !t.is_empty())
        .or_else(|| {
            fallbacks
                .iter()
                .find_map(|l| texts.get(l).filter(|t| !t.is_empty()))
        })
        .or_else(|| texts.values().find(|t| !t.is_empty()))
        .map_or("", String::as_str)
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum QuestionKind {
    Short,
    Long,
    Single,
    Multiple,
    Countries,
    Scale,
    YesNo,
}

impl QuestionKind {
    pub const ALL: [QuestionKind; 7] = [
        QuestionKind::Short,
        QuestionKind::Long,
        QuestionKind::Single,
        QuestionKind::Multiple,
        QuestionKind::Countries,
        QuestionKind::Scale,
        QuestionKind::YesNo,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            QuestionKind::Short => "short",
            QuestionKind::Long => "long",
            QuestionKind::Single => "single",
            QuestionKind::Multiple => "multiple",
            QuestionKind::Countries => "countries",
            QuestionKind::Scale => "scale",
            QuestionKind::YesNo => "yes_no",
        }
    }

    pub fn parse(s: &str) -> Option<QuestionKind> {
        Self::ALL.into_iter().find(|k| k.as_str() == s)
    }

    pub fn has_choices(self) -> bool {
        matches!(self, QuestionKind::Single | QuestionKind::Multiple)
    }

    pub fn is_text(self) -> bool {
        matches!(self, QuestionKind::Short | QuestionKind::Long)
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct Question {
    pub id: i64,
    pub position: i64,
    pub input: QuestionInput,
}

/// A question as organisers write it.
#[derive(Debug, Clone, PartialEq)]
pub struct QuestionInput {
    pub kind: QuestionKind,
    pub text: Texts,
    pub choices: Vec<Texts>,
    pub required: bool,
    pub shared: bool,
    pub suggests_topics: bool,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Questionnaire {
    pub id: i64,
    pub consultation_id: i64,
    pub title: Texts,
    pub anonymous: bool,
    pub opens_at: Option<Timestamp>,
    pub closes_at: Option<Timestamp>,
    pub questions: Vec<Question>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Status {
    NotYetOpen,
    Open,
    Closed,
}

impl Questionnaire {
    pub fn status(&self, now: Timestamp) -> Status {
        match (self.opens_at, self.closes_at) {
            (Some(opens), _) if now < opens => Status::NotYetOpen,
            (_, Some(closes)) if now >= closes => Status::Closed,
            _ => Status::Open,
        }
    }
}

/// Checks a title in the consultation's languages (the first is required).
pub fn check_title(title: &Texts, first_language: &str) -> Result<(), Words> {
    check_texts(
        title,
        first_language,
        "questionnaire-title-needed",
        MAX_TITLE,
    )
}

fn check_texts(texts: &Texts, first: &str, needed: &'static str, max: usize) -> Result<(), Words> {
    if texts.get(first).is_none_or(|t| t.trim().is_empty()) {
        return Err(Words::new(needed).with("lang", first));
    }
    for text in texts.values() {
        if text.chars().count() > max {
            return Err(Words::new("questionnaire-text-too-long").with("max", max));
        }
        if text.contains('\0') {
            return Err(Words::new("questionnaire-text-nul"));
        }
    }
    Ok(())
}

/// Checks a question against itself and the questionnaire's other questions.
pub fn check_question(
    q: &QuestionInput,
    others: &[&QuestionInput],
    first_language: &str,
) -> Result<(), Words> {
    check_texts(
        &q.text,
        first_language,
        "question-text-needed",
        MAX_QUESTION,
    )?;
    let text = q.text[first_language].trim().to_lowercase();
    if others.iter().any(|o| {
        o.text
            .get(first_language)
            .is_some_and(|t| t.trim().to_lowercase() == text)
    }) {
        return Err(Words::new("question-duplicate").with("text", q.text[first_language].trim()));
    }
    if q.kind.has_choices() {
        if !(2..=MAX_CHOICES).contains(&q.choices.len()) {
            return Err(Words::new("question-choices-count").with("max", MAX_CHOICES));
        }
        let mut seen = std::collections::HashSet::new();
        for choice in &q.choices {
            check_texts(choice, first_language, "question-choice-needed", MAX_CHOICE)?;
            if !seen.insert(choice[first_language].trim().to_lowercase()) {
                return Err(Words::new("question-choice-twice")
                    .with("choice", choice[first_language].trim()));
            }
        }
    }
    if q.suggests_topics && !q.kind.is_text() {
        return Err(Words::new("question-suggests-needs-text"));
    }
    Ok(())
}

/// An answer as a form or a file gives it: the values of one question.
/// Returns the stored value, `None` for no answer.
pub fn parse_answer(question: &QuestionInput, values: &[&str]) -> Result<Option<String>, Words> {
    let values: Vec<&str> = values
        .iter()
        .map(|v| v.trim())
        .filter(|v| !v.is_empty())
        .collect();
    if values.is_empty() {
        return if question.required {
            Err(Words::new("answer-required"))
        } else {
            Ok(None)
        };
    }
    let invalid = |value: &str| Words::new("answer-invalid").with("value", value);
    let value = match question.kind {
        QuestionKind::Short | QuestionKind::Long => {
            let text = values.join("\n");
            if text.chars().count() > MAX_ANSWER {
                return Err(Words::new("answer-too-long").with("max", MAX_ANSWER));
            }
            if text.contains('\0') {
                return Err(invalid("\\0"));
            }
            text
        }
        QuestionKind::Single | QuestionKind::Multiple => {
            if question.kind == QuestionKind::Single && values.len() > 1 {
                return Err(Words::new("answer-one-choice"));
            }
            let mut chosen: Vec<usize> = Vec::new();
            for v in &values {
                let n = choice_index(question, v).ok_or_else(|| invalid(v))?;
                if !chosen.contains(&n) {
                    chosen.push(n);
                }
            }
            chosen.sort_unstable();
            chosen
                .iter()
                .map(usize::to_string)
                .collect::<Vec<_>>()
                .join("|")
        }
        QuestionKind::Countries => {
            let mut codes: Vec<String> = Vec::new();
            for v in values
                .iter()
                .flat_map(|v| v.split(['|', ',', ';']))
                .map(str::trim)
                .filter(|v| !v.is_empty())
            {
                let country = Country::parse(v).map_err(|_| invalid(v))?;
                let code = country.code().to_owned();
                if !codes.contains(&code) {
                    codes.push(code);
                }
            }
            codes.join("|")
        }
        QuestionKind::Scale => match values.as_slice() {
            [v] if matches!(*v, "1" | "2" | "3" | "4" | "5") => (*v).to_owned(),
            [v, ..] => return Err(invalid(v)),
            [] => unreachable!("values are not empty"),
        },
        QuestionKind::YesNo => match values.as_slice() {
            [v] => yes_no(v).ok_or_else(|| invalid(v))?.to_owned(),
            [v, ..] => return Err(invalid(v)),
            [] => unreachable!("values are not empty"),
        },
    };
    Ok(Some(value))
}

/// A choice given by its number (as forms send it) or by its text in any
/// language (as a file from another form tool has it).
fn choice_index(question: &QuestionInput, value: &str) -> Option<usize> {
    if let Ok(n) = value.parse::<usize>() {
        return (n < question.choices.len()).then_some(n);
    }
    let wanted = value.to_lowercase();
    question
        .choices
        .iter()
        .position(|c| c.values().any(|t| t.trim().to_lowercase() == wanted))
}

fn yes_no(value: &str) -> Option<&'static str> {
    const YES: [&str; 9] = ["yes", "y", "true", "1", "sí", "si", "oui", "ya", "sim"];
    const NO: [&str; 8] = ["no", "n", "false", "0", "non", "tidak", "não", "nao"];
    let v = value.to_lowercase();
    if YES.contains(&v.as_str()) {
        Some("yes")
    } else if NO.contains(&v.as_str()) {
        Some("no")
    } else {
        None
    }
}

/// How many answered each option of a closed question, in the options'
/// order; free-text questions have none.
pub fn tally(question: &QuestionInput, values: &[&str]) -> Vec<(Option<String>, u64)> {
    let options: Vec<Option<String>> = match question.kind {
        QuestionKind::Short | QuestionKind::Long => return Vec::new(),
        QuestionKind::Single | QuestionKind::Multiple => (0..question.choices.len())
            .map(|i| Some(i.to_string()))
            .collect(),
        QuestionKind::Scale => (1..=5).map(|i| Some(i.to_string())).collect(),
        QuestionKind::YesNo => vec![Some("yes".into()), Some("no".into())],
        QuestionKind::Countries => {
            let mut codes: Vec<&str> = values.iter().flat_map(|v| v.split('|')).collect();
            codes.sort_unstable();
            codes.dedup();
            codes.into_iter().map(|c| Some(c.to_owned())).collect()
        }
    };
    let mut counts: Vec<(Option<String>, u64)> = options.into_iter().map(|o| (o, 0)).collect();
    for value in values {
        for part in value.split('|') {
            if let Some((_, n)) = counts.iter_mut().find(|(o, _)| o.as_deref() == Some(part)) {
                *n += 1;
            }
        }
    }
    if question.kind == QuestionKind::Countries {
        counts.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
    }
    counts
}

/// A count as it may be shown: `None` when under [`SMALLEST_SHOWN`] (and
/// not zero), so that it reads "fewer than 3".
pub fn shown_count(n: u64) -> Option<u64> {
    (n == 0 || n >= SMALLEST_SHOWN).then_some(n)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn en(s: &str) -> Texts {
        Texts::from([("en".to_owned(), s.to_owned())])
    }

    fn question(kind: QuestionKind, choices: &[&str]) -> QuestionInput {
        QuestionInput {
            kind,
            text: en("Q"),
            choices: choices.iter().map(|c| en(c)).collect(),
            required: true,
            shared: false,
            suggests_topics: false,
        }
    }

    #[test]
    fn answers_are_checked_by_kind() {
        let single = question(QuestionKind::Single, &["Shelter", "Union"]);
        assert_eq!(
            parse_answer(&single, &["union"]).unwrap().as_deref(),
            Some("1")
        );
        assert_eq!(parse_answer(&single, &["0"]).unwrap().as_deref(), Some("0"));
        assert!(parse_answer(&single, &["0", "1"]).is_err());
        assert!(parse_answer(&single, &["Church"]).is_err());
        assert_eq!(
            parse_answer(&single, &[" "]).unwrap_err().key,
            "answer-required"
        );
        let multiple = question(QuestionKind::Multiple, &["a", "b", "c"]);
        assert_eq!(
            parse_answer(&multiple, &["2", "0", "2"])
                .unwrap()
                .as_deref(),
            Some("0|2")
        );
        let countries = question(QuestionKind::Countries, &[]);
        assert_eq!(
            parse_answer(&countries, &["ID|Singapore", "id"])
                .unwrap()
                .as_deref(),
            Some("ID|SG")
        );
        assert!(parse_answer(&countries, &["Atlantis"]).is_err());
        let scale = question(QuestionKind::Scale, &[]);
        assert!(parse_answer(&scale, &["6"]).is_err());
        let yes_no = question(QuestionKind::YesNo, &[]);
        assert_eq!(
            parse_answer(&yes_no, &["Sí"]).unwrap().as_deref(),
            Some("yes")
        );
        assert_eq!(
            parse_answer(&yes_no, &["tidak"]).unwrap().as_deref(),
            Some("no")
        );
    }

    #[test]
    fn duplicate_questions_and_choices_are_refused() {
        let a = question(QuestionKind::Short, &[]);
        let mut b = a.clone();
        b.text = en(" q ");
        assert_eq!(
            check_question(&b, &[&a], "en").unwrap_err().key,
            "question-duplicate"
        );
        let twice = question(QuestionKind::Single, &["Yes", "yes"]);
        assert_eq!(
            check_question(&twice, &[], "en").unwrap_err().key,
            "question-choice-twice"
        );
        let one = question(QuestionKind::Single, &["Only"]);
        assert_eq!(
            check_question(&one, &[], "en").unwrap_err().key,
            "question-choices-count"
        );
        let mut scale = question(QuestionKind::Scale, &[]);
        scale.suggests_topics = true;
        assert!(check_question(&scale, &[], "en").is_err());
    }

    #[test]
    fn tallies_hide_small_counts() {
        let q = question(QuestionKind::Multiple, &["a", "b"]);
        let counts = tally(&q, &["0|1", "0", "0"]);
        assert_eq!(counts, vec![(Some("0".into()), 3), (Some("1".into()), 1)]);
        assert_eq!(shown_count(3), Some(3));
        assert_eq!(shown_count(1), None);
        assert_eq!(shown_count(0), Some(0));
    }

    #[test]
    fn texts_fall_back_to_the_consultations_languages() {
        let t = Texts::from([
            ("es".to_owned(), "Hola".to_owned()),
            ("en".to_owned(), "Hello".to_owned()),
        ]);
        assert_eq!(text_in(&t, "id", &["en".to_owned()]), "Hello");
        assert_eq!(text_in(&t, "es", &["en".to_owned()]), "Hola");
    }
}
