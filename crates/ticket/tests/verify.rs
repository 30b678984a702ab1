//! Every verdict a scan can give, as a verifier at a train's door would see it.
#![allow(clippy::unwrap_used)] // Tests fail loudly on purpose.

mod common;

use chrono::{Duration, TimeZone, Utc};
use common::{almaty, ktz_key, ktz_old_key, ring, talgo, zone_of};
use sapar_domain::Lang;
use sapar_ticket::{
    sign, verify, CarrierKey, ForgeryReason, KeyProblem, KeyRing, Malformation, PublicKey,
    Revocation, RevocationList, RevocationReason, SigningKey, TripCheck, Verdict, TOKEN_PREFIX,
};

fn during_trip() -> chrono::DateTime<Utc> {
    almaty(2026, 12, 1, 21, 0)
}

fn check(token: &str, now: chrono::DateTime<Utc>) -> Verdict {
    verify(token, &ring(), &RevocationList::new(), now, None)
}

#[test]
fn a_genuine_ticket_in_its_window_is_valid() {
    let token = sign(&talgo(), &ktz_key(), 2).unwrap();
    let verdict = check(&token, during_trip());
    assert!(verdict.is_valid(), "{verdict:?}");
    assert_eq!(verdict.code(), "valid");
    assert_eq!(verdict.ticket(), Some(&talgo()));
}

#[test]
fn a_ticket_signed_by_someone_else_is_forged() {
    let thief = SigningKey::from_bytes(&[9; 32]);
    let token = sign(&talgo(), &thief, 2).unwrap();
    let verdict = check(&token, during_trip());
    assert!(matches!(
        verdict,
        Verdict::Forged {
            reason: ForgeryReason::BadSignature,
            ticket: Some(_)
        }
    ));
}

#[test]
fn a_ticket_with_a_changed_seat_is_forged() {
    let genuine = sign(&talgo(), &ktz_key(), 2).unwrap();
    let genuine = sapar_ticket::decode(&genuine).unwrap();
    let mut other = talgo();
    other.seat = Some("18".into());
    let altered = sapar_ticket::decode(&sign(&other, &ktz_key(), 2).unwrap()).unwrap();
    // Graft the genuine signature onto the altered content.
    let mut bytes = altered.signed_bytes.clone();
    bytes.extend_from_slice(&genuine.signature);
    let mut text = String::from(TOKEN_PREFIX);
    text.push_str(&base45::encode(&bytes));
    assert_eq!(check(&text, during_trip()).code(), "forged");
}

#[test]
fn unknown_carrier_and_unknown_key_cannot_be_checked() {
    let mut kc = talgo();
    kc.carrier = "KC".into();
    let verdict = check(&sign(&kc, &ktz_key(), 2).unwrap(), during_trip());
    assert_eq!(verdict.code(), "unknown_carrier");
    assert_eq!(verdict.ticket().unwrap().carrier, "KC");

    let verdict = check(&sign(&talgo(), &ktz_key(), 3).unwrap(), during_trip());
    assert!(matches!(verdict, Verdict::UnknownKey { key_id: 3, .. }));
}

#[test]
fn an_old_key_is_good_for_tickets_issued_before_it_was_retired() {
    let mut before = talgo();
    before.issued_at = almaty(2026, 5, 31, 23, 59);
    let verdict = check(&sign(&before, &ktz_old_key(), 1).unwrap(), during_trip());
    assert!(verdict.is_valid(), "{verdict:?}");

    let mut after = talgo();
    after.issued_at = almaty(2026, 6, 1, 0, 0);
    let verdict = check(&sign(&after, &ktz_old_key(), 1).unwrap(), during_trip());
    assert!(
        matches!(
            verdict,
            Verdict::KeyNotValidAtIssue {
                problem: KeyProblem::Retired,
                key_id: 1,
                ..
            }
        ),
        "{verdict:?}"
    );
    let text = verdict.explain(Lang::En, zone_of);
    assert!(
        text.contains("Issued: 2026-06-01 00:00 (+05:00); key retired: 2026-06-01 00:00 (+05:00)"),
        "{text}"
    );
}

#[test]
fn a_new_key_is_not_good_for_tickets_before_it_came_into_use() {
    let mut early = talgo();
    early.issued_at = almaty(2026, 5, 20, 10, 0);
    let verdict = check(&sign(&early, &ktz_key(), 2).unwrap(), during_trip());
    assert!(matches!(
        verdict,
        Verdict::KeyNotValidAtIssue {
            problem: KeyProblem::NotYetInUse,
            ..
        }
    ));
}

#[test]
fn a_withdrawn_key_is_trusted_for_nothing_once_withdrawn() {
    let mut keys = ring();
    let mut key = keys.get("KTZ", 2).unwrap().clone();
    key.revoked_at = Some(almaty(2026, 11, 25, 9, 0));
    keys.insert(key);
    // Issued before the withdrawal, checked after it: the issue time cannot be trusted.
    let token = sign(&talgo(), &ktz_key(), 2).unwrap();
    let verdict = verify(&token, &keys, &RevocationList::new(), during_trip(), None);
    assert!(matches!(
        verdict,
        Verdict::KeyNotValidAtIssue {
            problem: KeyProblem::Withdrawn,
            ..
        }
    ));
    // Checked before the withdrawal took effect, the same ticket is still good.
    let verdict = verify(
        &token,
        &keys,
        &RevocationList::new(),
        almaty(2026, 11, 24, 9, 0),
        None,
    );
    assert_eq!(verdict.code(), "not_yet_valid");
}

#[test]
fn a_refunded_ticket_is_revoked() {
    let token = sign(&talgo(), &ktz_key(), 2).unwrap();
    let mut list = RevocationList::new();
    let at = almaty(2026, 11, 28, 18, 30);
    list.insert(
        "KTZ",
        "27011234567890",
        Revocation {
            reason: RevocationReason::Refunded,
            at,
        },
    );
    let verdict = verify(&token, &ring(), &list, during_trip(), None);
    assert_eq!(
        verdict,
        Verdict::Revoked {
            reason: RevocationReason::Refunded,
            at,
            ticket: Box::new(talgo())
        }
    );
    assert!(verdict.explain(Lang::Ru, zone_of).starts_with(
        "Недействителен: билет возвращён. Время возврата: 2026-11-28 18:30 (+05:00)."
    ));
    // Another carrier's ticket with the same number is not affected.
    let mut other = RevocationList::new();
    other.insert(
        "KC",
        "27011234567890",
        Revocation {
            reason: RevocationReason::Refunded,
            at,
        },
    );
    assert!(verify(&token, &ring(), &other, during_trip(), None).is_valid());
}

#[test]
fn the_validity_window_is_checked_at_both_ends_in_local_time() {
    let token = sign(&talgo(), &ktz_key(), 2).unwrap();
    // Valid from 2026-12-01 20:00 to 2026-12-02 12:00, Almaty time (+05:00).
    let opens = almaty(2026, 12, 1, 20, 0);
    let closes = almaty(2026, 12, 2, 12, 0);
    assert_eq!(opens, Utc.with_ymd_and_hms(2026, 12, 1, 15, 0, 0).unwrap());
    assert!(check(&token, opens).is_valid());
    assert!(check(&token, closes).is_valid());

    let early = check(&token, opens - Duration::seconds(1));
    assert_eq!(
        early,
        Verdict::NotYetValid {
            from: opens,
            ticket: Box::new(talgo())
        }
    );
    let late = check(&token, closes + Duration::seconds(1));
    assert_eq!(
        late,
        Verdict::Expired {
            until: closes,
            ticket: Box::new(talgo())
        }
    );

    let en = early.explain(Lang::En, zone_of);
    assert!(
        en.contains("Valid from: 2026-12-01 20:00 (+05:00)."),
        "{en}"
    );
    let kk = late.explain(Lang::Kk, zone_of);
    assert!(
        kk.contains("Аяқталу уақыты: 2026-12-02 12:00 (+05:00)."),
        "{kk}"
    );
    // Without a known zone the time is shown in UTC, marked as such.
    let unknown = early.explain(Lang::En, |_| None);
    assert!(
        unknown.contains("Valid from: 2026-12-01 15:00 (+00:00)."),
        "{unknown}"
    );
}

#[test]
fn a_ticket_for_another_train_is_the_wrong_trip() {
    let token = sign(&talgo(), &ktz_key(), 2).unwrap();
    let expected = TripCheck {
        trip_number: "4Ц".into(),
        from: Some("NQZ".into()),
        departure: None,
    };
    let verdict = verify(
        &token,
        &ring(),
        &RevocationList::new(),
        during_trip(),
        Some(&expected),
    );
    let Verdict::WrongTrip { actual, .. } = &verdict else {
        panic!("{verdict:?}");
    };
    assert_eq!(actual.trip_number, "10Ц");
    let en = verdict.explain(Lang::En, zone_of);
    assert!(
        en.starts_with("Wrong trip: the ticket is for 10Ц NQZ 2026-12-01 21:40 (+05:00), but this check is for 4Ц NQZ."),
        "{en}"
    );

    let same = TripCheck {
        trip_number: "10ц".into(),
        from: None,
        departure: Some(almaty(2026, 12, 1, 21, 40) + Duration::seconds(20)),
    };
    assert!(verify(
        &token,
        &ring(),
        &RevocationList::new(),
        during_trip(),
        Some(&same)
    )
    .is_valid());
    let other_day = TripCheck {
        departure: Some(almaty(2026, 12, 3, 21, 40)),
        ..same
    };
    assert_eq!(
        verify(
            &token,
            &ring(),
            &RevocationList::new(),
            during_trip(),
            Some(&other_day)
        )
        .code(),
        "wrong_trip"
    );
}

#[test]
fn texts_that_are_not_ticket_codes_are_malformed() {
    let now = during_trip();
    let malformed = |text: &str| match check(text, now) {
        Verdict::Malformed { why } => why,
        other => panic!("{text:?}: {other:?}"),
    };
    assert_eq!(
        malformed("https://example.kz/t/1"),
        Malformation::NotTicketCode
    );
    assert_eq!(malformed(""), Malformation::NotTicketCode);
    assert_eq!(
        malformed("SPR:abc"),
        Malformation::BadCharacters { position: 4 }
    );
    assert_eq!(malformed("SPR:10"), Malformation::TooShort);
    let token = sign(&talgo(), &ktz_key(), 2).unwrap();
    // The same ticket under a format version this build does not know.
    let mut bytes = base45::decode(&token[TOKEN_PREFIX.len()..]).unwrap();
    bytes[0] = 7;
    let v7 = format!("{TOKEN_PREFIX}{}", base45::encode(&bytes));
    assert_eq!(
        malformed(&v7),
        Malformation::UnsupportedVersion { version: 7 }
    );
    let kk = check(&v7, now).explain(Lang::Kk, zone_of);
    assert_eq!(
        kk,
        "Бұл билет кодының пішім нұсқасы — 7, ал Sapar-дың осы нұсқасы оны оқи алмайды. Sapar-ды жаңартыңыз."
    );
}

#[test]
fn garbled_content_under_a_good_envelope_is_forged() {
    let token = sign(&talgo(), &ktz_key(), 2).unwrap();
    let mut bytes = base45::decode(&token[TOKEN_PREFIX.len()..]).unwrap();
    bytes[1] = 200; // the carrier code's length byte
    let text = format!("{TOKEN_PREFIX}{}", base45::encode(&bytes));
    assert_eq!(
        check(&text, during_trip()),
        Verdict::Forged {
            reason: ForgeryReason::UnreadableContent,
            ticket: None
        }
    );
}

#[test]
fn scanner_line_breaks_are_ignored() {
    let token = sign(&talgo(), &ktz_key(), 2).unwrap();
    assert!(check(&format!("{token}\r\n"), during_trip()).is_valid());
}

#[test]
fn verdicts_serialize_with_a_stable_code() {
    let token = sign(&talgo(), &ktz_key(), 2).unwrap();
    let verdict = check(&token, almaty(2026, 12, 3, 0, 0));
    let json = serde_json::to_value(&verdict).unwrap();
    assert_eq!(json["code"], "expired");
    assert_eq!(json["ticket"]["trip_number"], "10Ц");
    assert_eq!(json["ticket"]["mode"], "rail");
    let back: Verdict = serde_json::from_value(json).unwrap();
    assert_eq!(back, verdict);
    let malformed = serde_json::to_value(check("SPR:abc", during_trip())).unwrap();
    assert_eq!(
        malformed,
        serde_json::json!({"code": "malformed", "why": {"kind": "bad_characters", "position": 4}})
    );
}

#[test]
fn a_key_ring_from_json_verifies_like_the_original() {
    let json = serde_json::to_string(&ring()).unwrap();
    let keys: KeyRing = serde_json::from_str(&json).unwrap();
    let token = sign(&talgo(), &ktz_key(), 2).unwrap();
    assert!(verify(&token, &keys, &RevocationList::new(), during_trip(), None).is_valid());
    let only_new: KeyRing = [CarrierKey {
        public_key: PublicKey::from(&ktz_old_key()),
        ..keys.get("KTZ", 2).unwrap().clone()
    }]
    .into_iter()
    .collect();
    assert_eq!(
        verify(
            &token,
            &only_new,
            &RevocationList::new(),
            during_trip(),
            None
        )
        .code(),
        "forged"
    );
}
