//! `sapar refund` and `sapar exchange`: the price first (the carrier's, or an estimate
//! from its cached rules when offline), then, once accepted, the refund or exchange.

use crate::carriers::prepare;
use crate::output::Out;
use crate::Failure;
use chrono::{Datelike, Utc};
use clap::Args;
use sapar_core::{CardPayment, RefundOutcome, RefundPreview, Sapar};
use sapar_domain::Money;
use sapar_i18n::Arg;
use std::io::{BufRead, IsTerminal, Write};

/// Flags of `sapar refund`.
#[derive(Debug, Args)]
pub struct RefundArgs {
    /// A ticket number, or a booking reference for all its tickets.
    pub ticket: String,
    /// Only show what the refund would return.
    #[arg(long)]
    pub quote: bool,
    /// Accept the price without asking.
    #[arg(long)]
    pub yes: bool,
}

/// Flags of `sapar exchange`.
#[derive(Debug, Args)]
pub struct ExchangeArgs {
    /// A ticket number, or a booking reference for all its tickets.
    pub ticket: String,
    /// The new trip: an offer's number in the latest search (for the same passengers).
    #[arg(long, value_name = "OFFER")]
    pub to_offer: String,
    /// Only show what the exchange would cost.
    #[arg(long)]
    pub quote: bool,
    /// Accept the price without asking.
    #[arg(long)]
    pub yes: bool,
    /// A card, when the new trip costs more.
    #[arg(long)]
    pub card: Option<String>,
    /// The card's expiry, MM/YY.
    #[arg(long)]
    pub expiry: Option<String>,
    /// The card's security code.
    #[arg(long)]
    pub cvc: Option<String>,
    /// The name on the card (default: the booking's first passenger's).
    #[arg(long)]
    pub holder: Option<String>,
}

/// Asks the person to accept (or takes `--yes`); refuses when nobody can answer.
fn accepted(yes: bool, out: &Out) -> Result<bool, Failure> {
    if yes {
        return Ok(true);
    }
    if !std::io::stdin().is_terminal() || out.json() {
        return Err(Failure::new(
            "confirmation_needed",
            out.t("booking-accept-needs-yes", &[]),
        ));
    }
    eprint!("{} ", out.t("booking-accept-prompt", &[]));
    let _ = std::io::stderr().flush();
    let mut line = String::new();
    std::io::stdin()
        .lock()
        .read_line(&mut line)
        .map_err(|e| Failure::new("io", e.to_string()))?;
    let a = line.trim().to_lowercase();
    Ok(["y", "yes", "д", "да", "и", "иә"].contains(&a.as_str()))
}

fn money(m: Money, out: &Out) -> String {
    m.format(out.lang())
}

fn print_refund_quote(q: &RefundPreview, out: &Out) {
    for l in &q.lines {
        println!(
            "{}",
            out.t(
                "booking-refund-line",
                &[
                    ("ticket", Arg::Str(&l.ticket)),
                    ("refund", Arg::Str(&money(l.refund, out))),
                    ("fee", Arg::Str(&money(l.fee, out))),
                    ("withheld", Arg::Str(&money(l.withheld, out))),
                ]
            )
        );
    }
    println!(
        "{}",
        out.t(
            "booking-refund-total",
            &[("total", Arg::Str(&money(q.total_refund, out)))]
        )
    );
    if q.estimate {
        println!(
            "{}",
            out.t(
                "booking-refund-estimate",
                &[("reason", Arg::Str(q.unreachable.as_deref().unwrap_or("")))]
            )
        );
    } else if let Some(until) = q.expires_at {
        let until = until
            .with_timezone(&chrono_tz::Asia::Almaty)
            .format("%H:%M")
            .to_string();
        println!(
            "{}",
            out.t("booking-refund-offer-until", &[("until", Arg::Str(&until))])
        );
    }
}

/// Runs `sapar refund`.
pub async fn run_refund(sapar: &Sapar, args: RefundArgs, out: &Out) -> Result<(), Failure> {
    prepare(sapar, out, false).await?;
    let quote = sapar.refund_quote(&args.ticket).await?;
    if args.quote {
        if out.json() {
            return out.print_json(&quote);
        }
        print_refund_quote(&quote, out);
        return Ok(());
    }
    if !out.json() {
        print_refund_quote(&quote, out);
    }
    if !accepted(args.yes, out)? {
        println!("{}", out.t("booking-not-accepted", &[]));
        return Ok(());
    }
    let outcome = sapar.refund(&quote).await?;
    if out.json() {
        return out.print_json(&serde_json::json!({ "quote": quote, "outcome": outcome }));
    }
    match outcome {
        RefundOutcome::Refunded { refunded, booking } => println!(
            "{}",
            out.t(
                "booking-refunded",
                &[
                    ("amount", Arg::Str(&money(refunded, out))),
                    ("reference", Arg::Str(&booking.reference)),
                ]
            )
        ),
        RefundOutcome::Queued { reason, .. } => println!(
            "{}",
            out.t("booking-refund-queued", &[("reason", Arg::Str(&reason))])
        ),
        RefundOutcome::NeedsConfirmation { entry } => println!(
            "{}",
            out.t(
                "booking-refund-needs-confirmation",
                &[
                    ("id", Arg::Str(&entry.id)),
                    (
                        "amount",
                        Arg::Str(&money(Money::tiyn(entry.offer_tiyn.unwrap_or(0)), out))
                    ),
                ]
            )
        ),
    }
    Ok(())
}

/// Runs `sapar exchange`.
pub async fn run_exchange(sapar: &Sapar, args: ExchangeArgs, out: &Out) -> Result<(), Failure> {
    prepare(sapar, out, false).await?;
    let to = sapar.offer(&args.to_offer).await?;
    let preview = sapar.exchange_quote(&args.ticket, &to).await?;
    if out.json() && args.quote {
        return out.print_json(&preview);
    }
    if !out.json() {
        match &preview.offer {
            Some(o) => println!(
                "{}",
                out.t(
                    "booking-exchange-quote",
                    &[
                        ("old", Arg::Str(&money(o.old_value, out))),
                        ("new", Arg::Str(&money(o.new_price, out))),
                        ("fee", Arg::Str(&money(o.fee, out))),
                        ("pay", Arg::Str(&money(o.to_pay, out))),
                        ("back", Arg::Str(&money(o.to_refund, out))),
                    ]
                )
            ),
            None => println!(
                "{}",
                out.t(
                    "booking-exchange-offline",
                    &[
                        (
                            "fee",
                            Arg::Str(
                                &preview
                                    .rules_fee
                                    .map(|f| money(f, out))
                                    .unwrap_or_else(|| "?".into())
                            )
                        ),
                        (
                            "reason",
                            Arg::Str(preview.unreachable.as_deref().unwrap_or(""))
                        ),
                    ]
                )
            ),
        }
    }
    if args.quote {
        return Ok(());
    }
    if preview.offer.is_none() {
        return Err(Failure::new(
            "offline",
            out.t("booking-exchange-needs-carrier", &[]),
        ));
    }
    if !accepted(args.yes, out)? {
        println!("{}", out.t("booking-not-accepted", &[]));
        return Ok(());
    }
    let card = match &args.card {
        None => None,
        Some(number) => Some(exchange_card(sapar, &args, number, to.demo).await?),
    };
    let booking = sapar.exchange(&preview, card).await?;
    if out.json() {
        return out.print_json(&booking);
    }
    println!(
        "{}",
        out.t(
            "booking-exchanged",
            &[("reference", Arg::Str(&booking.reference))]
        )
    );
    Ok(())
}

/// The card of an exchange that costs more; a demo carrier takes any expiry and code.
async fn exchange_card(
    sapar: &Sapar,
    args: &ExchangeArgs,
    number: &str,
    demo: bool,
) -> Result<CardPayment, Failure> {
    let needed = || {
        Failure::new(
            "invalid_input",
            "give the card's --expiry (MM/YY) and --cvc",
        )
    };
    let (month, year) = match &args.expiry {
        Some(e) => {
            let (m, y) = e.split_once('/').ok_or_else(needed)?;
            let m: u32 = m.trim().parse().map_err(|_| needed())?;
            let y: i32 = y.trim().parse().map_err(|_| needed())?;
            (m, if y < 100 { 2000 + y } else { y })
        }
        None if demo => (12, Utc::now().year() + 3),
        None => return Err(needed()),
    };
    let cvc = match (&args.cvc, demo) {
        (Some(c), _) => c.clone(),
        (None, true) => "000".into(),
        (None, false) => return Err(needed()),
    };
    let holder = match &args.holder {
        Some(h) => h.clone(),
        None => sapar
            .booking(&args.ticket)
            .await?
            .passengers
            .first()
            .map(|p| p.full_name())
            .unwrap_or_default(),
    };
    Ok(CardPayment {
        number: number.to_string(),
        expiry_month: month,
        expiry_year: year,
        cvc,
        holder,
    })
}
