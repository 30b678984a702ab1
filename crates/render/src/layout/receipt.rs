//! The 80 mm receipt for agency thermal printers: one column, as long as its content.

use super::{qr_side_with_quiet_zone, PageLayout, Painter, CAPTION_GREY};
use crate::document::{Field, Stop, TicketDocument};
use crate::fonts::{Fonts, Weight};

/// Paper width.
pub(crate) const PAPER_W: f32 = 80.0;
const LEFT: f32 = 4.0;
const RIGHT: f32 = PAPER_W - 4.0;
const WIDTH: f32 = RIGHT - LEFT;
const CENTRE: f32 = PAPER_W / 2.0;
/// The QR symbol's side (without quiet zone).
pub(crate) const QR_SYMBOL_MM: f32 = 42.0;
const BOTTOM_MARGIN: f32 = 8.0;

/// Lays out one receipt; `qr_modules` is the QR symbol's width in modules, if any.
pub(crate) fn layout(doc: &TicketDocument, qr_modules: Option<usize>, fonts: &Fonts) -> PageLayout {
    let mut p = Painter::new(fonts);
    let mut y = 8.0;
    let heading_size = p.fitting_size(&doc.heading, WIDTH, 12.0, Weight::Bold);
    p.text_centred(CENTRE, y, heading_size, Weight::Bold, 0.0, &doc.heading);
    y += 5.0;
    y = p.paragraph_centred(
        CENTRE,
        y,
        WIDTH,
        9.0,
        Weight::Bold,
        0.0,
        4.0,
        &doc.carrier.value,
    );
    let trip = format!("{} {}", doc.trip.label, doc.trip.value);
    p.text_centred(CENTRE, y, 9.0, Weight::Regular, 0.0, &trip);
    y += 2.5;
    p.rule(LEFT, RIGHT, y, 0.0);
    y += 4.5;

    if let Some(notice) = &doc.invalid_notice {
        p.fill_box(LEFT, y - 3.5, WIDTH, 8.0, 0.0);
        p.text_centred(CENTRE, y + 1.7, 10.0, Weight::Bold, 1.0, notice);
        y += 8.5;
    }

    y = stop_block(&mut p, y, &doc.departure);
    y = stop_block(&mut p, y, &doc.arrival);
    y = pair(&mut p, y, &doc.duration.label, &doc.duration.value);
    y += 1.0;
    p.rule(LEFT, RIGHT, y - 2.5, 0.0);
    y += 2.0;

    let mut fields = vec![&doc.passenger, &doc.document, &doc.category];
    fields.extend(doc.placement.iter());
    fields.extend([
        &doc.booking_reference,
        &doc.ticket_number,
        &doc.status_field,
    ]);
    // Two short values share a line; a long one takes the whole width.
    let half = WIDTH / 2.0 - 1.5;
    let fits_half = |p: &Painter<'_>, f: &Field| {
        p.width(&f.value, 9.5, Weight::Bold) <= half
            && p.width(&f.label, 7.0, Weight::Regular) <= half
    };
    let mut i = 0;
    while i < fields.len() {
        let f = fields[i];
        match fields.get(i + 1) {
            Some(next) if fits_half(&p, f) && fits_half(&p, next) => {
                for (x, g) in [(LEFT, f), (LEFT + WIDTH / 2.0 + 1.5, *next)] {
                    p.text(x, y, 7.0, Weight::Regular, CAPTION_GREY, &g.label);
                    p.text(x, y + 3.8, 9.5, Weight::Bold, 0.0, &g.value);
                }
                y += 8.8;
                i += 2;
            }
            _ => {
                p.text(LEFT, y, 7.0, Weight::Regular, CAPTION_GREY, &f.label);
                y = p.paragraph(LEFT, y + 3.8, WIDTH, 9.5, Weight::Bold, 0.0, 4.0, &f.value) + 1.0;
                i += 1;
            }
        }
    }

    // The QR code, centred, with its caption.
    y += 1.0;
    match qr_modules {
        Some(modules) => {
            let side = qr_side_with_quiet_zone(QR_SYMBOL_MM, modules).min(WIDTH);
            p.qr(CENTRE - side / 2.0, y, side);
            y += side + 3.0;
        }
        None => {
            p.outline_box(LEFT, y, WIDTH, 18.0, 0.0);
            y += 5.5;
        }
    }
    y = p.paragraph_centred(
        CENTRE,
        y,
        WIDTH - 4.0,
        8.0,
        Weight::Regular,
        0.0,
        3.6,
        &doc.qr_caption,
    );
    y += if qr_modules.is_some() {
        1.0
    } else {
        18.0 - 5.5 - 3.0
    };
    p.rule(LEFT, RIGHT, y, 0.0);
    y += 4.5;

    for line in &doc.price {
        y = amount_line(&mut p, y, &line.label, &line.value, 8.5, Weight::Regular);
    }
    y = amount_line(
        &mut p,
        y + 0.5,
        &doc.total.label,
        &doc.total.value,
        10.5,
        Weight::Bold,
    );
    p.rule(LEFT, RIGHT, y - 2.0, 0.0);
    y += 2.5;

    for section in [&doc.rules, &doc.support] {
        if section.lines.is_empty() {
            continue;
        }
        p.text(LEFT, y, 8.5, Weight::Bold, 0.0, &section.heading);
        y += 4.0;
        for line in &section.lines {
            y = p.paragraph(LEFT, y, WIDTH, 7.0, Weight::Regular, 0.0, 3.1, line) + 0.4;
        }
        y += 2.0;
    }
    for f in [&doc.purchase, &doc.issued] {
        y = pair(&mut p, y, &f.label, &f.value);
    }
    y = p.paragraph(
        LEFT,
        y + 1.0,
        WIDTH,
        8.0,
        Weight::Bold,
        0.0,
        3.6,
        &doc.boarding_note,
    );
    p.finish(PAPER_W, y + BOTTOM_MARGIN)
}

/// A captioned value on the full width; returns the next baseline.
fn pair(p: &mut Painter<'_>, y: f32, label: &str, value: &str) -> f32 {
    p.text(LEFT, y, 7.0, Weight::Regular, CAPTION_GREY, label);
    p.paragraph(LEFT, y + 3.8, WIDTH, 8.5, Weight::Regular, 0.0, 3.7, value) + 1.0
}

/// Departure or arrival: caption and time on one line, then date and place.
fn stop_block(p: &mut Painter<'_>, y: f32, stop: &Stop) -> f32 {
    p.text(LEFT, y, 7.0, Weight::Regular, CAPTION_GREY, &stop.label);
    p.text_right(RIGHT, y + 1.0, 12.0, Weight::Bold, 0.0, &stop.time);
    let mut y = y + 4.5;
    p.text(LEFT, y, 8.5, Weight::Regular, 0.0, &stop.date);
    y += 4.2;
    y = p.paragraph(LEFT, y, WIDTH, 10.0, Weight::Bold, 0.0, 4.2, &stop.place);
    p.text(
        LEFT,
        y - 0.8,
        7.0,
        Weight::Regular,
        CAPTION_GREY,
        &stop.code,
    );
    y + 4.0
}

/// A label on the left and an amount on the right; long labels wrap before the amount.
fn amount_line(
    p: &mut Painter<'_>,
    y: f32,
    label: &str,
    amount: &str,
    size: f32,
    weight: Weight,
) -> f32 {
    let amount_w = p.width(amount, size, weight);
    p.text_right(RIGHT, y, size, weight, 0.0, amount);
    p.paragraph(
        LEFT,
        y,
        WIDTH - amount_w - 2.0,
        size,
        weight,
        0.0,
        size * 0.42,
        label,
    ) + 0.3
}
