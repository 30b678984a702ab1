//! The checked-in OpenAPI document matches the Rust types, and the domain
//! types on the wire match their described schemas.
#![allow(clippy::unwrap_used)] // Tests fail loudly on purpose.

use chrono::{NaiveDate, TimeZone, Utc};
use sapar_carrier::conformance::check;
use sapar_carrier::openapi::openapi_json;
use sapar_domain::{
    Berth, Category, DocumentType, FareRules, Money, Passenger, PriceBreakdown, SalesOffice,
    SeatAssignment, SupportContacts, TicketStatus,
};
use serde_json::{json, Value};
use std::path::PathBuf;

fn committed_path() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../docs/openapi.json")
}

#[test]
fn docs_openapi_json_is_up_to_date() {
    let fresh = openapi_json();
    let path = committed_path();
    if std::env::var_os("SAPAR_UPDATE_OPENAPI").is_some() {
        std::fs::write(&path, &fresh).expect("write docs/openapi.json");
        return;
    }
    let committed = std::fs::read_to_string(&path).unwrap_or_default();
    assert!(
        committed == fresh,
        "docs/openapi.json differs from the protocol types; regenerate it with \
         `SAPAR_UPDATE_OPENAPI=1 cargo test -p sapar-carrier --test openapi` and commit it"
    );
}

#[test]
fn document_is_openapi_3_1_with_every_operation() {
    let doc: Value = serde_json::from_str(&openapi_json()).unwrap();
    assert!(doc["openapi"].as_str().unwrap().starts_with("3.1"));
    let paths = doc["paths"].as_object().unwrap();
    for p in [
        "/v1/profile",
        "/v1/places",
        "/v1/revocations",
        "/v1/offers",
        "/v1/trips/{trip_id}/seatmap",
        "/v1/holds",
        "/v1/holds/{hold_id}",
        "/v1/holds/{hold_id}/release",
        "/v1/holds/{hold_id}/confirm",
        "/v1/bookings",
        "/v1/bookings/{reference}",
        "/v1/bookings/{reference}/refund-offers",
        "/v1/refund-offers/{offer_id}/accept",
        "/v1/bookings/{reference}/exchange-offers",
        "/v1/exchange-offers/{offer_id}/accept",
        "/v1/events",
    ] {
        assert!(paths.contains_key(p), "missing {p}");
    }
    // Every state-changing operation documents the Idempotency-Key header.
    for (p, item) in paths {
        if let Some(post) = item.get("post") {
            let has_key = post["parameters"]
                .as_array()
                .map(|ps| {
                    ps.iter()
                        .any(|x| x["name"] == "Idempotency-Key" && x["in"] == "header")
                })
                .unwrap_or(false);
            assert!(has_key, "POST {p} lacks Idempotency-Key");
        }
    }
    let codes = doc["components"]["schemas"]["ProblemCode"]["enum"]
        .as_array()
        .unwrap();
    for c in [
        "offer_expired",
        "seat_taken",
        "idempotency_conflict",
        "payload_too_large",
    ] {
        assert!(codes.iter().any(|x| x == c), "{c}");
    }
}

fn assert_fits(schema: &str, v: Value) {
    if let Err(errors) = check(schema, &v) {
        panic!(
            "{schema} does not fit its schema:\n{}\nvalue: {v}",
            errors.join("\n")
        );
    }
}

#[test]
fn domain_types_on_the_wire_fit_their_schemas() {
    let passenger = Passenger {
        surname: "ZHUMABAYEV".into(),
        given_names: "ARMAN".into(),
        document_type: DocumentType::KzIdCard,
        document_number: "043216789".into(),
        birth_date: NaiveDate::from_ymd_opt(1990, 5, 17),
        iin: Some("900517300047".into()),
        category: Category::Adult,
    };
    assert_fits("Passenger", serde_json::to_value(&passenger).unwrap());
    let child = Passenger {
        birth_date: None,
        iin: None,
        category: Category::Child,
        document_type: DocumentType::BirthCertificate,
        ..passenger
    };
    assert_fits("Passenger", serde_json::to_value(&child).unwrap());
    assert_fits(
        "FareRules",
        serde_json::to_value(FareRules::ktz_long_distance()).unwrap(),
    );
    let price =
        PriceBreakdown::fare(Money::tenge(12_000)).with("reserved_seat", Money::tenge(7_000));
    assert_fits("PriceBreakdown", serde_json::to_value(&price).unwrap());
    let seat = SeatAssignment {
        carriage: Some("7".into()),
        seat: "13".into(),
        berth: Some(Berth::Lower),
    };
    assert_fits("SeatAssignment", serde_json::to_value(&seat).unwrap());
    for s in TicketStatus::ALL {
        assert_fits("TicketStatus", serde_json::to_value(s).unwrap());
    }
    let support = SupportContacts {
        phones: vec!["+7 727 244 44 77".into()],
        email: None,
        web: Some("https://example.kz".into()),
        hours: Some("24/7".into()),
    };
    assert_fits("SupportContacts", serde_json::to_value(&support).unwrap());
    let office = SalesOffice {
        city: "Almaty".into(),
        address: "Abylai Khan Ave 1".into(),
        hours: "09:00-19:00".into(),
        lat_e6: 43_250_000,
        lon_e6: 76_950_000,
    };
    assert_fits("SalesOffice", serde_json::to_value(&office).unwrap());
}

#[test]
fn checker_reports_mismatches() {
    // A wrong enum value, a missing required field and an unknown property.
    let bad = json!({"surname": "A", "given_names": "B", "document_type": "library_card",
        "document_number": "1", "category": "adult", "nickname": "x"});
    let errors = check("Passenger", &bad).unwrap_err();
    assert!(
        errors.iter().any(|e| e.contains("library_card")),
        "{errors:?}"
    );
    assert!(errors.iter().any(|e| e.contains("nickname")), "{errors:?}");
    let missing = json!({"surname": "A"});
    assert!(check("Passenger", &missing).is_err());
    let at = Utc.with_ymd_and_hms(2026, 12, 1, 10, 0, 0).unwrap();
    let event = json!({"cursor": "1", "at": at, "kind": {"type": "trip_delayed",
        "trip_id": "KTZ-10-20261201", "trip_number": "10", "delay_minutes": 25}});
    assert_fits("Event", event);
}
