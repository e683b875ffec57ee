//! Live polls on a session's floor: a single or multiple choice, or a
//! word cloud of one-word answers. Anonymous by design: the store keeps
//! who answered apart from the answers, which are only counted; and while
//! a poll is open, a count under [`SHOWN_FROM`] is not shown, so that a
//! small room cannot tell who answered what.

use super::{LanguageTag, ValidationError, required_text};

/// Counts under this stay hidden until the poll closes.
pub const SHOWN_FROM: i64 = 3;
pub const QUESTION_MAX: usize = 300;
pub const CHOICE_MAX: usize = 120;
pub const CHOICES_MAX: usize = 12;
pub const WORD_MAX: usize = 40;
/// Words a word cloud shows at most.
pub const CLOUD_MAX: usize = 40;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PollKind {
    Single,
    Multiple,
    Words,
}

impl PollKind {
    pub const ALL: [PollKind; 3] = [PollKind::Single, PollKind::Multiple, PollKind::Words];

    pub fn as_str(self) -> &'static str {
        match self {
            PollKind::Single => "single",
            PollKind::Multiple => "multiple",
            PollKind::Words => "words",
        }
    }

    pub fn parse(text: &str) -> Result<PollKind, ValidationError> {
        PollKind::ALL
            .into_iter()
            .find(|k| k.as_str() == text.trim())
            .ok_or_else(|| ValidationError::Invalid {
                field: "poll kind",
                value: text.to_owned(),
                expected: "single, multiple or words",
            })
    }
}

/// A poll as a facilitator opens it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PollInput {
    pub question: String,
    pub language: LanguageTag,
    pub kind: PollKind,
    pub choices: Vec<String>,
}

impl PollInput {
    /// `choices` one per line; blank lines are left out.
    pub fn new(
        question: &str,
        language: &str,
        kind: &str,
        choices: &str,
    ) -> Result<PollInput, ValidationError> {
        let question = required_text("question", question, QUESTION_MAX)?;
        let language = LanguageTag::parse(language)?;
        let kind = PollKind::parse(kind)?;
        let choices: Vec<String> = match kind {
            PollKind::Words => Vec::new(),
            PollKind::Single | PollKind::Multiple => choices
                .lines()
                .filter(|l| !l.trim().is_empty())
                .map(|l| required_text("choice", l, CHOICE_MAX))
                .collect::<Result<_, _>>()?,
        };
        if kind != PollKind::Words && !(2..=CHOICES_MAX).contains(&choices.len()) {
            return Err(ValidationError::Invalid {
                field: "choices",
                value: choices.len().to_string(),
                expected: "from 2 to 12 choices, one per line",
            });
        }
        Ok(PollInput {
            question,
            language,
            kind,
            choices,
        })
    }
}

/// A poll with its counted answers.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Poll {
    pub id: i64,
    pub session_id: i64,
    pub question: String,
    pub text_lang: String,
    pub kind: PollKind,
    pub choices: Vec<String>,
    pub closed: bool,
    /// When it closed, in seconds since 1970.
    pub closed_at: Option<i64>,
    /// People who answered.
    pub voters: i64,
    /// (answer, count): a choice's number from 0, or a word.
    pub tallies: Vec<(String, i64)>,
}

/// An answer as the store counts it: the choices' numbers, or the word.
pub fn answer(poll: &Poll, given: &[String]) -> Result<Vec<String>, ValidationError> {
    let invalid = |expected| ValidationError::Invalid {
        field: "answer",
        value: given.join(", "),
        expected,
    };
    if poll.kind == PollKind::Words {
        let [word] = given else {
            return Err(invalid("one word"));
        };
        let word = word.trim().to_lowercase();
        if word.is_empty() || word.split_whitespace().count() != 1 {
            return Err(invalid("one word"));
        }
        return Ok(vec![required_text("answer", &word, WORD_MAX)?]);
    }
    let mut picked: Vec<usize> = given
        .iter()
        .map(|g| {
            g.trim()
                .parse::<usize>()
                .ok()
                .filter(|i| *i < poll.choices.len())
        })
        .collect::<Option<_>>()
        .ok_or_else(|| invalid("one of the poll's choices"))?;
    picked.sort_unstable();
    picked.dedup();
    match (poll.kind, picked.len()) {
        (_, 0) => Err(invalid("a choice")),
        (PollKind::Single, n) if n > 1 => Err(invalid("one choice")),
        _ => Ok(picked.iter().map(usize::to_string).collect()),
    }
}

/// One line of a poll's results.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ResultLine {
    pub label: String,
    /// `None` while the poll is open and the count is under [`SHOWN_FROM`].
    pub count: Option<i64>,
    /// Of the people who answered, in percent (0 when hidden).
    pub percent: i64,
}

/// The results as they may be shown now: every choice in its order, or
/// the most frequent words (a word said by fewer than [`SHOWN_FROM`]
/// people appears only once the poll is closed).
pub fn results(poll: &Poll) -> Vec<ResultLine> {
    let count_of = |answer: &str| {
        poll.tallies
            .iter()
            .find(|(a, _)| a == answer)
            .map_or(0, |(_, n)| *n)
    };
    let line = |label: String, n: i64| {
        let shown = poll.closed || n == 0 || n >= SHOWN_FROM;
        ResultLine {
            label,
            count: shown.then_some(n),
            percent: match (shown, poll.voters) {
                (true, voters) if voters > 0 => n * 100 / voters,
                _ => 0,
            },
        }
    };
    if poll.kind != PollKind::Words {
        return poll
            .choices
            .iter()
            .enumerate()
            .map(|(i, choice)| line(choice.clone(), count_of(&i.to_string())))
            .collect();
    }
    let mut words: Vec<&(String, i64)> = poll
        .tallies
        .iter()
        .filter(|(_, n)| poll.closed || *n >= SHOWN_FROM)
        .collect();
    words.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
    words
        .into_iter()
        .take(CLOUD_MAX)
        .map(|(word, n)| line(word.clone(), *n))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn poll(kind: PollKind, tallies: &[(&str, i64)], voters: i64, closed: bool) -> Poll {
        Poll {
            id: 1,
            session_id: 1,
            question: "Which?".into(),
            text_lang: "en".into(),
            kind,
            choices: vec!["Yes".into(), "No".into(), "Unsure".into()],
            closed,
            closed_at: None,
            voters,
            tallies: tallies.iter().map(|(a, n)| (a.to_string(), *n)).collect(),
        }
    }

    #[test]
    fn a_poll_needs_a_question_and_two_choices_unless_it_asks_for_words() {
        assert!(PollInput::new("Which?", "en", "single", "Yes\n\nNo\n").is_ok());
        assert!(PollInput::new("Which?", "en", "single", "Only one").is_err());
        assert!(PollInput::new("  ", "en", "single", "A\nB").is_err());
        assert!(PollInput::new("Which?", "en", "ranking", "A\nB").is_err());
        let words = PollInput::new("One word?", "fr", "words", "ignored").unwrap();
        assert!(words.choices.is_empty());
    }

    #[test]
    fn answers_are_checked_against_the_kind() {
        let single = poll(PollKind::Single, &[], 0, false);
        assert_eq!(answer(&single, &["2".into()]).unwrap(), ["2"]);
        assert!(answer(&single, &["0".into(), "1".into()]).is_err());
        assert!(answer(&single, &["3".into()]).is_err());
        assert!(answer(&single, &[]).is_err());
        let multiple = poll(PollKind::Multiple, &[], 0, false);
        assert_eq!(
            answer(&multiple, &["1".into(), "0".into(), "1".into()]).unwrap(),
            ["0", "1"]
        );
        let words = poll(PollKind::Words, &[], 0, false);
        assert_eq!(answer(&words, &[" Dignity ".into()]).unwrap(), ["dignity"]);
        assert!(answer(&words, &["two words".into()]).is_err());
        assert!(answer(&words, &["".into()]).is_err());
    }

    #[test]
    fn counts_under_three_stay_hidden_until_the_poll_closes() {
        let open = poll(PollKind::Single, &[("0", 5), ("1", 2)], 7, false);
        let lines = results(&open);
        assert_eq!(lines[0].count, Some(5));
        assert_eq!(lines[0].percent, 71);
        assert_eq!(lines[1].count, None, "2 answers could be told apart");
        assert_eq!(lines[1].percent, 0);
        assert_eq!(lines[2].count, Some(0));
        let closed = Poll {
            closed: true,
            ..open
        };
        assert_eq!(results(&closed)[1].count, Some(2));
    }

    #[test]
    fn a_word_cloud_shows_rare_words_only_once_closed_most_frequent_first() {
        let open = poll(
            PollKind::Words,
            &[("rights", 4), ("safety", 9), ("alone", 1)],
            14,
            false,
        );
        let labels: Vec<_> = results(&open).into_iter().map(|l| l.label).collect();
        assert_eq!(labels, ["safety", "rights"]);
        let closed = Poll {
            closed: true,
            ..open
        };
        assert_eq!(results(&closed).len(), 3);
    }
}
