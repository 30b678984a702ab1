//! Throughput of signing, reading and verifying ticket codes on one core.
//!
//! `sign` and `verify` are the full operations a carrier server and a door
//! scanner run; `ed25519_*` are the bare signature operations over the same
//! payload, so the difference is the cost of the ticket format itself.

use chrono::{DateTime, TimeZone, Utc};
use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use ed25519_dalek::{Signature, Signer};
use sapar_domain::Mode;
use sapar_ticket::{
    decode, sign, verify, CarrierKey, KeyRing, PublicKey, RevocationList, SigningKey, TicketClaims,
};
use std::hint::black_box;

fn utc(d: u32, h: u32, m: u32) -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 12, d, h, m, 0)
        .single()
        .unwrap_or(DateTime::UNIX_EPOCH)
}

fn typical() -> TicketClaims {
    TicketClaims {
        carrier: "KTZ".into(),
        ticket_number: "27011234567890".into(),
        booking_reference: "K7Q2LM".into(),
        passenger_name: "ZHAKSYBEKOVA AIGERIM NURLANKYZY".into(),
        document_tail: "4821".into(),
        mode: Mode::Rail,
        trip_number: "10Ц".into(),
        from: "NQZ".into(),
        to: "ALA2".into(),
        departure: utc(1, 16, 40),
        service_class: "coupe".into(),
        carriage: Some("7".into()),
        seat: Some("17".into()),
        not_before: utc(1, 15, 0),
        not_after: utc(2, 7, 0),
        issued_at: utc(1, 9, 5),
    }
}

fn bench_tokens(c: &mut Criterion) {
    let key = SigningKey::from_bytes(&[0x4B; 32]);
    let claims = typical();
    let token = match sign(&claims, &key, 2) {
        Ok(token) => token,
        Err(e) => panic!("the typical ticket signs: {e}"),
    };
    let ring: KeyRing = [CarrierKey {
        carrier: "KTZ".into(),
        key_id: 2,
        public_key: PublicKey::from(&key),
        valid_from: utc(1, 0, 0) - chrono::Duration::days(365),
        valid_until: None,
        revoked_at: None,
    }]
    .into_iter()
    .collect();
    let revocations = RevocationList::new();
    let now = utc(1, 16, 0);
    let signed = match decode(&token) {
        Ok(t) => t,
        Err(e) => panic!("the typical ticket reads: {e}"),
    };
    let payload = signed.signed_bytes.clone();
    let signature = Signature::from_bytes(&signed.signature);
    let verifying = key.verifying_key();
    eprintln!(
        "typical ticket: payload {} bytes, code {} characters",
        payload.len(),
        token.len()
    );

    let mut group = c.benchmark_group("ticket_code");
    group.throughput(Throughput::Elements(1));
    group.bench_function("sign", |b| b.iter(|| sign(black_box(&claims), &key, 2)));
    group.bench_function("verify", |b| {
        b.iter(|| verify(black_box(&token), &ring, &revocations, now, None))
    });
    group.bench_function("decode", |b| b.iter(|| decode(black_box(&token))));
    group.bench_function("ed25519_sign", |b| b.iter(|| key.sign(black_box(&payload))));
    group.bench_function("ed25519_verify", |b| {
        b.iter(|| verifying.verify_strict(black_box(&payload), &signature))
    });
    group.finish();
}

criterion_group!(benches, bench_tokens);
criterion_main!(benches);
