//! A Tauri window with a one-line page and no commands: the baseline that
//! `scripts/perf.sh` measures Sapar's memory against, in the same run and under the
//! same display. Built like Sapar (same Tauri, same features), it shows what the
//! window and WebKit cost before Sapar adds anything.
//!
//! ```text
//! cargo run -p sapar-app --example bare_window
//! ```

fn main() {
    let context = tauri::generate_context!("src-tauri/examples/bare-window/tauri.conf.json");
    if let Err(error) = tauri::Builder::default().run(context) {
        eprintln!("bare_window: {error}");
        std::process::exit(1);
    }
}
