//! Property tests: the decoder never panics, decodes what the signer wrote, and
//! never accepts a mutated ticket.
#![allow(clippy::unwrap_used)] // Tests fail loudly on purpose.

mod common;

use chrono::{DateTime, Utc};
use common::{almaty, ktz_key, ring};
use proptest::prelude::*;
use sapar_domain::Mode;
use sapar_ticket::{
    decode, fit_passenger_name, fuzz_decode, sign, verify, RevocationList, TicketClaims,
    MAX_PASSENGER_NAME_CHARS, MAX_PAYLOAD_BYTES, TOKEN_PREFIX,
};

fn minute(m: u32) -> DateTime<Utc> {
    DateTime::from_timestamp(i64::from(m) * 60, 0).unwrap()
}

/// Tickets within every limit, with Kazakh, Russian and Latin names.
fn valid_claims() -> impl Strategy<Value = TicketClaims> {
    let name = "[A-Za-zА-Яа-яӘәҒғҚқҢңӨөҰұҮүҺһІі' -]{1,60}"
        .prop_map(|n| fit_passenger_name(&n))
        .prop_filter("a name", |n| !n.is_empty());
    let text = |max: usize| {
        proptest::string::string_regex(&format!(
            "[0-9A-Za-zА-Яа-яЁёӘәҒғҚқҢңӨөҰұҮүҺһІі№ ]{{1,{max}}}"
        ))
        .unwrap()
    };
    let mode = prop_oneof![Just(Mode::Air), Just(Mode::Rail), Just(Mode::Bus)];
    // Minutes from 2020 to 2100.
    let time = 26_300_000u32..68_400_000;
    (
        (
            "[A-Z0-9]{1,6}",
            "[A-Z0-9-]{1,20}",
            "[A-Z0-9]{1,10}",
            name,
            "[A-Z0-9]{1,4}",
        ),
        (
            mode,
            text(8),
            "[A-Z0-9]{1,6}",
            "[A-Z0-9]{1,6}",
            time.clone(),
        ),
        (
            text(10),
            proptest::option::of(text(3)),
            proptest::option::of(text(4)),
        ),
        (time.clone(), 0u32..100_000, time),
    )
        .prop_map(
            |(
                (carrier, ticket_number, booking_reference, passenger_name, document_tail),
                (mode, trip_number, from, to, departure),
                (service_class, carriage, seat),
                (not_before, window, issued_at),
            )| TicketClaims {
                carrier,
                ticket_number,
                booking_reference,
                passenger_name,
                document_tail,
                mode,
                trip_number,
                from,
                to,
                departure: minute(departure),
                service_class,
                carriage,
                seat,
                not_before: minute(not_before),
                not_after: minute(not_before + window),
                issued_at: minute(issued_at),
            },
        )
}

/// One change to a byte string: set, insert or remove a byte.
#[derive(Debug, Clone)]
enum Mutation {
    Set(usize, u8),
    Insert(usize, u8),
    Remove(usize),
}

fn mutation() -> impl Strategy<Value = Mutation> {
    prop_oneof![
        (any::<usize>(), any::<u8>()).prop_map(|(i, b)| Mutation::Set(i, b)),
        (any::<usize>(), any::<u8>()).prop_map(|(i, b)| Mutation::Insert(i, b)),
        any::<usize>().prop_map(Mutation::Remove),
    ]
}

fn apply(bytes: &mut Vec<u8>, m: &Mutation) {
    match *m {
        Mutation::Set(i, b) => {
            let i = i % bytes.len();
            bytes[i] = b;
        }
        Mutation::Insert(i, b) => bytes.insert(i % (bytes.len() + 1), b),
        Mutation::Remove(i) => {
            bytes.remove(i % bytes.len());
        }
    }
}

proptest! {
    #[test]
    fn any_bytes_decode_without_panic(data in proptest::collection::vec(any::<u8>(), 0..400)) {
        fuzz_decode(&data);
    }

    #[test]
    fn any_prefixed_base45_text_decodes_without_panic(body in "[0-9A-Z $%*+./:-]{0,400}") {
        let text = format!("{TOKEN_PREFIX}{body}");
        fuzz_decode(text.as_bytes());
        let verdict = verify(&text, &ring(), &RevocationList::new(), almaty(2026, 12, 1, 21, 0), None);
        prop_assert!(!verdict.is_valid());
    }

    #[test]
    fn any_text_decodes_without_panic(text in "\\PC{0,200}") {
        fuzz_decode(text.as_bytes());
        prop_assert!(decode(&text).is_err() || text.trim_start().starts_with(TOKEN_PREFIX));
    }

    #[test]
    fn signed_tickets_decode_to_what_was_signed(claims in valid_claims()) {
        let token = sign(&claims, &ktz_key(), 2).unwrap();
        let decoded = decode(&token).unwrap();
        prop_assert_eq!(&decoded.claims, &claims);
        prop_assert_eq!(decoded.key_id, 2);
        prop_assert!(decoded.signed_bytes.len() <= MAX_PAYLOAD_BYTES);
        prop_assert!(claims.passenger_name.chars().count() <= MAX_PASSENGER_NAME_CHARS);
        // Our base45 agrees with an independent encoder.
        let mut all = decoded.signed_bytes.clone();
        all.extend_from_slice(&decoded.signature);
        prop_assert_eq!(&token[TOKEN_PREFIX.len()..], base45::encode(&all));
        fuzz_decode(&all);
        fuzz_decode(token.as_bytes());
    }

    #[test]
    fn mutated_tickets_never_verify(
        claims in valid_claims(),
        mutations in proptest::collection::vec(mutation(), 1..4),
    ) {
        let mut claims = claims;
        claims.carrier = "KTZ".into();
        claims.issued_at = almaty(2026, 7, 1, 12, 0);
        let token = sign(&claims, &ktz_key(), 2).unwrap();
        let now = claims.not_before;
        let keys = ring();
        let none = RevocationList::new();
        prop_assert!(verify(&token, &keys, &none, now, None).is_valid());
        let original = base45::decode(&token[TOKEN_PREFIX.len()..]).unwrap();
        let mut bytes = original.clone();
        for m in &mutations {
            apply(&mut bytes, m);
        }
        prop_assume!(bytes != original);
        fuzz_decode(&bytes);
        let text = format!("{TOKEN_PREFIX}{}", base45::encode(&bytes));
        fuzz_decode(text.as_bytes());
        let verdict = verify(&text, &keys, &none, now, None);
        prop_assert!(!verdict.is_valid(), "{:?} gave {:?}", mutations, verdict);
    }
}
