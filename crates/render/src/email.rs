//! Tickets by e-mail: a short message in the passenger's language with the PDF attached,
//! sent through the SMTP server the user configured.
//!
//! Failures say what went wrong in words a user can act on, and [`MailError::retryable`]
//! tells the caller whether to queue the message and try again later (the server was
//! unreachable or asked to come back) or to ask the user to fix something (a wrong
//! address, password or a refused recipient).

use crate::wording::t;
use crate::TicketDocument;
use lettre::message::header::ContentType;
use lettre::message::{Attachment, Mailbox, MultiPart, SinglePart};
use lettre::transport::smtp::authentication::Credentials;
use lettre::{AsyncSmtpTransport, AsyncTransport, Message, Tokio1Executor};
use sapar_domain::Lang;
use sapar_i18n::Arg;
use serde::{Deserialize, Serialize};
use std::time::Duration;

/// How long to wait for the mail server at each step.
const SMTP_TIMEOUT: Duration = Duration::from_secs(30);

/// How the connection to the mail server is protected.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum MailSecurity {
    /// TLS from the first byte (usually port 465).
    Tls,
    /// A plain connection upgraded with STARTTLS, required (usually port 587).
    StartTls,
    /// No encryption at all: only for a server on the same machine or in tests.
    Plain,
}

/// The outgoing mail server and sender.
#[derive(Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct MailSettings {
    /// Server host name.
    pub host: String,
    /// Server port (465 for TLS, 587 for STARTTLS, 25 plain).
    pub port: u16,
    /// Connection security.
    pub security: MailSecurity,
    /// User name, when the server wants one.
    pub username: Option<String>,
    /// Password, when the server wants one.
    pub password: Option<String>,
    /// The sender, `name@example.kz` or `Sapar <name@example.kz>`.
    pub from: String,
}

impl std::fmt::Debug for MailSettings {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("MailSettings")
            .field("host", &self.host)
            .field("port", &self.port)
            .field("security", &self.security)
            .field("username", &self.username)
            .field("password", &self.password.as_ref().map(|_| "<hidden>"))
            .field("from", &self.from)
            .finish()
    }
}

/// Why tickets could not be sent.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum MailError {
    /// The sender's or recipient's address is not a valid e-mail address.
    #[error("“{address}” is not a valid e-mail address: {reason}")]
    BadAddress {
        /// The address as given.
        address: String,
        /// What is wrong with it.
        reason: String,
    },
    /// The mail server could not be reached (no network, wrong host or port, timeout).
    #[error("cannot reach the mail server {server}: {reason}")]
    Unreachable {
        /// `host:port`.
        server: String,
        /// The network error.
        reason: String,
    },
    /// The server did not accept the user name or password.
    #[error("the mail server {server} did not accept the user name or password: {reason}")]
    AuthFailed {
        /// `host:port`.
        server: String,
        /// The server's answer.
        reason: String,
    },
    /// The server refused the message for good (e.g. no such mailbox).
    #[error("the mail server refused the message (code {code}): {reason}")]
    Refused {
        /// The SMTP reply code (5xx).
        code: u16,
        /// The server's answer.
        reason: String,
    },
    /// The server is busy or asked to try later (4xx).
    #[error("the mail server cannot take the message now (code {code}): {reason}")]
    Deferred {
        /// The SMTP reply code (4xx).
        code: u16,
        /// The server's answer.
        reason: String,
    },
    /// A secure connection could not be set up (certificate, protocol).
    #[error("cannot open a secure connection to the mail server {server}: {reason}")]
    Tls {
        /// `host:port`.
        server: String,
        /// The TLS error.
        reason: String,
    },
    /// The e-mail itself could not be put together.
    #[error("cannot build the e-mail: {0}")]
    Message(String),
}

impl MailError {
    /// Whether sending later may succeed without the user changing anything.
    pub fn retryable(&self) -> bool {
        matches!(
            self,
            MailError::Unreachable { .. } | MailError::Deferred { .. }
        )
    }

    /// A stable code for the UI to switch on.
    pub fn code(&self) -> &'static str {
        match self {
            MailError::BadAddress { .. } => "mail_bad_address",
            MailError::Unreachable { .. } => "mail_unreachable",
            MailError::AuthFailed { .. } => "mail_auth_failed",
            MailError::Refused { .. } => "mail_refused",
            MailError::Deferred { .. } => "mail_deferred",
            MailError::Tls { .. } => "mail_tls",
            MailError::Message(_) => "mail_message",
        }
    }
}

/// The subject and plain-text body of the e-mail carrying `docs`, in `lang`.
pub fn mail_text(lang: Lang, docs: &[TicketDocument]) -> (String, String) {
    let mut references: Vec<&str> = docs
        .iter()
        .map(|d| d.booking_reference.value.as_str())
        .collect();
    references.dedup();
    let reference = references.join(", ");
    let subject = t(
        lang,
        "ticket-mail-subject",
        &[("reference", Arg::Str(&reference))],
    );
    let count = i64::try_from(docs.len()).unwrap_or(i64::MAX);
    let mut body = String::new();
    body.push_str(&t(lang, "ticket-mail-greeting", &[]));
    body.push_str("\n\n");
    body.push_str(&t(lang, "ticket-mail-intro", &[("count", Arg::Num(count))]));
    body.push_str("\n\n");
    for d in docs {
        body.push_str(&format!(
            "{} {} · {} → {}\n{}: {}, {}\n{}: {}",
            d.trip.label,
            d.trip.value,
            d.departure.place,
            d.arrival.place,
            d.departure.label,
            d.departure.date,
            d.departure.time,
            d.passenger.label,
            d.passenger.value,
        ));
        for f in d.placement.iter().filter(|f| !f.value.is_empty()) {
            body.push_str(&format!(" · {}: {}", f.label, f.value));
        }
        body.push_str(&format!(
            "\n{}: {}\n\n",
            d.ticket_number.label, d.ticket_number.value
        ));
    }
    body.push_str(&t(lang, "ticket-mail-outro", &[]));
    body.push_str("\n\n");
    body.push_str(&t(lang, "ticket-mail-signature", &[]));
    body.push('\n');
    (subject, body)
}

/// The file name of the attached PDF: `sapar-tickets-<reference>.pdf`, ASCII only.
pub fn attachment_name(docs: &[TicketDocument]) -> String {
    let reference: String = docs
        .first()
        .map(|d| d.booking_reference.value.as_str())
        .unwrap_or("")
        .chars()
        .filter(|c| c.is_ascii_alphanumeric() || *c == '-')
        .collect();
    if reference.is_empty() {
        "sapar-tickets.pdf".into()
    } else {
        format!("sapar-tickets-{reference}.pdf")
    }
}

/// Sends `pdf` (the tickets of `docs`, rendered) to `to`, with a subject and a short
/// summary in `lang`.
pub async fn send_tickets(
    settings: &MailSettings,
    to: &str,
    lang: Lang,
    docs: &[TicketDocument],
    pdf: Vec<u8>,
) -> Result<(), MailError> {
    let message = build_message(settings, to, lang, docs, pdf)?;
    let server = format!("{}:{}", settings.host, settings.port);
    let builder = match settings.security {
        MailSecurity::Tls => AsyncSmtpTransport::<Tokio1Executor>::relay(&settings.host),
        MailSecurity::StartTls => {
            AsyncSmtpTransport::<Tokio1Executor>::starttls_relay(&settings.host)
        }
        MailSecurity::Plain => Ok(AsyncSmtpTransport::<Tokio1Executor>::builder_dangerous(
            settings.host.clone(),
        )),
    }
    .map_err(|e| MailError::Tls {
        server: server.clone(),
        reason: e.to_string(),
    })?;
    let mut builder = builder.port(settings.port).timeout(Some(SMTP_TIMEOUT));
    if let Some(user) = settings.username.as_ref().filter(|u| !u.is_empty()) {
        builder = builder.credentials(Credentials::new(
            user.clone(),
            settings.password.clone().unwrap_or_default(),
        ));
    }
    let transport = builder.build();
    transport
        .send(message)
        .await
        .map(|_| ())
        .map_err(|e| classify(&e, &server))
}

fn parse_mailbox(address: &str) -> Result<Mailbox, MailError> {
    address
        .trim()
        .parse::<Mailbox>()
        .map_err(|e| MailError::BadAddress {
            address: address.to_string(),
            reason: e.to_string(),
        })
}

fn build_message(
    settings: &MailSettings,
    to: &str,
    lang: Lang,
    docs: &[TicketDocument],
    pdf: Vec<u8>,
) -> Result<Message, MailError> {
    let from = parse_mailbox(&settings.from)?;
    let to = parse_mailbox(to)?;
    let (subject, body) = mail_text(lang, docs);
    let pdf_type =
        ContentType::parse("application/pdf").map_err(|e| MailError::Message(e.to_string()))?;
    Message::builder()
        .from(from)
        .to(to)
        .subject(subject)
        .multipart(
            MultiPart::mixed()
                .singlepart(SinglePart::plain(body))
                .singlepart(Attachment::new(attachment_name(docs)).body(pdf, pdf_type)),
        )
        .map_err(|e| MailError::Message(e.to_string()))
}

/// Sorts a transport error into what the user can do about it.
fn classify(e: &lettre::transport::smtp::Error, server: &str) -> MailError {
    let reason = error_text(e);
    let code = e
        .status()
        .and_then(|c| c.to_string().parse::<u16>().ok())
        .unwrap_or(0);
    if e.is_tls() {
        return MailError::Tls {
            server: server.into(),
            reason,
        };
    }
    if e.is_permanent() {
        return match code {
            530 | 534 | 535 | 538 => MailError::AuthFailed {
                server: server.into(),
                reason,
            },
            _ => MailError::Refused { code, reason },
        };
    }
    if e.is_transient() {
        return MailError::Deferred { code, reason };
    }
    if e.is_client() && reason.contains("authentication") {
        return MailError::AuthFailed {
            server: server.into(),
            reason,
        };
    }
    if e.is_response() || e.is_client() {
        return MailError::Refused { code, reason };
    }
    // Connection, network, timeout, shutdown: nothing the user typed is wrong.
    MailError::Unreachable {
        server: server.into(),
        reason,
    }
}

/// The error with its causes, on one line.
fn error_text(e: &(dyn std::error::Error + 'static)) -> String {
    let mut text = e.to_string();
    let mut source = e.source();
    while let Some(s) = source {
        let s_text = s.to_string();
        if !text.contains(&s_text) {
            text.push_str(": ");
            text.push_str(&s_text);
        }
        source = s.source();
    }
    text
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::fixtures;

    fn docs(lang: Lang) -> Vec<TicketDocument> {
        let b = fixtures::talgo_booking();
        (0..2)
            .map(|i| {
                TicketDocument::from_booking(&b, i, Some(&fixtures::ktz()), None, lang).unwrap()
            })
            .collect()
    }

    #[test]
    fn russian_mail_counts_tickets_with_the_right_plural() {
        let (subject, body) = mail_text(Lang::Ru, &docs(Lang::Ru));
        assert_eq!(subject, "Ваши билеты, заказ 52918374");
        assert!(body.starts_with("Здравствуйте!"), "{body}");
        assert!(
            body.contains("К письму приложены 2 билета в одном PDF-файле."),
            "{body}"
        );
        assert!(body.contains("72014986531") && body.contains("72014986532"));
        assert!(body.contains("17, нижнее"), "{body}");
    }

    #[test]
    fn kazakh_and_english_mail() {
        let (subject, body) = mail_text(Lang::Kk, &docs(Lang::Kk)[..1]);
        assert_eq!(subject, "Сіздің билеттеріңіз, 52918374 тапсырысы");
        assert!(body.contains("Хатқа 1 билет PDF файлы түрінде тіркелген."));
        let (_, body) = mail_text(Lang::En, &docs(Lang::En)[..1]);
        assert!(body.contains("Your ticket is attached to this e-mail as a PDF file."));
    }

    #[test]
    fn password_never_shows_in_debug_output() {
        let s = MailSettings {
            host: "smtp.example.kz".into(),
            port: 587,
            security: MailSecurity::StartTls,
            username: Some("agency".into()),
            password: Some("s3cret-pass".into()),
            from: "Sapar <tickets@example.kz>".into(),
        };
        let shown = format!("{s:?}");
        assert!(!shown.contains("s3cret-pass") && shown.contains("<hidden>"));
    }

    #[test]
    fn bad_addresses_are_not_retried() {
        let s = MailSettings {
            host: "127.0.0.1".into(),
            port: 25,
            security: MailSecurity::Plain,
            username: None,
            password: None,
            from: "tickets@example.kz".into(),
        };
        let err =
            build_message(&s, "not an address", Lang::En, &docs(Lang::En), vec![]).unwrap_err();
        assert!(matches!(err, MailError::BadAddress { .. }), "{err}");
        assert!(!err.retryable());
        assert_eq!(
            attachment_name(&docs(Lang::En)),
            "sapar-tickets-52918374.pdf"
        );
    }
}
