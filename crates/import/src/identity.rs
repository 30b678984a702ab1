//! Stable identities for imported bookings and tickets.
//!
//! Importing the same pass twice, or a later pass for the same trip (after a seat
//! change), must give the same booking id and ticket numbers, so that the wallet updates
//! the booking instead of keeping two. Ids are UUID version 5 (SHA-1 name-based) in a
//! namespace of Sapar's own, over the parts that name the trip and the traveller and never
//! over what changes between passes of one trip (seat, check-in sequence, status).

use uuid::Uuid;

/// The namespace of every id Sapar derives for imported bookings.
const IMPORT_NAMESPACE: Uuid = Uuid::from_u128(0x5a9a_7c1e_4f0b_4d8e_9c36_b1e2_70a4_d5f3);

/// Separates the parts of a name so that `("AB", "C")` and `("A", "BC")` differ.
const SEPARATOR: char = '\u{1f}';

fn name_of(parts: &[&str]) -> String {
    let mut name = String::new();
    for (i, part) in parts.iter().enumerate() {
        if i > 0 {
            name.push(SEPARATOR);
        }
        name.push_str(&normalise(part));
    }
    name
}

/// Uppercase, single spaces, no padding: `Mroz/Martin ` and `MROZ/MARTIN` are one name.
fn normalise(part: &str) -> String {
    part.split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_uppercase()
}

/// The booking id for the parts that identify a booking.
pub(crate) fn booking_id(parts: &[&str]) -> Uuid {
    Uuid::new_v5(&IMPORT_NAMESPACE, name_of(parts).as_bytes())
}

/// A ticket number for a ticket whose pass gives none: `BP` and twelve hexadecimal
/// digits derived from the parts (unique enough within one carrier's bookings).
pub(crate) fn made_up_ticket_number(parts: &[&str]) -> String {
    let id = Uuid::new_v5(
        &IMPORT_NAMESPACE,
        format!("ticket{SEPARATOR}{}", name_of(parts)).as_bytes(),
    );
    let hex = id.simple().to_string().to_uppercase();
    format!("BP{}", &hex[..12])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_ignore_case_and_padding_but_not_boundaries() {
        assert_eq!(
            booking_id(&["KC", "Mroz/Martin "]),
            booking_id(&["kc", "MROZ/MARTIN"])
        );
        assert_ne!(booking_id(&["AB", "C"]), booking_id(&["A", "BC"]));
        assert_eq!(booking_id(&["KC"]).get_version_num(), 5);
    }

    #[test]
    fn made_up_ticket_numbers_are_stable_and_short() {
        let a = made_up_ticket_number(&["KC", "ABC123", "1"]);
        assert_eq!(a, made_up_ticket_number(&["KC", "ABC123", "1"]));
        assert_ne!(a, made_up_ticket_number(&["KC", "ABC123", "2"]));
        assert_eq!(a.len(), 14);
        assert!(a.starts_with("BP"));
    }
}
