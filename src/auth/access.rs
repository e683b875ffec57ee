//! The access table: every route with the rule that decides who may reach
//! it. The router is built from this table and a middleware enforces it on
//! every request, so no handler can forget its check; a route missing from
//! the table is denied to everyone.

use super::Role;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Rule {
    /// Anyone, signed in or not: sign-in, health, assets.
    Anyone,
    /// The program: anyone when the organiser made it public; otherwise any
    /// signed-in session, the screen included.
    Program,
    /// Signed-in people: participants, facilitators, organisers. Not the
    /// screen, which shows no personal data.
    People,
    /// Organisers only.
    Organisers,
}

impl Rule {
    pub fn allows(self, role: Role, program_public: bool) -> bool {
        match self {
            Rule::Anyone => true,
            Rule::Program => program_public || role != Role::Anonymous,
            Rule::People => matches!(
                role,
                Role::Organiser | Role::Facilitator | Role::Participant
            ),
            Rule::Organisers => role == Role::Organiser,
        }
    }
}

/// (method, path as the router knows it, rule). The router registers exactly
/// these routes.
pub const ROUTES: &[(&str, &str, Rule)] = &[
    ("GET", "/", Rule::Program),
    ("GET", "/program", Rule::Program),
    ("GET", "/program/{date}", Rule::Program),
    ("GET", "/sessions/{id}", Rule::Program),
    ("GET", "/sessions/{id}/floor", Rule::People),
    ("GET", "/sessions/{id}/screen", Rule::Program),
    ("POST", "/sessions/{id}/floor/settings", Rule::People),
    ("POST", "/sessions/{id}/summary", Rule::People),
    ("POST", "/sessions/{id}/questions", Rule::People),
    ("POST", "/questions/{id}/vote", Rule::People),
    ("POST", "/questions/{id}/moderate", Rule::People),
    ("POST", "/questions/{id}/merge", Rule::People),
    ("POST", "/questions/{id}/trace", Rule::Organisers),
    ("POST", "/sessions/{id}/queue", Rule::People),
    ("POST", "/sessions/{id}/queue/withdraw", Rule::People),
    ("POST", "/sessions/{id}/queue/next", Rule::People),
    ("POST", "/sessions/{id}/queue/end", Rule::People),
    ("POST", "/sessions/{id}/queue/{request}", Rule::People),
    ("GET", "/program.ics", Rule::Program),
    ("GET", "/sessions/{id}/calendar.ics", Rule::Program),
    ("GET", "/export/schedule.xml", Rule::Program),
    ("GET", "/export/schedule.json", Rule::Program),
    ("GET", "/people", Rule::People),
    ("GET", "/organisations", Rule::People),
    ("GET", "/organisations/{id}", Rule::People),
    ("GET", "/corridors", Rule::People),
    ("GET", "/corridors/{key}", Rule::People),
    ("GET", "/export/organisations.csv", Rule::People),
    ("GET", "/export/hsds.zip", Rule::People),
    ("GET", "/export/people.csv", Rule::Organisers),
    ("GET", "/import/participants", Rule::Organisers),
    ("GET", "/import/program", Rule::Organisers),
    ("POST", "/import/program", Rule::Organisers),
    ("GET", "/admin/program", Rule::Organisers),
    ("POST", "/admin/consultation", Rule::Organisers),
    ("POST", "/admin/rooms", Rule::Organisers),
    ("POST", "/admin/rooms/{id}", Rule::Organisers),
    ("POST", "/admin/rooms/{id}/delete", Rule::Organisers),
    ("POST", "/admin/sessions", Rule::Organisers),
    ("GET", "/admin/sessions/new", Rule::Organisers),
    ("GET", "/admin/sessions/{id}", Rule::Organisers),
    ("POST", "/admin/sessions/{id}", Rule::Organisers),
    ("POST", "/admin/sessions/{id}/cancel", Rule::Organisers),
    ("POST", "/admin/sessions/{id}/duplicate", Rule::Organisers),
    ("POST", "/admin/sessions/{id}/people", Rule::Organisers),
    ("POST", "/import/participants", Rule::Organisers),
    ("GET", "/admin/audit", Rule::Organisers),
    ("POST", "/admin/program-visibility", Rule::Organisers),
    ("GET", "/admin/invitations", Rule::Organisers),
    ("POST", "/admin/invitations", Rule::Organisers),
    ("POST", "/admin/invitations/{id}/revoke", Rule::Organisers),
    ("GET", "/account", Rule::People),
    ("POST", "/account", Rule::People),
    ("GET", "/account/data.json", Rule::People),
    ("POST", "/admin/people/{id}/erase", Rule::Organisers),
    ("POST", "/signout", Rule::Anyone),
    ("POST", "/signout/everywhere", Rule::People),
    ("GET", "/signin", Rule::Anyone),
    ("POST", "/signin", Rule::Anyone),
    ("POST", "/account/password", Rule::Organisers),
    ("GET", "/admin/access", Rule::Organisers),
    ("POST", "/admin/organisers/{id}/remove", Rule::Organisers),
    ("POST", "/admin/screens", Rule::Organisers),
    ("POST", "/admin/screens/signout", Rule::Organisers),
    ("POST", "/admin/retention", Rule::Organisers),
    ("POST", "/admin/api-tokens", Rule::Organisers),
    ("POST", "/admin/api-tokens/{id}/revoke", Rule::Organisers),
    ("GET", "/signin/{token}", Rule::Anyone),
    ("POST", "/signin/{token}", Rule::Anyone),
    ("GET", "/open-space", Rule::Program),
    ("GET", "/open-space/screen", Rule::Program),
    ("GET", "/open-space/setup", Rule::Organisers),
    ("GET", "/open-space/suggest", Rule::Organisers),
    ("POST", "/open-space/suggest", Rule::Organisers),
    ("GET", "/open-space/print", Rule::Organisers),
    ("GET", "/open-space/sheets", Rule::Organisers),
    ("POST", "/open-space/topics", Rule::People),
    ("POST", "/open-space/rounds", Rule::Organisers),
    ("POST", "/open-space/rounds/{id}/delete", Rule::Organisers),
    ("POST", "/open-space/spaces", Rule::Organisers),
    ("POST", "/open-space/spaces/{id}", Rule::Organisers),
    ("POST", "/open-space/spaces/{id}/delete", Rule::Organisers),
    ("POST", "/open-space/notices/dismiss", Rule::People),
    ("GET", "/topics/{id}", Rule::Program),
    ("POST", "/topics/{id}/edit", Rule::People),
    ("POST", "/topics/{id}/withdraw", Rule::People),
    ("POST", "/topics/{id}/adopt", Rule::People),
    ("POST", "/topics/{id}/mark", Rule::People),
    ("POST", "/topics/{id}/place", Rule::People),
    ("POST", "/topics/{id}/join", Rule::People),
    ("POST", "/topics/{id}/leave", Rule::People),
    ("POST", "/topics/{id}/wait", Rule::People),
    ("POST", "/topics/{id}/notes", Rule::People),
    ("POST", "/topics/{id}/note-takers", Rule::People),
    ("GET", "/export/signups.csv", Rule::Organisers),
    // Organisers always; others once it is published (the handler checks).
    ("GET", "/report", Rule::Program),
    ("POST", "/report", Rule::Organisers),
    ("GET", "/report/file", Rule::Program),
    ("GET", "/api/v1/report", Rule::Program),
    ("GET", "/events", Rule::Program),
    ("GET", "/healthz", Rule::Anyone),
    ("POST", "/language", Rule::Anyone),
    ("GET", "/assets/{name}", Rule::Anyone),
    ("GET", "/api/v1/openapi.json", Rule::Anyone),
    ("GET", "/api/v1/consultation", Rule::Program),
    ("GET", "/api/v1/sessions", Rule::Program),
    ("GET", "/api/v1/sessions/{id}", Rule::Program),
    ("GET", "/api/v1/people", Rule::People),
    ("GET", "/api/v1/people/{id}", Rule::People),
    ("GET", "/api/v1/organisations", Rule::People),
    ("GET", "/api/v1/organisations/{id}", Rule::People),
    ("GET", "/api/v1/corridors", Rule::People),
    ("GET", "/api/v1/corridors/{key}", Rule::People),
    ("GET", "/api/v1/open-space", Rule::Program),
    ("PUT", "/api/v1/consultation", Rule::Organisers),
    ("GET", "/api/v1/rooms", Rule::Program),
    ("POST", "/api/v1/rooms", Rule::Organisers),
    ("PUT", "/api/v1/rooms/{id}", Rule::Organisers),
    ("DELETE", "/api/v1/rooms/{id}", Rule::Organisers),
    ("POST", "/api/v1/sessions", Rule::Organisers),
    ("PUT", "/api/v1/sessions/{id}", Rule::Organisers),
    ("POST", "/api/v1/sessions/{id}/cancel", Rule::Organisers),
    ("POST", "/api/v1/sessions/{id}/duplicate", Rule::Organisers),
    ("GET", "/api/v1/program/warnings", Rule::Organisers),
    ("POST", "/api/v1/import/program", Rule::Organisers),
    ("GET", "/api/v1/sessions/{id}/floor", Rule::People),
    ("PUT", "/api/v1/sessions/{id}/floor/settings", Rule::People),
    ("PUT", "/api/v1/sessions/{id}/summary", Rule::People),
    ("POST", "/api/v1/sessions/{id}/questions", Rule::People),
    ("POST", "/api/v1/questions/{id}/vote", Rule::People),
    ("DELETE", "/api/v1/questions/{id}/vote", Rule::People),
    ("POST", "/api/v1/questions/{id}/moderate", Rule::People),
    ("POST", "/api/v1/questions/{id}/merge", Rule::People),
    ("POST", "/api/v1/questions/{id}/trace", Rule::Organisers),
    ("POST", "/api/v1/sessions/{id}/queue", Rule::People),
    ("DELETE", "/api/v1/sessions/{id}/queue", Rule::People),
    ("POST", "/api/v1/sessions/{id}/queue/next", Rule::People),
    ("POST", "/api/v1/sessions/{id}/queue/end", Rule::People),
    (
        "POST",
        "/api/v1/sessions/{id}/queue/{request}",
        Rule::People,
    ),
    ("POST", "/api/v1/open-space/topics", Rule::People),
    ("POST", "/api/v1/open-space/rounds", Rule::Organisers),
    ("DELETE", "/api/v1/open-space/rounds/{id}", Rule::Organisers),
    ("POST", "/api/v1/open-space/spaces", Rule::Organisers),
    ("PUT", "/api/v1/open-space/spaces/{id}", Rule::Organisers),
    ("DELETE", "/api/v1/open-space/spaces/{id}", Rule::Organisers),
    ("PUT", "/api/v1/topics/{id}", Rule::People),
    ("POST", "/api/v1/topics/{id}/withdraw", Rule::People),
    ("POST", "/api/v1/topics/{id}/adopt", Rule::People),
    ("POST", "/api/v1/topics/{id}/mark", Rule::People),
    ("POST", "/api/v1/topics/{id}/place", Rule::People),
    ("POST", "/api/v1/topics/{id}/join", Rule::People),
    ("POST", "/api/v1/topics/{id}/leave", Rule::People),
    ("POST", "/api/v1/topics/{id}/wait", Rule::People),
    ("GET", "/api/v1/topics/{id}/notes", Rule::People),
    ("PUT", "/api/v1/topics/{id}/notes", Rule::People),
];

/// The rule for a request, or `None`: denied.
pub fn rule(method: &str, path: &str) -> Option<Rule> {
    // HEAD is answered like GET by the router.
    let method = if method == "HEAD" { "GET" } else { method };
    ROUTES
        .iter()
        .find(|(m, p, _)| *m == method && *p == path)
        .map(|(_, _, rule)| *rule)
}

/// The methods the table has for a path, for a 405's `Allow` header.
pub fn methods(path: &str) -> Vec<&'static str> {
    ROUTES
        .iter()
        .filter(|(_, p, _)| *p == path)
        .map(|(m, _, _)| *m)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_table_has_no_duplicates() {
        for (i, (m, p, _)) in ROUTES.iter().enumerate() {
            assert!(
                !ROUTES[i + 1..].iter().any(|(m2, p2, _)| m == m2 && p == p2),
                "{m} {p} twice"
            );
        }
    }

    #[test]
    fn private_program_needs_a_session_and_people_need_a_person() {
        assert!(!Rule::Program.allows(Role::Anonymous, false));
        assert!(Rule::Program.allows(Role::Anonymous, true));
        assert!(Rule::Program.allows(Role::Screen, false));
        assert!(!Rule::People.allows(Role::Screen, true));
        assert!(!Rule::People.allows(Role::Anonymous, true));
        assert!(Rule::People.allows(Role::Participant, false));
        assert!(!Rule::Organisers.allows(Role::Facilitator, true));
        assert_eq!(rule("HEAD", "/program"), Some(Rule::Program));
        assert_eq!(rule("DELETE", "/program"), None);
        assert_eq!(rule("GET", "/not-in-the-table"), None);
        assert_eq!(methods("/api/v1/rooms/{id}"), ["PUT", "DELETE"]);
    }
}
