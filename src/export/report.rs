//! The consultation's report for readers: one view with every heading and
//! label in the reader's language, rendered as the page, a self-contained
//! HTML file, Markdown (CommonMark) and a Word document. User text is kept
//! as written, with its language.

use askama::Template;
use docx_rs::{
    AbstractNumbering, Docx, Hyperlink, HyperlinkType, IndentLevel, Level, LevelJc, LevelText,
    NumberFormat, Numbering, NumberingId, Paragraph, Run, Start, Style, StyleType,
};

use crate::{
    domain::report::{ActionKind, Count, Named, Part, Report, Text, TopicNotes, items},
    format::paragraphs,
    i18n::{Tr, i18n},
};

/// A piece of user text, split into paragraphs, with its language.
#[derive(Debug, Clone, Default)]
pub struct TextView {
    pub paragraphs: Vec<String>,
    pub lang: String,
}

impl TextView {
    fn of(text: &Text) -> Self {
        TextView {
            paragraphs: paragraphs(&text.text),
            lang: text.lang.clone(),
        }
    }

    pub fn is_empty(&self) -> bool {
        self.paragraphs.is_empty()
    }
}

#[derive(Debug, Clone)]
pub struct QuestionView {
    pub text: String,
    pub lang: String,
    pub votes: String,
    pub author: String,
}

#[derive(Debug, Clone)]
pub struct NotesView {
    pub lang: String,
    /// (label, paragraphs or items, is a list)
    pub sections: Vec<(String, Vec<String>, bool)>,
}

#[derive(Debug, Clone)]
pub struct TopicView {
    pub id: i64,
    pub title: String,
    pub lang: String,
    pub convener: Option<String>,
    pub table: Option<String>,
    pub took_part: String,
    pub notes: Option<NotesView>,
    pub left_out: bool,
}

impl TopicView {
    /// Convener, table and how many sat there, on one line.
    pub fn meta(&self) -> String {
        let mut meta: Vec<String> = self.convener.iter().chain(&self.table).cloned().collect();
        meta.push(self.took_part.clone());
        meta.join(" · ")
    }
}

#[derive(Debug, Clone)]
pub struct PartView {
    /// `session-ID` or `round-ID`: the part's anchor.
    pub anchor: String,
    pub id: i64,
    pub is_round: bool,
    pub title: String,
    pub lang: String,
    pub when: String,
    pub facilitators: Vec<String>,
    pub speakers: Vec<String>,
    pub summary: TextView,
    pub answered: Vec<QuestionView>,
    pub open: Vec<QuestionView>,
    pub polls: Vec<PollResultView>,
    pub took_part: String,
    pub topics: Vec<TopicView>,
    pub left_out: bool,
}

/// A closed poll in the report: its question, how many answered, and a
/// line per choice or word ("Yes: 12").
#[derive(Debug, Clone)]
pub struct PollResultView {
    pub question: String,
    pub lang: String,
    pub answers: String,
    pub lines: Vec<String>,
}

#[derive(Debug, Clone)]
pub struct ActionView {
    pub kind: String,
    pub text: String,
    pub lang: String,
    pub topic_id: i64,
    pub from: String,
    pub from_lang: String,
}

/// The report as readers see it, every label translated.
#[derive(Debug, Clone)]
pub struct ReportView {
    pub lang: &'static str,
    pub dir: &'static str,
    pub title: String,
    pub title_lang: String,
    /// Venue and dates.
    pub subtitle: String,
    pub introduction: TextView,
    pub conclusions: TextView,
    pub numbers: Vec<(String, String)>,
    pub parts: Vec<PartView>,
    pub actions: Vec<ActionView>,
    pub empty: bool,
    pub published: bool,
    pub base_url: String,
    pub labels: Labels,
}

/// Headings and labels, looked up once.
#[derive(Debug, Clone)]
pub struct Labels {
    pub report: String,
    pub contents: String,
    pub introduction: String,
    pub conclusions: String,
    pub numbers: String,
    pub facilitators: String,
    pub speakers: String,
    pub summary: String,
    pub no_summary: String,
    pub answered: String,
    pub open: String,
    pub polls: String,
    pub no_notes: String,
    pub actions: String,
    pub actions_intro: String,
    pub empty: String,
    pub left_out: String,
    pub generated: String,
}

impl Labels {
    fn new(tr: Tr<'_>) -> Self {
        Labels {
            report: tr.t("report-title"),
            contents: tr.t("report-contents"),
            introduction: tr.t("report-introduction"),
            conclusions: tr.t("report-conclusions"),
            numbers: tr.t("report-numbers"),
            facilitators: tr.t("report-facilitators"),
            speakers: tr.t("report-speakers"),
            summary: tr.t("report-summary"),
            no_summary: tr.t("report-no-summary"),
            answered: tr.t("report-questions-answered-list"),
            open: tr.t("report-questions-open"),
            polls: tr.t("report-polls"),
            no_notes: tr.t("report-no-notes"),
            actions: tr.t("report-actions"),
            actions_intro: tr.t("report-actions-intro"),
            empty: tr.t("report-empty"),
            left_out: tr.t("report-left-out"),
            generated: tr.t_with(
                "report-generated",
                "date",
                jiff::Zoned::now().date().strftime("%-d %B %Y"),
            ),
        }
    }
}

fn count(tr: Tr<'_>, c: Count) -> String {
    match c.shown() {
        Some(n) => n.to_string(),
        None => tr.t("report-fewer-than-3"),
    }
}

/// The people named, then how many are not: "Ana (AMUMRA, Argentina),
/// 2 people not named" rather than a list of "a participant".
fn people(tr: Tr<'_>, people: &[Named]) -> Vec<String> {
    let mut names: Vec<String> = people
        .iter()
        .filter(|p| p.name.is_some())
        .map(|p| name(tr, p))
        .collect();
    let unnamed = people.iter().filter(|p| p.name.is_none()).count();
    if unnamed > 0 {
        names.push(tr.t_count("report-not-named", unnamed));
    }
    names
}

fn name(tr: Tr<'_>, n: &Named) -> String {
    match (&n.name, &n.affiliation) {
        (Some(name), Some(affiliation)) => format!("{name} ({affiliation})"),
        (Some(name), None) => name.clone(),
        _ => tr.t("report-a-participant"),
    }
}

impl ReportView {
    /// The view of `report` in `tr`'s language; with `everything`, the
    /// parts left out too (marked), for organisers editing it.
    pub fn new(report: &Report, tr: Tr<'_>, base_url: &str, everything: bool) -> Self {
        let c = &report.consultation;
        let parts = if everything {
            report.parts.clone()
        } else {
            report.included()
        };
        let n = &report.numbers;
        let numbers = [
            ("report-people", n.people),
            ("report-organisations", n.organisations),
            ("report-countries", n.countries),
            ("report-sessions", n.sessions),
            ("report-topics", n.topics),
            ("report-questions-asked", n.questions_asked),
            ("report-questions-answered", n.questions_answered),
        ]
        .into_iter()
        .map(|(key, value)| (tr.t(key), count(tr, value)))
        .collect();
        let dates = if c.start_date == c.end_date {
            tr.day(c.start_date)
        } else {
            format!("{} – {}", tr.day(c.start_date), tr.day(c.end_date))
        };
        ReportView {
            lang: tr.lang(),
            dir: tr.dir(),
            title: c.title.clone(),
            title_lang: c.title_lang.clone(),
            subtitle: [c.venue.trim(), &dates]
                .into_iter()
                .filter(|s| !s.is_empty())
                .collect::<Vec<_>>()
                .join(" · "),
            introduction: TextView::of(&report.introduction),
            conclusions: TextView::of(&report.conclusions),
            numbers,
            parts: parts.iter().map(|p| part_view(p, report, tr)).collect(),
            actions: report
                .actions
                .iter()
                .map(|a| ActionView {
                    kind: tr.t(match a.kind {
                        ActionKind::Proposal => "report-proposal",
                        ActionKind::NextStep => "report-next-step",
                    }),
                    text: a.text.text.clone(),
                    lang: a.text.lang.clone(),
                    topic_id: a.topic_id,
                    from: a.topic_title.text.clone(),
                    from_lang: a.topic_title.lang.clone(),
                })
                .collect(),
            empty: !report.has_harvest(),
            published: report.published,
            base_url: base_url.trim_end_matches('/').to_owned(),
            labels: Labels::new(tr),
        }
    }
}

fn part_view(part: &Part, report: &Report, tr: Tr<'_>) -> PartView {
    let tz = &report.consultation.time_zone;
    let when = |start: jiff::Timestamp, end: jiff::Timestamp| {
        let day = start.to_zoned(tz.clone()).date();
        format!("{} · {}", tr.day(day), tr.time_range(start, end, tz))
    };
    match part {
        Part::Session(s) => {
            let question = |q: &crate::domain::report::ReportQuestion| QuestionView {
                text: q.text.text.clone(),
                lang: q.text.lang.clone(),
                votes: tr.t_count("report-votes", q.votes),
                author: q
                    .author
                    .clone()
                    .unwrap_or_else(|| tr.t("report-a-participant")),
            };
            PartView {
                anchor: format!("session-{}", s.id),
                id: s.id,
                is_round: false,
                title: s.title.text.clone(),
                lang: s.title.lang.clone(),
                when: when(s.starts_at, s.ends_at),
                facilitators: people(tr, &s.facilitators),
                speakers: people(tr, &s.speakers),
                summary: TextView::of(&s.summary),
                answered: s
                    .questions
                    .iter()
                    .filter(|q| q.answered)
                    .map(question)
                    .collect(),
                open: s
                    .questions
                    .iter()
                    .filter(|q| !q.answered)
                    .map(question)
                    .collect(),
                polls: s
                    .polls
                    .iter()
                    .map(|p| PollResultView {
                        question: p.question.text.clone(),
                        lang: p.question.lang.clone(),
                        answers: tr.t_with("report-poll-answers", "count", count(tr, p.voters)),
                        lines: p
                            .lines
                            .iter()
                            .map(|(label, n)| format!("{label}: {}", count(tr, *n)))
                            .collect(),
                    })
                    .collect(),
                took_part: match s.took_part {
                    Count::Exact(0) => String::new(),
                    n => tr.t_with("report-took-part", "count", count(tr, n)),
                },
                topics: Vec::new(),
                left_out: s.left_out,
            }
        }
        Part::Round(r) => PartView {
            anchor: format!("round-{}", r.id),
            id: r.id,
            is_round: true,
            title: tr.t_with("report-round", "label", &r.label),
            lang: tr.lang().to_owned(),
            when: when(r.starts_at, r.ends_at),
            facilitators: Vec::new(),
            speakers: Vec::new(),
            summary: TextView::default(),
            answered: Vec::new(),
            open: Vec::new(),
            polls: Vec::new(),
            took_part: String::new(),
            topics: r
                .topics
                .iter()
                .map(|t| TopicView {
                    id: t.id,
                    title: t.title.text.clone(),
                    lang: t.title.lang.clone(),
                    convener: t
                        .convener
                        .as_ref()
                        .map(|c| tr.t_with("report-convened-by", "name", name(tr, c))),
                    table: t
                        .space
                        .as_ref()
                        .map(|s| tr.t_with("report-table", "name", s)),
                    took_part: tr.t_with("report-at-table", "count", count(tr, t.took_part)),
                    notes: t.notes.as_ref().map(|n| notes_view(n, tr)),
                    left_out: t.left_out,
                })
                .collect(),
            left_out: false,
        },
    }
}

fn notes_view(n: &TopicNotes, tr: Tr<'_>) -> NotesView {
    let notes = &n.notes;
    let sections = [
        ("os-notes-key-points", &notes.key_points, false),
        ("os-notes-proposals", &notes.proposals, true),
        ("os-notes-next-steps", &notes.next_steps, true),
        ("os-notes-continuing", &notes.continuing, false),
    ]
    .into_iter()
    .filter(|(_, text, _)| !text.trim().is_empty())
    .map(|(key, text, list)| {
        let body = if list { items(text) } else { paragraphs(text) };
        (tr.t(key), body, list)
    })
    .collect();
    NotesView {
        lang: n.lang.clone(),
        sections,
    }
}

/// The UI language asked for a file, or the list of those there are.
pub fn file_language(lang: &str) -> Result<Tr<'static>, String> {
    let available = i18n().available();
    let lang = if lang.is_empty() { "en" } else { lang };
    if available.contains(&lang) {
        return Ok(i18n().lang(lang));
    }
    Err(format!(
        "There is no {lang:?} translation of the report's headings; available: {}.",
        available.join(", ")
    ))
}

// ------------------------------------------------------------------ Markdown

/// Escapes what CommonMark would read as markup in running text.
fn md(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        if matches!(
            c,
            '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '#' | '|' | '!'
        ) {
            out.push('\\');
        }
        out.push(c);
    }
    // A line starting with a number and a dot would become a list.
    out.replace('\n', " ")
}

/// The report as CommonMark: a heading per part, lists for questions,
/// notes' proposals and next steps, and the gathered actions.
pub fn markdown(v: &ReportView) -> String {
    let mut out = String::new();
    let l = &v.labels;
    out += &format!("# {}: {}\n\n", md(&l.report), md(&v.title));
    out += &format!("{}\n\n", md(&v.subtitle));
    let text = |out: &mut String, t: &TextView| {
        for p in &t.paragraphs {
            *out += &format!("{}\n\n", md(p));
        }
    };
    if !v.introduction.is_empty() {
        out += &format!("## {}\n\n", md(&l.introduction));
        text(&mut out, &v.introduction);
    }
    out += &format!("## {}\n\n", md(&l.numbers));
    for (label, value) in &v.numbers {
        out += &format!("- {}: {}\n", md(label), md(value));
    }
    out += "\n";
    if v.empty {
        out += &format!("{}\n\n", md(&l.empty));
    }
    for p in &v.parts {
        out += &format!("## {}\n\n*{}*\n\n", md(&p.title), md(&p.when));
        if p.is_round {
            for t in &p.topics {
                out += &format!("### {}\n\n", md(&t.title));
                out += &format!("{}\n\n", md(&t.meta()));
                let Some(notes) = &t.notes else {
                    out += &format!("{}\n\n", md(&l.no_notes));
                    continue;
                };
                for (label, body, list) in &notes.sections {
                    out += &format!("**{}**\n\n", md(label));
                    for item in body {
                        match list {
                            true => out += &format!("- {}\n", md(item)),
                            false => out += &format!("{}\n\n", md(item)),
                        }
                    }
                    if *list {
                        out += "\n";
                    }
                }
            }
            continue;
        }
        if !p.facilitators.is_empty() {
            out += &format!(
                "{}: {}\n\n",
                md(&l.facilitators),
                md(&p.facilitators.join(", "))
            );
        }
        if !p.speakers.is_empty() {
            out += &format!("{}: {}\n\n", md(&l.speakers), md(&p.speakers.join(", ")));
        }
        out += &format!("### {}\n\n", md(&l.summary));
        match p.summary.is_empty() {
            true => out += &format!("{}\n\n", md(&l.no_summary)),
            false => text(&mut out, &p.summary),
        }
        for (label, questions) in [(&l.answered, &p.answered), (&l.open, &p.open)] {
            if questions.is_empty() {
                continue;
            }
            out += &format!("### {}\n\n", md(label));
            for q in questions {
                out += &format!("- {} ({}, {})\n", md(&q.text), md(&q.author), md(&q.votes));
            }
            out += "\n";
        }
        if !p.polls.is_empty() {
            out += &format!("### {}\n\n", md(&l.polls));
            for poll in &p.polls {
                out += &format!("- **{}** ({})\n", md(&poll.question), md(&poll.answers));
                for line in &poll.lines {
                    out += &format!("  - {}\n", md(line));
                }
            }
            out += "\n";
        }
        if !p.took_part.is_empty() {
            out += &format!("{}\n\n", md(&p.took_part));
        }
    }
    if !v.actions.is_empty() {
        out += &format!("## {}\n\n{}\n\n", md(&l.actions), md(&l.actions_intro));
        for a in &v.actions {
            out += &format!(
                "- **{}**: {} ([{}]({}/topics/{}))\n",
                md(&a.kind),
                md(&a.text),
                md(&a.from),
                v.base_url,
                a.topic_id
            );
        }
        out += "\n";
    }
    if !v.conclusions.is_empty() {
        out += &format!("## {}\n\n", md(&l.conclusions));
        text(&mut out, &v.conclusions);
    }
    out += &format!("---\n\n{}\n", md(&l.generated));
    out
}

// ---------------------------------------------------------------- Word (docx)

const BULLETS: usize = 1;

/// The report as a Word document with real headings (styles Heading 1–3,
/// which LibreOffice and Word list in their navigator) and bulleted lists.
pub fn docx(v: &ReportView) -> Vec<u8> {
    let l = &v.labels;
    let mut doc = Docx::new()
        .add_style(Style::new("Normal", StyleType::Paragraph).name("Normal"))
        .add_style(heading_style("Title", "Title", 40))
        .add_style(heading_style("Heading1", "Heading 1", 32))
        .add_style(heading_style("Heading2", "Heading 2", 26))
        .add_style(heading_style("Heading3", "Heading 3", 22))
        .add_style(Style::new("ListBullet", StyleType::Paragraph).name("List Bullet"))
        .add_abstract_numbering(
            AbstractNumbering::new(BULLETS).add_level(
                Level::new(
                    0,
                    Start::new(1),
                    NumberFormat::new("bullet"),
                    LevelText::new("•"),
                    LevelJc::new("left"),
                )
                .indent(
                    Some(720),
                    Some(docx_rs::SpecialIndentType::Hanging(360)),
                    None,
                    None,
                ),
            ),
        )
        .add_numbering(Numbering::new(BULLETS, BULLETS));
    let heading = |style: &str, text: &str| {
        Paragraph::new()
            .style(style)
            .add_run(Run::new().add_text(text))
    };
    let para = |text: &str| {
        Paragraph::new()
            .style("Normal")
            .add_run(Run::new().add_text(text))
    };
    let bullet = |text: &str| {
        Paragraph::new()
            .style("ListBullet")
            .numbering(NumberingId::new(BULLETS), IndentLevel::new(0))
            .add_run(Run::new().add_text(text))
    };
    doc = doc
        .add_paragraph(heading("Title", &format!("{}: {}", l.report, v.title)))
        .add_paragraph(para(&v.subtitle));
    if !v.introduction.is_empty() {
        doc = doc.add_paragraph(heading("Heading1", &l.introduction));
        for p in &v.introduction.paragraphs {
            doc = doc.add_paragraph(para(p));
        }
    }
    doc = doc.add_paragraph(heading("Heading1", &l.numbers));
    for (label, value) in &v.numbers {
        doc = doc.add_paragraph(bullet(&format!("{label}: {value}")));
    }
    if v.empty {
        doc = doc.add_paragraph(para(&l.empty));
    }
    for p in &v.parts {
        doc = doc
            .add_paragraph(heading("Heading1", &p.title))
            .add_paragraph(para(&p.when));
        if p.is_round {
            for t in &p.topics {
                doc = doc.add_paragraph(heading("Heading2", &t.title));
                doc = doc.add_paragraph(para(&t.meta()));
                let Some(notes) = &t.notes else {
                    doc = doc.add_paragraph(para(&l.no_notes));
                    continue;
                };
                for (label, body, list) in &notes.sections {
                    doc = doc.add_paragraph(heading("Heading3", label));
                    for item in body {
                        doc = doc.add_paragraph(if *list { bullet(item) } else { para(item) });
                    }
                }
            }
            continue;
        }
        if !p.facilitators.is_empty() {
            doc = doc.add_paragraph(para(&format!(
                "{}: {}",
                l.facilitators,
                p.facilitators.join(", ")
            )));
        }
        if !p.speakers.is_empty() {
            doc = doc.add_paragraph(para(&format!("{}: {}", l.speakers, p.speakers.join(", "))));
        }
        doc = doc.add_paragraph(heading("Heading2", &l.summary));
        if p.summary.is_empty() {
            doc = doc.add_paragraph(para(&l.no_summary));
        }
        for s in &p.summary.paragraphs {
            doc = doc.add_paragraph(para(s));
        }
        for (label, questions) in [(&l.answered, &p.answered), (&l.open, &p.open)] {
            if questions.is_empty() {
                continue;
            }
            doc = doc.add_paragraph(heading("Heading2", label));
            for q in questions {
                doc = doc.add_paragraph(bullet(&format!("{} ({}, {})", q.text, q.author, q.votes)));
            }
        }
        if !p.polls.is_empty() {
            doc = doc.add_paragraph(heading("Heading2", &l.polls));
            for poll in &p.polls {
                doc = doc.add_paragraph(heading("Heading3", &poll.question));
                doc = doc.add_paragraph(para(&poll.answers));
                for line in &poll.lines {
                    doc = doc.add_paragraph(bullet(line));
                }
            }
        }
        if !p.took_part.is_empty() {
            doc = doc.add_paragraph(para(&p.took_part));
        }
    }
    if !v.actions.is_empty() {
        doc = doc
            .add_paragraph(heading("Heading1", &l.actions))
            .add_paragraph(para(&l.actions_intro));
        for a in &v.actions {
            let link = format!("{}/topics/{}", v.base_url, a.topic_id);
            doc = doc.add_paragraph(
                Paragraph::new()
                    .style("ListBullet")
                    .numbering(NumberingId::new(BULLETS), IndentLevel::new(0))
                    .add_run(Run::new().add_text(format!("{}: {} (", a.kind, a.text)))
                    .add_hyperlink(
                        Hyperlink::new(&link, HyperlinkType::External)
                            .add_run(Run::new().add_text(&a.from)),
                    )
                    .add_run(Run::new().add_text(")")),
            );
        }
    }
    if !v.conclusions.is_empty() {
        doc = doc.add_paragraph(heading("Heading1", &l.conclusions));
        for p in &v.conclusions.paragraphs {
            doc = doc.add_paragraph(para(p));
        }
    }
    doc = doc.add_paragraph(para(&l.generated));
    let mut out = std::io::Cursor::new(Vec::new());
    doc.build()
        .pack(&mut out)
        .expect("writing a document to memory cannot fail");
    out.into_inner()
}

fn heading_style(id: &str, name: &str, half_points: usize) -> Style {
    Style::new(id, StyleType::Paragraph)
        .name(name)
        .bold()
        .size(half_points)
}

// ------------------------------------------------------------------ HTML file

/// The report as one HTML file that needs nothing else: styles inline, no
/// script, no request to anywhere.
#[derive(Template)]
#[template(path = "report_file.html")]
pub struct ReportFile<'a> {
    pub report: &'a ReportView,
    pub css: &'static str,
}

pub fn html_file(v: &ReportView) -> Result<String, askama::Error> {
    ReportFile {
        report: v,
        css: include_str!("../../assets/report.css"),
    }
    .render()
}
