//! The mail settings form and what became of a send, as the UI receives them. The
//! shapes follow core's `MailConfig`, `MailOutcome` and `QueuedMail` field for field;
//! the password never comes back from Rust.

use crate::error::IpcError;
use sapar_core::{CoreError, MailConfig, MailOutcome, QueuedMail};
use sapar_domain::Lang;
use sapar_render::MailSecurity;
use serde::{Deserialize, Serialize};

/// How the connection to the mail server is protected.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
#[serde(rename_all = "snake_case")]
pub enum Security {
    /// TLS from the first byte (usually port 465).
    Tls,
    /// A plain connection upgraded with STARTTLS (usually port 587).
    StartTls,
    /// No encryption: only for a server on the same machine.
    Plain,
}

impl From<MailSecurity> for Security {
    fn from(s: MailSecurity) -> Self {
        match s {
            MailSecurity::Tls => Security::Tls,
            MailSecurity::StartTls => Security::StartTls,
            MailSecurity::Plain => Security::Plain,
        }
    }
}

impl From<Security> for MailSecurity {
    fn from(s: Security) -> Self {
        match s {
            Security::Tls => MailSecurity::Tls,
            Security::StartTls => MailSecurity::StartTls,
            Security::Plain => MailSecurity::Plain,
        }
    }
}

/// The outgoing mail server, without its password.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
pub struct MailServer {
    /// Server host name.
    pub host: String,
    /// Server port.
    pub port: u16,
    /// Connection security.
    pub security: Security,
    /// User name, when the server wants one.
    pub username: Option<String>,
    /// The sender address.
    pub from: String,
}

impl From<MailConfig> for MailServer {
    fn from(c: MailConfig) -> Self {
        Self {
            host: c.host,
            port: c.port,
            security: c.security.into(),
            username: c.username,
            from: c.from,
        }
    }
}

impl From<MailServer> for MailConfig {
    fn from(s: MailServer) -> Self {
        let username = s
            .username
            .map(|u| u.trim().to_string())
            .filter(|u| !u.is_empty());
        Self {
            host: s.host.trim().to_string(),
            port: s.port,
            security: s.security.into(),
            username,
            from: s.from.trim().to_string(),
        }
    }
}

/// What happened to a send.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, specta::Type)]
#[serde(tag = "outcome", rename_all = "snake_case")]
pub enum SendOutcome {
    /// The server accepted the message.
    Sent,
    /// The server could not take it now; it waits in the queue for another try.
    Queued {
        /// Why it could not be sent.
        reason: String,
    },
}

impl From<MailOutcome> for SendOutcome {
    fn from(o: MailOutcome) -> Self {
        match o {
            MailOutcome::Sent => SendOutcome::Sent,
            MailOutcome::Queued { reason } => SendOutcome::Queued { reason },
        }
    }
}

/// A send waiting for another try.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, specta::Type)]
pub struct WaitingMail {
    /// Queue entry id.
    pub id: String,
    /// Booking reference or ticket number.
    pub key: String,
    /// Recipient.
    pub to: String,
    /// Language of the message.
    pub lang: Lang,
    /// How many times it was tried.
    pub attempts: u32,
    /// The last failure.
    pub last_error: String,
}

impl From<QueuedMail> for WaitingMail {
    fn from(q: QueuedMail) -> Self {
        Self {
            id: q.id,
            key: q.key,
            to: q.to,
            lang: q.lang,
            attempts: q.attempts,
            last_error: q.last_error,
        }
    }
}

/// One queued send tried again: sent, queued again, or failed for good.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, specta::Type)]
pub struct RetryResult {
    /// The send.
    pub mail: WaitingMail,
    /// What happened, when it did not fail.
    pub outcome: Option<SendOutcome>,
    /// Why it failed for good.
    pub error: Option<IpcError>,
}

impl RetryResult {
    /// The result of one retry.
    pub fn new(mail: QueuedMail, result: Result<MailOutcome, CoreError>) -> Self {
        let (outcome, error) = match result {
            Ok(o) => (Some(o.into()), None),
            Err(e) => (None, Some(e.into())),
        };
        Self {
            mail: mail.into(),
            outcome,
            error,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_form_trims_and_drops_an_empty_user_name() {
        let config = MailConfig::from(MailServer {
            host: " smtp.example.kz ".into(),
            port: 587,
            security: Security::StartTls,
            username: Some("  ".into()),
            from: " tickets@example.kz".into(),
        });
        assert_eq!(config.host, "smtp.example.kz");
        assert_eq!(config.username, None);
        assert_eq!(config.from, "tickets@example.kz");
        assert_eq!(config.security, MailSecurity::StartTls);
        assert_eq!(MailServer::from(config).security, Security::StartTls);
    }

    #[test]
    fn outcomes_serialise_with_their_tag() {
        let queued = SendOutcome::from(MailOutcome::Queued {
            reason: "server unreachable".into(),
        });
        let json = serde_json::to_value(queued).unwrap_or_default();
        assert_eq!(
            json,
            serde_json::json!({ "outcome": "queued", "reason": "server unreachable" })
        );
    }
}
