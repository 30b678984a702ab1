//! `sapar ticket …` and `sapar mail …`: PDF tickets and sending them by e-mail.

use crate::args::{MailCommand, TicketCommand};
use crate::output::Out;
use crate::Failure;
use sapar_core::{Layout, MailConfig, MailOutcome, Sapar};
use sapar_i18n::Arg;
use std::io::Read;
use std::path::PathBuf;

/// Runs a ticket command.
pub async fn run(sapar: &Sapar, cmd: TicketCommand, out: &Out) -> Result<(), Failure> {
    match cmd {
        TicketCommand::Pdf {
            reference,
            layout,
            out: file,
        } => {
            let layout = if layout == "receipt" {
                Layout::Receipt80mm
            } else {
                Layout::A4
            };
            let (booking, pdf) = sapar.ticket_pdf(&reference, out.lang(), layout).await?;
            let file = file.unwrap_or_else(|| PathBuf::from(format!("{}.pdf", booking.reference)));
            write_atomically(&file, &pdf)?;
            if out.json() {
                return out.print_json(&serde_json::json!({
                    "file": file, "bytes": pdf.len(), "reference": booking.reference,
                }));
            }
            let file = file.display().to_string();
            println!("{}", out.t("cli-pdf-written", &[("file", Arg::Str(&file))]));
            Ok(())
        }
        TicketCommand::Email { reference, to } => {
            let outcome = sapar.email_tickets(&reference, &to, out.lang()).await?;
            if out.json() {
                return out.print_json(&outcome);
            }
            match outcome {
                MailOutcome::Sent => {
                    println!("{}", out.t("cli-mail-sent", &[("to", Arg::Str(&to))]));
                }
                MailOutcome::Queued { reason } => println!(
                    "{}",
                    out.t("cli-mail-queued", &[("reason", Arg::Str(&reason))])
                ),
            }
            Ok(())
        }
    }
}

/// Runs a mail command.
pub async fn run_mail(sapar: &Sapar, cmd: MailCommand, out: &Out) -> Result<(), Failure> {
    match cmd {
        MailCommand::Setup {
            host,
            port,
            security,
            user,
            password_stdin,
            from,
        } => {
            let security = serde_json::from_value(serde_json::Value::String(security))
                .map_err(|e| Failure::new("invalid_input", e.to_string()))?;
            let password = if password_stdin {
                let mut text = String::new();
                std::io::stdin()
                    .read_to_string(&mut text)
                    .map_err(|e| Failure::new("io", e.to_string()))?;
                Some(text.trim_end_matches(['\r', '\n']).to_string())
            } else {
                None
            };
            let config = MailConfig {
                host,
                port,
                security,
                username: user,
                from,
            };
            let in_keyring = sapar.set_mail_config(&config, password.as_deref())?;
            if out.json() {
                return out.print_json(
                    &serde_json::json!({ "saved": true, "password_in_keyring": in_keyring }),
                );
            }
            println!("{}", out.t("cli-mail-saved", &[]));
            if password.is_some() && !in_keyring {
                println!("{}", out.t("cli-mail-no-keyring", &[]));
            }
            Ok(())
        }
        MailCommand::Queue => {
            let queued = sapar.queued_mail()?;
            if out.json() {
                return out.print_json(&queued);
            }
            if queued.is_empty() {
                println!("{}", out.t("cli-mail-queue-empty", &[]));
            }
            for q in queued {
                println!("{}  {}  ×{}  {}", q.key, q.to, q.attempts, q.last_error);
            }
            Ok(())
        }
        MailCommand::Retry => {
            let results = sapar.retry_queued_mail().await?;
            let mut failed = 0;
            let mut report = vec![];
            for (entry, result) in results {
                let status = match result {
                    Ok(MailOutcome::Sent) => "sent".to_string(),
                    Ok(MailOutcome::Queued { reason }) => format!("queued: {reason}"),
                    Err(e) => {
                        failed += 1;
                        format!("failed: {e}")
                    }
                };
                report.push(
                    serde_json::json!({ "key": entry.key, "to": entry.to, "status": status }),
                );
                if !out.json() {
                    println!("{}  {}  {}", entry.key, entry.to, status);
                }
            }
            if out.json() {
                out.print_json(&report)?;
            }
            if failed > 0 {
                return Err(Failure::new(
                    "mail_failed",
                    format!("{failed} sends failed for good"),
                ));
            }
            Ok(())
        }
    }
}

/// Writes a file through a temporary one, so a failure never leaves half a PDF.
fn write_atomically(path: &std::path::Path, bytes: &[u8]) -> Result<(), Failure> {
    let fail = |e: std::io::Error| Failure::new("io", format!("{}: {e}", path.display()));
    let tmp = path.with_extension("pdf.part");
    std::fs::write(&tmp, bytes).map_err(fail)?;
    std::fs::rename(&tmp, path).map_err(fail)
}
