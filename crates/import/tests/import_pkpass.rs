//! Apple Wallet passes: checked against their manifest, read from their barcode or fields.

mod common;

use common::files::{pass_json, pkpass, sha1_hex, zip_of};
use common::{ctx, kc_pass};
use sapar_domain::Mode;
use sapar_import::{import_bytes, Container, Format, ImportError, Symbology};
use serde_json::json;

fn boarding_pkpass(message: &str) -> Vec<u8> {
    let fields = json!([{"key": "flight", "label": "FLIGHT", "value": "KC 852"}]);
    pkpass(&[
        (
            "pass.json",
            pass_json("PKTransitTypeAir", "PKBarcodeFormatPDF417", message, fields),
        ),
        ("icon.png", b"\x89PNG\r\n\x1a\nicon".to_vec()),
        ("en.lproj/pass.strings", b"\"GATE\" = \"Gate\";".to_vec()),
    ])
}

#[test]
fn a_wallet_boarding_pass_takes_its_flight_from_the_barcode_and_time_and_gate_from_the_pass() {
    let text = kc_pass("ZHUMABAYEV/ASKAR", "012A");
    let imported = import_bytes("KC852.pkpass", &boarding_pkpass(&text), &ctx()).expect("imports");
    assert_eq!(imported.len(), 1);
    let item = &imported[0];
    assert_eq!(
        (item.source.container, item.source.format),
        (Container::Pkpass, Format::Pkpass)
    );
    let barcode = item.barcode.as_ref().expect("barcode");
    assert_eq!(
        (barcode.symbology, barcode.text.as_str()),
        (Symbology::Pdf417, text.as_str())
    );
    let segment = &item.booking.segments[0];
    assert_eq!(segment.trip_number, "KC852");
    // relevantDate 2026-05-01T07:40+05:00 falls on the flight's date: it gives the time.
    assert_eq!(
        segment.departure.display_local(),
        "2026-05-01 07:40 (+05:00)"
    );
    assert_eq!(segment.platform.as_deref(), Some("12"));
    assert!(
        item.notes
            .iter()
            .any(|n| n.contains("signature was not checked")),
        "{:?}",
        item.notes
    );
    assert!(
        !item.notes.iter().any(|n| n.contains("not its time")),
        "{:?}",
        item.notes
    );
    assert!(!item
        .notes
        .iter()
        .any(|n| n.to_lowercase().contains("trusted")));

    // The same boarding pass as a picture gives the same booking.
    let png = common::pictures::png(&common::pictures::code_picture(
        &text,
        rxing::BarcodeFormat::PDF_417,
        3,
    ));
    let from_picture = import_bytes("kc852.png", &png, &ctx()).expect("imports");
    assert_eq!(from_picture[0].booking.id, item.booking.id);
}

#[test]
fn a_changed_file_is_refused_as_tampered() {
    let good = boarding_pkpass(&kc_pass("ZHUMABAYEV/ASKAR", "012A"));
    // Rebuild the pass with another seat in pass.json but the old manifest.
    let mut files = unzip(&good);
    let pass = files
        .iter_mut()
        .find(|(n, _)| n == "pass.json")
        .expect("pass.json");
    pass.1 = String::from_utf8(pass.1.clone())
        .expect("utf-8")
        .replace("12A", "1A")
        .into_bytes();
    let tampered = zip_of(&files);
    let error = import_bytes("KC852.pkpass", &tampered, &ctx()).expect_err("tampered");
    match &error {
        ImportError::PassTampered {
            file,
            expected,
            found,
            ..
        } => {
            assert_eq!(file, "pass.json");
            assert_ne!(expected, found);
            assert_eq!(
                found,
                &sha1_hex(
                    &files
                        .iter()
                        .find(|(n, _)| n == "pass.json")
                        .expect("file")
                        .1
                )
            );
        }
        other => panic!("{other}"),
    }
    assert_eq!(error.code(), "pass_tampered");

    // A file slipped in without being listed.
    let mut added = unzip(&good);
    added.push(("extra.png".into(), b"sneaky".to_vec()));
    let error = import_bytes("KC852.pkpass", &zip_of(&added), &ctx()).expect_err("unlisted");
    assert!(
        error
            .to_string()
            .contains("extra.png is in the pass but not in its manifest"),
        "{error}"
    );

    // A listed file taken away.
    let removed: Vec<_> = unzip(&good)
        .into_iter()
        .filter(|(n, _)| n != "icon.png")
        .collect();
    let error = import_bytes("KC852.pkpass", &zip_of(&removed), &ctx()).expect_err("missing");
    assert!(
        error
            .to_string()
            .contains("lists icon.png, which the pass lacks"),
        "{error}"
    );

    // No manifest at all.
    let bare: Vec<_> = unzip(&good)
        .into_iter()
        .filter(|(n, _)| n != "manifest.json")
        .collect();
    let error = import_bytes("KC852.pkpass", &zip_of(&bare), &ctx()).expect_err("no manifest");
    assert_eq!(error.code(), "pass_manifest");
}

#[test]
fn broken_and_foreign_archives_give_clear_errors() {
    let good = boarding_pkpass(&kc_pass("ZHUMABAYEV/ASKAR", "012A"));
    let error = import_bytes("cut.pkpass", &good[..good.len() / 2], &ctx()).expect_err("cut");
    assert!(
        matches!(error, ImportError::CorruptArchive { .. }),
        "{error}"
    );

    let photos = zip_of(&[("photo.jpg".into(), vec![0xff, 0xd8, 0xff, 0xe0])]);
    let error = import_bytes("photos.zip", &photos, &ctx()).expect_err("not a pass");
    assert!(
        matches!(error, ImportError::UnsupportedType { .. }),
        "{error}"
    );

    let event = pkpass(&[(
        "pass.json",
        serde_json::to_vec(&json!({"eventTicket": {}, "serialNumber": "1"})).expect("json"),
    )]);
    let error = import_bytes("concert.pkpass", &event, &ctx()).expect_err("not a boarding pass");
    assert!(
        error
            .to_string()
            .contains("a Wallet pass of another kind (eventTicket)"),
        "{error}"
    );

    let garbage = pkpass(&[("pass.json", b"{ not json".to_vec())]);
    let error = import_bytes("bad.pkpass", &garbage, &ctx()).expect_err("bad json");
    assert_eq!(error.code(), "pass_json");
}

#[test]
fn a_train_pass_without_a_ticket_code_is_read_from_its_fields() {
    let fields = json!([
        {"key": "train", "label": "TRAIN", "value": "10Ц"},
        {"key": "passenger", "label": "PASSENGER", "value": "Askar Zhumabayev"},
        {"key": "pnr", "label": "ORDER", "value": "KTZ77Q"},
        {"key": "car", "label": "CAR", "value": "05"}
    ]);
    let mut pass: serde_json::Value = serde_json::from_slice(&pass_json(
        "PKTransitTypeTrain",
        "PKBarcodeFormatQR",
        "https://example.kz/t/77",
        fields,
    ))
    .expect("json");
    pass["boardingPass"]["primaryFields"] = json!([
        {"key": "origin", "label": "From", "value": "Nurly Zhol"},
        {"key": "destination", "label": "To", "value": "Almaty-2"}
    ]);
    pass["organizationName"] = json!("KTZ");
    let file = pkpass(&[("pass.json", serde_json::to_vec(&pass).expect("json"))]);
    let imported = import_bytes("train.pkpass", &file, &ctx()).expect("imports");
    let item = &imported[0];
    assert_eq!(item.source.format, Format::Pkpass);
    assert_eq!(
        item.barcode.as_ref().map(|b| b.text.as_str()),
        Some("https://example.kz/t/77")
    );
    let booking = &item.booking;
    assert_eq!(
        (booking.carrier.as_str(), booking.reference.as_str()),
        ("KTZ", "KTZ77Q")
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
        "2026-05-01 07:40 (+05:00)"
    );
    let seat = booking.tickets[0].seat.as_ref().expect("seat");
    assert_eq!(
        (seat.carriage.as_deref(), seat.seat.as_str()),
        (Some("05"), "12A")
    );
    assert_eq!(booking.passengers[0].surname, "Zhumabayev");
    assert!(item
        .notes
        .iter()
        .any(|n| n.contains("read from the Wallet pass's fields")));
    // Importing it again gives the same booking.
    assert_eq!(
        import_bytes("train.pkpass", &file, &ctx()).expect("imports"),
        imported
    );
}

fn unzip(bytes: &[u8]) -> Vec<(String, Vec<u8>)> {
    use std::io::Read;
    let mut zip = zip::ZipArchive::new(std::io::Cursor::new(bytes)).expect("zip");
    (0..zip.len())
        .map(|i| {
            let mut file = zip.by_index(i).expect("entry");
            let name = file.name().expect("name").to_string();
            let mut content = Vec::new();
            file.read_to_end(&mut content).expect("read");
            (name, content)
        })
        .collect()
}

#[test]
fn a_pass_with_a_malformed_boarding_pass_code_falls_back_to_its_fields_and_says_why() {
    let fields = json!([
        {"key": "flight", "label": "FLIGHT", "value": "KC 852"},
        {"key": "passenger", "label": "PASSENGER", "value": "ZHUMABAYEV/ASKAR"},
        {"key": "pnr", "label": "BOOKING", "value": "PNR7KZ"}
    ]);
    let cut = "M1DOE/JOHN            EXXX007 TXLBRUSN 2592 110Y";
    let file = pkpass(&[(
        "pass.json",
        pass_json("PKTransitTypeAir", "PKBarcodeFormatAztec", cut, fields),
    )]);
    let imported = import_bytes("odd.pkpass", &file, &ctx()).expect("imports from fields");
    let item = &imported[0];
    assert!(
        item.notes
            .iter()
            .any(|n| n.contains("malformed boarding pass code") && n.contains("seat number")),
        "{:?}",
        item.notes
    );
    let booking = &item.booking;
    assert_eq!(
        (booking.carrier.as_str(), booking.reference.as_str()),
        ("KC", "PNR7KZ")
    );
    assert_eq!(booking.segments[0].trip_number, "KC852");
    assert_eq!(
        (
            booking.segments[0].from.code.as_str(),
            booking.segments[0].to.code.as_str()
        ),
        ("ALA", "NQZ")
    );
    assert_eq!(booking.passengers[0].given_names, "ASKAR");
}
