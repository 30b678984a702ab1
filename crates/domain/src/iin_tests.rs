//! Tests of IIN validation. The valid numbers below were computed by hand from the rule.

use super::*;
use proptest::prelude::*;

fn date(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).expect("valid date")
}

#[test]
fn valid_numbers_give_birth_date_sex_and_serial() {
    let info = validate("900101301233").expect("valid");
    assert_eq!(info.birth_date, date(1990, 1, 1));
    assert_eq!(info.sex, Sex::Male);
    assert_eq!(info.serial, 123);

    let info = validate("850715402452").expect("valid");
    assert_eq!(info.birth_date, date(1985, 7, 15));
    assert_eq!(info.sex, Sex::Female);

    let info = validate("050312503171").expect("valid");
    assert_eq!(info.birth_date, date(2005, 3, 12));
    assert_eq!(info.sex, Sex::Male);

    let info = validate("881212401715").expect("valid");
    assert_eq!(
        (info.birth_date, info.sex),
        (date(1988, 12, 12), Sex::Female)
    );
}

#[test]
fn second_pass_gives_the_check_digit_when_the_first_gives_ten() {
    // Σ d[i]·i of 90010130081 is 10 mod 11; the second weights give 1.
    let digits = [9, 0, 0, 1, 0, 1, 3, 0, 0, 8, 1];
    let first: u32 = digits.iter().zip(1..).map(|(&d, i)| d * i).sum();
    assert_eq!(first % 11, 10);
    assert_eq!(validate("900101300811").map(|i| i.serial), Ok(81));
    assert_eq!(
        validate("900101300810"),
        Err(IinError::WrongCheckDigit {
            expected: 1,
            found: 0
        })
    );
}

#[test]
fn ten_on_both_passes_is_never_issued() {
    for last in 0..=9 {
        assert_eq!(
            validate(&format!("90010130080{last}")),
            Err(IinError::NeverIssued)
        );
    }
    assert_eq!(check_digit(&[9, 0, 0, 1, 0, 1, 3, 0, 0, 8, 0]), None);
    assert_eq!(compose(date(1990, 1, 1), Sex::Male, 80), None);
}

#[test]
fn each_failure_has_its_reason() {
    assert_eq!(validate(""), Err(IinError::Length { found: 0 }));
    assert_eq!(validate("90010130123"), Err(IinError::Length { found: 11 }));
    assert_eq!(
        validate("9001013012333"),
        Err(IinError::Length { found: 13 })
    );
    assert_eq!(
        validate("90010130123a"),
        Err(IinError::NotDigits { position: 12 })
    );
    assert_eq!(
        validate("9001 01301233"),
        Err(IinError::NotDigits { position: 5 })
    );
    assert_eq!(validate("٩٠٠١"), Err(IinError::NotDigits { position: 1 }));
    for digit in [0, 7, 8, 9] {
        assert_eq!(
            validate(&format!("900101{digit}01233")),
            Err(IinError::InvalidCentury { digit })
        );
    }
    // 2000-02-29 is a date, 1900-02-29 is not.
    assert!(validate("000229500662").is_ok());
    assert_eq!(
        validate("000229300662"),
        Err(IinError::InvalidDate {
            yymmdd: "000229".into()
        })
    );
    assert!(matches!(
        validate("901301301233"),
        Err(IinError::InvalidDate { .. })
    ));
    assert!(matches!(
        validate("900132301233"),
        Err(IinError::InvalidDate { .. })
    ));
    assert_eq!(
        validate("900101301234"),
        Err(IinError::WrongCheckDigit {
            expected: 3,
            found: 4
        })
    );
}

#[test]
fn birth_date_must_agree() {
    assert!(check_against_birth_date("900101301233", date(1990, 1, 1)).is_ok());
    assert_eq!(
        check_against_birth_date("900101301233", date(1990, 1, 2)),
        Err(IinError::BirthDateMismatch {
            in_iin: date(1990, 1, 1),
            given: date(1990, 1, 2)
        })
    );
    assert_eq!(
        check_against_birth_date("9001", date(1990, 1, 1)),
        Err(IinError::Length { found: 4 })
    );
}

#[test]
fn errors_serialise_with_a_stable_reason() {
    let json = |e: IinError| serde_json::to_value(e).expect("serialises");
    assert_eq!(
        json(IinError::Length { found: 11 }),
        serde_json::json!({"reason": "length", "found": 11})
    );
    assert_eq!(
        json(IinError::NotDigits { position: 3 }),
        serde_json::json!({"reason": "not_digits", "position": 3})
    );
    assert_eq!(
        json(IinError::InvalidCentury { digit: 0 }),
        serde_json::json!({"reason": "invalid_century", "digit": 0})
    );
    assert_eq!(
        json(IinError::InvalidDate {
            yymmdd: "901301".into()
        }),
        serde_json::json!({"reason": "invalid_date", "yymmdd": "901301"})
    );
    assert_eq!(
        json(IinError::WrongCheckDigit {
            expected: 3,
            found: 4
        }),
        serde_json::json!({"reason": "wrong_check_digit", "expected": 3, "found": 4})
    );
    assert_eq!(
        json(IinError::NeverIssued),
        serde_json::json!({"reason": "never_issued"})
    );
    assert_eq!(
        json(IinError::BirthDateMismatch {
            in_iin: date(1990, 1, 1),
            given: date(1991, 1, 1)
        }),
        serde_json::json!({"reason": "birth_date_mismatch", "in_iin": "1990-01-01", "given": "1991-01-01"})
    );
    let back: IinError = serde_json::from_value(json(IinError::NeverIssued)).expect("deserialises");
    assert_eq!(back, IinError::NeverIssued);
}

#[test]
fn messages_are_plain_english() {
    assert_eq!(
        IinError::WrongCheckDigit {
            expected: 3,
            found: 4
        }
        .to_string(),
        "the IIN's check digit should be 3, not 4"
    );
    assert_eq!(
        IinError::Length { found: 11 }.to_string(),
        "an IIN has 12 digits, this has 11"
    );
}

fn any_date() -> impl Strategy<Value = NaiveDate> {
    (1800i32..2100, 1u32..=12, 1u32..=31)
        .prop_filter_map("a real date", |(y, m, d)| NaiveDate::from_ymd_opt(y, m, d))
}

fn any_sex() -> impl Strategy<Value = Sex> {
    prop_oneof![Just(Sex::Male), Just(Sex::Female)]
}

proptest! {
    #[test]
    fn validate_never_panics(text in ".{0,20}") {
        let _ = validate(&text);
    }

    #[test]
    fn validate_never_panics_on_twelve_digits(text in "[0-9]{12}") {
        if let Ok(info) = validate(&text) {
            prop_assert_eq!(compose(info.birth_date, info.sex, info.serial), Some(text));
        }
    }

    #[test]
    fn composed_numbers_are_valid(birth in any_date(), sex in any_sex(), serial in 0u16..10_000) {
        if let Some(iin) = compose(birth, sex, serial) {
            let info = validate(&iin).expect("a composed IIN is valid");
            prop_assert_eq!(info, IinInfo { birth_date: birth, sex, serial });
            prop_assert!(check_against_birth_date(&iin, birth).is_ok());
            // Any other last digit is refused.
            let last = iin.as_bytes()[11] - b'0';
            let other = format!("{}{}", &iin[..11], (last + 1) % 10);
            let refused = matches!(validate(&other), Err(IinError::WrongCheckDigit { .. }));
            prop_assert!(refused);
        }
    }
}
