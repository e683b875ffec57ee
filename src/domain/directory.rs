//! The directory: organisations, what they do and on which migration
//! corridors, and who may see each person.

use std::fmt;

use super::{
    Country, LanguageTag, OrganisationRef, ValidationError, program::NAME_MAX, required_text,
};

/// Who may see a person in listings, pages, exports, counts and the API.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Visibility {
    /// Listed to every participant.
    Listed,
    /// Seen by organisers only: the safe default.
    #[default]
    Organisers,
    /// Kept off every list; organisers still manage the record.
    Hidden,
}

impl Visibility {
    pub fn as_str(self) -> &'static str {
        match self {
            Visibility::Listed => "listed",
            Visibility::Organisers => "organisers",
            Visibility::Hidden => "hidden",
        }
    }

    pub fn parse(input: &str) -> Result<Self, ValidationError> {
        match input.trim().to_ascii_lowercase().as_str() {
            "listed" => Ok(Visibility::Listed),
            "organisers" | "organizers" => Ok(Visibility::Organisers),
            "hidden" => Ok(Visibility::Hidden),
            _ => Err(ValidationError::Invalid {
                field: "visibility",
                value: input.to_owned(),
                expected: "listed, organisers or hidden",
            }),
        }
    }
}

/// Who is looking. Sign-in arrives with accounts; until then every request
/// is an organiser's, but every listing already asks this type.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Viewer {
    Organiser,
    Participant,
    Anonymous,
}

impl Viewer {
    /// The one visibility rule: organisers see everyone (to manage them),
    /// participants see listed people, anonymous visitors see nobody.
    pub fn can_see(self, visibility: Visibility) -> bool {
        match self {
            Viewer::Organiser => true,
            Viewer::Participant => visibility == Visibility::Listed,
            Viewer::Anonymous => false,
        }
    }

    /// Facilitators and speakers on the program: anyone who may read the
    /// program (anonymous visitors only reach it when the organiser made it
    /// public) sees the listed ones; the others follow [`Viewer::can_see`].
    pub fn can_see_on_program(self, visibility: Visibility) -> bool {
        visibility == Visibility::Listed || self.can_see(visibility)
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PersonRole {
    Organiser,
    Facilitator,
    Participant,
}

impl PersonRole {
    pub fn as_str(self) -> &'static str {
        match self {
            PersonRole::Organiser => "organiser",
            PersonRole::Facilitator => "facilitator",
            PersonRole::Participant => "participant",
        }
    }

    pub fn parse(input: &str) -> Result<Self, ValidationError> {
        match input.trim().to_ascii_lowercase().as_str() {
            "organiser" | "organizer" => Ok(PersonRole::Organiser),
            "facilitator" => Ok(PersonRole::Facilitator),
            "participant" | "" => Ok(PersonRole::Participant),
            _ => Err(ValidationError::Invalid {
                field: "role",
                value: input.to_owned(),
                expected: "organiser, facilitator or participant",
            }),
        }
    }
}

/// Sectors of work: a fixed list, translated in the UI; organisations add free tags.
pub const SECTORS: &[&str] = &[
    "domestic-work",
    "sex-work",
    "construction",
    "agriculture",
    "fishing",
    "manufacturing",
    "hospitality",
    "care-work",
    "entertainment",
];

/// Services an organisation offers.
pub const SERVICES: &[&str] = &[
    "legal-aid",
    "shelter",
    "hotline",
    "pre-departure-information",
    "outreach",
    "counselling",
    "health-care",
    "reintegration",
    "organising",
    "advocacy",
    "research",
];

/// Checks each value against a fixed list; accepts spaces or underscores for dashes.
pub fn parse_keys(
    field: &'static str,
    input: &str,
    allowed: &'static [&'static str],
) -> Result<Vec<String>, ValidationError> {
    input
        .split(['|', ','])
        .map(|s| s.trim().to_lowercase().replace([' ', '_'], "-"))
        .filter(|s| !s.is_empty())
        .map(|key| match allowed.contains(&key.as_str()) {
            true => Ok(key),
            false => Err(ValidationError::Invalid {
                field,
                value: key,
                expected: "one of the listed values",
            }),
        })
        .collect()
}

/// A migration corridor: people moving from `origin` to `destination`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Corridor {
    pub origin: Country,
    pub destination: Country,
}

impl Corridor {
    /// Parses `ID>SG`, `ID-SG`, `ID→SG` or `Indonesia > Singapore`.
    pub fn parse(input: &str) -> Result<Self, ValidationError> {
        let invalid = || ValidationError::Invalid {
            field: "corridor",
            value: input.to_owned(),
            expected: "ORIGIN>DESTINATION, such as ID>SG",
        };
        let (origin, destination) = ['>', '→', '-']
            .iter()
            .find_map(|sep| input.split_once(*sep))
            .filter(|(o, d)| !o.trim().is_empty() && !d.trim().is_empty())
            .ok_or_else(invalid)?;
        let corridor = Corridor {
            origin: Country::parse(origin)?,
            destination: Country::parse(destination)?,
        };
        if corridor.origin == corridor.destination {
            return Err(ValidationError::Invalid {
                field: "corridor",
                value: input.to_owned(),
                expected: "two different countries",
            });
        }
        Ok(corridor)
    }

    /// Parses a list such as `ID>SG|ID>MY`, `ID>SG, ID>MY` or `ID>SG ID>MY`
    /// (as older exports wrote it), without repeats.
    pub fn parse_list(input: &str) -> Result<Vec<Self>, ValidationError> {
        let mut list = Vec::new();
        for piece in input.split(['|', ',', ';', '\n']).map(str::trim) {
            if piece.is_empty() {
                continue;
            }
            let parsed = match Corridor::parse(piece) {
                Ok(c) => vec![c],
                // "ID>SG ID>MY": pairs written with spaces between them.
                Err(e) => piece
                    .split_whitespace()
                    .map(Corridor::parse)
                    .collect::<Result<Vec<_>, _>>()
                    .map_err(|_| e)?,
            };
            for corridor in parsed {
                if !list.contains(&corridor) {
                    list.push(corridor);
                }
            }
        }
        Ok(list)
    }

    /// The form used in CSV files: `ID>SG`.
    pub fn pair(&self) -> String {
        format!("{}>{}", self.origin.code(), self.destination.code())
    }

    /// The form used in URLs and exports: `ID-SG`.
    pub fn key(&self) -> String {
        format!("{}-{}", self.origin.code(), self.destination.code())
    }
}

impl fmt::Display for Corridor {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} → {}", self.origin.name(), self.destination.name())
    }
}

#[derive(Debug, Clone, Default, PartialEq)]
pub struct NewOrganisation {
    pub name: String,
    pub acronym: Option<String>,
    pub country: Option<Country>,
    pub sectors: Vec<String>,
    pub tags: Vec<String>,
    pub services: Vec<String>,
    pub languages: Vec<LanguageTag>,
    pub website: Option<String>,
    pub corridors: Vec<Corridor>,
}

/// Splits `sectors` as a file gives them: the fixed sector keys, and the
/// organisation's own tags for the rest.
pub fn sectors_and_tags(input: &str) -> (Vec<String>, Vec<String>) {
    let mut sectors = Vec::new();
    let mut tags = Vec::new();
    for value in input
        .split(['|', ','])
        .map(str::trim)
        .filter(|s| !s.is_empty())
    {
        let key = value.to_lowercase().replace([' ', '_'], "-");
        let (list, item) = match SECTORS.contains(&key.as_str()) {
            true => (&mut sectors, key),
            false => (&mut tags, value.to_owned()),
        };
        if !list.contains(&item) {
            list.push(item);
        }
    }
    (sectors, tags)
}

/// Which of an organisation's fields a change sets: an import leaves alone
/// what its file has no column for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct OrganisationFields {
    /// Off where the name only says which organisation is meant (in the
    /// participants' list, by name or acronym).
    pub name: bool,
    pub acronym: bool,
    pub country: bool,
    pub website: bool,
    pub sectors: bool,
    pub services: bool,
    pub languages: bool,
    pub corridors: bool,
}

impl OrganisationFields {
    pub const ALL: OrganisationFields = OrganisationFields {
        name: true,
        acronym: true,
        country: true,
        website: true,
        sectors: true,
        services: true,
        languages: true,
        corridors: true,
    };
}

impl NewOrganisation {
    pub fn validate(&self) -> Result<(), ValidationError> {
        required_text("organisation name", &self.name, NAME_MAX)?;
        if let Some(site) = &self.website
            && !(site.starts_with("https://") || site.starts_with("http://"))
        {
            return Err(ValidationError::Invalid {
                field: "website",
                value: site.clone(),
                expected: "an address starting with https://",
            });
        }
        Ok(())
    }
}

#[derive(Debug, Clone)]
pub struct NewPerson {
    pub display_name: String,
    /// Name of an organisation in the same bundle.
    pub organisation: Option<String>,
    pub country: Option<Country>,
    pub role: PersonRole,
    pub languages: Vec<LanguageTag>,
    pub email: Option<String>,
    pub visibility: Visibility,
}

impl NewPerson {
    pub fn validate(&self) -> Result<(), ValidationError> {
        required_text("name", &self.display_name, NAME_MAX)?;
        if let Some(email) = &self.email {
            validate_email(email)?;
        }
        Ok(())
    }
}

/// A light check that catches typing slips; the address is never mailed here.
pub fn validate_email(email: &str) -> Result<(), ValidationError> {
    let ok = email.len() <= 254
        && !email.contains(char::is_whitespace)
        && email.split_once('@').is_some_and(|(local, domain)| {
            !local.is_empty()
                && domain.contains('.')
                && !domain.starts_with('.')
                && !domain.ends_with('.')
        });
    if ok {
        Ok(())
    } else {
        Err(ValidationError::Invalid {
            field: "email",
            value: email.to_owned(),
            expected: "an address such as name@example.org",
        })
    }
}

#[derive(Debug, Clone)]
pub struct Organisation {
    pub id: i64,
    pub name: String,
    pub acronym: Option<String>,
    pub country: Option<Country>,
    pub sectors: Vec<String>,
    pub tags: Vec<String>,
    pub services: Vec<String>,
    pub languages: Vec<String>,
    pub website: Option<String>,
    pub corridors: Vec<Corridor>,
}

impl Organisation {
    pub fn as_ref(&self) -> OrganisationRef {
        OrganisationRef {
            id: self.id,
            name: self.name.clone(),
            acronym: self.acronym.clone(),
        }
    }

    pub fn short_name(&self) -> &str {
        self.acronym.as_deref().unwrap_or(&self.name)
    }

    /// The organisation as a change would set it.
    pub fn to_new(&self) -> NewOrganisation {
        NewOrganisation {
            name: self.name.clone(),
            acronym: self.acronym.clone(),
            country: self.country,
            sectors: self.sectors.clone(),
            tags: self.tags.clone(),
            services: self.services.clone(),
            languages: self
                .languages
                .iter()
                .filter_map(|l| LanguageTag::parse(l).ok())
                .collect(),
            website: self.website.clone(),
            corridors: self.corridors.clone(),
        }
    }

    /// `other` folded into this one: its lists added, and the fields this
    /// one lacks taken from it.
    pub fn merged_with(&self, other: &Organisation) -> NewOrganisation {
        let mut merged = self.to_new();
        let theirs = other.to_new();
        merged.acronym = merged.acronym.or(theirs.acronym);
        merged.country = merged.country.or(theirs.country);
        merged.website = merged.website.or(theirs.website);
        for (mine, more) in [
            (&mut merged.sectors, theirs.sectors),
            (&mut merged.tags, theirs.tags),
            (&mut merged.services, theirs.services),
        ] {
            for item in more {
                if !mine.contains(&item) {
                    mine.push(item);
                }
            }
        }
        for language in theirs.languages {
            if !merged.languages.contains(&language) {
                merged.languages.push(language);
            }
        }
        for corridor in theirs.corridors {
            if !merged.corridors.contains(&corridor) {
                merged.corridors.push(corridor);
            }
        }
        merged
    }
}

#[derive(Debug, Clone)]
pub struct Person {
    pub id: i64,
    pub display_name: String,
    pub organisation_id: Option<i64>,
    pub country: Option<Country>,
    pub role: PersonRole,
    pub languages: Vec<String>,
    pub email: Option<String>,
    pub visibility: Visibility,
    pub consents: super::Consents,
}

/// What one viewer may see of the directory: the people visible to them, and
/// the organisations that have one of those people or have no people at all
/// (an organisation whose people are all unlisted would reveal that they came).
#[derive(Debug, Clone, Default)]
pub struct Directory {
    pub organisations: Vec<Organisation>,
    pub people: Vec<Person>,
}

impl Directory {
    /// The one visibility filter every listing, page, export and API answer uses.
    pub fn visible_to(
        viewer: Viewer,
        organisations: Vec<Organisation>,
        people: Vec<Person>,
    ) -> Self {
        let has_people =
            |org: &Organisation| people.iter().any(|p| p.organisation_id == Some(org.id));
        let visible: Vec<Person> = people
            .iter()
            .filter(|p| viewer.can_see(p.visibility))
            .cloned()
            .collect();
        let organisations = organisations
            .into_iter()
            .filter(|o| {
                viewer == Viewer::Organiser
                    || (viewer != Viewer::Anonymous
                        && (!has_people(o)
                            || visible.iter().any(|p| p.organisation_id == Some(o.id))))
            })
            .collect();
        Directory {
            organisations,
            people: visible,
        }
    }

    pub fn organisation(&self, id: i64) -> Option<&Organisation> {
        self.organisations.iter().find(|o| o.id == id)
    }

    pub fn people_of(&self, organisation_id: i64) -> impl Iterator<Item = &Person> {
        self.people
            .iter()
            .filter(move |p| p.organisation_id == Some(organisation_id))
    }

    /// Organisations and people matching a filter, both sorted by name.
    pub fn search(&self, filter: &DirectoryFilter) -> (Vec<&Organisation>, Vec<&Person>) {
        let mut orgs: Vec<_> = self
            .organisations
            .iter()
            .filter(|o| filter.matches_organisation(o))
            .collect();
        let mut people: Vec<_> = self
            .people
            .iter()
            .filter(|p| {
                filter.matches_person(p, p.organisation_id.and_then(|id| self.organisation(id)))
            })
            .collect();
        orgs.sort_by_key(|o| o.name.to_lowercase());
        people.sort_by_key(|p| p.display_name.to_lowercase());
        (orgs, people)
    }

    /// Every corridor among the organisations, with how many work on it,
    /// most shared first.
    pub fn corridor_counts(&self) -> Vec<(Corridor, usize)> {
        let mut counts: std::collections::BTreeMap<Corridor, usize> = Default::default();
        for corridor in self.organisations.iter().flat_map(|o| &o.corridors) {
            *counts.entry(*corridor).or_default() += 1;
        }
        let mut list: Vec<_> = counts.into_iter().collect();
        list.sort_by(|a, b| {
            b.1.cmp(&a.1)
                .then_with(|| a.0.to_string().cmp(&b.0.to_string()))
        });
        list
    }

    /// The organisations working on a corridor, split by where they are:
    /// at the origin end, at the destination end, or elsewhere.
    pub fn corridor_ends(&self, corridor: Corridor) -> CorridorEnds<'_> {
        let mut ends = CorridorEnds::default();
        for org in self
            .organisations
            .iter()
            .filter(|o| o.corridors.contains(&corridor))
        {
            match org.country {
                Some(c) if c == corridor.origin => ends.origin.push(org),
                Some(c) if c == corridor.destination => ends.destination.push(org),
                _ => ends.elsewhere.push(org),
            }
        }
        ends
    }
}

#[derive(Debug, Default)]
pub struct CorridorEnds<'a> {
    pub origin: Vec<&'a Organisation>,
    pub destination: Vec<&'a Organisation>,
    pub elsewhere: Vec<&'a Organisation>,
}

/// Search and filters of the directory pages.
#[derive(Debug, Clone, Default)]
pub struct DirectoryFilter {
    pub query: Option<String>,
    pub country: Option<Country>,
    pub sector: Option<String>,
    pub language: Option<String>,
    pub corridor: Option<Corridor>,
}

impl DirectoryFilter {
    fn name_matches(&self, names: &[&str]) -> bool {
        let Some(q) = self
            .query
            .as_deref()
            .map(str::trim)
            .filter(|q| !q.is_empty())
        else {
            return true;
        };
        let q = q.to_lowercase();
        names.iter().any(|n| n.to_lowercase().contains(&q))
    }

    pub fn matches_organisation(&self, o: &Organisation) -> bool {
        let names = [o.name.as_str(), o.acronym.as_deref().unwrap_or("")];
        self.name_matches(&names)
            && self.country.is_none_or(|c| o.country == Some(c))
            && self
                .sector
                .as_ref()
                .is_none_or(|s| o.sectors.contains(s) || o.tags.contains(s))
            && self
                .language
                .as_ref()
                .is_none_or(|l| o.languages.contains(l))
            && self.corridor.is_none_or(|c| o.corridors.contains(&c))
    }

    /// People match sector and corridor through their organisation.
    pub fn matches_person(&self, p: &Person, org: Option<&Organisation>) -> bool {
        let org_name = org.map_or("", |o| o.name.as_str());
        let org_acronym = org.and_then(|o| o.acronym.as_deref()).unwrap_or("");
        self.name_matches(&[&p.display_name, org_name, org_acronym])
            && self.country.is_none_or(|c| p.country == Some(c))
            && self
                .language
                .as_ref()
                .is_none_or(|l| p.languages.contains(l))
            && self
                .sector
                .as_ref()
                .is_none_or(|s| org.is_some_and(|o| o.sectors.contains(s) || o.tags.contains(s)))
            && self
                .corridor
                .is_none_or(|c| org.is_some_and(|o| o.corridors.contains(&c)))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn visibility_rule() {
        assert!(Viewer::Participant.can_see(Visibility::Listed));
        assert!(!Viewer::Participant.can_see(Visibility::Organisers));
        assert!(!Viewer::Participant.can_see(Visibility::Hidden));
        assert!(Viewer::Organiser.can_see(Visibility::Hidden));
        assert!(!Viewer::Anonymous.can_see(Visibility::Listed));
        assert_eq!(Visibility::default(), Visibility::Organisers);
        assert!(Viewer::Anonymous.can_see_on_program(Visibility::Listed));
        assert!(!Viewer::Anonymous.can_see_on_program(Visibility::Organisers));
        assert!(!Viewer::Participant.can_see_on_program(Visibility::Hidden));
        for v in [
            Visibility::Listed,
            Visibility::Organisers,
            Visibility::Hidden,
        ] {
            assert_eq!(Visibility::parse(v.as_str()).unwrap(), v);
        }
    }

    fn org(id: i64, name: &str, country: &str, corridors: &[&str]) -> Organisation {
        Organisation {
            id,
            name: name.into(),
            acronym: None,
            country: Some(Country::parse(country).unwrap()),
            sectors: vec!["domestic-work".into()],
            tags: vec![],
            services: vec![],
            languages: vec!["en".into()],
            website: None,
            corridors: corridors
                .iter()
                .map(|c| Corridor::parse(c).unwrap())
                .collect(),
        }
    }

    fn person(id: i64, name: &str, org: i64, visibility: Visibility) -> Person {
        Person {
            id,
            display_name: name.into(),
            organisation_id: Some(org),
            country: None,
            role: PersonRole::Participant,
            languages: vec!["id".into()],
            email: None,
            visibility,
            consents: Default::default(),
        }
    }

    fn sample() -> (Vec<Organisation>, Vec<Person>) {
        (
            vec![
                org(1, "Yasanti", "ID", &["ID>SG", "ID>MY"]),
                org(2, "Transient Workers Count Too", "SG", &["ID>SG", "BD>SG"]),
                org(3, "Secret Collective", "TH", &["MM>TH"]),
                org(4, "GAATW-IS", "TH", &["ID>SG"]),
            ],
            vec![
                person(1, "Amin", 1, Visibility::Listed),
                person(2, "Alex", 2, Visibility::Listed),
                person(3, "Nobody-knows", 3, Visibility::Hidden),
                person(4, "Only-organisers", 2, Visibility::Organisers),
            ],
        )
    }

    #[test]
    fn participants_see_listed_people_and_no_organisation_that_would_reveal_the_unlisted() {
        let (orgs, people) = sample();
        let d = Directory::visible_to(Viewer::Participant, orgs.clone(), people.clone());
        let names: Vec<_> = d.people.iter().map(|p| p.display_name.as_str()).collect();
        assert_eq!(names, ["Amin", "Alex"]);
        let orgs_seen: Vec<_> = d.organisations.iter().map(|o| o.id).collect();
        assert_eq!(
            orgs_seen,
            [1, 2, 4],
            "the collective of a hidden person stays hidden"
        );
        let all = Directory::visible_to(Viewer::Organiser, orgs.clone(), people.clone());
        assert_eq!((all.people.len(), all.organisations.len()), (4, 4));
        let none = Directory::visible_to(Viewer::Anonymous, orgs, people);
        assert!(none.people.is_empty() && none.organisations.is_empty());
    }

    #[test]
    fn corridor_view_splits_by_end() {
        let (orgs, people) = sample();
        let d = Directory::visible_to(Viewer::Participant, orgs, people);
        let ends = d.corridor_ends(Corridor::parse("ID>SG").unwrap());
        assert_eq!(ends.origin.iter().map(|o| o.id).collect::<Vec<_>>(), [1]);
        assert_eq!(
            ends.destination.iter().map(|o| o.id).collect::<Vec<_>>(),
            [2]
        );
        assert_eq!(ends.elsewhere.iter().map(|o| o.id).collect::<Vec<_>>(), [4]);
        let counts = d.corridor_counts();
        assert_eq!(counts[0], (Corridor::parse("ID>SG").unwrap(), 3));
        assert!(
            !counts.iter().any(|(c, _)| c.key() == "MM-TH"),
            "hidden organisation's corridor leaks"
        );
    }

    #[test]
    fn filters_combine() {
        let (orgs, people) = sample();
        let d = Directory::visible_to(Viewer::Organiser, orgs, people);
        let corridor = DirectoryFilter {
            corridor: Some(Corridor::parse("BD>SG").unwrap()),
            ..Default::default()
        };
        let (o, p) = d.search(&corridor);
        assert_eq!(o.iter().map(|o| o.id).collect::<Vec<_>>(), [2]);
        assert_eq!(p.iter().map(|p| p.id).collect::<Vec<_>>(), [2, 4]);
        let query = DirectoryFilter {
            query: Some("transient".into()),
            ..Default::default()
        };
        assert_eq!(
            d.search(&query).1.len(),
            2,
            "people match by their organisation's name"
        );
        let country = DirectoryFilter {
            country: Some(Country::parse("TH").unwrap()),
            ..Default::default()
        };
        assert_eq!(d.search(&country).0.len(), 2);
    }

    #[test]
    fn corridors() {
        let c = Corridor::parse("ID>SG").unwrap();
        assert_eq!(c.key(), "ID-SG");
        assert_eq!(Corridor::parse("Indonesia → Singapore").unwrap(), c);
        assert_eq!(Corridor::parse("id-sg").unwrap(), c);
        assert!(Corridor::parse("Indonesia").is_err());
        assert!(Corridor::parse("ID>Atlantis").is_err());
        assert!(
            matches!(Corridor::parse("ID>"), Err(ValidationError::Invalid { .. })),
            "half a corridor says what a corridor is"
        );
        assert!(Corridor::parse("SG>SG").is_err());
    }

    #[test]
    fn sector_keys() {
        assert_eq!(
            parse_keys("sectors", "Domestic work|sex_work", SECTORS).unwrap(),
            ["domestic-work", "sex-work"]
        );
        assert!(parse_keys("sectors", "astronauts", SECTORS).is_err());
    }
}
