//! Sending e-mail through the SMTP server organisers configure (`lettre`):
//! one message at a time, as plain text and HTML with an inline image.
//! Errors tell a failure worth retrying from one that will fail again.

use lettre::{
    AsyncSmtpTransport, AsyncTransport, Message, Tokio1Executor,
    message::{Attachment, Mailbox, MultiPart, SinglePart, header::ContentType},
    transport::smtp::authentication::Credentials,
};

/// How to reach the mail server: from the configuration, with the user
/// and password from the environment.
#[derive(Debug, Clone, Default)]
pub struct MailSettings {
    /// `smtp://host:587?tls=required` (STARTTLS), `smtps://host:465` (TLS)
    /// or `smtp://host:25` (no encryption, for a relay on the same machine).
    pub url: String,
    /// The sender, such as `Consultation secretariat <secretariat@example.org>`.
    pub from: String,
    pub user: Option<String>,
    pub password: Option<String>,
}

#[derive(Clone)]
pub struct Mailer {
    transport: AsyncSmtpTransport<Tokio1Executor>,
    from: Mailbox,
    /// The server, for the page that says where invitations go.
    pub server: String,
}

/// A message to one person.
pub struct Mail {
    pub to: String,
    pub to_name: String,
    pub subject: String,
    pub text: String,
    pub html: String,
    /// A PNG shown inline by the HTML (`cid:` [`IMAGE_ID`]).
    pub image: Option<Vec<u8>>,
}

/// The content id the HTML uses for the inline image.
pub use crate::domain::invitation::QR_IMAGE_ID as IMAGE_ID;

/// Why a message was not sent: the server's reply (or what went wrong on
/// the way), and whether trying again later may work.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SendError {
    pub reply: String,
    pub temporary: bool,
}

impl std::fmt::Debug for Mailer {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Mailer")
            .field("server", &self.server)
            .finish()
    }
}

impl Mailer {
    /// Checks the settings (not the server, which may be down for now).
    pub fn new(settings: &MailSettings) -> Result<Mailer, String> {
        let from: Mailbox = settings
            .from
            .parse()
            .map_err(|e| format!("smtp_from {:?} is not an address: {e}", settings.from))?;
        let mut builder = AsyncSmtpTransport::<Tokio1Executor>::from_url(&settings.url)
            .map_err(|e| format!("smtp_url is not usable: {e}"))?
            .timeout(Some(std::time::Duration::from_secs(30)));
        if let (Some(user), Some(password)) = (&settings.user, &settings.password) {
            builder = builder.credentials(Credentials::new(user.clone(), password.clone()));
        }
        let server = settings
            .url
            .split_once("://")
            .map_or(settings.url.as_str(), |(_, rest)| rest)
            .rsplit('@')
            .next()
            .unwrap_or_default()
            .split(['?', '/'])
            .next()
            .unwrap_or_default()
            .to_owned();
        Ok(Mailer {
            transport: builder.build(),
            from,
            server,
        })
    }

    pub async fn send(&self, mail: Mail) -> Result<(), SendError> {
        let permanent = |reply: String| SendError {
            reply,
            temporary: false,
        };
        let to = Mailbox::new(
            Some(mail.to_name.clone()),
            mail.to
                .parse()
                .map_err(|e| permanent(format!("{}: {e}", mail.to)))?,
        );
        let html = match mail.image {
            Some(png) => MultiPart::related()
                .singlepart(SinglePart::html(mail.html))
                .singlepart(
                    Attachment::new_inline(IMAGE_ID.to_owned())
                        .body(png, ContentType::parse("image/png").expect("a MIME type")),
                ),
            None => MultiPart::related().singlepart(SinglePart::html(mail.html)),
        };
        let message = Message::builder()
            .from(self.from.clone())
            .to(to)
            .subject(mail.subject)
            .multipart(
                MultiPart::alternative()
                    .singlepart(SinglePart::plain(mail.text))
                    .multipart(html),
            )
            .map_err(|e| permanent(e.to_string()))?;
        match self.transport.send(message).await {
            Ok(_) => Ok(()),
            Err(e) => Err(SendError {
                // Refusals (5xx) fail again; replies 4xx, timeouts and lost
                // connections may not.
                temporary: !e.is_permanent(),
                reply: reply_of(&e),
            }),
        }
    }
}

/// The server's reply as it gave it ("550 5.1.1 …"), without lettre's
/// framing ("permanent error (550): …"); else what went wrong.
fn reply_of(e: &lettre::transport::smtp::Error) -> String {
    let text = e.to_string();
    match e.status() {
        Some(code) => {
            let words = text.split_once("): ").map_or(text.as_str(), |(_, w)| w);
            format!("{code} {words}")
        }
        None => text,
    }
}
