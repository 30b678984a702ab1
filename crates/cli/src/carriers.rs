//! `sapar carriers …`: the carriers Sapar buys from, and the helpers the buying
//! commands share (demo carriers when none is set up, payments left unfinished).

use crate::output::Out;
use crate::Failure;
use clap::Subcommand;
use sapar_core::{ResumeOutcome, Sapar};
use sapar_i18n::Arg;
use std::io::Read;

/// `sapar carriers …`
#[derive(Debug, Subcommand)]
pub enum CarriersCommand {
    /// Lists the carriers set up.
    List,
    /// Adds a carrier: its code, its base URL and the API key Sapar sells with.
    Add {
        /// The carrier's code (KTZ, KC, FS…).
        code: String,
        /// The carrier's base URL (without /v1).
        url: String,
        /// The API key (visible to other users of this computer: prefer --key-stdin).
        #[arg(long, conflicts_with = "key_stdin", env = "SAPAR_CARRIER_KEY")]
        key: Option<String>,
        /// Read the API key from standard input.
        #[arg(long)]
        key_stdin: bool,
    },
    /// Removes a carrier and its API key (its tickets still verify offline).
    Remove {
        /// The carrier's code.
        code: String,
    },
    /// Uses a carrier again in searches and syncs.
    Enable {
        /// The carrier's code.
        code: String,
    },
    /// Leaves a carrier out of searches and syncs.
    Disable {
        /// The carrier's code.
        code: String,
    },
    /// Starts Sapar's demo carriers in this process (nothing real is sold).
    Demo,
}

/// Runs a carriers command.
pub async fn run(sapar: &Sapar, cmd: CarriersCommand, out: &Out) -> Result<(), Failure> {
    match cmd {
        CarriersCommand::List => list(sapar, out).await,
        CarriersCommand::Add {
            code,
            url,
            key,
            key_stdin,
        } => {
            let key = match (key, key_stdin) {
                (_, true) => {
                    let mut text = String::new();
                    std::io::stdin()
                        .read_to_string(&mut text)
                        .map_err(|e| Failure::new("io", e.to_string()))?;
                    text.trim().to_string()
                }
                (Some(k), false) => k,
                (None, false) => {
                    return Err(Failure::new(
                        "invalid_input",
                        out.t("booking-carrier-key-needed", &[]),
                    ))
                }
            };
            let added = sapar.add_carrier(&code, &url, &key).await?;
            if out.json() {
                return out.print_json(&added);
            }
            let code = added.carrier.code.as_str();
            match &added.profile_error {
                None => println!(
                    "{}",
                    out.t("booking-carrier-added", &[("code", Arg::Str(code))])
                ),
                Some(reason) => println!(
                    "{}",
                    out.t(
                        "booking-carrier-added-offline",
                        &[("code", Arg::Str(code)), ("reason", Arg::Str(reason))]
                    )
                ),
            }
            if !added.carrier.key_in_keyring {
                println!("{}", out.t("booking-carrier-key-wallet", &[]));
            }
            Ok(())
        }
        CarriersCommand::Remove { code } => {
            sapar.remove_carrier(&code).await?;
            done(out, "booking-carrier-removed", &code)
        }
        CarriersCommand::Enable { code } => {
            sapar.set_carrier_enabled(&code, true).await?;
            done(out, "booking-carrier-now-enabled", &code)
        }
        CarriersCommand::Disable { code } => {
            sapar.set_carrier_enabled(&code, false).await?;
            done(out, "booking-carrier-now-disabled", &code)
        }
        CarriersCommand::Demo => {
            let codes = sapar.start_demo_carriers().await?;
            if out.json() {
                return out.print_json(&serde_json::json!({ "demo_carriers": codes }));
            }
            let list = codes.join(", ");
            println!(
                "{}",
                out.t("booking-demo-started", &[("codes", Arg::Str(&list))])
            );
            Ok(())
        }
    }
}

fn done(out: &Out, id: &str, code: &str) -> Result<(), Failure> {
    if out.json() {
        return out.print_json(&serde_json::json!({ "carrier": code.to_ascii_uppercase() }));
    }
    println!(
        "{}",
        out.t(id, &[("code", Arg::Str(&code.to_ascii_uppercase()))])
    );
    Ok(())
}

async fn list(sapar: &Sapar, out: &Out) -> Result<(), Failure> {
    let carriers = sapar.carriers().await?;
    if out.json() {
        return out.print_json(&carriers);
    }
    if carriers.is_empty() {
        println!("{}", out.t("booking-carriers-none", &[]));
    }
    let lang = match out.lang() {
        sapar_domain::Lang::Kk => 0,
        sapar_domain::Lang::Ru => 1,
        sapar_domain::Lang::En => 2,
    };
    for c in carriers {
        let mut flags = vec![out.t(
            if c.enabled {
                "booking-carrier-enabled"
            } else {
                "booking-carrier-disabled"
            },
            &[],
        )];
        if c.demo {
            flags.push(out.t("booking-carrier-demo", &[]));
        }
        let synced = match (&c.last_sync_error, &c.last_sync_at) {
            (Some(e), _) => out.t("booking-carrier-sync-failed", &[("error", Arg::Str(e))]),
            (None, Some(at)) => out.t("booking-carrier-synced", &[("at", Arg::Str(&local(at)))]),
            (None, None) => out.t("booking-carrier-never-synced", &[]),
        };
        println!(
            "{:<5} {}  [{}]\n      {}  {}",
            c.code,
            c.names[lang],
            flags.join(", "),
            c.base_url,
            synced
        );
    }
    Ok(())
}

/// An instant of the wallet as Kazakhstan's local time, `YYYY-MM-DD HH:MM`.
fn local(utc: &str) -> String {
    chrono::DateTime::parse_from_rfc3339(utc)
        .map(|t| {
            t.with_timezone(&chrono_tz::Asia::Almaty)
                .format("%Y-%m-%d %H:%M")
                .to_string()
        })
        .unwrap_or_else(|_| utc.to_string())
}

/// Before buying or syncing: the demo carriers when no carrier is set up, and payments
/// a previous run left unfinished.
pub async fn prepare(sapar: &Sapar, out: &Out, resume: bool) -> Result<(), Failure> {
    if sapar.use_demo_carriers_if_none().await? && !out.json() {
        eprintln!("{}", out.t("booking-using-demo", &[]));
    }
    if !resume {
        return Ok(());
    }
    for r in sapar.resume_pending().await? {
        if out.json() {
            continue;
        }
        match r.outcome {
            ResumeOutcome::Completed { reference } => eprintln!(
                "{}",
                out.t(
                    "booking-resumed-completed",
                    &[("reference", Arg::Str(&reference))]
                )
            ),
            ResumeOutcome::Failed { message, .. } => eprintln!(
                "{}",
                out.t("booking-resumed-failed", &[("reason", Arg::Str(&message))])
            ),
            ResumeOutcome::StillPending { .. } => eprintln!(
                "{}",
                out.t("booking-resumed-pending", &[("hold", Arg::Str(&r.hold_id))])
            ),
        }
    }
    Ok(())
}
