//! The A4 ticket: one passenger's trip on one page, QR code top right.

use super::{qr_side_with_quiet_zone, PageLayout, Painter, CAPTION_GREY};
use crate::document::{Field, Stop, TicketDocument};
use crate::fonts::{Fonts, Weight};

const PAGE_W: f32 = 210.0;
const PAGE_H: f32 = 297.0;
const LEFT: f32 = 15.0;
const RIGHT: f32 = 195.0;
/// The QR symbol's side (without quiet zone): well above the 35 mm a scanner needs
/// at arm's length.
pub(crate) const QR_SYMBOL_MM: f32 = 45.0;
/// The side of the box shown instead when a ticket has no QR code.
const NO_QR_SIDE: f32 = 52.0;
const RULE_GREY: f32 = 0.6;

/// Lays out one A4 page; `qr_modules` is the QR symbol's width in modules, if any.
pub(crate) fn layout(doc: &TicketDocument, qr_modules: Option<usize>, fonts: &Fonts) -> PageLayout {
    let mut p = Painter::new(fonts);

    // Header: what this is, who runs the trip.
    p.text(LEFT, 20.0, 18.0, Weight::Bold, 0.0, &doc.heading);
    p.text_right(RIGHT, 20.0, 10.0, Weight::Bold, CAPTION_GREY, "Sapar");
    let carrier_line = format!(
        "{} · {} {}",
        doc.carrier.value, doc.trip.label, doc.trip.value
    );
    let size = p.fitting_size(&carrier_line, RIGHT - LEFT, 12.0, Weight::Bold);
    p.text(LEFT, 27.5, size, Weight::Bold, 0.0, &carrier_line);
    p.rule(LEFT, RIGHT, 31.0, RULE_GREY);
    let mut top = 35.0;

    if let Some(notice) = &doc.invalid_notice {
        p.fill_box(LEFT, top, RIGHT - LEFT, 12.0, 0.15);
        p.text_centred(
            (LEFT + RIGHT) / 2.0,
            top + 8.2,
            16.0,
            Weight::Bold,
            1.0,
            notice,
        );
        top += 16.0;
    }

    // QR code (or a box saying why there is none), right column.
    let qr_side = qr_modules.map_or(NO_QR_SIDE, |m| qr_side_with_quiet_zone(QR_SYMBOL_MM, m));
    let qr_x = RIGHT - qr_side;
    let qr_centre = qr_x + qr_side / 2.0;
    let caption_y = if qr_modules.is_some() {
        p.qr(qr_x, top, qr_side);
        top + qr_side + 4.0
    } else {
        p.outline_box(qr_x, top, qr_side, qr_side, 0.3);
        p.paragraph_centred(
            qr_centre,
            top + 12.0,
            qr_side - 8.0,
            9.0,
            Weight::Regular,
            0.0,
            4.2,
            &doc.qr_caption,
        );
        top + qr_side + 4.0
    };
    let qr_bottom = if qr_modules.is_some() {
        p.paragraph_centred(
            qr_centre,
            caption_y,
            qr_side,
            8.0,
            Weight::Regular,
            CAPTION_GREY,
            3.6,
            &doc.qr_caption,
        )
    } else {
        caption_y
    };

    // Departure and arrival, side by side left of the QR code.
    let column_w = (qr_x - 6.0 - LEFT) / 2.0;
    let dep_end = stop_block(&mut p, LEFT, top, column_w - 4.0, &doc.departure);
    let arr_end = stop_block(&mut p, LEFT + column_w, top, column_w - 4.0, &doc.arrival);
    let mut y = dep_end.max(arr_end) + 2.0;
    p.text(
        LEFT,
        y,
        8.0,
        Weight::Regular,
        CAPTION_GREY,
        &doc.duration.label,
    );
    p.text(LEFT, y + 5.0, 11.0, Weight::Bold, 0.0, &doc.duration.value);
    y = (y + 8.0).max(qr_bottom) + 2.0;
    p.rule(LEFT, RIGHT, y, RULE_GREY);

    // Who travels where: a grid of captioned values.
    y += 6.0;
    let placement: Vec<&Field> = doc.placement.iter().collect();
    for group in [
        &[&doc.passenger, &doc.document, &doc.category][..],
        &placement,
        &[
            &doc.booking_reference,
            &doc.ticket_number,
            &doc.status_field,
        ],
    ] {
        y = field_grid(&mut p, y, group);
    }
    y -= 2.0;
    p.rule(LEFT, RIGHT, y, RULE_GREY);

    // Price on the left; where and when it was bought on the right.
    y += 6.5;
    let price_right = LEFT + 95.0;
    let price_end = price_table(&mut p, LEFT, price_right, y, doc);
    let side_x = price_right + 12.0;
    let mut side_y = y;
    for f in [&doc.purchase, &doc.issued] {
        p.text(side_x, side_y, 8.0, Weight::Regular, CAPTION_GREY, &f.label);
        side_y = p.paragraph(
            side_x,
            side_y + 5.0,
            RIGHT - side_x,
            10.0,
            Weight::Regular,
            0.0,
            4.4,
            &f.value,
        ) + 2.0;
    }
    y = price_end.max(side_y) + 1.0;
    p.rule(LEFT, RIGHT, y, RULE_GREY);

    // Refund and exchange rules, then the carrier's contacts.
    y += 6.5;
    for section in [&doc.rules, &doc.support] {
        if section.lines.is_empty() {
            continue;
        }
        p.text(LEFT, y, 11.0, Weight::Bold, 0.0, &section.heading);
        y += 5.5;
        for line in &section.lines {
            p.text(LEFT, y, 9.0, Weight::Regular, 0.0, "•");
            y = p.paragraph(
                LEFT + 3.5,
                y,
                RIGHT - LEFT - 3.5,
                9.0,
                Weight::Regular,
                0.0,
                4.2,
                line,
            );
        }
        y += 3.0;
    }
    p.rule(LEFT, RIGHT, y, RULE_GREY);
    p.paragraph(
        LEFT,
        y + 6.0,
        RIGHT - LEFT,
        10.0,
        Weight::Bold,
        0.0,
        4.6,
        &doc.boarding_note,
    );
    p.finish(PAGE_W, PAGE_H)
}

/// Departure or arrival: caption, time, date, place, code. Returns the next free y.
fn stop_block(p: &mut Painter<'_>, x: f32, top: f32, width: f32, stop: &Stop) -> f32 {
    p.text(
        x,
        top + 3.0,
        8.0,
        Weight::Regular,
        CAPTION_GREY,
        &stop.label,
    );
    let size = p.fitting_size(&stop.time, width, 18.0, Weight::Bold);
    p.text(x, top + 11.0, size, Weight::Bold, 0.0, &stop.time);
    p.text(x, top + 17.0, 10.0, Weight::Regular, 0.0, &stop.date);
    let y = p.paragraph(
        x,
        top + 23.5,
        width,
        12.0,
        Weight::Bold,
        0.0,
        5.2,
        &stop.place,
    );
    p.text(x, y - 0.8, 8.0, Weight::Regular, CAPTION_GREY, &stop.code);
    y + 3.5
}

/// Captioned values in rows of three (four when a group has exactly four);
/// returns the y of the next row.
fn field_grid(p: &mut Painter<'_>, top: f32, cells: &[&Field]) -> f32 {
    let columns = if cells.len() == 4 { 4 } else { 3 };
    let col_w = (RIGHT - LEFT) / columns as f32;
    let mut y = top;
    for row in cells.chunks(columns) {
        let mut row_end = y;
        for (i, f) in row.iter().enumerate() {
            let x = LEFT + col_w * i as f32;
            p.text(x, y, 8.0, Weight::Regular, CAPTION_GREY, &f.label);
            let end = p.paragraph(
                x,
                y + 5.2,
                col_w - 4.0,
                11.0,
                Weight::Bold,
                0.0,
                4.8,
                &f.value,
            );
            row_end = row_end.max(end);
        }
        y = row_end + 3.0;
    }
    y
}

/// The price lines and the total, amounts right-aligned; returns the y below.
fn price_table(p: &mut Painter<'_>, left: f32, right: f32, top: f32, doc: &TicketDocument) -> f32 {
    let mut y = top;
    for line in &doc.price {
        p.text(left, y, 10.0, Weight::Regular, 0.0, &line.label);
        p.text_right(right, y, 10.0, Weight::Regular, 0.0, &line.value);
        y += 5.0;
    }
    p.rule(left, right, y - 3.2, RULE_GREY);
    y += 1.5;
    p.text(left, y, 12.0, Weight::Bold, 0.0, &doc.total.label);
    p.text_right(right, y, 12.0, Weight::Bold, 0.0, &doc.total.value);
    y + 4.0
}
