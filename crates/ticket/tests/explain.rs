//! Every verdict explained in Kazakh, Russian and English, with local times.
#![allow(clippy::unwrap_used)] // Tests fail loudly on purpose.

mod common;

use common::{almaty, talgo, zone_of};
use sapar_domain::Lang;
use sapar_ticket::{ForgeryReason, KeyProblem, Malformation, RevocationReason, TripCheck, Verdict};

fn every_verdict() -> Vec<Verdict> {
    let ticket = || Box::new(talgo());
    let at = almaty(2026, 11, 28, 18, 30);
    let mut all = vec![
        Verdict::Valid { ticket: ticket() },
        Verdict::Forged {
            reason: ForgeryReason::BadSignature,
            ticket: Some(ticket()),
        },
        Verdict::Forged {
            reason: ForgeryReason::UnreadableContent,
            ticket: None,
        },
        Verdict::UnknownCarrier { ticket: ticket() },
        Verdict::UnknownKey {
            key_id: 9,
            ticket: ticket(),
        },
        Verdict::NotYetValid {
            from: at,
            ticket: ticket(),
        },
        Verdict::Expired {
            until: at,
            ticket: ticket(),
        },
        Verdict::WrongTrip {
            expected: TripCheck {
                trip_number: "4Ц".into(),
                from: None,
                departure: None,
            },
            actual: TripCheck::of_ticket(&talgo()),
            ticket: ticket(),
        },
    ];
    for problem in [
        KeyProblem::NotYetInUse,
        KeyProblem::Retired,
        KeyProblem::Withdrawn,
    ] {
        all.push(Verdict::KeyNotValidAtIssue {
            problem,
            key_id: 1,
            key_changed_at: at,
            ticket: ticket(),
        });
    }
    for reason in [
        RevocationReason::Refunded,
        RevocationReason::Exchanged,
        RevocationReason::Cancelled,
        RevocationReason::Other,
    ] {
        all.push(Verdict::Revoked {
            reason,
            at,
            ticket: ticket(),
        });
    }
    for why in [
        Malformation::NotTicketCode,
        Malformation::BadCharacters { position: 7 },
        Malformation::TooShort,
        Malformation::UnsupportedVersion { version: 3 },
    ] {
        all.push(Verdict::Malformed { why });
    }
    all
}

#[test]
fn every_verdict_reads_in_every_language() {
    for verdict in every_verdict() {
        let texts: Vec<String> = Lang::ALL
            .iter()
            .map(|&lang| verdict.explain(lang, zone_of))
            .collect();
        for (lang, text) in Lang::ALL.iter().zip(&texts) {
            assert!(!text.contains("verify-"), "{lang}: missing message: {text}");
            assert!(!text.contains('{'), "{lang}: unfilled argument: {text}");
            if verdict.ticket().is_some() {
                assert!(text.contains("27011234567890"), "{lang}: {text}");
                assert!(text.contains("2026-12-01 21:40 (+05:00)"), "{lang}: {text}");
            }
        }
        let [kk, ru, en] = [&texts[0], &texts[1], &texts[2]];
        assert!(kk != ru && ru != en && kk != en, "{kk} / {ru} / {en}");
        // English words only (the Cyrillic trip numbers aside).
        let words = en.replace("10Ц", "").replace("4Ц", "");
        assert!(
            !words.chars().any(|c| ('\u{400}'..='\u{4FF}').contains(&c)),
            "Cyrillic in English: {en}"
        );
    }
}

#[test]
fn kazakh_russian_and_english_have_the_same_verify_messages() {
    let ids = |lang| -> Vec<String> {
        sapar_i18n::message_ids(lang)
            .into_iter()
            .filter(|id| id.starts_with("verify-"))
            .collect()
    };
    let en = ids(Lang::En);
    assert_eq!(en.len(), 20);
    assert_eq!(ids(Lang::Kk), en);
    assert_eq!(ids(Lang::Ru), en);
    for lang in [Lang::Kk, Lang::Ru] {
        for id in &en {
            assert!(sapar_i18n::messages(lang).has(id), "{lang} lacks {id}");
        }
    }
}

#[test]
fn explanations_say_what_a_verifier_needs_to_know() {
    let all = every_verdict();
    let valid = &all[0];
    assert_eq!(
        valid.explain(Lang::En, zone_of),
        "Valid ticket: the carrier's signature is genuine and the ticket is in force.\n\
         Ticket 27011234567890, ZHAKSYBEKOV ARMAN: Train 10Ц, NQZ → ALA2, departure 2026-12-01 21:40 (+05:00)."
    );
    assert_eq!(
        valid.explain(Lang::Kk, zone_of),
        "Билет жарамды: тасымалдаушының қолтаңбасы түпнұсқа, билет күшінде.\n\
         Билет 27011234567890, ZHAKSYBEKOV ARMAN: Пойыз 10Ц, NQZ → ALA2, жөнелу уақыты: 2026-12-01 21:40 (+05:00)."
    );
    let unknown_key = &all[4];
    assert!(unknown_key
        .explain(Lang::Ru, zone_of)
        .starts_with("Проверить невозможно: перевозчик KTZ подписал билет ключом № 9,"));
    let expired = &all[6];
    assert!(expired
        .explain(Lang::Kk, zone_of)
        .starts_with("Мерзімі өткен: билеттің қолданылу мерзімі аяқталды. Аяқталу уақыты: 2026-11-28 18:30 (+05:00)."));
}
