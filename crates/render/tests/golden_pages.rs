//! Each layout's page compared with a reviewed golden image (`tests/golden/*.png`).
//! After an intended change of the layout, regenerate them with
//! `SAPAR_UPDATE_GOLDEN=1 cargo test -p sapar-render --test golden_pages` and look at them.

mod support;

use sapar_domain::{FareRules, Lang};
use sapar_render::{fixtures, render_pdf, Layout, TicketDocument};
use support::{assert_matches_golden, render_page, scratch, write_pdf};

/// At most this share of pixels may differ noticeably (anti-aliasing and rasteriser noise).
const TOLERANCE: f64 = 0.004;

#[test]
fn a4_ticket_in_kazakh_matches_the_golden_page() {
    let doc = TicketDocument::from_booking(
        &fixtures::talgo_booking(),
        0,
        Some(&fixtures::ktz()),
        Some(&FareRules::ktz_long_distance()),
        Lang::Kk,
    )
    .unwrap();
    let dir = scratch();
    let pdf = write_pdf(
        dir.path(),
        "a4.pdf",
        &render_pdf(&[doc], Layout::A4).unwrap(),
    );
    assert_matches_golden(&render_page(&pdf, 1, 72), "a4-kk-talgo.png", TOLERANCE);
}

#[test]
fn receipt_in_russian_matches_the_golden_page() {
    let doc = TicketDocument::from_booking(
        &fixtures::flight_booking(),
        0,
        Some(&fixtures::air_astana()),
        Some(&fixtures::air_astana_rules()),
        Lang::Ru,
    )
    .unwrap();
    let dir = scratch();
    let pdf = write_pdf(
        dir.path(),
        "receipt.pdf",
        &render_pdf(&[doc], Layout::Receipt80mm).unwrap(),
    );
    assert_matches_golden(
        &render_page(&pdf, 1, 120),
        "receipt-ru-flight.png",
        TOLERANCE,
    );
}
