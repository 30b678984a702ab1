//! Helpers shared by the import tests: sample codes, code pictures, passes and files.
#![allow(dead_code)]

pub mod files;
pub mod pictures;
pub mod samples;

use chrono::NaiveDate;
use sapar_import::ImportContext;

/// The import day of the tests.
pub fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 5, 10).expect("valid date")
}

/// A context for [`today`] that renders PDF pages with `pdftoppm` when installed.
pub fn ctx() -> ImportContext {
    ImportContext::new(today())
}

/// An Air Astana boarding pass code, Almaty → Astana, KC 852 on 1 May (day 121), issued
/// on 30 April 2026 (`6120`), e-ticket 465 1234567890, version 6.
pub fn kc_pass(name: &str, seat: &str) -> String {
    pass_with(
        "KC",
        "0852 ",
        "ALA",
        "NQZ",
        name,
        seat,
        Some("4651234567890"),
    )
}

/// A one-leg version 6 boarding pass code (issued `6120`, flight on day 121).
pub fn pass_with(
    carrier: &str,
    flight: &str,
    from: &str,
    to: &str,
    name: &str,
    seat: &str,
    ticket: Option<&str>,
) -> String {
    let unique = format!("0WW6120B{carrier:<3}");
    let (code, serial) = ticket.map_or(("   ", "          "), |t| t.split_at(3));
    let repeated = format!("{code}{serial}  {carrier:<3}   {:16} 20KN", "");
    let private = "KZ";
    let variable = format!(
        ">6{:02X}{unique}{:02X}{repeated}{private}",
        unique.len(),
        repeated.len()
    );
    format!(
        "M1{name:<20}EPNR7KZ {from}{to}{carrier:<3}{flight:<5}121Y{seat:>4}0025 1{:02X}{variable}",
        variable.len()
    )
}
