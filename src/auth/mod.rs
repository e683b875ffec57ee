//! Who is asking: tokens, roles, and the one table that decides what each
//! role may reach.

pub mod access;
pub mod password;
pub mod token;

use crate::domain::Viewer;

/// What a browser session is allowed to be.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Role {
    Organiser,
    Facilitator,
    Participant,
    /// The projector in the plenary room: read-only, no personal data.
    Screen,
    Anonymous,
}

impl Role {
    pub const ALL: [Role; 5] = [
        Role::Organiser,
        Role::Facilitator,
        Role::Participant,
        Role::Screen,
        Role::Anonymous,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Role::Organiser => "organiser",
            Role::Facilitator => "facilitator",
            Role::Participant => "participant",
            Role::Screen => "screen",
            Role::Anonymous => "anonymous",
        }
    }

    pub fn parse(text: &str) -> Option<Role> {
        Role::ALL.into_iter().find(|r| r.as_str() == text)
    }

    /// Whose eyes the directory is filtered for.
    pub fn viewer(self) -> Viewer {
        match self {
            Role::Organiser => Viewer::Organiser,
            Role::Facilitator | Role::Participant => Viewer::Participant,
            Role::Screen | Role::Anonymous => Viewer::Anonymous,
        }
    }
}

/// The signed-in party of a request, resolved from its session cookie.
#[derive(Debug, Clone)]
pub struct Principal {
    pub role: Role,
    pub person_id: Option<i64>,
    pub name: String,
    pub session_id: Option<i64>,
    pub csrf_token: String,
    /// The language the person chose for the pages, if they did.
    pub ui_lang: Option<String>,
}

impl Principal {
    /// This person as the audit log records them.
    pub fn actor(&self) -> crate::store::Actor<'_> {
        crate::store::Actor {
            id: self.person_id,
            name: &self.name,
        }
    }

    pub fn anonymous() -> Self {
        Principal {
            role: Role::Anonymous,
            person_id: None,
            name: String::new(),
            session_id: None,
            csrf_token: String::new(),
            ui_lang: None,
        }
    }
}
