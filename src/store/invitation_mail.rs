//! Invitations sent by e-mail: the queue the sender works through, the
//! progress organisers watch, and the wording organisers gave per language.

use jiff::Timestamp;

use super::{
    Result, Store,
    accounts::{Actor, insert_audit},
    with_pool, with_writer,
};

/// A message waiting for the sender, claimed by it.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct QueuedMail {
    pub id: i64,
    pub consultation_id: i64,
    pub person_id: i64,
    pub address: String,
    pub attempts: i64,
    /// Where its link leads.
    pub base_url: String,
}

/// The last message to a person, as the invitations page shows it.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct MailStatus {
    pub person_id: i64,
    pub address: String,
    /// 'waiting', 'sending', 'sent' or 'failed'.
    pub state: String,
    pub attempts: i64,
    pub reply: Option<String>,
    pub updated_at: i64,
}

/// How sending one message went.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum MailOutcome {
    Sent,
    /// Refused for now: tried again at `at`.
    Retry {
        reply: String,
        at: Timestamp,
    },
    Failed {
        reply: String,
    },
}

impl Store {
    /// Queues a message to each of `people` (person, address) for the press
    /// of "send" that `form_key` names; `None` when that press was already
    /// queued (a double click). People with a message on its way get no
    /// second one. Answers how many were queued.
    pub async fn queue_invitations(
        &self,
        consultation_id: i64,
        form_key: &str,
        base_url: &str,
        people: &[(i64, String)],
        now: Timestamp,
    ) -> Result<Option<usize>> {
        with_writer!(self, p => {
            let mut tx = p.begin().await?;
            let batch: Option<i64> = sqlx::query_scalar(
                "INSERT INTO invitation_batch (consultation_id, form_key, base_url, created_at) \
                 VALUES ($1, $2, $4, $3) ON CONFLICT (form_key) DO NOTHING RETURNING id",
            )
            .bind(consultation_id)
            .bind(form_key)
            .bind(now.as_second())
            .bind(base_url)
            .fetch_optional(&mut *tx)
            .await?;
            let Some(batch) = batch else {
                return Ok(None);
            };
            let mut queued = 0;
            for (person, address) in people {
                queued += sqlx::query(
                    "INSERT INTO invitation_mail \
                     (batch_id, person_id, address, state, next_attempt_at, updated_at) \
                     VALUES ($1, $2, $3, 'waiting', $4, $4) ON CONFLICT DO NOTHING",
                )
                .bind(batch)
                .bind(person)
                .bind(address)
                .bind(now.as_second())
                .execute(&mut *tx)
                .await?
                .rows_affected() as usize;
            }
            tx.commit().await?;
            Ok(Some(queued))
        })
    }

    /// Claims the next message due, if any: only one sender gets it.
    pub async fn claim_invitation(&self, now: Timestamp) -> Result<Option<QueuedMail>> {
        loop {
            let candidate: Option<QueuedMail> = with_pool!(self, p => {
                sqlx::query_as(
                    "SELECT m.id, b.consultation_id, m.person_id, m.address, m.attempts, b.base_url \
                     FROM invitation_mail m JOIN invitation_batch b ON b.id = m.batch_id \
                     WHERE m.state = 'waiting' AND m.next_attempt_at <= $1 \
                     ORDER BY m.next_attempt_at, m.id LIMIT 1",
                )
                .bind(now.as_second())
                .fetch_optional(p)
                .await?
            });
            let Some(mail) = candidate else {
                return Ok(None);
            };
            let claimed = with_writer!(self, p => {
                sqlx::query(
                    "UPDATE invitation_mail SET state = 'sending', attempts = attempts + 1, \
                     updated_at = $2 WHERE id = $1 AND state = 'waiting'",
                )
                .bind(mail.id)
                .bind(now.as_second())
                .execute(p)
                .await?
                .rows_affected()
            });
            if claimed == 1 {
                return Ok(Some(QueuedMail {
                    attempts: mail.attempts + 1,
                    ..mail
                }));
            }
        }
    }

    /// Records how a claimed message went: sent, failed for good, or to be
    /// tried again; a sending is audited without its link. The link the
    /// message held (`link_hash`) replaces the person's older unused links
    /// once sent, and is revoked when it was not.
    pub async fn invitation_done(
        &self,
        mail: &QueuedMail,
        outcome: &MailOutcome,
        person_name: &str,
        link_hash: &str,
        now: Timestamp,
    ) -> Result<()> {
        let (state, reply, next) = match outcome {
            MailOutcome::Sent => ("sent", None, now),
            MailOutcome::Retry { reply, at } => ("waiting", Some(reply.as_str()), *at),
            MailOutcome::Failed { reply } => ("failed", Some(reply.as_str()), now),
        };
        let revoke = match outcome {
            // The older links, now that the new one reached the person.
            MailOutcome::Sent => {
                "UPDATE sign_in_link SET revoked_at = $3 WHERE person_id = $1 \
                 AND used_at IS NULL AND revoked_at IS NULL AND token_hash <> $2"
            }
            // The link nobody received.
            _ => {
                "UPDATE sign_in_link SET revoked_at = $3 WHERE person_id = $1 \
                 AND token_hash = $2 AND revoked_at IS NULL"
            }
        };
        with_writer!(self, p => {
            let mut tx = p.begin().await?;
            sqlx::query(revoke)
                .bind(mail.person_id)
                .bind(link_hash)
                .bind(now.as_second())
                .execute(&mut *tx)
                .await?;
            sqlx::query(
                "UPDATE invitation_mail SET state = $2, reply = $3, next_attempt_at = $4, \
                 updated_at = $5 WHERE id = $1",
            )
            .bind(mail.id)
            .bind(state)
            .bind(reply)
            .bind(next.as_second())
            .bind(now.as_second())
            .execute(&mut *tx)
            .await?;
            if state != "waiting" {
                let action = if state == "sent" {
                    "sent an invitation by e-mail"
                } else {
                    "could not send an invitation by e-mail"
                };
                let detail = match reply {
                    Some(reply) => format!("{person_name} <{}>: {reply}", mail.address),
                    None => format!("{person_name} <{}>", mail.address),
                };
                let actor = Actor { id: None, name: "convene" };
                insert_audit!(&mut *tx, mail.consultation_id, actor, action, &detail, now);
            }
            tx.commit().await?;
        });
        Ok(())
    }

    /// Messages a sender claimed and never finished (it stopped): waiting
    /// again. Answers how many.
    pub async fn requeue_stalled_invitations(&self, claimed_before: Timestamp) -> Result<u64> {
        Ok(with_writer!(self, p => {
            sqlx::query(
                "UPDATE invitation_mail SET state = 'waiting' \
                 WHERE state = 'sending' AND updated_at < $1",
            )
            .bind(claimed_before.as_second())
            .execute(p)
            .await?
            .rows_affected()
        }))
    }

    /// The last message to each person of a consultation.
    pub async fn invitation_mail_status(&self, consultation_id: i64) -> Result<Vec<MailStatus>> {
        Ok(with_pool!(self, p => {
            sqlx::query_as(
                "SELECT m.person_id, m.address, m.state, m.attempts, m.reply, m.updated_at \
                 FROM invitation_mail m JOIN invitation_batch b ON b.id = m.batch_id \
                 WHERE b.consultation_id = $1 AND m.id = \
                 (SELECT MAX(x.id) FROM invitation_mail x WHERE x.person_id = m.person_id)",
            )
            .bind(consultation_id)
            .fetch_all(p)
            .await?
        }))
    }

    /// The wording organisers gave the invitation in a language, if any.
    pub async fn invitation_template(
        &self,
        consultation_id: i64,
        lang: &str,
    ) -> Result<Option<(String, String)>> {
        Ok(with_pool!(self, p => {
            sqlx::query_as(
                "SELECT subject, body FROM invitation_template \
                 WHERE consultation_id = $1 AND lang = $2",
            )
            .bind(consultation_id)
            .bind(lang)
            .fetch_optional(p)
            .await?
        }))
    }

    /// Saves the wording of the invitation in a language; `None` goes back
    /// to convene's own.
    pub async fn save_invitation_template(
        &self,
        consultation_id: i64,
        lang: &str,
        wording: Option<(&str, &str)>,
        actor: Actor<'_>,
        now: Timestamp,
    ) -> Result<()> {
        with_writer!(self, p => {
            let mut tx = p.begin().await?;
            sqlx::query("DELETE FROM invitation_template WHERE consultation_id = $1 AND lang = $2")
                .bind(consultation_id)
                .bind(lang)
                .execute(&mut *tx)
                .await?;
            if let Some((subject, body)) = wording {
                sqlx::query(
                    "INSERT INTO invitation_template (consultation_id, lang, subject, body) \
                     VALUES ($1, $2, $3, $4)",
                )
                .bind(consultation_id)
                .bind(lang)
                .bind(subject)
                .bind(body)
                .execute(&mut *tx)
                .await?;
            }
            insert_audit!(&mut *tx, consultation_id, actor, "changed the invitation e-mail", lang, now);
            tx.commit().await?;
        });
        Ok(())
    }
}
