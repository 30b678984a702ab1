//! The `sapar-app` executable: starts Sapar's desktop window.

// Keeps a console window from opening next to the app on Windows release builds.
#![cfg_attr(not(debug_assertions), windows_subsystem = "windows")]

fn main() {
    if let Err(error) = sapar_app_lib::run() {
        eprintln!("Sapar: {error}");
        std::process::exit(1);
    }
}
