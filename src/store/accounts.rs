//! Sign-in links, browser sessions, organisers and the audit log.

use jiff::Timestamp;

use super::{Result, Store, StoreError, sessions::Found, with_pool, with_writer};
use crate::auth::{Principal, Role};

/// Writes an audit entry on `$executor`: a pool, or a transaction whose
/// change the entry records, so that neither lands without the other.
macro_rules! insert_audit {
    ($executor:expr, $consultation_id:expr, $actor:expr, $action:expr, $detail:expr, $now:expr) => {
        sqlx::query(
            "INSERT INTO audit_log (consultation_id, at, actor_id, actor_name, action, detail) \
             VALUES ($1, $2, $3, $4, $5, $6)",
        )
        .bind($consultation_id)
        .bind($now.as_second())
        .bind($actor.id)
        .bind($actor.name)
        .bind($action)
        .bind($detail)
        .execute($executor)
        .await?
    };
}
pub(super) use insert_audit;

/// Serialises every change that could leave a consultation without an
/// organiser: writing the consultation's row makes them queue one after
/// the other on both backends.
macro_rules! lock_organisers {
    ($executor:expr, $consultation_id:expr) => {
        sqlx::query("UPDATE consultation SET title = title WHERE id = $1")
            .bind($consultation_id)
            .execute($executor)
            .await?
    };
}
pub(super) use lock_organisers;

/// A valid sign-in link's person, before it is redeemed.
#[derive(Debug, Clone)]
pub struct LinkHolder {
    pub person_id: i64,
    pub name: String,
}

#[derive(Debug, Clone, sqlx::FromRow)]
pub struct AuditEntry {
    pub at: i64,
    pub actor_name: String,
    pub action: String,
    pub detail: String,
}

#[derive(sqlx::FromRow)]
struct SessionRow {
    id: i64,
    person_id: Option<i64>,
    role: String,
    csrf_token: String,
    expires_at: i64,
    name: Option<String>,
    ui_lang: Option<String>,
}

#[derive(sqlx::FromRow)]
struct HolderRow {
    person_id: i64,
    display_name: String,
}

/// Where a person stands with sign-in: links waiting to be used, sessions open.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct InvitationStatus {
    pub person_id: i64,
    pub active_links: i64,
    pub open_sessions: i64,
}

impl Store {
    /// For every person of the consultation.
    pub async fn invitation_status(
        &self,
        consultation_id: i64,
        now: Timestamp,
    ) -> Result<Vec<InvitationStatus>> {
        let rows = with_pool!(self, p => {
            sqlx::query_as(
                "SELECT p.id AS person_id, \
                 (SELECT COUNT(*) FROM sign_in_link l WHERE l.person_id = p.id AND l.used_at IS NULL \
                  AND l.revoked_at IS NULL AND l.expires_at > $2) AS active_links, \
                 (SELECT COUNT(*) FROM web_session s WHERE s.person_id = p.id AND s.expires_at > $2) AS open_sessions \
                 FROM person p WHERE p.consultation_id = $1",
            )
            .bind(consultation_id)
            .bind(now.as_second())
            .fetch_all(p)
            .await?
        });
        Ok(rows)
    }

    /// Revokes every unused link of a person; returns how many.
    pub async fn revoke_sign_in_links(&self, person_id: i64, now: Timestamp) -> Result<u64> {
        let done = with_writer!(self, p => {
            sqlx::query(
                "UPDATE sign_in_link SET revoked_at = $2 \
                 WHERE person_id = $1 AND used_at IS NULL AND revoked_at IS NULL",
            )
            .bind(person_id)
            .bind(now.as_second())
            .execute(p)
            .await?
            .rows_affected()
        });
        Ok(done)
    }

    /// Stores a new sign-in link for a person; only its hash is kept.
    pub async fn create_sign_in_link(
        &self,
        person_id: i64,
        token_hash: &str,
        now: Timestamp,
        expires_at: Timestamp,
    ) -> Result<()> {
        with_writer!(self, p => {
            sqlx::query(
                "INSERT INTO sign_in_link (person_id, token_hash, created_at, expires_at) \
                 VALUES ($1, $2, $3, $4)",
            )
            .bind(person_id)
            .bind(token_hash)
            .bind(now.as_second())
            .bind(expires_at.as_second())
            .execute(p)
            .await?;
        });
        Ok(())
    }

    /// Who a link would sign in, if it is still valid (unused, unrevoked, unexpired).
    pub async fn sign_in_link_holder(
        &self,
        token_hash: &str,
        now: Timestamp,
    ) -> Result<Option<LinkHolder>> {
        let row: Option<HolderRow> = with_pool!(self, p => {
            sqlx::query_as(
                "SELECT l.person_id, p.display_name FROM sign_in_link l \
                 JOIN person p ON p.id = l.person_id \
                 WHERE l.token_hash = $1 AND l.used_at IS NULL AND l.revoked_at IS NULL \
                 AND l.expires_at > $2",
            )
            .bind(token_hash)
            .bind(now.as_second())
            .fetch_optional(p)
            .await?
        });
        Ok(row.map(|r| LinkHolder {
            person_id: r.person_id,
            name: r.display_name,
        }))
    }

    /// Redeems a link once: a conditional write, so two simultaneous
    /// redemptions cannot both succeed. Then opens a session for its person.
    pub async fn redeem_sign_in_link(
        &self,
        token_hash: &str,
        session_hash: &str,
        csrf_token: &str,
        now: Timestamp,
        session_expires: Timestamp,
    ) -> Result<Option<Principal>> {
        with_writer!(self, p => {
            let mut tx = p.begin().await?;
            let person: Option<(i64, String, String, i64)> = sqlx::query_as(
                "UPDATE sign_in_link SET used_at = $2 \
                 WHERE token_hash = $1 AND used_at IS NULL AND revoked_at IS NULL AND expires_at > $2 \
                 RETURNING person_id, \
                 (SELECT display_name FROM person WHERE id = person_id), \
                 (SELECT role FROM person WHERE id = person_id), \
                 (SELECT consultation_id FROM person WHERE id = person_id)",
            )
            .bind(token_hash)
            .bind(now.as_second())
            .fetch_optional(&mut *tx)
            .await?;
            let Some((person_id, name, role, consultation_id)) = person else {
                return Ok(None);
            };
            let role = Role::parse(&role).ok_or_else(|| StoreError::Corrupt(format!("role {role:?}")))?;
            let session_id: i64 = sqlx::query_scalar(
                "INSERT INTO web_session (consultation_id, token_hash, person_id, role, csrf_token, \
                 created_at, expires_at) VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id",
            )
            .bind(consultation_id)
            .bind(session_hash)
            .bind(person_id)
            .bind(role.as_str())
            .bind(csrf_token)
            .bind(now.as_second())
            .bind(session_expires.as_second())
            .fetch_one(&mut *tx)
            .await?;
            tx.commit().await?;
            Ok(Some(Principal {
                role,
                person_id: Some(person_id),
                name,
                session_id: Some(session_id),
                csrf_token: csrf_token.to_owned(),
                ui_lang: None,
            }))
        })
    }

    /// The principal of an unexpired session cookie.
    pub async fn session_principal(
        &self,
        token_hash: &str,
        now: Timestamp,
    ) -> Result<Option<Principal>> {
        let found = self
            .sessions
            .get_or_find(token_hash, self.find_session(token_hash))
            .await?;
        Ok(found
            .filter(|f| f.expires_at > now.as_second())
            .map(|f| f.principal.clone()))
    }

    async fn find_session(&self, token_hash: &str) -> Result<Option<Found>> {
        let row: Option<SessionRow> = with_pool!(self, p => {
            sqlx::query_as(
                // A person's session acts with the role they have now, not
                // the one they signed in with: a demotion takes effect on
                // the next request. Screens have no person.
                "SELECT s.id, s.person_id, COALESCE(p.role, s.role) AS role, s.csrf_token, \
                 s.expires_at, p.display_name AS name, p.ui_lang \
                 FROM web_session s LEFT JOIN person p ON p.id = s.person_id \
                 WHERE s.token_hash = $1",
            )
            .bind(token_hash)
            .fetch_optional(p)
            .await?
        });
        Ok(row.and_then(|r| {
            Some(Found {
                principal: Principal {
                    role: Role::parse(&r.role)?,
                    person_id: r.person_id,
                    name: r.name.unwrap_or_default(),
                    session_id: Some(r.id),
                    csrf_token: r.csrf_token,
                    ui_lang: r.ui_lang,
                },
                expires_at: r.expires_at,
            })
        }))
    }

    pub async fn end_session(&self, session_id: i64) -> Result<()> {
        with_writer!(self, p => {
            sqlx::query("DELETE FROM web_session WHERE id = $1").bind(session_id).execute(p).await?;
        });
        self.sessions_changed();
        Ok(())
    }

    /// Signs a person out on every device.
    pub async fn end_all_sessions(&self, person_id: i64) -> Result<u64> {
        let done = with_writer!(self, p => {
            sqlx::query("DELETE FROM web_session WHERE person_id = $1")
                .bind(person_id)
                .execute(p)
                .await?
                .rows_affected()
        });
        self.sessions_changed();
        Ok(done)
    }

    /// Creates an organiser of the consultation, or finds the one of that name.
    pub async fn add_organiser(&self, consultation_id: i64, name: &str) -> Result<i64> {
        let name = crate::domain::required_text("name", name, 200)?;
        with_writer!(self, p => {
            let existing: Option<i64> = sqlx::query_scalar(
                "SELECT id FROM person WHERE consultation_id = $1 AND display_name = $2 AND role = 'organiser'",
            )
            .bind(consultation_id)
            .bind(&name)
            .fetch_optional(p)
            .await?;
            if let Some(id) = existing {
                return Ok(id);
            }
            let id: i64 = sqlx::query_scalar(
                "INSERT INTO person (consultation_id, display_name, role, visibility) \
                 VALUES ($1, $2, 'organiser', 'organisers') RETURNING id",
            )
            .bind(consultation_id)
            .bind(&name)
            .fetch_one(p)
            .await?;
            Ok(id)
        })
    }

    /// The person of that name with that role, if any.
    pub async fn person_id_by_name(&self, consultation_id: i64, name: &str) -> Result<Option<i64>> {
        let id = with_pool!(self, p => {
            sqlx::query_scalar("SELECT id FROM person WHERE consultation_id = $1 AND display_name = $2 ORDER BY id LIMIT 1")
                .bind(consultation_id)
                .bind(name)
                .fetch_optional(p)
                .await?
        });
        Ok(id)
    }

    pub async fn audit(
        &self,
        consultation_id: i64,
        actor_id: Option<i64>,
        actor_name: &str,
        action: &str,
        detail: &str,
        now: Timestamp,
    ) -> Result<()> {
        let actor = Actor {
            id: actor_id,
            name: actor_name,
        };
        with_pool!(self, p => {
            insert_audit!(p, consultation_id, actor, action, detail, now);
        });
        Ok(())
    }

    /// The newest entries first.
    pub async fn audit_log(&self, consultation_id: i64, limit: i64) -> Result<Vec<AuditEntry>> {
        let rows = with_pool!(self, p => {
            sqlx::query_as(
                "SELECT at, actor_name, action, detail FROM audit_log WHERE consultation_id = $1 \
                 ORDER BY at DESC, id DESC LIMIT $2",
            )
            .bind(consultation_id)
            .bind(limit)
            .fetch_all(p)
            .await?
        });
        Ok(rows)
    }
}

/// An organiser of the consultation, as the access page lists them.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct Organiser {
    pub id: i64,
    pub display_name: String,
    pub has_password: bool,
}

/// Who did an audited action, as the audit log records it.
#[derive(Debug, Clone, Copy)]
pub struct Actor<'a> {
    pub id: Option<i64>,
    pub name: &'a str,
}

/// What came of removing an organiser.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RemoveOrganiser {
    Removed,
    /// Refused: a consultation always keeps one organiser.
    LastOrganiser,
    NotFound,
}

impl Store {
    pub async fn organisers(&self, consultation_id: i64) -> Result<Vec<Organiser>> {
        let rows = with_pool!(self, p => {
            sqlx::query_as(
                "SELECT id, display_name, password_hash IS NOT NULL AS has_password FROM person \
                 WHERE consultation_id = $1 AND role = 'organiser' ORDER BY display_name, id",
            )
            .bind(consultation_id)
            .fetch_all(p)
            .await?
        });
        Ok(rows)
    }

    /// Removes an organiser and their personal data, unless they are the
    /// last one, and records who did it in the same transaction. The
    /// consultation row is written first so that two removals at once run
    /// one after the other on both backends, and cannot leave the
    /// consultation without an organiser.
    pub async fn remove_organiser(
        &self,
        consultation_id: i64,
        person_id: i64,
        actor: Actor<'_>,
        now: Timestamp,
    ) -> Result<RemoveOrganiser> {
        with_writer!(self, p => {
            let mut tx = p.begin().await?;
            lock_organisers!(&mut *tx, consultation_id);
            let organisers: Vec<(i64, String)> = sqlx::query_as(
                "SELECT id, display_name FROM person WHERE consultation_id = $1 AND role = 'organiser'",
            )
            .bind(consultation_id)
            .fetch_all(&mut *tx)
            .await?;
            let Some((_, name)) = organisers.iter().find(|(id, _)| *id == person_id) else {
                return Ok(RemoveOrganiser::NotFound);
            };
            if organisers.len() == 1 {
                return Ok(RemoveOrganiser::LastOrganiser);
            }
            insert_audit!(&mut *tx, consultation_id, actor, "removed an organiser", name, now);
            sqlx::query("UPDATE audit_log SET actor_name = 'a former organiser' WHERE actor_id = $1")
                .bind(person_id)
                .execute(&mut *tx)
                .await?;
            sqlx::query("DELETE FROM person WHERE id = $1")
                .bind(person_id)
                .execute(&mut *tx)
                .await?;
            tx.commit().await?;
            self.sessions_changed();
            Ok(RemoveOrganiser::Removed)
        })
    }

    /// Saves the language a person reads the pages in.
    pub async fn set_ui_lang(&self, person_id: i64, lang: &str) -> Result<()> {
        with_writer!(self, p => {
            sqlx::query("UPDATE person SET ui_lang = $1 WHERE id = $2")
                .bind(lang)
                .bind(person_id)
                .execute(p)
                .await?;
        });
        self.sessions_changed();
        Ok(())
    }

    pub async fn set_password_hash(&self, person_id: i64, hash: &str) -> Result<()> {
        with_writer!(self, p => {
            sqlx::query("UPDATE person SET password_hash = $1 WHERE id = $2 AND role = 'organiser'")
                .bind(hash)
                .bind(person_id)
                .execute(p)
                .await?;
        });
        Ok(())
    }

    /// The organiser of that name and their password hash, if they set one.
    pub async fn organiser_password(
        &self,
        consultation_id: i64,
        name: &str,
    ) -> Result<Option<(i64, String)>> {
        let row = with_pool!(self, p => {
            sqlx::query_as(
                "SELECT id, password_hash FROM person WHERE consultation_id = $1 \
                 AND role = 'organiser' AND display_name = $2 AND password_hash IS NOT NULL \
                 ORDER BY id LIMIT 1",
            )
            .bind(consultation_id)
            .bind(name)
            .fetch_optional(p)
            .await?
        });
        Ok(row)
    }

    /// Opens a browser session for a person (after a password) or for a
    /// screen (no person).
    #[allow(clippy::too_many_arguments)]
    pub async fn open_session(
        &self,
        consultation_id: i64,
        person_id: Option<i64>,
        role: Role,
        session_hash: &str,
        csrf_token: &str,
        now: Timestamp,
        expires: Timestamp,
    ) -> Result<i64> {
        let id = with_writer!(self, p => {
            sqlx::query_scalar(
                "INSERT INTO web_session (consultation_id, token_hash, person_id, role, csrf_token, \
                 created_at, expires_at) VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id",
            )
            .bind(consultation_id)
            .bind(session_hash)
            .bind(person_id)
            .bind(role.as_str())
            .bind(csrf_token)
            .bind(now.as_second())
            .bind(expires.as_second())
            .fetch_one(p)
            .await?
        });
        Ok(id)
    }

    /// Stores a single-use link that turns a device into a screen.
    pub async fn create_screen_link(
        &self,
        consultation_id: i64,
        label: &str,
        token_hash: &str,
        now: Timestamp,
        expires_at: Timestamp,
    ) -> Result<()> {
        let label = crate::domain::required_text("screen name", label, 100)?;
        with_writer!(self, p => {
            sqlx::query(
                "INSERT INTO screen_link (consultation_id, label, token_hash, created_at, expires_at) \
                 VALUES ($1, $2, $3, $4, $5)",
            )
            .bind(consultation_id)
            .bind(&label)
            .bind(token_hash)
            .bind(now.as_second())
            .bind(expires_at.as_second())
            .execute(p)
            .await?;
        });
        Ok(())
    }

    /// The label of a screen link that can still be used.
    pub async fn screen_link_label(
        &self,
        token_hash: &str,
        now: Timestamp,
    ) -> Result<Option<String>> {
        let label = with_pool!(self, p => {
            sqlx::query_scalar(
                "SELECT label FROM screen_link WHERE token_hash = $1 AND used_at IS NULL AND expires_at > $2",
            )
            .bind(token_hash)
            .bind(now.as_second())
            .fetch_optional(p)
            .await?
        });
        Ok(label)
    }

    /// Uses a screen link once (a conditional write) and opens the screen's
    /// session.
    pub async fn redeem_screen_link(
        &self,
        token_hash: &str,
        session_hash: &str,
        csrf_token: &str,
        now: Timestamp,
        session_expires: Timestamp,
    ) -> Result<Option<Principal>> {
        with_writer!(self, p => {
            let mut tx = p.begin().await?;
            let link: Option<(i64, String)> = sqlx::query_as(
                "UPDATE screen_link SET used_at = $2 \
                 WHERE token_hash = $1 AND used_at IS NULL AND expires_at > $2 \
                 RETURNING consultation_id, label",
            )
            .bind(token_hash)
            .bind(now.as_second())
            .fetch_optional(&mut *tx)
            .await?;
            let Some((consultation_id, label)) = link else {
                return Ok(None);
            };
            let session_id: i64 = sqlx::query_scalar(
                "INSERT INTO web_session (consultation_id, token_hash, person_id, role, csrf_token, \
                 created_at, expires_at) VALUES ($1, $2, NULL, 'screen', $3, $4, $5) RETURNING id",
            )
            .bind(consultation_id)
            .bind(session_hash)
            .bind(csrf_token)
            .bind(now.as_second())
            .bind(session_expires.as_second())
            .fetch_one(&mut *tx)
            .await?;
            tx.commit().await?;
            Ok(Some(Principal {
                role: Role::Screen,
                person_id: None,
                name: label,
                session_id: Some(session_id),
                csrf_token: csrf_token.to_owned(),
                ui_lang: None,
            }))
        })
    }

    /// Ends every screen session of a consultation.
    pub async fn end_screen_sessions(&self, consultation_id: i64) -> Result<u64> {
        let done = with_writer!(self, p => {
            sqlx::query("DELETE FROM web_session WHERE consultation_id = $1 AND role = 'screen'")
                .bind(consultation_id)
                .execute(p)
                .await?
                .rows_affected()
        });
        self.sessions_changed();
        Ok(done)
    }
}

/// An API token as the organisers' page lists it (never the token itself).
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct ApiToken {
    pub id: i64,
    pub label: String,
    pub issued_by: String,
    pub created_at: i64,
}

impl Store {
    pub async fn create_api_token(
        &self,
        consultation_id: i64,
        person_id: i64,
        label: &str,
        token_hash: &str,
        now: Timestamp,
    ) -> Result<()> {
        let label = crate::domain::required_text("token name", label, 100)?;
        with_writer!(self, p => {
            sqlx::query(
                "INSERT INTO api_token (consultation_id, person_id, label, token_hash, created_at) \
                 VALUES ($1, $2, $3, $4, $5)",
            )
            .bind(consultation_id)
            .bind(person_id)
            .bind(&label)
            .bind(token_hash)
            .bind(now.as_second())
            .execute(p)
            .await?;
        });
        Ok(())
    }

    pub async fn api_tokens(&self, consultation_id: i64) -> Result<Vec<ApiToken>> {
        let rows = with_pool!(self, p => {
            sqlx::query_as(
                "SELECT t.id, t.label, p.display_name AS issued_by, t.created_at FROM api_token t \
                 JOIN person p ON p.id = t.person_id \
                 WHERE t.consultation_id = $1 AND t.revoked_at IS NULL ORDER BY t.id",
            )
            .bind(consultation_id)
            .fetch_all(p)
            .await?
        });
        Ok(rows)
    }

    pub async fn revoke_api_token(
        &self,
        consultation_id: i64,
        id: i64,
        now: Timestamp,
    ) -> Result<bool> {
        let done = with_writer!(self, p => {
            sqlx::query(
                "UPDATE api_token SET revoked_at = $1 WHERE id = $2 AND consultation_id = $3 \
                 AND revoked_at IS NULL",
            )
            .bind(now.as_second())
            .bind(id)
            .bind(consultation_id)
            .execute(p)
            .await?
            .rows_affected()
        });
        Ok(done == 1)
    }

    /// The organiser a bearer token acts as, while it is not revoked.
    pub async fn api_token_principal(&self, token_hash: &str) -> Result<Option<Principal>> {
        let row: Option<(i64, String, String)> = with_pool!(self, p => {
            sqlx::query_as(
                "SELECT p.id, p.display_name, p.role FROM api_token t JOIN person p ON p.id = t.person_id \
                 WHERE t.token_hash = $1 AND t.revoked_at IS NULL",
            )
            .bind(token_hash)
            .fetch_optional(p)
            .await?
        });
        Ok(row.and_then(|(id, name, role)| {
            Some(Principal {
                role: Role::parse(&role)?,
                person_id: Some(id),
                name,
                session_id: None,
                csrf_token: String::new(),
                ui_lang: None,
            })
        }))
    }
}
