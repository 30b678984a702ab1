//! `sapar wallet …`: list, show, search, remove, restore, export and import.

use crate::args::{ListArgs, WalletCommand};
use crate::output::Out;
use crate::Failure;
use sapar_core::{Sapar, TicketRow};
use sapar_domain::{Berth, Booking, Money};
use sapar_i18n::Arg;

/// Runs a wallet command.
pub async fn run(sapar: &Sapar, cmd: WalletCommand, out: &Out) -> Result<(), Failure> {
    match cmd {
        WalletCommand::List(args) => list(sapar, args, out).await,
        WalletCommand::Show { reference } => {
            let booking = sapar.booking(&reference).await?;
            if out.json() {
                out.print_json(&booking)
            } else {
                print_booking(&booking, out);
                Ok(())
            }
        }
        WalletCommand::Search { text, limit } => {
            let rows = sapar.search_tickets(&text, limit).await?;
            if out.json() {
                return out.print_json(&rows);
            }
            if rows.is_empty() {
                return Err(Failure::new(
                    "not_found",
                    out.t("cli-search-nothing", &[("text", Arg::Str(&text))]),
                ));
            }
            print_rows(&rows, out);
            Ok(())
        }
        WalletCommand::Remove { reference } => {
            sapar.remove_booking(&reference).await?;
            done(out, "cli-removed", &reference)
        }
        WalletCommand::Restore { reference } => {
            sapar.restore_booking(&reference).await?;
            done(out, "cli-restored", &reference)
        }
        WalletCommand::Bin { empty } => {
            if empty {
                let n = sapar.empty_bin().await?;
                if out.json() {
                    return out.print_json(&serde_json::json!({ "deleted": n }));
                }
                println!(
                    "{}",
                    out.t("cli-bin-emptied", &[("count", Arg::Num(n as i64))])
                );
                return Ok(());
            }
            let entries = sapar.bin().await?;
            if out.json() {
                return out.print_json(&entries);
            }
            if entries.is_empty() {
                println!("{}", out.t("cli-bin-empty", &[]));
            }
            for e in entries {
                println!(
                    "{}  {}  {}",
                    e.reference,
                    e.carrier,
                    e.deleted_at.unwrap_or_default()
                );
            }
            Ok(())
        }
        WalletCommand::Export { file } => {
            let report = out
                .with_progress("cli-exporting", |p| async move {
                    sapar.export_wallet(&file, &*p).await
                })
                .await?;
            let path = report.path.display().to_string();
            out.result(
                &report,
                "cli-exported",
                &[
                    ("count", Arg::Num(i64::from(report.bookings))),
                    ("file", Arg::Str(&path)),
                ],
            )
        }
        WalletCommand::Ics { file } => crate::import::calendar(sapar, &file, out).await,
        WalletCommand::Import { file } => {
            let report = out
                .with_progress("cli-importing", |p| async move {
                    sapar.import_wallet(&file, &*p).await
                })
                .await?;
            out.result(
                &report,
                "cli-imported",
                &[
                    ("added", Arg::Num(i64::from(report.added))),
                    ("updated", Arg::Num(i64::from(report.updated))),
                    ("unchanged", Arg::Num(i64::from(report.unchanged))),
                ],
            )
        }
    }
}

async fn list(sapar: &Sapar, args: ListArgs, out: &Out) -> Result<(), Failure> {
    let offset = (args.page - 1).saturating_mul(args.limit);
    let page = sapar.list_tickets(args.past, offset, args.limit).await?;
    if out.json() {
        return out.print_json(&page);
    }
    if page.items.is_empty() {
        let id = if page.total == 0 {
            "cli-wallet-empty"
        } else {
            "cli-page-empty"
        };
        println!("{}", out.t(id, &[]));
        return Ok(());
    }
    print_rows(&page.items, out);
    println!(
        "{}",
        out.t(
            "cli-page-footer",
            &[
                ("from", Arg::Num(offset as i64 + 1)),
                ("to", Arg::Num(offset as i64 + page.items.len() as i64)),
                ("total", Arg::Num(page.total as i64)),
            ]
        )
    );
    Ok(())
}

fn done(out: &Out, id: &str, reference: &str) -> Result<(), Failure> {
    if out.json() {
        return out.print_json(&serde_json::json!({ "ok": true, "reference": reference }));
    }
    println!("{}", out.t(id, &[("reference", Arg::Str(reference))]));
    Ok(())
}

fn seat_label(
    carriage: Option<&str>,
    seat: Option<&str>,
    berth: Option<Berth>,
    out: &Out,
) -> String {
    let mut parts = vec![];
    if let Some(c) = carriage {
        parts.push(out.t("cli-carriage", &[("n", Arg::Str(c))]));
    }
    if let Some(s) = seat {
        parts.push(out.t("cli-seat", &[("n", Arg::Str(s))]));
    }
    if let Some(b) = berth {
        parts.push(out.t(&format!("berth-{}", b.as_str()), &[]));
    }
    parts.join(" ")
}

fn print_rows(rows: &[TicketRow], out: &Out) {
    for row in rows {
        println!(
            "{}  {} {}  {} → {}  {}  {}  {}  {}  {} / {}",
            row.departure_local,
            out.t(&format!("mode-{}", row.mode.as_str()), &[]),
            row.trip_number,
            row.from_name,
            row.to_name,
            row.passenger,
            seat_label(row.carriage.as_deref(), row.seat.as_deref(), row.berth, out),
            Money::tiyn(row.total_tiyn).format(out.lang()),
            out.t(&format!("status-{}", row.status.as_str()), &[]),
            row.reference,
            row.ticket_number,
        );
    }
}

fn print_booking(b: &Booking, out: &Out) {
    let lang = out.lang();
    println!(
        "{}  {}  {}",
        out.t("cli-booking", &[]),
        b.reference,
        b.carrier
    );
    println!("  {}: {}", out.t("cli-bought", &[]), b.purchase.label);
    for (i, s) in b.segments.iter().enumerate() {
        println!(
            "  [{}] {} {}  {} {} → {} {}  ({})",
            i + 1,
            out.t(&format!("mode-{}", s.mode.as_str()), &[]),
            s.trip_number,
            s.from.name,
            s.departure.display_local(),
            s.to.name,
            s.arrival.display_local(),
            s.service_class,
        );
    }
    for t in &b.tickets {
        let p = b.passengers.get(t.passenger);
        let name = p.map(|p| p.full_name()).unwrap_or_default();
        let seat = t
            .seat
            .as_ref()
            .map(|s| seat_label(s.carriage.as_deref(), Some(&s.seat), s.berth, out))
            .unwrap_or_default();
        println!(
            "  {} {}  [{}] {}  {}  {}  {}",
            out.t("cli-ticket", &[]),
            t.number,
            t.segment + 1,
            name,
            seat,
            t.price.total().format(lang),
            out.t(&format!("status-{}", t.status.as_str()), &[]),
        );
    }
    println!("  {}: {}", out.t("cli-total", &[]), b.total().format(lang));
}
