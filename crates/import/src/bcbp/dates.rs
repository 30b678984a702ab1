//! Dates on boarding passes: they carry a day of the year and no year.
//!
//! The rule Sapar uses to find the year:
//!
//! - **Date of issue** (`6225`: last digit of the year, day 225): the latest date with
//!   that year digit and day that is not after the import day (a pass is never issued in
//!   the future; one day of slack covers time zones).
//! - **Date of flight**, when the pass gives its date of issue: the first date with that
//!   day of the year on or after the date of issue (less one day for time zones). A
//!   boarding pass is issued at check-in, shortly before the flight.
//! - **Date of flight** otherwise: the latest date with that day of the year that is at most
//!   [`FLIGHT_LOOKAHEAD_DAYS`] after the import day. Check-in opens at most a few days before
//!   a flight, so a pass is never for a flight much later than the day it is imported,
//!   while an old pass may be imported any time after its flight.
//!
//! Day 366 exists only in leap years; the search then moves to the nearest leap year
//! allowed by the rule.

use chrono::{Datelike, Duration, NaiveDate};

/// How far after the import day a flight may be when the pass has no date of issue.
pub const FLIGHT_LOOKAHEAD_DAYS: i64 = 31;

/// The date of issue as on a pass (`6225`), resolved against the import day.
pub fn issue_date(raw: &str, today: NaiveDate) -> Option<NaiveDate> {
    let (digit, day) = raw.split_at_checked(1)?;
    let digit: i32 = digit.parse().ok()?;
    let day: u32 = day.parse().ok()?;
    let latest = today + Duration::days(1);
    (0..40)
        .map(|back| latest.year() - back)
        .filter(|year| year.rem_euclid(10) == digit)
        .filter_map(|year| NaiveDate::from_yo_opt(year, day))
        .find(|date| *date <= latest)
}

/// The date of a flight given as a day of the year (1-366), from the pass's date of
/// issue when known, else from the import day (see the module docs).
pub fn flight_date(day: u16, issued: Option<NaiveDate>, today: NaiveDate) -> Option<NaiveDate> {
    let day = u32::from(day);
    match issued {
        Some(issued) => {
            let earliest = issued - Duration::days(1);
            (0..9)
                .map(|ahead| earliest.year() + ahead)
                .filter_map(|year| NaiveDate::from_yo_opt(year, day))
                .find(|date| *date >= earliest)
        }
        None => {
            let latest = today + Duration::days(FLIGHT_LOOKAHEAD_DAYS);
            (0..9)
                .map(|back| latest.year() - back)
                .filter_map(|year| NaiveDate::from_yo_opt(year, day))
                .find(|date| *date <= latest)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn date(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).expect("valid date")
    }

    #[test]
    fn issue_date_is_the_latest_past_year_with_that_digit() {
        let today = date(2026, 5, 10);
        assert_eq!(issue_date("6120", today), Some(date(2026, 4, 30)));
        // Day 200 of 2026 is still ahead: the year before with digit 6 is 2016.
        assert_eq!(issue_date("6200", today), Some(date(2016, 7, 18)));
        assert_eq!(issue_date("5365", today), Some(date(2025, 12, 31)));
        // Day 366 needs a leap year ending in 4: 2024.
        assert_eq!(issue_date("4366", today), Some(date(2024, 12, 31)));
        assert_eq!(issue_date("    ", today), None);
        assert_eq!(issue_date("", today), None);
    }

    #[test]
    fn flight_follows_the_issue_date_across_new_year() {
        let issued = date(2021, 12, 30);
        assert_eq!(
            flight_date(1, Some(issued), date(2026, 1, 1)),
            Some(date(2022, 1, 1))
        );
        assert_eq!(
            flight_date(364, Some(issued), date(2026, 1, 1)),
            Some(date(2021, 12, 30))
        );
        // Issued a day "after" the flight (time zones): still that day.
        assert_eq!(
            flight_date(363, Some(issued), date(2026, 1, 1)),
            Some(date(2021, 12, 29))
        );
    }

    #[test]
    fn without_issue_date_the_flight_is_at_most_a_month_ahead() {
        let today = date(2026, 12, 20);
        // 5 January is 16 days ahead: next year.
        assert_eq!(flight_date(5, None, today), Some(date(2027, 1, 5)));
        // 1 December is past: this year.
        assert_eq!(flight_date(335, None, today), Some(date(2026, 12, 1)));
        // 1 March (day 60) is more than a month ahead, so it is the one that has passed.
        assert_eq!(
            flight_date(60, None, date(2026, 1, 15)),
            Some(date(2025, 3, 1))
        );
        // Day 366 falls in the latest leap year before the limit.
        assert_eq!(flight_date(366, None, today), Some(date(2024, 12, 31)));
    }
}
