//! Sapar's desktop app: the Tauri shell. It opens the window, builds the app state
//! once in `setup`, and wires the commands the web UI calls to Sapar's use cases in
//! `sapar-core`. No business logic lives here.

pub mod bindings;
pub mod commands;
mod error;
mod state;

pub use error::{AppError, IpcError};
pub use state::AppState;

use tauri::Manager;

/// Every command the UI may call, with the types the bindings are generated from.
pub fn ipc() -> tauri_specta::Builder<tauri::Wry> {
    tauri_specta::Builder::<tauri::Wry>::new()
        .commands(tauri_specta::collect_commands![
            commands::wallet::list_tickets
        ])
        // Money is an integer number of tiyn: far inside the exact range of a JS number.
        .dangerously_cast_bigints_to_number()
        // One TypeScript type per Rust type: the UI only reads what Rust serialises.
        .disable_serde_phases()
}

/// Opens Sapar's window and runs until it is closed.
pub fn run() -> Result<(), AppError> {
    let ipc = ipc();
    tauri::Builder::default()
        .invoke_handler(ipc.invoke_handler())
        .setup(move |app| {
            ipc.mount_events(app);
            let state = tauri::async_runtime::block_on(AppState::open(None));
            app.manage(state);
            Ok(())
        })
        .run(tauri::generate_context!())?;
    Ok(())
}
