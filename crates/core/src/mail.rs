//! Sending tickets by e-mail: the SMTP settings (the password in the OS keyring where
//! there is one), and a durable queue so that a send that fails for a passing reason
//! (server unreachable, busy) is tried again later and never lost silently.

use crate::{CoreError, Sapar};
use sapar_domain::Lang;
use sapar_render::{email, Layout, MailSecurity, MailSettings};
use serde::{Deserialize, Serialize};
use std::path::{Path, PathBuf};

const SETTINGS_FILE: &str = "mail.json";
const QUEUE_DIR: &str = "mail-queue";
const KEYRING_SERVICE: &str = "kz.sapar.app.smtp";
/// Where the SMTP password comes from when the OS has no keyring (servers, CI).
pub const PASSWORD_ENV: &str = "SAPAR_SMTP_PASSWORD";

/// The outgoing mail server, as the user set it up (no password here).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct MailConfig {
    /// Server host name.
    pub host: String,
    /// Server port.
    pub port: u16,
    /// Connection security.
    pub security: MailSecurity,
    /// User name, when the server wants one.
    pub username: Option<String>,
    /// The sender address.
    pub from: String,
}

/// What happened to a request to send tickets.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "outcome", rename_all = "snake_case")]
pub enum MailOutcome {
    /// The server accepted the message.
    Sent,
    /// The server could not take it now; it waits in the queue.
    Queued {
        /// Why it could not be sent.
        reason: String,
    },
}

/// A send waiting for another try.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct QueuedMail {
    /// Queue entry id.
    pub id: String,
    /// Booking reference or ticket number.
    pub key: String,
    /// Recipient.
    pub to: String,
    /// Language of the message and tickets.
    pub lang: Lang,
    /// How many times it was tried.
    pub attempts: u32,
    /// The last failure.
    pub last_error: String,
}

fn io_err(path: &Path, e: std::io::Error) -> CoreError {
    CoreError::Io(format!("{}: {e}", path.display()))
}

fn write_json_atomically<T: Serialize>(path: &Path, value: &T) -> Result<(), CoreError> {
    let dir = path.parent().unwrap_or(Path::new("."));
    std::fs::create_dir_all(dir).map_err(|e| io_err(dir, e))?;
    let text = serde_json::to_vec_pretty(value).map_err(|e| CoreError::Io(e.to_string()))?;
    let tmp = path.with_extension("tmp");
    std::fs::write(&tmp, text).map_err(|e| io_err(&tmp, e))?;
    std::fs::rename(&tmp, path).map_err(|e| io_err(path, e))
}

fn password(config: &MailConfig) -> Option<String> {
    if let Ok(p) = std::env::var(PASSWORD_ENV) {
        return Some(p);
    }
    let user = config.username.as_deref()?;
    keyring::Entry::new(KEYRING_SERVICE, &format!("{user}@{}", config.host))
        .and_then(|e| e.get_password())
        .ok()
}

impl Sapar {
    fn mail_settings_path(&self) -> PathBuf {
        self.data_dir().join(SETTINGS_FILE)
    }

    fn mail_queue_dir(&self) -> PathBuf {
        self.data_dir().join(QUEUE_DIR)
    }

    /// The saved mail settings, if any.
    pub fn mail_config(&self) -> Result<Option<MailConfig>, CoreError> {
        let path = self.mail_settings_path();
        match std::fs::read(&path) {
            Ok(bytes) => serde_json::from_slice(&bytes).map(Some).map_err(|e| {
                CoreError::Invalid(format!(
                    "the mail settings {} are damaged: {e}",
                    path.display()
                ))
            }),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(None),
            Err(e) => Err(io_err(&path, e)),
        }
    }

    /// Saves the mail settings; the password goes to the OS keyring. Returns whether the
    /// keyring took it (when not, Sapar reads it from `SAPAR_SMTP_PASSWORD`).
    pub fn set_mail_config(
        &self,
        config: &MailConfig,
        password: Option<&str>,
    ) -> Result<bool, CoreError> {
        if config.host.trim().is_empty() || config.port == 0 {
            return Err(CoreError::Invalid(
                "the mail server needs a host and a port".into(),
            ));
        }
        if !config.from.contains('@') {
            return Err(CoreError::Invalid(format!(
                "“{}” is not a sender e-mail address",
                config.from
            )));
        }
        write_json_atomically(&self.mail_settings_path(), config)?;
        let (Some(user), Some(pw)) = (config.username.as_deref(), password) else {
            return Ok(false);
        };
        Ok(
            keyring::Entry::new(KEYRING_SERVICE, &format!("{user}@{}", config.host))
                .and_then(|e| e.set_password(pw))
                .is_ok(),
        )
    }

    /// Sends the tickets of a booking (or one ticket) to `to` as a PDF attachment. A
    /// passing failure queues the send ([`MailOutcome::Queued`]); a lasting one (bad
    /// address, refused, wrong password) is an error.
    pub async fn email_tickets(
        &self,
        key: &str,
        to: &str,
        lang: Lang,
    ) -> Result<MailOutcome, CoreError> {
        let entry = QueuedMail {
            id: uuid_like(),
            key: key.trim().to_string(),
            to: to.trim().to_string(),
            lang,
            attempts: 0,
            last_error: String::new(),
        };
        self.try_send(entry).await
    }

    async fn try_send(&self, mut entry: QueuedMail) -> Result<MailOutcome, CoreError> {
        let config = self.mail_config()?.ok_or_else(|| {
            CoreError::Invalid("no mail server is set up: add one in the settings first".into())
        })?;
        let (booking, pdf) = self.ticket_pdf(&entry.key, entry.lang, Layout::A4).await?;
        let only = booking
            .tickets
            .iter()
            .find(|t| t.number.eq_ignore_ascii_case(&entry.key))
            .map(|t| t.number.clone());
        let docs = crate::tickets::documents(&booking, only.as_deref(), entry.lang)?;
        let settings = MailSettings {
            password: password(&config),
            host: config.host,
            port: config.port,
            security: config.security,
            username: config.username,
            from: config.from,
        };
        let path = self.mail_queue_dir().join(format!("{}.json", entry.id));
        entry.attempts += 1;
        match email::send_tickets(&settings, &entry.to, entry.lang, &docs, pdf).await {
            Ok(()) => {
                let _ = std::fs::remove_file(&path);
                Ok(MailOutcome::Sent)
            }
            Err(e) if e.retryable() => {
                entry.last_error = e.to_string();
                write_json_atomically(&path, &entry)?;
                Ok(MailOutcome::Queued {
                    reason: e.to_string(),
                })
            }
            Err(e) => {
                let _ = std::fs::remove_file(&path);
                Err(CoreError::Mail {
                    code: e.code(),
                    message: e.to_string(),
                })
            }
        }
    }

    /// Sends waiting in the queue, oldest first.
    pub fn queued_mail(&self) -> Result<Vec<QueuedMail>, CoreError> {
        let dir = self.mail_queue_dir();
        let entries = match std::fs::read_dir(&dir) {
            Ok(e) => e,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(vec![]),
            Err(e) => return Err(io_err(&dir, e)),
        };
        let mut queued: Vec<QueuedMail> = entries
            .filter_map(Result::ok)
            .map(|e| e.path())
            .filter(|p| p.extension().is_some_and(|x| x == "json"))
            .filter_map(|p| std::fs::read(&p).ok())
            .filter_map(|b| serde_json::from_slice(&b).ok())
            .collect();
        queued.sort_by(|a, b| a.id.cmp(&b.id));
        Ok(queued)
    }

    /// Tries every queued send again; returns each with what happened.
    pub async fn retry_queued_mail(
        &self,
    ) -> Result<Vec<(QueuedMail, Result<MailOutcome, CoreError>)>, CoreError> {
        let mut done = vec![];
        for entry in self.queued_mail()? {
            let outcome = self.try_send(entry.clone()).await;
            done.push((entry, outcome));
        }
        Ok(done)
    }
}

/// A sortable unique id: time first, then randomness.
fn uuid_like() -> String {
    uuid::Uuid::now_v7().to_string()
}
