//! PDF rendering speed and size: one complete A4 ticket (target under 15 ms and 30 KB)
//! and a batch of 1 000 tickets in one file (target under 2 s, under 10 KB a page).

use criterion::{criterion_group, criterion_main, Criterion};
use sapar_domain::{FareRules, Lang};
use sapar_render::{fixtures, render_pdf, Layout, QrMatrix, TicketDocument};
use std::hint::black_box;
use std::time::Duration;

fn talgo_ticket() -> TicketDocument {
    TicketDocument::from_booking(
        &fixtures::talgo_booking(),
        0,
        Some(&fixtures::ktz()),
        Some(&FareRules::ktz_long_distance()),
        Lang::Kk,
    )
    .expect("the fixture ticket")
}

/// 1 000 tickets, each with its own QR token.
fn batch() -> Vec<TicketDocument> {
    let base = talgo_ticket();
    (0..1_000u64)
        .map(|i| {
            let mut doc = base.clone();
            doc.qr = Some(fixtures::sample_token(i, 130));
            doc.ticket_number.value = format!("7201498{i:04}");
            doc
        })
        .collect()
}

fn single(c: &mut Criterion) {
    let doc = [talgo_ticket()];
    let a4 = render_pdf(&doc, Layout::A4).expect("render");
    let receipt = render_pdf(&doc, Layout::Receipt80mm).expect("render");
    eprintln!(
        "single A4 ticket: {} bytes; single receipt: {} bytes",
        a4.len(),
        receipt.len()
    );
    c.bench_function("render_pdf/a4/1 ticket", |b| {
        b.iter(|| render_pdf(black_box(&doc), Layout::A4).expect("render"))
    });
    c.bench_function("render_pdf/receipt/1 ticket", |b| {
        b.iter(|| render_pdf(black_box(&doc), Layout::Receipt80mm).expect("render"))
    });
    let token = doc[0].qr.clone().expect("a token");
    c.bench_function("qr/encode 195-char token", |b| {
        b.iter(|| QrMatrix::encode(black_box(&token)).expect("encode"))
    });
}

fn thousand(c: &mut Criterion) {
    let docs = batch();
    let pdf = render_pdf(&docs, Layout::A4).expect("render");
    eprintln!(
        "batch of {} A4 tickets: {} bytes, {} bytes a page",
        docs.len(),
        pdf.len(),
        pdf.len() / docs.len()
    );
    let mut group = c.benchmark_group("render_pdf/a4/1000 tickets");
    group
        .sample_size(10)
        .measurement_time(Duration::from_secs(25));
    group.bench_function("one file", |b| {
        b.iter(|| render_pdf(black_box(&docs), Layout::A4).expect("render"))
    });
    group.finish();
}

criterion_group!(benches, single, thousand);
criterion_main!(benches);
