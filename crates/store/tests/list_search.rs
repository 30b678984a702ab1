//! Listing tickets by date and searching them as a person would.
// A test stops at the first unexpected error; `unwrap` points at the line.
#![allow(clippy::unwrap_used)]

mod common;

use chrono::Duration;
use common::{booking, passenger, place, segment, talgo, utc};
use proptest::prelude::*;
use sapar_domain::{Mode, TicketStatus};
use sapar_store::{ListQuery, Wallet, When};

fn now() -> chrono::DateTime<chrono::Utc> {
    utc(2026, 11, 28, 12, 0)
}

/// A wallet with trips before, during and after `now()`.
async fn wallet() -> Wallet {
    let w = Wallet::open_in_memory().await.unwrap();
    let n = now();
    // Over a week ago.
    w.save_booking(&talgo("PAST01", n - Duration::days(9), 100, false))
        .await
        .unwrap();
    // Over yesterday.
    w.save_booking(&talgo("PAST02", n - Duration::days(1), 200, false))
        .await
        .unwrap();
    // Under way: left six hours ago, arrives in six hours and forty minutes.
    w.save_booking(&talgo("NOW001", n - Duration::hours(6), 300, true))
        .await
        .unwrap();
    // Tomorrow, and next month (two passengers, there and back).
    w.save_booking(&talgo("SOON01", n + Duration::days(1), 400, false))
        .await
        .unwrap();
    let mut b = booking(
        "LATER1",
        "KC",
        vec![
            segment(
                Mode::Air,
                "KC852",
                place("ALA", "Almaty"),
                place("NQZ", "Astana"),
                n + Duration::days(30),
                100,
            ),
            segment(
                Mode::Air,
                "KC853",
                place("NQZ", "Astana"),
                place("ALA", "Almaty"),
                n + Duration::days(33),
                100,
            ),
        ],
        vec![
            passenger("SMITH", "JOHN", None, "GB-987654321"),
            passenger("O'BRIEN", "MARY-ANN", None, "IE-1234567"),
        ],
        900,
    );
    b.tickets[3].status = TicketStatus::Refunded;
    w.save_booking(&b).await.unwrap();
    w
}

fn q(when: When, offset: u32, limit: u32) -> ListQuery {
    ListQuery {
        when,
        now: now(),
        offset,
        limit,
    }
}

fn refs(rows: &[sapar_store::TicketRow]) -> Vec<String> {
    rows.iter()
        .map(|r| format!("{}/{}", r.reference, r.ticket_number))
        .collect()
}

#[tokio::test]
async fn upcoming_lists_trips_not_over_soonest_first() {
    let w = wallet().await;
    let page = w.list(&q(When::Upcoming, 0, 50)).await.unwrap();
    assert_eq!(page.total, 7);
    assert_eq!(
        refs(&page.items),
        [
            "NOW001/300",
            "NOW001/301",
            "SOON01/400",
            "LATER1/900",
            "LATER1/901",
            "LATER1/902",
            "LATER1/903"
        ]
    );
    let page = w.list(&q(When::Upcoming, 2, 2)).await.unwrap();
    assert_eq!(page.total, 7);
    assert_eq!(page.offset, 2);
    assert_eq!(refs(&page.items), ["SOON01/400", "LATER1/900"]);
    let page = w.list(&q(When::Upcoming, 50, 10)).await.unwrap();
    assert!(page.items.is_empty());
    assert_eq!(page.total, 7);
}

#[tokio::test]
async fn past_lists_trips_over_latest_first_and_all_lists_everything() {
    let w = wallet().await;
    let page = w.list(&q(When::Past, 0, 50)).await.unwrap();
    assert_eq!(page.total, 2);
    assert_eq!(refs(&page.items), ["PAST02/200", "PAST01/100"]);
    let page = w.list(&q(When::All, 0, 3)).await.unwrap();
    assert_eq!(page.total, 9);
    assert_eq!(
        refs(&page.items),
        ["PAST01/100", "PAST02/200", "NOW001/300"]
    );
}

#[tokio::test]
async fn a_ticket_row_carries_what_the_list_shows() {
    let w = wallet().await;
    let page = w.list(&q(When::Upcoming, 0, 50)).await.unwrap();
    let row = page
        .items
        .iter()
        .find(|r| r.ticket_number == "903")
        .unwrap();
    assert_eq!(row.reference, "LATER1");
    assert_eq!(row.carrier, "KC");
    assert_eq!(row.status, TicketStatus::Refunded);
    assert_eq!(row.passenger, "O'BRIEN MARY-ANN");
    assert_eq!(row.mode, Mode::Air);
    assert_eq!(row.trip_number, "KC853");
    assert_eq!(
        (row.from_code.as_str(), row.to_code.as_str()),
        ("NQZ", "ALA")
    );
    assert_eq!(
        (row.from_name.as_str(), row.to_name.as_str()),
        ("Astana", "Almaty")
    );
    // 2026-12-31 12:00 UTC is 17:00 in Kazakhstan (UTC+5).
    assert_eq!(row.departure_utc, "2026-12-31T12:00:00Z");
    assert_eq!(row.departure_zone, "Asia/Almaty");
    assert_eq!(row.departure_local, "2026-12-31 17:00");
    assert_eq!(row.arrival_utc, "2026-12-31T13:40:00Z");
    assert_eq!(row.arrival_local, "2026-12-31 18:40");
    assert_eq!(row.seat.as_deref(), Some("2"));
    assert_eq!(row.carriage.as_deref(), Some("02"));
    assert_eq!(row.total_tiyn, 1_923_600);
    assert_eq!(row.delay_minutes, 0);
    let json = serde_json::to_value(row).unwrap();
    assert_eq!(json["status"], "refunded");
    assert_eq!(json["departure_local"], "2026-12-31 17:00");
}

async fn found(w: &Wallet, text: &str) -> Vec<String> {
    refs(&w.search(text, 50).await.unwrap())
}

#[tokio::test]
async fn search_finds_passengers_by_name_prefix() {
    let w = wallet().await;
    let zhumabayev = found(&w, "zhumab").await;
    assert_eq!(zhumabayev.len(), 5, "{zhumabayev:?}");
    // Trips not over come first, soonest first.
    assert_eq!(zhumabayev[0], "NOW001/300");
    assert_eq!(found(&w, "AIGERIM").await, ["NOW001/301"]);
    assert_eq!(found(&w, "zhumabayeva aig").await, ["NOW001/301"]);
    assert_eq!(found(&w, "mary").await.len(), 2);
    assert_eq!(found(&w, "o'brien").await.len(), 2);
    assert_eq!(found(&w, "brien").await.len(), 2);
    assert!(found(&w, "zhumabayevx").await.is_empty());
}

#[tokio::test]
async fn search_finds_codes_numbers_places_and_dates() {
    let w = wallet().await;
    // IIN and document number.
    assert_eq!(found(&w, "920304400456").await, ["NOW001/301"]);
    assert_eq!(found(&w, "gb987654321").await.len(), 2);
    assert_eq!(found(&w, "GB-9876").await.len(), 2);
    // Booking reference and ticket number.
    assert_eq!(found(&w, "soon01").await, ["SOON01/400"]);
    assert_eq!(found(&w, "902").await, ["LATER1/902"]);
    // Place code and name, and trip number.
    assert_eq!(found(&w, "nqzr").await.len(), 5);
    // A code is also a prefix: NQZ finds the airport and the NQZR station.
    assert_eq!(found(&w, "NQZ").await.len(), 9);
    assert_eq!(found(&w, "astana").await.len(), 4);
    assert_eq!(found(&w, "nurly zhol").await.len(), 5);
    assert_eq!(found(&w, "KC852").await, ["LATER1/900", "LATER1/901"]);
    // The local departure date (NOW001 left at 06:00 UTC = 11:00 local on 2026-11-28).
    assert_eq!(found(&w, "2026-11-28").await, ["NOW001/300", "NOW001/301"]);
    assert_eq!(found(&w, "28.11.2026").await, ["NOW001/300", "NOW001/301"]);
    assert_eq!(found(&w, "2026-12-31 smith").await, ["LATER1/902"]);
}

#[tokio::test]
async fn search_ranks_a_code_above_names_and_places() {
    let w = Wallet::open_in_memory().await.unwrap();
    // A passenger called ALA and a booking whose reference is ALA123.
    let mut odd = talgo("ALA123", now() + Duration::days(60), 10, false);
    odd.passengers[0].surname = "ALAMOV".into();
    w.save_booking(&odd).await.unwrap();
    w.save_booking(&talgo("QWE456", now() + Duration::days(2), 20, false))
        .await
        .unwrap();
    let rows = found(&w, "ala1").await;
    assert_eq!(rows[0], "ALA123/10", "{rows:?}");
}

#[tokio::test]
async fn search_never_fails_on_odd_input() {
    let w = wallet().await;
    for text in [
        "",
        " ",
        "\"",
        "'",
        "*",
        "\"zhumab",
        "zhumab\"",
        "NEAR(a b)",
        "a OR b",
        "a AND",
        "NOT",
        "-",
        "^",
        ":",
        "ident:100",
        "{name}:x",
        "(",
        ")",
        "%",
        "_",
        "\\",
        ";",
        "--",
        "\0",
        "'; DROP TABLE ticket; --",
        "🙂",
        "Жұмабаев",
        "2026-13-45",
        "  zhumab  ",
    ] {
        let result = w.search(text, 20).await;
        assert!(result.is_ok(), "{text:?}: {result:?}");
    }
    assert!(w.search("zhumab", 0).await.unwrap().is_empty());
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]
    #[test]
    fn search_accepts_any_text(text in "\\PC{0,30}") {
        let rt = tokio::runtime::Builder::new_current_thread().enable_all().build().unwrap();
        rt.block_on(async {
            let w = Wallet::open_in_memory().await.unwrap();
            w.save_booking(&talgo("PROP01", now(), 1, true)).await.unwrap();
            let result = w.search(&text, 10).await;
            prop_assert!(result.is_ok(), "{:?}: {:?}", text, result);
            Ok(())
        })?;
    }
}
