//! The e-mail that invites a person: a template organisers may reword,
//! with placeholders filled per person, as plain text and as HTML.

/// The content id by which the HTML shows the QR code sent with it.
pub const QR_IMAGE_ID: &str = "sign-in-qr@convene";

/// The placeholders a template may use; `{link}` it must.
pub const PLACEHOLDERS: &[&str] = &["name", "consultation", "dates", "place", "link"];

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MailTemplate {
    pub subject: String,
    pub body: String,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum TemplateProblem {
    EmptySubject,
    /// The body has no `{link}`: nobody could sign in.
    NoLink,
    /// A `{word}` that is not one of [`PLACEHOLDERS`].
    Unknown(String),
}

/// The values of the placeholders for one person.
pub struct Values<'a> {
    pub name: &'a str,
    pub consultation: &'a str,
    pub dates: &'a str,
    pub place: &'a str,
    pub link: &'a str,
}

impl Values<'_> {
    fn get(&self, key: &str) -> Option<&str> {
        Some(match key {
            "name" => self.name,
            "consultation" => self.consultation,
            "dates" => self.dates,
            "place" => self.place,
            "link" => self.link,
            _ => return None,
        })
    }
}

/// A filled template.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Filled {
    pub subject: String,
    pub text: String,
    pub html: String,
}

/// The `{word}`s of a text.
fn placeholders(text: &str) -> impl Iterator<Item = &str> {
    text.split('{')
        .skip(1)
        .filter_map(|rest| rest.split_once('}').map(|(word, _)| word))
        .filter(|word| !word.is_empty() && word.chars().all(|c| c.is_ascii_lowercase()))
}

impl MailTemplate {
    pub fn check(&self) -> Result<(), TemplateProblem> {
        if self.subject.trim().is_empty() {
            return Err(TemplateProblem::EmptySubject);
        }
        for text in [&self.subject, &self.body] {
            if let Some(word) = placeholders(text).find(|w| !PLACEHOLDERS.contains(w)) {
                return Err(TemplateProblem::Unknown(word.to_owned()));
            }
        }
        if !placeholders(&self.body).any(|w| w == "link") {
            return Err(TemplateProblem::NoLink);
        }
        Ok(())
    }

    /// The message for one person; `qr_alt` describes the QR code image
    /// the HTML shows below the text.
    pub fn fill(&self, values: &Values, qr_alt: &str) -> Filled {
        let subject = fill_text(&self.subject, values).replace(['\r', '\n'], " ");
        let text = fill_text(&self.body, values);
        let paragraphs: Vec<String> = self
            .body
            .replace("\r\n", "\n")
            .split("\n\n")
            .filter(|p| !p.trim().is_empty())
            .map(|p| {
                format!(
                    "<p>{}</p>",
                    fill_html(p.trim(), values).replace('\n', "<br>\n")
                )
            })
            .collect();
        let html = format!(
            "<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>{}</title></head>\
             <body style=\"font-family: sans-serif; line-height: 1.5; max-width: 36em\">\n{}\n\
             <p><img src=\"cid:{}\" alt=\"{}\" width=\"200\" height=\"200\"></p>\n</body></html>\n",
            escape(&subject),
            paragraphs.join("\n"),
            QR_IMAGE_ID,
            escape(qr_alt),
        );
        Filled {
            subject,
            text,
            html,
        }
    }
}

fn fill_with(template: &str, mut value: impl FnMut(&str) -> Option<String>) -> String {
    let mut out = String::with_capacity(template.len() + 64);
    let mut rest = template;
    while let Some(start) = rest.find('{') {
        out.push_str(&rest[..start]);
        let after = &rest[start + 1..];
        match after
            .split_once('}')
            .and_then(|(word, tail)| Some((value(word)?, tail)))
        {
            Some((filled, tail)) => {
                out.push_str(&filled);
                rest = tail;
            }
            None => {
                out.push('{');
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out
}

fn fill_text(template: &str, values: &Values) -> String {
    fill_with(template, |word| values.get(word).map(str::to_owned))
}

/// Escapes the template's own text and the values; the link becomes a link.
fn fill_html(template: &str, values: &Values) -> String {
    let escaped = escape(template);
    fill_with(&escaped, |word| {
        let value = values.get(word)?;
        Some(match word {
            "link" => format!("<a href=\"{0}\">{0}</a>", escape(value)),
            _ => escape(value),
        })
    })
}

fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn values() -> Values<'static> {
        Values {
            name: "Amin <Muftiyanah>",
            consultation: "Regional consultation",
            dates: "3–5 December",
            place: "Bangkok",
            link: "https://example.org/signin/abc?x=1&y=2",
        }
    }

    #[test]
    fn fills_text_and_escapes_html() {
        let t = MailTemplate {
            subject: "Invitation: {consultation}".into(),
            body: "Dear {name},\n\nJoin us in {place}, {dates}:\n{link}\n\n{unknown} stays".into(),
        };
        let filled = t.fill(&values(), "QR code");
        assert_eq!(filled.subject, "Invitation: Regional consultation");
        assert!(
            filled
                .text
                .starts_with("Dear Amin <Muftiyanah>,\n\nJoin us in Bangkok")
        );
        assert!(filled.text.contains("{unknown} stays"));
        assert!(filled.html.contains("Dear Amin &lt;Muftiyanah&gt;,"));
        assert!(filled.html.contains(
            "<a href=\"https://example.org/signin/abc?x=1&amp;y=2\">https://example.org/signin/abc?x=1&amp;y=2</a>"
        ));
        assert!(filled.html.contains("cid:sign-in-qr@convene"));
        assert!(!filled.html.contains("<Muftiyanah>"));
    }

    #[test]
    fn a_template_needs_the_link_and_known_placeholders() {
        let t = |subject: &str, body: &str| MailTemplate {
            subject: subject.into(),
            body: body.into(),
        };
        assert_eq!(t("Hi", "{link}").check(), Ok(()));
        assert_eq!(t("Hi", "Come").check(), Err(TemplateProblem::NoLink));
        assert_eq!(t(" ", "{link}").check(), Err(TemplateProblem::EmptySubject));
        assert_eq!(
            t("Hi {nmae}", "{link}").check(),
            Err(TemplateProblem::Unknown("nmae".into()))
        );
        assert_eq!(
            t("Hi", "{link} {JSON}").check(),
            Ok(()),
            "not a placeholder"
        );
    }
}
