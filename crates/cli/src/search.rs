//! `sapar search` and `sapar seats`: trips of every carrier between two places, carriers'
//! answers shown as they arrive, then one numbered list; the free seats of an offer.

use crate::carriers::prepare;
use crate::output::Out;
use crate::Failure;
use chrono::NaiveDate;
use clap::Args;
use sapar_core::{
    CarrierOutcome, FoundOffer, PassengerCount, Sapar, SearchEvent, SearchOptions, SortBy,
    TripQuery,
};
use sapar_domain::{Berth, Lang, Mode};
use sapar_i18n::Arg;
use std::time::Duration;

/// Flags of `sapar search`.
#[derive(Debug, Args)]
pub struct SearchArgs {
    /// Where from: a city, station or airport (any language), or a code.
    pub from: String,
    /// Where to.
    pub to: String,
    /// Departure date: 2026-12-05 or 05.12.2026.
    #[arg(value_parser = parse_date)]
    pub date: NaiveDate,
    /// Passengers, e.g. adult=2,child=1,infant=1 (default: one adult).
    #[arg(long, value_parser = parse_pax)]
    pub pax: Option<PassengerCount>,
    /// Only this mode: air, rail or bus.
    #[arg(long)]
    pub mode: Option<Mode>,
    /// Only this class or cabin: seated, platzkart, coupe, sv, lux, economy, business, standard.
    #[arg(long)]
    pub class: Option<String>,
    /// Order: departure, duration or price.
    #[arg(long, default_value = "departure", value_parser = ["departure", "duration", "price"])]
    pub sort: String,
    /// Seconds each carrier may take.
    #[arg(long, default_value_t = 10)]
    pub timeout: u64,
}

/// Flags of `sapar seats`.
#[derive(Debug, Args)]
pub struct SeatsArgs {
    /// The offer's number in the latest search (or its id).
    pub offer: String,
}

/// A date as people type it.
pub fn parse_date(text: &str) -> Result<NaiveDate, String> {
    let t = text.trim();
    NaiveDate::parse_from_str(t, "%Y-%m-%d")
        .or_else(|_| NaiveDate::parse_from_str(t, "%d.%m.%Y"))
        .map_err(|_| format!("{t:?} is not a date: write 2026-12-05 or 05.12.2026"))
}

/// `adult=2,child=1,infant=1`.
pub fn parse_pax(text: &str) -> Result<PassengerCount, String> {
    let mut count = PassengerCount {
        adults: 0,
        children: 0,
        infants: 0,
    };
    for part in text.split(',').map(str::trim).filter(|p| !p.is_empty()) {
        let (kind, n) = part
            .split_once('=')
            .ok_or_else(|| format!("{part:?}: write category=count, e.g. adult=2"))?;
        let n: u32 = n
            .trim()
            .parse()
            .map_err(|_| format!("{part:?}: the count is not a number"))?;
        match kind.trim() {
            "adult" | "adults" => count.adults = n,
            "child" | "children" => count.children = n,
            "infant" | "infants" => count.infants = n,
            other => return Err(format!("{other:?} is not adult, child or infant")),
        }
    }
    Ok(count)
}

fn lang_index(lang: Lang) -> usize {
    match lang {
        Lang::Kk => 0,
        Lang::Ru => 1,
        Lang::En => 2,
    }
}

/// A class name in the output's language, with the fare's when asked (a class sold
/// under several fares).
pub fn class_name(o: &FoundOffer, lang: Lang, with_fare: bool) -> String {
    let pick = |n: &sapar_core::Names| match lang {
        Lang::Kk => n.kk.clone(),
        Lang::Ru => n.ru.clone(),
        Lang::En => n.en.clone(),
    };
    let class = pick(&o.offer.service_class_name);
    let fare = pick(&o.offer.fare_name);
    if !with_fare || fare.is_empty() || fare == class {
        class
    } else {
        format!("{class} · {fare}")
    }
}

fn duration(out: &Out, minutes: i64) -> String {
    out.t(
        "booking-duration",
        &[("h", Arg::Num(minutes / 60)), ("m", Arg::Num(minutes % 60))],
    )
}

/// Runs `sapar search`.
pub async fn run(sapar: &Sapar, args: SearchArgs, out: &Out) -> Result<(), Failure> {
    prepare(sapar, out, false).await?;
    let query = TripQuery {
        from: args.from,
        to: args.to,
        date: args.date,
        passengers: args.pax.unwrap_or_default(),
        mode: args.mode,
        class: args.class,
    };
    let options = SearchOptions {
        carrier_timeout: Duration::from_secs(args.timeout.max(1)),
        carriers: None,
    };
    let sort = match args.sort.as_str() {
        "duration" => SortBy::Duration,
        "price" => SortBy::Price,
        _ => SortBy::Departure,
    };
    let json = out.json();
    let msgs = sapar_i18n::messages(out.lang());
    let results = sapar
        .search(&query, &options, sort, &mut |event| {
            if json {
                return;
            }
            let line = match event {
                SearchEvent::Answered {
                    carrier,
                    offers,
                    elapsed_ms,
                } => msgs.format(
                    "booking-search-answered",
                    &[
                        ("carrier", Arg::Str(carrier)),
                        ("count", Arg::Num(offers.len() as i64)),
                        ("ms", Arg::Num(*elapsed_ms as i64)),
                    ],
                ),
                SearchEvent::Failed {
                    carrier, message, ..
                } => msgs.format(
                    "booking-search-failed",
                    &[
                        ("carrier", Arg::Str(carrier)),
                        ("reason", Arg::Str(message)),
                    ],
                ),
            };
            eprintln!("{line}");
        })
        .await?;
    if json {
        return out.print_json(&results);
    }
    for c in &results.carriers {
        if c.outcome == CarrierOutcome::NoRoute {
            eprintln!(
                "{}",
                out.t(
                    "booking-search-no-route",
                    &[("carrier", Arg::Str(&c.carrier))]
                )
            );
        }
    }
    if results.offers.is_empty() {
        return Err(Failure::new(
            "not_found",
            out.t("booking-search-nothing", &[]),
        ));
    }
    let lang = out.lang();
    let mut fares: std::collections::HashMap<(&str, &str), std::collections::HashSet<&str>> =
        std::collections::HashMap::new();
    for o in &results.offers {
        fares
            .entry((o.carrier.as_str(), o.offer.service_class.as_str()))
            .or_default()
            .insert(o.offer.fare.as_str());
    }
    for o in &results.offers {
        let several = fares
            .get(&(o.carrier.as_str(), o.offer.service_class.as_str()))
            .is_some_and(|f| f.len() > 1);
        let t = &o.offer.trip;
        let demo = if o.demo {
            format!(" ({})", out.t("booking-carrier-demo", &[]))
        } else {
            String::new()
        };
        println!(
            "{:>3}  {:<5} {:<7} {}  → {}  {:<12} {:<26} {:>12}  {}{}",
            o.number.unwrap_or(0),
            o.carrier,
            t.number,
            t.departure.local.format("%Y-%m-%d %H:%M"),
            t.arrival.local.format("%m-%d %H:%M"),
            duration(out, t.duration_minutes),
            class_name(o, lang, several),
            o.offer.total.format(lang),
            out.t(
                "booking-seats-left",
                &[("count", Arg::Num(i64::from(o.offer.seats_left)))]
            ),
            demo
        );
        println!(
            "      {} {} → {} {}  ({})",
            t.from.code,
            t.from.name,
            t.to.code,
            t.to.name,
            o.carrier_names[lang_index(lang)]
        );
    }
    println!("{}", out.t("booking-search-next", &[]));
    Ok(())
}

/// Runs `sapar seats`.
pub async fn run_seats(sapar: &Sapar, args: SeatsArgs, out: &Out) -> Result<(), Failure> {
    let offer = sapar.offer(&args.offer).await?;
    let map = sapar.seat_map(&offer).await?;
    if out.json() {
        return out.print_json(&map);
    }
    let trip = &offer.offer.trip;
    println!(
        "{}",
        out.t(
            "booking-seats-header",
            &[
                ("trip", Arg::Str(&trip.number)),
                ("class", Arg::Str(&class_name(&offer, out.lang(), true))),
                (
                    "date",
                    Arg::Str(&trip.departure.local.format("%Y-%m-%d %H:%M").to_string())
                ),
            ]
        )
    );
    let mut any = false;
    let mut berths = false;
    for car in map
        .carriages
        .iter()
        .filter(|c| c.service_class == offer.offer.service_class)
    {
        let free: Vec<String> = car
            .seats
            .iter()
            .filter(|s| s.available)
            .map(|s| {
                let mark = match s.berth {
                    Some(Berth::Lower) => "↓",
                    Some(Berth::Upper) => "↑",
                    None => "",
                };
                berths |= s.berth.is_some();
                if s.price_difference.as_tiyn() != 0 {
                    format!(
                        "{}{mark}(+{})",
                        s.number,
                        s.price_difference.format(out.lang())
                    )
                } else {
                    format!("{}{mark}", s.number)
                }
            })
            .collect();
        if free.is_empty() {
            continue;
        }
        any = true;
        let label = if car.number.bytes().all(|b| b.is_ascii_digit()) {
            out.t("booking-seats-carriage", &[("n", Arg::Str(&car.number))])
        } else {
            car.number.clone()
        };
        println!("  {label}: {}", free.join(" "));
    }
    if !any {
        println!("{}", out.t("booking-seats-none", &[]));
    } else if berths {
        println!("{}", out.t("booking-berth-legend", &[]));
    }
    println!(
        "{}",
        out.t("booking-seats-next", &[("offer", Arg::Str(&args.offer))])
    );
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn passengers_and_dates_parse_as_people_type_them() {
        let p = parse_pax("adult=2, child=1").unwrap();
        assert_eq!((p.adults, p.children, p.infants), (2, 1, 0));
        assert!(parse_pax("adult=two").is_err());
        assert!(parse_pax("pets=1").is_err());
        assert_eq!(
            parse_date("05.12.2026").unwrap(),
            NaiveDate::from_ymd_opt(2026, 12, 5).unwrap()
        );
        assert!(parse_date("2026-13-01").is_err());
    }
}
