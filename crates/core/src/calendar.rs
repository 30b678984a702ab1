//! Trips as calendar events: an iCalendar file (RFC 5545) with one event per trip of a
//! booking, for the passenger's calendar app.
//!
//! Times are written in UTC (`DTSTART:20261201T164000Z`), so no time-zone table has to
//! travel with the file and every calendar app shows the trip at the right instant in
//! its own zone; the description repeats the local times of the stations with their
//! UTC offset, worded like the printed ticket. Texts are escaped and long lines folded
//! at 75 octets as the standard asks, and each event keeps a stable `UID` (the booking's
//! id and the trip's position), so importing a newer file updates the event instead of
//! adding a copy.

use crate::tickets::documents;
use crate::{CoreError, Sapar};
use chrono::{DateTime, Utc};
use sapar_domain::place::place_by_code;
use sapar_domain::{Booking, Lang, TicketStatus};
use sapar_render::TicketDocument;

/// The `PRODID` of files Sapar writes.
pub const PRODID: &str = "-//Sapar//Sapar travel tickets//EN";

/// The domain part of event `UID`s (Sapar's application id).
const UID_DOMAIN: &str = "kz.sapar.app";

/// The longest content line, in octets, before it is folded (RFC 5545, 3.1).
const MAX_LINE_OCTETS: usize = 75;

/// The iCalendar text of `bookings`: one event per trip. With `ticket` (a ticket
/// number), only that ticket's trip and passenger. `now` is the file's time stamp;
/// texts are in `lang`.
pub fn calendar_ics(
    bookings: &[Booking],
    ticket: Option<&str>,
    lang: Lang,
    now: DateTime<Utc>,
) -> Result<String, CoreError> {
    let mut out = String::new();
    content_line(&mut out, "BEGIN", "VCALENDAR");
    content_line(&mut out, "VERSION", "2.0");
    content_line(&mut out, "PRODID", PRODID);
    content_line(&mut out, "CALSCALE", "GREGORIAN");
    content_line(&mut out, "METHOD", "PUBLISH");
    let mut events = 0;
    for booking in bookings {
        let wanted = ticket.filter(|n| {
            booking
                .tickets
                .iter()
                .any(|t| t.number.eq_ignore_ascii_case(n.trim()))
        });
        if ticket.is_some() && wanted.is_none() {
            continue;
        }
        let docs = documents(booking, wanted.map(str::trim), lang)?;
        let tickets = booking
            .tickets
            .iter()
            .filter(|t| wanted.is_none_or(|n| t.number.eq_ignore_ascii_case(n.trim())));
        let mut by_segment: Vec<Vec<(&sapar_domain::Ticket, &TicketDocument)>> =
            vec![Vec::new(); booking.segments.len()];
        for (t, doc) in tickets.zip(docs.iter()) {
            if let Some(group) = by_segment.get_mut(t.segment) {
                group.push((t, doc));
            }
        }
        for (index, group) in by_segment.iter().enumerate() {
            if group.is_empty() {
                continue;
            }
            write_event(&mut out, booking, index, group, now);
            events += 1;
        }
    }
    if events == 0 {
        return Err(CoreError::NotFound(match ticket {
            Some(n) => format!("no ticket {n} to put in a calendar"),
            None => "no trips to put in a calendar".into(),
        }));
    }
    content_line(&mut out, "END", "VCALENDAR");
    Ok(out)
}

/// One `VEVENT`: the trip `index` of `booking`, for the passengers of `group`.
fn write_event(
    out: &mut String,
    booking: &Booking,
    index: usize,
    group: &[(&sapar_domain::Ticket, &TicketDocument)],
    now: DateTime<Utc>,
) {
    let Some(segment) = booking.segments.get(index) else {
        return;
    };
    let Some((_, first)) = group.first() else {
        return;
    };
    content_line(out, "BEGIN", "VEVENT");
    content_line(out, "UID", &format!("{}-{index}@{UID_DOMAIN}", booking.id));
    content_line(out, "DTSTAMP", &utc_stamp(now));
    content_line(out, "DTSTART", &utc_stamp(segment.departure.utc));
    content_line(out, "DTEND", &utc_stamp(segment.arrival.utc));
    let summary = format!(
        "{} {}: {} → {}",
        first.trip.label, first.trip.value, first.departure.place, first.arrival.place
    );
    content_line(out, "SUMMARY", &escape_text(&summary));
    content_line(out, "LOCATION", &escape_text(&first.departure.place));
    if let Some(place) = place_by_code(&segment.from.code) {
        content_line(out, "GEO", &format!("{:.6};{:.6}", place.lat, place.lon));
    }
    content_line(out, "DESCRIPTION", &escape_text(&description(group)));
    content_line(out, "STATUS", status(group.iter().map(|(t, _)| t.status)));
    content_line(out, "TRANSP", "OPAQUE");
    content_line(out, "END", "VEVENT");
}

/// The event's description: carrier and trip, both stops in local time, the booking
/// reference, each passenger with ticket number and seat, and the carrier's support.
fn description(group: &[(&sapar_domain::Ticket, &TicketDocument)]) -> String {
    let Some((_, doc)) = group.first() else {
        return String::new();
    };
    let mut lines = vec![format!(
        "{} · {} {}",
        doc.carrier.value, doc.trip.label, doc.trip.value
    )];
    for stop in [&doc.departure, &doc.arrival] {
        lines.push(format!(
            "{}: {}, {} {}",
            stop.label, stop.place, stop.date, stop.time
        ));
    }
    lines.push(format!(
        "{}: {}",
        doc.booking_reference.label, doc.booking_reference.value
    ));
    for (_, d) in group {
        let mut line = format!(
            "{}: {}, {} {}",
            d.passenger.label, d.passenger.value, d.ticket_number.label, d.ticket_number.value
        );
        for field in &d.placement {
            line.push_str(&format!(", {} {}", field.label, field.value));
        }
        lines.push(line);
    }
    if !doc.support.lines.is_empty() {
        lines.push(format!(
            "{}: {}",
            doc.support.heading,
            doc.support.lines.join("; ")
        ));
    }
    lines.join("\n")
}

/// `CONFIRMED` while a ticket of the trip holds, `TENTATIVE` for seats only held,
/// `CANCELLED` when every ticket was refunded, exchanged or cancelled.
fn status(statuses: impl Iterator<Item = TicketStatus>) -> &'static str {
    let mut held = false;
    for s in statuses {
        match s {
            TicketStatus::Issued | TicketStatus::Used => return "CONFIRMED",
            TicketStatus::Held => held = true,
            TicketStatus::Refunded | TicketStatus::Exchanged | TicketStatus::CancelledByCarrier => {
            }
        }
    }
    if held {
        "TENTATIVE"
    } else {
        "CANCELLED"
    }
}

/// A UTC instant in iCalendar's form: `20261201T164000Z`.
fn utc_stamp(at: DateTime<Utc>) -> String {
    at.format("%Y%m%dT%H%M%SZ").to_string()
}

/// Escapes a TEXT value (RFC 5545, 3.3.11): backslash, semicolon, comma and line breaks.
pub fn escape_text(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 8);
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\\' => out.push_str("\\\\"),
            ';' => out.push_str("\\;"),
            ',' => out.push_str("\\,"),
            '\r' => {
                if chars.peek() == Some(&'\n') {
                    chars.next();
                }
                out.push_str("\\n");
            }
            '\n' => out.push_str("\\n"),
            // Other control characters are not allowed in TEXT.
            c if c.is_control() && c != '\t' => {}
            c => out.push(c),
        }
    }
    out
}

/// Appends the content line `name:value`, folded so no line exceeds 75 octets (a
/// continuation line starts with one space; a character is never split), then CRLF.
fn content_line(out: &mut String, name: &str, value: &str) {
    out.push_str(&fold(&format!("{name}:{value}")));
    out.push_str("\r\n");
}

/// Folds one content line at [`MAX_LINE_OCTETS`] octets, between characters.
pub fn fold(line: &str) -> String {
    let mut out = String::with_capacity(line.len() + line.len() / MAX_LINE_OCTETS * 3);
    let mut octets = 0;
    for c in line.chars() {
        let len = c.len_utf8();
        if octets + len > MAX_LINE_OCTETS {
            out.push_str("\r\n ");
            octets = 1;
        }
        out.push(c);
        octets += len;
    }
    out
}

impl Sapar {
    /// The iCalendar text of a booking's trips, or of one ticket's trip when `key` is a
    /// ticket number, in `lang`.
    pub async fn calendar(&self, key: &str, lang: Lang) -> Result<String, CoreError> {
        let booking = self.booking(key).await?;
        let ticket = booking
            .tickets
            .iter()
            .find(|t| t.number.eq_ignore_ascii_case(key.trim()))
            .map(|t| t.number.clone());
        calendar_ics(
            std::slice::from_ref(&booking),
            ticket.as_deref(),
            lang,
            Utc::now(),
        )
    }
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;
    use chrono::TimeZone;
    use sapar_render::fixtures::{flight_booking, talgo_booking};

    fn now() -> DateTime<Utc> {
        Utc.with_ymd_and_hms(2026, 11, 28, 10, 0, 0).unwrap()
    }

    /// Undoes folding and splits the file into its logical lines.
    fn unfolded(ics: &str) -> Vec<String> {
        ics.replace("\r\n ", "")
            .split("\r\n")
            .filter(|l| !l.is_empty())
            .map(str::to_string)
            .collect()
    }

    fn value<'a>(lines: &'a [String], name: &str) -> Vec<&'a str> {
        lines
            .iter()
            .filter_map(|l| l.strip_prefix(&format!("{name}:")))
            .collect()
    }

    #[test]
    fn a_train_booking_is_one_event_at_the_right_instants() {
        let booking = talgo_booking();
        let ics = calendar_ics(std::slice::from_ref(&booking), None, Lang::Ru, now()).unwrap();
        let lines = unfolded(&ics);
        assert_eq!(lines.first().map(String::as_str), Some("BEGIN:VCALENDAR"));
        assert_eq!(lines.last().map(String::as_str), Some("END:VCALENDAR"));
        assert_eq!(value(&lines, "VERSION"), ["2.0"]);
        assert_eq!(value(&lines, "BEGIN"), ["VCALENDAR", "VEVENT"]);
        // 21:40 in Astana (+05:00) is 16:40 UTC; 10:15 next morning is 05:15 UTC.
        assert_eq!(value(&lines, "DTSTART"), ["20261201T164000Z"]);
        assert_eq!(value(&lines, "DTEND"), ["20261202T051500Z"]);
        assert_eq!(value(&lines, "DTSTAMP"), ["20261128T100000Z"]);
        assert_eq!(
            value(&lines, "UID"),
            [format!("{}-0@kz.sapar.app", booking.id).as_str()]
        );
        assert_eq!(value(&lines, "STATUS"), ["CONFIRMED"]);
        let summary = value(&lines, "SUMMARY")[0];
        assert!(summary.contains("10Ц"), "{summary}");
        assert!(summary.contains("→"), "{summary}");
        let description = value(&lines, "DESCRIPTION")[0];
        assert!(description.contains("ZHUMABAYEVA AIGERIM"), "{description}");
        assert!(description.contains("ZHUMABAYEV ALIKHAN"), "{description}");
        assert!(description.contains("72014986531"), "{description}");
        assert!(description.contains("+05:00"), "{description}");
        assert!(description.contains("\\n"), "{description}");
        assert!(value(&lines, "GEO")[0].starts_with("51."), "{lines:?}");
    }

    #[test]
    fn every_physical_line_ends_in_crlf_and_fits_75_octets() {
        let ics =
            calendar_ics(&[talgo_booking(), flight_booking()], None, Lang::Kk, now()).unwrap();
        assert!(ics.ends_with("\r\n"));
        assert!(!ics.replace("\r\n", "").contains('\n'));
        for line in ics.split("\r\n") {
            assert!(
                line.len() <= MAX_LINE_OCTETS,
                "{} octets: {line}",
                line.len()
            );
        }
        // Kazakh descriptions are long enough to need folding.
        assert!(ics.contains("\r\n "));
    }

    #[test]
    fn one_ticket_names_only_its_passenger() {
        let booking = talgo_booking();
        let ics = calendar_ics(
            std::slice::from_ref(&booking),
            Some("72014986532"),
            Lang::En,
            now(),
        )
        .unwrap();
        let lines = unfolded(&ics);
        let description = value(&lines, "DESCRIPTION")[0];
        assert!(description.contains("ALIKHAN"), "{description}");
        assert!(!description.contains("AIGERIM"), "{description}");
    }

    #[test]
    fn two_bookings_make_two_events_with_their_own_uids() {
        let ics =
            calendar_ics(&[talgo_booking(), flight_booking()], None, Lang::En, now()).unwrap();
        let lines = unfolded(&ics);
        let uids = value(&lines, "UID");
        assert_eq!(uids.len(), 2);
        assert_ne!(uids[0], uids[1]);
        assert_eq!(value(&lines, "DTSTART")[1], "20261205T023000Z");
    }

    #[test]
    fn refunded_trips_are_cancelled_events_and_held_ones_tentative() {
        let mut booking = talgo_booking();
        for t in &mut booking.tickets {
            t.status = TicketStatus::Refunded;
        }
        let ics = calendar_ics(std::slice::from_ref(&booking), None, Lang::En, now()).unwrap();
        assert_eq!(value(&unfolded(&ics), "STATUS"), ["CANCELLED"]);
        for t in &mut booking.tickets {
            t.status = TicketStatus::Held;
        }
        let ics = calendar_ics(std::slice::from_ref(&booking), None, Lang::En, now()).unwrap();
        assert_eq!(value(&unfolded(&ics), "STATUS"), ["TENTATIVE"]);
    }

    #[test]
    fn an_unknown_ticket_is_not_found() {
        let result = calendar_ics(&[talgo_booking()], Some("999"), Lang::En, now());
        assert!(matches!(result, Err(CoreError::NotFound(_))), "{result:?}");
        let result = calendar_ics(&[], None, Lang::En, now());
        assert!(matches!(result, Err(CoreError::NotFound(_))), "{result:?}");
    }

    #[test]
    fn text_is_escaped() {
        assert_eq!(
            escape_text("Almaty-2, hall; gate \\ 3\nsecond\r\nthird"),
            "Almaty-2\\, hall\\; gate \\\\ 3\\nsecond\\nthird"
        );
        assert_eq!(escape_text("bell\u{7}"), "bell");
    }

    #[test]
    fn folding_keeps_characters_whole_and_unfolds_to_the_original() {
        let alphabet = ["a", "ә", "₸", "😀", " ", ";"];
        for len in 0..200 {
            for (i, _) in alphabet.iter().enumerate() {
                let text: String = (0..len)
                    .map(|k| alphabet[(k * (i + 1) + k / 7) % alphabet.len()])
                    .collect();
                let folded = fold(&text);
                for physical in folded.split("\r\n") {
                    assert!(physical.len() <= MAX_LINE_OCTETS, "{physical:?}");
                }
                assert_eq!(folded.replace("\r\n ", ""), text);
            }
        }
    }
}
