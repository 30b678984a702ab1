//! Property tests: no input makes the reader panic, cut or altered passes are refused with
//! the field and position at fault, and a booking's identity ignores what changes between
//! passes of one trip.

mod common;

use common::samples::SAMPLES;
use common::{ctx, kc_pass, pass_with};
use proptest::prelude::*;
use sapar_import::{import_bytes, parse_bcbp, ImportContext};

/// Where the security part starts in a sample (a pass cut just before it is still whole).
fn security_start(text: &str) -> Option<usize> {
    parse_bcbp(text).ok()?.security.as_ref()?;
    text.rfind('^')
}

#[test]
fn every_cut_of_every_sample_is_refused_within_the_text() {
    for sample in SAMPLES {
        let text = sample.text;
        for len in 0..text.len() {
            let cut = &text[..len];
            match parse_bcbp(cut) {
                Ok(_) => assert_eq!(
                    Some(len),
                    security_start(text),
                    "{}: cut at {len} read",
                    sample.source
                ),
                Err(e) => assert!(e.position <= len, "{}: {e} (cut at {len})", sample.source),
            }
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    #[test]
    fn any_text_is_read_or_refused_without_panic(text in any::<String>()) {
        if let Err(e) = parse_bcbp(&text) {
            prop_assert!(e.position <= text.len());
            prop_assert!(!e.to_string().is_empty());
        }
    }

    #[test]
    fn pass_like_text_is_read_or_refused_without_panic(text in "M[0-5][ -~]{0,400}") {
        if let Err(e) = parse_bcbp(&text) {
            prop_assert!(e.position <= text.len());
        }
    }

    #[test]
    fn cut_samples_are_refused(index in 0..SAMPLES.len(), cut in any::<prop::sample::Index>()) {
        let text = SAMPLES[index].text;
        let len = cut.index(text.len());
        let result = parse_bcbp(&text[..len]);
        if result.is_ok() {
            prop_assert_eq!(Some(len), security_start(text));
        }
    }

    #[test]
    fn altered_samples_never_panic(
        index in 0..SAMPLES.len(),
        at in any::<prop::sample::Index>(),
        replacement in any::<char>(),
        insert in any::<bool>(),
    ) {
        let text = SAMPLES[index].text;
        let at = at.index(text.len());
        let mut altered = String::with_capacity(text.len() + 4);
        altered.push_str(&text[..at]);
        altered.push(replacement);
        altered.push_str(&text[at + usize::from(!insert)..]);
        match parse_bcbp(&altered) {
            Ok(pass) => prop_assert!(!pass.legs.is_empty()),
            Err(e) => prop_assert!(e.position <= altered.len()),
        }
    }

    #[test]
    fn any_file_contents_are_imported_or_refused_without_panic(
        head in prop::sample::select(vec![
            &b""[..], b"M1", b"%PDF-1.4\n", b"PK\x03\x04", b"\x89PNG\r\n\x1a\n", b"\xff\xd8\xff", b"SPR:",
        ]),
        tail in prop::collection::vec(any::<u8>(), 0..600),
    ) {
        let mut bytes = head.to_vec();
        bytes.extend_from_slice(&tail);
        let ctx = ImportContext { pdf_renderer: None, ..ctx() };
        if let Err(e) = import_bytes("file", &bytes, &ctx) {
            prop_assert!(!e.code().is_empty());
        }
    }

    #[test]
    fn a_seat_change_keeps_the_booking_and_ticket(seat_a in "[0-9]{3}[A-K]", seat_b in "[0-9]{3}[A-K]") {
        let a = import_bytes("a.txt", kc_pass("DOE/JOHN", &seat_a).as_bytes(), &ctx()).expect("imports");
        let b = import_bytes("b.txt", kc_pass("DOE/JOHN", &seat_b).as_bytes(), &ctx()).expect("imports");
        prop_assert_eq!(a[0].booking.id, b[0].booking.id);
        prop_assert_eq!(&a[0].booking.tickets[0].number, &b[0].booking.tickets[0].number);
    }

    #[test]
    fn another_flight_is_another_booking(flight in "[0-9]{4}", other in "[0-9]{4}") {
        prop_assume!(flight.trim_start_matches('0') != other.trim_start_matches('0'));
        let one = pass_with("KC", &format!("{flight} "), "ALA", "NQZ", "DOE/JOHN", "001A", None);
        let two = pass_with("KC", &format!("{other} "), "ALA", "NQZ", "DOE/JOHN", "001A", None);
        let a = import_bytes("a.txt", one.as_bytes(), &ctx()).expect("imports");
        let b = import_bytes("b.txt", two.as_bytes(), &ctx()).expect("imports");
        prop_assert_ne!(a[0].booking.id, b[0].booking.id);
        prop_assert_ne!(&a[0].booking.tickets[0].number, &b[0].booking.tickets[0].number);
    }
}
