//! A person's own profile and consents, and erasure at the retention date.

use jiff::Timestamp;

use super::{Result, Store, with_pool, with_writer};
use crate::domain::{Consents, LanguageTag, Purpose, Visibility};

/// What a person may change about themself.
#[derive(Debug, Clone)]
pub struct OwnProfile {
    pub display_name: String,
    pub visibility: Visibility,
    pub languages: Vec<LanguageTag>,
    pub consents: Consents,
}

/// One change of consent, as the person made it.
#[derive(Debug, Clone, sqlx::FromRow, serde::Serialize)]
pub struct ConsentRecord {
    pub purpose: String,
    pub granted: bool,
    pub wording: String,
    pub at: i64,
}

/// The retention setting of a consultation.
#[derive(Debug, Clone, Copy, Default)]
pub struct Retention {
    pub until: Option<Timestamp>,
    pub done_at: Option<Timestamp>,
}

impl Store {
    /// Saves a person's profile and records every consent that changed,
    /// with the wording they were shown, in one transaction: the next
    /// request of anyone already sees the new state.
    pub async fn update_own_profile(
        &self,
        person_id: i64,
        profile: &OwnProfile,
        wording: impl Fn(Purpose) -> String,
        now: Timestamp,
    ) -> Result<()> {
        let name =
            crate::domain::required_text("name", &profile.display_name, crate::domain::NAME_MAX)?;
        with_writer!(self, p => {
            let mut tx = p.begin().await?;
            let before: Option<(String, bool, bool, bool)> = sqlx::query_as(
                "SELECT visibility, consent_screen, consent_report, \
                 COALESCE(convener_named, TRUE) FROM person WHERE id = $1",
            )
            .bind(person_id)
            .fetch_optional(&mut *tx)
            .await?;
            let Some((visibility, screen, report, convener)) = before else {
                return Ok(());
            };
            sqlx::query(
                "UPDATE person SET display_name = $1, visibility = $2, languages = $3, \
                 consent_screen = $4, consent_report = $5, convener_named = $7 WHERE id = $6",
            )
            .bind(&name)
            .bind(profile.visibility.as_str())
            .bind(LanguageTag::join(&profile.languages))
            .bind(profile.consents.screen)
            .bind(profile.consents.report)
            .bind(person_id)
            .bind(profile.consents.convener)
            .execute(&mut *tx)
            .await?;
            let listed = profile.visibility == Visibility::Listed;
            let changes = [
                (Purpose::Directory, visibility == "listed", listed),
                (Purpose::Screen, screen, profile.consents.screen),
                (Purpose::Report, report, profile.consents.report),
                (Purpose::Convener, convener, profile.consents.convener),
            ];
            for (purpose, was, now_granted) in changes {
                if was == now_granted {
                    continue;
                }
                sqlx::query(
                    "INSERT INTO consent_record (person_id, purpose, granted, wording, at) \
                     VALUES ($1, $2, $3, $4, $5)",
                )
                .bind(person_id)
                .bind(purpose.as_str())
                .bind(now_granted)
                .bind(wording(purpose))
                .bind(now.as_second())
                .execute(&mut *tx)
                .await?;
            }
            tx.commit().await?;
            self.sessions_changed();
        });
        Ok(())
    }

    /// Whether a person's name may be shown as a table's convener, if they
    /// were asked yet.
    pub async fn convener_named(&self, person_id: i64) -> Result<Option<bool>> {
        let named: Option<Option<bool>> = with_pool!(self, p => {
            sqlx::query_scalar("SELECT convener_named FROM person WHERE id = $1")
                .bind(person_id)
                .fetch_optional(p)
                .await?
        });
        Ok(named.flatten())
    }

    /// Records a person's answer to "may your name be shown as the
    /// convener?", asked when they first propose or adopt a topic.
    pub async fn answer_convener_named(
        &self,
        person_id: i64,
        named: bool,
        wording: &str,
        now: Timestamp,
    ) -> Result<()> {
        with_writer!(self, p => {
            let mut tx = p.begin().await?;
            sqlx::query("UPDATE person SET convener_named = $1 WHERE id = $2")
                .bind(named)
                .bind(person_id)
                .execute(&mut *tx)
                .await?;
            sqlx::query(
                "INSERT INTO consent_record (person_id, purpose, granted, wording, at) \
                 VALUES ($1, $2, $3, $4, $5)",
            )
            .bind(person_id)
            .bind(Purpose::Convener.as_str())
            .bind(named)
            .bind(wording)
            .bind(now.as_second())
            .execute(&mut *tx)
            .await?;
            tx.commit().await?;
        });
        Ok(())
    }

    /// Every consent a person gave or withdrew, oldest first.
    pub async fn consent_records(&self, person_id: i64) -> Result<Vec<ConsentRecord>> {
        let rows = with_pool!(self, p => {
            sqlx::query_as(
                "SELECT purpose, granted, wording, at FROM consent_record \
                 WHERE person_id = $1 ORDER BY at, id",
            )
            .bind(person_id)
            .fetch_all(p)
            .await?
        });
        Ok(rows)
    }

    pub async fn retention(&self, consultation_id: i64) -> Result<Retention> {
        let row: Option<(Option<i64>, Option<i64>)> = with_pool!(self, p => {
            sqlx::query_as("SELECT retention_until, retention_done_at FROM consultation WHERE id = $1")
                .bind(consultation_id)
                .fetch_optional(p)
                .await?
        });
        let at = |s: Option<i64>| s.and_then(|s| Timestamp::from_second(s).ok());
        Ok(
            row.map_or_else(Retention::default, |(until, done)| Retention {
                until: at(until),
                done_at: at(done),
            }),
        )
    }

    /// Sets or clears the instant personal data is erased.
    pub async fn set_retention(
        &self,
        consultation_id: i64,
        until: Option<Timestamp>,
    ) -> Result<()> {
        with_writer!(self, p => {
            sqlx::query("UPDATE consultation SET retention_until = $1 WHERE id = $2")
                .bind(until.map(|t| t.as_second()))
                .bind(consultation_id)
                .execute(p)
                .await?;
        });
        self.consultation_changed();
        Ok(())
    }

    /// Erases every participant, facilitator and speaker of each consultation
    /// whose retention date has passed, once. Sessions, topics and notes stay,
    /// without names; organisers stay so that the harvest can still be read.
    /// Returns how many people were erased.
    pub async fn apply_retention(&self, now: Timestamp) -> Result<u64> {
        // Most checks find nothing due: they neither take the writer nor
        // count as a change (which would drop every kept page).
        let due: Option<i64> = with_pool!(self, p => {
            sqlx::query_scalar(
                "SELECT id FROM consultation WHERE retention_until <= $1 AND retention_done_at IS NULL",
            )
            .bind(now.as_second())
            .fetch_optional(p)
            .await?
        });
        if due.is_none() {
            return Ok(0);
        }
        with_writer!(self, p => {
            let mut tx = p.begin().await?;
            let due: Vec<i64> = sqlx::query_scalar(
                "SELECT id FROM consultation WHERE retention_until <= $1 AND retention_done_at IS NULL",
            )
            .bind(now.as_second())
            .fetch_all(&mut *tx)
            .await?;
            let mut erased = 0;
            for consultation_id in due {
                sqlx::query(
                    "UPDATE audit_log SET actor_name = 'a former participant' \
                     WHERE actor_id IN (SELECT id FROM person WHERE consultation_id = $1 AND role <> 'organiser')",
                )
                .bind(consultation_id)
                .execute(&mut *tx)
                .await?;
                let n = sqlx::query("DELETE FROM person WHERE consultation_id = $1 AND role <> 'organiser'")
                    .bind(consultation_id)
                    .execute(&mut *tx)
                    .await?
                    .rows_affected();
                sqlx::query("UPDATE consultation SET retention_done_at = $1 WHERE id = $2")
                    .bind(now.as_second())
                    .bind(consultation_id)
                    .execute(&mut *tx)
                    .await?;
                sqlx::query(
                    "INSERT INTO audit_log (consultation_id, at, actor_name, action, detail) \
                     VALUES ($1, $2, 'convene', 'erased personal data at the retention date', $3)",
                )
                .bind(consultation_id)
                .bind(now.as_second())
                .bind(format!("{n} people"))
                .execute(&mut *tx)
                .await?;
                erased += n;
            }
            tx.commit().await?;
            self.sessions_changed();
            self.consultation_changed();
            Ok(erased)
        })
    }
}
