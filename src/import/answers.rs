//! Answers brought from another form tool (Google Forms, KoboToolbox,
//! LimeSurvey exports): a header row of question texts, one row per
//! respondent. Columns are matched to questions by their text in any of
//! the questionnaire's languages, respondents to people by e-mail or name;
//! every value is checked as the answer form checks it. Pure: the plan, or
//! every problem with its line and column.

use std::collections::HashMap;

use super::{ImportError, csv_line, delimiter, detail, text};
use crate::{
    domain::questionnaire::{Questionnaire, parse_answer},
    error::Words,
};

/// A person the rows may name.
#[derive(Debug, Clone)]
pub struct Respondent {
    pub id: i64,
    pub name: String,
    pub email: Option<String>,
    pub organisation_id: Option<i64>,
}

impl From<crate::domain::directory::Person> for Respondent {
    fn from(p: crate::domain::directory::Person) -> Respondent {
        Respondent {
            id: p.id,
            name: p.display_name,
            email: p.email,
            organisation_id: p.organisation_id,
        }
    }
}

/// What a column is read as.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Column {
    Email,
    Name,
    Question(i64),
    NotRead,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Row {
    pub line: u64,
    /// The person the row names, when one matched.
    pub person: Option<i64>,
    pub organisation: Option<i64>,
    /// The name or address the row gave, for the preview.
    pub who: String,
    pub answers: Vec<(i64, String)>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Plan {
    /// Each header with what it is read as.
    pub columns: Vec<(String, Column)>,
    pub rows: Vec<Row>,
}

impl Plan {
    /// Rows that matched nobody: their answers are kept without a person.
    pub fn unmatched(&self) -> impl Iterator<Item = &Row> {
        self.rows.iter().filter(|r| r.person.is_none())
    }
}

const EMAIL_HEADERS: &[&str] = &[
    "email",
    "e-mail",
    "email address",
    "e-mail address",
    "correo",
    "correo electrónico",
    "courriel",
    "surel",
];
const NAME_HEADERS: &[&str] = &[
    "name",
    "full name",
    "your name",
    "nombre",
    "nom",
    "nama",
    "nome",
    "الاسم",
    "ชื่อ",
];

fn simplify(header: &str) -> String {
    header
        .trim()
        .trim_end_matches(['?', ':', '*', ' ', '？', '؟'])
        .trim()
        .to_lowercase()
}

fn column_of(header: &str, q: &Questionnaire) -> Column {
    let h = simplify(header);
    if EMAIL_HEADERS.contains(&h.as_str()) {
        return Column::Email;
    }
    if NAME_HEADERS.contains(&h.as_str()) {
        return Column::Name;
    }
    q.questions
        .iter()
        .find(|question| question.input.text.values().any(|t| simplify(t) == h))
        .map_or(Column::NotRead, |question| Column::Question(question.id))
}

/// Reads `bytes` as answers to `q`.
pub fn read(
    bytes: &[u8],
    q: &Questionnaire,
    people: &[Respondent],
) -> Result<Plan, Vec<ImportError>> {
    let text = text(bytes).map_err(|e| vec![e])?;
    let mut reader = csv::ReaderBuilder::new()
        .delimiter(delimiter(text))
        .flexible(true)
        .from_reader(text.as_bytes());
    let headers = reader
        .headers()
        .map_err(|e| vec![ImportError::file(detail("import-unreadable-header", e))])?
        .clone();
    let columns: Vec<(String, Column)> = headers
        .iter()
        .map(|h| (h.trim().to_owned(), column_of(h, q)))
        .collect();
    if !columns
        .iter()
        .any(|(_, c)| matches!(c, Column::Question(_)))
    {
        let found = headers.iter().collect::<Vec<_>>().join(", ");
        return Err(vec![ImportError::at(
            1,
            None,
            Words::new("import-answers-no-question-column").with("found", found),
        )]);
    }
    let mut errors = Vec::new();
    for (i, (header, column)) in columns.iter().enumerate() {
        if *column != Column::NotRead && columns[..i].iter().any(|(_, c)| c == column) {
            errors.push(ImportError::at(
                1,
                Some(header),
                Words::new("import-column-twice"),
            ));
        }
    }
    let by_email: HashMap<String, &Respondent> = people
        .iter()
        .filter_map(|p| p.email.as_ref().map(|e| (e.trim().to_lowercase(), p)))
        .collect();
    let mut rows = Vec::new();
    for record in reader.records() {
        let record = match record {
            Ok(r) => r,
            Err(e) => {
                errors.push(ImportError::at(
                    csv_line(text, e.position()),
                    None,
                    detail("import-unreadable-row", e),
                ));
                continue;
            }
        };
        let line = csv_line(text, record.position());
        if record.iter().all(|f| f.trim().is_empty()) {
            continue;
        }
        if record.len() != headers.len() {
            errors.push(ImportError::at(
                line,
                None,
                Words::new("import-row-width")
                    .with("fields", record.len())
                    .with("width", headers.len()),
            ));
            continue;
        }
        let cell = |wanted: &Column| -> Option<&str> {
            columns
                .iter()
                .position(|(_, c)| c == wanted)
                .map(|i| crate::export::csv::restore(record[i].trim()))
                .filter(|v| !v.is_empty())
        };
        let email = cell(&Column::Email);
        let name = cell(&Column::Name);
        let person = email
            .and_then(|e| by_email.get(&e.to_lowercase()).copied())
            .or_else(|| {
                name.and_then(|n| {
                    people
                        .iter()
                        .find(|p| p.name.trim().eq_ignore_ascii_case(n.trim()))
                })
            });
        let mut answers = Vec::new();
        for (i, (header, column)) in columns.iter().enumerate() {
            let Column::Question(id) = column else {
                continue;
            };
            let question = q
                .questions
                .iter()
                .find(|x| x.id == *id)
                .expect("matched a question");
            let raw = crate::export::csv::restore(record[i].trim());
            // Tools write several choices in one cell, separated by ; or ,.
            let values: Vec<&str> = match question.input.kind {
                k if k.has_choices()
                    && !raw.is_empty()
                    && question
                        .input
                        .choices
                        .iter()
                        .all(|c| c.values().all(|t| !t.contains([';', ',']))) =>
                {
                    raw.split([';', ',']).collect()
                }
                _ => vec![raw],
            };
            match parse_answer(&question.input, &values) {
                Ok(Some(value)) => answers.push((*id, value)),
                Ok(None) => {}
                Err(words) => errors.push(ImportError::at(line, Some(header), words)),
            }
        }
        rows.push(Row {
            line,
            person: person.map(|p| p.id),
            organisation: person.and_then(|p| p.organisation_id),
            who: email.or(name).unwrap_or("").to_owned(),
            answers,
        });
    }
    for (i, row) in rows.iter().enumerate() {
        if let Some(person) = row.person
            && let Some(first) = rows[..i].iter().find(|r| r.person == Some(person))
        {
            errors.push(ImportError::at(
                row.line,
                None,
                Words::new("import-answers-person-twice")
                    .with("line", first.line)
                    .with("who", &row.who),
            ));
        }
    }
    if rows.is_empty() && errors.is_empty() {
        errors.push(ImportError::file(Words::new("import-answers-empty")));
    }
    if errors.is_empty() {
        Ok(Plan { columns, rows })
    } else {
        Err(errors)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::questionnaire::{Question, QuestionInput, QuestionKind, Texts};

    fn questionnaire() -> Questionnaire {
        let texts = |pairs: &[(&str, &str)]| -> Texts {
            pairs
                .iter()
                .map(|(l, t)| (l.to_string(), t.to_string()))
                .collect()
        };
        let question = |id, kind, text: Texts, choices: Vec<Texts>| Question {
            id,
            position: id,
            input: QuestionInput {
                kind,
                text,
                choices,
                required: false,
                shared: false,
                suggests_topics: false,
            },
        };
        Questionnaire {
            id: 1,
            consultation_id: 1,
            title: texts(&[("en", "Before")]),
            anonymous: false,
            opens_at: None,
            closes_at: None,
            questions: vec![
                question(
                    10,
                    QuestionKind::Long,
                    texts(&[("en", "Which topics?"), ("es", "¿Qué temas?")]),
                    vec![],
                ),
                question(
                    11,
                    QuestionKind::Multiple,
                    texts(&[("en", "Your sectors")]),
                    vec![
                        texts(&[("en", "Domestic work"), ("es", "Trabajo del hogar")]),
                        texts(&[("en", "Sex work")]),
                    ],
                ),
            ],
        }
    }

    fn people() -> Vec<Respondent> {
        vec![Respondent {
            id: 7,
            name: "Amin Muftiyanah".into(),
            email: Some("amin@example.org".into()),
            organisation_id: Some(3),
        }]
    }

    #[test]
    fn a_google_forms_export_maps_columns_and_people() {
        let csv = "\u{feff}Timestamp;Email Address;¿Qué temas?;Your sectors\r\n\
                   2026/11/02 10:00:00;AMIN@example.org;migrasi aman;Trabajo del hogar, Sex work\r\n\
                   2026/11/02 10:05:00;someone@else.org;inspecciones;\r\n";
        let plan = read(csv.as_bytes(), &questionnaire(), &people()).unwrap();
        assert_eq!(plan.columns[0].1, Column::NotRead);
        assert_eq!(plan.columns[1].1, Column::Email);
        assert_eq!(plan.columns[2].1, Column::Question(10));
        assert_eq!(plan.rows[0].person, Some(7));
        assert_eq!(
            plan.rows[0].answers,
            vec![(10, "migrasi aman".to_owned()), (11, "0|1".to_owned())]
        );
        assert_eq!(
            plan.unmatched().map(|r| r.line).collect::<Vec<_>>(),
            vec![3]
        );
    }

    #[test]
    fn bad_files_are_refused_with_line_and_column() {
        let q = questionnaire();
        let errors = read(b"name,comment\nAmin,hello\n", &q, &people()).unwrap_err();
        assert_eq!(errors[0].message.key, "import-answers-no-question-column");
        let errors =
            read("name,Your sectors\nAmin,Church\n".as_bytes(), &q, &people()).unwrap_err();
        assert_eq!(
            (errors[0].line, errors[0].column.as_deref()),
            (Some(2), Some("Your sectors"))
        );
        let errors = read(
            b"name,Which topics?\nAmin Muftiyanah,a\namin muftiyanah,b\n",
            &q,
            &people(),
        )
        .unwrap_err();
        assert_eq!(errors[0].message.key, "import-answers-person-twice");
        // Cut off in the middle of a row.
        let errors = read(
            b"name,Which topics?,Your sectors\nAmin Muftiyanah,a,Sex work\nBudi,b",
            &q,
            &people(),
        )
        .unwrap_err();
        assert_eq!(
            (errors[0].line, errors[0].message.key),
            (Some(3), "import-row-width")
        );
        // Latin-1, as an old spreadsheet saves it.
        let errors = read(b"name,Which topics?\nJos\xe9,caf\xe9\n", &q, &people()).unwrap_err();
        assert_eq!(errors[0].message.key, "import-not-utf8");
    }
}
