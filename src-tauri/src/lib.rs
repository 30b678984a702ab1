//! Sapar's desktop app: the Tauri shell. It opens the window, builds the app state
//! once in `setup`, and wires the commands the web UI calls to Sapar's use cases in
//! `sapar-core`. No business logic lives here.
//!
//! The native dialogs and the system's file viewer are used from Rust only: the web
//! UI gets no file-system or shell access, just Sapar's own commands.

#[cfg(test)]
mod access_tests;
pub mod background;
pub mod bindings;
pub mod commands;
mod error;
pub mod files;
mod state;
pub mod views;
mod webview;

pub use error::{AppError, IpcError};
pub use state::AppState;

use tauri::Manager;

/// Every command the UI may call, with the types the bindings are generated from.
pub fn ipc() -> tauri_specta::Builder<tauri::Wry> {
    use commands::{
        backup, buy, carriers, changes, import, mail, places, sync, ticket, verify, wallet, window,
    };
    tauri_specta::Builder::<tauri::Wry>::new()
        .commands(tauri_specta::collect_commands![
            wallet::list_tickets,
            wallet::search_tickets,
            wallet::remove_booking,
            wallet::restore_booking,
            wallet::bin,
            wallet::empty_bin,
            wallet::travellers,
            import::import_ticket_files,
            places::place_names,
            places::suggest_places,
            ticket::ticket_detail,
            ticket::save_ticket_pdf,
            ticket::print_ticket,
            ticket::save_calendar,
            ticket::save_upcoming_calendar,
            ticket::email_ticket,
            mail::mail_server,
            mail::save_mail_server,
            mail::queued_mail,
            mail::retry_queued_mail,
            verify::verify_code,
            verify::verify_picture,
            backup::data_folder,
            backup::show_data_folder,
            backup::export_wallet,
            backup::import_wallet,
            window::set_fullscreen,
            buy::search_trips,
            buy::seat_map,
            buy::review_passengers,
            buy::hold_seats,
            buy::release_hold,
            buy::pay,
            changes::refund_quote,
            changes::refund,
            changes::exchange_quote,
            changes::exchange,
            carriers::carriers,
            carriers::add_carrier,
            carriers::set_carrier_enabled,
            carriers::remove_carrier,
            carriers::start_demo_carriers,
            sync::sync_status,
            sync::sync_now,
            sync::accept_outbox_price,
            sync::cancel_outbox_entry,
            sync::set_language,
        ])
        .events(tauri_specta::collect_events![
            background::Synced,
            views::import::TicketsImported,
            views::import::FilesDragged
        ])
        // Money is an integer number of tiyn: far inside the exact range of a JS number.
        .dangerously_cast_bigints_to_number()
        // One TypeScript type per Rust type: the UI only reads what Rust serialises.
        .disable_serde_phases()
}

/// Opens Sapar's window and runs until it is closed. Call it from `main` before any
/// other thread starts: it first sets WebKit's settings in the process's environment.
pub fn run() -> Result<(), AppError> {
    webview::choose_webkit_settings();
    let ipc = ipc();
    tauri::Builder::default()
        .plugin(tauri_plugin_dialog::init())
        .plugin(tauri_plugin_opener::init())
        .plugin(tauri_plugin_notification::init())
        .invoke_handler(ipc.invoke_handler())
        .on_window_event(|window, event| {
            if let tauri::WindowEvent::DragDrop(drop) = event {
                commands::import::on_drag_drop(window.app_handle(), drop);
            }
        })
        .setup(move |app| {
            ipc.mount_events(app);
            let state = tauri::async_runtime::block_on(AppState::open(None));
            app.manage(state);
            background::start(app.handle());
            Ok(())
        })
        .run(tauri::generate_context!())?;
    Ok(())
}
