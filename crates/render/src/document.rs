//! The ticket as printed: one data structure that every layout renders from.
//!
//! A [`TicketDocument`] holds every caption and value already worded in the
//! ticket's language (station names, local times with their UTC offset, prices in
//! tenge, the fare rules in plain words), so a layout only places text and the QR
//! code; it never formats or translates anything itself.

use crate::wording::{self, t};
use crate::RenderError;
use sapar_domain::carrier::nearest_office;
use sapar_domain::place::{cities, place_by_code};
use sapar_domain::{
    Berth, Booking, Carrier, FareRules, Lang, Mode, PlaceRef, PurchasePlace, SalesOffice, Segment,
    Ticket, TicketStatus,
};
use sapar_i18n::Arg;
use serde::{Deserialize, Serialize};

/// A caption and its value (`Passenger` / `ZHUMABAYEVA AIGERIM`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Field {
    /// The caption, in the ticket's language.
    pub label: String,
    /// The value, in the ticket's language.
    pub value: String,
}

/// One end of the trip.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Stop {
    /// `Departure` or `Arrival`, in the ticket's language.
    pub label: String,
    /// The place's code (`NQZ`, a station code).
    pub code: String,
    /// The place's name in the ticket's language.
    pub place: String,
    /// Local time at the place with its UTC offset: `21:40 (+05:00)`.
    pub time: String,
    /// Local date at the place: `1 December 2026`.
    pub date: String,
}

/// A titled block of lines (fare rules, carrier support).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Section {
    /// The block's title.
    pub heading: String,
    /// Its lines, each a sentence or a contact.
    pub lines: Vec<String>,
}

/// Everything printed on one passenger's ticket for one segment.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct TicketDocument {
    /// The language every text is in.
    pub lang: Lang,
    /// `Electronic ticket`.
    pub heading: String,
    /// Mode of transport.
    pub mode: Mode,
    /// The carrier's name.
    pub carrier: Field,
    /// `Train 10Ц`, `Flight KC852`.
    pub trip: Field,
    /// Where and when it leaves.
    pub departure: Stop,
    /// Where and when it arrives.
    pub arrival: Stop,
    /// Scheduled travel time.
    pub duration: Field,
    /// The passenger's name as in the document.
    pub passenger: Field,
    /// Document type and its number with all but the last four characters hidden.
    pub document: Field,
    /// Fare category (adult, child, infant).
    pub category: Field,
    /// Class, carriage, seat or berth, platform: whatever the ticket has.
    pub placement: Vec<Field>,
    /// The price line by line.
    pub price: Vec<Field>,
    /// The total price.
    pub total: Field,
    /// The carrier's booking reference.
    pub booking_reference: Field,
    /// The ticket number.
    pub ticket_number: Field,
    /// The ticket's status.
    pub status: TicketStatus,
    /// The status, worded.
    pub status_field: Field,
    /// A warning printed large when the ticket cannot be used for travel.
    pub invalid_notice: Option<String>,
    /// The signed token to print as a QR code; `None` when the ticket has none.
    pub qr: Option<String>,
    /// Under the QR code: what to do with it; or, without a code, what to do instead.
    pub qr_caption: String,
    /// The refund and exchange rules in plain words.
    pub rules: Section,
    /// The carrier's support contacts and a sales office.
    pub support: Section,
    /// Where the ticket was bought.
    pub purchase: Field,
    /// When it was issued, at the departure place's local time.
    pub issued: Field,
    /// What to show at boarding.
    pub boarding_note: String,
}

impl TicketDocument {
    /// Builds the printed form of ticket `ticket_index` of `booking` in `lang`.
    ///
    /// `carrier` adds the carrier's name, support contacts and a sales office;
    /// `rules` adds the refund and exchange rules. Without them the ticket still
    /// prints, with the carrier's code and a pointer to its conditions.
    pub fn from_booking(
        booking: &Booking,
        ticket_index: usize,
        carrier: Option<&Carrier>,
        rules: Option<&FareRules>,
        lang: Lang,
    ) -> Result<TicketDocument, RenderError> {
        let ticket = booking.tickets.get(ticket_index).ok_or_else(|| {
            RenderError::InvalidTicket(format!(
                "booking {} has {} tickets, there is no ticket {}",
                booking.reference,
                booking.tickets.len(),
                ticket_index + 1
            ))
        })?;
        let segment = booking.segments.get(ticket.segment).ok_or_else(|| {
            RenderError::InvalidTicket(format!(
                "ticket {} points at a segment that is not in booking {}",
                ticket.number, booking.reference
            ))
        })?;
        let passenger = booking.passengers.get(ticket.passenger).ok_or_else(|| {
            RenderError::InvalidTicket(format!(
                "ticket {} points at a passenger who is not in booking {}",
                ticket.number, booking.reference
            ))
        })?;
        let field = |id: &str, value: String| Field {
            label: t(lang, id, &[]),
            value,
        };
        let carrier_name = carrier
            .map(|c| carrier_name(c, lang).to_string())
            .unwrap_or_else(|| segment.carrier.clone());
        let trip_label = t(lang, &format!("ticket-trip-{}", segment.mode.as_str()), &[]);
        let document = format!(
            "{} {}",
            t(
                lang,
                &format!("document-{}", passenger.document_type.as_str()),
                &[]
            ),
            masked_document_number(&passenger.document_number)
        );
        let invalid_notice =
            (!ticket.status.is_valid_for_travel()).then(|| t(lang, "ticket-not-valid", &[]));
        let qr = ticket
            .token
            .as_ref()
            .filter(|s| !s.trim().is_empty())
            .cloned();
        let qr_caption = if qr.is_some() {
            t(lang, "ticket-qr-caption", &[])
        } else {
            t(lang, "ticket-no-qr", &[])
        };
        let issued_at = sapar_domain::ZonedInstant::new(booking.created_at, segment.departure.zone);
        Ok(TicketDocument {
            lang,
            heading: t(lang, "ticket-heading", &[]),
            mode: segment.mode,
            carrier: field("ticket-carrier", carrier_name),
            trip: Field {
                label: trip_label,
                value: segment.trip_number.clone(),
            },
            departure: stop(lang, "ticket-departure", &segment.from, &segment.departure),
            arrival: stop(lang, "ticket-arrival", &segment.to, &segment.arrival),
            duration: field(
                "ticket-duration",
                wording::duration(lang, segment.duration_minutes()),
            ),
            passenger: field("ticket-passenger", passenger.full_name()),
            document: field("ticket-document", document),
            category: field(
                "ticket-category",
                t(
                    lang,
                    &format!("category-{}", passenger.category.as_str()),
                    &[],
                ),
            ),
            placement: placement(lang, segment, ticket),
            price: ticket
                .price
                .items
                .iter()
                .map(|item| Field {
                    label: wording::t_opt(lang, &format!("ticket-price-{}", item.kind))
                        .unwrap_or_else(|| item.kind.replace('_', " ")),
                    value: item.amount.format(lang),
                })
                .collect(),
            total: field("ticket-total", ticket.price.total().format(lang)),
            booking_reference: field("ticket-booking-reference", booking.reference.clone()),
            ticket_number: field("ticket-number", ticket.number.clone()),
            status: ticket.status,
            status_field: field(
                "ticket-status",
                t(lang, &format!("status-{}", ticket.status.as_str()), &[]),
            ),
            invalid_notice,
            qr,
            qr_caption,
            rules: Section {
                heading: t(lang, "ticket-rules", &[]),
                lines: wording::fare_rules(lang, rules, &ticket.price),
            },
            support: Section {
                heading: t(lang, "ticket-support", &[]),
                lines: support_lines(lang, carrier, &segment.from),
            },
            purchase: field("ticket-purchase", purchase_text(lang, &booking.purchase)),
            issued: field("ticket-issued", wording::date_time(lang, &issued_at)),
            boarding_note: t(lang, "ticket-boarding-note", &[]),
        })
    }

    /// Every text the ticket prints (for search and checks). The carrier and trip
    /// print as values only (`Air Astana · Flight KC852`), without their captions.
    pub fn texts(&self) -> Vec<&str> {
        let mut out: Vec<&str> = vec![
            &self.heading,
            &self.carrier.value,
            &self.trip.label,
            &self.trip.value,
        ];
        for f in self.fields().into_iter().skip(2) {
            out.push(&f.label);
            out.push(&f.value);
        }
        for s in [&self.departure, &self.arrival] {
            out.extend([s.label.as_str(), &s.code, &s.place, &s.time, &s.date]);
        }
        for sec in [&self.rules, &self.support] {
            if !sec.lines.is_empty() {
                out.push(&sec.heading);
                out.extend(sec.lines.iter().map(String::as_str));
            }
        }
        if let Some(n) = &self.invalid_notice {
            out.push(n);
        }
        out.push(&self.qr_caption);
        out.push(&self.boarding_note);
        out
    }

    /// All caption/value pairs, in print order.
    pub fn fields(&self) -> Vec<&Field> {
        let mut out = vec![
            &self.carrier,
            &self.trip,
            &self.duration,
            &self.passenger,
            &self.document,
            &self.category,
        ];
        out.extend(self.placement.iter());
        out.extend(self.price.iter());
        out.extend([
            &self.total,
            &self.booking_reference,
            &self.ticket_number,
            &self.status_field,
            &self.purchase,
            &self.issued,
        ]);
        out
    }
}

/// The carrier's name in a language.
fn carrier_name(c: &Carrier, lang: Lang) -> &str {
    let name = c.name(lang);
    if name.trim().is_empty() {
        &c.code
    } else {
        name
    }
}

/// A document number with all but its last four characters hidden: `•••• 2378`
/// (joined by a no-break space so it never splits across lines). Short numbers keep
/// only their last character visible.
pub(crate) fn masked_document_number(number: &str) -> String {
    let chars: Vec<char> = number.chars().filter(|c| !c.is_whitespace()).collect();
    let shown = if chars.len() > 6 {
        4
    } else {
        1.min(chars.len())
    };
    let tail: String = chars[chars.len() - shown..].iter().collect();
    format!("••••\u{a0}{tail}")
}

/// A place's name in a language, from Sapar's dataset; the name kept on the segment
/// when the place is not in the dataset (e.g. a foreign airport).
pub(crate) fn place_name(place: &PlaceRef, lang: Lang) -> String {
    match place_by_code(&place.code) {
        Some(known) => known.name(lang).to_string(),
        None => place.name.clone(),
    }
}

fn stop(lang: Lang, label_id: &str, place: &PlaceRef, at: &sapar_domain::ZonedInstant) -> Stop {
    Stop {
        label: t(lang, label_id, &[]),
        code: place.code.clone(),
        place: place_name(place, lang),
        time: wording::time_with_offset(at),
        date: wording::date(lang, at.local().date_naive()),
    }
}

fn placement(lang: Lang, segment: &Segment, ticket: &Ticket) -> Vec<Field> {
    let mut out = Vec::new();
    let class = segment.service_class.trim();
    if !class.is_empty() {
        let key = class.to_lowercase().replace([' ', '-'], "_");
        out.push(Field {
            label: t(lang, "ticket-class", &[]),
            value: wording::t_opt(lang, &format!("ticket-class-{key}"))
                .unwrap_or_else(|| class.to_string()),
        });
    }
    if let Some(seat) = &ticket.seat {
        if let Some(carriage) = seat.carriage.as_ref().filter(|c| !c.trim().is_empty()) {
            out.push(Field {
                label: t(lang, "ticket-carriage", &[]),
                value: carriage.clone(),
            });
        }
        let value = match seat.berth {
            Some(berth) => {
                let berth = t(
                    lang,
                    match berth {
                        Berth::Lower => "ticket-berth-lower",
                        Berth::Upper => "ticket-berth-upper",
                    },
                    &[],
                );
                t(
                    lang,
                    "ticket-seat-berth",
                    &[("seat", Arg::Str(&seat.seat)), ("berth", Arg::Str(&berth))],
                )
            }
            None => seat.seat.clone(),
        };
        out.push(Field {
            label: t(lang, "ticket-seat", &[]),
            value,
        });
    }
    if let Some(platform) = segment.platform.as_ref().filter(|p| !p.trim().is_empty()) {
        out.push(Field {
            label: t(lang, "ticket-platform", &[]),
            value: platform.clone(),
        });
    }
    out
}

fn support_lines(lang: Lang, carrier: Option<&Carrier>, from: &PlaceRef) -> Vec<String> {
    let Some(carrier) = carrier else {
        return Vec::new();
    };
    let s = &carrier.support;
    let mut lines = Vec::new();
    let line = |id: &str, value: &str| t(lang, id, &[("value", Arg::Str(value))]);
    if !s.phones.is_empty() {
        lines.push(line("ticket-support-phone", &s.phones.join(", ")));
    }
    if let Some(email) = s.email.as_deref().filter(|e| !e.is_empty()) {
        lines.push(line("ticket-support-email", email));
    }
    if let Some(web) = s.web.as_deref().filter(|w| !w.is_empty()) {
        lines.push(line("ticket-support-web", web));
    }
    if let Some(hours) = s.hours.as_deref().filter(|h| !h.is_empty()) {
        lines.push(line("ticket-support-hours", hours));
    }
    if let Some(office) = office_for(carrier, from) {
        let city = cities()
            .iter()
            .find(|c| c.name_en == office.city)
            .map_or(office.city.as_str(), |c| c.name(lang));
        let text = format!("{city}, {} ({})", office.address, office.hours);
        lines.push(t(
            lang,
            "ticket-sales-office",
            &[("office", Arg::Str(&text))],
        ));
    }
    lines
}

/// The carrier's sales office nearest to the departure place; when the place is not
/// in the dataset, one in a city named like it, or else the carrier's first office.
fn office_for<'a>(carrier: &'a Carrier, from: &PlaceRef) -> Option<&'a SalesOffice> {
    if let Some(near) =
        place_by_code(&from.code).and_then(|p| nearest_office(carrier, p.lat, p.lon))
    {
        return Some(near.office);
    }
    let from_name = from.name.to_lowercase();
    carrier
        .offices
        .iter()
        .find(|o| !o.city.is_empty() && from_name.contains(&o.city.to_lowercase()))
        .or_else(|| carrier.offices.first())
}

fn purchase_text(lang: Lang, purchase: &PurchasePlace) -> String {
    let channel = t(
        lang,
        &format!("ticket-channel-{}", purchase.channel.as_str()),
        &[],
    );
    let label = purchase.label.trim();
    if label.is_empty() || channel.to_lowercase().contains(&label.to_lowercase()) {
        channel
    } else {
        format!("{channel}: {label}")
    }
}

#[cfg(test)]
#[path = "document_tests.rs"]
mod tests;
