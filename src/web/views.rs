//! What templates show: domain values turned into display strings once, in
//! the consultation's time zone and the reader's language.

use askama::Template;
use jiff::Timestamp;

use super::{assets, format};
use crate::{
    domain::{Consultation, PersonRef, Session, SessionKind, Topic, TopicOrigin},
    i18n::{Tr, i18n},
};

/// The frame every page shares.
pub struct Layout {
    pub tr: Tr<'static>,
    pub page_title: String,
    pub site_title: String,
    pub site_lang: String,
    pub is_demo: bool,
    pub time_zone: Option<String>,
    pub active: &'static str,
    pub css: String,
    /// A page's own stylesheet, after the site's.
    pub extra_css: Option<String>,
    pub icon: String,
    /// The language switcher: (tag, the language's name in itself, current).
    pub languages: Vec<(&'static str, String, bool)>,
    /// The switcher's CSRF token (empty without a session) and way back.
    pub csrf: String,
    pub back: String,
    pub exit_script: String,
    pub live_script: String,
}

impl Layout {
    pub fn new(tr: Tr<'static>, page_title: String, active: &'static str) -> Self {
        let request = super::locale::current();
        Layout {
            tr,
            site_title: tr.t("site-name"),
            site_lang: tr.lang().to_owned(),
            page_title,
            is_demo: false,
            time_zone: None,
            active,
            css: assets::url("style.css"),
            extra_css: None,
            languages: crate::i18n::i18n()
                .available()
                .into_iter()
                .map(|tag| (tag, crate::i18n::own_name(tag), tag == tr.lang()))
                .collect(),
            csrf: request.as_ref().map(|r| r.csrf.clone()).unwrap_or_default(),
            back: request.map(|r| r.path).unwrap_or_else(|| "/".to_owned()),
            icon: assets::url("icon.svg"),
            exit_script: assets::url("exit.js"),
            live_script: assets::url("live.js"),
        }
    }

    pub fn for_consultation(
        tr: Tr<'static>,
        c: &Consultation,
        page_title: String,
        active: &'static str,
    ) -> Self {
        Layout {
            site_title: c.title.clone(),
            site_lang: c.title_lang.clone(),
            is_demo: c.is_demo,
            time_zone: Some(c.time_zone_name.clone()),
            ..Layout::new(tr, page_title, active)
        }
    }
}

pub struct PersonView {
    pub name: String,
    pub organisation: Option<String>,
    pub organisation_full: Option<String>,
    pub country: Option<String>,
}

impl PersonView {
    pub fn new(p: &PersonRef) -> Self {
        let org = p.organisation.as_ref();
        PersonView {
            name: p.display_name.clone(),
            organisation: org.map(|o| o.short_name().to_owned()),
            organisation_full: org.filter(|o| o.acronym.is_some()).map(|o| o.name.clone()),
            country: p.country.map(|c| c.name().to_owned()),
        }
    }
}

pub struct SessionCard {
    pub id: i64,
    pub title: String,
    pub lang: String,
    pub kind: &'static str,
    pub kind_label: String,
    pub time: String,
    /// Set where the day is not obvious from the page, e.g. "now and next".
    pub day: Option<String>,
    pub start_iso: String,
    pub room: Option<String>,
    pub people: Vec<PersonView>,
    pub running: bool,
    pub is_break: bool,
    pub cancelled: bool,
    /// Changed lately (room, time, title): marked so people notice.
    pub changed: bool,
    /// The *Remember* star, for people signed in.
    pub remember: Option<Remember>,
}

/// The *Remember* star's form: whether the session is remembered, and the
/// page to come back to.
pub struct Remember {
    pub on: bool,
    pub csrf: String,
    pub back: String,
}

/// What a page needs to draw the stars: the person's remembered sessions,
/// and the form's token.
pub struct Stars {
    pub remembered: Vec<i64>,
    pub csrf: String,
    pub back: String,
}

impl Stars {
    /// The stars of a signed-in person (none for anonymous visitors and screens).
    pub async fn of(
        store: &crate::store::Store,
        me: &crate::auth::Principal,
        back: String,
    ) -> Result<Option<Stars>, crate::store::StoreError> {
        let Some(person) = me.person_id else {
            return Ok(None);
        };
        Ok(Some(Stars {
            remembered: store.remembered_sessions(person).await?,
            csrf: me.csrf_token.clone(),
            back,
        }))
    }

    pub fn on(stars: &Option<Stars>, card: SessionCard) -> SessionCard {
        let remember = stars.as_ref().filter(|_| !card.is_break).map(|s| Remember {
            on: s.remembered.contains(&card.id),
            csrf: s.csrf.clone(),
            back: s.back.clone(),
        });
        SessionCard { remember, ..card }
    }
}

impl SessionCard {
    pub fn new(tr: Tr<'static>, c: &Consultation, s: &Session, now: Timestamp) -> Self {
        let tz = &c.time_zone;
        SessionCard {
            id: s.id,
            title: s.title.clone(),
            lang: s.text_lang.clone(),
            kind: s.kind.as_str(),
            kind_label: kind_label(tr, s.kind),
            time: tr.time_range(s.starts_at, s.ends_at, tz),
            day: None,
            start_iso: format::iso(s.starts_at, tz),
            room: s.room.clone(),
            people: s
                .facilitators
                .iter()
                .chain(&s.speakers)
                .map(PersonView::new)
                .collect(),
            running: s.is_running(now) && !s.cancelled,
            is_break: s.kind == SessionKind::Break,
            cancelled: s.cancelled,
            changed: false,
            remember: None,
        }
    }
}

pub fn kind_label(tr: Tr<'static>, kind: SessionKind) -> String {
    tr.t(&format!("session-kind-{}", kind.as_str()))
}

/// The languages a writer may tag their text with, for a `<select>`: the
/// consultation's languages first, then every other language by name.
/// See `partials/language_options.html`.
pub struct LanguagePicker {
    pub usual_label: String,
    pub others_label: String,
    pub usual: Vec<(String, String)>,
    pub others: Vec<&'static (&'static str, String)>,
}

impl LanguagePicker {
    pub fn new(tr: Tr<'static>, c: &Consultation) -> Self {
        let all = crate::format::language_choices(tr.lang());
        let usual: Vec<(String, String)> = c
            .languages
            .iter()
            .map(|code| {
                let name = all
                    .iter()
                    .find(|(c, _)| c == code)
                    .map_or_else(|| language_name(tr, code), |(_, n)| n.clone());
                (code.clone(), name)
            })
            .collect();
        LanguagePicker {
            usual_label: tr.t("language-group-consultation"),
            others_label: tr.t("language-group-all"),
            others: all
                .iter()
                .filter(|(code, _)| !usual.iter().any(|(u, _)| u == code))
                .collect(),
            usual,
        }
    }

    pub fn is_selected(&self, code: &str, selected: &str) -> bool {
        code == selected
    }
}

/// Links that narrow a list to the texts of one language, among the
/// languages its texts are in. See `partials/language_filter.html`.
pub struct LanguageFilter {
    pub label: String,
    /// (href, text, current)
    pub links: Vec<(String, String, bool)>,
}

impl LanguageFilter {
    /// `query` is the rest of the list's query string ("sort=new&"), kept
    /// by every link; `anchor` where the list starts. None when the texts
    /// are in one language and no filter is on: nothing to choose.
    pub fn new<'a>(
        tr: Tr<'static>,
        present: impl IntoIterator<Item = &'a str>,
        current: Option<&str>,
        query: &str,
        anchor: &str,
    ) -> Option<Self> {
        let mut codes: Vec<&str> = present.into_iter().collect();
        codes.sort_unstable();
        codes.dedup();
        if codes.len() < 2 && current.is_none() {
            return None;
        }
        let mut links = vec![(
            format!("?{}#{anchor}", query.trim_end_matches('&')),
            tr.t("filter-all-languages"),
            current.is_none(),
        )];
        links.extend(codes.into_iter().map(|code| {
            (
                format!("?{query}lang={code}#{anchor}"),
                crate::format::language_label(code, tr.lang()),
                current == Some(code),
            )
        }));
        Some(LanguageFilter {
            label: tr.t("filter-language"),
            links,
        })
    }
}

/// A language code as its name in the UI language, or the code itself.
pub fn language_name(tr: Tr<'static>, code: &str) -> String {
    crate::format::language_name(code, tr.lang())
}

pub struct TopicView {
    pub id: i64,
    pub title: String,
    pub description: String,
    pub lang: String,
    pub suggested: bool,
    pub proposed_by: Option<String>,
    pub interested: Vec<String>,
}

impl TopicView {
    pub fn new(t: &Topic) -> Self {
        TopicView {
            id: t.id,
            title: t.title.clone(),
            description: t.description.clone(),
            lang: t.text_lang.clone(),
            suggested: t.origin == TopicOrigin::Suggested,
            proposed_by: t.proposed_by.as_ref().map(|o| o.short_name().to_owned()),
            interested: t
                .interested
                .iter()
                .map(|o| o.short_name().to_owned())
                .collect(),
        }
    }
}

/// Splits a user text into paragraphs at blank lines.
pub use crate::format::paragraphs;

#[derive(Template)]
#[template(path = "now.html")]
pub struct NowPage {
    pub page: Layout,
    pub venue: String,
    pub dates: String,
    pub running: Vec<SessionCard>,
    pub next: Vec<SessionCard>,
    pub notice: Option<String>,
}

pub struct DayTab {
    pub href: String,
    pub label: String,
    pub number: usize,
    pub current: bool,
}

#[derive(Template)]
#[template(path = "program.html")]
pub struct ProgramPage {
    pub page: Layout,
    pub days: Vec<DayTab>,
    pub day_title: String,
    pub sessions: Vec<SessionCard>,
}

#[derive(Template)]
#[template(path = "session.html")]
pub struct SessionPage {
    pub page: Layout,
    pub card: SessionCard,
    pub day: String,
    pub day_href: String,
    pub languages: Vec<String>,
    pub interpretation: Vec<String>,
    pub facilitators: Vec<PersonView>,
    pub speakers: Vec<PersonView>,
    pub speakers_label: String,
    pub description: Vec<String>,
    pub topics: Vec<TopicView>,
    /// Whether the session has questions and a speaking queue (not a break).
    pub has_floor: bool,
    pub summary: Vec<String>,
    pub summary_lang: String,
    /// (text, language, votes), most votes first.
    pub open_questions: Vec<(String, String, i64)>,
    pub answered_questions: Vec<(String, String, i64)>,
    /// Recent changes, newest first, in words.
    pub changes: Vec<String>,
    /// Organisers get a link to edit.
    pub can_edit: bool,
}

#[derive(Template)]
#[template(path = "message.html")]
pub struct MessagePage {
    pub page: Layout,
    pub heading: String,
    pub body: String,
}

impl MessagePage {
    /// A message in the request's language.
    pub fn new(title_key: &str, body_key: &str) -> Self {
        let tr = i18n().lang(super::locale::current_lang());
        MessagePage {
            page: Layout::new(tr, tr.t(title_key), ""),
            heading: tr.t(title_key),
            body: tr.t(body_key),
        }
    }
}
