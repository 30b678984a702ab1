//! The commands the web UI calls. Each is a thin edge: take the arguments, call one
//! use case of `sapar-core` (asking the user for a file path first where one is
//! needed), turn its error into an [`IpcError`](crate::IpcError).

pub mod backup;
pub mod buy;
pub mod carriers;
pub mod changes;
pub mod import;
pub mod mail;
pub mod places;
pub mod sync;
pub mod ticket;
pub mod verify;
pub mod wallet;
pub mod window;

use sapar_domain::Lang;

/// A message of the UI's Fluent files, for the few texts Rust shows itself (dialog
/// titles and filters).
pub(crate) fn text(lang: Lang, id: &str) -> String {
    sapar_i18n::messages(lang).get(id)
}
