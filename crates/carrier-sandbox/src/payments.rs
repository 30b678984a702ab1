//! Sandbox card payments: no money moves. Test cards decide the outcome.
//!
//! | card number | outcome |
//! |---|---|
//! | 4242 4242 4242 4242 | approved |
//! | 5555 5555 5555 4444 | approved |
//! | 4000 0000 0000 0002 | declined |
//! | 4000 0000 0000 9995 | declined (insufficient funds) |
//! | 4000 0000 0000 3220 | needs a second step: send `confirmation_code` `000000` |
//!
//! Any other number that passes the Luhn check is declined; one that does not
//! is a `bad_request`.

use crate::http::problem::ApiError;
use chrono::{Datelike, NaiveDate};
use sapar_carrier::{CardPayment, FieldError, ProblemCode};
use sapar_domain::Money;

/// The code that completes a payment needing confirmation.
pub const CONFIRMATION_CODE: &str = "000000";

/// Approved cards.
pub const APPROVED_CARDS: [&str; 2] = ["4242424242424242", "5555555555554444"];
/// A card that is declined.
pub const DECLINED_CARD: &str = "4000000000000002";
/// A card that needs the confirmation step.
pub const CONFIRMATION_CARD: &str = "4000000000003220";

fn luhn_ok(digits: &str) -> bool {
    let mut sum = 0u32;
    for (i, c) in digits.bytes().rev().enumerate() {
        let mut d = u32::from(c - b'0');
        if i % 2 == 1 {
            d *= 2;
            if d > 9 {
                d -= 9;
            }
        }
        sum += d;
    }
    sum.is_multiple_of(10)
}

/// An approved payment's reference.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Approval {
    /// Authorisation code.
    pub auth_code: String,
}

/// Charges a card (pretend). `today` decides whether the card has expired.
pub fn charge(
    card: &CardPayment,
    confirmation_code: Option<&str>,
    amount: Money,
    today: NaiveDate,
) -> Result<Approval, ApiError> {
    let digits: String = card
        .number
        .chars()
        .filter(|c| !c.is_whitespace() && *c != '-')
        .collect();
    let mut errors = Vec::new();
    if digits.len() < 12
        || digits.len() > 19
        || !digits.bytes().all(|b| b.is_ascii_digit())
        || !luhn_ok(&digits)
    {
        errors.push(FieldError::new(
            "payment/number",
            "invalid_card_number",
            "not a valid card number",
        ));
    }
    if !(1..=12).contains(&card.expiry_month) {
        errors.push(FieldError::new(
            "payment/expiry_month",
            "invalid_format",
            "the month is 1-12",
        ));
    } else if (card.expiry_year, card.expiry_month) < (today.year(), today.month()) {
        errors.push(FieldError::new(
            "payment/expiry_year",
            "card_expired",
            "the card has expired",
        ));
    }
    if !(3..=4).contains(&card.cvc.len()) || !card.cvc.bytes().all(|b| b.is_ascii_digit()) {
        errors.push(FieldError::new(
            "payment/cvc",
            "invalid_format",
            "the security code has 3 or 4 digits",
        ));
    }
    if card.holder.trim().is_empty() {
        errors.push(FieldError::new(
            "payment/holder",
            "required",
            "the name on the card is needed",
        ));
    }
    if !errors.is_empty() {
        return Err(ApiError::fields(
            ProblemCode::BadRequest,
            "the card details are not valid",
            errors,
        ));
    }
    if amount <= Money::ZERO {
        return Ok(Approval {
            auth_code: "ZERO00".into(),
        });
    }
    if APPROVED_CARDS.contains(&digits.as_str()) {
        return Ok(Approval {
            auth_code: auth_code(&digits, amount),
        });
    }
    if digits == CONFIRMATION_CARD {
        return match confirmation_code {
            None => Err(ApiError::new(
                ProblemCode::PaymentRequiresConfirmation,
                "the card issuer asks for a confirmation code; repeat the request with confirmation_code (sandbox: 000000) and a new Idempotency-Key",
            )),
            Some(CONFIRMATION_CODE) => Ok(Approval { auth_code: auth_code(&digits, amount) }),
            Some(_) => Err(ApiError::new(ProblemCode::PaymentDeclined, "the confirmation code is wrong")),
        };
    }
    let reason = if digits == "4000000000009995" {
        "insufficient funds"
    } else {
        "the card was declined"
    };
    Err(ApiError::new(ProblemCode::PaymentDeclined, reason))
}

fn auth_code(digits: &str, amount: Money) -> String {
    let tail: String = digits.chars().rev().take(2).collect();
    format!("A{}{:04}", tail, amount.as_tiyn().rem_euclid(10_000))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn card(number: &str) -> CardPayment {
        CardPayment {
            number: number.into(),
            expiry_month: 12,
            expiry_year: 2099,
            cvc: "123".into(),
            holder: "ARMAN ZHUMABAYEV".into(),
        }
    }

    fn today() -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 12, 1).unwrap()
    }

    #[test]
    fn test_cards_behave_as_documented() {
        let amount = Money::tenge(19_236);
        assert!(charge(&card("4242 4242 4242 4242"), None, amount, today()).is_ok());
        assert_eq!(
            charge(&card(DECLINED_CARD), None, amount, today())
                .unwrap_err()
                .code(),
            ProblemCode::PaymentDeclined
        );
        assert_eq!(
            charge(&card(CONFIRMATION_CARD), None, amount, today())
                .unwrap_err()
                .code(),
            ProblemCode::PaymentRequiresConfirmation
        );
        assert!(charge(&card(CONFIRMATION_CARD), Some("000000"), amount, today()).is_ok());
        assert_eq!(
            charge(&card(CONFIRMATION_CARD), Some("123456"), amount, today())
                .unwrap_err()
                .code(),
            ProblemCode::PaymentDeclined
        );
        // Luhn-valid but not a test card.
        assert_eq!(
            charge(&card("4111111111111111"), None, amount, today())
                .unwrap_err()
                .code(),
            ProblemCode::PaymentDeclined
        );
    }

    #[test]
    fn bad_card_details_are_field_errors() {
        let mut c = card("4242424242424241");
        c.expiry_year = 2020;
        c.cvc = "1".into();
        let e = charge(&c, None, Money::tenge(1), today()).unwrap_err();
        assert_eq!(e.code(), ProblemCode::BadRequest);
        let fields: Vec<_> = e.0.errors.iter().map(|f| f.field.as_str()).collect();
        assert_eq!(
            fields,
            vec!["payment/number", "payment/expiry_year", "payment/cvc"]
        );
    }
}
