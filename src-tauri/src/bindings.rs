//! The TypeScript bindings of the commands, generated from their Rust signatures into
//! `ui/src/lib/bindings.ts` and checked in. The test below fails when the file no
//! longer matches the commands; `SAPAR_UPDATE_BINDINGS=1` rewrites it
//! (`npm run bindings`).

use specta_typescript::Typescript;
use std::path::{Path, PathBuf};

/// The header written at the top of the generated file.
const HEADER: &str =
    "// Generated from the Rust commands in src-tauri/ by `npm run bindings`. Do not edit.";

/// Where the UI reads the bindings from.
pub fn bindings_path() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("ui/src/lib/bindings.ts")
}

/// Writes the bindings of every command to `path`.
pub fn export_bindings(path: &Path) -> Result<(), specta_typescript::Error> {
    crate::ipc().export(Typescript::default().header(HEADER), path)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn committed_bindings_match_the_commands() {
        let dir = tempfile::tempdir().expect("a temporary folder");
        let fresh_path = dir.path().join("bindings.ts");
        export_bindings(&fresh_path).expect("bindings export");
        let fresh = std::fs::read_to_string(&fresh_path).expect("exported bindings");
        let committed_path = bindings_path();
        if std::env::var_os("SAPAR_UPDATE_BINDINGS").is_some() {
            std::fs::write(&committed_path, &fresh).expect("write the bindings");
            return;
        }
        let committed = std::fs::read_to_string(&committed_path).unwrap_or_default();
        assert!(
            committed == fresh,
            "{} does not match the commands; regenerate it with `npm run bindings`",
            committed_path.display()
        );
    }

    #[test]
    fn export_is_reproducible() {
        let dir = tempfile::tempdir().expect("a temporary folder");
        let (a, b) = (dir.path().join("a.ts"), dir.path().join("b.ts"));
        export_bindings(&a).expect("first export");
        export_bindings(&b).expect("second export");
        let (a, b) = (std::fs::read_to_string(a), std::fs::read_to_string(b));
        assert_eq!(a.ok(), b.ok());
    }

    #[test]
    fn bindings_name_the_wallet_command_and_the_error_shape() {
        let dir = tempfile::tempdir().expect("a temporary folder");
        let path = dir.path().join("bindings.ts");
        export_bindings(&path).expect("bindings export");
        let text = std::fs::read_to_string(path).expect("exported bindings");
        assert!(text.contains("listTickets"), "{text}");
        assert!(text.contains("\"list_tickets\""), "{text}");
        assert!(text.contains("export type IpcError"), "{text}");
    }
}
