//! Embeds every `locales/<lang>/*.ftl` file so the binary carries its messages.
//!
//! Paths are relative to this package (change tracking) and to its manifest folder
//! (the embedded files), so a second checkout sharing the target folder reads its own files.

use std::fmt::Write as _;
use std::path::Path;

fn main() {
    // Read when the script runs, not when it was compiled: a build folder shared by two
    // checkouts may run a script compiled in the other one.
    let manifest = std::env::var("CARGO_MANIFEST_DIR").expect("CARGO_MANIFEST_DIR is set by cargo");
    let manifest = Path::new(&manifest);
    let relative = Path::new("../../locales");
    println!("cargo:rerun-if-changed=build.rs");
    println!("cargo:rerun-if-changed={}", relative.display());
    let mut out = String::new();
    for lang in ["kk", "ru", "en"] {
        let dir = relative.join(lang);
        println!("cargo:rerun-if-changed={}", dir.display());
        let mut files: Vec<_> = std::fs::read_dir(manifest.join(&dir))
            .map(|d| d.filter_map(Result::ok).map(|e| e.file_name()).collect())
            .unwrap_or_default();
        files.retain(|n| Path::new(n).extension().is_some_and(|e| e == "ftl"));
        files.sort();
        assert!(
            !files.is_empty(),
            "no message files in {}",
            manifest.join(&dir).display()
        );
        let _ = writeln!(
            out,
            "pub(crate) const {}: &[(&str, &str)] = &[",
            lang.to_uppercase()
        );
        for name in files {
            let rel = dir.join(&name);
            println!("cargo:rerun-if-changed={}", rel.display());
            let name = name.to_string_lossy();
            // Resolved when the crate itself compiles, from its own folder: never a path
            // of another checkout that shares the build folder.
            let rel = format!("/{}", rel.display());
            let _ = writeln!(
                out,
                "    ({name:?}, include_str!(concat!(env!(\"CARGO_MANIFEST_DIR\"), {rel:?}))),"
            );
        }
        out.push_str("];\n");
    }
    let dest =
        Path::new(&std::env::var("OUT_DIR").expect("OUT_DIR is set by cargo")).join("locales.rs");
    std::fs::write(dest, out).expect("write locales.rs");
}
