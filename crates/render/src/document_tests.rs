//! Tests of building printed tickets from bookings.
use super::*;
use crate::fixtures;

#[test]
fn a_missing_ticket_is_an_error_not_a_panic() {
    let mut b = fixtures::talgo_booking();
    let err = TicketDocument::from_booking(&b, 2, None, None, Lang::En).unwrap_err();
    assert_eq!(
        err.to_string(),
        "cannot print this ticket: booking 52918374 has 2 tickets, there is no ticket 3"
    );
    b.tickets[0].passenger = 7;
    assert!(TicketDocument::from_booking(&b, 0, None, None, Lang::En).is_err());
}

#[test]
fn talgo_ticket_in_kazakh_reads_as_on_the_counter() {
    let b = fixtures::talgo_booking();
    let d = TicketDocument::from_booking(&b, 0, Some(&fixtures::ktz()), None, Lang::Kk).unwrap();
    assert_eq!(d.departure.place, "Нұрлы жол");
    assert_eq!(d.arrival.place, "Алматы-2");
    assert_eq!(d.departure.time, "21:40 (+05:00)");
    assert_eq!(d.departure.date, "2026 жылғы 1 желтоқсан");
    assert_eq!(d.duration.value, "12\u{a0}сағ 35\u{a0}мин");
    assert_eq!(d.document.value, "ҚР жеке куәлігі ••••\u{a0}2378");
    let placement: Vec<_> = d.placement.iter().map(|f| f.value.as_str()).collect();
    assert_eq!(placement, ["Купе", "05", "17, төменгі орын", "3"]);
    assert_eq!(d.total.value, "19\u{a0}236\u{a0}₸");
    assert_eq!(d.carrier.value, "Қазақстан темір жолы");
    assert_eq!(
        d.rules.lines,
        ["Тасымалдаушының тасымалдау шарттары қолданылады"]
    );
    assert!(d
        .support
        .lines
        .iter()
        .any(|l| l.starts_with("Сату кеңсесі: Астана, Nurly Zhol station")));
    assert_eq!(d.qr.as_deref(), b.tickets[0].token.as_deref());
    assert!(d.invalid_notice.is_none());
}

#[test]
fn without_a_carrier_the_code_is_printed_and_no_contacts() {
    let b = fixtures::flight_booking();
    let d = TicketDocument::from_booking(&b, 0, None, None, Lang::En).unwrap();
    assert_eq!(d.carrier.value, "KC");
    assert!(d.support.lines.is_empty());
    assert_eq!(
        d.purchase.value,
        "Ticket office: Саяһат агенттігі, Абай даңғылы 52, Алматы"
    );
    assert_eq!(
        d.placement
            .iter()
            .map(|f| f.value.as_str())
            .collect::<Vec<_>>(),
        ["Economy", "12A"]
    );
}

#[test]
fn document_numbers_show_only_their_tail() {
    assert_eq!(masked_document_number("045612378"), "••••\u{a0}2378");
    assert_eq!(masked_document_number("N 12345678"), "••••\u{a0}5678");
    assert_eq!(masked_document_number("I-АБ 0457812"), "••••\u{a0}7812");
    assert_eq!(masked_document_number("12345"), "••••\u{a0}5");
    assert_eq!(masked_document_number(""), "••••\u{a0}");
}
