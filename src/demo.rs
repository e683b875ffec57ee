//! The demo consultation, built from `seed/consultation-agenda.txt`: every
//! session, facilitator and panelist of that agenda, with the organisations
//! and countries it names. The agenda has no dates, so the demo runs for
//! three days from the day it is loaded, in Bangkok where GAATW's
//! secretariat is, so that "now and next" has something to show.

use jiff::{Timestamp, civil::Date, tz::TimeZone};

use crate::domain::{
    Country, LanguageTag, NewConsultation, NewOrganisation, NewPerson, NewSession, NewTopic,
    ProgramBundle, SessionKind, TopicOrigin,
};

pub const TIME_ZONE: &str = "Asia/Bangkok";
pub const GCM_TITLE: &str =
    "Safe, orderly and regular migration? The role of the Global Compact for Migration";

/// (acronym or short name, full name, country)
const ORGANISATIONS: &[(&str, &str, &str)] = &[
    (
        "GAATW-IS",
        "Global Alliance Against Traffic in Women – International Secretariat",
        "TH",
    ),
    ("IMUMI", "Instituto para las Mujeres en la Migración", "MX"),
    (
        "AMUMRA",
        "Asociación Civil de Mujeres Migrantes y Refugiadas en Argentina",
        "AR",
    ),
    (
        "",
        "Srijan Foundation / Jharkhand Anti-Trafficking Network",
        "IN",
    ),
    (
        "OPRIFS",
        "Organization for Prevention, Rehabilitation and Integration of Female Street Children",
        "ET",
    ),
    ("", "Yasanti", "ID"),
    ("TWC2", "Transient Workers Count Too", "SG"),
    (
        "ASBRAD",
        "Associação Brasileira de Defesa da Mulher, da Infância e da Juventude",
        "BR",
    ),
    ("", "Ban Ying", "DE"),
    ("SWAN", "Supporting Women's Alternatives Network", "CA"),
    ("", "FairWork", "NL"),
    ("ARM", "Anti-Racism Movement", "LB"),
    ("", "Safe Horizon", "US"),
    ("", "CHS Alternativo", "PE"),
    ("PLA", "Platform for Labour Action", "UG"),
    ("", "La Strada Macedonia", "MK"),
    ("", "Sintrasedom", "CO"),
    ("", "La Strada Czech Republic", "CZ"),
    (
        "LRC-KJHAM",
        "Legal Resources Center untuk Keadilan Jender dan Hak Asasi Manusia",
        "ID",
    ),
];

/// (display name, organisation short name or "", country, role)
const PEOPLE: &[(&str, &str, &str, &str)] = &[
    ("Leah Sullivan", "GAATW-IS", "TH", "participant"),
    ("Berenice Valdez Rivera", "IMUMI", "MX", "participant"),
    ("Natividad Obeso", "AMUMRA", "AR", "participant"),
    (
        "Pooja",
        "Srijan Foundation / Jharkhand Anti-Trafficking Network",
        "IN",
        "participant",
    ),
    ("Muluken Shiferaw", "OPRIFS", "ET", "participant"),
    ("Amin Muftiyanah", "Yasanti", "ID", "participant"),
    ("Alex Au", "TWC2", "SG", "participant"),
    ("Diana Cano", "", "MX", "facilitator"),
    ("Chus Alvarez", "", "CO", "facilitator"),
    ("Graziella Rocha", "ASBRAD", "BR", "participant"),
    ("Livia Valensise", "Ban Ying", "DE", "participant"),
    ("Alison Clancey", "SWAN", "CA", "participant"),
    ("Francien Winsemius", "FairWork", "NL", "participant"),
    ("Farah Salka", "ARM", "LB", "participant"),
];

const GCM_DESCRIPTION: &str = "The GCM, signed by states in December 2018, aims to ensure a coherent global response to international migration in all its dimensions. Although the GCM is non-binding and several destination countries refused to sign it, it has the potential to impact the lives of migrants and civil society working with migrants.

Leah and Berenice were both involved in the GCM negotiations process and will share what the GCM is, how it can promote or hinder safe migration, and how civil society can become involved in its implementation and monitoring.

Q&A and discussion.";

const SAFE_MIGRATION_DESCRIPTION: &str = "This is one area where most of the participants work. Safe migration typically involves: in origin countries – providing information about visa and working conditions abroad (or in another city or state); in destination countries – outreach to migrant worker communities and provision of information to migrants about their rights and the working conditions in the country, supporting their self-organising, and referring them to support services.

The aim of these two sessions is to share experiences and methods of work in different countries and regions, and different sectors of work, and to reflect on the limitations this approach may have.

Q&A and/or interventions from the floor.";

const OPEN_SPACE_DESCRIPTION: &str = "We recognise that participants from so many and diverse countries may wish to network and discuss topics unrelated to the theme of the consultation. We are allocating this time for such conversations. Participants can bring their coffee and snacks in the room and gather around tables per topic.

There is no pre-planned list of topics and speakers for these spaces. Instead, we provide the time and space and participants can decide what to discuss. Anyone with interest in a certain topic can convene a session by announcing to the group what the session is about and giving it a title which we will write somewhere. Other participants will look at the proposed topics, decide where to go and add their names to the table they want to attend.

The convener will facilitate the conversation and it is up to her/him to decide how to do it. No in-depth knowledge or advance preparation is required.";

const LRC_KJHAM_PROPOSAL: &str = "LRC-KJHAM mengusulkan stategi kampanye pencegahan trafficking dengan promosi migrasi yang aman. Strategi tersebut melalui maksimalisasi sosial media, diskusi-diskusi di komunitas dengan menggunakan media film dokumenter, video, dll.";

const PLENARY: &str = "Plenary hall";
const FOYER: &str = "Foyer";

/// The demo program, starting on `first_day`.
pub fn bundle(first_day: Date) -> ProgramBundle {
    let tz = TimeZone::get(TIME_ZONE).expect("the bundled time zone database has Asia/Bangkok");
    let day = |n: i64| {
        first_day
            .checked_add(jiff::Span::new().days(n))
            .expect("date in range")
    };
    let at = |n: i64, hour: i8, minute: i8| -> Timestamp {
        day(n)
            .at(hour, minute, 0, 0)
            .to_zoned(tz.clone())
            .expect("a plain time in Bangkok, which has no DST")
            .timestamp()
    };
    let lang = |tag: &str| LanguageTag::parse(tag).expect("valid tag");
    let session =
        |title: &str, kind: SessionKind, start: Timestamp, end: Timestamp, room: &str| NewSession {
            title: title.to_owned(),
            description: String::new(),
            text_lang: lang("en"),
            kind,
            starts_at: start,
            ends_at: end,
            room: Some(room.to_owned()),
            languages: vec![lang("en")],
            interpretation: vec![],
            facilitators: vec![],
            speakers: vec![],
        };
    let interpreted = vec![lang("es"), lang("fr")];
    let names = |list: &[&str]| list.iter().map(|s| (*s).to_owned()).collect::<Vec<_>>();

    let sessions = vec![
        NewSession {
            description: GCM_DESCRIPTION.into(),
            interpretation: interpreted.clone(),
            speakers: names(&["Leah Sullivan", "Berenice Valdez Rivera"]),
            ..session(GCM_TITLE, SessionKind::Plenary, at(0, 9, 30), at(0, 11, 0), PLENARY)
        },
        session("Coffee break", SessionKind::Break, at(0, 11, 0), at(0, 11, 30), FOYER),
        NewSession {
            description: SAFE_MIGRATION_DESCRIPTION.into(),
            interpretation: interpreted.clone(),
            speakers: names(&[
                "Natividad Obeso",
                "Pooja",
                "Muluken Shiferaw",
                "Amin Muftiyanah",
                "Alex Au",
            ]),
            ..session(
                "Prevention of human trafficking by promoting safe migration, part 1",
                SessionKind::FacilitatedDiscussion,
                at(0, 11, 30),
                at(0, 13, 0),
                PLENARY,
            )
        },
        session("Lunch", SessionKind::Break, at(0, 13, 0), at(0, 14, 0), FOYER),
        NewSession {
            description: "Participants propose topics and gather around tables. See “Open space, part 2” for how it works.".into(),
            ..session("Open space, part 1", SessionKind::OpenSpace, at(0, 14, 0), at(0, 15, 30), PLENARY)
        },
        NewSession {
            description: SAFE_MIGRATION_DESCRIPTION.into(),
            interpretation: interpreted.clone(),
            facilitators: names(&["Diana Cano", "Chus Alvarez"]),
            speakers: names(&[
                "Graziella Rocha",
                "Livia Valensise",
                "Alison Clancey",
                "Francien Winsemius",
                "Farah Salka",
            ]),
            ..session(
                "Prevention of human trafficking by promoting safe migration, part 2",
                SessionKind::FacilitatedDiscussion,
                at(1, 9, 30),
                at(1, 11, 0),
                PLENARY,
            )
        },
        session("Coffee break", SessionKind::Break, at(1, 11, 0), at(1, 11, 30), FOYER),
        session("Lunch", SessionKind::Break, at(1, 13, 0), at(1, 14, 0), FOYER),
        NewSession {
            description: OPEN_SPACE_DESCRIPTION.into(),
            ..session("Open space, part 2", SessionKind::OpenSpace, at(2, 9, 30), at(2, 11, 30), PLENARY)
        },
        session("Lunch", SessionKind::Break, at(2, 12, 30), at(2, 13, 30), FOYER),
    ];

    ProgramBundle {
        consultation: NewConsultation {
            title: "Prevention of human trafficking by promoting safe migration".into(),
            title_lang: lang("en"),
            venue: "Bangkok".into(),
            time_zone: TIME_ZONE.into(),
            start_date: first_day,
            end_date: day(2),
            languages: vec![lang("en"), lang("es"), lang("fr"), lang("id")],
            is_demo: true,
            program_public: true,
        },
        organisations: ORGANISATIONS
            .iter()
            .map(|(acronym, name, country)| NewOrganisation {
                name: (*name).into(),
                acronym: (!acronym.is_empty()).then(|| (*acronym).into()),
                country: Some(Country::parse(country).expect("demo country codes are valid")),
            })
            .collect(),
        people: PEOPLE
            .iter()
            .map(|(name, org, country, role)| NewPerson {
                display_name: (*name).into(),
                organisation: (!org.is_empty()).then(|| organisation_name(org).into()),
                country: Some(Country::parse(country).expect("demo country codes are valid")),
                role: (*role).into(),
            })
            .collect(),
        sessions,
        topics: topics(),
    }
}

fn topics() -> Vec<NewTopic> {
    let suggested = |title: &str, description: &str, interested: &[&str]| NewTopic {
        title: title.into(),
        description: description.into(),
        text_lang: LanguageTag::parse("en").expect("valid tag"),
        origin: TopicOrigin::Suggested,
        session: Some("Open space, part 2".into()),
        proposed_by: None,
        interested: interested
            .iter()
            .map(|o| organisation_name(o).to_owned())
            .collect(),
    };
    vec![
        suggested(
            "Migration from South America to the US",
            "",
            &["Safe Horizon"],
        ),
        suggested(
            "Other migration corridors / origin and destination countries",
            "See the list of participants.",
            &[],
        ),
        suggested(
            "How to measure the impact of prevention activities",
            "",
            &["CHS Alternativo", "PLA", "La Strada Macedonia"],
        ),
        suggested(
            "GAATW Secretariat",
            "Meet the team, find out what we’re working on, etc.",
            &[],
        ),
        suggested("Domestic work: labour inspections", "", &["Sintrasedom"]),
        suggested(
            "Domestic work: domestic workers in diplomat households",
            "",
            &["Ban Ying", "La Strada Czech Republic"],
        ),
        NewTopic {
            title: "Strategi kampanye pencegahan trafficking dengan promosi migrasi yang aman"
                .into(),
            description: LRC_KJHAM_PROPOSAL.into(),
            text_lang: LanguageTag::parse("id").expect("valid tag"),
            origin: TopicOrigin::Proposed,
            session: Some("Open space, part 2".into()),
            proposed_by: Some(organisation_name("LRC-KJHAM").into()),
            interested: vec![],
        },
    ]
}

/// The full name of a demo organisation from the short name the agenda uses.
fn organisation_name(short: &str) -> &'static str {
    ORGANISATIONS
        .iter()
        .find(|(acronym, name, _)| *acronym == short || *name == short)
        .map(|(_, name, _)| *name)
        .unwrap_or_else(|| panic!("demo organisation {short:?} is listed in ORGANISATIONS"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn demo_bundle_is_valid() {
        let bundle = bundle(jiff::civil::date(2027, 3, 2));
        bundle.validate().unwrap();
        assert_eq!(bundle.consultation.end_date, jiff::civil::date(2027, 3, 4));
        assert_eq!(bundle.people.len(), 14);
    }
}
