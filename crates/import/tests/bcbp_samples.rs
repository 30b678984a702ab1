//! Real-world and specification boarding pass codes, taken from the test suites of public
//! BCBP parsers (each sample names its source), read field by field.

use sapar_import::bcbp::{BcbpField, BcbpProblem};
use sapar_import::parse_bcbp;

mod common;

use common::samples::SAMPLES;

#[test]
fn every_sample_reads_as_its_source_says() {
    assert!(SAMPLES.len() >= 15);
    for sample in SAMPLES {
        let pass = parse_bcbp(sample.text).unwrap_or_else(|e| panic!("{}: {e}", sample.source));
        assert_eq!(pass.passenger_name, sample.name, "{}", sample.source);
        assert_eq!(pass.version, sample.version, "{}", sample.source);
        assert_eq!(
            pass.security.is_some(),
            sample.security,
            "{}",
            sample.source
        );
        assert_eq!(pass.legs.len(), sample.legs.len(), "{}", sample.source);
        for (leg, &(pnr, from, to, flight, day, seat)) in pass.legs.iter().zip(sample.legs) {
            assert_eq!(leg.pnr, pnr, "{}", sample.source);
            assert_eq!(
                (leg.from.as_str(), leg.to.as_str()),
                (from, to),
                "{}",
                sample.source
            );
            assert_eq!(leg.flight(), flight, "{}", sample.source);
            assert_eq!(leg.day_of_year, day, "{}", sample.source);
            assert_eq!(leg.seat_label().as_deref(), seat, "{}", sample.source);
        }
    }
}

#[test]
fn samples_cover_versions_legs_and_security() {
    let versions: std::collections::BTreeSet<char> =
        SAMPLES.iter().filter_map(|s| s.version).collect();
    assert!(versions.len() >= 5, "{versions:?}");
    assert!(SAMPLES.iter().any(|s| s.version.is_none()));
    assert!(SAMPLES.iter().filter(|s| s.legs.len() == 2).count() >= 3);
    assert!(SAMPLES.iter().filter(|s| s.security).count() >= 4);
}

#[test]
fn conditional_items_of_the_two_leg_example() {
    let pass = parse_bcbp(SAMPLES[1].text).expect("example 2 reads");
    let u = &pass.unique;
    assert_eq!(u.passenger_description, Some('1'));
    assert_eq!(u.source_of_check_in, Some('W'));
    assert_eq!(u.source_of_issue, Some('W'));
    assert_eq!(u.date_of_issue.as_deref(), Some("6225"));
    assert_eq!(u.document_type, Some('B'));
    assert_eq!(u.issuer.as_deref(), Some("AC"));
    assert_eq!(u.baggage_tags, ["0014123456003"]);
    let first = &pass.legs[0];
    assert_eq!(first.items.airline_numeric_code.as_deref(), Some("014"));
    assert_eq!(first.items.document_number.as_deref(), Some("1234567890"));
    assert_eq!(first.ticket_number().as_deref(), Some("0141234567890"));
    assert_eq!(first.items.document_verification, Some('1'));
    assert_eq!(first.items.marketing_carrier.as_deref(), Some("AC"));
    assert_eq!(first.items.frequent_flyer_airline.as_deref(), Some("AC"));
    assert_eq!(
        first.items.frequent_flyer_number.as_deref(),
        Some("1234567890123")
    );
    assert_eq!(first.items.free_baggage_allowance.as_deref(), Some("20K"));
    assert_eq!(first.items.fast_track, Some('Y'));
    assert_eq!(first.airline_private.as_deref(), Some("LX58Z"));
    let second = &pass.legs[1];
    assert_eq!(second.operating_carrier, "LH");
    assert_eq!(second.compartment, 'C');
    assert_eq!(second.items.free_baggage_allowance.as_deref(), Some("2PC"));
    assert_eq!(second.items.fast_track, Some('N'));
    assert_eq!(second.airline_private.as_deref(), Some("WQ"));
    let security = pass.security.expect("security part");
    assert_eq!(security.kind, '1');
    assert_eq!(security.data.len(), 100);
}

#[test]
fn names_split_into_surname_and_given_names() {
    let pass = parse_bcbp(SAMPLES[0].text).expect("reads");
    assert_eq!((pass.surname(), pass.given_names()), ("DESMARAIS", "LUC"));
    let titled = "M1ZHUMABAYEV/ASKAR MR EABC123 ALANQZKC 0852 326Y012A0025 100";
    let pass = parse_bcbp(titled).expect("reads");
    assert_eq!(
        (pass.surname(), pass.given_names()),
        ("ZHUMABAYEV", "ASKAR")
    );
}

/// Samples from the same sources that do not follow the standard: each is refused,
/// naming the field at fault.
#[test]
fn malformed_samples_name_the_field_at_fault() {
    let cases: &[(&str, &str, BcbpField, Option<u8>)] = &[
        // KDE/kitinerary autotests/bcbpparsertest.cpp "single leg, partial": security length 8A (138) but 7 characters follow.
        (
            "kitinerary single leg, partial",
            "M1GRANDMAIRE/MELANIE  EABC123 GVACDGAF 0123 339C002F0025 130>5002A0571234567890  AF AF 1234567890123456    Y^18ABCDEFGH",
            BcbpField::SecurityData,
            None,
        ),
        // KDE/kitinerary autotests/bcbpparsertest.cpp "easyjet": the date of flight is " 99".
        (
            "kitinerary easyjet",
            "M1DOE/JOHN            EABCDEFGMRSLGWEZY8724 99  3C  506  10Axxxxxxxxxx",
            BcbpField::DateOfFlight,
            Some(1),
        ),
        // KDE/kitinerary autotests/bcbpparsertest.cpp "minimal1": cut after the compartment.
        ("kitinerary minimal1", "M1DOE/JOHN            EXXX007 TXLBRUSN 2592 110Y", BcbpField::Seat, Some(1)),
        // KDE/kitinerary autotests/bcbpparsertest.cpp "wrong leg count": two legs announced, one given.
        (
            "kitinerary wrong leg count",
            "M2DESMARAIS/LUC       EABC123 YULFRAAC 0834 326J001A0025 100",
            BcbpField::Pnr,
            Some(2),
        ),
        // KDE/kitinerary autotests/bcbpparsertest.cpp "bug 407895": text that starts like a pass.
        (
            "kitinerary bug 407895",
            "M2Mobi Lab / ML-586 [In Progress]\nSplit Fooo.Config from main Fooo",
            BcbpField::FromAirport,
            Some(1),
        ),
        // jklausa/swift-bcbp SwiftBCBPTests.swift knownIssueLATAM: the declared size (3D) exceeds the data.
        (
            "swift-bcbp knownIssueLATAM",
            "M1KLAUSA/JAN          EPNRRNP BOGSCLLA 0575 167Y013A0069 13D>10B0MM9167BLA 29 1045LA 99999999            111",
            BcbpField::VariableSize,
            Some(1),
        ),
        // anomaddev/BoardingPassKit decoder.test.ts yulPhlVisible: trailing spaces stripped.
        (
            "BoardingPassKit yulPhlVisible",
            "M1ACKERMANN/JUSTIN DAVESWMUYT YULPHLAA 5717 176Y002A0034 147>1180RO4176BAA              29001701407985430   AA 76UXK84",
            BcbpField::VariableSize,
            Some(1),
        ),
    ];
    for &(label, text, field, leg) in cases {
        let error = parse_bcbp(text).expect_err(label);
        assert_eq!((error.field, error.leg), (field, leg), "{label}: {error}");
        assert!(error.to_string().contains(field.name()), "{label}: {error}");
    }
}

#[test]
fn errors_give_the_position_and_the_problem() {
    let error = parse_bcbp("M1DESMARAIS/LUC       EABC123 YULFRAAC 08X4 326J001A0025 100")
        .expect_err("bad flight");
    assert_eq!(error.field, BcbpField::FlightNumber);
    assert_eq!(error.position, 39);
    assert_eq!(
        error.to_string(),
        "field 'flight number' of leg 1 at character 40: expected up to four digits and an optional letter, found \"08X4 \""
    );
    let error =
        parse_bcbp("M1DESMARAIS/LUC       EABC123 YULFRAAC 0834 326J001A0025 10").expect_err("cut");
    assert_eq!(error.field, BcbpField::VariableSize);
    assert_eq!(
        error.problem,
        BcbpProblem::Missing {
            needed: 2,
            available: 1
        }
    );
    let error = parse_bcbp("X1DESMARAIS/LUC").expect_err("format");
    assert_eq!((error.field, error.position), (BcbpField::FormatCode, 0));
    let error = parse_bcbp("M5DESMARAIS/LUC").expect_err("legs");
    assert_eq!(error.field, BcbpField::NumberOfLegs);
    let error = parse_bcbp("M1DESMARAIS/LUC       EABC123 YULFRAAC 0834 326J001A0025 100 extra")
        .expect_err("trailing");
    assert_eq!(error.field, BcbpField::SecurityBeginning);
    assert!(matches!(error.problem, BcbpProblem::TrailingText { .. }));
}

/// Three and four legs (no public sample has them): a pass built by the standard's layout.
#[test]
fn three_and_four_legs() {
    let leg = |pnr: &str, from: &str, to: &str, flight: &str, seat: &str| {
        format!(
            "{pnr:<7}{from}{to}{:<3}{flight:<5}326Y{seat:>4}0025 1{:02X}",
            "KC", 0
        )
    };
    let legs = [
        leg("ABC123", "ALA", "NQZ", "0852", "012A"),
        leg("ABC123", "NQZ", "KGF", "0911", "003C"),
        leg("ABC123", "KGF", "CIT", "0931", "021F"),
        leg("ABC123", "CIT", "ALA", "0955", "007D"),
    ];
    for n in [3usize, 4] {
        let text = format!("M{n}ZHUMABAYEV/ASKAR    E{}", legs[..n].concat());
        let pass = parse_bcbp(&text).expect("reads");
        assert_eq!(pass.legs.len(), n);
        assert_eq!(pass.legs[n - 1].flight(), ["", "", "", "KC931", "KC955"][n]);
        assert_eq!(pass.legs[2].seat_label().as_deref(), Some("21F"));
    }
}
