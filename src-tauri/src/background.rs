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
