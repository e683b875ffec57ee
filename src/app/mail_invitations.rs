//! Invitations by e-mail. Organisers queue them (everyone, those not yet
//! in, or one person); a background sender works through the queue: a new
//! sign-in link per message, in the person's language, with the badge's QR
//! code, retried while the mail server refuses only for now. The old link
//! is revoked once the new one is sent.

use std::time::Duration;

use jiff::{SignedDuration, Timestamp};

use super::{AppState, people::Invitees};
use crate::{
    auth::{Principal, Role},
    domain::{
        Consultation, Viewer,
        directory::Person,
        invitation::{MailTemplate, TemplateProblem, Values},
    },
    error::{AppError, Words},
    i18n::{Tr, i18n},
    mail::Mail,
    store::{MailOutcome, QueuedMail},
};

/// How many times a message is tried before it is reported failed.
pub const MAX_ATTEMPTS: i64 = 5;
/// Messages sent at once: mail servers take several connections, and
/// each message waits on the server and on the database in turn.
const SENDING_AT_ONCE: usize = 4;
/// How often the sender looks for messages due again.
const LOOK_EVERY: Duration = Duration::from_secs(2);
/// A message claimed longer ago than this was left by a sender that stopped.
const STALLED_AFTER: SignedDuration = SignedDuration::from_mins(10);

/// What pressing "send" did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Queued {
    pub queued: usize,
    /// The same press arrived twice (a double click): nothing more queued.
    pub repeated: bool,
}

/// Queues an invitation to each person chosen who has an address;
/// `form_key` is the form's own key, so the same form sent twice queues once.
pub async fn queue(
    state: &AppState,
    c: &Consultation,
    me: &Principal,
    who: Invitees,
    form_key: &str,
    base_url: &str,
) -> Result<Queued, AppError> {
    if me.role != Role::Organiser {
        return Err(AppError::NotFound);
    }
    if state.mailer.is_none() {
        return Err(AppError::conflict(Words::new("error-mail-not-configured")));
    }
    if form_key.len() < 16 {
        return Err(AppError::bad_request(Words::new("error-mail-form-key")));
    }
    let directory = state.store.directory(c.id, Viewer::Organiser).await?;
    let chosen = super::people::choose(state, c, &directory, who).await?;
    // People without an address are left out; the page counts them.
    let recipients: Vec<(i64, String)> = chosen
        .iter()
        .filter_map(|id| directory.people.iter().find(|p| p.id == *id))
        .filter_map(|p| Some((p.id, p.email.clone()?)))
        .collect();
    let queued = state
        .store
        .queue_invitations(c.id, form_key, base_url, &recipients, Timestamp::now())
        .await?;
    let Some(queued) = queued else {
        return Ok(Queued {
            queued: 0,
            repeated: true,
        });
    };
    state
        .audit(
            c.id,
            me,
            "queued invitations by e-mail",
            &format!("{queued} people"),
        )
        .await?;
    state.mail_queued.notify_one();
    state.live.changed(super::live::Scope::Invitations);
    Ok(Queued {
        queued,
        repeated: false,
    })
}

/// The language a person reads their invitation in: the one they chose
/// for the interface, else their first the interface has, else the
/// consultation's first, else English.
pub fn language_of(person: &Person, ui_lang: Option<&str>, c: &Consultation) -> &'static str {
    let available = i18n().available();
    ui_lang
        .into_iter()
        .chain(person.languages.iter().map(String::as_str))
        .chain(c.languages.iter().map(String::as_str))
        .find_map(|tag| available.iter().find(|a| **a == tag).copied())
        .unwrap_or("en")
}

/// The invitation's wording in a language: the organisers', else convene's.
pub async fn template(
    state: &AppState,
    consultation_id: i64,
    lang: &str,
) -> Result<MailTemplate, AppError> {
    if let Some((subject, body)) = state
        .store
        .invitation_template(consultation_id, lang)
        .await?
    {
        return Ok(MailTemplate { subject, body });
    }
    let tr = i18n().lang(lang);
    Ok(MailTemplate {
        subject: tr.t("invitation-mail-subject"),
        body: tr.t("invitation-mail-body"),
    })
}

/// Saves the organisers' wording in a language; an empty form goes back
/// to convene's own.
pub async fn save_template(
    state: &AppState,
    c: &Consultation,
    me: &Principal,
    lang: &str,
    wording: &MailTemplate,
) -> Result<(), AppError> {
    if me.role != Role::Organiser {
        return Err(AppError::NotFound);
    }
    if !i18n().available().contains(&lang) {
        return Err(AppError::NotFound);
    }
    let reset = wording.subject.trim().is_empty() && wording.body.trim().is_empty();
    if !reset {
        wording.check().map_err(|problem| {
            AppError::bad_request(match problem {
                TemplateProblem::EmptySubject => Words::new("error-mail-no-subject"),
                TemplateProblem::NoLink => Words::new("error-mail-no-link"),
                TemplateProblem::Unknown(word) => {
                    Words::new("error-mail-unknown-placeholder").with("word", word)
                }
            })
        })?;
    }
    let saved = (!reset).then_some((wording.subject.trim(), wording.body.as_str()));
    state
        .store
        .save_invitation_template(c.id, lang, saved, me.actor(), Timestamp::now())
        .await?;
    Ok(())
}

/// Sends what is queued, as long as the server runs.
pub async fn run_sender(state: AppState) {
    if state.mailer.is_none() {
        return;
    }
    loop {
        if let Err(e) = send_due(&state).await {
            tracing::warn!(error = %e, "invitations by e-mail: will try again");
        }
        tokio::select! {
            () = state.mail_queued.notified() => {}
            () = tokio::time::sleep(LOOK_EVERY) => {}
        }
    }
}

async fn send_due(state: &AppState) -> Result<(), AppError> {
    let now = Timestamp::now();
    state
        .store
        .requeue_stalled_invitations(now - STALLED_AFTER)
        .await?;
    let senders = (0..SENDING_AT_ONCE).map(|_| send_until_none_due(state));
    for result in futures_util::future::join_all(senders).await {
        result?;
    }
    Ok(())
}

async fn send_until_none_due(state: &AppState) -> Result<(), AppError> {
    while let Some(mail) = state.store.claim_invitation(Timestamp::now()).await? {
        let sent = send_one(state, &mail).await?;
        state
            .store
            .invitation_done(
                &mail,
                &sent.outcome,
                &sent.name,
                &sent.link_hash,
                Timestamp::now(),
            )
            .await?;
        state.live.changed(super::live::Scope::Invitations);
    }
    Ok(())
}

/// How sending one message went.
struct Sent {
    name: String,
    outcome: MailOutcome,
    /// The hash of the link the message held.
    link_hash: String,
}

/// Sends one message with a new link.
async fn send_one(state: &AppState, mail: &QueuedMail) -> Result<Sent, AppError> {
    let Some(mailer) = &state.mailer else {
        return Err(AppError::Internal("no mail server".into()));
    };
    let c = state.consultation().await?;
    let gone = || {
        Ok(Sent {
            name: String::new(),
            outcome: MailOutcome::Failed {
                reply: "no longer on the list".into(),
            },
            link_hash: String::new(),
        })
    };
    if c.id != mail.consultation_id {
        return gone();
    }
    let Some(person) = state.store.person(c.id, mail.person_id).await? else {
        return gone();
    };
    let account = state.store.account_of(person.id).await?;
    let lang = language_of(&person, account.ui_lang.as_deref(), &c);
    let tr = i18n().lang(lang);
    let wording = template(state, c.id, lang).await?;
    let valid_hours = (c.end_date - c.local_date(Timestamp::now()))
        .get_days()
        .max(0) as i64
        * 24
        + 24 * 8;
    let token = crate::issue_sign_in_link(&state.store, person.id, valid_hours).await?;
    let link = format!("{}/signin/{token}", mail.base_url);
    let message = compose(tr, &c, &person, &wording, &link, &mail.address);
    let outcome = match mailer.send(message).await {
        Ok(()) => MailOutcome::Sent,
        Err(e) if e.temporary && mail.attempts < MAX_ATTEMPTS => MailOutcome::Retry {
            reply: e.reply,
            at: Timestamp::now() + backoff(mail.attempts),
        },
        Err(e) => MailOutcome::Failed { reply: e.reply },
    };
    Ok(Sent {
        name: person.display_name,
        outcome,
        link_hash: crate::auth::token::hash(&token),
    })
}

/// Waits between attempts: 10 s, 40 s, 2.5 min, 10 min.
fn backoff(attempts: i64) -> SignedDuration {
    SignedDuration::from_secs(10 * 4_i64.pow(attempts.clamp(1, 5) as u32 - 1))
}

fn compose(
    tr: Tr<'static>,
    c: &Consultation,
    person: &Person,
    wording: &MailTemplate,
    link: &str,
    address: &str,
) -> Mail {
    let dates = format!("{} – {}", tr.day(c.start_date), tr.day(c.end_date));
    let values = Values {
        name: &person.display_name,
        consultation: &c.title,
        dates: &dates,
        place: &c.venue,
        link,
    };
    let filled = wording.fill(&values, &tr.t("invitation-mail-qr"));
    Mail {
        to: address.to_owned(),
        to_name: person.display_name.clone(),
        subject: filled.subject,
        text: filled.text,
        html: filled.html,
        image: crate::export::qr::png(link).ok(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn waits_longer_after_each_refusal() {
        let waits: Vec<i64> = (1..=5).map(|a| backoff(a).as_secs()).collect();
        assert_eq!(waits, [10, 40, 160, 640, 2560]);
    }
}
