//! The demo consultation, built from `seed/consultation-agenda.txt`: every
//! session, facilitator and panelist of that agenda, with the organisations
//! and countries it names. The agenda has no dates, so the demo runs for
//! three days from the day it is loaded, in Bangkok where GAATW's
//! secretariat is, so that "now and next" has something to show.

pub mod questionnaires;

use jiff::{Timestamp, civil::Date, tz::TimeZone};

use crate::domain::{
    Corridor, Country, LanguageTag, NewConsultation, NewSession, NewTopic, PersonRole,
    ProgramBundle, SessionKind, TopicOrigin, Visibility,
    directory::{NewOrganisation, NewPerson},
};

pub const TIME_ZONE: &str = "Asia/Bangkok";
pub const GCM_TITLE: &str =
    "Safe, orderly and regular migration? The role of the Global Compact for Migration";

/// A demo organisation: what the agenda names, with the country, sectors,
/// services and corridors from the organisation's public work.
struct DemoOrg {
    acronym: &'static str,
    name: &'static str,
    country: &'static str,
    sectors: &'static str,
    services: &'static str,
    languages: &'static str,
    website: &'static str,
    corridors: &'static str,
}

// A table row: positional arguments keep the table below readable.
#[allow(clippy::too_many_arguments)]
const fn org(
    acronym: &'static str,
    name: &'static str,
    country: &'static str,
    sectors: &'static str,
    services: &'static str,
    languages: &'static str,
    website: &'static str,
    corridors: &'static str,
) -> DemoOrg {
    DemoOrg {
        acronym,
        name,
        country,
        sectors,
        services,
        languages,
        website,
        corridors,
    }
}

const ORGANISATIONS: &[DemoOrg] = &[
    org(
        "GAATW-IS",
        "Global Alliance Against Traffic in Women – International Secretariat",
        "TH",
        "domestic-work|sex-work",
        "advocacy|research",
        "en th",
        "https://gaatw.org",
        "",
    ),
    org(
        "IMUMI",
        "Instituto para las Mujeres en la Migración",
        "MX",
        "domestic-work",
        "legal-aid|advocacy|research",
        "es en",
        "https://imumi.org",
        "MX>US GT>MX HN>MX SV>MX",
    ),
    org(
        "AMUMRA",
        "Asociación Civil de Mujeres Migrantes y Refugiadas en Argentina",
        "AR",
        "domestic-work",
        "legal-aid|outreach|organising",
        "es",
        "",
        "PE>AR BO>AR PY>AR",
    ),
    org(
        "",
        "Srijan Foundation / Jharkhand Anti-Trafficking Network",
        "IN",
        "domestic-work",
        "pre-departure-information|reintegration|outreach",
        "hi en",
        "",
        "",
    ),
    org(
        "OPRIFS",
        "Organization for Prevention, Rehabilitation and Integration of Female Street Children",
        "ET",
        "domestic-work",
        "shelter|reintegration|pre-departure-information",
        "am en",
        "",
        "ET>LB ET>SA ET>AE",
    ),
    org(
        "",
        "Yasanti",
        "ID",
        "domestic-work|manufacturing",
        "organising|pre-departure-information",
        "id jv",
        "",
        "ID>SG ID>MY ID>HK",
    ),
    org(
        "TWC2",
        "Transient Workers Count Too",
        "SG",
        "construction|domestic-work",
        "legal-aid|outreach|health-care|advocacy",
        "en bn ta",
        "https://twc2.org.sg",
        "BD>SG IN>SG ID>SG PH>SG MM>SG",
    ),
    org(
        "ASBRAD",
        "Associação Brasileira de Defesa da Mulher, da Infância e da Juventude",
        "BR",
        "sex-work|domestic-work",
        "outreach|reintegration|legal-aid",
        "pt es",
        "",
        "BR>PT BR>ES BR>US",
    ),
    org(
        "",
        "Ban Ying",
        "DE",
        "domestic-work|sex-work",
        "counselling|shelter|legal-aid",
        "de en th",
        "https://www.ban-ying.de",
        "TH>DE PH>DE ID>DE",
    ),
    org(
        "SWAN",
        "Supporting Women's Alternatives Network",
        "CA",
        "sex-work",
        "outreach|advocacy|counselling",
        "en zh ko",
        "https://swanvancouver.ca",
        "CN>CA KR>CA",
    ),
    org(
        "",
        "FairWork",
        "NL",
        "agriculture|domestic-work|sex-work",
        "counselling|outreach|advocacy",
        "nl en",
        "https://www.fairwork.nu",
        "PL>NL RO>NL NG>NL",
    ),
    org(
        "ARM",
        "Anti-Racism Movement",
        "LB",
        "domestic-work",
        "organising|advocacy",
        "ar en",
        "https://armlebanon.org",
        "ET>LB PH>LB BD>LB LK>LB",
    ),
    org(
        "",
        "Safe Horizon",
        "US",
        "domestic-work|agriculture",
        "hotline|shelter|legal-aid|counselling",
        "en es",
        "https://www.safehorizon.org",
        "CO>US EC>US PE>US VE>US MX>US",
    ),
    org(
        "",
        "CHS Alternativo",
        "PE",
        "",
        "research|hotline|advocacy",
        "es",
        "https://chsalternativo.org",
        "VE>PE PE>AR PE>CL",
    ),
    org(
        "PLA",
        "Platform for Labour Action",
        "UG",
        "domestic-work",
        "legal-aid|pre-departure-information",
        "en lg",
        "",
        "UG>SA UG>AE",
    ),
    org(
        "",
        "La Strada Macedonia",
        "MK",
        "",
        "hotline|shelter|counselling",
        "mk sq",
        "",
        "MK>DE",
    ),
    org(
        "",
        "Sintrasedom",
        "CO",
        "domestic-work",
        "organising",
        "es",
        "",
        "VE>CO",
    ),
    org(
        "",
        "La Strada Czech Republic",
        "CZ",
        "agriculture|manufacturing|domestic-work",
        "hotline|counselling|legal-aid",
        "cs en uk",
        "https://www.strada.cz",
        "UA>CZ VN>CZ",
    ),
    org(
        "LRC-KJHAM",
        "Legal Resources Center untuk Keadilan Jender dan Hak Asasi Manusia",
        "ID",
        "domestic-work",
        "legal-aid|advocacy",
        "id jv",
        "",
        "ID>MY ID>HK",
    ),
];

/// (display name, organisation short name or "", country, role, languages)
const PEOPLE: &[(&str, &str, &str, &str, &str)] = &[
    ("Leah Sullivan", "GAATW-IS", "TH", "participant", "en"),
    (
        "Berenice Valdez Rivera",
        "IMUMI",
        "MX",
        "participant",
        "es en",
    ),
    ("Natividad Obeso", "AMUMRA", "AR", "participant", "es"),
    (
        "Pooja",
        "Srijan Foundation / Jharkhand Anti-Trafficking Network",
        "IN",
        "participant",
        "hi en",
    ),
    ("Muluken Shiferaw", "OPRIFS", "ET", "participant", "am en"),
    ("Amin Muftiyanah", "Yasanti", "ID", "participant", "id"),
    ("Alex Au", "TWC2", "SG", "participant", "en"),
    ("Diana Cano", "", "MX", "facilitator", "es en"),
    ("Chus Alvarez", "", "CO", "facilitator", "es en"),
    ("Graziella Rocha", "ASBRAD", "BR", "participant", "pt es"),
    (
        "Livia Valensise",
        "Ban Ying",
        "DE",
        "participant",
        "de en it",
    ),
    ("Alison Clancey", "SWAN", "CA", "participant", "en"),
    (
        "Francien Winsemius",
        "FairWork",
        "NL",
        "participant",
        "nl en",
    ),
    ("Farah Salka", "ARM", "LB", "participant", "ar en"),
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
        organisations: ORGANISATIONS.iter().map(new_organisation).collect(),
        // Everyone in the demo speaks on a public agenda, so is listed.
        people: PEOPLE
            .iter()
            .map(|(name, org, country, role, languages)| NewPerson {
                display_name: (*name).into(),
                organisation: (!org.is_empty()).then(|| organisation_name(org).into()),
                country: Some(Country::parse(country).expect("demo country codes are valid")),
                role: PersonRole::parse(role).expect("demo roles are valid"),
                languages: LanguageTag::parse_list(languages).expect("demo languages are valid"),
                email: None,
                visibility: Visibility::Listed,
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

fn new_organisation(o: &DemoOrg) -> NewOrganisation {
    let list = |s: &str| {
        s.split('|')
            .filter(|x| !x.is_empty())
            .map(str::to_owned)
            .collect()
    };
    NewOrganisation {
        name: o.name.into(),
        acronym: (!o.acronym.is_empty()).then(|| o.acronym.into()),
        country: Some(Country::parse(o.country).expect("demo country codes are valid")),
        sectors: list(o.sectors),
        tags: Vec::new(),
        services: list(o.services),
        languages: LanguageTag::parse_list(o.languages).expect("demo languages are valid"),
        website: (!o.website.is_empty()).then(|| o.website.into()),
        corridors: o
            .corridors
            .split_whitespace()
            .map(|c| Corridor::parse(c).expect("demo corridors are valid"))
            .collect(),
    }
}

/// The full name of a demo organisation from the short name the agenda uses.
fn organisation_name(short: &str) -> &'static str {
    ORGANISATIONS
        .iter()
        .find(|o| o.acronym == short || o.name == short)
        .map(|o| o.name)
        .unwrap_or_else(|| panic!("demo organisation {short:?} is listed in ORGANISATIONS"))
}

/// The open space's rounds and tables: the first open-space session is one
/// round, the second (two hours) two; six tables of twelve and a room with
/// interpretation. The agenda's topics wait, unplaced, for conveners.
pub async fn set_up_open_space(
    store: &crate::store::Store,
    consultation_id: i64,
) -> Result<(), crate::store::StoreError> {
    let sessions = store
        .sessions(consultation_id, crate::domain::Viewer::Organiser)
        .await?;
    let mut number = 0;
    for session in sessions.iter().filter(|s| s.kind == SessionKind::OpenSpace) {
        let length = session.ends_at.duration_since(session.starts_at);
        let halves = if length > jiff::SignedDuration::from_mins(90) {
            2
        } else {
            1
        };
        let step = length / halves;
        for half in 0..halves {
            number += 1;
            let start = session.starts_at + step * half;
            store
                .create_round(
                    consultation_id,
                    Some(session.id),
                    &format!("Round {number}"),
                    start,
                    start + step,
                )
                .await?;
        }
    }
    for table in 1..=6 {
        let space = crate::domain::open_space::SpaceInput::new(&format!("Table {table}"), 12, "")?;
        store.create_space(consultation_id, &space).await?;
    }
    let room = crate::domain::open_space::SpaceInput::new("Room B", 25, "en es")?;
    store.create_space(consultation_id, &room).await?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::directory::{SECTORS, SERVICES, parse_keys};

    #[test]
    fn demo_bundle_is_valid() {
        let bundle = bundle(jiff::civil::date(2027, 3, 2));
        bundle.validate().unwrap();
        for o in &bundle.organisations {
            parse_keys("sectors", &o.sectors.join("|"), SECTORS).unwrap();
            parse_keys("services", &o.services.join("|"), SERVICES).unwrap();
        }
        assert_eq!(bundle.consultation.end_date, jiff::civil::date(2027, 3, 4));
        assert_eq!(bundle.people.len(), 14);
    }
}
