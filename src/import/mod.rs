//! Reading files that organisers bring from elsewhere. Pure: bytes in,
//! validated domain values or every problem found out.

pub mod answers;
pub mod organisations;
pub mod participants;
pub mod program;

use std::fmt;

use crate::{
    error::Words,
    i18n::{Tr, i18n},
};

/// One problem in an imported file, located as precisely as possible; its
/// words are put in the reader's language on the import pages, in English
/// on the command line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ImportError {
    pub line: Option<u64>,
    pub column: Option<String>,
    pub message: Words,
}

impl ImportError {
    pub fn file(message: impl Into<Words>) -> Self {
        ImportError {
            line: None,
            column: None,
            message: message.into(),
        }
    }

    pub fn at(line: u64, column: Option<&str>, message: impl Into<Words>) -> Self {
        ImportError {
            line: Some(line),
            column: column.map(str::to_owned),
            message: message.into(),
        }
    }

    /// "line 3, column country: …" in `tr`'s language.
    pub fn in_lang(&self, tr: Tr<'_>) -> String {
        let message = self.message.in_lang(tr);
        match (&self.line, &self.column) {
            (Some(l), Some(c)) => tr.t_args(
                "import-error-at-column",
                &[
                    ("line", &l.to_string()),
                    ("column", c),
                    ("message", &message),
                ],
            ),
            (Some(l), None) => tr.t_args(
                "import-error-at-line",
                &[("line", &l.to_string()), ("message", &message)],
            ),
            _ => message,
        }
    }
}

impl fmt::Display for ImportError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.in_lang(i18n().lang("en")))
    }
}

/// A detail only a parser can word (a CSV or XML library's own message),
/// given in English inside translated words.
pub fn detail(key: &'static str, detail: impl fmt::Display) -> Words {
    Words::new(key).with("detail", detail)
}

/// Largest file accepted: far above any real participant list, far below
/// what would strain a small server.
pub const MAX_BYTES: usize = 10 * 1024 * 1024;

/// Checks size and encoding; returns the text without a byte-order mark.
pub fn text(bytes: &[u8]) -> Result<&str, ImportError> {
    if bytes.len() > MAX_BYTES {
        return Err(ImportError::file(
            Words::new("import-file-too-large")
                .with("size", format!("{:.1}", bytes.len() as f64 / 1_048_576.0))
                .with("max", MAX_BYTES / 1_048_576),
        ));
    }
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    if let Some(pos) = bytes.iter().position(|b| *b == 0) {
        let line = bytes[..pos].iter().filter(|b| **b == b'\n').count() + 1;
        return Err(ImportError::file(
            Words::new("import-not-text").with("line", line),
        ));
    }
    std::str::from_utf8(bytes).map_err(|e| {
        let line = bytes[..e.valid_up_to()]
            .iter()
            .filter(|b| **b == b'\n')
            .count()
            + 1;
        ImportError::file(Words::new("import-not-utf8").with("line", line))
    })
}

/// The delimiter of a CSV file, guessed from its header line: comma,
/// semicolon or tab, as spreadsheets save them.
pub(crate) fn delimiter(text: &str) -> u8 {
    let header_line = text.lines().next().unwrap_or("");
    [b',', b';', b'\t']
        .into_iter()
        .max_by_key(|d| header_line.bytes().filter(|b| b == d).count())
        .unwrap_or(b',')
}

/// A CSV file read as rows of named columns: the delimiter guessed from the
/// header (comma, semicolon or tab, as spreadsheets save them), headers
/// matched in any order and case, and every unreadable or ragged row
/// reported with its line.
pub(crate) struct Sheet {
    index: std::collections::HashMap<&'static str, usize>,
    /// Header names that are not read, to report back.
    pub ignored_columns: Vec<String>,
    /// Rows that are not blank, with the line each starts on.
    pub rows: Vec<(u64, csv::StringRecord)>,
}

impl Sheet {
    /// Reads `bytes`, knowing `columns` (`aliases` map other spellings to
    /// them) and needing `required`; errors found in rows go to `errors`.
    pub fn read(
        bytes: &[u8],
        columns: &[&'static str],
        aliases: &[(&str, &'static str)],
        required: &'static str,
        errors: &mut Vec<ImportError>,
    ) -> Option<Sheet> {
        let text = match text(bytes) {
            Ok(text) => text,
            Err(e) => {
                errors.push(e);
                return None;
            }
        };
        let mut reader = csv::ReaderBuilder::new()
            .delimiter(delimiter(text))
            .flexible(true)
            .from_reader(text.as_bytes());
        let headers = match reader.headers() {
            Ok(h) => h.clone(),
            Err(e) => {
                errors.push(ImportError::file(detail("import-unreadable-header", e)));
                return None;
            }
        };
        let mut index = std::collections::HashMap::new();
        let mut ignored_columns = Vec::new();
        let before = errors.len();
        for (i, raw) in headers.iter().enumerate() {
            let name = raw.trim().to_lowercase().replace([' ', '-'], "_");
            let name = aliases
                .iter()
                .find(|(alias, _)| *alias == name)
                .map_or(name.as_str(), |(_, column)| column);
            match columns.iter().find(|c| **c == name) {
                Some(column) if index.contains_key(column) => errors.push(ImportError::at(
                    1,
                    Some(column),
                    Words::new("import-column-twice"),
                )),
                Some(column) => {
                    index.insert(*column, i);
                }
                None if raw.trim().is_empty() => {}
                None => ignored_columns.push(raw.trim().to_owned()),
            }
        }
        if !index.contains_key(required) {
            errors.push(ImportError::at(
                1,
                None,
                Words::new("import-no-name-column")
                    .with("found", headers.iter().collect::<Vec<_>>().join(", ")),
            ));
        }
        if errors.len() > before {
            return None;
        }
        let width = headers.len();
        let mut rows = Vec::new();
        for record in reader.records() {
            let record = match record {
                Ok(r) => r,
                Err(e) => {
                    let line = csv_line(text, e.position());
                    errors.push(ImportError::at(
                        line,
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
            if record.len() != width {
                errors.push(ImportError::at(
                    line,
                    None,
                    Words::new("import-row-width")
                        .with("fields", record.len())
                        .with("width", width),
                ));
                continue;
            }
            rows.push((line, record));
        }
        Some(Sheet {
            index,
            ignored_columns,
            rows,
        })
    }

    /// A row's value in `column`, trimmed (and its CSV-injection quote
    /// undone); `None` when the file has no such column.
    pub fn get<'r>(&self, record: &'r csv::StringRecord, column: &str) -> Option<&'r str> {
        self.index
            .get(column)
            .map(|i| crate::export::csv::restore(record[*i].trim()))
    }
}

/// An empty cell is no value; any other is parsed.
pub(crate) fn optional<T, E>(
    value: &str,
    parse: impl Fn(&str) -> Result<T, E>,
) -> Result<Option<T>, E> {
    if value.is_empty() {
        Ok(None)
    } else {
        parse(value).map(Some)
    }
}

/// The line a CSV record starts on. On files with CRLF endings (what
/// spreadsheets on Windows save) the reader's record starts at the `\n` of
/// the line before, and its own line count is one short: count up to the
/// record's first byte that ends no line.
pub(crate) fn csv_line(text: &str, position: Option<&csv::Position>) -> u64 {
    let Some(p) = position else { return 0 };
    let bytes = text.as_bytes();
    let mut start = (p.byte() as usize).min(bytes.len());
    while bytes.get(start).is_some_and(|b| matches!(b, b'\r' | b'\n')) {
        start += 1;
    }
    bytes[..start].iter().filter(|b| **b == b'\n').count() as u64 + 1
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn csv_lines_are_right_with_windows_line_endings() {
        for text in [
            "name,country\nA,AR\n,AR\n",
            "name,country\r\nA,AR\r\n,AR\r\n",
        ] {
            let mut reader = csv::Reader::from_reader(text.as_bytes());
            let lines: Vec<u64> = reader
                .records()
                .map(|r| csv_line(text, r.unwrap().position()))
                .collect();
            assert_eq!(lines, [2, 3], "{text:?}");
        }
    }
}
