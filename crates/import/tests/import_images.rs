//! Boarding passes and ticket codes in pictures and text files become bookings.

mod common;

use chrono::{NaiveDate, TimeZone, Utc};
use common::pictures::{code_picture, jpeg, on_page, png};
use common::{ctx, kc_pass, pass_with};
use rxing::BarcodeFormat;
use sapar_domain::{Mode, PurchaseChannel, TicketStatus};
use sapar_import::{import_bytes, BcbpField, Container, Format, ImportError, Symbology};
use sapar_ticket::{sign, SigningKey, TicketClaims};

fn picture_of(text: &str, format: BarcodeFormat) -> Vec<u8> {
    png(&on_page(&code_picture(text, format, 3), 1000, 800, 60, 80))
}

#[test]
fn a_pdf417_boarding_pass_becomes_a_flight_booking() {
    let text = kc_pass("ZHUMABAYEV/ASKAR MR", "012A");
    let imported = import_bytes(
        "kc852.png",
        &picture_of(&text, BarcodeFormat::PDF_417),
        &ctx(),
    )
    .expect("imports");
    assert_eq!(imported.len(), 1);
    let item = &imported[0];
    assert_eq!(item.source.file_name, "kc852.png");
    assert_eq!(
        (item.source.container, item.source.format),
        (Container::Image, Format::Bcbp)
    );
    let barcode = item.barcode.as_ref().expect("barcode");
    assert_eq!(
        (barcode.symbology, barcode.text.as_str()),
        (Symbology::Pdf417, text.as_str())
    );

    let booking = &item.booking;
    assert_eq!(
        (booking.carrier.as_str(), booking.reference.as_str()),
        ("KC", "PNR7KZ")
    );
    assert_eq!(booking.purchase.channel, PurchaseChannel::Import);
    assert_eq!(booking.purchase.label, "kc852.png");
    let segment = &booking.segments[0];
    assert_eq!(segment.mode, Mode::Air);
    assert_eq!(segment.trip_number, "KC852");
    assert_eq!(
        (segment.from.code.as_str(), segment.to.code.as_str()),
        ("ALA", "NQZ")
    );
    assert_eq!(segment.from.zone, chrono_tz::Asia::Almaty);
    assert_eq!(segment.service_class, "economy");
    // Day 121 after an issue on 30 April 2026: 1 May 2026, shown at 00:00 in Almaty.
    assert_eq!(
        segment.departure.display_local(),
        "2026-05-01 00:00 (+05:00)"
    );
    let passenger = &booking.passengers[0];
    assert_eq!(
        (passenger.surname.as_str(), passenger.given_names.as_str()),
        ("ZHUMABAYEV", "ASKAR")
    );
    let ticket = &booking.tickets[0];
    assert_eq!(ticket.number, "4651234567890");
    assert_eq!(ticket.seat.as_ref().map(|s| s.seat.as_str()), Some("12A"));
    assert_eq!(ticket.status, TicketStatus::Issued);
    assert_eq!(
        booking.created_at,
        Utc.with_ymd_and_hms(2026, 4, 30, 0, 0, 0)
            .single()
            .expect("date")
    );
    assert!(
        item.notes.iter().any(|n| n.contains("not its time")),
        "{:?}",
        item.notes
    );
    assert!(
        !item.notes.iter().any(|n| n.contains("carrier KC")),
        "{:?}",
        item.notes
    );
    assert!(booking.check().is_ok());
}

#[test]
fn the_same_pass_twice_and_a_later_seat_give_the_same_booking() {
    let first = import_bytes(
        "a.png",
        &picture_of(&kc_pass("ZHUMABAYEV/ASKAR", "012A"), BarcodeFormat::PDF_417),
        &ctx(),
    )
    .expect("imports");
    let again = import_bytes(
        "a.png",
        &picture_of(&kc_pass("ZHUMABAYEV/ASKAR", "012A"), BarcodeFormat::PDF_417),
        &ctx(),
    )
    .expect("imports");
    assert_eq!(first, again);
    let moved = import_bytes(
        "b.png",
        &picture_of(&kc_pass("ZHUMABAYEV/ASKAR", "014C"), BarcodeFormat::AZTEC),
        &ctx(),
    )
    .expect("imports");
    let (before, after) = (&first[0].booking, &moved[0].booking);
    assert_eq!(before.id, after.id);
    assert_eq!(before.tickets[0].number, after.tickets[0].number);
    assert_eq!(
        after.tickets[0].seat.as_ref().map(|s| s.seat.as_str()),
        Some("14C")
    );
    // Another passenger on the same booking reference is another booking.
    let other = import_bytes(
        "c.png",
        &picture_of(
            &kc_pass("ZHUMABAYEVA/AIGERIM", "012B"),
            BarcodeFormat::QR_CODE,
        ),
        &ctx(),
    )
    .expect("imports");
    assert_ne!(other[0].booking.id, before.id);
    assert_eq!(other[0].booking.reference, before.reference);
}

#[test]
fn aztec_off_centre_in_a_phone_screenshot_and_a_jpeg_photo() {
    let text = pass_with("FS", "7341 ", "NQZ", "ALA", "ORAZ/DANA", "003F", None);
    let screenshot = on_page(
        &code_picture(&text, BarcodeFormat::AZTEC, 6),
        1170,
        2532,
        120,
        300,
    );
    let imported = import_bytes("IMG_0001.png", &png(&screenshot), &ctx()).expect("aztec found");
    assert_eq!(
        imported[0].barcode.as_ref().map(|b| b.symbology),
        Some(Symbology::Aztec)
    );
    assert_eq!(imported[0].booking.segments[0].trip_number, "FS7341");
    // No e-ticket number on the pass: one is made up, and the note says so.
    assert!(imported[0].booking.tickets[0].number.starts_with("BP"));
    assert!(imported[0]
        .notes
        .iter()
        .any(|n| n.contains("no e-ticket number")));
    let photo = jpeg(&on_page(
        &code_picture(&text, BarcodeFormat::PDF_417, 4),
        1600,
        1200,
        300,
        500,
    ));
    let imported = import_bytes("photo.jpg", &photo, &ctx()).expect("pdf417 in a jpeg");
    assert_eq!(imported[0].booking.segments[0].from.code, "NQZ");
}

#[test]
fn an_unknown_airport_is_kept_in_utc_with_a_note() {
    let text = pass_with(
        "TK",
        "0351 ",
        "IST",
        "ALA",
        "DOE/JOHN",
        "021C",
        Some("2351234567890"),
    );
    let imported = import_bytes("tk.png", &picture_of(&text, BarcodeFormat::PDF_417), &ctx())
        .expect("imports");
    let segment = &imported[0].booking.segments[0];
    assert_eq!(
        (segment.from.code.as_str(), segment.from.zone),
        ("IST", chrono_tz::Tz::UTC)
    );
    assert_eq!(segment.to.zone, chrono_tz::Asia::Almaty);
    let notes = &imported[0].notes;
    assert!(
        notes
            .iter()
            .any(|n| n.starts_with("IST is not in Sapar's list")),
        "{notes:?}"
    );
    assert!(
        notes.iter().any(|n| n.starts_with("carrier TK")),
        "{notes:?}"
    );
}

fn train_claims() -> TicketClaims {
    let at = |d: u32, h: u32| {
        Utc.with_ymd_and_hms(2026, 5, d, h, 0, 0)
            .single()
            .expect("time")
    };
    TicketClaims {
        carrier: "KTZ".into(),
        ticket_number: "72012345678901".into(),
        booking_reference: "KTZ9X1".into(),
        passenger_name: "ЖУМАБАЕВ АСКАР".into(),
        document_tail: "4821".into(),
        mode: Mode::Rail,
        trip_number: "10Ц".into(),
        from: "RASTNZ".into(),
        to: "RALM2".into(),
        departure: at(12, 14),
        service_class: "coupe".into(),
        carriage: Some("05".into()),
        seat: Some("17".into()),
        not_before: at(11, 0),
        not_after: at(14, 0),
        issued_at: at(2, 9),
    }
}

#[test]
fn a_sapar_ticket_code_in_a_qr_code_is_imported_unverified() {
    let key = SigningKey::from_bytes(&[7; 32]);
    let token = sign(&train_claims(), &key, 1).expect("signs");
    let imported = import_bytes(
        "ticket.png",
        &picture_of(&token, BarcodeFormat::QR_CODE),
        &ctx(),
    )
    .expect("imports");
    let item = &imported[0];
    assert_eq!(item.source.format, Format::SaparToken);
    assert!(item
        .notes
        .iter()
        .any(|n| n.contains("signature was not checked")));
    let booking = &item.booking;
    assert_eq!(
        (booking.carrier.as_str(), booking.reference.as_str()),
        ("KTZ", "KTZ9X1")
    );
    let segment = &booking.segments[0];
    assert_eq!(
        (segment.mode, segment.trip_number.as_str()),
        (Mode::Rail, "10Ц")
    );
    assert_eq!(
        (segment.from.code.as_str(), segment.to.code.as_str()),
        ("RASTNZ", "RALM2")
    );
    assert_eq!(
        segment.departure.display_local(),
        "2026-05-12 19:00 (+05:00)"
    );
    let ticket = &booking.tickets[0];
    assert_eq!(ticket.token.as_deref(), Some(token.as_str()));
    let seat = ticket.seat.as_ref().expect("seat");
    assert_eq!(
        (seat.carriage.as_deref(), seat.seat.as_str()),
        (Some("05"), "17")
    );
    assert_eq!(booking.passengers[0].surname, "ЖУМАБАЕВ");
}

#[test]
fn codes_that_are_not_tickets_are_reported() {
    let url = "https://example.kz/promo?id=42";
    let error = import_bytes(
        "promo.png",
        &picture_of(url, BarcodeFormat::QR_CODE),
        &ctx(),
    )
    .expect_err("not a ticket");
    assert_eq!(error.code(), "not_a_ticket");
    assert!(
        error
            .to_string()
            .contains("a QR code with \"https://example.kz/promo?id=42\""),
        "{error}"
    );

    // Beside a boarding pass, the other code becomes a note.
    let mut page = on_page(
        &code_picture(&kc_pass("DOE/JOHN", "001A"), BarcodeFormat::PDF_417, 3),
        1400,
        900,
        40,
        40,
    );
    image::imageops::overlay(
        &mut page,
        &code_picture(url, BarcodeFormat::QR_CODE, 4),
        1000,
        500,
    );
    let imported = import_bytes("both.png", &png(&page), &ctx()).expect("imports the pass");
    assert_eq!(imported.len(), 1);
    assert!(
        imported[0]
            .notes
            .iter()
            .any(|n| n.contains("not a ticket") && n.contains("promo")),
        "{:?}",
        imported[0].notes
    );
}

#[test]
fn malformed_and_missing_codes_give_clear_errors() {
    let blank = png(&image::GrayImage::from_pixel(400, 300, image::Luma([255])));
    let error = import_bytes("blank.png", &blank, &ctx()).expect_err("no code");
    assert!(
        matches!(error, ImportError::NoCodeInImage { .. }),
        "{error}"
    );

    let cut = &picture_of("anything", BarcodeFormat::QR_CODE)[..200];
    let error = import_bytes("cut.png", cut, &ctx()).expect_err("damaged");
    assert!(matches!(error, ImportError::CorruptImage { .. }), "{error}");

    let bad = "M1DOE/JOHN            EXXX007 TXLBRUSN 2592 110Y";
    let error = import_bytes("bad.png", &picture_of(bad, BarcodeFormat::PDF_417), &ctx())
        .expect_err("bad pass");
    match error {
        ImportError::BadBoardingPass { source, .. } => assert_eq!(source.field, BcbpField::Seat),
        other => panic!("{other}"),
    }
}

#[test]
fn text_files_hold_codes_too() {
    let text = format!("{}\n", common::samples::SAMPLES[1].text);
    let imported = import_bytes("pass.txt", text.as_bytes(), &ctx()).expect("imports");
    let item = &imported[0];
    assert_eq!(
        (item.source.container, item.barcode.clone()),
        (Container::Text, None)
    );
    let booking = &item.booking;
    assert_eq!(booking.segments.len(), 2);
    assert_eq!(booking.tickets.len(), 2);
    assert_eq!(booking.tickets[1].number, "0140987654321");
    // Issued on day 225 of a year ending in 6 (2016), the flights are on days 226 and 227.
    let dates: Vec<NaiveDate> = booking
        .segments
        .iter()
        .map(|s| s.departure.utc.date_naive())
        .collect();
    assert_eq!(
        dates,
        [
            NaiveDate::from_ymd_opt(2016, 8, 13),
            NaiveDate::from_ymd_opt(2016, 8, 14)
        ]
        .map(Option::unwrap)
    );

    // Issued on the 364th day of 2021, the flight on day 1 is on New Year's Day 2022.
    let estimation = common::samples::SAMPLES
        .iter()
        .find(|s| s.source.contains("flight date estimation"))
        .expect("sample");
    let imported = import_bytes("p.txt", estimation.text.as_bytes(), &ctx()).expect("imports");
    assert_eq!(
        imported[0].booking.segments[0]
            .departure
            .local()
            .date_naive(),
        NaiveDate::from_ymd_opt(2022, 1, 1).expect("date")
    );

    // georgesmith46/bcbp src/decode.spec.js "random": a pass without a departure airport.
    let no_airport = "M1DESMARAIS/LUC       EABC123    FRAAC      226F001A      3B>60B1W 6225BAC 2A   1234567890 1AC AC 1234567890123    20KY^164GIWVC5EH7JNT684FVNJ91W2QA4DVN5J8K4F0L0GEQ3DF5TGBN8709HKT5D3DW3GBHFCVHMY7J5T6HFR41W2QA4DVN5J8K4F0L0GE";
    let error = import_bytes("x.txt", no_airport.as_bytes(), &ctx()).expect_err("incomplete");
    assert_eq!(
        error.to_string(),
        "x.txt: the boarding pass lacks a departure airport on leg 1"
    );

    let error =
        import_bytes("notes.txt", b"Buy milk\nCall the airline", &ctx()).expect_err("plain text");
    assert_eq!(error.code(), "not_a_ticket");
}
