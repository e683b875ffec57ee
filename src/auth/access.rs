//! The rules that decide who may reach a route. Every route is declared
//! with its rule (see [`crate::app::routes`]) and a middleware enforces it
//! on every request, so no handler can forget its check; a route missing
//! from the table is denied to everyone.

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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn private_program_needs_a_session_and_people_need_a_person() {
        assert!(!Rule::Program.allows(Role::Anonymous, false));
        assert!(Rule::Program.allows(Role::Anonymous, true));
        assert!(Rule::Program.allows(Role::Screen, false));
        assert!(!Rule::People.allows(Role::Screen, true));
        assert!(!Rule::People.allows(Role::Anonymous, true));
        assert!(Rule::People.allows(Role::Participant, false));
        assert!(!Rule::Organisers.allows(Role::Facilitator, true));
    }
}
