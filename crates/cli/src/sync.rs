//! `sapar sync` and `sapar outbox`: syncing with the carriers now, with what changed in
//! words; the refunds waiting to reach their carrier.

use crate::carriers::prepare;
use crate::output::Out;
use crate::Failure;
use clap::Args;
use sapar_core::{Change, OutboxState, RefundOutcome, ResumeOutcome, Sapar};
use sapar_domain::Money;
use sapar_i18n::Arg;

/// Flags of `sapar outbox`.
#[derive(Debug, Args)]
pub struct OutboxArgs {
    /// Send the waiting refunds now.
    #[arg(long)]
    pub send: bool,
    /// Accept the carrier's lower price of a waiting refund (its id), and send it.
    #[arg(long, value_name = "ID", conflicts_with_all = ["send", "cancel"])]
    pub accept: Option<String>,
    /// Withdraw a waiting refund (its id).
    #[arg(long, value_name = "ID", conflicts_with = "send")]
    pub cancel: Option<String>,
}

/// A change in words.
pub fn describe(change: &Change, out: &Out) -> String {
    match change {
        Change::Delay {
            reference,
            trip_number,
            from_code,
            departure_utc,
            delay_minutes,
            ..
        } => {
            let date = departure_utc.get(..10).unwrap_or(departure_utc);
            let args = [
                ("reference", Arg::Str(reference)),
                ("trip", Arg::Str(trip_number)),
                ("from", Arg::Str(from_code)),
                ("date", Arg::Str(date)),
                ("minutes", Arg::Num(i64::from(*delay_minutes))),
            ];
            if *delay_minutes == 0 {
                out.t("booking-change-on-time", &args)
            } else {
                out.t("booking-change-delay", &args)
            }
        }
        Change::Platform {
            reference,
            trip_number,
            from_code,
            platform,
            ..
        } => out.t(
            "booking-change-platform",
            &[
                ("reference", Arg::Str(reference)),
                ("trip", Arg::Str(trip_number)),
                ("from", Arg::Str(from_code)),
                ("platform", Arg::Str(platform)),
            ],
        ),
        Change::TicketStatus {
            reference,
            ticket_number,
            passenger,
            to,
            ..
        } => {
            let status = out.t(&format!("status-{}", to.as_str()), &[]);
            out.t(
                "booking-change-status",
                &[
                    ("reference", Arg::Str(reference)),
                    ("ticket", Arg::Str(ticket_number)),
                    ("passenger", Arg::Str(passenger)),
                    ("status", Arg::Str(&status)),
                ],
            )
        }
        Change::Keys { carrier, keys } => out.t(
            "booking-change-keys",
            &[
                ("carrier", Arg::Str(carrier)),
                ("count", Arg::Num(i64::from(*keys))),
            ],
        ),
        Change::Booking { reference, .. } => out.t(
            "booking-change-booking",
            &[("reference", Arg::Str(reference))],
        ),
    }
}

/// Runs `sapar sync`.
pub async fn run(sapar: &Sapar, out: &Out) -> Result<(), Failure> {
    prepare(sapar, out, false).await?;
    let report = sapar.sync_now().await?;
    if out.json() {
        return out.print_json(&report);
    }
    for p in &report.purchases {
        if let ResumeOutcome::Completed { reference } = &p.outcome {
            println!(
                "{}",
                out.t(
                    "booking-resumed-completed",
                    &[("reference", Arg::Str(reference))]
                )
            );
        }
    }
    for o in &report.outbox {
        if o.entry.state == OutboxState::Done {
            println!(
                "{}",
                out.t(
                    "booking-refunded",
                    &[
                        (
                            "amount",
                            Arg::Str(
                                &Money::tiyn(o.entry.result_tiyn.unwrap_or(0)).format(out.lang())
                            )
                        ),
                        ("reference", Arg::Str(&o.entry.booking_reference)),
                    ]
                )
            );
        }
    }
    for change in &report.changes {
        println!("{}", describe(change, out));
    }
    for c in &report.carriers {
        if let Some(e) = &c.error {
            eprintln!(
                "{}",
                out.t(
                    "booking-sync-failed",
                    &[("carrier", Arg::Str(&c.carrier)), ("reason", Arg::Str(e))]
                )
            );
        }
    }
    if report.changes.is_empty() {
        println!("{}", out.t("booking-sync-nothing", &[]));
    }
    let failed = report.carriers.iter().filter(|c| c.error.is_some()).count();
    if failed > 0 && failed == report.carriers.len() {
        return Err(Failure::new(
            "offline",
            out.t("booking-sync-all-failed", &[]),
        ));
    }
    Ok(())
}

/// Runs `sapar outbox`.
pub async fn run_outbox(sapar: &Sapar, args: OutboxArgs, out: &Out) -> Result<(), Failure> {
    if let Some(id) = &args.accept {
        let outcome = sapar.accept_outbox_price(id).await?;
        if out.json() {
            return out.print_json(&outcome);
        }
        let line = match outcome {
            RefundOutcome::Refunded { refunded, booking } => out.t(
                "booking-refunded",
                &[
                    ("amount", Arg::Str(&refunded.format(out.lang()))),
                    ("reference", Arg::Str(&booking.reference)),
                ],
            ),
            RefundOutcome::Queued { reason, .. } => {
                out.t("booking-refund-queued", &[("reason", Arg::Str(&reason))])
            }
            RefundOutcome::NeedsConfirmation { entry } => out.t(
                "booking-refund-needs-confirmation",
                &[
                    ("id", Arg::Str(&entry.id)),
                    (
                        "amount",
                        Arg::Str(&Money::tiyn(entry.offer_tiyn.unwrap_or(0)).format(out.lang())),
                    ),
                ],
            ),
        };
        println!("{line}");
        return Ok(());
    }
    if let Some(id) = &args.cancel {
        sapar.cancel_outbox_entry(id).await?;
        if out.json() {
            return out.print_json(&serde_json::json!({ "withdrawn": id }));
        }
        println!(
            "{}",
            out.t("booking-outbox-withdrawn", &[("id", Arg::Str(id))])
        );
        return Ok(());
    }
    if args.send {
        prepare(sapar, out, false).await?;
        let reports = sapar.flush_outbox().await?;
        if out.json() {
            return out.print_json(&reports);
        }
    }
    let entries = sapar.outbox().await?;
    if out.json() {
        return out.print_json(&entries);
    }
    if entries.is_empty() {
        println!("{}", out.t("booking-outbox-empty", &[]));
    }
    for e in entries {
        let state = out.t(&format!("booking-outbox-{}", e.state.as_str()), &[]);
        let amount = Money::tiyn(e.accepted_tiyn).format(out.lang());
        println!(
            "{}  {} {}  {}  {}  {}{}",
            e.id,
            e.carrier,
            e.booking_reference,
            e.tickets.join(","),
            amount,
            state,
            e.last_error
                .as_deref()
                .map(|m| format!(" — {m}"))
                .unwrap_or_default()
        );
    }
    Ok(())
}
