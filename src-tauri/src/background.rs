//! Work the app does on its own while it runs: after opening, it finishes payments a
//! previous run left without an answer, then syncs every carrier now and then. Each
//! round that changed something is announced to the window ([`Synced`]) and, for what
//! a traveller must not miss (delays, cancellations, a queued refund or payment that
//! went through), as a system notification in the UI's language.

use crate::state::AppState;
use sapar_core::{Change, OutboxState, ResumeOutcome, SyncReport};
use sapar_domain::{Lang, TicketStatus};
use sapar_i18n::Arg;
use serde::{Deserialize, Serialize};
use std::time::Duration;
use tauri::{AppHandle, Manager, Runtime};
use tauri_plugin_notification::NotificationExt;
use tauri_specta::Event;

/// A sync round changed the wallet or the outbox: screens showing them read again.
#[derive(Debug, Clone, Serialize, Deserialize, specta::Type, tauri_specta::Event)]
pub struct Synced {
    /// What the round did.
    pub report: SyncReport,
}

/// How long after opening the first round starts: the window comes first.
const FIRST_ROUND_AFTER: Duration = Duration::from_secs(4);

/// Starts the background sync on Tauri's runtime; it stops with the app.
pub fn start<R: Runtime>(app: &AppHandle<R>) {
    let app = app.clone();
    tauri::async_runtime::spawn(async move {
        tokio::time::sleep(FIRST_ROUND_AFTER).await;
        let state = app.state::<AppState>();
        let Ok(sapar) = state.sapar() else {
            return;
        };
        // Never stopped: the loop ends with the process.
        let (_keep, stop) = tokio::sync::watch::channel(false);
        let mut on_report = |report: SyncReport| {
            if !changed_anything(&report) {
                return;
            }
            for (title, body) in notifications(&report, state.lang()) {
                // A desktop without a notification service still shows the change in the window.
                let _ = app.notification().builder().title(title).body(body).show();
            }
            let _ = Synced { report }.emit(&app);
        };
        sapar
            .run_background_sync(Default::default(), stop, &mut on_report)
            .await;
    });
}

/// Whether a round did anything a screen shows.
pub fn changed_anything(report: &SyncReport) -> bool {
    !report.changes.is_empty()
        || !report.purchases.is_empty()
        || report
            .outbox
            .iter()
            .any(|o| o.entry.state != OutboxState::Queued)
}

/// The notifications of a round: title and text in `lang`.
pub fn notifications(report: &SyncReport, lang: Lang) -> Vec<(String, String)> {
    let m = sapar_i18n::messages(lang);
    let mut out = Vec::new();
    for change in &report.changes {
        match change {
            Change::Delay {
                trip_number,
                from_code,
                to_code,
                delay_minutes,
                ..
            } if *delay_minutes > 0 => out.push((
                m.format("notify-delay-title", &[("trip", Arg::Str(trip_number))]),
                m.format(
                    "notify-delay-body",
                    &[
                        ("from", Arg::Str(&place(from_code, lang))),
                        ("to", Arg::Str(&place(to_code, lang))),
                        ("minutes", Arg::Num(i64::from(*delay_minutes))),
                    ],
                ),
            )),
            Change::TicketStatus {
                reference,
                passenger,
                to: TicketStatus::CancelledByCarrier,
                ..
            } => out.push((
                m.get("notify-cancelled-title"),
                m.format(
                    "notify-cancelled-body",
                    &[
                        ("reference", Arg::Str(reference)),
                        ("passenger", Arg::Str(passenger)),
                    ],
                ),
            )),
            _ => {}
        }
    }
    for p in &report.purchases {
        if let ResumeOutcome::Completed { reference } = &p.outcome {
            out.push((
                m.get("notify-payment-title"),
                m.format("notify-payment-body", &[("reference", Arg::Str(reference))]),
            ));
        }
    }
    for o in &report.outbox {
        if o.entry.state == OutboxState::Done {
            out.push((
                m.get("notify-refund-title"),
                m.format(
                    "notify-refund-body",
                    &[("reference", Arg::Str(&o.entry.booking_reference))],
                ),
            ));
        }
    }
    out
}

/// A place's name in `lang`, or its code when Sapar does not know it.
fn place(code: &str, lang: Lang) -> String {
    sapar_domain::place::place_by_code(code)
        .map_or_else(|| code.to_string(), |p| p.name(lang).to_string())
}

#[cfg(test)]
mod tests {
    use super::*;
    use sapar_core::{OutboxEntry, OutboxReport, ResumeReport};

    fn delay(minutes: i32) -> Change {
        Change::Delay {
            carrier: "KTZ".into(),
            reference: "KTZ7Q2".into(),
            trip_number: "10Ц".into(),
            from_code: "RASTNZ".into(),
            to_code: "RALM2".into(),
            departure_utc: "2026-12-01T16:40:00Z".into(),
            delay_minutes: minutes,
            previous_minutes: 0,
        }
    }

    #[test]
    fn a_delay_is_announced_in_the_ui_language_with_place_names() {
        let report = SyncReport {
            changes: vec![delay(25)],
            ..SyncReport::default()
        };
        let ru = notifications(&report, Lang::Ru);
        assert_eq!(ru.len(), 1);
        assert_eq!(ru[0].0, "10Ц задерживается");
        assert!(ru[0].1.contains("25 минут"), "{}", ru[0].1);
        assert_eq!(ru[0].1, "Нурлы Жол → Алматы-2: опоздание 25 минут");
        let kk = notifications(&report, Lang::Kk);
        assert_eq!(kk[0].0, "10Ц кешігеді");
        assert!(kk[0].1.contains("25 минут кешігу"), "{}", kk[0].1);
    }

    #[test]
    fn on_time_again_is_not_a_notification_but_a_cancellation_is() {
        let cancelled = Change::TicketStatus {
            carrier: "KTZ".into(),
            reference: "KTZ7Q2".into(),
            ticket_number: "70012345678901".into(),
            passenger: "ZHUMABAYEV Nurlan".into(),
            from: TicketStatus::Issued,
            to: TicketStatus::CancelledByCarrier,
        };
        let report = SyncReport {
            changes: vec![delay(0), cancelled],
            ..SyncReport::default()
        };
        let en = notifications(&report, Lang::En);
        assert_eq!(en.len(), 1);
        assert_eq!(en[0].0, "Trip cancelled by the carrier");
        assert!(en[0].1.contains("KTZ7Q2") && en[0].1.contains("ZHUMABAYEV Nurlan"));
        assert!(changed_anything(&report));
    }

    #[test]
    fn finished_payments_and_refunds_are_announced_and_a_quiet_round_is_not() {
        assert!(!changed_anything(&SyncReport::default()));
        assert!(notifications(&SyncReport::default(), Lang::En).is_empty());
        let entry: OutboxEntry = serde_json::from_value(serde_json::json!({
            "id": "r1", "kind": "refund", "carrier": "KTZ", "booking_reference": "KTZ7Q2",
            "tickets": ["70012345678901"], "accepted_tiyn": 900000, "estimate": false,
            "offer_id": null, "offer_tiyn": null, "offer_key": "k1", "accept_key": "k2",
            "state": "done", "attempts": 1, "last_error": null, "result_tiyn": 900000,
            "created_at": "2026-11-28T06:00:00Z", "updated_at": "2026-11-28T06:05:00Z"
        }))
        .expect("an outbox entry");
        let report = SyncReport {
            purchases: vec![ResumeReport {
                purchase_id: uuid::Uuid::nil(),
                carrier: "KC".into(),
                hold_id: "h1".into(),
                outcome: ResumeOutcome::Completed {
                    reference: "KC4F2A".into(),
                },
            }],
            outbox: vec![OutboxReport { entry, error: None }],
            ..SyncReport::default()
        };
        let en = notifications(&report, Lang::En);
        assert_eq!(
            en,
            [
                (
                    "Payment went through".to_string(),
                    "Booking KC4F2A is in your wallet.".to_string()
                ),
                (
                    "Refund done".to_string(),
                    "The queued refund of booking KTZ7Q2 went through.".to_string()
                ),
            ]
        );
        assert!(changed_anything(&report));
    }
}
