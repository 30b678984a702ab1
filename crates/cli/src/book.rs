//! `sapar book`: holds seats for an offer of the latest search, shows the countdown,
//! pays and prints the booking stored in the wallet.

use crate::carriers::prepare;
use crate::output::Out;
use crate::Failure;
use chrono::{Datelike, NaiveDate, Utc};
use clap::Args;
use sapar_core::{CardPayment, CoreError, FoundOffer, Purchase, Sapar, SeatChoice};
use sapar_domain::passenger::category_on;
use sapar_domain::{Category, DocumentType, Passenger};
use sapar_i18n::Arg;

/// Flags of `sapar book`.
#[derive(Debug, Args)]
pub struct BookArgs {
    /// The offer's number in the latest search (or its id).
    pub offer: String,
    /// A passenger, once per passenger:
    /// SURNAME/Given names/document type/document number/birth date/IIN.
    /// Document types: kz_id_card, kz_passport, birth_certificate, foreign_passport.
    /// The birth date (YYYY-MM-DD) may be left empty when the IIN is given.
    #[arg(long = "passenger", required = true, value_name = "SPEC")]
    pub passengers: Vec<String>,
    /// A seat for the passenger in the same position: CARRIAGE:SEAT on trains, SEAT on
    /// planes and buses. Passengers without one get a seat assigned.
    #[arg(long = "seat", value_name = "SEAT")]
    pub seats: Vec<String>,
    /// The card number.
    #[arg(long)]
    pub card: String,
    /// The card's expiry, MM/YY (may be left out with a demo carrier).
    #[arg(long)]
    pub expiry: Option<String>,
    /// The card's security code (may be left out with a demo carrier).
    #[arg(long)]
    pub cvc: Option<String>,
    /// The name on the card (default: the first passenger's).
    #[arg(long)]
    pub holder: Option<String>,
    /// Where the carrier sends the tickets.
    #[arg(long)]
    pub email: Option<String>,
    /// The code of the payment's second step, when the card asks for one.
    #[arg(long)]
    pub confirmation_code: Option<String>,
}

/// A passenger from `SURNAME/Given/kz_id_card/NUMBER/1990-01-01/IIN`; the category
/// follows from the age on the travel date.
pub fn parse_passenger(spec: &str, offer: &FoundOffer) -> Result<Passenger, String> {
    let parts: Vec<&str> = spec.split('/').map(str::trim).collect();
    if parts.len() < 4 {
        return Err(format!(
            "{spec:?}: write SURNAME/Given names/document type/number/birth date/IIN"
        ));
    }
    let document_type = DocumentType::parse(parts[2]).ok_or_else(|| {
        format!(
            "{:?} is not a document type: kz_id_card, kz_passport, birth_certificate or \
             foreign_passport",
            parts[2]
        )
    })?;
    let iin = parts
        .get(5)
        .filter(|s| !s.is_empty())
        .map(|s| s.to_string());
    let birth_date = match parts.get(4).filter(|s| !s.is_empty()) {
        Some(d) => Some(
            NaiveDate::parse_from_str(d, "%Y-%m-%d")
                .map_err(|_| format!("{d:?} is not a birth date (YYYY-MM-DD)"))?,
        ),
        None => iin
            .as_deref()
            .and_then(|i| sapar_domain::iin::validate(i).ok())
            .map(|info| info.birth_date),
    };
    let trip = &offer.offer.trip;
    let category = birth_date.map_or(Category::Adult, |b| {
        category_on(b, trip.departure.local.date(), trip.mode, false)
    });
    Ok(Passenger {
        surname: parts[0].to_uppercase(),
        given_names: parts[1].to_uppercase(),
        document_type,
        document_number: parts[3].to_string(),
        birth_date,
        iin,
        category,
    })
}

/// `5:17` (carriage 5, seat 17) or `12A`.
pub fn parse_seat(passenger: usize, text: &str) -> SeatChoice {
    match text.split_once(':') {
        Some((car, seat)) => SeatChoice {
            passenger,
            carriage: Some(car.trim().to_string()),
            seat: seat.trim().to_string(),
        },
        None => SeatChoice {
            passenger,
            carriage: None,
            seat: text.trim().to_string(),
        },
    }
}

fn card(args: &BookArgs, demo: bool, first: &Passenger) -> Result<CardPayment, String> {
    let next_year = Utc::now().year() + 3;
    let (month, year) = match &args.expiry {
        Some(e) => {
            let (m, y) = e
                .split_once('/')
                .ok_or_else(|| format!("{e:?}: write the expiry as MM/YY"))?;
            let m: u32 = m.trim().parse().map_err(|_| format!("{e:?}: bad month"))?;
            let y: i32 = y.trim().parse().map_err(|_| format!("{e:?}: bad year"))?;
            (m, if y < 100 { 2000 + y } else { y })
        }
        None if demo => (12, next_year),
        None => return Err("give the card's --expiry (MM/YY) and --cvc".into()),
    };
    let cvc = match (&args.cvc, demo) {
        (Some(c), _) => c.clone(),
        (None, true) => "000".into(),
        (None, false) => return Err("give the card's --cvc".into()),
    };
    Ok(CardPayment {
        number: args.card.clone(),
        expiry_month: month,
        expiry_year: year,
        cvc,
        holder: args.holder.clone().unwrap_or_else(|| first.full_name()),
    })
}

/// Runs `sapar book`.
pub async fn run(sapar: &Sapar, args: BookArgs, out: &Out) -> Result<(), Failure> {
    prepare(sapar, out, true).await?;
    let offer = sapar.offer(&args.offer).await?;
    let invalid = |m: String| Failure::new("invalid_input", m);
    let passengers = args
        .passengers
        .iter()
        .map(|s| parse_passenger(s, &offer))
        .collect::<Result<Vec<_>, _>>()
        .map_err(invalid)?;
    let seats: Vec<SeatChoice> = args
        .seats
        .iter()
        .enumerate()
        .map(|(i, s)| parse_seat(i, s))
        .collect();
    let first = passengers
        .first()
        .cloned()
        .ok_or_else(|| invalid("at least one --passenger".into()))?;
    let payment = card(&args, offer.demo, &first).map_err(invalid)?;
    let held = sapar
        .hold_seats(&offer, passengers, seats, args.email.clone())
        .await?;
    if !out.json() {
        let left = held.seconds_left(Utc::now());
        let until = held
            .expires_at()
            .with_timezone(&chrono_tz::Asia::Almaty)
            .format("%H:%M")
            .to_string();
        eprintln!(
            "{}",
            out.t(
                "booking-held",
                &[
                    ("until", Arg::Str(&until)),
                    ("left", Arg::Str(&format!("{}:{:02}", left / 60, left % 60))),
                    ("total", Arg::Str(&held.hold.total.format(out.lang()))),
                ]
            )
        );
    }
    let bought = match sapar
        .pay(&held, payment, args.confirmation_code.clone())
        .await
    {
        Ok(b) => b,
        Err(e) => {
            // Nothing was bought: give the seats back (a payment in doubt keeps them).
            if !matches!(e, CoreError::PurchasePending(_)) {
                let _ = sapar.release_hold(&held).await;
            }
            return Err(e.into());
        }
    };
    if out.json() {
        return out.print_json(&bought);
    }
    print_purchase(&bought, offer.demo, out);
    Ok(())
}

fn print_purchase(p: &Purchase, demo: bool, out: &Out) {
    let b = &p.booking;
    let lang = out.lang();
    println!(
        "{}",
        out.t(
            "booking-bought",
            &[
                ("reference", Arg::Str(&b.reference)),
                ("carrier", Arg::Str(&b.carrier))
            ]
        )
    );
    if demo {
        println!("{}", out.t("booking-demo-ticket", &[]));
    }
    for t in &b.tickets {
        let name = b
            .passengers
            .get(t.passenger)
            .map(Passenger::full_name)
            .unwrap_or_default();
        let seat = t
            .seat
            .as_ref()
            .map(|s| {
                let mut text = String::new();
                if let Some(c) = &s.carriage {
                    text.push_str(&out.t("cli-carriage", &[("n", Arg::Str(c))]));
                    text.push(' ');
                }
                text.push_str(&out.t("cli-seat", &[("n", Arg::Str(&s.seat))]));
                text
            })
            .unwrap_or_default();
        println!(
            "  {}  {:<28} {:<20} {:>12}",
            t.number,
            name,
            seat,
            t.price.total().format(lang)
        );
    }
    println!("{}: {}", out.t("cli-total", &[]), b.total().format(lang));
    println!(
        "{}",
        out.t(
            "booking-bought-next",
            &[("reference", Arg::Str(&b.reference))]
        )
    );
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn seats_are_carriage_and_number_or_a_number() {
        let s = parse_seat(1, "5:17");
        assert_eq!((s.carriage.as_deref(), s.seat.as_str()), (Some("5"), "17"));
        assert_eq!(parse_seat(0, "12A").carriage, None);
    }
}
