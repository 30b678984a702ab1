//! Tests of passenger ages, fare categories and the checks before booking.

use super::*;
use crate::iin::{self, IinError};
use proptest::prelude::*;

fn date(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).expect("valid date")
}

#[test]
fn age_turns_on_the_birthday() {
    let born = date(2014, 6, 15);
    assert_eq!(age_on(born, date(2026, 6, 14)), Some(11));
    assert_eq!(age_on(born, date(2026, 6, 15)), Some(12));
    assert_eq!(age_on(born, born), Some(0));
    assert_eq!(age_on(born, date(2014, 6, 14)), None);
}

#[test]
fn born_on_29_february_ages_on_28_february_in_common_years() {
    let born = date(2016, 2, 29);
    assert_eq!(age_on(born, date(2018, 2, 27)), Some(1));
    assert_eq!(age_on(born, date(2018, 2, 28)), Some(2));
    assert_eq!(age_on(born, date(2020, 2, 28)), Some(3));
    assert_eq!(age_on(born, date(2020, 2, 29)), Some(4));
    // An infant on a flight until the second birthday, a child from it.
    assert_eq!(
        category_on(born, date(2018, 2, 27), Mode::Air, false),
        Category::Infant
    );
    assert_eq!(
        category_on(born, date(2018, 2, 28), Mode::Air, false),
        Category::Child
    );
}

#[test]
fn flights_follow_air_astana_age_limits() {
    let travel = date(2026, 7, 1);
    let aged = |years: i32| date(2026 - years, 7, 1);
    let air = |years, international| category_on(aged(years), travel, Mode::Air, international);
    assert_eq!(air(1, false), Category::Infant);
    assert_eq!(air(2, false), Category::Child);
    assert_eq!(air(11, true), Category::Child);
    assert_eq!(air(12, true), Category::Adult);
    assert_eq!(air(12, false), Category::Child);
    assert_eq!(air(14, false), Category::Child);
    assert_eq!(air(15, false), Category::Adult);
    // The day before the 12th birthday is still a child abroad.
    assert_eq!(
        category_on(date(2014, 7, 2), travel, Mode::Air, true),
        Category::Child
    );
}

#[test]
fn trains_follow_ktz_age_limits() {
    let travel = date(2026, 7, 1);
    let rail = |born| category_on(born, travel, Mode::Rail, false);
    assert_eq!(rail(date(2021, 7, 2)), Category::Infant); // 4 years old
    assert_eq!(rail(date(2021, 7, 1)), Category::Child); // 5 today
    assert_eq!(rail(date(2016, 7, 2)), Category::Child); // 9
    assert_eq!(rail(date(2016, 7, 1)), Category::Adult); // 10 today
    assert_eq!(
        category_on(date(2016, 7, 2), travel, Mode::Rail, true),
        Category::Child
    );
}

#[test]
fn buses_count_children_under_12_and_infants_under_2() {
    let travel = date(2026, 7, 1);
    let bus = |born| category_on(born, travel, Mode::Bus, false);
    assert_eq!(bus(date(2024, 7, 2)), Category::Infant);
    assert_eq!(bus(date(2024, 7, 1)), Category::Child);
    assert_eq!(bus(date(2014, 7, 2)), Category::Child);
    assert_eq!(bus(date(2014, 7, 1)), Category::Adult);
    assert_eq!(
        age_limits(Mode::Bus, false),
        AgeLimits {
            infant_under: 2,
            child_under: 12
        }
    );
}

fn adult() -> Passenger {
    Passenger {
        surname: "ZHUMABAYEV".into(),
        given_names: "ARMAN".into(),
        document_type: DocumentType::KzIdCard,
        document_number: "045123987".into(),
        birth_date: Some(date(1990, 1, 1)),
        iin: Some("900101301233".into()),
        category: Category::Adult,
    }
}

fn problems(p: &Passenger, travel: NaiveDate, mode: Mode) -> Vec<PassengerProblem> {
    validate_passenger(p, travel, mode)
        .err()
        .unwrap_or_default()
}

fn travel() -> NaiveDate {
    date(2026, 7, 1)
}

#[test]
fn a_complete_passenger_passes() {
    assert_eq!(validate_passenger(&adult(), travel(), Mode::Rail), Ok(()));
    let foreigner = Passenger {
        surname: "O'NEILL-SMITH".into(),
        given_names: "Mary Ann".into(),
        document_type: DocumentType::ForeignPassport,
        document_number: "X1234567".into(),
        birth_date: None,
        iin: None,
        ..adult()
    };
    assert_eq!(validate_passenger(&foreigner, travel(), Mode::Air), Ok(()));
}

#[test]
fn names_must_be_latin_and_present() {
    let p = Passenger {
        surname: "  ".into(),
        given_names: "Арман".into(),
        ..adult()
    };
    let found = problems(&p, travel(), Mode::Air);
    assert_eq!(
        found,
        [
            PassengerProblem::SurnameMissing,
            PassengerProblem::GivenNamesNotLatin
        ]
    );
    assert_eq!(found[0].field(), PassengerField::Surname);
    assert_eq!(found[1].field(), PassengerField::GivenNames);
    let p = Passenger {
        surname: "ЖҰМАБАЕВ".into(),
        ..adult()
    };
    assert_eq!(
        problems(&p, travel(), Mode::Air),
        [PassengerProblem::SurnameNotLatin]
    );
}

#[test]
fn document_number_is_required() {
    let p = Passenger {
        document_number: " ".into(),
        ..adult()
    };
    assert_eq!(
        problems(&p, travel(), Mode::Bus),
        [PassengerProblem::DocumentNumberMissing]
    );
    let p = Passenger {
        document_number: "12;34".into(),
        ..adult()
    };
    let found = problems(&p, travel(), Mode::Bus);
    assert_eq!(found, [PassengerProblem::DocumentNumberInvalid]);
    assert_eq!(found[0].field(), PassengerField::DocumentNumber);
}

#[test]
fn kazakhstan_documents_need_a_valid_iin_that_agrees() {
    let p = Passenger {
        iin: None,
        ..adult()
    };
    assert_eq!(
        problems(&p, travel(), Mode::Rail),
        [PassengerProblem::IinMissing]
    );
    let p = Passenger {
        iin: Some("900101301234".into()),
        ..adult()
    };
    assert_eq!(
        problems(&p, travel(), Mode::Rail),
        [PassengerProblem::IinInvalid {
            error: IinError::WrongCheckDigit {
                expected: 3,
                found: 4
            }
        }]
    );
    let p = Passenger {
        birth_date: Some(date(1990, 1, 2)),
        ..adult()
    };
    let found = problems(&p, travel(), Mode::Rail);
    assert!(matches!(
        found.as_slice(),
        [PassengerProblem::IinInvalid {
            error: IinError::BirthDateMismatch { .. }
        }]
    ));
    assert_eq!(found[0].field(), PassengerField::Iin);
}

fn child(born: NaiveDate, category: Category) -> Passenger {
    Passenger {
        surname: "ZHUMABAYEVA".into(),
        given_names: "AIGERIM".into(),
        document_type: DocumentType::BirthCertificate,
        document_number: "0123456".into(),
        birth_date: Some(born),
        iin: iin::compose(born, crate::Sex::Female, 42),
        category,
    }
}

#[test]
fn birth_certificates_are_for_children_only() {
    let ok = child(date(2018, 3, 1), Category::Child);
    assert_eq!(validate_passenger(&ok, travel(), Mode::Rail), Ok(()));
    let grown = child(date(2008, 3, 1), Category::Adult);
    let found = problems(&grown, travel(), Mode::Rail);
    assert_eq!(
        found,
        [PassengerProblem::BirthCertificateNotForAge { age: 18 }]
    );
    assert_eq!(found[0].field(), PassengerField::DocumentType);
}

#[test]
fn birth_date_in_the_future_or_missing_for_a_child() {
    let unborn = child(date(2026, 8, 1), Category::Infant);
    let found = problems(&unborn, travel(), Mode::Air);
    assert!(found.contains(&PassengerProblem::BirthDateInFuture {
        birth_date: date(2026, 8, 1)
    }));
    let p = Passenger {
        birth_date: None,
        iin: None,
        ..child(date(2018, 3, 1), Category::Child)
    };
    let found = problems(&p, travel(), Mode::Bus);
    assert_eq!(found, [PassengerProblem::BirthDateMissing]);
    assert_eq!(found[0].field(), PassengerField::BirthDate);
    // The IIN gives the birth date when the form leaves it empty.
    let p = Passenger {
        birth_date: None,
        ..child(date(2018, 3, 1), Category::Child)
    };
    assert_eq!(validate_passenger(&p, travel(), Mode::Bus), Ok(()));
}

#[test]
fn category_must_fit_the_age() {
    // 13 on the travel day: a child on a domestic flight, an adult abroad: both accepted.
    let teen = child(date(2013, 3, 1), Category::Child);
    assert_eq!(validate_passenger(&teen, travel(), Mode::Air), Ok(()));
    // On a train 13 is an adult.
    assert_eq!(
        problems(&teen, travel(), Mode::Rail),
        [PassengerProblem::CategoryMismatch {
            declared: Category::Child,
            age: 13
        }]
    );
    // A 3-year-old may have a seat at the child fare, but a 7-year-old is no infant.
    let toddler = child(date(2023, 3, 1), Category::Child);
    assert_eq!(validate_passenger(&toddler, travel(), Mode::Rail), Ok(()));
    let found = problems(
        &child(date(2019, 3, 1), Category::Infant),
        travel(),
        Mode::Rail,
    );
    assert_eq!(found[0].field(), PassengerField::Category);
}

#[test]
fn problems_serialise_with_a_stable_tag() {
    let json = serde_json::to_value(PassengerProblem::CategoryMismatch {
        declared: Category::Child,
        age: 13,
    })
    .expect("serialises");
    assert_eq!(
        json,
        serde_json::json!({"problem": "category_mismatch", "declared": "child", "age": 13})
    );
    let json = serde_json::to_value(PassengerProblem::IinInvalid {
        error: IinError::NeverIssued,
    })
    .expect("serialises");
    assert_eq!(
        json,
        serde_json::json!({"problem": "iin_invalid", "error": {"reason": "never_issued"}})
    );
}

proptest! {
    #[test]
    fn age_grows_by_one_each_birthday(y in 1930i32..2025, m in 1u32..=12, d in 1u32..=31, years in 0i32..80) {
        if let Some(born) = NaiveDate::from_ymd_opt(y, m, d) {
            let later = born + chrono::Duration::days(i64::from(years) * 366);
            let age = age_on(born, later).expect("after birth");
            let next = age_on(born, later + chrono::Duration::days(366)).expect("after birth");
            prop_assert_eq!(next, age + 1);
        }
    }
}
