//! `sapar verify`: checks a ticket code offline, from its text or a picture of its QR.

use crate::args::VerifyArgs;
use crate::output::Out;
use crate::Failure;
use chrono::Utc;
use sapar_core::Sapar;
use sapar_ticket::TripCheck;
use std::path::Path;

/// Runs `sapar verify`; fails (exit 1) unless the ticket is valid.
pub async fn run(sapar: &Sapar, args: VerifyArgs, out: &Out) -> Result<(), Failure> {
    let path = Path::new(&args.code_or_image);
    let codes = if path.is_file() {
        sapar_core::codes_in_picture(path)?
    } else {
        vec![args.code_or_image.clone()]
    };
    let trip = args.trip.map(|trip_number| TripCheck {
        trip_number,
        from: None,
        departure: None,
    });
    let mut results = vec![];
    for code in &codes {
        results.push(
            sapar
                .verify_code(code, trip.as_ref(), Utc::now(), out.lang())
                .await?,
        );
    }
    let all_valid = results.iter().all(|r| r.verdict.is_valid());
    if out.json() {
        out.print_json(&results)?;
    } else {
        for r in &results {
            println!("{}", r.explanation);
        }
    }
    if all_valid {
        Ok(())
    } else {
        let code = results
            .iter()
            .find(|r| !r.verdict.is_valid())
            .map_or("invalid_ticket", |r| r.verdict.code());
        Err(Failure::new(
            format!("ticket_{code}"),
            out.t("cli-ticket-not-valid", &[]),
        ))
    }
}
